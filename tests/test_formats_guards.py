"""Faults no rule foresaw: a failure mapping one entry is that entry's problem, not the file's;
items built through the Python API that the schema refuses are refused by the writers in one
clear error."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import bibtex, csljson, ris

BIB = """@article{good1,
  author = {Lukin, Alexander}, title = {Russia and China}, journal = {Asian Survey}, year = {2019}
}

@article{bad,
  author = {Kääb, Anna}, title = {Glacier retreat}, journal = {Nature}, year = {2021}
}

@book{good2,
  author = {Hobsbawm, Eric}, title = {The Age of Extremes}, publisher = {Vintage}, year = {1996}
}
"""
RIS = """TY  - JOUR
AU  - Lukin, Alexander
TI  - Russia and China
PY  - 2019
ER  - 

TY  - JOUR
AU  - Kääb, Anna
TI  - Glacier retreat
PY  - 2021
ER  - 

TY  - BOOK
AU  - Hobsbawm, Eric
TI  - The Age of Extremes
PY  - 1996
ER  - 
"""
JSON = """[
  {"id": "good1", "type": "article-journal", "title": "Russia and China"},
  {"id": "bad", "type": "article-journal", "title": "Glacier retreat"},
  {"id": "good2", "type": "book", "title": "The Age of Extremes"}
]
"""


def _fails_on_glacier(mapper):
    """`mapper` made to fail, as a bug would, on the entry about glaciers only."""
    def mapping(arg, *rest, **kw):
        if "Glacier" in repr(getattr(arg, "fields", arg)):
            raise KeyError("volume")
        return mapper(arg, *rest, **kw)
    return mapping


@pytest.mark.parametrize("module, mapper, name, text, label, line", [
    (bibtex, "to_item", "refs.bib", BIB, "bad", 5),
    (ris, "_to_item", "refs.ris", RIS, "Glacier retreat", 7),
    (csljson, "normalise", "refs.json", JSON, "bad", 3),
])
def test_a_fault_mapping_one_entry_skips_that_entry_only(tmp_path, monkeypatch, module, mapper, name, text, label,
                                                          line):
    monkeypatch.setattr(module, mapper, _fails_on_glacier(getattr(module, mapper)))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = api.read(str(path))
    assert [item["title"] for item in result.items] == ["Russia and China", "The Age of Extremes"]
    [problem] = result.problems
    assert (problem.source, problem.line, problem.entry) == (str(path), line, label)
    assert "KeyError" in problem.message and not problem.warning
    run = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert run.stderr.strip() == f"error: {problem}"
    assert "Hobsbawm" not in run.stderr and "The Age of Extremes" in run.stdout


WRITERS = ("bibtex", "biblatex", "ris", "csljson", "cslyaml")
ARTICLE = {"id": "kaab2021", "type": "article-journal", "title": "Glacier retreat in High Mountain Asia",
           "author": [{"family": "Kääb", "given": "Anna"}], "container-title": "Nature Climate Change",
           "issued": {"date-parts": [[2021]]}}


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("field, value, fault", [
    ("author", "Kääb, Anna", "field 'author': must be a list of name objects"),
    ("author", [{"literal": None}], "field 'author': name 1: literal must be text"),
    ("editor", ["Bolch, Tobias"], "field 'editor': name 1 must be an object"),
    ("issued", "2021", "field 'issued': must be a date object"),
    ("accessed", {"raw": 20210312}, "field 'accessed': raw must be text"),
    ("custom", "reviewed", "field 'custom': must be an object"),
])
def test_writers_refuse_an_invalid_item_in_one_error_naming_it(writer, field, value, fault):
    good = {**ARTICLE, "id": "lukin2019", "title": "Russia and China"}
    with pytest.raises(ValueError) as raised:  # not an AttributeError from deep inside a writer
        api.write([good, {**ARTICLE, field: value}], writer)
    assert type(raised.value).__name__ == "InvalidItem"
    assert str(raised.value).startswith(f"cannot write item 'kaab2021': {fault}")


@pytest.mark.parametrize("writer", WRITERS)
def test_an_invalid_item_without_an_id_is_named_by_its_place(writer):
    item = {k: v for k, v in ARTICLE.items() if k != "id"}
    with pytest.raises(ValueError, match=r"^cannot write item 2: field 'issued': must be a date object"):
        api.write([ARTICLE, {**item, "issued": "2021"}], writer)


@pytest.mark.parametrize("writer", WRITERS)
def test_numbers_where_csl_takes_numbers_are_written(writer):
    """The schema lets a number variable be a number (`"page": 291`): that is no fault."""
    text = api.write([{**ARTICLE, "page": 291, "volume": 11}], writer)
    back = api.read_string(text, writer).items[0]
    assert str(back["page"]) == "291" and str(back["volume"]) == "11"


@pytest.mark.parametrize("writer", ("bibtex", "biblatex", "ris"))
@pytest.mark.parametrize("season", ["Michaelmas", "Winter/Spring", "Hilary term"])
def test_a_season_in_words_survives_the_round_trip(writer, season):
    """CSL's season may be text; it was dropped by every writer but CSL-JSON's."""
    item = {**ARTICLE, "issued": {"date-parts": [[2019]], "season": season}}
    back = api.read_string(api.write([item], writer), writer)
    assert back.problems == []
    assert back.items[0]["issued"] == {"date-parts": [[2019]], "season": season}
    assert "note" not in back.items[0]


@pytest.mark.parametrize("writer", ("bibtex", "biblatex", "ris"))
@pytest.mark.parametrize("issued", [{"date-parts": [[2019]], "season": 7},
                                    {"date-parts": [[2019, 5]], "season": "Easter"}])
def test_a_season_no_date_field_can_carry_is_kept_in_note(writer, issued):
    """A number that is no season (7 would read back as July) and a season beside a month."""
    back = api.read_string(api.write([{**ARTICLE, "issued": issued}], writer), writer).items[0]
    parts = issued["date-parts"]
    if writer == "ris" and issued["season"] == "Easter":  # RIS's 'other' field holds it beside a month
        assert back["issued"] == issued
    else:
        assert back["issued"] == {"date-parts": parts} and back["note"] == f"season: {issued['season']}"


def test_ris_reads_the_other_field_of_a_date_as_its_season():
    text = "TY  - JOUR\r\nTI  - Glacier retreat\r\nPY  - 2019\r\nDA  - 2019///Michaelmas\r\nER  - \r\n"
    assert api.read_string(text, "ris").items[0]["issued"] == {"date-parts": [[2019]], "season": "Michaelmas"}


def test_a_bibtex_month_beside_a_date_that_lacks_it_is_not_lost():
    text = """@article{a, title = {Glacier retreat}, date = {2019}, month = {3}}
@article{b, title = {Glacier retreat}, date = {2019}, month = {Winter/Spring}}
@article{c, title = {Glacier retreat}, date = {2019-03}, month = {mar}}"""
    a, b, c = api.read_string(text, "bibtex").items
    assert a["issued"] == {"date-parts": [[2019]]} and a["note"] == "month: 3"
    assert b["issued"] == {"date-parts": [[2019]], "season": "Winter/Spring"}
    assert c["issued"] == {"date-parts": [[2019, 3]]} and "note" not in c


def test_ris_keeps_a_month_that_names_no_season_in_a_note_and_says_so(tmp_path):
    """CSL-JSON takes months 13-24, but 17-20 name no season, and `DA  - 2019/17//` is no RIS
    date: the RIS writer wrote `2019///`, the month gone without a word."""
    from cslbridge.items import WriteWarning

    item = {**ARTICLE, "issued": {"date-parts": [[2019, 17]]}}
    with pytest.warns(WriteWarning, match=r"^entry 'kaab2021': field 'issued': month 17 is no month or season"):
        text = api.write([item], "ris")
    assert "DA  - " not in text and "N1  - issued: 2019-17\r\n" in text
    back = api.read_string(text, "ris").items[0]
    assert back["issued"] == {"date-parts": [[2019]]} and back["note"] == "issued: 2019-17"
    path = tmp_path / "refs.json"
    path.write_text(csljson.write([item]), encoding="utf-8")
    run = CliRunner().invoke(main, ["convert", str(path), "-t", "ris", "-o", str(tmp_path / "out.ris")])
    assert run.exit_code == 0 and run.stderr == (
        f"warning: {tmp_path / 'out.ris'}: entry 'kaab2021': field 'issued': month 17 is no month or season "
        "RIS can say; kept as written in an 'issued: ...' N1 line\n")


def test_ris_writes_seasons_and_months_without_a_warning(recwarn):
    for parts in ([2019, 5], [2019, 15], [2019, 22]):
        api.write([{**ARTICLE, "issued": {"date-parts": [parts]}}], "ris")
    assert not [w for w in recwarn if "RIS can say" in str(w.message)]


@pytest.mark.parametrize("writer", ("bibtex", "biblatex", "ris"))
def test_a_season_beside_a_date_given_as_text_is_kept_in_note(writer):
    item = {**ARTICLE, "issued": {"literal": "early 1990s", "season": "Michaelmas"}}
    back = api.read_string(api.write([item], writer), writer).items[0]
    assert back["issued"] == {"literal": "early 1990s"} and back["note"] == "season: Michaelmas"


# Found by round-tripping fuzzed entries through every writer (each read item must be one the
# writers take): a BibTeX name '{}' was an empty literal, `urldate = {\%}` an empty raw date.

def test_an_empty_braced_name_names_no_one():
    (item,) = api.read_string("@misc{k, title = {T}, author = {Lukin, Alexander and {} and { }}}", "bibtex").items
    assert item["author"] == [{"family": "Lukin", "given": "Alexander"}]
    (item,) = api.read_string("@misc{k, title = {T}, author = {{}}}", "bibtex").items
    assert "author" not in item and api.write([item], "ris")


def test_a_date_of_only_edtf_marks_is_text_not_an_empty_date():
    result = api.read_string("@online{k, title = {T}, urldate = {\\%}}", "bibtex")
    assert result.items[0]["accessed"] == {"literal": "%"} and result.problems == []


def test_an_accent_before_a_closing_brace_takes_no_brace():
    from cslbridge import latex

    assert latex.decode("{\\'}x") == "\u0301x" and latex.decode("{\\\"}") == "\u0308"
    assert latex.decode("{\\'e}") == "é"


@pytest.mark.parametrize("module, mapper, text", [
    (bibtex, "to_item", "@article{bad, title = {Glacier retreat}, year = {2021}}"),
    (ris, "_to_item", "TY  - JOUR\nTI  - Glacier retreat\nPY  - 2021\nER  - \n"),
])
def test_a_field_a_reader_maps_against_the_schema_is_kept_in_note(monkeypatch, module, mapper, text):
    """Whatever a rule gets wrong, the BibTeX and RIS readers now check their items as the CSL-JSON
    reader does: the refused field goes to the note (RIS skipped the whole record, BibTeX passed
    the item on for a writer to fail on)."""
    mapping = getattr(module, mapper)
    monkeypatch.setattr(module, mapper, lambda *a, **k: {**mapping(*a, **k), "author": "Kääb, Anna"})
    result = api.read_string(text, module.FORMAT.name)
    (item,) = result.items
    assert item["title"] == "Glacier retreat" and item["note"] == 'author: "Kääb, Anna"'
    assert [p.message for p in result.problems] == ["field 'author': must be a list of name objects; kept in note"]
