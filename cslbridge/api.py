"""The small Python API: read any supported input into CSL-JSON items, write them out.

    >>> import cslbridge
    >>> result = cslbridge.read("refs.bib")          # format detected
    >>> text = cslbridge.write(result.items, "ris")
"""

from __future__ import annotations

import inspect

from .formats import Format, UndetectedFormat, detect_format, get_format  # noqa: F401  (re-exported)
from .items import Item, Problem, ReadResult, validate
from .textio import read_text, without_controls_in_words


def read(path: str, format: str | None = None, progress=None) -> ReadResult:
    """Read a file ('-' for standard input) into items, detecting the format if not given.

    `progress`, if given, wraps the entries as the reader maps them (for readers that
    accept it; see :class:`cslbridge.formats.Reader`).
    """
    source = "<stdin>" if path == "-" else path
    text, mended = without_controls_in_words(read_text(path), source)
    if not format and not text.strip():  # nothing to tell the format by: say it is empty
        return _empty_is_a_problem(ReadResult([], []), text, source)
    fmt = _reader(format, path, text, "standard input" if path == "-" else path)
    if progress is not None and "progress" in inspect.signature(fmt.read).parameters:
        result = fmt.read(text, source=source, progress=progress)
    else:
        result = fmt.read(text, source=source)
    return _empty_is_a_problem(_with_problems(mended, result), text, source)


def read_string(text: str, format: str | None = None, source: str = "") -> ReadResult:
    """Read text in the named (or detected) format into items."""
    text, mended = without_controls_in_words(text, source or "<input>")
    fmt = _reader(format, source, text, source or "<input>")
    return _empty_is_a_problem(_with_problems(mended, fmt.read(text, source=source or "<input>")), text, source)


def _with_problems(first: list[Problem], result: ReadResult) -> ReadResult:
    """The result with the problems found before reading (the words mended) said first."""
    result.problems[:0] = first
    return result


def write(items: list[Item], format: str) -> str:
    """Write items as text in the named format."""
    fmt = get_format(format)
    if fmt.write is None:
        raise ValueError(f"format {fmt.name!r} can be read but not written")
    return fmt.write(items)


def check(items: list[Item], source: str = "") -> list:
    """Every schema problem in `items`, each naming its entry and field."""
    return [p for item in items for p in validate(item, source)]


def _empty_is_a_problem(result: ReadResult, text: str, source: str) -> ReadResult:
    """An empty or blank file is reported the same way whatever its format, so a
    wrong path or a failed download is not mistaken for an empty bibliography."""
    if not result.items and not result.problems and not text.strip():
        result.problems.append(Problem("empty input: nothing to read", source))
    return result


def _reader(format: str | None, source: str, text: str, where: str) -> Format:
    """The format to read with: the one named, else the one detected; `where` names the input
    when neither its extension nor its content tells, with the argument that names a format."""
    try:
        fmt = get_format(format) if format else detect_format(source, text)
    except UndetectedFormat:
        raise UndetectedFormat(where, "pass format=, e.g. format='ris'") from None
    if fmt.read is None:
        raise ValueError(f"format {fmt.name!r} can be written but not read")
    return fmt
