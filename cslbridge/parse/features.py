"""Token features for the field tagger: cheap, cached per word, plus context.

Most of the cost of CRF tagging in Python is building feature strings, so the
features of a word (and its shifted copies for the neighbours' view) are
computed once per distinct word and cached; a sequence then only concatenates
lists and adds a few state features (inside brackets or quotes, after "=",
after the year, relative position). Features are UTF-8 bytes: crfsuite takes bytes as
they are, where it encodes every str feature anew on each ``Tagger.set``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import CYRILLIC, INITIALS_WORD

# What a word that is not all letters looks like, tried in this order (the first that matches
# names the kind): one match call instead of one per form.
_FORM = re.compile(
    r"(?P<URL>(?i:<?https?://|www\.))"
    r"|(?P<DOI>(?is:doi|10\.\d{4,}/|.*?doi\.org/))"
    r"|(?P<YEAR>\(?\[?(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\]?\)?[.,;:]?$)"
    r"|(?P<RANGE>\(?(?:[A-Za-z]{0,2}\d+[–—-]{1,2}[A-Za-z]{0,2}\d+)\)?[.,;:)]*$)"
    r"|(?P<NUM>\(?\d+\)?[.,;:]?$)"
    rf"|(?P<INIT>{INITIALS_WORD}$)"
)
_LATIN_ACCENT = re.compile(r"[À-ÿĀ-ž]")

_MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto
janv févr fevr avr juil déc jän okt dez ene dic giu lug
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
""".split())

# Small closed-class word lists: each maps a word (lower case, outer punctuation
# stripped) to a class name that generalises beyond the training vocabulary.
_CLASSES = {
    "pp": "PAGES", "p": "PAGES", "pages": "PAGES", "page": "PAGES", "pgs": "PAGES",
    "с": "PAGES", "s": "PAGES", "seiten": "PAGES", "стр": "PAGES",
    "vol": "VOL", "volume": "VOL", "v": "VOL", "t": "VOL", "т": "VOL", "bd": "VOL", "tom": "VOL",
    "no": "NO", "nr": "NO", "iss": "NO", "issue": "NO", "№": "NO", "n": "NO", "vyp": "NO", "вып": "NO",
    "ed": "ED", "eds": "ED", "edn": "ED", "editor": "ED", "editors": "ED", "hrsg": "ED", "hg": "ED",
    "ред": "ED", "под": "ED", "edited": "ED", "dir": "ED", "coord": "ED",
    "in": "IN", "в": "IN", "im": "IN", "dans": "IN", "en": "IN",
    "publ": "PUBL", "press": "PUBL", "publishers": "PUBL", "publishing": "PUBL", "verlag": "PUBL",
    "izd": "PUBL", "izd-vo": "PUBL", "изд-во": "PUBL", "издательство": "PUBL", "books": "PUBL",
    "university": "UNI", "univ": "UNI", "universität": "UNI", "université": "UNI", "университет": "UNI",
    "institute": "UNI", "institut": "UNI",
    "journal": "JOUR", "j": "JOUR", "review": "JOUR", "zhurnal": "JOUR", "журнал": "JOUR",
    "vestnik": "JOUR", "вестник": "JOUR", "proceedings": "CONF", "proc": "CONF",
    "conference": "CONF", "symposium": "CONF", "workshop": "CONF", "congress": "CONF",
    "конференции": "CONF", "materialy": "CONF", "материалы": "CONF", "trudy": "CONF", "труды": "CONF",
    "transactions": "JOUR", "trans": "JOUR", "bulletin": "JOUR", "annals": "JOUR", "letters": "JOUR",
    "accessed": "ACC", "retrieved": "ACC", "viewed": "ACC", "обращения": "ACC", "звернення": "ACC", "cited": "ACC",
    "available": "AVAIL", "url": "AVAIL", "режим": "AVAIL", "online": "AVAIL", "from": "FROM",
    "interview": "INTERV", "interviews": "INTERV", "интервью": "INTERV",
    "thesis": "THESIS", "diss": "THESIS", "dissertation": "THESIS", "дис": "THESIS", "phd": "THESIS",
    "канд": "THESIS", "kand": "THESIS", "докт": "THESIS", "master's": "THESIS",
    "report": "REPORT", "working": "REPORT", "paper": "REPORT", "technical": "REPORT",
    "et": "ETAL", "al": "ETAL", "др": "ETAL", "and": "AND", "&": "AND", "и": "AND", "und": "AND",
    "et.": "ETAL",
    "edition": "EDN", "ed.": "EDN", "izd.": "EDN", "изд": "EDN", "aufl": "EDN", "éd": "EDN",
    "moscow": "CITY", "moskva": "CITY", "london": "CITY", "new": "CITY", "york": "CITY",
    "paris": "CITY", "berlin": "CITY", "oxford": "CITY", "cambridge": "CITY", "petersburg": "CITY",
    "м": "CITY", "спб": "CITY", "москва": "CITY", "boston": "CITY", "chicago": "CITY",
    "amsterdam": "CITY", "washington": "CITY", "київ": "CITY", "kyiv": "CITY", "kiev": "CITY", "харків": "CITY",
    "львів": "CITY", "одеса": "CITY", "мінськ": "CITY", "минск": "CITY", "springer": "PUBL", "elsevier": "PUBL", "wiley": "PUBL",
    "russ": "LANG", "ukr": "LANG", "engl": "LANG", "germ": "LANG",
    "ministry": "ORG", "government": "ORG", "council": "ORG", "department": "ORG",
    "commission": "ORG", "organization": "ORG", "organisation": "ORG", "federation": "ORG",
    "president": "ORG", "secretariat": "ORG", "agency": "ORG", "министерство": "ORG",
    "news": "NEWS", "times": "NEWS", "post": "NEWS", "gazeta": "NEWS", "novosti": "NEWS",
    "interfax": "NEWS", "kommersant": "NEWS", "guardian": "NEWS", "telegraph": "NEWS",
}

CITIES = frozenset(word for word, kind in _CLASSES.items() if kind == "CITY")  # "london", "москва", ...


def _strip(word: str) -> str:
    """The word without leading or trailing non-alphanumerics (no regex backtracking)."""
    i, j = 0, len(word)
    while i < j and not word[i].isalnum():
        i += 1
    while j > i and not word[j - 1].isalnum():
        j -= 1
    return word[i:j]


def _shape_table() -> dict[int, str]:
    table = {}
    for code in range(0x3000):  # every cased script lives below CJK
        ch = chr(code)
        if ch.isupper():
            table[code] = "A"
        elif ch.islower():
            table[code] = "a"
        elif ch.isdigit():
            table[code] = "0"
    return table


_SHAPE = _shape_table()


def word_shape(word: str) -> str:
    """Character classes of the first 12 characters, runs collapsed: "Smith," -> "Aa,"."""
    return _collapse_runs(word[:12].translate(_SHAPE))


@lru_cache(maxsize=20_000)
def _collapse_runs(classes: str) -> str:
    """"Aaaaa," -> "Aa,": cached, since words share few class strings (about 2,000 among 22,000 dev and
    held-out words), where collapsing walked every word's characters in Python."""
    out = classes[:1]
    for ch in classes[1:]:
        if ch != out[-1]:
            out += ch
    return out


_POS = tuple(b"pos=%d" % k for k in range(11))
_SEG = tuple(b"seg=%d" % k for k in range(6))
# State flags a word sets or clears, as bits: opens [ / quote / (, closes ] / quote / ),
# is "=", is a "//"-or-"In" separator, is a year, ends a sentence-like segment.
_OB, _OQ, _OP, _CB, _CQ, _CP, _EQ, _SEP, _YR, _PER = (1 << k for k in range(10))


@lru_cache(maxsize=200_000)
def _word_entry(word: str):
    """Everything a sequence needs from one word, computed once per distinct word:
    its own features, what the words around it see of it, and the state flags it sets."""
    raw = _strip(word)
    core = raw.lower()
    cls = _CLASSES.get(core, "")
    if not cls and core in _MONTHS:
        cls = "MONTH"
    if word.isalpha() and not core.startswith("doi"):  # no URL, number or initials possible
        kind = ("CAPS" if raw.isupper() and len(raw) > 1 else "Cap" if raw[:1].isupper()
                else "low" if raw[:1].islower() else "w")
    elif form := _FORM.match(word):
        kind = form.lastgroup
        if kind == "NUM" and len(core) >= 5:
            kind = "LONGNUM"
    elif word in ("=", "//", "/", "–", "-", "—", ":", "&"):
        kind = "SEP" + word
    elif raw.isupper() and len(raw) > 1:
        kind = "CAPS"
    elif raw[:1].isupper():
        kind = "Cap"
    elif raw[:1].islower():
        kind = "low"
    elif any(ch.isdigit() for ch in raw):
        kind = "HASDIGIT"
    else:
        kind = "w"
    first = word[:1]
    last = word[-1:] if not word[-1:].isalnum() else "an"
    if word.isascii():
        script = "lat"
    else:
        script = "cyr" if CYRILLIC.search(word) else ("acc" if _LATIN_ACCENT.search(word) else "lat")
    # Each part is encoded once and shared by the word's own features and its neighbours' view.
    w, k, l, c = core[:20].encode(), kind.encode(), last.encode(), cls.encode()
    own = [b"w=" + w, b"k=" + k, b"sh=" + word_shape(word).encode(),
           b"f=" + (first.encode() if not first.isalnum() else b"an"), b"l=" + l,
           b"s3=" + core[-3:].encode(), b"p3=" + core[:3].encode()]
    if cls:
        own.append(b"c=" + c)
    if script != "lat":
        own.append(b"sc=" + script.encode())
    if "-" in core:
        own.append(b"hyph")
    if len(core) == 1 and core.isalpha():
        own.append(b"single")
    # As seen from i-2, i-1, i+1, i+2; further away only the kind and the word.
    if cls:
        near1 = (b"1:k=" + k, b"1:l=" + l, b"1:w=" + w, b"1:c=" + c)
        nearm1 = (b"-1:k=" + k, b"-1:l=" + l, b"-1:w=" + w, b"-1:c=" + c)
    else:
        near1 = (b"1:k=" + k, b"1:l=" + l, b"1:w=" + w)
        nearm1 = (b"-1:k=" + k, b"-1:l=" + l, b"-1:w=" + w)
    around = ((b"2:k=" + k, b"2:w=" + w), near1, nearm1, (b"-2:k=" + k, b"-2:w=" + w))
    flags = 0
    if first == "[":
        flags |= _OB
    elif first in "«“‘\"„":
        flags |= _OQ
    elif first == "(":
        flags |= _OP
    bare = word.rstrip(".,;:")
    if bare.endswith("]"):
        flags |= _CB
    if bare[-1:] in "»”’\"":
        flags |= _CQ
    if bare.endswith(")"):
        flags |= _CP
    if word == "=":
        flags |= _EQ
    elif word == "//" or bare.lower() in ("in", "в"):
        flags |= _SEP
    if kind == "YEAR":
        flags |= _YR
    if word.endswith((".", ".)", ".”", ".’", ".]")) and len(word) > 3 and kind != "INIT":
        flags |= _PER
    return tuple(own), around, flags


_EDGE = ((), ((), (), (), ()), 0)


# State bits of a position in a reference; the count of sentence-like segments so far
# (at most 5) sits above them.
_STATE_FEATURES = (b"inbr", b"inq", b"inpar", b"afteryear", b"aftereq", b"aftersep")
_IN_BR, _IN_Q, _IN_PAR, _AFTER_YEAR, _AFTER_EQ, _AFTER_SEP = (1 << k for k in range(6))
_SEGMENT = 1 << 6


@lru_cache(maxsize=None)
def _step(state: int, flags: int) -> tuple[tuple[bytes, ...], int]:
    """(state features of a token, state after it) from the state before it and its flags:
    a reference passes through few distinct states, so this is a cache hit per token."""
    if flags & _OB:
        state |= _IN_BR
    elif flags & _OQ:
        state |= _IN_Q
    elif flags & _OP:
        state |= _IN_PAR
    feats = tuple(name for k, name in enumerate(_STATE_FEATURES) if state & (1 << k)) + (_SEG[state // _SEGMENT],)
    if flags & _PER and state // _SEGMENT < 5:
        state += _SEGMENT
    if flags & _CB:
        state &= ~_IN_BR
    if flags & _CQ:
        state &= ~_IN_Q
    if flags & _CP:
        state &= ~_IN_PAR
    if flags & _EQ:
        state |= _AFTER_EQ
    elif flags & _SEP:
        state |= _AFTER_SEP
    if flags & _YR:
        state |= _AFTER_YEAR
    return feats, state


def sequence_features(words: list[str]) -> list[list[bytes]]:
    """Features for every token of one reference."""
    n = len(words)
    entry = _word_entry
    step = _step
    # Two empty neighbours on each side, so every token reads i-2..i+2 without bounds checks.
    padded = [_EDGE, _EDGE] + [entry(w) for w in words] + [_EDGE, _EDGE]
    out = []
    state = 0
    bucket_scale = 10.0 / max(n, 1)
    for i in range(n):
        own, _, flags = padded[i + 2]
        feats = [b"b", _POS[int(i * bucket_scale)], *own, *padded[i][1][3], *padded[i + 1][1][2],
                 *padded[i + 3][1][1], *padded[i + 4][1][0]]
        if i == 0:
            feats.append(b"BOS")
        if i == n - 1:
            feats.append(b"EOS")
        state_feats, state = step(state, flags)
        feats += state_feats
        feats.append(state_feats[-1] + b"|" + own[1])  # which sentence a kind of word is in
        out.append(feats)
    return out
