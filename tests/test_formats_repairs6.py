"""Format faults the last stop left alone (round 9): the notes `render` and `preview` leave out,
said in the same words naming the input; `sync push --desktop` saying what it left out; a forced
MEDLINE reader on another format; MEDLINE affiliations kept with their authors; Web of Science's
capitals and tab-delimited export; a control byte inside a word."""

from __future__ import annotations

import json

from click.testing import CliRunner

from cslbridge.cli import main

WORKS_AND_NOTES = [
    {"id": "olcott2005", "type": "book", "title": "Central Asia's Second Chance",
     "author": [{"family": "Olcott", "given": "Martha Brill"}], "publisher": "Carnegie Endowment",
     "issued": {"date-parts": [[2005]]}},
    {"id": "note4", "type": "document", "note": "Ibid., 45.", "custom": {"pointer": True}},
    {"id": "note5", "type": "document", "note": "The figures are discussed below.",
     "custom": {"commentary": True}},
]


def test_render_and_preview_name_the_input_when_they_leave_notes_out(tmp_path):
    """`render` said 'note: 2 pointer/commentary note(s) ...' without the file, where `preview`
    named it in other words: both say the same line, naming the file."""
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(WORKS_AND_NOTES), encoding="utf-8")
    for command, doing in (("render", "rendered"), ("preview", "shown")):
        result = CliRunner().invoke(main, [command, str(path), "--style", "apa"], env={"COLUMNS": "120"})
        assert result.exit_code == 0, result.output
        assert result.stderr.strip() == (f"note: {path}: 2 pointer or commentary note(s) are not works "
                                 f"and are not {doing}")
        assert "Olcott" in result.stdout and "Ibid" not in result.stdout


def test_sync_push_to_the_desktop_says_how_many_notes_it_left_out(tmp_path):
    """`sync push` ends its summary with ', skipped 2 (1 commentary, 1 pointer note)'; `--desktop`
    left the same notes out and said only 'saved 1 item(s)': it says what it skipped the same way."""
    from cslbridge.zotero.testserver import ZoteroTestServer

    path = tmp_path / "notes.json"
    path.write_text(json.dumps(WORKS_AND_NOTES), encoding="utf-8")
    with ZoteroTestServer(keys={"k" * 24: 4711}, local_user=4711) as server:
        env = {"ZOTERO_API_KEY": "k" * 24, "ZOTERO_ENDPOINT": server.url, "CSLBRIDGE_STATE_DIR": str(tmp_path)}
        api = CliRunner().invoke(main, ["sync", "push", str(path), "--collection", "Inbox"], env=env)
        assert api.exit_code == 0, api.output
        assert api.stdout.strip().endswith(", skipped 2 (1 commentary, 1 pointer note)")
        desktop = CliRunner().invoke(main, ["sync", "push", str(path), "--desktop", "--collection", "Inbox",
                                            "--endpoint", server.url], env={"CSLBRIDGE_STATE_DIR": str(tmp_path)})
    assert desktop.exit_code == 0, desktop.output
    assert desktop.stdout.strip() == "saved 1 item(s) to Zotero desktop, skipped 2 (1 commentary, 1 pointer note)"


RIS_RECORD = """TY  - JOUR
AU  - Kassymova, Aigerim
TI  - Water Allocation in the Syr Darya Basin
JO  - Central Asian Survey
VL  - 41
IS  - 3
SP  - 512
EP  - 530
PY  - 2022
ER  - 
"""
NBIB_RECORD = """PMID- 34567890
OWN - NLM
STAT- MEDLINE
IS  - 1474-547X (Electronic)
VI  - 397
DP  - 2021 Mar 27
TI  - Early oral rehydration in children with dehydration.
PG  - 1123-35
FAU - Ortega, Lucia
AU  - Ortega L
PT  - Journal Article
JT  - Lancet (London, England)
"""


def test_a_forced_reader_on_another_format_says_so_in_one_line(tmp_path):
    """`-f medline` read an RIS file as MEDLINE without a word (its `TY`, `JO`, `PY` lines kept
    in note, exit 0); it finds no MEDLINE tag and says so in one line naming the file, as `-f ris`
    does on a BibTeX file. `-f wos` on a MEDLINE or RIS file printed a stray-line error for every
    line (MEDLINE's `PT  - Journal Article` even opened a record): now the same one line."""
    ris, nbib = tmp_path / "export.ris", tmp_path / "pubmed.nbib"
    ris.write_text(RIS_RECORD, encoding="utf-8")
    nbib.write_text(NBIB_RECORD, encoding="utf-8")
    for path, forced, said in (
            (ris, "medline", "no MEDLINE records found (is this really a PubMed .nbib file?)"),
            (ris, "wos", "no Web of Science records found (no PT line)"),
            (nbib, "wos", "no Web of Science records found (no PT line)")):
        result = CliRunner().invoke(main, ["convert", str(path), "-f", forced, "-t", "csljson"])
        assert result.exit_code == 1, (forced, result.output)
        assert result.stderr.strip() == f"error: {path}:1: {said}"
        assert json.loads(result.stdout) == []
    result = CliRunner().invoke(main, ["convert", str(nbib), "-f", "medline", "-t", "csljson"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["page"] == "1123-1135"


def test_medline_affiliations_stay_with_the_author_they_follow():
    """NLM gives each FAU its AD lines (and AUID, its ORCID); they went to note as bare 'AD: ...'
    lines, which author each was about lost. CSL names have no affiliation: each is a note line
    naming the person, as the CSL-JSON reader keeps Crossref's. A record before 2002 (AU only)
    gives its AD after the short form; an AD before any name stays a plain 'AD:' line."""
    from cslbridge.api import read_string

    nbib = """PMID- 36123456
OWN - NLM
DP  - 2022 Oct
TI  - Heat stress and kidney function in agricultural workers.
AD  - Consortium on Occupational Heat, Geneva, Switzerland.
FAU - Nurmatova, Dilnoza
AU  - Nurmatova D
AUID- ORCID: 0000-0001-2345-6789
AD  - Department of Nephrology, Tashkent Medical Academy, Tashkent, Uzbekistan.
AD  - School of Public Health, University of Michigan, Ann Arbor, MI, USA.
FAU - Okafor, Chidi E
AU  - Okafor CE
AD  - Department of Medicine, University of Lagos, Lagos, Nigeria.
LA  - eng
PT  - Journal Article
JT  - Occupational and environmental medicine

PMID- 9876543
OWN - NLM
DP  - 1998 Mar
TI  - Renal function after marathon running.
AU  - Lindgren PK
AD  - Karolinska Institute, Stockholm, Sweden.
AU  - Berg H
PT  - Journal Article
JT  - Scandinavian journal of urology and nephrology
"""
    result = read_string(nbib, "medline", "pubmed.nbib")
    assert not result.problems
    recent, early = result.items
    note = recent["note"].split("\n")
    assert [line for line in note if "Dilnoza" in line or "Chidi" in line] == [
        "ORCID (author Dilnoza Nurmatova): 0000-0001-2345-6789",
        "affiliation (author Dilnoza Nurmatova): Department of Nephrology, Tashkent Medical Academy, "
        "Tashkent, Uzbekistan.",
        "affiliation (author Dilnoza Nurmatova): School of Public Health, University of Michigan, Ann Arbor, "
        "MI, USA.",
        "affiliation (author Chidi E. Okafor): Department of Medicine, University of Lagos, Lagos, Nigeria."]
    assert "AD: Consortium on Occupational Heat, Geneva, Switzerland." in note
    assert "affiliation (author P. K. Lindgren): Karolinska Institute, Stockholm, Sweden." in early["note"].split("\n")
    assert [a["family"] for a in early["author"]] == ["Lindgren", "Berg"]


def test_a_control_byte_inside_a_word_is_removed_with_a_warning_not_read_as_a_space(tmp_path):
    """A damaged byte inside a Cyrillic name ('А\\x01брамова') was read as a space, so the parser
    took 'А брамова' for the name and the RIS reader kept the byte in it; it is removed, with a
    warning naming the file and line (exit 0). A vertical tab (Word's manual line break) between
    letters still parts them."""
    listing = tmp_path / "refs.txt"
    listing.write_text(
        "Список литературы\n"
        "1. Петров И. И. Торговля в Центральной Азии // Мировая экономика. 2018. № 2. С. 11–20.\n"
        "2. А\x01брамова Н. В. Экономика Казахстана // Вопросы экономики. 2019. № 3. С. 45–60.\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(listing)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == (f"warning: {listing}:3: control character U+0001 inside the word "
                                     "'Абрамова' removed")
    items = json.loads(result.stdout)
    assert [a["family"] for item in items for a in item["author"]] == ["Петров", "Абрамова"]

    ris = tmp_path / "export.ris"
    ris.write_text("TY  - JOUR\nAU  - Abr\x7famova, Natalia\nTI  - Trade\x0bPolicy\nER  - \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(ris), "-t", "csljson"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"warning: {ris}:2: control character U+007F inside the word 'Abramova' removed"
    item = json.loads(result.stdout)[0]
    assert item["author"] == [{"family": "Abramova", "given": "Natalia"}]
    assert item["title"] == "Trade Policy"


WOS_CAPITALS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU MCDONALD, JA
   DE LA CRUZ, M
AF MCDONALD, JA
   DE LA CRUZ, MARIA ELENA
TI SOIL MOISTURE AND MONSOON ONSET, PART II: THE ROLE OF CO2 FORCING
SO IEEE TRANSACTIONS ON GEOSCIENCE AND REMOTE SENSING
JI IEEE Trans. Geosci. Remote Sensing
PY 1996
VL 34
BP 101
EP 118
ER

PT J
AU OHARA, P
   Lindqvist, AK
TI Women's health in Central Asia
SO BMC PUBLIC HEALTH
PY 2020
VL 20
AR 511
ER

EF
"""


def test_wos_names_and_titles_in_capitals_are_recased():
    """WoS prints every source, and an older record's names and title, in capitals; they were kept
    so ('MCDONALD, JA', 'IEEE TRANSACTIONS ON ...'). They are title-cased: small words and a
    name's particles in small letters, a word the ISO abbreviation prints ('IEEE') as it prints
    it, a word without a vowel ('BMC'), with a digit ('CO2') or a Roman numeral kept, 'Mc' opening
    a capital; an AF that repeats AU's short form ('MCDONALD, JA') is read as its initials. The
    capitals come back by upper-casing, so the printed form is not repeated in note; a name or
    title with a small letter is as printed."""
    from cslbridge.api import read_string

    older, newer = read_string(WOS_CAPITALS, "wos", "savedrecs.txt").items
    assert older["author"] == [{"family": "McDonald", "given": "J. A."},
                               {"non-dropping-particle": "de la", "family": "Cruz", "given": "Maria Elena"}]
    assert older["title"] == "Soil Moisture and Monsoon Onset, Part II: The Role of CO2 Forcing"
    assert older["container-title"] == "IEEE Transactions on Geoscience and Remote Sensing"
    assert "note" not in older or "IEEE TRANSACTIONS" not in older["note"]
    assert newer["author"] == [{"family": "Ohara", "given": "P."}, {"family": "Lindqvist", "given": "A. K."}]
    assert newer["title"] == "Women's health in Central Asia"
    assert newer["container-title"] == "BMC Public Health"


def test_wos_tab_delimited_export_is_read_by_its_header_row():
    """WoS's "Tab delimited file" export (a header row `PT\\tAU\\tBA\\t...`, one record a line, a
    name, address or reference cell's values parted by '; ') was not recognised: `convert` could
    not tell its format. It is sniffed by its header and read as the tagged export is."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "fixtures" / "wos" / "savedrecs_tab.txt"
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert result.exit_code == 0, result.output
    article, online, paper = json.loads(result.stdout)
    assert article["author"] == [{"family": "Kassymova", "given": "Aigerim"},
                                 {"non-dropping-particle": "van der", "family": "Berg", "given": "Hendrik"},
                                 {"family": "McDonald", "given": "J. A."}]
    assert article["title"] == "Irrigation Water Allocation in the Syr Darya Basin, Part II: The Role of Wuas"
    assert (article["container-title"], article["container-title-short"]) == ("Journal of Hydrology", "J. Hydrol.")
    assert article["issued"] == {"date-parts": [[1998, 4]]} and article["page"] == "112-128"
    assert article["DOI"] == "10.1016/S0022-1694(98)00091-3"
    note = article["note"].split("\n")
    assert "C1: [van der Berg, Hendrik; McDonald, JA] Univ Reading, Reading, Berks, England" in note
    assert "CR: ABDULLAEV I, 2009, WATER RESOUR DEV, V25, P35" in note
    assert (online["page"], online["PMID"], online["container-title"]) == ("1845", "36195875", "BMC Public Health")
    assert online["issued"] == {"date-parts": [[2022, 10, 3]]}
    assert paper["type"] == "paper-conference" and paper["editor"] == [{"family": "Kowalski", "given": "M."}]
    assert paper["event-title"] == "31st European Symposium on Programming (ESOP)"


def test_a_tab_delimited_line_with_more_cells_than_the_header_keeps_them_and_says_so():
    from cslbridge.api import read_string

    text = "PT\tAU\tAF\tTI\tSO\tPY\tUT\nJ\tLee, M\tLee, Min\tDrought indices\tWATER\t2019\tWOS:1\tstray cell\n"
    result = read_string(text, source="savedrecs.txt")
    assert [str(p) for p in result.problems] == [
        "savedrecs.txt:2: record has 8 fields, the header names 7; the ones after it kept in note"]
    assert result.items[0]["note"] == "UT: WOS:1\ncolumn 8: stray cell"
    assert result.items[0]["container-title"] == "Water"
