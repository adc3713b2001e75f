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


def test_a_damaged_byte_costs_one_character_not_the_file_or_its_letters():
    from cslbridge import api, textio

    ris = "TY  - JOUR\nAU  - Зверев, Р.\nTI  - Российско-киргизские отношения\nPY  - 2018\nER  - \n"
    # a byte order mark names the encoding: a damaged byte in the text after it is one U+FFFD
    damaged = ("\ufeff" + ris).encode("utf-8").replace("Р.".encode(), b"\xd0.")
    assert "Зверев, \ufffd." in textio.decode(damaged, "refs.ris")
    assert "\ufffd" in textio.decode("\ufeffWæver, O.".encode("utf-16")[:-1], "refs.ris")  # cut mid-letter
    # UTF-8 without a mark and one bad byte is still UTF-8, not cp1252 mojibake of every letter
    text = textio.decode(ris.encode("utf-8").replace("Р.".encode(), b"\xd0."), "refs.ris")
    assert "Российско-киргизские отношения" in text
    # a stray NUL from a bad transfer is dropped, the records read
    nul = ris.encode("utf-8").replace(b"PY  - ", b"PY  - \x00")
    result = api.read_string(textio.decode(nul, "refs.ris"), "ris", "refs.ris")
    assert result.items[0]["issued"] == {"date-parts": [[2018]]} and result.problems == []


def test_a_bibtex_entry_type_with_no_opening_brace_is_reported_not_taken_for_a_comment():
    from cslbridge import api

    # a file cut short after '@book', and an entry whose '{' a hand edit deleted
    cut = api.read_string("@article{a, title={One}}\n\n@book", "bibtex", "refs.bib")
    assert [i["id"] for i in cut.items] == ["a"]
    assert [str(p) for p in cut.problems] == ["refs.bib:3: skipped @book: no '{' after the entry type"]
    text = ("@article{a, title={One}}\n@article\n  b, title={Two}}\n@book{c, title={Three}}\n"
            "% write to me @home or @Comment here\n@comment jabref-meta\n")
    deleted = api.read_string(text, "bibtex", "refs.bib")
    assert [i["id"] for i in deleted.items] == ["a", "c"]
    assert [str(p) for p in deleted.problems] == ["refs.bib:2: skipped @article: no '{' after the entry type"]


def test_the_terminal_preview_cuts_a_huge_entry_saying_how_much_it_left_out():
    from rich.console import Console

    from cslbridge.render.preview import build_preview, terminal_table

    title = " ".join(f"Section {n} of a report pasted whole into the title field." for n in range(400))
    items = [{"id": "big", "type": "report", "title": title, "publisher": "World Bank",
              "author": [{"family": "Ahmed", "given": "S."}], "issued": {"date-parts": [[2019]]}}]
    previews = build_preview(items, ["apa"])
    assert title in previews[0].entries["big"]  # the rendering itself is whole
    console = Console(width=100, record=True, color_system=None)
    console.print(terminal_table(items, previews))
    flat = " ".join(console.export_text().replace("│", " ").split())
    assert "Ahmed, S. (2019). Section 0 of a report" in flat
    assert "characters not shown)" in flat and "Section 399 of" not in flat


def test_nan_infinity_and_numbers_past_a_float_are_kept_as_written_not_a_traceback():
    import json

    from cslbridge.formats import cslyaml

    text = ('[{"id": "a", "type": "article-journal", "title": "T", "volume": NaN,'
            ' "issued": {"date-parts": [[1e400]]}},\n {"id": "b", "type": "book", "title": "U"}]')
    result = csljson.read(text, "refs.json")
    assert [i["id"] for i in result.items] == ["a", "b"]
    assert result.items[0]["volume"] == "NaN" and '"1e400"' in result.items[0]["note"]
    assert [str(p) for p in result.problems] == [
        "refs.json:1: entry 'a': field 'issued': date-parts ['1e400'] must be numbers; kept in note"]
    json.loads(csljson.write(result.items))  # what is written is strict JSON again
    yaml = cslyaml.read("- id: a\n  type: book\n  issued:\n    date-parts: [[.inf]]\n- id: b\n  type: book\n", "r.yaml")
    assert [i["id"] for i in yaml.items] == ["a", "b"] and "must be numbers" in str(yaml.problems[0])


def test_a_type_or_note_of_the_wrong_json_kind_is_kept_not_a_traceback():
    text = ('[{"id": "a", "type": {"name": "book"}, "title": "T", "note": 12, "shelf": "B3"},\n'
            ' {"id": "b", "type": "book", "title": "U"}]')
    result = csljson.read(text, "refs.json")
    assert [(i["id"], i["type"]) for i in result.items] == [("a", "document"), ("b", "book")]
    assert result.items[0]["note"] == '12\nshelf: B3\ntype: {"name": "book"}'
    assert [str(p) for p in result.problems] == [
        "refs.json:1: entry 'a': field 'type': unknown item type {'name': 'book'}; kept in note"]


def test_a_number_for_a_title_and_a_raw_date_given_as_a_list_reach_every_writer_without_a_traceback():
    from cslbridge import api

    text = ('[{"id": "a", "type": "book", "title": 1984, "publisher": "Secker & Warburg"},\n'
            ' {"id": "b", "type": "book", "title": "U", "issued": {"raw": ["Smith, J"]}}]')
    result = csljson.read(text, "refs.json")
    assert result.items[0]["title"] == "1984"
    assert result.items[1]["note"] == 'issued: {"raw": ["Smith, J"]}'
    assert [str(p) for p in result.problems] == [
        "refs.json:2: entry 'b': field 'issued': raw must be text; kept in note"]
    for name in ("bibtex", "biblatex", "ris", "cslyaml", "csljson"):
        assert "1984" in api.write(result.items, name)


def test_lines_ended_by_cr_alone_are_lines_so_a_broken_entry_costs_only_itself():
    from cslbridge import api, textio

    bib = ("@article{good1, title={One}, year=2019}\n@article{broken, title={Two, year=2020}\n"
           "@article{good2, title={Three}, year=2021}\n")
    text = textio.decode(bib.replace("\n", "\r").encode(), "mac.bib")  # classic Mac OS line ends
    result = api.read_string(text, "bibtex", "mac.bib")
    assert [i["id"] for i in result.items] == ["good1", "good2"]
    assert result.problems == api.read_string(bib, "bibtex", "mac.bib").problems  # same lines as LF
    assert str(result.problems[0]) == ("mac.bib:2: entry 'broken': skipped @article: entry never closed "
                                       "(missing '}' before the next entry (line 3))")


def test_a_ris_link_no_url_parser_reads_is_kept_not_a_traceback():
    from cslbridge import api

    ris = ("TY  - JOUR\nTI  - Remittances and growth\nUR  - http://[example.org/paper\nPY  - 2019\nER  - \n\n"
           "TY  - BOOK\nTI  - Second record\nER  - \n")
    result = api.read_string(ris, "ris", "refs.ris")
    assert [i["title"] for i in result.items] == ["Remittances and growth", "Second record"]
    assert result.items[0]["URL"] == "http://[example.org/paper"
