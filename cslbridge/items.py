"""CSL-JSON items: the one currency every reader produces and every writer takes.

An item is a plain ``dict`` shaped as in the CSL 1.0.2 data schema. This module
checks items (naming the entry and the field that is wrong), builds dates, and
gives items stable ids when their source had none.
"""

from __future__ import annotations

import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, replace
from typing import Iterable

from .schema import (
    ALL_VARIABLES, DATE_PARTS_KEYS, DATE_VARIABLES, ITEM_TYPES, META_KEYS,
    NAME_PARTS, NAME_VARIABLES, NUMBER_VARIABLES,
)

Item = dict


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one entry, located as precisely as the source allows.

    A `warning` is a fault the reader repaired the way reference managers do, losing nothing
    (an RIS record without `TY` read as generic): it is reported but fails nothing."""

    message: str
    source: str = ""
    line: int | None = None
    entry: str | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        if self.entry:
            where += f": entry {self.entry!r}"
        return f"{where}: {self.message}"


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that are not warnings: those that make a command exit 1."""
    return [problem for problem in problems if not problem.warning]


class WriteWarning(UserWarning):
    """What a writer kept elsewhere than its format's own field, for want of one (a month 17-20
    in RIS, kept as a note line): nothing is lost, but the output says it differently. The CLI
    prints it as a `warning:` line naming the output and the entry; the API issues it as a
    Python warning."""

    def __init__(self, message: str, entry: str | None):
        super().__init__(f"entry {entry!r}: {message}" if entry else message)
        self.message, self.entry = message, entry


def warn_kept(item: Item, message: str) -> None:
    """Issue a :class:`WriteWarning` about `item`, named by its id (else its title)."""
    entry = item.get("id")
    entry = str(entry) if entry not in (None, "") else clip(str(item.get("title") or "")) or None
    warnings.warn(WriteWarning(message, entry), stacklevel=3)


def keep_refused_in_note(item: Item, source: str = "", line: int | None = None) -> None:
    """Move each field the schema refuses into the note as `field: value` (JSON), so an item with
    one bad field (an author written as a string, a Crossref-only type) keeps the rest and loses
    nothing; an unknown type reads as 'document'."""
    if not isinstance(item.get("note", ""), str):
        item["note"] = json.dumps(item["note"], ensure_ascii=False)
    kind = item.get("type")
    if not isinstance(kind, str) or kind not in ITEM_TYPES:
        item["type"] = "document"
        add_note(item, f"type: {kind if isinstance(kind, str) else json.dumps(kind, ensure_ascii=False)}")
    for key in [k for k in item if k not in ("type", "note")]:
        if validate({"id": "x", "type": "document", **{key: item[key]}}, source, line):
            add_note(item, f"{key}: {json.dumps(item.pop(key), ensure_ascii=False)}")


def keep_schema_valid(item: Item, source: str, line: int | None, entry: str | None) -> list[Problem]:
    """What no reader's rule foresaw breaks the schema: each refused field goes to the item's note, word for word,
    and is reported ("...; kept in note") naming the entry; a missing id is no fault (readers assign ids after)."""
    found = [p for p in validate(item, source, line) if p.message != "missing 'id'"]
    if found:
        keep_refused_in_note(item, source, line)
    return [replace(p, entry=entry, message=p.message + "; kept in note") for p in found]


def mapping_failed(exc: Exception, source: str, line: int | None, entry: str | None) -> Problem:
    """An exception no rule foresaw while mapping one entry (a fault in cslbridge, not in the
    file): that entry is skipped and reported like a broken one, so the file's other entries are
    still read and a command says one line instead of a traceback."""
    return Problem(f"skipped: cslbridge failed to map this entry ({type(exc).__name__}: {exc}); "
                   "please report it", source, line, entry)


def add_mapped(build, source: str, line: int | None, entry: str | None, items: list, problems: list) -> None:
    """One entry's item, built by ``build()``, added to ``items``: a fault of ours while mapping it is reported
    (``mapping_failed``) and the file's other entries are still read; what the schema refuses is kept in its note
    (``keep_schema_valid``). The tagged-record readers (RIS, MEDLINE, Web of Science) read every record so."""
    try:
        item = build()
    except Exception as exc:  # a fault of ours in one entry must not lose the others
        problems.append(mapping_failed(exc, source, line, entry))
        return
    problems.extend(keep_schema_valid(item, source, line, entry))
    items.append(item)


@dataclass
class ReadResult:
    """What a reader returns: the items it could map and the problems it met."""

    items: list[Item]
    problems: list[Problem]

    def __iter__(self):
        return iter(self.items)


def validate(item: Item, source: str = "", line: int | None = None) -> list[Problem]:
    """Check one item against the CSL 1.0.2 schema; return every problem found."""
    entry = item.get("id") if isinstance(item, dict) else None
    entry = str(entry) if entry is not None else None

    def problem(message: str) -> Problem:
        return Problem(message, source, line, entry)

    if not isinstance(item, dict):
        return [problem(f"item must be an object, not {type(item).__name__}")]
    problems = []
    if "id" not in item:
        problems.append(problem("missing 'id'"))
    elif not isinstance(item["id"], (str, int, float)):
        problems.append(problem("'id' must be a string or number"))
    kind = item.get("type")
    if kind is None:
        problems.append(problem("missing 'type'"))
    elif not isinstance(kind, str) or kind not in ITEM_TYPES:  # a list or object is no type either
        problems.append(problem(f"field 'type': unknown item type {kind!r}"))
    for key, value in item.items():
        if key in META_KEYS:
            continue
        if key not in ALL_VARIABLES:
            problems.append(problem(f"field {key!r}: not a CSL variable"))
        elif key in NAME_VARIABLES:
            problems.extend(problem(f"field {key!r}: {m}") for m in _name_list_problems(value))
        elif key in DATE_VARIABLES:
            problems.extend(problem(f"field {key!r}: {m}") for m in _date_problems(value))
        elif key in NUMBER_VARIABLES:
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                problems.append(problem(f"field {key!r}: must be a string or number"))
        elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
            problems.append(problem(f"field {key!r}: must be a string"))
    if "custom" in item and not isinstance(item["custom"], dict):
        problems.append(problem("field 'custom': must be an object"))
    return problems


class InvalidItem(ValueError):
    """An item handed to a writer that the CSL schema refuses (an author written as a string,
    `issued` as text): items built through the Python API, since every reader keeps such a field
    in `note`. The message names the item and its first fault."""


def require_valid(items: Iterable[Item]) -> None:
    """Raise :class:`InvalidItem` for the first item a writer cannot take as it stands; an item
    without an id is fine (the writers make keys). `cslbridge.check(items)` lists every fault."""
    for number, item in enumerate(items, 1):
        found = [p for p in validate(item) if p.message != "missing 'id'"]
        if found:
            which = f"item {found[0].entry!r}" if found[0].entry is not None else f"item {number}"
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise InvalidItem(f"cannot write {which}: {found[0].message}{more}; "
                              "cslbridge.check(items) lists every fault")


# Name parts that are text; the others (comma-suffix, static-ordering, parse-names) are flags.
TEXT_NAME_PARTS = frozenset({"family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal"})


def _name_list_problems(value) -> list[str]:
    if not isinstance(value, list):
        return ["must be a list of name objects"]
    out = []
    for i, name in enumerate(value):
        if not isinstance(name, dict):
            out.append(f"name {i + 1} must be an object")
            continue
        unknown = set(name) - NAME_PARTS
        if unknown:
            out.append(f"name {i + 1} has unknown part(s) {', '.join(sorted(unknown))}")
        wrong = sorted(k for k in TEXT_NAME_PARTS & set(name) if not isinstance(name[k], str))
        if wrong:  # a list or number here broke every writer that joins a name's parts
            out.append(f"name {i + 1}: {', '.join(wrong)} must be text")
        if not any(name.get(k) for k in ("family", "given", "literal")):
            out.append(f"name {i + 1} has no family, given or literal part")
    return out


def _date_problems(value) -> list[str]:
    if not isinstance(value, dict):
        return ["must be a date object"]
    unknown = set(value) - DATE_PARTS_KEYS
    if unknown:
        return [f"unknown date key(s) {', '.join(sorted(unknown))}"]
    not_text = [key for key in ("literal", "raw") if key in value and not isinstance(value[key], str)]
    if not_text:
        return [f"{not_text[0]} must be text"]
    parts = value.get("date-parts")
    if parts is None:
        if not (value.get("literal") or value.get("raw")):
            return ["needs date-parts, literal or raw"]
        return []
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return ["date-parts must hold one date or a range of two"]
    out = []
    for part in parts:
        if not isinstance(part, list) or not 1 <= len(part) <= 3:
            out.append("each date in date-parts must be [year], [year, month] or [year, month, day]")
            continue
        try:
            numbers = [date_part_number(x) for x in part]
        except (TypeError, ValueError, OverflowError):
            out.append(f"date-parts {part!r} must be numbers")
            continue
        if len(numbers) > 1 and not 1 <= numbers[1] <= 24:  # 13-24 are seasons in CSL-JSON
            out.append(f"month {numbers[1]} out of range")
        if len(numbers) > 2 and not 1 <= numbers[2] <= 31:
            out.append(f"day {numbers[2]} out of range")
    return out


def date_part_number(value) -> int:
    """A date part as the whole number it is (`2019`, `"2019"`, `2019.0`); a ValueError for a
    fraction (`2019.7`, read from JSON or YAML), which `int()` would cut to 2019 unsaid."""
    if isinstance(value, float) and not value.is_integer():  # also an infinite float
        raise ValueError(f"date part {value!r} is not a whole number")
    return int(value)


def date(year: int, month: int | None = None, day: int | None = None) -> dict:
    """A CSL date object for one day, month or year."""
    parts = [int(year)]
    if month:
        parts.append(int(month))
        if day:
            parts.append(int(day))
    return {"date-parts": [parts]}


_ISO_DATE = re.compile(r"(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")


def iso_date(value: str) -> dict | None:
    """An ISO 8601 / EDTF / BibLaTeX date (`2018`, `2010-06-14/2010-06-16`, `2010~`) as a CSL
    date; None when the text is not one."""
    value = value.strip()
    circa = value.endswith(("~", "?", "%"))
    value = value.rstrip("~?%")
    if not value:  # only EDTF's marks ('%', which a LaTeX date field may hold escaped): no date
        return None
    ends = value.split("/")
    if len(ends) > 2:
        return None
    parts = []
    for end in ends:
        end = end.strip().rstrip("~?%")
        if end in ("", ".."):
            return {"raw": value}  # open-ended range: CSL date-parts cannot say it
        m = _ISO_DATE.fullmatch(end)
        if not m:
            return None
        year, month, day = m.groups()
        part = [int(year)]
        if month:
            mm = int(month)
            if 21 <= mm <= 24:
                mm -= 8  # BibLaTeX seasons 21-24 are CSL-JSON's 13-16
            if not 1 <= mm <= 16:
                return None
            part.append(mm)
            if day:
                if not 1 <= int(day) <= 31:
                    return None
                part.append(int(day))
        parts.append(part)
    out = {"date-parts": parts}
    if circa:
        out["circa"] = True
    return out


# A period closing a title after two characters of a word that are not periods (not "U.S.",
# "A.") or after a bracket (MEDLINE's translated '[Water supply in the U.S.S.R.].'): what a
# database that ends every title with one (EBSCOhost, zbMATH, PubMed) added.
TITLE_CLOSING_PERIOD = re.compile(r"(?:(?<![.\s])(?<=[^\s.]{2})|(?<=[\])]))\.$")

# The ordinal's own marks: English, Romance ('2ª', '2.º', '2e', '2ᵉ', '1er', '2ème'), Russian ('2-е').
_ORDINAL_EDITION = re.compile(
    r"^(\d+)\.?(?:st|nd|rd|th|ª|º|°|ème|eme|er|re|e|ᵉʳ|ʳᵉ|ᵉ|a|o|-?е)?\.?"
    r"(?:\s*(?:ed\.?|edn\.?|edition|éd\.?|édition|edición|edizione|aufl\.?|auflage|изд\.?|издание))?$", re.I)
# An edition written as a word: "Third" is the 3rd.
ORDINAL_WORDS = {word: str(n) for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}


# An arXiv identifier, its DataCite DOI, and the names under which exports give arXiv (or DBLP's
# CoRR) as an e-print's journal.
ARXIV_ID = r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
ARXIV_DOI = re.compile(r"(?i)^10\.48550/arxiv\." + ARXIV_ID + "$")
ARXIV_REPOSITORIES = frozenset({"arxiv", "arxiv e-prints", "arxiv preprint", "arxiv.org", "corr"})


def arxiv_preprint(item: Item, eprint: str) -> None:
    """An arXiv e-print is a preprint ('article'), numbered as the parser and Zotero number it."""
    if item["type"] in ("document", "article-journal", "webpage", "manuscript"):
        item["type"] = "article"
    item["number"] = eprint if eprint.lower().startswith("arxiv:") else "arXiv:" + eprint
    item.setdefault("publisher", "arXiv")


# Preprint servers: a work posted on one is a preprint ("article") the server publishes, not a journal article.
PREPRINT_SERVER = re.compile(r"(?i)ssrn|osf(?: preprints)?|(?:psy|soc|ed|earth)?arxiv|(?:bio|med|tech|chem)rxiv|research square|"
                             r"preprints\.org")


def server_preprint(item: Item) -> None:
    """A work whose journal is a preprint server (bioRxiv's `journal = {bioRxiv}`, medRxiv's
    `JF  - medRxiv`) is a preprint ('article') the server publishes, as an arXiv e-print is: a
    publisher named beside it (bioRxiv's Cold Spring Harbor Laboratory) goes to note, and a page
    that only repeats the DOI's suffix (bioRxiv's `SP`) is no page."""
    server = item.get("container-title", "")
    if item["type"] not in ("article-journal", "document") or not PREPRINT_SERVER.fullmatch(server) \
            or {"volume", "issue"} & set(item):
        return
    item["type"] = "article"
    del item["container-title"]
    if item.get("publisher", server) != server:
        add_note(item, f"publisher: {item['publisher']}")
    item["publisher"] = server
    if item.get("page") and item.get("DOI", "").lower().endswith("/" + item["page"].lower()):
        del item["page"]


def edition_number(value: str) -> str:
    """An edition as the number CSL styles print with their own ordinal ('2nd', '2nd ed.',
    'Third' -> '2', '2', '3'); any other text ('Rev. ed.', 'v2.1.0') as written."""
    m = _ORDINAL_EDITION.match(value.strip())
    return m.group(1) if m else ORDINAL_WORDS.get(value.strip().lower(), value)


# A volume or issue number under its label, as HeinOnline and some hosts write VL and IS
# ('Vol. 12', 'Issue 3', 'No. 2', 'Nr. 4'): the label is the field's name, not its value.
_VOLUME_OR_ISSUE_LABEL = re.compile(r"(?:vols?|volume|iss|issue|no|nos|nr|number)\.?\s*(?=\d)", re.I)
_LABELLED_NUMBER = re.compile(r"\d+[A-Za-z]?(?:\s*[-–/]\s*\d+[A-Za-z]?)?")


def labelled_number(value: str) -> str:
    """A volume or issue without its label when a number (or range of them) follows it
    ('Vol. 12' -> '12', 'Issue 3-4' -> '3-4'); any other text ('Suppl. 2') as written."""
    m = _VOLUME_OR_ISSUE_LABEL.match(value.strip())
    rest = value.strip()[m.end():] if m else ""
    return rest if m and _LABELLED_NUMBER.fullmatch(rest) else value


def clip(text: str, width: int = 40) -> str:
    """Text shortened to `width` characters with an ellipsis, to name an entry in a problem."""
    return text if len(text) <= width else text[: width - 1] + "…"


# EndNote's link to a Web of Science record ('<Go to ISI>://WOS:000657001900015', in BibTeX's
# `url` and RIS's `UR`): an accession number for EndNote's own lookup, not a web address.
ENDNOTE_ISI_LINK = re.compile(r"<Go to ISI>://", re.I)

# A book's pages counted front matter + body, as MathSciNet and zbMATH give them ("xvi+914").
FRONT_AND_BODY_PAGES = re.compile(r"(?i)^[ivxlcdm]+\s*\+\s*\d+$")

_CHAPTER_LABEL = re.compile(r"Chapter\s+(\d+|[IVXLC]+)(?:\s+[-–—:]|[.:])\s+(\S.*)", re.S)


def split_chapter_label(item: Item) -> None:
    """ScienceDirect's chapter titles start with their number ('Chapter 1 - Trade and Wages'),
    Project MUSE's and De Gruyter's so too ('Chapter 3. Cotton and Empire', 'Chapter 3: ...'):
    the number is the chapter's `chapter-number`, the rest its title."""
    m = _CHAPTER_LABEL.fullmatch(item.get("title", "")) if item.get("type") == "chapter" else None
    if m and "chapter-number" not in item:
        item["chapter-number"], item["title"] = m.group(1), m.group(2)


# Wiley's exports (BibTeX and RIS) give the abstract with its page heading run in: 'Abstract How do
# foreign publics respond ...'; with a colon or period after it ('Abstract: We ...') others do too.
_ABSTRACT_HEADING = re.compile(r"(?:Abstract|ABSTRACT)(?:\s*[.:]\s*|\s+(?=[A-Z]))(?=\S)")


def drop_abstract_heading(item: Item) -> None:
    """An abstract opening with the heading 'Abstract' loses it; not where the title names the word
    (an abstract of 'Abstract Expressionism and ...' may start with the movement's name)."""
    abstract = item.get("abstract")
    if abstract and abstract[0] in "aA" and (m := _ABSTRACT_HEADING.match(abstract)) \
            and "abstract" not in item.get("title", "").lower():
        item["abstract"] = abstract[m.end():]


_NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")


def numeric_date(value: str) -> dict | None:
    """A day-first `15.03.2021` (dots, as German or Russian software writes dates) or a
    month-first `3/15/2021` (slashes with the year last, as US sites such as Oxford Academic
    write them; day first when the first number cannot be a month) as a CSL date; None when
    the text is not one."""
    m = _NUMERIC_DATE.fullmatch(value.strip())
    if not m:
        return None
    first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    month, day = (second, first) if sep == "." or first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return date(year, month, day)


def format_iso_date(value: dict) -> str | None:
    """A CSL date as ISO 8601 / EDTF (`2010-06-14/2010-06-16`, seasons 21-24, `1800~`,
    `1850~/1860~`), the inverse of :func:`iso_date`; None when it has no date-parts."""
    parts = value.get("date-parts")
    if not parts:
        return None
    ends = []
    for part in parts:
        try:
            nums = [int(x) for x in part]
        except (TypeError, ValueError):
            return None
        if not nums:
            return None
        text = f"{nums[0]:04d}" if nums[0] >= 0 else str(nums[0])
        if len(nums) > 1:
            month = nums[1] + 8 if 13 <= nums[1] <= 16 else nums[1]
            text += f"-{month:02d}"
            if len(nums) > 2:
                text += f"-{nums[2]:02d}"
        ends.append(text)
    # a circa range is circa at both ends, as EDTF and Biber read `1850~/1860~`
    return "/".join(end + "~" for end in ends) if value.get("circa") else "/".join(ends)


_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def with_season(value):
    """A year-only date whose season CSL-JSON gives apart (`"season": 3` or "Autumn") with the
    season as month 13-16 of its date-parts, the form every writer reads; else as it is."""
    if not isinstance(value, dict) or value.get("season") in (None, ""):
        return value
    parts = value.get("date-parts")
    season = str(value["season"]).strip().lower()
    number = _SEASONS.get(season) or (int(season) if season.isdecimal() else None)
    if not (parts and len(parts) == 1 and len(parts[0]) == 1 and number and 1 <= number <= 4):
        return value
    return {**{k: v for k, v in value.items() if k != "season"}, "date-parts": [[parts[0][0], 12 + number]]}


def unfolded_season(value) -> tuple[str | None, str | None]:
    """The season a date gives apart that no month 13-16 says (`"season": "Michaelmas"`, beside
    a month, or `7`), as (words for the writer's date field, text for the note): words go with
    the date, as written; anything with a digit, which would read back as a month, to the note."""
    season = value.get("season") if isinstance(value, dict) else None
    if season in (None, ""):
        return None, None
    return (str(season), None) if season_words(str(season)) else (None, f"season: {season}")


def season_words(text: str) -> bool:
    """Is `text` a season in words (`Michaelmas`, `Winter/Spring`, `Hilary term`): a letter first
    and no digit of any script (a `²` would be read back as a month, or fail to)?"""
    return text[:1].isalpha() and not any(c.isdigit() for c in text)


# CSL-JSON's season months (BibLaTeX's 21-24 less 8) by name, as Zotero and RIS write them.
SEASON_NAMES = {13: "Spring", 14: "Summer", 15: "Autumn", 16: "Winter"}


def season_name(month: int) -> str | None:
    """The season a date's month stands for (13-16, BibLaTeX's 21-24), None for any other month."""
    return SEASON_NAMES.get(month - 8 if 21 <= month <= 24 else month)


# A season and its year ('Spring 2019', 'Winter, 1998'), and a circa mark before a date.
_SEASON_YEAR = re.compile(r"(?i)(spring|summer|autumn|fall|winter),?\s+(\d{4})")
_CIRCA_MARK = re.compile(r"(?i)(?:c\.|ca\.|circa|approx\.)\s*|ca\s+")
# A span of years a catalogue gives for a work published over them ('1850-1860', '1850–1860').
_YEAR_SPAN = re.compile(r"(\d{3,4})\s*(?:--?|[–—])\s*(\d{3,4})")


def date_from_text(text: str) -> dict | None:
    """A date given as text, as CSL-JSON's `raw` gives it: ISO 8601 / EDTF, words when every
    word is a month name ('June 14, 2019'), a season ('Spring 2019', month 13-16), any of these
    after a circa mark or with a closing question mark ('c. spring 1850', 'ca. May 1850',
    '1850?': circa), a span of years ('1850-1860', 'ca. 1850–1860': a range) and in a
    cataloguer's square brackets ('[1850?]', '[ca. 1850]', '[1850]'); None when it names no such
    date, so one reading serves every format and a raw date means the same after any round trip."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return date_from_text(text[1:-1])
    span = _YEAR_SPAN.fullmatch(text)
    if span and int(span.group(1)) < int(span.group(2)):
        return {"date-parts": [[int(span.group(1))], [int(span.group(2))]]}
    season = _SEASON_YEAR.fullmatch(text)
    if season:
        return {"date-parts": [[int(season.group(2)), 12 + _SEASONS[season.group(1).lower()]]]}
    circa = _CIRCA_MARK.match(text)
    if circa or text.endswith("?"):
        inner = date_from_text(text[circa.end():] if circa else text[:-1])
        return {**inner, "circa": True} if inner and "date-parts" in inner else None
    return iso_date(text) or _month_words_date(text)


def approximate_date(text: str) -> dict | None:
    """The uncertain date `text` names as a cataloguer writes one: circa ('ca. May 1850',
    '[1850?]', 'c. spring 1850'), supplied in square brackets ('[1850]') or a span of years
    ('1850–1860', 'ca. 1850-1860'), as :func:`date_from_text` reads it; None for any other
    text. Readers whose date fields hold text they otherwise keep as written (BibTeX's year,
    RIS's PY, Zotero's date) take this."""
    date = date_from_text(text)
    if not date or "date-parts" not in date:
        return None
    supplied = text.strip().startswith("[") and text.strip().endswith("]")
    years = len(date["date-parts"]) == 2 and all(len(part) == 1 for part in date["date-parts"])
    return date if date.get("circa") or supplied or years else None


def season_date(text: str) -> dict | None:
    """The season `text` names ('Spring 2019', month 13), as :func:`date_from_text` reads it;
    None for any other text."""
    date = date_from_text(text)
    parts = date.get("date-parts") if date else None
    return date if parts and len(parts) == 1 and len(parts[0]) == 2 and parts[0][1] > 12 else None


def _month_words_date(text: str) -> dict | None:
    """'June 14, 2019', 'May 2019': a date whose every word is a month name, so nothing else in
    the text is lost when it is read as parts."""
    from .parse.dates import MONTHS, parse_date

    words = re.findall(r"[^\W\d_]+", text)
    if not words or any(w.lower() not in MONTHS for w in words):
        return None
    parsed = parse_date(text)
    if not parsed or any(len(part) > 1 and part[1] > 12 for part in parsed.get("date-parts", [[0, 13]])):
        return None  # the text parser gives seasons as BibLaTeX's 21-24: read above instead
    return parsed


def normal_date(value):
    """A date as the writers take it: a season given apart as month 13-16 (:func:`with_season`)
    and a `raw` text date as the date :func:`date_from_text` reads in it, so BibTeX and RIS carry
    it as the date it is; else as it is."""
    value = with_season(value)
    if isinstance(value, dict) and not value.get("date-parts") and isinstance(value.get("raw"), str):
        parsed = date_from_text(value["raw"])
        if parsed and "date-parts" in parsed:
            return {**{k: v for k, v in value.items() if k != "raw"}, **parsed}
    return value


def date_year(value: dict | None) -> int | None:
    """The (first) year of a CSL date object, if it has one."""
    if not value:
        return None
    parts = value.get("date-parts")
    if parts and parts[0] and parts[0][0] not in ("", None):
        try:
            return int(parts[0][0])
        except (TypeError, ValueError):
            return None
    match = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value.get("literal") or value.get("raw") or "")
    return int(match.group(1)) if match else None


def name_text(name: dict) -> str:
    """A name object as a reader would write it: given first, particles in place."""
    if name.get("literal"):
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    text = " ".join(p for p in (given, family) if p)
    if name.get("suffix"):
        text += ", " + name["suffix"]
    return text


# --- stable ids -----------------------------------------------------------

_STOPWORDS = frozenset("""
a an the of on in and for to at by with from about as into is are was
le la les un une des de du der die das ein eine und von zur zum
""".split())

# Russian transliteration (BGN/PCGN-like, the one journals' References use),
# so Cyrillic items get readable ASCII keys.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g".split(),
))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for keys: Cyrillic transliterated, accents dropped."""
    out = []
    for ch in text.lower():
        if ch in _CYRILLIC:
            t = _CYRILLIC[ch]
            out.append("" if t == "_" else t)
        else:
            out.append(ch)
    folded = unicodedata.normalize("NFKD", "".join(out))
    return folded.encode("ascii", "ignore").decode("ascii")


def base_key(item: Item) -> str:
    """A Better-BibTeX-like key: first author's family name, year, first title word
    (of the container when the item has no title)."""
    names = item.get("author") or item.get("editor") or []
    who = ""
    if names:
        first = names[0]
        who = first.get("family") or first.get("literal") or first.get("given") or ""
        if first.get("literal"):
            who = who.split()[0] if who.split() else who
    who = re.sub(r"[^a-z0-9]", "", ascii_fold(who))
    year = date_year(item.get("issued"))
    title = item.get("title") or ""
    container = item.get("container-title") or ""
    if not who and title and container:
        who = _first_key_word(container)  # an unsigned press item is known by its paper
    # an untitled press item ("Pravda, 14 February 1956") is known by its paper too
    word = _first_key_word(title or container)
    if not (title or container) and item.get("archive"):
        # a file cited by its shelfmark ("RGIA, f. 592, op. 1, d. 387"): the archive's short name
        # (the bracketed one if given) and its fond ("rgiaf592")
        short = re.search(r"\(([^()]+)\)\s*$", item["archive"])
        who = who or _first_key_word(short.group(1) if short else item["archive"])
        fond = re.search(r"\d+[^\W\d_]*", item.get("archive_location", ""))
        word = "f" + ascii_fold(fond.group(0)) if fond else ""
    if who:
        return f"{who}{year or ''}{word}"
    # a key that opens with a digit reads badly in LaTeX and Zotero: the title word goes first
    return f"{word}{year or ''}" or "item"


# A CSL rich-text tag (`<i>`, `</span>`): markup, no word of the text.
RICH_TEXT_TAG = re.compile(r"</?(?:i|b|sup|sub|sc|span)\b[^>]*>", re.I)


def _first_key_word(text: str) -> str:
    """The first word of a title that says something (no stopword, no number), folded to ASCII."""
    # split before folding: folding drops dashes, which would glue "Russian–Kyrgyz" into one word
    words = (ascii_fold(w) for w in re.findall(r"\w+", RICH_TEXT_TAG.sub("", text)))
    return next((w for w in words if w and w not in _STOPWORDS and not w.isdigit()), "")


def assign_ids(items: Iterable[Item]) -> list[Item]:
    """Give every item without an id a stable, unique citation key (in place).

    Keys depend only on the item's content and on the items before it, so the
    same input always yields the same keys. Existing ids are kept as they are.
    """
    items = list(items)
    taken = {str(item["id"]) for item in items if item.get("id") not in (None, "")}
    last_suffix: dict[str, int] = {}  # resume where the previous clash stopped: linear, not quadratic
    for item in items:
        if item.get("id") not in (None, ""):
            continue
        key = base_key(item)
        n = last_suffix.get(key, 0)
        candidate = key + _suffix(n) if n else key
        while candidate in taken:
            n += 1
            candidate = key + _suffix(n)
        taken.add(candidate)
        last_suffix[key] = n
        item["id"] = candidate
    return items


def _suffix(n: int) -> str:
    """a, b, ... z, aa, ab, ... as in year suffixes."""
    letters = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def tags(item: Item) -> list[str]:
    """The item's `categories` (Zotero's tags, DataCite's subjects), which the BibTeX and RIS
    writers carry as keywords, as Zotero's own exports do."""
    categories = item.get("categories")
    return [c.strip() for c in categories if isinstance(c, str) and c.strip()] if isinstance(categories, list) else []


def is_work(item: Item) -> bool:
    """False for the pointer notes ("See also ...", "Ibid.") and commentary a page parser
    keeps, marked, beside the works: they are never rendered or pushed as works."""
    custom = item.get("custom") or {}
    return not (custom.get("pointer") or custom.get("commentary"))


def add_note(item: Item, text: str) -> None:
    """Keep text we could not map on the item, so it survives every round trip."""
    text = text.strip()
    if not text:
        return
    existing = item.get("note")
    if existing and not isinstance(existing, str):  # a note given as a number or a list: kept as JSON
        existing = json.dumps(existing, ensure_ascii=False)
    if not existing:
        item["note"] = text
    elif text not in existing.split("\n"):
        item["note"] = existing + "\n" + text


def set_note(item: Item, text: str) -> None:
    """The note is ``text`` now, the lines a rule read taken out of it; an empty note is no note at all."""
    if text:
        item["note"] = text
    else:
        item.pop("note", None)


# Scopus's note on a conference paper, in BibTeX and RIS alike: 'Cited by: 0; Conference name:
# ...; Conference date: ...; Conference location: ...; Conference code: 301234'.
_SCOPUS_CONFERENCE = {"Conference name": "event-title", "Conference location": "event-place"}


def read_scopus_conference(item: Item) -> None:
    """The meeting's name and place out of Scopus's note line, into `event-title` and
    `event-place` when the item lacks them; the line's other parts (the date as Scopus words it,
    the conference code, the citation count) stay in the note as written."""
    if not isinstance(item.get("note"), str) or "Conference " not in item["note"]:
        return
    lines = []
    for line in item["note"].split("\n"):
        kept = []
        for part in line.split("; "):
            key, _, value = part.partition(": ")
            var = _SCOPUS_CONFERENCE.get(key)
            if var and value.strip() and not item.get(var):
                item[var] = value.strip()
            else:
                kept.append(part)
        if kept:
            lines.append("; ".join(kept))
    if lines:
        item["note"] = "\n".join(lines)
    else:
        del item["note"]


def static_ordered_names(item: Item) -> str:
    """The names CSL prints in the order given, family first with no comma ('Mao Zedong':
    `static-ordering`), as 'author 1; editor 2' (the variable and the place in its list), for
    the formats whose names have no such mark (BibTeX, RIS); '' for none."""
    return "; ".join(f"{var} {n}" for var, names in item.items() if var in NAME_VARIABLES and isinstance(names, list)
                     for n, name in enumerate(names, 1) if isinstance(name, dict) and name.get("static-ordering"))


def mark_static_ordering(item: Item, text: str) -> bool:
    """Mark the names `text` (as :func:`static_ordered_names` gives it) points to; False, marking
    nothing, when it names one the item does not have, so the caller keeps the text."""
    names = []
    for mark in text.split(";"):
        match = re.fullmatch(r"\s*([a-z-]+) (\d+)\s*", mark)
        listed = item.get(match.group(1)) if match and match.group(1) in NAME_VARIABLES else None
        if not isinstance(listed, list) or not 0 < int(match.group(2)) <= len(listed) \
                or not isinstance(listed[int(match.group(2)) - 1], dict):
            return False
        names.append(listed[int(match.group(2)) - 1])
    for name in names:
        name["static-ordering"] = True
    return True


def refused_field(value: str) -> bool:
    """A `variable: value` note line's value written as a JSON object or list
    ('issued: {"date-parts": [[2019, 2, 45]]}'): a field the CSL-JSON reader refused and kept in
    the note as it was, which Zotero's Extra never holds; read as the variable, it would come
    back as text that names nothing."""
    if not value.startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(value), (dict, list))
    except ValueError:
        return False
