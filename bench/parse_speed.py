"""References parsed per second on one core (target >= 1,500/s).

Parses the dev set plus (when ../shared is present) the held-out AnyStyle
strings, cold (fresh word-feature cache) and warm (second pass), through
``parse_references``, pinned to one core. The machine is shared, so both wall
time and this process's CPU time are reported; CPU time is the one-core figure.
Writes bench/results/parse_speed.txt.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cslbridge.parse import features  # noqa: E402
from cslbridge.parse.fields import parse_references  # noqa: E402
from cslbridge.parse.train import heldout  # noqa: E402

OUT = ROOT / "bench" / "results" / "parse_speed.txt"


def main():
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = [json.loads(x)["text"] for x in (ROOT / "fixtures/refstrings/dev.jsonl").read_text().splitlines() if x]
    texts += [" ".join(t for t, _ in seq) for seq in heldout()]
    parse_references(texts[:5])  # load the model
    features._word_entry.cache_clear()
    lines = [f"references: {len(texts)} (dev set + held-out AnyStyle), mean {sum(map(len, texts)) / len(texts):.0f} chars"]
    for label in ("cold cache", "warm cache"):
        start, cpu = time.perf_counter(), time.process_time()
        parse_references(texts)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        lines.append(f"{label}: {len(texts) / cpu:,.0f} references/s per CPU-second on one core "
                     f"({cpu:.2f} s CPU; wall {elapsed:.2f} s = {len(texts) / elapsed:,.0f}/s under shared load)")
    text = "\n".join(lines) + "\ntarget: >= 1,500 references/s"
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
