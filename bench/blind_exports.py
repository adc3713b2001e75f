"""Figures of the blind export rounds: entries and facts read as a researcher expects, and
what every writer gives back (round-trip losses), over the fixtures of
tests/test_formats_exports2.py to tests/test_formats_exports9.py, with those tests' own checks.
Prints the misses, then one line for each round and one for all, and writes them to
bench/results/blind_exports.txt:

    .venv/bin/python bench/blind_exports.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "blind_exports.txt"
sys.path.insert(0, str(ROOT / "tests"))

import test_formats_exports2  # noqa: E402
import test_formats_exports3  # noqa: E402
import test_formats_exports4  # noqa: E402
import test_formats_exports5  # noqa: E402
import test_formats_exports6  # noqa: E402
import test_formats_exports7  # noqa: E402
import test_formats_exports8  # noqa: E402
import test_formats_exports9  # noqa: E402
from test_formats_exports2 import FIXTURES, OPEN_AT_END, WRITERS, round_trip_losses  # noqa: E402
from test_more_exports import check, expected_count  # noqa: E402

from cslbridge import api  # noqa: E402
from cslbridge.formats import get_format  # noqa: E402


ROUNDS = {"round 2": test_formats_exports2.EXPECTED, "round 3": test_formats_exports3.EXPECTED,
          "round 4": test_formats_exports4.EXPECTED, "round 5": test_formats_exports5.EXPECTED,
          "round 6": test_formats_exports6.EXPECTED,
          "round 7": test_formats_exports7.EXPECTED, "round 8": test_formats_exports8.EXPECTED,
          "round 9": test_formats_exports9.EXPECTED}
unexpected_problems = test_formats_exports3.unexpected_problems  # what a file must report is no miss


def main() -> None:
    lines: list[str] = []
    totals = [0] * 6
    for name, expected in ROUNDS.items():
        figures = measure(expected, lines)
        lines.append(f"{name}: {summary(*figures)}")
        totals = [a + b for a, b in zip(totals, figures)]
    lines.append(f"all: {summary(*totals)}")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    OUT.write_text(text, encoding="utf-8")


def summary(entries, entries_right, facts, facts_right, losses, problems) -> str:
    return (f"entries {entries_right}/{entries}, facts {facts_right}/{facts}, "
            f"round-trip losses {losses} (writers: {', '.join(WRITERS)}), problems {problems}")


def measure(expected: dict, lines: list[str]) -> tuple[int, ...]:
    """Reads every fixture of one round, adds its misses to `lines` and returns its figures."""
    entries = entries_right = facts = facts_right = losses = problems = 0
    for path, wanted in sorted(expected.items()):
        result = api.read(str(FIXTURES / path))
        if path not in OPEN_AT_END:
            unexpected = unexpected_problems(path, result.problems)
            problems += len(unexpected)
            lines += [f"PROBLEM {problem}" for problem in unexpected]
        for n, want in enumerate(wanted):
            entries += 1
            facts += expected_count(want)
            misses = check(result.items[n], want) if n < len(result.items) else ["entry not read"]
            entries_right += not misses
            facts_right += expected_count(want) - min(len(misses), expected_count(want))
            lines += [f"MISS {path} #{n}: {miss}" for miss in misses]
        if len(result.items) > len(wanted):  # an entry read as a work that is none (a BibLaTeX @set)
            problems += len(result.items) - len(wanted)
            lines += [f"PROBLEM {path}: item {item['id']!r} is no expected entry" for item in result.items[len(wanted):]]
        for writer in WRITERS:
            fmt = get_format(writer)
            again = fmt.read(fmt.write(result.items), f"again.{writer}")
            problems += len(again.problems)
            lines += [f"PROBLEM {path} via {writer}: {problem}" for problem in again.problems]
            for item, back in zip(result.items, again.items):
                lost = round_trip_losses(item, back, writer)
                losses += len(lost)
                lines += [f"LOSS {path} {item['id']}: {loss}" for loss in lost]
    return entries, entries_right, facts, facts_right, losses, problems


if __name__ == "__main__":
    main()
