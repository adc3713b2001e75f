"""CSL-JSON (and CSL-YAML): the native format, read with per-entry line numbers."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace

from ..items import Item, Problem, ReadResult, add_note, assign_ids, iso_date, validate
from ..schema import ALL_VARIABLES, DATE_VARIABLES, LEGACY_VARIABLES, META_KEYS
from . import Format

_decoder = json.JSONDecoder()
_WS = re.compile(r"\s*")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read(text: str, source: str = "", progress=None) -> ReadResult:
    """Read a CSL-JSON array, a single item or JSON Lines (one item a line); report bad
    items, keep the rest, also those after an item a hand edit broke."""
    text = text.lstrip("\ufeff")
    pos = _WS.match(text).end()
    if pos == len(text):
        return ReadResult([], [Problem("no CSL-JSON items (empty input)", source)])
    raw_items: list[tuple[int, object]] = []
    problems: list[Problem] = []
    if text[pos] == "[":
        pos = _WS.match(text, pos + 1).end()
        if text.startswith("]", pos):
            return ReadResult([], [])
        indent = text[text.rfind("\n", 0, pos) + 1:pos]
        while True:
            start = pos
            try:
                value, end = _decoder.raw_decode(text, pos)
                pos = _WS.match(text, end).end()
                if not text.startswith((",", "]"), pos):
                    raise json.JSONDecodeError("expected ',' or ']'", text, pos)
            except json.JSONDecodeError as exc:
                problems.append(_invalid(exc, text, start, source))
                pos = _next_item(text, exc.pos, indent)
                if pos is None:
                    break
                continue
            raw_items.append((_line_of(text, start), value))
            if text.startswith("]", pos):
                break
            pos = _WS.match(text, pos + 1).end()
        return finish_items(raw_items, source, problems, progress)
    while pos is not None and pos < len(text):  # one object, or JSON Lines
        try:
            value, end = _decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            problems.append(_invalid(exc, text, pos, source))
            pos = _next_item(text, exc.pos, "")
            continue
        raw_items.append((_line_of(text, pos), value))
        pos = _WS.match(text, end).end()
    if len(raw_items) == 1 and isinstance(raw_items[0][1], dict) and isinstance(raw_items[0][1].get("items"), list):
        line, wrapper = raw_items[0]
        raw_items = [(line, v) for v in wrapper["items"]]
    return finish_items(raw_items, source, problems, progress)


_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\\n]|\\.)*"|\d+)')


def _invalid(exc: json.JSONDecodeError, text: str, start: int, source: str) -> Problem:
    """The syntax error as a problem on its line, naming the entry it broke when its id shows."""
    found = _ID.search(text, start, max(exc.pos, start))
    entry = found.group(1).strip('"') if found else None
    return Problem(f"invalid JSON: {exc.msg} (column {exc.colno})", source, exc.lineno, entry)


def _next_item(text: str, after: int, indent: str) -> int | None:
    """Where the next item starts after a broken one: the next line opening an object with
    the items' own indentation (pretty-printed arrays, JSON Lines), so its neighbours are read."""
    if indent.strip():
        return None
    found = re.compile("^" + re.escape(indent) + r"\{", re.M).search(text, after)
    return found.end() - 1 if found else None


def finish_items(raw_items, source: str, problems: list[Problem], progress=None) -> ReadResult:
    """Check and normalise (line, raw item) pairs; bad items become problems, good ones items."""
    items: list[Item] = []
    for number, (line, raw) in enumerate(progress(raw_items) if progress else raw_items, 1):
        label = str(raw.get("id") or f"#{number}") if isinstance(raw, dict) else f"#{number}"
        if not isinstance(raw, dict):
            problems.append(Problem(f"item must be an object, not {type(raw).__name__}", source, line, label))
            continue
        item = normalise(raw)
        if "type" not in item:
            problems.append(Problem("missing 'type'; read as 'document'", source, line, label))
            item["type"] = "document"
        found = [p for p in validate(item, source, line) if "missing 'id'" not in p.message]
        if found:
            problems.extend(replace(p, entry=label) for p in found)
            continue
        items.append(item)
    assign_ids(items)
    return ReadResult(items, problems)


def normalise(raw: dict) -> Item:
    """Map legacy variable names; keep anything that is not CSL in `note`."""
    item: Item = {}
    for key, value in raw.items():
        key = LEGACY_VARIABLES.get(key, key) if key not in ALL_VARIABLES else key
        if key in ALL_VARIABLES or key in META_KEYS:
            if value in (None, "", []):
                continue
            item[key] = _coerce_date(value) if key in DATE_VARIABLES else value
        elif value not in (None, "", [], {}):
            add_note(item, f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}")
    return item


def _coerce_date(value):
    """Dates written as text (pandoc, EDTF) or parsed by YAML become CSL date objects; an ISO
    `raw` date becomes date-parts and date-parts given as strings (`["2021", "3"]`) numbers,
    so every writer can use them (BibTeX wrote `{"raw": "2019-06-14"}` as a literal year)."""
    if isinstance(value, (dt.date, int)):
        value = str(value)
    if isinstance(value, str):
        return iso_date(value) or {"raw": value.strip()}
    if not isinstance(value, dict):
        return value
    parts = value.get("date-parts")
    if parts is None and isinstance(value.get("raw"), str):
        parsed = iso_date(value["raw"])
        if parsed and "date-parts" in parsed:
            rest = {k: v for k, v in value.items() if k != "raw"}
            return {**parsed, **rest}
    elif isinstance(parts, list) and all(isinstance(p, list) for p in parts):
        try:
            numbers = [[int(x) for x in part] for part in parts]
        except (TypeError, ValueError):
            return value  # validation names the bad part
        return {**value, "date-parts": numbers}
    return value


def write(items: list[Item]) -> str:
    ordered = [{"id": item.get("id"), "type": item.get("type"), **item} for item in items]
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def sniff(text: str) -> float:
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if not head.startswith(("[", "{")):
        return 0.0
    return 0.9 if re.search(r'"(type|title|author|issued|id)"\s*:', head) else 0.3


FORMAT = Format(
    name="csljson",
    description="CSL-JSON, the citation processors' native item format",
    extensions=("json", "csljson"),
    read=read,
    write=write,
    sniff=sniff,
    aliases=("csl-json", "json"),
)
