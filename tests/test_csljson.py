"""CSL-JSON, the native format: line numbers for bad items, neighbours kept, exact round trip."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from cslbridge import api
from cslbridge.formats import csljson
from item_strategies import item_lists

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "csljson" / "sample.json"

BAD_MIDDLE = """[
  {"id": "allison2008", "type": "article-journal", "title": "Virtual regionalism",
   "issued": {"date-parts": [[2008]]}},
  {"id": "broken", "type": "article-journal",
   "author": [{"family": "Smith", "first": "John"}]},
  "just a string",
  {"id": "lukin2014", "type": "book", "title": "Povorot k Azii"}
]
"""


def test_sample_fixture_reads_clean():
    result = api.read(str(FIXTURE))
    assert result.problems == []
    ids = [item["id"] for item in result.items]
    assert ids[:2] == ["lukin2014povorot", "zverev2018russian"]
    assert len(set(ids)) == len(ids)
    lukin = result.items[0]
    assert lukin["number-of-pages"] == "640" and lukin["language"] == "ru"


def test_bad_items_are_named_by_line_and_neighbours_survive():
    result = csljson.read(BAD_MIDDLE, "refs.json")
    assert [item["id"] for item in result.items] == ["allison2008", "broken", "lukin2014"]
    # the broken item keeps its other fields; the field the schema refuses is in its note, as written
    assert result.items[1]["note"] == 'author: [{"family": "Smith", "first": "John"}]' and "author" not in result.items[1]
    assert [str(p) for p in result.problems] == [
        "refs.json:4: entry 'broken': field 'author': name 1 has unknown part(s) first; kept in note",
        "refs.json:6: entry '#3': item must be an object, not str",
    ]


def test_an_item_with_fields_the_schema_refuses_is_kept_with_them_in_its_note():
    text = json.dumps([
        {"id": "s", "type": "book", "title": "Author as a string", "author": "Smith, John", "publisher": "Verso"},
        {"id": "t", "type": "foo", "title": "Unknown type", "note": 5},
        {"id": ["x"], "type": "book", "title": "A list for an id"},
    ])
    result = csljson.read(text, "refs.json")
    assert result.items == [
        {"id": "s", "type": "book", "title": "Author as a string", "publisher": "Verso", "note": 'author: "Smith, John"'},
        {"id": "t", "type": "document", "title": "Unknown type", "note": "5\ntype: foo"},
        {"id": "list", "type": "book", "title": "A list for an id", "note": 'id: ["x"]'},
    ]
    assert len(result.problems) == 3 and all(str(p).endswith("; kept in note") for p in result.problems)
    assert csljson.read(csljson.write(result.items)).problems == []  # what is written reads back clean


def test_invalid_json_names_the_line_and_keeps_items_before_it():
    text = '[\n {"id": "a", "type": "book", "title": "Fine"},\n {"id": "b", "type": "book",, }\n]'
    result = csljson.read(text, "refs.json")
    assert [item["id"] for item in result.items] == ["a"]
    assert len(result.problems) == 1
    assert str(result.problems[0]).startswith("refs.json:3: entry 'b': invalid JSON:")


def test_empty_input_and_empty_list():
    assert str(csljson.read("  \n", "e.json").problems[0]) == "e.json: no CSL-JSON items (empty input)"
    assert csljson.read("[ ]").items == [] and csljson.read("[ ]").problems == []


def test_single_item_and_items_wrapper():
    one = csljson.read('\ufeff{"id": "x", "type": "book", "title": "T"}')
    assert [i["id"] for i in one.items] == ["x"]
    wrapped = csljson.read('{"items": [{"id": "x", "type": "book"}, {"id": "y", "type": "report"}]}')
    assert [i["type"] for i in wrapped.items] == ["book", "report"]


def test_legacy_names_empty_values_and_unknown_keys():
    raw = [{"id": "x", "type": "article-journal", "title": "T", "shortTitle": "Short",
            "journalAbbreviation": "J. Ex.", "volume": "", "author": [], "citationCount": 12,
            "tags": ["a", "b"]}]
    item = csljson.read(json.dumps(raw)).items[0]
    assert item["title-short"] == "Short" and item["container-title-short"] == "J. Ex."
    assert "volume" not in item and "author" not in item
    assert item["note"] == 'citationCount: 12\ntags: ["a", "b"]'   # kept, never dropped


def test_missing_type_reads_as_document_with_a_problem():
    result = csljson.read('[{"id": "x", "title": "No type"}]', "t.json")
    assert result.items[0]["type"] == "document"
    assert str(result.problems[0]) == "t.json:1: entry 'x': missing 'type'; read as 'document'"


def test_items_without_ids_get_keys():
    result = csljson.read('[{"type": "book", "title": "Great games", "author": [{"family": "Cooley"}],'
                          ' "issued": {"date-parts": [[2012]]}}]')
    assert result.problems == [] and result.items[0]["id"] == "cooley2012great"


def test_sniff():
    assert csljson.sniff('[\n  {"id": "a", "type": "book"}]') == 0.9
    assert csljson.sniff("TY  - JOUR\nER  - ") == 0.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_lists(1, 4, specials=True))
def test_round_trip_is_exact(items):
    result = csljson.read(csljson.write(items), "gen.json")
    assert result.problems == []
    assert result.items == items


def test_zotero_csl_json_export_object_with_raw_and_string_dates():
    path = Path(__file__).resolve().parents[1] / "fixtures" / "csljson" / "zotero_export.json"
    result = api.read(str(path))
    assert result.problems == []
    first, second, third = result.items  # an object with "items", not an array
    assert first["issued"] == {"date-parts": [[2019, 6, 14]]}  # {"raw": "2019-06-14"}
    assert first["accessed"] == {"date-parts": [[2021, 3, 9]]}  # date-parts as strings
    assert first["author"][1] == {"literal": "Asian Development Bank"}
    assert (first["issue"], first["number-of-pages"]) == (2, 20)  # numbers stay valid numbers
    assert second["issued"] == {"date-parts": [[2017]]}
    assert (second["title-short"], second["container-title-short"]) == ("Water, Power and Conflict", "WPC")
    assert second["note"] == "season: Spring"  # not a CSL variable: kept, not dropped
    assert third["accessed"] == {"date-parts": [[2022, 10, 1]]}  # an ISO timestamp
    # a raw season is read as one (month 13), the date BibTeX's season and RIS's DA give back
    assert third["issued"] == {"date-parts": [[2020, 13]]}
    for fmt in ("bibtex", "biblatex", "ris"):
        again = api.read_string(api.write(result.items, fmt), fmt).items
        assert again[0]["issued"] == first["issued"] and again[0]["accessed"] == first["accessed"], fmt
        assert again[2]["issued"] == third["issued"], fmt
    assert api.read_string(api.write(result.items, "bibtex"), "bibtex").items[0]["id"] == "rahmonova2019remittances"
