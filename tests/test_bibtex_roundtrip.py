"""Property: CSL-JSON items -> BibTeX/BibLaTeX -> CSL-JSON keep every field BibTeX can carry.

What BibTeX cannot carry is normalised out of the expectation explicitly, so a new
loss shows up as a failure: a `dropping-particle` of a name without given names is read back
as part of the von (non-dropping) particle (classic BibTeX writes it after the given names,
'Gaulle, Charles de'; BibLaTeX keeps it apart with `useprefix=false`), and a
@phdthesis without a `type` field reads as a "PhD thesis". A CSL type the entry type
cannot carry (classic BibTeX has no @online/@dataset/@software, both dialects no
interview) comes back from `cslbridge-type`, so every type survives.
"""

import copy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from item_strategies import csl_items, item_lists

from cslbridge.formats.bibtex import read, write, write_biblatex

def expected(item: dict, biblatex: bool) -> dict:
    item = copy.deepcopy(item)
    for var, value in item.items():
        if isinstance(value, list) and not biblatex:
            for name in value:
                if "dropping-particle" in name and "given" not in name:
                    particle = " ".join(p for p in (name.pop("dropping-particle"),
                                                    name.get("non-dropping-particle")) if p)
                    name["non-dropping-particle"] = particle
    if not biblatex and item["type"] == "thesis" and "genre" not in item:
        item["genre"] = "PhD thesis"
    return item


@settings(max_examples=40, deadline=None)
@given(item_lists(min_size=1, max_size=4, specials=True))
def test_biblatex_round_trip_keeps_every_field(items):
    result = read(write_biblatex(items))
    assert result.problems == []
    assert result.items == [expected(item, biblatex=True) for item in items]


@settings(max_examples=40, deadline=None)
@given(item_lists(min_size=1, max_size=4, specials=True))
def test_bibtex_round_trip_keeps_every_field(items):
    result = read(write(items))
    assert result.problems == []
    assert result.items == [expected(item, biblatex=False) for item in items]


@settings(max_examples=25, deadline=None)
@given(csl_items(with_id=False))
def test_items_without_ids_get_valid_keys_that_read_back(item):
    text = write([item])
    key = text.split("{", 1)[1].split(",", 1)[0]
    assert key and not set(key) & set(' {}(),"#%\'=\\~')
    assert read(text).items[0]["id"] == key


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bibtex"
_LEGACY_ENCODED = {"elibrary_cp1251.bib", "jabref5_windows1252.bib"}  # files saved in a code page, not UTF-8
_SOURCES = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.bib")) if p.name not in _LEGACY_ENCODED]
_DAMAGE = st.sampled_from(list('{}@,="#%\\$~^_\n') + [
    "@article{", "{\\", "\\'", "\\v", "\\textit{", " and others", "--", "@string{", "@comment{",
    "month = ", "crossref = {x}", "date = {2010/", "$\\beta", "{\\\"o}",
])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_SOURCES), st.lists(st.tuples(st.floats(0, 1), _DAMAGE, st.integers(0, 4)),
                                           min_size=1, max_size=4))
def test_damaged_files_never_crash_and_what_is_read_writes_back_cleanly(source, edits):
    text = source
    for where, insert, cut in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut:]
    result = read(text, "damaged.bib")
    assert all(p.line is not None for p in result.problems)
    for writer in (write, write_biblatex):
        again = read(writer(result.items))
        assert again.problems == []
        assert len(again.items) == len(result.items)
