"""Law-review footnotes the lead pasted (Bluebook, international and foreign relations law): treaties and UN
resolutions cited by article or paragraph, a law review title ending in a quoted word, newspapers, briefs."""

import pytest

from cslbridge.parse import parse_page
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


@pytest.mark.parametrize("text,expected", [
    ("Paul Sonne, Russia Moves to Annex Four Regions, Wash. Post, Sept. 30, 2022, at A1.",
     {"title": "Russia Moves to Annex Four Regions", "container-title": "Wash. Post", "page": "A1",
      "issued": {"date-parts": [[2022, 9, 30]]}}),
    ("Adam Liptak, Supreme Court, in 5-4 Ruling, Backs Same-Sex Marriage, N.Y. Times, June 27, 2015, at A1.",
     {"title": "Supreme Court, in 5-4 Ruling, Backs Same-Sex Marriage", "container-title": "N.Y. Times",
      "page": "A1", "issued": {"date-parts": [[2015, 6, 27]]}}),
    ("Jess Bravin & Brent Kendall, Justices Weigh Limits, Wall St. J., Mar. 3, 2021, at A4.",
     {"title": "Justices Weigh Limits", "container-title": "Wall St. J.", "page": "A4",
      "author": [{"family": "Bravin", "given": "Jess"}, {"family": "Kendall", "given": "Brent"}]}),
])
def test_a_newspaper_article_with_its_page_after_at(text, expected):
    _has(parse_reference(text), {"type": "article-newspaper", **expected})


@pytest.mark.parametrize("text,expected", [
    ("Brief for the United States as Amicus Curiae Supporting Respondents at 12, Zivotofsky v. Kerry, 576 U.S. 1 "
     "(2015) (No. 13-628).",
     {"title": "Brief for the United States as Amicus Curiae Supporting Respondents",
      "container-title": "Zivotofsky v. Kerry", "number": "13-628", "note": "at 12\n576 U.S. 1"}),
    ("Brief of Amici Curiae Law Professors in Support of Petitioners, Trump v. Hawaii, 585 U.S. 667 (2018) "
     "(No. 17-965).",
     {"title": "Brief of Amici Curiae Law Professors in Support of Petitioners", "container-title": "Trump v. Hawaii",
      "number": "17-965", "note": "585 U.S. 667"}),
    ("Brief for Petitioner at 3-4, Hollis v. Carter Freight Lines, Inc., 512 F.3d 1021 (9th Cir. 2008) (No. 06-55555).",
     {"title": "Brief for Petitioner", "container-title": "Hollis v. Carter Freight Lines, Inc.",
      "authority": "9th Cir.", "number": "06-55555", "issued": {"date-parts": [[2008]]}}),
])
def test_a_brief_in_the_case_it_was_filed_in(text, expected):
    _has(parse_reference(text), {"type": "document", **expected})


@pytest.mark.parametrize("text,titles", [
    ("U.N. Charter art. 2, ¶ 4.\n", ["U.N. Charter"]),
    ("U.S. Const. amend. XIV, § 1.\n", ["U.S. Const. amend. XIV"]),
    ("U.N. Charter art. 2, ¶ 4.\nU.S. Const. amend. XIV, § 1.\nNorth Atlantic Treaty art. 5.\n",
     ["U.N. Charter", "U.S. Const. amend. XIV", "North Atlantic Treaty"]),
])
def test_a_pasted_footnote_with_no_year_that_a_legal_grammar_reads_is_kept(text, titles):
    """A Bluebook treaty or constitution prints no year; pasted alone or with others it is still a reference,
    not page text the reader drops ("no references found")."""
    result = parse_page(text, "paste.txt")
    assert [item.get("title") for item in result.items] == titles
