"""Rendering CSL-JSON items into CSL styles: bibliographies and in-text citations.

    >>> from cslbridge.render import render_bibliography
    >>> render_bibliography(items, "apa", output="html")

The renderer is citeproc-py, wrapped so that field text is escaped, one bad
item never costs the others, and styles are found by path, id or alias.
"""

from .engine import Entry, Rendered, render_bibliography, render_citations, render_entries
from .markup import OUTPUT_FORMATS, html_document, rtf_document
from .styles import StyleInfo, UnknownStyle, list_styles, resolve_style

__all__ = [
    "OUTPUT_FORMATS", "Entry", "Rendered", "StyleInfo", "UnknownStyle", "html_document",
    "list_styles", "render_bibliography", "render_citations", "render_entries",
    "resolve_style", "rtf_document",
]
