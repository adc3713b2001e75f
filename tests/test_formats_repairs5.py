"""Format faults the last stop left alone: the API's own words for a format it cannot tell,
classic BibTeX's month 17-20, and an entry left open at the end of a file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import cslbridge
from cslbridge.cli import main
from cslbridge.formats import UnknownFormat

# Neither BibTeX, RIS, CSL-JSON nor prose: no reader claims it (NUL-free control bytes).
UNREADABLE = "\x01\x02\x03 \x04\x05\x06\n"


def test_the_api_names_its_format_argument_and_the_cli_its_option(tmp_path):
    """`cslbridge.read(path)` on input it cannot tell said 'name it with --from', an option a
    Python caller has no way to pass; the API names its `format` argument, the CLI `--from`."""
    path = tmp_path / "refs.dat"
    path.write_text(UNREADABLE, encoding="utf-8")
    with pytest.raises(UnknownFormat) as read:
        cslbridge.read(str(path))
    assert str(read.value) == f"{path}: cannot tell the format; pass format=, e.g. format='ris'"
    with pytest.raises(UnknownFormat) as from_text:
        cslbridge.read_string(UNREADABLE)
    assert str(from_text.value) == "<input>: cannot tell the format; pass format=, e.g. format='ris'"
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "ris"])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {path}: cannot tell the format; name it with --from"


def test_a_bibtex_date_whose_month_names_no_season_is_read_as_its_year_kept_and_said(tmp_path):
    """`date = {2019-17}` (what the classic writer wrote for CSL's month 17, which no season is;
    EDTF's 25-41 likewise) was read as a literal date without a word, the year lost; it is read as
    RIS reads `N1  - issued: 2019-17`: the year the date, the field in note, and a warning naming
    file and entry. A month that is a season (21-24) or a month reads as before."""
    bib = tmp_path / "refs.bib"
    bib.write_text("""@article{mori2019,
  author = {Mori, Kenta}, title = {Tidal Mixing on the Shelf}, journal = {Ocean Letters},
  volume = {12}, year = {2019}, date = {2019-17}, urldate = {2024-33},
}
@article{mori2020, author = {Mori, Kenta}, title = {Winter Fronts}, journal = {Ocean Letters},
  date = {2020-24}}
""", encoding="utf-8")
    result = cslbridge.read(str(bib))
    first, second = result.items
    assert first["issued"] == {"date-parts": [[2019]]} and first["accessed"] == {"date-parts": [[2024]]}
    assert first["note"] == "date: 2019-17\nurldate: 2024-33"
    assert second["issued"] == {"date-parts": [[2020, 16]]} and "note" not in second
    assert [str(p) for p in result.problems] == [
        f"{bib}:1: entry 'mori2019': field 'date': month 17 names no month or season; read as the year 2019, "
        "the date kept in note as written",
        f"{bib}:1: entry 'mori2019': field 'urldate': month 33 names no month or season; read as the year 2024, "
        "the date kept in note as written"]
    assert all(p.warning for p in result.problems)


def test_both_bibtex_dialects_write_a_month_17_to_20_as_ris_does_and_say_so(tmp_path):
    """The classic writer wrote `date = {2019-17}` beside the year (a field BibTeX styles ignore,
    read back as a literal), BibLaTeX `date = {2019-17}` (Biber refuses it): now the year, the date
    as written in an 'issued: 2019-17' note line, read back into the note, and one warning line."""
    source = tmp_path / "in.json"
    source.write_text('[{"id": "mori2019", "type": "article-journal", "title": "Tidal Mixing", '
                      '"issued": {"date-parts": [[2019, 17]]}}]', encoding="utf-8")
    for to, year in (("bibtex", "year = {2019}"), ("biblatex", "date = {2019}")):
        out = tmp_path / f"out-{to}.bib"
        result = CliRunner().invoke(main, ["convert", str(source), "-t", to, "-o", str(out)])
        assert result.exit_code == 0
        assert result.output.strip() == (
            f"warning: {out}: entry 'mori2019': field 'issued': month 17 is no month or season BibTeX can say; "
            "kept as written in an 'issued: ...' note line")
        text = out.read_text(encoding="utf-8")
        assert year in text and "note = {issued: 2019-17}" in text and "2019-17}" not in text.replace("note = {issued: 2019-17}", "")
        back = cslbridge.read(str(out), to)
        assert back.items[0]["issued"] == {"date-parts": [[2019]]} and back.items[0]["note"] == "issued: 2019-17"
        assert back.problems == []


def test_ris_keywords_holding_commas_are_parted_by_semicolons_and_written_back_one_each():
    """PubMed's MeSH headings hold commas ('Genome, Human/*genetics'): joined with ', ' the
    keyword string could not be split again, and the RIS writer gave back four keywords for three."""
    text = ("TY  - JOUR\nTI  - Expanded encyclopaedias of DNA elements\nKW  - Animals\n"
            "KW  - DNA/genetics\nKW  - Genome, Human/*genetics\nER  - \n")
    item = cslbridge.read_string(text, "ris").items[0]
    assert item["keyword"] == "Animals; DNA/genetics; Genome, Human/*genetics"
    written = cslbridge.write([item], "ris")
    assert [line for line in written.splitlines() if line.startswith("KW")] == [
        "KW  - Animals", "KW  - DNA/genetics", "KW  - Genome, Human/*genetics"]
    plain = cslbridge.read_string("TY  - JOUR\nTI  - T\nKW  - glaciers\nKW  - remote sensing\nER  - \n", "ris")
    assert plain.items[0]["keyword"] == "glaciers, remote sensing"


def test_an_entry_left_open_is_read_up_to_the_next_entry_or_the_end_and_said(tmp_path):
    """`@article{key, title={...},` with no closing brace, before the next entry or at the end of
    the file: its whole fields are read (a warning names file, line and key, and where it
    stopped), and the entries around it read as before. It was skipped, named only by the
    confusing "expected '=' after '@article'" at the next entry's line."""
    bib = tmp_path / "refs.bib"
    bib.write_text("""@article{abe2019,
  author = {Abe, Kenji}, title = {Squares}, journal = {Math. Notes}, year = {2019},
}

@article{roe2020,
  author = {Roe, Ann},
  title = {Tidal Mixing on the Shelf},
  journal = {Ocean Letters},
  year = {2020},

@book{lee2021, author = {Lee, Min}, title = {Fronts}, publisher = {Polar Press}, year = {2021}}
@article{kim2022, author = {Kim, Joon}, title = {Eddies}, journal = {Ocean Letters},
  year = {2022}
""", encoding="utf-8")
    result = cslbridge.read(str(bib))
    assert [item["id"] for item in result.items] == ["abe2019", "roe2020", "lee2021", "kim2022"]
    roe = result.items[1]
    assert roe["title"] == "Tidal Mixing on the Shelf" and roe["container-title"] == "Ocean Letters"
    assert roe["issued"] == {"date-parts": [[2020]]} and "note" not in roe
    assert [str(p) for p in result.problems] == [
        f"{bib}:5: entry 'roe2020': @article entry never closed (missing '}}' before the next entry (line 11)); "
        "read its fields up to there",
        f"{bib}:12: entry 'kim2022': @article entry never closed (missing '}}' before the end of the input); "
        "read its fields up to there"]
    assert all(p.warning for p in result.problems)
    cli = CliRunner().invoke(main, ["convert", str(bib), "-t", "ris"])
    assert cli.exit_code == 0 and cli.stdout.count("TY  - ") == 4


def test_an_open_entry_whose_value_ran_past_its_brace_is_skipped_and_said_where():
    """When a value swallowed what follows ('title = {Two, year=2020' closed by the entry's own
    brace), its fields cannot be trusted: the entry is skipped, named at its own line with the
    line where it stopped."""
    text = ("@article{one, title={One}, year=2019}\n@article{two, title={Two,\n  year = {2020}}\n"
            "@article{three, title={Three}, year=2021}\n")
    result = cslbridge.read_string(text, "bibtex", "refs.bib")
    assert [item["id"] for item in result.items] == ["one", "three"]
    assert [str(p) for p in result.problems] == [
        "refs.bib:2: entry 'two': skipped @article: entry never closed (missing '}' before the next entry (line 4))"]
    assert not result.problems[0].warning
