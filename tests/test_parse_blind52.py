"""Blind batch 52: the seeds' two kinds (transliterated Russian References, Taylor & Francis notes) on new subjects."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, genre, place, pages", [
    ("Sorokina E.V. Konkurentsiya na rynke aviaperevozok Sibiri [Competition in the Siberian air transport market]. "
     "Diss. Cand. Sci. (Econ.). Novosibirsk, 2018. 176 p.", "Diss. Cand. Sci. (Econ.)", "Novosibirsk", "176"),
    ("Markov P.I. Pravovoi rezhim nedropol'zovaniya v Arktike [The legal regime of subsoil use in the Arctic]. "
     "Diss. Dr. Sci. (Law). Moscow, 2020, 398 p.", "Diss. Dr. Sci. (Law)", "Moscow", "398"),
    ("Lebedeva N.S. Kognitivnye strategii chteniya u mladshikh shkol'nikov [Cognitive reading strategies of primary "
     "school pupils]. Diss. Cand. Sci. (Psychol.). Yaroslavl, 2016. 203 p.", "Diss. Cand. Sci. (Psychol.)",
     "Yaroslavl", "203"),
])
def test_a_references_dissertation_with_diss_before_the_degree(text, genre, place, pages):
    """The References translation prints the degree after 'Diss.' as often as before it ('Cand. Sci. (Econ.)
    Diss.'); with 'Diss.' first the genre was not read and stayed in the place or became the publisher."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["genre"], item["publisher-place"], item["number-of-pages"]) == (genre, place, pages)
    assert "publisher" not in item


@pytest.mark.parametrize("text, genre, number", [
    ("World Bank, ‘Leveraging Diaspora Finances for Private Capital Mobilization’, Migration and Development Brief "
     "39, Washington, DC, December 2023.", "Migration and Development Brief", "39"),
    ("World Bank, ‘Migration and Remittances: Recent Developments and Outlook’, Migration and Development Brief 32, "
     "Washington, DC, April 2020, p. 12.", "Migration and Development Brief", "32"),
    ("Anna Matveeva, ‘Central Asia’s Water Diplomacy’, CEPR Discussion Paper 17412, London, June 2022.",
     "CEPR Discussion Paper", "17412"),
])
def test_a_titled_paper_in_a_series_named_by_its_kind_of_paper_is_a_report(text, genre, number):
    """After a note's quoted title, a series whose name says it is a kind of paper (brief, memo, working or
    discussion paper) and its number are a report's genre and number; the tagger had read them as a journal and
    its volume."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", genre, number)
    assert not {"container-title", "volume"} & set(item)
