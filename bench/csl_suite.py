"""Run the CSL processor test suite through plain citeproc-py and through cslbridge.render.

    .venv/bin/python bench/csl_suite.py [GLOB] [--failures]

Reads the fixtures in ../shared/data/csl-test-suite/*.txt (sections
``>>==== NAME ====>>`` ... ``<<==== NAME ====<<``: MODE, CSL, INPUT, RESULT and
optional CITATION-ITEMS, CITATIONS, BIBENTRIES, BIBSECTION), renders each in
HTML as citeproc-js does, and compares with RESULT. Prints pass counts overall
and per category (the file-name prefix before ``_``) and writes them to
bench/results/csl_suite.txt. Every fixture has a time limit, so one runaway
case cannot hang the run.
"""

from __future__ import annotations

import glob
import json
import re
import signal
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT.parent / "shared" / "data" / "csl-test-suite"
RESULTS = ROOT / "bench" / "results" / "csl_suite.txt"
TIME_LIMIT = 10  # seconds per fixture and path

_SECTION = re.compile(r">>=+ ?([A-Z-]+) ?=+>>\n(.*?)\n<<=+ ?\1 ?=+<<", re.S)


class TimeLimit(Exception):
    pass


def parse_fixture(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    sections = {name: body for name, body in _SECTION.findall(text)}
    fixture = {"name": path.stem, "mode": sections["MODE"].strip(), "csl": sections["CSL"],
               "result": sections["RESULT"], "input": json.loads(sections["INPUT"])}
    for name in ("CITATION-ITEMS", "CITATIONS", "BIBENTRIES", "BIBSECTION"):
        if name in sections:
            fixture[name.lower()] = json.loads(sections[name])
    for i, item in enumerate(fixture["input"]):
        item.setdefault("id", i)
        item.setdefault("type", "book")
    return fixture


def normalize(text: str) -> str:
    """citeproc-js escapes as numeric entities; compare on one spelling."""
    text = text.replace("&#38;", "&amp;").replace("&#60;", "&lt;").replace("&#62;", "&gt;")
    return text.strip()


def expected_lines(fixture: dict) -> list[str]:
    result = fixture["result"]
    if fixture["mode"].startswith("bibliography"):
        body = result.strip()
        if body.startswith('<div class="csl-bib-body">'):
            body = body[len('<div class="csl-bib-body">'):].rstrip()
            body = body[:-len("</div>")] if body.endswith("</div>") else body
        entries = re.split(r'\s*<div class="csl-entry">', body)[1:]
        entries = [e.strip()[:-len("</div>")] if e.strip().endswith("</div>") else e for e in entries]
        return [normalize(re.sub(r"\s*\n\s*", "", e)) for e in entries]
    return [normalize(line) for line in result.split("\n")]


def clusters_of(fixture: dict) -> tuple[list[list[dict]], bool]:
    """(clusters, integration style output with ..[n] / >>[n] prefixes)."""
    if "citation-items" in fixture:
        return fixture["citation-items"], False
    if "citations" in fixture:
        return [c[0]["citationItems"] for c in fixture["citations"]], True
    return [[{"id": item["id"]} for item in fixture["input"]]], False


def label_lines(texts: list[str], integration: bool) -> list[str]:
    if not integration:
        return texts
    last = len(texts) - 1
    return [f"{'>>' if i == last else '..'}[{i}] {t}" for i, t in enumerate(texts)]


# --- plain citeproc-py, as its own test runner drives it -----------------------

def run_plain(fixture: dict, style_path: str) -> list[str]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator
    from citeproc.formatter import html as html_formatter
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(style_path, validate=False)
    source = CiteProcJSON(json.loads(json.dumps(fixture["input"])))
    bib = CitationStylesBibliography(style, source, html_formatter)

    def item(data):
        extra = {}
        if "locator" in data:
            extra["locator"] = Locator(data.get("label", "page"), data["locator"])
        for affix in ("prefix", "suffix"):
            if affix in data:
                extra[affix] = data[affix]
        return CitationItem(str(data["id"]), **extra)

    clusters, integration = clusters_of(fixture)
    if fixture["mode"].startswith("bibliography") and "bibentries" in fixture:
        clusters = [[{"id": i} for i in fixture["bibentries"][-1]]]
    citations = [Citation([item(c) for c in cluster]) for cluster in clusters]
    for citation in citations:
        bib.register(citation)
    if style.has_bibliography():
        bib.sort()
    if fixture["mode"].startswith("bibliography"):
        return [str(e) for e in bib.bibliography()]
    return label_lines([str(bib.cite(c, lambda x: None)) for c in citations], integration)


# --- cslbridge.render ------------------------------------------------------------

def run_ours(fixture: dict, style_path: str) -> list[str]:
    from cslbridge.render import render_citations, render_entries

    items = fixture["input"]
    if fixture["mode"].startswith("bibliography"):
        wanted = None
        if "bibentries" in fixture:
            wanted = [str(i) for i in fixture["bibentries"][-1]]
        elif "citation-items" in fixture or "citations" in fixture:  # only what was cited
            wanted = [str(c["id"]) for cluster in clusters_of(fixture)[0] for c in cluster]
        if wanted is not None:
            by_id = {str(item["id"]): item for item in items}
            items = [by_id[i] for i in dict.fromkeys(wanted) if i in by_id]
        return [e.text or "" for e in render_entries(items, style_path, output="html")]
    clusters, integration = clusters_of(fixture)
    return label_lines(list(render_citations(items, clusters, style_path, output="html")), integration)


def run(fixture: dict, runner, style_path: str) -> bool:
    def alarm(signum, frame):
        raise TimeLimit()

    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TIME_LIMIT)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = [normalize(t) for t in runner(fixture, style_path)]
        if not fixture["mode"].startswith("bibliography"):
            got = [line for text in got for line in text.split("\n")]
        return got == expected_lines(fixture)
    except (Exception, TimeLimit):
        return False
    finally:
        signal.alarm(0)


def main(argv: list[str]) -> int:
    if not SUITE.is_dir():
        print(f"skipped: {SUITE} not found")
        return 0
    pattern = next((a for a in argv if not a.startswith("-")), "*")
    show_failures = "--failures" in argv
    paths = sorted(Path(p) for p in glob.glob(str(SUITE / f"{pattern}.txt")))
    totals, plain_ok, ours_ok = Counter(), Counter(), Counter()
    failures = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(paths):
            category = path.stem.split("_")[0]
            totals[category] += 1
            try:
                fixture = parse_fixture(path)
            except (KeyError, ValueError):
                failures.append(path.stem)
                continue
            style_path = str(Path(tmp) / f"{n}-{path.stem}.csl")
            Path(style_path).write_text(fixture["csl"], encoding="utf-8")
            plain_ok[category] += run(fixture, run_plain, style_path)
            ok = run(fixture, run_ours, style_path)
            ours_ok[category] += ok
            if not ok:
                failures.append(path.stem)
    elapsed = time.perf_counter() - started
    total = sum(totals.values())
    lines = [f"CSL test suite: {total} fixtures from {SUITE.name} ({elapsed:.0f} s)",
             f"{'category':<14} {'total':>5} {'citeproc-py':>12} {'cslbridge':>10}"]
    for category in sorted(totals):
        lines.append(f"{category:<14} {totals[category]:>5} {plain_ok[category]:>12} {ours_ok[category]:>10}")
    p, o = sum(plain_ok.values()), sum(ours_ok.values())
    lines.append(f"{'TOTAL':<14} {total:>5} {p:>6} ({p / max(total, 1):.1%}) {o:>4} ({o / max(total, 1):.1%})")
    report = "\n".join(lines)
    print(report)
    if show_failures:
        print("failing (cslbridge):", " ".join(failures))
    if pattern == "*":
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
