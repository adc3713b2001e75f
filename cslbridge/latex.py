"""LaTeX <-> Unicode for bibliography fields.

`decode` turns what people write in .bib files ({\\"o}, \\'{e}, {\\v c}, \\ss, --,
~, \\&, \\textit{...}, $\\beta$) into plain Unicode text; `encode` goes back to
LaTeX that both classic BibTeX and Biber accept. Hand-written rather than
pylatexenc/latexcodec because bibliography fields use a small, well-known
subset of LaTeX and the common case (no backslash at all) must cost almost
nothing: see bench/bench_bibtex.py.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Accent commands -> combining marks.
ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
    "c": "\u0327", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331",
    "t": "\u0361",
}
_MARKS = {mark: cmd for cmd, mark in ACCENTS.items()}

# Commands that stand for one character (or nothing).
SYMBOLS = {
    "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ",
    "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "dj": "đ", "DJ": "Đ", "ng": "ŋ", "NG": "Ŋ",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "guillemotleft": "«",
    "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»",
    "quotedblbase": "„", "textbackslash": "\\", "textasciitilde": "~",
    "textasciicircum": "^", "textbraceleft": "{", "textbraceright": "}",
    "textless": "<", "textgreater": ">", "textbar": "|",
    "textunderscore": "_", "textdollar": "$", "textbullet": "•", "textdegree": "°",
    "textperiodcentered": "·", "textregistered": "®", "texttrademark": "™",
    "copyright": "©", "textcopyright": "©", "S": "§", "P": "¶", "dag": "†", "ddag": "‡",
    "ldots": "…", "dots": "…", "textellipsis": "…", "pounds": "£", "textsterling": "£",
    "euro": "€", "texteuro": "€", "yen": "¥", "textyen": "¥", "textnumero": "№",
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "XeTeX": "XeTeX", "LuaTeX": "LuaTeX",
    "textexclamdown": "¡", "textquestiondown": "¿", "textsection": "§",
    "textparagraph": "¶", "textordfeminine": "ª", "textordmasculine": "º",
    "textmu": "µ", "textonehalf": "½", "textonequarter": "¼", "textthreequarters": "¾",
    "textmultiply": "×", "textdiv": "÷", "textpm": "±", "textminus": "−",
    "textthinspace": "\u2009", "nobreakspace": "\u00a0", "slash": "/",
    "par": "\n", "relax": "", "protect": "", "/": "", "-": "", "@": "", "hyphen": "-",
    "it": "", "bf": "", "em": "", "sc": "", "rm": "", "sf": "", "tt": "", "sl": "",
    "itshape": "", "bfseries": "", "scshape": "", "upshape": "", "mdseries": "",
    "normalfont": "", "rmfamily": "", "sffamily": "", "ttfamily": "", "slshape": "",
    "small": "", "footnotesize": "", "large": "", "Large": "", "selectlanguage": "",
}
_ESCAPED = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
            ",": "\u2009", " ": " ", ";": "\u2009", ":": " ", "!": "", "\\": " ",
            "/": "", "-": "", "@": ""}

# Commands whose single argument is the text itself (formatting stripped).
TEXT_COMMANDS = frozenset("""
textit emph textbf textsc texttt textrm textsf textup textsl textmd textnormal
mbox hbox text textsuperscript textsubscript url path nolinkurl uppercase
MakeUppercase lowercase MakeLowercase NoCaseChange nocase ensuremath enquote
foreignlanguage textlatin textcyrillic textenglish textrussian mkbibemph
mkbibbold mkbibitalic mkbibquote underline uline textcolor
""".split())
# Commands whose argument is a URL, verbatim: `~` is a tilde and `\%` a percent sign there.
URL_COMMANDS = frozenset({"url", "path", "nolinkurl"})
_URL_ESCAPE = re.compile(r"\\([_%&#$~])")
# Commands whose argument must disappear (sort tricks).
DROP_ARGUMENT = frozenset({"noopsort", "sortnoop", "SortNoop", "nosort", "hyphenation"})
# Commands with two arguments of which the second is the text.
SECOND_ARGUMENT = frozenset({"href", "foreignlanguage", "textcolor", "hyperref"})

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ",
    "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
MATH = {
    **GREEK, "times": "×", "pm": "±", "mp": "∓", "cdot": "·", "leq": "≤", "le": "≤",
    "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼", "simeq": "≃",
    "equiv": "≡", "infty": "∞", "rightarrow": "→", "to": "→", "leftarrow": "←",
    "leftrightarrow": "↔", "Rightarrow": "⇒", "partial": "∂", "nabla": "∇", "sum": "∑",
    "prod": "∏", "int": "∫", "sqrt": "√", "circ": "∘", "degree": "°", "prime": "′",
    "in": "∈", "subset": "⊂", "cup": "∪", "cap": "∩", "ell": "ℓ", "hbar": "ℏ",
    "ldots": "…", "cdots": "⋯", "langle": "⟨", "rangle": "⟩", "%": "%", ",": "\u2009",
    " ": " ", ";": " ", "!": "", "{": "{", "}": "}", "#": "#", "&": "&", "_": "_", "$": "$",
}
# Only these commands are "font" wrappers inside math whose argument is kept, with the
# old font switches ({\rm SU}(2), as MathSciNet writes it) whose group is kept.
MATH_TEXT = frozenset({"mathrm", "mathit", "mathbf", "text", "textrm", "mbox", "mathsf", "operatorname",
                       "rm", "it", "bf", "sf"})
SUPERSCRIPTS = dict(zip("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ"))
SUBSCRIPTS = dict(zip("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"))

_SPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"[ \t\r]*\n[ \t\r]*\n\s*")
_NEXT = re.compile(r"[\\{}$~`'\-]")
_WORD = re.compile(r"[A-Za-z]+")


# Font commands and switches that CSL rich text can say, as its tags (what `decode_rich` keeps).
RICH_COMMANDS = {
    "textit": "i", "emph": "i", "mkbibemph": "i", "mkbibitalic": "i",
    "textbf": "b", "mkbibbold": "b", "textsuperscript": "sup", "textsubscript": "sub", "textsc": "sc",
}
_RICH_SWITCHES = {"em": "textit", "it": "textit", "itshape": "textit",
                  "bf": "textbf", "bfseries": "textbf", "sc": "textsc", "scshape": "textsc"}
_SWITCH_GROUP = re.compile(r"\{\\(" + "|".join(_RICH_SWITCHES) + r")(?![A-Za-z])\s*")
_RICH_OPEN = {"i": "<i>", "b": "<b>", "sup": "<sup>", "sub": "<sub>",
              "sc": '<span style="font-variant:small-caps;">'}
_RICH_CLOSE = {"i": "</i>", "b": "</b>", "sup": "</sup>", "sub": "</sub>", "sc": "</span>"}


def unescape_url(text: str) -> str:
    """A URL as written in `\\url{}` or a verbatim field: `\\%`, `\\_`, `\\#`, `\\&`, `\\$`, `\\~` are the
    characters themselves, braces are no part of it."""
    return _URL_ESCAPE.sub(r"\1", text.replace("{", "").replace("}", "")).strip()


# APS (Physical Review) writes a letter both ways for TeX to choose, `Ji\ifmmode \check{r}\else
# \v{r}\fi{}\'{\i}`; a field value is text, so the \else branch is the letter.
# Within one line, so a file's line numbers stay.
_IFMMODE = re.compile(r"\\ifmmode\b.*?\\else\b *(.*?)\\fi\b")


def text_mode(text: str) -> str:
    """`\\ifmmode <math>\\else <text>\\fi` -> `<text>`: a field's value is read in text mode."""
    return _IFMMODE.sub(r"\1", text)


def decode(text: str) -> str:
    """LaTeX field text -> Unicode; whitespace collapsed as TeX does."""
    # Names, journals and publishers repeat across a library: remember short values.
    return _decode_short(text) if len(text) < 200 else _decode(text)


# An HTML entity, which LaTeX never writes (its `&` is `\&`): exports that copy a web page's text
# (MDPI's abstracts: `Valley&rsquo;s`) leave them in field values.
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _html_entities(text: str) -> str:
    return _HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def decode_rich(text: str) -> str:
    """LaTeX title text -> Unicode with its italics, bold, small caps and super- and subscripts as
    CSL rich text (`\\textit{Drosophila}`, `{\\em Drosophila}` -> `<i>Drosophila</i>`), as Zotero
    imports them; a literal `<` or `&` in such a value is left as written."""
    if "\\" not in text:
        return decode(text)
    return _decode(_switches_as_commands(text), rich=True)


def _switches_as_commands(text: str) -> str:
    """`{\\em x}` -> `\\textit{x}`: a font switch opening a group styles that group."""
    while m := _SWITCH_GROUP.search(text):
        decoder = _Decoder(text, m.start())
        decoder.group()
        end = decoder.i - 1
        text = f"{text[:m.start()]}\\{_RICH_SWITCHES[m.group(1)]}{{{text[m.end():end]}}}{text[end + 1:]}"
    return text


def _decode(text: str, rich: bool = False) -> str:
    if "\n" in text and _PARAGRAPH.search(text):  # a blank line is a paragraph break
        return "\n".join(filter(None, (_decode(p, rich) for p in _PARAGRAPH.split(text))))
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        text = _SPACE.sub(" ", text)
    text = text.strip()
    if "\\" not in text and "$" not in text:
        # Dashes and quotes first: "-{}-" is a protected pair of hyphens.
        if "--" in text:
            text = text.replace("---", "—").replace("--", "–")
        if "``" in text or "''" in text:
            text = text.replace("``", "“").replace("''", "”")
        if "{" in text or "}" in text:
            text = text.replace("{", "").replace("}", "")
        if "~" in text:
            text = text.replace("~", "\u00a0")
        return _html_entities(text)
    out: list[str] = []
    _Decoder(text, rich=rich).run(out)
    return _html_entities(unicodedata.normalize("NFC", "".join(out)).strip())


_decode_short = lru_cache(maxsize=16384)(_decode)


class _Decoder:
    """A tiny recursive-descent reader over one field value."""

    __slots__ = ("s", "i", "n", "rich")

    def __init__(self, s: str, i: int = 0, n: int | None = None, rich: bool = False):
        self.s, self.i, self.n, self.rich = s, i, len(s) if n is None else n, rich

    def run(self, out: list[str]) -> None:
        s, n = self.s, self.n
        while self.i < n:
            m = _NEXT.search(s, self.i, n)
            if not m:
                out.append(s[self.i:n])
                self.i = n
                return
            j = m.start()
            if j > self.i:
                out.append(s[self.i:j])
            c = s[j]
            self.i = j + 1
            if c in "{}":
                continue
            if c == "~":
                out.append("\u00a0")
            elif c == "-":
                if s.startswith("--", j + 1):
                    out.append("—")
                    self.i = j + 3
                elif s.startswith("-", j + 1):
                    out.append("–")
                    self.i = j + 2
                else:
                    out.append("-")
            elif c in "`'":
                if self.i < n and s[self.i] == c:
                    out.append("“" if c == "`" else "”")
                    self.i += 1
                else:
                    out.append(c)
            elif c == "$":
                self.math(out)
            else:
                self.command(out)

    def group(self) -> tuple[int, int]:
        """Span of the balanced group starting at self.i (which is '{'); moves past it."""
        s, depth, start = self.s, 0, self.i
        i = start
        while i < self.n:
            ch = s[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    self.i = i + 1
                    return start + 1, i
            i += 1
        self.i = self.n
        return start + 1, self.n

    def argument(self) -> str:
        """The next argument (a group or one character), decoded."""
        s = self.s
        while self.i < self.n and s[self.i] == " ":
            self.i += 1
        if self.i >= self.n or s[self.i] == "}":  # a group's end is no argument: {\'} is the accent alone
            return ""
        if s[self.i] == "{":
            a, b = self.group()
            sub: list[str] = []
            _Decoder(s, a, b, self.rich).run(sub)
            return "".join(sub)
        if s[self.i] == "\\":
            sub = []
            self.command_at(sub)
            return "".join(sub)
        self.i += 1
        return s[self.i - 1]

    def command_at(self, out: list[str]) -> None:
        self.i += 1
        self.command(out)

    def command(self, out: list[str]) -> None:
        s, i = self.s, self.i
        if i >= self.n:
            return
        m = _WORD.match(s, i, self.n)
        if not m:  # control symbol: \& \' \" ...
            c = s[i]
            self.i = i + 1
            end = s.find("\\)", self.i, self.n) if c == "(" else -1
            if end >= 0:  # \( ... \): inline math as zbMATH writes it
                body, self.i = s[self.i:end], end + 2
                converted = _math(body)
                out.append("\\(" + body + "\\)" if converted is None else converted)
            elif c in ACCENTS:
                self.accent(c, out)
            else:
                out.append(_ESCAPED.get(c, c))
            return
        name = m.group()
        self.i = m.end()
        if name in ACCENTS and len(name) == 1:
            self.accent(name, out)
            return
        if name in TEXT_COMMANDS or name in SECOND_ARGUMENT or name in DROP_ARGUMENT:
            while self.i < self.n and s[self.i] == " ":
                self.i += 1
            if self.i < self.n and s[self.i] == "{":
                if name in URL_COMMANDS:
                    a, b = self.group()
                    out.append(unescape_url(s[a:b]))
                    return
                if name in SECOND_ARGUMENT:
                    a, b = self.group()
                    while self.i < self.n and s[self.i] == " ":
                        self.i += 1
                    if not (self.i < self.n and s[self.i] == "{"):
                        return
                    if name == "href":  # the link's text, and the link itself when it says more
                        link, text = unescape_url(s[a:b]), self.argument()
                        out.append(text if link in (text, "") else f"{text} ({link})")
                        return
                if name in DROP_ARGUMENT:
                    self.group()
                    return
                arg = self.argument()
                if self.rich and name in RICH_COMMANDS and arg.strip():
                    tag = RICH_COMMANDS[name]
                    arg = _RICH_OPEN[tag] + arg + _RICH_CLOSE[tag]
                elif name in ("uppercase", "MakeUppercase"):
                    arg = arg.upper()
                elif name in ("lowercase", "MakeLowercase"):
                    arg = arg.lower()
                out.append(arg)
            return
        # TeX swallows the spaces after a control word.
        while self.i < self.n and s[self.i] == " ":
            self.i += 1
        if name in SYMBOLS:
            out.append(SYMBOLS[name])
            if self.i < self.n - 1 and s[self.i] == "{" and s[self.i + 1] == "}":
                self.i += 2
        elif name in GREEK:
            out.append(GREEK[name])
        elif self.i < self.n and s[self.i] == "{":
            out.append(self.argument())  # unknown command: keep its argument
        else:
            out.append("\\" + name)  # unknown, no argument: keep it as written
            if self.i < self.n and s[self.i - 1] == " ":
                out.append(" ")

    def accent(self, cmd: str, out: list[str]) -> None:
        arg = self.argument()
        if arg in ("ı", "ȷ"):
            arg = "i" if arg == "ı" else "j"
        if not arg:
            out.append(unicodedata.normalize("NFC", " " + ACCENTS[cmd]).strip() or cmd)
            return
        out.append(unicodedata.normalize("NFC", arg[0] + ACCENTS[cmd]) + arg[1:])

    def math(self, out: list[str]) -> None:
        s, start = self.s, self.i
        display = s.startswith("$", start)
        if display:
            start += 1
        end = start
        while end < self.n:
            if s[end] == "\\":
                end += 2
                continue
            if s[end] == "$":
                break
            end += 1
        body = s[start:min(end, self.n)]
        self.i = min(end + (2 if display else 1), self.n)
        converted = _math(body)
        if converted is None:  # leave what we cannot render as it was written
            fence = "$$" if display else "$"
            out.append(fence + body + fence)
        else:
            out.append(converted)


_MATH_TOKEN = re.compile(r"\\([A-Za-z]+|.)|([\^_])|([{}])|(\s+)|(.)", re.S)


def _math(body: str) -> str | None:
    """Inline math as Unicode when every piece has a Unicode form, else None."""
    out: list[str] = []
    tokens = list(_MATH_TOKEN.finditer(body))
    k = 0
    while k < len(tokens):
        t = tokens[k]
        k += 1
        cmd, script, brace, space, char = t.groups()
        if cmd is not None:
            if cmd in MATH:
                out.append(MATH[cmd])
            elif cmd in MATH_TEXT:
                if k < len(tokens) and tokens[k].group(4):
                    k += 1  # the space that ends a font switch ('{\rm SU}') is no text
                continue  # its braces are dropped below, the text kept
            else:
                return None
        elif script:
            table = SUPERSCRIPTS if script == "^" else SUBSCRIPTS
            if k >= len(tokens):
                return None
            if tokens[k].group(3) == "{":
                depth, chars = 1, []
                k += 1
                while k < len(tokens) and depth:
                    g = tokens[k]
                    k += 1
                    if g.group(3) == "{":
                        depth += 1
                    elif g.group(3) == "}":
                        depth -= 1
                    if depth:
                        chars.append(g.group(0))
                piece = "".join(chars)
            else:
                piece = tokens[k].group(0)
                k += 1
            piece = piece.replace("\\prime", "′").strip()
            if piece == "′" or piece == "\\circ" and script == "^":
                out.append("′" if piece == "′" else "°")
                continue
            if not piece or any(ch not in table for ch in piece):
                return None
            out.append("".join(table[ch] for ch in piece))
        elif brace:
            continue
        elif space:
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


# --- encoding ---------------------------------------------------------------

_ENCODE_NEEDED = re.compile(r"[\\{}$&%#_~^]|--|``|''|[^\x00-\x7f]")
# BibTeX counts every brace, escaped or not, so a lone brace must not be \{ or \}.
_ASCII_ESCAPES = {
    "\\": "\\textbackslash{}", "{": "{\\textbraceleft}", "}": "{\\textbraceright}", "$": "\\$", "&": "\\&", "%": "\\%",
    "#": "\\#", "_": "\\_", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}",
}
_UNICODE_OUT: dict[str, str] = {}
for _name, _char in SYMBOLS.items():
    if len(_char) == 1 and _char not in _UNICODE_OUT and _name.isalpha() and not _name.startswith("text") \
            and _char not in "\\~^<>|_$":
        _UNICODE_OUT[_char] = "{\\" + _name + "}"
_UNICODE_OUT.update({
    "–": "--", "—": "---", "\u00a0": "~", "“": "``", "”": "''", "«": "{\\guillemotleft}",
    "»": "{\\guillemotright}", "„": "{\\quotedblbase}", "…": "{\\ldots}", "§": "{\\S}",
    "¶": "{\\P}", "©": "{\\textcopyright}", "®": "{\\textregistered}", "™": "{\\texttrademark}",
    "°": "{\\textdegree}", "€": "{\\texteuro}", "£": "{\\pounds}", "•": "{\\textbullet}",
    "ı": "{\\i}", "ȷ": "{\\j}", "\u2009": "\\,", "×": "{$\\times$}",
    "±": "{$\\pm$}", "≤": "{$\\leq$}", "≥": "{$\\geq$}", "≈": "{$\\approx$}", "∞": "{$\\infty$}",
    "→": "{$\\rightarrow$}",
})
for _name, _char in GREEK.items():
    _UNICODE_OUT.setdefault(_char, "{$\\" + _name + "$}")
for _d, _sup in SUPERSCRIPTS.items():
    if _d.isdigit():
        _UNICODE_OUT[_sup] = "{$^{" + _d + "}$}"
for _d, _sub in SUBSCRIPTS.items():
    if _d.isdigit():
        _UNICODE_OUT[_sub] = "{$_{" + _d + "}$}"


def encode(text: str) -> str:
    """Unicode -> LaTeX: specials escaped, accented Latin letters as accent commands.

    Scripts without a LaTeX command (Cyrillic, CJK, ...) stay UTF-8, which Biber and
    modern LaTeX read directly.
    """
    if "\n" in text:  # paragraphs: a blank line, as TeX reads it
        return "\n\n".join(encode(line) for line in text.split("\n") if line.strip())
    if not _ENCODE_NEEDED.search(text):
        return text
    out: list[str] = []
    last = ""
    for ch in text:
        if ch in _ASCII_ESCAPES:
            piece = _ASCII_ESCAPES[ch]
        elif ch < "\x80":
            piece = ch
        else:
            piece = _UNICODE_OUT.get(ch) or _accented(ch)
        # "--", "``" and "''" would read back as dashes and quotes: keep them apart.
        if last and last in "-`'" and piece[0] == last:
            out.append("{}")
        out.append(piece)
        last = piece[-1]
    return "".join(out)


def _accented(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or not all(m in _MARKS for m in marks):
        return ch
    if base in "ij" and marks[0] in "\u0301\u0300\u0302\u0308\u0303\u0304\u0306\u030c\u030b":
        base = "\\" + base  # dotless i/j under an accent
    elif not (base.isascii() and base.isalpha()):
        return ch
    inner = base
    for mark in marks:
        cmd = _MARKS[mark]
        if cmd.isalpha() or base.startswith("\\"):
            inner = f"\\{cmd}{{{inner}}}"
        else:
            inner = f"\\{cmd}{inner}"
    return "{" + inner + "}"
