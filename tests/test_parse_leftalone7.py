"""Parser faults left alone by the round's helpers (branch leftalone7)."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("name", ["StataCorp", "GlaxoSmithKline", "ExxonMobil", "YouGov", "Microsoft"])
def test_a_company_named_in_one_glued_word_is_a_body(name):
    """'StataCorp' was a person's family name: a camel-cased word or a company word glued on names a company."""
    assert parse_names(name) == [{"literal": name}]


@pytest.mark.parametrize("name", ["MacDonald", "McKinsey", "DiCaprio", "VanDyke", "FitzGerald", "LeBlanc"])
def test_a_family_names_prefix_before_a_capital_is_still_a_person(name):
    assert parse_names(f"{name}, John") == [{"family": name, "given": "John"}]


def test_a_software_company_as_author_keeps_its_entry_in_a_list():
    """The list reader dropped 'StataCorp. 2021. ...' as no reference (a one-word heading was no body)."""
    text = ("Smith, J. 2020. A Title of the Book. London: Routledge.\n"
            "StataCorp. 2021. Stata Statistical Software: Release 17. College Station, TX: StataCorp LLC.\n")
    items = parse_page(text).items
    assert len(items) == 2
    assert items[1]["author"] == [{"literal": "StataCorp"}]
    assert items[1]["title"] == "Stata Statistical Software: Release 17"
    assert items[1]["publisher"] == "StataCorp LLC"


@pytest.mark.parametrize("text, author, title", [
    ("Plato. Republic. Translated by G. M. A. Grube. Indianapolis: Hackett, 1992.", "Plato", "Republic"),
    ("Sophocles. Antigone. Trans. R. Fagles. New York: Penguin, 1984.", "Sophocles", "Antigone"),
    ("12. Plato. Republic. Indianapolis: Hackett, 1992.", "Plato", "Republic"),
])
def test_a_one_name_author_before_a_one_word_title(text, author, title):
    """'Plato. Republic.' was one person, 'Republic, Plato', and the work had no title."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": author}]
    assert item["title"] == title


@pytest.mark.parametrize("text, parts", [
    ("14 iyulya 2020 g.", [[2020, 7, 14]]),
    ("12 marta 2019", [[2019, 3, 12]]),
    ("2019, 5 maya", [[2019, 5, 5]]),
    ("1 dekabrya 1991", [[1991, 12, 1]]),
])
def test_transliterated_russian_months_with_a_day(text, parts):
    assert parse_date(text) == {"date-parts": parts}


def test_given_names_marta_and_maya_are_no_months():
    """The transliterated months are read in small letters only, as Russian prints them."""
    assert parse_date("12 Marta 2019") == {"date-parts": [[2019]]}
    assert parse_date("Maya 2019") == {"date-parts": [[2019]]}


@pytest.mark.parametrize("text, parts", [
    ("Ivanov I. Reforma idet s trudom. Kommersant, 12 marta 2019. Available at: https://www.kommersant.ru/doc/3912345 "
     "(accessed 15.03.2019).", [2019, 3, 12]),
    ("Petrov A. Novyi kurs. Vedomosti, 2019, 5 maya.", [2019, 5, 5]),
])
def test_a_papers_day_in_transliterated_russian_dates_the_item(text, parts):
    """'12 marta 2019.' stayed in note beside a bare year; '5 maya' was read as pages."""
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [parts]}
    assert "note" not in item and "page" not in item


@pytest.mark.parametrize("text, place, publisher", [
    ("BP, Statistical Review of World Energy 2021 (London, BP, 2021), p. 12.", "London", "BP"),
    ("Smith, J. Title of the Book. London, BP, 2021.", "London", "BP"),
    ("Smith, J. Title of the Book. Washington, DC, 2021.", "Washington, DC", None),
    ("Smith, J. Title of the Book. Toronto, ON, 2021.", "Toronto, ON", None),
])
def test_two_capitals_after_a_town_are_a_state_only_when_they_name_one(text, place, publisher):
    """'(London, BP, 2021)' gave the place 'London, BP': any two capitals were read as a US state's code."""
    item = parse_reference(text)
    assert item["publisher-place"] == place
    assert item.get("publisher") == publisher


@pytest.mark.parametrize("text, volume", [
    ("Smith, John. History of Europe. Vol. 3 and 4. London: Routledge, 2010.", "3 and 4"),
    ("Smith, John. History of Europe. Vol. 3 & 4. London: Routledge, 2010.", "3 & 4"),
    ("Smith, John. History of Europe. Vols. 3–4. London: Routledge, 2010.", "3–4"),
    ("Ivanov I. Istoriya Rossii. T. 1–2. Moscow, Nauka Publ., 2010.", "1–2"),
    ("Иванов И. И. История России. Т. 1 и 2. М.: Наука, 2010.", "1 и 2"),
])
def test_a_range_of_volumes_is_the_volume(text, volume):
    """'Vol. 3 and 4' kept 'and 4' in note, 'Vols. 3–4' gave page 3-4, and References' 'T. 1–2' stayed in the title."""
    item = parse_reference(text)
    assert item["volume"] == volume
    assert "note" not in item and "page" not in item
    assert item["title"] in ("History of Europe", "Istoriya Rossii", "История России")


def test_the_town_after_a_range_of_volumes_is_the_imprints():
    """After 'T. 3–4.' the tagger read 'Novosibirsk,' as a date, which then went to note."""
    item = parse_reference("Petrov V. Istoriya Sibiri. T. 3–4. Novosibirsk, Nauka Publ., 2012.")
    assert (item["volume"], item["publisher-place"], item["publisher"]) == ("3–4", "Novosibirsk", "Nauka Publ.")


@pytest.mark.parametrize("text, genre", [
    ("Kalinina Yu.S. Valyutnoe regulirovanie v stranakh EAES [Currency regulation in the EAEU countries]. "
     "Cand. Sci. (Law) Diss. Yekaterinburg, 2021. 187 p.", "Cand. Sci. (Law) Diss."),
    ("Lee, Hannah. 2019. “Credit Constraints and Small Business Growth in Rural Kenya.” PhD diss., University of "
     "Chicago.", "PhD diss."),
    ("Lang, Miriam (2020): Kommunale Armutsprävention in Nordrhein-Westfalen. Diss. Ruhr-Universität Bochum.", "Diss."),
    ("Kuznetsov A.A. [Regional policy]. Cand. Sci. (Polit.) Diss. Abstract. Moscow, 2012. 24 p.",
     "Cand. Sci. (Polit.) Diss. Abstract"),
])
def test_a_dissertations_abbreviation_keeps_its_stop(text, genre):
    """'Diss.' is an abbreviation: the genre lost its stop ('Cand. Sci. (Law) Diss'), and '... Diss. Abstract.'
    sent 'Abstract.' into the place ('Abstract. Moscow')."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["genre"] == genre
    assert "Abstract" not in item.get("publisher-place", "")


@pytest.mark.parametrize("text, number, title", [
    ("Standards Australia. AS 4685.1:2014 Playground equipment and surfacing – General safety requirements and test "
     "methods. Sydney: Standards Australia, 2014.", "AS 4685.1:2014",
     "Playground equipment and surfacing – General safety requirements and test methods"),
    ("EN 1090-2:2018. Execution of steel structures and aluminium structures – Part 2: Technical requirements for "
     "steel structures. Brussels: CEN, 2018.", "EN 1090-2:2018",
     "Execution of steel structures and aluminium structures – Part 2: Technical requirements for steel structures"),
    ("AFNOR. NF X 50-110. Qualité en expertise – Prescriptions générales de compétence pour une expertise. Paris: "
     "AFNOR, 2003.", "NF X 50-110", "Qualité en expertise – Prescriptions générales de compétence pour une expertise"),
    ("Standards Australia (2018) AS/NZS 3000:2018 Electrical installations. Sydney: Standards Australia.",
     "AS/NZS 3000:2018", "Electrical installations"),
    ("DIN 1045-2:2008-08. Tragwerke aus Beton, Stahlbeton und Spannbeton – Teil 2. Berlin: Beuth, 2008.",
     "DIN 1045-2:2008-08", "Tragwerke aus Beton, Stahlbeton und Spannbeton – Teil 2"),
])
def test_a_standards_designation_beyond_iso_is_its_number(text, number, title):
    """'EN 1090-2:2018' was lost altogether, 'AS ...' and 'NF ...' stayed in a book's title."""
    item = parse_reference(text)
    assert (item["type"], item["number"], item["title"]) == ("standard", number, title)


def test_capitals_before_a_number_in_prose_are_no_standard():
    item = parse_reference("Smith, J. (2019). Growth as 2 processes in firms. Journal of Economics, 12(3), 1–10.")
    assert "number" not in item and item["type"] == "article-journal"


def test_standard_cues_hold_every_new_designation():
    """The standard pattern runs only when a cue is in the lower-cased text: each new body's designation holds one."""
    from cslbridge.parse.rules import OVERRIDES, STANDARD

    (cues,) = [cues for _, pattern, cues in OVERRIDES if pattern is STANDARD]
    for designation in ("EN 1090-2:2018", "EN ISO 14001:2015", "AS 4685.1:2014", "AS/NZS 3000:2018", "NZS 3604:2011",
                        "NF X 50-110", "NF EN ISO 14001", "EN 0001"):
        text = f"Body. {designation}. Title. Place: Body, 2020."
        assert STANDARD.search(text) and any(cue in text.lower() for cue in cues), designation


@pytest.mark.parametrize("text, publisher, place", [
    ("[2] K. Lee, Library Statistics Manual. Int. Fed. Library Assoc. Inst., The Hague, Netherlands, 2019.",
     "Int. Fed. Library Assoc. Inst.", "The Hague, Netherlands"),
    ("[5] J. Smith, IFLA Guidelines for Library Services. Nat. Res. Council, Ottawa, ON, Canada, 2019.",
     "Nat. Res. Council", "Ottawa, ON, Canada"),
    ("[7] J. Smith, “Digital preservation in practice,” Nat. Inst. Standards Technol., Gaithersburg, MD, USA, "
     "Tech. Rep. 800-53, 2020.", "Nat. Inst. Standards Technol.", "Gaithersburg, MD, USA"),
])
def test_a_body_in_ieee_abbreviations_before_the_place_is_the_publisher(text, publisher, place):
    """'Int. Fed. Library Assoc.' ran into the title and 'Inst.' into the place; the last abbreviation lost its stop."""
    item = parse_reference(text)
    assert (item["publisher"], item["publisher-place"]) == (publisher, place)
    assert not item["title"].endswith(("Assoc.", "Res."))


@pytest.mark.parametrize("text, genre, number, publisher", [
    ("Tatiana Kastouéva-Jean, ‘Russia’s Soft Power’, Russie.Nei.Visions, 66, Ifri, 2013, p. 12.",
     "Russie.Nei.Visions", "66", "Ifri"),
    ("Marlène Laruelle, ‘Russia’s Arctic Policy: A Power Strategy and Its Limits’, Russie.Nei.Visions, 117, Ifri, "
     "March 2020.", "Russie.Nei.Visions", "117", "Ifri"),
    ("Bureau of Labor Statistics. (2024). The employment situation — January 2024 (Economic News Release "
     "USDL-24-0148). U.S. Department of Labor.", "Economic News Release", "USDL-24-0148", "U.S. Department of Labor"),
    ("U.S. Bureau of Labor Statistics. 2023. “Employer Costs for Employee Compensation.” Economic News Release. "
     "https://www.bls.gov/news.release/ecec.nr0.htm.", "Economic News Release", None, None),
])
def test_a_report_series_is_no_journal(text, genre, number, publisher):
    """'Russie.Nei.Visions, 66, Ifri' was a journal (split 'Russie.Nei. Visions'), its volume and the place 'Ifri';
    BLS's 'Economic News Release' a newspaper or the title's words."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item.get("number"), item.get("publisher")) == ("report", genre, number, publisher)
    assert "container-title" not in item and "publisher-place" not in item and "volume" not in item


def test_a_journal_with_its_volume_and_month_stays_a_journal():
    item = parse_reference('RIDLEY, FRANK "Huron and Lalonde Occupations of Ontario". American Antiquity, Vol. 17, '
                           "pp. 197210, (January, 1952).")
    assert item["container-title"] == "American Antiquity" and item["volume"] == "17"


@pytest.mark.parametrize("text, site", [
    ("Smith, J. (2020, May 3). Why trade policy matters now. Brookings. "
     "https://www.brookings.edu/blog/up-front/2020/05/03/why-trade-policy-matters-now/", "Brookings"),
    ("Klymak, M. (2021, March 12). Ukraine's economy after the pandemic [Blog post]. VoxUkraine. "
     "https://voxukraine.org/en/ukraine-economy", "VoxUkraine"),
    ("Lee, K. (2019, June 1). How to write a good abstract. LSE Impact Blog. "
     "https://blogs.lse.ac.uk/impactofsocialsciences/2019/06/01/how-to-write/", "LSE Impact Blog"),
])
def test_a_post_on_a_blog_is_a_weblog_post(text, site):
    """A post on a body's blog was typed as a newspaper article."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("post-weblog", site)


def test_a_page_off_any_blog_stays_what_it_was():
    item = parse_reference("Smith, J. (2020, May 3). Why trade policy matters now. The Guardian. "
                           "https://www.theguardian.com/business/2020/may/03/trade-policy")
    assert item["type"] == "article-newspaper"


def test_markdown_italics_are_formatting_not_words():
    """'*Brookings*' kept its stars in the title ('Why trade policy matters now. *Brookings*')."""
    item = parse_reference("Smith, J. (2020, May 3). Why trade policy matters now. *Brookings*. "
                           "https://www.brookings.edu/blog/up-front/2020/05/03/why-trade-policy-matters-now/")
    assert (item["title"], item["container-title"]) == ("Why trade policy matters now", "Brookings")
    item = parse_reference("Vandel, A. 1968. *La genèse du vivant.* Paris: Masson.")
    assert item["title"] == "La genèse du vivant"


def test_the_institute_before_a_months_date_is_no_part_of_it():
    """'Ifri, November 2013' after the series' number was read as one date, then left in note."""
    item = parse_reference("Tatiana Kastouéva-Jean, ‘Russia’s Soft Power Strategy’, Russie.Nei.Visions, 72, Ifri, "
                           "November 2013.")
    assert (item["type"], item["genre"], item["number"], item["publisher"]) == ("report", "Russie.Nei.Visions", "72", "Ifri")
    assert item["issued"] == {"date-parts": [[2013, 11]]} and "note" not in item
