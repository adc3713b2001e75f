"""Web of Science tagged records (the plain-text export): reading, detection, problems, and
the conversion through every writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cslbridge
from cslbridge.cli import main
from cslbridge.formats import detect_format, wos

ROOT = Path(__file__).resolve().parents[1]
SAVEDRECS = ROOT / "fixtures/wos/savedrecs.txt"


def _read():
    result = cslbridge.read(str(SAVEDRECS))
    assert result.problems == []
    return {item["title"].split()[0]: item for item in result.items}


def test_a_journal_article_full_names_wrapped_title_and_the_tags_kept_in_note():
    item = _read()["Soil"]
    assert item["type"] == "article-journal"
    assert item["title"] == ("Soil moisture memory and the onset of the West African monsoon: a multi-model "
                             "assessment with CO2-forced runs")
    assert item["author"] == [{"family": "Lindqvist", "given": "Anna-Karin"},
                              {"non-dropping-particle": "van der", "family": "Berg", "given": "Hendrik"},
                              {"family": "O'Hara", "given": "Maeve J."}]
    assert item["container-title"] == "Journal of Climate" and item["container-title-short"] == "J. Clim."
    assert item["issued"] == {"date-parts": [[2019, 3, 15]]}
    assert (item["volume"], item["issue"], item["page"], item["number-of-pages"]) == ("32", "6", "1745-1768", "24")
    assert item["DOI"] == "10.1175/JCLI-D-18-0412.1" and item["ISSN"] == "0894-8755, 1520-0442"
    assert item["PMID"] == "30881234" and item["language"] == "en"
    assert item["source"] == "Clarivate Analytics Web of Science"  # the header's FN, Zotero's library catalog
    assert item["publisher"] == "AMER METEOROLOGICAL SOC" and item["publisher-place"] == "BOSTON"
    assert item["abstract"].endswith("may shift the monsoon onset. We compare twelve coupled models.")
    assert "soil moisture" in item["keyword"] and "FEEDBACK" in item["keyword"]
    note = item["note"].split("\n")
    for kept in ("UT: WOS:000459876300012", "J9: J CLIMATE", "TC: 14", "FU: Swedish Research Council [2017-03988]",
                 "C1: [Lindqvist, Anna-Karin] Stockholm Univ, Dept Meteorol, Stockholm, Sweden.",
                 "CR: Taylor CM, 2012, NATURE, V489, P423, DOI 10.1038/nature11377",
                 "PA: 45 BEACON ST, BOSTON, MA 02108-3693 USA"):
        assert kept in note
    assert not any(line.startswith(("AU", "AF", "PT", "DT", "PD", "PY", "BP", "TI")) for line in note)


def test_a_proceedings_paper_its_editors_series_and_conference():
    item = _read()["Type-Directed"]
    assert item["type"] == "paper-conference"
    assert item["editor"] == [{"family": "Kowalski", "given": "M."}, {"family": "Tanaka", "given": "Y."}]
    assert item["container-title"] == "Lecture Notes in Computer Science"
    assert item["collection-title"] == "Lecture Notes in Computer Science" and item["volume"] == "13240"
    assert item["event-title"] == "31st European Symposium on Programming (ESOP)"
    assert item["event-place"] == "Munich, GERMANY" and "CY: APR 02-07, 2022" in item["note"]
    assert item["ISBN"] == "978-3-030-99335-1" and item["page"] == "88-115"


def test_a_book_chapter_and_its_book_authors():
    item = _read()["Water"]
    assert item["type"] == "chapter" and item["container-title"] == "Transboundary Rivers of Southern Africa"
    assert item["author"] == [{"family": "Mbeki", "given": "Thandiwe"}]
    assert item["container-author"] == [{"family": "Ferreira", "given": "Joao Paulo"}]
    assert item["language"] == "pt" and "D2: 10.4324/9781315148175" in item["note"]


def test_short_names_a_group_author_an_article_number_a_season_and_early_access():
    item = _read()["Early"]
    assert item["author"] == [{"family": "Nguyen", "given": "T. H."}, {"family": "Petrov", "given": "A. V."},
                              {"literal": "Global Burden of Sepsis Consortium"}]
    assert item["page"] == "312" and item["issued"] == {"date-parts": [[2021, 14]]}
    assert item["available-date"] == {"date-parts": [[2021, 5]]}
    assert "DT: Review; Early Access" in item["note"] and "J9: BMC PEDIATR" in item["note"]


@pytest.mark.parametrize("pt, dt, kind", [
    ("J", "Article", "article-journal"), ("J", "Article; Proceedings Paper", "paper-conference"),
    ("B", "Book", "book"), ("B", "Book Chapter", "chapter"), ("S", "Article", "chapter"), ("P", "Patent", "patent"),
])
def test_the_type_from_pt_and_dt(pt, dt, kind):
    (item,) = wos.read(f"PT {pt}\nTI A title\nDT {dt}\nER\n").items
    assert item["type"] == kind and "source" not in item  # no FN header


@pytest.mark.parametrize("pd, parts", [
    (None, [[2020]]), ("JAN-FEB", [[2020, 1], [2020, 2]]), ("DEC 2020", [[2020, 12]]), ("WIN", [[2020, 16]]),
])
def test_the_date_from_py_and_pd(pd, parts):
    text = "PT J\nTI A\n" + (f"PD {pd}\n" if pd else "") + "PY 2020\nER\n"
    (item,) = wos.read(text).items
    assert item["issued"] == {"date-parts": parts} and "note" not in item


def test_a_pd_of_another_shape_stays_in_note():
    (item,) = wos.read("PT J\nTI A\nPD 2019 FIRST QUARTER\nPY 2020\nER\n").items
    assert item["issued"] == {"date-parts": [[2020]]} and item["note"] == "PD: 2019 FIRST QUARTER"


@pytest.mark.parametrize("to", ["csljson", "bibtex", "ris"])
def test_convert_keeps_every_item_whole(tmp_path, to):
    """`cslbridge convert savedrecs.txt -t X` and back: the same items, notes and all."""
    out = tmp_path / f"refs.{to}"
    result = CliRunner().invoke(main, ["convert", str(SAVEDRECS), "-t", to, "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    back = cslbridge.read(str(out), to)
    assert back.problems == []
    assert back.items == cslbridge.read(str(SAVEDRECS)).items


def test_detected_by_content_not_read_as_a_page():
    text = SAVEDRECS.read_text(encoding="utf-8")
    assert detect_format("savedrecs.txt", text).name == "wos"
    assert detect_format("-", text).name == "wos"
    headless = text.split("\n", 2)[2]  # a file whose FN and VR lines were cut off
    assert wos.sniff(headless) == 0.9 and detect_format("-", headless).name == "wos"
    ris = (ROOT / "fixtures/ris/pubmed_medline.ris").read_text(encoding="utf-8")
    assert wos.sniff(ris) == 0.0


def test_problems_name_file_and_line_and_the_records_around_still_read(tmp_path):
    path = tmp_path / "savedrecs.txt"
    path.write_text("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI First\nER\n\n"
                    "a line cut loose\nPT J\nTI Second\nPT J\nTI Third\n", encoding="utf-8")
    result = cslbridge.read(str(path))
    assert [item["title"] for item in result.items] == ["First", "Second", "Third"]
    assert [str(p) for p in result.problems] == [
        f"{path}:7: stray line outside any record: 'a line cut loose'",
        f"{path}:8: record has no ER line before the next PT",
        f"{path}:10: record has no ER line (is the file cut short?)"]
    cli = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert cli.exit_code == 1 and len(json.loads(cli.stdout)) == 3
    none = cslbridge.read_string("Just some words\n", "wos", "savedrecs.txt")
    assert [str(p) for p in none.problems] == ["savedrecs.txt:1: no Web of Science records found (no PT line)"]


def test_a_record_the_mapping_fails_on_is_reported_and_the_others_read(monkeypatch):
    original = wos._to_item

    def failing(fields):
        if ("UT", ["WOS:2"]) in fields:
            raise KeyError("boom")
        return original(fields)

    monkeypatch.setattr(wos, "_to_item", failing)
    result = wos.read("PT J\nUT WOS:1\nER\nPT J\nUT WOS:2\nER\nPT J\nUT WOS:3\nER\n", "x.txt")
    assert [item["note"] for item in result.items] == ["UT: WOS:1", "UT: WOS:3"]
    assert [str(p) for p in result.problems] == [
        "x.txt:4: entry 'WOS:2': skipped: cslbridge failed to map this entry (KeyError: 'boom'); please report it"]
