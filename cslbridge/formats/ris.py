"""RIS, the tagged format every database and reference manager exports.

Reading is forgiving, because real exports are not clean: one or two spaces before the
dash, a missing space after it, CRLF, a BOM, blank lines, header lines before the first
record, long values wrapped onto continuation lines, tags in lower case. A record without TY
is read as generic and a record without its ER ends at the next TY or the end of the input,
each with a warning, as reference managers read them; records that cannot be read are
reported with their line numbers, and the records around them still come through.

Mapping decisions that are not obvious from the tag names:

* ``TI`` + ``TT`` (title + translated title, as Russian libraries export them) map to our
  translated-References convention: ``title`` = the ``TT`` translation, ``original-title``
  = the ``TI`` title. An item with ``original-title`` is written back the same way, so the
  pair round-trips in both directions. Without ``TT``, ``TI`` is simply the ``title``.
* ``TA`` (translated author: the author's name as given in the translation) is not a
  translator; it is kept apart in ``custom["translated-author"]`` and written back as ``TA``.
  Translators are ``A4``.
* ``PY`` carries the year, ``DA`` the full date; a reader takes the more precise one when
  they agree. The writer emits ``PY  - 2018`` and, when month or day is known,
  ``DA  - 2018/05/17/`` (the slashed form Zotero and EndNote both parse); a season,
  "circa" or a date given as text goes in DA's 'other' field (``1800///circa``,
  ``1912///Spring term 1912``), never into ``PY``, and is read back from there.
* CSL variables RIS has no tag for are written as ``N1`` lines ``variable: value`` (Zotero's
  "extra" convention) and read back from notes into the variable, so they survive.
* A name list cut short ("et al.", BibTeX's "and others": ``custom["et-al"]``) has no RIS
  tag either; it is written as an ``N1`` line ``et-al: author; editor`` and read back, as is
  CSL's ``comma-suffix`` ('King, Jr.'), ``comma-suffix: author``, beside ``AU  - King, Martin Luther, Jr.``.
* Lines end in CRLF: the RIS specification asks for it and EndNote's importer is the
  pickiest consumer; Zotero, Mendeley and this reader accept either.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

from ..items import (
    ARXIV_DOI, ARXIV_REPOSITORIES, arxiv_preprint,
    ENDNOTE_ISI_LINK, FRONT_AND_BODY_PAGES, TEXT_NAME_PARTS, TITLE_CLOSING_PERIOD, Item, Problem, ReadResult,
    add_mapped, add_note, approximate_date, require_valid, assign_ids, clip, date_year, edition_number, labelled_number, format_iso_date, iso_date,
    mark_static_ordering, normal_date, numeric_date, refused_field, read_scopus_conference, season_name, season_words, unfolded_season, warn_kept, server_preprint, split_chapter_label, drop_abstract_heading, static_ordered_names, tags,
)
from ..languages import language_code
from ..schema import DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES, NUMBER_VARIABLES, STRING_VARIABLES
from . import Format

# --- types -----------------------------------------------------------------

# RIS TY -> CSL type (reading). Unknown TY values read as "document" with a note.
READ_TYPES = {
    "ABST": "article-journal", "ADVS": "broadcast", "AGGR": "dataset", "ANCIENT": "classic",
    "ART": "graphic", "BILL": "bill", "BLOG": "post-weblog", "BOOK": "book", "CASE": "legal_case",
    "CHAP": "chapter", "CHART": "graphic", "CLSWK": "classic", "COMP": "software",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "CTLG": "book", "DATA": "dataset",
    "DBASE": "dataset", "DICT": "entry-dictionary", "EBOOK": "book", "ECHAP": "chapter",
    "EDBOOK": "book", "EJOUR": "article-journal", "ELEC": "webpage", "ENCYC": "entry-encyclopedia",
    "EQUA": "figure", "FIGURE": "figure", "GEN": "document", "GOVDOC": "report", "GRANT": "report",
    "HEAR": "hearing", "ICOMM": "personal_communication", "INPR": "article-journal",
    "JFULL": "periodical", "JOUR": "article-journal", "LEGAL": "regulation", "MANSCPT": "manuscript",
    "MAP": "map", "MGZN": "article-magazine", "MPCT": "motion_picture", "MULTI": "webpage",
    "MUSIC": "musical_score", "NEWS": "article-newspaper", "PAMP": "pamphlet", "PAT": "patent",
    "PCOMM": "personal_communication", "RPRT": "report", "SER": "periodical", "SLIDE": "speech",
    "SOUND": "song", "STAND": "standard", "STAT": "legislation", "THES": "thesis", "UNBILL": "bill",
    "UNPB": "manuscript", "VIDEO": "motion_picture", "WEB": "webpage",
}

# CSL type -> RIS TY (writing): the closest TY; types RIS lacks fall back to GEN.
WRITE_TYPES = {
    "article": "GEN", "article-journal": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "bill": "BILL", "book": "BOOK", "broadcast": "ADVS",
    "chapter": "CHAP", "classic": "CLSWK", "dataset": "DATA", "document": "GEN",
    "entry-dictionary": "DICT", "entry-encyclopedia": "ENCYC", "figure": "FIGURE",
    "graphic": "ART", "hearing": "HEAR", "legal_case": "CASE", "legislation": "STAT",
    "manuscript": "MANSCPT", "map": "MAP", "motion_picture": "MPCT", "musical_score": "MUSIC",
    "pamphlet": "PAMP", "paper-conference": "CPAPER", "patent": "PAT", "periodical": "JFULL",
    "personal_communication": "PCOMM", "post-weblog": "BLOG", "regulation": "LEGAL",
    "report": "RPRT", "software": "COMP", "song": "SOUND", "speech": "SLIDE",
    "standard": "STAND", "thesis": "THES", "webpage": "ELEC",
}

# Book-like types, where a lone SP is the number of pages, not a page.
_PAGE_COUNT_TYPES = {"book", "thesis", "report", "classic", "pamphlet"}

# --- tags ------------------------------------------------------------------

_ET_AL = re.compile(r"(?i)^\s*(?:et\.?\s*al\.?|others|и\s+др\.?|u\.\s*a\.)\s*$")
_NAME_TAGS = {
    "AU": "author", "A1": "author", "A2": "editor", "ED": "editor",
    "A3": "collection-editor", "A4": "translator",
}
_TITLE_TAGS = ("TI", "T1", "CT")
_CONTAINER_TAGS = ("T2", "JF", "JO", "BT")
_SHORT_CONTAINER_TAGS = ("J2", "JA", "J1")
# A database's document type in M3 that names only the kind of record TY gives already (Scopus's,
# Web of Science's and EBSCO's 'M3  - Article' on a JOUR, EndNote's 'Journal Article', Scopus's
# 'Conference Paper' on a CONF) is no genre, which APA prints ('Title [Article]. Survival, 63(2)'):
# it is kept in note. Another M3 ('Review', 'Assessment Report', 'PhD Thesis') is the genre.
_RECORD_KIND = {"article": "article-journal", "journal article": "article-journal",
                "conference paper": "paper-conference", "proceedings paper": "paper-conference",
                "book chapter": "chapter", "book": "book"}
_SIMPLE_TAGS = {
    "T3": "collection-title", "ST": "title-short", "VL": "volume", "VO": "volume", "IS": "issue",
    "CY": "publisher-place", "PB": "publisher", "ET": "edition", "NV": "number-of-volumes",
    "AN": "archive_location", "CN": "call-number", "ID": "id", "M3": "genre",
    "DB": "source", "DP": "source", "N2": "abstract", "AB": "abstract", "LB": "citation-label",
    "C7": "number",  # the article number (Web of Science, Scopus, EndNote)
}
# Tags that carry another variable in one type, as Zotero's RIS translator reads and writes
# them (EndNote's types agree): a computer program's ET is its version, a patent's SN (and IS, a
# patent having no issue) its number; a case's A2 its reporter ('A2  - U.S.', no editor), PB its
# court, SV its docket; a bill's A2 its sponsor, M1 its number ('H.R. 4346'), T3 the chamber, ET
# the session ('117th Congress', no edition); a hearing's T2 its committee; a podcast's (SOUND)
# M1 its episode, M3 its file type; a film's AU its director, A3 its producer, C5 its format; a
# map's C1 its scale, T2 its series; an artwork's M3 its medium, C3 its size; a dataset's ET its
# version. A type's first tag for a variable is the one written.
_LEGISLATIVE = {"M1": "number", "T3": "authority", "ET": "chapter-number", "OP": "references"}
_FILM = {"AU": "director", "A3": "producer", "C5": "medium"}
_TAGS_OF_TYPE = {
    "COMP": {"ET": "version"}, "PAT": {"SN": "number", "IS": "number"},
    "CASE": {"A2": "container-title", "PB": "authority", "SV": "number", "OP": "references"},
    "BILL": {**_LEGISLATIVE, "A2": "author", "A3": "contributor"},
    "HEAR": {**_LEGISLATIVE, "T2": "section"}, "STAT": {**_LEGISLATIVE, "SE": "section"},
    "SOUND": {"M1": "number", "M3": "medium"}, "VIDEO": _FILM, "MPCT": _FILM,
    "MAP": {"C1": "scale", "T2": "collection-title"}, "ART": {"M3": "medium", "C3": "dimensions"},
    "DATA": {"ET": "version"}, "STAND": {"M1": "number"},
}
# What the writer puts in those tags in other types: in these it goes to N1, read back from there.
_DEFAULT_VARIABLES_OUT = {
    "AU": {"author"}, "A2": {"editor"}, "A3": {"collection-editor"}, "T2": {"container-title"},
    "T3": {"collection-title"}, "ET": {"edition"}, "PB": {"publisher"}, "M3": {"genre"},
    "IS": {"issue"}, "SN": {"ISSN", "ISBN"},
}
# Tags whose continuation lines keep their line breaks.
_PROSE_TAGS = {"N1", "N2", "AB"}

# Tags that may come again after a record has given them: those a record gives more than once
# (every other tag takes one value) and TY and ER, which open and close every record.
_RECURRING_TAGS = frozenset(_NAME_TAGS) | {"TA", "KW", "N1", "UR", "L1", "L2", "L3", "L4", "LK", "SN", "AD",
                                            "TY", "ER"}

# Keyword lists inside one KW: ';' and CNKI's full-width '；'.
_KEYWORD_SPLIT = re.compile(r"\s*[;；]\s*")
# A comma that parts keywords: not one between digits, which is a keyword's own ('2,4-D').
_KEYWORD_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])( {1,2})-(?: ?(.*))?$")
# A tag in lower case ('ti  - Title', from hand-typed files and some scripts) only in the
# standard shape, two spaces, the dash and a space (or the line's end), and only a known tag:
# 'US - Mexico' or 'in  - ' stay words.
_LOWER_TAG_LINE = re.compile(r"^([a-z][a-z0-9])(  )-(?: (.*))?$")
# The tags of the RIS specification (plus WEB-era extras); a line with one of these is a
# tag line however it is spaced, any other two-letter tag only in the standard `XX  - ` form,
# so a wrapped line such as "US - Mexico relations" stays a continuation.
KNOWN_TAGS = frozenset("""
TY ER A1 A2 A3 A4 AB AD AN AU AV BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO DP ED
EP ET ID IS J1 J2 JA JF JO KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP PY RI RN RP
SE SN SP ST T1 T2 T3 TA TI TT U1 U2 U3 U4 U5 UR VL VO Y1 Y2
""".split())

# Seasons are CSL-JSON's months 13-16 (as items.iso_date reads BibLaTeX's 21-24).
SEASON_NUMBERS = {"spring": 13, "summer": 14, "autumn": 15, "fall": 15, "winter": 16,
                  "spr": 13, "sum": 14, "aut": 15, "fal": 15, "win": 16}  # WoS abbreviates
MONTH_NUMBERS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH_NAMES = dict(enumerate(
    "january february march april may june july august september october november december".split(), 1))


# --- reading ---------------------------------------------------------------

def read(text: str, source: str = "") -> ReadResult:
    """Read RIS records into items; report broken records and stray lines, keep the rest."""
    from .medline import sniff as medline_sniff  # medline imports this module

    if medline_sniff(text) and not re.search(r"^\ufeff?TY {1,2}-", text, re.M | re.I):
        # read with -f ris, PubMed's records gave their TI, AU, AB lines as TY-less RIS records
        # (authors 'de la Cruz ME AUID- ...'), each a mere warning and exit 0
        return ReadResult([], [Problem("no RIS records found: this is MEDLINE (PubMed's .nbib), read it as "
                                       "medline", source, 1)])
    items: list[Item] = []
    problems: list[Problem] = []
    record: list[list] | None = None  # [tag, value, line] triples
    start = 0
    seen_record = False
    prose = ""  # the tag, as written, of the abstract or note being read ("" for other values)
    tags_so_far: set[str] = set()  # the current record's tags

    def finish() -> None:
        if record[0][2] is None:  # no TY line: read as generic, as reference managers do
            problems.append(Problem(f"record has no 'TY' line (starts with {record[1][0]!r}); read as "
                                    "generic (GEN)", source, start, _label(record), warning=True))
        add_mapped(lambda: _to_item([(tag, value) for tag, value, _ in record]), source, start, _label(record),
                   items, problems)

    lines = text.lstrip("\ufeff").splitlines()
    paragraphs = not _double_spaced(lines)  # else a blank line says nothing
    blank = False  # a blank line came before this one
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip():
            blank = True
            continue
        after_blank, blank = blank, False
        match = _tag_line(line, prose, tags_so_far)
        if not match:
            if record is not None:
                if record:  # a wrapped value; a blank line inside an abstract or note is a paragraph's end
                    joint = ("\n\n" if after_blank and paragraphs else "\n") if record[-1][0] in _PROSE_TAGS else " "
                    record[-1][1] += joint + line.strip()
            elif seen_record:
                problems.append(Problem(f"stray line outside any record: {clip(line, 60)!r}", source, number))
            # lines before the first record are an export header
            continue
        tag, value = match.group(1).upper(), (match.group(3) or "").strip()
        prose = match.group(1) if tag in _PROSE_TAGS else ""
        if tag == "TY":
            if record:  # Zotero's translator forgives the missing ER the same way
                problems.append(Problem("record has no closing 'ER  - '; read up to the next TY",
                                        source, start, _label(record), warning=True))
                finish()
            record, start, seen_record = [[tag, value, number]], number, True
            tags_so_far = {tag}
        elif tag == "ER":
            if record is None:
                problems.append(Problem("'ER' without a record before it", source, number))
            elif record:
                finish()
            record = None
        else:
            if record is None:
                record, start, seen_record = [["TY", "GEN", None]], number, True
                tags_so_far = set()
            record.append([tag, value, number])
            tags_so_far.add(tag)
    if record:  # the last record's ER is missing: read it, as Zotero does
        problems.append(Problem("record has no closing 'ER  - ' at end of input; read to the end",
                                source, start, _label(record), warning=True))
        finish()
    if not seen_record and text.strip():  # text with no tag lines at all, read with -f ris
        problems.append(Problem("no RIS records found (is this really RIS?)", source, 1))
    assign_ids(items)
    return ReadResult(items, problems)


def _double_spaced(lines: list[str]) -> bool:
    """Every line followed by a blank one (a CR doubled before each line end by some Windows
    exports): blank lines there are no paragraph ends."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    return len(filled) > 1 and all(b - a > 1 for a, b in zip(filled, filled[1:]))


def _tag_line(line: str, prose: str, tags_so_far: set[str]) -> re.Match | None:
    """The tag line `line` is, if it is one: an upper-case known tag however it is spaced,
    another upper-case tag in the standard shape, a lower-case known tag in the standard shape.

    Inside an abstract or note (`prose`, its tag as written) a lower-case line may be the text's
    own words ('is  - put simply - ...'); Zotero reads only upper-case tags, so under an
    upper-case tag it is always prose, and under a lower-case one it is prose when it repeats
    a tag of one value the record already has (a second `is` cannot be the issue)."""
    match = _TAG_LINE.match(line)
    if match:
        return match if match.group(1) in KNOWN_TAGS or len(match.group(2)) == 2 else None
    match = _LOWER_TAG_LINE.match(line)
    if not match or match.group(1).upper() not in KNOWN_TAGS:
        return None
    tag = match.group(1).upper()
    if prose.isupper() or (prose and tag in tags_so_far and tag not in _RECURRING_TAGS):
        return None
    return match


def _label(record) -> str | None:
    for tag, value, _ in record:
        if tag in ("ID",) + _TITLE_TAGS and value:
            return clip(value)
    return None


def _to_item(fields: list[tuple[str, str]]) -> Item:
    ty = fields[0][1].upper().strip()
    item: Item = {"type": READ_TYPES.get(ty, "document")}
    if ty not in READ_TYPES:
        add_note(item, f"TY: {ty or '(empty)'}")
    if ty == "INPR":
        item["status"] = "in press"
    titles, translated, containers, shorts, urls, notes, keywords = [], [], [], [], [], [], []
    translated_authors, sp, ep, dates = [], None, None, {}
    for tag, value in fields[1:]:
        if not value:
            continue
        own = _TAGS_OF_TYPE.get(ty, {}).get(tag)
        if own in NAME_VARIABLES:
            name = parse_name(value)
            if name:
                item.setdefault(own, []).append(name)
        elif own:
            _set(item, own, value, tag)
        elif tag in _NAME_TAGS and _ET_AL.match(value):  # "AU  - et al." from another tool: a mark, not a name
            cut = item.setdefault("custom", {}).setdefault("et-al", [])
            if _NAME_TAGS[tag] not in cut:
                cut.append(_NAME_TAGS[tag])
        elif tag in _NAME_TAGS or tag == "TA":
            lived = _LIFE_DATES.search(value)
            if lived:  # a library catalogue's 'Hobsbawm, E. J. 1917-2012.': the dates are no name
                add_note(item, f"{tag}: {value}")
                value = value[:lived.start()]
            name = parse_name(value)
            if name:
                target = translated_authors if tag == "TA" else item.setdefault(_NAME_TAGS[tag], [])
                target.append(name)
        elif tag in _TITLE_TAGS:
            titles.append(value)
        elif tag == "TT":
            translated.append(value)
        elif tag in _CONTAINER_TAGS:
            containers.append((tag, value))
        elif tag in _SHORT_CONTAINER_TAGS:
            shorts.append((tag, value))
        elif tag == "SP":
            sp = value if sp is None else sp
        elif tag == "EP":
            ep = value if ep is None else ep
        elif tag in ("PY", "Y1", "DA", "Y2"):
            dates.setdefault(tag, value)
        elif tag == "C1" and _FULL_DATE.match(value):
            dates.setdefault("C1", value)
        elif tag == "SN":
            read_standard_number(item, value)
        elif tag == "DO":
            _set(item, "DOI", clean_doi(value), tag)
        elif tag in ("UR", "L2") and not ENDNOTE_ISI_LINK.match(value):
            urls.append((tag, value))
        elif tag == "N1":
            notes.append(value)
        elif tag == "KW":
            keywords.extend(k.strip() for k in _KEYWORD_SPLIT.split(value) if k.strip())
        elif tag == "LA":
            _set(item, "language", language_code(value), tag)
        elif tag == "ET" and re.fullmatch(r"\d{4}/\d{1,2}(/\d{1,2})?", value):
            add_note(item, f"ET: {value}")  # PubMed puts the e-pub date here, not an edition
        elif tag == "C2" and re.fullmatch(r"PMC\d+", value):
            _set(item, "PMCID", value, tag)
        elif tag == "M3" and re.match(r"(https?://(dx\.)?doi\.org/|doi:\s*)?10\.\d{4,}/", value, re.I):
            _set(item, "DOI", clean_doi(value), tag)
        elif tag == "M3" and _RECORD_KIND.get(value.casefold()) == item["type"]:
            add_note(item, f"M3: {value}")
        elif tag in ("PB", "CY"):  # without a catalogue's ISBD marks ('Vintage Books,', 'New York :')
            _set(item, _SIMPLE_TAGS[tag], value.rstrip(" ,:;/") or value, tag)
        elif tag == "ET":
            _set(item, "edition", edition_number(value), tag)
        elif tag in ("VL", "VO", "IS"):
            _set(item, _SIMPLE_TAGS[tag], labelled_number(value), tag)
        elif tag in _SIMPLE_TAGS:
            _set(item, _SIMPLE_TAGS[tag], value, tag)
        else:
            add_note(item, f"{tag}: {value}")

    if translated:
        item["title"] = translated[0]
        if titles:
            item["original-title"] = titles[0]
        for extra in translated[1:]:
            add_note(item, f"TT: {extra}")
    elif titles:
        item["title"] = titles[0]
    for extra in titles[1:]:
        if extra != titles[0]:
            add_note(item, f"TI: {extra}")
    if item["type"] == "book" and "title" not in item:
        book_titles = [v for t, v in containers if t == "BT"]
        if book_titles:
            item["title"] = book_titles[0]
            containers = [(t, v) for t, v in containers if t != "BT"]
    if not shorts and len({v for _, v in containers}) > 1:  # JO beside the full name (JF, T2): the
        shorts = [(t, v) for t, v in containers if t == "JO" and v != containers[0][1]][:1]  # RIS spec's
        containers = [c for c in containers if c not in shorts]                             # abbreviation
    _set_each(item, "container-title", containers)
    _set_each(item, "container-title-short", shorts)
    _set_each(item, "URL", urls)
    if translated_authors:
        item.setdefault("custom", {})["translated-author"] = translated_authors
    if keywords:
        item["keyword"] = joined_keywords(keywords)
    if _NLM_DATABASE.search(item.get("source") or "") and (item.get("archive_location") or "").isdigit():
        item["PMID"] = item.pop("archive_location")  # PubMed's accession number is the PMID
    title = item.get("title", "")
    if _closes_titles_with_period(item) and TITLE_CLOSING_PERIOD.search(title):
        item["title"] = title[:-1]
    elif title and _catalogue_record(fields):
        _read_isbd_title(item)
    split_chapter_label(item)
    drop_abstract_heading(item)
    _read_pages(item, sp, ep)
    _read_dates(item, dates)
    _read_notes(item, notes)
    read_scopus_conference(item)
    arxiv = ARXIV_DOI.match(item.get("DOI", ""))
    if arxiv and "number" not in item and item.get("container-title", "arxiv").lower() in ARXIV_REPOSITORIES:
        item.pop("container-title", None)  # Dimensions: 'T2  - arXiv' beside arXiv's DataCite DOI
        arxiv_preprint(item, arxiv.group(1))
    server_preprint(item)
    rank = {key: n for n, key in enumerate(READING_ORDER)}
    return dict(sorted(item.items(), key=lambda kv: rank.get(kv[0], len(rank))))


# Databases that end every title with a period (EBSCOhost; PubMed's MEDLINE records, also as
# converted to RIS or as a host names them, 'Ovid MEDLINE(R) ALL', and Europe PMC's, whose RIS
# names no database but links the record there): the period is theirs, not the title's.
_PERIOD_AFTER_TITLE = frozenset({"ebscohost"})
# NLM's databases by name, alone or in a host's name for them; their accession number is the PMID.
_NLM_DATABASE = re.compile(r"\b(?:pubmed|medline)\b(?!\s+central)", re.I)
_PERIOD_AFTER_TITLE_HOSTS = frozenset({"europepmc.org", "pubmed.ncbi.nlm.nih.gov"})
# APA PsycNET's ID, a PsycINFO record's number ('2020-35678-001'): that database closes titles so too.
_PSYCINFO_NUMBER = re.compile(r"(?:19|20)\d\d-\d{5}-\d{3}")


def _closes_titles_with_period(item: Item) -> bool:
    """Whether the record comes from such a database, by its DB tag, its own link or its number."""
    try:
        host = (urlsplit(item.get("URL", "")).hostname or "").removeprefix("www.")
    except ValueError:  # a link no URL parser reads ('http://[broken', a bad port): no database's
        host = ""
    source = item.get("source") or ""
    return source.lower() in _PERIOD_AFTER_TITLE or bool(_NLM_DATABASE.search(source)) \
        or host in _PERIOD_AFTER_TITLE_HOSTS \
        or bool(_PSYCINFO_NUMBER.fullmatch(str(item.get("id", ""))))


# Variables in the order a person reads a reference, so converted output is easy to check.
READING_ORDER = """
id type title original-title title-short author editor collection-editor translator
container-title container-title-short collection-title issued volume issue page
number-of-pages edition number-of-volumes publisher-place publisher genre ISSN ISBN DOI
PMID PMCID URL accessed language abstract keyword archive_location call-number source
status note custom
""".split()


# Library catalogues (WorldCat, Primo, Koha) export MARC records with their ISBD punctuation: a
# name closed by a comma or by life dates, a place or publisher closed by ':' or ','; in such a
# record the title has ' : ' before the subtitle and the statement of responsibility after ' / '.
_LIFE_DATES = re.compile(r",?\s+\d{4}-(?:\d{4})?\.?$")
_ISBD_CLOSE = re.compile(r"(?:\s[:;/]|,)$")
_RESPONSIBILITY = re.compile(r"\s/\s+(\S.*?)\.?$")


def _catalogue_record(fields: list[tuple[str, str]]) -> bool:
    return any(tag in _NAME_TAGS and (value.endswith(",") or _LIFE_DATES.search(value))
               or tag in ("PB", "CY") and _ISBD_CLOSE.search(value) for tag, value in fields[1:])


def _read_isbd_title(item: Item) -> None:
    """'The age of extremes : a history / Eric Hobsbawm.' -> 'The age of extremes: a history',
    the statement of responsibility kept in note."""
    title = item["title"]
    said = _RESPONSIBILITY.search(title)
    if said:
        add_note(item, f"statement of responsibility: {said.group(1)}")
        title = title[:said.start()]
    title = re.sub(r"\s+([:;])\s", r"\1 ", title)
    item["title"] = title[:-1] if TITLE_CLOSING_PERIOD.search(title) else title


def joined_keywords(keywords: list[str]) -> str:
    """The keywords, each once, as CSL's one `keyword` string: parted by ', ', or by '; ' when one
    holds a comma that would part it (MeSH's 'Genome, Human/*genetics'), so the writer splits
    them again where they were given."""
    return ("; " if any(_KEYWORD_COMMA.search(k) for k in keywords) else ", ").join(dict.fromkeys(keywords))


def _set(item: Item, key: str, value: str, tag: str) -> None:
    """Set a variable once; a second, different value is kept in the note."""
    if key not in item:
        item[key] = value
    elif item[key] != value:
        add_note(item, f"{tag}: {value}")


def _set_each(item: Item, key: str, tagged: list[tuple[str, str]]) -> None:
    """The first value sets the variable; later different ones go to the note as `TAG: value`."""
    for tag, value in tagged:
        _set(item, key, value, tag)


def read_standard_number(item: Item, value: str) -> None:
    """SN holds ISSNs or ISBNs (sometimes several); tell them apart by shape. A report's SN of
    neither shape is its number, as EndNote (its Report Number) and Zotero write it."""
    for part in re.split(r"[;,]\s*|\s+(?=\d{4}-?\d{3}[\dXx]\b)|\n", value):
        part = re.sub(r"\s*\((print|electronic|online|linking|issn|isbn|pbk|hbk|e-?issn|hardcover|hardback|paperback|softcover|e-?book)[^)]*\)", "",
                      part, flags=re.I).strip()
        if not part:
            continue
        digits = re.sub(r"[^\dXx]", "", part)
        if len(digits) == 8 and re.fullmatch(r"\d{4}-?\d{3}[\dXx]", part):
            key = "ISSN"
        elif len(digits) in (10, 13):
            key = "ISBN"
        elif item["type"] == "report":
            _set(item, "number", part, "SN")
            continue
        else:
            key = "ISBN" if item["type"] in ("book", "chapter") else "ISSN"
        if key not in item:
            item[key] = part
        elif part not in item[key].split(", "):
            item[key] += ", " + part


def _read_pages(item: Item, sp: str | None, ep: str | None) -> None:
    if sp and ep:
        item["page"] = sp if sp == ep else f"{sp}-{ep}"
    elif sp and not ep and item["type"] in _PAGE_COUNT_TYPES and re.fullmatch(r"\d+\s*(p|pp|с|стр)?\.?", sp):
        item["number-of-pages"] = re.match(r"\d+", sp).group()
    elif sp and not ep and item["type"] in _PAGE_COUNT_TYPES and FRONT_AND_BODY_PAGES.match(sp):
        item["number-of-pages"] = sp
    elif sp or ep:
        item["page"] = (sp or ep).replace("–", "-")


# JSTOR's `C1  - Full publication date: Dec. 13, 1968` (or "Summer, 2014"): PY holds the year only.
_FULL_DATE = re.compile(r"Full publication date:\s*(.+)$", re.I)


def _read_dates(item: Item, dates: dict[str, str]) -> None:
    year_text = dates.get("PY") or dates.get("Y1")
    year = parse_date(year_text) if year_text else None
    # The full date is DA's; beside PY, Y1 (the primary date, 'YYYY/MM/DD/') gives it too.
    full_tag = "DA" if "DA" in dates else "Y1" if "PY" in dates and "Y1" in dates else None
    da = dates.get(full_tag)
    if da and year and "date-parts" in year and not re.search(r"\d{4}", da):
        da = f"{da} {year['date-parts'][0][0]}"  # Web of Science: 'DA  - JUN 15' beside 'PY  - 2008'
    full = parse_date(da) if da else None
    if full and ("literal" in full or "raw" in full) and re.match(r"\d{4}/", da):  # DA's 'other' field
        item["issued"] = full
    elif full and "date-parts" in full and (
        not year or "date-parts" not in year
        or year["date-parts"][0][0] == full["date-parts"][0][0]
        and len(full["date-parts"][0]) >= len(year["date-parts"][0])
    ):
        item["issued"] = full
    elif year:
        item["issued"] = year
        if full_tag:
            add_note(item, f"{full_tag}: {dates[full_tag]}")
    elif full:
        item["issued"] = full
    if "C1" in dates:
        _read_full_date(item, dates["C1"])
    if dates.get("Y2"):
        item["accessed"] = parse_date(dates["Y2"])


def _read_full_date(item: Item, value: str) -> None:
    """JSTOR's full publication date replaces a PY year it agrees with; else it stays a note."""
    text = re.sub(r"(?<=[A-Za-z.]),", "", _FULL_DATE.match(value).group(1))
    full = parse_date(text).get("date-parts", [[]])[0]
    issued = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if full and full[:len(issued)] == issued:
        item["issued"] = {"date-parts": [full]}
    elif full != issued:
        add_note(item, f"C1: {value}")


def parse_date(text: str) -> dict:
    """A RIS date (``2018/05/17/other``, ``2018///``, ``2018-05-17``, ``May 2018``) as a CSL date."""
    text = text.strip()
    match = re.fullmatch(r"(-?\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?(?:/(.*))?)?)?/?", text)
    if match:
        year, month, day, other = match.groups()
        other = (other or "").strip()
        circa = bool(re.search(r"\bcirca$", other, re.I))
        other = re.sub(r"\s*\bcirca$", "", other, flags=re.I)
        parts = [int(year)]
        if month and 1 <= int(month) <= 12:
            parts.append(int(month))
            if day and 1 <= int(day) <= 31:
                parts.append(int(day))
        elif other.lower() in SEASON_NUMBERS:
            parts.append(SEASON_NUMBERS[other.lower()])
            other = ""
        elif year in other and not month:  # the date as text: "1912///Spring 1912", "1990///early 1990s"
            if "raw" in (iso_date(other) or {}):  # an open range ('2020/'), which parts cannot say
                return {"raw": other}
            inner = parse_date(other)
            if inner.get("date-parts", [[None]])[0][0] != int(year):
                return {"literal": other}
            parts, circa, other = inner["date-parts"][0], circa or inner.get("circa", False), ""
        date = {"date-parts": [parts]}
        if season_words(other):  # 'Michaelmas', 'Winter/Spring': CSL's season is text
            date["season"] = other
        return {**date, "circa": True} if circa else date
    match = (re.fullmatch(r"(?:(?P<d1>\d{1,2})\s+)?(?P<m>[a-z]+)\.?\s+(?:(?P<d2>\d{1,2}),?\s+)?(?P<y>\d{4})", text, re.I)
             or re.fullmatch(r"(?P<y>\d{4})\s+(?P<m>[a-z]+)\.?(?:\s+(?P<d2>\d{1,2}))?", text, re.I))
    if match:
        word, fields = match.group("m").lower(), match.groupdict()
        if word[:3] in MONTH_NUMBERS and word in (word[:3], "sept", _MONTH_NAMES[MONTH_NUMBERS[word[:3]]]):
            day = fields.get("d1") or fields.get("d2")
            parts = [int(match.group("y")), MONTH_NUMBERS[word[:3]]] + ([int(day)] if day else [])
            return {"date-parts": [parts]}
        if word in SEASON_NUMBERS:
            return {"date-parts": [[int(match.group("y")), SEASON_NUMBERS[word]]]}
    return numeric_date(text) or approximate_date(text) or {"literal": text}


def _read_notes(item: Item, notes: list[str]) -> None:
    """N1 notes; ``variable: value`` lines for variables RIS lacks go back into them."""
    for note in notes:
        if re.match(r"\s*<(p|div|h\d|ul|ol|blockquote)\b", note):  # Zotero exports notes as HTML
            note = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</(p|div|h\d|li)>|<br\s*/?>", "\n", note)))
        for line in note.split("\n"):
            if item.get("DOI") and clean_doi(line).lower() == item["DOI"].lower():
                continue  # Taylor & Francis' 'doi: 10...' and Wiley's DOI link repeat DO
            count = _PAGE_COUNT_NOTE.fullmatch(line.strip())
            if count and "number-of-pages" not in item:
                item["number-of-pages"] = count.group(1)
            elif not _restore_variable(item, line):
                add_note(item, line)
    item.pop("_type_restored", None)


# A note that is only the work's page count, as ERIC's N1 gives a document's ('64 pp.').
_PAGE_COUNT_NOTE = re.compile(r"(\d+)\s*(?:pp?\.|pages)", re.I)


def _restore_variable(item: Item, line: str) -> bool:
    match = re.match(r"^([A-Za-z_-]+): (.+)$", line.strip())
    if not match:
        return False
    key, value = match.groups()
    if refused_field(value):
        return False
    if key == "type":  # a CSL type RIS has no TY for, written beside the nearest TY
        if value not in ITEM_TYPES or item.get("_type_restored") or value == item["type"]:
            return False  # the type TY gives is never written again: this line is the note's own
        item["type"] = value
        item["_type_restored"] = True
        return True
    if key == "et-al":
        names = value.split("; ")
        if not all(var in NAME_VARIABLES and item.get(var) for var in names):
            return False
        item.setdefault("custom", {})["et-al"] = names
        return True
    if key == "comma-suffix":  # the suffixed names of these variables follow a comma: 'King, Jr.'
        marked = [(var, [n for n in item.get(var) or [] if n.get("suffix")]) for var in value.split("; ")]
        if not all(var in NAME_VARIABLES and names for var, names in marked):
            return False
        for _, names in marked:
            for name in names:
                name["comma-suffix"] = True
        return True
    if key == "static-ordering":  # 'author 1': names printed in the order given ('Mao Zedong')
        return mark_static_ordering(item, value)
    if key == "name-parts":
        return _restore_name_parts(item, value)
    if key == "issued-end":
        parts = (item.get("issued") or {}).get("date-parts")
        if not parts or len(parts) != 1 or not re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
            return False
        parts.append([int(p) for p in value.split("-")])
        return True
    if key not in _RESTORABLE or key in item:
        return False
    if key in NAME_VARIABLES:
        item[key] = [_extra_name(part) for part in value.split("; ")]
    elif key in DATE_VARIABLES:
        item[key] = iso_date(value) or {"literal": value}
    else:
        item[key] = value
    return True


def _restore_name_parts(item: Item, value: str) -> bool:
    """'author 1 = {"family": "van der Marel", ...}': the parts of a name whose RIS text reads
    back otherwise, put back on it (its flags kept); False when it names no such name."""
    match = re.fullmatch(r"([a-z-]+) (\d+) = (\{.*\})", value)
    names = item.get(match.group(1)) if match and match.group(1) in NAME_VARIABLES else None
    if not isinstance(names, list) or not 0 < int(match.group(2)) <= len(names):
        return False
    try:
        parts = json.loads(match.group(3))
    except ValueError:
        return False
    if not (isinstance(parts, dict) and parts and set(parts) <= TEXT_NAME_PARTS
            and all(isinstance(v, str) for v in parts.values())):
        return False
    name = names[int(match.group(2)) - 1]
    names[int(match.group(2)) - 1] = {**parts, **{k: v for k, v in name.items() if k not in TEXT_NAME_PARTS}}
    return True


def parse_name(text: str) -> dict | None:
    """A RIS name: ``Family, Given[, Suffix]``; ``Зверев Р.В.``/``Smith JA``; else corporate."""
    text = re.sub(r"\s+", " ", text.strip())
    if not text.strip(" ,.;"):
        return None
    if "," in text:
        family, _, rest = text.partition(",")
        given, _, suffix = rest.partition(",")
        family, given, suffix = family.strip(), given.strip(), suffix.strip()
        name: dict = {}
        particle = re.match(r"^((?:[a-z'’]+ )+)(.+)$", family)
        if particle:
            name["non-dropping-particle"] = particle.group(1).strip()
            family = particle.group(2)
        name["family"] = family
        # lower-case words closing the given names (`Charles de`) are a dropping particle;
        # one space between words, so a long lower-case run cannot be split exponentially
        dropping = re.match(r"^(.*?\S) ((?:[a-z]+ )*[a-z]+)$", given)
        if dropping:
            given = dropping.group(1)
            name["dropping-particle"] = dropping.group(2).strip()
        if given:
            name["given"] = given
        if suffix:
            name["suffix"] = suffix
        return name
    initials = re.fullmatch(
        r"(\S+(?: \S+)?) ((?:[A-ZА-ЯЁ]\. ?-?){1,3}|[A-Z]{1,3})", text)
    if initials and not initials.group(1).isupper():
        given = initials.group(2).strip()
        if re.fullmatch(r"[A-Z]{1,3}", given):
            given = " ".join(ch + "." for ch in given)
        return {"family": initials.group(1), "given": given}
    initials_first = _INITIALS_FIRST.fullmatch(text)
    if initials_first:  # IEEE Xplore: 'A. L. Ferreira', 'J.-P. Sartre'
        return {"family": initials_first.group(2), "given": initials_first.group(1).strip()}
    words = text.split(" ")
    from ..parse.names import family_first_patronymic

    if family_first_patronymic(words):  # CyberLeninka: 'Рахмонова Делия Шамсиддиновна'
        return {"family": words[0], "given": " ".join(words[1:])}
    if len(words) == 2 and all(_CJK_WORD.fullmatch(w) for w in words):
        return {"family": words[0], "given": words[1]}  # J-STAGE, CiNii: '山田 太郎', family first
    if _HANGUL_NAME.fullmatch(text):  # KCI: '김민수', the family name's one syllable (or two) first
        size = 2 if text[:2] in _KOREAN_TWO_SYLLABLE_FAMILIES and len(text) > 2 else 1
        return {"family": text[:size], "given": text[size:]}
    if 2 <= len(words) <= 4 and _capitalised_family(words):
        from ..parse.names import corporate_name

        if not corporate_name(text):  # 'Taro YAMADA': the family name in capitals, given first
            return {"family": words[-1], "given": " ".join(words[:-1])}
    return {"literal": text}


_INITIALS_FIRST = re.compile(r"((?:[^\W\d_]\.(?:\s|-(?=[^\W\d_]\.)))+)([^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_])")
_CJK_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
# A Korean name written as one word of two to four Hangul syllables; the family names of two
# syllables (the rest have one).
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")
_KOREAN_TWO_SYLLABLE_FAMILIES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방".split())


def _capitalised_family(words: list[str]) -> bool:
    family = words[-1].replace("-", "").replace("'", "")
    return len(family) >= 2 and family.isalpha() and family.isupper() and all(
        re.fullmatch(r"[^\W\d_]\.", w) or all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))
        for w in words[:-1])


def clean_doi(text: str) -> str:
    return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", text.strip(), flags=re.I)


# --- writing ---------------------------------------------------------------

# CSL variables written with their own tag (anything else goes to N1 as `variable: value`).
_WRITTEN = {
    "type", "id", "title", "original-title", "author", "editor", "collection-editor",
    "translator", "container-title", "container-title-short", "collection-title",
    "title-short", "issued", "accessed", "volume", "issue", "page", "number-of-pages",
    "edition", "number-of-volumes", "publisher-place", "publisher", "ISSN", "ISBN", "DOI",
    "URL", "abstract", "keyword", "language", "genre", "archive_location", "call-number",
    "source", "note", "custom", "citation-label",
}
_EXTRA_VARIABLES = (NAME_VARIABLES | DATE_VARIABLES | NUMBER_VARIABLES | STRING_VARIABLES) - _WRITTEN
# Written with a tag only in some items, else as an N1 line; either way read back.
_RESTORABLE = _EXTRA_VARIABLES | {"number-of-pages", "original-title"}.union(*_DEFAULT_VARIABLES_OUT.values())

EOL = "\r\n"
# The name variables written with a tag; others go to N1 as `variable: Family || Given; ...`.
_NAME_TAGS_OUT = (("AU", "author"), ("A2", "editor"), ("A3", "collection-editor"), ("A4", "translator"))


def write(items: list[Item]) -> str:
    """Items as RIS records, one tag per line, CRLF line ends."""
    require_valid(items)
    return "".join(_record(item) + EOL + EOL for item in items)


def _record(item: Item) -> str:
    lines: list[tuple[str, str]] = []

    kind = item.get("type", "document")
    ty = WRITE_TYPES.get(kind, "GEN")
    if kind == "article-journal" and item.get("status") == "in press":
        ty = "INPR"
    own = _TAGS_OF_TYPE.get(ty, {})  # the type's own tags, written last; their usual variables go to N1
    own_vars = set(own.values())
    displaced = set().union(*(_DEFAULT_VARIABLES_OUT.get(tag, set()) for tag in own)) - own_vars

    def add(tag: str, value, mine: bool = False) -> None:
        if value in (None, "") or (tag in own and not mine):
            return
        text = str(value)
        if tag == "N1":  # one note line (a `variable: value`, say) per N1
            parts = text.split("\n")
        elif tag in _PROSE_TAGS:  # an abstract is one tag, its further lines continuation lines,
            out: list[str] = []  # and a blank line between paragraphs, which Zotero's reader keeps too
            for paragraph in re.split(r"\n\s*\n", text):
                kept = [line.strip() for line in paragraph.split("\n") if line.strip()]
                out += [""] * bool(out and kept) + kept
            parts = [EOL.join(out[:1] + [_continuation(line) if line else "" for line in out[1:]])]
        else:
            parts = [re.sub(r"\s*\n\s*", " ", text)]
        for part in parts:
            if part.strip():
                lines.append((tag, part.strip()))

    lines.append(("TY", ty))
    add("ID", item.get("id"))
    if item.get("original-title") and item.get("title"):
        add("TI", item["original-title"])
        add("TT", item["title"])
    else:
        add("TI", item.get("title"))
    for tag, key in _NAME_TAGS_OUT:
        for name in item.get(key) or [] if key not in own_vars else ():
            add(tag, format_name(name))
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    for name in custom.get("translated-author") or []:
        add("TA", format_name(name))
    add("T2", item.get("container-title") if "container-title" not in own_vars else None)
    add("J2", item.get("container-title-short"))
    add("T3", item.get("collection-title") if "collection-title" not in own_vars else None)
    add("ST", item.get("title-short"))
    _write_dates(item, add)
    add("VL", item.get("volume"))
    add("IS", item.get("issue"))
    _write_pages(item, kind, add)
    add("ET", item.get("edition"))
    add("NV", item.get("number-of-volumes"))
    add("CY", item.get("publisher-place"))
    add("PB", item.get("publisher"))
    for key in ("ISSN", "ISBN"):
        for number in re.split(r"[,;]\s*|\s+", str(item.get(key) or "")):
            add("SN", number)
    written = set()
    for tag, var in own.items():
        if var in written:  # a patent's number goes to SN, not to IS as well
            continue
        written.add(var)
        for value in item.get(var) or [] if var in NAME_VARIABLES else [item.get(var)]:
            add(tag, format_name(value) if var in NAME_VARIABLES else value, mine=True)
    report_number = _report_number_for_sn(item) if ty == "RPRT" else None
    add("SN", report_number)
    add("DO", item.get("DOI"))
    add("UR", item.get("URL"))
    add("AB", item.get("abstract"))
    keywords = str(item.get("keyword") or "")
    # One KW per keyword (Zotero makes each a tag): lists joined with ';' (Scopus, IEEE, CNKI)
    # split there, since their keywords may hold commas; other lists split at commas, but for
    # one between digits, which is part of a keyword ('1,2-dichloroethane').
    keywords = [k.strip() for k in (_KEYWORD_SPLIT.split(keywords) if ";" in keywords or "；" in keywords
                                     else _KEYWORD_COMMA.split(keywords))]
    for keyword in keywords + [c for c in tags(item) if c not in keywords]:
        add("KW", keyword)
    add("LA", item.get("language"))
    add("M3", item.get("genre"))
    add("AN", item.get("archive_location"))
    add("CN", item.get("call-number"))
    add("DP", item.get("source"))
    add("LB", item.get("citation-label"))
    add("N1", item.get("note"))
    if READ_TYPES.get(ty) != kind:
        add("N1", f"type: {kind}")
    extra = [k for k in item if (k in _EXTRA_VARIABLES or k in displaced) and k not in own_vars
             and not _status_is_type(item, k) and not (k == "number" and report_number)]
    if item.get("original-title") and not item.get("title"):
        extra.append("original-title")
    for key in sorted(extra):
        add("N1", f"{key}: {_extra_value(key, item[key])}")
    for line in _name_parts_lines(item, displaced):
        add("N1", line)
    et_al = [var for var in custom.get("et-al") or [] if item.get(var)]
    if et_al:  # after the name lines it refers to
        add("N1", "et-al: " + "; ".join(et_al))
    comma_suffix = [var for tag, var in _NAME_TAGS_OUT if any(
        isinstance(n, dict) and n.get("comma-suffix") and n.get("suffix") for n in item.get(var) or [])]
    if comma_suffix:
        add("N1", "comma-suffix: " + "; ".join(comma_suffix))
    static = static_ordered_names(item)
    if static:
        add("N1", "static-ordering: " + static)
    lines.append(("ER", ""))
    return EOL.join(f"{tag}  - {value}" for tag, value in lines)


def _report_number_for_sn(item: Item) -> str | None:
    """A report's number, to be written as SN (where EndNote and Zotero put it) when SN carries
    nothing else and the reader takes it back as the number, not as an ISSN or ISBN."""
    number = item.get("number")
    if not isinstance(number, str) or item.get("ISSN") or item.get("ISBN"):
        return None
    probe: Item = {"type": "report"}
    read_standard_number(probe, number)
    return number if probe == {"type": "report", "number": number} else None


def _name_parts_lines(item: Item, displaced: set[str]) -> list[str]:
    """The names whose RIS text reads back otherwise, as 'name-parts: author 1 = {...}' lines:
    RIS marks no particle, so 'van der Marel, R. P.' gives a family 'Marel' whether the particle
    was apart or not, and 'de Sousa Santos' splits after the first lower-case word. Names the
    type's own tags displace to N1 (a film's authors) are read back from there."""
    tagged = {var for _, var in _NAME_TAGS_OUT} - displaced
    lines = []
    for var, names in item.items():
        if var not in NAME_VARIABLES or not isinstance(names, list):
            continue
        for n, name in enumerate(names, 1):
            if not isinstance(name, dict):
                continue
            parts = {k: v for k, v in name.items() if k in TEXT_NAME_PARTS and v}
            if var in tagged and _plainly_read_back(parts):
                continue
            back = parse_name(format_name(name)) if var in tagged else _extra_name(_extra_value(var, [name]))
            if parts and back is not None and back != parts:
                lines.append(f"name-parts: {var} {n} = {json.dumps(parts, ensure_ascii=False)}")
    return lines


def _plainly_read_back(parts: dict) -> bool:
    """A name parse_name gives back as it is without trying it (most names; the writer runs
    hot): family, given and suffix only, no comma in them, the family capitalised and the given
    names not closing with a lower-case word, so neither particle rule applies."""
    family, given = parts.get("family", ""), parts.get("given", "")
    return (set(parts) <= {"family", "given", "suffix"} and family[:1].isupper()
            and not any("," in value for value in parts.values()) and not _LOWER_LAST_WORD.search(given))


_LOWER_LAST_WORD = re.compile(r"\s[a-z]+$")


def _continuation(line: str) -> str:
    """A continuation line, indented when it would otherwise read as a tag line."""
    return " " + line if _TAG_LINE.match(line) or _LOWER_TAG_LINE.match(line) else line


def _status_is_type(item: Item, key: str) -> bool:
    return key == "status" and item.get("status") == "in press" and item.get("type") == "article-journal"


def _write_dates(item: Item, add) -> None:
    """``PY`` the year, ``DA`` the full ``YYYY/MM/DD/other`` date; what parts cannot say
    (a season, "circa", a date given as text) goes in the 'other' field, as Zotero writes it."""
    issued = normal_date(item.get("issued"))
    if isinstance(issued, dict):
        parts = _sayable((issued.get("date-parts") or [[]])[0], "issued", issued, item, add)
        if parts and parts[0] not in (None, ""):
            year = str(parts[0])
            add("PY", _ris_year(year) if year.lstrip("-").isdecimal() else year)
            season, season_note = unfolded_season(issued)  # 'Michaelmas': words for the 'other' field
            other = " ".join(x for x in (season, "circa" if issued.get("circa") else "") if x)
            if len(parts) > 1 or other:
                add("DA", _slashed(parts, other))
            add("N1", season_note)
            if len(issued.get("date-parts")) > 1:
                end = {"date-parts": [issued["date-parts"][1]]}
                add("N1", f"issued-end: {_extra_value('issued', end)}")
        else:
            text = issued.get("literal") or issued.get("raw")
            year = date_year(issued)
            add("PY", year)
            add("DA", _slashed([year], text) if year and text else text)
            season, season_note = unfolded_season(issued)  # the 'other' field holds the text
            add("N1", season_note or (f"season: {season}" if season else None))
    accessed = normal_date(item.get("accessed"))
    if isinstance(accessed, dict):
        parts = _sayable((accessed.get("date-parts") or [[]])[0], "accessed", accessed, item, add)
        add("Y2", _slashed(parts) if parts else accessed.get("literal") or accessed.get("raw"))


def _sayable(parts: list, var: str, value: dict, item: Item, add) -> list:
    """A date's parts without a month no RIS date can say: CSL-JSON takes months 13-24, but
    17-20 name no season (13-16 and BibLaTeX's 21-24 do), and `2019/17//` is no RIS date,
    which Zotero and EndNote would misread or refuse. That date goes whole, as written, to an
    `N1  - issued: 2019-17` line (read back into the note) and a warning names the entry."""
    if len(parts) < 2 or not int(parts[1]) > 12 or season_name(int(parts[1])):
        return parts
    add("N1", f"{var}: {format_iso_date(value)}")
    warn_kept(item, f"field {var!r}: month {parts[1]} is no month or season RIS can say; "
                    f"kept as written in an '{var}: ...' N1 line")
    return parts[:1]


def _slashed(parts: list, other: str = "") -> str:
    """``YYYY/MM/DD/other`` with empty fields for unknown parts; seasons go in the 'other' slot."""
    year, month, day = (list(parts) + [None, None])[:3]
    if month and int(month) > 12:
        other = f"{season_name(int(month)) or ''} {other}".strip()  # BibLaTeX's 21-24 too
        month = day = None
    fmt = lambda n: f"{int(n):02d}" if n else ""  # noqa: E731
    return f"{_ris_year(year)}/{fmt(month)}/{fmt(day)}/{other}"


def _ris_year(year) -> str:
    """'YYYY': a year 731 is 0731, 50 BC (CSL's -50) -0050, as the reader takes them back."""
    return f"-{-int(year):04d}" if int(year) < 0 else f"{int(year):04d}"


def _write_pages(item: Item, kind: str, add) -> None:
    page = str(item.get("page") or "")
    match = re.fullmatch(r"\s*([^\s,–-]+)\s*[-–—]+\s*([^\s,–-]+)\s*", page)
    if match:
        add("SP", match.group(1))
        add("EP", match.group(2))
    elif page:
        add("SP", page)
        if kind in _PAGE_COUNT_TYPES:  # a lone SP would read back as a page count
            add("EP", page)
    if not page and kind in _PAGE_COUNT_TYPES:
        add("SP", item.get("number-of-pages"))
    elif item.get("number-of-pages"):
        add("N1", f"number-of-pages: {item['number-of-pages']}")


def format_name(name: dict) -> str:
    """``Family, Given[, Suffix]`` with particles placed so :func:`parse_name` recovers them."""
    if name.get("literal") or not name.get("family"):  # a mononym (Plato) has only a given name
        return name.get("literal") or name.get("given") or ""
    family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    text = f"{family}, {given}" if given else f"{family},"
    if name.get("suffix"):
        text += (", " if given else " , ") + name["suffix"]
    return text


def _extra_value(key: str, value) -> str:
    if key in NAME_VARIABLES:
        return "; ".join(
            n.get("literal") or f"{n.get('family', '')} || {n.get('given', '')}".strip()
            for n in value)
    if key in DATE_VARIABLES and isinstance(value, dict):
        value = normal_date(value)
        return format_iso_date(value) or value.get("literal") or value.get("raw") or ""
    return str(value)


def _extra_name(text: str) -> dict:
    family, sep, given = (part.strip() for part in text.partition("||"))
    if not sep:
        return {"literal": text}
    return {k: v for k, v in (("family", family), ("given", given)) if v}


def sniff(text: str) -> float:
    """RIS starts a record with ``TY  - `` (or ``ty  - ``); allow a BOM, blank lines and a short header."""
    head = text.lstrip("\ufeff")[:3000]
    if re.search(r"^\s*(?:TY {1,2}- ?|ty  - )\S", head, re.M):
        return 0.95 if re.search(r"^(?:ER {1,2}-|er  -)", text, re.M) else 0.8
    return 0.0


FORMAT = Format(
    name="ris",
    description="RIS tagged records (Zotero, EndNote, Mendeley, Scopus, Web of Science exports)",
    extensions=("ris",),
    read=read,
    write=write,
    sniff=sniff,
)
