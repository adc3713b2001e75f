"""Bibliography and citation order as citeproc-js (Zotero's processor) gives it.

citeproc-js writes a sort key name by name ("Andersson|A., Cohen|O."; no "and",
no et al.), turns spaces into "|" and compares keys with ICU collation at base
strength, punctuation ignored, digits as numbers. The expected orders below are
what citeproc-js 2.4.63 (bench/node) prints for these items.
"""

from __future__ import annotations

import pytest

from cslbridge.render import render_bibliography, render_citations
from cslbridge.render.fixes import collation_key


def book(item_id, authors, year=2001, title=None):
    item = {"id": item_id, "type": "book", "title": title or f"Work {item_id}",
            "issued": {"date-parts": [[year]]}}
    if authors:
        item["author"] = [a if isinstance(a, dict) else {"family": a[0], "given": a[1]} for a in authors]
    return item


ITEMS = [
    book("garcia", [("Andersson", "Anna"), ("García", "Jean-Luc")], 2004),
    book("cohen", [("Andersson", "Anna"), ("Cohen", "Olga"), ("Cohen", "John")]),
    book("zeta", [("Smith-Zeta", "Tom")]),
    book("smithson", [("Smithson", "Tom")]),
    book("smitham", [("Smitham", "Anna")]),
    book("smith", [("Smith", "Zoe")]),
    book("who", [{"literal": "World Health Organization"}]),
    book("world", [("World", "Anna")]),
    book("oneil", [("O'Neil", "Tom")]),
    book("oakes", [("Oakes", "Tom")]),
    book("item10", [], title="Item 10 of things"),
    book("item9", [], title="Item 9 of things"),
]


def order(style, items=ITEMS):
    """Item ids in the order the style lists them (each title is unique to its item)."""
    titles = sorted(((item["title"].lower(), item["id"]) for item in items), key=lambda p: -len(p[0]))
    return [next(i for t, i in titles if t in entry.lower()) for entry in render_bibliography(items, style)]


def test_apa_order_matches_citeproc_js():
    assert order("apa") == [
        "cohen", "garcia",          # name by name: Cohen before García, the "&" does not count
        "item9", "item10",          # numbers as numbers
        "oakes", "oneil",           # the apostrophe is ignored: O'Neil as "ONeil"
        "smith", "smitham", "smithson", "zeta",  # a word break sorts first; the hyphen is ignored
        "world", "who",             # "World|A." before "World|Health|Organization"
    ]


@pytest.mark.parametrize("style", ["chicago-author-date", "modern-language-association",
                                   "harvard-cite-them-right"])
def test_other_author_date_styles_order_the_same_way(style):
    assert order(style) == order("apa")


def test_collation_ignores_case_accents_and_punctuation_but_not_word_breaks():
    assert collation_key("Müller|T.") == collation_key("muller|t")
    assert collation_key("O'Neil") == collation_key("ONeil")
    assert collation_key("Smith|Z.") < collation_key("Smitha")
    assert collation_key("Item 9") < collation_key("Item 10")
    assert collation_key("Иванов", "ru") < collation_key("Abbot", "ru")
    assert collation_key("Abbot", "en") < collation_key("Иванов", "en")


def test_citation_ties_sort_by_the_names_that_tell_them_apart_else_keep_the_order_cited():
    """APA sorts cites by the first author only (names-use-first="1"). Cites that names
    added by disambiguation tell apart sort by those names, as citeproc-js's keys hold
    them (Benson before Brown), whatever order they came in; cites still alike (told
    apart by year suffixes only) keep the order cited, as in citeproc-js."""
    a = book("a", [("Smith", "John"), ("Brown", "John"), ("Jones", "John")], 1980)
    b = book("b", [("Smith", "John"), ("Benson", "John"), ("Jones", "John")], 1980)
    cites = render_citations([a, b], [[{"id": "a"}, {"id": "b"}], [{"id": "b"}, {"id": "a"}]], "apa")
    assert list(cites) == ["(Smith, Benson, et al., 1980; Smith, Brown, et al., 1980)"] * 2
    c = book("c", [("Smith", "John"), ("Brown", "John"), ("Jones", "Amy")], 1980)
    cites = render_citations([a, c], [[{"id": "a"}, {"id": "c"}], [{"id": "c"}, {"id": "a"}]], "apa")
    assert list(cites) == ["(Smith et al., 1980b, 1980a)", "(Smith et al., 1980a, 1980b)"]


def test_dates_in_sort_macros_sort_by_their_value(tmp_path):
    """A date in a sort key is citeproc-js's sortable number, not the printed text:
    100 BC before 44 BC before AD 9 before AD 10, and July after March."""
    style = tmp_path / "dates.csl"
    style.write_text("""<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
      <info><id>dates</id><title>Dates</title><updated>2020-01-01T00:00:00Z</updated></info>
      <macro name="when"><date variable="issued" delimiter="-"><date-part name="year"/>
        <date-part name="month" form="numeric"/></date></macro>
      <citation><layout><text value="x"/></layout></citation>
      <bibliography><sort><key macro="when"/></sort><layout><text variable="title"/></layout></bibliography>
    </style>""", encoding="utf-8")
    items = [{"id": n, "type": "book", "title": n, "issued": {"date-parts": [d]}}
             for n, d in [("ad54-jul", [54, 7]), ("ad10", [10, 1]), ("bc44", [-44, 3]), ("ad54-mar", [54, 3]),
                          ("ad9", [9, 1]), ("bc100", [-100, 7])]]
    assert list(render_bibliography(items, str(style))) == ["bc100", "bc44", "ad9", "ad10", "ad54-mar", "ad54-jul"]
