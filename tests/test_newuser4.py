"""A new user's pass over the README and the CLI (round 4): a reader named with `-f` on a file of
another format says so in one line, whatever that file holds, and never gives an empty or garbled
success; render's -o; sync push's summary; a control-character warning's word; a trimmed Web of
Science tab-delimited file; a German act citing the Federal Law Gazette."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.parse.fields import parse_reference

# PubMed's "Send to: Citation manager" record, its affiliation with the author's e-mail address
NBIB_RECORD = """PMID- 33814207
OWN - NLM
STAT- MEDLINE
TI  - Early oral rehydration versus intravenous fluids in children with moderate
      dehydration (HYDRA): a multicentre, open-label, randomised controlled trial.
PG  - 1123-35
FAU - de la Cruz, Maria Elena
AU  - de la Cruz ME
AD  - Servicio de Urgencias Pediatricas, Hospital Universitario La Paz, Madrid, Spain.
      Electronic address: mecruz@salud.example.es.
JT  - Lancet (London, England)
DP  - 2021 Mar 27
"""

# Zotero's RIS export of a paper whose address line gives the author's e-mail
RIS_RECORD = """TY  - JOUR
TI  - Soil moisture memory and the onset of the West African monsoon
AU  - Lindqvist, Anna-Karin
AD  - Stockholm University; ak.lindqvist@misu.example.se
T2  - Journal of Climate
PY  - 2019
ER  - 
"""


def _convert(path, forced):
    return CliRunner().invoke(main, ["convert", str(path), "-f", forced, "-t", "csljson"])


def test_a_file_with_an_email_address_read_as_bibtex_is_no_empty_success(tmp_path):
    """Any '@' in the text, an e-mail address's too, kept the BibTeX reader from saying it found no
    entry: an RIS or MEDLINE export read with `-f bibtex` printed `[]` and exited 0 without a word.
    Only an entry or a command (`@comment{`, `@string{`) opening is BibTeX's own."""
    ris, nbib = tmp_path / "export.ris", tmp_path / "pubmed.nbib"
    ris.write_text(RIS_RECORD, encoding="utf-8")
    nbib.write_text(NBIB_RECORD, encoding="utf-8")
    for path in (ris, nbib):
        result = _convert(path, "bibtex")
        assert result.exit_code == 1, result.output
        assert result.stderr.strip() == f"error: {path}:1: no BibTeX entries found (is this really a .bib file?)"
        assert json.loads(result.stdout) == []
    strings_only = tmp_path / "strings.bib"
    strings_only.write_text('% macros\n@string{jclim = "Journal of Climate"}\n', encoding="utf-8")
    result = _convert(strings_only, "bibtex")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_a_medline_file_read_as_ris_is_refused_in_one_line(tmp_path):
    """PubMed's tags look like RIS's (`TI  - `, `AU  - `), so `-f ris` read a MEDLINE file as
    TY-less records: an author 'de la Cruz ME AUID- ...', the PMID lost in a title, only warnings
    and exit 0. A file with no TY line that opens PubMed's records is refused as `-f medline`
    refuses an RIS file, naming the reader that takes it."""
    nbib = tmp_path / "pubmed.txt"
    nbib.write_text(NBIB_RECORD, encoding="utf-8")
    result = _convert(nbib, "ris")
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (f"error: {nbib}:1: no RIS records found: this is MEDLINE (PubMed's .nbib), "
                                     "read it as medline")
    assert json.loads(result.stdout) == []
    result = _convert(nbib, "medline")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["page"] == "1123-1135"
    headless = tmp_path / "headless.ris"  # an RIS record missing its TY is still read, with a warning
    headless.write_text(RIS_RECORD.replace("TY  - JOUR\n", ""), encoding="utf-8")
    result = _convert(headless, "ris")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["title"].startswith("Soil moisture memory")


WORK = [{"id": "cornell2011", "type": "book", "title": "Azerbaijan since Independence",
         "author": [{"family": "Cornell", "given": "Svante E."}], "publisher": "M. E. Sharpe",
         "issued": {"date-parts": [[2011]]}}]


def test_render_refuses_an_output_file_that_cannot_hold_a_rendered_bibliography(tmp_path):
    """`render -o refs.bib` or `-o refs.docx` wrote plain text into a file that BibTeX reads back as
    nothing and a word processor refuses, exit 0. An -o naming a data format or a binary document
    is a usage error now, nothing written; `--format` names the markup and wins, as `-t` does."""
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(WORK), encoding="utf-8")
    for name, said in (("apa.bib", ".bib names bibtex, a data format, not a rendered bibliography"),
                       ("apa.json", ".json names csljson, a data format, not a rendered bibliography"),
                       ("apa.docx", "cslbridge cannot write .docx files")):
        out = tmp_path / name
        result = CliRunner().invoke(main, ["render", str(refs), "--style", "apa", "-o", str(out)])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: -o {out}: {said}"), result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert not out.exists()
    for name, args in (("apa.txt", []), ("apa.bib", ["--format", "text"])):
        out = tmp_path / name
        result = CliRunner().invoke(main, ["render", str(refs), "--style", "apa", "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8") == "Cornell, S. E. (2011). Azerbaijan since Independence. M. E. Sharpe.\n"
    # sync pull renders the same way, and refuses before it asks any server
    result = CliRunner().invoke(main, ["sync", "pull", "--collection", "CSTO", "--style", "apa", "-o",
                                       str(tmp_path / "csto.ris"), "--api-key", "k",
                                       "--endpoint", "http://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    assert ".ris names ris, a data format" in result.stderr


def test_sync_push_counts_what_it_skipped_in_plural(tmp_path):
    """A parsed page's two pointer notes were 'skipped 3 (1 commentary, 2 pointer note)' in
    `sync push`'s summary, and two duplicates '2 duplicate': counted words take their plural."""
    from cslbridge.zotero.testserver import ZoteroTestServer

    items = WORK + [
        {"id": "cornell2011-copy", **{k: v for k, v in WORK[0].items() if k != "id"}},
        {"id": "cornell2011-again", **{k: v for k, v in WORK[0].items() if k != "id"}},
        {"id": "note2", "type": "document", "note": "Ibid., 45.", "custom": {"pointer": True}},
        {"id": "note3", "type": "document", "note": "See also Cornell (2011).", "custom": {"pointer": True}},
        {"id": "note4", "type": "document", "note": "The figures are discussed below.", "custom": {"commentary": True}},
    ]
    path = tmp_path / "page.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    with ZoteroTestServer(keys={"k" * 24: 4711}) as server:
        env = {"ZOTERO_API_KEY": "k" * 24, "ZOTERO_ENDPOINT": server.url, "CSLBRIDGE_STATE_DIR": str(tmp_path)}
        result = CliRunner().invoke(main, ["sync", "push", str(path), "--collection", "Sources"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ("user:4711 / Sources: created 1, updated 0, unchanged 0, failed 0, "
                                     "skipped 5 (1 commentary, 2 duplicates, 2 pointer notes)")


def test_a_control_character_warning_names_the_word_not_the_markup_around_it(tmp_path):
    """The warning for a control byte inside a word named the run between spaces, BibTeX's syntax
    and all ('author={Smith', 'title={Title}'); it names the word, as it does in a text list."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{cornell2011,\n  author = {Cor\x02nell, Svante E.},\n"
                   "  title = {Azerbaijan since Inde\x01pendence},\n  year = {2011}\n}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(bib), "-t", "csljson"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: {bib}:2: control character U+0002 inside the word 'Cornell' removed",
        f"warning: {bib}:3: control character U+0001 inside the word 'Independence' removed"]
    item = json.loads(result.stdout)[0]
    assert item["author"] == [{"family": "Cornell", "given": "Svante E."}]
    assert item["title"] == "Azerbaijan since Independence"


def test_a_tab_delimited_web_of_science_file_cut_to_a_few_columns_is_read(tmp_path):
    """The tab-delimited reader knew the header row only when a tab followed its fifth tag, so a
    file cut to the columns wanted ('PT AU TI SO PY', as a spreadsheet saves it) was read as a
    text page ('no references found'), even with `-f wos` ('no PT line')."""
    path = tmp_path / "savedrecs.txt"
    path.write_text("PT\tAU\tTI\tSO\tPY\r\n"
                    "J\tKASSYMOVA, A\tIRRIGATION WATER ALLOCATION IN THE SYR DARYA BASIN"
                    "\tJOURNAL OF HYDROLOGY\t1998\r\n", encoding="utf-8")
    for args in ([], ["-f", "wos"]):
        result = CliRunner().invoke(main, ["convert", str(path), *args, "-t", "csljson"])
        assert result.exit_code == 0, result.output
        [item] = json.loads(result.stdout)
        assert item["title"] == "Irrigation Water Allocation in the Syr Darya Basin"
        assert item["container-title"] == "Journal of Hydrology"
        assert item["author"] == [{"family": "Kassymova", "given": "A."}]
        assert item["issued"] == {"date-parts": [[1998]]}


@pytest.mark.parametrize("text,title,page,issued", [
    ("Aufenthaltsgesetz vom 11. August 2014, BGBl. I S. 1386.",
     "Aufenthaltsgesetz vom 11. August 2014", "1386", [2014, 8, 11]),
    ("Gesetz zur Regelung des Zugangs zu Informationen des Bundes vom 5. September 2005, BGBl. I S. 2722.",
     "Gesetz zur Regelung des Zugangs zu Informationen des Bundes vom 5. September 2005", "2722", [2005, 9, 5]),
    ("Bundesdatenschutzgesetz vom 30. Juni 2017 (BGBl. I S. 2097).",
     "Bundesdatenschutzgesetz vom 30. Juni 2017", "2097", [2017, 6, 30]),
])
def test_a_german_act_citing_the_federal_law_gazette_by_its_abbreviation(text, title, page, issued):
    """lead23 dates an act by its own date ('...gesetz vom 11. August 2014'), tried as a user would: the
    act in the form German lawyers cite it, the Federal Law Gazette as 'BGBl. I S. 1386', had been a
    newspaper article titled by nothing ('Aufenthaltsgesetz vom BGBl. I' its paper), a title cut at
    'vom 5' with 'September 2005, BGBl. I' the container, or a document whose text went to note."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["title"] == title
    assert item["container-title"] == "BGBl. I"
    assert item["page"] == page
    assert item["issued"] == {"date-parts": [issued]}
    assert "note" not in item


def test_parse_and_convert_name_the_input_when_they_leave_notes_out(tmp_path):
    """`render` and `preview` name the input in their note on the pointer notes they leave out
    (formats9); `parse -t ris` and `convert -t ris` said 'note: 3 pointer/commentary note(s) left
    out: ...' naming nothing: the same words now, naming the input (standard input for '-')."""
    page = tmp_path / "page.json"
    page.write_text(json.dumps(WORK + [
        {"id": "note1", "type": "document", "note": "Ibid., 45.", "custom": {"pointer": True}},
        {"id": "note2", "type": "document", "note": "The figures are discussed below.",
         "custom": {"commentary": True}}]), encoding="utf-8")
    said = "2 pointer or commentary note(s) are not works and are left out: ris cannot mark them " \
           "(use -t csljson to keep them)"
    result = CliRunner().invoke(main, ["convert", str(page), "-t", "ris"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"note: {page}: {said}"
    assert result.stdout.count("ER  - ") == 1
    piped = CliRunner().invoke(main, ["convert", "-", "-f", "csljson", "-t", "ris"], input=page.read_text())
    assert piped.stderr.strip() == f"note: standard input: {said}"
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes\n1. Ibid., 45.\n2. Cornell, Svante E. Azerbaijan since Independence. Armonk, NY: "
                     "M. E. Sharpe, 2011.\n", encoding="utf-8")
    parsed = CliRunner().invoke(main, ["parse", str(notes), "-t", "ris"])
    assert parsed.exit_code == 0, parsed.output
    assert parsed.stderr.strip() == (f"note: {notes}: 1 pointer or commentary note(s) are not works and are left out: "
                                     "ris cannot mark them (use -t csljson to keep them)")
