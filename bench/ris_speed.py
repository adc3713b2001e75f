"""RIS records read and written per CPU-second, and the round trip checked on every fixture.

Reads all of ``fixtures/ris/`` repeated to about 10,000 records, writes them back, and reads
the written text again; reports this process's CPU time (the machine is shared, so wall time
says little). Writes bench/results/ris_speed.txt.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cslbridge.formats import ris  # noqa: E402
from cslbridge.textio import read_text  # noqa: E402

OUT = ROOT / "bench" / "results" / "ris_speed.txt"


def main() -> None:
    texts = [read_text(str(path)) for path in sorted((ROOT / "fixtures" / "ris").glob("*.ris"))]
    per_copy = sum(len(ris.read(t).items) for t in texts)
    copies = max(1, 10_000 // per_copy)
    text = "\r\n".join(texts) * copies

    cpu = time.process_time()
    result = ris.read(text, "bench")
    read_cpu = time.process_time() - cpu
    cpu = time.process_time()
    written = ris.write(result.items)
    write_cpu = time.process_time() - cpu
    again = ris.read(written, "bench-again")

    n = len(result.items)
    lines = [
        f"records: {n} ({len(texts)} fixture files x {copies}), problems: {len(result.problems)}",
        f"read:  {n / read_cpu:,.0f} records per CPU-second ({read_cpu:.2f} s)",
        f"write: {n / write_cpu:,.0f} records per CPU-second ({write_cpu:.2f} s)",
        f"read back equal to first read: {again.items == result.items}",
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
