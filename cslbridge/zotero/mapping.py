"""CSL-JSON items <-> Zotero item JSON, the way Zotero itself maps them.

The tables follow Zotero's published schema (zotero/zotero-schema: item types,
their fields and creator types, base fields, and its `csl` section). A CSL
variable goes to the Zotero field whose *base field* it maps to, under that
type's own name (`container-title` is `bookTitle` on a book section and
`websiteTitle` on a web page). Whatever has no valid field on the item's type
goes into `extra` as `name: value` lines, the convention Zotero reads back, so
a push and a pull lose nothing.
"""

from __future__ import annotations

import json
import re
import secrets

from ..items import (ENDNOTE_ISI_LINK, RICH_TEXT_TAG, Item, add_note, approximate_date, date_year, refused_field,
                     season_date, season_name, with_season)
from ..schema import ALL_VARIABLES, DATE_VARIABLES, NAME_VARIABLES
from ..schema import ITEM_TYPES as CSL_ITEM_TYPES

# Zotero object keys: 8 characters from this alphabet, chosen by whoever creates the object.
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def new_key() -> str:
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


# --- Zotero item types ------------------------------------------------------
# type: (fields, creator types). "field>base" is a type-specific field standing
# for a base field; the first creator type is the type's primary creator.

_COMMON_TAIL = "shortTitle url accessDate archive archiveLocation libraryCatalog callNumber rights extra"

_TYPES = {
    "artwork": ("title abstractNote artworkMedium>medium artworkSize date language " + _COMMON_TAIL,
                "artist contributor"),
    "audioRecording": ("title abstractNote audioRecordingFormat>medium seriesTitle volume numberOfVolumes "
                       "place label>publisher date runningTime language ISBN " + _COMMON_TAIL,
                       "performer contributor composer wordsBy"),
    "bill": ("title abstractNote billNumber>number code codeVolume>volume section codePages>pages "
             "legislativeBody>authority session history date language url accessDate shortTitle rights extra",
             "sponsor cosponsor contributor"),
    "blogPost": ("title abstractNote blogTitle>publicationTitle websiteType>type date url accessDate "
                 "language shortTitle rights extra", "author commenter contributor"),
    "book": ("title abstractNote series seriesNumber volume numberOfVolumes edition place publisher date "
             "numPages language ISBN " + _COMMON_TAIL, "author contributor editor translator seriesEditor"),
    "bookSection": ("title abstractNote bookTitle>publicationTitle series seriesNumber volume numberOfVolumes "
                    "edition place publisher date pages language ISBN " + _COMMON_TAIL,
                    "author contributor editor bookAuthor translator seriesEditor"),
    "case": ("caseName>title abstractNote court>authority dateDecided>date docketNumber>number reporter "
             "reporterVolume>volume firstPage>pages history language shortTitle url accessDate rights extra",
             "author counsel contributor"),
    "computerProgram": ("title abstractNote seriesTitle versionNumber date system place company>publisher "
                        "programmingLanguage ISBN " + _COMMON_TAIL, "programmer contributor"),
    "conferencePaper": ("title abstractNote date proceedingsTitle>publicationTitle conferenceName place "
                        "publisher volume pages series language DOI ISBN " + _COMMON_TAIL,
                        "author contributor editor translator seriesEditor"),
    "dataset": ("title abstractNote identifier>number type versionNumber date repository>publisher "
                "repositoryLocation>place format>medium DOI citationKey language " + _COMMON_TAIL,
                "author contributor"),
    "dictionaryEntry": ("title abstractNote dictionaryTitle>publicationTitle series seriesNumber volume "
                        "numberOfVolumes edition place publisher date pages language ISBN " + _COMMON_TAIL,
                        "author contributor editor translator seriesEditor"),
    "document": ("title abstractNote publisher date language " + _COMMON_TAIL,
                 "author contributor editor translator reviewedAuthor"),
    "email": ("subject>title abstractNote date shortTitle url accessDate language rights extra",
              "author contributor recipient"),
    "encyclopediaArticle": ("title abstractNote encyclopediaTitle>publicationTitle series seriesNumber volume "
                            "numberOfVolumes edition place publisher date pages ISBN language " + _COMMON_TAIL,
                            "author contributor editor translator seriesEditor"),
    "film": ("title abstractNote distributor>publisher date genre>type videoRecordingFormat>medium runningTime "
             "language " + _COMMON_TAIL, "director contributor scriptwriter producer"),
    "forumPost": ("title abstractNote forumTitle>publicationTitle postType>type date language shortTitle url "
                  "accessDate rights extra", "author commenter contributor"),
    "hearing": ("title abstractNote committee place publisher numberOfVolumes documentNumber>number pages "
                "legislativeBody>authority session history date language shortTitle url accessDate rights extra",
                "contributor"),
    "instantMessage": ("title abstractNote date language shortTitle url accessDate rights extra",
                       "author contributor recipient"),
    "interview": ("title abstractNote date interviewMedium>medium language " + _COMMON_TAIL,
                  "interviewee contributor interviewer translator"),
    "journalArticle": ("title abstractNote publicationTitle volume issue pages date series seriesTitle seriesText "
                       "journalAbbreviation language DOI ISSN " + _COMMON_TAIL,
                       "author contributor editor translator reviewedAuthor"),
    "letter": ("title abstractNote letterType>type date language " + _COMMON_TAIL,
               "author contributor recipient"),
    "magazineArticle": ("title abstractNote publicationTitle volume issue date pages language ISSN " + _COMMON_TAIL,
                        "author contributor reviewedAuthor translator"),
    "manuscript": ("title abstractNote manuscriptType>type place date numPages language " + _COMMON_TAIL,
                   "author contributor translator"),
    "map": ("title abstractNote mapType>type scale seriesTitle edition place publisher date language ISBN "
            + _COMMON_TAIL, "cartographer contributor seriesEditor"),
    "newspaperArticle": ("title abstractNote publicationTitle place edition date section pages language ISSN "
                         + _COMMON_TAIL, "author contributor reviewedAuthor translator"),
    "patent": ("title abstractNote place country assignee issuingAuthority>authority patentNumber>number "
               "filingDate pages applicationNumber priorityNumbers issueDate>date references legalStatus>status "
               "language shortTitle url accessDate rights extra", "inventor attorneyAgent contributor"),
    "podcast": ("title abstractNote seriesTitle episodeNumber>number audioFileType>medium runningTime url "
                "accessDate language shortTitle rights extra", "podcaster contributor guest"),
    "preprint": ("title abstractNote genre>type repository>publisher archiveID>number place date series "
                 "seriesNumber DOI citationKey language " + _COMMON_TAIL,
                 "author editor contributor translator reviewedAuthor"),
    "presentation": ("title abstractNote presentationType>type date place meetingName url accessDate language "
                     "shortTitle rights extra", "presenter contributor"),
    "radioBroadcast": ("title abstractNote programTitle>publicationTitle episodeNumber>number "
                       "audioRecordingFormat>medium place network>publisher date runningTime language "
                       + _COMMON_TAIL, "director scriptwriter producer castMember contributor guest"),
    "report": ("title abstractNote reportNumber>number reportType>type seriesTitle place institution>publisher "
               "date pages language " + _COMMON_TAIL, "author contributor translator seriesEditor"),
    "standard": ("title abstractNote organization>authority committee type number versionNumber status date "
                 "publisher place DOI citationKey numPages language " + _COMMON_TAIL, "author contributor"),
    "statute": ("nameOfAct>title abstractNote code codeNumber publicLawNumber>number dateEnacted>date pages "
                "section session history language shortTitle url accessDate rights extra",
                "author contributor"),
    "thesis": ("title abstractNote thesisType>type university>publisher place date numPages language "
               + _COMMON_TAIL, "author contributor"),
    "tvBroadcast": ("title abstractNote programTitle>publicationTitle episodeNumber>number "
                    "videoRecordingFormat>medium place network>publisher date runningTime language "
                    + _COMMON_TAIL, "director scriptwriter producer castMember contributor guest"),
    "videoRecording": ("title abstractNote videoRecordingFormat>medium seriesTitle volume numberOfVolumes place "
                       "studio>publisher date runningTime language ISBN " + _COMMON_TAIL,
                       "director scriptwriter producer castMember contributor"),
    "webpage": ("title abstractNote websiteTitle>publicationTitle websiteType>type date shortTitle url "
                "accessDate language rights extra", "author contributor translator"),
}


def _field_table(spec: str) -> dict[str, str]:
    """{base-or-own field: the type's field name}; own fields map to themselves."""
    table = {}
    for entry in spec.split():
        own, _, base = entry.partition(">")
        table[base or own] = own
        table.setdefault(own, own)
    return table


ITEM_TYPES = {name: _field_table(fields) for name, (fields, _) in _TYPES.items()}
CREATOR_TYPES = {name: creators.split() for name, (_, creators) in _TYPES.items()}
# field name -> base field, for reading a type-specific field back.
BASE_OF = {
    own: base
    for fields, _ in _TYPES.values()
    for own, _, base in (entry.partition(">") for entry in fields.split())
    if base
}

# --- CSL <-> Zotero ---------------------------------------------------------

# CSL type -> Zotero type (Zotero's own choices; the rest take the nearest).
CSL_TO_ZOTERO_TYPE = {
    "article": "preprint", "article-journal": "journalArticle", "article-magazine": "magazineArticle",
    "article-newspaper": "newspaperArticle", "bill": "bill", "book": "book", "broadcast": "tvBroadcast",
    "chapter": "bookSection", "classic": "book", "collection": "book", "dataset": "dataset",
    "document": "document", "entry": "encyclopediaArticle", "entry-dictionary": "dictionaryEntry",
    "entry-encyclopedia": "encyclopediaArticle", "event": "presentation", "figure": "artwork",
    "graphic": "artwork", "hearing": "hearing", "interview": "interview", "legal_case": "case",
    "legislation": "statute", "manuscript": "manuscript", "map": "map", "motion_picture": "film",
    "musical_score": "audioRecording", "pamphlet": "document", "paper-conference": "conferencePaper",
    "patent": "patent", "performance": "presentation", "periodical": "journalArticle",
    "personal_communication": "letter", "post": "forumPost", "post-weblog": "blogPost",
    "regulation": "statute", "report": "report", "review": "journalArticle",
    "review-book": "journalArticle", "software": "computerProgram", "song": "audioRecording",
    "speech": "presentation", "standard": "standard", "thesis": "thesis", "treaty": "statute",
    "webpage": "webpage",
}
ZOTERO_TO_CSL_TYPE = {
    "artwork": "graphic", "audioRecording": "song", "bill": "bill", "blogPost": "post-weblog",
    "book": "book", "bookSection": "chapter", "case": "legal_case", "computerProgram": "software",
    "conferencePaper": "paper-conference", "dataset": "dataset", "dictionaryEntry": "entry-dictionary",
    "document": "document", "email": "personal_communication", "encyclopediaArticle": "entry-encyclopedia",
    "film": "motion_picture", "forumPost": "post", "hearing": "hearing",
    "instantMessage": "personal_communication", "interview": "interview", "journalArticle": "article-journal",
    "letter": "personal_communication", "magazineArticle": "article-magazine", "manuscript": "manuscript",
    "map": "map", "newspaperArticle": "article-newspaper", "patent": "patent", "podcast": "broadcast",
    "preprint": "article", "presentation": "speech", "radioBroadcast": "broadcast", "report": "report",
    "standard": "standard", "statute": "legislation", "thesis": "thesis", "tvBroadcast": "broadcast",
    "videoRecording": "motion_picture", "webpage": "webpage",
}

# CSL text variable -> Zotero base fields, first valid one wins.
CSL_TO_FIELDS = {
    "abstract": ["abstractNote"], "archive": ["archive"], "archive_location": ["archiveLocation"],
    "authority": ["authority"], "call-number": ["callNumber", "applicationNumber"], "chapter-number": ["session"],
    "collection-number": ["seriesNumber"], "collection-title": ["seriesTitle", "series"],
    "container-title": ["publicationTitle", "reporter", "code"],
    "container-title-short": ["journalAbbreviation"], "dimensions": ["runningTime", "artworkSize"],
    "DOI": ["DOI"], "edition": ["edition"], "event-title": ["conferenceName", "meetingName"],
    "genre": ["type", "programmingLanguage"], "ISBN": ["ISBN"], "ISSN": ["ISSN"],
    "issue": ["issue", "priorityNumbers"], "language": ["language"], "license": ["rights"],
    "medium": ["medium", "system"], "number": ["number"], "number-of-pages": ["numPages"],
    "number-of-volumes": ["numberOfVolumes"], "page": ["pages"], "publisher": ["publisher"],
    "publisher-place": ["place"], "references": ["history", "references"],
    "section": ["section", "committee"], "source": ["libraryCatalog"], "status": ["status"],
    "title": ["title"], "title-short": ["shortTitle"], "URL": ["url"], "version": ["versionNumber"],
    "volume": ["volume", "codeNumber"], "scale": ["scale"], "citation-key": ["citationKey"],
}
CSL_TO_DATE_FIELDS = {"issued": "date", "accessed": "accessDate", "submitted": "filingDate"}
# CSL name variable -> Zotero creator type ("author" means the type's primary creator).
CSL_TO_CREATOR = {
    "editor": "editor", "translator": "translator", "container-author": "bookAuthor",
    "collection-editor": "seriesEditor", "composer": "composer", "director": "director",
    "interviewer": "interviewer", "recipient": "recipient", "reviewed-author": "reviewedAuthor",
    "contributor": "contributor", "guest": "guest", "performer": "castMember",
    "producer": "producer", "script-writer": "scriptwriter",
}
CREATOR_TO_CSL = {v: k for k, v in CSL_TO_CREATOR.items()}

# Our own metadata in `custom`, kept in `extra` under these names.
CUSTOM_PREFIX = "cslbridge-"

_PARTICLES = frozenset("da das de del della der des di do dos du la le les op 't ten ter van von zu".split())
# `name: value`; Zotero also reads "Original Title:" and BibTeX tools write "Citation Key:".
_EXTRA_LINE = re.compile(r"^([A-Za-z][A-Za-z_ -]*?):[ \t]*(.*)$")
_VARIABLE_NAMES = {name.lower(): name for name in ALL_VARIABLES}
_ISO_DATE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_TIME_OF_DAY = re.compile(r"(?<=\d)[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$")


def zotero_type(item: Item) -> str:
    return CSL_TO_ZOTERO_TYPE.get(item.get("type", ""), "document")


def to_zotero(item: Item) -> dict:
    """One CSL item as Zotero item data (no key, version, collections or relations)."""
    ztype = zotero_type(item)
    fields = ITEM_TYPES[ztype]
    data: dict = {"itemType": ztype}
    extra: list[str] = []
    if ZOTERO_TO_CSL_TYPE[ztype] != item.get("type"):
        extra.append(f"type: {item.get('type', 'document')}")
    creators: list[dict] = []
    allowed_creators = CREATOR_TYPES[ztype]
    for key, value in item.items():
        if key in ("id", "type", "custom", "categories", "note") or value in (None, "", []):
            continue
        if key in NAME_VARIABLES:
            creator_type = allowed_creators[0] if key == "author" else CSL_TO_CREATOR.get(key)
            if creator_type in allowed_creators:
                creators.extend(_creator(name, creator_type) for name in value)
            else:
                extra.extend(f"{key}: {_name_line(name)}" for name in value)
        elif key in DATE_VARIABLES:
            field = CSL_TO_DATE_FIELDS.get(key)
            zfield = fields.get(field) if field else None
            if zfield:
                data[zfield] = date_text(value)
            else:
                extra.append(f"{key}: {date_text(value)}")
        else:
            zfield = next((fields[f] for f in CSL_TO_FIELDS.get(key, ()) if f in fields), None)
            if zfield and zfield not in data:
                data[zfield] = str(value)
            else:
                extra.append(f"{key}: {_one_line(value)}")
    if creators:
        data["creators"] = creators
    if item.get("id") not in (None, "") and "citationKey" not in data:
        extra.append(f"citation-key: {item['id']}")
    for key, value in (item.get("custom") or {}).items():
        if value in (None, "", [], {}):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        extra.append(f"{CUSTOM_PREFIX}{key}: {_one_line(text)}")
    if item.get("note"):
        extra.append(str(item["note"]))
    if extra:
        data["extra"] = "\n".join(extra)
    if item.get("categories"):
        data["tags"] = [{"tag": str(tag)} for tag in item["categories"]]
    return data


def from_zotero(data: dict) -> Item:
    """Zotero item data back to a CSL item; `extra` lines become variables again."""
    ztype = data.get("itemType", "document")
    item: Item = {"id": data.get("key", ""), "type": ZOTERO_TO_CSL_TYPE.get(ztype, "document")}
    date_vars = {v: k for k, v in CSL_TO_DATE_FIELDS.items()}
    for zfield, value in data.items():
        if value in (None, "") or zfield in ("key", "version", "itemType", "extra", "creators",
                                             "collections", "relations", "tags", "dateAdded",
                                             "dateModified", "parentItem"):
            continue
        base = BASE_OF.get(zfield, zfield)
        if base in date_vars:
            item[date_vars[base]] = parse_date(str(value))
            continue
        var = next((v for v, bases in CSL_TO_FIELDS.items() if base in bases or zfield in bases), None)
        if var and var not in item:
            item[var] = value
    primary = (CREATOR_TYPES.get(ztype) or ["author"])[0]
    for creator in data.get("creators") or []:
        ctype = creator.get("creatorType", "author")
        var = "author" if ctype in (primary, "author") else CREATOR_TO_CSL.get(ctype, "contributor")
        item.setdefault(var, []).append(_csl_name(creator))
    if data.get("tags"):
        item["categories"] = [t["tag"] for t in data["tags"] if t.get("tag")]
    read_extra(item, data.get("extra") or "")
    return item


def extra_field(line: str) -> tuple[str, str] | None:
    """A `name: value` line of Zotero's Extra (the note of a CSL-JSON export) as (name, value):
    the name as the CSL variable it names in any case, with spaces for hyphens ('Original Date'
    is `original-date`), else as written with hyphens for spaces; None for a line of text."""
    match = _EXTRA_LINE.match(line)
    if not match:
        return None
    name = match.group(1).strip().replace(" ", "-")
    name = name if name.startswith(CUSTOM_PREFIX) else _VARIABLE_NAMES.get(name.lower(), name)
    return name, match.group(2).strip()


def names_a_variable(note: str) -> bool:
    """A note with a line naming a CSL variable ("original-date: 1859", Zotero's "Original Date:
    1859"), read as Zotero's Extra is: Zotero keeps there what its fields cannot hold, and its
    exports (CSL-JSON's note, BibTeX's note) and hand edits leave it there."""
    return any((field := extra_field(line)) and field[0] in ALL_VARIABLES for line in note.split("\n"))


def read_extra(item: Item, extra: str, fill_only: bool = False) -> None:
    """Zotero's `name: value` lines (its Extra field; the note of a CSL-JSON export) into the
    variables they name, the rest kept as the note. `fill_only` (a CSL-JSON item, which already
    has its type and id) sets only variables the item lacks and makes a citation key the item's
    `citation-key`, not its id."""
    custom = item.get("custom") or {}
    note_lines = []
    filled = set()
    for line in extra.split("\n"):
        name, value = extra_field(line) or ("", "")
        free = not fill_only or name not in item or name in filled
        if name == "note" or name in ALL_VARIABLES and refused_field(value):  # "Note: ..." is text
            note_lines.append(line)
        elif name == "type" and value in CSL_ITEM_TYPES and not fill_only:
            item["type"] = value
        elif name == "citation-key" and value and not fill_only:
            item["id"] = value
        elif name.startswith(CUSTOM_PREFIX):
            key = name[len(CUSTOM_PREFIX):]
            try:
                custom[key] = json.loads(value) if key != "source" else value
            except ValueError:
                custom[key] = value
        elif name in NAME_VARIABLES and value and free:
            item.setdefault(name, []).append(_parse_name_line(value))
            filled.add(name)
        elif name in DATE_VARIABLES and value and free:
            item[name] = parse_date(value)
        elif name in ALL_VARIABLES and value and name not in item and not (
                name == "URL" and ENDNOTE_ISI_LINK.match(value)):  # a note line our readers keep
            item[name] = value
        else:
            note_lines.append(line)
    if custom:
        item["custom"] = custom
    note = "\n".join(note_lines).strip()
    if note:
        add_note(item, note)


# --- names and dates --------------------------------------------------------

def _creator(name: dict, creator_type: str) -> dict:
    if name.get("literal") or not (name.get("family") or name.get("given")):
        return {"creatorType": creator_type, "name": name.get("literal") or name.get("family") or ""}
    last = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    first = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    if name.get("suffix"):
        first = f"{first}, {name['suffix']}" if first else name["suffix"]
    if not name.get("family"):
        return {"creatorType": creator_type, "name": first}
    return {"creatorType": creator_type, "firstName": first, "lastName": last}


def _csl_name(creator: dict) -> dict:
    if creator.get("name") is not None or not creator.get("lastName"):
        return {"literal": creator.get("name") or creator.get("firstName") or ""}
    name: dict = {}
    words = creator["lastName"].split(" ")
    particles = []
    while len(words) > 1 and words[0].lower() in _PARTICLES and words[0][:1].islower():
        particles.append(words.pop(0))
    if particles:
        name["non-dropping-particle"] = " ".join(particles)
    name["family"] = " ".join(words)
    given = creator.get("firstName") or ""
    given, _, suffix = given.partition(", ")
    if given:
        name["given"] = given
    if suffix:
        name["suffix"] = suffix
    return name


def _name_line(name: dict) -> str:
    """A name in Zotero's extra form: `Family || Given`, or the literal alone."""
    if name.get("literal") or not name.get("family"):
        return name.get("literal") or name.get("given") or ""
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    return f"{family} || {name['given']}" if name.get("given") else family


def _parse_name_line(text: str) -> dict:
    family, sep, given = text.partition("||")
    if not sep:
        return {"literal": text.strip()}
    return _csl_name({"lastName": family.strip(), "firstName": given.strip()})


def date_text(value: dict) -> str:
    """A CSL date as the text Zotero stores: ISO parts, ranges with '/', a season as words
    ('Spring 2019', which Zotero reads as that season, not '2019-13'), a circa date after 'ca.'
    (Zotero keeps date text as written and finds the year in it)."""
    if not isinstance(value, dict):
        return str(value)
    value = with_season(value)  # a season given apart ("season": 3) is month 15
    parts = value.get("date-parts")
    season = season_name(int(parts[0][1])) if _year_and_month(parts) else None
    if season:
        text = f"{season} {int(parts[0][0])}"
        return f"ca. {text}" if value.get("circa") else text
    if parts and parts[0] and parts[0][0] not in (None, ""):
        text = "/".join("-".join(f"{int(n):02d}" if i else str(int(n)) for i, n in enumerate(p))
                        for p in parts if p)
        return f"ca. {text}" if value.get("circa") else text
    return str(value.get("literal") or value.get("raw") or "")


def _year_and_month(parts) -> bool:
    """Is the date one year and a month given as a number (which a season's may be)?"""
    return bool(parts and len(parts) == 1 and len(parts[0]) == 2 and str(parts[0][1]).isdecimal())


def parse_date(text: str) -> dict:
    """Zotero's date text back to a CSL date; a circa date ('ca. 1850') and a season ('Spring
    2019') are read as every format reads them (:func:`items.approximate_date`,
    :func:`items.season_date`), any other text that is not ISO stays literal.

    Access dates come as timestamps ("2014-06-12T21:28:55Z" from the API, "2014-06-12
    21:28:55" from the desktop); the time of day is dropped, as CSL dates have none.
    """
    text = text.strip()
    ends = text.split("/") if text.count("/") == 1 else [text]
    parts = []
    for end in ends:
        match = _ISO_DATE.match(_TIME_OF_DAY.sub("", end.strip()))
        if not match:
            return approximate_date(text) or season_date(text) or {"literal": text}
        parts.append([int(g) for g in match.groups() if g])
    return {"date-parts": parts}


def _one_line(value) -> str:
    return re.sub(r"\s*\n\s*", " ", str(value)).strip()


# --- matching ---------------------------------------------------------------

def _norm(text: str) -> str:
    """Text to match by: its words in one case, without rich-text tags (a title read from BibTeX's
    `\\textit{}` is the same work as the plain title pushed before)."""
    return re.sub(r"[\W_]+", " ", RICH_TEXT_TAG.sub("", str(text)).casefold()).strip()


def match_keys(item: Item) -> list[str]:
    """The identities an item is matched by: DOI, URL, normalised title + year + first author.

    An item without a title is known by its source text (parsed references) or, failing
    that, by all of its content, so that a re-push still finds it.
    """
    keys = []
    if item.get("DOI"):
        doi = str(item["DOI"]).strip().lower()
        doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi)
        keys.append("doi:" + doi)
    url = re.sub(r"^https?://(www\.)?", "", str(item.get("URL") or "").strip()).rstrip("/").lower()
    if "/" in url:  # a bare site ("elibrary.ru") names many works, not one
        keys.append("url:" + url)
    if item.get("title"):
        names = item.get("author") or item.get("editor") or []
        first = names[0] if names else {}
        who = _norm(first.get("family") or first.get("literal") or "")
        keys.append(f"tya:{_norm(item['title'])}|{date_year(item.get('issued')) or ''}|{who}")
    elif (item.get("custom") or {}).get("source"):  # a parsed reference we could not find a title in
        keys.append("src:" + _norm(item["custom"]["source"]))
    if not keys:  # nothing identifies it but its whole content
        content = {k: v for k, v in item.items() if k not in ("id", "custom")}
        keys.append("all:" + _norm(json.dumps(content, sort_keys=True, ensure_ascii=False)))
    return keys
