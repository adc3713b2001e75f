"""Web of Science tagged records: the Core Collection's "Export > Plain text file"
(`savedrecs.txt`).

The "Tab delimited file" export is read too: a header row of the same tags (`PT\tAU\tBA\t...`),
then one record a line, a name, address or reference cell's values parted by `; `.

A file opens with `FN Clarivate Analytics Web of Science` and `VR 1.0`; each record is a run
of `TAG value` lines (a two-character tag, one space) from `PT` to `ER`, and `EF` ends the
file. A line indented three spaces continues the tag above: for the name tags (`AU`, `AF`,
...) and the address and cited-reference tags it is the next name or address, for every other
tag the wrapped rest of the value. Clarivate's "Web of Science Core Collection Field Tags" give
the tags; the mapping follows Zotero's "Web of Science Tagged" translator where it has one:

* ``PT``/``DT`` the type: ``DT`` ``Proceedings Paper`` a paper-conference, ``Book Chapter`` a
  chapter, ``Book`` a book; else ``PT`` ``J`` a journal article, ``B`` a book, ``S`` (a book
  series) a chapter, ``P`` a patent. The other document types ("Review", "Editorial Material")
  stay in note.
* ``AF`` the authors' full names, ``AU`` their short forms (read only when there is no ``AF``);
  ``CA`` a group author; ``BE``/``ED`` editors; ``BF``/``BA`` a chapter's book authors.
* ``TI`` the title and ``SO`` the source; WoS prints every source, and an older record's title
  and names, in capitals: those are title-cased (:func:`recased`), the case of a word the
  record prints in mixed case (``JI``, ``SE``: ``IEEE``, ``PLoS``) kept; ``JI`` (ISO) or else
  ``J9`` (29-character) the source's abbreviation; ``SE`` the book series.
* ``PY`` the year with ``PD`` its month or day (``MAR``, ``MAR 15``, ``JAN-FEB``, ``SPR``),
  ``EA`` the early-access date (``available-date``).
* ``VL``, ``IS``, ``BP``-``EP`` the pages (else ``AR``, the article number), ``PG`` the page
  count, ``DI`` the DOI, ``SN``/``EI``/``BN`` the ISSNs and ISBN, ``PM`` the PMID, ``LA``,
  ``AB``, ``DE``/``ID`` the keywords, ``PU``/``PI`` publisher and its city, ``CT``/``CL`` the
  conference and its place, ``PN`` a patent's number.

The header's ``FN`` (``Clarivate Analytics Web of Science``) is every item's ``source``, as
Zotero's translator makes it the library catalog. Every other tag (addresses ``C1``, cited
references ``CR``, funding, counts, ``UT``) is kept in note as ``TAG: value`` lines, so nothing
is lost. There is no writer: it is Clarivate's export,
not a format reference managers exchange.
"""

from __future__ import annotations

import re

from ..items import (
    Item, Problem, ReadResult, add_mapped, add_note, assign_ids, clip,
)
from ..languages import language_code
from . import Format
from .medline import full_name
from .ris import (
    MONTH_NUMBERS, READING_ORDER, SEASON_NUMBERS, clean_doi, joined_keywords, parse_name, read_standard_number,
)

# A tag line: two characters (a capital, then a capital or digit), one space and the value (RIS's
# and MEDLINE's `TI  - value` are no WoS lines).
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])(?: (\S.*))?$")
# A continuation line: indented (WoS indents three spaces).
_CONTINUED = re.compile(r"^ {2,}(\S.*)$")
# Tags whose continuation lines are further values (one name, address or reference a line).
_LIST_TAGS = frozenset({"AU", "AF", "BA", "BF", "BE", "ED", "CA", "GP", "C1", "C3", "CR", "RP", "EM", "RI", "OI"})
# The lines a file has outside its records.
_FILE_TAGS = frozenset({"FN", "VR", "EF"})

# DT (document type) -> CSL type, before PT; PT -> CSL type.
_DOCUMENT_TYPES = {"proceedings paper": "paper-conference", "book chapter": "chapter", "book": "book"}
_PUBLICATION_TYPES = {"J": "article-journal", "B": "book", "S": "chapter", "P": "patent"}
# Document types that say no more than the type a record has.
_PLAIN_DOCUMENT_TYPES = frozenset({"article", "proceedings paper", "book chapter", "book"})

_SIMPLE = {
    "VL": "volume", "IS": "issue", "AB": "abstract", "PM": "PMID", "PU": "publisher", "PI": "publisher-place",
    "SE": "collection-title", "CT": "event-title", "CL": "event-place", "PN": "number", "PG": "number-of-pages",
}
_NAME_TAGS = {"AF": "author", "BE": "editor", "ED": "editor", "BF": "container-author"}
# The short form of names, read only when the record gives no full form.
_SHORT_NAME_TAGS = {"AU": ("AF", "author"), "BA": ("BF", "container-author")}
_KEYWORD_TAGS = frozenset({"DE", "ID"})
_FULL_NAME_SHORT = {"AF": "AU", "BF": "BA"}
# Titles WoS may print in capitals, and the tags whose mixed case shows a source's words' case
# (the ISO abbreviation 'IEEE Trans. Power Syst.', the series 'Lecture Notes in Computer Science').
_TITLE_TAGS = frozenset({"TI", "SO", "SE", "CT"})
_SHOWN_CASE = ("JI", "SE")
# PD less its year: a month or season, a month range, a day ('MAR', 'JAN-FEB', 'MAR 15', 'SPR').
_MONTH_DAY = re.compile(r"([A-Za-z]{3})(?:-([A-Za-z]{3}))?(?: (\d{1,2}))?")


# The tab-delimited export's header row: its tags, PT first ('PT\tAU\tBA\tBE\t...'), five or more, the
# last closing the line in a file cut to the columns wanted ('PT\tAU\tTI\tSO\tPY').
_TAB_HEADER = re.compile(r"PT(?:\t[A-Z][A-Z0-9]){4,}(?:\t|\r?$)", re.M)
# A list cell's values, parted by '; ' outside brackets (C1's '[Smith, J; Lee, M] Univ X').
_LIST_SEPARATOR = re.compile(r";\s+(?![^\[\]]*\])")


def read(text: str, source: str = "") -> ReadResult:
    """Read WoS records into items; report stray lines and a record the file cuts short."""
    if _TAB_HEADER.match(text.lstrip("\ufeff")):
        return _read_tab_delimited(text.lstrip("\ufeff"), source)
    items: list[Item] = []
    problems: list[Problem] = []
    record: list[list] = []  # [tag, [lines], line number] of the record being read
    seen_record = False
    database = ""  # the header's FN: the database the records come from

    def finish() -> None:
        if record:
            _finish(record, database, source, items, problems)
        record.clear()

    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        continued = _CONTINUED.match(line)
        match = None if continued else _TAG_LINE.match(line)
        if continued and record:
            record[-1][1].append(continued.group(1))
        elif match and match.group(1) == "PT":
            if record:
                problems.append(Problem("record has no ER line before the next PT", source, record[0][2]))
            finish()
            record.append(["PT", [(match.group(2) or "").strip()], number])
            seen_record = True
        elif match and match.group(1) == "ER" and record:
            finish()
        elif match and record and match.group(1) not in _FILE_TAGS:
            record.append([match.group(1), [(match.group(2) or "").strip()], number])
        elif match and not record and match.group(1) in _FILE_TAGS:
            if match.group(1) == "FN" and not seen_record:
                database = (match.group(2) or "").strip()
            # VR, the export format's version, and EF, the end of the file, say nothing of a record
        else:
            problems.append(Problem(f"stray line outside any record: {clip(line.strip(), 60)!r}", source, number))
    if record:
        problems.append(Problem("record has no ER line (is the file cut short?)", source, record[0][2]))
        finish()
    if not seen_record and text.strip():  # another format read with -f wos: one line says so
        return ReadResult([], [Problem("no Web of Science records found (no PT line)", source, 1)])
    assign_ids(items)
    return ReadResult(items, problems)


def _read_tab_delimited(text: str, source: str) -> ReadResult:
    """The "Tab delimited file" export: a header row of tags, then one record a line, its cells
    in the header's order; a name, address or reference cell holds its values parted by '; '."""
    items: list[Item] = []
    problems: list[Problem] = []
    lines = text.splitlines()
    header = lines[0].rstrip().split("\t")
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = line.rstrip("\r\n").split("\t")
        if not re.fullmatch(r"[A-Z]", cells[0].strip()):  # a record's PT is one capital: a line broken off one
            problems.append(Problem(f"stray line outside any record: {clip(line.strip(), 60)!r}", source, number))
            continue
        extra = [(f"column {n}", [cell.strip()], number)
                 for n, cell in enumerate(cells[len(header):], len(header) + 1) if cell.strip()]
        if extra:
            problems.append(Problem(f"record has {len(cells)} fields, the header names {len(header)}; the "
                                    "ones after it kept in note", source, number))
        record = [[tag, _cell_values(tag, cell), number] for tag, cell in zip(header, cells)] + extra
        _finish(record, "", source, items, problems)
    assign_ids(items)
    return ReadResult(items, problems)


def _cell_values(tag: str, cell: str) -> list[str]:
    cell = cell.strip()
    if tag in _LIST_TAGS:
        return [value.strip() for value in _LIST_SEPARATOR.split(cell) if value.strip()]
    return [cell] if cell else []


def _label(record: list[list]) -> str | None:
    for tag, lines, _ in record:
        if tag in ("UT", "TI") and lines[0]:
            return clip(" ".join(lines))
    return None


def _finish(record: list[list], database: str, source: str, items: list[Item], problems: list[Problem]) -> None:
    def build() -> Item:
        item = _to_item([(tag, [value for value in lines if value]) for tag, lines, _ in record])
        if database:  # Zotero's libraryCatalog, CSL's source
            item.setdefault("source", database)
        return item
    add_mapped(build, source, record[0][2], _label(record), items, problems)


def _to_item(fields: list[tuple[str, list[str]]]) -> Item:
    item: Item = {"type": _record_type(fields)}
    tags = {tag for tag, _ in fields}
    keywords: list[str] = []
    values = {tag: " ".join(lines) for tag, lines in fields if lines and tag not in _LIST_TAGS}
    short_forms = {full: lines for tag, lines in fields for full, short in _FULL_NAME_SHORT.items() if tag == short}
    shown = _shown_case(values)
    for tag, lines in fields:
        if not lines:
            continue
        value = " ".join(lines)
        short_of = _SHORT_NAME_TAGS.get(tag)
        if tag in _NAME_TAGS:
            shorts = short_forms.get(tag, [])
            item.setdefault(_NAME_TAGS[tag], []).extend(
                _short_name(name) if n < len(shorts) and name == shorts[n] else full_name(recased_name(name))
                for n, name in enumerate(lines))  # an older record's AF repeats AU's 'SMITH, JA'
        elif tag == "CA":
            item.setdefault("author", []).extend({"literal": name} for name in lines)
        elif short_of and short_of[0] not in tags:
            item.setdefault(short_of[1], []).extend(_short_name(name) for name in lines)
        elif short_of:
            pass  # the short forms of the full names read
        elif tag == "PT":
            if value not in _PUBLICATION_TYPES:
                add_note(item, f"PT: {value}")
        elif tag == "DT":
            kept = [kind for kind in value.split("; ") if kind.lower() not in _PLAIN_DOCUMENT_TYPES]
            if kept:
                add_note(item, f"DT: {'; '.join(kept)}")
        elif tag == "TI":
            _set(item, "title", _cased(item, tag, value), tag)
        elif tag == "SO":
            _place_source(item, _cased(item, tag, value, shown))
        elif tag == "JI" or (tag == "J9" and "JI" not in values):
            _set(item, "container-title-short", value, tag)
        elif tag == "J9" and value == values["JI"]:
            pass  # the same abbreviation twice
        elif tag == "PY":
            issued = (_date(value, values.get("PD")) or {"date-parts": [[int(value)]]}) if value.isdigit() else None
            _set(item, "issued", issued or {"raw": value}, tag)
        elif tag == "PD":
            if not values.get("PY", "").isdigit() or not _date(values["PY"], value):
                add_note(item, f"PD: {value}")
        elif tag == "EA" and (early := _early_access(value)):
            _set(item, "available-date", early, tag)
        elif tag in ("BP", "EP", "AR"):
            pass  # the pages, placed below
        elif tag == "DI":
            _set(item, "DOI", clean_doi(value), tag)
        elif tag in ("SN", "EI", "BN"):
            read_standard_number(item, value)
        elif tag == "LA":
            _set(item, "language", language_code(value), tag)
        elif tag in _KEYWORD_TAGS:
            keywords.extend(word for word in value.split("; ") if word)
        elif tag in _SIMPLE:
            _set(item, _SIMPLE[tag], _cased(item, tag, value, shown) if tag in _TITLE_TAGS else value, tag)
        else:
            for kept in (lines if tag in _LIST_TAGS else [value]):
                add_note(item, f"{tag}: {kept}")
    _place_pages(item, values)
    if keywords:
        item["keyword"] = joined_keywords(keywords)
    rank = {key: n for n, key in enumerate(READING_ORDER)}
    return dict(sorted(item.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _shown_case(values: dict[str, str]) -> str:
    """The words whose case the record shows: the ISO abbreviation's and series' when they are in
    mixed case, and the acronyms a meeting's name in mixed case keeps in capitals (CT's
    '(SPECOM)', which SO prints in capitals with the rest)."""
    shown = [values[tag] for tag in _SHOWN_CASE if any(ch.islower() for ch in values.get(tag, ""))]
    meeting = values.get("CT", "")
    if any(ch.islower() for ch in meeting):
        shown += [w for w in _ALPHA_RUN.findall(meeting) if len(w) > 1 and w.isupper()]
    return " ".join(shown)


def _cased(item: Item, tag: str, value: str, shown: str = "") -> str:
    """A title or source recased from capitals; the printed form goes to note only where the
    recased one does not give it back in capitals."""
    cased = recased(value, shown)
    if cased != value and cased.upper() != value:
        add_note(item, f"{tag}: {value}")
    return cased


def _record_type(fields: list[tuple[str, list[str]]]) -> str:
    """DT names the type when it is a proceedings paper, a chapter or a book; else PT does."""
    for tag, lines in fields:
        if tag == "DT" and lines:
            for kind in " ".join(lines).split("; "):
                if kind.lower() in _DOCUMENT_TYPES:
                    return _DOCUMENT_TYPES[kind.lower()]
    for tag, lines in fields:
        if tag == "PT" and lines and lines[0] in _PUBLICATION_TYPES:
            return _PUBLICATION_TYPES[lines[0]]
    return "article-journal"


def _place_source(item: Item, source: str) -> None:
    """SO is the journal, proceedings or book an item is in; a book's own SO repeats its title."""
    if item["type"] in ("book", "patent"):
        if source.casefold() != item.get("title", "").casefold():
            add_note(item, f"SO: {source}")
    else:
        _set(item, "container-title", source, "SO")


def _place_pages(item: Item, values: dict[str, str]) -> None:
    """BP-EP the pages; without BP the article number AR (as Zotero reads it), else AR in note."""
    start, end, article = values.get("BP"), values.get("EP"), values.get("AR")
    if start:
        item["page"] = f"{start}-{end}" if end and end != start else start
    elif end:
        add_note(item, f"EP: {end}")
    if article and not start:
        item["page"] = article
    elif article:
        add_note(item, f"AR: {article}")


def _short_name(value: str) -> dict:
    """'Smith, JA' -> Smith, J. A.: WoS writes a short name's initials run together."""
    family, _, initials = value.partition(", ")
    if re.fullmatch(r"[A-Z]{1,4}", initials):
        return parse_name(f"{recased(family, name=True)}, {' '.join(f'{ch}.' for ch in initials)}")
    return parse_name(value) or {"literal": value}


def _date(year: str, written: str | None) -> dict | None:
    """PY with PD's month, month range, season or day as a CSL date; None if PD is of another
    shape or names another year."""
    if not written:
        return {"date-parts": [[int(year)]]}
    words = written.split()
    if any(w.isdigit() and len(w) == 4 and w != year for w in words):
        return None
    m = _MONTH_DAY.fullmatch(" ".join(w for w in words if w != year))
    if not m:
        return None
    first, last = (MONTH_NUMBERS.get(g.lower()) if g else None for g in m.group(1, 2))
    if first is None and m.group(2) is None and not m.group(3):
        season = SEASON_NUMBERS.get(m.group(1).lower())
        return {"date-parts": [[int(year), season]]} if season else None
    if first is None or (m.group(2) and last is None) or (m.group(2) and m.group(3)):
        return None
    if last:
        return {"date-parts": [[int(year), first], [int(year), last]]}
    return {"date-parts": [[int(year), first] + ([int(m.group(3))] if m.group(3) else [])]}


def _early_access(value: str) -> dict | None:
    """EA, the early-access date: 'MAR 2021' or 'MAR 15 2021'."""
    year = next((w for w in value.split() if w.isdigit() and len(w) == 4), None)
    return _date(year, value) if year else None


def _set(item: Item, key: str, value, tag: str) -> None:
    """Set a variable once; a second, different value is kept in the note as written."""
    if key not in item:
        item[key] = value
    elif item[key] != value:
        add_note(item, f"{tag}: {value}")


# Words a title in capitals keeps in small letters when recased, but first, after a colon and
# last (a journal's 'of', 'and', 'in'; French, Spanish, German and Portuguese ones too).
_SMALL_WORDS = frozenset("""
a an and as at but by for from in into nor of on onto or over per the to upon via vs with
au aux d de del della des di du e em en et für im la las le les los und y zur
""".split())
_ALPHA_RUN = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-ÞА-ЯЁ]", re.I)
_ROMAN = re.compile(r"[IVXLC]{2,}")


def recased(text: str, shown: str = "", name: bool = False) -> str:
    """Text WoS prints in capitals ('JOURNAL OF APPLIED PHYSICS', an older record's title and
    names) in title case: each word capitalised, the small words ('of', 'and') in small letters
    but first, after a colon and last, and so a name's particles ('DE LA CRUZ' is de la Cruz);
    'MC' opens a capital ('McDonald'), a letter after an apostrophe closing a word is small
    ('WOMEN'S').
    A word the record shows elsewhere (`shown`: the ISO abbreviation or series in mixed case,
    'IEEE', 'PLoS', a meeting's acronym) is written so; a word with a digit ('COVID-19', 'CO2'), without a vowel
    ('BMC') or a Roman numeral ('II') stays as printed. Text with a small letter is as printed."""
    if any(ch.islower() for ch in text) or not any(ch.isalpha() for ch in text):
        return text
    from ..parse.names import PARTICLES  # here: the parser's package is slow to load

    known = {w.upper(): w for w in _ALPHA_RUN.findall(shown)}
    words = text.split(" ")
    out = []
    for n, word in enumerate(words):
        bare = word.strip(".,:;()[]\"'")
        if any(ch.isdigit() for ch in word) or _ROMAN.fullmatch(bare):
            out.append(word)
        elif bare.lower() in (PARTICLES if name else _SMALL_WORDS) and n < len(words) - 1 and (
                name or n and not words[n - 1].endswith((":", "?", "!"))):
            out.append(word.lower())
        else:
            out.append(_ALPHA_RUN.sub(lambda m: _recased_run(m, known), word))
    return " ".join(out)


def _recased_run(m: re.Match, known: dict[str, str]) -> str:
    run, before = m.group(), m.string[:m.start()]
    if run in known:
        return known[run]
    if before.endswith(("'", "’")) and len(run) == 1 and m.end() == len(m.string):
        return run.lower()  # "WOMEN'S": the possessive's s
    if not _VOWEL.search(run):
        return run  # an acronym: 'BMC', 'PLD'
    if run.startswith("MC") and len(run) > 3:
        return "Mc" + run[2] + run[3:].lower()
    return run[0] + run[1:].lower()


def recased_name(value: str) -> str:
    """A full name WoS prints in capitals ('SMITH, JOHN A', 'DE LA CRUZ, MARIA') recased, its
    initials kept ('A'); a name with a small letter is as printed."""
    if any(ch.islower() for ch in value):
        return value
    family, comma, given = value.partition(",")
    given = " ".join(w if len(w.strip(".")) == 1 else recased(w) for w in given.split())
    return recased(family.strip(), name=True) + comma + (" " + given if given else "")


def sniff(text: str) -> float:
    """WoS opens with `FN ` and `VR ` lines (the tab-delimited export with its header row of
    tags); without them, a `PT ` line and a bare `ER` line."""
    head = text.lstrip("\ufeff")[:5000]
    if re.match(r"FN \S.*\nVR \d", head) or _TAB_HEADER.match(head):
        return 0.95
    if re.search(r"^PT [A-Z]\s*$", head, re.M) and re.search(r"^ER\s*$", text, re.M):
        return 0.9
    return 0.0


FORMAT = Format(
    name="wos",
    description="Web of Science tagged records (the Core Collection's plain-text export; read only)",
    read=read,
    sniff=sniff,
)
