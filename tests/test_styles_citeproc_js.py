"""The house styles in citeproc-js, the processor inside Zotero: same seed entries as printed.

Runs only where node and the bench's citeproc-js install (bench/node, made by
`bench/render_fidelity.py`) are present; skips otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from seeds import seed_text

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "bench" / "citeproc_js_render.js"

pytestmark = pytest.mark.skipif(
    not shutil.which("node") or not (ROOT / "bench" / "node" / "node_modules" / "citeproc").is_dir(),
    reason="citeproc-js not installed (run bench/render_fidelity.py once)")


def citeproc_js(style: str, items: list[dict], clusters=()) -> dict:
    import citeproc

    job = {"style": (ROOT / "styles" / f"{style}.csl").read_text(encoding="utf-8"),
           "locales_dir": str(Path(citeproc.__file__).parent / "data" / "locales"),
           "lang": None, "items": items, "clusters": list(clusters)}
    done = subprocess.run(["node", str(DRIVER)], input=json.dumps(job), capture_output=True, text=True,
                          timeout=120, check=True)
    out = json.loads(done.stdout)
    assert out["error"] is None, out["error"]
    return out


def test_finance_credit_in_citeproc_js_prints_the_seed_list():
    items = json.loads((ROOT / "fixtures" / "styles" / "finance_credit_seed.json").read_text(encoding="utf-8"))
    printed = {int(n): re.sub(r"\s*URL: Link\b", "", e).strip()
               for n, e in re.findall(r"^\s+(\d+)\. (.+)$", seed_text("000_86c3b057a0d4154e.txt"), re.M)}
    # The journal's own inconsistencies (see test_styles.py), and citeproc-js printing the
    # issue "3-1" (issue 3, part 1) as a range "3–1".
    printed[5] = printed[5].replace("] Problemy", "]. Problemy")
    printed[17] = printed[17].replace("iss. 1", "no. 1")
    printed[2] = printed[2].replace("no. 3-1", "no. 3–1")
    out = citeproc_js("finance-credit-references", items, [[{"id": "fc01"}, {"id": "fc02"}]])
    got = {int(i[2:]): e.replace("\u2019", "'") for i, e in zip(out["entry_ids"], out["bibliography"])}
    assert got == {n: f"{n}. {text}" for n, text in printed.items()}
    assert out["citations"] == ["[1, 2]"]


def test_europe_asia_in_citeproc_js_prints_the_seed_notes():
    items = json.loads((ROOT / "fixtures" / "styles" / "europe_asia_seed_notes.json").read_text(encoding="utf-8"))
    notes = dict(re.findall(r"^(\d+) (.+)$", seed_text("003_114b52dd7ae8b880.txt"), re.M))
    out = citeproc_js("europe-asia-studies", items)
    for item_id, entry in zip(out["entry_ids"], out["bibliography"]):
        note = notes[str(int(item_id[3:]))]
        assert note == entry or note.endswith(" " + entry), item_id
    assert len(out["bibliography"]) == len(items)


def test_europe_asia_citations_in_citeproc_js():
    items = [{"id": "nikitina2009", "type": "book", "author": [{"family": "Nikitina", "given": "Yuliya"}],
              "title": "ODKB i ShOS", "publisher": "Navona", "publisher-place": "Moscow",
              "issued": {"date-parts": [[2009]]}}]
    out = citeproc_js("europe-asia-studies", items, [[{"id": "nikitina2009", "locator": "45-47", "label": "page"}]])
    assert out["citations"] == ["(Nikitina 2009, pp. 45–7)"]
