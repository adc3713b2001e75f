"""A new user's pass over the README and the CLI (round 5): a CSL-JSON file read with `-f bibtex`
says it holds no BibTeX entry, in one line naming the file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from cslbridge.cli import main

# Zotero's "Export Collection... > CSL JSON" of one article
ZOTERO_CSL_JSON = [{
    "id": "http://zotero.org/users/123/items/ABCD2345", "type": "article-journal",
    "title": "Hydropower and water sharing in the Amu Darya basin",
    "container-title": "Water International", "volume": "44", "issue": "3", "page": "301-320",
    "author": [{"family": "Rahimov", "given": "Farrukh"}], "issued": {"date-parts": [["2019", 5]]},
}]


def test_a_csl_json_file_read_as_bibtex_says_it_holds_no_entry(tmp_path):
    """`convert refs.json -f bibtex` (a user who took `-f` for the output format) said only
    `refs.json:2: text outside any entry ignored: '{'`, a line that named no cause: the BibTeX
    reader's 'no BibTeX entries found' was kept back whenever a stray line had been reported.
    With no entry opening anywhere, that one line is said instead."""
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(ZOTERO_CSL_JSON, indent=2), encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "-f", "bibtex", "-t", "ris"])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"error: {path}:1: no BibTeX entries found (is this really a .bib file?)\n"
    assert result.stdout == ""
