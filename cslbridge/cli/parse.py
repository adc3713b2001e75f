"""`parse`: free-text reference lists, notes and scraped pages into items."""

from __future__ import annotations

import click

from .. import api
from ..items import errors
from ..textio import read_text, write_text
from .common import (
    EXIT_OK, EXIT_SOME_FAILED, bar, fail, friendly_errors, markup_for, read_only_format, report, works_only,
    write_items, writer_for,
)


@click.command()
@click.argument("infile", metavar="IN")
@click.option("-t", "--to", default=None, metavar="FORMAT",
              help="Output format (any writable format: csljson, bibtex, ris, ...; default: the one "
                   "-o's extension names, else csljson).")
@click.option("--page", is_flag=True,
              help="IN is an article page: put the article first and mark references as cited by it.")
@click.option("--review", is_flag=True,
              help="List the low-confidence items (number, source text, uncertain fields) instead.")
@click.option("-o", "--output", default="-", metavar="OUT", help="Output file ('-' for stdout).")
@friendly_errors
def parse(infile, to, page, review, output):
    """Find and parse the references in IN (text or HTML file, '-' for stdin)."""
    from ..parse import parse_page

    if not to and not review:
        _refuse_unwritable_output(output)
    fmt = api.get_format(writer_for(to, output))
    if fmt.write is None:
        fail(f"format {fmt.name!r} can be read but not written")
    source = "<stdin>" if infile == "-" else infile
    text = read_text(infile)
    structured = None if page else _structured_format(infile, text)
    if structured == fmt.name:  # `convert refs.json -t csljson` would only copy it
        fail(f"{source}: this is {structured} already, not a text or HTML page: use it as it is "
             f"(`cslbridge render {infile}`, `cslbridge validate {infile}`)")
    if structured:
        fail(f"{source}: this is {structured}, not a text or HTML page: read it with "
             f"`cslbridge convert {infile} -t {fmt.name}`")
    result = parse_page(text, source, page=page, progress=bar("tagging"))
    report(result.problems)
    items = result.items
    if not items:
        raise SystemExit(EXIT_SOME_FAILED)
    if review:
        write_text(output, review_text(items))  # -o names where the list goes, as it does the items
        raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) else EXIT_OK)
    write_text(output, write_items(works_for(items, fmt, infile), fmt.name, output))
    raise SystemExit(EXIT_SOME_FAILED if errors(result.problems) else EXIT_OK)


def _refuse_unwritable_output(output: str) -> None:
    """`-o` naming a file parse cannot write without `-t`: a rendered bibliography (`.html`,
    `.md`, `.rtf`) or a read-only format (`.txt`, `.nbib`), where CSL-JSON would land under the
    wrong name (`parse refs.txt -o refs.txt` wrote it over the list itself); `convert` refuses
    these too."""
    if output == "-" or writer_for(None, output, default=None):
        return
    if markup_for(None, output) != "text":
        fail(f"-o {output} is a rendered bibliography: write the items (e.g. -o refs.json) and render "
             "them with `cslbridge render`, or name the format with -t")
    read_only = read_only_format(output)
    if read_only:
        fail(f"-o {output}: format {read_only!r} can be read but not written; name the output format "
             "with -t (e.g. -t csljson)")


_OPENING = 500  # characters: a RIS export's provider header, a BibTeX file's first entry and fields


def _structured_format(path: str, text: str) -> str | None:
    """The format `convert` would read this input as, when it is in that format from its opening
    and is not a text or HTML page: the free-text parser would turn its fields into garbled works."""
    from ..formats import UnknownFormat, detect_format

    try:
        fmt = detect_format(path, text)
    except UnknownFormat:
        return None
    if fmt.name in ("text", "html") or not fmt.sniff or fmt.sniff(text) < 0.5:
        return None  # a text list saved as .json or .bib is still read as text
    head = text.lstrip("\ufeff \t\r\n")[:_OPENING]
    if fmt.sniff(head) < 0.5 and not head.startswith(("[", "{")):  # JSON cut short does not parse
        return None  # a page quoting an export further down is still a page
    return fmt.name


def works_for(items: list, fmt, infile: str) -> list:
    """The items to write in `fmt`: all of them where it keeps the pointer and commentary
    marks, else the works only, saying so as `render` does."""
    if keeps_marks(fmt):
        return items
    return works_only(items, infile, f"left out: {fmt.name} cannot mark them (use -t csljson to keep them)")


def keeps_marks(fmt) -> bool:
    """Whether a pointer note written in this format reads back still marked as a pointer.

    Asked of the format itself (a round trip of one probe item), so plugins that keep
    `custom` (CSL-JSON, CSL-YAML, BibTeX's cslbridge-* fields) keep pointers and the
    others leave them out rather than turning them into works.
    """
    if fmt.read is None or fmt.write is None:
        return False
    probe = {"id": "note1", "type": "document", "note": "Ibid.", "custom": {"pointer": True}}
    try:
        back = fmt.read(fmt.write([probe]), source="probe").items
    except Exception:  # a plugin that cannot round-trip cannot mark either
        return False
    return bool(back) and bool((back[0].get("custom") or {}).get("pointer"))


def review_text(items) -> str:
    """The items flagged for review, each with its number, source and doubtful fields."""
    from ..parse import fields

    threshold = getattr(fields, "REVIEW_BELOW", 0.75)
    flagged = [(n, i) for n, i in enumerate(items, 1) if (i.get("custom") or {}).get("review")]
    lines = [f"{len(flagged)} of {len(items)} item(s) need review"]
    for position, item in flagged:
        custom = item["custom"]
        label = "note" if custom.get("section") == "notes" else "entry"
        where = f"{label} {custom['number']}" if "number" in custom else f"item {position}"
        if "line" in custom:
            where += f", line {custom['line']}"
        lines.append("")
        lines.append(f"#{position} ({where}) {item.get('type', '?')} {item.get('id', '')}".rstrip())
        lines.append(f"  source: {custom.get('source', '')}")
        confidence = custom.get("confidence") or {}
        doubtful = sorted((p, f) for f, p in confidence.items() if p < threshold)
        if doubtful:
            lines.append("  uncertain: " + ", ".join(
                f"{f} {p:.2f} ({_show(item.get(f, item.get('type') if f == 'type' else ''))})"
                for p, f in doubtful))
        if not item.get("title"):
            lines.append("  missing: title")
    return "\n".join(lines) + "\n"


def _show(value) -> str:
    if isinstance(value, list):
        value = "; ".join(n.get("family") or n.get("literal") or "" for n in value if isinstance(n, dict))
    elif isinstance(value, dict):
        value = value.get("date-parts") or value.get("literal") or value.get("raw") or ""
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."
