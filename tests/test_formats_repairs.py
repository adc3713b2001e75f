"""Format faults repaired the way a reference manager repairs them, each reported on one line
where something was guessed, and nothing the file said lost: RIS records without TY or their
final ER, lower-case RIS tags, name suffixes after a comma, dates given as text, a BibTeX
crossref to a missing entry; and Zotero's `Key: value` note lines read by one rule."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import ris


def test_cli_reads_a_record_without_ty_or_final_er_with_warnings_and_exits_0(tmp_path):
    """Both faults are repaired the way reference managers repair them, losing nothing."""
    path = tmp_path / "handmade.ris"
    path.write_text("AU  - Doe, Jane\nTI  - Typed by hand\nPY  - 2019\nER  - \n\n"
                    "TY  - BOOK\nTI  - Saved without its end\nPY  - 2020\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {path}:1: entry 'Typed by hand': record has no 'TY' line (starts with 'AU'); "
        "read as generic (GEN)",
        f"warning: {path}:6: entry 'Saved without its end': record has no closing 'ER  - ' at end of input; "
        "read to the end",
    ]
    assert '"title": "Typed by hand"' in result.stdout and '"title": "Saved without its end"' in result.stdout


def test_lower_case_tags_are_tags_but_prose_under_an_upper_case_abstract_stays_prose():
    text = ("ty  - jour\nau  - Doe, Jane\nti  - Aid and trade in Central Asia\npy  - 2019\n"
            "ab  - An abstract typed in lower-case tags.\nkw  - aid\ner  - \n\n"
            # a hand edit in an upper-case file
            "TY  - JOUR\nti  - Edited by hand\nAB  - The key question of this study\n"
            "is  - put simply - whether aid follows trade.\nPY  - 2020\nER  - \n")
    result = ris.read(text, "lower.ris")
    assert result.problems == []
    first, second = result.items
    assert first["type"] == "article-journal"
    assert first["author"] == [{"family": "Doe", "given": "Jane"}]
    assert first["title"] == "Aid and trade in Central Asia"
    assert first["issued"] == {"date-parts": [[2019]]}
    assert first["abstract"] == "An abstract typed in lower-case tags."
    assert first["keyword"] == "aid"
    assert second["title"] == "Edited by hand"
    # 'is' is a tag (IS, the issue), but a line inside an abstract under an upper-case AB is prose
    assert second["abstract"] == "The key question of this study\nis  - put simply - whether aid follows trade."
    assert "issue" not in second
    lower_only = text[:text.index("TY  - JOUR")]
    assert api.read_string(lower_only, source="lower.txt").items == [first]  # RIS by its content


def test_a_crossref_or_xdata_entry_missing_from_the_file_is_a_warning_and_the_key_stays_in_note(tmp_path):
    path = tmp_path / "chapter.bib"
    path.write_text("@xdata{mit, publisher = {MIT Press}, location = {Cambridge, MA}}\n\n"
                    "@inproceedings{lee2021,\n  author = {Lee, Ann},\n  title = {Sparse Trees},\n"
                    "  crossref = {NeurIPS2021},\n  pages = {1--9}\n}\n\n"
                    "@book{kay2019, author = {Kay, Bo}, title = {Gardens}, xdata = {mit, lost}}\n",
                    encoding="utf-8")
    result = api.read(str(path))
    paper, book = result.items
    assert paper["note"] == "crossref: NeurIPS2021"
    assert book["publisher"] == "MIT Press" and book["note"] == "xdata: mit, lost"
    assert [(p.warning, str(p)) for p in result.problems] == [
        (True, f"{path}:3: entry 'lee2021': crossref entry 'NeurIPS2021' is not in the file; "
               "the key is kept in note"),
        (True, f"{path}:10: entry 'kay2019': xdata entry 'lost' is not in the file; the key is kept in note"),
    ]
    cli = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert cli.exit_code == 0
    assert cli.stderr.startswith(f"warning: {path}:3: entry 'lee2021': crossref entry 'NeurIPS2021'")


KING = {"id": "king1963", "type": "book", "title": "Strength to Love", "issued": {"date-parts": [[1963]]},
        "author": [{"family": "King", "given": "Martin Luther", "suffix": "Jr.", "comma-suffix": True}],
        "editor": [{"family": "Gates", "given": "Henry Louis", "suffix": "Jr."}]}


def test_comma_suffix_survives_bibtex_biblatex_and_ris_and_a_plain_suffix_stays_plain():
    for writer in ("biblatex", "ris"):
        text = api.write([KING], writer)
        assert api.read_string(text, writer).items == [KING], (writer, text)
    # BibLaTeX marks the one name, as Better BibTeX does; RIS the name list, as it marks 'et al.'
    bib = api.write([KING], "biblatex")
    assert "author = {family=King, given=Martin Luther, suffix=Jr., juniorcomma=true}" in bib
    assert "editor = {Gates, Jr., Henry Louis}" in bib
    ris_text = api.write([KING], "ris")
    assert "AU  - King, Martin Luther, Jr.\r\n" in ris_text and "N1  - comma-suffix: author\r\n" in ris_text
    # classic BibTeX has no per-name options: BibLaTeX's entry option marks every suffixed name
    alone = {k: v for k, v in KING.items() if k != "editor"}
    bib = api.write([alone], "bibtex")
    assert "author = {King, Jr., Martin Luther}" in bib and "options = {juniorcomma=true}" in bib
    assert api.read_string(bib, "bibtex").items == [alone]


def test_biblatex_juniorcomma_for_the_entry_or_one_name_is_comma_suffix():
    entry = ("@book{carter1998,\n  author = {Carter, Jr., Jimmy and family=Gates, given=Henry Louis, suffix=Jr.,"
             " juniorcomma=true},\n  title = {Living Faith},\n  options = {useprefix=true, juniorcomma},\n}\n"
             "@book{gates2011,\n  author = {Gates, Jr., Henry Louis and family=Carter, given=Jimmy, suffix=Jr.,"
             " juniorcomma=true},\n  title = {Black in Latin America},\n}\n")
    carter, gates = api.read_string(entry, "biblatex").items
    assert [n.get("comma-suffix") for n in carter["author"]] == [True, True]
    assert carter["note"] == "options: useprefix=true"  # the other options stay, as written
    assert [n.get("comma-suffix") for n in gates["author"]] == [None, True]
    # an entry option that marks no name says nothing about any: it stays in note, as written
    plain = api.read_string("@book{kay2019, author = {Kay, Bo}, title = {Gardens}, options = {juniorcomma}}",
                            "biblatex").items[0]
    assert plain["author"] == [{"family": "Kay", "given": "Bo"}] and plain["note"] == "options: juniorcomma"


@pytest.mark.parametrize("raw, date", [
    ("Spring 2019", {"date-parts": [[2019, 13]]}),
    ("c. 1850", {"date-parts": [[1850]], "circa": True}),
    ("circa 1850", {"date-parts": [[1850]], "circa": True}),
    ("Winter, 1998", {"date-parts": [[1998, 16]]}),
])
def test_a_raw_date_in_words_means_one_date_after_every_round_trip(raw, date):
    item = {"id": "kay1850", "type": "map", "title": "Plan of the Harbour", "issued": {"raw": raw},
            "original-date": {"raw": raw}}
    for fmt in ("csljson", "bibtex", "biblatex", "ris"):
        back = api.read_string(api.write([item], fmt), fmt).items[0]
        assert back["issued"] == back["original-date"] == date, fmt
    # BibLaTeX says it in EDTF: a season as 21-24, circa as '~'
    edtf = api.write([item], "biblatex")
    assert f"date = {{{date['date-parts'][0][0]}" in edtf


def test_date_text_naming_no_date_stays_text_and_a_literal_stays_literal_through_bibtex():
    item = {"id": "anon", "type": "manuscript", "title": "Diary", "issued": {"raw": "early 1990s"},
            "original-date": {"literal": "Spring 1912"}}
    assert api.read_string(api.write([item], "csljson"), "csljson").items == [item]
    for fmt in ("bibtex", "biblatex"):
        back = api.read_string(api.write([item], fmt), fmt).items[0]
        assert back["issued"] == {"literal": "early 1990s"}, fmt  # BibTeX prints year text as written
        assert back["original-date"] == {"literal": "Spring 1912"}, fmt


def test_csl_json_note_lines_name_variables_as_zotero_extra_does_with_a_space_before_the_colon():
    """French typography puts a space before a colon: Zotero's Extra reader took 'Original Date :
    1859' as the variable, the CSL-JSON reader did not look at such a note (one rule now)."""
    text = ('[{"id": "darwin1859", "type": "book", "title": "On the Origin of Species",'
            ' "note": "Original Date : 1859\\nPublisher Place : Londres\\nLu en 2021."}]')
    item = api.read_string(text, "csljson").items[0]
    assert item["original-date"] == {"date-parts": [[1859]]}
    assert item["publisher-place"] == "Londres"
    assert item["note"] == "Lu en 2021."
    from cslbridge.zotero.mapping import from_zotero

    zotero = from_zotero({"key": "ABCD1234", "itemType": "book", "title": "On the Origin of Species",
                          "extra": "Original Date : 1859\nPublisher Place : Londres\nLu en 2021."})
    assert {k: zotero[k] for k in ("original-date", "publisher-place", "note")} == {
        k: item[k] for k in ("original-date", "publisher-place", "note")}
