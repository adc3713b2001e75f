"""Does our renderer print what Zotero's processor (citeproc-js) prints, style by style?

Renders fixtures/render/fidelity_items.json (varied items: every common type, Cyrillic and
Latin, corporate names, particles, same-author-same-year pairs, translated titles) in our
house styles and in the official styles people ask for, through our path
(cslbridge.render, citeproc-py) and through citeproc-js (npm package `citeproc`,
installed on first run into bench/node, which git ignores), then compares entry by entry
(by item id) and citation by citation (one cluster per item, with a page locator). The
house styles are also compared on the seed pages' items in fixtures/styles/ (group "seed").

Matching: exact text after collapsing runs of whitespace (plain-text layout spacing, e.g.
citeproc-js's padding after a citation number, is not part of the style). Nothing else is
normalised: quotes, dashes, apostrophes and punctuation must agree. An item both leave out
of the bibliography (APA and Chicago list no interviews or personal communications) agrees.

Targets: 100% of entries in our house styles; >= 90% in the official styles.
Prints per-style figures, with the three commonest first differences (ours -> citeproc-js),
and (on a full run, without --style) writes them to bench/results/render_fidelity.txt; with -v
also prints every differing pair.

    .venv/bin/python bench/render_fidelity.py [-v] [--style ID ...]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cslbridge.render import render_citations, render_entries, resolve_style  # noqa: E402

BENCH = ROOT / "bench"
NODE_DIR = BENCH / "node"
DRIVER = BENCH / "citeproc_js_render.js"
ITEMS = ROOT / "fixtures" / "render" / "fidelity_items.json"
RESULTS = BENCH / "results" / "render_fidelity.txt"

HOUSE = ["finance-credit-references", "europe-asia-studies"]
OFFICIAL = ["apa", "chicago-author-date", "chicago-notes-bibliography", "modern-language-association",
            "harvard-cite-them-right", "ieee", "nlm-citation-sequence", "gost-r-7-0-5-2008"]
# The house styles are also compared on the seed pages' own entries (fixtures/styles/).
SEED_ITEMS = {"finance-credit-references": "finance_credit_seed.json",
              "europe-asia-studies": "europe_asia_seed_notes.json"}
TARGETS = {"house": 1.0, "seed": 1.0, "official": 0.90}


def locales_dir() -> Path:
    import citeproc

    return Path(citeproc.__file__).parent / "data" / "locales"


def ensure_citeproc_js() -> None:
    if (NODE_DIR / "node_modules" / "citeproc").is_dir():
        return
    if not shutil.which("npm"):
        sys.exit("npm is not installed; citeproc-js is needed for the comparison")
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR),
                    "citeproc"], check=True)


def citeproc_js(style_path: str, items: list[dict], clusters: list[list[dict]], lang: str | None) -> dict:
    job = {"style": Path(style_path).read_text(encoding="utf-8"), "locales_dir": str(locales_dir()),
           "lang": lang, "items": items, "clusters": clusters}
    done = subprocess.run(["node", str(DRIVER)], input=json.dumps(job), capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0 or not done.stdout:
        return {"bibliography": [], "entry_ids": [], "citations": [], "error": done.stderr.strip()[-300:]}
    return json.loads(done.stdout)


def squash(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text).strip() if text is not None else None


def first_change(ours: str | None, js: str | None) -> str:
    """The first place two renderings part, as 'ours' -> 'js', to group differences by cause."""
    if ours is None or js is None:
        return "not rendered" if ours is None else "citeproc-js rendered nothing"
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ours, js, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"{ours[i1:i2][:24]!r} -> {js[j1:j2][:24]!r}"
    return "same"


def compare(style: str, items: list[dict]) -> dict:
    info = resolve_style(style)
    clusters = [[{"id": item["id"], "locator": "45-47", "label": "page"}] for item in items]
    ours_entries = {e.id: (e.text if not e.error else None) for e in render_entries(items, info)}
    ours_cites = list(render_citations(items, clusters, info))
    theirs = citeproc_js(info.independent_path or info.path, items, clusters, info.default_locale)
    theirs_entries = dict(zip(theirs["entry_ids"], theirs["bibliography"]))
    diffs, entry_hits, cite_hits = [], 0, 0
    for item in items:
        ours, js = squash(ours_entries.get(str(item["id"]))), squash(theirs_entries.get(str(item["id"])))
        if ours == js:  # also when both leave the item out (APA lists no interviews)
            entry_hits += 1
        else:
            diffs.append(("entry", item["id"], ours, js))
    for item, ours, js in zip(items, ours_cites, theirs["citations"]):
        if squash(ours) == squash(js):
            cite_hits += 1
        else:
            diffs.append(("cite", item["id"], ours, js))
    has_bib = bool(theirs["entry_ids"])
    return {"style": info.id, "entries": entry_hits if has_bib else None, "cites": cite_hits,
            "total": len(items), "diffs": diffs, "error": theirs.get("error")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every differing pair")
    parser.add_argument("--style", action="append", help="only these styles")
    args = parser.parse_args()
    if not shutil.which("node"):
        sys.exit("node is not installed; citeproc-js is needed for the comparison")
    ensure_citeproc_js()
    items = json.loads(ITEMS.read_text(encoding="utf-8"))
    styles = args.style or HOUSE + OFFICIAL
    lines = [f"render fidelity: our path (cslbridge.render on citeproc-py) vs citeproc-js, "
             f"{len(items)} items ({ITEMS.relative_to(ROOT)}), {time.strftime('%Y-%m-%d')}",
             "style                            group     entries          citations"]
    runs = []
    for style in styles:
        runs.append((style, "house" if style in HOUSE else "official", items))
        if style in SEED_ITEMS:
            seed = ROOT / "fixtures" / "styles" / SEED_ITEMS[style]
            runs.append((style, "seed", json.loads(seed.read_text(encoding="utf-8"))))
    for style, group, batch in runs:
        started = time.perf_counter()
        result = compare(style, batch)
        n = result["total"]
        entries = "no bibliography" if result["entries"] is None else \
            f"{result['entries']:3d}/{n} {result['entries'] / n:6.1%}"
        line = (f"{result['style']:32} {group:9} {entries:16} {result['cites']:3d}/{n} {result['cites'] / n:6.1%}"
                f"   target {TARGETS[group]:.0%}   ({time.perf_counter() - started:.1f}s)")
        if result["error"]:
            line += f"   citeproc-js error: {result['error']}"
        print(line, flush=True)
        lines.append(line)
        causes = Counter(first_change(ours, js) for _, _, ours, js in result["diffs"])
        for cause, count in causes.most_common(3):
            lines.append(f"    {count:3d} x {cause}")
            print(lines[-1])
        if args.verbose:
            for kind, item_id, ours, js in result["diffs"]:
                print(f"  {kind} {item_id}\n    ours: {ours}\n    js:   {js}")
    if not args.style:  # a partial run must not replace the full figures
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
