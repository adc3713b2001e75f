"""Blind batch 46: numbered science styles (Science, PNAS, Cell, APS/AIP, ACS, Angewandte) that print no article titles."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, journal", [
    ("A. B. Jones, C. D. Lee, Proc. Natl. Acad. Sci. U.S.A. 116, 2345–2350 (2019).", "Proc. Natl. Acad. Sci. U.S.A."),
    ("4. K. Obi et al., Mass extinctions and the recovery of reef ecosystems. Proc. Natl. Acad. Sci. U.S.A. 118, "
     "e2021123118 (2021).", "Proc. Natl. Acad. Sci. U.S.A."),
    ("M. Hale, T. Okoye, Proc. R. Soc. B 286, 20190123 (2019).", "Proc. R. Soc. B"),
])
def test_a_journal_named_proceedings_cited_with_volume_and_pages_is_a_journal(text, journal):
    """'Proc.' was read as a meeting's proceedings whatever followed; a society's journal so named, cited by volume
    and page with no 'in', editors or imprint, is a journal article."""
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert item["container-title"] == journal


@pytest.mark.parametrize("text", [
    "[3] J. Doe and K. Lee, “Fast routing,” in Proc. IEEE Int. Conf. Commun., vol. 3, pp. 12–17, 2019.",
    "[7] R. Moreno, “Thin-film stacks,” Proc. IEEE Photovoltaic Specialists Conf., vol. 2, pp. 101–106, 2018.",
    "[9] S. Ito, “Bridge scour,” Proceedings of the 2020 Structures Congress, vol. 5, pp. 33–40.",
])
def test_a_meetings_proceedings_with_a_volume_stays_a_conference_paper(text):
    item = parse_reference(text)
    assert item["type"] == "paper-conference"


@pytest.mark.parametrize("text, expected", [
    ("R. Brown, The Biology of Cancer (Garland Science, New York, ed. 2, 2014).",
     {"title": "The Biology of Cancer", "publisher": "Garland Science", "publisher-place": "New York", "edition": "2"}),
    ("12. K. L. Ahmed, J. Ferris, Principles of Stream Ecology (Academic Press, San Diego, CA, 2011).",
     {"title": "Principles of Stream Ecology", "publisher": "Academic Press", "publisher-place": "San Diego, CA"}),
])
def test_sciences_book_imprint_is_publisher_place_edition_and_year(text, expected):
    """Science's '(Publisher, Place, ed. N, Year)' was left half in the title ('The Biology of Cancer (Garland
    Science') and half in note."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert {key: item.get(key) for key in expected} == expected
    assert "note" not in item


def test_a_chapter_science_cites_by_its_book_alone():
    """'in Book, S. Miller, Ed. (...)': no chapter title; the book had become the title ('in Handbook of Ecology') and
    the author an editor."""
    item = parse_reference("P. Garcia, in Handbook of Ecology, S. Miller, Ed. (Wiley, Hoboken, NJ, 2017), vol. 2, "
                           "pp. 101–130.")
    assert item["type"] == "chapter"
    assert item["author"] == [{"family": "Garcia", "given": "P."}]
    assert item["editor"] == [{"family": "Miller", "given": "S."}]
    assert (item["container-title"], item["publisher"], item["publisher-place"]) == ("Handbook of Ecology", "Wiley",
                                                                                     "Hoboken, NJ")
    assert (item["volume"], item["page"], item["issued"]) == ("2", "101-130", {"date-parts": [[2017]]})
    assert "title" not in item


def test_a_bracket_opening_on_a_town_is_not_read_as_sciences_publisher():
    item = parse_reference("R. Allison, Russia and Europe (London, Routledge, 2009).")
    assert item["publisher"] == "Routledge" and item["publisher-place"] == "London"


@pytest.mark.parametrize("text, server, number", [
    ("D. Zhou et al., bioRxiv 2020.03.01.972935 [Preprint] (2020). https://doi.org/10.1101/2020.03.01.972935.",
     "bioRxiv", "2020.03.01.972935"),
    ("14. A. Kim, B. Lee, medRxiv 2021.02.11.21251234 [Preprint] (2021).", "medRxiv", "2021.02.11.21251234"),
])
def test_an_untitled_preprint_is_posted_by_its_server_under_its_number(text, server, number):
    """Science's untitled preprint had been a 'document' with server, number and '[Preprint]' all in note."""
    item = parse_reference(text)
    assert item["type"] == "article"
    assert (item["publisher"], item["number"], item["genre"]) == (server, number, "Preprint")
    assert "note" not in item


@pytest.mark.parametrize("text, expected", [
    ("7. E. Marsh, thesis, University of California, Berkeley (2017).",
     {"genre": "thesis", "publisher": "University of California, Berkeley", "title": None, "publisher-place": None}),
    ("M. Chen, Quantum dots in cavities, thesis, Stanford University, Stanford, CA (2018).",
     {"genre": "thesis", "publisher": "Stanford University", "title": "Quantum dots in cavities",
      "publisher-place": "Stanford, CA"}),
])
def test_a_thesis_cited_by_its_degree_word_and_school(text, expected):
    """Science's 'E. Marsh, thesis, School (2017).' had made the initial an author ('E.') and 'Marsh, thesis' the
    genre; a town and its state's code after the school had become a second author."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["author"][0]["given"] in ("E.", "M.") and len(item["author"]) == 1
    assert {key: item.get(key) for key in expected} == expected
    assert item["issued"]["date-parts"][0][0] in (2017, 2018)


@pytest.mark.parametrize("text, authors", [
    ("[4] M. Keller, S. Wu, F. Albrecht, Angew. Chem. Int. Ed. 2019, 58, 1234–1238.", 3),
    ("[11] H. Ito, R. Patel, Angew. Chem. Int. Ed. 2021, 60, 10245–10250.", 2),
])
def test_angewandtes_journal_stays_whole_after_the_last_author(text, authors):
    """'Angew.' after the last name's comma had been read as one more author and 'Ed.' as an editor in note,
    leaving the journal 'Chem. Int.'."""
    item = parse_reference(text)
    assert item["container-title"] == "Angew. Chem. Int. Ed."
    assert len(item["author"]) == authors and all(name.get("given") for name in item["author"])
    assert "note" not in item and "editor" not in item


def test_a_country_run_into_the_journals_name_stays_in_it():
    """PNAS's older 'Proc Natl Acad Sci USA 117:12345–12353': 'USA' had become the publisher-place."""
    item = parse_reference("12. Kumar R, Ellis JT, Okafor N (2020) Microbial community assembly in alpine soils. "
                           "Proc Natl Acad Sci USA 117:12345–12353.")
    assert item["container-title"] == "Proc Natl Acad Sci USA"
    assert "publisher-place" not in item
    assert (item["volume"], item["page"]) == ("117", "12345-12353")


@pytest.mark.parametrize("text, journal, volume, page, second", [
    ("[9] T. Yamamoto, L. Ferrer, Angew. Chem. Int. Ed. 2020, 59, 4567–4571; Angew. Chem. 2020, 132, 4603–4607.",
     "Angew. Chem. Int. Ed.", "59", "4567-4571", "Angew. Chem. 2020, 132, 4603–4607."),
    ("Smith, A.; Lee, B. J. Am. Chem. Soc. 2019, 141, 1234–1240; J. Am. Chem. Soc. 2020, 142, 15–20.",
     "J. Am. Chem. Soc.", "141", "1234-1240", "J. Am. Chem. Soc. 2020, 142, 15–20."),
])
def test_a_second_journal_citation_after_the_pages_goes_whole_to_note(text, journal, volume, page, second):
    """Angewandte's German edition after ';' had been run into the journal's name and its number into the pages."""
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert (item["volume"], item["page"]) == (volume, page)
    assert item["note"] == second


def test_a_chapter_cited_by_its_book_with_a_publisher_and_no_place():
    """'(Academic Press, 2019)' after the editors: the author, 'in Methods in Enzymology' and the editor had all been
    read as editors of a book."""
    item = parse_reference("J. Doe, in Methods in Enzymology, K. Lee, Ed. (Academic Press, 2019), vol. 620, pp. 1–20.")
    assert item["type"] == "chapter"
    assert item["author"] == [{"family": "Doe", "given": "J."}] and item["editor"] == [{"family": "Lee", "given": "K."}]
    assert (item["container-title"], item["publisher"], item["volume"], item["page"]) == (
        "Methods in Enzymology", "Academic Press", "620", "1-20")
    assert "publisher-place" not in item
