"""Formats as plugins, found by name through the ``cslbridge.formats`` entry points.

Each format module exposes one :class:`Format` object named ``FORMAT``: a reader
(text -> :class:`~cslbridge.items.ReadResult`), a writer (items -> text), or
both, plus the file extensions and a content sniffer used for detection. A
third-party package adds a format by declaring an entry point in the group
``cslbridge.formats`` that points at its own ``Format``.
"""

from __future__ import annotations

import difflib
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Callable, Protocol

from ..items import Item, ReadResult

ENTRY_POINT_GROUP = "cslbridge.formats"


class Reader(Protocol):
    """Text in, items out. A reader may also take `progress`: a callable that wraps the
    sequence of entries it maps one by one, so a command can show a bar over them."""

    def __call__(self, text: str, source: str = "") -> ReadResult: ...


class Writer(Protocol):
    def __call__(self, items: list[Item]) -> str: ...


@dataclass(frozen=True)
class Format:
    """A named bibliography format and what cslbridge can do with it."""

    name: str
    description: str
    extensions: tuple[str, ...] = ()
    read: Reader | None = None
    write: Writer | None = None
    # Returns a confidence in [0, 1] that `text` is in this format.
    sniff: Callable[[str], float] | None = None
    aliases: tuple[str, ...] = field(default=())


class UnknownFormat(LookupError):
    """A format name nobody registered; the message suggests close names."""


class UndetectedFormat(UnknownFormat):
    """Input whose format neither its extension nor its content tells. `where` names the input,
    and `how` says how to name the format: the API's argument or the CLI's option."""

    def __init__(self, where: str, how: str = "name the format"):
        super().__init__(f"{where}: cannot tell the format; {how}")
        self.where = where


@lru_cache(maxsize=None)
def registry() -> dict[str, Format]:
    """Every registered format by name and alias, loaded once."""
    found: dict[str, Format] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            fmt = ep.load()
        except Exception as exc:  # a broken plugin must not take the others down
            warnings.warn(f"cslbridge: format plugin {ep.name!r} failed to load: {exc}", stacklevel=2)
            continue
        found[fmt.name] = fmt
        for alias in fmt.aliases:
            found.setdefault(alias, fmt)
    return found


def get_format(name: str) -> Format:
    """The format registered under `name` (or an alias of it)."""
    formats = registry()
    key = name.lower()
    if key in formats:
        return formats[key]
    close = difflib.get_close_matches(key, formats, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UnknownFormat(
        f"unknown format {name!r} (known: {', '.join(sorted(format_names()))}){hint}"
    )


def format_names(readable: bool | None = None, writable: bool | None = None) -> list[str]:
    """Primary names of the registered formats, optionally only readers or writers."""
    seen = {fmt.name: fmt for fmt in registry().values()}
    return sorted(
        name for name, fmt in seen.items()
        if (readable is None or (fmt.read is not None) == readable)
        and (writable is None or (fmt.write is not None) == writable)
    )


def detect_format(path: str | None, text: str) -> Format:
    """Guess the format of `text` from its file extension, then from its content."""
    readers = [fmt for fmt in {f.name: f for f in registry().values()}.values() if fmt.read]
    scored = sorted(
        ((fmt.sniff(text) if fmt.sniff else 0.0, fmt.name, fmt) for fmt in readers),
        key=lambda t: (-t[0], t[1]),
    )
    if path and path != "-":
        suffix = Path(path).suffix.lower().lstrip(".")
        by_ext = [t for t in scored if suffix in t[2].extensions]
        # Databases save RIS or BibTeX as .txt: unmistakable content beats a generic extension.
        if by_ext and not (scored[0][0] >= 0.9 and by_ext[0][0] < 0.5):
            if len(by_ext) == 1:
                return by_ext[0][2]
            scored = by_ext
    if not scored or scored[0][0] <= 0:
        where = path if path and path != "-" else "standard input"
        raise UndetectedFormat(where)
    return scored[0][2]
