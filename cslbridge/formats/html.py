"""Saved HTML pages: reference lists (`<ol>`/`<li>`, `<p>`), notes and the article's meta tags.

Read-only. The page is flattened to text blocks by :mod:`cslbridge.parse.page`
and read like a text page; see :mod:`cslbridge.parse`.
"""

from __future__ import annotations

from ..items import ReadResult
from . import Format


def read(text: str, source: str = "", progress=None) -> ReadResult:
    """Find and tag every reference on the page (the page's own article is not included)."""
    from ..parse import parse_page

    return parse_page(text, source, progress=progress)


def sniff(text: str) -> float:
    from ..parse.page import looks_like_html

    return 0.6 if looks_like_html(text) else 0.0


FORMAT = Format(
    name="html",
    description="saved HTML pages with reference lists or notes (read only)",
    extensions=("html", "htm", "xhtml"),
    read=read,
    sniff=sniff,
    aliases=("htm",),
)
