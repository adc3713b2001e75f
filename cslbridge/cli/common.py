"""What every command shares: one-line errors, exit codes, terminal-only progress."""

from __future__ import annotations

import functools
import sys
import warnings
from pathlib import Path
from typing import Iterable, TypeVar

import click

from .. import api
from ..formats import UndetectedFormat, UnknownFormat, format_names
from ..items import Problem, WriteWarning, is_work
from ..textio import InputError

T = TypeVar("T")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """Print one line to stderr and exit: no traceback, ever."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def known_locale(ctx, param, locale: str | None) -> str | None:
    """`--locale`'s check, made before the input is read: a locale citeproc-py has no terms for is a usage
    error, not a line after the input's own notes."""
    if locale is not None:
        from ..render.engine import normalize_locale  # the renderer loads only for the commands that render
        try:
            normalize_locale(locale)
        except ValueError as error:
            raise click.BadParameter(str(error), ctx, param) from None
    return locale


def _output_extension(output: str) -> str:
    return Path(output).suffix.lstrip(".").lower()


def writer_for(to: str | None, output: str, default: str | None = "csljson") -> str | None:
    """The format to write: `-t` as given, else the writer -o's extension names (`-o refs.bib`
    is BibTeX, `refs.ris` RIS), else `default`: a .bib full of CSL-JSON reads back as nothing."""
    if to:
        return to
    suffix = _output_extension(output)
    named = [name for name in format_names(writable=True) if suffix in api.get_format(name).extensions]
    return named[0] if suffix and named else default


def read_only_format(output: str) -> str | None:
    """The format -o's extension names when it can only be read (`.txt` text, `.nbib` medline)."""
    suffix = _output_extension(output)
    named = [name for name in format_names() if suffix in api.get_format(name).extensions]
    return named[0] if suffix and named and api.get_format(named[0]).write is None else None


MARKUP_SUFFIXES = {"html": "html", "htm": "html", "md": "md", "markdown": "md", "rtf": "rtf"}


def markup_for(given: str | None, output: str) -> str:
    """A rendered bibliography's markup: `--format` as given, else the one -o's extension names
    (`-o refs.html` a page, `.md`, `.rtf`), else plain text."""
    return given or MARKUP_SUFFIXES.get(_output_extension(output), "text")


# Documents a word processor or viewer opens only in their own binary form; `.rtf` is the one it takes as text.
_BINARY_DOCUMENT_SUFFIXES = frozenset({"pdf", "doc", "docx", "odt"})


def rendered_markup(given: str | None, output: str) -> str:
    """`markup_for`, refusing an -o a rendered bibliography cannot be: one whose extension names a
    data format (`-o refs.bib`, `.json`: rendered text there reads back as nothing) or a binary
    document (`.docx`, `.pdf`), which plain text would have been written into without a word."""
    if not given:
        suffix = _output_extension(output)
        data_format = writer_for(None, output, default=None) or read_only_format(output)
        if data_format and data_format not in ("text", "html"):
            fail(f"-o {output}: .{suffix} names {data_format}, a data format, not a rendered bibliography "
                 "(render writes text, html, md or rtf, --format names one; `cslbridge convert` writes data)")
        if suffix in _BINARY_DOCUMENT_SUFFIXES:
            fail(f"-o {output}: cslbridge cannot write .{suffix} files: use -o with .rtf (which word "
                 "processors open), .html or .md, or name the markup with --format")
    return markup_for(given, output)


def report(problems) -> None:
    for problem in problems:
        click.echo(f"{'warning' if problem.warning else 'error'}: {problem}", err=True)


def works_only(items: list, infile: str, left_out: str) -> list:
    """The items that are works, saying on stderr, naming the input, how many pointer notes and
    commentary were left out and why (`render` and `preview` show works only; a format that
    cannot mark notes writes works only)."""
    works = [item for item in items if is_work(item)]
    if len(works) < len(items):
        where = "standard input" if infile == "-" else infile
        click.echo(f"note: {where}: {len(items) - len(works)} pointer or commentary note(s) are not works "
                   f"and are {left_out}", err=True)
    return works


def write_items(items, to: str, output: str) -> str:
    """`items` written in format `to`, what the writer kept elsewhere for want of a field
    (a :class:`WriteWarning`) reported as one `warning:` line each, naming the output and entry."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", WriteWarning)
        text = api.write(items, to)
    where = "<stdout>" if output == "-" else output
    for warning in caught:
        if issubclass(warning.category, WriteWarning):
            report([Problem(warning.message.message, where, None, warning.message.entry, warning=True)])
        else:  # not ours to say: passed on as Python would have shown it
            warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
    return text


def friendly_errors(command):
    """Turn the library's expected errors into one line and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except UndetectedFormat as exc:  # the API's message names its argument; here, the option
            fail(f"{exc.where}: cannot tell the format; name it with --from")
        except (InputError, UnknownFormat, ValueError) as exc:
            fail(str(exc).strip("'\""))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(EXIT_OK)

    return wrapper


def bar(label: str):
    """A `progress` callable for readers: a bar over the sequence they hand it."""
    return lambda sequence: progress(sequence, label, length=len(sequence))


def progress(items: Iterable[T], label: str, length: int | None = None) -> Iterable[T]:
    """A progress bar on stderr when it is a terminal; the bare iterable when piped."""
    if not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, label=label, length=length, file=sys.stderr) as bar:
        yield from bar
