"""CSL-JSON and CSL-YAML as other tools write them (Crossref, citation.js, Zotero, pandoc,
Juris-M, hand edits): read without losing items, and written out whole by every writer."""

from __future__ import annotations

import json
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


def test_a_hand_broken_entry_in_a_compact_array_does_not_take_the_entries_after_it():
    """One item a line with the first on the '[' line (`[{...},` then ` {...},`): a missing
    comma inside the second item used to end reading there; the items after it are read."""
    text = ('[{"id": "lukin2014", "type": "book", "title": "Povorot k Azii"},\n'
            ' {"id": "zverev2018", "type": "article-journal" "title": "Russian-Kyrgyz relations"},\n'
            ' {"id": "allison2008", "type": "article-journal", "title": "Virtual regionalism",'
            ' "author": [{"family": "Allison", "given": "Roy"}]}]\n')
    result = api.read_string(text, "csljson", source="refs.json")
    assert [item["id"] for item in result.items] == ["lukin2014", "allison2008"]
    assert [(p.line, p.entry) for p in result.problems] == [(2, "zverev2018")]


def test_json_lines_with_a_bom_read_every_line():
    result = read("bom_lines.jsonl")
    assert result.problems == []
    assert [item["id"] for item in result.items] == ["lukin2014", "zverev2018", "allison2008"]


def test_a_broken_json_line_is_reported_and_the_next_lines_read():
    text = '{"id": "a", "type": "book"}\n{"id": "b", "type": "book",}\n{"id": "c", "type": "book"}\n'
    result = api.read_string(text, "csljson", source="refs.jsonl")
    assert [item["id"] for item in result.items] == ["a", "c"]
    assert [p.entry for p in result.problems] == ["b"]


def test_crossref_content_negotiation_object_reads_as_one_clean_item():
    result = read("crossref_work.json")
    assert result.problems == []
    (item,) = result.items
    assert item["type"] == "article-journal" and item["container-title"] == "Nature"
    assert item["container-title-short"] == "Nature"
    assert item["ISSN"] == "0028-0836, 1476-4687"
    assert item["issued"] == {"date-parts": [[1953, 4]]}
    assert item["author"] == [{"given": "J. D.", "family": "WATSON"}, {"given": "F. H. C.", "family": "CRICK"}]
    assert item["license"] == "https://www.springer.com/tdm"
    # the affiliation is the user's data; Crossref's deposit bookkeeping is not
    assert item["note"].startswith("affiliation (author F. H. C. CRICK): Medical Research Council")
    assert "indexed" not in item["note"] and "reference" not in item["note"]


def test_crossref_works_api_shapes_become_csl():
    result = read("crossref_works.json")
    assert result.problems == []
    peat, chapter, ligo, lhcb = result.items
    assert [i["type"] for i in result.items] == ["article-journal", "chapter", "article-journal", "article-journal"]
    assert peat["title"] == ("Seasonal CO<sub>2</sub> fluxes from a boreal <i>Sphagnum</i> peatland: "
                             "eddy covariance and chamber estimates compared")
    assert peat["container-title"] == "Environmental Science & Technology"
    assert peat["abstract"] == ("Peatlands store about a third of soil carbon. We compare <i>in situ</i> "
                                "estimates of CO<sub>2</sub> exchange.")
    assert "ORCID (author Mika Korkiakoski): http://orcid.org/0000-0002-3713-7381" in peat["note"]
    assert chapter["container-title"] == "Lecture Notes in Computer Science"
    assert "container-title: Computer Vision – ECCV 2020" in chapter["note"]
    assert chapter["ISBN"] == "9783030584511, 9783030584528" and chapter["publisher-place"] == "Cham"
    assert (chapter["event-title"], chapter["event-place"]) == ("European Conference on Computer Vision",
                                                               "Glasgow, United Kingdom")
    assert chapter["event-date"] == {"date-parts": [[2020, 8, 23], [2020, 8, 28]]}
    assert ligo["author"][0] == {"literal": "LIGO Scientific Collaboration and Virgo Collaboration"}
    assert ligo["number"] == "061102"
    assert lhcb["title"] == "Precision measurement of the B+ lifetime in <i>pp</i> collisions"


def test_juris_m_multilingual_parts_do_not_reject_the_item():
    item = next(i for i in read("broken_entry.json").items if i["id"] == "jurism1")
    assert item["author"] == [{"literal": "Supreme Court of the United States"}]
    assert 'multi (author Supreme Court of the United States): {"main": "en", "_key": {}}' in item["note"]


def test_bibtex_writes_rich_text_as_latex_commands():
    peat = read("crossref_works.json").items[0]
    for fmt in ("bibtex", "biblatex"):
        text = api.write([peat], fmt)
        assert r"title = {Seasonal {CO\textsubscript{2}} fluxes from a boreal \textit{{Sphagnum}} peatland" in text
        assert r"We compare \textit{in situ} estimates of CO\textsubscript{2} exchange." in text
        assert "<" not in text
    odd = {"id": "x", "type": "book", "title": 'A <span class="nocase">pH</span> scale, '
           '<span style="font-variant:small-caps;">Lvov</span> and <b>an unclosed tag'}
    assert r"title = {A {{pH}} scale, \textsc{{Lvov}} and \textbf{an unclosed tag}}" in api.write([odd], "bibtex")
    span = {"id": "y", "type": "book", "title": "Water politics in <i>Central Asia</i> today"}
    assert r"title = {Water politics in \textit{{Central} {Asia}} today}" in api.write([span], "bibtex")


def test_dates_and_names_in_every_shape_csl_json_allows_read_without_problems():
    result = read("dates_names.json")
    assert result.problems == []
    by_id = {item["id"]: item for item in result.items}
    assert by_id["open-range"]["original-date"] == {"date-parts": [[1865]]}  # Zotero's [1865, "", ""]
    assert by_id["raw-us"]["issued"] == {"date-parts": [[2019, 6, 14]]}  # raw "June 14, 2019"
    assert by_id["literal-date"]["issued"] == {"literal": "Spring 1912"}  # a literal is meant as written
    assert by_id[1]["author"][0]["comma-suffix"] is True


def test_a_raw_date_with_other_words_is_kept_raw():
    raw = {"id": "x", "type": "book", "issued": {"raw": "ca. June 1900"}, "accessed": {"raw": "2019 reprint"}}
    item = api.read_string(json.dumps([raw]), "csljson").items[0]
    assert item["accessed"] == {"raw": "2019 reprint"}
    assert item["issued"] == {"date-parts": [[1900, 6]], "circa": True}  # an approximate date is a date


def test_a_season_given_apart_is_written_by_every_writer():
    season = next(i for i in read("dates_names.json").items if i["id"] == "season-num")
    assert "date = {2001-23}" in api.write([season], "biblatex")  # BibLaTeX's autumn
    assert "year = {2001},\n  month = {autumn}," in api.write([season], "bibtex")  # no EDTF in classic BibTeX
    assert "DA  - 2001///Autumn" in api.write([season], "ris")
    assert season["issued"] == {"date-parts": [[2001]], "season": 3}  # the item itself unchanged


def test_zotero_note_lines_naming_csl_variables_become_the_variables():
    darwin, wdr, film = read("zotero_extra.json").items
    assert darwin["original-date"] == {"date-parts": [[1859]]}
    assert (darwin["original-publisher"], darwin["DOI"]) == ("John Murray", "10.5962/bhl.title.68064")
    assert darwin["note"] == "tex.howpublished: Penguin reprint"  # not a CSL variable: stays
    # Zotero's spelling of a variable; the item keeps its own id and type
    assert wdr["citation-key"] == "worldbank2018wdr" and wdr["id"].startswith("http://zotero.org/")
    assert wdr["note"] == "type: report\nContains the country tables in annex 2"
    assert film["medium"] == "35 mm" and film["original-date"] == {"date-parts": [[1954, 4, 26]]}
    assert "origdate = {1859}" in api.write([darwin], "biblatex")
    assert api.write([wdr], "bibtex").startswith("@techreport{worldbank2018wdr,")


def test_a_note_line_never_overrides_what_the_item_says():
    raw = {"id": "x", "type": "book", "title": "Kept", "issued": {"date-parts": [[2001]]},
           "note": "title: Other\nissued: 1999\nauthor: Doe || Jane"}
    item = api.read_string(json.dumps([raw]), "csljson").items[0]
    assert (item["title"], item["issued"]) == ("Kept", {"date-parts": [[2001]]})
    assert item["author"] == [{"family": "Doe", "given": "Jane"}]
    assert item["note"] == "title: Other\nissued: 1999"


NULLS = [{"id": "plato", "type": "book", "title": "Republic",
          "author": [{"family": None, "given": "Plato"}, {"literal": ""}],
          "issued": {"date-parts": [[-375]]}, "accessed": {"date-parts": [[""]]},
          "original-date": {"date-parts": [[]]}}]


def test_null_parts_and_empty_dates_are_absent_and_a_mononym_is_written_whole():
    result = api.read_string(json.dumps(NULLS), "csljson")
    assert result.problems == []
    (item,) = result.items
    assert item["author"] == [{"given": "Plato"}]
    assert "accessed" not in item and "original-date" not in item
    assert "author = {{Plato}}," in api.write([item], "bibtex")
    assert "AU  - Plato\r\n" in api.write([item], "ris")


def test_a_repeated_id_is_reported_and_both_items_kept_under_distinct_ids():
    merged = [{"id": "smith2019", "type": "book", "title": "Water and power", "author": [{"family": "Smith"}]},
              {"id": "smith2019", "type": "article-journal", "title": "Dams", "author": [{"family": "Smith"}]}]
    result = api.read_string(json.dumps(merged, indent=1), "csljson", source="merged.json")
    assert [i["id"] for i in result.items] == ["smith2019", "smith2019-2"]
    assert [str(p) for p in result.problems] == [
        "merged.json:12: entry 'smith2019': duplicate id (first at line 2); read as 'smith2019-2'"]


def test_citation_js_output_reads_without_its_private_trace_in_the_note():
    venter, de_gaulle, vaswani = read("citationjs.json").items
    assert "note" not in venter and "note" not in de_gaulle  # `_graph`, `_wikiId` are citation.js's own
    assert de_gaulle["issued"] == {"date-parts": [[1954]]} and vaswani["id"] == 7
    assert "author = {family=Gaulle, given=Charles, prefix=de, useprefix=false}" in api.write([de_gaulle], "biblatex")
    assert "AU  - Gaulle, Charles de" in api.write([de_gaulle], "ris")


def test_ris_keeps_a_date_range_it_has_no_tag_for():
    chapter = read("crossref_works.json").items[1]
    ris = api.write([chapter], "ris")
    assert "N1  - event-date: 2020-08-23/2020-08-28\r\n" in ris
    assert api.read_string(ris, "ris").items[0]["event-date"] == {"date-parts": [[2020, 8, 23], [2020, 8, 28]]}


def test_a_crossref_rest_api_response_reads_as_its_work():
    result = read("crossref_api_response.json")
    assert result.problems == []
    (item,) = result.items
    assert (item["type"], item["title"], item["ISSN"]) == (
        "article-journal", "Virtual regionalism, regional structures and regime security in Central Asia",
        "0263-4937, 1465-3354")
    assert "status" not in item and "note" not in item  # the response's own fields are not the work's


def test_datacite_categories_and_copyright_reach_every_writer():
    (item,) = read("datacite.json").items
    assert item["license"] == "Creative Commons Attribution 4.0 International"
    assert "keywords = {climate, precipitation}" in api.write([item], "biblatex")
    assert "KW  - climate\r\nKW  - precipitation\r\n" in api.write([item], "ris")
    both = {**item, "keyword": "rainfall, climate"}
    assert "keywords = {rainfall, climate, precipitation}" in api.write([both], "bibtex")


def test_nesting_deeper_than_the_stack_is_a_syntax_error_of_that_item():
    """`{"x": {"x": ...` 100,000 deep (a damaged or hostile file) raised RecursionError out of
    the JSON decoder: a traceback, and the good items were lost. It is now that item's error."""
    deep = '{"x": ' * 100000 + "1" + "}" * 100000
    lines = f'{{"id": "a", "type": "book", "title": "A"}}\n{deep}\n{{"id": "c", "type": "book", "title": "C"}}\n'
    result = api.read_string(lines, "csljson", source="refs.jsonl")
    assert [item["id"] for item in result.items] == ["a", "c"]
    assert [str(p) for p in result.problems] == ["refs.jsonl:2: invalid JSON: nested too deeply (column 2)"]
    result = api.read_string("[" * 100000, "csljson", source="refs.json")
    assert result.items == [] and "nested too deeply" in str(result.problems[0])
