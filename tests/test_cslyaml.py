import json
from pathlib import Path

from cslbridge import read_string, write
from cslbridge.formats import detect_format

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "csljson" / "sample.json"

PANDOC_REFERENCES = """\
---
references:
- id: allison2008virtual
  type: article-journal
  author:
  - family: Allison
    given: Roy
  title: Virtual regionalism, regional structures and regime security in Central Asia
  container-title: Central Asian Survey
  volume: 27
  issue: 2
  page: 185-202
  issued: 2008-06
- id: flikke2009
  type: chapter
  author:
  - family: Flikke
    given: Geir
  title: Balancing acts
  issued:
    date-parts:
    - [2009]
...
"""


def test_pandoc_references_block_reads_with_dates_coerced():
    result = read_string(PANDOC_REFERENCES, "cslyaml", source="refs.yaml")
    assert result.problems == []
    first, second = result.items
    assert first["issued"] == {"date-parts": [[2008, 6]]}
    assert first["volume"] == "27" and first["container-title"] == "Central Asian Survey"  # as written
    assert second["issued"] == {"date-parts": [[2009]]}


def test_yaml_round_trip_keeps_every_item():
    items = json.loads(SAMPLE.read_text())
    again = read_string(write(items, "cslyaml"), "cslyaml").items
    assert again == items


def test_bad_item_is_reported_with_its_line_and_neighbours_survive():
    text = "- id: good\n  type: book\n  title: Kept\n- id: bad\n  type: bogus\n- id: also\n  type: report\n"
    result = read_string(text, "cslyaml", source="refs.yaml")
    assert [item["id"] for item in result.items] == ["good", "bad", "also"]
    assert (result.items[1]["type"], result.items[1]["note"]) == ("document", "type: bogus")
    (problem,) = result.problems
    assert str(problem) == "refs.yaml:4: entry 'bad': field 'type': unknown item type 'bogus'; kept in note"


def test_broken_yaml_names_the_line():
    result = read_string("- id: a\n  type: book\n  title: [unclosed\n", "cslyaml", source="x.yml")
    assert result.items == []
    assert result.problems[0].line is not None and str(result.problems[0]).startswith("x.yml:")


def test_detected_by_content():
    assert detect_format(None, PANDOC_REFERENCES).name == "cslyaml"


def test_pandoc_front_matter_of_a_markdown_file_reads_its_references():
    path = Path(__file__).resolve().parents[1] / "fixtures" / "csljson" / "pandoc_frontmatter.md"
    from cslbridge import read
    result = read(str(path))
    assert result.problems == []
    watson, meeting, eco = result.items
    assert watson["issued"] == {"date-parts": [[1953, 4, 25]]} and watson["volume"] == "171"  # as written, as pandoc reads it
    assert meeting["event-date"] == {"date-parts": [[2010, 6, 14], [2010, 6, 16]]}
    assert meeting["accessed"] == {"date-parts": [[2021, 3]]}
    assert eco["issued"] == {"date-parts": [[1987, 3]]}  # pandoc-citeproc's [{year, month}]


PANDOC_MARKDOWN = """\
references:
- id: adams2000
  type: article-journal
  title: The genome sequence of *Drosophila melanogaster*
  container-title: Science
- id: co2
  type: article-journal
  title: H~2~O and CO~2~ fluxes in [pH]{.nocase}-neutral peat, by A\\* search
"""


def test_pandoc_markdown_in_titles_is_read_as_rich_text_and_written_back():
    result = read_string(PANDOC_MARKDOWN, "cslyaml")
    fly, peat = result.items
    assert fly["title"] == "The genome sequence of <i>Drosophila melanogaster</i>"
    assert peat["title"] == ('H<sub>2</sub>O and CO<sub>2</sub> fluxes in <span class="nocase">pH</span>-neutral '
                             "peat, by A* search")
    assert r"\textit{{Drosophila} melanogaster}" in write([fly], "bibtex")  # the italics span both words
    yaml_text = write(result.items, "cslyaml")
    assert "title: The genome sequence of *Drosophila melanogaster*" in yaml_text
    assert read_string(yaml_text, "cslyaml").items == result.items


def test_keys_yaml_reads_as_booleans_or_numbers_are_kept_as_written():
    """`no:` is a boolean key to YAML 1.1 and `2019:` a number; a hand-kept list with such a
    key used to stop with a traceback. Each item is read, the odd key kept in `note`."""
    text = ("- id: lukin2014\n  type: book\n  title: Povorot k Azii\n  no: 12\n"
            "- id: allison2008\n  type: article-journal\n  title: Virtual regionalism\n  2019: reprinted\n")
    result = read_string(text, "cslyaml", source="refs.yaml")
    assert result.problems == []
    lukin, allison = result.items
    assert lukin["title"] == "Povorot k Azii" and lukin["note"] == "no: 12"
    assert allison["note"] == "2019: reprinted"
