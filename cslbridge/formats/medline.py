"""MEDLINE tagged records: PubMed's "Send to: Citation manager" file (`.nbib`) and its "Save:
PubMed format" text.

Each record is a run of `TAG - value` lines, the tag padded to four characters (`PMID- `,
`TI  - `, `FAU - `), a long value wrapped onto continuation lines indented six spaces, records
parted by a blank line (a `PMID` line also opens one). NLM's element descriptions give the tags;
the mapping follows Zotero's MEDLINE/nbib translator where it has one:

* ``TI`` the title, less the period NLM closes every title with (a bracketed ``[...]`` title is
  NLM's English translation: with ``TT``, the title as published, as the ``original-title`` it
  loses its brackets, as a translated References title does; with no ``TT`` it keeps them). ``BTI`` is a book's title or a
  chapter's book, ``CTI`` the series.
* ``FAU`` the author's full name, ``AU`` beside it its short form (read only in a record with
  no ``FAU``, as Zotero reads it: ``Smith JA`` as Smith, J. A.); ``FED``/``ED`` alike; ``CN`` a
  group author, kept in its place; ``AU  - et al.`` marks the list as cut short.
* ``JT`` the journal, ``TA`` its abbreviation, ``VI``/``IP`` volume and issue, ``PG`` the pages
  with an abbreviated end written out (``475-82`` is 475-482, as Zotero writes it), else an
  e-locator ``LID`` (``e0123456 [pii]``).
* ``DP`` the date of publication (``1996 Jul 9``, ``2015 May``, ``2019 Mar-Apr`` a range,
  ``2020 Spring`` a season), ``DEP`` the date of electronic publication (``available-date``).
* ``AID``/``LID`` with ``[doi]`` the DOI, ``PMID``, ``PMC`` (PMCID), ``IS`` the ISSNs (print,
  electronic, linking: each once), ``ISBN``, ``LA`` (ISO 639-2, ``eng``) the language, ``AB``
  the abstract, ``CI`` the copyright statement (``license``), ``PB``/``PL`` a book's publisher
  and place, ``EN`` its edition, ``MH``/``OT``/``KW`` keywords.
* ``PT`` the type: a book, a book chapter, a dissertation, a preprint, ...; any other record is
  a journal article, its other publication types ("Review", "Randomized Controlled Trial")
  kept in note.

An author's affiliations ``AD`` and identifiers ``AUID`` after its ``FAU`` are note lines
naming the author (``affiliation (author Maria Elena de la Cruz): ...``, ``ORCID (author ...):
...``), as the CSL-JSON reader keeps Crossref's: CSL names have no field for them. Every other
tag (MeSH bookkeeping, history dates, ``SO``) is kept in note as a ``TAG: value`` line, so
nothing is lost. There is no writer: MEDLINE is NLM's record, not a
format reference managers exchange.
"""

from __future__ import annotations

import re

from ..items import (
    TITLE_CLOSING_PERIOD, Item, Problem, ReadResult, add_mapped, add_note, assign_ids, clip, edition_number, iso_date,
    name_text,
)
from ..languages import language_code
from . import Format
from .ris import KNOWN_TAGS, MONTH_NUMBERS, READING_ORDER, clean_doi, joined_keywords, parse_date, parse_name, read_standard_number

# A tag line: the tag (two to four capitals or digits) padded to four, a dash, the value.
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,3}-(?: (.*))?$")

# PT (publication type) -> CSL type, as Zotero's translator reads them; any other record is a
# journal article.
_TYPES = {
    "book": "book", "books": "book", "book chapter": "chapter", "newspaper article": "article-newspaper",
    "video-audio media": "motion_picture", "technical report": "report", "legal case": "legal_case",
    "legislation": "legislation", "preprint": "article", "dissertation": "thesis",
    "academic dissertation": "thesis",
}
# Publication types that say no more than the journal article a record is by default.
_ARTICLE_TYPES = frozenset({"journal article", "case reports", "case report"})

# Tags of one value each, straight into a CSL variable (a second, different value goes to note).
_SIMPLE = {
    "VI": "volume", "IP": "issue", "JT": "container-title", "TA": "container-title-short",
    "AB": "abstract", "CI": "license", "PMID": "PMID", "PMC": "PMCID", "EN": "edition",
    "PB": "publisher", "CTI": "collection-title",
}
# The full form of a name and the short form NLM gives beside it (read only in a record without
# the full forms).
_FULL_NAMES = {"FAU": "author", "FED": "editor"}
_SHORT_NAMES = {"AU": ("FAU", "author"), "ED": ("FED", "editor")}
_KEYWORD_TAGS = frozenset({"MH", "OT", "KW"})
# Tags about the author (or editor) named right before them: NLM gives each FAU its affiliations
# and identifiers. CSL names have no field for either: each is a note line naming the person.
_PERSON_TAGS = {"AD": "affiliation", "AUID": "AUID"}
_ORCID = re.compile(r"ORCID:\s*(\S+)")
# The types whose PL is the place of their publisher (a book's 'Bethesda (MD)'); a journal's or a
# preprint server's is the country it is published in, kept in note.
_PUBLISHED_TYPES = frozenset({"book", "chapter", "report", "thesis"})
_ET_AL = re.compile(r"(?i)^et\.? al\.?$")
# An identifier in AID or LID: the value and its kind in brackets ('10.1038/x [doi]').
_IDENTIFIER = re.compile(r"^(.*?)\s*\[(\w+)\]$")
# An electronic locator a journal gives instead of pages ('e0123456', 'CD012345', '101832').
_E_LOCATOR = re.compile(r"[A-Za-z]{0,3}\d+")
_LONE_INITIAL = re.compile(r"(?<![^\s-])([A-Z])(?=\s|-|$)")
# The tags of NLM's "MEDLINE/PubMed Data Element (Field) Descriptions" (with the comment and
# correction links, and PubMed's book tags); those RIS has not (FAU, PMID, JT, DP's siblings VI
# and PG, ...) tell a MEDLINE file from an RIS one or other `XX  - value` text read with -f medline.
_NLM_TAGS = frozenset("""
AB AD AID AU AUID BTI CI CIN CN COIS CON CRDT CRF CRI CTDT CTI DA DCOM DDIN DEP DP DRDT DRIN ECF ECI
ED EDAT EFR EIN EN FAU FED FIR FPS GN GR GS IP IR IRAD IS ISBN JID JT LA LID LR MH MHDA MID NM OAB
OABL OCI OID ORI OT OTO OWN PB PG PHST PL PMC PMCR PMID PS PST PT PUBM RF RIN RN ROF RPF RPI RRF RRI
SB SFM SI SO SPIN STAT TA TI TT UIN UOF VI VTI
""".split())
_MEDLINE_ONLY_TAGS = _NLM_TAGS - KNOWN_TAGS


def read(text: str, source: str = "") -> ReadResult:
    """Read MEDLINE records into items; report stray lines and records that cannot be read."""
    items: list[Item] = []
    problems: list[Problem] = []
    record: list[list] = []  # [tag, value, line] triples of the record being read
    seen_record = seen_medline = False
    after_blank = False

    def finish() -> None:
        if record:
            add_mapped(lambda: _to_item([(tag, value) for tag, value, _ in record]), source, record[0][2],
                       _label(record), items, problems)
        record.clear()

    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            after_blank = True
            continue
        match = _TAG_LINE.match(line)
        if match:
            tag, value = match.group(1), (match.group(2) or "").strip()
            if after_blank or tag == "PMID":
                finish()
            record.append([tag, value, number])
            seen_record, after_blank = True, False
            seen_medline = seen_medline or tag in _MEDLINE_ONLY_TAGS
        elif record and not after_blank:  # a wrapped value, indented six spaces (or not at all)
            record[-1][1] = f"{record[-1][1]} {line.strip()}".strip()
        elif seen_record:  # the record it might continue has ended: said, and the next tag opens one
            problems.append(Problem(f"stray line outside any record: {clip(line.strip(), 60)!r}", source, number))
        # lines before the first record are a header
    finish()
    if not seen_medline and text.strip():  # RIS, or other `XX  - value` text read with -f medline
        return ReadResult([], [Problem("no MEDLINE records found (is this really a PubMed .nbib file?)", source, 1)])
    assign_ids(items)
    return ReadResult(items, problems)


def _label(record: list[list]) -> str | None:
    for tag, value, _ in record:
        if tag in ("PMID", "TI", "BTI") and value:
            return clip(value)
    return None


def _to_item(fields: list[tuple[str, str]]) -> Item:
    item: Item = {"type": _record_type(fields)}
    keywords: list[str] = []
    titles: dict[str, str] = {}
    pages = locator = None
    full_names = {tag for tag, _ in fields if tag in _FULL_NAMES}  # then AU and ED only repeat them
    person: tuple[str, dict] | None = None  # the role and name an AD or AUID after it is about
    for tag, value in fields:
        if not value:
            continue
        short_of = _SHORT_NAMES.get(tag)
        if tag in _FULL_NAMES or tag == "CN":
            name = full_name(value) if tag != "CN" else {"literal": value}
            person = (_FULL_NAMES.get(tag, "author"), name)
            item.setdefault(person[0], []).append(name)
        elif tag in _PERSON_TAGS and person:
            add_note(item, _about_person(tag, value, *person))
        elif short_of and _ET_AL.match(value):
            cut = item.setdefault("custom", {}).setdefault("et-al", [])
            if short_of[1] not in cut:
                cut.append(short_of[1])
        elif short_of and short_of[0] not in full_names:  # records before 2002 give only the short form
            person = (short_of[1], _short_name(value))
            item.setdefault(person[0], []).append(person[1])
        elif short_of:
            pass  # the short form of a full name read
        elif tag in ("TI", "BTI", "TT"):
            if tag in titles:
                add_note(item, f"{tag}: {value}")
            else:
                titles[tag] = _without_closing_period(value)
        elif tag == "PT":
            if value.lower() not in _ARTICLE_TYPES and _TYPES.get(value.lower()) != item["type"]:
                add_note(item, f"PT: {value}")
        elif tag == "DP":
            _set(item, "issued", publication_date(value), tag, value)
        elif tag == "DEP" and len(value) == 8 and (online := iso_date(f"{value[:4]}-{value[4:6]}-{value[6:]}")):
            _set(item, "available-date", online, tag, value)  # '20210301'; another shape stays in note
        elif tag in ("AID", "LID"):
            identifier = _IDENTIFIER.match(value)
            kind = identifier.group(2).lower() if identifier else ""
            if kind == "doi":
                _set(item, "DOI", clean_doi(identifier.group(1)), tag, value)
            elif tag == "LID" and kind == "pii" and _E_LOCATOR.fullmatch(identifier.group(1)) and not locator:
                locator = identifier.group(1)
            elif not (tag == "AID" and value == f"{locator} [pii]"):
                add_note(item, f"{tag}: {value}")
        elif tag == "PG" and pages is None:
            pages = value
        elif tag in ("IS", "ISBN"):
            read_standard_number(item, value)
        elif tag == "LA":
            _set(item, "language", language_code(value), tag, value)
        elif tag == "PL" and item["type"] in _PUBLISHED_TYPES:
            _set(item, "publisher-place", value, tag, value)  # a journal's PL is its country: a note
        elif tag in _KEYWORD_TAGS:
            keywords.append(value)
        elif tag == "EN":  # '2nd' as the number styles print with their own ordinal, as RIS's ET
            _set(item, "edition", edition_number(value), tag, value)
        elif tag in _SIMPLE:
            _set(item, _SIMPLE[tag], value, tag, value)
        else:
            add_note(item, f"{tag}: {value}")
    _place_titles(item, titles)
    page = _expanded_pages(pages) if pages else locator
    if page:
        item["page"] = page
    if keywords:
        item["keyword"] = joined_keywords(keywords)
    rank = {key: n for n, key in enumerate(READING_ORDER)}
    return dict(sorted(item.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _about_person(tag: str, value: str, role: str, name: dict) -> str:
    """The note line of an AD or AUID with the name it follows, as the CSL-JSON reader keeps a
    Crossref name's affiliation and ORCID: 'affiliation (author Maria Elena de la Cruz): ...'."""
    orcid = _ORCID.fullmatch(value) if tag == "AUID" else None
    what, text = ("ORCID", orcid.group(1)) if orcid else (_PERSON_TAGS[tag], value)
    return f"{what} ({role} {name_text(name)}): {text}"


def _record_type(fields: list[tuple[str, str]]) -> str:
    """The CSL type the record's publication types name; a journal article when none does."""
    named = [_TYPES[value.lower()] for tag, value in fields if tag == "PT" and value.lower() in _TYPES]
    if named:
        return named[0]
    if any(tag == "BTI" for tag, _ in fields) and not any(tag == "JT" for tag, _ in fields):
        return "book" if not any(tag == "TI" for tag, _ in fields) else "chapter"
    return "article-journal"


def _place_titles(item: Item, titles: dict[str, str]) -> None:
    """TI the title (BTI a book's own), BTI a chapter's book, TT the title as published."""
    title, book = titles.get("TI"), titles.get("BTI")
    if title and titles.get("TT") and title[:1] == "[" and title[-1:] == "]" and title.count("[") == 1:
        title = title[1:-1]  # NLM's bracket says "translated": with TT the original-title, the pair says it
    if item["type"] == "book" or not title:
        title, book = title or book, (book if title else None)
    if title:
        item["title"] = title
    if book:
        if item.get("container-title") or item["type"] not in ("chapter", "paper-conference", "entry"):
            add_note(item, f"BTI: {book}")
        else:
            item["container-title"] = book
    if titles.get("TT"):
        item["original-title"] = titles["TT"]


def _without_closing_period(title: str) -> str:
    """NLM closes every title with a period; one that is an abbreviation's ('U.S.') stays."""
    return title[:-1] if TITLE_CLOSING_PERIOD.search(title) else title


def full_name(value: str) -> dict:
    """'van Raaij, M J' -> van Raaij, M. J.: NLM writes a full name's initials without periods."""
    name = parse_name(value) or {"literal": value}
    if name.get("given"):
        name["given"] = _LONE_INITIAL.sub(r"\1.", name["given"])
    return name


# NLM's short form of a name: the family name, then up to four initials ('van der Berg H').
_SHORT_NAME = re.compile(r"(.+?) ([A-Z]{1,4})")


def _short_name(value: str) -> dict:
    """'O'Donnell TJ' -> O'Donnell, T. J.; a name of another shape is read as RIS reads one."""
    m = _SHORT_NAME.fullmatch(value)
    if not m:
        return parse_name(value) or {"literal": value}
    return parse_name(f"{m.group(1)}, {' '.join(ch + '.' for ch in m.group(2))}")


def _set(item: Item, key: str, value, tag: str, written: str) -> None:
    """Set a variable once; a second, different value is kept in the note as written."""
    if key not in item:
        item[key] = value
    elif item[key] != value:
        add_note(item, f"{tag}: {written}")


def _expanded_pages(pages: str) -> str:
    """'475-82' -> '475-482': NLM drops the digits a range's end shares with its start."""
    def expand(m: re.Match) -> str:
        start, end = m.group(1), m.group(2)
        if len(end) < len(start):
            end = start[:len(start) - len(end)] + end
        return f"{start}-{end}"
    return re.sub(r"\b(\d+)-(\d+)\b", expand, pages)


# DP's ranges: '2019 Mar-Apr', '2019 Dec-2020 Jan', '2019 Mar 4-10', '1998-1999'.
_MONTH_RANGE = re.compile(r"(\d{4}) ([A-Za-z]{3})-(?:(\d{4}) )?([A-Za-z]{3})")
_DAY_RANGE = re.compile(r"(\d{4}) ([A-Za-z]{3}) (\d{1,2})-(\d{1,2})")
_YEAR_RANGE = re.compile(r"(\d{4})-(\d{4})")


def publication_date(text: str) -> dict:
    """DP as a CSL date: '1996 Jul 9', '2015 May', '2020 Spring', and NLM's ranges."""
    text = " ".join(text.split())
    m = _MONTH_RANGE.fullmatch(text)
    if m and m.group(2).lower() in MONTH_NUMBERS and m.group(4).lower() in MONTH_NUMBERS:
        first = [int(m.group(1)), MONTH_NUMBERS[m.group(2).lower()]]
        return {"date-parts": [first, [int(m.group(3) or m.group(1)), MONTH_NUMBERS[m.group(4).lower()]]]}
    m = _DAY_RANGE.fullmatch(text)
    if m and m.group(2).lower() in MONTH_NUMBERS:
        year, month = int(m.group(1)), MONTH_NUMBERS[m.group(2).lower()]
        return {"date-parts": [[year, month, int(m.group(3))], [year, month, int(m.group(4))]]}
    m = _YEAR_RANGE.fullmatch(text)
    if m:
        return {"date-parts": [[int(m.group(1))], [int(m.group(2))]]}
    return parse_date(text)


def sniff(text: str) -> float:
    """A `PMID- ` line opens a PubMed record; without one (ERIC's .nbib), tags RIS has not."""
    head = text.lstrip("\ufeff")[:5000]
    if re.search(r"^PMID- ?\d", head, re.M):
        return 0.95
    tags = set(re.findall(r"^([A-Z]{2,4}) {0,2}- ", head, re.M))
    return 0.9 if "TY" not in tags and len(tags & {"FAU", "OWN", "STAT", "JT", "DP", "PG", "VI", "IP", "SO"}) >= 3 else 0.0


FORMAT = Format(
    name="medline",
    description="MEDLINE tagged records (PubMed's .nbib citation manager file; read only)",
    extensions=("nbib", "medline"),
    read=read,
    sniff=sniff,
    aliases=("nbib",),
)
