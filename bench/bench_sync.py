"""Zotero sync throughput against the in-process test server: requests per 1,000 items and items/s.

    .venv/bin/python bench/bench_sync.py [N]

Pushes N generated items (default 1,000) into a fresh collection, pushes them
again (idempotent re-push), then once more into a new library with faults
injected (429 + Retry-After, Backoff, 500s, dropped connections), and pulls the
collection back. Prints the figures and writes them to bench/results/bench_sync.txt.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from cslbridge.zotero.client import ZoteroSync
from cslbridge.zotero.testserver import ZoteroTestServer

RESULTS = Path(__file__).resolve().parent / "results" / "bench_sync.txt"


def make_items(n: int) -> list[dict]:
    journals = ["Central Asian Survey", "Europe-Asia Studies", "Post-Soviet Affairs"]
    return [{
        "id": f"gen{i}", "type": "article-journal", "title": f"Security cooperation in Eurasia: case {i}",
        "author": [{"family": f"Petrov{i % 97}", "given": "I."}, {"family": "Berg", "given": "K.",
                                                               "non-dropping-particle": "von"}],
        "container-title": journals[i % 3], "issued": {"date-parts": [[1995 + i % 30]]},
        "volume": str(i % 40 + 1), "issue": str(i % 4 + 1), "page": f"{i}-{i + 12}", "language": "ru",
        "original-title": f"Sotrudnichestvo v Evrazii {i}",
        "custom": {"source": f"Petrov{i % 97} I. ... case {i}", "confidence": {"title": 0.9}},
    } for i in range(n)]


def run(server: ZoteroTestServer, items: list[dict], label: str, lines: list[str], state: str) -> None:
    before = len(server.log)
    start = time.perf_counter()
    client = ZoteroSync(api_key="bench-key", endpoint=server.url, state_dir=state)
    report = client.push(items, "Bench / Items")
    elapsed = time.perf_counter() - start
    client.close()
    requests = len(server.log) - before
    writes = sum(1 for m, p, _ in server.log[before:] if m == "POST" and p.endswith("/items"))
    line = (f"{label:28} {len(items)} items: {report.summary()}; {requests} requests "
            f"({writes} item writes) = {requests * 1000 / len(items):.1f} requests per 1,000 items; "
            f"{elapsed:.2f} s = {len(items) / elapsed:.0f} items/s")
    print(line)
    lines.append(line)


def main(n: int = 1000) -> None:
    items = make_items(n)
    lines = [f"bench_sync: {n} items, in-process Zotero test server (127.0.0.1), "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"]
    with tempfile.TemporaryDirectory() as state, ZoteroTestServer(keys={"bench-key": 1}) as server:
        run(server, items, "first push", lines, state)
        run(server, items, "re-push (nothing new)", lines, state)
    with tempfile.TemporaryDirectory() as state, ZoteroTestServer(keys={"bench-key": 1}) as server:
        server.inject("429", seconds="0.5", after=2)
        server.inject("backoff", seconds="0.5", after=5)
        server.inject("500", after=8, times=2)
        server.inject("drop", after=11)
        server.inject("drop-after", after=14)
        run(server, items, "first push under faults", lines, state)
        assert len(server.library().items) == n, "faults cost or duplicated items"
        client = ZoteroSync(api_key="bench-key", endpoint=server.url, state_dir=state)
        start = time.perf_counter()
        pulled = client.pull("Bench / Items")
        elapsed = time.perf_counter() - start
        client.close()
        line = f"{'pull':28} {len(pulled)} items in {elapsed:.2f} s = {len(pulled) / elapsed:.0f} items/s"
        print(line)
        lines.append(line)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
