"""Plain text: a pasted reference list, a notes section or a whole scraped page.

Read-only: the entries are found and tagged by :mod:`cslbridge.parse`. Pointer
notes and commentary are kept as marked items (see that module).
"""

from __future__ import annotations

import re

from ..items import ReadResult
from . import Format

_CITATION_LINE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def read(text: str, source: str = "", progress=None) -> ReadResult:
    """Find and tag every reference in the text (the page's own article is not included)."""
    from ..parse import parse_page

    return parse_page(text, source, progress=progress)


def sniff(text: str) -> float:
    """Low but positive for text with many citation-like lines, so structured formats win."""
    from ..parse.entries import reference_evidence

    lines = [line for line in text[:20000].splitlines() if line.strip()]
    if not lines:
        return 0.0
    citation_like = sum(
        1 for line in lines[:200] if _CITATION_LINE.search(line) and reference_evidence(line) >= 1
    )
    if citation_like < 2:
        return 0.0
    return round(min(0.3, 0.05 + 0.25 * citation_like / min(len(lines), 200)), 3)


FORMAT = Format(
    name="text",
    description="plain-text reference lists, notes and scraped pages (read only)",
    extensions=("txt", "text"),
    read=read,
    sniff=sniff,
    aliases=("txt", "plain"),
)
