"""Blind batch 49: the seeds' two kinds (transliterated Russian References, area-studies notes) on new topics."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.fields import parse_reference


def test_a_body_s_document_after_a_sentence_of_comment_is_its_own_work():
    """A note's comment, then a body's document cited by its quoted title ('The figures are disputed. Ministry of
    Emergency Situations of the Kyrgyz Republic, ‘Title’, Bishkek, date.'): the comment is commentary and the
    document a work with the body as author, as a person's work after a comment already was. The whole note had
    been one work titled by the comment and the body's name. Two bodies' documents joined by ';' are two works."""
    result = parse_page(
        "Notes\n"
        "1. The figures are disputed. Ministry of Emergency Situations of the Kyrgyz Republic, ‘Informatsiya o "
        "evakuatsii naseleniya Batkenskoi oblasti’, Bishkek, 17 September 2022.\n"
        "2. Turnout fell sharply in the capital. General Election Commission of Mongolia, ‘Songuuliin dun’, "
        "Ulaanbaatar, 2024, p. 3.\n"
        "3. World Bank, ‘Rogun Hydropower Project: Project Appraisal Document’, Washington, DC, 2023; Asian "
        "Development Bank, ‘Tajikistan: Energy Sector Assessment’, Manila, 2021.\n")
    works = [item for item in result.items if not item["custom"].get("commentary")]
    comments = [item["note"] for item in result.items if item["custom"].get("commentary")]
    assert comments == ["The figures are disputed.", "Turnout fell sharply in the capital."]
    assert [(w["author"][0]["literal"], w["title"]) for w in works] == [
        ("Ministry of Emergency Situations of the Kyrgyz Republic", "Informatsiya o evakuatsii naseleniya Batkenskoi oblasti"),
        ("General Election Commission of Mongolia", "Songuuliin dun"),
        ("World Bank", "Rogun Hydropower Project: Project Appraisal Document"),
        ("Asian Development Bank", "Tajikistan: Energy Sector Assessment"),
    ]



@pytest.mark.parametrize("text, number, issued, accessed", [
    ("Ministry of Energy and Water Resources of the Republic of Tajikistan, ‘Strategiya razvitiya gidroenergetiki do "
     "2030 goda’, Order No. 45, 14 March 2022, accessed 3 May 2022.", "Order No. 45", [2022, 3, 14], [2022, 5, 3]),
    ("‘Strategiya razvitiya gidroenergetiki’, Government of the Republic of Tajikistan, Resolution No. 312, 29 June "
     "2022, accessed 3 July 2022.", "Resolution No. 312", [2022, 6, 29], [2022, 7, 3]),
])
def test_a_document_s_date_before_an_access_date_with_no_link_is_its_date(text, number, issued, accessed):
    """A numbered document dated in its own comma part and then 'accessed ...' with its link left out: the date is
    the document's. The tagger had run it into the access date: '14' became a volume, or '29 June' a note, and the
    year was lost."""
    item = parse_reference(text)
    assert (item["number"], item["issued"], item["accessed"]) == (
        number, {"date-parts": [issued]}, {"date-parts": [accessed]})
    assert "volume" not in item and "note" not in item


def test_an_edited_volume_s_bracketed_title_before_its_volume_number_is_the_title():
    """References' edited volume of a work in several: 'Yanin V.L. (ed.) Title (iz raskopok 2001–2014 gg.)
    [Translation (excavations of 2001–2014)]. Vol. 12. Moscow, ...'. Between the editor and the imprint the titles are
    the title, with a volume mark between them and the imprint as without one; the years inside the translation had
    been read as the book's date (2001–2014), its title cut before them and '2015.' left in note."""
    item = parse_reference(
        "Yanin V.L. (ed.) Novgorodskie gramoty na bereste (iz raskopok 2001–2014 gg.) [Novgorod birchbark letters "
        "(excavations of 2001–2014)]. Vol. 12. Moscow, Yazyki slavyanskikh kul'tur Publ., 2015. 408 p. (In Russ.)")
    assert (item["title"], item["original-title"], item["volume"], item["issued"]) == (
        "Novgorod birchbark letters (excavations of 2001–2014)",
        "Novgorodskie gramoty na bereste (iz raskopok 2001–2014 gg.)", "12", {"date-parts": [[2015]]})
    assert item["editor"] == [{"family": "Yanin", "given": "V.L."}] and "note" not in item


@pytest.mark.parametrize("text, issue", [
    ("Shcherbakova E.M. [Demographic results of 2022 in Russia]. Demoskop Weekly, 2023, no. 977–978. Available at: "
     "http://www.demoscope.ru/weekly/2023/0977/barom01.php (accessed 21.02.2023). (In Russ.)", "977–978"),
    ("Ivanov I.I. [Grain export duties and farm incomes]. Ekspert, 2021, no. 40–41. (In Russ.)", "40–41"),
    ("Ivanov I.I. [Grain export duties and farm incomes]. Rossiiskaya gazeta, 2021, 8 October, no. 202. Available at: "
     "https://rg.ru/2021/10/08/poshliny.html (accessed 01.11.2021). (In Russ.)", "202"),
])
def test_a_number_mark_after_the_date_is_the_issue_a_double_issue_too(text, issue):
    """References' 'Journal, 2023, no. 977–978.' (a double issue) and 'Paper, 2021, 8 October, no. 202.' before a
    link: the number mark and its number in their own comma part after the date are the issue. The range had been
    read as pages (and 'no' as the volume) or as the journal's name ('no. 977–978. Demoskop Weekly'), and the paper's
    number after its day left in note with the date."""
    item = parse_reference(text)
    assert item.get("issue") == issue
    assert "volume" not in item and "page" not in item and "note" not in item
    assert item["container-title"] in ("Demoskop Weekly", "Ekspert", "Rossiiskaya gazeta")


@pytest.mark.parametrize("text, title, place", [
    ("Focus group discussion with herders, Bayankhongor aimag, 9 August 2020.",
     "Focus group discussion with herders", "Bayankhongor aimag"),
    ("Focus group discussions with women from border villages, Isfana, 3 October 2022.",
     "Focus group discussions with women from border villages", "Isfana"),
])
def test_a_focus_group_discussion_is_an_interview(text, title, place):
    """'Focus group discussion with ...', as fieldwork notes often name a focus group, is read as 'Focus group with'
    is: an interview with its place and day. It had been a document titled with its place."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"]) == ("interview", title, place)


@pytest.mark.parametrize("text, body", [
    ("Kaspersky Lab. [Ransomware attacks on industrial enterprises in 2022]. Available at: "
     "https://ics-cert.kaspersky.ru/publications/reports/2023/03/01/ (accessed 10.03.2023). (In Russ.)", "Kaspersky Lab"),
    ("Citizen Lab, ‘Pegasus vs. Predator: Dissident’s Doubly-Infected iPhone Reveals Cytrox Mercenary Spyware’, "
     "Toronto, 16 December 2021, available at: https://citizenlab.ca/2021/12/pegasus-vs-predator/, accessed 3 January "
     "2022.", "Citizen Lab"),
])
def test_a_lab_is_a_body(text, body):
    """A laboratory named 'X Lab' (a security firm, a research lab) is a body, as 'X Laboratory' was: it had been a
    person, family name 'Kaspersky' and given name 'Lab' (or 'Lab', 'Citizen')."""
    assert parse_reference(text)["author"] == [{"literal": body}]


def test_a_think_tank_s_unnumbered_series_before_its_body_is_the_report_s_genre():
    """'‘Title’, CSIS Brief, Center for Strategic and International Studies, Washington, DC, date': the series, then
    the body that runs it, are the report's genre and publisher, as 'Policy Brief, Center ...' already was. Both had
    been read as one publisher of a book."""
    item = parse_reference(
        "Jeffrey Mankoff, ‘The Middle Corridor and Caspian Shipping’, CSIS Brief, Center for Strategic and "
        "International Studies, Washington, DC, 18 April 2022, available at: https://www.csis.org/analysis/middle-"
        "corridor-caspian-shipping, accessed 1 May 2022.")
    assert (item["type"], item["genre"], item["publisher"], item["publisher-place"]) == (
        "report", "CSIS Brief", "Center for Strategic and International Studies", "Washington, DC")


@pytest.mark.parametrize("text, body, title, number", [
    ("European Council, ‘European Council Conclusions, 14 and 15 December 2023’, EUCO 20/23, Brussels, 15 December "
     "2023.", "European Council", "European Council Conclusions, 14 and 15 December 2023", "EUCO 20/23"),
    ("Council of the European Union, ‘Council Conclusions on Central Asia’, ST 9240/23, Brussels, 12 May 2023.",
     "Council of the European Union", "Council Conclusions on Central Asia", "ST 9240/23"),
])
def test_an_eu_council_document_symbol_is_its_number_not_a_shelf_mark(text, body, title, number):
    """The European Council's and the Council's symbols ('EUCO 20/23', 'ST 9240/23') are the document's number, as
    'SWD(2023) 697 final' is. 'EUCO 20/23, Brussels, 15 December 2023' had been read as a National Archives shelf
    mark ('FO 371/188543'), the note as a manuscript with its title cut at its comma into publisher and archive."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["number"], item["publisher-place"]) == (
        "document", [{"literal": body}], title, number, "Brussels")
    assert len(item["issued"]["date-parts"][0]) == 3


def test_a_shelf_mark_after_a_dated_letter_is_still_the_archive_s():
    """The guard above leaves The National Archives' shelf mark, which closes the note with no date after it."""
    item = parse_reference("Foreign Office minute on Soviet grain purchases, 12 March 1964, TNA, FO 371/188543.")
    assert (item["type"], item["archive"], item["archive_location"]) == ("manuscript", "TNA", "FO 371/188543")


@pytest.mark.parametrize("text, party", [
    ("Mongolian People’s Party, ‘Ardyn Namyn 2024–2028 ony songuuliin mөrийн khөtөlbөr’, Ulaanbaatar, 2024.",
     "Mongolian People’s Party"),
    ("Democratic Party of Mongolia, ‘Election Programme 2024’, Ulaanbaatar, 2024, p. 12.", "Democratic Party of Mongolia"),
])
def test_a_political_party_is_a_body(text, party):
    """A party signing its programme ('Mongolian People’s Party, ‘Title’, Ulaanbaatar, 2024.') is a body, as a
    party named by a nationality alone ('Georgian Dream') already was: the note had been a book with no author
    whose title held the party's name and the quoted title."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": party}] and item["publisher-place"] == "Ulaanbaatar"
    assert not item["title"].startswith(party)


def test_a_chapter_in_a_book_s_volume_cited_without_in_is_a_chapter():
    """References' chapter with no 'In:' before its book, the book's volume a sentence of its own before the imprint
    ('[Title]. Energeticheskoe pravo [Energy law]. Vol. 1. Moscow, Yurait Publ., 2020, pp. 12–40.'): a book's
    volume, as 'Т. 2.' after GOST's '//' is, so a chapter; it had been a journal article in a journal with a publisher."""
    item = parse_reference("Volkov A.N. [Energy security and Russian law]. Energeticheskoe pravo [Energy law]. Vol. 1. "
                           "Moscow, Yurait Publ., 2020, pp. 12–40. (In Russ.)")
    assert (item["type"], item["container-title"], item["volume"], item["publisher"], item["page"]) == (
        "chapter", "Energeticheskoe pravo [Energy law]", "1", "Yurait Publ.", "12-40")
