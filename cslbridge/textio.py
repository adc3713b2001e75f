"""Turning the bytes users bring into text: UTF-8 first, then the legacy code pages
their exports still use (cp1251 from Russian libraries, cp1252 from old Windows tools)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

MAX_INPUT_BYTES = 50 * 1024 * 1024


class InputError(ValueError):
    """Input that cannot be read at all; the message names the file."""


class OutputError(ValueError):
    """Output that cannot be written; the message names the file."""


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without a byte order mark (some Windows tools): text in the Latin and
    Cyrillic blocks has a zero (or 0x04) high byte in every pair, so zeros fill one byte
    position of the pairs and almost never the other; binary data does not line up so."""
    low, high = head[0::2], head[1::2]
    for codec, zeros, others in (("utf-16-le", high, low), ("utf-16-be", low, high)):
        if zeros and zeros.count(0) >= 0.3 * len(zeros) and others.count(0) <= 0.01 * len(others):
            return codec
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")


def _binary(head: bytes) -> bool:
    """Binary data (a PDF, an image, a zipped .docx) is full of control bytes; a text file a
    transfer or an editor damaged has a stray NUL or two among thousands of characters."""
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > 1 and controls * 500 > len(head)


_FILE_SIGNATURES = (  # opening bytes of the files users mistake for a reference list, and what to do
    (b"%PDF-", "a PDF: copy its text out first, e.g. with pdftotext"),
    (b"PK\x03\x04", "a ZIP archive, such as a .docx or .odt: save it as plain text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file, such as a .doc: save it as plain text first"),
    (b"\x89PNG\r\n\x1a\n", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
)


def _signature(data: bytes) -> str | None:
    """What a file is by its opening bytes: a PDF whose first pages are uncompressed text has
    no control bytes in its opening, and read as text it became garbage or 'no references'."""
    return next((what for magic, what in _FILE_SIGNATURES if data.startswith(magic)), None)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes (a flipped bit, a cut multi-byte letter): its letters
    outside ASCII far outnumber the bytes that fail, which a legacy code page's do not."""
    text = data.decode("utf-8", errors="replace")
    failed = text.count("\ufffd")
    return sum(ch > "\x7f" for ch in text) - failed >= 4 * failed


def decode(data: bytes, source: str = "<input>") -> str:
    """The text of `data`: a byte order mark's encoding (a damaged byte in it becomes U+FFFD,
    the rest is kept), else UTF-8, UTF-16 without a mark, cp1251 or cp1252. Stray NULs in a
    text file are dropped; binary data is refused; lines ended by CR alone are lines."""
    return _lines_ended(_characters(data, source))


def _characters(data: bytes, source: str) -> str:
    what = _signature(data)
    if what:
        raise InputError(f"{source}: looks like binary data, not a bibliography ({what})")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = _utf16_without_bom(data[:4096])
        try:
            if codec:
                return data.decode(codec)
        except UnicodeDecodeError:
            pass
        if _binary(data[:4096]):
            raise InputError(f"{source}: looks like binary data, not a bibliography")
        data = data.replace(b"\x00", b"")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    cyrillic = data.decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in cyrillic)
    if letters and sum("\u0400" <= ch <= "\u04ff" for ch in cyrillic) / letters > 0.3:
        return cyrillic
    return data.decode("cp1252", errors="replace")


def _lines_ended(text: str) -> str:
    """Lines ended by CR alone (classic Mac OS exports, some old EndNote files) as lines: a
    reader's line numbers and its resuming after a broken entry go by them."""
    return text.replace("\r", "\n") if "\r" in text and "\n" not in text else text


# A control character between two letters ('А\x01брамова'): a byte a transfer damaged, not a
# space. Tab, line and page breaks (\t \n \v \f \r, Word's manual line break is \v) part words.
CONTROL_IN_WORD = re.compile(r"(?<=[^\W\d_])[\x00-\x08\x0e-\x1f\x7f]+(?=[^\W\d_])")
# The word a warning names: letters, digits, inner hyphens and apostrophes, and the control
# characters being removed; not the markup around it (BibTeX's 'author={Smith', a tag's '<i>').
_WORD_CHARS = r"[\w'’\-\x00-\x08\x0e-\x1f\x7f]*"
_WORD, _WORD_END = re.compile(_WORD_CHARS), re.compile(_WORD_CHARS + "$")


def without_controls_in_words(text: str, source: str = "") -> tuple[str, list]:
    """The text less the control characters inside its words, and a warning naming the line of
    each word mended: read as a space, one would split a name in two (`А`, `брамова`)."""
    if not CONTROL_IN_WORD.search(text):
        return text, []
    from .items import Problem

    words: dict[int, list[str]] = {}  # where each mended word starts -> the characters it loses
    for m in CONTROL_IN_WORD.finditer(text):
        start = m.start() - len(_WORD_END.search(text, 0, m.start()).group())
        words.setdefault(start, []).extend(f"U+{ord(ch):04X}" for ch in m.group())
    problems = []
    for start, codes in words.items():
        word = CONTROL_IN_WORD.sub("", _WORD.match(text, start).group()).strip("-'’")
        problems.append(Problem(f"control character{'s' * (len(codes) > 1)} {', '.join(codes)} inside the word "
                                f"{word!r} removed",
                                source, text.count("\n", 0, start) + 1, warning=True))
    return CONTROL_IN_WORD.sub("", text), problems


def read_text(path: str) -> str:
    """Read a file (or standard input for '-') as text, refusing binary and huge inputs."""
    source = "standard input" if path == "-" else path
    try:
        if path == "-":
            if sys.stdin is None:  # started with standard input closed (some CI runners, cron)
                raise InputError("standard input: closed; name the file to read instead")
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{source}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; split it first")
    return decode(data, source)


def write_text(path: str, text: str) -> None:
    """Write the output; a path that cannot be written (a directory, a missing folder, no
    permission) or a closed standard output is an OutputError naming it, not a traceback."""
    if path == "-":
        if sys.stdout is None:
            raise OutputError("standard output: closed; name a file with -o")
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
