"""Split one reference string into tokens with character offsets.

Tokens are whitespace-separated words, as in the AnyStyle training data, with
two extra cuts that reference lists glue together: Vancouver's
``2012;30(15):494-502`` and GOST's ``//`` separator. Offsets let every tagged
span be cut back out of the original string, so nothing is re-typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Cut before "(" or after ";" / ":" / ")," when digits follow ("(4):e160", Cochrane's "(6):CD013412",
# BMJ's "365:l1234", the Company of Biologists' "(4):jeb212345", Oxford's "(2):taaa021" and "36(6),693-695" too),
# after a year's ";" before a bracketed issue (Citing Medicine's issue with no volume, "2016;(1):8-21"), and around "//".
_GLUE = re.compile(r"(?<=\d)(?=\()|(?<=[;:])(?=\d)|(?<=\d;)(?=\(\d)|(?<=[\d)]:)(?=[a-zA-Z]\d|[A-Z]{2,3}\d|[a-z]{2,4}\d{3,4})|(?<=\d\),)(?=\d)|(?<=\S)(?=//(?!\S*\.\w))|(?<=//)(?=[^\s/])")
_URLISH = re.compile(r"(?i)^(https?:|www\.|doi:|10\.\d)")


def _may_cut(word: str) -> bool:
    """Does the word hold a character _GLUE cuts at? Most words do not, and skip _cuts's cache."""
    return len(word) > 3 and ("(" in word or ";" in word or ":" in word or "/" in word)


@lru_cache(maxsize=100_000)
def _cuts(word: str) -> tuple[int, ...]:
    """Offsets inside one whitespace-separated word (one ``_may_cut`` lets through) where it
    splits into tokens."""
    if _URLISH.match(word) or "://" in word:
        return ()
    return tuple(m.start() for m in _GLUE.finditer(word) if 0 < m.start() < len(word))


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the tokens of ``text``."""
    spans = []
    end = 0
    # str.split cuts at the same whitespace as a \S+ scan but builds no match objects; the
    # next word starts at its first occurrence after the previous one (whitespace between).
    for word in text.split():
        start = text.find(word, end)
        end = start + len(word)
        cuts = _cuts(word) if _may_cut(word) else ()
        if not cuts:
            spans.append((start, end))
            continue
        last = 0
        for cut in cuts:
            if cut > last:
                spans.append((start + last, start + cut))
            last = cut
        spans.append((start + last, end))
    return spans
