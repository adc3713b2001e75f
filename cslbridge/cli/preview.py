"""`preview`: the same entries in several styles, side by side, to choose a style."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from .. import api
from ..items import assign_ids, errors
from ..render import resolve_style
from ..render.preview import build_preview, html_page, terminal_table
from ..textio import write_text
from .common import EXIT_OK, EXIT_SOME_FAILED, friendly_errors, known_locale, report, works_only


@click.command()
@click.argument("infile", metavar="IN")
@click.option("-s", "--style", "styles", multiple=True, metavar="STYLE",
              help="A style to compare (repeat: --style apa --style gost). Default: apa and chicago.")
@click.option("-l", "--locale", default=None, metavar="LOCALE", callback=known_locale,
              help="Locale, e.g. en-GB, ru-RU.")
@click.option("-f", "--from", "from_", metavar="FORMAT", help="Input format (default: detected).")
@click.option("--html", "html_out", metavar="OUT.html",
              help="Also write one self-contained HTML page with a style switcher.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Show only the first N entries.")
@friendly_errors
def preview(infile, styles, locale, from_, html_out, limit):
    """Show the entries of IN in each --style side by side, with in-text citation examples."""
    styles = list(styles) or ["apa", "chicago"]
    for name in styles:
        resolve_style(name)  # a bad style fails before reading anything
    result = api.read(infile, from_)
    report(result.problems)
    items = works_only(result.items, infile, "not shown")
    items = assign_ids([dict(item) for item in items][:limit])
    if not items:
        if not errors(result.problems):  # a reader's own line ('empty input', 'invalid JSON') says why
            click.echo(f"error: {infile}: no entries to preview", err=True)
        raise SystemExit(EXIT_SOME_FAILED)
    previews = build_preview(items, styles, locale)
    problems = [f"{infile}: {p.id}: {m}" for p in previews for m in p.problems]
    from rich.console import Console

    console = Console(width=shutil.get_terminal_size((120, 24)).columns, highlight=False,
                      soft_wrap=False)
    console.print(terminal_table(items, previews))
    if html_out:
        pages = build_preview(items, styles, locale, output="html")
        name = "standard input" if infile == "-" else Path(infile).name
        write_text(html_out, html_page(items, pages, title=f"{name}: style preview"))
        click.echo(f"wrote {html_out}", err=True)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) or problems else EXIT_OK)
