"""CSL-JSON and CSL-YAML as other tools write them (Crossref, citation.js, Zotero, pandoc,
Juris-M, hand edits): read without losing items, and written out whole by every writer."""

from __future__ import annotations

from pathlib import Path

from cslbridge import api

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csljson"


def read(name: str):
    return api.read(str(FIXTURES / name))


def test_a_hand_broken_entry_is_named_and_the_entries_after_it_survive():
    result = read("broken_entry.json")
    ids = [item["id"] for item in result.items]
    assert ids[:2] == ["cooley2012", "laruelle2015"]
    first = str(result.problems[0])
    assert first.endswith("broken_entry.json:15: entry 'handedit2020': invalid JSON: Expecting ',' delimiter (column 5)")
    assert any("entry 'badday2019'" in str(p) and "day 45" in str(p) for p in result.problems)


def test_json_lines_with_a_bom_read_every_line():
    result = read("bom_lines.jsonl")
    assert result.problems == []
    assert [item["id"] for item in result.items] == ["lukin2014", "zverev2018", "allison2008"]


def test_a_broken_json_line_is_reported_and_the_next_lines_read():
    text = '{"id": "a", "type": "book"}\n{"id": "b", "type": "book",}\n{"id": "c", "type": "book"}\n'
    result = api.read_string(text, "csljson", source="refs.jsonl")
    assert [item["id"] for item in result.items] == ["a", "c"]
    assert [p.entry for p in result.problems] == ["b"]
