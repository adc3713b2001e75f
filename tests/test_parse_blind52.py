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
