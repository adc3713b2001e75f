"""CSL-JSON (and CSL-YAML): the native format, read with per-entry line numbers."""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re

from ..items import (
    Item, Problem, ReadResult, add_note, assign_ids, clip, date_from_text, date_part_number, mapping_failed,
    keep_schema_valid, name_text, require_valid,
)
from ..schema import (
    ALL_VARIABLES, DATE_VARIABLES, ITEM_TYPES, LEGACY_VARIABLES, META_KEYS, NAME_VARIABLES, NUMBER_VARIABLES,
    STRING_VARIABLES,
)
from ..zotero.mapping import names_a_variable, read_extra
from . import Format

# NaN and Infinity are no JSON (Python reads them, other tools do not), and a number past a float's
# range (1e400) would become one: each is kept as written, so what is written out is JSON again
_decoder = json.JSONDecoder(parse_constant=str,
                            parse_float=lambda text: float(text) if math.isfinite(float(text)) else text)
_WS = re.compile(r"\s*")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read(text: str, source: str = "", progress=None) -> ReadResult:
    """Read a CSL-JSON array, a single item or JSON Lines (one item a line); report bad
    items, keep the rest, also those after an item a hand edit broke. Arrays one after
    another (two exports joined with `cat`) are all read."""
    text = text.lstrip("\ufeff")
    pos = _WS.match(text).end()
    if pos == len(text):
        return ReadResult([], [Problem("no CSL-JSON items (empty input)", source)])
    raw_items: list[tuple[int, object]] = []
    problems: list[Problem] = []
    in_arrays = False
    while pos is not None and pos < len(text):  # arrays, one object, or JSON Lines
        if text[pos] == "[":
            in_arrays = True
            pos = _read_array(text, pos, source, raw_items, problems)
            continue
        try:
            value, end = _decode(text, pos)
        except json.JSONDecodeError as exc:
            problems.append(_invalid(exc, text, pos, source))
            pos = _next_item(text, exc.pos, "")
            continue
        raw_items.append((_line_of(text, pos), value))
        pos = _WS.match(text, end).end()
    if len(raw_items) == 1 and not in_arrays:
        line, value = raw_items[0]
        raw_items = [(line, v) for v in _unwrap(value)]
    if not raw_items and not problems:  # an explicit empty list: not an error
        return ReadResult([], [])
    return finish_items(raw_items, source, problems, progress)


def _read_array(text: str, pos: int, source: str, raw_items: list, problems: list[Problem]) -> int | None:
    """The items of the array opening at `pos` into `raw_items`; where reading goes on after
    it (None when a broken item left no next one to resume at)."""
    pos = _WS.match(text, pos + 1).end()
    if text.startswith("]", pos):
        return _WS.match(text, pos + 1).end()
    # the items' indentation: a first item opened on the '[' line (`[{...},`) sets the
    # column the next ones line up under (` {...},`)
    indent = re.sub(r"\S", " ", text[text.rfind("\n", 0, pos) + 1:pos])
    while True:
        start = pos
        try:
            value, end = _decode(text, pos)
            pos = _WS.match(text, end).end()
            if not text.startswith((",", "]"), pos):
                raise json.JSONDecodeError("expected ',' or ']'", text, pos)
        except json.JSONDecodeError as exc:
            problems.append(_invalid(exc, text, start, source))
            pos = _next_item(text, exc.pos, indent)
            if pos is None:
                return None
            continue
        raw_items.append((_line_of(text, start), value))
        if text.startswith("]", pos):
            return _WS.match(text, pos + 1).end()
        pos = _WS.match(text, pos + 1).end()


def _decode(text: str, pos: int):
    """One JSON value at `pos`; nesting deeper than Python's stack (`[[[[...`, a damaged or
    hostile file) is a syntax error of that item like any other, not a RecursionError."""
    try:
        return _decoder.raw_decode(text, pos)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, pos + 1) from None


def _unwrap(value) -> list:
    """The items in one top-level object: Zotero's `{"items": [...]}`, a Crossref REST API
    response (`{"status": "ok", "message-type": "work", "message": {...}}`, or a work list), or
    the object itself."""
    if isinstance(value, dict) and "message-type" in value and isinstance(value.get("message"), dict):
        value = value["message"] if value["message-type"] != "work" else {"items": [value["message"]]}
    if isinstance(value, dict) and isinstance(value.get("items"), list):
        return value["items"]
    return [value]


# What names an item in a problem: its id, else (Crossref's works have none) its DOI or title.
_NAMING_KEYS = {key: re.compile(rf'"{key}"\s*:\s*\[?\s*("(?:[^"\\\n]|\\.)*"|\d+)') for key in ("id", "DOI", "title")}


_NEXT_OBJECT = re.compile(r"\}\s*,\s*\{")  # where one object ends and the next begins


def _invalid(exc: json.JSONDecodeError, text: str, start: int, source: str) -> Problem:
    """The syntax error as a problem on its line, naming the entry it broke when its id (else
    DOI or title) shows before the error or on its line."""
    end = text.find("\n", max(exc.pos, start))
    end = len(text) if end < 0 else end
    following = _NEXT_OBJECT.search(text, max(exc.pos, start), end)  # a minified array's next item
    end = following.start() if following else end
    entry = None
    for key, pattern in _NAMING_KEYS.items():
        found = pattern.search(text, start, end)
        if found:
            entry = found.group(1).strip('"')
            entry = clip(entry) if key == "title" else entry
            break
    return Problem(f"invalid JSON: {exc.msg} (column {exc.colno})", source, exc.lineno, entry)


def _item_label(raw, number: int) -> str:
    """An item's name in a problem: its id, else its DOI or title, else its place in the file."""
    if isinstance(raw, dict):
        for key in _NAMING_KEYS:
            value = raw.get(key)
            value = value[0] if isinstance(value, list) and value else value
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
                return clip(str(value)) if key == "title" else str(value)
    return f"#{number}"


def _next_item(text: str, after: int, indent: str) -> int | None:
    """Where the next item starts after a broken one: the next line opening an object with
    the items' own indentation (pretty-printed arrays, JSON Lines), so its neighbours are read."""
    found = re.compile("^" + re.escape(indent) + r"\{", re.M).search(text, after)
    if found:
        return found.end() - 1
    # a minified array (`[{...},{...}]` on one line): the next object after a comma that reads
    # whole and looks like an item (a name or a date inside the broken one does not)
    for comma in _NEXT_OBJECT.finditer(text, after):
        start = comma.end() - 1
        try:
            value, end = _decode(text, start)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict) and ("id" in value or "type" in value) and text[end:end + 1] in (",", "]"):
            return start
    return None


def finish_items(raw_items, source: str, problems: list[Problem], progress=None) -> ReadResult:
    """Check and normalise (line, raw item) pairs; bad items become problems, good ones items."""
    items: list[Item] = []
    first_lines: dict[str, int | None] = {}
    raw_items = _cited_items(raw_items)
    for number, (line, raw) in enumerate(progress(raw_items) if progress else raw_items, 1):
        label = _item_label(raw, number)
        if not isinstance(raw, dict):
            problems.append(Problem(f"item must be an object, not {type(raw).__name__}", source, line, label))
            continue
        try:
            item = _checked_item(raw, source, line, label, problems)
        except Exception as exc:  # a fault of ours in one item must not lose the others
            problems.append(mapping_failed(exc, source, line, label))
            continue
        if item.get("id") not in (None, ""):
            _unique_id(item, first_lines, line, source, problems)
        items.append(item)
    assign_ids(items)
    return ReadResult(items, problems)


def _checked_item(raw: dict, source: str, line, label: str, problems: list[Problem]) -> Item:
    """One raw item normalised; what breaks the schema goes to its note, word for word."""
    item = normalise(raw)
    if "type" not in item:
        problems.append(Problem("missing 'type'; read as 'document'", source, line, label))
        item["type"] = "document"
    problems.extend(keep_schema_valid(item, source, line, label))
    return item


def _cited_items(raw_items: list) -> list:
    """A word processor's citation field (the csl-citation JSON Zotero and Mendeley Cite keep in
    a document: `{"citationID": ..., "citationItems": [{"id": ..., "itemData": {...}, "uris":
    [...]}]}`) stands for the items it cites; each work is read once, however often it is cited.
    The field's own bookkeeping (citationID, the rendered text) is not the user's data; the
    library links (`uris`) are kept in the item's note."""
    out, seen = [], set()
    for line, value in raw_items:
        cited = value.get("citationItems") if isinstance(value, dict) else None
        if not isinstance(cited, list):
            out.append((line, value))
            continue
        for entry in cited:
            item = entry.get("itemData") if isinstance(entry, dict) else None
            if not isinstance(item, dict):
                out.append((line, entry))
                continue
            if isinstance(entry.get("uris"), list) and entry["uris"]:
                links = "uris: " + ", ".join(map(str, entry["uris"]))
                item = {**item, "note": "\n".join(filter(None, [item.get("note"), links]))}
            known = json.dumps(item, sort_keys=True, default=str)
            if known not in seen:
                seen.add(known)
                out.append((line, item))
    return out


def _unique_id(item: Item, first_lines: dict, line, source: str, problems: list[Problem]) -> None:
    """A second item with an id already read (two exports merged) is kept under a new id and
    reported: a processor would cite one of them for both."""
    key = str(item["id"])
    if key in first_lines:
        n = 2
        while f"{key}-{n}" in first_lines:
            n += 1
        item["id"] = f"{key}-{n}"
        where = f" (first at line {first_lines[key]})" if first_lines[key] else ""
        problems.append(Problem(f"duplicate id{where}; read as {item['id']!r}", source, line, key))
    first_lines.setdefault(str(item["id"]), line)


def normalise(raw: dict) -> Item:
    """Map legacy variable names and other tools' shapes; keep anything that is not CSL in `note`,
    but for keys a tool marks as its own with a leading underscore (citation.js's `_graph`, the
    trace of its conversion, which copies the whole source record)."""
    item: Item = {}
    raw = _tool_shapes(raw, item)
    for key, value in raw.items():
        key = LEGACY_VARIABLES.get(key, key) if key not in ALL_VARIABLES else key
        key = _TOOL_VARIABLES.get(key, key)
        if key in ALL_VARIABLES or key in META_KEYS:
            if isinstance(value, list) and key in _ONE_VALUE_VARIABLES:
                value = _one_value(item, key, value)
            if key in STRING_VARIABLES and isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)  # `"title": 1984`: text, as every writer and the renderer take it
            if isinstance(value, str) and key not in META_KEYS:
                value = _rich_text(value)
            if key == "page" and isinstance(value, str):
                value = _TEX_RANGE_DASH.sub("-", value)
            if key in NAME_VARIABLES and isinstance(value, list):
                value = [n for n in (_name(item, key, name) for name in value) if n != {}]
            elif key in DATE_VARIABLES:
                value = _coerce_date(value)
            if value in (None, "", [], {}):
                continue
            item[key] = value
        elif value not in (None, "", [], {}) and not key.startswith("_"):
            add_note(item, f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}")
    if isinstance(item.get("note"), str) and names_a_variable(item["note"]):
        read_extra(item, item.pop("note"), fill_only=True)
    return item


# BibTeX's en dash between two pages, which Paperpile and other BibTeX-minded tools leave in
# CSL-JSON's `page` ('1261--1279'): CSL's range is one hyphen, as every other reader gives it.
_TEX_RANGE_DASH = re.compile(r"(?<=\w)\s*--\s*(?=\w)")

# The variables that hold one value, where Crossref gives lists (titles, ISSNs).
_ONE_VALUE_VARIABLES = STRING_VARIABLES | NUMBER_VARIABLES

# Crossref's and DataCite's names for CSL variables.
_TOOL_VARIABLES = {
    "short-container-title": "container-title-short",
    "short-title": "title-short",
    "publisher-location": "publisher-place",
    "article-number": "number",
    "copyright": "license",  # DataCite
}
# Crossref's work types (its REST API writes them in its CSL-JSON too) as CSL types; not its
# "journal", which in a hand-written item means an article as often as a periodical.
_TOOL_TYPES = {
    "journal-article": "article-journal", "book-chapter": "chapter", "book-section": "chapter",
    "book-part": "chapter", "proceedings-article": "paper-conference", "posted-content": "article",
    "dissertation": "thesis", "monograph": "book", "edited-book": "book", "reference-book": "book",
    "book-set": "book", "reference-entry": "entry", "peer-review": "review",
    "report-series": "report", "proceedings": "book", "other": "document",
}
# What Crossref records about its deposit rather than the work (timestamps, counts, member and
# prefix, copies of the ISSN, issue and URL, text-mining links, the cited works, which are
# items of their own): kilobytes that would bury a user's note.
_CROSSREF_RECORD = frozenset("""
indexed created deposited score member prefix content-domain issn-type isbn-type
reference-count references-count is-referenced-by-count relation resource update-policy
journal-issue alternative-id link reference published published-print published-online
""".split())
_CROSSREF_MARKS = ("indexed", "deposited", "member", "reference-count", "is-referenced-by-count")
# Crossref's dates, best first, for an item that has no `issued`.
_CROSSREF_DATES = ("published-print", "published-online", "published")
_PERSON_NOTES = ("ORCID", "affiliation", "multi")  # about the person, not the name: kept in note
_PERSON_DROPPED = ("sequence", "authenticated-orcid")  # Crossref's "first"/"additional": the list order


def _tool_shapes(raw: dict, item: Item) -> dict:
    """Crossref's shapes as CSL: its work types, an `event` object, a `license` list, a
    `subtitle` list, its publication dates when there is no `issued`; its bookkeeping dropped."""
    raw = dict(raw)
    if isinstance(raw.get("type"), str) and raw["type"] not in ITEM_TYPES and raw["type"] in _TOOL_TYPES:
        raw["type"] = _TOOL_TYPES[raw["type"]]
    published = next((raw[k] for k in _CROSSREF_DATES if raw.get(k)), None)
    if published and not raw.get("issued"):
        raw["issued"] = published
    if any(k in raw for k in _CROSSREF_MARKS):
        raw = {k: v for k, v in raw.items() if k not in _CROSSREF_RECORD}
    for key in _CROSSREF_DATES:  # the date `issued` already says
        if key in raw and raw[key] == raw.get("issued"):
            del raw[key]
    event = raw.get("event")
    if isinstance(event, dict):
        del raw["event"]
        raw.setdefault("event-title", event.get("name"))
        raw.setdefault("event-place", event.get("location"))
        start, end = (_date_parts_of(event.get(key)) for key in ("start", "end"))
        dated = bool(start) and not raw.get("event-date")
        if dated:
            raw["event-date"] = {"date-parts": start + (end if end and end != start else [])}
        rest = {k: v for k, v in event.items() if k not in ("name", "location") + (("start", "end") if dated else ())}
        if rest:
            add_note(item, "event: " + json.dumps(rest, ensure_ascii=False))
    license = raw.get("license")
    if isinstance(license, list) and all(isinstance(x, dict) for x in license):
        urls = [x["URL"] for x in license if x.get("URL")]
        raw["license"] = ", ".join(dict.fromkeys(urls))
    subtitle = raw.pop("subtitle", None)
    subtitle = subtitle[0] if isinstance(subtitle, list) and subtitle else subtitle
    if isinstance(subtitle, str) and subtitle.strip():
        title = raw.get("title")
        title = title[0] if isinstance(title, list) and title else title
        raw["title"] = f"{title}: {subtitle}" if title else subtitle
    return raw


def _one_value(item: Item, key: str, values: list):
    """A list where CSL has one value (Crossref's titles, ISSNs): numbers and keywords joined,
    as Zotero writes several ISSNs; of anything else the first, the others kept in `note`."""
    values = [v for v in values if v not in (None, "")]
    if key in ("ISSN", "ISBN", "keyword"):
        return ", ".join(str(v) for v in values)
    for extra in values[1:]:
        add_note(item, f"{key}: {extra if isinstance(extra, str) else json.dumps(extra, ensure_ascii=False)}")
    return values[0] if values else None


def _name(item: Item, var: str, name):
    """A name without what Crossref and Juris-M add about the person: the ORCID, affiliation
    and multilingual forms go to `note`; Crossref's organisation `name` is a literal. Empty
    parts (`"given": null`, as some exports write them) are dropped, and so is a name left empty;
    so are a tool's own keys (a leading underscore, as on the item)."""
    if not isinstance(name, dict):
        return name
    name = {k: v for k, v in name.items()
            if k not in _PERSON_DROPPED and v not in (None, "") and not k.startswith("_")}
    if isinstance(name.get("name"), str) and not any(name.get(k) for k in ("family", "given", "literal")):
        name["literal"] = name.pop("name")
    for key in _PERSON_NOTES:
        value = name.pop(key, None)
        if key == "affiliation" and isinstance(value, list):
            value = "; ".join(a.get("name", "") if isinstance(a, dict) else str(a) for a in value)
        if value not in (None, "", [], {}):
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            add_note(item, f"{key} ({var} {name_text(name)}): {text}")
    return name


_JATS_MARKUP = {"italic": "i", "bold": "b", "sup": "sup", "sub": "sub"}
_ENTITY = re.compile(r"&(?!lt;|gt;)(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);")


def _rich_text(text: str) -> str:
    """Crossref's JATS and MathML markup as CSL's rich text (`<i>`, `<sub>`, ...) or plain text,
    and its HTML entities (`&amp;`) as characters; `&lt;` stays, it would read as a tag."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "<" not in text:
        return text
    text = re.sub(r"<jats:title\b[^>]*>.*?</jats:title>\s*", "", text, flags=re.S)
    text = re.sub(r"<((?:mml:)?math)\b.*?</\1>", lambda m: re.sub(r"<[^>]+>|\s+", "", m.group(0)), text, flags=re.S)
    text = re.sub(r"\s*</jats:p>\s*<jats:p\b[^>]*>\s*", "\n", text)
    text = re.sub(r"<(/?)jats:(italic|bold|sup|sub)\b[^>]*>", lambda m: f"<{m.group(1)}{_JATS_MARKUP[m.group(2)]}>", text)
    text = re.sub(r"<jats:sc\b[^>]*>", '<span style="font-variant:small-caps;">', text).replace("</jats:sc>", "</span>")
    return re.sub(r"</?jats:[\w-]+\b[^>]*>", "", text).strip()


def _coerce_date(value):
    """Dates written as text (pandoc, EDTF) or parsed by YAML become CSL date objects; an ISO
    `raw` date becomes date-parts and date-parts given as strings (`["2021", "3"]`) numbers,
    so every writer can use them (BibTeX wrote `{"raw": "2019-06-14"}` as a literal year).
    Zotero's empty parts (`[1865, "", ""]`) are dropped, an empty date (`[[]]`) is no date, pandoc-citeproc's `[{year: 1987,
    month: 3}]` read, and a `raw` date in words read as :func:`items.date_from_text` reads it
    ("June 14, 2019", "Spring 2019", "c. 1850"), as the BibTeX and RIS readers do."""
    if isinstance(value, (dt.date, int)):
        value = str(value)
    if isinstance(value, str):
        return date_from_text(value) or {"raw": value.strip()}
    if isinstance(value, list) and value and all(isinstance(p, dict) and "year" in p for p in value):
        value = {"date-parts": [[p[k] for k in ("year", "month", "day") if p.get(k) not in (None, "")]
                                for p in value]}
    if not isinstance(value, dict):
        return value
    value = {k: v for k, v in value.items() if not k.startswith("_")}  # a tool's own keys
    parts = value.get("date-parts")
    if parts is None and isinstance(value.get("raw"), str):
        parsed = date_from_text(value["raw"])
        if parsed and "date-parts" in parsed:
            rest = {k: v for k, v in value.items() if k != "raw"}
            return {**parsed, **rest}
    elif isinstance(parts, list) and all(isinstance(p, list) for p in parts):
        if all(x in ("", None) for part in parts for x in part) and len(value) == 1:
            return None  # `[[]]`, `[[""]]`: no date at all
        try:
            numbers = [[date_part_number(x) for x in _trim(part)] for part in parts]
        except (TypeError, ValueError, OverflowError):  # OverflowError: a number too large for a float (1e400)
            return value  # validation names the bad part
        return {**value, "date-parts": numbers}
    return value


def _date_parts_of(value) -> list | None:
    """A Crossref date object's date-parts when it has some (an event's `start`), else None."""
    parts = value.get("date-parts") if isinstance(value, dict) else None
    return parts if isinstance(parts, list) and parts else None


def _trim(part: list) -> list:
    """Date parts without the empty month and day Zotero leaves in (`[1865, "", ""]`)."""
    while len(part) > 1 and part[-1] in ("", None):
        part = part[:-1]
    return part


def write(items: list[Item]) -> str:
    require_valid(items)
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
