"""Parser and house styles together, both directions.

1. The seed page's reference list, parsed by cslbridge.parse and rendered in its house
   style, gives back the printed list.
2. Items rendered in a house style parse back to the same items (the fields the style prints).

Both depend on the parser, which is still improving, so each test asserts a floor measured
when it was written and names every entry that misses; a drop below the floor fails.
Apostrophes are compared as one character: ' and ’ are the same text typeset two ways.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cslbridge.render import render_entries

parse = pytest.importorskip("cslbridge.parse")
fields = pytest.importorskip("cslbridge.parse.fields")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "styles"
SEED = ROOT.parent / "shared" / "seeds" / "000_86c3b057a0d4154e.txt"


def same_text(value):
    """Compare values with typographic and straight apostrophes as one."""
    if isinstance(value, str):
        return value.replace("\u2019", "'")
    if isinstance(value, list):
        return [same_text(v) for v in value]
    if isinstance(value, dict):
        return {k: same_text(v) for k, v in value.items()}
    return value


def test_seed_list_parsed_and_rendered_gives_the_list_back():
    if not SEED.is_file():
        pytest.skip("seed page not available")
    text = SEED.read_text(encoding="utf-8")
    printed = [re.sub(r"\s*URL: Link\b", "", e).strip() for e in re.findall(r"^\s+\d+\. (.+)$", text, re.M)]
    items = [i for i in parse.parse_page(text, source=SEED.name).items
             if not i.get("custom", {}).get("pointer") and not i.get("custom", {}).get("commentary")]
    assert len(items) == len(printed) == 20
    rendered = render_entries(items, "finance-credit-references")
    assert [e.id for e in rendered] == [i["id"] for i in items]  # a numbered list keeps its order
    misses = []
    for n, (entry, expected) in enumerate(zip(rendered, printed), 1):
        got = same_text(re.sub(r"^\d+\. ", "", entry.text or ""))
        if got != same_text(expected):
            misses.append(f"{n}: {got!r}\n   printed {expected!r}")
    # 20 entries, 2 of them printed inconsistently by the journal itself (see test_styles.py).
    # Measured: only those 2 miss; the floor leaves room for 2 more.
    assert len(misses) <= 4, "\n".join(misses)


@pytest.mark.parametrize("fixture, style, floor_fields, floor_items", [
    ("finance_credit_seed.json", "finance-credit-references", 0.97, 18),  # measured 161/161, 20/20
    ("europe_asia_seed_notes.json", "europe-asia-studies", 0.93, 30),  # measured 175/184, 32/37
])
def test_rendered_entries_parse_back_to_the_items(fixture, style, floor_fields, floor_items):
    items = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    texts = {e.id: re.sub(r"^\d+\. ", "", e.text) for e in render_entries(items, style) if e.text}
    items = [i for i in items if i["id"] in texts]
    parsed = fields.parse_references([texts[i["id"]] for i in items])
    total = agreed = exact = 0
    misses = []
    for item, back in zip(items, parsed):
        # Fields the style prints; the notes form of Europe-Asia Studies has no language marker.
        keys = [k for k in item if k != "id" and not (style == "europe-asia-studies" and k == "language")]
        wrong = {k: back.get(k) for k in keys if same_text(back.get(k)) != same_text(item[k])}
        total += len(keys)
        agreed += len(keys) - len(wrong)
        exact += not wrong
        if wrong:
            misses.append(f"{item['id']}: {wrong}")
    assert agreed / total >= floor_fields and exact >= floor_items, \
        f"{agreed}/{total} fields, {exact}/{len(items)} items\n" + "\n".join(misses)


def test_translated_titles_survive_zotero_and_render_the_same():
    mapping = pytest.importorskip("cslbridge.zotero.mapping")
    items = json.loads((FIXTURES / "finance_credit_seed.json").read_text(encoding="utf-8"))
    lukin = next(i for i in items if i.get("original-title", "").startswith("Povorot k Azii"))
    zotero = mapping.to_zotero(lukin)
    assert f"original-title: {lukin['original-title']}" in zotero["extra"].splitlines()
    assert zotero["title"] == lukin["title"]
    back = [mapping.from_zotero(mapping.to_zotero(item)) for item in items]
    assert render_entries(back, "finance-credit-references") == render_entries(items, "finance-credit-references")


def test_render_command_prints_the_seed_list_back():
    if not SEED.is_file():
        pytest.skip("seed page not available")
    from click.testing import CliRunner

    from cslbridge.cli import main

    result = CliRunner().invoke(main, ["render", str(SEED), "--style", "finance-credit-references"])
    assert result.exit_code in (0, 1), result.output  # 1: the parser flagged some entries
    lines = result.stdout.strip().splitlines()
    assert [int(line.split(".", 1)[0]) for line in lines] == list(range(1, 21))
    printed = [re.sub(r"\s*URL: Link\b", "", e).strip()
               for e in re.findall(r"^\s+\d+\. (.+)$", SEED.read_text(encoding="utf-8"), re.M)]
    same = sum(same_text(line.split(". ", 1)[1]) == same_text(p) for line, p in zip(lines, printed))
    assert same >= 16, f"{same} of 20 entries printed back"  # measured 18 (2 journal quirks)
