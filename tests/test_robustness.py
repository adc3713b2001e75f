"""Damaged input, as users bring it: every reader and command reports bad input in one line
naming the file and line or entry, keeps the good entries, and never stops with a traceback."""

from __future__ import annotations

from cslbridge.formats import csljson


def test_csljson_arrays_joined_one_after_another_are_all_read():
    # two exports joined with `cat`, and an empty list left before an item by a hand edit
    joined = ('[{"id": "a", "type": "book", "title": "One"}]\n'
              '[{"id": "b", "type": "book", "title": "Two"}]\n')
    result = csljson.read(joined, "refs.json")
    assert [item["id"] for item in result.items] == ["a", "b"] and result.problems == []
    after_empty = csljson.read('[\n]\n{"id": "c", "type": "report", "title": "Three"}\n', "refs.json")
    assert [item["id"] for item in after_empty.items] == ["c"]
    # text that is no JSON after the array is an error on its line, the array's items kept
    junk = csljson.read('[{"id": "a", "type": "book", "title": "One"}]\nsee also Smith 2019\n', "refs.json")
    assert [item["id"] for item in junk.items] == ["a"]
    assert [str(p).split(": invalid JSON")[0] for p in junk.problems] == ["refs.json:2"]
