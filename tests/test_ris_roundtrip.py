"""Round trips through RIS, checked on generated items.

What RIS carries (the projection compared below): every CSL variable, names with their
particles and suffixes, dates (ranges included), the exact CSL type, the translated
authors in ``custom["translated-author"]``, the name lists cut short by "et al." in
``custom["et-al"]``. What it does not carry: the rest of ``custom``
(tool metadata such as confidence and source strings). Page ranges come back with a
hyphen whatever dash they were written with.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cslbridge.formats import ris
from cslbridge.items import validate
from cslbridge.schema import ITEM_TYPES
from item_strategies import FAMILIES, csl_items, dates, item_lists, name_lists, personal_names

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def carried(item: dict) -> dict:
    """The part of an item RIS carries."""
    out = {k: v for k, v in item.items() if k != "custom"}
    custom = item.get("custom") or {}
    kept = {k: custom[k] for k in ("translated-author", "et-al") if custom.get(k)}
    if kept:
        out["custom"] = kept
    if "page" in out:
        out["page"] = re.sub(r"\s*[–—]\s*", "-", str(out["page"]))
    return out


@st.composite
def ris_items(draw):
    """Generated items, plus what only RIS-specific paths exercise."""
    item = draw(csl_items(specials=True))
    extra = draw(st.integers(0, 5))
    if extra == 0:
        item["type"] = draw(st.sampled_from(sorted(ITEM_TYPES)))
    elif extra == 1:
        item["custom"] = {"translated-author": draw(name_lists(1, 3, corporate=False)),
                          "confidence": {"title": 0.4}}
    elif extra == 2:
        item["director"] = draw(st.lists(personal_names().filter(_plain_name), min_size=1, max_size=2))
        item["event-place"] = draw(st.sampled_from(["Atlanta, GA", "Санкт-Петербург"]))
        item["original-date"] = draw(dates())
    elif extra == 3 and "issued" in item:
        item["issued"] = draw(dates(ranges=True))
    elif extra == 4:
        item["type"] = "article-journal"
        item["status"] = draw(st.sampled_from(["in press", "retracted"]))
    elif extra == 5 and any(item.get(var) for var in ("author", "editor")):
        item["custom"] = {"et-al": [var for var in ("author", "editor") if item.get(var)]}
    return item


def _plain_name(name):
    # Names in N1 'variable: Family || Given' lines keep only family and given.
    return set(name) <= {"family", "given"}


@SETTINGS
@given(ris_items())
def test_csl_to_ris_to_csl_keeps_what_ris_carries(item):
    assert validate(item) == []
    result = ris.read(ris.write([item]), "gen.ris")
    assert result.problems == []
    assert [carried(i) for i in result.items] == [carried(item)]


@SETTINGS
@given(item_lists(1, 4))
def test_written_ris_is_well_formed_and_stable(items):
    """One tag per CRLF line, a blank line after each ER; RIS -> CSL -> RIS is the same text."""
    text = ris.write(items)
    assert text.endswith("ER  - \r\n\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    for line in lines:
        assert line == "" or re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line), line
    assert sum(line.startswith("TY  - ") for line in lines) == len(items)
    assert sum(line == "ER  - " for line in lines) == len(items)
    assert ris.write(ris.read(text).items) == text


def test_particles_and_suffixes_survive():
    item = {"id": "x", "type": "book", "title": "T", "author": [
        {"family": "Meer", "non-dropping-particle": "van der", "given": "Jan"},
        {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
        {"family": "Smith", "given": "John", "suffix": "Jr."},
        {"family": "García Márquez"},
        {"literal": "World Health Organization"},
    ]}
    text = ris.write([item])
    assert "AU  - van der Meer, Jan\r\n" in text
    assert "AU  - Beethoven, Ludwig van\r\n" in text
    assert "AU  - Smith, John, Jr.\r\n" in text
    assert ris.read(text).items[0]["author"] == item["author"]


def test_family_names_pool_reads_back_as_written():
    for family in FAMILIES:
        name = {"family": family, "given": "A. B."}
        assert ris.parse_name(ris.format_name(name)) == name


@SETTINGS
@given(item_lists(2, 4), st.data())
def test_stray_line_is_reported_where_it_is_and_every_record_survives(items, data):
    lines = ris.write(items).split("\r\n")
    ends = [i for i, line in enumerate(lines) if line == "ER  - "]
    at = data.draw(st.sampled_from(ends[:-1])) + 1      # just after a record's ER
    lines.insert(at, "Downloaded from the publisher's site")
    result = ris.read("\r\n".join(lines), "mixed.ris")
    assert [str(p) for p in result.problems] == [
        f"mixed.ris:{at + 1}: stray line outside any record: \"Downloaded from the publisher's site\""]
    assert [carried(i) for i in result.items] == [carried(i) for i in items]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["TY  - JOUR", "ER  - ", "TI  - x", "AU  - ,", "PY  - 20x",
                                           "DA  - 2018/13/40/", "SP  - -", "  continued", "ZZ - ?"]),
                          st.text(max_size=30)), max_size=25))
def test_reader_never_raises_and_returns_valid_items(lines):
    result = ris.read("\n".join(lines), "fuzz.ris")
    for item in result.items:
        assert validate(item) == []
