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

from citeproc.string import MixedString, NoCase, String

# One (open, close) pair of private-use characters per formatting effect.
EFFECTS = ("i", "b", "sc", "sup", "sub", "u")
OPEN = {name: chr(0xE000 + 2 * n) for n, name in enumerate(EFFECTS)}
CLOSE = {name: chr(0xE001 + 2 * n) for n, name in enumerate(EFFECTS)}
_KIND = {ch: name for name, ch in OPEN.items()} | {ch: name for name, ch in CLOSE.items()}
MARKERS = frozenset(_KIND)
_STRAY = re.compile("[\ue000-\ue00f]")

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
        return text


# --- rich text inside field values ------------------------------------------

_TAG = re.compile(r"<(/?)(i|b|sup|sub|span)\b([^>]*)>", re.I)


def parse_rich(value) -> MixedString:
    """A field value as citeproc-py strings: known tags become markers, nocase spans NoCase.

    Markers stick to the text they format (an opening one to the next piece, a
    closing one to the previous), so case changes that split on segments and
    words do not see them as words of their own.
    """
    text = _STRAY.sub("", str(value))
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


def to_text(text: str) -> str:
    return "".join(ch for ch in text if ch not in MARKERS)


_HTML_ON = {"i": "<i>", "b": "<b>", "sc": '<span style="font-variant:small-caps;">',
            "sup": "<sup>", "sub": "<sub>", "u": '<span style="text-decoration:underline;">'}
_HTML_OFF = {"i": "</i>", "b": "</b>", "sc": "</span>", "sup": "</sup>", "sub": "</sub>",
             "u": "</span>"}
_HTML_FLIP = {"i": '<span style="font-style:normal;">', "b": '<span style="font-weight:normal;">',
              "sc": '<span style="font-variant:normal;">'}


def to_html(text: str) -> str:
    """Escaped HTML; markup nests as the style nested it, inner italics turn upright."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (effect, closing tag)
    depth = dict.fromkeys(EFFECTS, 0)
    for ch in text:
        kind = _KIND.get(ch)
        if kind is None:
            out.append(html.escape(ch, quote=False))
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


CONVERTERS = {"text": to_text, "html": to_html, "md": to_md, "rtf": to_rtf}


def convert(text: str, output: str) -> str:
    return CONVERTERS[output](text)


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
