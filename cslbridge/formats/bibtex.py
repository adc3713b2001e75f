"""BibTeX and BibLaTeX: read both dialects, write either.

The reader is a hand-written tokenizer rather than bibtexparser: it keeps the line
of every entry, so one broken entry (unbalanced braces, a missing comma, stray
text) becomes one `Problem` naming its line and key while every other entry still
comes through, and it is fast enough for 20,000-entry libraries (see
bench/bench_bibtex.py). Fields are mapped to CSL-JSON with the LaTeX decoded;
fields without a CSL counterpart are kept in `note` as "field: value" lines.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from .. import latex
from ..items import (
    ARXIV_DOI, ARXIV_ID, ARXIV_REPOSITORIES, arxiv_preprint,
    ENDNOTE_ISI_LINK, FRONT_AND_BODY_PAGES, TITLE_CLOSING_PERIOD, Item, Problem, ReadResult, add_note, ascii_fold, mapping_failed,
    keep_schema_valid, require_valid,
    approximate_date, assign_ids, base_key, clip, edition_number, labelled_number, format_iso_date, iso_date, mark_static_ordering,
    normal_date, numeric_date, SEASON_NAMES, read_scopus_conference, season_name, season_words, unfolded_season, server_preprint, split_chapter_label, drop_abstract_heading, static_ordered_names, tags, warn_kept,
)
from ..languages import NAMES, language_code
from ..parse.names import family_first_patronymic
from ..schema import ALL_VARIABLES, DATE_VARIABLES, ITEM_TYPES, NAME_VARIABLES
from ..zotero.mapping import names_a_variable, read_extra
from . import Format

# --- tokenizer ---------------------------------------------------------------

_WS = re.compile(r"\s*")
# Between an entry's fields: white space and Biber's '%' comments to the end of the line
# (`% url = {...},`, a field commented out), which no field name or value can start with.
_GAP = re.compile(r"(?:\s+|%[^\n]*)*")
_HEAD = re.compile(r"@\s*([A-Za-z][\w-]*)\s*([{(])")
_ENTRY_AT_LINE_START = re.compile(r"^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]", re.M)
_HEADLESS = re.compile(r"@[ \t]*([A-Za-z][\w-]*)")  # an entry type with no opening brace after it
_KEY = re.compile(r"[^\s,{}()=\"#%']+")
_NAME = re.compile(r"[^\s\"#%'(),={}]+")
_SIMPLE_BRACED = re.compile(r"\{([^{}]*)\}")
_BRACE = re.compile(r"[{}]")
_QUOTED_STOP = re.compile(r'[{}"]')
_NUMBER = re.compile(r"\d+")
_STRAY = re.compile(r"[{}=]")
# The common case in one match: `name = {text with {one} level}`, `name = "text"`,
# `name = 2016` or `name = macro`, followed by ',' or the closing brace.
_FAST_FIELD = re.compile(
    r'\s*([^\s"#%\'(),={}]+)\s*=\s*'
    r'(?:\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|"([^"{}]*)"|(\d+)|([A-Za-z][^\s"#%\'(),={}]*))'
    r'\s*([,}])')

MONTH_MACROS = {m: str(i) for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# The journal macros BibTeX's standard styles (plain.bst and its kin) define, which hand-kept
# files use unbraced: `journal = jacm`.
STYLE_MACROS = {
    "acmcs": "ACM Computing Surveys", "acta": "Acta Informatica", "cacm": "Communications of the ACM",
    "ibmjrd": "IBM Journal of Research and Development", "ibmsj": "IBM Systems Journal",
    "ieeese": "IEEE Transactions on Software Engineering", "ieeetc": "IEEE Transactions on Computers",
    "ieeetcad": "IEEE Transactions on Computer-Aided Design of Integrated Circuits",
    "ipl": "Information Processing Letters", "jacm": "Journal of the ACM",
    "jcss": "Journal of Computer and System Sciences", "scp": "Science of Computer Programming",
    "sicomp": "SIAM Journal on Computing", "tocs": "ACM Transactions on Computer Systems",
    "tods": "ACM Transactions on Database Systems", "tog": "ACM Transactions on Graphics",
    "toms": "ACM Transactions on Mathematical Software", "toois": "ACM Transactions on Office Information Systems",
    "toplas": "ACM Transactions on Programming Languages and Systems", "tcs": "Theoretical Computer Science",
}


class _Macros(dict):
    """@string macros by lower-case name; remembers the undefined ones an entry used."""

    def __init__(self, *args):
        super().__init__(*args)
        self.undefined: list[str] = []

    def get(self, key, default=None):
        if key not in self:
            self.undefined.append(default)
        return super().get(key, default)


class _Syntax(Exception):
    def __init__(self, message: str, pos: int):
        super().__init__(message)
        self.message, self.pos = message, pos


class _Unclosed(_Syntax):
    """An entry cut off after a whole field: the input ends, or the next entry opens, where a
    field or its closing brace should be. `end` is where it stops."""

    def __init__(self, closer: str, at: int, end: int):
        super().__init__(f"entry never closed (missing '{closer}')", at)
        self.end = end


class Entry:
    """One parsed entry: its type, key, raw (LaTeX) field values and line."""

    __slots__ = ("kind", "key", "fields", "line", "duplicates")

    def __init__(self, kind: str, key: str | None, line: int):
        self.kind, self.key, self.line = kind, key, line
        self.fields: dict[str, str] = {}
        self.duplicates: list[tuple[str, str]] = []


class _Lines:
    """Line numbers for offsets, computed incrementally as the scan moves forward."""

    def __init__(self, text: str):
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        if pos < self.pos:
            return self.text.count("\n", 0, pos) + 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def parse(text: str, source: str = "") -> tuple[list[Entry], list[Problem]]:
    """Split a .bib text into entries, expanding @string macros; skip and report broken ones."""
    text = text.lstrip("\ufeff")
    if "\\ifmmode" in text:  # before names are split: the branch's space is none between names
        text = latex.text_mode(text)
    macros = _Macros({**MONTH_MACROS, **STYLE_MACROS})
    entries: list[Entry] = []
    problems: list[Problem] = []
    lines = _Lines(text)
    pos, n = 0, len(text)
    while pos < n:
        at = text.find("@", pos)
        _stray(text, pos, n if at < 0 else at, lines, source, problems)
        if at < 0:
            break
        head = _HEAD.match(text, at)
        if not head:
            broken = _HEADLESS.match(text, at)
            if broken and broken.group(1).lower() != "comment" and not text[text.rfind("\n", 0, at) + 1:at].strip():
                # an entry type opening a line with no '{' after it (a file cut short, a
                # deleted brace): BibTeX stops on it; its fields, up to the next entry, are lost
                nxt = _ENTRY_AT_LINE_START.search(text, at + 1)
                pos = nxt.start() if nxt else n
                problems.append(Problem(f"skipped @{broken.group(1)}: no '{{' after the entry type",
                                        source, lines.at(at)))
                continue
            pos = at + 1  # an '@' in free text (an e-mail address in a comment)
            continue
        kind = head.group(1).lower()
        closer = "}" if head.group(2) == "{" else ")"
        start = head.end()
        key = None
        macros.undefined.clear()
        try:
            if kind == "comment":
                pos = _skip_group(text, at, head) if closer == "}" else _line_end(text, start)
                continue
            if kind == "preamble":
                pos = _skip_group(text, at, head)
                continue
            if kind == "string":
                name, value, pos = _field(text, _WS.match(text, start).end(), macros)
                pos = _WS.match(text, pos).end()
                if not text.startswith(closer, pos):
                    raise _Syntax(f"expected '{closer}' to close @string", pos)
                macros[name] = value
                pos += 1
                continue
            pos = _WS.match(text, start).end()
            m = _KEY.match(text, pos)
            if m and not text.startswith("=", _WS.match(text, m.end()).end()):
                key = m.group()
                pos = _WS.match(text, m.end()).end()
                if text.startswith(",", pos):
                    pos += 1
                elif not text.startswith(closer, pos):
                    raise _Syntax(f"expected ',' after the key {key!r}", pos)
            entry = Entry(kind, key, lines.at(at))
            fields = entry.fields
            while True:
                if closer == "}":
                    fast = _FAST_FIELD.match(text, pos)
                    if fast:
                        name, braced, quoted, number, macro, end = fast.groups()
                        name = name.lower()
                        if braced is not None:
                            value = braced
                        elif quoted is not None:
                            value = quoted
                        else:
                            value = number or macros.get(macro.lower(), macro)
                        if name in fields:
                            entry.duplicates.append((name, value))
                        else:
                            fields[name] = value
                        pos = fast.end()
                        if end == "}":
                            break
                        continue
                pos = _GAP.match(text, pos).end()
                if text.startswith(closer, pos):
                    pos += 1
                    break
                if text.startswith(",", pos):  # tolerate ",," and a trailing comma
                    pos += 1
                    continue
                if pos >= n or _HEAD.match(text, pos):
                    raise _Unclosed(closer, at, pos)
                name, value, pos = _field(text, pos, macros)
                if name in fields:
                    entry.duplicates.append((name, value))
                else:
                    fields[name] = value
                pos = _GAP.match(text, pos).end()
                if text.startswith(",", pos):
                    pos += 1
                elif not text.startswith(closer, pos):
                    if pos >= n or _HEAD.match(text, pos):
                        raise _Unclosed(closer, at, pos)
                    raise _Syntax(f"missing ',' after field {name!r}", pos)
            entries.append(entry)
            if macros.undefined:  # kept as the word itself (BibTeX would print nothing), and said
                names = ", ".join(repr(name) for name in dict.fromkeys(macros.undefined))
                problems.append(Problem(f"undefined @string {names} kept as written", source, entry.line, key))
        except _Syntax as exc:
            if isinstance(exc, _Unclosed):
                where = "the end of the input" if exc.end >= n else f"the next entry (line {lines.at(exc.end)})"
                exc.message = f"entry never closed (missing '{closer}' before {where})"
                if _whole(entry):  # read up to where it stops, and said
                    entries.append(entry)
                    problems.append(Problem(f"@{kind} {exc.message}; read its fields up to there",
                                            source, entry.line, key, warning=True))
                    pos = exc.end
                    continue
            line = lines.at(exc.pos) if exc.pos >= at else lines.at(at)
            # Resume after the entry's closing brace when it has one before the next
            # entry (a missing comma), else at the next entry (unbalanced braces).
            nxt = _ENTRY_AT_LINE_START.search(text, at + 1)
            pos = nxt.start() if nxt else n
            title = None if key else _RAW_TITLE.search(text, at, pos)  # names an entry without a key
            label = key or (clip(" ".join(re.sub(r"[{}]", "", title.group(1)).split())) if title else None)
            problems.append(Problem(f"skipped @{kind}: {exc.message}", source, line, label))
            if closer == "}":
                end = _balanced_end(text, head.end(), pos)
                if end is not None:
                    pos = end
    return entries, problems


# A field inside a field's value (', year=2020', a line '  author = {Roe, A.},'): the value ran
# on past the brace that should have closed it.
_SWALLOWED_FIELD = re.compile(r"[\n,]\s*[A-Za-z][\w-]*\s*=\s*[{\"\d]")


def _whole(entry: Entry) -> bool:
    """Whether an entry cut off before its closing brace has fields that each ended where they
    should: then they are read, as reference managers read a record without its end."""
    return bool(entry.fields) and not any(_SWALLOWED_FIELD.search(value) for value in entry.fields.values())


def _stray(text, start, end, lines, source, problems) -> None:
    """Text between entries is a comment to BibTeX; report it when it looks like
    the remains of an entry (braces, '='), since then data is being lost."""
    if start >= end:
        return
    chunk = text[start:end]
    if not _STRAY.search(chunk):
        return
    for offset, raw in _numbered_lines(chunk):
        stripped = raw.strip()
        if stripped and not stripped.startswith("%") and _STRAY.search(stripped):
            short = stripped if len(stripped) <= 60 else stripped[:57] + "..."
            problems.append(Problem(f"text outside any entry ignored: {short!r}",
                                    source, lines.at(start + offset)))
            return


def _numbered_lines(chunk: str):
    offset = 0
    for raw in chunk.split("\n"):
        yield offset, raw
        offset += len(raw) + 1


_RAW_TITLE = re.compile(r"\btitle\s*=\s*[{\"]([^\n]+?)[}\"]?\s*,?\s*$", re.I | re.M)


def _balanced_end(text: str, start: int, limit: int) -> int | None:
    """Offset just past the '}' closing a group opened before `start`, if before `limit`."""
    depth = 1
    for m in _BRACE.finditer(text, start, limit):
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return m.end()
    return None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1


def _skip_group(text: str, at: int, head) -> int:
    """End of an @comment{...} or @preamble{...} group."""
    depth, pos = 1, head.end()
    opener, closer = ("{", "}") if head.group(2) == "{" else ("(", ")")
    pattern = _BRACE if opener == "{" else re.compile(r"[()]")
    while depth:
        m = pattern.search(text, pos)
        if not m:
            raise _Syntax(f"'{opener}' never closed", at)
        depth += 1 if m.group() == opener else -1
        pos = m.end()
    return pos


def _field(text: str, pos: int, macros: dict) -> tuple[str, str, int]:
    """`name = value # value ...` starting at pos; returns (name, raw value, end)."""
    m = _NAME.match(text, pos)
    if not m:
        raise _Syntax(f"expected a field name, found {text[pos:pos + 15]!r}", pos)
    name = m.group().lower()
    pos = _WS.match(text, m.end()).end()
    if not text.startswith("=", pos):
        raise _Syntax(f"expected '=' after {name!r}", pos)
    pieces = []
    while True:
        pos = _WS.match(text, pos + 1).end()
        piece, pos = _value(text, pos, macros, name)
        pieces.append(piece)
        pos = _WS.match(text, pos).end()
        if not text.startswith("#", pos):
            break
    return name, pieces[0] if len(pieces) == 1 else "".join(pieces), pos


def _value(text: str, pos: int, macros: dict, name: str) -> tuple[str, int]:
    if pos >= len(text):
        raise _Syntax(f"field {name!r} has no value", pos)
    c = text[pos]
    if c == "{":
        m = _SIMPLE_BRACED.match(text, pos)
        if m:
            return m.group(1), m.end()
        depth, i = 0, pos
        while True:
            m = _BRACE.search(text, i)
            if not m:
                raise _Syntax(f"unbalanced braces in field {name!r}", pos)
            depth += 1 if m.group() == "{" else -1
            i = m.end()
            if depth == 0:
                value = text[pos + 1:i - 1]
                if "@" in value and _ENTRY_AT_LINE_START.search(value):
                    raise _Syntax(f"unbalanced braces in field {name!r}", pos)
                return value, i
    if c == '"':
        depth, i = 0, pos + 1
        while True:
            m = _QUOTED_STOP.search(text, i)
            if not m:
                raise _Syntax(f"unterminated quoted value in field {name!r}", pos)
            ch = m.group()
            i = m.end()
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth < 0:
                    raise _Syntax(f"unbalanced braces in field {name!r}", pos)
            elif depth == 0 and text[i - 2] != "\\":
                value = text[pos + 1:i - 1]
                if "@" in value and _ENTRY_AT_LINE_START.search(value):
                    raise _Syntax(f"unterminated quoted value in field {name!r}", pos)
                return value, i
    m = _NUMBER.match(text, pos)
    if m:
        return m.group(), m.end()
    m = _NAME.match(text, pos)
    if m:
        word = m.group()
        # An undefined macro is kept as the word itself (BibTeX would print nothing).
        return macros.get(word.lower(), word), m.end()
    raise _Syntax(f"field {name!r} has no value", pos)


# --- names -------------------------------------------------------------------

_AND = re.compile(r"\s+and\s+", re.I)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd", "jnr", "snr"})


def _split_depth0(text: str, pattern: re.Pattern) -> list[str]:
    """Split on pattern matches that lie outside braces."""
    if "{" not in text:
        return pattern.split(text)
    parts, start, depth, last = [], 0, 0, 0
    for m in pattern.finditer(text):
        depth += text.count("{", last, m.start()) - text.count("}", last, m.start())
        last = m.start()
        if depth == 0:
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


# A tie `~` separates words; `\~` is the tilde accent inside a word (`Nu\~{n}ez`).
_WORD_SPLIT = re.compile(r"(?:\s|(?<!\\)~)+")
_COMMA = re.compile(r",")


def parse_names(raw: str) -> tuple[list[dict], bool]:
    """A BibTeX name list -> CSL names, and whether it ended in 'and others'."""
    raw = _WORD_SPLIT.sub(" ", raw).strip()
    if not raw:
        return [], False
    parts = [p.strip() for p in _split_depth0(" " + raw + " ", _AND)]
    parts = [p for p in parts if p]
    et_al = bool(parts) and parts[-1].lower() == "others"
    if et_al:
        parts.pop()
    return [dict(name) for name in map(_parse_name_cached, parts) if name], et_al


def parse_name(raw: str) -> dict:
    """One BibTeX name (First von Last / von Last, First / von Last, Jr, First)."""
    return dict(_parse_name_cached(raw))


@lru_cache(maxsize=16384)
def _parse_name_cached(raw: str) -> dict:
    """The parse itself; callers get copies, so the cached dict is never changed."""
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}") and _is_one_group(raw):
        literal = latex.decode(raw[1:-1]).strip()
        return {"literal": literal} if literal else {}  # '{}' names no one
    if "=" in raw and re.match(r"\s*(family|given|prefix|suffix)\s*=", raw, re.I):
        return _extended_name(raw)
    commas = [p.strip() for p in _split_depth0(raw, _COMMA)]
    if len(commas) == 1:
        words = _words(commas[0])
        if _looks_corporate(words):
            return {"literal": latex.decode(raw)}
        suffix = None
        if len(words) > 1 and words[-1].lower() in _SUFFIXES:
            suffix = words.pop()
        von_start = next((i for i, w in enumerate(words[:-1]) if _is_lower(w)), None)
        if not suffix and len(words) == 3 and family_first_patronymic([latex.decode(w) for w in words]):
            first, von, last = words[1:], [], words[:1]  # 'Рахмонова Делия Шамсиддиновна' (CyberLeninka)
        elif von_start is None:
            family_start = len(words) - 1
            while family_start > 1 and latex.decode(words[family_start - 1]) in _GAELIC_SURNAME_PREFIXES:
                family_start -= 1
            first, von, last = words[:family_start], [], words[family_start:]
        else:
            von_end = max(i for i, w in enumerate(words[:-1]) if _is_lower(w)) + 1
            first, von, last = words[:von_start], words[von_start:von_end], words[von_end:]
        return _name(first, von, last, [suffix] if suffix else [])
    von_last = _words(commas[0])
    if len(commas) == 2:
        jr, first = [], _words(commas[1])
    else:
        jr, first = _words(commas[1]), _words(", ".join(commas[2:]))
        if len(first) == 1 and first[0].lower() in _SUFFIXES and not (
                len(jr) == 1 and jr[0].lower() in _SUFFIXES):
            jr, first = first, jr  # "Smith, John, Jr." is common, if not BibTeX's order
    von_end = 0
    for i, w in enumerate(von_last[:-1]):
        if _is_lower(w):
            von_end = i + 1
    dropping = []  # 'Gaulle, Charles de': BibTeX prints it 'Charles de Gaulle', CSL's dropping particle
    while len(first) > 1 and _is_lower(first[-1]) and not _CONTROL_WORD_END.search(first[-2]):
        dropping.insert(0, first.pop())  # ('Bj\o rn' is one word: the space ends the control word)
    return _name(first, von_last[:von_end], von_last[von_end:], jr, dropping)


# Irish and Scottish Gaelic surnames open with a capitalised word ('Donnacha Ó Beacháin', 'Nuala
# Ní Dhomhnaill', 'Seán Mac Stíofáin'); BibTeX's First Last form would make it a given name.
_GAELIC_SURNAME_PREFIXES = frozenset({"Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua", "Giolla"})

_CORPORATE_WORDS = frozenset("""
organization organisation commission association institute institution university
ministry agency committee foundation department bureau corporation consortium
programme collaboration nations inc. inc ltd ltd. llc gmbh
""".split())
# Also surnames: a body only at the end of a longer name or before "of" (Bank of England).
_CORPORATE_WEAK = frozenset("bank fund union council society office centre center academy federation panel group".split())
_CORPORATE_FIRST = frozenset("world european international national united federal asian african american".split())


def _looks_corporate(words: list[str]) -> bool:
    """An unbraced name like `World Health Organization` (Google Scholar writes them
    so) is a body, not a person called Organization: no initials, an institution word."""
    if len(words) < 2 or any(len(w.rstrip(".")) == 1 or w.endswith(".") and len(w) <= 3 for w in words):
        return False
    lowered = [w.lower().strip("{}") for w in words]
    if any(w in _CORPORATE_WORDS for w in lowered):
        return True
    if "of" in lowered[1:-1] and any(w in _CORPORATE_WEAK for w in lowered):
        return True
    return lowered[-1] in _CORPORATE_WEAK and (len(words) >= 3 or lowered[0] in _CORPORATE_FIRST)


def _is_one_group(raw: str) -> bool:
    depth = 0
    for i, ch in enumerate(raw):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and i != len(raw) - 1:
                return False
    return True


def _words(text: str) -> list[str]:
    return [w for w in _split_depth0(text, re.compile(r" +")) if w]


def _is_lower(word: str) -> bool:
    """BibTeX's rule: the case of the first letter at brace depth 0 (or of a
    special character like {\\"o}); a word wholly in braces counts as upper."""
    depth, i, n = 0, 0, len(word)
    while i < n:
        ch = word[i]
        if ch == "{":
            if depth == 0 and word.startswith("{\\", i):
                # A special character: its case is that of a foreign letter (\ss, \AE)
                # or else of the first letter after the control sequence ({\"O}).
                m = _CONTROL.match(word, i + 1)
                if m.group(1) in _FOREIGN_LETTERS:
                    return m.group(1).islower()
                letter = next((c for c in word[m.end():] if c.isalpha()), "")
                return letter.islower()
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch.isalpha():
            return ch.islower()
        i += 1
    return False


_CONTROL = re.compile(r"\\([A-Za-z]+|.)")
# A word ending in a control word ('Bj\o' of 'Bj\o rn'), whose space only ends the command.
_CONTROL_WORD_END = re.compile(r"\\[A-Za-z]+$")
_FOREIGN_LETTERS = frozenset("oe OE ae AE ss i j o O l L aa AA".split())


def _von_word(word: str) -> str:
    """A particle word as BibTeX must see it: lowercase. `{\\uppercase{s}}ousa` keeps
    "de Sousa" together as the von part while printing a capital S."""
    encoded = latex.encode(word)
    if _is_lower(encoded) or not word[:1].isalpha():
        return encoded
    return "{\\uppercase{" + latex.encode(word[0].lower()) + "}}" + latex.encode(word[1:])


def _name(first, von, last, jr, dropping=()) -> dict:
    name = {}
    for key, words in (("family", last), ("given", first), ("non-dropping-particle", von), ("suffix", jr),
                       ("dropping-particle", dropping)):
        if words:
            text = latex.decode(" ".join(words))
            if text:
                name[key] = text
    if "family" not in name and "given" in name:
        name["family"] = name.pop("given")
    return name


def _extended_name(raw: str) -> dict:
    """BibLaTeX's `family=Meer, given=Jan, prefix=van der, useprefix=true` form."""
    parts = {}
    for piece in _split_depth0(raw, _COMMA):
        key, _, value = piece.partition("=")
        parts[key.strip().lower()] = value.strip().strip('"')
    name = {}
    for key, csl in (("family", "family"), ("given", "given"), ("suffix", "suffix")):
        if parts.get(key):
            name[csl] = latex.decode(parts[key])
    if parts.get("prefix"):
        dropping = parts.get("useprefix", "").lower() == "false"
        name["dropping-particle" if dropping else "non-dropping-particle"] = latex.decode(parts["prefix"])
    if name.get("suffix") and parts.get("juniorcomma", "false").lower() in ("", "true"):
        name["comma-suffix"] = True  # BibLaTeX's per-name option: 'King, Jr.' in every order
    return name


def format_name(name: dict, biblatex: bool = False) -> str:
    """A CSL name as BibTeX writes it: `von Last, Jr, First`, corporate names braced.

    Classic BibTeX has one kind of particle, the von part; a dropping particle closes the given
    names there ('Gaulle, Charles de'), where BibTeX prints it as CSL does. BibLaTeX keeps it apart
    with its `family=..., prefix=..., useprefix=false` form, and a comma before the suffix
    (CSL's comma-suffix) with `juniorcomma=true` there, as Better BibTeX writes it."""
    if name.get("literal") or not name.get("family"):  # a mononym (Plato) has only a given name
        return "{" + latex.encode(name.get("literal") or name.get("given") or "") + "}"
    dropping = name.get("dropping-particle") and not name.get("non-dropping-particle")
    comma_suffix = name.get("comma-suffix") and name.get("suffix")
    if biblatex and (dropping or comma_suffix):
        prefix = " ".join(p for p in (name.get("dropping-particle"), name.get("non-dropping-particle")) if p)
        parts = [("family", name.get("family")), ("given", name.get("given")), ("suffix", name.get("suffix")),
                 ("prefix", prefix)]
        options = [", useprefix=false"] * bool(dropping) + [", juniorcomma=true"] * bool(comma_suffix)
        return ", ".join(f"{key}={_extended_value(value)}" for key, value in parts if value) + "".join(options)
    family = name.get("family", "")
    given = name.get("given", "")
    particle = " ".join(p for p in (name.get("dropping-particle"), name.get("non-dropping-particle")) if p)
    given = latex.encode(given)
    if given and _is_lower(given.split()[-1]) and len(given.split()) > 1:
        given = _protect_last_word(given)  # 'Jean {de}': a given name's own word, no particle
    if dropping and given:  # after the given names ('Gaulle, Charles de'), as BibTeX prints it
        given, particle = f"{given} {latex.encode(name['dropping-particle'])}", ""
    fam = latex.encode(family)
    if family and (" and " in f" {family} ".lower() or "," in family
                   or any(_is_lower(w) for w in fam.split())):
        fam = "{" + fam + "}"
    if particle:
        fam = " ".join(_von_word(w) for w in particle.split()) + " " + fam
    parts = [fam]
    if name.get("suffix"):
        parts += [latex.encode(name["suffix"]), given]
    elif given:
        parts.append(given)
    elif " " in family:
        parts.append("")  # "García Márquez," keeps both words in the family name
    return ", ".join(parts).rstrip()


def _protect_last_word(text: str) -> str:
    """Brace the last word, which the reader would otherwise take for a dropping particle."""
    head, _, last = text.rpartition(" ")
    return f"{head} {{{last}}}"


def _extended_value(value: str) -> str:
    encoded = latex.encode(value)
    return "{" + encoded + "}" if "," in encoded or "=" in encoded or " and " in encoded else encoded


def format_names(names: list[dict], et_al: bool = False, biblatex: bool = False) -> str:
    text = " and ".join(format_name(n, biblatex) for n in names)
    return text + " and others" if et_al else text


# --- dates -------------------------------------------------------------------

_MONTHS = {name: i for i, names in enumerate((
    ("jan", "january", "janvier", "januar", "янв", "январь", "января"),
    ("feb", "february", "février", "februar", "фев", "февраль", "февраля"),
    ("mar", "march", "mars", "märz", "мар", "март", "марта"),
    ("apr", "april", "avril", "апр", "апрель", "апреля"),
    ("may", "mai", "май", "мая"),
    ("jun", "june", "juin", "juni", "июн", "июнь", "июня"),
    ("jul", "july", "juillet", "juli", "июл", "июль", "июля"),
    ("aug", "august", "août", "авг", "август", "августа"),
    ("sep", "sept", "september", "septembre", "сен", "сентябрь", "сентября"),
    ("oct", "october", "octobre", "oktober", "окт", "октябрь", "октября"),
    ("nov", "november", "novembre", "ноя", "ноябрь", "ноября"),
    ("dec", "december", "décembre", "dezember", "дек", "декабрь", "декабря"),
), 1) for name in names}
_STATUS = re.compile(r"^(in press|forthcoming|submitted|accepted|to appear|in preparation|в печати)$", re.I)


def parse_month(value: str) -> int | None:
    value = value.strip().strip(".").lower()
    if value.isdecimal():
        month = int(value)
        return month if 1 <= month <= 12 else None
    return _MONTHS.get(value) or (_MONTHS.get(value[:3]) if value.isalpha() else None)


_MONTH_DAY = re.compile(r"([^\W\d_]+\.?|\d{1,2})[\s\u00a0~.]+(\d{1,2})|(\d{1,2})[\s\u00a0~.]+([^\W\d_]+)\.?")
_MONTH_RANGE = re.compile(r"([^\W\d_]+|\d{1,2})\.?\s*[-–—/]+\s*([^\W\d_]+|\d{1,2})\.?")


def _month_parts(value: str) -> tuple[int | None, int | None, int | None]:
    """`month` as (month, day, last month of a range): "jan", "15 March", "jan # ~15"
    (read as "1 15"), "Jan.--Feb."."""
    month = parse_month(value)
    if month:
        return month, None, None
    value = value.strip()
    m = _MONTH_DAY.fullmatch(value)
    if m:
        name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = parse_month(name)
        if month and 1 <= int(day) <= 31:
            return month, int(day), None
    m = _MONTH_RANGE.fullmatch(value)
    if m:
        first, last = parse_month(m.group(1)), parse_month(m.group(2))
        if first and last:
            return first, None, last
    return None, None, None


def _same_years(year: str, parts: list | None) -> bool:
    """Whether a classic `year` names the years BibLaTeX's `date` beside it does (our writers
    write both: `year = {1850--1860}` beside `date = {1850/1860~}`)."""
    said = (classic_date(year) or {}).get("date-parts")
    return bool(parts and said) and said[0][0] == parts[0][0] and said[-1][0] == parts[-1][0]


# A season word in classic BibTeX's `month` (Better BibTeX writes `fall`) as CSL's month 13-16.
_SEASON_MONTH = {name.lower(): month for month, name in SEASON_NAMES.items()} | {"fall": 15}


# A date field's EDTF-shaped date whose month names no month or season a CSL date can say: 17-20
# (which CSL-JSON validation takes, but no season is) and EDTF's 25-41 (quarters, semesters).
_UNREAD_MONTH = re.compile(r"(-?\d{4})-(1[7-9]|20|2[5-9]|[3-9]\d)(?:-\d\d)?")


def _year_of_unread_month(value: str, field: str, notes: list[str]) -> dict | None:
    """'2019-17' as its year, the value kept in note as written (RIS keeps it so; `read` warns)."""
    m = _UNREAD_MONTH.fullmatch(value)
    if not m:
        return None
    notes.append(f"{field}: {value}")
    return {"date-parts": [[int(m.group(1))]]}


def classic_date(year: str, month: str = "", day: str = "") -> dict | None:
    """year/month/day fields -> a CSL date; None when year is a status like 'in press'."""
    year = year.strip().strip("()[]")
    m = re.fullmatch(r"(\d{3,4})\s*(?:[-–—/]+\s*(\d{3,4}))?|(-\d{1,4})", year)  # '-50': 50 BC
    if not m:
        if not year or _STATUS.match(year):
            return None
        circa = approximate_date(year)  # 'ca. 1850', '1850?', 'c. spring 1850'
        if not circa:
            return {"literal": year}
        parts = circa["date-parts"]
        if month and len(parts) == 1 and len(parts[0]) == 1:  # year = {ca. 1850}, month = may
            circa = {**circa, **classic_date(str(parts[0][0]), month, day)}
        return circa
    first = [int(m.group(1) or m.group(3))]
    season = _SEASON_MONTH.get(month.strip().lower()) if not m.group(2) and not day.strip() else None
    if season:  # classic BibTeX's season: `month = {spring}` beside the year (Better BibTeX)
        return {"date-parts": [first + [season]]}
    mon, month_day, last_month = _month_parts(month) if month else (None, None, None)
    if mon:
        first.append(mon)
        day = day.strip() or str(month_day or "")
        if day.isdecimal() and 1 <= int(day) <= 31:
            first.append(int(day))
    if m.group(2):
        return {"date-parts": [first, [int(m.group(2))]]}
    if last_month:
        return {"date-parts": [first, [first[0], last_month]]}
    return {"date-parts": [first]}


# --- languages ---------------------------------------------------------------

_LANGID_OUT = {"en": "english", "en-US": "american", "en-GB": "british", "de": "ngerman",
               "de-AT": "naustrian", "de-CH": "nswissgerman", "pt-BR": "brazil", "nb": "norsk"}
for _lang, _code in NAMES.items():
    if _lang.isascii() and len(_lang) > 3:
        _LANGID_OUT.setdefault(_code, _lang)


# --- entry types -------------------------------------------------------------

READ_TYPES = {
    "article": "article-journal", "suppperiodical": "article-journal", "periodical": "periodical",
    "book": "book", "mvbook": "book", "collection": "book", "mvcollection": "book",
    "proceedings": "book", "mvproceedings": "book", "reference": "book", "mvreference": "book",
    "inbook": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "incollection": "chapter", "suppcollection": "chapter", "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference", "conference": "paper-conference",
    "booklet": "pamphlet", "manual": "report", "report": "report", "techreport": "report",
    "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "webpage": "webpage",
    "misc": "document", "unpublished": "manuscript", "patent": "patent", "dataset": "dataset",
    "software": "software", "legislation": "legislation", "jurisdiction": "legal_case",
    "legal": "treaty", "standard": "standard", "artwork": "graphic", "image": "graphic",
    "audio": "song", "music": "song", "video": "motion_picture", "movie": "motion_picture",
    "letter": "personal_communication", "review": "review", "performance": "performance",
    "map": "map",
}
# CSL type -> (BibTeX type, BibLaTeX type).
WRITE_TYPES = {
    "article-journal": ("article", "article"), "article": ("article", "article"),
    "article-magazine": ("article", "article"), "article-newspaper": ("article", "article"),
    "review": ("article", "review"), "review-book": ("article", "review"),
    "periodical": ("misc", "periodical"), "book": ("book", "book"), "classic": ("book", "book"),
    "chapter": ("incollection", "incollection"), "paper-conference": ("inproceedings", "inproceedings"),
    "entry-encyclopedia": ("incollection", "inreference"), "entry-dictionary": ("incollection", "inreference"),
    "entry": ("incollection", "inreference"), "pamphlet": ("booklet", "booklet"),
    "report": ("techreport", "report"), "thesis": ("phdthesis", "thesis"),
    "manuscript": ("unpublished", "unpublished"), "webpage": ("misc", "online"),
    "post": ("misc", "online"), "post-weblog": ("misc", "online"), "patent": ("patent", "patent"),
    "dataset": ("misc", "dataset"), "software": ("misc", "software"), "standard": ("misc", "standard"),
    "legislation": ("misc", "legislation"), "bill": ("misc", "legislation"),
    "regulation": ("misc", "legislation"), "legal_case": ("misc", "jurisdiction"),
    "treaty": ("misc", "legal"), "graphic": ("misc", "artwork"), "song": ("misc", "audio"),
    "motion_picture": ("misc", "video"), "broadcast": ("misc", "video"),
    "personal_communication": ("misc", "letter"), "performance": ("misc", "performance"),
}
_DOCUMENT_TYPE_ONLY = frozenset({"article-journal", "article", "article-magazine", "article-newspaper",
                                 "review", "periodical", "paper-conference", "chapter", "book"})
_ARTICLE_TYPES = frozenset({"article-journal", "article", "article-magazine", "article-newspaper",
                            "review", "review-book", "periodical"})
# BibTeX types whose `number` is the number in a series.
_SERIES_NUMBER_TYPES = frozenset({"book", "mvbook", "inbook", "bookinbook", "incollection",
                                  "collection", "mvcollection", "proceedings", "mvproceedings",
                                  "inproceedings", "conference", "reference", "inreference",
                                  "suppbook", "suppcollection"})
# BibLaTeX's localisation keys for `type`, as the words CSL styles print.
GENRES = {"phdthesis": "PhD thesis", "mathesis": "Master's thesis", "mastersthesis": "Master's thesis",
          "candthesis": "Candidate thesis", "bathesis": "Bachelor's thesis",
          "techreport": "Technical report", "resreport": "Research report"}
_GENRE_KEYS = {"PhD thesis": "phdthesis", "Master's thesis": "mathesis", "Candidate thesis": "candthesis",
               "Bachelor's thesis": "bathesis", "Technical report": "techreport",
               "Research report": "resreport"}


# --- crossref ----------------------------------------------------------------

_NOT_INHERITED = frozenset({
    "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options",
    "presort", "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand",
    "shorthandintro", "sortkey", "key",
})
_CHILD_OF_COLLECTION = frozenset({"inbook", "bookinbook", "suppbook", "incollection",
                                  "suppcollection", "inproceedings", "conference", "inreference"})


def resolve_crossrefs(entries: list[Entry], source: str = "") -> list[Problem]:
    """Children inherit missing fields from their crossref parent (BibLaTeX rules:
    the parent's title becomes the child's booktitle, its author the bookauthor), and
    from the @xdata entries they name (every field as it is). A parent or @xdata entry the
    file lacks is a warning; its key stays in the child's note."""
    problems = []
    by_key = {e.key.lower(): e for e in entries if e.key}
    for entry in entries:
        if "xdata" in entry.fields:
            refs = [r.strip() for r in latex.decode(entry.fields["xdata"]).split(",")]
            sources = [by_key.get(r.lower()) for r in refs]
            for xdata in sources:
                if xdata is not None and xdata is not entry:
                    for name, value in xdata.fields.items():
                        if name not in _NOT_INHERITED:
                            entry.fields.setdefault(name, value)
            if all(sources):
                del entry.fields["xdata"]
            problems += [_missing(entry, "xdata", ref, source) for ref, found in zip(refs, sources) if not found]
        seen = set()
        child = entry
        while "crossref" in child.fields:
            ref = latex.decode(child.fields["crossref"]).lower()
            parent = by_key.get(ref)
            if parent is None and child is entry:
                problems.append(_missing(entry, "crossref", latex.decode(child.fields["crossref"]), source))
            if parent is None or ref in seen or parent is entry:
                break
            seen.add(ref)
            _inherit(entry, parent)
            child = parent
        if seen:
            entry.fields.pop("crossref", None)
    return problems


def _missing(entry: Entry, field: str, key: str, source: str) -> Problem:
    return Problem(f"{field} entry {key!r} is not in the file; the key is kept in note",
                   source, entry.line, entry.key, warning=True)


def _inherit(child: Entry, parent: Entry) -> None:
    fields = child.fields
    mapped = child.kind in _CHILD_OF_COLLECTION
    for name, value in parent.fields.items():
        if name in _NOT_INHERITED:
            continue
        target = name
        if mapped and parent.kind not in _CHILD_OF_COLLECTION:
            if name in ("title", "subtitle", "titleaddon"):
                # mvbook -> maintitle, book/collection/proceedings -> booktitle
                target = ("main" if parent.kind.startswith("mv") else "book") + name
            elif name == "author" and child.kind in ("inbook", "bookinbook", "suppbook"):
                fields.setdefault("bookauthor", value)
            elif name in ("shorttitle", "sorttitle", "indextitle", "indexsorttitle"):
                continue
        elif name in ("title", "subtitle", "shorttitle"):
            continue  # a child never takes its parent's own title
        fields.setdefault(target, value)


# --- entry -> item -----------------------------------------------------------

_VERBATIM = frozenset({"url", "doi", "file", "eprint", "pdf", "verba", "verbb", "verbc", "adsurl", "bdsk-url-1"})
# BibLaTeX's date fields are EDTF, not LaTeX: `date = {1980~}` is circa 1980 (biber reads them so).
_DATE_FIELDS = frozenset({"date", "urldate", "eventdate", "origdate"})
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_URL_IN = re.compile(r"\\(?:url|href)\s*\{([^{}]*)\}")
_TOTAL_PAGES = re.compile(r"^(\d+)\s*(?:p|pp|pages|с|стр|s|S)?\.?$")
_DASHES = re.compile(r"\s*[-–—‐‑−]+\s*")

EDITOR_TYPES = {"editor": "editor", "compiler": "compiler", "organizer": "organizer",
                "director": "director", "translator": "translator", "chair": "chair",
                "collaborator": "contributor", "reviser": "contributor", "redactor": "editor",
                "founder": "contributor", "continuator": "contributor", "curator": "curator"}

# Fields mapped one to one (after decoding); everything not handled is kept in note.
SIMPLE = {
    "abstract": "abstract", "keywords": "keyword", "isbn": "ISBN", "issn": "ISSN",
    "pmid": "PMID", "pmcid": "PMCID", "edition": "edition", "series": "collection-title",
    "volumes": "number-of-volumes", "pagetotal": "number-of-pages", "chapter": "chapter-number",
    "shorttitle": "title-short", "shortjournal": "container-title-short",
    "journalabbr": "container-title-short", "journal-iso": "container-title-short",
    "abbrev_source_title": "container-title-short", "annote": "annote", "annotation": "annote",
    "version": "version", "eventtitle": "event-title", "venue": "event-place",
    "origtitle": "original-title", "origpublisher": "original-publisher",
    "origlocation": "original-publisher-place", "pubstate": "status", "art_number": "number",
    "author_keywords": "keyword", "part": "part-number", "translator": "translator",
    "bookauthor": "container-author", "volume": "volume", "issue": "issue",
    "eid": "number", "articleno": "number", "article-number": "number",  # article numbers (BibLaTeX, ACM, MDPI)
    "copyright": "license",  # Zotero's and DataCite's rights statement
    "conference": "event-title",  # Paperpile
    "numpages": "number-of-pages",  # ACM Digital Library's page count, beside its articleno
}


# The separator between several ISBNs or ISSNs in one field.
_NUMBER_LIST = re.compile(r"\s*;\s*")

# Fields whose italics, bold and small caps are read as CSL rich text (titles, as Zotero reads
# them, and abstracts, whose rich text our writers write as LaTeX too).
_RICH_FIELDS = frozenset({"title", "subtitle", "shorttitle", "booktitle", "booksubtitle", "maintitle", "abstract"})


def _note_lines(raw: str) -> str:
    """A note's lines as written, each decoded: Zotero's Extra, one `Key: value` a line, which
    LaTeX's reading would run together ('Publisher: Routledge In Russian')."""
    return "\n".join(line for line in (latex.decode(part) for part in raw.split("\n")) if line)


def to_item(entry: Entry) -> Item:
    """Map one (crossref-resolved) entry to a CSL item."""
    f = {}  # decoded values; each is popped as it is mapped, the rest go to note
    raw = entry.fields
    for name, value in raw.items():
        if name in _NAME_FIELDS:
            pass  # names are split on the LaTeX text, then decoded part by part
        elif name in _VERBATIM:
            m = _URL_IN.search(value)
            value = latex.unescape_url(m.group(1) if m else value)
        elif name in _DATE_FIELDS and "\\" not in value:
            value = value.replace("{", "").replace("}", "").strip()  # EDTF's '~' is circa, not a space
        elif name in _RICH_FIELDS:
            value = latex.decode_rich(value)
        else:
            value = latex.decode(value)
        if value:
            f[name] = value
    take = f.pop
    kind = entry.kind
    csl_type = READ_TYPES.get(kind, "document")
    item: Item = {"id": entry.key, "type": csl_type} if entry.key else {"type": csl_type}
    if entry.key and folded_key(f.get("ids", "").strip()) == entry.key:
        item["id"] = take("ids").strip()  # our writers' alias: the key as given ('Kääb2023'), folded to ASCII
    notes: list[str] = []
    if kind not in READ_TYPES:
        notes.append(f"entry type: {kind}")

    sub = take("entrysubtype", "").lower()
    if csl_type == "article-journal" and sub in ("magazine", "newspaper"):
        item["type"] = csl_type = "article-" + sub
    elif sub:
        notes.append(f"entrysubtype: {sub}")
    declared = take(CUSTOM_PREFIX + "type", "").strip()
    if declared in ITEM_TYPES:  # a CSL type the entry type could not carry (see to_fields)
        item["type"] = csl_type = declared
    elif declared:
        notes.append(f"{CUSTOM_PREFIX}type: {declared}")

    # titles
    title = _join_title(take("title", None), take("subtitle", None))
    journal = take("journaltitle", None) or take("journal", None)
    # MathSciNet and zbMATH give the journal's full name in `fjournal`, its abbreviation in `journal`
    full_journal, short_journal = take("fjournal", None), None
    aas = AAS_JOURNALS.get(journal[1:]) if journal and journal.startswith("\\") else None
    if aas:  # NASA ADS: journal = {\apj}, a macro of the AAS journals' style files
        short_journal, journal = aas
    elif full_journal and journal and full_journal != journal:
        short_journal, journal = journal, full_journal
    else:
        journal = journal or full_journal
    container = _join_title(journal, take("journalsubtitle", None))
    booktitle = _join_title(take("booktitle", None), take("booksubtitle", None))
    maintitle = _join_title(take("maintitle", None), take("mainsubtitle", None))
    if maintitle:
        if booktitle:  # a part of one volume of a multi-volume work
            container, item["volume-title"] = container or maintitle, booktitle
            booktitle = None
        elif csl_type in ("book", "report", "thesis"):
            item["volume-title"], title = title, maintitle
        else:
            booktitle = maintitle
    if title:
        item["title"] = title
    if container and booktitle:
        notes.append(f"booktitle: {booktitle}")
    if container or booktitle:
        item["container-title"] = container or booktitle
    elif csl_type == "webpage" and f.get("organization"):
        item["container-title"] = take("organization")  # BibLaTeX's @online: the site's name
    if short_journal:
        item["container-title-short"] = short_journal
    full_series = take("fseries", None)  # zbMATH: the series' full name beside its abbreviation
    if full_series:
        if f.get("series", full_series) != full_series:
            notes.append(f"series: {f['series']}")
        f["series"] = full_series
    # MathSciNet and zbMATH write classic BibTeX their own way: 'Publisher, Place' or 'Place:
    # Publisher' in `publisher`, a series' number in `volume`, and (zbMATH) a period after titles.
    review_database = "mrnumber" in f or "zbmath" in f or "zbl" in f
    if review_database and TITLE_CLOSING_PERIOD.search(item.get("title", "")):
        item["title"] = item["title"][:-1]

    # names
    value = take("author", None)
    if value:
        _put_names(item, "author", value)
    value = take("editor", None)
    editortype = take("editortype", "editor")
    if value:
        _put_names(item, EDITOR_TYPES.get(editortype.lower(), "editor"), value)
    for field in ("translator", "bookauthor"):
        value = take(field, None)
        if value:
            _put_names(item, SIMPLE[field], value)

    # dates
    issued = None
    year, month, day = take("year", ""), take("month", ""), take("day", "")
    date = take("date", None)
    if date:
        issued = iso_date(date) or _year_of_unread_month(date, "date", notes) or classic_date(date) or {"literal": date}
        if year and not _same_years(year, issued.get("date-parts")):
            notes.append(f"year: {year}")
    elif year or month:
        issued = classic_date(year, month, day)
        if year and issued is None:
            item["status"] = year
    parts = (issued or {}).get("date-parts") or [[]]
    if month.strip() and len(parts[0]) < 2:  # a month no date took
        if season_words(month.strip()) and len(parts) == 1 and len(parts[0]) == 1:
            issued["season"] = month.strip()  # 'Michaelmas', 'Winter/Spring' beside a year: CSL's season is text
        else:
            notes.append(f"month: {month}")
    if day.strip() and len(((issued or {}).get("date-parts") or [[]])[0]) < 3:
        notes.append(f"day: {day}")  # a day no date took ('²', '45', beside no month)
    if issued:
        item["issued"] = issued
    for field, var in (("urldate", "accessed"), ("eventdate", "event-date"), ("origdate", "original-date")):
        value = take(field, None)
        if value:
            date = (iso_date(value) or _year_of_unread_month(value, field, notes) or numeric_date(value)
                    or classic_date(value))
            if date:
                item[var] = date
            else:
                notes.append(f"{field}: {value}")

    # numbers and pages
    number = take("number", None)
    if number:
        if csl_type in _ARTICLE_TYPES:
            if "issue" in f:
                notes.append(f"number: {number}")
            else:
                item["issue"] = labelled_number(number)  # HeinOnline's 'Issue 3'
        elif kind in _SERIES_NUMBER_TYPES and "series" in f:
            item["collection-number"] = number
        else:
            item["number"] = number
    elif review_database and kind in _SERIES_NUMBER_TYPES and "series" in f and "volume" in f:
        item["collection-number"] = take("volume")  # 'Graduate Texts in Mathematics', volume 211
    pages = take("pages", None)
    if pages:
        total = _TOTAL_PAGES.match(pages) if csl_type in ("book", "thesis") else None
        if total:
            item["number-of-pages"] = total.group(1)
        elif csl_type == "book" and FRONT_AND_BODY_PAGES.match(pages):
            item["number-of-pages"] = pages
        else:
            if "–" in pages or "—" in pages:
                pages = pages.replace("–", "-").replace("—", "-")
            if " -" in pages or "- " in pages:
                pages = _DASHES.sub("-", pages)
            item["page"] = pages

    # publishers and places; a case's court (Better BibLaTeX's @jurisdiction, `institution =
    # {Supreme Court of the United States}`) is its authority, as Zotero's court is CSL's
    court = take("institution", None) if csl_type == "legal_case" and "authority" not in f else None
    if court:
        item["authority"] = court
    for field in _PUBLISHER_ORDER.get(csl_type, _PUBLISHER_ORDER[None]):
        value = take(field, None)
        if value:
            if "publisher" in item:
                notes.append(f"{field}: {value}")
            else:
                item["publisher"] = value
    location, address = take("location", None), take("address", None)
    if not (location or address):
        address = take("city", None)  # Mendeley Reference Manager's name for the publisher's place
    if location and address and location != address:
        # Both: the entry is classic BibTeX, whose publisher's place is `address`; a
        # `location` beside it is where the event was (ACM Digital Library exports).
        item["publisher-place"] = address
        if csl_type == "paper-conference" and "venue" not in f:
            item["event-place"] = location
        else:
            notes.append(f"location: {location}")
    elif location and csl_type == "paper-conference" and "conference" in f:
        item["event-place"] = location  # Paperpile: the place beside its `conference` field
    elif location or address:
        item["publisher-place"] = location or address
    if review_database and "publisher-place" not in item and "publisher" in item:
        _split_imprint(item)

    # identifiers and links
    doi = take("doi", None)
    if doi:
        item["DOI"] = _DOI_PREFIX.sub("", doi)
    url = take("url", None)
    howpublished = take("howpublished", None)
    if howpublished:
        m = _URL_IN.search(raw["howpublished"])
        link = latex.unescape_url(m.group(1)) if m else None
        if link and url not in (None, link):
            notes.append(f"howpublished: {howpublished}")
        elif link:  # `\url{...}` (our classic writer's web page), `Available at \url{...}`, `\href{...}{Site}`
            url = link
            rest = latex.decode(raw["howpublished"][:m.start()] + raw["howpublished"][m.end():]).strip(" .,:;")
            if rest:
                notes.append(f"howpublished: {rest}")
        elif "publisher" not in item:
            item["publisher"] = howpublished
        else:
            notes.append(f"howpublished: {howpublished}")
    # NASA ADS: the abstract page is the entry's only link; BibDesk: its first linked URL
    url = url or take("adsurl", None) or take("bdsk-url-1", None)
    if url and ENDNOTE_ISI_LINK.match(url):
        notes.append(f"url: {url}")
    elif url:
        item["URL"] = url
    if url and f.get("eprint", "").strip() == url:  # Atypon's (Taylor & Francis, SAGE) DOI link again
        take("eprint")
    eprinttype = take("eprinttype", None) or take("archiveprefix", "")
    container = item.get("container-title", "")
    preprint = _ARXIV_JOURNAL.match(container)
    # The repository named as the journal: ADS 'arXiv e-prints', Semantic Scholar 'ArXiv', DBLP 'CoRR'
    repository = container.lower() in ARXIV_REPOSITORIES
    listing = _ARXIV_LISTING.match(f.get("volume", "")) if repository else None
    arxiv_doi = ARXIV_DOI.match(item.get("DOI", ""))
    if eprinttype.lower() == "pubmed" and "eprint" in f and "pmid" not in f:
        item["PMID"] = take("eprint")
    elif eprinttype.lower() == "arxiv" and "eprint" in f and "number" not in f and (not container or repository):
        item.pop("container-title", None)
        arxiv_preprint(item, take("eprint"))  # arXiv's own export: @misc{..., eprint, archivePrefix = {arXiv}}
    elif preprint and "number" not in f:
        del item["container-title"]  # Google Scholar: journal = {arXiv preprint arXiv:1412.6980}
        arxiv_preprint(item, preprint.group(1))
    elif listing and "number" not in f:
        del item["container-title"]  # journal = {ArXiv}, volume = {abs/1706.03762}
        arxiv_preprint(item, listing.group(1))
    elif arxiv_doi and not container and "number" not in f:
        arxiv_preprint(item, arxiv_doi.group(1))  # DataCite: doi = {10.48550/ARXIV.1706.03762}
    elif eprinttype and csl_type == "webpage" and "eprint" not in f and not container:
        item["container-title"] = eprinttype  # @online without an e-print: the type names the site
    elif eprinttype:
        notes.append(f"eprinttype: {eprinttype}")
    eprint_number = item.get("number", "").lower() if item["type"] == "article" else ""
    if eprint_number.startswith("arxiv:"):  # the e-print repeated: ADS's eid and pages, DBLP's volume
        if item.get("page", "").lower() == eprint_number:
            del item["page"]
        if f.get("eid", "").lower() == eprint_number:
            take("eid")
        if f.get("volume", "").lower() == "abs/" + eprint_number[len("arxiv:"):]:
            take("volume")
    csl_type = item["type"]

    # kinds and languages
    genre = take("type", None)
    if genre:
        if csl_type in _DOCUMENT_TYPE_ONLY:  # Scopus/WoS "Article", "Proceedings Paper"
            notes.append(f"type: {genre}")
        elif kind in ("phdthesis", "mastersthesis") and genre.lower() in ("thesis", "theses"):
            notes.append(f"type: {genre}")  # HAL's document type: the entry type gives the genre
            item["genre"] = GENRES[kind]
        else:
            item["genre"] = GENRES.get(genre.lower(), genre)
    elif kind in ("phdthesis", "mastersthesis"):
        item["genre"] = GENRES[kind]
    langid, language = take("langid", None), take("language", None)
    if langid or language:
        item["language"] = language_code(langid or language)
        if langid and language and language_code(language) != item["language"]:
            notes.append(f"language: {language}")
    note = take("note", None)
    options = take("options", None)

    # one-to-one fields, then CSL variables written under their own names
    static = take(CUSTOM_PREFIX + "static-ordering", None)
    for name, value in f.items():
        if name.startswith(CUSTOM_PREFIX):
            item.setdefault("custom", {})[name[len(CUSTOM_PREFIX):]] = _json_or_text(value)
            continue
        var = SIMPLE.get(name) or _CSL_FIELD_NAMES.get(name)
        if var is None or var in item:
            notes.append(f"{name}: {latex.decode(value) if name in _NAME_FIELDS else value}")
        elif var in NAME_VARIABLES:
            _put_names(item, var, value)
        elif var in DATE_VARIABLES:
            date = iso_date(value) or classic_date(value)
            if date:
                item[var] = date
            else:
                notes.append(f"{name}: {value}")
        else:
            if var == "edition":
                value = edition_number(value)
            elif var in ("volume", "issue"):  # HeinOnline's 'Vol. 12', as RIS reads its VL and IS
                value = labelled_number(value)
            elif var in ("ISBN", "ISSN"):  # Web of Science's 'ISBN = {978-0-367-65432-1; 978-1-...}'
                value = _NUMBER_LIST.sub(", ", value)  # several, joined as RIS and CSL-JSON join them
            item[var] = value
    if options:
        _read_options(item, options, notes)
    if static and not mark_static_ordering(item, static):
        notes.append(f"{CUSTOM_PREFIX}static-ordering: {static}")
    split_chapter_label(item)
    drop_abstract_heading(item)
    accessed = _ACCESSED_NOTE.match(note or "") if "accessed" not in item else None
    date = accessed and iso_date(accessed.group(1))
    if date and "date-parts" in date:  # 'note = {Accessed: 2021-03-04}', as many .bib files record it
        item["accessed"] = date
    elif note and names_a_variable(extra := _note_lines(raw.get("note", ""))):
        read_extra(item, extra, fill_only=True)  # Zotero's BibTeX export writes its Extra field as note
    elif note:
        link = _URL_IN.fullmatch(raw["note"].strip()) if "URL" not in item else None
        if link:  # 'note = {\url{...}}', as hand-written files give a web page's address
            item["URL"] = latex.unescape_url(link.group(1))
        else:
            add_note(item, note)
    for line in notes:
        add_note(item, line)
    for name, value in entry.duplicates:
        add_note(item, f"{name}: {latex.decode(value)}")
    read_scopus_conference(item)
    server_preprint(item)
    return item


# BibLaTeX's `juniorcomma` (an entry's `options`, or one name's): the suffix follows a comma
# ('Martin Luther King, Jr.'), CSL's `comma-suffix`.
_JUNIORCOMMA = re.compile(r"(?i)^juniorcomma(?:\s*=\s*true)?$")


def _read_options(item: Item, options: str, notes: list[str]) -> None:
    """An entry's `options`: `juniorcomma` marks every suffixed name; the others stay in note."""
    given = [o.strip() for o in options.split(",") if o.strip()]
    kept = [o for o in given if not _JUNIORCOMMA.match(o)]
    suffixed = [name for var in NAME_VARIABLES for name in item.get(var) or [] if name.get("suffix")]
    if len(kept) < len(given) and suffixed:  # an option that marks no name stays in note
        for name in suffixed:
            name["comma-suffix"] = True
        options = ", ".join(kept)
    if options:
        notes.append(f"options: {options}")


_ACCESSED_NOTE = re.compile(r"(?i)^\s*(?:last\s+)?(?:accessed|retrieved|visited)(?:\s+on)?\s*:?\s*([^,;]+?)\.?\s*$")

# An arXiv identifier, new ("1412.6980v2") or old ("hep-th/9901001") style.
_ARXIV_JOURNAL = re.compile(r"(?i)^arxiv\s+(?:preprint\s+)?(?:arxiv:)?\s*" + ARXIV_ID + "$")
_ARXIV_NUMBER = re.compile(r"(?i)arxiv:\s*" + ARXIV_ID + "$")


# The listing DBLP and Semantic Scholar give as an e-print's volume ("abs/1706.03762").
_ARXIV_LISTING = re.compile(r"(?i)^abs/" + ARXIV_ID + "$")

# The journal macros of the AAS style files (aas_macros.sty), as NASA ADS exports them:
# macro -> (the abbreviation it prints, the journal's name).
AAS_JOURNALS = {
    "aj": ("AJ", "The Astronomical Journal"), "actaa": ("Acta Astron.", "Acta Astronomica"),
    "araa": ("ARA&A", "Annual Review of Astronomy and Astrophysics"),
    "apj": ("ApJ", "The Astrophysical Journal"), "apjl": ("ApJL", "The Astrophysical Journal Letters"),
    "apjs": ("ApJS", "The Astrophysical Journal Supplement Series"), "ao": ("Appl. Opt.", "Applied Optics"),
    "apss": ("Ap&SS", "Astrophysics and Space Science"), "aap": ("A&A", "Astronomy and Astrophysics"),
    "aapr": ("A&A Rv", "Astronomy and Astrophysics Review"),
    "aaps": ("A&AS", "Astronomy and Astrophysics Supplement Series"),
    "azh": ("AZh", "Astronomicheskii Zhurnal"), "baas": ("BAAS", "Bulletin of the American Astronomical Society"),
    "caa": ("Chinese Astron. Astrophys.", "Chinese Astronomy and Astrophysics"),
    "cjaa": ("Chinese J. Astron. Astrophys.", "Chinese Journal of Astronomy and Astrophysics"),
    "icarus": ("Icarus", "Icarus"), "jcap": ("JCAP", "Journal of Cosmology and Astroparticle Physics"),
    "jrasc": ("JRASC", "Journal of the Royal Astronomical Society of Canada"),
    "memras": ("MmRAS", "Memoirs of the Royal Astronomical Society"),
    "mnras": ("MNRAS", "Monthly Notices of the Royal Astronomical Society"),
    "na": ("New A", "New Astronomy"), "nar": ("New A Rev.", "New Astronomy Reviews"),
    "pra": ("Phys. Rev. A", "Physical Review A"), "prb": ("Phys. Rev. B", "Physical Review B"),
    "prc": ("Phys. Rev. C", "Physical Review C"), "prd": ("Phys. Rev. D", "Physical Review D"),
    "pre": ("Phys. Rev. E", "Physical Review E"), "prl": ("Phys. Rev. Lett.", "Physical Review Letters"),
    "pasa": ("PASA", "Publications of the Astronomical Society of Australia"),
    "pasp": ("PASP", "Publications of the Astronomical Society of the Pacific"),
    "pasj": ("PASJ", "Publications of the Astronomical Society of Japan"),
    "rmxaa": ("Rev. Mexicana Astron. Astrofis.", "Revista Mexicana de Astronomía y Astrofísica"),
    "qjras": ("QJRAS", "Quarterly Journal of the Royal Astronomical Society"),
    "skytel": ("S&T", "Sky and Telescope"), "solphys": ("Sol. Phys.", "Solar Physics"),
    "sovast": ("Soviet Ast.", "Soviet Astronomy"), "ssr": ("Space Sci. Rev.", "Space Science Reviews"),
    "zap": ("ZAp", "Zeitschrift für Astrophysik"), "nat": ("Nature", "Nature"),
    "iaucirc": ("IAU Circ.", "IAU Circulars"), "aplett": ("Astrophys. Lett.", "Astrophysical Letters"),
    "apspr": ("Astrophys. Space Phys. Res.", "Astrophysics and Space Physics Research"),
    "bain": ("Bull. Astron. Inst. Netherlands", "Bulletin of the Astronomical Institutes of the Netherlands"),
    "fcp": ("Fund. Cosmic Phys.", "Fundamentals of Cosmic Physics"),
    "gca": ("Geochim. Cosmochim. Acta", "Geochimica et Cosmochimica Acta"),
    "grl": ("Geophys. Res. Lett.", "Geophysical Research Letters"),
    "jcp": ("J. Chem. Phys.", "The Journal of Chemical Physics"),
    "jgr": ("J. Geophys. Res.", "Journal of Geophysical Research"),
    "jqsrt": ("J. Quant. Spectr. Rad. Transf.", "Journal of Quantitative Spectroscopy and Radiative Transfer"),
    "memsai": ("Mem. Soc. Astron. Italiana", "Memorie della Società Astronomica Italiana"),
    "nphysa": ("Nucl. Phys. A", "Nuclear Physics A"), "physrep": ("Phys. Rep.", "Physics Reports"),
    "physscr": ("Phys. Scr", "Physica Scripta"), "planss": ("Planet. Space Sci.", "Planetary and Space Science"),
    "procspie": ("Proc. SPIE", "Proceedings of the SPIE"), "psj": ("PSJ", "The Planetary Science Journal"),
    "maps": ("M&PS", "Meteoritics and Planetary Science"),
}

# A company's closing word after a comma ('John Wiley & Sons, Inc., New York'): not the place.
_COMPANY_WORD = re.compile(r"(?i)^(?:inc|ltd|co|corp|llc|gmbh|s\.?a|plc)\b\.?$")


def _split_imprint(item: Item) -> None:
    """zbMATH's 'New York, NY: Springer' and MathSciNet's 'Springer-Verlag, New York' are a
    publisher and its place in one field."""
    imprint = item["publisher"]
    if ": " in imprint:
        place, publisher = imprint.split(": ", 1)
    else:
        parts = imprint.split(", ")
        cut = 1
        while cut < len(parts) and _COMPANY_WORD.match(parts[cut]):
            cut += 1
        if cut >= len(parts):
            return
        publisher, place = ", ".join(parts[:cut]), ", ".join(parts[cut:])
    if place.strip() and publisher.strip():
        item["publisher"], item["publisher-place"] = publisher.strip(), place.strip()


_PUBLISHER_ORDER = {
    "thesis": ("school", "institution", "publisher", "organization"),
    "report": ("institution", "publisher", "organization", "school"),
    None: ("publisher", "organization", "institution", "school"),
}


# CSL variables written under their own names (by our writer for variables BibTeX
# lacks) read straight back.
_CSL_FIELD_NAMES = {v.lower(): v for v in ALL_VARIABLES}
_NAME_FIELDS = frozenset({"author", "editor", "translator", "bookauthor"} | {v.lower() for v in NAME_VARIABLES})


def _json_or_text(value: str):
    try:
        return json.loads(value)
    except ValueError:
        return value


def _join_title(title: str | None, subtitle: str | None) -> str | None:
    if title and subtitle:
        return f"{title}: {subtitle}" if not title.endswith((":", "?", "!", ".")) else f"{title} {subtitle}"
    return title or subtitle or None


def _put_names(item: Item, var: str, raw: str) -> None:
    names, et_al = parse_names(raw)
    if names:
        if var in item:
            item[var] = item[var] + names
        else:
            item[var] = names
    if et_al:
        custom = item.setdefault("custom", {})
        custom.setdefault("et-al", []).append(var)


def read(text: str, source: str = "", progress=None) -> ReadResult:
    """Read BibTeX or BibLaTeX: every good entry becomes an item; each bad one a Problem."""
    entries, problems = parse(text, source)
    problems += resolve_crossrefs(entries, source)
    items: list[Item] = []
    seen: dict[str, int] = {}
    sets = _sets_of(entries)
    whole_sets = {name for names in sets.values() for name in names}
    for entry in progress(entries) if progress else entries:
        if entry.kind == "xdata" or entry.kind == "set" and entry.key in whole_sets:  # field containers and
            continue                                                                   # sets of entries: no works
        try:
            item = to_item(entry)
        except Exception as exc:  # a fault of ours in one entry must not lose the others
            problems.append(mapping_failed(exc, source, entry.line, entry.key))
            continue
        problems.extend(keep_schema_valid(item, source, entry.line, entry.key))
        for field in sorted(_DATE_FIELDS & entry.fields.keys()):
            unread = _UNREAD_MONTH.fullmatch(re.sub(r"[{}]", "", entry.fields[field]).strip())
            if unread:
                problems.append(Problem(
                    f"field {field!r}: month {int(unread.group(2))} names no month or season; read as the "
                    f"year {unread.group(1)}, the date kept in note as written", source, entry.line, entry.key,
                    warning=True))
        for name in sets.get((entry.key or "").lower(), []):
            add_note(item, f"set: {name}")
        key = entry.key
        if key:
            folded = key.lower()
            if folded in seen:
                seen[folded] += 1
                item["id"] = f"{key}-{seen[folded]}"
                problems.append(Problem(f"duplicate key; read as {item['id']!r}", source, entry.line, key))
            else:
                seen[folded] = 1
        items.append(item)
    assign_ids(items)
    # No entry and no command (@comment, @string) opens anywhere: an '@' in an e-mail address of an
    # RIS or MEDLINE file read with -f bibtex is none, and such text is no empty success. The one
    # line says so in place of the stray-text line a CSL-JSON file's braces gave ("text outside any
    # entry ignored: '{'"), which named no cause.
    if not entries and not _HEAD.search(text) and any(
            line.strip() and not line.lstrip().startswith("%") for line in text.splitlines()):
        problems[:] = [Problem("no BibTeX entries found (is this really a .bib file?)", source, 1)]
    return ReadResult(items, problems)


def _sets_of(entries: list[Entry]) -> dict[str, list[str]]:
    """The BibLaTeX `@set`s each entry key belongs to. A set is cited as one but is no work: its
    members are read one by one, each with a `set: key` line in its note. A set naming an entry
    the file lacks is read as before (a document keeping its `entryset` in note)."""
    keys = {entry.key.lower() for entry in entries if entry.key}
    sets: dict[str, list[str]] = {}
    for entry in entries:
        members = [m.strip().lower() for m in latex.decode(entry.fields.get("entryset", "")).split(",") if m.strip()]
        if entry.kind == "set" and entry.key and members and set(members) <= keys:
            for member in members:
                sets.setdefault(member, []).append(entry.key)
    return sets


# --- writer ------------------------------------------------------------------

_KEY_BAD = re.compile(r"[^A-Za-z0-9_:.\-+/&]")
# DataCite's BibTeX keys are DOI links; other links as ids are item URIs (Zotero), not keys.
_DOI_LINK = re.compile(r"(?i)^https?://(?:dx\.)?doi\.org/")
CUSTOM_PREFIX = "cslbridge-"
_URL_UNSAFE = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20"}
_MONTH_OUT = {i: m for m, i in ((m, int(i)) for m, i in MONTH_MACROS.items())}


def citation_keys(items: list[Item]) -> list[str]:
    """Items' citation keys (else ids: Zotero's CSL-JSON ids are item URIs) as valid, unique
    BibTeX keys (accents and Cyrillic folded to ASCII)."""
    keys, taken = [], set()
    for item in items:
        raw = str(item.get("citation-key") or item.get("id") or "")
        if "://" in raw and not _DOI_LINK.match(raw):  # an item URI is no key: make one from the item
            raw = ""
        key = raw if raw and not _KEY_BAD.search(raw) else folded_key(raw)
        if not key:
            key = _KEY_BAD.sub("", base_key(item)) or "item"
        candidate, n = key, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{key}-{n}"
        taken.add(candidate.lower())
        keys.append(candidate)
    return keys


def folded_key(raw: str) -> str:
    """`raw` as a key every BibTeX reads: accents and Cyrillic folded to ASCII, other marks gone."""
    return _KEY_BAD.sub("", _fold_key(raw))


def _fold_key(raw: str) -> str:
    if raw.isascii():
        return raw.replace(" ", "_")
    folded = []
    for ch in raw:
        f = ascii_fold(ch)
        folded.append(f.upper() if ch.isupper() and f else f)
    return "".join(folded).replace(" ", "_")


_TITLE_SMALL_WORDS = frozenset("with from into over upon onto than that about among along "
                               "after before under without within between through".split())


# CSL-JSON's rich text as the LaTeX that Zotero's BibTeX export writes for it.
_RICH_TAG = re.compile(r'<(/?)(i|b|sup|sub|sc)>|<span\s+style="font-variant:\s*small-caps;?">|<span\s+class="nocase">|</span>')
_LATEX_OPEN = {"i": "\\textit{", "b": "\\textbf{", "sup": "\\textsuperscript{",
               "sub": "\\textsubscript{", "sc": "\\textsc{", "nocase": "{"}
_MARK_OPEN = {kind: chr(0xE100 + n) for n, kind in enumerate(_LATEX_OPEN)}
_MARK_CLOSE = "\ue1ff"
_MARK_LATEX = {mark: _LATEX_OPEN[kind] for kind, mark in _MARK_OPEN.items()} | {_MARK_CLOSE: "}"}
_MARK = re.compile("([" + "".join(_MARK_LATEX) + "])")
_EDGE_MARKS = re.compile("([" + "".join(_MARK_OPEN.values()) + "]*)(.*?)(" + _MARK_CLOSE + "*)", re.S)


def _unclosed_marks(text: str) -> int:
    """How many more rich-text markers open in `text` than close in it (negative: more close)."""
    return sum(c in _MARK_OPEN.values() for c in text) - text.count(_MARK_CLOSE)


def _edges(word: str) -> tuple[str, str, str]:
    """(markers opening before the word, the word, markers closing what opened before it)."""
    lead, core, trail = _EDGE_MARKS.fullmatch(word).groups()
    keep = min(len(trail), max(0, _unclosed_marks(core)))
    return lead, core + trail[:keep], trail[keep:]


def _rich_marks(text: str) -> str:
    """Rich-text tags as one marker character each, so words can be cased and encoded around
    them; a stray closing tag stays text, an unclosed one is closed at the end (as the renderer does)."""
    if "<" not in text:
        return text
    out, stack, pos = [], [], 0
    for m in _RICH_TAG.finditer(text):
        closing, tag = m.group(1), m.group(2)
        kind = tag or ("sc" if "small-caps" in m.group(0) else "nocase" if "nocase" in m.group(0) else None)
        out.append(text[pos:m.start()])
        pos = m.end()
        if kind and not closing:
            stack.append(kind)
            out.append(_MARK_OPEN[kind])
        elif stack and (stack[-1] == kind or kind is None and stack[-1] in ("sc", "nocase")):
            stack.pop()
            out.append(_MARK_CLOSE)
        else:
            out.append(m.group(0))
    return "".join(out) + text[pos:] + _MARK_CLOSE * len(stack)


def _encode_marked(text: str) -> str:
    return "".join(_MARK_LATEX.get(piece) or latex.encode(piece) for piece in _MARK.split(text))


def _encode(text: str) -> str:
    """A field value as LaTeX, its rich text (`<i>`, `<sub>`, small caps, nocase) as commands."""
    return _encode_marked(_rich_marks(text)) if "<" in text else latex.encode(text)


def _protect_case(text: str) -> str:
    """Brace what a BibTeX style must not lowercase: words whose capitals are not just
    an initial (DNA, McDonald, iPhone) and, in a sentence-case title, every capitalised
    word after the first (there they are proper nouns: "security in {Central} {Asia}").
    A Title Case title leaves its ordinary words to the style."""
    # Rich-text markers at a word's edges stay outside its braces: `\textit{{Drosophila} x}`.
    # most words hold no rich-text marker: they skip the marker handling (a 2 MB title took minutes)
    words = [_edges(w) if _MARK.search(w) else ("", w, "") for w in _rich_marks(text).split(" ")]
    long_words = [w for _, w, _ in words[1:] if len(w) > 3 and w[:1].isalpha()]
    # Title Case capitalises every word of four letters or more but a few prepositions.
    sentence_case = any(w[0].islower() and w.strip(",.:;!?").lower() not in _TITLE_SMALL_WORDS
                        for w in long_words)
    out = []
    for i, (lead, word, trail) in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        inner_capital = len(letters) > 1 and any(c.isupper() for c in letters[1:])
        proper = sentence_case and i > 0 and letters and letters[0].isupper()
        if not (lead or trail or _MARK.search(word)):
            core = latex.encode(word)
            out.append("{" + core + "}" if inner_capital or proper else core)
            continue
        balanced = _unclosed_marks(word) == 0
        core = _encode_marked(word)
        out.append(_encode_marked(lead) + ("{" + core + "}" if (inner_capital or proper) and balanced else core)
                   + _encode_marked(trail))
    return " ".join(out)


def _url(value: str) -> str:
    return "".join(_URL_UNSAFE.get(c, c) for c in value)


def _pages(value: str) -> str:
    return latex.encode(re.sub(r"(?<=\w)\s*[-–—]\s*(?=\w)", "\u2013", str(value)))


def to_fields(item: Item, biblatex: bool) -> tuple[str, list[tuple[str, str, bool]]]:
    """CSL item -> (entry type, [(field, LaTeX value, braced)])."""
    csl_type = item.get("type") or "document"
    classic_kind, biblatex_kind = WRITE_TYPES.get(csl_type, ("misc", "misc"))
    kind = biblatex_kind if biblatex else classic_kind
    out: list[tuple[str, str, bool]] = []
    done = {"id", "type", "custom", "citation-key"}

    def put(name, value, braced=True):
        if value not in (None, ""):
            out.append((name, value, braced))

    def text(var):
        done.add(var)
        value = item.get(var)
        return None if value in (None, "") else str(value)

    et_al = set((item.get("custom") or {}).get("et-al") or ())
    genre = text("genre")
    if csl_type == "thesis":
        if not biblatex:
            low = (genre or "").lower()
            if genre == "Master's thesis" or "master" in low:
                kind = "mastersthesis"
                genre = None if genre == "Master's thesis" else genre
            elif genre == "PhD thesis":
                genre = None
    if biblatex and genre in _GENRE_KEYS:
        genre = _GENRE_KEYS[genre]
    if biblatex and csl_type in ("article-magazine", "article-newspaper"):
        put("entrysubtype", csl_type.split("-")[1])

    for var, field in (("author", "author"), ("editor", "editor")):
        done.add(var)
        if item.get(var):
            put(field, format_names(item[var], var in et_al, biblatex))
    if not item.get("editor") and item.get("compiler") and biblatex:
        done.add("compiler")
        put("editor", format_names(item["compiler"], "compiler" in et_al, biblatex))
        put("editortype", "compiler")

    title, volume_title = text("title"), text("volume-title")
    container = text("container-title")
    if biblatex and volume_title and csl_type in ("book", "report", "thesis"):
        put("title", _protect_case(volume_title))
        put("maintitle", _protect_case(title) if title else None)
        title = None
    elif biblatex and volume_title and container and csl_type not in _ARTICLE_TYPES:
        put("maintitle", _encode(container))
        put("booktitle", _encode(volume_title))
        container = None
    elif volume_title:
        done.discard("volume-title")
    if title:
        put("title", _protect_case(title))
    if container:
        if csl_type in _ARTICLE_TYPES:
            put("journaltitle" if biblatex else "journal", _encode(container))
        else:
            put("booktitle", _encode(container))
    short = text("container-title-short")
    put("shortjournal", _encode(short) if short else None)

    issued = _years_if_unsayable(item, "issued", normal_date(item.get("issued")), date_notes := [])
    done.add("issued")
    season_note = None
    if issued:
        iso = format_iso_date(issued)
        parts = issued.get("date-parts") or []
        if iso and biblatex:
            put("date", iso)
        elif iso:
            first = parts[0]
            single = len(parts) == 1
            year = str(first[0]) if single or parts[1][0] == first[0] else f"{first[0]}--{parts[1][0]}"
            put("year", year)
            if single and len(first) > 1 and 1 <= int(first[1]) <= 12:
                put("month", _MONTH_OUT[int(first[1])], braced=False)
                if len(first) > 2:
                    put("day", str(first[2]))
            elif single and len(first) == 2 and (season := season_name(int(first[1]))):
                put("month", season.lower())  # a season: classic BibTeX has no `2019-21`; Better BibTeX's word
            if not single and (len(first) > 1 or len(parts[1]) > 1) or issued.get("circa"):
                put("date", iso)
        elif issued.get("raw") and iso_date(str(issued["raw"])):  # an open range ('2020/') is EDTF
            put("date", issued["raw"])
        else:
            put("year", _encode(str(issued.get("literal") or issued.get("raw") or "")))
        season, season_note = unfolded_season(issued)  # 'Michaelmas': the month as written
        if season and len(parts) == 1 and len(parts[0]) == 1:
            put("month", _encode(season))
        elif season:
            season_note = f"season: {season}"
    for var, field in (("accessed", "urldate"), ("event-date", "eventdate"), ("original-date", "origdate")):
        done.add(var)
        value = _years_if_unsayable(item, var, normal_date(item.get(var)), date_notes)
        if value:
            put(field, format_iso_date(value) or _encode(str(value.get("literal") or value.get("raw") or "")))

    volume = text("volume")
    put("volume", _encode(volume) if volume else None)
    issue, number = text("issue"), text("number")
    collection_number = text("collection-number")
    arxiv = _ARXIV_NUMBER.match(number or "") if csl_type == "article" else None
    if arxiv:  # a preprint, written the way arXiv exports it
        kind = "online" if biblatex else "misc"
        put("eprint", arxiv.group(1))
        put("eprinttype" if biblatex else "archiveprefix", "arxiv" if biblatex else "arXiv")
        number = None
    # BibTeX's `number` is an article's issue and, beside a series, the number in the series;
    # there an item's own number (an article or paper number) goes to BibLaTeX's `eid`.
    if csl_type in _ARTICLE_TYPES:
        put("number", _encode(issue) if issue else None)
        issue = None
    elif kind in _SERIES_NUMBER_TYPES and (collection_number or item.get("collection-title")):
        put("number", _encode(collection_number) if collection_number else None)
        collection_number = None
    else:
        put("number", _encode(number) if number else None)
        number = None
    put("eid", _encode(number) if number else None)
    if issue:
        put("issue", _encode(issue))
    if collection_number:
        done.discard("collection-number")
    page = text("page")
    put("pages", _pages(page) if page else None)

    publisher, place = text("publisher"), text("publisher-place")
    if publisher:
        if csl_type == "thesis":
            put("institution" if biblatex else "school", _encode(publisher))
        elif csl_type == "report":
            put("institution", _encode(publisher))
        else:
            put("publisher", _encode(publisher))
    if place:
        put("location" if biblatex else "address", _encode(place))
    # Readers take `type` on an article, chapter or book for the database's document type
    # ("Article", "Proceedings Paper"), so there a real genre keeps its CSL name.
    put("genre" if csl_type in _DOCUMENT_TYPE_ONLY else "type", _encode(genre) if genre else None)

    for var, field in (("collection-title", "series"), ("edition", "edition"),
                       ("number-of-pages", "pagetotal"), ("number-of-volumes", "volumes"),
                       ("chapter-number", "chapter"), ("title-short", "shorttitle"),
                       ("event-title", "eventtitle"), ("event-place", "venue"),
                       ("version", "version"), ("status", "pubstate")):
        value = text(var)
        put(field, _encode(value) if value else None)
    if biblatex:
        for var, field in (("original-title", "origtitle"), ("original-publisher", "origpublisher"),
                           ("original-publisher-place", "origlocation")):
            value = text(var)
            put(field, _encode(value) if value else None)
    for var, field in (("translator", "translator"), ("container-author", "bookauthor")):
        done.add(var)
        if item.get(var):
            put(field, format_names(item[var], var in et_al, biblatex))

    language = text("language")
    if language:
        if biblatex and language in _LANGID_OUT:
            put("langid", _LANGID_OUT[language])
        else:
            put("language", _encode(language))
    for var, field in (("DOI", "doi"), ("URL", "url")):
        value = text(var)
        put(field, _url(value) if value else None)
    if not biblatex and item.get("URL") and csl_type in ("webpage", "post", "post-weblog"):
        put("howpublished", "\\url{" + _url(item["URL"]) + "}")
    for var, field in (("ISBN", "isbn"), ("ISSN", "issn"), ("PMID", "pmid"), ("PMCID", "pmcid"),
                       ("keyword", "keywords"), ("abstract", "abstract"), ("annote", "annote")):
        value = text(var)
        if var == "keyword":  # Zotero's tags too, as its BibTeX export writes them
            present = {k.strip() for k in re.split(r"[,;]", value or "")}
            value = ", ".join([value] * bool(value) + [t for t in tags(item) if t not in present]) or None
        put(field, _encode(value) if value else None)

    # Everything else under its CSL name, so our reader (and Zotero's Extra) get it back.
    for var, value in item.items():
        if var in done or var == "note" or value in (None, "", []):
            continue
        if var in NAME_VARIABLES and isinstance(value, list):
            put(var.lower(), format_names(value, var in et_al, biblatex))
        elif var in DATE_VARIABLES and isinstance(value, dict):
            value = normal_date(value)
            put(var.lower(), format_iso_date(value) or _encode(str(value.get("literal") or value.get("raw") or "")))
        elif var in ALL_VARIABLES:
            put(var.lower(), _encode(str(value)))
    note = "\n".join(str(text) for text in (item.get("note"), season_note, *date_notes) if text)
    put("note", _encode(note) if note else None)
    if not biblatex and any(name.get("comma-suffix") and name.get("suffix") for var in NAME_VARIABLES
                            for name in item.get(var) or [] if isinstance(name, dict)):
        put("options", "juniorcomma=true")  # classic names have no options: BibLaTeX's for the entry
    # A CSL type the entry type does not carry back (an interview or a standard is @misc)
    # is kept, so a round trip through BibTeX keeps it.
    subtyped = biblatex and csl_type in ("article-magazine", "article-newspaper") or arxiv
    if READ_TYPES.get(kind, "document") != csl_type and not subtyped and csl_type in ITEM_TYPES:
        put(CUSTOM_PREFIX + "type", csl_type)
    put(CUSTOM_PREFIX + "static-ordering", static_ordered_names(item) or None)  # BibTeX names have no such mark
    # Our own metadata (source string, confidence, review flags) as JSON, read back as is.
    for key, value in (item.get("custom") or {}).items():
        if key != "et-al" and _KEY_BAD.sub("", key) == key:
            put(CUSTOM_PREFIX + key, _encode(json.dumps(value, ensure_ascii=False)))
    return kind, out


def _years_if_unsayable(item: Item, var: str, value, notes: list[str]):
    """A date with a month past 12 that names no season (17-20, which CSL-JSON validation takes)
    as its years: neither dialect can say it (Biber refuses `2019-17`, BibTeX styles ignore a
    `date`), so it goes whole, as written, to a `var: 2019-17` note line, as RIS keeps it, and a
    warning names the entry. Any other date is returned as it is."""
    parts = value.get("date-parts") if isinstance(value, dict) else None
    months = [int(p[1]) for p in parts or [] if len(p) > 1 and str(p[1]).isdecimal() and int(p[1]) > 12]
    month = next((m for m in months if not season_name(m)), None)
    if month is None:
        return value
    notes.append(f"{var}: {format_iso_date(value)}")
    warn_kept(item, f"field {var!r}: month {month} is no month or season BibTeX can say; "
                    f"kept as written in an '{var}: ...' note line")
    return {**value, "date-parts": [p[:1] for p in parts]}


def _write(items: list[Item], biblatex: bool) -> str:
    require_valid(items)
    chunks = []
    for item, key in zip(items, citation_keys(items)):
        kind, fields = to_fields(item, biblatex)
        given = str(item.get("citation-key") or item.get("id") or "")
        if given != key and _KEY.fullmatch(given) and folded_key(given) == key:
            # the key as given ('Kääb2023'), which Biber takes as an alias of the ASCII key and
            # which is read back as the item's id (keys other than ASCII break LaTeX's \cite under pdfLaTeX)
            fields.append(("ids", given, True))
        lines = [f"@{kind}{{{key},"]
        for name, value, braced in fields:
            lines.append(f"  {name} = {{{value}}}," if braced else f"  {name} = {value},")
        lines.append("}")
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + ("\n" if chunks else "")


def write(items: list[Item]) -> str:
    """Classic BibTeX: year/month, journal, address, school; LaTeX-encoded text."""
    return _write(items, biblatex=False)


def write_biblatex(items: list[Item]) -> str:
    """BibLaTeX: ISO date, journaltitle, location, urldate, langid."""
    return _write(items, biblatex=True)


_SNIFF = re.compile(r"^\s*@\s*([a-z]+)\s*[{(]", re.I | re.M)
_SNIFF_FIELD = re.compile(r"^\s*[\w-]+\s*=\s*[{\"\w]", re.M)


def sniff(text: str) -> float:
    """High for `@article{key,` followed by `field = ...` lines, lower for a bare `@word{`."""
    head = text.lstrip("\ufeff")[:4000]
    m = _SNIFF.search(head)
    if not m:
        return 0.0
    kind = m.group(1).lower()
    known = kind in READ_TYPES or kind in ("string", "preamble", "comment")
    if known and _SNIFF_FIELD.search(head, m.end()):
        return 0.95
    return 0.8 if known else 0.4


def _sniff_biblatex(text: str) -> float:
    return max(0.0, sniff(text) - 0.05)


FORMAT = Format(
    name="bibtex",
    description="BibTeX (.bib); reads BibLaTeX too, writes classic fields",
    extensions=("bib", "bibtex"),
    read=read,
    write=write,
    sniff=sniff,
    aliases=("bib",),
)

BIBLATEX = Format(
    name="biblatex",
    description="BibLaTeX (.bib) for Biber: ISO dates, journaltitle, location, langid",
    extensions=("biblatex",),
    read=read,
    write=write_biblatex,
    sniff=_sniff_biblatex,
)
