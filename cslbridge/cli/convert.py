"""`convert`, `validate` and `formats`: moving items between formats."""

from __future__ import annotations

import click

from .. import api
from ..items import errors
from ..formats import format_names, registry
from ..textio import write_text
from .common import (
    EXIT_OK, EXIT_SOME_FAILED, bar, fail, friendly_errors, read_only_format, report, write_items, writer_for,
)
from .parse import works_for


@click.command()
@click.argument("infile", metavar="IN")
@click.option("-f", "--from", "from_", metavar="FORMAT", help="Input format (default: detected).")
@click.option("-t", "--to", "to", metavar="FORMAT",
              help="Output format (default: the one -o's extension names).")
@click.option("-o", "--output", default="-", metavar="OUT", help="Output file ('-' for stdout).")
@friendly_errors
def convert(infile, from_, to, output):
    """Convert a bibliography IN ('-' for stdin) to another format."""
    to = writer_for(to, output, default=None)
    read_only = None if to else read_only_format(output)
    if read_only:
        fail(f"-o {output}: format {read_only!r} can be read but not written; name the output format "
             "with -t (e.g. -t ris)")
    if to is None:
        fail("name the output format with -t (e.g. -t ris)"
             + ("" if output == "-" else f": the extension of {output} names no format"))
    fmt = api.get_format(to)  # fail on a bad target before reading anything
    result = api.read(infile, from_, progress=bar("reading"))
    report(result.problems)
    write_text(output, write_items(works_for(result.items, fmt, infile), to, output))
    raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) else EXIT_OK)


@click.command()
@click.argument("infile", metavar="IN")
@click.option("-f", "--from", "from_", metavar="FORMAT", help="Input format (default: detected).")
@friendly_errors
def validate(infile, from_):
    """Check IN against the CSL-JSON schema; list every problem with its entry."""
    result = api.read(infile, from_, progress=bar("reading"))
    problems = list(result.problems) + api.check(result.items, infile)
    report(problems)
    click.echo(f"{len(result.items)} item(s) read, {len(errors(problems))} problem(s)", err=True)
    raise SystemExit(EXIT_SOME_FAILED if errors(problems) else EXIT_OK)


@click.command()
def formats():
    """List the registered formats and what each can do."""
    seen = {fmt.name: fmt for fmt in registry().values()}
    for name in format_names():
        fmt = seen[name]
        can = "/".join(x for x, ok in (("read", fmt.read), ("write", fmt.write)) if ok)
        exts = ", ".join("." + e for e in fmt.extensions)
        click.echo(f"{name:10} {can:10} {exts:20} {fmt.description}")
