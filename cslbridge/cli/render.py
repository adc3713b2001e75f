"""`render` and `styles`: bibliographies in CSL styles, and finding the style to use."""

from __future__ import annotations

import click

from .. import api
from ..items import Problem, errors
from ..render import (
    OUTPUT_FORMATS, html_document, list_styles, render_citations, render_entries, resolve_style,
    rtf_document,
)
from ..textio import write_text
from .common import (
    EXIT_OK, EXIT_SOME_FAILED, friendly_errors, known_locale, progress, rendered_markup, report, works_only,
)


@click.command()
@click.argument("infile", metavar="IN")
@click.option("-s", "--style", default="apa", show_default=True, metavar="STYLE",
              help="Style id, alias (apa, chicago, mla, harvard, ieee, vancouver, gost) or .csl path.")
@click.option("-l", "--locale", default=None, metavar="LOCALE", callback=known_locale,
              help="Locale for terms and dates, e.g. en-US, ru-RU (default: the style's).")
@click.option("--format", "output", type=click.Choice(OUTPUT_FORMATS), default=None,
              help="Output markup (default: the one -o's extension names, .html, .md or .rtf, else text).")
@click.option("-f", "--from", "from_", metavar="FORMAT", help="Input format (default: detected).")
@click.option("-o", "--output", "outfile", default="-", metavar="OUT", help="Output file ('-' for stdout).")
@click.option("--cite", is_flag=True, help="Also print an in-text citation for each item.")
@friendly_errors
def render(infile, style, locale, output, from_, outfile, cite):
    """Render the bibliography IN ('-' for stdin) in a CSL style."""
    info = resolve_style(style)  # a bad style fails before reading anything
    output = rendered_markup(output, outfile)
    result = api.read(infile, from_)
    report(result.problems)
    items = works_only(result.items, infile, "not rendered")
    entries = render_entries(items, info, locale, output,
                             progress=lambda it: progress(it, "rendering", length=len(items)))
    problems = [Problem(e.error, infile, entry=e.id) for e in entries if e.error]
    texts = [e.text for e in entries if not e.error]
    citations = []
    if cite:
        clusters = [[{"id": item["id"]}] for item in items if "id" in item]
        citations = render_citations(items, clusters, info, locale, output)
        problems += [Problem(p.message, infile) for p in citations.problems]
        citations = [c for c in citations if c]
    report(problems)
    write_text(outfile, rendered_document(texts, citations, output, info.title))
    raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) or problems else EXIT_OK)


def rendered_document(texts: list[str], citations: list[str], output: str, title: str) -> str:
    """Rendered entries (and citations) as one file of `output` markup: a whole HTML page or RTF
    document, Markdown paragraphs parted by a blank line, text one entry a line."""
    if output == "html":
        page = html_document(texts, title)
        if citations:
            cites = "\n".join(f'  <p class="csl-citation">{c}</p>' for c in citations)
            page = page.replace("</body>", f'<div class="csl-citations">\n{cites}\n</div>\n</body>')
        return page
    if output == "rtf":
        return rtf_document(texts + citations)
    sep = "\n\n" if output == "md" else "\n"
    body = "\n\n".join(part for part in (sep.join(texts), sep.join(citations)) if part)
    return body + "\n" if body else ""  # nothing rendered is an empty output, not a blank line


@click.command()
@click.argument("query", required=False, nargs=-1)
@friendly_errors
def styles(query):
    """List styles whose id or title matches QUERY words (ours first)."""
    found = list_styles(" ".join(query) or None)
    if not found:
        click.echo(f"no style matches {' '.join(query)!r}", err=True)
        raise SystemExit(EXIT_SOME_FAILED)
    width = min(max(len(s.id) for s in found), 50)
    for s in found:
        click.echo(f"{s.id:{width}}  {s.title}")
    raise SystemExit(EXIT_OK)
