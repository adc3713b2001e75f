"""Parser faults left alone by the round's helpers (branch leftalone10)."""

import pytest

from cslbridge.parse import find_entries
from cslbridge.parse.entries import clean
from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference


def test_a_bulleted_entry_after_numbered_ones_is_an_entry_of_its_own():
    """A '•' line after '3) Oke ...' had run into Oke's entry (two titles and journals joined): a line opening with a
    bullet glyph always opens an entry, unnumbered; the numbered entries keep their numbers."""
    lines = ["References",
             "1) Givoni, B. (1998). Climate considerations in building and urban design. New York: Wiley.",
             "2) Oke, T. R. (1982). The energetic basis of the urban heat island. Quarterly Journal of the Royal "
             "Meteorological Society, 108(455), 1-24.",
             "• Santamouris, M. (2015). Analyzing the heat island magnitude and characteristics in one hundred Asian "
             "and Australian cities. Science of the Total Environment, 512, 582-598."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [(e.number, clean(e.text).split(",")[0]) for e in entries] == [
        (1, "Givoni"), (2, "Oke"), (None, "Santamouris")]
    assert clean(entries[1].text).endswith("1-24.")


def test_a_gost_dash_wrapped_onto_its_own_line_stays_in_the_entry():
    lines = ["Список литературы",
             "1. Иванов И. И. Экономика переходного периода. М. : Наука, 2003.",
             "– 240 с.",
             "2. Петров П. П. Регионы России. СПб. : Питер, 2010. – 180 с."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [e.number for e in entries] == [1, 2]
    assert clean(entries[0].text).endswith("– 240 с.")


@pytest.mark.parametrize("text, body, title", [
    ("BP, Energy Outlook 2023 (London, BP, 2023).", "BP", "Energy Outlook 2023"),
    ("NATO, Strategic Concept (Brussels: NATO, 2022), 4.", "NATO", "Strategic Concept"),
])
def test_a_body_s_acronym_before_its_title_in_a_note_is_the_author(text, body, title):
    """'BP, Energy Outlook 2023 (London, ...)' had read as a person, family 'BP', given 'Energy Outlook', with no
    title: an acronym in capitals before its comma, the capitalised words after it running on to the imprint's
    bracket with no stop, is a body and those words its title."""
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": body}], title)


@pytest.mark.parametrize("text, family, given", [
    ("SILVA, João Carlos. Política externa brasileira. São Paulo: Atlas, 2002.", "SILVA", "João Carlos"),
    ("LEE, Jane (2019), Title of the book, Publisher, Sydney.", "LEE", "Jane"),
])
def test_a_surname_in_capitals_keeps_its_given_names(text, family, given):
    assert parse_reference(text)["author"][0] == {"family": family, "given": given}


def test_an_australian_report_s_body_and_town_before_viewed_are_publisher_and_place():
    """AGPS 'Brown, A 2020, Title of report, Grattan Institute, Melbourne, viewed ...' had put 'Title of report,
    Grattan' in note and 'A Institute' among the authors: a body and a known town, each its own comma part, before
    the access date or the link are publisher and place, the comma parts after the year the title."""
    item = parse_reference("Brown, A 2020, Title of report, Grattan Institute, Melbourne, viewed 3 May 2021, "
                           "<https://grattan.edu.au/report/title>.")
    assert item["author"] == [{"family": "Brown", "given": "A."}]
    assert (item["title"], item["publisher"], item["publisher-place"]) == \
        ("Title of report", "Grattan Institute", "Melbourne")
    assert item["accessed"] == {"date-parts": [[2021, 5, 3]]} and "note" not in item


@pytest.mark.parametrize("text, place, publisher", [
    ("Thomas Carothers, Assessing Democracy Assistance (Washington (DC), Carnegie Endowment, 2002), 45.",
     "Washington (DC)", "Carnegie Endowment"),
    ("Martha Brill Olcott, Central Asia’s Second Chance (Washington (D.C.), Carnegie Endowment for International "
     "Peace, 2005).", "Washington (D.C.)", "Carnegie Endowment for International Peace"),
])
def test_a_note_imprint_with_the_state_in_a_bracket_of_its_own(text, place, publisher):
    """'(Washington (DC), Carnegie Endowment, 2002)' had left '(Washington' in the title and 'DC)' as the place: the
    town and its bracketed state opening the imprint bracket are the place, the words to the year the publisher."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
    assert "(" not in item["title"]


def test_a_title_read_as_an_imprint_before_such_a_bracket_is_the_title():
    item = parse_reference("Martha Brill Olcott, Kazakhstan: Unfulfilled Promise (Washington (DC), Carnegie Endowment "
                           "for International Peace, 2002), 87.")
    assert (item["title"], item["publisher-place"], item["publisher"], item["page"]) == (
        "Kazakhstan: Unfulfilled Promise", "Washington (DC)", "Carnegie Endowment for International Peace", "87")


@pytest.mark.parametrize("text, parts", [
    ("2021. 31. дек.", [2021, 12, 31]),
    ("2020. 5. марта", [2020, 3, 5]),
    ("2014. 18 марта", [2014, 3, 18]),
])
def test_a_gost_day_with_its_stop_before_the_month_is_read(text, parts):
    assert parse_date(text) == {"date-parts": [parts]}


def test_a_gost_newspaper_dated_with_a_stop_after_the_day_keeps_the_day():
    """'Известия. 2021. 31. дек. С. 1.' had been dated 2021 alone, the day and month lost: a stop after the day
    changes nothing."""
    item = parse_reference("Иванов И. И. Выборы в регионах // Известия. 2021. 31. дек. С. 1.")
    assert (item["container-title"], item["issued"], item["page"]) == ("Известия", {"date-parts": [[2021, 12, 31]]}, "1")


@pytest.mark.parametrize("text, series, number", [
    ("Milnor, J. Morse Theory, Annals of Mathematics Studies, No. 51, Princeton University Press, Princeton, NJ, 1963.",
     "Annals of Mathematics Studies", "51"),
    ("Serre, J.-P. Cohomologie galoisienne, Lecture Notes in Mathematics, No. 5, Springer-Verlag, Berlin, 1964.",
     "Lecture Notes in Mathematics", "5"),
])
def test_a_book_s_numbered_series_from_a_press_is_its_collection(text, series, number):
    """AMS 'Annals of Mathematics Studies, No. 51, Princeton University Press' had made the book a report of that
    genre and number ('Lecture Notes in Mathematics, No. 5' kept its number as an issue): a book by persons from a
    press, its series numbered with 'No.', no pages, is in that collection."""
    item = parse_reference(text)
    assert (item["type"], item["collection-title"], item["collection-number"]) == ("book", series, number)
    assert not {"genre", "number", "issue", "container-title"} & set(item)


def test_a_body_s_numbered_paper_series_stays_a_report():
    item = parse_reference("Smith, J. Title of paper. Policy Studies No. 12. Washington: East-West Center, 2005.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Policy Studies", "12")


@pytest.mark.parametrize("text, journal, volume, series", [
    ("A. Wiles, Modular elliptic curves and Fermat’s Last Theorem, Ann. of Math. (2) 141 (1995), 443–551.",
     "Ann. of Math.", "141", "(2)"),
    ("J. Tate, Fourier analysis in number fields, Proc. London Math. Soc. (3) 17 (1967), no. 2, 305–320.",
     "Proc. London Math. Soc.", "17", "(3)"),
])
def test_a_journal_s_series_in_brackets_before_the_volume_is_no_part_of_it(text, journal, volume, series):
    """AMS 'Ann. of Math. (2) 141 (1995)' had given volume '(2) 141': the journal's series in brackets between its
    name and the volume goes to note, the volume is the number after it."""
    item = parse_reference(text)
    assert (item["container-title"], item["volume"], item["note"]) == (journal, volume, series)


@pytest.mark.parametrize("text, volume", [
    ("Smith, J. A. (2010). The history of the world (Vol. 3 and 4). Oxford University Press.", "3 and 4"),
    ("Smith, J. A. (2010). The history of the world (Vol. 3). Oxford University Press.", "3"),
])
def test_an_apa_book_s_volume_bracket_after_its_title_makes_it_a_book(text, volume):
    """'The history of the world (Vol. 3 and 4). Oxford University Press.' had been a journal article with that
    container: a volume bracket after the only title, then a publisher, with no editor or pages, follows a book."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["volume"], item["publisher"]) == (
        "book", "The history of the world", volume, "Oxford University Press")
    assert "container-title" not in item


def test_a_chapter_s_book_with_its_volume_bracket_stays_the_container():
    item = parse_reference("Piaget, J. (1970). Piaget’s theory. In P. H. Mussen (Ed.), Carmichael’s manual of child "
                           "psychology (Vol. 1, pp. 703–732). Wiley.")
    assert (item["type"], item["container-title"]) == ("chapter", "Carmichael’s manual of child psychology")


def test_an_apa_volume_bracket_joined_by_and_is_read_whole_before_the_publisher():
    """'(Vol. 2 and 3). Penguin Classics.' had given volume 2 and the authors '3. Penguin Classics': the bracket is
    the volume whole, the sentence closing the reference after it the publisher."""
    item = parse_reference("Marx, K. (1992). Capital: A critique of political economy (Vol. 2 and 3). Penguin Classics.")
    assert item["author"] == [{"family": "Marx", "given": "K."}]
    assert (item["type"], item["volume"], item["publisher"]) == ("book", "2 and 3", "Penguin Classics")
