"""MEDLINE tagged records (PubMed's .nbib): reading, detection, problems, and the round trip
through every writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cslbridge
from cslbridge.cli import main
from cslbridge.formats import detect_format, get_format
from cslbridge.formats import medline

ROOT = Path(__file__).resolve().parents[1]
NBIB = ROOT / "fixtures/medline/pubmed.nbib"


def _read():
    result = cslbridge.read(str(NBIB))
    assert result.problems == []
    return {item["PMID"]: item for item in result.items}


def test_a_journal_article_with_every_field_pubmed_gives():
    item = _read()["33814207"]
    assert item["type"] == "article-journal"
    assert item["title"] == ("Early oral rehydration versus intravenous fluids in children with moderate dehydration "
                             "(HYDRA): a multicentre, open-label, randomised controlled trial")
    assert item["author"] == [
        {"non-dropping-particle": "de la", "family": "Cruz", "given": "Maria Elena"},
        {"family": "Oliveira", "given": "Joao P."}, {"family": "Lindqvist", "given": "Anna-Karin"},
        {"family": "Santos-Ferreira", "given": "J.-P."}, {"literal": "HYDRA Trial Investigators"}]
    assert item["container-title"] == "Lancet (London, England)" and item["container-title-short"] == "Lancet"
    assert (item["volume"], item["issue"], item["page"]) == ("397", "10281", "1123-1135")
    assert item["issued"] == {"date-parts": [[2021, 3, 27]]}
    assert item["available-date"] == {"date-parts": [[2021, 3, 1]]}
    assert item["DOI"] == "10.1016/S0140-6736(21)00419-7" and item["ISSN"] == "1474-547X, 0140-6736"
    assert item["language"] == "en" and item["license"].startswith("Copyright (c) 2021 Elsevier")
    assert item["abstract"].startswith("BACKGROUND: Intravenous fluids remain common in children with moderate "
                                       "dehydration despite")
    assert item["keyword"].split("; ")[:3] == ["Child", "Child, Preschool", "Dehydration/*therapy"]
    note = item["note"].split("\n")
    for kept in ("affiliation (author Maria Elena de la Cruz): Servicio de Urgencias Pediatricas, Hospital "
                 "Universitario La Paz, Madrid, Spain. Electronic address: mecruz@salud.example.es.",
                 "ORCID (author Maria Elena de la Cruz): 0000-0002-4417-9082", "PT: Randomized Controlled Trial", "PL: England",
                 "GR: PI17/01234/Instituto de Salud Carlos III/", "PHST: 2021/02/11 00:00 [accepted]",
                 "AID: S0140-6736(21)00419-7 [pii]", "COIS: We declare no competing interests."):
        assert kept in note
    assert not any(line.startswith(("PT: Journal Article", "FAU", "AU:", "TI", "LID: 10.")) for line in note)


def test_a_translated_title_a_group_author_and_an_e_locator():
    item = _read()["31745623"]
    # NLM's brackets mark the translation; with TT as the original title the pair says it (no "[[...]]" rendered)
    assert item["title"] == "Delirium after cardiac surgery in older adults: incidence and risk factors"
    assert item["original-title"] == ("Delir nach herzchirurgischen Eingriffen bei alteren Menschen: Inzidenz "
                                      "und Risikofaktoren")
    assert item["author"][-1] == {"literal": "Arbeitsgruppe Perioperative Medizin"}
    assert item["issued"] == {"date-parts": [[2019, 11], [2019, 12]]}
    assert item["page"] == "e27" and item["language"] == "de"
    assert "PT: English Abstract" in item["note"] and "AID: e27 [pii]" not in item["note"]


def test_a_bookshelf_chapter_its_book_editors_publisher_and_place():
    item = _read()["20301462"]
    assert item["type"] == "chapter" and item["title"] == "Hereditary Hemochromatosis"
    assert item["container-title"] == "GeneReviews((R))" and item["collection-title"] == "GeneReviews((R))"
    assert item["editor"] == [{"family": "Adam", "given": "Margaret P."}, {"family": "Feldman", "given": "Jerry"}]
    assert item["author"][0] == {"family": "Barton", "given": "Robert C."}
    assert item["publisher"] == "University of Washington, Seattle" and item["publisher-place"] == "Seattle (WA)"
    assert item["issued"] == {"date-parts": [[1993]]}
    assert "PT: Review" in item["note"] and "AID: NBK1440 [bookaccession]" in item["note"]


def test_an_old_record_with_short_names_only_a_season_and_et_al():
    item = _read()["3298765"]
    assert item["author"] == [{"family": "Whitcombe", "given": "R. A."}, {"family": "O'Donnell", "given": "T. J."},
                              {"non-dropping-particle": "van der", "family": "Berg", "given": "H."}]
    assert item["custom"] == {"et-al": ["author"]}
    assert item["issued"] == {"date-parts": [[1987, 14]]} and item["page"] == "245-249"


def test_a_preprint_its_server_and_pmcid():
    item = _read()["36711912"]
    assert item["type"] == "article" and item["DOI"] == "10.1101/2023.01.06.522983"
    assert item["PMCID"] == "PMC9882112" and item["container-title"] == "bioRxiv : the preprint server for biology"
    assert "publisher-place" not in item and "PL: United States" in item["note"]
    assert "LID: 2023.01.06.522983 [pii]" in item["note"]


@pytest.mark.parametrize("to", ["csljson", "bibtex", "biblatex", "ris", "cslyaml"])
def test_convert_round_trip_keeps_every_item_whole(tmp_path, to):
    """`cslbridge convert pubmed.nbib -t X` and back: the same items, notes and all."""
    out = tmp_path / f"refs.{to}"
    result = CliRunner().invoke(main, ["convert", str(NBIB), "-t", to, "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    back = cslbridge.read(str(out), to)
    assert back.problems == []
    assert back.items == cslbridge.read(str(NBIB)).items


def test_detected_by_extension_and_by_content(tmp_path):
    text = NBIB.read_text(encoding="utf-8")
    assert detect_format("pubmed-set.nbib", "").name == "medline"
    assert detect_format("records.medline", "").name == "medline"
    assert detect_format("pubmed-set.txt", text).name == "medline"  # PubMed's "Save: PubMed format"
    assert detect_format("-", text).name == "medline"
    assert get_format("nbib") is get_format("medline")
    eric = "OWN - ERIC\nTI  - Reading in Grade 3\nFAU - Hale, Ruth\nDP  - 2019\nSO  - J Lit. 2019;4:1-9\n"
    assert medline.sniff(eric) == 0.9
    ris = (ROOT / "fixtures/ris/pubmed_medline.ris").read_text(encoding="utf-8")
    assert medline.sniff(ris) == 0.0 and detect_format("-", ris).name == "ris"


def test_problems_name_file_and_line_and_the_records_around_still_read(tmp_path):
    path = tmp_path / "pubmed.nbib"
    path.write_text("\nPMID- 111\nTI  - First record.\nFAU - Roe, Ann\n\n      a wrapped line cut loose\n"
                    "PMID- 222\nTI  - Second record.\n", encoding="utf-8")
    result = cslbridge.read(str(path))
    assert [item["title"] for item in result.items] == ["First record", "Second record"]
    assert [str(p) for p in result.problems] == [f"{path}:6: stray line outside any record: 'a wrapped line cut loose'"]
    cli = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert cli.exit_code == 1 and len(json.loads(cli.stdout)) == 2
    none = cslbridge.read_string("Just some words\n", "medline", "notes.nbib")
    assert [str(p) for p in none.problems] == [
        "notes.nbib:1: no MEDLINE records found (is this really a PubMed .nbib file?)"]


def test_a_record_the_mapping_fails_on_is_reported_and_the_others_read(monkeypatch):
    original = medline._to_item

    def failing(fields):
        if ("PMID", "222") in fields:
            raise KeyError("boom")
        return original(fields)

    monkeypatch.setattr(medline, "_to_item", failing)
    result = medline.read("PMID- 111\nTI  - One.\n\nPMID- 222\nTI  - Two.\n\nPMID- 333\nTI  - Three.\n", "x.nbib")
    assert [item["PMID"] for item in result.items] == ["111", "333"]
    assert [str(p) for p in result.problems] == [
        "x.nbib:4: entry '222': skipped: cslbridge failed to map this entry (KeyError: 'boom'); please report it"]


@pytest.mark.parametrize("written, parts", [
    ("2021", [[2021]]), ("2015 May", [[2015, 5]]), ("1996 Jul 9", [[1996, 7, 9]]), ("2020 Spring", [[2020, 13]]),
    ("2019 Mar-Apr", [[2019, 3], [2019, 4]]), ("2019 Dec-2020 Jan", [[2019, 12], [2020, 1]]),
    ("2019 Mar 4-10", [[2019, 3, 4], [2019, 3, 10]]), ("1998-1999", [[1998], [1999]]),
])
def test_publication_dates_in_nlms_forms(written, parts):
    assert medline.publication_date(written) == {"date-parts": parts}


def test_pages_short_names_and_an_e_locator_without_pages():
    items = medline.read("PMID- 1\nTI  - A.\nPG  - 98-102, 1199-205\nAU  - Li X\n\n"
                         "PMID- 2\nTI  - B.\nLID - e0234567 [pii]\nLID - 10.1371/journal.pone.0234567 [doi]\n").items
    assert items[0]["page"] == "98-102, 1199-1205" and items[0]["author"] == [{"family": "Li", "given": "X."}]
    assert items[1]["page"] == "e0234567" and items[1]["DOI"] == "10.1371/journal.pone.0234567"
    assert "note" not in items[1]


def test_short_names_repeat_the_full_ones_in_whatever_order_they_come():
    """AU and ED are the short forms of FAU and FED: read only in a record that has no full
    names, as Zotero reads them, so a file that puts AU first gives each author once."""
    (item,) = medline.read("PMID- 9\nTI  - C.\nAU  - Li X\nFAU - Li, Xiaoming\nED  - Hale R\n").items
    assert item["author"] == [{"family": "Li", "given": "Xiaoming"}]
    assert item["editor"] == [{"family": "Hale", "given": "R."}]


def test_an_electronic_date_that_is_no_date_stays_in_note():
    (item,) = medline.read("PMID- 7\nTI  - D.\nDEP - 20219901\n").items
    assert "available-date" not in item and item["note"] == "DEP: 20219901"
