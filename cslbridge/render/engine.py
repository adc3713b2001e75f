"""Rendering CSL-JSON items with citeproc-py, one entry's failure never costing another.

citeproc-py expects its own shapes (lower-cased keys, a fixed list of name and
date variables, no unknown keys, no ``raw`` dates), so items are translated
into citeproc-py references here without touching the caller's dicts. Parsed
styles are cached per (file, locale).
"""

from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass
from functools import lru_cache

from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS, Citation, Locator
from citeproc.model import Choose
from citeproc.source import (
    BibliographySource, Date, DateRange, LiteralDate, Name, Reference, VariableError,
)
from citeproc.string import join

from ..items import Problem, is_work, with_season
from ..schema import DATE_VARIABLES, LEGACY_VARIABLES, NAME_VARIABLES
from . import markup
from .compiled import Bibliography, CiteItem, Style
from .disambiguate import disambiguate
from .fixes import STATE, item_language
from .markup import OUTPUT_FORMATS, MarkerFormatter, parse_rich, plain
from .styles import StyleInfo, resolve_style

_LOCK = threading.RLock()  # citeproc-py keeps rendering state on the shared style tree
_NAME_KEYS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
_SEASONS = {13: 1, 14: 2, 15: 3, 16: 4, 21: 1, 22: 2, 23: 3, 24: 4}
_RAW_DATE = re.compile(r"^\s*(-?\d{1,4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?\s*$")
_RAW_SEASON = re.compile(r"^\s*(spring|summer|autumn|fall|winter)\s+(\d{4})\s*$", re.I)


@dataclass(frozen=True)
class Entry:
    """One rendered bibliography entry (or citation), or why it could not be rendered."""

    id: str
    text: str | None
    error: str | None = None


class Rendered(list):
    """Rendered strings, plus the problems met on the entries that could not be rendered."""

    def __init__(self, texts=(), problems=()):
        super().__init__(texts)
        self.problems: list[Problem] = list(problems)


# --- items to citeproc-py references ----------------------------------------

@lru_cache(maxsize=8192)
def _plain_text(text: str) -> str:
    """plain() of a name part; the same names come back item after item."""
    return plain(text)


def _plain(value) -> str:
    return _plain_text(value) if isinstance(value, str) else plain(value)


def _names(value) -> list[Name]:
    names = []
    for part in value if isinstance(value, list) else []:
        if not isinstance(part, dict):
            continue
        if part.get("literal"):
            names.append(Name(literal=_plain(part["literal"])))
            continue
        kept = {k: _plain(part[k]) for k in _NAME_KEYS if part.get(k) not in (None, "")}
        if part.get("comma-suffix") and kept.get("suffix"):
            kept["comma-suffix"] = True
        given = kept.get("given", "")
        if "," in given and "suffix" not in kept:  # "John, III" or "John,! Jr." (comma-suffix)
            kept["given"], suffix = (p.strip() for p in given.split(",", 1))
            if suffix.startswith("!"):
                suffix = suffix[1:].strip()
                kept["comma-suffix"] = True
            kept["suffix"] = suffix
        if "family" not in kept and "given" in kept:  # a mononym: citeproc-py needs a family
            kept["family"] = kept.pop("given")
        if kept.get("family") and "comma-suffix" in kept:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # comma-suffix is CSL-JSON, not citeproc-py
                names.append(Name(**kept))
        elif kept.get("family"):
            names.append(Name(**kept))
    return names


def _date_part(part) -> dict | None:
    numbers = []
    for value in part[:3] if isinstance(part, list) else []:
        try:
            numbers.append(int(str(value).strip()))
        except ValueError:
            break
    if not numbers:
        return None
    out = {"year": numbers[0]}
    if len(numbers) > 1 and numbers[1]:
        month = numbers[1]
        if month in _SEASONS:
            out["season"] = _SEASONS[month]
        elif 1 <= month <= 12:
            out["month"] = month
            if len(numbers) > 2 and 1 <= numbers[2] <= 31:
                out["day"] = numbers[2]
    return out


def _date(value):
    """A citeproc-py date: seasons (`"season": "Winter"`, month 13-16, a raw "Spring 2020" in an
    item made in code; the CSL-JSON reader reads that as month 13) as seasons, not as text, as
    citeproc-js reads them."""
    if not isinstance(value, dict):
        return None
    circa = bool(value.get("circa"))
    season = _RAW_SEASON.match(str(value.get("raw") or "")) if not value.get("date-parts") else None
    if season:
        value = {"date-parts": [[int(season.group(2))]], "season": season.group(1)}
    value = with_season(value)
    parts = [p for p in (_date_part(x) for x in value.get("date-parts") or []) if p]
    if not parts and value.get("raw"):
        match = _RAW_DATE.match(str(value["raw"]))
        if match:
            parts = [_date_part([g for g in match.groups() if g])]
    if parts:
        if len(parts) > 1 and parts[1] != parts[0]:
            return DateRange(begin=Date(**parts[0]), end=Date(**parts[1]), circa=circa)
        return Date(circa=circa, **parts[0])
    text = value.get("literal") or value.get("raw")
    return LiteralDate(plain(text), circa=circa) if text else None


def to_reference(item: dict, key: str) -> Reference:
    """A citeproc-py Reference for one CSL-JSON item, leaving the item untouched."""
    data = {}
    for name, value in item.items():
        if name in ("id", "type", "custom", "categories", "key"):
            continue
        name = LEGACY_VARIABLES.get(name, name)
        if name in NAME_VARIABLES:
            converted = _names(value)
        elif name in DATE_VARIABLES:
            converted = _date(value)
        elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
            continue
        elif name == "language":
            converted = str(value)
        else:
            converted = parse_rich(value)
        if converted is None or (isinstance(converted, list) and not converted):
            continue
        data[name.replace("-", "_")] = converted
    # Styles written for CSL 1.0.1 read `event`, newer ones `event-title`.
    if "event_title" in data:
        data.setdefault("event", data["event_title"])
    elif "event" in data:
        data["event_title"] = data["event"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL 1.0.2 variables it predates
        return Reference(key, str(item.get("type") or "document"), **data)


def build_source(items: list[dict]) -> tuple[BibliographySource, list[str], dict[str, str]]:
    """(source, internal key per item, first internal key per item id).

    Internal keys are positional, so ids that differ only in case (which
    citeproc-py would fold together) or repeat stay separate entries.
    """
    source = BibliographySource()
    keys, by_id = [], {}
    for n, item in enumerate(items):
        key = f"item{n}"
        keys.append(key)
        by_id.setdefault(str(item.get("id", key)), key)
        try:
            source.add(to_reference(item, key))
        except Exception:  # an item citeproc-py refuses: reported when rendered
            pass
    return source, keys, by_id


# --- styles -----------------------------------------------------------------

def normalize_locale(locale: str) -> str:
    """'ru_RU' -> 'ru-RU'; raise ValueError for a locale citeproc-py has no terms for."""
    tag = locale.strip().replace("_", "-")
    parts = tag.split("-")
    tag = "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]])
    if tag in LANGUAGE_NAMES or tag.split("-")[0] in PRIMARY_DIALECTS:
        return tag
    raise ValueError(f"unknown locale {locale!r} (try e.g. en-US, en-GB, ru-RU, de-DE, fr-FR)")


@lru_cache(maxsize=32)
def _load(path: str, locale: str | None) -> Style:
    return Style(path, locale)


def load_style(style: str | StyleInfo, locale: str | None = None) -> tuple[StyleInfo, Style]:
    """The resolved style and its parsed citeproc-py object (cached)."""
    info = style if isinstance(style, StyleInfo) else resolve_style(style)
    chosen = normalize_locale(locale) if locale else info.default_locale
    return info, _load(info.independent_path or info.path, chosen)


# --- rendering ----------------------------------------------------------------

def _check_output(output: str) -> None:
    if output not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {output!r} (choose from {', '.join(OUTPUT_FORMATS)})")


def _item_id(item: dict, key: str) -> str:
    return str(item.get("id", key))


def _sorted(csl, cites: list) -> list:
    """Bibliography order; items whose sort keys fail are left out of the sort (and reported later)."""
    try:
        return csl.sort_bibliography(cites)
    except Exception:
        good = []
        for cite in cites:
            try:
                csl.sort_bibliography([cite])
                good.append(cite)
            except Exception:
                continue
        try:
            return csl.sort_bibliography(good) + [c for c in cites if c not in good]
        except Exception:
            return cites


def _describe(exc: Exception) -> str:
    detail = str(exc).strip()
    return f"could not render ({type(exc).__name__}{': ' + detail if detail else ''})"


def render_entries(items: list[dict], style: str | StyleInfo, locale: str | None = None,
                   output: str = "text", progress=None) -> list[Entry]:
    """Every item as a bibliography entry, in the style's order; failures carry an error.

    A style without a bibliography (many note styles) renders each item as its
    first, full citation instead. `progress`, if given, wraps the iteration over
    entries (the CLI's progress bar).
    """
    progress = progress or (lambda entries: entries)
    _check_output(output)
    info, csl = load_style(style, locale)
    with _LOCK:
        source, keys, _ = build_source(items)
        bib = Bibliography(csl, source, MarkerFormatter)
        finish = _finisher(csl, output)
        for key in keys:
            if key in source:
                bib.register(Citation([CiteItem(key)]))
        ids = dict(zip(keys, (_item_id(i, k) for i, k in zip(items, keys))))
        missing = [Entry(ids[k], None, "could not read this item") for k in keys if k not in source]
        if csl.has_bibliography():
            bib.reorder(_sorted(csl, bib.items))
        disambiguate(csl, bib)
        if not csl.has_bibliography():
            return [_cite_entry(bib, ids[c.key], c, finish) for c in progress(bib.items)] + missing
        layout = csl.root.bibliography.layout
        substitute = csl.root.bibliography.get("subsequent-author-substitute")
        entries = []
        rule = csl.root.bibliography.get("subsequent-author-substitute-rule", "complete-all")
        STATE.update(substitute=substitute, substitute_rule=rule, previous_author=None)
        try:
            for cite in progress(bib.items):
                STATE.update(seen_names=False, author=None, suffix_done=False, language=item_language(cite),
                             disambiguate_tests=0, disambiguate_passed=0, first_term=True)
                entries.append(_bib_entry(layout, cite, ids[cite.key], finish))
                if entries[-1].text is not None:  # an entry left out is not the one before the next
                    STATE["previous_author"] = STATE["author"]
        finally:
            STATE.update(substitute=None, previous_author=None, seen_names=False, first_term=False)
        return entries + missing


def _finisher(csl, output: str):
    """Marked text to the output format, with this style's quote marks and punctuation rule."""
    root = csl.root
    quotes = tuple(str(root.get_single_term(name)) or default for name, default in zip(
        ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote"), markup.DEFAULT_QUOTES))
    inside = str(root.get_locale_option("punctuation-in-quote") or "false").lower() == "true"

    def finish(text) -> str:
        return markup.convert(str(text), output, quotes, inside)
    return finish


def _bib_entry(layout, cite, item_id: str, finish) -> Entry:
    layout.repressed = {}
    try:
        body = _entry_body(layout, cite)
        text = layout.format(layout.wrap(body)) if body is not None else None
    except Exception as exc:  # citeproc-py bug on one item: report it, keep the rest
        return Entry(item_id, None, _describe(exc))
    if text is None or not markup.to_text(str(text)).strip():
        return Entry(item_id, None, "the style renders nothing for this item")
    return Entry(item_id, finish(text))


def _entry_body(layout, cite):
    """The layout's children; with second-field-align, the first field is marked off."""
    if not layout.getparent().get("second-field-align"):
        return layout.render_children(cite)
    pieces = []
    for child in layout.iterchildren():
        try:
            text = child.render(cite, delimiter="") if isinstance(child, Choose) else child.render(cite)
        except VariableError:
            continue
        if text is not None:
            pieces.append(text)
    if not pieces:
        return None
    rest = join(pieces[1:]) if len(pieces) > 1 else ""
    return pieces[0] + markup.FIELD_BREAK + rest


def _cite_entry(bib, item_id: str, cite, finish) -> Entry:
    try:
        text = bib.cite(cite.citation, _unknown)
    except Exception as exc:
        return Entry(item_id, None, _describe(exc))
    if text is None or not markup.to_text(str(text)).strip():
        return Entry(item_id, None, "the style renders nothing for this item")
    return Entry(item_id, finish(text))


def _unknown(cite) -> str:
    raise KeyError(cite.key)


def render_bibliography(items: list[dict], style: str, locale: str | None = None,
                        output: str = "text") -> Rendered:
    """One string per entry in the style's order; entries that fail are in `.problems`.

    Pointer notes and commentary a page parser keeps beside the works (`custom.pointer`,
    `custom.commentary`) are not works and are left out, as `cslbridge render` leaves them.
    """
    rendered, problems = [], []
    for entry in render_entries([item for item in items if is_work(item)], style, locale, output):
        if entry.error:
            problems.append(Problem(entry.error, entry=entry.id))
        else:
            rendered.append(entry.text)
    return Rendered(rendered, problems)


def _citation_item(cite: dict, by_id: dict[str, str], n: int) -> CiteItem:
    if not isinstance(cite, dict) or "id" not in cite:
        raise ValueError(f"citation {n}: each cite needs an 'id'")
    key = by_id.get(str(cite["id"]))
    if key is None:
        raise ValueError(f"citation {n}: unknown item id {cite['id']!r}")
    extra = {}
    if cite.get("locator") not in (None, ""):
        label = str(cite.get("label") or "page").replace("-", " ")
        locator = re.sub(r"(?<=\w)\s*[-\u2013]\s*(?=\w)", "-", str(cite["locator"]).strip())  # "100 - 3"
        extra["locator"] = Locator(label, locator)
    for affix in ("prefix", "suffix"):
        if cite.get(affix):
            extra[affix] = parse_rich(cite[affix])
    return CiteItem(key, **extra)


def render_citations(items: list[dict], clusters: list[list[dict]], style: str,
                     locale: str | None = None, output: str = "text") -> Rendered:
    """One in-text citation (or note) per cluster, in order, so positions (ibid) work.

    Items are numbered in order of first citation, then the uncited ones follow,
    as in a document that also lists them in its bibliography.
    """
    _check_output(output)
    info, csl = load_style(style, locale)
    with _LOCK:
        source, keys, by_id = build_source(items)
        bib = Bibliography(csl, source, MarkerFormatter)
        finish = _finisher(csl, output)
        citations, problems = [], []
        for n, cluster in enumerate(clusters, 1):
            try:
                cites = [_citation_item(c, by_id, n) for c in cluster]
                if not cites:
                    raise ValueError(f"citation {n}: empty cluster")
                bad = [c.key for c in cites if c.key not in source]
                if bad:
                    raise ValueError(f"citation {n}: could not read item {bad[0]}")
                citation = Citation(cites)
                bib.register(citation)
                citations.append(citation)
            except ValueError as exc:
                problems.append(Problem(str(exc)))
                citations.append(None)
        for key in keys:
            if key in source:
                bib.register(Citation([CiteItem(key)]))
        if csl.has_bibliography():
            bib.reorder(_sorted(csl, bib.items))
        disambiguate(csl, bib)
        out = []
        for n, citation in enumerate(citations, 1):
            if citation is None:
                out.append("")
                continue
            try:
                text = bib.cite(citation, _unknown)
                out.append(finish(text))
            except Exception as exc:
                problems.append(Problem(f"citation {n}: {_describe(exc)}"))
                out.append("")
        return Rendered(out, problems)
