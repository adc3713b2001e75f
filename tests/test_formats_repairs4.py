"""Format faults a later stop left alone: digits `int()` cannot read (superscripts), classic
BibTeX's seasons, date parts that are no whole numbers, and reading long pages in linear time."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.formats import get_format
from cslbridge.items import WriteWarning

WRITERS = ("bibtex", "biblatex", "ris", "csljson", "cslyaml")


def _convert(tmp_path, name: str, text: str, to: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["convert", str(path), "-t", to])


def test_a_superscript_digit_in_month_or_day_is_kept_in_note_not_a_crash_naming_no_file(tmp_path):
    """`'²'.isdigit()` is true but `int('²')` fails: the reader stopped the whole file with
    `error: invalid literal for int()`, naming neither the file nor the entry."""
    result = _convert(tmp_path, "refs.bib", """@article{k1, author = {Abe, Kenji}, title = {Squares},
  journal = {Math. Notes}, year = {2019}, month = {²}}
@article{k2, author = {Abe, Kenji}, title = {Cubes}, journal = {Math. Notes}, year = {2019},
  month = {jan}, day = {³}}
""", "csljson")
    assert result.exit_code == 0, result.output
    assert "invalid literal" not in result.output
    items = get_format("csljson").read(result.stdout).items
    assert [(i["issued"], i["note"]) for i in items] == [
        ({"date-parts": [[2019]]}, "month: ²"), ({"date-parts": [[2019, 1]]}, "day: ³")]


def test_a_bibtex_day_no_date_takes_stays_in_note():
    (item,) = get_format("bibtex").read("@misc{k, title = {Minutes}, year = {2019}, day = {14}}").items
    assert item["issued"] == {"date-parts": [[2019]]} and item["note"] == "day: 14"


def test_a_superscript_season_or_page_count_is_written_and_rendered_not_a_crash(tmp_path):
    text = ('[{"id": "s", "type": "book", "title": "Seasons", "issued": {"date-parts": [[2019]], "season": "²"}},'
            ' {"id": "p", "type": "book", "title": "Pages", "number-of-pages": "²"}]')
    for writer in WRITERS:
        result = _convert(tmp_path, "refs.json", text, writer)
        assert result.exit_code == 0 and "invalid literal" not in result.output, (writer, result.output)
    path = tmp_path / "refs.json"
    result = CliRunner().invoke(main, ["render", str(path), "--style", "apa"])
    assert result.exit_code == 0 and "Pages" in result.stdout and "Seasons" in result.stdout, result.output


SEASONAL = [
    {"id": "kern2019", "type": "article-journal", "title": "Reading in the long winter",
     "container-title": "Library Quarterly", "issued": {"date-parts": [[2019, 21]]}},
    {"id": "ode2004", "type": "article-journal", "title": "Harvest songs",
     "container-title": "Folk Review", "issued": {"date-parts": [[2004]], "season": "Autumn"}},
]


def test_classic_bibtex_writes_a_season_as_year_and_season_word_as_better_bibtex_does():
    """Classic BibTeX has no `2019-21`: it went out as `date` beside `year`, which BibTeX
    styles ignore. `year` and `month = {spring}` are what Better BibTeX writes."""
    text = get_format("bibtex").write(SEASONAL)
    assert "date =" not in text
    assert "year = {2019},\n  month = {spring}," in text and "year = {2004},\n  month = {autumn}," in text
    assert "date = {2019-21}" in get_format("biblatex").write(SEASONAL)  # BibLaTeX keeps EDTF


def test_a_season_word_in_bibtex_month_is_the_season_through_every_writer():
    items = get_format("bibtex").read("""@article{kern2019, title = {Reading in the long winter},
  journal = {Library Quarterly}, year = {2019}, month = {Spring}}
@article{ode2004, title = {Harvest songs}, journal = {Folk Review}, year = {2004}, month = {fall}}
""").items
    assert [(i["issued"], i.get("note")) for i in items] == [
        ({"date-parts": [[2019, 13]]}, None), ({"date-parts": [[2004, 15]]}, None)]
    for writer in WRITERS:
        fmt = get_format(writer)
        again = fmt.read(fmt.write(items), "again").items
        assert [i["issued"] for i in again] == [i["issued"] for i in items], writer


def test_a_fractional_date_part_is_kept_in_note_and_reported_not_cut_to_the_year(tmp_path):
    """JSON's and YAML's `2019.7` is a number, and `int()` cut it to 2019 without a word; a
    string `"2019.7"` was already refused and kept in note."""
    inputs = {
        "refs.json": '[{"id": "mill2019", "type": "report", "title": "Water tables",'
                     ' "issued": {"date-parts": [[2019.7]]}, "accessed": {"date-parts": [[2021.0, 3, 4]]}}]',
        "refs.yaml": "- id: mill2019\n  type: report\n  title: Water tables\n"
                     "  issued:\n    date-parts: [[2019.7]]\n  accessed:\n    date-parts: [[2021.0, 3, 4]]\n",
    }
    for name, text in inputs.items():
        for writer in WRITERS:
            result = _convert(tmp_path, name, text, writer)
            assert result.exit_code == 1, (name, writer, result.output)
            assert (f"{name}:1: entry 'mill2019': field 'issued': date-parts [2019.7] must be numbers; "
                    "kept in note") in result.stderr, (name, writer)
            fmt = get_format(writer)
            (item,) = fmt.read(result.stdout, "again").items
            assert "issued" not in item and '[[2019.7]]' in item["note"], (name, writer, item)
            assert item["accessed"] == {"date-parts": [[2021, 3, 4]]}  # a whole float is its number


def test_an_entry_swallowing_a_long_page_is_searched_for_its_transliteration_in_linear_work(monkeypatch):
    """Each line of an entry was tried as the start of a transliteration by joining and
    searching every line below it again: a 2 MB text page whose prose ran into one entry took
    minutes. The work is measured as the characters searched for a language mark, not as time."""
    from cslbridge.parse import entries, find_entries

    searched = []

    class CountingLanguage:
        def search(self, text, *args):
            searched.append(len(text))
            return LANGUAGE.search(text, *args)

    LANGUAGE = entries.LANGUAGE
    monkeypatch.setattr(entries, "LANGUAGE", CountingLanguage())
    lines = [f"{n}. Brown, A. ({1900 + n}). Trade and migration in Central Asia. Journal of Eurasian Studies, {n}(2), 1-20."
             if n % 3 else f"Some prose line {n} about the topic of the article and its sources." for n in range(1, 1201)]
    text = "\n".join(lines)
    found, _, _ = find_entries(text)
    assert len(found) >= 1
    assert sum(searched) <= 2 * len(text)


def test_a_crossref_event_without_readable_start_parts_is_kept_in_note_not_a_traceback(tmp_path):
    """`start + end` on a start with no date-parts raised a TypeError, which the CLI does not
    catch: a traceback instead of a line."""
    text = ('[{"id": "okafor2021", "type": "paper-conference", "title": "Citing without copying",'
            ' "event": {"name": "ACL 2021", "start": {"date_parts": [[2021, 8, 1]]}}},'
            ' {"id": "lee2019", "type": "paper-conference", "title": "Ranking",'
            ' "event": {"name": "SIGIR 2019", "start": {"date-parts": [[2019, 7, 21]]}, "end": {"date-parts": [[2019, 7, 25]]}}}]')
    result = _convert(tmp_path, "works.json", text, "csljson")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    first, second = get_format("csljson").read(result.stdout).items
    assert first["event-title"] == "ACL 2021" and "event-date" not in first
    assert first["note"] == 'event: {"start": {"date_parts": [[2021, 8, 1]]}}'
    assert second["event-date"] == {"date-parts": [[2019, 7, 21], [2019, 7, 25]]} and "note" not in second


def test_a_month_17_to_20_names_no_season_and_classic_bibtex_keeps_it_as_written():
    # CSL-JSON validates months up to 24; 17-20 are no season, and the classic BibTeX writer's season word lookup
    # stopped the whole conversion with a KeyError; the date is kept as written in a note line (see repairs5)
    item = {"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2019, 17]]}}
    with pytest.warns(WriteWarning, match="month 17"):
        text = get_format("bibtex").write([item])
    assert "year = {2019}" in text and "issued: 2019-17" in text and "month" not in text
    spring = {"id": "b", "type": "book", "title": "T", "issued": {"date-parts": [[2019, 21]]}}
    assert "month = {spring}" in get_format("bibtex").write([spring])
