"""Split one reference string into tokens with character offsets.

Tokens are whitespace-separated words, as in the AnyStyle training data, with
two extra cuts that reference lists glue together: Vancouver's
``2012;30(15):494-502`` and GOST's ``//`` separator. Offsets let every tagged
span be cut back out of the original string, so nothing is re-typed.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
# Cut before "(" or after ";" / ":" when digits follow, and around "//".
_GLUE = re.compile(r"(?<=\d)(?=\()|(?<=[;:])(?=\d)|(?<=\S)(?=//(?!\S*\.\w))|(?<=//)(?=[^\s/])")
_URLISH = re.compile(r"(?i)^(https?:|www\.|doi:|10\.\d)")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the tokens of ``text``."""
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) > 3 and not _URLISH.match(word) and "://" not in word:
            cuts = [m.start() for m in _GLUE.finditer(word) if 0 < m.start() < len(word)]
            if cuts:
                last = 0
                for cut in cuts:
                    if cut > last:
                        spans.append((start + last, start + cut))
                    last = cut
                spans.append((start + last, end))
                continue
        spans.append((start, end))
    return spans
