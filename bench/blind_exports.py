"""Figures of the blind export rounds: entries and facts read as a researcher expects, and
what every writer gives back (round-trip losses), over the fixtures of
tests/test_formats_exports2.py, with that test's own checks. Prints the misses, then one line:

    .venv/bin/python bench/blind_exports.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_formats_exports2 import EXPECTED, FIXTURES, OPEN_AT_END, WRITERS, round_trip_losses  # noqa: E402
from test_more_exports import check, expected_count  # noqa: E402

from cslbridge import api  # noqa: E402
from cslbridge.formats import get_format  # noqa: E402


def main() -> None:
    entries = entries_right = facts = facts_right = losses = problems = 0
    for path, wanted in sorted(EXPECTED.items()):
        result = api.read(str(FIXTURES / path))
        if path not in OPEN_AT_END:
            for problem in result.problems:
                problems += 1
                print(f"PROBLEM {problem}")
        for n, want in enumerate(wanted):
            entries += 1
            facts += expected_count(want)
            misses = check(result.items[n], want) if n < len(result.items) else ["entry not read"]
            entries_right += not misses
            facts_right += expected_count(want) - min(len(misses), expected_count(want))
            for miss in misses:
                print(f"MISS {path} #{n}: {miss}")
        for writer in WRITERS:
            fmt = get_format(writer)
            again = fmt.read(fmt.write(result.items), f"again.{writer}")
            for problem in again.problems:
                problems += 1
                print(f"PROBLEM {path} via {writer}: {problem}")
            for item, back in zip(result.items, again.items):
                for loss in round_trip_losses(item, back, writer):
                    losses += 1
                    print(f"LOSS {path} {item['id']}: {loss}")
    print(f"entries {entries_right}/{entries}, facts {facts_right}/{facts}, "
          f"round-trip losses {losses} (writers: {', '.join(WRITERS)}), problems {problems}")


if __name__ == "__main__":
    main()
