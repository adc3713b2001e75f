"""Our renderer prints what citeproc-js (Zotero) prints, case by case.

Each test pins one behaviour found by bench/render_fidelity.py, on a small
real-looking list; the expected strings are citeproc-js 2.4.63's output.
"""

from __future__ import annotations

from cslbridge.render import render_bibliography, render_citations


def article(item_id, authors, title, year=2010, **extra):
    item = {"id": item_id, "type": "article-journal", "title": title, "container-title": "Europe-Asia Studies",
            "issued": {"date-parts": [[year]]}, "volume": "62", "issue": "3", "page": "401-420"}
    if authors:
        item["author"] = [{"family": f, "given": g} for f, g in authors]
    item.update(extra)
    return item


def heads(entries):
    """Each entry up to its title's opening quote: the author part MLA prints."""
    return [e.split(" \u201c")[0] for e in entries]


# --- subsequent-author-substitute (MLA ———) -------------------------------------

def test_et_al_entry_repeats_the_single_author_before_it():
    """The names compared are the ones printed: "Allison, Roy, et al." repeats "Allison, Roy"."""
    solo = article("solo", [("Allison", "Roy")], "Regional security governance after the Cold War")
    team = article("team", [("Allison", "Roy"), ("Brown", "Alice B."), ("Chen", "Li")],
                   "Why do multilateral organisations persist?")
    entries = render_bibliography([team, solo], "mla")
    assert heads(entries) == ["Allison, Roy.", "———."]


def test_editor_standing_in_for_the_author_is_not_replaced():
    """MLA's first substitute is the author: an editor in its place is always printed,
    and does not become the name the next entry repeats."""
    def edited(item_id, title):
        return {"id": item_id, "type": "book", "title": title, "publisher": "Routledge",
                "editor": [{"family": "Dragneva", "given": "Rilka"}], "issued": {"date-parts": [[2013]]}}
    by_author = {"id": "c", "type": "book", "title": "Trade and integration", "publisher": "Routledge",
                 "author": [{"family": "Dragneva", "given": "Rilka"}], "issued": {"date-parts": [[2015]]}}
    entries = render_bibliography([edited("a", "Eurasian integration"), edited("b", "Post-Soviet trade"),
                                   by_author], "mla")
    assert entries == [
        "Dragneva, Rilka, editor. Eurasian Integration. Routledge, 2013.",
        "Dragneva, Rilka, editor. Post-Soviet Trade. Routledge, 2013.",
        "Dragneva, Rilka. Trade and Integration. Routledge, 2015.",
    ]


def test_names_added_to_tell_cites_apart_show_in_the_bibliography():
    """disambiguate-add-names carries over to the entries: the second author that sets
    the two works apart in the text is printed, so neither entry is "———"."""
    a = article("a", [("García Márquez", "Elena"), ("Nikitina", "Yuliya"), ("Lane", "David")],
                "Defence procurement in small states", 2003)
    b = article("b", [("García Márquez", "Elena"), ("Dragneva", "Rilka"), ("Lane", "David")],
                "Defence procurement in small states", 2019)
    entries = render_bibliography([a, b], "mla")
    assert heads(entries) == ["García Márquez, Elena, Yuliya Nikitina, et al.",
                              "García Márquez, Elena, Rilka Dragneva, et al."]


# --- date ranges ------------------------------------------------------------------

def interviews(issued):
    return [{"id": "nato", "type": "interview", "title": "Author’s interviews with NATO officials",
             "publisher-place": "NATO headquarters", "issued": issued}]


def test_day_range_in_a_macro_renders():
    """Europe-Asia Studies prints the notes' dates through a macro; a day range there
    came out as no entry at all."""
    entries = render_bibliography(interviews({"date-parts": [[2012, 4, 16], [2012, 4, 20]]}),
                                  "europe-asia-studies")
    assert entries == ["Author’s interviews with NATO officials, NATO headquarters, 16–20 April 2012."]


def test_year_of_a_range_within_one_year_is_printed_once():
    [cite] = render_citations(interviews({"date-parts": [[2012, 4, 16], [2012, 4, 20]]}),
                              [[{"id": "nato"}]], "europe-asia-studies")
    assert cite == "(‘Author’s interviews with NATO officials’ 2012)"


def test_event_dates_within_a_month_print_in_the_locale_order():
    """The shared month and year print once, where the style's date puts them, and the
    begin day loses its suffix: citeproc-py printed "23,–28, August 2020"."""
    talk = {"id": "ecpr", "type": "paper-conference", "title": "Party systems after enlargement",
            "author": [{"family": "Lane", "given": "David"}], "container-title": "ECPR General Conference",
            "event-title": "ECPR General Conference", "event-place": "Innsbruck",
            "event-date": {"date-parts": [[2020, 8, 23], [2020, 8, 28]]}, "issued": {"date-parts": [[2020]]}}
    speech = {"id": "summit", "type": "speech", "title": "Security in Central Asia",
              "author": [{"family": "Kazantsev", "given": "Andrei"}], "event-title": "OSCE Summit",
              "event-place": "Paris", "issued": {"date-parts": [[2019, 11, 30], [2019, 12, 2]]},
              "event-date": {"date-parts": [[2019, 11, 30], [2019, 12, 2]]}}
    assert render_bibliography([talk, speech], "apa") == [
        "Kazantsev, A. (2019, November 30–December 2). Security in Central Asia. OSCE Summit, Paris, "
        "November 30–December 2, 2019.",
        "Lane, D. (2020). Party systems after enlargement. ECPR General Conference. ECPR General Conference, "
        "Innsbruck, August 23–28, 2020.",
    ]


def test_day_range_keeps_the_parts_in_the_styles_order():
    news = {"id": "kom", "type": "article-newspaper", "title": "The gas talks resume",
            "author": [{"family": "Nikitina", "given": "Yuliya"}], "container-title": "Kommersant",
            "issued": {"date-parts": [[2018, 3, 5], [2018, 3, 9]]}}
    assert render_bibliography([news], "apa") == ["Nikitina, Y. (2018, March 5–9). The gas talks resume. Kommersant."]
    assert render_bibliography([news], "vancouver") == ["1. Nikitina Y. The gas talks resume. Kommersant. 2018 Mar 5–9."]
    assert render_bibliography([news], "chicago-notes-bibliography") == [
        "Nikitina, Yuliya. “The Gas Talks Resume.” Kommersant, March 5–9, 2018."]


# --- seasons and literal dates -------------------------------------------------------

def magazine(item_id, issued):
    return {"id": item_id, "type": "article-magazine", "title": "The Caspian after the summit",
            "author": [{"family": "Allison", "given": "Roy"}], "container-title": "Foreign Affairs",
            "issued": issued}


def test_season_prints_where_the_style_asks_for_a_short_month():
    """A term missing in the short form falls back to the long one (CSL 1.0.2): MLA's
    and IEEE's short month printed no season at all."""
    assert render_bibliography([magazine("a", {"date-parts": [[2001, 13]]})], "mla") == [
        "Allison, Roy. “The Caspian after the Summit.” Foreign Affairs, Spring 2001."]
    assert render_bibliography([magazine("a", {"date-parts": [[2001, 15], [2001, 16]]})], "ieee") == [
        "[1] R. Allison, “The Caspian after the summit,” Foreign Affairs, Autumn–Winter 2001."]


def test_season_given_as_a_word_or_in_a_raw_date():
    assert render_bibliography([magazine("a", {"date-parts": [[2001]], "season": "Winter"})], "mla") == [
        "Allison, Roy. “The Caspian after the Summit.” Foreign Affairs, Winter 2001."]
    page = {"id": "b", "type": "webpage", "title": "Border closures and seasonal migration",
            "URL": "https://example.org/border", "issued": {"raw": "Spring 2020"}}
    assert render_bibliography([page], "apa") == [
        "Border closures and seasonal migration. (2020, Spring). https://example.org/border"]


def test_season_in_a_numeric_month_leaves_the_year():
    """A style printing months as numbers has no number for a season: citeproc-js prints
    the year alone; citeproc-py failed and lost the entry."""
    item = magazine("a", {"date-parts": [[2001, 13]]})
    assert render_bibliography([item], "acta-philosophica") == [
        "Allison, R., The Caspian after the summit, published in Foreign Affairs, 2001."]


def test_literal_date_prints_once():
    """A date given as text prints only where the style shows the year; APA and Chicago
    print it again in their month-day date."""
    page = {"id": "w", "type": "webpage", "title": "Letters from the front", "URL": "https://example.org/letters",
            "author": [{"family": "Ivanov", "given": "Ivan"}], "issued": {"literal": "Spring 1912"}}
    assert render_bibliography([page], "apa") == [
        "Ivanov, I. (Spring 1912). Letters from the front. https://example.org/letters"]
    assert render_bibliography([page], "chicago-author-date") == [
        "Ivanov, Ivan. Spring 1912. “Letters from the Front.” https://example.org/letters."]


# --- numbers ----------------------------------------------------------------------

def test_issue_range_gets_an_en_dash_but_not_a_report_code():
    """Finance and Credit's seed: "no. 3–1" as citeproc-js prints a numeric issue range."""
    item = {"id": "fc02", "type": "article-journal", "title": "Problems of development of the CSTO",
            "container-title": "Historical and Socio-Educational Idea", "volume": "8", "issue": "3-1",
            "page": "17-21", "issued": {"date-parts": [[2016]]},
            "author": [{"family": "Malinovskii", "given": "O.N."}]}
    code = {"id": "imf", "type": "report", "title": "Export credit and the arms trade", "number": "WP/11-114",
            "publisher": "International Monetary Fund", "issued": {"date-parts": [[2018]]},
            "author": [{"literal": "International Monetary Fund"}]}
    imf, article = render_bibliography([item, code], "apa")  # sorted: "International" first
    assert "Historical and Socio-Educational Idea, 8(3–1), 17–21." in article
    assert "(WP/11-114)" in imf


def test_escaped_hyphen_keeps_the_issue_part_number():
    """citeproc-js's escape: "3\\-1" (issue 3, part 1) prints "3-1"."""
    item = {"id": "fc02", "type": "article-journal", "title": "Problems of development of the CSTO",
            "container-title": "Historical and Socio-Educational Idea", "volume": "8", "issue": "3\\-1",
            "issued": {"date-parts": [[2016]]}, "author": [{"family": "Malinovskii", "given": "O.N."}]}
    [entry] = render_bibliography([item], "finance-credit-references")
    assert entry.endswith("Historical and Socio-Educational Idea, 2016, vol. 8, no. 3-1.")


# --- title case ---------------------------------------------------------------------

def titled(title):
    return [{"id": "t", "type": "article-newspaper", "title": title, "container-title": "Kremlin.ru",
             "issued": {"date-parts": [[2008, 12, 22]]}, "author": [{"literal": "European Commission"}]}]


def test_title_case_splits_words_at_inner_periods_and_commas():
    """citeproc-js title-cases "Kremlin.ru" as "Kremlin.Ru"; one-letter parts ("e.g.") and
    the letters after an apostrophe ("You’re") stay as they are."""
    [entry] = render_bibliography(titled("Politics,peace and the e.g. case: you're next"), "mla")
    assert entry == ("European Commission. “Politics,Peace and the e.g. Case: You’re Next.” "
                     "Kremlin.Ru, 22 Dec. 2008.")


# --- disambiguation in note styles ----------------------------------------------------

def test_note_style_adds_names_where_the_short_notes_would_collide():
    """citeproc-js compares cites as subsequent ones: Chicago's short notes
    "García Márquez et al., “Defence Procurement”" collide, so even the first, full
    notes name the second author."""
    def paper(item_id, second, container):
        return {"id": item_id, "type": "article-journal", "title": "Defence procurement in small states",
                "container-title": container, "issued": {"date-parts": [[2003]]},
                "author": [{"family": "García Márquez", "given": "Elena"}, {"family": second, "given": "Yuliya"},
                           {"family": "Lane", "given": "David"}]}
    items = [paper("a", "Nikitina", "Security Dialogue"), paper("b", "Dragneva", "International Affairs")]
    first, second = render_citations(items, [[{"id": "a"}], [{"id": "b"}]], "chicago-notes-bibliography")
    assert first.startswith("Elena García Márquez, Yuliya Nikitina, et al., “Defence Procurement")
    assert second.startswith("Elena García Márquez, Yuliya Dragneva, et al., “Defence Procurement")


def test_short_name_in_sort_order_demotes_its_particle():
    """GOST's citations print short names in sort order: "Gogh van", as citeproc-js does."""
    item = {"id": "vg", "type": "book", "title": "Informal institutions in post-Soviet politics",
            "publisher": "Penguin", "publisher-place": "London", "issued": {"date-parts": [[2017]]},
            "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}]}
    [cite] = render_citations([item], [[{"id": "vg", "locator": "45-47", "label": "page"}]], "gost")
    assert cite == "[Gogh van, 2017, с. 45–47]"


def test_demoted_particle_of_a_short_name_follows_the_sort_separator():
    """The particle comes after the sort separator, as citeproc-js joins it: Neue
    Kriminalpolitik keeps the default ', ' ('Gogh, van 2017'; we printed 'Gogh van'),
    GOST sets ' ' (above)."""
    item = {"id": "vg", "type": "book", "title": "Informal institutions in post-Soviet politics",
            "publisher": "Penguin", "publisher-place": "London", "issued": {"date-parts": [[2017]]},
            "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}]}
    cites = [[{"id": "vg", "locator": "45-47", "label": "page"}]]
    assert list(render_citations([item], cites, "neue-kriminalpolitik")) == ["Gogh, van 2017, 45–47."]
    assert render_bibliography([item], "neue-kriminalpolitik") == [
        "Gogh, van (2017) Informal institutions in post-Soviet politics"]


# --- cs:substitute ----------------------------------------------------------------------

def test_editor_and_translator_without_author_list_the_editor_only():
    """Chicago's substitute holds a cs:choose of editor, translator...: only the first that
    prints stands in for the author (citeproc-py printed both, run together)."""
    item = {"id": "lane", "type": "book", "title": "Eurasian integration", "publisher": "Routledge",
            "editor": [{"family": "Lane", "given": "David"}],
            "translator": [{"family": "Nikitina", "given": "Yuliya"}], "issued": {"date-parts": [[2013]]}}
    assert render_bibliography([item], "chicago-notes-bibliography") == [
        "Lane, David, ed. Eurasian Integration. Translated by Yuliya Nikitina. Routledge, 2013."]


def test_names_without_a_cs_name_element_get_the_name_fixes():
    """NLM's cs:names have no cs:name (options sit on cs:style): transliterated initials
    such as "I.Yu." print as "IYu", as citeproc-js prints them, not "IY"."""
    item = {"id": "p", "type": "article-journal", "title": "Problems of development of the CSTO",
            "container-title": "Istoricheskaya mysl'", "issued": {"date-parts": [[2016]]},
            "author": [{"family": "Malinovskii", "given": "O.N."}, {"family": "Pashchenko", "given": "I.Yu."}]}
    [entry] = render_bibliography([item], "nlm")
    assert entry.startswith("1. Malinovskii ON, Pashchenko IYu. Problems of development of the CSTO.")


def test_empty_substitute_drops_the_repeated_name_and_keeps_its_label(tmp_path):
    """subsequent-author-substitute="" (American Anthropological Association and others):
    the repeated name is left out, its label stays (", ed."), as in citeproc-js."""
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography subsequent-author-substitute=""><sort><key variable="issued"/></sort><layout>
        <group delimiter=". "><names variable="author"><name/><label form="short" prefix=", "/>
          <substitute><names variable="editor"/></substitute></names>
          <date variable="issued"><date-part name="year"/></date><text variable="title"/></group>
      </layout></bibliography></style>"""
    def book(item_id, year, role):
        return {"id": item_id, "type": "book", "title": f"Eurasian trade {year}",
                role: [{"family": "Lane", "given": "David"}], "issued": {"date-parts": [[year]]}}
    path = tmp_path / "empty-substitute.csl"
    path.write_text(style, encoding="utf-8")
    entries = render_bibliography([book("a", 2013, "editor"), book("b", 2014, "editor"),
                                   book("c", 2015, "author")], str(path))
    assert entries == ["David Lane, ed. 2013. Eurasian trade 2013", ", ed. 2014. Eurasian trade 2014",
                       "2015. Eurasian trade 2015"]


SAS_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography subsequent-author-substitute="---"><layout><group delimiter=". ">
    <names variable="author"><name/><label prefix=", "/>
      <substitute>%s<names variable="editor"/><text variable="container-title"/></substitute>
    </names><text variable="title"/></group></layout></bibliography></style>"""
SAS_ITEMS = [
    {"id": "a", "type": "book", "title": "T1", "editor": [{"family": "Lane", "given": "David"}]},
    {"id": "b", "type": "book", "title": "T2", "editor": [{"family": "Lane", "given": "David"}]},
    {"id": "c", "type": "book", "title": "T3", "container-title": "Eurasian Review"},
    {"id": "d", "type": "book", "title": "T4", "container-title": "Eurasian Review"},
    {"id": "e", "type": "book", "title": "T5", "author": [{"family": "Lane", "given": "David"}]},
]


def test_an_entry_the_style_leaves_out_is_not_the_previous_entry(tmp_path):
    """subsequent-author-substitute compares with the entry printed before: one the style
    renders nothing for (MHRA's interviews) does not break the run, as citeproc-js prints
    'Smith, John A., and others. 2006 ... / ——. 2012a' around the interview left out
    (we printed the name again)."""
    style = tmp_path / "left-out.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography subsequent-author-substitute="---"><layout><choose><if type="interview" match="none">
        <group delimiter=". "><names variable="author"/><date variable="issued"><date-part name="year"/></date>
          <text variable="title"/></group></if></choose></layout></bibliography></style>""", encoding="utf-8")
    def work(item_id, kind, author, title, year):
        return {"id": item_id, "type": kind, "title": title, "author": [{"family": author[0], "given": author[1]}],
                "issued": {"date-parts": [[year]]}}
    items = [work("a", "book", ("Lane", "David"), "Eurasian trade", 2013),
             work("b", "interview", ("Allison", "Roy"), "Interview on regional security", 2014),
             work("c", "book", ("Lane", "David"), "Russia's elites", 2015)]
    assert render_bibliography(items, str(style)) == ["David Lane. 2013. Eurasian trade", "---. 2015. Russia\u2019s elites"]


def test_stand_ins_for_the_author_are_replaced_when_they_repeat(tmp_path):
    """The first stand-in that prints is compared: an editor (label kept), a cs:text by its
    value; a stand-in changes the name the next entry repeats ("David Lane" after the
    journal is printed again). Expected strings: citeproc-js 2.4.63."""
    path = tmp_path / "sas.csl"
    path.write_text(SAS_STYLE % '<names variable="translator"/>', encoding="utf-8")
    assert render_bibliography(SAS_ITEMS, str(path)) == [
        "David Lane, editor. T1", "---, editor. T2", "Eurasian Review. T3", "---. T4", "David Lane. T5"]


def test_empty_stand_in_with_its_own_name_element_ends_the_search(tmp_path):
    """A stand-in cs:names with a cs:name of its own that prints nothing (MLA's `guest`)
    keeps every later stand-in from being replaced or remembered, as in citeproc-js."""
    path = tmp_path / "sas-blocked.csl"
    path.write_text(SAS_STYLE % '<names variable="translator"><name/></names>', encoding="utf-8")
    assert render_bibliography(SAS_ITEMS, str(path)) == [
        "David Lane, editor. T1", "David Lane, editor. T2", "Eurasian Review. T3", "Eurasian Review. T4",
        "David Lane. T5"]


def test_formatted_family_name_in_sort_order_renders():
    """A family name-part with its own formatting (small caps, French styles) comes back
    as rich text; joining it to the given name failed and lost every entry."""
    book = {"id": "laruelle", "type": "book", "title": "La Russie et l’Asie centrale",
            "author": [{"family": "Laruelle", "given": "Marlène"}], "publisher": "CNRS Éditions",
            "publisher-place": "Paris", "issued": {"date-parts": [[2012]]}}
    assert render_bibliography([book], "atlande") == [
        "Laruelle, Marlène, La Russie et l’Asie centrale, Paris, CNRS Éditions, 2012."]
    assert render_bibliography([book], "atlande", output="html") == [
        '<span style="font-variant:small-caps;">Laruelle</span>, Marlène, <i>La Russie et l’Asie centrale</i>, '
        "Paris, CNRS Éditions, 2012."]


def test_institution_last_takes_the_inherited_comma_rule_before_and():
    """cs:name's delimiter-precedes-last is for persons; before an institution last in the
    list citeproc-js uses the inherited rule (contextual): no comma for two names, one for three."""
    def report(item_id, authors):
        return {"id": item_id, "type": "article-journal", "title": "Remittances and rural credit in Tajikistan",
                "container-title": "Central Asian Survey", "issued": {"date-parts": [[2019]]}, "author": authors}
    two = report("two", [{"family": "Rahmonova", "given": "Gulnora"}, {"literal": "Asian Development Bank"}])
    three = report("three", [{"family": "Rahmonov", "given": "Aziz"}, {"family": "Olimova", "given": "Saodat"},
                             {"literal": "Asian Development Bank"}])
    persons = report("persons", [{"family": "Rahmonova", "given": "Gulnora"}, {"family": "Bank", "given": "Asia"}])
    assert [e.split(" (")[0] for e in render_bibliography([two, three, persons], "apa")] == [
        "Rahmonov, A., Olimova, S., & Asian Development Bank.", "Rahmonova, G. & Asian Development Bank.",
        "Rahmonova, G., & Bank, A."]
    assert render_bibliography([two], "chicago-author-date")[0].startswith(
        "Rahmonova, Gulnora and Asian Development Bank. 2019.")


def test_institution_takes_the_family_name_fonts_and_case_but_not_its_affixes(tmp_path):
    """A body named as author (a literal name) is formatted as the family name-part is,
    as citeproc-js does: ABNT's upper-case family names print 'WORLD HEALTH ORGANIZATION',
    Annales' small caps cover the body too; the family part's brackets are for persons."""
    who = {"id": "who", "type": "report", "author": [{"literal": "World Health Organization"}],
           "title": "World report on ageing and health", "publisher": "WHO", "publisher-place": "Geneva",
           "issued": {"date-parts": [[2015]]}}
    joint = {"id": "joint", "type": "article-journal", "title": "Russian policy in Central Asia",
             "author": [{"family": "Kazantsev", "given": "Andrei"}, {"literal": "Asian Development Bank"}],
             "container-title": "Europe-Asia Studies", "volume": "60", "issue": "6", "page": "1073-1088",
             "issued": {"date-parts": [[2008]]}}
    abnt = render_bibliography([who, joint], "associacao-brasileira-de-normas-tecnicas")
    assert [entry.rstrip() for entry in abnt] == [  # ABNT's layout ends with a space
        "KAZANTSEV, Andrei; ASIAN DEVELOPMENT BANK. Russian policy in Central Asia. Europe-Asia Studies, "
        "v. 60, n. 6, p. 1073–1088, 2008.",
        "WORLD HEALTH ORGANIZATION. World report on ageing and health. Geneva: WHO, 2015."]
    assert render_bibliography([who], "annales", output="html") == [
        '<span style="font-variant:small-caps;">World Health Organization</span>, '
        "<i>World report on ageing and health</i>, Geneva, WHO, 2015."]
    style = tmp_path / "bracketed.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><names variable="author"><name form="short">
        <name-part name="family" text-case="uppercase" prefix="[" suffix="]"/></name></names></layout></citation>
    </style>""", encoding="utf-8")
    assert list(render_citations([who, joint], [[{"id": "who"}], [{"id": "joint"}]], str(style))) == [
        "WORLD HEALTH ORGANIZATION", "[KAZANTSEV], ASIAN DEVELOPMENT BANK"]


def test_page_locator_takes_the_locale_page_range_delimiter_without_a_range_format(tmp_path):
    """A page locator is joined as the page variable is, by the page-range-delimiter term,
    also in a style without page-range-format: Gayana Botánica sets it to a hyphen,
    French locales to a non-breaking hyphen (we printed an en dash in every such style)."""
    article_ = {"id": "mueller", "type": "article-journal", "author": [{"family": "Müller", "given": "Hans-Peter"}],
                "title": "Measuring trust in international institutions", "container-title": "Nature",
                "issued": {"date-parts": [[2003]]}, "volume": "11", "page": "824-830"}
    cite = [[{"id": "mueller", "locator": "45-47", "label": "page"}]]
    assert list(render_citations([article_], cite, "gayana-botanica")) == ["(Müller 2003, pp. 45-47)"]
    style = tmp_path / "fr.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="fr-FR">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><text variable="title"/><group delimiter=" " prefix=", ">
        <label variable="locator" form="short"/><text variable="locator"/></group></layout></citation>
    </style>""", encoding="utf-8")
    assert list(render_citations([article_], cite, str(style))) == [
        "Measuring trust in international institutions, p. 45\u201147"]
    assert list(render_citations([article_], cite, "chicago-author-date")) == ["(Müller 2003, 45–47)"]


KREMLIN = {"id": "kremlin", "type": "webpage", "title": "Meeting with members of the Security Council",
           "container-title": "Kremlin.ru", "URL": "http://en.kremlin.ru/events/president/news/60000",
           "accessed": {"date-parts": [[2019, 4, 6]]}, "issued": {"date-parts": [[2019, 3, 22]]},
           "author": [{"literal": "President of Russia"}]}


def test_strip_periods_keeps_a_period_before_a_lower_case_letter_and_follows_the_case_change():
    """strip-periods removes periods as citeproc-js does: 'Kremlin.ru' keeps its period
    (The FEBS Journal; we printed 'Kremlinru'); after title case it is followed by a capital
    and goes ('KremlinRu' in Stem Cells, as citeproc-js prints it)."""
    assert render_bibliography([KREMLIN], "the-febs-journal") == [
        "1 President of Russia (2019) Meeting with members of the Security Council. Kremlin.ru."]
    [entry] = render_bibliography([KREMLIN], "stem-cells")
    assert "Security Council. KremlinRu 2019." in entry


def test_strip_periods_on_a_macro_call_leaves_the_macro_affixes():
    """Ugeskrift for Læger calls its date macro with strip-periods; the stop after the
    year is the macro group's suffix, which citeproc-js keeps ('2008. s. 276–303');
    we stripped the macro's whole output ('2008 s. 276–303')."""
    chapter = {"id": "chapter", "type": "chapter", "author": [{"family": "Chen", "given": "Li"}],
               "title": "The politics of peacekeeping in Central Asia",
               "container-title": "Why multilateral organisations persist",
               "editor": [{"family": "Dragneva", "given": "Rilka"}], "publisher": "Oxford University Press",
               "publisher-place": "Oxford", "issued": {"date-parts": [[2008]]}, "page": "276-303"}
    assert render_bibliography([chapter, KREMLIN], "ugeskrift-for-laeger") == [
        "1. Chen L. The politics of peacekeeping in Central Asia. I: Dragneva R, redaktør. Why multilateral "
        "organisations persist Oxford: Oxford University Press; 2008. s. 276–303.",
        "2. President of Russia. Meeting with members of the Security Council [Internet]. Kremlin.ru 2019 "
        "[henvist 6 april 2019].Tilgået fra: http://en.kremlin.ru/events/president/news/60000"]


def test_a_name_suffix_takes_the_initials_mark():
    """'Jr.' is normalised like an initial, as citeproc-js does: without its stop where
    initials have none (Journal of Urology's 'King ML Jr:', Journal of Peace Research's
    'King, Martin Luther, Jr (2013)'; we printed 'Jr.'), kept where they have one (APA)."""
    book = {"id": "king", "type": "book", "title": "Measuring trust", "publisher": "Penguin",
            "publisher-place": "London", "issued": {"date-parts": [[2013]]},
            "author": [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}]}
    assert render_bibliography([book], "the-journal-of-urology") == [
        "1. King ML Jr: Measuring trust. London: Penguin; 2013."]
    assert render_bibliography([book], "journal-of-peace-research") == [
        "King, Martin Luther, Jr (2013) Measuring Trust. London: Penguin."]
    assert render_bibliography([book], "apa") == ["King, M. L., Jr. (2013). Measuring trust. Penguin."]


def test_two_letter_initial_after_an_initial_is_set_off_where_given_names_are_kept():
    """Where styles keep given names as written (initialize="false"), citeproc-js sets a
    two-letter abbreviation ('Yu.') off from the initial before it: 'I Yu Pashchenko'
    (Journal of Peace Research, empty mark), 'Pashchenko I. Yu.' (Politique européenne);
    we printed 'IYu' and 'I.Yu.'. Single initials stay together ('ON', 'O.N.')."""
    csto = {"id": "csto", "type": "article-journal", "title": "Problems of development of the CSTO",
            "container-title": "Istoricheskaya i sotsial’no-obrazovatel’naya mysl’", "volume": "8", "issue": "3",
            "page": "17-21", "issued": {"date-parts": [[2016]]},
            "author": [{"family": "Malinovskii", "given": "O.N."}, {"family": "Pashchenko", "given": "I.Yu."}]}
    assert render_bibliography([csto], "journal-of-peace-research")[0].startswith(
        "Malinovskii, ON & I Yu Pashchenko (2016)")
    assert render_bibliography([csto], "politique-europeenne")[0].startswith(
        "Malinovskii O.N., Pashchenko I. Yu. (2016)")


GAYANA_WEBPAGE = {"id": "bbc", "type": "webpage", "title": "Finance mechanisms of integration",
                  "container-title": "BBC News", "URL": "https://www.bbc.co.uk/news/world-europe-1000",
                  "accessed": {"date-parts": [[2009, 3, 4]]}, "issued": {"date-parts": [[2014, 5, 27]]},
                  "author": [{"literal": "European Commission"}]}


def test_a_day_under_a_text_case_renders():
    """Gayana Botánica sets text-case on a date whose day prints as a number; the day
    reached the case change as a number and the entry failed ('could not render')."""
    assert render_bibliography([GAYANA_WEBPAGE], "gayana-botanica") == [
        "European Commission. 2014. Finance mechanisms of integration. BBC News. "
        "https://www.bbc.co.uk/news/world-europe-1000. Accessed: March 4, 2009."]


def test_text_case_on_a_macro_call_is_ignored(tmp_path):
    """citeproc-js prints a macro as its parts case it, whatever text-case the cs:text that
    calls it sets: Gayana Botánica's title-cased book title in a chapter stays in sentence
    case (we printed 'Energy Security and the Caspian Basin'); an upper-cased or capitalised
    macro of a term, names or a date is left too."""
    chapter = {"id": "ch", "type": "chapter", "author": [{"family": "Kowalski", "given": "Jan"}],
               "title": "Informal institutions in post-Soviet politics",
               "container-title": "Energy security and the Caspian basin",
               "editor": [{"family": "Kazantsev", "given": "Andrei"}], "publisher": "Routledge",
               "publisher-place": "London", "issued": {"date-parts": [[2001, 5, 3]]}, "page": "556-569"}
    assert render_bibliography([chapter], "gayana-botanica") == [
        "Kowalski, J. 2001. Informal institutions in post-Soviet politics. In: Kazantsev, A. (Ed.) "
        "Energy security and the Caspian basin: 556-569. Routledge, London"]
    style = tmp_path / "macro-case.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <macro name="in"><text term="in"/></macro>
      <macro name="editor"><names variable="editor"><name/><label prefix=", "/></names></macro>
      <macro name="date"><date variable="issued" form="text"/></macro>
      <citation><layout><group delimiter=" | "><text macro="in" text-case="capitalize-first"/>
        <text macro="editor" text-case="uppercase"/><text macro="date" text-case="uppercase"/>
        <text term="in" text-case="capitalize-first"/></group></layout></citation>
    </style>""", encoding="utf-8")
    assert list(render_citations([chapter], [[{"id": "ch"}]], str(style))) == [
        "in | Andrei Kazantsev, editor | May 3, 2001 | In"]


def test_a_type_list_is_one_test_under_the_default_match(tmp_path):
    """citeproc-js reads type="chapter paper-conference" as one test any listed type
    passes, also under the default match="all", where each variable is still a test of
    its own: The Journal of Laryngology and Otology prints 'In:' before a chapter's
    editors (we printed none: the chapter was asked to be a conference paper too)."""
    chapter = {"id": "ch", "type": "chapter", "author": [{"family": "Kowalski", "given": "Jan"}],
               "title": "Informal institutions in post-Soviet politics",
               "container-title": "Energy security and the Caspian basin",
               "editor": [{"family": "Kazantsev", "given": "Andrei"}], "publisher": "Routledge",
               "publisher-place": "London", "issued": {"date-parts": [[2001]]}, "page": "556-569"}
    [entry] = render_bibliography([chapter], "the-journal-of-laryngology-and-otology")
    assert "post-Soviet politics. In: Kazantsev A, editor. Energy security" in entry
    book = {"id": "bk", "type": "book", "title": "Energy security", "issued": {"date-parts": [[2001]]}}
    style = tmp_path / "types.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><group delimiter=" | ">
        <choose><if type="chapter paper-conference"><text value="A"/></if><else><text value="not A"/></else></choose>
        <choose><if type="book chapter" variable="editor"><text value="B"/></if><else><text value="not B"/></else></choose>
        <choose><if type="book chapter" variable="editor translator" match="all"><text value="C"/></if>
          <else><text value="not C"/></else></choose>
      </group></layout></citation>
    </style>""", encoding="utf-8")
    assert list(render_citations([chapter, book], [[{"id": "ch"}], [{"id": "bk"}]], str(style))) == [
        "A | B | not C", "not A | not B | not C"]


def test_semicolon_before_a_colon_prefix_prints_once():
    """Vancouver-like styles print ';' after the year and ':' before the page; with no
    volume between them citeproc-js merges the two ('Nature 2003;824–30'; we printed
    '2003;:824–30'). With a volume both stay ('2004;421:824–30')."""
    def article(item_id, year, **extra):
        return {"id": item_id, "type": "article-journal", "author": [{"family": "Müller", "given": "Hans-Peter"}],
                "title": "Measuring trust in international institutions", "container-title": "Nature",
                "issued": {"date-parts": [[year]]}, "page": "824-830", **extra}
    assert render_bibliography([article("nv", 2003), article("wv", 2004, volume="421")],
                               "the-journal-of-laryngology-and-otology") == [
        "1. Müller H-P. Measuring trust in international institutions. Nature 2003;824–30",
        "2. Müller H-P. Measuring trust in international institutions. Nature 2004;421:824–30"]


def test_capitalize_first_leaves_a_leading_number_and_the_word_after_it():
    """APA's medium in brackets: "35 mm" stays as citeproc-js prints it (the word after
    the number was capitalised: "[35 Mm]")."""
    film = {"id": "kurosawa", "type": "motion_picture", "title": "Seven Samurai", "medium": "35 mm",
            "author": [{"family": "Kurosawa", "given": "Akira"}], "issued": {"date-parts": [[1954]]}}
    disc = {**film, "id": "ran", "title": "Ran", "medium": "blu-ray disc", "issued": {"date-parts": [[1985]]}}
    assert render_bibliography([film, disc], "apa") == [
        "Kurosawa, A. (1954). Seven Samurai [35 mm].", "Kurosawa, A. (1985). Ran [Blu-ray disc]."]


# --- punctuation merging ---------------------------------------------------------

def test_a_stop_after_a_colon_or_semicolon_is_dropped_and_marks_replace_them(tmp_path):
    """A field ending in ':' or ';' followed by a style's '.' keeps its mark alone; '?' or '!'
    take the colon's place ("Who decides?"), as citeproc-js merges punctuation."""
    chapter = {"id": "a", "type": "chapter", "title": "Who decides:", "container-title": "Handbook of growth;",
               "author": [{"family": "Poe", "given": "Ed"}], "editor": [{"family": "Lee", "given": "Kim"}],
               "publisher": "Routledge", "publisher-place": "London", "page": "5-25",
               "issued": {"date-parts": [[2017]]}}
    [entry] = render_bibliography([chapter], "vancouver")
    assert entry == "1. Poe E. Who decides: In: Lee K, editor. Handbook of growth; London: Routledge; 2017. p. 5–25."
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><group delimiter=" "><text variable="title" suffix="?"/>
        <text variable="container-title" suffix="!"/></group></layout></citation></style>"""
    path = tmp_path / "marks.csl"
    path.write_text(style, encoding="utf-8")
    assert list(render_citations([chapter], [[{"id": "a"}]], str(path))) == ["Who decides? Handbook of growth!"]


def test_a_stop_after_a_formatted_fields_question_mark_is_kept_as_citeproc_js_keeps_it(tmp_path):
    """citeproc-js keeps "?." and "!." where the stop is the own suffix (or the group
    delimiter's stop) of a cs:text variable that sets a font attribute, even "normal"; it
    merges a stop from a macro call, an enclosing group or after a plain field, and a
    doubled "." (we merged them all). Checked against citeproc-js with each layout below."""
    article = {"id": "a", "type": "article-journal", "title": "Why do organisations persist?",
               "container-title": "Security Dialogue", "issued": {"date-parts": [[2008]]}}
    layouts = {
        "own suffix, italic": '<text variable="title" font-style="italic" suffix="."/><text variable="container-title" prefix=" "/>',
        "own suffix, normal": '<text variable="title" font-style="normal" suffix="."/><text variable="container-title" prefix=" "/>',
        "delimiter": '<group delimiter=". "><text variable="title" font-weight="bold"/><text variable="container-title"/></group>',
        "plain field": '<group delimiter=". "><text variable="title"/><text variable="container-title"/></group>',
        "macro": '<text macro="title" suffix="."/><text variable="container-title" prefix=" "/>',
        "group": '<group suffix="."><text variable="title" font-style="italic"/></group><text variable="container-title" prefix=" "/>',
    }
    printed, paths = {}, {}
    for n, (name, layout) in enumerate(layouts.items()):
        style = f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <macro name="title"><text variable="title" font-style="italic"/></macro>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout>{layout}</layout></bibliography></style>"""
        paths[name] = path = tmp_path / f"stops{n}.csl"
        path.write_text(style, encoding="utf-8")
        [printed[name]] = render_bibliography([article], str(path))
    kept, merged = "Why do organisations persist?. Security Dialogue", "Why do organisations persist? Security Dialogue"
    assert printed == {"own suffix, italic": kept, "own suffix, normal": kept, "delimiter": kept,
                       "plain field": merged, "macro": merged, "group": merged}
    assert render_bibliography([dict(article, title="Regional security etc.")], str(paths["own suffix, italic"])) == [
        "Regional security etc. Security Dialogue"]
    [entry] = render_bibliography([dict(article, author=[{"family": "Allison", "given": "Roy"}])],
                                  "van-yuzuncu-yil-universitesi-fen-bilimleri-enstitusu")
    assert entry.startswith("Allison, R. (2008). Why do organisations persist?. Security Dialogue")


def test_a_colon_or_semicolon_printed_twice_prints_once(tmp_path):
    """An italic title ending in ':' before a style's ': ' delimiter (and ';' before '; '):
    citeproc-js merges the two across the markup (citeproc-py's own joins did so only without it)."""
    chapter = {"id": "a", "type": "chapter", "title": "Who decides:", "container-title": "Handbook of growth;"}
    style = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><group delimiter=": "><text variable="title" font-style="italic"/>
        <group delimiter="; "><text variable="container-title" font-style="italic"/><text value="end"/></group>
      </group></layout></citation></style>"""
    path = tmp_path / "pauses.csl"
    path.write_text(style, encoding="utf-8")
    assert list(render_citations([chapter], [[{"id": "a"}]], str(path), output="html")) == [
        "<i>Who decides:</i> <i>Handbook of growth;</i> end"]


# --- given names of different authors who share a family name ---------------------

def _book(item_id, authors, year):
    return {"id": item_id, "type": "book", "title": f"Trade policy {year}", "publisher": "Routledge",
            "author": [{"family": f, "given": g} for f, g in authors], "issued": {"date-parts": [[year]]}}


def test_global_given_name_rules_tell_every_shared_family_name_apart():
    """givenname-disambiguation-rule primary-name (Chicago author-date) and
    primary-name-with-initials (APA): a first author whose family name another cited
    person shares gets initials, or the full given name where initials are shared too,
    even when the years already tell the cites apart; one person cited twice is one."""
    items = [_book("a", [("Wang", "Li")], 2019), _book("b", [("Wang", "Wei"), ("Zhang", "Min")], 2019),
             _book("c", [("Wang", "Li")], 2020), _book("d", [("Dupont", "Jean")], 2008),
             _book("e", [("Dupont", "Jeanne")], 2009), _book("f", [("Lane", "David")], 2010)]
    clusters = [[{"id": item["id"]}] for item in items]
    assert list(render_citations(items, clusters, "chicago-author-date")) == [
        "(L. Wang 2019)", "(W. Wang and Zhang 2019)", "(L. Wang 2020)", "(Jean Dupont 2008)",
        "(Jeanne Dupont 2009)", "(Lane 2010)"]
    assert list(render_citations(items, clusters, "apa")) == [
        "(L. Wang, 2019)", "(W. Wang & Zhang, 2019)", "(L. Wang, 2020)", "(Dupont, 2008)",
        "(Dupont, 2009)", "(Lane, 2010)"]  # initials only: J. and J. tell nobody apart


def test_full_given_names_a_cite_needed_also_print_in_its_entry():
    """citeproc-js prints the full given name a cite needed in the entry's names too
    (APA 6th, primary-name; Harvard, where two cites read alike)."""
    items = [_book("d", [("Dupont", "Jean")], 2008), _book("e", [("Dupont", "Jeanne")], 2009)]
    assert render_bibliography(items, "apa-6th-edition") == [
        "Dupont, Jean. (2008). Trade policy 2008. Routledge.",
        "Dupont, Jeanne. (2009). Trade policy 2009. Routledge."]
    twins = [_book("a", [("Asthma", "Aloysius"), ("Bronchitis", "Bert")], 1995),
             _book("b", [("Asthma", "Artemis"), ("Bronchitis", "Bert")], 1995)]
    for twin in twins:
        twin["title"] = "Trade policy " + twin["id"]
    assert [e.split(" (")[0] for e in render_bibliography(twins, "harvard-cite-them-right")] == [
        "Asthma, Aloysius and Bronchitis, B.", "Asthma, Artemis and Bronchitis, B."]


def test_a_hyphenated_given_name_with_a_lower_case_second_part_is_one_initial():
    """'Ji-hoon' initialises to 'J.' (citeproc-js; was 'J.-hoon'), 'Jean-Paul' to 'J.-P.'."""
    items = [_book("a", [("Park", "Ji-hoon"), ("Sartre", "Jean-Paul")], 2015), _book("b", [("Kim", "Min-Ji")], 2016)]
    assert [e.split(" (")[0] for e in render_bibliography(items, "apa")] == [
        "Kim, M.-J.", "Park, J., & Sartre, J.-P."]


# --- ordinals ------------------------------------------------------------------------

def test_ordinal_editions_take_the_style_language_terms_and_their_gender():
    """French: '2ᵉ éd.' (was '2nd éd.': citeproc-py found English 'ordinal-02' before French
    'ordinal'), '1ʳᵉ éd.' (édition is feminine); HTML raises the suffix as citeproc-js does;
    English keeps 11th, 21st, 112th."""
    def book(item_id, edition, year):
        return {"id": item_id, "type": "book", "title": "Pratique du théâtre", "edition": edition,
                "author": [{"family": "Dupont", "given": "Jean"}], "publisher": "Gallimard",
                "publisher-place": "Paris", "issued": {"date-parts": [[year]]}}
    items = [book("a", "1", 2001), book("b", "2", 2002)]
    assert [e.split(" (", 2)[2] for e in render_bibliography(items, "apa-fr-provost")] == [
        "1ʳᵉ éd.). Paris: Gallimard.", "2ᵉ éd.). Paris: Gallimard."]
    html = render_bibliography(items, "apa-fr-provost", output="html")
    assert "(1<sup>r</sup><sup>e</sup> éd.)" in html[0] and "(2<sup>e</sup> éd.)" in html[1]
    english = [book(str(n), str(n), 2000 + n) for n in (11, 21, 112)]
    assert [e.split(". ")[3] for e in render_bibliography(english, "chicago-author-date")] == [
        "11th ed", "21st ed", "112th ed"]


def test_ordinal_terms_a_style_defines_in_part_fall_back_to_its_locale_file():
    """Chicago (Euskara) defines ordinal-01..04 only; citeproc-js takes 5 from the Basque
    file's plain 'ordinal' ('5. arg.'), which hides the English suffixes below it; we
    used the style's four terms as the whole set and printed '5 arg.'."""
    def book(item_id, edition, year, family):
        return {"id": item_id, "type": "book", "author": [{"family": family, "given": "Thi Hoa"}],
                "title": "A comparative study of integration projects", "edition": edition,
                "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke", "issued": {"date-parts": [[year]]}}
    books = [book("ed2", "2", 1998, "Le"), book("ed5", "5", 2002, "Nguyen")]
    assert render_bibliography(books, "chicago-author-date-basque") == [
        "Le, Thi Hoa. 1998. A comparative study of integration projects. 2. arg. Basingstoke: Palgrave Macmillan.",
        "Nguyen, Thi Hoa. 2002. A comparative study of integration projects. 5. arg. Basingstoke: Palgrave Macmillan."]


def test_a_styles_own_ordinal_terms_only_reword_those_of_its_language_file():
    """Triangle (French) defines ordinal-01..04 ('ère', 'e', 'e', 'e') and 'edition' without
    a gender. As citeproc-js reads them: the French file's terms decide which ordinals
    exist (only a feminine and a masculine ordinal-01, then 'ᵉ'), and 'édition' keeps the
    file's feminine: '1ʳᵉ éd.', '2ᵉ éd.' (we printed '1ère éd.', '2e éd.')."""
    def book(item_id, edition, family):
        return {"id": item_id, "type": "book", "title": "Pratique du théâtre", "edition": edition,
                "author": [{"family": family, "given": "Jean"}], "publisher": "Gallimard",
                "publisher-place": "Paris", "issued": {"date-parts": [[2001]]}}
    entries = render_bibliography([book("a", "1", "Dupont"), book("b", "2", "Durand"), book("c", "21", "Martin")],
                                  "triangle")
    assert [e.split(", ")[2] for e in entries] == ["1ʳᵉ éd.", "2ᵉ éd.", "21ᵉ éd."]


def test_day_ordinals_take_the_style_language_terms_and_the_month_gender(tmp_path):
    """'1ᵉʳ janvier' (janvier is masculine; was '1ʳᵉ janvier'), German '2. Juni', English
    '22nd June', as citeproc-js prints them."""
    items = [{"id": f"d{day}", "type": "book", "title": "Rapport", "issued": {"date-parts": [[2000, month, day]]}}
             for day, month in ((1, 1), (2, 6), (22, 6))]
    printed = {}
    for lang in ("fr-FR", "de-DE", "en-US"):
        style = f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="{lang}">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><date variable="issued"><date-part name="day" form="ordinal" suffix=" "/>
            <date-part name="month" suffix=" "/><date-part name="year"/></date></layout></citation></style>"""
        path = tmp_path / f"days-{lang}.csl"
        path.write_text(style, encoding="utf-8")
        printed[lang] = list(render_citations(items, [[{"id": item["id"]}] for item in items], str(path)))
    assert printed == {"fr-FR": ["1ᵉʳ janvier 2000", "2 juin 2000", "22 juin 2000"],
                       "de-DE": ["1. Januar 2000", "2. Juni 2000", "22. Juni 2000"],
                       "en-US": ["1st January 2000", "2nd June 2000", "22nd June 2000"]}


# --- display ----------------------------------------------------------------------

def test_displayed_parts_are_set_off_as_citeproc_js_sets_them():
    """display="block" (APA annotated bibliography's note, the American Anthropological
    Association's author heading) and left-margin/right-inline: a <div> each in HTML, a
    space in text (the note ran into the entry: 'Routledge.A careful study')."""
    book = {"id": "a", "type": "book", "title": "Energy security", "author": [{"family": "Ali", "given": "Omar"}],
            "publisher": "Routledge", "issued": {"date-parts": [[2014]]}, "note": "A careful study of pipelines."}
    assert render_bibliography([book], "apa-annotated-bibliography") == [
        "Ali, O. (2014). Energy security. Routledge. A careful study of pipelines."]
    assert render_bibliography([book], "apa-annotated-bibliography", output="html") == [
        'Ali, O. (2014). <i>Energy security</i>. Routledge.<div class="csl-block">A careful study of pipelines.</div>']
    assert render_bibliography([book], "american-anthropological-association") == [
        "Ali, Omar 2014 Energy Security. Routledge."]
    assert render_bibliography([book], "american-anthropological-association", output="html") == [
        '<div class="csl-block">Ali, Omar</div><div class="csl-left-margin"> 2014</div>'
        '<div class="csl-right-inline">Energy Security. Routledge.</div>']
    [entry] = render_bibliography([book], "journal-of-juridical-sciences", output="html")
    assert entry.endswith("Routledge.</div>")  # the layout's stop is not doubled inside the part


# --- name affixes -----------------------------------------------------------------

def test_name_affixes_wrap_each_person_as_citeproc_js_prints_them(tmp_path):
    """cs:name's prefix and suffix go round each personal name, not round the list, as
    citeproc-js prints them (Angiologia's 'Dragneva R., Flikke G.'; we printed 'Dragneva R,
    Flikke G.'; the Pädagogische Hochschule Heidelberg's no-break space before each ';');
    an institution takes none, and a list cut short by et al is wrapped once more."""
    pair = article("dragneva", [("Dragneva", "Rilka"), ("Flikke", "Geir")], "Defence procurement in small states",
                   1996, **{"container-title": "Journal of Common Market Studies", "volume": "8", "issue": "5",
                            "page": "52-85"})
    assert render_bibliography([pair], "angiologia") == [
        "1. Dragneva R., Flikke G. Defence procurement in small states. Journal of Common Market Studies. "
        "1996;8(5):52-85."]
    assert list(render_citations([pair], [[{"id": "dragneva", "locator": "45-47", "label": "page"}]],
                                 "padagogische-hochschule-heidelberg")) == [
        "(Dragneva\u00a0;\u00a0Flikke\u00a01996,\u00a0S.\u00a045–47)"]
    style = tmp_path / "affixed.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation et-al-min="3" et-al-use-first="2"><layout><names variable="author">
        <name and="text" delimiter=", " prefix="[" suffix="]"/></names></layout></citation>
    </style>""", encoding="utf-8")
    bank = {"id": "bank", "type": "report", "title": "Migration and remittances",
            "author": [{"literal": "World Bank"}, {"family": "Brown", "given": "Kate"}]}
    three = {"id": "three", "type": "report", "title": "Migration and remittances",
             "author": [{"literal": "World Bank"}, {"family": "Brown", "given": "Kate"},
                        {"family": "Chen", "given": "Li"}]}
    assert list(render_citations([bank, three], [[{"id": "bank"}], [{"id": "three"}]], str(style))) == [
        "World Bank and [Kate Brown]", "[World Bank, [Kate Brown], et al.]"]


def test_subsequent_author_substitute_rules_replace_names_one_by_one():
    """partial-each replaces each leading name that repeats the previous entry's name in
    the same place, partial-first only the first, as citeproc-js applies the rules (we
    replaced only whole repeated lists, as complete-all does)."""
    def paper(item_id, second, title, year):
        return article(item_id, [("Dragneva", "Rilka"), second], title, year,
                       **{"container-title": "Post-Soviet Affairs", "volume": "28", "page": "1-24"})
    items = [paper("a1", ("Flikke", "Geir"), "Defence procurement in small states", 1996),
             paper("a2", ("Wolczuk", "Kataryna"), "Trade and integration in Eurasia", 2012),
             paper("a3", ("Wolczuk", "Kataryna"), "Eurasian economic integration", 2013)]
    def up_to_year(entries):
        return [entry[:entry.index(str(year)) + 4] for entry, year in zip(entries, (1996, 2012, 2013))]

    assert up_to_year(render_bibliography(items, "monographs-of-the-palaeontographical-society")) == [
        "Dragneva, R. & Flikke, G. 1996", "——— & Wolczuk, K. 2012", "——— & ——— 2013"]
    assert up_to_year(render_bibliography(items, "mhra-author-date-no-url")) == [
        "Dragneva, Rilka, and Geir Flikke. 1996", "——, and Kataryna Wolczuk. 2012",
        "——, and Kataryna Wolczuk. 2013"]


def test_a_term_defined_twice_alike_reads_the_later_definition(tmp_path):
    """citeproc-js reads a style's terms in order, so the later of two alike definitions
    wins: UFRJ's ABNT defines the editor's short form 'ed', then 'org' ('(Org.)'; we took
    the first and printed '(Ed.)'). Definitions that differ (a short and a long form) stay apart."""
    style = tmp_path / "terms.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <locale><terms><term name="editor" form="short">ed</term><term name="editor" form="short">org</term>
        <term name="editor">editor</term></terms></locale>
      <citation><layout><names variable="editor"><name/><label form="short" prefix=" (" suffix=")"/></names>
        <text term="editor" prefix=" [" suffix="]"/></layout></citation>
    </style>""", encoding="utf-8")
    book = {"id": "ed", "type": "book", "title": "Export credit and the arms trade",
            "editor": [{"family": "Müller", "given": "Hans-Peter"}]}
    assert list(render_citations([book], [[{"id": "ed"}]], str(style))) == ["Hans-Peter Müller (org) [editor]"]


def test_a_page_range_is_numeric_content(tmp_path):
    """is-numeric as citeproc-js tests it: numbers joined as a range or list are numeric
    (the University of Pretoria's Harvard cited a journal article with pages '52-85' as
    '(Dragneva & Flikke in press:45–47)'); a comma without a space or a decimal point is text."""
    paper = article("dragneva", [("Dragneva", "Rilka"), ("Flikke", "Geir")], "Defence procurement in small states",
                    1996, page="52-85")
    assert list(render_citations([paper], [[{"id": "dragneva", "locator": "45-47", "label": "page"}]],
                                 "university-of-pretoria-harvard-theology-religion")) == [
        "(Dragneva & Flikke 1996:45–47)"]
    style = tmp_path / "numeric.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><choose><if is-numeric="page"><text value="number"/></if>
        <else><text value="text"/></else></choose></layout></citation>
    </style>""", encoding="utf-8")
    pages = ["52-85", "2, 3", "iv-x", "S12-S15", "12a", "2,3", "1.2", "12 ff"]
    items = [{"id": str(n), "type": "book", "page": page} for n, page in enumerate(pages)]
    assert list(render_citations(items, [[{"id": item["id"]}] for item in items], str(style))) == [
        "number"] * 5 + ["text"] * 3


def test_a_demoted_particle_keeps_the_family_name_parts_case():
    """A non-dropping particle printed after the given names takes the family name-part's
    case (CSL: the family name-part covers the non-dropping particle), as citeproc-js prints
    it: ethnographiques.org upper-cases family names, 'GOGH Vincent VAN', 'GAULLE Charles DE'
    (we printed 'van', 'de'); a dropping particle stays with the given names ('Ludwig van')."""
    def book(item_id, author, year):
        return {"id": item_id, "type": "book", "title": "Informal institutions", "author": [author],
                "publisher": "Penguin", "publisher-place": "London", "issued": {"date-parts": [[year]]}}
    items = [book("g", {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}, 2017),
             book("d", {"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"}, 2016),
             book("b", {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}, 2015)]
    assert [e.split(",")[0] for e in render_bibliography(items, "ethnographiques-org")] == [
        "BEETHOVEN Ludwig van", "GAULLE Charles DE", "GOGH Vincent VAN"]


def test_a_term_written_in_the_long_form_is_the_long_term(tmp_path):
    """`form="long"` is CSL's default form, so a style's `<term name="accessed"
    form="long">consultato il</term>` is its long term, as citeproc-js reads it: Rassegna
    degli Archivi di Stato printed the locale file's 'consultato' and, ignoring its empty
    long 'et-al' term, 'Dragneva et al. = ...'."""
    items = [{"id": "who", "type": "webpage", "title": "Regional security governance after the Cold War",
              "author": [{"literal": "World Health Organization"}], "URL": "http://www.example.com/news/1002",
              "accessed": {"date-parts": [[1998, 3, 8]]}},
             article("dragneva", [("Dragneva", "Rilka"), ("Flikke", "Geir")], "Defence procurement in small states",
                     2003, **{"container-title": "Security Dialogue", "volume": "40", "page": "130-136"})]
    entries = render_bibliography(items, "rassegna-degli-archivi-di-stato")
    assert entries[0].startswith("Dragneva = ")
    assert entries[1].endswith("<http://www.example.com/news/1002>, consultato il 8 mar. 1998.")
    style = tmp_path / "long.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
      default-locale="it-IT">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <locale xml:lang="it"><terms><term name="et-al" form="long"/>
        <term name="accessed" form="long">consultato il</term></terms></locale>
      <citation><layout><names variable="author"><name et-al-min="2" et-al-use-first="1"/></names>
        <text term="accessed" prefix=" "/></layout></citation>
    </style>""", encoding="utf-8")
    assert list(render_citations(items[1:], [[{"id": "dragneva"}]], str(style))) == ["Rilka Dragneva consultato il"]


def test_initialize_is_inherited_from_the_bibliography_and_the_style(tmp_path):
    """`initialize` is an inheritable name option: Rassegna degli Archivi di Stato's
    `<bibliography initialize="false">` under the style's initialize-with="." keeps given names
    in full where citeproc-js keeps them (we printed 'R. Dragneva - G. Flikke'); only given
    initials take the mark, and its citations, which do not set it, still initialise."""
    paper = article("dragneva", [("Dragneva", "Rilka"), ("Flikke", "Geir")], "Defence procurement in small states",
                    2003, **{"container-title": "Security Dialogue", "volume": "40", "page": "130-136"})
    style = "rassegna-degli-archivi-di-stato"
    assert render_bibliography([paper], style)[0].startswith("Dragneva = Rilka Dragneva - Geir Flikke, Defence")
    assert list(render_citations([paper], [[{"id": "dragneva"}]], style))[0].startswith("R. Dragneva - G. Flikke,")
    path = tmp_path / "full.csl"
    path.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
      initialize-with="." initialize="false">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><names variable="author"><name delimiter=", "/></names></layout></citation>
    </style>""", encoding="utf-8")
    item = {"id": "m", "type": "book", "title": "Measuring trust",
            "author": [{"family": "Müller", "given": "Hans-Peter"}, {"family": "Lane", "given": "D. J."}]}
    assert list(render_citations([item], [[{"id": "m"}]], str(path))) == ["Hans-Peter Müller, D.J. Lane"]


def test_a_prefix_stop_is_kept_after_a_piece_that_sets_a_font(tmp_path):
    """Between pieces without a delimiter citeproc-js merges no punctuation into or out of a
    piece that sets a font attribute (even "normal"): The Cancer Journal's title (font-style
    "normal", suffix ".") before the edition's ". " prefix prints 'projects.. 5th edn', where
    we merged the two stops; a plain title before a plain prefix still merges."""
    book = {"id": "nguyen", "type": "book", "title": "A comparative study of integration projects",
            "author": [{"family": "Nguyen", "given": "T. H."}], "edition": "5", "publisher": "Palgrave Macmillan",
            "publisher-place": "Basingstoke", "issued": {"date-parts": [[2002]]}}
    assert render_bibliography([book], "the-cancer-journal") == [
        "1. Nguyen TH. A comparative study of integration projects.. 5th edn Basingstoke: Palgrave Macmillan, 2002."]
    layouts = {'<text variable="title" font-style="italic"/><text variable="publisher" prefix=". "/>':
               "Why persist?. Pub",
               '<text variable="title" font-style="normal" suffix="."/><text variable="publisher" prefix=". "/>':
               "Why persist?.. Pub",
               '<group font-style="italic"><text variable="title"/></group><text variable="publisher" prefix=": "/>':
               "Why persist?: Pub",
               '<text variable="title"/><text variable="publisher" font-style="italic" prefix=". "/>':
               "Why persist?. Pub",
               '<text variable="title" suffix="."/><text variable="publisher" font-style="italic" prefix=". "/>':
               "Why persist? Pub",
               '<text variable="title"/><text variable="publisher" prefix=". "/>': "Why persist? Pub"}
    item = {"id": "w", "type": "book", "title": "Why persist?", "publisher": "Pub"}
    for n, (layout, expected) in enumerate(layouts.items()):
        style = tmp_path / f"s{n}.csl"
        style.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout>{layout}</layout></bibliography>
        </style>""", encoding="utf-8")
        assert render_bibliography([item], str(style)) == [expected], layout


def test_a_short_url_prints_the_site_as_citeproc_js_prints_it():
    """`<text variable="URL" form="short"/>` prints what citeproc-js (and so Zotero) prints:
    the URL up to the path after its last dotted segment, without the scheme where the host
    starts "www." (Annual Reviews' web pages; citeproc-py printed the whole URL)."""
    urls = {"http://www.example.com/news/1000": "www.example.com",
            "https://example.org/reports/2019/a.pdf": "https://example.org", "https://www.gov.uk": "www.gov.uk"}
    for url, site in urls.items():
        page = {"id": "w", "type": "webpage", "title": "Financial mechanisms of integration",
                "container-title": "BBC News", "URL": url, "issued": {"date-parts": [[2014, 5, 27]]},
                "author": [{"literal": "European Commission"}]}
        assert render_bibliography([page], "annual-review-of-anthropology") == [
            f"European Commission. 2014. Financial mechanisms of integration. BBC News. {site}"]


def test_a_fields_stop_after_its_question_mark_merges_before_a_comma_or_semicolon(tmp_path):
    """A plain field's "." suffix after its closing "?" merges into it before a "," or ";"
    delimiter too, as citeproc-js prints 'Why persist?, Pub' (we printed 'Why persist?., Pub');
    a doubled stop after a formatted field merges the same way ('Projects., Pub'), while a
    formatted field keeps its own '.' after '?' ('Why persist?., Pub')."""
    layouts = {'<group delimiter=", "><text variable="title" suffix="."/><text variable="publisher"/></group>':
               ["Why persist?, Pub", "Projects., Pub"],
               '<group delimiter="; "><text variable="title" suffix="."/><text variable="publisher"/></group>':
               ["Why persist?; Pub", "Projects.; Pub"],
               '<group delimiter=", "><text variable="title" font-style="italic" suffix="."/>'
               '<text variable="publisher"/></group>': ["Why persist?., Pub", "Projects., Pub"]}
    items = [{"id": "w", "type": "book", "title": "Why persist?", "publisher": "Pub"},
             {"id": "p", "type": "book", "title": "Projects.", "publisher": "Pub"}]
    for n, (layout, expected) in enumerate(layouts.items()):
        style = tmp_path / f"s{n}.csl"
        style.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout>{layout}</layout></bibliography>
        </style>""", encoding="utf-8")
        assert sorted(render_bibliography(items, str(style))) == sorted(expected), layout


def test_a_fields_stop_after_its_question_mark_merges_before_a_colon_which_stays(tmp_path):
    """Before a ':' delimiter, a plain field's '.' suffix after its closing '?' merges into
    it and the colon stays, as citeproc-js prints 'Why persist?: Pub' (we printed
    'Why persist?.: Pub'), also through a macro set in italics; a '?' with no stop of its
    own still drops the colon ('Why persist? Pub'), and a formatted field keeps its stop."""
    layouts = {'<group delimiter=": "><text variable="title" suffix="."/><text variable="publisher"/></group>':
               ["Why persist?: Pub", "Projects.: Pub"],
               '<group delimiter=": "><text macro="title" font-style="italic" suffix="."/>'
               '<text variable="publisher"/></group>': ["Why persist?: Pub", "Projects.: Pub"],
               '<group delimiter=": "><text variable="title"/><text variable="publisher"/></group>':
               ["Why persist? Pub", "Projects.: Pub"],
               '<group delimiter=": "><text variable="title" font-style="italic" suffix="."/>'
               '<text variable="publisher"/></group>': ["Why persist?.: Pub", "Projects.: Pub"]}
    items = [{"id": "w", "type": "book", "title": "Why persist?", "publisher": "Pub"},
             {"id": "p", "type": "book", "title": "Projects.", "publisher": "Pub"}]
    for n, (layout, expected) in enumerate(layouts.items()):
        style = tmp_path / f"s{n}.csl"
        style.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <macro name="title"><text variable="title"/></macro>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout>{layout}</layout></bibliography>
        </style>""", encoding="utf-8")
        assert sorted(render_bibliography(items, str(style))) == sorted(expected), layout


def test_a_repeated_title_standing_in_for_the_author_keeps_its_quotes_and_affixes(tmp_path):
    """subsequent-author-substitute replaces a repeated cs:text stand-in's value and keeps
    its quotes and affixes, as citeproc-js prints '„———“' in German styles that quote an
    encyclopedia entry's title in the author's place (we printed a bare '———'); an empty
    substitute still leaves the whole stand-in out."""
    def style(substitute, stand_in):
        return f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography subsequent-author-substitute="{substitute}"><sort><key variable="issued"/></sort>
          <layout><group delimiter=". "><names variable="author"><substitute>{stand_in}</substitute></names>
          <date variable="issued" date-parts="year" form="numeric"/><text variable="publisher"/></group>
          </layout></bibliography></style>"""
    items = [{"id": f"e{year}", "type": "entry-encyclopedia", "title": "Collective security",
              "publisher": "Britannica", "issued": {"date-parts": [[year]]}} for year in (2017, 2021)]
    cases = {("———", '<text variable="title" quotes="true"/>'):
             ["„Collective security“. 2017. Britannica", "„———“. 2021. Britannica"],
             ("———", '<text variable="title" prefix="[" suffix="]"/>'):
             ["[Collective security]. 2017. Britannica", "[———]. 2021. Britannica"],
             ("", '<text variable="title" prefix="[" suffix="]"/>'):
             ["[Collective security]. 2017. Britannica", "2021. Britannica"]}
    for n, ((substitute, stand_in), expected) in enumerate(cases.items()):
        path = tmp_path / f"s{n}.csl"
        path.write_text(style(substitute, stand_in), encoding="utf-8")
        assert render_bibliography(items, str(path), locale="de-DE") == expected, stand_in


def test_disambiguate_conditions_pass_one_at_a_time_until_the_cites_read_apart(tmp_path):
    """citeproc-js lets the `disambiguate="true"` tests pass one more at a time, in the order
    met, until the cites read apart: Chicago's short note adds the editor ("ed. Lane") and
    its publisher only where the editor is not enough (we printed both in every ambiguous cite)."""
    style = tmp_path / "steps.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <macro name="cite"><group delimiter=", "><names variable="author"><name form="short"/></names>
        <text variable="title"/>
        <choose><if disambiguate="true"><names variable="editor"><name form="short"/></names></if></choose>
        <choose><if disambiguate="true"><text variable="publisher"/></if></choose></group></macro>
      <citation><layout><text macro="cite"/></layout></citation>
      <bibliography><layout><text macro="cite"/></layout></bibliography></style>""", encoding="utf-8")
    def chapter(item_id, editor, publisher):
        return {"id": item_id, "type": "chapter", "author": [{"family": "Nikitina", "given": "Yuliya"}],
                "title": "Migration", "editor": [{"family": editor, "given": "D."}], "publisher": publisher,
                "issued": {"date-parts": [[2000]]}}
    items = [chapter("a", "Lane", "MIT Press"), chapter("b", "Smith", "Oxford University Press"),
             chapter("c", "Smith", "Polity")]
    expected = ["Nikitina, Migration, Lane", "Nikitina, Migration, Smith, Oxford University Press",
                "Nikitina, Migration, Smith, Polity"]
    assert list(render_citations(items, [[{"id": i["id"]}] for i in items], str(style))) == expected
    assert render_bibliography(items, str(style)) == expected


def _minimal_style(tmp_path, name, citation, attributes=""):
    path = tmp_path / f"{name}.csl"
    path.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
      <info><id>{name}</id><title>{name}</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation {attributes}><layout suffix=".">{citation}</layout></citation>
      <bibliography><layout><text variable="title"/></layout></bibliography></style>""", encoding="utf-8")
    return str(path)


def test_a_cite_prints_its_locator_once(tmp_path):
    """citeproc-js prints a cite's locator once: a later cs:text or cs:number of it is empty,
    and so is a group around it with no other variable. Common Market Law Review prints the
    locator in its generic branch, then 'at' and the locator for every type (we printed
    '2009, 45–47, at 45–47'); the journal article's branch prints no locator, so 'at' stays."""
    style = _minimal_style(tmp_path, "cmlr", """<group delimiter=", ">
        <choose><if type="article-journal"><group delimiter=", "><text variable="title"/>
          <text variable="container-title"/><text variable="page"/></group></if>
        <else><group delimiter=", "><text variable="title"/><text variable="container-title"/>
          <date variable="issued" date-parts="year" form="numeric"/><text variable="locator" prefix=" "/></group>
        </else></choose>
        <group delimiter=" "><text term="at"/><text variable="locator"/></group></group>""")
    items = [{"id": "brit", "type": "entry-encyclopedia", "title": "Collective security",
              "container-title": "Encyclopaedia Britannica", "issued": {"date-parts": [[2009]]}},
             {"id": "eas", "type": "article-journal", "title": "Regional security governance after the Cold War",
              "container-title": "Europe-Asia Studies", "page": "828-868", "issued": {"date-parts": [[2009]]}}]
    clusters = [[{"id": i["id"], "locator": "45-47", "label": "page"}] for i in items]
    assert list(render_citations(items, clusters, style)) == [
        "Collective security, Encyclopaedia Britannica, 2009, 45–47.",
        "Regional security governance after the Cold War, Europe-Asia Studies, 828–868, at 45–47."]


def test_year_suffix_goes_on_the_first_year_printed_whatever_its_date(tmp_path):
    """A style that prints no year-suffix of its own gets the letter on the first year the
    cite prints, as citeproc-js puts it, also where that is the access date (Review of
    International Studies' web pages print no issued date; we left the letter out)."""
    style = _minimal_style(tmp_path, "accessed", """<group delimiter=", ">
        <names variable="author"/><text variable="title" quotes="true"/>
        <group delimiter=" "><text term="accessed"/><date variable="accessed" form="text"/></group></group>""",
                           'disambiguate-add-year-suffix="true"')
    who = [{"literal": "World Health Organization"}]
    items = [{"id": f"who{n}", "type": "webpage", "author": who, "title": "Regional security governance",
              "URL": f"http://www.example.com/news/100{n}", "accessed": {"date-parts": [[2009, 3, 4]]}}
             for n in range(2)]
    assert list(render_citations(items, [[{"id": i["id"]}] for i in items], style)) == [
        "World Health Organization, “Regional security governance,” accessed March 4, 2009a.",
        "World Health Organization, “Regional security governance,” accessed March 4, 2009b."]


def test_page_first_sort_key_orders_by_the_first_page(tmp_path):
    """`<key variable="page-first"/>` sorts by the page's first page, as a number, as in
    citeproc-js; Gallia sorts an author's articles of one year so, and the year suffixes
    follow that order (citeproc-py had no page-first key, so the title decided)."""
    path = tmp_path / "pages.csl"
    path.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>pages</id><title>pages</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation disambiguate-add-year-suffix="true"><layout><group delimiter=" ">
        <names variable="author"><name form="short"/></names><date variable="issued" date-parts="year" form="numeric"/>
      </group></layout></citation>
      <bibliography><sort><key variable="author"/><key variable="issued"/><key variable="page-first"/>
        <key variable="title"/></sort>
        <layout><group delimiter=", "><names variable="author"><name form="short"/></names>
          <date variable="issued" date-parts="year" form="numeric"/><text variable="title"/>
          <text variable="page"/></group></layout></bibliography></style>""", encoding="utf-8")
    ivanov = [{"family": "Иванов", "given": "Иван Иванович"}]
    items = [{"id": item_id, "type": "article-journal", "author": ivanov, "title": title,
              "container-title": "Europe-Asia Studies", "page": page, "issued": {"date-parts": [[2015]]}}
             for item_id, title, page in [("a", "Евразийская интеграция", "821-839"),
                                          ("b", "Экономическая безопасность России", "583-588"),
                                          ("c", "Военно-техническое сотрудничество", "90-95")]]
    assert render_bibliography(items, str(path)) == [
        "Иванов, 2015a, Военно-техническое сотрудничество, 90–95",
        "Иванов, 2015b, Экономическая безопасность России, 583–588",
        "Иванов, 2015c, Евразийская интеграция, 821–839"]


def test_a_term_printed_first_starts_with_a_capital(tmp_path):
    """citeproc-js capitalises a term printed before anything else in a bibliography entry
    (after a citation number too) or in a note's citation: the Vienna business school
    styles' 'O. V. (2009): ...' and Dresden's 'Anon. (2009)' where the author is missing
    (we printed 'o. V.', 'anon.'; German's own term is 'o. A.'), a note opening 'At 45–47'. A term after other text, a
    term whose own text-case lowers it, a group left out for its empty variable, and an
    in-text citation keep the term as it is."""
    def style(cls, bibliography, citation):
        path = tmp_path / f"{cls}{len(list(tmp_path.iterdir()))}.csl"
        path.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="{cls}" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <macro name="author"><names variable="author"><name name-as-sort-order="all" initialize-with=". "/>
            <substitute><names variable="editor"/><group><text term="anonymous" form="short"/></group></substitute>
          </names></macro>
          <citation><layout suffix=".">{citation}</layout></citation>
          <bibliography><layout>{bibliography}</layout></bibliography></style>""", encoding="utf-8")
        return str(path)
    items = [{"id": "izv", "type": "article-newspaper", "title": "Экономическая безопасность России",
              "container-title": "Известия", "issued": {"date-parts": [[2009, 11, 10]]}},
             {"id": "lane", "type": "book", "title": "Post-Soviet politics", "author": [{"family": "Lane", "given": "David"}],
              "issued": {"date-parts": [[2009]]}}]
    entry = """<group delimiter=" "><text macro="author"/><date variable="issued" date-parts="year" form="numeric"
        prefix="(" suffix="):"/><text variable="title"/></group>"""
    assert render_bibliography(items, style("in-text", entry, '<text macro="author"/>'), locale="de-DE") == [
        "O.\u00a0A. (2009): Экономическая безопасность России", "Lane, D. (2009): Post-Soviet politics"]
    numbered = '<text variable="citation-number" suffix=". "/><text macro="author" suffix=" "/><text variable="title"/>'
    assert render_bibliography(items, style("in-text", numbered, "<text/>")) == [
        "1. Anon. Экономическая безопасность России", "2. Lane, D. Post-Soviet politics"]
    after = '<text variable="title" suffix=" "/><text term="anonymous" form="short"/>'
    lowered = '<text term="anonymous" form="short" text-case="lowercase"/>'
    left_out = '<group><text term="in" suffix=" "/><text variable="volume"/></group><text term="in" suffix=" "/>' \
        '<text variable="title"/>'
    assert [render_bibliography(items[:1], style("in-text", body, "<text/>")) for body in (after, lowered, left_out)] \
        == [["Экономическая безопасность России anon."], ["anon."], ["In Экономическая безопасность России"]]
    cite = '<group delimiter=" "><text term="at"/><text variable="locator"/></group>'
    clusters = [[{"id": "lane", "locator": "45-47", "label": "page"}]]
    assert list(render_citations(items, clusters, style("note", entry, cite))) == ["At 45–47."]
    assert list(render_citations(items, clusters, style("in-text", entry, cite))) == ["at 45–47."]


def test_typed_single_quotes_alternate_with_the_quotes_around_them(tmp_path):
    """A title's own typed single quotes nest like the style's quotes where the locale's
    marks are ‘ and ’, as citeproc-js reads them: kept as typed at the top, and a quote
    inside them or around them alternates (we had printed ‘ within ‘, as in '‘The ‘Colour
    Revolutions’’', and “ within “ once a quoted title was quoted again)."""
    style = tmp_path / "quotes.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography><layout><group delimiter=" | "><text variable="title" quotes="true"/>
        <text variable="title"/></group></layout></bibliography></style>""", encoding="utf-8")
    titles = ["Reading \u2018The \u201cColour Revolutions\u201d in Eurasia\u2019 again",
              "Reading \u2018The \u2018Colour Revolutions\u2019 in Eurasia\u2019 again",
              "Rock \u2018n\u2019 roll in the \u201960s and the \u2018thaw\u2019"]
    items = [{"id": str(n), "type": "book", "title": title} for n, title in enumerate(titles)]
    assert render_bibliography(items, str(style)) == [
        "\u201cReading \u2018The \u201cColour Revolutions\u201d in Eurasia\u2019 again\u201d"
        " | Reading \u2018The \u201cColour Revolutions\u201d in Eurasia\u2019 again",
        "\u201cReading \u2018The \u201cColour Revolutions\u201d in Eurasia\u2019 again\u201d"
        " | Reading \u2018The \u201cColour Revolutions\u201d in Eurasia\u2019 again",
        "\u201cRock \u2018n\u2019 roll in the \u201960s and the \u2018thaw\u2019\u201d"
        " | Rock \u2018n\u2019 roll in the \u201960s and the \u2018thaw\u2019"]


def test_a_text_standing_in_for_the_names_takes_no_names_affixes(tmp_path):
    """A cs:text printed by cs:substitute (a term in a macro, a title) prints without the
    cs:names' prefix and suffix, as citeproc-js prints it (Journal of Neurophysiology's
    'Anon' before the title); a name list standing in keeps them."""
    style = tmp_path / "stand-in.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <macro name="anon"><text term="anonymous" form="short" text-case="capitalize-first"/></macro>
      <citation><layout><names variable="author" prefix="[" suffix="] "><name/>
        <substitute><names variable="editor"/><text variable="container-title"/></substitute></names>
        <text variable="title"/></layout></citation>
      <bibliography><layout><names variable="author" suffix=". "><name/>
        <substitute><names variable="editor"/><text macro="anon"/></substitute></names>
        <text variable="title"/></layout></bibliography></style>""", encoding="utf-8")
    items = [{"id": "a", "type": "article-journal", "title": "Energy security", "container-title": "Post-Soviet Affairs"},
             {"id": "b", "type": "book", "title": "Russia's elites", "editor": [{"family": "Allison", "given": "Roy"}]}]
    assert render_bibliography(items, str(style)) == ["Anon.Energy security", "Roy Allison. Russia\u2019s elites"]
    assert render_citations(items, [[{"id": "a"}], [{"id": "b"}]], str(style)) == [
        "Post-Soviet AffairsEnergy security", "[Roy Allison] Russia\u2019s elites"]


def test_a_quoted_question_keeps_the_stop_after_its_closing_quote(tmp_path):
    """A '?' ending a quoted title keeps the '.' or ':' after the closing quote, as
    citeproc-js prints it (Zeitschrift für Fantastikforschung's '»Why ... persist?«.'); in
    en-US, where a '.' moves inside the quotes, it merges into the '?' as before."""
    def entry(locale):
        style = tmp_path / f"quoted-{locale}.csl"
        style.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
          default-locale="{locale}">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><layout><group delimiter=" | "><group delimiter=". "><text variable="title" quotes="true"/>
            <text variable="container-title"/></group><group delimiter=": "><text variable="title" quotes="true"/>
            <text variable="container-title"/></group></group></layout></bibliography></style>""", encoding="utf-8")
        item = {"id": "a", "type": "article-journal", "title": "Why do multilateral organisations persist?",
                "container-title": "Security Dialogue"}
        return render_bibliography([item], str(style))[0]
    assert entry("de-DE") == ("\u201eWhy do multilateral organisations persist?\u201c. Security Dialogue"
                              " | \u201eWhy do multilateral organisations persist?\u201c: Security Dialogue")
    assert entry("en-US").split(" | ")[0] == "\u201cWhy do multilateral organisations persist?\u201d Security Dialogue"


def test_a_quoted_question_in_a_macro_merges_the_group_stop(tmp_path):
    """Where the quoted title sits in a macro, the group's '.' delimiter is not its own and
    merges into the '?', as citeproc-js prints British Journal of Industrial Relations'
    '‘Why ... persist?’ Security Dialogue'."""
    style = tmp_path / "quoted-macro.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
      default-locale="en-GB"><info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
      <macro name="title"><text variable="title" quotes="true"/></macro>
      <citation><layout><text variable="title"/></layout></citation>
      <bibliography><layout><group delimiter=". "><text macro="title"/><text variable="container-title"/></group>
      </layout></bibliography></style>""", encoding="utf-8")
    item = {"id": "a", "type": "article-journal", "title": "Why do multilateral organisations persist?",
            "container-title": "Security Dialogue"}
    assert render_bibliography([item], str(style)) == [
        "\u2018Why do multilateral organisations persist?\u2019 Security Dialogue"]


def test_a_stand_in_names_without_its_own_name_takes_the_enclosing_affixes_only(tmp_path):
    """A cs:names in cs:substitute with no cs:name of its own stands for the enclosing
    cs:names: its own prefix and suffix are not printed, as citeproc-js prints it
    (IICA-CATIE's editor with suffix=" ed." after the inherited label gave 'eds. ed.');
    one with its own cs:name keeps them."""
    def cite(stand_in):
        style = tmp_path / f"stand-in-names-{len(stand_in)}.csl"
        style.write_text(f"""<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><names variable="author" prefix="{{" suffix="}}"><name/><label form="short" prefix=", "/>
            <substitute>{stand_in}</substitute></names><text variable="title" prefix=" "/></layout></citation>
        </style>""", encoding="utf-8")
        book = {"id": "c", "type": "book", "title": "Russia's elites",
                "editor": [{"family": "Allison", "given": "Roy"}, {"family": "Lane", "given": "David"}]}
        return render_citations([book], [[{"id": "c"}]], str(style))[0]
    assert cite('<names variable="editor" suffix=" ed."/>') == "{Roy Allison, David Lane, eds.} Russia\u2019s elites"
    assert cite('<names variable="editor" prefix="(" suffix=")"><name form="short"/></names>') == (
        "{(Allison, Lane)} Russia\u2019s elites")
