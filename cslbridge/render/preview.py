"""Style previews: the same items in several styles, side by side.

People choose a style by looking at their own references in it. A preview
renders every item and a few in-text citations in each style, then shows them
as a terminal table (one column per style) or as one self-contained HTML page
with a style switcher. The page treats every rendered string as untrusted:
scraped titles can hold markup, and only the few tags the renderer emits
survive; everything else shows as text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from . import render_citations, render_entries, resolve_style


@dataclass
class StylePreview:
    """One style's rendering of the items: entries by item id, citation examples, problems."""

    id: str
    title: str
    entries: dict[str, str] = field(default_factory=dict)  # item id -> rendered entry
    order: list[str] = field(default_factory=list)          # item ids in the style's order
    citations: list[tuple[str, str]] = field(default_factory=list)  # (what it shows, rendered)
    problems: list[str] = field(default_factory=list)


def citation_examples(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """A few clusters that show how a style cites: plain, with a page, two works together."""
    ids = [str(item["id"]) for item in items if item.get("id") not in (None, "")]
    if not ids:
        return []
    examples = [("one work", [{"id": ids[0]}]),
                ("with pages", [{"id": ids[0], "locator": "45-47", "label": "page"}])]
    if len(ids) > 1:
        examples.append(("two works", [{"id": ids[0]}, {"id": ids[1]}]))
    return examples


def build_preview(items: list[dict], styles: list[str], locale: str | None = None,
                  output: str = "text") -> list[StylePreview]:
    """Render `items` in each style (raises UnknownStyle before rendering anything)."""
    infos = [resolve_style(name) for name in styles]
    examples = citation_examples(items)
    previews = []
    for info in infos:
        preview = StylePreview(info.id, info.title)
        for entry in render_entries(items, info, locale, output):
            if entry.error:
                preview.problems.append(f"entry {entry.id!r}: {entry.error}")
            else:
                preview.entries[entry.id] = entry.text
                preview.order.append(entry.id)
        if examples:
            rendered = render_citations(items, [c for _, c in examples], info, locale, output)
            preview.citations = [(label, text or "") for (label, _), text in zip(examples, rendered)]
            preview.problems.extend(str(p) for p in rendered.problems)
        previews.append(preview)
    return previews


def item_order(items: list[dict]) -> list[str]:
    """Rows of a side-by-side view follow the input, so one row is one item in every style."""
    return [str(item["id"]) for item in items if item.get("id") not in (None, "")]


# --- terminal ------------------------------------------------------------------

LONGEST_CELL = 2000  # characters of an entry the terminal table shows: enough to judge a style by


def _shown(entry: str) -> str:
    """An entry as the terminal table shows it: a huge one (a whole abstract pasted into a title)
    cut, saying how much is left out, since wrapping megabytes into a table cell takes minutes."""
    if len(entry) <= LONGEST_CELL:
        return entry
    return f"{entry[:LONGEST_CELL]}… (+{len(entry) - LONGEST_CELL:,} characters not shown)"


def terminal_table(items: list[dict], previews: list[StylePreview]):
    """A rich Table: one column per style, one row per item, then the citation examples."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True)
    table.add_column("item", overflow="fold", ratio=1, style="dim")
    for preview in previews:
        table.add_column(Text(f"{preview.title}\n{preview.id}"), overflow="fold", ratio=4)
    for item_id in item_order(items):
        cells = [Text(_shown(p.entries.get(item_id, "(not rendered)"))) for p in previews]
        table.add_row(Text(item_id), *cells)
    for label, _ in citation_examples(items):
        cells = [Text(dict(p.citations).get(label, "")) for p in previews]
        table.add_row(Text(f"in-text: {label}", style="italic"), *cells)
    return table


# --- HTML page -------------------------------------------------------------------

_ALLOWED_TAGS = {"i", "b", "em", "strong", "sup", "sub", "span"}
_ALLOWED_SPAN_STYLE = re.compile(
    r"^(font-style|font-weight|font-variant|text-decoration)\s*:\s*[a-z-]+\s*;?$")


class _Sanitizer(HTMLParser):
    """Keep the renderer's formatting tags; every other tag or text is shown as text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        style = dict(attrs).get("style") or ""
        if tag in _ALLOWED_TAGS and (
                (tag != "span" and not attrs)
                or (tag == "span" and len(attrs) == 1 and _ALLOWED_SPAN_STYLE.match(style))):
            self.open.append(tag)
            self.out.append(f'<span style="{html.escape(style)}">' if tag == "span" else f"<{tag}>")
        else:
            self.out.append(html.escape(self.get_starttag_text() or f"<{tag}>"))

    def handle_endtag(self, tag):
        if tag in self.open:
            while self.open:
                closing = self.open.pop()
                self.out.append(f"</{closing}>")
                if closing == tag:
                    break
        else:
            self.out.append(html.escape(f"</{tag}>"))

    def handle_startendtag(self, tag, attrs):
        self.out.append(html.escape(self.get_starttag_text() or f"<{tag}/>"))

    def handle_data(self, data):
        self.out.append(html.escape(data))

    def handle_comment(self, data):
        self.out.append(html.escape(f"<!--{data}-->"))

    def handle_decl(self, decl):
        self.out.append(html.escape(f"<!{decl}>"))

    def handle_pi(self, data):
        self.out.append(html.escape(f"<?{data}>"))

    def unknown_decl(self, data):
        self.out.append(html.escape(f"<![{data}]>"))

    def result(self) -> str:
        self.close()
        return "".join(self.out + [f"</{tag}>" for tag in reversed(self.open)])


def sanitize(fragment: str) -> str:
    """Renderer HTML reduced to its formatting tags; anything else is escaped text."""
    parser = _Sanitizer()
    parser.feed(fragment)
    return parser.result()


_CSS = """
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1d1d1d; background: #fff; }
h1 { font-size: 1.4rem; }
nav { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
nav button { font: inherit; font-size: .9rem; padding: .3rem .8rem; border: 1px solid #777;
             border-radius: 4px; background: #f4f4f4; cursor: pointer; }
nav button[aria-pressed="true"] { background: #1d4f91; color: #fff; border-color: #1d4f91; }
section h2 { font-size: 1.1rem; margin-bottom: .2rem; }
section .style-id { font: .8rem monospace; color: #555; }
ul.entries { list-style: none; padding-left: 0; }
ul.entries li { margin: .35rem 0 .35rem 2rem; text-indent: -2rem; }
table.cites { border-collapse: collapse; margin-top: 1rem; }
table.cites td { padding: .2rem .8rem .2rem 0; vertical-align: top; }
table.cites td:first-child { color: #555; font-style: italic; }
.problems { color: #8a1c1c; font-size: .9rem; }
"""

_JS = """
(function () {
  var buttons = document.querySelectorAll('nav button[data-target]');
  function show(id) {
    document.querySelectorAll('section.style').forEach(function (s) { s.hidden = s.id !== id; });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-target') === id ? 'true' : 'false');
    });
    if (history.replaceState) { history.replaceState(null, '', '#' + id); }
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-target')); });
  });
  var start = location.hash.slice(1);
  show(document.getElementById(start) ? start : buttons[0].getAttribute('data-target'));
})();
"""


def _csp() -> str:
    """Only our own inline script may run, so a script that slipped into the page cannot."""
    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def html_page(items: list[dict], previews: list[StylePreview], title: str = "Style preview") -> str:
    """One self-contained page (inline CSS and JS, no network) with a style switcher.

    `previews` must hold HTML renderings (build_preview(..., output="html")).
    Each style is a <section>; buttons show one section and hide the others.
    """
    esc = html.escape
    nav, sections = [], []
    for n, preview in enumerate(previews):
        anchor = f"style-{n + 1}"
        nav.append(f'<button type="button" data-target="{anchor}" data-style-id="{esc(preview.id)}" '
                   f'aria-pressed="false">{esc(preview.title)}</button>')
        rows = "\n".join(
            f'<li class="csl-entry" data-item="{esc(item_id)}">{sanitize(preview.entries[item_id])}</li>'
            for item_id in preview.order)
        cites = "\n".join(
            f"<tr><td>{esc(label)}</td><td class=\"cite\">{sanitize(text)}</td></tr>"
            for label, text in preview.citations if text)
        problems = "".join(f"<li>{esc(p)}</li>" for p in preview.problems)
        sections.append(
            f'<section class="style" id="{anchor}" data-style-id="{esc(preview.id)}">\n'
            f"<h2>{esc(preview.title)}</h2>\n<div class=\"style-id\">{esc(preview.id)}</div>\n"
            f'<ul class="entries">\n{rows}\n</ul>\n'
            + (f'<table class="cites">\n{cites}\n</table>\n' if cites else "")
            + (f'<ul class="problems">{problems}</ul>\n' if problems else "")
            + "</section>")
    count = len(item_order(items))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n<p>{count} item(s) in {len(previews)} style(s). "
        "Choose a style:</p>\n"
        f'<nav aria-label="styles">\n{chr(10).join(nav)}\n</nav>\n'
        + "\n".join(sections)
        + f"\n<script>{_JS}</script>\n</body>\n</html>\n"
    )

