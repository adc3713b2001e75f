"""References parsed per second on one core (target >= 1,500/s).

Parses the dev set plus (when ../shared is present) the held-out AnyStyle
strings, cold (fresh word-feature, token and initials caches) and warm (second pass), through
``parse_references``, pinned to one core, three rounds; this process's CPU time
is the one-core figure (best and median of the rounds: the machine is shared).
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

from cslbridge.parse import features, names, tokens  # noqa: E402
from cslbridge.parse.fields import parse_references  # noqa: E402
from cslbridge.parse.train import heldout  # noqa: E402

OUT = ROOT / "bench" / "results" / "parse_speed.txt"


def main():
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})  # one core
    texts = [json.loads(x)["text"] for x in (ROOT / "fixtures/refstrings/dev.jsonl").read_text().splitlines() if x]
    texts += [" ".join(t for t, _ in seq) for seq in heldout()]
    parse_references(texts[:5])  # load the model
    lines = [f"references: {len(texts)} (dev set + held-out AnyStyle), mean {sum(map(len, texts)) / len(texts):.0f} chars"]
    # The machine is shared: three rounds, best and median CPU time reported.
    cold, warm = [], []
    for _ in range(3):
        features._word_entry.cache_clear()
        tokens._cuts.cache_clear()
        names._is_initials.cache_clear()
        features._collapse_runs.cache_clear()
        for times in (cold, warm):
            cpu = time.process_time()
            parse_references(texts)
            times.append(time.process_time() - cpu)
    for label, times in (("cold cache", cold), ("warm cache", warm)):
        best, median = min(times), sorted(times)[1]
        lines.append(f"{label}: {len(texts) / best:,.0f} references/s per CPU-second on one core, best of 3 "
                     f"({best:.2f} s CPU); median {len(texts) / median:,.0f}/s")
    text = "\n".join(lines) + "\ntarget: >= 1,500 references/s"
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
