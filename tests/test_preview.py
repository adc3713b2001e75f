"""Style previews: side-by-side renderings, the HTML page's safety, and the `preview` command."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.render.preview import build_preview, html_page, sanitize, terminal_table

ROOT = Path(__file__).resolve().parents[1]
SEED_ITEMS = ROOT / "fixtures" / "styles" / "finance_credit_seed.json"

HOSTILE = {
    "id": "hostile", "type": "webpage", "title": "<script>window.__xss = 1</script> & <b onclick=x>bold</b>",
    "author": [{"literal": "<img src=x onerror=\"window.__xss = 2\">"}],
    "container-title": "News", "issued": {"date-parts": [[2020, 1, 2]]},
}


def items(n=3):
    return json.loads(SEED_ITEMS.read_text(encoding="utf-8"))[:n]


def test_preview_lines_up_each_item_across_styles():
    data = items(3)
    previews = build_preview(data, ["finance-credit-references", "apa"])
    assert [p.id for p in previews] == ["finance-credit-references", "apa"]
    for p in previews:
        assert set(p.entries) == {"fc01", "fc02", "fc03"} and not p.problems
    assert previews[0].entries["fc03"].startswith("3. Panarin I.N. [CSTO and security in Eurasia].")
    assert "Panarin, I. N. (2015)" in previews[1].entries["fc03"]
    assert [label for label, _ in previews[1].citations] == ["one work", "with pages", "two works"]
    assert previews[1].citations[0][1] == "(Zverev et al., 2018)"
    assert previews[0].citations[2][1] == "[1, 2]"


def test_terminal_table_has_a_column_per_style_and_a_row_per_item():
    from rich.console import Console

    data = items(2)
    previews = build_preview(data, ["finance-credit-references", "europe-asia-studies"])
    console = Console(width=100, record=True, color_system=None)
    console.print(terminal_table(data, previews))
    out = console.export_text()
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "europe-asia-studies" in out and "finance-credit-references" in out
    flat = re.sub(r"[\s│┃]+", " ", out)
    assert "Zverev R., Savin I., Belyaev" in flat and "(Zverev, Savin and Belyaev 2018)" in flat
    assert out.count("in-text:") == 3


def test_sanitize_keeps_formatting_and_escapes_everything_else():
    assert sanitize("<i>Journal</i>, 60") == "<i>Journal</i>, 60"
    assert sanitize('<span style="font-variant:small-caps;">Smith</span>') == \
        '<span style="font-variant:small-caps;">Smith</span>'
    assert sanitize("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert sanitize('<i onclick="x()">a</i>') == "&lt;i onclick=&quot;x()&quot;&gt;a&lt;/i&gt;"
    assert sanitize('<span style="background:url(x)">a</span>').startswith("&lt;span")
    assert sanitize("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert sanitize("&lt;b&gt; &amp; <b>x") == "&lt;b&gt; &amp; <b>x</b>"


def test_page_is_self_contained_and_escapes_hostile_fields():
    data = items(2) + [HOSTILE]
    previews = build_preview(data, ["apa", "europe-asia-studies"], output="html")
    page = html_page(data, previews)
    assert page.count('<section class="style"') == 2 and page.count("<button") == 2
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page
    assert page.count("<script") == 1  # ours only
    assert "onerror=" not in re.sub(r"&lt;.*?&gt;", "", page)
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)  # nothing fetched


def test_cli_preview_prints_both_styles_and_writes_the_page(tmp_path):
    out = tmp_path / "preview.html"
    result = CliRunner().invoke(main, [
        "preview", str(SEED_ITEMS), "-n", "2", "--style", "finance-credit-references",
        "--style", "europe-asia-studies", "--html", str(out)], env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.output
    assert "finance-credit-references" in result.stdout and "europe-asia-studies" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert 'data-style-id="europe-asia-studies"' in page and "fc02" in page and "fc03" not in page


def test_cli_preview_unknown_style_is_one_line_and_exit_2():
    result = CliRunner().invoke(main, ["preview", str(SEED_ITEMS), "--style", "apaa"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        result.stderr.strip()] and "did you mean: apa" in result.stderr


def test_cli_preview_empty_input(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(empty), "--style", "apa"])
    assert result.exit_code == 1 and "no entries to preview" in result.stderr


def test_cli_preview_of_a_blank_or_broken_file_is_one_line(tmp_path):
    """The reader's line says why nothing is there; 'no entries to preview' under it was a
    second line for the same problem."""
    blank, broken = tmp_path / "blank.json", tmp_path / "broken.json"
    blank.write_text("\n", encoding="utf-8")
    broken.write_text('{"id": "a", "type": ', encoding="utf-8")
    for path, why in ((blank, "empty input"), (broken, "invalid JSON")):
        result = CliRunner().invoke(main, ["preview", str(path), "--style", "apa"])
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}") and why in lines[0]


def test_cli_preview_leaves_out_pointer_and_commentary_notes(tmp_path):
    data = items(2) + [
        {"id": "note13", "type": "document", "note": "See also Flikke (2009).",
         "custom": {"pointer": True, "targets": ["Flikke (2009)"]}},
        {"id": "note15", "type": "document", "note": "CSTO peacekeepers could be used outside the region.",
         "custom": {"commentary": True}},
    ]
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(path), "--style", "apa"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "2 pointer or commentary note(s)" in result.stderr
    assert "fc02" in result.stdout and "note13" not in result.stdout and "note15" not in result.stdout


def test_preview_passes_the_locale_to_every_style():
    notes = json.loads((ROOT / "fixtures" / "styles" / "europe_asia_seed_notes.json").read_text(encoding="utf-8"))
    interview = [i for i in notes if i["id"] == "eas04"]
    english = build_preview(interview, ["europe-asia-studies"])[0]
    russian = build_preview(interview, ["europe-asia-studies"], locale="ru-RU")[0]
    assert english.entries["eas04"].endswith("Moscow, 13 August 2012.")
    assert "13 август" in russian.entries["eas04"] and "August" not in russian.entries["eas04"]
