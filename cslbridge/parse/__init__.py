"""Free-text references: from a scraped page or a pasted list to CSL-JSON items.

    >>> from cslbridge.parse import parse_page
    >>> result = parse_page(open("article.html").read(), page=True)
    >>> article, *references = result.items

The pipeline: text lines (HTML is flattened first, see :mod:`.page`), the
reference lists and notes on them (:mod:`.entries`), each entry cut into works,
pointers and commentary, each work tagged into fields by
:func:`cslbridge.parse.fields.parse_references`. With ``page=True`` the article
the page describes comes first and every work is marked as cited by it.

Items keep input order and their source text (``custom.source``), the printed
entry or note number (``custom.number``), the line it starts on (``custom.line``,
in the flattened text for HTML) and ``custom.section`` ("references" or "notes").
Pointer notes ("Ibid.", "See also Flikke (2009)") are kept as ``document`` items
marked ``custom.pointer`` with their ``custom.targets`` (and ``custom.target-ids``
or ``custom.same-as`` when the work is on the page); notes of pure prose are kept
marked ``custom.commentary``. Neither is ever turned into an invented work. When a
page prints its list twice (Cyrillic and transliterated), the transliterated
entries are the works and the Cyrillic ones are kept in ``custom.original-source``.
"""

from __future__ import annotations

import re

from ..items import Item, Problem, ReadResult, add_note, assign_ids, date_year
from ..textio import without_controls_in_words
from .names import PARTICLES, letter_form_body
from .entries import (
    COMMENTARY, POINTER, REFERENCE, SAME_AUTHOR, SAME_NAMES, Entry, classify, clean, cyrillic_share, find_sections,
    has_year, is_complete, list_entry_kind, numbering, reference_evidence, segments, short_form_readings, split_entries, strip_cue, targets,
)
from .page import LATIN_INITIALS, article_item, html_lines, is_chrome, looks_like_html, page_breaks

__all__ = ["find_entries", "parse_page", "page_lines", "Entry"]

_SEGMENT_LIMIT = 5000  # longer notes are kept whole rather than cut into sentences


def page_lines(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """A page as text lines plus its meta tags ({} for plain text)."""
    if looks_like_html(text):
        return html_lines(text)
    return text.splitlines(), {}


def find_entries(text: str) -> tuple[list[Entry], int | None, int | None]:
    """Entries of every reference list and notes section, in page order.

    Also returns where the first section starts and where the last ends (line
    indexes), which bound the page header and footer; both None when the whole
    text was read as one list.
    """
    lines, meta = page_lines(text)
    return _entries(lines, _chrome(lines, meta))


def _chrome(lines: list[str], meta: dict[str, list[str]]):
    """The page's chrome test: a plain-text copy of a PDF adds its page breaks."""
    breaks = set() if meta else page_breaks(lines)
    if not breaks:
        return is_chrome
    return lambda line: line.strip() in breaks or is_chrome(line)


def _entries(lines: list[str], is_chrome=is_chrome) -> tuple[list[Entry], int | None, int | None]:
    sections = find_sections(lines, is_chrome)
    found_by_section: list[list[Entry]] = []
    listed: list = []  # the sections that hold any text, which bound the page header and footer
    for section in sections:
        found = [e for e in split_entries(lines, section.start, section.end, section.kind, is_chrome)
                 if clean(e.text)]
        if found:
            listed.append(section)  # not a "References" tab over nothing (T&F's tab row above the abstract)
        kinds = [classify(clean(e.text)) for e in found]
        if all(k == COMMENTARY for k in kinds) and not (section.heading and found and found[0].number is not None):
            continue  # "Notes" over a table or a figure: prose, not a list (numbered notes of comment stay)
        if section.kind == "references" and not section.heading and (
                POINTER in kinds or kinds.count(COMMENTARY) >= max(2, len(kinds) // 10)):
            for entry in found:  # a numbered run holding pointers or prose is a run of notes
                entry.section = "notes"
        elif section.kind == "references" and found and found[0].number is None:
            # page prose after an unnumbered list (a footer, "About the authors") is not part of it
            last = max(n for n, kind in enumerate(kinds) if kind != COMMENTARY)
            found = found[: last + 1]
        found_by_section.append(found)
    entries = [e for found in _pair_translated(found_by_section) for e in found]
    if not sections:
        found = split_entries(lines, 0, len(lines), "references", is_chrome)
        # with no heading and no numbered run, only lines that stand alone as references
        # (or point at one) are entries; the rest is page text. When nearly every line is
        # a reference the text is a bare list, and a sparse entry ("Marat, Erica. The
        # Politics of Police Reform. Oxford UP, 2018.") is kept with its neighbours.
        kinds = [classify(clean(e.text)) for e in found]
        complete = [kind == REFERENCE and is_complete(clean(e.text)) or _legal_citation_whole(clean(e.text))
                    for e, kind in zip(found, kinds)]
        bare_list = len(found) >= 3 and sum(complete) >= 0.75 * len(found)
        # A paste of one or two references is all list: an entry with no year or link is kept
        # when it reads as a reference ("Ivanov I.I. [Title]. Zhurnal, no. 3, pp. 10-20."), or when IEEE's
        # bracketed number opens it ("[4] Cisco Annual Internet Report (2018–2023), Cisco, San Jose, ...").
        short_paste = len(found) <= 2
        entries = [e for e, kind, whole in zip(found, kinds, complete)
                   if kind == POINTER or whole or (bare_list and kind == REFERENCE)
                   or (short_paste and kind == REFERENCE and (
                       reference_evidence(clean(e.text)) >= 2 or _ieee_numbered(lines[e.line - 1])
                       or _act_or_undated_book(clean(e.text))))]
        return entries, None, None
    first, last = (listed[0], listed[-1]) if listed else (sections[0], sections[-1])
    return entries, first.start - (1 if first.heading else 0), last.end


def _legal_citation_whole(text: str) -> bool:
    """Does a legal grammar read the line whole? A Bluebook footnote needs no year to stand alone ("U.S. Const.
    amend. XIV, § 1.", "U.N. Charter art. 2, ¶ 4.")."""
    from .fields import _legal_citation

    return _legal_citation(text) is not None


def _act_or_undated_book(text: str) -> bool:
    """Does a pasted line read as a work that shows one sign of a reference only? An act named first by its kind,
    with its year ("Ustawa z dnia 20 kwietnia 2004 r. o ..., Dz.U. z 2004 r. Nr 99, poz. 1001."), or initialled
    names, a title and a publisher with no date, as physics lists print a book ("A. Brown, Stories that Inspire,
    Penguin")."""
    from .fields import _LAW_START, _UNDATED_BOOK, _undated_book

    if _LAW_START.match(text) and has_year(text):
        return True
    book = _UNDATED_BOOK.fullmatch(text) if text[1:2] == "." and text.count(",") >= 2 else None
    return bool(book and _undated_book(text, book))


def _ieee_numbered(line: str) -> bool:
    """Does the line open with an entry number in square brackets, as IEEE prints one ("[4] ...")?"""
    found = numbering(line)
    return bool(found) and found[1] == "br"


def _cyrillic(entries: list[Entry]) -> bool:
    """Is a list (its first 20 entries) mostly in Cyrillic letters?"""
    return cyrillic_share(" ".join(e.text for e in entries[:20])) > 0.5


def _cyrillic_entries(entries: list[Entry]) -> int:
    """How many entries of a list are mostly in Cyrillic letters."""
    return sum(cyrillic_share(e.text) > 0.5 for e in entries)


def _one_list_in_cyrillic(found: list[Entry], following: list[Entry]) -> bool:
    """Is one of two lists the Cyrillic original of the other? Mostly Cyrillic where the other is not,
    or, an author-date list printing its Russian works first and the foreign ones after them, a
    quarter of its entries Cyrillic where the other has none."""
    if _cyrillic(found) != _cyrillic(following):
        return True
    counts = sorted((_cyrillic_entries(found), _cyrillic_entries(following)))
    return counts[0] == 0 and counts[1] >= max(1, len(found) / 4)


_LIST_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _opening(entry: Entry) -> tuple[str, str | None]:
    """An entry's first word (letters only, upper-cased) and the first year it names."""
    word = re.match(r"\W*(\w+)", entry.text)
    year = _LIST_YEAR.search(entry.text)
    return (word.group(1).upper() if word else ""), (year and year.group(1))


def _twins(latin: Entry, original: Entry, spelled: bool) -> bool:
    """Can a transliterated entry be the Cyrillic one's version? Both name the same first year and
    open with the same word (`spelled`) or with the same letter or its transliteration ("Кузьмина" /
    "Kuzmina", "Харкевич" / "Kharkevich")."""
    (word, year), (cyrillic_word, cyrillic_year) = _opening(latin), _opening(original)
    if year != cyrillic_year or not word or not cyrillic_word:
        return False
    if spelled:
        return word == cyrillic_word
    return word[0] == cyrillic_word[0] or word[0] in LATIN_INITIALS.get(cyrillic_word[0], "")


def _originals_in_order(latin: list[Entry], original: list[Entry]) -> list[Entry]:
    """The Cyrillic list in the References list's order. Both lists are usually in one order, but an
    author-date page sorts its Список литературы Cyrillic works first and its References in one Latin
    order: then each References entry takes the unused entry opening with its own word ("Tskhay"),
    else the first opening with its letter in Cyrillic ("Turgunbaev": "Тургунбаев"), each of the
    same year; when one finds none the printed order is kept."""
    if all(_twins(a, b, spelled=False) for a, b in zip(latin, original)):
        return original
    twins: dict[int, Entry] = {}
    unused = list(original)
    for spelled in (True, False):
        for n, entry in enumerate(latin):
            twin = None if n in twins else next((o for o in unused if _twins(entry, o, spelled)), None)
            if twin is not None:
                twins[n] = twin
                unused.remove(twin)
    return [twins[n] for n in range(len(latin))] if len(twins) == len(latin) else original


def _pair_translated(lists: list[list[Entry]]) -> list[list[Entry]]:
    """Russian pages print one list twice: Список литературы (Cyrillic) and References
    (transliterated, with translations). Keep the References entries as the works and
    the Cyrillic originals beside them, rather than every work twice."""
    out: list[list[Entry]] = []
    skip = False
    for n, found in enumerate(lists):
        if skip:
            skip = False
            continue
        following = lists[n + 1] if n + 1 < len(lists) else None
        if (following and found and len(found) == len(following)
                and found[0].section == following[0].section == "references"
                and _one_list_in_cyrillic(found, following)):
            first_original = _cyrillic_entries(found) > _cyrillic_entries(following)
            original, latin = (found, following) if first_original else (following, found)
            for entry, twin in zip(latin, _originals_in_order(latin, original)):
                entry.original = twin.text
            out.append(latin)
            skip = True
            continue
        out.append(found)
    return out


_PLAIN = re.compile(r"[\w\s.,;:()\[\]$^~`\\'\"/&%+=?!#@*<>|{}‘’“”«»„–—\-№§©®°•·…]")


def _looks_like_text(text: str) -> bool:
    """False for binary data decoded as text: mostly symbols from the code page's upper half."""
    sample = text[:20000]
    if not sample.strip():
        return True
    plain = len(_PLAIN.findall(sample))
    words = re.findall(r"[^\W\d_]{2,}", sample)
    # a short text all of plain characters is text, words or not ("50 U.S.C. § 1541 (2018).")
    return plain >= 0.9 * len(sample) and (len(words) >= 0.05 * len(sample) / 6 or len(sample) < 200 and plain == len(sample))


def parse_page(text: str, source: str = "", page: bool = False, progress=None) -> ReadResult:
    """Read a reference list, a notes section or a whole saved page into items.

    `progress`, if given, wraps the batches of works as they are field-tagged.
    """
    if not text.strip():  # as every other reader says it: a wrong path or a failed download
        return ReadResult([], [Problem("empty input: nothing to read", source)])
    if not _looks_like_text(text):
        return ReadResult([], [Problem("does not look like text (binary data or a wrong encoding?)", source)])
    text, problems = without_controls_in_words(text, source)
    lines, meta = page_lines(text)
    entries, header_end, footer_start = _entries(lines, _chrome(lines, meta))
    article = None
    if page:
        article = article_item(lines, meta, header_end if header_end is not None else 0,
                               lines[footer_start:] if footer_start is not None else [])
        if article is None:
            problems.append(Problem("no article title, authors or DOI found on the page", source))
        else:
            article.setdefault("custom", {})["article"] = True

    # (entry, kind, segment text, and for a work the text to tag and the names a "———." repeats)
    planned: list[tuple[Entry, str, str, tuple[str, str | None]]] = []
    for entry in entries:
        text_ = clean(entry.text)
        if not text_:
            continue
        pieces = segments(text_) if entry.section == "notes" and len(text_) <= _SEGMENT_LIMIT else [text_]
        for piece in pieces:
            kind = list_entry_kind(piece) if entry.section == "references" else classify(piece)
            work = _without_same_names(strip_cue(piece)) if kind == REFERENCE else (piece, None)
            planned.append((entry, kind, piece, work))

    if not any(kind != COMMENTARY for _, kind, _, _ in planned):
        where = "the page" if page else "the input"
        problems.append(Problem(f"no references found in {where}", source))
        return ReadResult(assign_ids([article] if article else []), problems)

    texts = [rest for _, kind, _, (rest, _) in planned if kind == REFERENCE]
    works = iter(_companies_by_form(texts, _periodicals_named_elsewhere(texts, list(_tag(texts, progress)))))
    items: list[Item] = []
    # The names of the work above, for "———." entries and a note's "Idem,": a work with none (an unsigned press
    # item) leaves none to repeat; a pointer or commentary between ("Ibid.") changes nothing, but a short form
    # ("Allison, Russia, the West, 60.") names the authors "Idem," repeats next.
    names_above: dict[str, list] = {}
    for entry, kind, piece, (rest, role) in planned:
        if kind == REFERENCE:
            item = next(works)
            if role and names_above:
                names = [dict(name) for name in next(iter(names_above.values()))]
                # tag it again with the names written out, as the tagger expects a reference to open
                item = _tag_after_names(rest, names[0]) or item
                item = {"type": item["type"], role: names, **{k: v for k, v in item.items() if k != role}}
                item["custom"].setdefault("confidence", {})[role] = 0.99
            elif role:  # nothing to repeat: the words standing for the names are kept
                add_note(item, piece[:len(piece) - len(rest)].strip(" ,"))
            names_above = {var: item[var] for var in ("author", "editor") if item.get(var)} \
                or _short_form_names(piece, items) or {}
        else:
            names_above = _short_form_names(piece, items) or names_above
            item = {"type": "document", "note": piece, "custom": {}}
            if kind == POINTER:
                item["custom"].update(pointer=True, targets=targets(piece))
            else:
                item["custom"]["commentary"] = True
        custom = item.setdefault("custom", {})
        custom["source"] = piece
        custom["line"] = entry.line
        if entry.number is not None:
            custom["number"] = entry.number
        custom["section"] = entry.section
        if entry.original:
            custom["original-source"] = clean(entry.original)
            if "volume" in item and "issue" not in item:
                _issue_from_original(item, custom["original-source"])
            language = _original_language(custom["original-source"])
            if language and "language" not in item and not _marked(item):
                item["language"] = language  # a book's References entry often has no "(In Russ.)"
        items.append(item)

    short_targets = _short_form_pointers(items)
    _assign_note_ids(items)
    everything = ([article] if article else []) + items
    assign_ids(everything)
    _link_pointers(items, short_targets)
    if article:
        for item in items:
            if not _marked(item):
                item["custom"]["cited-by"] = [article["id"]]
    return ReadResult(everything, problems)


def _short_form_names(piece: str, items: list[Item]) -> dict | None:
    """The authors of the work a short form names ("Allison, Russia, the West, 60."): a note's "Idem," after it means
    them, not the authors of the full note before it. None when the piece is no short form of a work cited above."""
    for _, families, _, _ in short_form_readings(piece):
        for item in reversed(items):
            if [name.get("family") for name in item.get("author", [])] == families:
                return {"author": item["author"]}
    return None


# Letters one Cyrillic language has and Russian lacks, most telling first: Kazakh, Tajik, Belarusian, Ukrainian.
_LANGUAGE_LETTERS = (("kk", re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")), ("tg", re.compile(r"[ҳҷӣӯҲҶӢӮ]")),
                     ("be", re.compile(r"[ўЎ]")), ("uk", re.compile(r"[іїєґІЇЄҐ]")))


def _original_language(original: str) -> str | None:
    """The language of a transliterated entry's Cyrillic original ("Мукомель В. И. Интеграция мигрантов ..."),
    read from its letters: Russian unless it has another language's own; None if it is not in Cyrillic."""
    title = original.split("//")[0]
    if len(re.findall(r"[а-яёА-ЯЁ]", title)) < 10:
        return None  # an English work in both lists, or a Cyrillic name only
    return next((code for code, letters in _LANGUAGE_LETTERS if letters.search(title)), "ru")


# GOST's issue and volume marks: "№ 3", "Т. 17", "Vol. 5".
_ORIGINAL_ISSUE = re.compile(r"(?:№|\bno\.)\s*(\d+)", re.I)
_ORIGINAL_VOLUME = re.compile(r"\b(?:Т|Vol|Том)\.?\s*(\d+)", re.I)


def _issue_from_original(item: Item, original: str) -> None:
    """A References entry's bare number ("Voprosy Ekonomiki, 3, pp. 87–108") that its Cyrillic
    original prints as the issue ("Вопросы экономики. 2015. № 3. С. 87–108") is the issue."""
    number = item["volume"]
    if number in _ORIGINAL_ISSUE.findall(original) and number not in _ORIGINAL_VOLUME.findall(original):
        item["issue"] = item.pop("volume")
        confidence = item.get("custom", {}).get("confidence", {})
        if "volume" in confidence:
            confidence["issue"] = confidence.pop("volume")


_TAG_BATCH = 500
_ROLE = re.compile(r"(?:(editors?|edited by|eds?\b\.?)|(translators?|translated by|trans\b\.?))\s*[.,]?\s*", re.I)


# A person named Vancouver's way opening an entry: the family name, then bare initials ("Smith AB,", "Lee K.", Springer's
# "Smith AB (2010)").
_VANCOUVER_NAME = re.compile(r"[A-Z][\w'’-]+ [A-Z]{1,3}(?:[,.] | \()")


def _companies_by_form(texts: list[str], works: list[Item]) -> list[Item]:
    """In a list whose persons are not named Vancouver's way ("Smith, J.", "John Smith"), a lone author read as a
    family name with initials that are a legal form of capitals ("Ericsson AB", "Siemens AG") is that company."""
    companies = {}
    for k, (text, work) in enumerate(zip(texts, works)):
        names = work.get("author", ())
        name = f"{names[0].get('family')} {names[0].get('given', '').replace('.', '')}" if len(names) == 1 else ""
        if names and names[0].get("given") and text.startswith(name) and letter_form_body(name):
            companies[k] = name
    persons = [text for k, (text, work) in enumerate(zip(texts, works))
               if k not in companies and any("family" in name for name in work.get("author", ()))]
    if companies and persons and not any(_VANCOUVER_NAME.match(text) for text in persons):
        for k, name in companies.items():
            works[k]["author"] = [{"literal": name}]
    return works


# A note's name before its quoted title: "Nasha Niva, ‘...’", "Gazeta Wyborcza, «...»".
_NAME_BEFORE_QUOTE = re.compile(r"([^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,3}), [‘“«\"']")


def _periodicals_named_elsewhere(texts: list[str], works: list[Item]) -> list[Item]:
    """Works whose note names before its quoted title, as a person, a periodical another entry of the list is in
    ("Nasha Niva, ‘...’, 3 May 2020" beside "..., Nasha Niva, 2020, 24 August."), tagged again knowing it for one."""
    from .fields import parse_references
    from .outlets import LIST_PERIODICALS

    periodicals = frozenset(work["container-title"].casefold() for work in works if work.get("container-title")
                            and work.get("type") in ("article-newspaper", "article-magazine", "article-journal"))
    again = [k for k, (text, work) in enumerate(zip(texts, works))
             if len(work.get("author", ())) == 1 and "literal" not in work["author"][0]
             and (name := _NAME_BEFORE_QUOTE.match(text)) and name.group(1).casefold() in periodicals]
    if again:
        token = LIST_PERIODICALS.set(periodicals)
        try:
            for k, work in zip(again, parse_references([texts[k] for k in again])):
                works[k] = work
        finally:
            LIST_PERIODICALS.reset(token)
    return works


def _tag_after_names(text: str, name: dict) -> Item | None:
    """Tag a "———." entry's text behind its first name written with initials ("Said, E. W.
    Culture and Imperialism. ..."), as the tagger expects a reference to open with names,
    then drop the names it read there. None if a word of the text went with them."""
    from .fields import parse_reference

    initials = " ".join(part[0] + "." for part in re.split(r"[\s.]+", name.get("given", "")) if part)
    written = name.get("literal") or f"{name.get('family', '')}, {initials or 'A.'}"
    item = parse_reference(f"{written.rstrip('.')}. {text}")
    item.pop("author", None)
    item["custom"].get("confidence", {}).pop("author", None)
    kept = " ".join(str(v) for k, v in item.items() if k != "custom").lower()
    if any(word.lower() not in kept for word in re.findall(r"[^\W\d_]{3,}", text)):
        return None
    return item


def _without_same_names(text: str) -> tuple[str, str | None]:
    """A "———." entry (or a note's "Idem,") without its dash, and the name variable the dash stands
    for ("———, ed." repeats the names above as editors)."""
    dash = SAME_NAMES.match(text)
    if not dash:
        same = SAME_AUTHOR.match(text)  # a note's "Idem, ‘Title’, ...": the same authors, as "———." is
        return (text[same.end():], "author") if same else (text, None)
    rest = text[dash.end():]
    role = _ROLE.match(rest) if "," in text[:dash.end()] else None  # "———, ed."
    if role:
        return rest[role.end():], "editor" if role.group(1) else "translator"
    return rest, "author"


def _tag(texts: list[str], progress=None):
    """Field-tag the works in batches (the tagger is faster on batches; a bar can follow them)."""
    from .fields import parse_references

    batches = [texts[i:i + _TAG_BATCH] for i in range(0, len(texts), _TAG_BATCH)]
    for batch in progress(batches) if progress else batches:
        yield from parse_references(batch)


_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.[-‐]?)+,?$")


def _family(name: str) -> str:
    """The family name in a pointer's name: its last word that is not initials
    ("Kotkin" in "Stephen Kotkin", "Иванов" in "Иванов И.И.")."""
    words = [w.strip(",") for w in name.split() if not _INITIALS.match(w)] or name.split()
    return words[-1].lower() if words else ""


def _name_words(name: str) -> tuple[str, ...]:
    """A family name's words without particles, in lower case: "De Waal" and "de Waal" are one."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return tuple(w for w in words if w not in PARTICLES) or tuple(words)


def _title_words(title: str) -> tuple[str, ...]:
    """A title's words in lower case, without a leading article (short titles may drop it)."""
    words = re.findall(r"[^\W_]+", title.lower())
    return tuple(words[1:]) if len(words) > 1 and words[0] in ("the", "a", "an") else tuple(words)


def _families(item: Item) -> list[tuple[str, ...]]:
    names = item.get("author") or item.get("editor") or []
    return [_name_words(n.get("family") or n.get("literal") or "") for n in names]


def _title_fit(short: tuple[str, ...], title: tuple[str, ...]) -> int:
    """2 when a short title is the start of a title, 1 when its words are the title's in order, else 0."""
    if title[:len(short)] == short:
        return 2
    words = iter(title)
    return 1 if all(word in words for word in short) else 0


def _short_form_work(text: str, earlier: dict[tuple[str, ...], list[Item]]) -> tuple[str, Item] | None:
    """The one earlier work a short form names (in the note it refers to, if it names one), with the
    name it is given by; None when no reading of it names exactly one work (two works whose titles
    both fit are not guessed between)."""
    uncued = strip_cue(text)
    printed = text[len(text) - len(uncued):]  # as printed: strip_cue capitalises "see de Waal, ..."
    for who, names, title, note in short_form_readings(uncued):
        keys = [_name_words(name) for name in names]
        works = [w for w in earlier.get(keys[0], []) if _families(w)[:len(keys)] == keys
                 and (note is None or w["custom"].get("number") == note)]
        if title:
            short = _title_words(title)
            # a transliterated short title names the original ("Regiony Rossii" for "[Regions of Russia]")
            fits = [max(_title_fit(short, _title_words(w[key])) for key in ("title", "original-title") if w.get(key))
                    for w in works]
            works = [w for w, fit in zip(works, fits) if fit and fit == max(fits)]
        if len({_title_words(w.get("title", "")) for w in works}) == 1:
            return printed[:len(who)], works[-1]  # a work cited in full twice is one work: the latest
    return None


def _short_form_pointers(items: list[Item]) -> dict[int, list[Item]]:
    """Notes that give a work cited in full in an earlier note in short ("De Waal, The Caucasus,
    120.", "Marples, 60." when Marples has one work there, "Иванов И.И. Экономика. С. 5.")
    become pointers to it, the locator kept in `note`, rather than invented works. Returns the
    works of each pointer (by its `id()`); a note with no earlier work that fits stays as read."""
    earlier: dict[tuple[str, ...], list[Item]] = {}  # first family name -> works cited in full in the notes so far
    found: dict[int, list[Item]] = {}
    for n, item in enumerate(items):
        custom = item["custom"]
        if custom.get("section") != "notes":
            continue
        parts = [_short_form_work(part, earlier) for part in custom["source"].split("; ")]
        if all(parts):
            if not custom.get("pointer"):
                kept = {k: v for k, v in custom.items() if k in ("source", "line", "number", "section", "original-source")}
                item = items[n] = {"type": "document", "note": custom["source"], "custom": {"pointer": True, **kept}}
            item["custom"]["targets"] = [name for name, _ in parts]
            found[id(item)] = [work for _, work in parts]
        elif not _marked(item) and _families(item) and item.get("title"):
            earlier.setdefault(_families(item)[0], []).append(item)
    return found


def _marked(item: Item) -> bool:
    custom = item.get("custom") or {}
    return bool(custom.get("pointer") or custom.get("commentary"))


def _assign_note_ids(items: list[Item]) -> None:
    """Pointers and commentary get ids from their note number, not from invented titles."""
    taken: dict[str, int] = {}
    for item in items:
        if not _marked(item) or item.get("id"):
            continue
        number = item["custom"].get("number")
        base = f"note{number}" if number is not None else "note"
        taken[base] = taken.get(base, 0) + 1
        item["id"] = base if taken[base] == 1 else f"{base}-{taken[base]}"


def _folded(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def _by_short_title(pointer: str, who: str, works) -> str | None:
    """The id of the latest work whose title opens with the short title the pointer gives after
    the name ("Reeves, Border Work, 112." -> "Border Work: Spatial Lives of the State ...")."""
    short = re.search(re.escape(who) + r",\s+[“‘\"«]?([^,“”‘’\"«»]{3,80}?)[”’\"»]?,", pointer) if works else None
    head = _folded(short.group(1)) if short else ""
    return next((id_ for title, id_ in reversed(works) if head and title.startswith(head)), None)


def _link_pointers(items: list[Item], short_targets: dict[int, list[Item]]) -> None:
    """Resolve "Ibid." to the work before it, `Author (Year)` targets to listed works and short
    forms to the works `short_targets` found for them (by the pointer's `id()`)."""
    by_author_year: dict[tuple[str, str], str] = {}
    for item in items:
        if _marked(item):
            continue
        names = item.get("author") or item.get("editor") or []
        year = date_year(item.get("issued"))
        if names and year:
            who = (names[0].get("family") or names[0].get("literal") or "").lower()
            by_author_year.setdefault((who, str(year)), item["id"])
            # "Iskandaryan, A. (2016b)": the letter tells the author's works of one year apart
            suffix = re.search(rf"\b{year}([a-z])\b", item["custom"]["source"][:200])
            if suffix:
                by_author_year.setdefault((who, f"{year}{suffix.group(1)}"), item["id"])
    previous = None
    by_author: dict[str, str] = {}
    titled_by_author: dict[str, list[tuple[str, str]]] = {}  # (title, id) of each name's works so far, in order
    listed_by_author: dict[str, str] = {}  # the first work by each name anywhere: the list may follow the notes
    for item in items:
        names = item.get("author") or item.get("editor") or []
        if names and not _marked(item):
            listed_by_author.setdefault((names[0].get("family") or names[0].get("literal") or "").lower(), item["id"])
    for item in items:
        custom = item.get("custom") or {}
        if not custom.get("pointer"):
            if not _marked(item):
                previous = item["id"]
                names = item.get("author") or item.get("editor") or []
                if names:
                    who = (names[0].get("family") or names[0].get("literal") or "").lower()
                    by_author[who] = item["id"]
                    titled_by_author.setdefault(who, []).append((_folded(item.get("title", "")), item["id"]))
            continue
        found = [work["id"] for work in short_targets.get(id(item), [])]
        for target in [] if found else custom.get("targets", []):
            match = re.match(r"(.+?)(?:\s+\((\d{4})([a-z]?)[^)]*\))?$", target)
            first = re.split(r"\s+(?:and|&|и|y|e|et|und)\s|;\s*", match.group(1))[0]  # ABNT's "COOLEY; HEATHERSHAW"
            # a person by family name; a body ("World Bank (2019)") by its whole name
            keys = (_family(first), first.lower())
            year = match.group(2)
            if year:
                hit = next((by_author_year[(key, when)] for when in (year + match.group(3), year) for key in keys
                            if (key, when) in by_author_year), None)
            else:
                # "Kotkin, op. cit.": the latest work by that name, else the one listed below; with a short
                # title ("Reeves, Border Work, 112."), the latest of that name's works whose title opens with it
                hit = _by_short_title(custom["source"], first, titled_by_author.get(keys[0], ())) \
                    or by_author.get(keys[0]) or listed_by_author.get(keys[0])
            if hit:
                found.append(hit)
        if found:
            custom["target-ids"] = found
            if len(found) == 1:
                previous = found[0]  # "See Obertreis (2017)." then "Ibid., p. 311." is Obertreis again
        elif not custom.get("targets") and previous:
            custom["same-as"] = previous  # Ibid., Op. cit. without a name
