"""`sync push` and `sync pull`: Zotero collections in and out, over the library API."""

from __future__ import annotations

from dataclasses import replace

import click

from .. import api
from ..items import errors
from ..textio import write_text
from .common import (
    EXIT_OK, EXIT_SOME_FAILED, bar, fail, friendly_errors, known_locale, markup_for, progress, rendered_markup, report, write_items, writer_for,
)

_library = click.option("--library", metavar="user:ID|group:ID",
                        help="Target library (default: the API key's own user library).")
_api_key = click.option("--api-key", envvar="ZOTERO_API_KEY", metavar="KEY",
                        help="Zotero API key (default: $ZOTERO_API_KEY).")
_endpoint = click.option("--endpoint", envvar="ZOTERO_ENDPOINT", metavar="URL",
                         help="API server (default: $ZOTERO_ENDPOINT or https://api.zotero.org).")
_collection = click.option("-c", "--collection", required=True, metavar="PATH",
                           help='Collection path, levels separated by " / ", e.g. "CSTO / Sources".')


@click.group()
def sync():
    """Push items into Zotero collections and pull collections back out."""


def _guard(api_key):
    """Run a sync step: expected failures become one line, and the key is never echoed."""
    from ..zotero.client import SyncError

    class Guard:
        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            if isinstance(exc, SyncError):
                message = str(exc)
                if api_key:
                    message = message.replace(api_key, "***")
                fail(message)
            return False

    return Guard()


@sync.command()
@click.argument("infile", metavar="IN")
@_collection
@click.option("-f", "--from", "from_", metavar="FORMAT", help="Input format (default: detected).")
@_library
@_api_key
@_endpoint
@click.option("--state-dir", envvar="CSLBRIDGE_STATE_DIR", metavar="DIR",
              help="Where the push journal lives (default: $CSLBRIDGE_STATE_DIR or ~/.cache/cslbridge/sync).")
@click.option("--dry-run", is_flag=True, help="Show what would be created or updated; write nothing.")
@click.option("--desktop", is_flag=True, help="Save through a running Zotero desktop's connector instead.")
@friendly_errors
def push(infile, collection, from_, library, api_key, endpoint, state_dir, dry_run, desktop):
    """Push the items in IN into a Zotero collection (created if missing); safe to repeat."""
    if not desktop and not api_key:
        fail("no Zotero API key: pass --api-key or set ZOTERO_API_KEY (--desktop needs none)")
    result = api.read(infile, from_, progress=bar("reading"))
    report(result.problems)
    with _guard(api_key):
        if desktop:
            from ..zotero.client import not_a_work, skipped_summary
            from ..zotero.connector import DESKTOP_ENDPOINT, push_desktop

            saved = push_desktop(result.items, collection, endpoint or DESKTOP_ENDPOINT)
            skipped = [(str(item.get("id") or f"#{n}"), why)
                       for n, item in enumerate(result.items, 1) if (why := not_a_work(item))]
            click.echo(f"saved {saved} item(s) to Zotero desktop{skipped_summary(skipped)}")
            raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) else EXIT_OK)
        from ..zotero.client import ZoteroSync

        with ZoteroSync(library, api_key, endpoint, state_dir=state_dir) as client:
            plan = client.plan(result.items, collection, dry_run)
            steps = client.send(plan)
            if len(plan.batches) > 2:  # a bar on long runs (terminal only)
                steps = progress(steps, "pushing", length=len(plan.batches))
            for _ in steps:
                pass
            outcome = plan.report
    for entry, message in outcome.failed:
        click.echo(f"error: {infile}: entry {entry!r}: {message}", err=True)
    where = f"{client.library} / {collection}"
    click.echo(f"{where}: {outcome.summary()}")
    raise SystemExit(EXIT_SOME_FAILED if outcome.failed or errors(result.problems) else EXIT_OK)


@sync.command()
@_collection
@click.option("-t", "--to", "to", default=None, metavar="FORMAT",
              help="Output format (any writer), or text/html/md/rtf with --style (default: the one "
                   "-o's extension names, else csljson, or text with --style).")
@click.option("--style", metavar="STYLE", help="Render a bibliography in this CSL style (e.g. apa).")
@click.option("--locale", metavar="LOCALE", callback=known_locale,
              help="Locale for --style (default: the style's).")
@click.option("--subcollections", is_flag=True, help="Include the items of every subcollection.")
@click.option("-o", "--output", default="-", metavar="OUT", help="Output file ('-' for stdout).")
@click.option("--local", is_flag=True, help="Read from the Zotero 7 desktop's local API (127.0.0.1:23119).")
@_library
@_api_key
@_endpoint
@friendly_errors
def pull(collection, to, style, locale, subcollections, output, local, library, api_key, endpoint):
    """Export a Zotero collection as CSL-JSON, BibTeX, RIS, ... or a rendered bibliography."""
    if not style and not to and markup_for(None, output) != "text":  # as `convert -o x.html` refuses it
        fail(f"-o {output} is a rendered bibliography: name the style with --style (e.g. --style apa), "
             "or the format with -t")
    to = (to or rendered_markup(None, output)) if style else writer_for(to, output)
    if not style and to in ("text", "html", "md", "rtf"):
        fail(f"-t {to} renders a bibliography: name the style with --style (e.g. --style apa)")
    if style:
        from ..render import render_bibliography, resolve_style
        from .render import rendered_document

        info = resolve_style(style)  # a bad style, like a bad target, fails before any network traffic
    else:
        api.get_format(to)
    with _guard(api_key):
        from ..zotero.client import ZoteroSync

        with ZoteroSync(library, api_key, endpoint, local=local) as client:
            items = client.pull(collection, subcollections)
    if style:
        markup = to if to != "csljson" else "text"
        rendered = render_bibliography(items, info, locale, markup)
        where = f"{client.library} / {collection}"  # the problems name the collection, not '<input>'
        report(replace(problem, source=where) for problem in rendered.problems)
        write_text(output, rendered_document(list(rendered), [], markup, info.title))
        raise SystemExit(EXIT_SOME_FAILED if rendered.problems else EXIT_OK)
    write_text(output, write_items(items, to, output))
    click.echo(f"{len(items)} item(s) pulled from {client.library} / {collection}", err=True)
