"""The renderer: style lookup, exact entries in real styles, output markup, isolation of bad items."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.render import (
    OUTPUT_FORMATS, UnknownStyle, list_styles, render_bibliography, render_citations,
    render_entries, resolve_style,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "csljson" / "sample.json"
TRICKY = ROOT / "fixtures" / "render" / "tricky.json"
DEPENDENT = ROOT / "fixtures" / "render" / "dependent-apa-de.csl"


@pytest.fixture(scope="module")
def sample():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tricky():
    return json.loads(TRICKY.read_text(encoding="utf-8"))


def by_id(items, item_id):
    return [i for i in items if i["id"] == item_id]


# --- exact entries ----------------------------------------------------------

def test_apa_journal_article_and_book(sample):
    entries = render_bibliography(sample, "apa")
    assert entries[0] == (
        "Allison, R. (2008). Virtual Regionalism, Regional Structures and Regime Security in "
        "Central Asia. Central Asian Survey, 27(2), 185–202. https://doi.org/10.1080/02634930802355121"
    )
    assert entries[1] == ("Lukin, A. V. (2014). Povorot k Azii: genezis i evolyutsiya rossiiskoi "
                          "vneshnei politiki. Ves’ Mir Publ.")
    assert not entries.problems


def test_apa_sorts_by_author_with_particles_and_corporate_names(sample):
    entries = render_bibliography(sample, "apa")
    starts = [e.split(" (")[0] for e in entries]
    assert starts == ["Allison, R.", "Lukin, A. V.", "van der Meer, J., & Smith, J., Jr.",
                      "World Health Organization.", "Zverev, R., Savin, I., & Belyaev, V.",
                      "Иванов, И. И."]


def test_harvard_chapter_with_editor(sample):
    [entry] = render_bibliography(by_id(sample, "ivanov2019ekonomika"), "harvard")
    assert entry == ("Иванов, И.И. (2019) “Экономика евразийской интеграции,” in П.П. Петров (ed.) "
                     "Евразийский экономический союз. Москва: Наука, pp. 45–67.")


def test_numeric_style_numbers_in_citation_order(sample):
    entries = render_bibliography(sample, "vancouver")
    assert entries[0].startswith("1.") and "Lukin AV" in entries[0]
    assert entries[2].startswith("3.") and "Allison R" in entries[2]


def test_citations_with_locator_and_clusters(sample):
    clusters = [[{"id": "allison2008virtual", "locator": "45-7", "label": "page"}],
                [{"id": "lukin2014povorot"}, {"id": "who2020covid"}]]
    assert list(render_citations(sample, clusters, "apa")) == [
        "(Allison, 2008, pp. 45–47)", "(Lukin, 2014; World Health Organization, 2020)"]  # APA: expanded ranges


def test_citation_with_unknown_id_fails_alone(sample):
    clusters = [[{"id": "nope"}], [{"id": "allison2008virtual"}]]
    out = render_citations(sample, clusters, "apa")
    assert list(out) == ["", "(Allison, 2008)"]
    assert "unknown item id 'nope'" in str(out.problems[0])


# --- style lookup -----------------------------------------------------------

@pytest.mark.parametrize("alias, style_id", [
    ("apa", "apa"), ("chicago", "chicago-author-date"), ("mla", "modern-language-association"),
    ("harvard", "harvard-cite-them-right"), ("vancouver", "nlm-citation-sequence"),
    ("gost", "gost-r-7-0-5-2008"), ("IEEE", "ieee"),
    ("chicago-fullnote-bibliography", "chicago-notes-bibliography"),  # renamed upstream
])
def test_aliases_and_renamed_styles(alias, style_id):
    assert resolve_style(alias).id == style_id


def test_unknown_style_suggests_close_ids():
    with pytest.raises(UnknownStyle, match=r"unknown style 'apaa'; did you mean: apa, apa-6th-edition"):
        resolve_style("apaa")


def test_dependent_style_renders_with_parent_and_keeps_its_locale(sample):
    info = resolve_style(str(DEPENDENT))
    assert info.parent_id == "apa" and info.default_locale == "de-DE"
    assert info.independent_path.endswith("apa.csl")
    [entry] = render_bibliography(by_id(sample, "ivanov2019ekonomika"), str(DEPENDENT))
    assert "(Hrsg.)" in entry and "(S. 45–67)" in entry


def test_installed_dependent_style_resolves_to_parent():
    info = resolve_style("nature-digest")
    assert info.parent_id == "nature" and Path(info.independent_path).name == "nature.csl"


def test_list_styles_matches_every_word():
    found = list_styles("gost numeric")
    assert {s.id for s in found} == {"gost-r-7-0-5-2008-numeric", "gost-r-7-0-5-2008-numeric-alphabetical"}


def test_locale_changes_terms(sample):
    chapter = by_id(sample, "ivanov2019ekonomika")
    [en] = render_bibliography(chapter, "apa")
    [ru] = render_bibliography(chapter, "apa", locale="ru-RU")
    assert "In П. П. Петров (Ed.)" in en
    assert "В П. П. Петров (Ред.)" in ru


def test_unknown_locale_is_a_clear_error(sample):
    with pytest.raises(ValueError, match="unknown locale 'xx-YY'"):
        render_bibliography(sample, "apa", locale="xx-YY")


# --- output formats ----------------------------------------------------------

def test_html_escapes_field_text_but_keeps_style_markup(tricky):
    [entry] = render_bibliography(by_id(tricky, "xss2021"), "apa", output="html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; other" in entry
    assert "<script>" not in entry
    assert "<i>Journal of Web Security &amp; Privacy</i>" in entry


def test_rich_text_in_fields_becomes_markup_and_nocase_is_kept(tricky):
    [entry] = render_bibliography(by_id(tricky, "Rich2019"), "apa", output="html")
    # the title is italic in APA, so the italic species name flips back to roman
    assert ('<i>On the origin of <span style="font-style:normal;">Homo sapiens</span> '
            "in iPhone culture</i>") in entry
    [chicago] = render_bibliography(by_id(tricky, "Rich2019"), "chicago")
    assert "On the Origin of Homo Sapiens in iPhone Culture" in chicago


def test_markdown_italics_and_escapes(tricky):
    [entry] = render_bibliography(by_id(tricky, "xss2021"), "apa", output="md")
    assert r"\*markdown\_tricks\*" in entry and r"\<script\>" in entry
    assert "*Journal of Web Security & Privacy*" in entry


def test_rtf_groups_and_unicode_escapes(sample, tricky):
    [entry] = render_bibliography(by_id(tricky, "xss2021"), "apa", output="rtf")
    assert r"\{in RTF\}" in entry and r"{\i Journal of Web Security & Privacy}" in entry
    [ru] = render_bibliography(by_id(sample, "ivanov2019ekonomika"), "apa", output="rtf")
    assert ru.startswith(r"\u1048?\u1074?\u1072?")  # Ива
    assert all(ord(c) < 128 for c in ru)


def test_text_output_has_no_markup(tricky):
    for entry in render_bibliography(tricky, "apa", output="text"):
        assert not any("\ue000" <= c <= "\ue00f" for c in entry)


def test_unknown_output_format(sample):
    with pytest.raises(ValueError, match="unknown output format 'pdf'"):
        render_bibliography(sample, "apa", output="pdf")


# --- robustness ----------------------------------------------------------------

def test_callers_items_are_not_mutated(sample, tricky):
    items = copy.deepcopy(sample + tricky)
    before = copy.deepcopy(items)
    for output in OUTPUT_FORMATS:
        render_bibliography(items, "apa", output=output)
    render_citations(items, [[{"id": i["id"]}] for i in items], "chicago")
    assert items == before


def test_ids_differing_only_in_case_stay_separate(tricky):
    entries = render_entries(tricky, "apa")
    assert sorted(e.id for e in entries) == ["Rich2019", "rich2019", "xss2021"]
    assert all(e.text for e in entries)


def test_raw_and_unparseable_dates(tricky):
    entries = {e.id: e.text for e in render_entries(tricky, "apa")}
    assert entries["Rich2019"].startswith("European Commission. (2019).")
    assert "(Spring of the plague year)" in entries["rich2019"]


def test_mononym_given_only_name_renders():
    item = {"id": "m", "type": "song", "title": "Like a Prayer", "author": [{"given": "Madonna"}],
            "issued": {"date-parts": [[1989]]}}
    assert render_bibliography([item], "apa")[0].startswith("Madonna. (1989).")
    assert list(render_citations([item], [[{"id": "m"}]], "apa")) == ["(Madonna, 1989)"]


def test_one_failing_item_does_not_cost_the_others(sample, monkeypatch):
    from citeproc import model

    original = model.Names.process

    def broken(self, item, *args, **kwargs):
        if item.reference.get("title") and "Virtual" in str(item.reference.title):
            raise RuntimeError("boom")
        return original(self, item, *args, **kwargs)

    monkeypatch.setattr(model.Names, "process", broken)
    out = render_bibliography(sample, "apa")
    assert len(out) == len(sample) - 1
    assert out.problems[0].entry == "allison2008virtual" and "boom" in str(out.problems[0])


def test_style_without_bibliography_renders_citations_instead(sample, tmp_path):
    apa = Path(resolve_style("apa").independent_path).read_text(encoding="utf-8")
    start, end = apa.index("<bibliography"), apa.index("</bibliography>") + len("</bibliography>")
    no_bib = tmp_path / "apa-citations-only.csl"
    no_bib.write_text(apa[:start] + apa[end:], encoding="utf-8")
    entries = render_bibliography(by_id(sample, "allison2008virtual"), str(no_bib))
    assert list(entries) == ["(Allison, 2008)"]


# --- command line ---------------------------------------------------------------

def test_cli_render_text_one_entry_per_line():
    result = CliRunner().invoke(main, ["render", str(SAMPLE), "--style", "apa"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().split("\n")
    assert len(lines) == 6 and lines[0].startswith("Allison, R. (2008).")


def test_cli_render_leaves_pointer_notes_out_and_says_so():
    page = ROOT / "fixtures" / "pages" / "tandf_notes.html"
    result = CliRunner().invoke(main, ["render", str(page), "--style", "europe-asia-studies"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"note: {page}: ") and "pointer or commentary note(s)" in result.stderr
    lines = result.stdout.strip().split("\n")
    assert any(line.startswith("Author’s interview with") for line in lines)
    assert not any(line.startswith(("See also", "Ibid")) for line in lines)


def test_cli_render_of_nothing_to_render_writes_nothing(tmp_path):
    """An empty list, or only pointer notes, printed one blank line on stdout: a stray line in a
    file or pipe the output goes to (`render refs.json >> paper.md`)."""
    pointer = {"id": "note1", "type": "document", "note": "Ibid., 45.", "custom": {"pointer": True}}
    for name, items in (("none.json", []), ("pointers.json", [pointer])):
        path = tmp_path / name
        path.write_text(json.dumps(items), encoding="utf-8")
        for markup in ("text", "md"):
            result = CliRunner().invoke(main, ["render", str(path), "--style", "apa", "--format", markup])
            assert result.exit_code == 0, result.output
            assert result.stdout == ""


def test_cli_render_html_document_with_citations(tmp_path):
    out = tmp_path / "bib.html"
    result = CliRunner().invoke(main, ["render", str(TRICKY), "-s", "chicago", "--format", "html",
                                       "--cite", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count('class="csl-entry"') == 3
    assert page.count('class="csl-citation"') == 3 and "&lt;script&gt;" in page.lower()
    assert "<script" not in page.lower()


def test_cli_unknown_style_exit_2_with_suggestions():
    result = CliRunner().invoke(main, ["render", str(SAMPLE), "--style", "chicgo"])
    assert result.exit_code == 2
    assert "unknown style 'chicgo'; did you mean: chicago-author-date" in result.output
    assert "Traceback" not in result.output


def test_cli_styles_lists_id_and_title():
    result = CliRunner().invoke(main, ["styles", "modern", "language"])
    assert result.exit_code == 0
    assert any(line.startswith("modern-language-association ") and "MLA" in line
               for line in result.output.splitlines())
    assert CliRunner().invoke(main, ["styles", "qqqzzz"]).exit_code == 1


# --- speed: cached style compilation ----------------------------------------------

def test_compiled_style_caches_lookups_and_matches_plain_citeproc(sample):
    """Our cached element classes must render exactly what citeproc-py renders."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
    from citeproc import formatter
    from citeproc.source.json import CiteProcJSON

    # where citeproc-py is right: no apostrophes to curl, no editor label to capitalise
    plain_items = [i for i in sample if "'" not in json.dumps(i) and "editor" not in i]
    style = CitationStylesStyle(resolve_style("apa").independent_path, validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(plain_items), formatter.plain)
    for item in plain_items:
        bib.register(Citation([CitationItem(item["id"])]))
    bib.sort()
    expected = [str(e) for e in bib.bibliography()]
    assert list(render_bibliography(plain_items, "apa")) == expected



# --- fidelity fixes ---------------------------------------------------------------

def test_typographic_quotes_nest_and_punctuation_moves_inside_en_us():
    item = {"id": "q", "type": "article-journal", "title": "Life's \"Little\" surprises",
            "author": [{"family": "Doe", "given": "Jane"}], "container-title": "Journal",
            "issued": {"date-parts": [[2001]]}}
    [apa] = render_bibliography([item], "apa")
    assert "Life’s “Little” surprises." in apa
    [chicago] = render_bibliography([item], "chicago")  # quotes the title, en-US
    assert "“Life’s ‘Little’ Surprises.” Journal" in chicago


def test_british_locale_keeps_punctuation_outside_quotes():
    item = {"id": "q", "type": "article-journal", "title": "A title",
            "author": [{"family": "Doe", "given": "Jane"}], "container-title": "Journal",
            "issued": {"date-parts": [[2001]]}}
    [gb] = render_bibliography([item], "chicago", locale="en-GB")
    assert "‘A Title’." in gb


def test_cites_keep_their_order_without_citation_sort(sample):
    clusters = [[{"id": "who2020covid"}, {"id": "allison2008virtual", "prefix": "see "}]]
    [cite] = render_citations(sample, clusters, "mla")  # MLA's citation has no cs:sort
    assert cite == "(World Health Organization; see Allison)"


def test_initialize_false_keeps_given_names_in_chicago(sample):
    [entry] = render_bibliography(by_id(sample, "allison2008virtual"), "chicago")
    assert entry.startswith("Allison, Roy. 2008. “Virtual Regionalism")
    [apa] = render_bibliography(by_id(sample, "allison2008virtual"), "apa")
    assert apa.startswith("Allison, R. (2008).")


def test_initials_keep_abbreviations_and_particles_with_apostrophe():
    item = {"id": "d", "type": "book", "title": "Pratique du théâtre",
            "author": [{"family": "Aubignac", "given": "François Hédelin",
                        "non-dropping-particle": "d’"},
                       {"family": "Tserendorj", "given": "Ts."}],
            "issued": {"date-parts": [[1657]]}}
    [entry] = render_bibliography([item], "apa")
    assert entry.startswith("d’Aubignac, F. H., & Tserendorj, Ts. (1657).")


def test_year_suffixes_and_collapsing_for_same_author_same_year():
    items = [{"id": f"s{n}", "type": "book", "title": title, "author": [{"family": "Smith", "given": "Anna"}],
              "issued": {"date-parts": [[2000]]}} for n, title in enumerate(["Beta", "Alpha"])]
    entries = render_bibliography(items, "apa")
    assert entries[0].startswith("Smith, A. (2000a). Alpha") and entries[1].startswith("Smith, A. (2000b). Beta")
    [cite] = render_citations(items, [[{"id": "s1"}, {"id": "s0"}]], "apa")
    assert cite == "(Smith, 2000a, 2000b)"


def test_citation_number_ranges_collapse(sample):
    cluster = [{"id": i["id"]} for i in sample[:4]]
    assert list(render_citations(sample, [cluster], "vancouver")) == ["(1–4)"]


def test_second_field_align_marks_the_left_margin(sample):
    [html_entry] = render_bibliography(by_id(sample, "lukin2014povorot"), "ieee", output="html")
    assert html_entry.startswith('<div class="csl-left-margin">[1]</div><div class="csl-right-inline">A. V. Lukin')
    [text_entry] = render_bibliography(by_id(sample, "lukin2014povorot"), "ieee")
    assert text_entry.startswith("[1] A. V. Lukin, ")


def test_subsequent_author_substitute_in_mla():
    items = [{"id": f"s{n}", "type": "book", "title": title, "author": [{"family": "Smith", "given": "Anna"}],
              "publisher": "Routledge", "issued": {"date-parts": [[2000 + n]]}}
             for n, title in enumerate(["Alpha", "Beta"])]
    first, second = render_bibliography(items, "mla")
    assert first.startswith("Smith, Anna. Alpha.")
    assert second.startswith("———. Beta.")


def test_gost_sorts_cyrillic_before_latin(sample):
    entries = render_bibliography(sample, "gost")
    assert entries[0].startswith("1. Иванов И. И.") and entries[1].startswith("2. Allison R.")


def test_accented_names_sort_with_their_base_letter():
    names = ["Zhang", "Ångström", "Anders", "Édouard"]
    items = [{"id": n, "type": "book", "title": "T", "author": [{"family": n, "given": "A"}],
              "issued": {"date-parts": [[2000]]}} for n in names]
    order = [e.split(",")[0] for e in render_bibliography(items, "apa")]
    assert order == ["Anders", "Ångström", "Édouard", "Zhang"]


def test_title_case_handles_hyphens_quotes_stop_words_and_nocase():
    item = {"id": "t", "type": "article-journal", "container-title": "Journal",
            "title": "the \"new career\" of pro-environmental behavior in the <span class=\"nocase\">iPhone</span> era for",
            "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2001]]}}
    [entry] = render_bibliography([item], "chicago")
    # citeproc-js capitalises a stop word before a hyphen only in a title's first run of words
    assert "“The ‘New Career’ of pro-Environmental Behavior in the iPhone Era For.”" in entry
    item["title"] = "employee pro-environmental behavior"
    [entry] = render_bibliography([item], "chicago")
    assert "“Employee Pro-Environmental Behavior.”" in entry


def test_title_case_keeps_stop_words_in_compounds_and_after_dashes_and_leaves_numbers_and_greek():
    titles = {"out-of-pocket costs and the 19th-century mother-in-law: a re-examination":
              "Out-of-Pocket Costs and the 19th-Century Mother-in-Law: A Re-Examination",
              "self-evaluation traits—with a note on β-carotene and 2nd-rate x-ray films":
              "Self-Evaluation Traits—with a Note on β-Carotene and 2nd-Rate x-Ray Films",
              "growth. the new view": "Growth. the New View"}
    for title, cased in titles.items():
        item = {"id": "t", "type": "article-journal", "container-title": "Journal", "title": title,
                "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2001]]}}
        [entry] = render_bibliography([item], "chicago")
        assert f"“{cased}.”" in entry


def test_title_case_keeps_citeproc_js_prepositions_and_one_letter_words_lower_case():
    item = {"id": "t", "type": "article-journal", "container-title": "Journal",
            "title": "regional security governance after the cold war: between x and y",
            "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2001]]}}
    [entry] = render_bibliography([item], "chicago")
    assert "“Regional Security Governance after the Cold War: Between x and y.”" in entry
    item["title"] = "итоги и перспективы"  # no language: title case as citeproc-js applies it
    [entry] = render_bibliography([item], "chicago")
    assert "“Итоги и Перспективы.”" in entry


def test_roman_page_ranges_are_plural_and_prefixed_or_escaped_ranges_keep_their_hyphen():
    book = {"id": "b", "type": "book", "title": "Energy security", "publisher": "Oxford University Press",
            "author": [{"family": "Ali", "given": "Omar"}], "issued": {"date-parts": [[2014]]}}
    cites = render_citations([book], [[{"id": "b", "locator": "i-ix", "label": "page"}],
                                      [{"id": "b", "locator": "327\\-30", "label": "page"}]], "apa")
    assert list(cites) == ["(Ali, 2014, pp. i–ix)", "(Ali, 2014, p. 327-30)"]
    article = {"id": "a", "type": "article-journal", "title": "Trial results", "container-title": "Lancet",
               "author": [{"family": "Ali", "given": "Omar"}], "volume": "9", "issued": {"date-parts": [[2012]]}}
    for pages, printed in [("S110-S115", "S110–15"), ("n11564-1568", "n11564-1568"), ("A12 - 5", "A12-5")]:
        [entry] = render_bibliography([dict(article, page=pages)], "chicago")
        assert f"Lancet 9: {printed}." in entry


def test_label_needs_its_variable_and_stops_are_not_doubled():
    item = {"id": "c", "type": "book", "title": "Why does it fail?", "publisher": "Doe Co.",
            "author": [{"literal": "Doe Co."}], "issued": {"date-parts": [[1965]]}}
    [entry] = render_bibliography([item], "apa")
    assert entry == "Doe Co. (1965). Why does it fail? Doe Co."
    [cite] = render_citations([item], [[{"id": "c"}]], "chicago-notes")
    assert ", p. " not in cite and "..," not in cite


def test_locator_label_in_a_bibliography_labels_the_page():
    """TUM's chapters print `<label variable="locator"/>` before the page: with no
    locator in a bibliography it labels the page, as citeproc-js prints it, and is
    left out when there is no page; a cite still labels its own locator only."""
    chapter = {"id": "h", "type": "chapter", "title": "The Inarticulate Mind", "publisher-place": "London",
               "container-title": "Questions of Consciousness", "page": "181-197",
               "author": [{"family": "Hastrup", "given": "Kirsten"}], "issued": {"date-parts": [[1995]]}}
    style = "technische-universitat-munchen-unternehmensfuhrung"
    [entry] = render_bibliography([chapter], style)
    assert entry.endswith("in: Questions of Consciousness, London 1995, S. 181–197.")
    no_page = {key: value for key, value in chapter.items() if key != "page"}
    assert render_bibliography([no_page], style)[0].endswith("London 1995.")
    cites = render_citations([chapter], [[{"id": "h"}], [{"id": "h", "locator": "5", "label": "page"}]], style)
    assert cites == ["(Hastrup, 1995)", "(Hastrup, 1995, S. 5)"]


def test_locator_label_before_a_labelled_page_is_left_out():
    """diplo puts a locator label before a macro that labels the page itself:
    citeproc-js prints "p.pp. 455–473", the label is left out."""
    article = {"id": "g", "type": "article-journal", "title": "The vicious circle of post-Soviet neopatrimonialism",
               "container-title": "Post-Soviet Affairs", "volume": "32", "issue": "5", "page": "455-473",
               "author": [{"family": "Gelman", "given": "Vladimir"}], "issued": {"date-parts": [[2016]]}}
    [entry] = render_bibliography([article], "diplo")
    assert entry.endswith("Post-Soviet Affairs 32(5), pp. 455–473.")


@pytest.mark.parametrize("pages, style, expected", [
    ("1-18", "mla", "pp. 1–18."), ("101-108", "chicago", "101–8."), ("100-4", "chicago", "100–104."),
    ("1536-1538", "chicago", "1536–38."), ("71-72", "chicago", "71–72."),
])
def test_page_range_formats(pages, style, expected):
    item = {"id": "p", "type": "article-journal", "title": "T", "container-title": "J", "page": pages,
            "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2000]]}}
    assert render_bibliography([item], style)[0].endswith(expected)


def test_apostrophes_and_quotes_around_markup():
    item = {"id": "a", "type": "paper-conference", "title": "It is official (\"<i>My Title</i>\") now",
            "container-title": "Proceedings of ETFA '09", "author": [{"family": "Doe", "given": "J."}],
            "issued": {"date-parts": [[2009]]}}
    [entry] = render_bibliography([item], "apa", output="html")
    assert "(“<i>My Title</i>”)" in entry and "ETFA ’09" in entry


def test_name_suffix_in_given_name_and_prefix_punctuation():
    items = [book for book in (
        {"id": "a", "type": "book", "title": "Book A", "author": [{"family": "Doe", "given": "John,! Jr."}],
         "issued": {"date-parts": [[2000]]}},
        {"id": "b", "type": "book", "title": "Book B", "author": [{"family": "Roe", "given": "Jane"}],
         "issued": {"date-parts": [[2001]]}})]
    [cite] = render_citations(items, [[{"id": "a"}, {"id": "b", "prefix": ", cited in "}]], "chicago-notes")
    assert cite.startswith("John Doe, Jr., ") and "; , cited" not in cite and ", cited in Jane Roe" in cite


def test_number_of_pages_label_follows_the_count():
    book = {"id": "b", "type": "book", "title": "Energy security", "publisher": "Oxford University Press",
            "publisher-place": "Oxford", "number-of-pages": "482", "issued": {"date-parts": [[1997]]},
            "author": [{"family": "Lane", "given": "David"}]}
    [entry] = render_bibliography([book], "nlm-citation-sequence")
    assert entry.endswith("1997. 482 p.")


def test_substituted_editors_take_the_outer_name_options_and_are_not_repeated():
    book = {"id": "e", "type": "book", "title": "Export credit and the arms trade", "publisher": "MIT Press",
            "issued": {"date-parts": [[2003]]},
            "editor": [{"family": "Müller", "given": "Hans-Peter"}, {"family": "Smith", "given": "John A."}]}
    [entry] = render_bibliography([book], "chicago")
    assert entry == "Müller, Hans-Peter, and John A. Smith, eds. 2003. Export Credit and the Arms Trade. MIT Press."
    [entry] = render_bibliography([book], "apa")
    assert entry == "Müller, H.-P., & Smith, J. A. (Eds.). (2003). Export credit and the arms trade. MIT Press."


def test_page_locator_follows_page_range_format():
    book = [{"id": "n", "type": "book", "title": "Trust", "author": [{"family": "Nikitina", "given": "Yuliya"}],
             "issued": {"date-parts": [[2009]]}}]
    cite = [[{"id": "n", "locator": "321-328", "label": "page"}]]
    assert render_citations(book, cite, "chicago") == ["(Nikitina 2009, 321–28)"]
    assert render_citations(book, cite, "apa") == ["(Nikitina, 2009, pp. 321–328)"]  # APA: expanded


def test_localized_date_keeps_the_style_locales_delimiter():
    page = {"id": "w", "type": "webpage", "title": "Page", "container-title": "BBC News", "URL": "http://x.org",
            "issued": {"date-parts": [[2014]]}, "accessed": {"date-parts": [[2009, 3, 4]]},
            "author": [{"literal": "European Commission"}]}
    [entry] = render_bibliography([page], "nlm-citation-sequence")
    assert "2014 [cited 2009 Mar 4]." in entry


def test_group_with_empty_variables_is_dropped_even_when_a_branch_printed_a_term():
    thesis = {"id": "t", "type": "thesis", "title": "Migration, remittances and growth", "genre": "PhD thesis",
              "publisher": "University of Birmingham", "issued": {"date-parts": [[1997]]},
              "author": [{"family": "Allison", "given": "Roy"}]}
    [entry] = render_bibliography([thesis], "apa")
    assert entry == "Allison, R. (1997). Migration, remittances and growth [PhD thesis]. University of Birmingham."
    thesis["number"] = "3141592"  # with a number APA prints "(Publication No. ...)"
    [entry] = render_bibliography([thesis], "apa")
    assert "(Publication No. 3141592)" in entry


def test_nested_group_that_prints_keeps_its_parent_group():
    report = {"id": "r", "type": "report", "title": "Export credit", "publisher": "IMF", "number": "WP/11/114",
              "URL": "https://example.org/reports/0", "issued": {"date-parts": [[2018]]},
              "author": [{"literal": "International Monetary Fund"}]}
    [entry] = render_bibliography([report], "ieee")  # no access date: "[Online]" still printed
    assert entry.endswith("2018. [Online]. Available: https://example.org/reports/0")


def test_title_standing_in_for_the_author_is_not_repeated():
    article = {"id": "g", "type": "article-newspaper", "title": "Regional security governance after the Cold War",
               "container-title": "The Guardian", "page": "16", "URL": "https://news.example.net/3",
               "issued": {"date-parts": [[2017, 8, 13]]}}
    [entry] = render_bibliography([article], "apa")
    assert entry == ("Regional security governance after the Cold War. (2017, August 13). "
                     "The Guardian, 16. https://news.example.net/3")


def test_sort_keys_leave_out_the_et_al_term():
    """GOST sorts by author then year: "Okafor C. и др." (2007) goes before "Okafor C." (2008),
    as in citeproc-js, because a sort key holds the names without "и др."."""
    people = [{"family": f, "given": g} for f, g in [("Okafor", "Chinedu"), ("Smith", "John"),
                                                      ("Brown", "Alice"), ("Lee", "Ann"), ("Khan", "Omar")]]
    items = [
        {"id": "single2008", "type": "article-journal", "title": "Defence procurement", "author": people[:1],
         "container-title": "Security Dialogue", "issued": {"date-parts": [[2008]]}},
        {"id": "many2007", "type": "article-journal", "title": "Data-driven approaches", "author": people,
         "container-title": "The Lancet", "issued": {"date-parts": [[2007]]}},
    ]
    assert list(render_bibliography(items, "gost")) == [
        "1. Okafor C. и др. Data-driven approaches // The Lancet. 2007.",
        "2. Okafor C. Defence procurement // Security Dialogue. 2008.",
    ]


def test_render_bibliography_leaves_out_pointer_notes_and_commentary():
    """The README's API example on a parsed page: "See also Cornell (2011)." and "Ibid." are
    no works, yet render_bibliography printed each as an empty APA entry, "(n.d.-a)."."""
    works = [{"id": "cornell2011", "type": "book", "title": "Azerbaijan since Independence",
              "author": [{"family": "Cornell", "given": "Svante E."}], "issued": {"date-parts": [[2011]]}}]
    notes = [{"id": "note1", "type": "document", "note": "See also Cornell (2011).",
              "custom": {"pointer": True, "targets": ["Cornell (2011)"]}},
             {"id": "note5", "type": "document", "note": "The pipeline was closed twice in 2016.",
              "custom": {"commentary": True}}]
    entries = render_bibliography(notes + works, "apa")
    assert list(entries) == ["Cornell, S. E. (2011). Azerbaijan since Independence."]
    assert entries.problems == []


def test_collapsed_cites_of_one_author_are_joined_as_citeproc_js_joins_them():
    """Cites of one author collapsed under it are joined by ', ' in an in-text style, also
    after a pinpoint and under collapse="year-suffix" (whose layout delimiter is '; ');
    authors are told apart by the layout delimiter. Checked against citeproc-js."""
    def book(item_id, family, year, title):
        return {"id": item_id, "type": "book", "title": title, "issued": {"date-parts": [[year]]},
                "author": [{"family": family, "given": "Jane"}]}
    items = [book("h03", "Haller", 2003, "Field notes"), book("h10", "Haller", 2010, "Coastal soils"),
             book("o05", "Okafor", 2005, "River deltas")]
    pinpoint = [{"id": "h03", "locator": "5", "label": "page"}, {"id": "h10"}, {"id": "o05"}]
    assert list(render_citations(items, [pinpoint], "apa")) == ["(Haller, 2003, p. 5, 2010; Okafor, 2005)"]
    plain = [{"id": "h03"}, {"id": "h10"}, {"id": "o05"}]
    assert list(render_citations(items, [plain], "acta-palaeontologica-polonica")) == [
        "(Haller 2003, 2010; Okafor 2005)"]


def test_no_date_term_takes_no_implicit_year_suffix():
    """A style that prints no year-suffix variable gets citeproc-js's implicit suffix on
    the year only; its "n.d." stays as it is (Diatom Research, Elsevier Harvard ...),
    while a style that prints year-suffix after n.d. itself still reads n.d.-a (APA)."""
    pages = [{"id": key, "type": "webpage", "title": title, "URL": f"https://example.org/{key}",
              "author": [{"family": "Haller", "given": "Jane"}]}
             for key, title in (("wq", "Water quality report"), ("ss", "Soil survey"))]
    clusters = [[{"id": "wq"}], [{"id": "ss"}]]
    assert list(render_citations(pages, clusters, "diatom-research")) == ["(Haller n.d.)", "(Haller n.d.)"]
    assert render_bibliography(pages, "diatom-research")[0].startswith("Haller J. (n.d.). ")
    assert list(render_citations(pages, clusters, "apa")) == ["(Haller, n.d.-b)", "(Haller, n.d.-a)"]


def test_lowercase_and_uppercase_leave_nocase_spans_alone(tmp_path):
    """A nocase span (BibTeX braces, Zotero's rich text) keeps its case under text-case
    lowercase and uppercase too, as citeproc-js keeps it ('pH', 'iPhone')."""
    style = tmp_path / "cases.csl"
    style.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">'
        '<info><id>cases</id><title>cases</title><updated>2024-01-01T00:00:00+00:00</updated></info>'
        '<citation><layout><group delimiter=" | "><text variable="title" text-case="uppercase"/>'
        '<text variable="title" text-case="lowercase"/></group></layout></citation></style>', encoding="utf-8")
    item = {"id": "ph", "type": "article-journal",
            "title": 'Soil <span class="nocase">pH</span> and <span class="nocase">iPhone</span> Mapping'}
    assert list(render_citations([item], [[{"id": "ph"}]], str(style))) == [
        "SOIL pH AND iPhone MAPPING | soil pH and iPhone mapping"]


def test_macro_whose_variables_are_all_empty_prints_none_of_its_terms():
    """A macro is a group to citeproc-js, also through a cs:choose: ABNT's access macro
    ('Disponível em: ' + URL) and its edition macro ('ed.' after an edition number)
    print nothing for a book with neither (were 'ed.' and 'Disponível em: ')."""
    book = {"id": "haller", "type": "book", "title": "Gene flow in river deltas", "publisher": "Pub",
            "author": [{"family": "Haller", "given": "Jane"}], "issued": {"date-parts": [[2005]]}}
    [entry] = render_bibliography([book], "associacao-brasileira-de-normas-tecnicas-ufrgs")
    assert entry.strip() == "HALLER, Jane. Gene flow in river deltas. [S. l.]: Pub, 2005."
    with_url = dict(book, URL="https://example.org/gene-flow")
    [entry] = render_bibliography([with_url], "associacao-brasileira-de-normas-tecnicas-ufrgs")
    assert "Disponível em: https://example.org/gene-flow." in entry


def test_editors_standing_in_for_the_author_through_a_macro_are_not_repeated():
    """A substitute that prints the editors through a macro (JAERE's <text macro="editor"/>)
    represses them for the rest of the entry, as citeproc-js does: no second 'Ed. ...'."""
    book = {"id": "mueller", "type": "book", "title": "Export credit and the arms trade",
            "publisher": "MIT Press", "publisher-place": "Cambridge, MA", "issued": {"date-parts": [[2003]]},
            "editor": [{"family": "Müller", "given": "Hans-Peter"}, {"family": "Smith", "given": "John A."}]}
    assert render_bibliography([book], "journal-of-the-association-of-environmental-and-resource-economists") == [
        "Müller, Hans-Peter, and John A. Smith (editors). 2003. Export credit and the arms trade. "
        "Cambridge, MA: MIT Press."]


def test_macro_that_prints_keeps_its_group_as_a_variable_would():
    """A macro is a group to citeproc-js: one that prints keeps the macro or group around
    it alive even when the variables beside it are empty. JAERE's contributors macro is
    the author's names and a macro printing 'Anon' when there is no author; an unsigned
    article lost its 'Anon' (was '2017. Regional security ...', '(2017)')."""
    article = {"id": "guardian", "type": "article-newspaper", "container-title": "The Guardian",
               "title": "Regional security governance after the Cold War", "issued": {"date-parts": [[2017, 8, 13]]}}
    style = "journal-of-the-association-of-environmental-and-resource-economists"
    assert render_bibliography([article], style) == [
        "Anon. 2017. Regional security governance after the Cold War. The Guardian, August 13."]
    assert list(render_citations([article], [[{"id": "guardian"}]], style)) == ["(Anon 2017)"]


def test_formatted_display_block_is_set_off_by_a_space_outside_html():
    """El Profesional de la Información prints the DOI as an italic display block; in
    text it follows the entry after a space (was 'n. 12.https://doi.org/...'), as in
    citeproc-js's text output."""
    article = {"id": "okafor", "type": "article-journal", "title": "Data-driven approaches",
               "container-title": "The Lancet", "volume": "50", "issue": "12", "DOI": "10.1080/0966813",
               "author": [{"family": "Okafor", "given": "C."}], "issued": {"date-parts": [[2007]]}}
    assert render_bibliography([article], "el-profesional-de-la-informacion") == [
        "Okafor, C. (2007). «Data-driven approaches». The Lancet, v. 50, n. 12. https://doi.org/10.1080/0966813"]


def test_character_reference_escaped_in_a_style_prints_as_its_character():
    """Acta Zoologica Academiae Scientiarum Hungaricae writes its dash as '&amp;#8211;'
    (19 styles escape '&#8211;', '&#160;' ... once too often); citeproc-js prints the
    character, we printed the text '&#8211;'."""
    book = {"id": "nguyen", "type": "book", "title": "A comparative study of integration projects",
            "edition": "5", "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke",
            "number-of-pages": "522", "author": [{"family": "Nguyen", "given": "T. H."}],
            "issued": {"date-parts": [[2002]]}}
    style = "acta-zoologica-academiae-scientiarum-hungaricae"
    assert render_bibliography([book], style) == [
        "Nguyen, T. H. (2002): A comparative study of integration projects. 5th edn. \u2013 "
        "Palgrave Macmillan, Basingstoke, 522 pp."]
    assert "&amp;#8211;" not in render_bibliography([book], style, output="html")[0]


def test_upper_case_in_turkish_dots_the_capital_i_by_the_items_language():
    """Upper case follows the item's language, else the style's, as citeproc-js cases it:
    in a Turkish style 'Smith' is 'SMİTH', a Russian item's 'Savin' stays 'SAVIN'."""
    book = {"id": "smith", "type": "book", "title": "Export credit", "publisher": "MIT Press",
            "publisher-place": "Cambridge, MA", "author": [{"family": "Smith", "given": "John"}],
            "issued": {"date-parts": [[2003]]}}
    russian = dict(book, id="savin", language="ru", author=[{"family": "Savin", "given": "Ilya"}])
    style = "uludag-universitesi-sosyal-bilimler-enstitusu-ilahiyat-fakultesi-full-note-with-ibid"
    assert [e.split(",")[0] for e in render_bibliography([book, russian], style)] == ["SAVIN Ilya", "SM\u0130TH John"]
    assert [e.split(",")[0] for e in render_bibliography([book], "associacao-brasileira-de-normas-tecnicas")] == [
        "SMITH"]


def test_capitalising_in_turkish_dots_the_capital_i_by_the_items_language():
    """capitalize-first and capitalize-all follow the same rule as upper case (citeproc-js):
    Smyrna Tıp Dergisi's 'in' term 'içinde' opens with 'İçinde' (we printed 'Içinde'),
    except for an item in English."""
    chapter = {"id": "c", "type": "chapter", "title": "Regional security governance",
               "container-title": "Why do multilateral organisations persist?", "publisher": "Palgrave Macmillan",
               "publisher-place": "Basingstoke", "author": [{"family": "Brown", "given": "Alice B."}],
               "editor": [{"family": "Chen", "given": "Li"}], "page": "443-447", "issued": {"date-parts": [[2009]]}}
    english = dict(chapter, id="e", language="en", author=[{"family": "Allison", "given": "Roy"}])
    entries = render_bibliography([chapter, english], "smyrna-tip-dergisi")
    assert [e.split(". ")[3].split(":")[0] for e in entries] == ["\u0130\u00e7inde", "I\u00e7inde"]
