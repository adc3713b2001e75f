"""Law-review footnotes the lead pasted (Bluebook, international and foreign relations law): treaties and UN
resolutions cited by article or paragraph, a law review title ending in a quoted word, newspapers, briefs."""

import pytest

from cslbridge.parse.fields import parse_reference


def _has(item: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert item.get(key) == value, (key, item)


@pytest.mark.parametrize("text,expected", [
    ("U.N. Charter art. 2, ¶ 4.", {"type": "treaty", "title": "U.N. Charter", "note": "art. 2, ¶ 4"}),
    ("North Atlantic Treaty art. 5.", {"type": "treaty", "title": "North Atlantic Treaty", "note": "art. 5"}),
    ("Rome Statute of the International Criminal Court art. 7(1).",
     {"type": "treaty", "title": "Rome Statute of the International Criminal Court", "note": "art. 7(1)"}),
])
def test_a_treaty_cited_by_its_article(text, expected):
    item = parse_reference(text)
    _has(item, expected)
    assert "author" not in item


@pytest.mark.parametrize("text,expected", [
    ("S.C. Res. 2231, ¶ 7 (July 20, 2015).",
     {"genre": "S.C. Res.", "number": "2231", "issued": {"date-parts": [[2015, 7, 20]]}, "note": "¶ 7"}),
    ("G.A. Res. 71/222 (Dec. 21, 2016).",
     {"genre": "G.A. Res.", "number": "71/222", "issued": {"date-parts": [[2016, 12, 21]]}}),
    ("G.A. Res. 217 (III) A, Universal Declaration of Human Rights (Dec. 10, 1948).",
     {"genre": "G.A. Res.", "number": "217 (III) A", "title": "Universal Declaration of Human Rights",
      "issued": {"date-parts": [[1948, 12, 10]]}}),
])
def test_a_un_resolution_has_its_organ_number_and_day(text, expected):
    item = parse_reference(text)
    _has(item, expected)
    assert "author" not in item


@pytest.mark.parametrize("text,expected", [
    ('Curtis A. Bradley, Foreign Relations Law and the Purported Shift Away from "Exceptionalism," 128 Harv. L. Rev. '
     'F. 294, 296 (2015).',
     {"title": 'Foreign Relations Law and the Purported Shift Away from "Exceptionalism"', "volume": "128",
      "container-title": "Harv. L. Rev. F.", "page": "294", "note": "at 296"}),
    ("Jack Goldsmith, The Practice of “Legitimate Warfare,” 1 Harv. Nat’l Sec. J. 1 (2010).",
     {"title": "The Practice of “Legitimate Warfare”", "volume": "1", "container-title": "Harv. Nat’l Sec. J.",
      "page": "1"}),
    ("Richard A. Epstein, Why “Liberty,” 1996 U. Chi. Legal F. 207.",
     {"title": "Why “Liberty”", "volume": "1996", "container-title": "U. Chi. Legal F.", "page": "207"}),
])
def test_a_law_review_title_ending_in_a_quoted_word(text, expected):
    _has(parse_reference(text), {"type": "article-journal", **expected})
