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


# Web of Science's "Export > RIS" of an article, a proceedings paper and a review
WOS_RIS = """TY  - JOUR
AU  - Sultanova, Dilfuza
TI  - Irrigation reform and cotton yields in Uzbekistan, 1991-2020
T2  - Post-Communist Economies
M3  - Article
PY  - 2022
VL  - 34
IS  - 5
SP  - 611
EP  - 630
ER  - 

TY  - CPAPER
AU  - Omarov, Berik
TI  - Remote sensing of glacier mass balance in the Tien Shan
T2  - IEEE International Geoscience and Remote Sensing Symposium
M3  - Proceedings Paper
PY  - 2020
SP  - 88
EP  - 91
ER  - 

TY  - JOUR
AU  - Karimova, Lola
TI  - Water governance in Central Asia: A survey of two decades
T2  - Water Policy
M3  - Review
PY  - 2021
ER  - 
"""


def test_a_database_document_type_naming_the_record_kind_is_no_genre(tmp_path):
    """Scopus, Web of Science, EBSCO and EndNote put their document type in M3 ('Article',
    'Journal Article', 'Conference Paper'); read as the genre, APA printed every such article as
    'Title [Article]. Journal, ...'. An M3 naming only the kind TY gives is kept in note; another
    M3 ('Review') is still the genre."""
    path = tmp_path / "savedrecs.ris"
    path.write_text(WOS_RIS, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert result.exit_code == 0, result.output
    article, paper, review = json.loads(result.stdout)
    assert (article["type"], "genre" in article, article["note"]) == ("article-journal", False, "M3: Article")
    assert (paper["type"], "genre" in paper, paper["note"]) == ("paper-conference", False, "M3: Proceedings Paper")
    assert review["genre"] == "Review"
    result = CliRunner().invoke(main, ["render", str(path), "--style", "apa"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2] == ("Sultanova, D. (2022). Irrigation reform and cotton yields in "
                                             "Uzbekistan, 1991-2020. Post-Communist Economies, 34(5), 611–630.")



def _with_style(tmp_path, command: str, name: str, root: str, body: str):
    """`command` run on a one-item CSL-JSON file with the style file `name`: `root` opening it."""
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(ZOTERO_CSL_JSON), encoding="utf-8")
    style = tmp_path / name
    style.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n{root}\n'
                     f'  <info><title>House</title><id>house</id></info>\n  {body}\n</style>\n', encoding="utf-8")
    return style, CliRunner().invoke(main, [command, str(refs), "--style", str(style)])


def test_an_xml_file_that_is_no_csl_style_is_refused_in_one_line(tmp_path):
    """A style saved without CSL's namespace (written by hand, or an XML file of another kind named
    .csl) is well-formed XML, so it passed the parse and `render --style house.csl` ended in a
    traceback (lxml's plain element has no `__dict__`); now one line naming the file, exit 2."""
    for command in ("render", "preview"):
        style, result = _with_style(tmp_path, command, "house.csl", '<style class="in-text" version="1.0">',
                                    '<citation><layout><text variable="title"/></layout></citation>')
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr == (f"error: cannot read style {style}: its root element is <style>, not a CSL "
                                 '<style xmlns="http://purl.org/net/xbiblio/csl">\n')


def test_a_csl_style_without_a_citation_is_refused_in_one_line(tmp_path):
    """A style with CSL's namespace but no `<citation>` (one cut down to its bibliography by hand)
    failed on every entry with a fault-of-ours line each ('could not render (AttributeError:
    'NoneType' object has no attribute 'render')'); CSL requires the element: one line, exit 2."""
    style, result = _with_style(
        tmp_path, "render", "bib-only.csl",
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">',
        '<bibliography><layout><text variable="title"/></layout></bibliography>')
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: cannot read style {style}: it has no <citation>, which every CSL style needs\n"
