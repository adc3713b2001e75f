"""Formatting that survives citeproc-py, then becomes text, HTML, Markdown or RTF.

citeproc-py's own HTML formatter pastes field text into markup unescaped, so a
title holding ``<script>`` or ``&`` breaks the page. We hand citeproc-py a
formatter whose "markup" is a pair of private-use characters per effect, and
turn the finished string into the wanted output in one pass at the end: field
text is escaped exactly once, and every output format gets the same structure.
Rich text inside CSL-JSON fields (``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
small-caps spans, ``<span class="nocase">``) is read into the same markers.
"""

from __future__ import annotations

import html
import re
import unicodedata

from citeproc.string import MixedString, NoCase, String

# One (open, close) pair of private-use characters per formatting effect.
EFFECTS = ("i", "b", "sc", "sup", "sub", "u")
OPEN = {name: chr(0xE000 + 2 * n) for n, name in enumerate(EFFECTS)}
CLOSE = {name: chr(0xE001 + 2 * n) for n, name in enumerate(EFFECTS)}
_KIND = {ch: name for name, ch in OPEN.items()} | {ch: name for name, ch in CLOSE.items()}
# Quotes are markers too until the end, where nesting picks outer or inner quote
# marks from the locale and punctuation may move inside them.
Q_OPEN, Q_CLOSE = "\ue00c", "\ue00d"
# second-field-align: where the first field (the left margin) ends.
FIELD_BREAK = "\ue00e"
# The display attribute: a block, indent, left-margin or right-inline opens, one mark closes.
DISPLAY_OPEN = {kind: chr(0xE011 + n) for n, kind in enumerate(("block", "indent", "left-margin", "right-inline"))}
DISPLAY_CLOSE = "\ue015"
_DISPLAY_KIND = {ch: kind for kind, ch in DISPLAY_OPEN.items()}
# Between a formatted field's "?" or "!" and its own "." or ":", which citeproc-js keeps
# (see compiled.kept_after_formatted); resolve_quotes merges no stop across it, then drops it.
KEEP_STOP = "\ue016"
MARKERS = frozenset(_KIND) | {Q_OPEN, Q_CLOSE, FIELD_BREAK, DISPLAY_CLOSE, KEEP_STOP} | frozenset(_DISPLAY_KIND)
_STRAY = re.compile("[\ue000-\ue016]")
_STOP_AFTER_DISPLAY = re.compile(f"({DISPLAY_CLOSE}+)([.,;:]+)$")
_DISPLAY_RUN = re.compile(f"\\s*[{''.join(_DISPLAY_KIND)}{DISPLAY_CLOSE}]+\\s*")

OUTPUT_FORMATS = ("text", "html", "md", "rtf")


class Marked(String):
    """A formatted piece: case changes skip the leading markers."""

    def capitalize_first(self):
        text = str(self)
        i = 0
        while i < len(text) and text[i] in MARKERS:
            i += 1
        return self.__class__(text[:i] + text[i:i + 1].upper() + text[i + 1:])


def _wrapper(effect: str):
    def wrap(text):
        return Marked(OPEN[effect] + str(text) + CLOSE[effect])
    return wrap


class MarkerFormatter:
    """Stands in for a citeproc.formatter module: effects become marker pairs."""

    Italic = Oblique = staticmethod(_wrapper("i"))
    Bold = staticmethod(_wrapper("b"))
    SmallCaps = staticmethod(_wrapper("sc"))
    Superscript = staticmethod(_wrapper("sup"))
    Subscript = staticmethod(_wrapper("sub"))
    Underline = staticmethod(_wrapper("u"))

    @staticmethod
    def Light(text):
        return text

    @staticmethod
    def preformat(text):
        """Terms and style text: quotes in them pair up like field quotes."""
        return smart_quotes(text) if isinstance(text, str) else text


# --- rich text inside field values ------------------------------------------

_TAG = re.compile(r"<(/?)(i|b|sup|sub|sc|span)\b([^>]*)>", re.I)


def parse_rich(value) -> MixedString:
    """A field value as citeproc-py strings: known tags become markers, nocase spans NoCase.

    Markers stick to the text they format (an opening one to the next piece, a
    closing one to the previous), so case changes that split on segments and
    words do not see them as words of their own.
    """
    text = _quotes_around_tags(_STRAY.sub("", str(value)))
    pieces: list[list] = []  # [text, nocase]
    stack: list[str] = []  # what each open tag does: an effect name, "nocase", "sc" or ""
    pending = ""  # opening markers waiting for their first character
    pos = 0

    def emit(piece: str) -> None:
        nonlocal pending
        if not piece:
            return
        nocase = "nocase" in stack
        if pieces and pieces[-1][1] == nocase:
            pieces[-1][0] += pending + piece
        else:
            pieces.append([pending + piece, nocase])
        pending = ""

    def close(kind: str) -> None:
        nonlocal pending
        if kind not in CLOSE:
            return
        if pending.endswith(OPEN[kind]):  # an empty element: drop it
            pending = pending[:-1]
        elif pieces:
            pieces[-1][0] += CLOSE[kind]

    for match in _TAG.finditer(text):
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3).lower()
        if tag == "span":
            kind = "nocase" if "nocase" in attrs else "sc" if "small-caps" in attrs else ""
        else:
            kind = tag
        if not closing:
            emit(text[pos:match.start()])
            stack.append(kind)
            if kind in OPEN:
                pending += OPEN[kind]
            pos = match.end()
        elif stack and (tag == "span" and stack[-1] in ("nocase", "sc", "") or stack[-1] == kind):
            emit(text[pos:match.start()])
            close(stack.pop())
            pos = match.end()
    emit(text[pos:])
    while stack:  # close what the field left open, so markers stay balanced
        close(stack.pop())
    return MixedString([NoCase(t) if nocase else Marked(t) for t, nocase in pieces])


_OPENERS = frozenset(" \t\n([{\u2013\u2014/-") | {Q_OPEN}


def smart_quotes(text: str) -> str:
    """Straight quotes as quote markers (paired) and typographic apostrophes.

    "x" and 'x' become marker pairs, so nesting and locale quote marks are
    decided at the end; an apostrophe inside or after a word becomes U+2019.
    Unpaired quote characters are left as they were.
    """
    if "\u201c" in text and text.count("\u201c") == text.count("\u201d"):
        text = text.replace("\u201c", Q_OPEN).replace("\u201d", Q_CLOSE)  # typographic pairs nest too
    if "'" not in text and '"' not in text:
        return text
    out = list(text)
    opened: list[tuple[str, int]] = []  # (quote char, index in out)
    for i, ch in enumerate(text):
        if ch not in "'\"":
            continue
        before = text[i - 1] if i else None
        after = text[i + 1] if i + 1 < len(text) else None
        word_start = before is None or before in _OPENERS
        if ch == "'" and before and before.isalnum() and after and after.isalnum():
            out[i] = "\u2019"
        elif opened and opened[-1][0] == ch and not word_start:
            out[opened.pop()[1]] = Q_OPEN
            out[i] = Q_CLOSE
        elif word_start and after and not after.isspace():
            opened.append((ch, i))
        elif ch == "'":
            out[i] = "\u2019"
    for ch, i in opened:  # an opening ' never closed was an apostrophe ('09)
        if ch == "'":
            out[i] = "\u2019"
    return "".join(out)


def resolve_quotes(text: str, quotes: tuple[str, str, str, str], punctuation_inside: bool) -> str:
    """Quote markers to the locale's marks, alternating outer and inner with depth.

    With `punctuation_inside` (en-US), a period or comma that follows a closing
    quote moves inside it, unless the quoted text already ends in one.
    """
    text = _DOUBLED_STOP.sub(_merge_doubled_stop, text)
    text = _CLASHING_MARK.sub(lambda m: m.group(1)[:-1], text)
    text = _SEMICOLON_BEFORE_PREFIX.sub(";", text)
    text = _REPEATED_PAUSE.sub(r"\1\2", text)
    text = _MARK_AFTER_PAUSE.sub(lambda m: m.group(1) + m.group(2) if m.group(3) == "." else m.group(2) + m.group(3), text)
    text = text.replace(KEEP_STOP, "")
    if Q_OPEN not in text and Q_CLOSE not in text:
        return text
    if punctuation_inside:
        text = _PUNCT_AFTER_QUOTE.sub(_move_inside, text)
    singles = _single_quote_pairs(text) if "\u2018" in quotes[::2] else {}
    out, levels = [], []  # levels: [inner, is a typed single-quote pair] for each open quote
    for i, ch in enumerate(text):
        if ch == Q_OPEN or i in singles:
            inner = not levels[-1][0] if levels else (ch != Q_OPEN and quotes[2] == "\u2018")
            out.append(ch if not levels and ch != Q_OPEN else quotes[2] if inner else quotes[0])
            levels.append([inner, ch != Q_OPEN])
        elif ch == Q_CLOSE or i in singles.values():
            typed = ch != Q_CLOSE
            at = next((n for n in range(len(levels) - 1, -1, -1) if levels[n][1] == typed), None)
            inner = levels.pop(at)[0] if at is not None else False
            out.append(ch if typed and not levels else quotes[3] if inner else quotes[1])
        else:
            out.append(ch)
    return "".join(out)


def _single_quote_pairs(text: str) -> dict[int, int]:
    """Typed single quotes that pair up ('‘' opening a word, '’' closing one, not an
    apostrophe inside a word): {open index: close index}. Where the locale's quote marks
    are '‘' and '’', citeproc-js reads them as quotes that nest like the style's: kept as
    typed at the top, alternated with the quotes around them ('“My ‘“Amazing”…’ Title”')."""
    pairs, opened = {}, []
    for i, ch in enumerate(text):
        if ch == "\u2018" and (i == 0 or text[i - 1] in _OPENERS or text[i - 1] in MARKERS):
            opened.append(i)
        elif ch == "\u2019" and opened and not (i + 1 < len(text) and text[i + 1].isalnum()):
            pairs[opened.pop()] = i
    return pairs


_CLOSERS = "".join(CLOSE.values()) + DISPLAY_CLOSE
_PUNCT_AFTER_QUOTE = re.compile(f"([^{Q_CLOSE}{_CLOSERS}]?)([{_CLOSERS}]*{Q_CLOSE}[{Q_CLOSE}{_CLOSERS}]*)([.,])")


# "Co.</b>." or "Why?." : a period after end punctuation, across closing markup, also before
# a comma, semicolon or colon ("Why?., Pub" and "Why?.: Pub" are "Why?, Pub" and "Why?: Pub"
# in citeproc-js: the colon after a merged stop is kept, see _merge_doubled_stop).
_DOUBLED_STOP = re.compile(f"(?<!\\.)([.?!][{_CLOSERS}{Q_CLOSE}]*)\\.(?=([\\s,;:]|$|[{_CLOSERS}]))")


def _merge_doubled_stop(match: re.Match) -> str:
    """The stop merged into the mark before it; a colon after it stays (KEEP_STOP shields
    it from _CLASHING_MARK), as citeproc-js merged the stop, not the colon."""
    return match.group(1) + (KEEP_STOP if match.group(2) == ":" else "")


# "semicolon;: colon", "Why!: colon": a colon after ; ! ? is dropped.
_CLASHING_MARK = re.compile(f"([;!?][{_CLOSERS}{Q_CLOSE}]*:)(?=\\s|$|[{_CLOSERS}])")


# "2003;:824–30": a ":" glued to what follows (a prefix, as AMA and Vancouver styles print a
# page after the year's ";") merges into the ";" before it, as citeproc-js merges a suffix
# with the next piece's prefix.
_SEMICOLON_BEFORE_PREFIX = re.compile(";:(?=\\S)")


# "Handbook of growth:." or "Part one;!": after a colon or semicolon a full stop is dropped
# and ! or ? takes the colon's place, as citeproc-js merges punctuation (also across closing
# markup, as "Why?." above: what citeproc-js does where a style formats a field in a macro).
_MARK_AFTER_PAUSE = re.compile(f"([:;])([{_CLOSERS}{Q_CLOSE}]*)([.!?])(?=\\s|$|[{_CLOSERS}])")


# "Who decides:: Handbook": a colon or semicolon printed twice is printed once, also across markup.
_REPEATED_PAUSE = re.compile(f"([:;])([{_CLOSERS}{Q_CLOSE}]*)\\1(?=\\s|$|[{_CLOSERS}])")


def _move_inside(match: re.Match) -> str:
    last, closers, punct = match.groups()
    if (punct == "." and last and last in ".?!") or (punct == "," and last == ","):
        return last + closers
    return last + punct + closers


_MASK = "\ue00f"


def _quotes_around_tags(text: str) -> str:
    """smart_quotes over the whole field, tags masked, so ("<i>Title</i>") pairs up."""
    if "'" not in text and '"' not in text and "\u201c" not in text:
        return text
    tags = [m.group(0) for m in _TAG.finditer(text)]
    masked = smart_quotes(_TAG.sub(_MASK, text))
    parts = masked.split(_MASK)
    return "".join(p + (tags[n] if n < len(tags) else "") for n, p in enumerate(parts))


def plain(value) -> str:
    """A field value with rich-text tags and markers removed (for names and sorting)."""
    return "".join(ch for ch in str(parse_rich(value)) if ch not in MARKERS)


# --- finished strings to output formats --------------------------------------

def _runs(text: str) -> list[tuple[str, frozenset]]:
    """Split marked text into (text, active effects); nested italic/bold/small caps flip back."""
    runs: list[tuple[str, frozenset]] = []
    depth = dict.fromkeys(EFFECTS, 0)
    buf: list[str] = []

    def state() -> frozenset:
        flip = ("i", "b", "sc")
        return frozenset(e for e in EFFECTS if (depth[e] % 2 if e in flip else depth[e]))

    for ch in text:
        if ch in MARKERS:
            if buf:
                runs.append(("".join(buf), state()))
                buf = []
            kind = _KIND[ch]
            depth[kind] = depth[kind] + 1 if ch == OPEN[kind] else max(0, depth[kind] - 1)
        else:
            buf.append(ch)
    if buf:
        runs.append(("".join(buf), state()))
    merged: list[tuple[str, frozenset]] = []
    for piece, effects in runs:
        if merged and merged[-1][1] == effects:
            merged[-1] = (merged[-1][0] + piece, effects)
        else:
            merged.append((piece, effects))
    return merged


def _inline_field_break(text: str) -> str:
    """Outside HTML the left-margin field just runs into the entry, with a space."""
    if FIELD_BREAK not in text:
        return text
    left, _, right = text.partition(FIELD_BREAK)
    if to_text(left)[-1:].isspace() or to_text(right)[:1].isspace() or not to_text(right):
        return left + right
    return left + " " + right


def _inline_display(text: str) -> str:
    """Outside HTML a displayed part (an annotation, an author heading) is set off by a space."""
    if DISPLAY_CLOSE not in text:
        return text
    return _DISPLAY_RUN.sub(lambda m: "" if _opens_with_stop(text[m.end():]) else " ", text).strip()


def _opens_with_stop(text: str) -> bool:
    """Whether text is empty or its first printed character (markers skipped, as an
    italic block opens with one) is . , ; or :, which takes no space before it."""
    first = next((ch for ch in text if ch not in MARKERS), "")
    return not first or first in ".,;:"


def to_text(text: str) -> str:
    return "".join(ch for ch in text if ch not in MARKERS)


_HTML_ON = {"i": "<i>", "b": "<b>", "sc": '<span style="font-variant:small-caps;">',
            "sup": "<sup>", "sub": "<sub>", "u": '<span style="text-decoration:underline;">'}
_HTML_OFF = {"i": "</i>", "b": "</b>", "sc": "</span>", "sup": "</sup>", "sub": "</sub>",
             "u": "</span>"}
_HTML_FLIP = {"i": '<span style="font-style:normal;">', "b": '<span style="font-weight:normal;">',
              "sc": '<span style="font-variant:normal;">'}


def _superscripts() -> dict[str, str]:
    """Unicode superscript letters and digits and what they raise ("ᵉ" -> "e", "²" -> "2")."""
    table = {"\u02c0": "\u0294", "\u02c1": "\u0295", "\u06e5": "\u0648", "\u06e6": "\u064a"}  # no decomposition
    for start, end in ((0xAA, 0xBA), (0x2B0, 0x2FF), (0x1D2C, 0x1DBF), (0x2070, 0x209F), (0x2120, 0x2122),
                       (0x3192, 0x319F), (0xA69C, 0xA69D), (0xA770, 0xA770), (0xA7F8, 0xA7F9), (0xAB5C, 0xAB5F)):
        for code in range(start, end + 1):
            parts = unicodedata.decomposition(chr(code)).split()
            if len(parts) > 1 and parts[0] == "<super>":  # "™" -> "TM"
                table[chr(code)] = "".join(chr(int(part, 16)) for part in parts[1:])
    return table


# citeproc-js prints these in HTML as the base character in <sup> (French ordinals "2<sup>e</sup>
# éd.", Spanish "1.<sup>a</sup>"), one tag per character.
_SUPERSCRIPTS = _superscripts()


def to_html(text: str) -> str:
    """Escaped HTML; markup nests as the style nested it, inner italics turn upright."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (effect, closing tag)
    depth = dict.fromkeys(EFFECTS, 0)
    if FIELD_BREAK in text:
        out.append('<div class="csl-left-margin">')
    if DISPLAY_CLOSE in text:  # the layout's closing stop goes inside the last part, as in citeproc-js
        text = _STOP_AFTER_DISPLAY.sub(lambda m: m.group(2) + m.group(1), text)
    for ch in text:
        kind = _KIND.get(ch)
        if ch == FIELD_BREAK:
            out.append('</div><div class="csl-right-inline">')
        elif ch in _DISPLAY_KIND:
            out.append(f'<div class="csl-{_DISPLAY_KIND[ch]}">')
        elif ch == DISPLAY_CLOSE:
            out.append("</div>")
        elif kind is None:
            sup = _SUPERSCRIPTS.get(ch)
            out.append(html.escape(ch, quote=False) if sup is None else f"<sup>{html.escape(sup)}</sup>")
        elif ch == OPEN[kind]:
            if depth[kind] % 2 and kind in _HTML_FLIP:
                stack.append((kind, "</span>"))
                out.append(_HTML_FLIP[kind])
            else:
                stack.append((kind, _HTML_OFF[kind]))
                out.append(_HTML_ON[kind])
            depth[kind] += 1
        else:
            while stack:
                effect, closer = stack.pop()
                depth[effect] -= 1
                out.append(closer)
                if effect == kind:
                    break
    out.extend(closer for _, closer in reversed(stack))
    if FIELD_BREAK in text:
        out.append("</div>")
    result = "".join(out)
    return re.sub(r"<(i|b|sup|sub)></\1>|<span style=\"[^\"]*\"></span>", "", result)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def to_md(text: str) -> str:
    """Markdown: *italic*, **bold**, <sup>/<sub>; field text escaped."""
    out = []
    for piece, effects in _runs(text):
        body = _MD_SPECIAL.sub(r"\\\1", piece)
        if not body.strip():
            out.append(body)
            continue
        lead = body[: len(body) - len(body.lstrip())]
        trail = body[len(body.rstrip()):]
        core = body.strip()
        if "sup" in effects:
            core = f"<sup>{core}</sup>"
        if "sub" in effects:
            core = f"<sub>{core}</sub>"
        mark = ("*" if "i" in effects else "") + ("**" if "b" in effects else "")
        out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}")
    return "".join(out)


_RTF_CODES = {"i": r"\i", "b": r"\b", "sc": r"\scaps", "sup": r"\super", "sub": r"\sub",
              "u": r"\ul"}


def rtf_escape(text: str) -> str:
    """RTF-safe text: braces and backslashes escaped, non-ASCII as \\uN? (UTF-16 units)."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            data = ch.encode("utf-16-le")
            for i in range(0, len(data), 2):
                unit = int.from_bytes(data[i:i + 2], "little", signed=True)
                out.append(f"\\u{unit}?")
    return "".join(out)


def to_rtf(text: str) -> str:
    """An RTF fragment: {\\i ...}, {\\b ...} groups around escaped text."""
    out = []
    for piece, effects in _runs(text):
        body = rtf_escape(piece)
        if effects:
            codes = "".join(_RTF_CODES[e] for e in EFFECTS if e in effects)
            out.append(f"{{{codes} {body}}}")
        else:
            out.append(body)
    return "".join(out)


def _inline_layout(text: str) -> str:
    """The parts HTML sets as <div>s (left margin, displayed parts) run inline in the other formats."""
    return _inline_display(_inline_field_break(text))


CONVERTERS = {"text": lambda t: to_text(_inline_layout(t)), "html": to_html,
              "md": lambda t: to_md(_inline_layout(t)), "rtf": lambda t: to_rtf(_inline_layout(t))}


DEFAULT_QUOTES = ("\u201c", "\u201d", "\u2018", "\u2019")


def convert(text: str, output: str, quotes: tuple[str, str, str, str] = DEFAULT_QUOTES,
            punctuation_inside: bool = False) -> str:
    """A finished citeproc-py string in the output format, quotes resolved."""
    return CONVERTERS[output](resolve_quotes(text, quotes, punctuation_inside))


def html_document(entries: list[str], title: str = "Bibliography") -> str:
    """A small complete HTML page holding rendered entries (already HTML)."""
    body = "\n".join(f'  <div class="csl-entry">{e}</div>' for e in entries)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n"
        f'<div class="csl-bib-body">\n{body}\n</div>\n</body>\n</html>\n'
    )


def rtf_document(entries: list[str]) -> str:
    """An RTF document a word processor opens or pastes: one paragraph per entry."""
    paragraphs = "\n".join(f"{{\\pard {e}\\par}}" for e in entries)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n" + paragraphs + "\n}\n"
