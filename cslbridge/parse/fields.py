"""One reference string -> one CSL-JSON item.

Pipeline: tokenise; tag every token with a linear-chain CRF (python-crfsuite,
model trained by ``cslbridge.parse.train`` on AnyStyle's labelled references plus
generated Russian "References", GOST and notes-style layouts); let the rules in
``rules.py`` claim unambiguous spans (URL, DOI, ISBN, access dates, "(In Russ.)");
turn tagged spans into CSL fields (names, dates, pages, volume/issue,
translated titles in brackets); then decide the item type from the fields found
and a few cue words.

Conventions chosen here (also in the README):
- pages use a hyphen (``106-125``), the CSL-JSON norm; a bare count (``640 p.``)
  is ``number-of-pages``;
- a place next to an interview, document or book is ``publisher-place``;
- official documents are type ``document`` with the issuing body as publisher;
- ``custom.confidence`` holds, per field, the CRF's mean marginal probability of
  the tokens behind it (0.99 for rule matches); ``custom.confidence.type`` is the
  strength of the type cue. ``custom.review`` is set when any is below
  ``REVIEW_BELOW`` or when the item has no title (on the dev set this flags 22 of the
  194 items and 5 of the 7 wrong ones; see bench/parse_accuracy.py).
"""

from __future__ import annotations

import html
import re
import threading
from bisect import bisect_left, bisect_right

from ..items import ARXIV_ID, PREPRINT_SERVER, add_note, set_note
from ..textio import CONTROL_IN_WORD
from . import rules
from .dates import _MAY_IN_DATE, _MONTH_RE, MONTHS, TRANSLITERATED_MONTHS, parse_date
from .entries import (ANNEXED_INSTRUMENT, COMMUNICATION_HEAD, TREATY_ADOPTED, _CITATION_YEAR, _FUNCTION_WORDS, _LOCATOR, _NARRATIVE, _OPCIT, _PAREN, _POINTER_CUE, COMMENTARY, FOREIGN_INTERVIEW, INTERVIEW_MEANS, POINTER, REFERENCE, SAME_AUTHOR, classify, is_complete,
                      segments, strip_cue, without_link_labels)
from .features import CITIES, sequence_features
from .names import (CHINESE_FAMILY_PINYIN, PINYIN_WORDS, _CJK, body_name, letter_form_body, _BODY_ENDINGS, _BODY_WORDS, _COMMA_LEGAL_FORM, _FOLDED, _STUDY_GROUP, _SUFFIXES, CYRILLIC, CYRILLIC_LOW, CYRILLIC_UP, GIVEN_NAMES, INITIALS_WORD,
                    GIVEN_PARTICLES, PARTICLES, SUB_UNIT, body_by_last_word, corporate_name, cut_short, one_word_body_name, parse_names)
from .outlets import BRACKETED_EDITION, OUTLETS, is_broadcaster, is_outlet
from .places import PLACES, is_place
from .tokens import tokenize
from .train import MODEL_PATH

REVIEW_BELOW = 0.6
MAX_TOKENS = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")

_local = threading.local()


def _tagger():
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        import pycrfsuite

        if not MODEL_PATH.exists():
            raise RuntimeError(f"parser model missing: {MODEL_PATH} (run bench/train_parser.py)")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL_PATH))
        _local.tagger = tagger
    return tagger


def parse_references(texts: list[str], tagger=None) -> list[dict]:
    """Parse many reference strings (one tagger, cached word features); ``tagger`` is
    another model's, for benches that train their own."""
    tagger = tagger or _tagger()
    return [_parse_guarded(text, tagger) for text in texts]


def parse_reference(text: str) -> dict:
    """Parse one reference string into a CSL-JSON item (without an id)."""
    return _parse_guarded(text, _tagger())


def _parse_guarded(text: str, tagger) -> dict:
    """A fault in the rules for one reference costs that reference its fields, never the list it is in: its text
    is kept whole in the note, flagged for review with the fault named (``custom.error``)."""
    try:
        return _parse_as_typed(text, tagger)
    except Exception as error:  # noqa: BLE001 - any fault: the other references must still be read
        source = text if isinstance(text, str) else str(text)
        return {"type": "document", "note": source,
                "custom": {"source": source, "review": True, "error": f"{type(error).__name__}: {error}"}}


# The longest text read as one reference, in characters: far past the MAX_TOKENS the tagger reads (a reference is a
# few hundred), so only a block of text no reference is long enough for (a chapter pasted whole) is cut.
LONGEST_REFERENCE = 20_000


def _parse_as_typed(text: str, tagger) -> dict:
    """Parse with typewriter quotes read as typeset ones (and dotted names split), then give the fields back the
    quotes and the names as the user typed them. A text longer than any reference is parsed from its opening, the
    rest kept in note as written (the tagger would leave it there too, after every repair rule had run over all of it)."""
    source = text if isinstance(text, str) else str(text)
    rest = ""
    if len(source) > LONGEST_REFERENCE:
        cut = source.rfind(" ", LONGEST_REFERENCE // 2, LONGEST_REFERENCE)
        cut = cut if cut > 0 else LONGEST_REFERENCE
        source, rest = source[:cut], source[cut:].strip()
    untied = _LC_TIE.sub("", source) if _LC_TIE.search(source) else source
    item = _dotted_names_whole(_parse(untied, tagger), untied)
    if untied != source:
        item = _ties_back(item, source)
    if '"' in source and "“" not in source and "”" not in source:
        item = {key: value if key == "custom" else _typewriter_quotes(value) for key, value in item.items()}
    if rest:
        add_note(item, rest)
    return item


# ALA-LC's tie joining the two Latin letters of one Cyrillic letter ("Gla͡zev, S. I͡U.", "upravleni͡a"; MARC records
# print it in halves, "I︠U︡"): the rules and the tagger know the untied "IU." and "Iu." of other References, so the
# entry is read without the ties and the fields give them back.
_TIES = "\u0360\u0361\ufe20-\ufe23"
_LC_TIE = re.compile(f"[{_TIES}]")
_TIED_WORD = re.compile(rf"[\w{_TIES}]*[{_TIES}][\w{_TIES}]*")


def _ties_back(item: dict, source: str) -> dict:
    """Every word the source prints with a tie, as printed, where the fields hold it untied; custom.source as given."""
    words = {_LC_TIE.sub("", word): word for word in _TIED_WORD.findall(source)}
    item = _retie(item, words)
    item.setdefault("custom", {})["source"] = source
    return item


def _retie(value, words: dict):
    if isinstance(value, str):
        for plain, tied in words.items():
            if plain in value:
                value = re.sub(rf"(?<!\w){re.escape(plain)}(?!\w)", tied, value)
        return value
    if isinstance(value, list):
        return [_retie(v, words) for v in value]
    if isinstance(value, dict):
        return {key: v if key == "custom" else _retie(v, words) for key, v in value.items()}
    return value


def _typewriter_quotes(value):
    if isinstance(value, str):
        return value.replace("“", '"').replace("”", '"')
    if isinstance(value, list):
        return [_typewriter_quotes(v) for v in value]
    if isinstance(value, dict):
        return {key: _typewriter_quotes(v) for key, v in value.items()}
    return value


# A name whose words are joined by stops, three or more: Ifri's series "Russie.Nei.Visions", "Russie.Nei.Reports".
# (The capital comes first and the character before it is tested behind it, so a search skips to capitals.)
_DOTTED_NAME = re.compile(r"[A-Z](?<![\w.][A-Z])[a-z]+(?:\.[A-Z][a-z]+){2,}(?!\w)")
_STOP_BEFORE_CAPITALISED = re.compile(r"\.[A-Z][a-z]")  # what each such name holds (twice): a search skips to stops


def _dotted_names_whole(item: dict, text: str) -> dict:
    """The repair of stops that lost their space ("Lagos.Environmental") split a dotted name ("Russie.Nei. Visions");
    the tagger reads the split words (it was trained on them), and the fields get the name back as printed."""
    if text.count(".") < 2 or not _STOP_BEFORE_CAPITALISED.search(text):
        return item
    for name in set(_DOTTED_NAME.findall(text)):
        split = _GLUED_STOP.sub(" ", name)
        for key, value in item.items():
            if split != name and isinstance(value, str) and split in value:
                item[key] = value.replace(split, name)
    return item


def tag(text: str, tagger=None) -> list[tuple[str, str, float]]:
    """(token, label, probability) for every token: the tagger's view, for debugging."""
    tagger = tagger or _tagger()
    clean = _normalise(text)
    spans = tokenize(clean)[:MAX_TOKENS]
    labels, probs = _labels(clean, spans, tagger)
    return [(clean[a:b], lab, p) for (a, b), lab, p in zip(spans, labels, probs)]


# Text copied out of a PDF: ligatures ("ﬁ"), a line-break hyphen left before its space
# ("learn- ing"; not "pre- and post-war", "Land- en Volkenkunde"), HTML's character references left in text copied
# from a page's source ("Taylor &amp; Francis"), a DOI broken at a line end after its stop or slash
# ("10.1371/journal. pone.0265512", "10.1016/j.nedt. 2022.105644": what follows starts in lower case and
# holds a digit, or is digits with a stop or slash inside, which no sentence after a DOI is; after a slash, which no
# DOI ends with, whatever follows: "10.1177/ 09567976211045678"), and a sentence
# glued to the next ("Lagos.Environmental",
# "(2008).Global", "[Title].Almaty", "Energiewende.”German", "Management,35(2)", "2018,no. 1", "O.V.[Title]",
# "Петров П.П.Интеграция" (Cyrillic initials only), a year after an abbreviation's stop and comma ("Nauka Publ.,2019"),
# a known place after a comma ("expert,Moscow"), a quoted title
# glued to the comma around it (IEEE's 'T. Nguyen,“Title,”in Proc.'); not "J.Am.Chem.Soc.").
_LIGATURE = re.compile("[\ufb00-\ufb06]")
# Characters a PDF or web page leaves inside words that print nothing: soft hyphens at line-break points
# ("class\u00adrooms"), zero-width spaces and joiners, byte-order marks (entries.clean drops them from pages).
# After "Ã" the soft hyphen is the second half of a UTF-8 "í" read as Latin-1 ("AsÃ\u00ads") and stays. The class comes
# first, so a search skips to its characters (a lookbehind first made it try the pattern at every position).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff](?<!Ã\u00ad)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# The modifier letters CSL locales print in their abbreviations and ordinals (French "vol. 26, nᵒ 4", "2ᵉ éd.",
# "1ʳᵉ éd.", English "2ⁿᵈ edn"), read as the plain letters the cue words and the tagger know ("no 4", "2e éd.").
_SUPERSCRIPT_LETTERS = str.maketrans("ᵃᵈᵉʰⁿᵒʳˢᵗ", "adehnorst")
_SUPERSCRIPT_LETTER = re.compile("[ᵃᵈᵉʰⁿᵒʳˢᵗ]")
# The Japanese locale's labels before a number, "Journal. 2015, 巻 521, 号 3, ページ. 436–444." (Japanese prose writes
# "第521巻"): read as the "vol.", "no." and "pp." the cue words know.
_JAPANESE_LABELS = {"巻": "vol.", "号": "no.", "ページ.": "pp.", "ページ": "pp."}
_JAPANESE_LABEL = re.compile(r"(?<=[,.] )(?:巻|号|ページ\.?)(?= \d)")
# The Turkish locale's "Journal, C. 15, S. 8 (2020), ss. 12-19" (cilt, sayı): the volume and issue, read as "vol. 15,
# no. 8"; after "C." the "S." is no German page ("S. 8"), which no "C." comes before.
_TURKISH_VOLUME_ISSUE = re.compile(r"(?<=, )C\. (\d+), S\. (?=\d)")
# German typesetting's guillemets pointing in, "Lessenich, Stephan. »Mobilität und Kontrolle. Zur Dialektik der
# Aktivgesellschaft«. Soziologie ...": read as the double quotes the quoted-title rules know, which stopped at the
# title's own stop. French "« A » et « B »" is no match: its "» … «" has a space or a letter beside the marks.
_INWARD_GUILLEMETS = re.compile(r"(?<![^\s(\[])»(?=\S)([^«»]+?)(?<=\S)«(?!\w)")
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][\dA-Fa-f]{1,6});")
_BROKEN_DOI = re.compile(r"(\b10\.\d{4,9}/(?:\S*[./-])?) (?=[a-z][\w.()/-]*\d|\d[\w-]*[./][\w.()/-]*\w|(?<=[/-] )\w)")
# ... and a link broken after a stop inside its host ("http://dx.doi. org/10.1016/j.desal.2012.11.032"): what follows is
# the host's next label and the path's slash, which no sentence after a link starts with.
_BROKEN_HOST = re.compile(r"((?:https?://|www\.)[\w-]+(?:\.[\w-]+)*\.) (?=[a-z]{2,}(?:\.[a-z]{2,})*/)")
# ... or after the resolver's slash ("https://doi.org/ 10.1371/journal.pone.0234567"): a DOI right after it is the link's
# path, which no sentence after a link starts with.
_BROKEN_RESOLVER = re.compile(r"(\bdoi\.org/) (?=10\.\d{4,9}/)")
# A DOI typed with a Cyrillic letter that looks Latin ("10.17223/1998863Х/45/22", the ISSN's "X" typed in Cyrillic):
# DOIs are Latin, so each such letter is its Latin twin (the text had read as a Cyrillic, GOST, reference).
_DOI_WITH_LOOKALIKES = re.compile(r"\b10\.\d{4,9}/[\w./()-]*[АВЕКМНОРСТХаеорсх][\w./()-]*")
_LATIN_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсх", "ABEKMHOPCTXaeopcx")
_BROKEN_WORD = re.compile(r"(?<=[a-zа-яё]{2})- (?!(?:and|or|to|nor|as|versus|vs|und|oder|bis|sowie|et|ou|y|o|u|e|i|a|en|og|och|ve|oraz|и|или|до)\b)"
                          r"(?=[a-zа-яё]{2})")
# A space a PDF copy lost after a stop or comma; among them a journal glued to IEEE's "vol."/"no."/"pp."
# ("Ferroelectrics,vol. 136", "Sci -ence,vol .357"), an arXiv id to the page before it ("102- 183,arXiv:"), and
# astronomy's abbreviated journal glued to the year before it or the volume after it, and a lettered page to the volume
# ("2009,ApJ ,700", "MNRAS,441 ,2315", "ApJ, 590,L75"); and a journal glued to the comma closing the title, after a
# quote or a question mark too ("a Gauss-Bonnet term,Phys .Rev", "a ' crescendo',Phys .Rev", 'a resonance
# method,"Phys .Rev', "networks have to dowith climate ?,Bulletin of the American Meteorological Society")
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.?!])(?=[A-Z][a-z]{2,}(?![a-z]*\.))|(?<=[a-z][.?!][”\"’])(?=[A-Z][a-z])"
                         r"|(?<=[)\]]\.)(?=[A-Z][a-z])|(?<=[a-z)],)(?=\d)|(?<=[a-z]\.,)(?=\d)|(?<=\d,)(?=(?:no|vol|pp?|iss)\.|arXiv)"
                         r"|(?<=[a-z]{2},)(?=(?:vol|no|pp)(?:\.|$)|[A-Z][a-z]{2})|(?<=\),)(?=(?:vol|no|pp)(?:\.|$))"
                         r"|(?<=[a-z][’'],)(?=[A-Z][a-z]{2})|(?<=[?!],)(?=[A-Z][a-z]{2})"
                         r"|(?<=[a-z],[”\"])(?=[A-Z][a-z])"
                         r"|(?<=[A-Z&],)(?=\d)|(?<=(?<![\d.,–-])(?:1[6-9]|20)\d\d,)(?=[A-Z])|(?<=\d,)(?=[A-Z]\d)"
                         r"|(?<=[A-ZА-Я]\.)(?=\[[A-ZА-Я])|(?<=[a-z.],)(?=[“‘][^\W\d_])|(?<=[a-z],”)(?=[a-z])"
                         r"|(?<=(?<![\w.])[А-ЯЁ]\.[А-ЯЁ]\.)(?=[А-ЯЁ][а-яё]{2,})"
                         r"|(?<=\d\.)(?=doi:|arXiv)")
# (the last form: a DOI or arXiv id glued to the stop closing the pages, as its comma is above, "( 2006)585-
# 595.doi: 10.1175/...", "378100 -149.arXiv :1606.00608")
# A name's last initial glued to the journal after it, as ACS's lists lose the space in PDF copies, "Ong, N. P.Rev Mod
# Phys 2010 ,82", or to the family name, "C. P.Baldé"; not "J.Am.Chem.Soc." or "Phys.Rev.Lett.", nor a name's own
# abbreviation after a small word, "Folha de S.Paulo" (read on the whole text, to see the word before).
_GLUED_LAST_INITIAL = re.compile(r"(?<=(?<![\w.])(?<!(?<![^\W\d_])[a-z]{2} )(?<!(?<![^\W\d_])[a-z]{3} )[A-Z]\.)"
                                 r"(?=[A-Z][a-z]{2,}(?![a-z]*\.))")
# What every _GLUED_STOP match holds, found fast: each form's scan looks for the stop, which few
# characters are, and then behind it for the letter, where "[a-z)][.?!,]" entered the matcher at every letter.
# A link glued to the comma, stop or colon closing the words before it ("18 March 2021,https://...",
# "Available at:https://..."); inside a link ("http://web.archive.org/web/2020,http://...") it is part of the link.
_GLUED_LINK = re.compile(r"(?<=[^\W_][,.;:])(?=https?://|www\.)")
# A name's last initial whose stop a PDF copy spaced off it, the comma closing the name glued to what follows
# ("Omukai K.,Yoshida N .,2016 ,ApJ", "Busch,M .W .,& Taylor", "Stöcker H .,Nucl .Phys .A"): the stop and comma go back
# on the initial, a space after them. The letter stands alone or after another initial's spaced stop, so a
# journal's section ("Phys .Rev .D") is not one.
_INITIAL_STOP_SPACED = re.compile(r"(?:(?<![\w.])|(?<=(?<![\w.])[A-Z] \.))([A-Z]) \.,\s?")
_GLUE_AFTER_STOP = (r"(?:(?<=[a-z)\]][.?!,])[”\"’]?[A-Z\d]|(?<=[a-z]\.,)\d|(?<=\d,)[nvpia]|(?<=[a-z]{2},)[nvp]|(?<=\),)[nvp]"
                    r"|(?<=[A-ZА-Я]\.)\[|(?<=[А-ЯЁ]\.)[А-ЯЁ][а-яё]|(?<=[A-Z&],)\d|(?<=\d,)[A-Z]|(?<=[’'?!],)[A-Z]"
                    r"|(?<=,)[“‘]|(?<=,)”[a-z]|(?<=[A-Z]\.)[A-Z][a-z]{2}|(?<=\d\.)(?:doi:|arXiv))")
# The character after the stop, which every form reads, is tested first: most stops and commas are followed by a
# space, which then costs one test instead of a try of each form's lookbehind.
_GLUE_CUE = re.compile(r"[.?!,](?=[”\"’A-Z\dnvpiad\[А-ЯЁ“‘])" + _GLUE_AFTER_STOP)


# Italics written as Markdown marks them, as APA lists pasted from Markdown carry them ("Title. *Brookings*. URL",
# "*Journal of Finance*, *74*(2)"): the stars are the formatting, not the words (a star page, "at *3", has no pair).
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=[^\s*])([^*]+?)(?<=[^\s*])\*{1,2}(?![\w*])")


# An e-print's number bracketed with spaces inside, as JHEP's HTML prints it ("123 [ arXiv:2001.01234 ] [ INSPIRE ]"):
# the bracket as print sets it, so the number reads as "[arXiv:2001.01234]" does.
_SPACED_EPRINT = re.compile(r"\[ (arXiv:[^\s\[\]]+) \]")


# Google Scholar's Vancouver form glues the "In" before a chapter's book or a paper's proceedings to it, "Title.
# InUrban futures in Southern Africa 2019 (pp. 45-68).", "InICASSP 2019-2019 IEEE International Conference ... 2019
# May 12 (pp. 2257-2261).", "InProceedings of the ...": the book's sentence running on to its "(pp." (or the
# proceedings' word) tells it from a title or publisher so named ("InSAR monitoring of ...", "InTech")
_GLUED_IN = re.compile(r"\. In(?=(?:[A-Z][a-z]{2,}|[A-Z]{2,})[^.]*? \(pp\. |Proceedings\b)")


def _normalise(text: str) -> str:
    text = text if isinstance(text, str) else str(text)
    if _CONTROL.search(text):  # CONTROL_IN_WORD's characters are among _CONTROL's: one cheap scan for both
        text = _CONTROL.sub(" ", CONTROL_IN_WORD.sub("", text))
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _SUPERSCRIPT_LETTER.search(text):
        text = text.translate(_SUPERSCRIPT_LETTERS)
    if "巻 " in text or "号 " in text or "ページ" in text:
        text = _JAPANESE_LABEL.sub(lambda m: _JAPANESE_LABELS[m.group()], text)
    if ", C. " in text:
        text = _TURKISH_VOLUME_ISSUE.sub(r"vol. \1, no. ", text)
    if "»" in text and "«" in text:
        text = _INWARD_GUILLEMETS.sub(r"“\1”", text)
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
    text = " ".join(text.split())
    if "[ arXiv:" in text:
        text = _SPACED_EPRINT.sub(r"[\1]", text)
    if text.startswith("["):
        text = _GLUED_LIST_NUMBER.sub(r"\1 ", text)
    # an entry pasted with the link labels its page prints after it (Wiley's "Wiley Online Library Web of Science®
    # Google Scholar") is read without them, as the page reader reads it; custom.source keeps the text as given
    text = without_link_labels(text)
    if "*" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\1", text)
    if "Citation" in text:
        # a Taylor & Francis note pasted from its page, "Pomfret (Citation2019, p. 45)": the linked year, as the page
        # reader reads it
        text = _CITATION_YEAR.sub("", text)
    if ". " in text and ("://" in text or "www." in text):
        text = _BROKEN_HOST.sub(r"\1", text)
    if "org/ 10." in text:
        text = _BROKEN_RESOLVER.sub(r"\1", text)
    if "10." in text:
        text = _BROKEN_DOI.sub(r"\1", text)
        if CYRILLIC.search(text):
            text = _DOI_WITH_LOOKALIKES.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), text)
    if "- " in text:
        text = _BROKEN_WORD.sub(lambda m: _rejoin(text, m.start()), text)
    if " .," in text:
        text = _INITIAL_STOP_SPACED.sub(r"\1., ", text)
    if _GLUE_CUE.search(text):
        text = " ".join(_unglue(word) for word in text.split(" "))
        text = _GLUED_LAST_INITIAL.sub(" ", text)
    if "(" in text:
        text = _GLUED_AUTHOR_DATE.sub(" ", text)
    if ". In" in text and (" (pp. " in text or ". InProceedings" in text):
        text = _GLUED_IN.sub(". In ", text)
    if ",1" in text or ",2" in text:
        text = _GLUED_PAGES_YEAR.sub(r"\1 ", text)
    if " ." in text:
        text = _NUMBER_WORD_STOP.sub(r"\1. ", _STOP_ON_YEAR.sub(". ", text))
    if " ," in text:
        text = _VOLUME_GLUED_TO_NAME.sub(r"\1 \2", text)
    if " ," in text:
        text = _COMMA_ON_NUMBER.sub(r"\1, ", text)
    if "(" in text:
        text = _VOLUME_GLUED_TO_PAGE.sub(r"\1, ", text)
    if ")" in text:
        text = _NUMBER_GLUED_TO_YEAR.sub(r"\1 ", _VOLUME_GLUED_TO_YEAR.sub(" ", text) if "( " in text else text)
    if "http" in text or "www." in text:
        text = _GLUED_LINK.sub(lambda m: "" if "/" in text[text.rfind(" ", 0, m.start()) + 1:m.start()] else " ", text)
    if ":" in text and _COLON_BEFORE_CAPITAL.search(text):
        text = _GLUED_IMPRINT.sub(lambda m: f"{m.group(1)}: " if _place_part(m.group(1)) else m.group(), text)
    if '"' in text:
        text = _typeset_quotes(text)
    if "hdl:" in text:
        text = _HANDLE.sub(r"https://hdl.handle.net/\1", text)
    return text


# A Handle System identifier as Wikipedia's citation templates print it, "hdl:10023/1234": read as the link it
# resolves at (it had run into the publisher before it, "University of St Andrews. hdl:10023/1234")
_HANDLE = re.compile(r"(?<!\S)hdl:\s?(\d+(?:\.\d+)*/[^\s,;]*[^\s,;.])")


# A list's number glued to the entry it numbers, as a DOI formatter's IEEE and Vancouver text copies it (citeproc-js
# sets the number in a block of its own: "[1]L. Ferreira, S. Adeyemi, and H. Kwon, ..."): the number stands apart.
_GLUED_LIST_NUMBER = re.compile(r"^(\[\d{1,3}\])(?=[^\s\d\]])")


# IEEE Xplore's imprint with no space after its colon: "Hoboken, NJ, USA:Wiley", "Melbourne, VIC, Australia:OTexts"
# (the place's last part a country, state or city the list knows; "USA:Wiley" had been the publisher)
_GLUED_IMPRINT = re.compile(r"(?<=, )([A-Z][\w.]*(?: [A-Z][\w.]*)?):(?=[A-Z])")
_COLON_BEFORE_CAPITAL = re.compile(r":[A-Z]")  # what every _GLUED_IMPRINT match holds: a search skips to colons


_YEAR_ALONE = re.compile(r"^(?:1[5-9]|20)\d\d$")


def _typeset_quotes(text: str) -> str:
    """A typewriter's quotes as the typeset ones the rules and the tagger know ('"Title," Lab., Tech. Rep.'), when
    each pair plainly opens and closes; an odd or glued one ('Corish ( 2012)." Names ... . "Pure') is left alone."""
    marks = [m.lastindex for m in _TYPEWRITER_QUOTE.finditer(text)]  # 1 opens, 2 closes, None neither
    if len(marks) == 2 and marks != [1, 2]:
        return _drifted_quotes(text)
    if len(marks) % 2 or any(mark != 1 + i % 2 for i, mark in enumerate(marks)):
        return text
    quotes = iter("“”" * (len(marks) // 2))
    return _TYPEWRITER_QUOTE.sub(lambda m: next(quotes), text)


# '"' as it opens (after a space or a bracket, before a word) or closes (after a word, before a space or a stop)
_TYPEWRITER_QUOTE = re.compile(r'(?:(?:^|(?<=[\s(\[]))"(?=\S)()|(?<=\S)"(?=$|[\s,.;:)\]])()|")')


def _drifted_quotes(text: str) -> str:
    """One pair of typewriter quotes a PDF copy moved off the title's words, each onto the comma before it: the
    opening one glued to the names' comma ('T. L. Hughes," Quantized ...', 'M .J.A.de Dood ," Position-...'), the
    closing one onto the next word or apart from the title's comma ('insulators ,"Sci -ence', 'structures
    ,"Phys. Rev. B', 'accelerator, "inAdvanced'). The second quote, right after a comma, closes the title; the
    first, after a comma or a space and before a space or a word, opens it: the pair is set as the typeset
    '“Title,”' the rules know. Anything else is left alone."""
    m = _DRIFTED_QUOTE_PAIR.search(text)
    if not m:
        return text
    return f"{text[:m.start()]} “{m.group(1)},” {text[m.end():]}"


# ' ," Title ,"Next', ' "Title ,"Next', '," Title, "Next': the title between the quotes, without the spaces and
# the comma the copy moved
_DRIFTED_QUOTE_PAIR = re.compile(r'(?<=[,\s])\s*"\s*([^\s"][^"]*?[^\s",])\s*,\s?"\s*(?=\w)')


_HYPHENATED_NAME = re.compile(r"[A-ZА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+)+,")
# A chapter's "In:" in other languages: Spanish "En:", Portuguese "Em:", Polish "W:"/"[w:]", Czech "V:".
_IN_MARKS = frozenset({"in:", "[in:]", "en:", "em:", "w:", "[w:]", "v:"})
# ... and as APA writes it, with or without the colon: Scandinavian "I", German "In", French "Dans", Indonesian and
# Malay "Dalam" ("Dalam S. Wibowo (Ed.), Tata kelola ... (hlm. 55–78).").
_IN_WORDS = frozenset({"In", "I", "En", "Em", "W", "V", "Dans", "Im", "Dalam"})
# Vancouver's supplement, "54(Suppl. 63):PA2775": the word closing its bracket, and a page that may open with letters.
_SUPPLEMENT_CLOSE = re.compile(r"\d+\):?")
# ... and the issue's supplement, "51(1 Suppl):612": the issue opening the bracket, the word closing it.
_ISSUE_OPEN = re.compile(r"\(\d{1,3}")
_SUPPLEMENT_WORD_CLOSE = re.compile(r"[Ss]uppl\.?\):?")
_LETTERED_PAGE = re.compile(r"[A-Z]{0,3}\d+(?:[–-][A-Z]{0,3}\d+)?[.,;]?")
_VOLUME_BEFORE_PAGES = re.compile(r"\d+:")  # Vancouver's volume with no issue before its pages: "139:104432"
# A volume mark inside a multi-volume work's title and the numeral before its colon: "T. V:", "Т. 2:".
_VOLUME_MARKS = frozenset({"T.", "Т.", "Vol.", "Tom", "Том"})
_VOLUME_NUMERAL = re.compile(r"(?:[IVX]{1,4}|\d{1,2}):")
_VOLUME_IN_TITLE = re.compile(r"[IVX]{1,4}|\d{1,2}")  # "T. 2 [History of Siberia. Vol. 2]"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_VOLUME_NUMBER_CLOSING = re.compile(r"(?:[IVX]{1,4}|\d{1,3})(?:[–-](?:[IVX]{1,4}|\d{1,3}))?\.")  # "2.", "1–2.", "III."
# Dutch "(blz. 45-68)" or "(bl. 57-80)", Indonesian and Malay "(hlm. 55–78)", "(hal. 12–30)"
_PAGES_IN_BRACKETS = re.compile(r"^\((?:pp?|s|S|с|стр|blz?|o|hlm|hal)\.$")


def _only_months(word: str) -> bool:
    parts = [p for p in re.split(r"[./–-]+", word.strip(",;")) if p]
    return bool(parts) and all(p.lower() in MONTHS for p in parts)


def _rejoin(text: str, at: int) -> str:
    """A word broken at a line end loses its hyphen; an address keeps it ("climate- change" in a link
    is "climate-change"), as entries.join_lines does for lines."""
    return "-" if "/" in text[text.rfind(" ", 0, at) + 1:at] else ""


def _unglue(word: str) -> str:
    """A space where a PDF copy lost it; addresses and DOIs stay whole."""
    if "/" in word or "@" in word or word.lower().startswith(("www.", "doi:", "http")):
        return word
    head, comma, tail = word.partition(",")
    if comma and head[-2:].isalpha() and head[-1:].islower() and _is_city(tail):
        return f"{head}, {tail}"  # "an anonymous expert,Moscow, 13 August 2012": a place after the comma
    return _GLUED_STOP.sub(" ", word) if _GLUE_CUE.search(word) else word  # the cue: what every match holds


# A running number in brackets after an issue's or paper's own ("No. 4 (145),"); a year there dates the issue
# (Chicago's "no. 6 (2008)").
_RUNNING_NUMBER = re.compile(r"\((?!(?:1[5-9]|20)\d\d\))\d+\)[,.;]?")


# What the tagger may call the words of a thesis's school after its degree ("université Lumière Lyon 2").
# The faculty a German doctorate is of, abbreviated after "Diss.": Dr. phil., Dr. rer. pol., Dr. rer. nat., Dr. jur.
_DOCTORATE_FACULTIES = frozenset(("phil.", "jur.", "iur.", "med.", "theol.", "oec.", "paed.", "rer.", "nat.", "pol.",
                                  "soc.", "techn."))
_SCHOOL_LABELS = frozenset(("title", "location", "container", "note", "publisher"))


_JURISDICTION_HEADING = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}\.")  # ABNT's "BRASIL." heading its bodies

# A given name's word as written after the family name's comma: "Marcel", "Hans-Peter".
_GIVEN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _journal_name_whole(words: list[str], labels: list[str]) -> None:
    """Angewandte's "F. Albrecht, Angew. Chem. Int. Ed. 2019, 58": the journal's abbreviated words the tagger read as
    the last author ("Angew.", a word cut short after a name's comma, before another) or as an editor ("Ed." between
    the journal and its year, no name near) are the journal's, as is a place run into its name before the volume."""
    for i in range(1, len(words) - 1):
        if labels[i] == "author" and labels[i - 1] == "author" and labels[i + 1] == "container" \
                and words[i - 1].endswith(",") and _ABBREVIATED_TITLE_WORD.fullmatch(words[i]) \
                and any(_ABBREVIATED.match(words[k]) for k in range(i + 1, _run_end(labels, i + 1, "container") + 1)) \
                and _INITIAL_TOKEN.match(words[i - 2] if i > 1 else ""):
            # a later word of the journal cut short too ("Angew. Chem.", "Lect. Notes Phys."), not "Hesse, Hermann.
            # Der"; after a name written initials first ("F. Albrecht,"), not a family name's comma before its given
            # name ("Kotkin, Stephen. Stalin.")
            labels[i] = "container"
        elif labels[i] == "editor" and words[i] == "Ed." and labels[i - 1] == "container" \
                and labels[i + 1] == "date" and _BARE_YEAR.match(words[i + 1]):
            labels[i] = "container"
        elif labels[i] == "location" and labels[i - 1] == "container" and (labels[i + 1] == "volume" and (
                words[i - 1][-1:].isalpha() and words[i][-1:].isalpha() or words[i] in ("USA", "U.S.A."))
                or labels[i + 1] == "date" and words[i] in ("USA", "U.S.A.")):
            # PNAS's "Proc Natl Acad Sci USA 117:12345", Nature's "Proc. Natl Acad. Sci. USA 118, e2016239118", ACS's
            # "Proc. Natl. Acad. Sci. USA 1999, 96, 9997": the country run into the name
            labels[i] = "container"


_ABBREVIATED_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}\.")  # "Angew.", "Chem.": no initial ("J.") nor family name


# The kinds of label in the last label list asked about, with a copy of that list. Most rules first ask whether a label
# occurs at all; a list scan that misses compares every label with the one asked for (some 20 comparisons), while an
# unchanged list equals its copy item by item at an identity test, so the kinds are gathered again only after a rule
# changed a label (or another reference is asked about). Kept for the labels a reference may well lack: a scan for
# "title", "date" or "author" mostly stops at one of the first words.
_KINDS_SEEN = ([], frozenset())


def _has(labels: list, label: str) -> bool:
    """``label in labels``, answered from the set of the list's labels while the list is unchanged."""
    global _KINDS_SEEN
    seen, kinds = _KINDS_SEEN
    if labels != seen:
        seen = labels[:]
        kinds = frozenset(seen)
        _KINDS_SEEN = seen, kinds
    return label in kinds


# The adjacent pairs of labels in the last label list asked about, with a copy of that list, kept as _KINDS_SEEN is.
_PAIRS_SEEN = ([], frozenset())


def _has_pair(labels: list, before: str, after: str) -> bool:
    """Whether a ``before`` label stands right before an ``after`` one. A loop whose every act needs that pair at the
    token it reads (``labels[i - 1] == "title" and labels[i] == "date"``) skips a reference without it: no act can
    run to make the pair, so none is missed, and the loop's walk over every token is saved."""
    global _PAIRS_SEEN
    seen, pairs = _PAIRS_SEEN
    if labels != seen:
        seen = labels[:]
        pairs = frozenset(zip(seen, seen[1:]))
        _PAIRS_SEEN = seen, pairs
    return (before, after) in pairs


def _tag_alone(tagger, words: list[str]) -> tuple[list[str], list[float]]:
    """The tagger's labels for words read on their own (a reference's part after what the rules read), and their
    marginal probabilities."""
    tagger.set(sequence_features(words))
    labels = tagger.tag()
    return labels, [tagger.marginal(label, i) for i, label in enumerate(labels)]


def _date_before_access(words: list[str], labels: list[str], cue: int) -> None:
    """"Order No. 45, 14 March 2022, accessed 3 May 2022.": the date in its own comma part before the access date is
    the item's date, though the tagger ran it into the access date (the year lost, '14' read as a volume); only when
    the tagger gave that part the access label and the part is a date whole."""
    end = cue - 1
    if end < 0 or not words[end].endswith(","):
        return
    start = end
    while start > 0 and end - start < 3 and not words[start - 1].endswith((",", ".", ";", ":")):
        start -= 1
    if "accessed" in labels[start:end + 1] and "date-parts" in parse_date(" ".join(words[start:end + 1]).rstrip(",")):
        labels[start:end + 1] = ["date"] * (end + 1 - start)


def _labels(text: str, spans, tagger):
    if not spans:
        return [], []
    words = [text[a:b] for a, b in spans]
    # A leading citation number is read by its form alone: "2." and "[2]" carry weights learned
    # from editions and volumes ("2. Aufl.") that turned a notes-style "2. Timothy Snyder, ..."
    # into title.
    lead = _LEAD_NUMBER.match(words[0]) if len(words) > 2 else None
    seen = [_DIGITS.sub("999", words[0])] + words[1:] if lead else words
    # APA's "(in press)." stands where the year does; the tagger, which has hardly seen it, reads it (and all after
    # it) as a note, so it is shown the words of "(n.d.).", which it knows in that place.
    in_press = [i for i in range(1, len(words) - 1) if words[i] == "(in" and _IN_PRESS_CLOSE.fullmatch(words[i + 1])] \
        if "(in press" in text else []
    in_press = [j for i in in_press for j in (i, i + 1)]
    # Other locales' marks for no date in the year's place, "(o. J.).", "(s.d.).", "(s.f.)", "[б. г.]", are shown to
    # the tagger as "(n.d.)." too: it read "(o. J.)" as a second author's family name and initial.
    no_date = _FOREIGN_NO_DATE.search(text) if ".)" in text or ".]" in text or "date)" in text \
        or "fecha)" in text else None
    if no_date:
        in_press += [i for i, (a, _) in enumerate(spans) if no_date.start() <= a < no_date.end()]
    if in_press:
        seen = list(seen)
        for i in in_press:
            seen[i] = "(n.d.)."
    # MLA's closing format of a book read on a device ("Random House, 2020. Kindle."): the tagger, which has not seen it
    # there, reads the work before it alone, and the format is the medium
    device = len(seen) > 3 and seen[-1][:1] in "KkEeANB" and rules.EBOOK_FORMAT.search(text)
    device = len(device.group().split()) if device else 0  # its words: "Kindle.", "PDF e-book."
    features = sequence_features(seen[:-device] if device else seen)
    tagger.set(features)
    labels = tagger.tag() + ["medium"] * device
    for i in in_press:
        labels[i] = "date"
    probs = [tagger.marginal(lab, i) for i, lab in enumerate(labels[:-device] if device else labels)] + [0.9] * device
    retagged = bool(lead) and labels.count("note") == len(labels)
    if retagged:
        # "3. Virgil, The Aeneid, trans. ...": read whole as a note's prose; the work after its number is read alone
        tail, tail_probs = _tag_alone(tagger, words[1:])
        labels, probs = ["citation-number"] + tail, [0.99] + tail_probs
    head = _BODY_BEFORE_DATE.match(text) if labels[0] == "note" and labels.count("note") * 2 >= len(labels) else None
    if head:
        # "Merriam-Webster. (n.d.). Culture. In Merriam-Webster.com dictionary. ...": a body and its bracketed date
        # read as a note's prose; the work after them is read alone
        close = len(head.group(0).split())
        first = next(k for k in range(close) if words[k][:1] == "(")
        tail, tail_probs = _tag_alone(tagger, words[close:])
        labels, probs = ["author"] * first + ["date"] * (close - first) + tail, [0.9] * close + tail_probs
    if retagged or head:
        tagger.set(features)  # the rules' second choices are the whole's
    _constrain(words, labels, probs, tagger, text)
    # Rules claim unambiguous spans; a token belongs to a match if it starts inside it.
    lower = text.lower()
    starts = None
    editions = []  # tokens of the edition statements the rules found
    access_cues = []  # the first token of each access date the rules found
    for label, pattern, _ in rules.cued_overrides(lower):  # the rules one of whose cues occurs
        if starts is None:
            starts = [a for a, _ in spans]
        for m in pattern.finditer(text):
            s, e = m.span()
            if label == "accessed":
                access_cues.append(bisect_left(starts, s))
            # Tokens starting inside the match; a URL, DOI or standard ("(ISO 9001:2015)") also
            # claims the token it starts in.
            if label in ("url", "doi") or pattern is rules.STANDARD or pattern is rules.NUMBER:
                i = bisect_right(starts, s) - 1
                if i < 0 or spans[i][1] <= s:
                    i += 1
            else:
                i = bisect_left(starts, s)
            while i < len(spans) and starts[i] < e:
                if not (label == "lead" and labels[i] in ("url", "doi", "accessed")):
                    labels[i] = label
                    probs[i] = 0.99
                    if label == "edition":
                        editions.append(i)
                i += 1
    if editions:
        _trim_editions(words, labels, set(editions))
    for cue in access_cues:
        _date_before_access(words, labels, cue)
    # Ukrainian journals' References "Title [Translation]. Kyiv: Instytut ekonomiky ta prohnozuvannia NAN Ukrainy [in
    # Ukrainian].": a known town and its colon opening the last sentence, before the language mark, are the place and
    # the publisher, whatever the tagger made of the words (a long body's name had been a note or more title).
    last = len(words) - 1
    while last > 0 and labels[last] == "language":
        last -= 1
    c = next((c for c in range(last - 1, 1, -1) if words[c].endswith(":")), 0) if last < len(words) - 1 else 0
    if c and words[c - 1].endswith(("].", ").")) and _is_city(words[c][:-1]) and not words[last].endswith(".") \
            and all(label in ("title", "note", "publisher", "location") for label in labels[c:last + 1]):
        labels[c:last + 1] = ["location"] + ["publisher"] * (last - c)
    # APA "Türkiye İstatistik Kurumu. (2022). İşgücü istatistikleri, 2021. Erişim adresi: URL": with no title read, the
    # sentence between the names' bracketed date and the link is the title, though the tagger read it as a note.
    d = labels.index("date") if "title" not in labels and "note" in labels and "url" in labels and "date" in labels else 0
    if d and set(labels[:d]) == {"author"} and words[d][:1] == "(" and words[d].endswith(").") \
            and d + 1 < len(words) and labels[d + 1] == "note":
        e = _run_end(labels, d + 1, "note")
        if words[e].endswith(".") and e + 1 < len(words) and labels[e + 1] in ("lead", "url"):
            labels[d + 1:e + 1] = ["title"] * (e - d)
    # Wiley's imprint, the publisher before its place: "Cambridge University Press: Cambridge", "Wiley-Blackwell:
    # Chichester": a known city after the colon of what the tagger read as one publisher, with none before it, is the place.
    for a in (range(len(words)) if ":" in text and "publisher" in labels else ()):
        if labels[a] == "publisher":
            e = _run_end(labels, a, "publisher")
            c = next((k for k in range(a, e) if words[k].endswith(":")), None)
            if c is not None and e - c <= 3 and ":" not in " ".join(words[c + 1:e + 1]):
                place, before = " ".join(words[c + 1:e + 1]).rstrip(".,;"), " ".join(words[a:c + 1])
                if (is_place(place) or _is_city(place)) and not (is_place(before) or _is_city(before)):
                    labels[c + 1:e + 1] = ["location"] * (e - c)
            break
    # German styles' "URL: https://... (09.01.2020).": a day's date in brackets right after the link is the access
    # date (a work's own date is never printed after its link), whatever the tagger made of it.
    for i in (range(1, len(words)) if "url" in labels and "accessed" not in labels and "(" in text else ()):
        if words[i][:1] == "(" and labels[i - 1] == "url" and "://" in words[i - 1] and _NUMERIC_DATE.match(words[i]):
            labels[i] = "accessed"
            break
    if "note" in labels and "url" in labels and "”" in text:
        _site_before_link(words, labels)
    # MLA's anthology "..., edited by X. J. Kennedy and Dana Gioia, 13th ed., Pearson, 2016, pp. 120–23.": the comma
    # part between the edition (or MLA's "edited by" names) and the year is the publisher (MLA names no place), though
    # the tagger read it as a place; a known town stays the place, and so does one after notes' "ed. Name," ("ed.
    # Herman Pleij, Joris Reynaert et al., Gent, 2004").
    for a in (range(2, len(words) - 1) if "location" in labels and "publisher" not in labels else ()):
        if labels[a] == "location" and words[a - 1].endswith(",") and (labels[a - 1] == "edition" or labels[
                a - 1] in _ROLE_LABELS and words[_run_start(labels, a - 1, labels[a - 1]) + 1] == "by"):
            e = _run_end(labels, a, "location")
            place = " ".join(words[a:e + 1]).rstrip(",")
            if e + 1 < len(words) and labels[e + 1] == "date" and words[e].endswith(",") and ":" not in place \
                    and not (is_place(place) or _is_city(place)):
                labels[a:e + 1] = ["publisher"] * (e + 1 - a)
            break
    # Harvard's "Title, 71st ed. BP p.l.c., London.": after the edition's stop the imprint is the publisher and, after
    # its comma, the closing place; the tagger ran the publisher into the title or the place.
    n = len(words)
    e = _run_end(labels, editions[0], "edition") if editions and n > 4 and labels[n - 1] == "location" else 0
    c = next((k for k in range(e + 1, min(e + 6, n - 1)) if words[k].endswith(",")), 0) if e else 0
    if c and words[e].endswith(".") and words[n - 1].endswith(".") and labels[c + 1:] == ["location"] * (n - c - 1) \
            and words[e + 1][:1].isupper() and all(labels[k] in ("title", "location") for k in range(e + 1, c + 1)):
        labels[e + 1:c + 1] = ["publisher"] * (c - e)
    # German "Title. Nürnberg. Online verfügbar unter https://...", "Title. Geneva. Available at: ...": a known town
    # standing as the sentence after the title, right before the link, is the place, not the title's last sentence.
    for k in (range(2, len(words) - 1) if "url" in labels else ()):
        if labels[k] in ("title", "container") and labels[k - 1] == "title" and labels[k + 1] in ("lead", "url") \
                and words[k].endswith(".") and words[k - 1].endswith(".") and not _INITIAL_TOKEN.match(words[k - 1]) \
                and _is_city(words[k]):
            labels[k] = "location"
            break
    if "container" in labels:
        _journal_name_whole(words, labels)
    # A paper's number with its running number in brackets, "Policy Paper No. 4 (145), January 2016": the bracket is
    # the number's, as it is an issue's ("no. 2 (35)"), not the date or a volume after it.
    for i in (range(2, len(words)) if "(" in text else ()):
        if labels[i - 1] in ("number", "issue") and words[i - 2].lower() in ("no.", "no", "nr.", "№") \
                and words[i - 1].isdigit() and _RUNNING_NUMBER.fullmatch(words[i]):
            labels[i] = labels[i - 1]
    # Vancouver "Nursing Times [Internet]. 2021 Apr 6 [cited 2022 Feb 1];117(5):22-5.": the number glued to the issue's
    # bracket after the access date is the volume, and the date words right before "[cited" the issue's date; with no
    # issue ("[cited 2024 Jan 8];139:104432.") the number before the colon is the volume and what follows the pages.
    for j in (range(2, len(words) - 2) if "[cited" in lower else ()):
        if labels[j] != "accessed" or not words[j].endswith("];"):
            continue
        if words[j + 1].isdigit() and _ISSUE_BRACKET.fullmatch(words[j + 2]):
            labels[j + 1] = labels[j + 2] = "volume"
        elif _VOLUME_BEFORE_PAGES.fullmatch(words[j + 1]) and _LETTERED_PAGE.fullmatch(words[j + 2]):
            labels[j + 1], labels[j + 2] = "volume", "pages"
        else:
            continue
        k = _run_start(labels, j, "accessed") - 1
        while k > 0 and labels[k] in ("note", "date") and _DATE_TOKEN.match(words[k]):
            labels[k] = "date"
            k -= 1
    # "Очерки истории края. Казань, 2010. 200 с.", "– Нижний Новгород, 2010.": a known city as a sentence of its own
    # before the year is the place, though the tagger ran it into the title or the names (the abbreviated ones,
    # "М., 2010", rules.CITY claims); right after the heading's initials it opens the title ("Шлёгель К. Москва, 1937.")
    # There, with the imprint's own year still to come ("Шлёгель К. Москва, 1937. М.: РОССПЭН, 2010.", "Ломагин Н. А.
    # Ленинград, 1941–1944: неизвестная блокада. СПб.: ..."), the city and its year are the title's words, not a name.
    for i in (range(1, len(words) - 1) if _COMMA_THEN_YEAR.search(text) else ()):
        if words[i][-1] != "," or not (_BARE_YEAR.match(words[i + 1]) or _YEAR_SPAN_WORD.fullmatch(words[i + 1])):
            continue
        for k in (i, i - 1):  # the city's one or two words, the last one's comma before the year
            if k > 0 and words[k][:1].isupper() and labels[k] != "location" and is_place(" ".join(words[k:i + 1])):
                if words[k - 1].endswith((".", "–", "—")) and not _INITIAL_TOKEN.match(words[k - 1]) \
                        and _BARE_YEAR.match(words[i + 1]):
                    labels[k:i + 1] = ["location"] * (i + 1 - k)
                    break
                if _INITIAL_TOKEN.match(words[k - 1]) and labels[k - 1] == "author" \
                        and any(_BARE_YEAR.match(w) for w in words[i + 2:]):
                    labels[k:i + 2] = ["title"] * (i + 2 - k)
                    break
    # GOST's heading of an office, its holder and years in brackets ("Российская Федерация. Президент (2000–2008 ;
    # В. В. Путин). Послание ..."): all of it to the bracket's close is the author, however the tagger cut it
    holder = _OFFICE_HOLDER_HEADING.match(text) if "; " in text and "А" <= text[:1] <= "Я" else None
    if holder:
        k = bisect_left([a for a, _ in spans], holder.end())
        labels[:k] = ["author"] * k
    # "Шевченко Т. Г. Кобзар. 3-тє вид. Київ : ...": a one-word title after the heading's initials, which the
    # tagger ran into the names, is the title where it found none before the imprint ("Очерки. М. : Тип. Суворина",
    # the tagger's title "Тип." being the printing house's).
    imprint = next((k for k, label in enumerate(labels) if label in ("location", "date", "publisher")), len(labels)) \
        if labels and labels[0] == "author" and not text.isascii() and CYRILLIC.search(text) else 0
    if imprint and "title" not in labels[:imprint] and not _INITIAL_TOKEN.match(words[0]):
        j = _run_end(labels, 0, "author")
        dash = words[j] in ("–", "—") and j + 1 < len(words)  # GOST's dash before the imprint ("Очерки. – Л., 1915.")
        if dash:
            j -= 1
        if 2 <= j < len(words) - 1 and words[j].endswith(".") and len(words[j]) > 3 \
                and not _INITIAL_TOKEN.match(words[j]) and _INITIAL_TOKEN.match(words[j - 1]):
            labels[j] = "title"
            if dash:
                labels[j + 1] = labels[j + 2]
    # A multi-volume work's title names its volume ("... mirovoi geopolitike. T. V: Tsentral'naya Aziya v XXI
    # stoletii", "Т. 2: ..."): after the volume mark the numeral's colon is no chapter's Czech "V:" ("In:").
    for i in (range(1, len(words) - 2) if ":" in text and _has_pair(labels, "title", "container") else ()):
        if words[i] in _VOLUME_MARKS and labels[i] == "title" and labels[i + 1] == "container" \
                and _VOLUME_NUMERAL.fullmatch(words[i + 1]):
            j = _run_end(labels, i + 1, "container")
            labels[i + 1:j + 1] = ["title"] * (j - i)
    # Vancouver's supplement after the volume ("(2019) 54(Suppl. 63):PA2775", "2019;54(Suppl 63):PA2775") is the
    # issue, and what follows its colon the pages, however the tagger read the bracket.
    for i in (range(1, len(words) - 1) if "(Suppl" in text or "(suppl" in text or "uppl)" in text else ()):  # AMA: "(suppl 1)"
        if labels[i - 1] == "volume" and (_SUPPLEMENT_CLOSE.fullmatch(words[i + 1])
                                          and words[i].startswith(("(Suppl", "(suppl"))
                                          or _SUPPLEMENT_WORD_CLOSE.fullmatch(words[i + 1])
                                          and _ISSUE_OPEN.fullmatch(words[i])):
            labels[i] = labels[i + 1] = "volume"
            if i + 2 < len(words) and words[i + 1].endswith(":") and _LETTERED_PAGE.fullmatch(words[i + 2]):
                labels[i + 2] = "pages"
    # Polish "Title, [w:] Book title, red. J. Wilkin, I. Nurzyńska, Wydawnictwo Naukowe Scholar, Warszawa
    # 2014": after the chapter's "In" the title the tagger ran on is the book's; the editors' last
    # part, when it names a publishing house, is the publisher. The bracketed "[w:]" is a mark with no stop before it
    # too (studia-bas: "Title [w:] Book, J. Kowalski (red.), ...").
    for i in (range(1, len(words) - 1) if ":" in text else ()):
        if words[i].lower() not in _IN_MARKS or not words[i - 1].endswith((",", ".")) and words[i][0] != "[" \
                or labels[i] not in ("title", "container", "editor") or words[i - 1] in _VOLUME_MARKS:
            continue
        if labels[i] == labels[i - 1] == "container" and words[i - 1].endswith(","):
            # German notes "Gefühle in der Geschichte. Neue Perspektiven der Forschung, in: Historische Zeitschrift":
            # a container the tagger began at the title's second sentence starts at the "in:", the words before
            # it are the title's
            s = _run_start(labels, i - 1, "container")
            if s > 0 and labels[s - 1] == "title":
                labels[s:i] = ["title"] * (i - s)
        r = i + 1
        while r < min(len(words), i + 30) and labels[r] in ("title", "container", "editor") and words[r] != "red.":
            r += 1
        if r < len(words) and words[r] == "red.":  # the book's title runs to the editors' "red."
            labels[i:r + 1] = ["container"] * (r - i) + ["editor"]
        elif labels[i + 1] == "editor" and labels[i - 1] == "title":
            # "Title, [w:] M. Janowski (red.), Ludzie i idee. Szkice ..., Instytut ...": the words after the editors'
            # bracketed role, up to the next comma, are the book's title, whether the tagger read them as a title
            # or as the publisher
            e = _run_end(labels, i + 1, "editor")
            c = next((k for k in range(e + 1, min(len(words), e + 25)) if words[k].endswith(",")), None)
            if words[e].endswith("),") and c is not None \
                    and all(label in ("title", "publisher", "container") for label in labels[e + 1:c + 1]):
                labels[i] = "container"
                labels[e + 1:c + 1] = ["container"] * (c - e)
        elif labels[i] == labels[i - 1] == "title":
            j = _run_end(labels, i, "title")
            labels[i:j + 1] = ["container"] * (j + 1 - i)
    # ABNT's chapter in a book its author edited, "In: ______ (org.). Book.": the rule standing for the author's name
    # and the role after it are the editors (_fill gives them the author's name).
    for i in (range(1, len(words) - 1) if "___" in text else ()):
        if _SAME_NAME_RULE.fullmatch(words[i]) and words[i - 1].lower() in _IN_MARKS \
                and _ROLE_IN_BRACKETS.match(words[i + 1]):
            labels[i] = labels[i + 1] = "editor"
    # Nordic and Fennic styles (oikos, linguistica-uralica) open the journal with a dash after the title's stop:
    # "Title. – Harvard Journal of Asiatic Studies 46 (1), 11–50.", "Title. – Publius 36 (4), 503–522.": the words from
    # the dash to the numbers are the journal's, those back to the names or year the title's, however the tagger ran
    # the one into the other. GOST's dash opens a place, date or pages, which no title or journal label runs to; a
    # book's publisher after the dash ("Title. - Allyn and Bacon.") has no numbers after it.
    for i in (range(2, len(words) - 1) if " – " in text or " - " in text else ()):
        if words[i] not in ("–", "-") or not words[i - 1].endswith((".", "?", "!")) or not words[i + 1][:1].isupper() \
                or labels[i - 1] not in _TITLE_OR_CONTAINER or labels[i + 1] not in _TITLE_OR_CONTAINER:
            continue
        s = _run_start(labels, i - 1, labels[i - 1])  # one run: not a quoted title's and its journal's
        j = i + 1
        while j < len(words) and labels[j] in _TITLE_OR_CONTAINER:
            j += 1
        if j < len(words) and labels[j] in _JOURNAL_NUMBERS and s and labels[s - 1] in ("author", "date"):
            labels[s:i + 1] = ["title"] * (i + 1 - s)
            labels[i + 1:j] = ["container"] * (j - i - 1)
        break
    # French "thèse de doctorat en histoire contemporaine,", Portuguese "tese de doutorado em história,": the discipline
    # after the degree, up to its comma, is part of the genre (the tagger ran it into the title).
    for g in (range(1, len(words) - 2) if _has(labels, "genre") else ()):
        if labels[g] != "genre" or labels[g + 1] == "genre" or words[g + 1] not in ("en", "em", "in") \
                or words[g].endswith((",", ".")):
            continue
        e = next((k for k in range(g + 2, min(g + 6, len(words))) if words[k].endswith((",", "."))), None)
        if e is not None and words[e].endswith(",") and all(w.isalpha() for w in words[g + 2:e]):
            labels[g + 1:e + 1] = ["genre"] * (e - g)
    # A thesis's university after its degree ("Diss. Ruhr-Universität Bochum.", "tesi di dottorato, Università degli
    # Studi di Torino."): the words to the next comma or full stop, opening with a university's name, are its
    # publisher, not the place, the title or a note; so is a faculty named after the comma (Czech "Disertační práce.
    # Masarykova univerzita, Filozofická fakulta.").
    # German "Diss." opening a sentence (or, in notes, after the title's comma) is that degree where the tagger read it
    # and the school as a place or a journal ("Diss. Univ. Erlangen-Nürnberg 2011.", "Diss. Technische Hochschule
    # Aachen.", "Title, Diss. Universität Leipzig 2015.").
    # The faculty's abbreviation after it is the degree's ("Diss. phil. Humboldt-Universität zu Berlin 2018.",
    # "Diss. rer. pol. Univ. Mannheim"): the school starts after it.
    for g in (range(1, len(words) - 2) if "Diss." in words else ()):
        if words[g] == "Diss." and words[g + 1] in _DOCTORATE_FACULTIES:
            q = g + 1
            while q < len(words) - 1 and words[q] in _DOCTORATE_FACULTIES:
                q += 1
            labels[g:q] = ["genre"] * (q - g)
    for g in (range(1, len(words) - 1) if _has(labels, "genre") or "Diss." in words else ()):
        degree = labels[g] == "genre" or words[g] == "Diss." and words[g - 1].endswith((".", ",")) \
            and not _INITIAL_TOKEN.match(words[g - 1])
        if not degree or labels[g + 1] not in _SCHOOL_LABELS \
                or not (words[g + 1][:1].isupper() or _UNIVERSITY.match(words[g + 1])):  # French "université de"
            continue
        e = g + 1  # the tagger may split the name ("université/publisher Lumière/container Lyon/container 2,/volume")
        while e + 1 < len(words) and not words[e].endswith(",") \
                and (labels[e + 1] == labels[g + 1] or re.fullmatch(r"\d{1,2},", words[e + 1])
                     or labels[e + 1] in _SCHOOL_LABELS and not words[e].endswith((":", ";"))) \
                and not (_sentence_stop(words[e]) and words[e][:-1].lower() not in rules.ABBREVIATIONS_WITH_STOP):
            e += 1  # a school's number closes its name: "université de Lille 3,", "Université Paris 1"
        faculty = next((k for k in range(e + 1, min(e + 4, len(words))) if words[k].endswith(".")), None) \
            if words[e].endswith(",") else None
        if faculty is not None and labels[e + 1:faculty + 1] == [labels[g + 1]] * (faculty - e) \
                and _FACULTY.search(" ".join(words[e + 1:faculty + 1])):
            e = faculty
        if _UNIVERSITY.search(" ".join(words[g + 1:min(e + 1, g + 3)])):  # "Freie Universität Berlin"
            labels[g] = "genre"
            labels[g + 1:e + 1] = ["publisher"] * (e - g)
    # Italian "in Il welfare in Italia, a cura di U. Ascoli, Bologna, ...", "edited by", German "hrsg. von", French
    # "sous la dir. de": the names after the role words, up to a comma, are the book's editors, and the words
    # from "in" to them the book's title, whatever the tagger called them.
    # The tagger may have run the book into the chapter's title ("Il regime fascista e la burocrazia, in Lo Stato
    # fascista, a cura di M. Palla, Milano, ..."): the words from "in" after the title's comma are the book then too.
    for i in (range(2, len(words) - 2) if "container" in labels or "editor" in labels or "a cura di" in text else ()):
        if labels[i - 1] not in ("container", "editor", "title") or not words[i - 1].endswith(","):
            continue
        cue = next((len(c) for c in _EDITOR_CUES_AFTER_BOOK if tuple(w.lower() for w in words[i:i + len(c)]) == c), 0) \
            if words[i].lower() in _EDITOR_CUE_OPENERS else 0
        end = _names_to_comma(words, i + cue) if cue else None
        if end is None:
            continue
        start = next((k + 1 for k in range(i - 2, max(0, i - 25), -1) if words[k].lower() in _BOOK_IN_WORDS
                      and words[k - 1].endswith(",")), None)
        if labels[i - 1] == "title" and (start is None or labels[start - 2] != "title"):
            continue
        if start is not None and all(label in ("title", "container", "editor") for label in labels[start - 1:i]):
            labels[start - 1:i] = ["container"] * (i - start + 1)
        if labels[i - 1] == "container":
            labels[i:end + 1] = ["editor"] * (end + 1 - i)
            _imprint_after_editors(words, labels, end + 1)
    for j in (range(1, len(words) - 1) if _has_pair(labels, "editor", "location") else ()):
        if labels[j] == "editor" and labels[j + 1] == "location" and words[j].endswith(","):
            c = j
            while c > 0 and labels[c - 1] == "editor" and not words[c - 1].endswith(","):
                c -= 1
            if c > 0 and labels[c - 1] == "editor" and _PUBLISHER_WORD.search(" ".join(words[c:j + 1])):
                labels[c:j + 1] = ["publisher"] * (j + 1 - c)
    # Elsevier's chapter, "in: Eds (Eds.), Book Title. Oxford University Press, Oxford, pp. 1–68.": the book's last
    # sentence, right before the place, that names a publisher is the publisher the tagger ran into the book
    for j in (range(2, len(words) - 1)
              if _has(labels, "container") and _has(labels, "location") and not _has(labels, "publisher") else ()):
        if labels[j] == "container" and labels[j + 1] == "location" and words[j].endswith(","):
            c = j
            while c > 0 and labels[c - 1] == "container" and not words[c - 1].endswith((".", "?", "!")):
                c -= 1
            chunk = " ".join(words[c:j + 1])
            if c > 1 and labels[c - 1] == "container" and not _SHORT_WORD_STOP.search(" " + words[c - 1]) \
                    and (_PUBLISHER_WORD.search(chunk) or corporate_name(chunk.rstrip(","))):
                labels[c:j + 1] = ["publisher"] * (j + 1 - c)
    # APA chapters in any language: "Title. I: P. Nedergaard og A. Wivel (red.), Book (s. 114–123).":
    # after "In" the names up to their role in brackets are the book's editors, and what follows,
    # up to the bracketed pages (or to a comma before pages, "Book, s. 33–56."), its title. A title may
    # end in "?" or "!" as in ".".
    for i in (range(1, len(words) - 3) if "(" in text else ()):
        if words[i].rstrip(":") not in _IN_WORDS or not words[i - 1].endswith((".", "?", "!")):
            continue
        r = next((r for r in range(i + 2, min(len(words), i + 12)) if _ROLE_CLOSE.match(words[r])), None)
        if r is None or not words[r].endswith(","):
            continue
        p = next((p for p in range(r + 2, min(len(words), r + 30)) if _PAGES_IN_BRACKETS.match(words[p])
                  or _PAGE_CUE.match(words[p]) and words[p - 1].endswith(",") and p + 1 < len(words)
                  and words[p + 1][:1].isdigit()), None)
        if p is not None and not _PAGES_IN_BRACKETS.match(words[p]):
            p = next(c for c in range(r + 1, p) if words[c].endswith(",")) + 1  # the book runs to its comma
        if p is not None and not any(w.startswith("(") for w in words[r + 1:p]):
            labels[i:p] = ["editor"] * (r + 1 - i) + ["container"] * (p - r - 1)
    # Polish "Title. W: Red. J. Kowalski, Book. Warszawa: PWN, 2018, s. 12–34." (English "In: Ed. J. Smith, Book"): the
    # role word right after "In" puts the editors first, their names (initials, then the family name) running to the
    # comma after the last, and the book runs from there to the imprint, though the tagger read it as more editors.
    for i in (range(1, len(words) - 4) if "ed." in lower else ()):
        if words[i].rstrip(":") not in _IN_WORDS or not words[i - 1].endswith((".", "?", "!")) \
                or words[i + 1].lower() not in _EDITOR_FIRST_WORDS:
            continue
        k, last = i + 2, 0
        while k < len(words) - 1 and _INITIAL_TOKEN.match(words[k]):
            j = next((j for j in range(k, len(words)) if not _INITIAL_TOKEN.match(words[j])), len(words) - 1)
            if not words[j][:1].isupper() or words[j].rstrip(",").endswith("."):
                break
            if words[j].endswith(","):
                last, k = j, j + 1
            elif words[j + 1] in _EDITOR_JOINERS:
                k = j + 2
            else:
                break
        e = last + 1
        while last and e < len(words) and labels[e] in ("editor", "container", "title"):
            e += 1
        if last and e > last + 1:
            labels[i:e] = ["editor"] * (last + 1 - i) + ["container"] * (e - last - 1)
    # Turkish APA chapters: "Title. M. Yılmaz (Ed.), Book içinde (s. 145–170). Publisher." (APA 6: "Book (s. 145–170)
    # içinde."): no word opens the editors, whose names run to their role; "içinde" ("in") closes the book.
    for i in (range(1, len(words) - 3) if "içinde" in text else ()):
        if not words[i - 1].endswith((".", "?", "!")):
            continue
        r = next((r for r in range(i + 1, min(len(words), i + 12)) if _ROLE_CLOSE.match(words[r])), None)
        if r is None or not words[r].endswith(",") or not _name_list(["and" if w == "ve" else w for w in words[i:r]]):
            continue
        k = next((k for k in range(r + 2, min(len(words), r + 30)) if words[k].rstrip(".,") == "içinde"), None)
        p = next((p for p in range(r + 2, k or r + 2) if _PAGES_IN_BRACKETS.match(words[p])), k)
        if k is not None and not any(w.startswith("(") for w in words[r + 1:p]):
            labels[i:p] = ["editor"] * (r + 1 - i) + ["container"] * (p - r - 1)
            labels[k] = "container"  # "içinde" is the book's (and dropped from it), after its pages too (APA 6)
        break
    if "In" in words or "In:" in words:  # the word both readers open the book with
        _chapter_left_as_note(words, labels)
        _book_after_in(words, labels)
    elif "En" in words and "editado" in words:  # Chicago's chapter in the Spanish locale
        _book_after_in(words, labels)
    # APA "(2003). Title. In Global Development Finance 2003 (pp. 157–175).": the work has its
    # date already, so a bare year closing the book's title before the bracketed pages is the title's.
    for i in (range(2, len(words) - 1) if "(" in text and _has_pair(labels, "container", "date") else ()):
        if (labels[i] == "date" and labels[i - 1] == "container" and _YEAR_WORD.fullmatch(words[i])
                and _PAGES_IN_BRACKETS.match(words[i + 1]) and "date" in labels[:i - 1]):
            labels[i] = "container"
    # IEEE "in Proc. 2023 IEEE Power & Energy Soc. Gen. Meeting (PESGM), 2023, pp. 1–5.": a bare year with no stop or
    # comma between words of the proceedings' name is the name's, when the work is dated elsewhere.
    for i in (range(1, len(words) - 1) if _has_pair(labels, "container", "date") else ()):
        if labels[i] == "date" and labels[i - 1] == labels[i + 1] == "container" and _YEAR_WORD.fullmatch(words[i]) \
                and not words[i - 1].endswith((",", ";", ":")) and "date" in labels[:i] + labels[i + 1:]:
            labels[i] = "container"
    # APA "In Proceedings of ... (pp. 12–20). NCTE.": the sentence after the bracketed pages is the publisher's,
    # however short and capitalised, not more pages.
    for i in (range(2, len(words)) if "(p" in text else ()):
        if labels[i] == labels[i - 1] == "pages" and words[i - 1].endswith(").") and words[i][:1].isupper() \
                and words[_run_start(labels, i - 1, "pages")].startswith("("):
            j = i
            while j < len(words) and labels[j] == "pages" and not any(c.isdigit() for c in words[j]):
                j += 1
            labels[i:j] = ["publisher"] * (j - i)
    # Harvard "Labour market overview, UK: March 2019 [online].", "..., year ending June 2020 [online].":
    # the medium closes the title, so what lies between them within the sentence is the title's.
    for m in (range(2, len(words)) if _has(labels, "medium") else ()):
        if labels[m] == "medium" and words[m - 1][-1:] not in ".]" and labels[m - 1] != "title":
            k = m - 1
            while k > 0 and labels[k] != "title" and not words[k - 1].endswith(".") and labels[k] in (
                    "location", "date", "publisher", "note"):
                k -= 1
            if labels[k] == "title":
                labels[k + 1:m] = ["title"] * (m - 1 - k)
    # "..., Nur-Sultan, 19 November 2019": a hyphenated name before a date is a place, not part of it.
    for i in (range(1, len(words) - 1) if "-" in text else ()):  # the words are slices of text
        if labels[i] == labels[i + 1] == "date" and words[i - 1].endswith(",") and _HYPHENATED_NAME.fullmatch(words[i]):
            labels[i] = "location"
    # ABNT "p. 227-250, abr./jun. 2021": month names before the year belong to the date, not the pages;
    # nor the place ("Astana and Almaty, September–October 2015."), nor an unquoted title the tagger ran on to
    # them ("Author’s interviews with energy officials, Vilnius and Klaipėda, March–April 2019.").
    last_date = len(labels) - 1 - labels[::-1].index("date") if "date" in labels else 0  # none starts after it
    for i in range(last_date, 0, -1):
        if labels[i] == "date" and labels[i - 1] in ("pages", "volume", "issue", "location", "title") \
                and _only_months(words[i - 1]) and (labels[i - 1] not in ("location", "title") or words[i - 2].endswith(",")):
            labels[i - 1] = "date"
    # A period in brackets closing the title, a year of publication after it ("Title: subtitle (1991-2014). 2016.
    # Tese ...", ABNT's thesis): the years the work covers are its title's, the later year its date. So are the title's
    # last words the tagger read as a periodical with no stop before them ("A reforma agrária no Brasil (1964-1985).").
    for i in (range(1, len(words) - 1) if "date" in labels else ()):
        if labels[i] == "date" and labels[i - 1] in ("title", "container") and _BRACKETED_YEARS.fullmatch(words[i]) \
                and any(label == "date" and _BARE_YEAR.match(word) for word, label in zip(words[i + 1:], labels[i + 1:])):
            j = _run_start(labels, i - 1, labels[i - 1])
            if labels[i - 1] == "title" or (j > 0 and labels[j - 1] == "title" and not words[j - 1].endswith((".", "?", "!"))):
                labels[j:i + 1] = ["title"] * (i + 1 - j)
    # ABNT "Tese (Doutorado em Economia) – Universidade Federal de Minas Gerais, Belo Horizonte, 2019.":
    # after the degree and its dash come the university and its city, up to the year.
    for k in (range(1, len(words) - 3) if _has(labels, "genre") and ("Tese" in text or "Disserta" in text) else ()):
        if labels[k] == "genre" and words[k].endswith(")") and words[k + 1] in ("–", "—", "-"):
            year = next((j for j in range(k + 2, len(words)) if labels[j] == "date"), len(words))
            commas = [j for j in range(k + 2, year) if words[j].endswith(",")]
            if len(commas) >= 2:
                labels[k + 1:commas[-2] + 1] = ["publisher"] * (commas[-2] - k)
                labels[commas[-2] + 1:commas[-1] + 1] = ["location"] * (commas[-1] - commas[-2])
    # MLA "2019. U of Texas at Austin, PhD dissertation.": between the year and the degree, the university.
    for k in (range(3, len(words)) if _has(labels, "genre") and "date" in labels else ()):
        if labels[k] == "genre" and labels[k - 1] in ("note", "container", "location") and words[k - 1].endswith(","):
            i = _run_start(labels, k - 1, labels[k - 1])
            if i > 0 and labels[i - 1] == "date" and words[i - 1].endswith("."):
                labels[i:k] = ["publisher"] * (k - i)
            break
    # LNCS "Lamport, L., Pease, M.: The Byzantine...": an initial that ends the names with a colon
    # is no abbreviated city ("M.:" Moscow); a place never follows the authors directly.
    for i in (range(1, len(labels)) if _has_pair(labels, "author", "location") else ()):
        if labels[i] == "location" and labels[i - 1] == "author" and words[i - 1].endswith(",") \
                and _INITIAL_TOKEN.match(words[i].rstrip(":")):
            labels[i] = "author"
    # "М. : Независимый институт социальной политики, 2010.": after a place the rules found and
    # its colon, spaced or glued ("М.: Тип. Наука, 1915"), the publisher runs to the comma before the year,
    # whatever the tagger said.
    for k in (range(1, len(words) - 2) if " : " in text or ".: " in text else ()):
        if labels[k] == "location" and probs[k] == 0.99 \
                and (words[k] == ":" and labels[k - 1] == "location" or words[k].endswith(".:")):
            comma = _publisher_end(words, k)
            # the tagger's place inside the name ("Л. : Тип. Суворина, 1905") is no place: the rules found it
            if comma and all(labels[m] in ("title", "author", "container", "publisher")
                             or labels[m] == "location" and probs[m] < 0.99 for m in range(k + 1, comma + 1)):
                for m in range(k + 1, comma + 1):
                    labels[m] = "publisher"
    # "(IMF Country Report No. 19/242)", "(NOU 2016: 3)" right after the title stay with it: the title
    # rules take the series as genre and the number as number.
    if "(" in text:
        series = _REPORT_NUMBER.finditer(text) if _may_name_series(text, lower) else ()
        numbered = _YEAR_NUMBERED_IN_BRACKETS.finditer(text) if ":" in text else ()  # "(NOU 2016: 3)": its colon
        unnumbered = _SERIES_KIND_IN_BRACKETS.finditer(text)  # "(SIPRI Fact Sheet)"
        for m in (*series, *numbered, *unnumbered):
            inside = [i for i, (a, _) in enumerate(spans) if m.start() <= a < m.end()]
            k = inside[0] - 1 if inside else -1
            if k > 0 and labels[k] != "title" and labels[k - 1] == "title" and _YEARS.fullmatch(words[k]):
                k -= 1  # "workforce trends, 2011–2020 (Report No. 67)": the years end the title
            start = k
            while start > 0 and labels[start] == "note":
                start -= 1
            if start < k and labels[start] == "date" and words[start].endswith(")."):
                # APA "Body. (2024). Arab Republic of Egypt: ... (IMF Country Report No. 24/98).": the words from the
                # date to the series' bracket, all taken for a note, are the title
                for i in range(start + 1, k + 1):
                    labels[i] = "title"
            if k >= 0 and labels[k] == "title":
                for i in range(k + 1, inside[-1] + 1):
                    labels[i] = "title"
                # APA "Title (NOU 2019: 4). Oslo: Publisher.": the number's bracket ends the title, and a
                # known city with a colon after it opens the imprint the tagger ran into the title.
                j = inside[-1] + 1
                if j < len(words) - 1 and words[j - 1].endswith(").") and words[j].endswith(":") \
                        and labels[j] == "title" and _is_city(words[j]):
                    labels[j] = "location"
                    while j + 1 < len(words) and labels[j + 1] == "title" and not words[j].endswith("."):
                        j += 1
                        labels[j] = "publisher"
    # What follows "URL:" / "available at:" but is no URL (scraped pages print "Link") is a note.
    after_lead = False
    for i, label in (enumerate(labels) if _has(labels, "lead") else ()):
        if label in ("url", "doi", "accessed", "language"):
            after_lead = False
        elif label == "lead":
            after_lead = True
        elif after_lead:
            labels[i] = "note"
            k = i - 1
            while k >= 0 and labels[k] == "lead":  # "available from CSTO Secretariat": keep it whole
                labels[k] = "note"
                k -= 1
    # IEEE "“Title,” Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA": the
    # names after a thesis genre are its department and university, not authors.
    for i in (range(1, len(labels)) if _has(labels, "genre") and "author" in labels else ()):
        if labels[i] == "author" and labels[i - 1] in ("genre", "publisher") and "title" in labels[:i]:
            labels[i] = "publisher"
    # "Kraus, Eva/Lorenz, Jan (Hrsg.) (2019)": a given name that spells a month ("Jan", "May") before
    # the editors' role is a name's.
    for i in (range(1, len(words) - 1) if "(" in text and _has_pair(labels, "author", "date") else ()):
        if (labels[i] == "date" and labels[i - 1] == "author" and words[i - 1].endswith(",")
                and _ROLE_IN_BRACKETS.match(words[i + 1])):
            labels[i] = labels[i + 1] = "author"
    # APA "Kuznetsova, A. S. (2019). Title [Translation].": a bracketed year right after the names is the date (the
    # editors' too, "Heiets, V. M. (Ed.). (2019). Ekonomika Ukrainy [Economy of Ukraine].").
    for k in (range(1, min(len(words), 12)) if "(" in text else ()):
        if labels[k] != "date" and labels[k - 1] in ("author", "editor") and _BRACKETED_YEAR.match(words[k]):
            labels[k] = "date"
            break
    # Chicago "PhD diss., Indiana University.": a university after the degree is the publisher.
    for k in (range(1, len(words)) if _has_pair(labels, "genre", "location") else ()):
        if labels[k] == "location" and labels[k - 1] == "genre" and words[k - 1].endswith(","):
            j = _run_end(labels, k, "location")
            if _UNIVERSITY.search(" ".join(words[k:j + 1])):
                labels[k:j + 1] = ["publisher"] * (j + 1 - k)
    # German "Weber, Max: Wirtschaft und Gesellschaft": the given name closed by a colon ends the
    # author's name, and what the tagger ran on after it as names is the title.
    if len(words) > 3 and labels[0] in ("author", "editor") and words[0].endswith(",") and words[1].endswith(":") \
            and words[1][:1].isupper() and words[1][:-1].replace("-", "").isalpha():
        labels[0] = labels[1] = "author"
        k = 2
        while k < len(words) and labels[k] in ("author", "editor") and words[k].lower() not in ("hrsg.", "hg."):
            labels[k] = "title"
            k += 1
    # ACS "Kimura, H.; Oduya, B.; Schreiber, T. Ligand Design ...": where every name is "Family,
    # Initials" and ";" parts them, the last name ends at its initials and a word after them opens the title.
    if labels and labels[0] == "author" and ";" in text:
        j = _run_end(labels, 0, "author")
        k = j
        while k > 0 and not (_INITIAL_TOKEN.match(words[k - 1]) and words[k - 1].endswith(".")):
            k -= 1
        names = words[:k]
        if 0 < k <= j and words[k][:1].isupper() and not words[k].endswith((",", ";")) \
                and not _INITIAL_TOKEN.match(words[k]) and names[-2:-1] \
                and names[-2].endswith(",") and all(
                    w.endswith(",") and not _INITIAL_TOKEN.match(w) or _INITIAL_TOKEN.match(w.rstrip(";"))
                    for w in names) and sum(w.endswith(";") for w in names) >= 1:
            labels[k:j + 1] = ["title"] * (j + 1 - k)
    # ISO 690 "KOVÁŘ, Martin. Title. Brno, 2016. Diplomová práce.": a family name in capitals, its comma and a known
    # given name (or initials) open the reference with its author, though the tagger read them as the title's start;
    # the rule below runs the given names on to their full stop.
    if labels and labels[0] in ("title", "note") and len(words) > 3 and words[0].endswith(",") and len(words[0]) > 3 \
            and words[0][:-1].isupper() and (words[1].rstrip(".,").lower() in GIVEN_NAMES or _INITIAL_TOKEN.match(words[1])):
        labels[0] = "author"
    # ABNT "MARTINS, Ana Paula dos Santos. Title": after a family name in capitals the given names run
    # to the full stop, particles and a role in brackets included (NP 405's dash after them ends them too, "RAMOS, R. M.
    # – História de Portugal.").
    if labels and labels[0] == "author" and words[0].endswith(",") and words[0][:-1].isupper() and len(words[0]) > 2:
        j = _run_end(labels, 0, "author")
        k = j + 1
        while k < len(words) and k - j <= 4 and not words[j].endswith((".", ";", "–", "—")) and (
                words[k][:1].isupper() and words[k].rstrip(".").isalpha() or words[k] in GIVEN_PARTICLES
                or _ROLE_CLOSE.match(words[k])):  # "CERVO, Amado Luiz (org.)."
            if words[k].endswith("."):
                labels[j + 1:k + 1] = ["author"] * (k - j)
                break
            k += 1
    # Roles written out between the names and the title: "Toniolo G. (a cura di), L'Italia ..." and
    # AMA "Goldman L, Schafer AI, eds. Goldman-Cecil Medicine." (the run ends at its role word).
    for i in (range(1, len(words) - 2) if "cura" in text else ()):
        if words[i] == "(a" and words[i + 1] == "cura" and words[i + 2].startswith("di)") and labels[i - 1] == "author":
            labels[i:i + 3] = ["author"] * 3
    if labels and labels[0] in ("author", "editor"):
        j = _run_end(labels, 0, labels[0])
        k = next((k for k in range(1, j) if words[k].lower() in ("eds.", "ed.", "(eds.)", "(ed.)")), None)
        if k is not None and words[k - 1].endswith(",") and words[j].endswith("."):
            labels[k + 1:j + 1] = ["title"] * (j - k)
    # German "Hrsg. von Johannes Winckelmann." after the title: the editor, to the sentence's end.
    for i in (range(1, len(words) - 2) if "rsg" in text or "Hg." in text else ()):
        if words[i].lower() in ("hrsg.", "hg.") and words[i + 1].lower() in ("von", "v."):
            j = next((j for j in range(i + 2, len(words)) if words[j].endswith(".") and not _INITIAL_TOKEN.match(words[j])),
                     None)
            if j is not None and j - i <= 6:
                labels[i:j + 1] = ["editor"] * (j + 1 - i)
    # IEEE "in Handbook of X, 2nd ed., R. Ahmed, Ed. Boca Raton, FL, USA: CRC Press": the names
    # before "Ed."/"Eds." are the book's editors and the words after it, up to the colon, the place.
    for k in (range(3, len(words) - 1) if " Ed" in text else ()):
        if words[k] in ("Ed.", "Eds.") and words[k - 1].endswith(","):
            b = k - 1
            while b > 0 and not (words[b - 1].endswith(",") and not _INITIAL_TOKEN.match(words[b - 1].rstrip(","))):
                b -= 1
            if b and k - b <= 8 and any(_INITIAL_TOKEN.match(w) for w in words[b:k]):
                labels[b:k + 1] = ["editor"] * (k + 1 - b)
                c = next((c for c in range(k + 1, min(k + 6, len(words))) if words[c].endswith(":")), None)
                if c is not None:
                    labels[k + 1:c + 1] = ["location"] * (c - k)
            break
    # Chicago "London: Longmans, Green, 1931–34.": a span of years after the publisher is the date.
    for k in (range(1, len(words)) if _has_pair(labels, "publisher", "pages") else ()):
        if labels[k] == "pages" and labels[k - 1] == "publisher" and _YEARS_SPAN.match(words[k]):
            labels[k] = "date"
    # "2 vols." ("2 Bde.") says how many volumes the work has, whatever run the tagger put it in;
    # German "Theorie des kommunikativen Handelns. Band 1." names the volume after the title.
    for i in (range(1, len(words)) if "vol" in lower or "bd" in lower or "band" in lower else ()):
        word = words[i].lower().rstrip(".,;")
        if word in ("vols", "volumes", "bde", "bände") and words[i - 1].isdigit():
            labels[i - 1] = labels[i] = "volume"
        elif (word in ("band", "bd") and i + 1 < len(words) and words[i + 1].rstrip(".,;").isdigit()
              and labels[i - 1] == "title" and words[i - 1].endswith(".")):
            labels[i] = labels[i + 1] = "volume"
    # GOST newspapers "// Российская газета. 2020. 14 окт. С. 3." (or "– 2022. – 15 апр. – С. 2."): the
    # day and month after the year complete the date, whatever runs the tagger put them in.
    for i in (range(1, len(words) - 1) if "date" in labels or _COMMA_DAY_MONTH_YEAR.search(text) else ()):
        if not words[i][:1].isdigit() or words[i + 1].lower().rstrip(".,;") not in MONTHS \
                or not _DAY.match(words[i].rstrip(".")):
            continue  # no day and month here (a day opens with its digit, tested first)
        year = i - 1 - (i > 1 and words[i - 1] in ("–", "—"))
        if labels[year] == "date" and _BARE_YEAR.match(words[year]):
            labels[year:i + 2] = ["date"] * (i + 2 - year)
        elif (i > 3 and words[i - 1 - (words[i - 1] in ("–", "—"))].rstrip(".").isdigit()
              and words[i - 2 - (words[i - 1] in ("–", "—"))] in ("№", "No.", "no.")):
            # "2021. № 190. 19 окт.": a paper's issue number between the year and the day; it stays the issue
            labels[i:i + 2] = ["date", "date"]
        elif (labels[i + 1] == "date" and words[i - 1].endswith(".") and labels[i - 1] in ("title", "author")
              and i + 2 < len(words) and labels[i + 2] == "date" and _BARE_YEAR.match(words[i + 2])):
            # "[Title ... up to 2030]. 21 July 2020. Available at: ...": a whole date opening its own sentence after
            # the title, whose closing year had left its day to the container or note
            labels[i] = "date"
        elif (words[i - 1].endswith(",") and labels[i - 1] in ("container", "publisher") and i + 2 < len(words)
              and _BARE_YEAR.match(words[i + 2]) and "date" not in labels[:i]
              and (labels[i + 2] == "date" or "date" not in labels[i:])):
            # Polish "Rzeczpospolita, 5 maja 2021, s. 3.": a paper's whole date after its name's comma, whose year
            # the tagger read as the date and the day and month as a volume and pages (an author-date entry's day
            # after a comma is another event's: "2003 b, ..., Catalogo della mostra (Arsenali Medicei, 13 settembre
            # 2003 - ...)"); so is ABNT's gazette's, "Diário Oficial da União, Rio de Janeiro, 9 ago. 1943.", the
            # place before it read with the publisher, the day, month and year as a volume and pages, or the day
            # run into the publisher ("Rio de Janeiro, 5 jan. 1916.")
            labels[i:i + 3] = ["date"] * 3
    # Two days joined by a word, "3 and 4 April 2018", "April 3 and 4, 2018": the first day and the word belong to
    # the date the second day opens or closes, whatever run the tagger put them in (a range, as "3–4 April" is).
    for i in (range(len(words) - 3) if "date" in labels and (" and " in text or " & " in text or " и " in text) else ()):
        if words[i + 1] in _DAY_JOINERS and _DAY.match(words[i]) and _DAY.match(words[i + 2].rstrip(",")) \
                and (labels[i + 2] == "date" or labels[i + 3] == "date") \
                and (words[i + 3].lower().rstrip(".,;") in MONTHS or i and words[i - 1].lower() in MONTHS):
            labels[i - (words[i - 1].lower() in MONTHS):i + 4] = ["date"] * (4 + (words[i - 1].lower() in MONTHS))
    # "Title. College Station, TX: StataCorp.": a town of up to three words after the title's stop, then a US state's
    # code and the imprint's colon, is the place, though the tagger ran the town into the title.
    for k in (range(2, len(words) - 1) if _has(labels, "location") and ":" in text else ()):
        if labels[k] != "location" or words[k][:2] not in _US_STATES or words[k][2:] != ":" or not words[k - 1].endswith(","):
            continue
        town = next((t for t in range(k - 1, max(k - 4, 0), -1) if words[t - 1].endswith((".", "?", "!"))), None)
        if town is not None and labels[town - 1] != "location" and all(
                words[t].rstrip(",")[:1].isupper() and words[t].rstrip(",").isalpha() and labels[t] != "location"
                for t in range(town, k)):
            labels[town:k] = ["location"] * (k - town)
    # References' "Moscow, Mann, Ivanov i Ferber Publ.": "Publ." closes a publisher's name, which may hold a comma; the
    # words between the known city's comma and that name's start, no place themselves, open it.
    for e in (range(2, len(words)) if "Publ." in text and _has(labels, "location") else ()):
        if not words[e].startswith("Publ.") or labels[e] != "publisher":
            continue
        start = e
        while start > 0 and labels[start - 1] == "publisher":
            start -= 1
        city = start - 1
        while city >= 0 and labels[city] == "location" and not (words[city].endswith(",") and _is_city(words[city])):
            city -= 1
        if 0 <= city < start - 1 and labels[city] == "location" and not any(
                _is_city(words[k]) or _is_region(words[k]) or _city_at(words, k, start) for k in range(city + 1, start)):
            labels[city + 1:start] = ["publisher"] * (start - city - 1)
    # ABNT's "Title. Armonk: M. E. Sharpe, 2013.": a town and its colon read with the initialled name after it as an
    # editor, right after the title's sentence and with nothing in the reference naming an editor, are the imprint.
    for i in (range(1, len(labels) - 1) if _has_pair(labels, "title", "editor") and not _EDITOR_CUE.search(text) else ()):
        if labels[i] == "editor" and labels[i - 1] == "title" and words[i - 1].endswith("."):
            end = _run_end(labels, i, "editor")
            colon = next((k for k in range(i, min(i + 3, end)) if words[k].endswith(":")), None)
            if colon is not None and all(w[:1].isupper() for w in words[i:colon + 1]) \
                    and words[i].rstrip(":") not in _IN_WORDS and not any("(" in w for w in words[i:end + 1]):
                # ... not "En: Aróstegui, J. y Gálvez, S. (coords.)", "W: M. Okólski (red.)": a book's editors
                labels[i:colon + 1] = ["location"] * (colon + 1 - i)
                labels[colon + 1:end + 1] = ["publisher"] * (end - colon)
    # Springer's "Title. W. W. Norton, New York": one name ("initials Surname,") right after the
    # title and before the place, with nothing in the reference naming an editor, is the publisher.
    if _has(labels, "editor") and _has(labels, "location") and not _EDITOR_CUE.search(text):
        for i in range(2, len(labels)):
            if labels[i] == "location" and labels[i - 1] == "editor" and words[i - 1].endswith(","):
                k = i - 1
                while k > 0 and labels[k - 1] == "editor" and _INITIAL_TOKEN.match(words[k - 1]):
                    k -= 1
                if k < i - 1 and labels[k - 1] == "title" and words[k - 1].endswith("."):
                    for m in range(k, i):
                        labels[m] = "publisher"
            # Chicago's "Armonk, NY: M. E. Sharpe.": the name right after the place's colon is
            # its publisher, the order "Place: Publisher" always has.
            if labels[i] == "editor" and labels[i - 1] == "location" and words[i - 1].endswith(":"):
                k = i
                while k < len(labels) and labels[k] == "editor":
                    k += 1
                labels[i:k] = ["publisher"] * (k - i)
    # GOST's area separator ("— 2021. — 3 марта. — С. 5.") is punctuation: one the tagger left as a note
    # goes with the area it opens.
    for i in (range(1, len(words) - 1) if _has(labels, "note") and ("—" in words or "–" in words) else ()):
        if labels[i] == "note" and words[i] in ("–", "—") and labels[i + 1] != "note" and labels[i - 1] != "note":
            labels[i] = labels[i + 1]
    return labels, probs


def _site_before_link(words, labels) -> None:
    """MLA's page of a site, "“Title.” Ocean Portal, Smithsonian Institution, 8 June 2020, ocean.si.edu/...": the
    comma parts between the title's closing quote and the link are the site (with its publisher, split as for
    "Edutopia, George Lucas Educational Foundation,") and the date closing them, where the tagger, thrown by a
    link with no scheme, had read them all as a note."""
    n = len(words)
    s = next((k for k in range(1, n) if labels[k - 1] == "title" and words[k - 1].endswith("”")), None)
    if s is None or labels[s] != "note" or not words[s][:1].isupper():
        return
    u = _run_end(labels, s, "note") + 1
    if u >= n or labels[u] != "url" or not words[u - 1].endswith(","):
        return
    d = u  # the date's first word: "8 June 2020,", "June 2020,", "2020,"
    if _YEAR_WITH_COMMA.fullmatch(words[u - 1]):
        d = u - 1
        if words[d - 1].lower().rstrip(".") in MONTHS:
            d -= 1
            d -= bool(_DAY.match(words[d - 1]))
    if d > s and words[d - 1].endswith(","):
        labels[s:d] = ["container"] * (d - s)
        labels[d:u] = ["date"] * (u - d)


def _trim_editions(words, labels, found: set[int]) -> None:
    """"Rural Britain revisited. 2nd edn. Bristol", "(3.ª ed.). Ciudad de México": words the
    tagger ran into an edition statement the rules found belong to the runs on either side; names
    before the year (Polish "wyd. 2, Difin, Sosnowiec 2015") are the imprint, not the date."""
    n = len(labels)
    for i in sorted(found):
        if i and labels[i - 1] == "edition" and i - 1 not in found:
            s = i - 1
            while s > 0 and labels[s - 1] == "edition" and s - 1 not in found:
                s -= 1
            if s:
                labels[s:i] = [labels[s - 1]] * (i - s)
        if i + 1 < n and labels[i + 1] == "edition" and i + 1 not in found:
            e = i + 1
            while e + 1 < n and labels[e + 1] == "edition" and e + 1 not in found:
                e += 1
            if e + 1 < n:
                imprint = labels[e + 1] == "date" and all(
                    words[k][:1].isupper() and not any(c.isdigit() for c in words[k]) for k in range(i + 1, e + 1))
                labels[i + 1:e + 1] = ["location" if imprint else labels[e + 1]] * (e - i)
    # Chicago's "2nd ed., with an update a decade later. Berkeley: ...": lower-case words after the edition's comma, up
    # to the sentence's stop before the imprint, say more of the edition (kept in note), though the tagger ran them
    # into the title
    for i in sorted(found):
        if not words[i].endswith(",") or i + 1 >= n or labels[i + 1] != "title" or not words[i + 1][:1].islower():
            continue
        stop = next((e for e in range(i + 1, min(n - 1, i + 12)) if words[e].endswith(".")), None)
        if stop is not None and labels[stop + 1] in ("location", "publisher", "date") \
                and set(labels[i + 1:stop + 1]) == {"title"}:
            labels[i + 1:stop + 1] = ["edition"] * (stop - i)


_STATE_COLON = re.compile(r"^[A-Z]{2}:$")  # "CA:", a US state's code closing the place before the publisher


def _imprint_after_title(words, labels, end: int) -> None:
    """The place (words up to a colon, a town and its state) and the publisher (up to ``end``, before the year) of an
    imprint after the title's full stop, where the tagger read them as title, place or publisher but split them
    elsewhere ("Hanover, | NH: University Press ..."), and the place is known by its state's code, a city's name or
    the tagger's publisher after it."""
    colon = next((c for c in range(end - 1, max(0, end - 7), -1) if words[c].endswith(":")), 0)
    if not colon:
        return
    start = next((s for s in range(colon - 1, max(-1, colon - 4), -1) if words[s].endswith(".")), -1)
    if start < 1 or labels[start] != "title" or _INITIAL_TOKEN.match(words[start]) or _ABBREV.match(words[start]):
        return
    place = words[start + 1:colon + 1]
    read = set(labels[start + 1:end + 1])
    if not all(w[:1].isupper() for w in place) or not {"title", "publisher", "location"} >= read or read == {"location"}:
        return  # (read whole as a place, "Cambridge: Mass, 1989", it holds no publisher)
    town = " ".join(place).split(",")[0].rstrip(":")
    if (_STATE_COLON.match(place[-1]) or _is_city(town) or "publisher" in labels[colon + 1:end + 1]) \
            and labels[start + 1:end + 1] != ["location"] * (colon - start) + ["publisher"] * (end - colon):
        labels[start + 1:colon + 1] = ["location"] * (colon - start)
        labels[colon + 1:end + 1] = ["publisher"] * (end - colon)


def _publisher_end(words, colon: int) -> int | None:
    """Where the publisher after a GOST place's spaced colon ends: the comma before the year
    ("М. : Независимый институт социальной политики, 2010"), within ten words and no other colon."""
    n = len(words)
    comma = next((m for m in range(colon + 1, min(colon + 10, n - 1)) if words[m].endswith(",")), None)
    if comma and _BARE_YEAR.match(words[comma + 1]) and ":" not in words[colon + 1:comma + 1]:
        return comma
    return None


# Words that say a reference names editors: "(eds)", "edited by", "Hrsg.", "под ред.", "a cura di", "In:".
_EDITOR_CUE = re.compile(r"(?i)\b(?:eds?|edited|editors?|edn|hrsg|hg|ред|под|dir|coord|cura|orgs?|(?-i:In))\b")


_NUMBER_CUES = frozenset("vol volume vols no nos issue iss number pages page pp p t т вып № n° nº n.º "
                         "roč ročník č čís årg årgang jrg jaargang cilt sayı".split())  # Czech, Scandinavian, Dutch, Turkish
_ISSUE_WITH_NUMBER = re.compile(r"(?i)^(?:n[°º]|№)\s?\d")
# What introduces a container: "In:", "In ", "//", "В кн.:", "published in".
# A journal article out before its issue: APA "Journal. Advance online publication.", AMA "Journal.
# Published online March 3, 2024.", Vancouver "Journal. 2024 Mar 3. Epub ahead of print.", IEEE "Journal, early access,
# Mar. 2, 2024"
_ONLINE_FIRST_FORMS = ("advance online publication", "published online", "epub ahead of print", "online ahead of print",
                       "early access")
_ONLINE_FIRST = re.compile(r"(?i)[.,;]?\s*\b(?:" + "|".join(_ONLINE_FIRST_FORMS) + r")\b\.?")
# Letters every form holds, lower-cased, which a container is checked for before the search.
_ONLINE_FIRST_CUES = ("nl", "ahead", "early")
# AMA's preprint, "Title. medRxiv. Preprint posted online May 3, 2023. doi:...": the words say what the work is, the
# server before them publishes it.
_PREPRINT_POSTED = re.compile(r"(?i)(?:^|[.,;]?\s+)preprint\s+posted\s+online\.?$")
# (French "dans Journal" and "dans : Book", Romanian "în Journal", German notes' "in, Journal" as the style prints them,
# Spanish "En Book, editado por ...")
_CONTAINER_LEAD = re.compile(r"(?i)^\s*(?://|in\s*:|in,?\s+|в\s*:|в кн\.?\s*:?|published in\s*:?|\[?w\s*:\]?|en\s*:|(?-i:En)\s+|em\s*:"
                             r"|dans\s*:?\s|în\s*:?\s)\s*")
_TITLE_OR_CONTAINER = frozenset(("title", "container"))
_JOURNAL_NUMBERS = frozenset(("volume", "issue", "pages", "date"))  # what follows a journal's name
# Turkish puts its "in" after the book: "M. Yılmaz (Ed.), Türk dünyası ve küresel dönüşüm içinde (s. 145–170)."
_CONTAINER_TAIL = re.compile(r"\s+içinde\.?$")
_TRAILING_IN = re.compile(r"[.,]?\s+(?:In|В)\s*:?$")
_DAY_MONTH_TEXT = r"(\d{1,2}\s+[A-Za-zА-Яа-яЁё]{3,9}|[A-Za-z]{3,9}\s+\d{1,2})"  # "18 February", "October 3", "19 окт"
_DAY_MONTH = re.compile(_DAY_MONTH_TEXT + r"\.?")
_PAGE_AFTER_DAY = re.compile(r"[1-9]\d?\.?")  # "2." after "Pravda, 12 March 1937,": a paper's page, one or two figures
_DAY_MONTH_YEAR = re.compile(_DAY_MONTH_TEXT + r",?\s+((?:1[5-9]|20)\d\d)\.?")  # "March 4, 2019."
_PLACE_THEN_INITIALS = re.compile(r",\s*((?:[A-Z]\.\s?){1,3}?)$")
_YEAR = r"(?:1[5-9]|20)\d\d"  # a year a reference may carry, 1500-2099
_YEAR_WORD = re.compile(_YEAR)
_YEAR_WITH_COMMA = re.compile(_YEAR + r"[a-z]?,")  # Australian Harvard's "Alford, J 2015,"
_STOPLESS_INITIALS = re.compile(r"[A-Z]{1,3}")  # "BW", "J"
_CATALOGUE_NUMBER = re.compile(r"[\w./-]*\d[\w./-]*,")  # the Australian Bureau of Statistics' "cat. no. 6202.0,"
_CATALOGUE_CODE = re.compile(r"[A-Z]{2,6}")  # the AIHW's "cat. no. AUS 231,"
_YEARS = re.compile(rf"{_YEAR}(?:[–-](?:(?:1[5-9]|20)?\d\d))?")  # "2011", "2011–2020", "1998-99"
_DAY_WORD = re.compile(r"(?:[1-9]|[12]\d|3[01])[;:,.]?")
# A month's range of days with no year: "July 14–19", "15–20 July" (the month's name in English).
_DAY_RANGE = re.compile(r"(?:[1-9]|[12]\d|3[01])[–-](?:[1-9]|[12]\d|3[01]),?")
# "Author's interview with ...", "Интервью автора с ...", and a focus group the author held ("Focus group with
# internally displaced persons ..., Dnipro, 17 November 2016", "Author's focus groups among ...", "Authors’ focus
# groups with ...", "Focus group discussion with herders, ..."), by its means
# ("Email interview with ...") or its conductor ("Interview by the author with Bakyt Dzhusupov, ..."), or its form
# ("Group interview with reindeer herders, ...", "Joint interview with ...", "Semi-structured interviews with ...").
_INTERVIEW_HEAD = re.compile(rf"(?i)(?:\w+(?:[’']s|s[’'])\s+)?(?:(?:group|joint|collective|personal|informal|semi-structured|"
                             rf"in-depth|follow-up|expert)\s+)?{INTERVIEW_MEANS}(?:interviews?|focus[- ]groups?(?:\s+discussions?)?)"
                             r"(?:\s+by\s+the\s+authors?)?\s+(?:with|among)\b"
                             r"|(?:интервью|беседа|фокус-группа)(?:\s+автора)?\s+с\b|" + FOREIGN_INTERVIEW)
# What every names._STUDY_GROUP match holds.
_STUDY_GROUP_CUES = ("Collaborat", "Investigators", "Group", "Committee", "Consortium")
# What every COMMUNICATION_HEAD match holds, lower-cased: its noun, or the author it was sent to.
# A name opening an interview note, the author's remark on it in brackets, then the interview: "Ivan Ivanov
# (pseudonym), interview by the author, ...", "Olena K. (name changed), interview with the author, ...".
_NAME_REMARK = re.compile(r"^(?:\d+\.?\s+)?((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?)\s+(\([a-z][^()]{0,40}\)),\s+"
                          r"(?:(?:an?\s+)?(?:[a-z-]+\s+)?interview)\b")
_COMMUNICATION_CUES = ("orrespondence", "ommunication", "xchange", "the author")
_SECOND_SENTENCE = re.compile(r"[a-z]{3}\. [A-Z]")  # a full stop after a word (no initial's, "Dr."), a capital after it
# A country's subdivision named by its kind after its name: "Aravan district", "Osh oblast", "Khatlon Province",
# Mongolia's "Khanbogd soum" and "Umnugovi aimag", Uzbekistan's "tuman", Kazakhstan's "audany".
_ADMINISTRATIVE_UNIT = re.compile(r"district|region|province|oblast|oblysy?|raion|rayon|krai|kray|okrug|county|"
                                  r"governorate|prefecture|canton|voivodeship|viloyat|velayat|municipality|"
                                  r"soum|sum|aimag|aimak|tuman|audany|"
                                  r"р-н|район|обл\.?|область|край|округ")


def _is_admin_unit(word: str) -> bool:
    """Is the word (with its comma) the kind of a subdivision named before it ("district,", "обл.,")?"""
    return _ADMINISTRATIVE_UNIT.fullmatch(word.lower().rstrip(",")) is not None


# A word of a date written out: day, month, year, Russian "г." (year).
_DATE_TOKEN = re.compile(rf"(?i)^(?:(?:[1-9]|[12]\d|3[01])[–-]?(?:[1-9]|[12]\d|3[01])?|{_YEAR}|г|гг|"
                         r"[a-zа-яё]{3,9})[.,]?$")
_ABBREV = re.compile(r"^[A-Z][a-z]{0,4}\.,?$")
_SENTENCE_END = (".", "?", "!", ",", ";", ":", "”", "’", "»", '"', "]", ")")
_YEAR_CLOSES = re.compile(rf"^(?:['’]\d\d|{_YEAR})\)[.,]?$")  # "’23).", "2020)," closing a conference's short name
_PAGE_COUNT_AT = re.compile(r"\d+ pages\b")  # ACM "..., Article 12, 10 pages."
_ACM_LENGTH = re.compile(r"\d+|pages[.,]?")  # "..., Article 25 (Aug. 2020), 36 pages.", Hindawi's "9 pages, 2011."
# The number an article is cited by: digits, or Cochrane's review number "CD009825"
_REVIEW_OR_ARTICLE_NO = re.compile(r"(?:CD)?\d+")
_ACM_VOLUME = re.compile(r"\d{1,4},")  # "27," in "Interact. 27, 4, Article 25"
_ACM_ISSUE = re.compile(r"(?:\d{1,4}|[A-Z]{2,8}\d?),")  # "4," or a named issue, "CSCW2,"
# Lower-case words a list of names may hold: particles and joiners ("van der", "и", "and", "al").
_LOWER_NAME_WORDS = frozenset(PARTICLES) | {"and", "et", "und", "y", "e", "i", "и", "of", "for", "the", "on", "ed", "eds",
                                             "trans", "hrsg", "под", "ред", "сост", "пер", "a", "og", "och", "ve",
                                             "en", "ja", "és", "oraz", "inni"}
_YEAR_SPAN_END = re.compile(rf"^{_YEAR}[–-]{_YEAR}\.$")  # "1990–2015." ending a sentence
_TITLE_YEARS = re.compile(rf"^{_YEAR}(?:[–-]{_YEAR})?,$")  # "2019," or "2014–2020," before a comma
_BARE_YEAR = re.compile(rf"^{_YEAR}[;,.]?$")
# A comma part opening with a day, a month's word and a year: "..., Rio de Janeiro, 9 ago. 1943."
_COMMA_DAY_MONTH_YEAR = re.compile(rf", (?:[1-9]|[12]\d|3[01]) [^\W\d_]{{3,10}}\.? {_YEAR}\b")
# "Российская Федерация. Президент (2000–2008 ; В. В. Путин).", "Республика Казахстан. Президент (1991–2019 ; Н. А.
# Назарбаев).": a jurisdiction, the office and, in brackets, the years and name of who held it (ГОСТ Р 7.0.100's
# heading for an official's acts and addresses)
_OFFICE_HOLDER_HEADING = re.compile(r"(?P<heading>[А-ЯЁ][а-яё]+(?:\s[А-ЯЁа-яё][а-яё]+){0,3}\.\s+[А-ЯЁ][а-яё]+"
                                    r"(?:\s[а-яё]+){0,4}\s+\(\d{4}\s*[–—-]\s*(?:\d{4})?\s*;\s*[^()]{3,60}\))\.\s")
# A year or a span of years as one word: "1937.", "1941–1944:".
_YEAR_SPAN_WORD = re.compile(rf"{_YEARS.pattern}[;,.:]?")
# A comma, then (across the whitespace between words, or none where the tokenizer cut) a year: what the text
# holds wherever a word ending in "," is followed by a _BARE_YEAR word, found in one search.
_COMMA_THEN_YEAR = re.compile(rf",\s*{_YEAR}")
_YEARS_SPAN = re.compile(rf"^{_YEAR}[–-](?:\d\d|{_YEAR})\.?$")  # "1931–34", "1931–1934."
_BRACKETED_RANGE = re.compile(r"\(\d+[–-]\d+\)[,.:;]?")  # "(5–6),"
# The file a compiler keeps, noted in brackets after the entry has ended: "... pp. 1-4. (PDF)", "London: Routledge. [pdf]"
_CLOSING_FORMAT = re.compile(r"[(\[](?:PDF|pdf|DOCX?|docx?|e-?book)[)\]]\.?")
_BRACKETED_YEAR = re.compile(rf"^\({_YEAR}[a-z]?\)[.,:]?$")  # "(2021):", "(2019a)."
# An author-date bracket glued to the name before it, as PDFs and East Asian journals print it ("李涛(2009). Title",
# "Smith, J.(2010). Title"): the space is put back, so the tagger sees the name and the date apart. Not after a
# capital, which ends an EU document's symbol ("JOIN(2019) 9 final", "COM(2020) 102"). The bracket ahead is tested
# first: it fails at once at nearly every position, where the letter behind holds at most.
_GLUED_AUTHOR_DATE = re.compile(rf"(?=\({_YEAR}[a-z]?\)[.,:]?(?: |$))(?:(?<=[^\W\d_])(?<![A-Z])|(?<=[^\W\d_]\.))")
# A page range glued by its comma to the year after it, the space lost in a PDF copy ("Geom., 41(2):301-330,1995."):
# the year had stayed in the pages, the work undated; so with a space the copy put at the dash ("pp. 61- 66,2017.",
# "pp .51 -55,1992 ."). Not a list of ranges ("12-15,1820-1830").
_GLUED_PAGES_YEAR = re.compile(rf"(\d ?[–-] ?\d+,)(?={_YEAR}[a-z]?(?![\d–-]))")
# Physics lists copied out of PDFs: the page or article number glued to a year bracket's close ("Phys. Rev. D 88
# (2013)054012", "( 1998)231 -250"), or an arXiv id in its place ("( 2001)arXiv :hep-ph/0104112"; after the bracket's
# comma too, "( 2016),arXiv :1603.05250"), is set apart, as the
# tagger knows "(2013) 054012". Only after a year, and not
# after a bracket glued to the word before it (the EU's "P9_TA(2020)0231", a DOI's "(2008)134").
_NUMBER_GLUED_TO_YEAR = re.compile(rf"(\((?<!\S\() ?{_YEAR} ?\),?)(?=[A-Z]?\d|arXiv)")  # "(" first: a search skips to it
# ... and the volume before that bracket, glued to it with the space put inside ("Phys. Lett. B59( 1975)67 -69",
# "Phys. Rev. D47( 1993)5270"), or the issue's bracket ("27 ( 4)( 2011)1178"); a bracket glued to a word with no space
# inside ("P9_TA(2020)0231") is a symbol's.
_VOLUME_GLUED_TO_YEAR = re.compile(rf"(?<=\d)(?=\( {_YEAR} ?\))|(?<=\))(?=\( ?{_YEAR} ?\))")
# ... and the comma between two numbers that a PDF copy printed on the second ("Rev Mod Phys 2010 ,82 ,1539 -1592"):
# it goes back after the first, as the tagger knows ACS's "2010, 82, 1539-1592" (the volume had been read into the
# pages).
_COMMA_ON_NUMBER = re.compile(r"(?<![^\s,])(\d+) ,(?=\d+(?!\w))")
# Physics' "Journal volume, page (year)" copied out of a PDF with the space after the comma lost ("Phys. Rev. C 32,2165
# ( 1985)", "Heterocycles, 26,1487 (1987)"): the space is put back, so the page is not read as the volume's issue.
# Only between two bare numbers right before the year's bracket, the first standing after a space.
_VOLUME_GLUED_TO_PAGE = re.compile(rf"(?<!\S)(\d{{1,4}}),(?=\d{{1,6}} ?\( ?{_YEAR} ?\))")
# PDF copies glue the volume to the journal's last word and space the comma after it ("Laser Part. Beams13 ,451",
# "NanoLetters15 , 4541"): the volume is set apart. A capitalised word of four letters or more only, before " ," and a
# number.
_VOLUME_GLUED_TO_NAME = re.compile(r"(?<!\S)([A-Z][A-Za-z]*[a-z]{3})(\d{1,4})(?= ,\s?\d)")
# Astronomy lists copied out of PDFs print the stop closing the names on the year ("et al .2006 ,ApJ", "Collaboration
# .2014b ,A&A"): it goes back to the word before.
_STOP_ON_YEAR = re.compile(rf"(?<=\w) \.(?={_YEAR}[a-z]?(?![\w.]))")
# ... and the stop of the mathematicians' lower-case "no." or "vol." on the number after it ("( 2012),no .3 ,661 -733"):
# it goes back to its word, as the tagger knows "no. 3, 661-733".
_NUMBER_WORD_STOP = re.compile(r"(?<![^\s,(])(no|vol) \.(?=\d)")
_DATE_PART = re.compile(r"(?i)^(?:[a-z]{3,4}\.?|\d{1,2}[;,.]?)$")
_PLACE_LIKE = {"publisher", "container", "location"}
_NO_DATE_WORD = re.compile(r"\(n\.\s?d\.\)[.,:]?")  # Harvard's and APA's "(n.d.)" in the year's place
# ... one of them after up to seven words opening the text: the cue of the rule that reads those words as the author
_OPENING_DATE_BRACKET = re.compile(r"(?:\S+\s+){1,7}\((?:1[5-9]|20|n\.)")
_PAGE_CUE = re.compile(r"(?i)^(?:pp?|pages?|с|s)\.?$")
_INITIAL_TOKEN = re.compile(rf"^{INITIALS_WORD}$")
_STATUS_CLOSE = re.compile(r"(?:press|\(forthcoming)\)[.,:]?")  # "(in press).", "(forthcoming)."
_VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3},")  # "Thomas EJ," opening a Vancouver list
# Two tokens that end a name list: "et al.", "[и др.]", "and others,", "u. a."
_ETAL_TOKENS = re.compile(r"(?i)\[?(?:et\.?\s*al|и\s+др|and\s+others|(?-i:u\.\s*a)|a\s+kol|i\s+in(?:ni)?|y\s+cols?)\.?\]?[.,;:]?")
_MEDIUM_WORD = re.compile(r"(?i)(?:электронный|текст|electronic|online|видео|video|audio|cd|dvd|map)\b")
# "Jan.", "January", "Sept" (not "Mark", "Junior", "Marsh")
_ENGLISH_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                  r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_WORD = re.compile(rf"(?i)^{_ENGLISH_MONTH},?$")
# A month named in full after the publisher's comma ("Carnegie Endowment for International Peace, March")
_PUBLISHER_MONTH = re.compile(r",\s+(January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)$")
_DAYS_OF_MONTH = re.compile(rf"(?i)({_ENGLISH_MONTH})\s+(\d{{1,2}})\s*[–-]\s*(\d{{1,2}})"
                            rf"|(\d{{1,2}})\s*[–-]\s*(\d{{1,2}})\s+({_ENGLISH_MONTH})")
# Chicago's date bracket after the volume: "(2020):", "(October 2018):", "(Spring 2019):", "(April):" (no issue)
_BRACKETED_DATE = re.compile(rf"(?i)\((?:(?:{_ENGLISH_MONTH}|spring|summer|autumn|fall|winter)(?: {_YEAR})?|{_YEAR})\):")
_MONTH_SPAN = re.compile(rf"(?i){_ENGLISH_MONTH}[–/-]{_ENGLISH_MONTH},?")  # "January–February,"
_DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
_US_STATES = frozenset("""AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split())  # the codes a US town's state is printed by
# The codes a town's state, province or country is printed by after it: US states, Canada's provinces ("Toronto,
# ON"), Brazil's states (ABNT's "São Paulo, SP", "Belo Horizonte, MG"), Australia's and countries' short forms.
_REGION_CODES = _US_STATES | frozenset("""AB BC MB NB NL NS NT NU ON PE QC SK YT AC AP AM BA CE DF ES GO MG PB PR PE PI RJ
RN RS RO RR SP SE TO NSW QLD VIC TAS ACT UK US EU""".split())
_DAY_JOINERS = frozenset({"and", "&", "et", "und", "y", "и"})  # two days of one month: "3 and 4 April 2018"
_PAGE_RANGE = re.compile(r"\d[–-]\d")
_PINPOINT = re.compile(r"\d{1,4}(?:[–-]\d{1,4})?[.,;]?")  # "198.", "470–80."
_VOLUME_PAGE = re.compile(r"(\d{1,4})(?::\s*|,\s+)([A-Za-z]?\d+[–-][A-Za-z]?\d+|[A-Za-z]\d+|\d{3,})")
# A journal's section letter glued to the volume after its name: "Phys. Rev. D92,", "Nucl. Phys. B214", "Meth. A,795"
_SECTION_VOLUME = re.compile(r"\.?([A-G]),?\s?(\d{1,4}\b.*)")
# the same, or a volume glued to the journal's abbreviation stop ("Phys. Rev. Lett.90", not "p.355"), closing what was
# read as the journal
_VOLUME_CLOSING = re.compile(rf"(?:(?:\s\.?|(?<=[a-z]{{2}}\.))([A-G])|(?<=[A-Za-z]{{2}}\.)(?<!\bpp\.)(?<!\b[Vv]ol\.)(?<!\b[Nn]o\.))"
                             rf"(?!{_YEAR}\b)(\d{{1,4}})\s*[(,]?$")


def _ends_in_digit(text: str) -> bool:
    """Does a digit close the text, but for spaces and a bracket or comma, as every _VOLUME_CLOSING match does? Asked
    first: the search tried the pattern along the whole of each journal's name to find its end."""
    return text.rstrip().rstrip("(,").rstrip()[-1:].isdigit()


# A meeting's short name and year in brackets: "(OSDI 16)", "(USENIX Security 22)", "(CHI 2019)"
# "( 7)", "(12)": an issue's bracket standing alone (with the year bracket's opening after it, "( 7) (")
_ISSUE_BRACKET_ALONE = re.compile(r"(\( ?\d{1,3} ?\))[,.]?(?: ?\()?")
_MEETING_SHORT_NAME = re.compile(r"\((?!Vol|No|Bd|Nr)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+[’']?(?:\d\d|(?:19|20)\d\d)\)")
_VOLUME_SHORT_PAGE = re.compile(r"(\d{1,4}),\s+(\d{1,2})")  # "870, 12": volume and a page that may be an issue
_DATE_CUES = frozenset(("updated", "published", "revised", "modified"))
# AMA web pages date themselves "Updated May 17, 2022" or "Published July 12, 2023" (a bare
# "published" is too common elsewhere: "Original work published 1936").
_UPDATED = re.compile(r"(?i)\b(?:(?:last\s+)?(?:updated|modified)\b:?\s+\w"
                      r"|published:?\s+(?:\d{1,2}\s+)?[^\W\d_]{3,9}\.?\s+\d)")
# GB/T 7714 marks each reference's type right after its title: "Title[J].", "Title[M].", "[C]//", "[EB/OL]"
# (attached: "vitamin [D]." is no mark). The pattern opens with its "[" (the look back then finds it attached), so
# a search skips to each "[" at once.
_GBT_CITED = re.compile(r"\)\s?\[(\d{4}-\d{1,2}-\d{1,2})\]")
# Citing Medicine's newspaper locator after the date, "2021 Nov 2;Sect. A:1 (col. 4).": the section, its page and the
# column, which has no CSL field (note). Cut before tagging, the date closing its sentence as in the other periodicals.
_NEWSPAPER_SECTION = re.compile(r";\s*Sect\.\s*(?P<section>[A-Z0-9]{1,3}):\s*(?P<page>\d+(?:-\d+)?)"
                                r"(?:\s*\((?P<column>col\.\s*\d+)\))?(?=\.)")
_GBT_MARK = re.compile(r"\[(?<=\S\[)(J|M|C|D|R|N|P|S|A|G|Z|EB|DB|CP)(?:/OL)?\](?=$|[.,:/]|//)")
# A GB/T patent's number after its title and a colon: "CN112345678A", "CN 1234567 C", "US10234567B2".
_GBT_PATENT_NUMBER = re.compile(r"\s*[:：]\s*((?:CN|US|EP|JP|KR|WO|DE|GB|FR|ZL)\s?[\d.]{6,}\s?(?:[A-Z]\d?)?)[\s.]*$")
# A GB/T standard's designation after its title and a colon: "GB/T 7714—2015", "GB 50009-2012", "JGJ 3—2010",
# "ISO 690:2010".
_GBT_STANDARD_NUMBER = re.compile(r"\s*[:：]\s*([A-Z]{1,5}(?:/[A-Z]{1,2})?\s?\d+(?:[.-]\d+)*(?:\s?[—–:-]\s?\d{4})?)[\s.]*$")
_ISO_DAY = re.compile(r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d[.,]?$")  # "2021-03-02."
# A GB/T newspaper's day and page ("版"), which the tokens cut at the bracket: "2021-03-15(5)."
_GBT_NEWSPAPER_DAY = re.compile(r"(?:1[89]|20)\d\d-[01]?\d-[0-3]?\d\(\d+\)\.?")
_GBT_TYPES = {"J": "article-journal", "M": "book", "C": "paper-conference", "D": "thesis", "R": "report",
              "N": "article-newspaper", "P": "patent", "S": "standard", "A": "chapter", "EB": "webpage"}
_LEAD_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)$")
_DIGITS = re.compile(r"\d+")
_ORIGINAL_YEAR = re.compile(rf"\b({_YEAR})\s*\[({_YEAR})\]")
# Chicago author-date's reprint "(1949) 1995": the first edition's year in brackets comes first.
_ORIGINAL_FIRST = re.compile(rf"^\(({_YEAR})\)\s*(?={_YEAR}\b)")
# APA's "(Original work published 1936)" after the reference, in any language APA is written in.
_YEAR_SENTENCE = re.compile(rf"{_YEAR}\.")  # a year alone, ending its sentence
_LETTERED_VOLUME = re.compile(r"(?:[A-Z]|\d{1,3}|[IVXLC]+),")  # MLA's "vol. E," "vol. 2," "vol. IV,"
_ORIGINAL_WORK = re.compile(rf"(?i)^\(?(?:{rules.ORIGINAL_PUBLISHED})\s+(?:in\s+|en\s+|em\s+|nel\s+)?({_YEAR})\)?\.?$")
# GOST's reprint of an edition of a year, after the imprint: "(Репринт. изд. 1922 г.)", "Репринтное издание 1911 года",
# "Репр. воспр. изд. 1899 г.": that year is the original's (the words stay in the note, as Chicago's "Reprint" does).
_REPRINT_OF_YEAR = re.compile(rf"(?i)^\(?репр(?:\.|инт\.|интное)\s+(?:воспр(?:\.|оизведение)\s+)?изд(?:\.|ания|ание)\s+"
                              rf"({_YEAR})\s*(?:г\.|года)?\)?\.?$")
# Springer's proceedings series: a paper in one is a conference paper.
_PROCEEDINGS_SERIES = re.compile(r"LNCS|LNAI|LNBI|LNBIP|LNICST|CCIS|Lecture Notes in (?:Computer Science|Artificial "
                                 r"Intelligence|Bioinformatics|Business Information Processing)|Communications in "
                                 r"Computer and Information Science")
_STATE_IN_BRACKETS = re.compile(r"\([A-Z]{2,3}\):")  # Citing Medicine's "Rockville (MD):", "London (UK):"
_PLACE_WORD = re.compile(rf"^[A-Z{CYRILLIC_UP}][a-z{CYRILLIC_LOW}'’-]+$")
_NUMERIC_DATE = re.compile(rf"^\(?(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{_YEAR}\)?[.,;]?$")
# The date after a Polish journal's quoted name: the year, month.year or day.month.year ("2016,", "10.2018,").
_POLISH_DATE = re.compile(rf"^(?:(?:0?[1-9]|[12]\d|3[01])\.)?(?:(?:0[1-9]|1[0-2])\.)?{_YEAR}[.,]?$")
_NUMERIC_DATE_IN = re.compile(rf"\d\.\d\d?\.{_YEAR}")  # what a text holding a _NUMERIC_DATE word holds
# Czech and Slovak (ČSN ISO 690) print a day's date spaced: "Czso.cz [online]. 10. 5. 2023 [cit. 2023-06-02]."; the
# cue, opening on its literal stop, is what a text holding one holds (a tenth of the whole pattern's search time).
_SPACED_NUMERIC_DATE = re.compile(rf"(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. {_YEAR}")
_SPACED_NUMERIC_DATE_CUE = re.compile(r"\. \d\d?\. [12]\d\d\d")
_IMPRINT_LIKE = frozenset({"title", "location", "publisher", "container", "editor"})
_STOP_MONTH_YEAR = re.compile(rf"\. [A-ZА-ЯЁ][^\s\d]+ {_YEAR}\b")  # ". December 2016"
_EDITION_CLOSE = re.compile(r"(?i)^ed(?:n|ition)?\.\)\.$")  # "(4th ed.)." before an APA publisher
_EDITION_WORD = re.compile(r"(?i)^ed(?:n|ition)?\.?;$")
_ORDINAL = re.compile(r"(?i)^\d+(?:st|nd|rd|th)$")
_ABBREVIATED = re.compile(r"^[A-Z][a-z]{0,8}\.$")
# Abbreviations inside a publisher's or a body's name ("Oxford Univ. Press"), not sentence ends.
_NAME_ABBREVIATIONS = frozenset("univ inc co ltd corp assoc soc dept publ pub intl natl acad inst bros st".split())
# The words IEEE abbreviates in a body's name ("Int. Fed. Library Assoc. Inst.", "Nat. Inst. Standards Technol."):
# a run of them before the place is the publisher, not the title's end.
_BODY_NAME_ABBREVIATIONS = _NAME_ABBREVIATIONS | frozenset(
    "int fed nat res lab labs amer eur technol eng org comm admin gov govt ctr cent found coll div sch fac hosp".split())
_CLOSER = {"‘": "’", "“": "”", "«": "»", '"': '"', "„": "“"}
# small words inside a body's name, also in the languages of the bodies names.py knows
# ("Ministerio del Poder Popular para Relaciones Exteriores", "Ministère de la Culture", "Bundesamt für ...")
_BODY_JOINERS = frozenset(("of", "for", "and", "the", "on", "under", "to", "de", "del", "la", "las", "los", "para", "y",
                           "da", "do", "dos", "des", "du", "di", "della", "per", "et", "für", "der", "und"))
_PUBLISHER_JOINERS = frozenset(("of", "for", "and", "&"))  # in a publisher's name: "Centre for ...", "Taylor & Francis"
_ROLE_LABELS = frozenset(("editor", "translator"))
_ROLE_WORDS = {"ed.": "editor", "trans.": "translator"}  # a Chicago note's role word before the names: "ed. Name"
# Databases MLA names as a work's second container (and the catalogues Zotero's MLA prints there from the item's
# Library Catalog: "DOI.org (Crossref), https://doi.org/...").
_DATABASE_NAMES = frozenset(("JSTOR", "ProQuest", "EBSCOhost", "Project MUSE", "Google Books", "ScienceDirect", "Gale",
                             "DOI.org (Crossref)", "DOI.org (Datacite)", "Crossref", "Semantic Scholar",
                             "Academic Search Complete", "Nexis Uni", "LexisNexis", "Westlaw", "HeinOnline", "Scopus",
                             "Web of Science", "PubMed", "PubMed Central", "SpringerLink", "Cambridge Core",
                             "Oxford Academic", "Wiley Online Library", "SAGE Journals", "Taylor & Francis Online"))
_DATABASE_NAME = re.compile("|".join(map(re.escape, _DATABASE_NAMES)))  # any of them, in one scan
_BRACKETED_FIRST_YEAR = re.compile(rf"\({_YEAR};")  # "(1930; repr., London: ...)"
_COPYRIGHT_YEAR = re.compile(rf"[c©]{_YEAR}[.;,]?")
# A capitalised sentence with no quote or bracket, then a quoted title closed by its stop: "[15] Body. “Title.” ..."
_SENTENCE_BEFORE_QUOTE = re.compile(r"(?:\[\d+\]\s+)?[A-Z][^“”\"\[\]()]{1,80}?\.\s+“[^”]+[.,]”")
_CITING_MEDICINE_COPYRIGHT = re.compile(rf"; c{_YEAR}(?:-{_YEAR})?\s\[(?:updated|cited)")  # "; c2021 [updated ...; cited"
_QUOTE_CLOSED = (",”", ".”", ",’", ".’", ',"', '."')  # a quoted title's last word, closed with its stop
# ... or with its quote before the stop (Harvard "‘Title’, Journal", Chicago "“Title”. Journal", French "« Title »,")
_QUOTE_ENDS = _QUOTE_CLOSED + ("’,", "”,", '",', "”.", "»,", "».", "»")
_ROLE_SENTENCE = {"Translated": "translator", "Edited": "editor"}
# A translator's role word, cut short, in a bracket after a book's title: "(A. Goldhammer, Trans.)", "(Çev. A. Onacak)".
_TRANSLATOR_WORDS = frozenset(("trans", "transl", "trad", "übers", "пер", "çev", "çeviren"))
# One sentence naming the translators as the editors: "Translated and edited by ...", "Edited and translated by ..."
_TRANSLATED_AND_EDITED = re.compile(r"\s*(?:Translated\s+and\s+edited|Edited\s+and\s+translated)(?:,\s+with\s+[^,]+,)?"
                                    r"\s+by\s+")
_ROLE_BY_WORDS = frozenset(("edited", "translated", "ed.", "trans.", "compiled"))
# The language translated from, between the role word and "by": "Transl. from English by Yu. Bocharov.", "Translated
# from the German by ...": the sentence names the translators; the language is kept in the note.
_TRANSLATED_FROM_BY = re.compile(r"\s*(Trans(?:l\.|lated)\s+from\s+(?:the\s+)?[A-Z][a-z]+)\s+by\s+")
# IEEE's report series and number: "Tech. Rep. NREL/TP-5000-78123,", "Rep. LBNL-2001345,", "Res. Rep. 12,".
_REPORT_KIND_WORDS = frozenset(("Tech.", "Technical", "Res.", "Research", "Internal", "Final",
                                "Policy", "Working", "Discussion", "White"))
# ... and its series word: a report ("Rep."), or a think tank's memo, brief or paper ("Policy Memo 762,").
_REPORT_SERIES_WORDS = frozenset(("Rep.", "Report", "Memo", "Brief", "Paper"))
_REPORT_NUMBER_WORD = re.compile(r"[A-Z]{0,8}[\w./-]*\d[\w./-]*[,.]")
_TAIL = re.compile(r"[.,;:!?)]+$")
_STRAIGHT_CLOSE = re.compile(r"[.,?!]'(?=$|\s)")  # a typewriter single quote closing a title after its comma or stop


# A meeting cited by its short name alone after "In", as ML papers do ("In ICLR, 2014", "In NeurIPS 2020"): one word
# of two capitals or more, its year or edition's short year after it.
_VENUE_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[ '’]?(?:19|20)?\d\d)?")


# A list of names written given name first ("Diederik P. Kingma", "Jean Pouget-Abadie"), joined by commas and "and",
# up to the full stop after its last family name, or, as notes print them, the comma before the quoted title ("Diana T.
# Kudaibergenova and Marlene Laruelle, ‘Title’, ...").
_GIVEN_FIRST_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z]\.){0,2}\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_GIVEN_FIRST_LIST = re.compile(rf"^{_GIVEN_FIRST_NAME}(?:,\s+{_GIVEN_FIRST_NAME})*,?\s+and\s+{_GIVEN_FIRST_NAME}"
                               r"(?:\.(?=\s)|,(?=\s+[‘“\"«]))")


# What follows a company named with its legal form of capitals ("Siemens AG") where no Vancouver name would stand: the
# year and its full stop, as author-date styles print it ("Siemens AG (2021).", "Siemens AG, 2021."; Vancouver's year
# comes after the title, and Springer's "Smith AB (2010) Title" has no stop after it), or a title opening with the
# company's own name ("Ericsson AB. Ericsson Mobility Report.").
_YEAR_AFTER_NAMES = re.compile(r"\.?\s*\((?:1[89]|20)\d\d[a-z]?\)\.|,\s*(?:1[89]|20)\d\d[a-z]?\.")


def _company_by_form(text: str, name: str) -> bool:
    """Does the text after ``name`` (a name and a form of capitals alone) show a company rather than a person?"""
    if not text.startswith(name):
        return False
    rest = text[len(name):]
    return bool(_YEAR_AFTER_NAMES.match(rest)) or rest.lstrip(". ").startswith(name.split()[0] + " ")


# A name with no comma and no initials before a bracketed date, as IEEE and APA print a body's online work:
# "Access Now. (2022). #KeepItOn ...", "Akorda. (Jan. 7, 2022). Address of ...", APA's day after the year
# ("TRT Haber. (2022, 12 Kasım).", "Kremlin. (2022, November 11).", a channel's "Crash Course. (2016, March 21).")
# and "(n.d.)" (a person's has initials).
_BODY_BEFORE_DATE = re.compile(r"^[A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]+|of|for|and|the|on)){0,4}\. \((?:[A-Z][a-z]{2,3}\.? \d{1,2}, )?"
                               r"(?:(?:19|20)\d\d(?:, (?:\d{1,2} )?[^\W\d_]+\.?(?: \d{1,2}(?:[–-]\d{1,2})?)?)?|n\.\s?d\.)\)\.")


def _place_part(text: str) -> bool:
    """A part of an imprint's place: a city the list knows, a country or its or a state's code ("U.K.", "USA", "MA")."""
    return is_place(text) or text in ("U.K.", "U.S.A.", "U.S.") or _is_region(text)


def _ieee_thesis_imprint(words: list[str], labels: list[str], shut: int):
    """Label an IEEE thesis's genre, institution and place between its quoted title (ending at word `shut`) and its date."""
    n = len(words)
    genre_end = next((k for k in range(shut + 1, min(n, shut + 5)) if words[k].endswith(",")), None)
    if genre_end is None or not _THESIS_RE.search(" ".join(words[shut + 1:genre_end + 1]).lower()):
        return
    date = next((k for k in range(genre_end + 1, n) if labels[k] == "date"), None)
    if date is None:
        return
    parts, start = [], genre_end + 1  # the comma-closed parts between the genre and the date
    for k in range(genre_end + 1, date):
        if words[k].endswith(","):
            parts.append((start, k))
            start = k + 1
    if start != date:
        return
    places = 0
    while places < len(parts) - 1 and _place_part(" ".join(words[parts[-1 - places][0]:parts[-1 - places][1] + 1])[:-1]):
        places += 1
    if not places:
        return
    labels[shut + 1:genre_end + 1] = ["genre"] * (genre_end - shut)
    publisher_end = parts[-1 - places][1]
    labels[genre_end + 1:publisher_end + 1] = ["publisher"] * (publisher_end - genre_end)
    labels[publisher_end + 1:date] = ["location"] * (date - publisher_end - 1)


def _body_words(words) -> bool:
    """Could these words name a body, each capitalised or a joiner ("Agency on Statistics under the President"), its
    acronym in brackets among them ("State Oil Company of Azerbaijan Republic (SOCAR),")?"""
    return all(w[:1].isupper() or w in _BODY_JOINERS or _BRACKETED_ACRONYM.fullmatch(w) for w in words)


_JOURNAL_SERIES_NUMBER = re.compile(r"\(\d{1,2}\)")  # a journal's series, "Ann. of Math. (2)"
_BODY_ACRONYM_COMMA = re.compile(r"[A-Z]{2,5},")  # "BP,", "IMF,", "OECD,"
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z&-]*[A-Z]\)[,.:]?")


def _body_named_first(words) -> bool:
    """A body's name as French and Spanish write it, capitalised only from its first word, which says what
    body it is: "Organisation du Traité de sécurité collective", "Ministère des Affaires étrangères"."""
    return len(words) <= 8 and words[0][:1].isupper() and words[0].lower() in _BODY_WORDS \
        and all(w.rstrip(",").isalpha() for w in words)


# A link's host: "nashaniva.com" in "https://nashaniva.com/?c=ar", "news.zerkalo.io", "www.akorda.kz".
_LINK_HOST = re.compile(r"(?i)(?:https?://|(?<![\w.])www\.)([\w.-]+)")


def _named_by_link(name: str, text: str) -> bool:
    """Is the one word before a note's quoted title the site its link is on ("Akorda, ‘...’, https://www.akorda.kz/...",
    "Zerkalo, ‘...’, https://news.zerkalo.io/...")? It spells a part of the host's name. (Two words may be a person
    and the site named after them, "Craig Murray, ‘...’, https://www.craigmurray.org.uk/...": outlets.py knows
    the outlets of two words.)"""
    word = name.strip(" ,.")
    if len(word) < 4 or not word.isalpha() or not word[:1].isupper():
        return False
    return any(word.lower() in host.lower().split(".")[:-1] for host in _LINK_HOST.findall(text))


def _body_on_own_site(item: dict, site: str) -> bool:
    """Is the site a body's own, named by its link's host ("ČESKÝ STATISTICKÝ ÚŘAD. Title. Czso.cz [online]. 10. 5.
    2023 ... Dostupné z: https://www.czso.cz/...")? Its page is a web page; a paper named by its host with no body
    as author ("‘Title’, Gazeta.uz, 2 February 2019") stays a paper's item."""
    names = item.get("author", ())
    if not names or not all("literal" in name for name in names) or "." not in site:
        return False
    host = _LINK_HOST.match(item["URL"])
    return bool(host) and host.group(1).lower().removeprefix("www.") == site.lower()


def _closes(word: str, closer: str, last: bool) -> bool:
    """Does ``word`` end a quotation? "’" also marks the soft sign in
    transliterated Russian (``sozdat’``), so it must be followed by punctuation."""
    core = _TAIL.sub("", word)
    if word.endswith(closer) or core.endswith(closer):
        return closer != "’" or last or core != word or word.endswith(("’”", "’»"))
    return False


def _best_other(tagger, i: int, exclude: str) -> tuple[str, float]:
    labels = getattr(_local, "labels", None)
    if labels is None:
        labels = _local.labels = [x for x in tagger.labels()]
    try:
        best = max((lab for lab in labels if lab != exclude), key=lambda lab: tagger.marginal(lab, i))
        return best, tagger.marginal(best, i)
    except ValueError:  # a word the tagger did not read (MLA's closing device format): no second choice to give
        return "note", 0.5


# First words of a body's name in the continental national styles: "Ministère de ...", "Bundesministerium für ...",
# "Główny Urząd Statystyczny", "Istituto nazionale di statistica".
_CONTINENTAL_BODY_HEADS = frozenset("ministère ministerio ministero ministério ministerium bundesministerium ministerstwo "
                                    "ministerstvo instituto istituto institut urząd úřad secretaría secretaria conseil "
                                    "consejo consiglio direction dirección direzione agence agencia agenzia statistisches "
                                    "główny český deutscher deutsches deutsche".split())


# What follows a periodical's name in Italian lists: "vol. 23,", "n. 2,", "pp.", a year, "XXIII," or "104,".
_PERIODICAL_NUMBERS = re.compile(r"(?i)vol\.|nn?\.|pp?\.|a\.|anno|[IVXLC]+,|\d+[,.]")


def _last_title_sentence(words, labels) -> tuple[int, int]:
    """(first, last) token of the title's last full-stop sentence; callers check there is a title."""
    j = max(k for k in range(len(labels)) if labels[k] == "title")
    i = j
    while i > 0 and labels[i - 1] == "title" and not words[i - 1].endswith("."):
        i -= 1
    return i, j


def _before_links(words, labels, start: int) -> int:
    """Where the links closing a reference (URL, DOI) begin, not before ``start``: the end of what an APA imprint
    rule reads."""
    e = len(words)
    while e > start and (labels[e - 1] in ("url", "doi") or words[e - 1].lower().startswith(("http", "doi", "www."))):
        e -= 1
    return e


def _sentence_case(words) -> bool:
    """Is a title written in sentence case, as APA writes titles: a lower-case word that is no joiner
    after its first?"""
    return any(w[:1].islower() and w not in _BODY_JOINERS for w in words[1:])


# Journal words as ISO 4 abbreviates them, none an English word: a journal's name ending in one ends in its stop
# ("Central Asian Surv.", "Int. Aff.", "J. Geophys."), not the sentence's.
_JOURNAL_WORD_ABBREVIATIONS = frozenset("""
surv rev stud res econ polit sci int aff hist sociol psychol anthropol geogr environ dev manag med eng phys chem
biol technol commun inf comput syst lett proc trans theor quart philos ling educ relat secur ser mater nat rep
assoc soc am eur geophys neurosci internat adm admin stat publ j agric appl biochem clin ecol hydrol microbiol mol
nutr pharmacol physiol resour struct zool acad astron astrophys behav biomed cardiol genet immunol infect neurol oncol
pediatr psychiatr radiol surg toxicol vet agron mech meteorol oceanogr geol hortic entomol clim catal
""".split())
# How a whole word ends, which no abbreviation does: "Political Studies", "Economics", "Relations".
_WHOLE_WORD_END = re.compile(r"(?:ies|ics|ions|ments|ness|ers)$")


# A publisher's last word as GOST abbreviates it (ГОСТ Р 7.0.12): lower-case Cyrillic cut after a consonant ("лит.",
# "шк.", "энцикл."), which a whole word ("мир", "статистика") is only after no abbreviated word.
_GOST_ABBREVIATED_LAST = re.compile(r"[а-яё]{1,6}(?<![аеёиоуыэюяьй])")


def _publisher_stop(value: str, span: str) -> str:
    """A publisher named in GOST's or IEEE's abbreviations keeps the stop after its last one ("М.: Юрид. лит., 1967",
    "Высш. шк.", "Assoc. Inst."); the stop rules.strip_end took off was the abbreviation's, not the sentence's."""
    words = value.split()
    if len(words) < 2 or value.endswith(".") or not span.rstrip(" ,;:").endswith("."):
        return value
    if _GOST_ABBREVIATED_LAST.fullmatch(words[-1]) and any(w.endswith(".") and w[:1].isupper() for w in words[:-1]):
        return value + "."
    if words[-1][:1].isupper() and words[-1].lower() in _BODY_NAME_ABBREVIATIONS:
        return value + "."  # IEEE's "Int. Fed. Library Assoc. Inst.", "Nat. Inst. Standards Technol."
    return value


def _abbreviation_stop(value: str, span: str, text: str) -> str:
    """A journal's name with the stop after its last word as the name tells (``span``: the text the name was cut
    from): one ending in an abbreviated journal word ("Central Asian Surv.") or named in abbreviations keeps it
    ("Nat. Mater.", "IEEE J. Sel. Areas Commun."); Vancouver's "N Engl J Med. 2019;380" ends the name's sentence
    there (NLM's abbreviations carry no stops); a name ending in a whole word ("Vestnik ... Ser. 6. Ekonomika.",
    "Polis. Political Studies.") ended its sentence too."""
    words = value.split()
    if len(words) < 2 or not span.rstrip(" ,;:").endswith("."):
        return value
    *others, last = words
    stem = last.rstrip(".")
    closed = value.rstrip(".") + "."
    if any(_ABBREVIATED.match(w) for w in others):
        return closed if (_ABBREVIATED.match(stem + ".") or _compound_abbreviation(stem)) \
            and (len(stem) <= 6 or stem[-1] not in "aeiouy") \
            and not _WHOLE_WORD_END.search(stem) and not _is_city(stem) else value
    if _before_vancouver_date(closed, text):
        return value.rstrip(".")
    # NLM's stopless abbreviations ("J Exp Biol. 223(4)") end their sentence at the stop
    nlm = any(len(w) == 1 or w.lower() in _JOURNAL_WORD_ABBREVIATIONS for w in others)
    return closed if (stem.lower() in _JOURNAL_WORD_ABBREVIATIONS or _compound_abbreviation(stem)) \
        and stem[:1].isupper() and not nlm else value


def _compound_abbreviation(stem: str) -> bool:
    """A compound ISO 4 cuts as it cuts its last part ("Biotechnol", "Nanomater", "Psychopharmacol"), longer than
    _ABBREVIATED's words."""
    return stem.isalpha() and stem[:1].isupper() and any(
        stem.lower().endswith(part) and len(stem) > len(part) for part in _JOURNAL_WORD_ABBREVIATIONS if len(part) >= 4)


# What follows a Vancouver journal's name: "2019;380(12)", "2013 Aug 1;369(5)".
_VANCOUVER_DATE = re.compile(r"\s+(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;")


def _before_vancouver_date(value: str, text: str) -> bool:
    """Does ``value`` stand somewhere in ``text`` right before a Vancouver date? Each place is tried with the one
    compiled date pattern; a pattern built from each journal's name was compiled anew for every reference."""
    start = text.find(value)
    while start >= 0:
        if _VANCOUVER_DATE.match(text, start + len(value)):
            return True
        start = text.find(value, start + 1)
    return False


def _abbreviated(words) -> bool:
    """Are two in three words abbreviations? Then the words are a journal's short name
    ("J. Geophys.", "Plasma Phys. Control.", "phys. stat."), not a title's sentence."""
    short = sum(bool(_ABBREVIATED.match(w[:1].upper() + w[1:])) for w in words)
    return 3 * short >= 2 * len(words)


def _mark_edition(words, labels, k: int) -> None:
    """"2nd ed.;" ending a chunk at word ``k`` is the edition."""
    if _EDITION_WORD.match(words[k]) and _ORDINAL.match(words[k - 1]):
        labels[k - 1] = labels[k] = "edition"


# a word of given-name-first names and their joiners: "Jeff Malpas,", "J. R.", "and"
_GIVEN_FIRST_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*|and|&),?")
_EDS_CLOSE = re.compile(r"(?i)\(?\beds?\.?\)\)[.,:;]?$")  # "(eds))." closing a bracket of editors


def _closing_bracket(text: str) -> int:
    """Where the bracket opening ``text`` closes (-1 when it does not)."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k
    return -1


def _run_start(labels, end: int, label: str) -> int:
    """The first index of the run of ``label`` that goes back from ``end`` (``end`` itself when
    the label before it is another)."""
    i = end
    while i > 0 and labels[i - 1] == label:
        i -= 1
    return i


def _sentence_stop(word: str) -> bool:
    """Does the word end a sentence (a full stop that is no initial or short abbreviation)?"""
    stem = word[:-1]
    return word.endswith(".") and len(stem) >= 4 and stem.isalpha() and stem.lower() not in _NAME_ABBREVIATIONS


def _journal_after_title(words, labels) -> None:
    """References "Author. Title. Perm University Herald. Economy, 2022, vol. 17": a journal, with its
    date and numbers after it, starts at a sentence of capitalised words after the title. Where the
    tagger began it mid-sentence ("Tomsk State University | Journal of Economics") or named it
    author, the words from the title's last full stop to the date are the journal's; a lower-case
    word after the title goes on with the title to its full stop."""
    n = len(labels)
    if labels[:1] != ["author"] or "title" not in labels or "date" not in labels:
        return
    t = labels.index("title")
    d = next((k for k in range(t, n) if labels[k] == "date"), n)
    if d == n or not {"volume", "pages"} & set(labels[d:]) or "title" in labels[d:]:
        return
    start = next((k for k in range(t, d) if labels[k] != "title"), d)
    if start == d or labels[start] not in ("author", "container") or set(labels[start:d]) - {"author", "container"}:
        return
    if labels[start] == "container" and (_sentence_stop(words[start - 1]) or words[start - 1].endswith((",", ":", "?"))):
        return  # the journal already starts where a sentence does
    if labels[start] == "container" and words[t][:1] in _CLOSER and _closes(words[start - 1], _CLOSER[words[t][0]], False):
        return  # 'Author. “Title. Subtitle.” Journal 1990;': the quoted title ends at its closing quote, sentences and all
    stop = max((k for k in range(t, start) if _sentence_stop(words[k])), default=None)
    if labels[start] == "author" and words[start][:1].islower():
        # "... the labour market | of Perm Krai. Perm University Herald.": the title goes on to its stop
        stop = next((k for k in range(start, d) if _sentence_stop(words[k])), None)
    if stop is None or not all(w[:1].isupper() for w in words[stop + 1:d] if w.isalpha() and len(w) > 3):
        return
    for k in range(t, d):
        labels[k] = "title" if k <= stop else "container"


# A thesis's kind printed alone before its school: "Dissertation, University of Ljubljana", "Thesis, University of
# Toronto"
_BARE_THESIS_KINDS = frozenset(("Dissertation,", "Thesis,"))


def _title_before_genre(words, labels) -> None:
    """German "Müller, K. (2015). Arbeitsmigration in Europa. Dissertation, Universität Wien.": where the
    tagger read the title as part of the thesis genre, the sentences before the genre's last one are the
    title, and a university named after the genre is the publisher."""
    g = labels.index("genre")
    e = _run_end(labels, g, "genre")
    stop = max((k for k in range(g, e) if _sentence_stop(words[k])), default=None)
    if stop is None or not _THESIS_RE.search(" ".join(words[stop + 1:e + 1]).lower()):
        return
    labels[g:stop + 1] = ["title"] * (stop + 1 - g)
    k = _run_end(labels, e + 1, "author") if e + 1 < len(labels) and labels[e + 1] == "author" else None
    if k is not None and _UNIVERSITY.search(" ".join(words[e + 1:k + 1])):
        labels[e + 1:k + 1] = ["publisher"] * (k - e)


# Annual Reviews' report or paper closes its entry with its kind, abbreviated, and number, then the issuing body and
# its place: "Rep., World Bank, Washington, DC", "Work. Pap. 7462, Natl. Bur. Econ. Res., Cambridge, MA",
# "Silk Road Pap., Cent. Asia-Caucasus Inst. Silk Road Stud. Progr., Washington, DC" (a series of papers, the genre as
# "Chatham House Research Paper" is).
_PAPER_KIND_ABBREVIATIONS = frozenset(("Tech.", "Work.", "Discuss.", "Res.", "Occas.", "Spec."))  # their stops end no title
_PAPER_WORD = re.compile(r"(?:Rep|Pap)\.,?")
_PAPER_NUMBER = re.compile(r"[A-Z]{0,6}[\w./-]*\d[\w./-]*,")


def _abbreviated_report_tail(words, labels) -> None:
    """Label Annual Reviews' closing "Kind [number], Body, Place" after a title: the kind (or series) the genre,
    the number, the body the publisher, the rest the place."""
    n = len(words)
    end = n
    while end and labels[end - 1] in ("url", "doi"):
        end -= 1
    for g in range(end - 3, 0, -1):
        if not _PAPER_WORD.fullmatch(words[g]):
            continue
        start = g
        while start > 0 and g - start < 4 and (words[start - 1] in _PAPER_KIND_ABBREVIATIONS
                                               or not words[start - 1].endswith((".", ",", ":", ")"))):
            start -= 1
        if not start or not words[start - 1].endswith(".") or "title" not in labels[:start]:
            return
        body = g + 1 if words[g].endswith(",") else g + 2 if _PAPER_NUMBER.fullmatch(words[g + 1]) else None
        if body is None:
            return
        comma = next((k for k in range(body, end) if words[k].endswith(",")), None)
        place = " ".join(words[comma + 1:end]).rstrip(".") if comma is not None else ""
        if not place or not is_place(place.split(",")[0]) or not words[body][:1].isupper():
            return
        labels[start:g + 1] = ["genre"] * (g + 1 - start)
        labels[g + 1:body] = ["number"] * (body - g - 1)
        labels[body:comma + 1] = ["publisher"] * (comma + 1 - body)
        labels[comma + 1:end] = ["location"] * (end - comma - 1)
        return


def _publisher_before_date(words, labels, i: int) -> None:
    """Notes "..., Research Paper, Chatham House, June 2012", "..., Russie.Nei.Reports No. 14, IFRI, January
    2013": the body named after a report's series, up to the date, publishes it (a place does not); a
    short name between the body and the date is its town ("..., Working Paper No. 12, Institute for East
    and Southeast European Studies, Regensburg, 2019")."""
    n = len(words)
    j = next((j for j in range(i, min(n - 1, i + 8)) if words[j].endswith(",")), 0)
    if not j or not _body_words(words[i:j + 1]) or is_place(" ".join(words[i:j + 1])[:-1]):
        return
    if labels[j + 1] == "date" and j - i < 6:
        labels[i:j + 1] = ["publisher"] * (j + 1 - i)
        return
    k = next((k for k in range(j + 1, min(n - 1, j + 4)) if words[k].endswith(",")), 0)
    if k and labels[k + 1] == "date" and all(w[:1].isupper() for w in words[j + 1:k + 1]) \
            and corporate_name(" ".join(words[i:j + 1])[:-1]) and not corporate_name(" ".join(words[j + 1:k + 1])[:-1]):
        labels[i:j + 1] = ["publisher"] * (j + 1 - i)
        labels[j + 1:k + 1] = ["location"] * (k - j)


_VOLUME_ISSUE_NUMBER = re.compile(r"\d{1,4},")  # "17," of "Eurasia Daily Monitor, 17, 42, April 2020"


def _closed_quote_comma(words) -> int | None:
    """Where a quoted title that opens a note's first words closes with a comma ("‘Title’,")."""
    opened = False
    for k, word in enumerate(words[:40]):
        opened = opened or word[:1] in "‘“"
        if opened and word.endswith(("’,", "”,")):
            return k
    return None


# NP 405's role after the names, before the dash: "MATTOSO, José, coord. –", "REIS, António, dir. –".
_DASHED_NAMES_ROLES = frozenset({"coord.", "dir.", "org.", "ed.", "eds."})


def _dashed_names(words, start: int) -> tuple[int, bool] | None:
    """NP 405's names from ``start`` to the spaced dash before the title ("SANTOS, Boaventura de Sousa –", "RAMOS, R.
    M. –", "MATTOSO, José, coord. –"): the dash's index and whether a role closes them; None when the words up to a
    dash are not a family name in capitals, given names, initials and particles."""
    if not (start < len(words) and words[start].endswith(",") and words[start][:-1].isupper() and len(words[start]) > 2):
        return None
    d = next((d for d in range(start + 2, min(len(words) - 1, start + 14)) if words[d] in ("–", "—")), 0)
    role = d and words[d - 1] in _DASHED_NAMES_ROLES and words[d - 2].endswith(",")
    last = d - 1 if role else d
    if not d or words[last - 1].endswith(".") and not _INITIAL_TOKEN.match(words[last - 1]) or not all(
            _GIVEN_WORD.fullmatch(w.rstrip(",;")) and (w[:1].isupper() or len(w) <= 3) or _INITIAL_TOKEN.match(w)
            for w in words[start + 1:last]):
        return None
    return d, bool(role)


def _run_end(labels, start: int, label: str) -> int:
    """The last index of the run of ``label`` that goes on from ``start``."""
    j = start
    while j + 1 < len(labels) and labels[j + 1] == label:
        j += 1
    return j


def _quoted_start(text: str) -> bool:
    """Does a quotation open within the first words ("Body, ‘Title’, ...")?"""
    head = text[:120]
    return any(q in head for q in _CLOSER)


def _bracket_text(words: list[str], i: int) -> str:
    """The words of the bracket opening at words[i], its "[" left off: a descriptor may run over several
    words ("[Paper presentation]", "[Press release]", "[Review of the book ..., by ...]")."""
    end = next((k for k in range(i, min(len(words), i + 80)) if "]" in words[k]), i)
    return " ".join(words[i:end + 1])[1:]


# Two or more names, each a family name and its initials, the list closing on a full stop: "Abdulloev I., Epstein G. S.,
# Gang I. N."; and a word that may open a title after them ("Remittances,")
_FAMILY_FIRST_NAMES = re.compile(rf"(?:[^\W\d_][\w'’-]+,? (?:{INITIALS_WORD} ){{0,2}}{INITIALS_WORD}(?<=,) ){{1,}}"
                                 rf"[^\W\d_][\w'’-]+,? (?:{INITIALS_WORD} ){{0,2}}{INITIALS_WORD}(?<=\.)")
_TITLE_WORD = re.compile(r"[A-ZА-ЯЁ][^\W\d_]*[,:]?")
# One or more names printed family name first, the last closing with its initials' stop: "Smith J.", "Smith J,
# Brown KL." (NLM's initials carry no stops), "Иванов И. И."
_FIRST_INITIALS = rf"(?:(?:{INITIALS_WORD} ){{0,2}}{INITIALS_WORD}|[A-Z]{{1,3}}[,.]?)"
_FAMILY_FIRST_LIST = re.compile(rf"(?:[A-ZА-ЯЁ][\w'’-]+,? {_FIRST_INITIALS}(?<=,) )*[A-ZА-ЯЁ][\w'’-]+,? {_FIRST_INITIALS}(?<=\.)")
_ONE_WORD_SENTENCE = re.compile(r"[A-ZА-ЯЁ][^\W\d_]{2,}[.?!]")  # "Leviathan.", "Capital.", "Disorganization."


_NUMBER_CLOSING_SENTENCE = re.compile(r"\d{1,4}(?:[/-]\d{1,4})?\.")  # the "4." of "report, No. 4."
_DOTTED_VERSION = re.compile(r"\d+(?:\.\d+)+[.,]?")  # "8.12", "2.3.1."
# The word a body's name ends with, before the colon LNCS puts after authors: "The Coq Development Team:"
_BODY_HEAD_BEFORE_COLON = re.compile(r"(?:Team|Collaboration|Consortium|Foundation|Group|Project|Committee|Organi[sz]ation|"
                                     r"Association|Institute|Society|Council|Agency|Office|Ministry|Bureau|Commission|"
                                     r"Cent(?:er|re)|Corporation|Inc\.|Ltd\.?|LLC|Developers|Contributors):")
_BRACKETED_YEARS = re.compile(rf"\({_YEAR}[–-](?:{_YEAR}|present)\)\.")  # "(2008–2013)."
_MEDIUM_BRACKET = re.compile(r"(?i)\[(?:film|tv series|tv series episode|motion picture|video|documentary)\]\.$")
_GUIDELINE_SECTION = re.compile(r"\d{1,3}\.")  # "9." numbering a guideline's section
_PART_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\.")  # the "1." of a gazette issue's "ч. 1."
_NAME_YEAR_CLOSE = re.compile(rf"{_YEAR}[a-z]?\)\.?")  # "2014)." closing "(Garland Science, 2014)."
_FAMILY_INITIALS_OPEN = re.compile(r"[A-Z][\w'’-]+, [A-Z]\.")  # "Bishop, C. M."
_BRACKETED_YEAR_SEMICOLON = re.compile(r"\((?:1[6-9]|20)\d\d[a-z]?\);")  # "(2001);" closing a first citation
_SERIAL_LABELS = frozenset(("container", "volume", "issue", "pages", "date"))
_BODY_LINKS = frozenset(("under", "of", "for", "at"))  # what joins a body's name to the body it belongs to
# Citing Medicine's imprint, a town and its state's code in brackets before the colon: "College Station (TX): StataCorp".
_STATE_CODED_IMPRINT = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+\([A-Z]{2}\)):\s+(?=\S)")
_STATE_IN_BRACKETS_COMMA = re.compile(r"\((?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.C\.)\),")  # "(NY)," after a town
_STATE_IN_NOTE_IMPRINT = re.compile(r"\((?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.C\.)\)[,:]")  # "(Washington (DC), Carnegie ..."
_ISSUE_YEARS = re.compile(rf"{_YEAR}[/–-](?:\d\d|{_YEAR})[,.]?")  # "2004/05,", "2004/2005,"
# (not a peer's "Lord"/"Lady", which an inverted name may close: "Byron, Lord. Don Juan.")
_FORM_OF_ADDRESS = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Herr|Frau|Mme|Mlle|Monsieur|Madame)\.?")
# A form of address as a word: "Mr", "Mrs", "Miss", "Dr", "Sir", "Herr", "Frau", "Mme", "Mlle", "Monsieur", "Madame". Each
# form opens with its capital and tests the character before it behind it, so a search skips to those five capitals.
_ADDRESS_CUE = re.compile(r"(?:M(?<!\w.)(?:[rs]|rs|iss|me|lle|onsieur|adame)|D(?<!\w.)r|S(?<!\w.)ir|H(?<!\w.)err"
                          r"|F(?<!\w.)rau)\b")


# A maker's technical document named by its kind after IEEE's quoted title, its part number before the kind
# ("LM317 datasheet") or its own number after it ("Application Note AN-123").
_TECHNICAL_DOCUMENT = re.compile(r"(?:(?P<before>[A-Z0-9][\w/-]*\d[\w/-]*)\s+)?(?P<kind>(?i:datasheet|data sheet|"
                                 r"application note|app note|user['’]?s? (?:manual|guide)|reference manual|"
                                 r"programming manual))(?:\s+(?P<after>[A-Z]{1,5}-?\d[\w.-]*))?")


# Compiled once for rules below that run on every reference: a report's or paper's kind ("Tech. Rep.", "Policy Memo",
# "Brief", "Working Paper"), a US state's code and comma ("PA,"), a year's mark after a number ("2019 г. "), APA's
# bracketed year and comma ("(2021),").
_PAPER_KIND_CUE = re.compile(r"Rep|Memo|Brief|Paper")
_STATE_CODE_COMMA = re.compile(r"[A-Z]{2},")
_YEAR_MARK_AFTER_NUMBER = re.compile(r"\d (?:г|р|ж|й)\. ")
# The year's abbreviation closing the bracket of a meeting's place and days: "(Москва, 15–16 марта 2021 г.)."
_YEAR_MARK_CLOSING = re.compile(r"гг?\.\)[.,;:]?")


def _may_mark_year(text: str) -> bool:
    """Does the text hold a year's mark and its stop, what every _YEAR_MARK_AFTER_NUMBER match holds? Asked first:
    the scan enters its pattern at every digit of every reference, the marks are Cyrillic and few texts are."""
    return not text.isascii() and ("г. " in text or "р. " in text or "ж. " in text or "й. " in text)


_BRACKETED_YEAR_COMMA = re.compile(r"\((?:19|20)\d\d\),")


_SPACED_DASHES = frozenset("-–—")  # a dash standing alone as a word between two parts ("Boston - Little, Brown")


def _constrain(words, labels, probs, tagger, text) -> None:
    """Structure the CRF cannot see far enough for: quotes and "=" parallel titles.

    Most rules only fire on a character the text may not have ("[", "(", ":"...), so each
    loop first checks ``text`` for it: the checks run in C, the loops in Python."""
    n = len(words)
    opens = [i for i, w in enumerate(words) if w[:1] == "("] if "(" in text else []  # tokens opening a bracket
    # "Lee, K. [et al.] (2010)", "C. Elger, and others, “Title”": the mark after the names
    # says the list goes on, whatever the tagger made of it.
    low = text.lower()
    etal_marks = " al" in low or "др" in low or "thers" in text or "u. a" in text or "u.a" in text or "a kol" in low \
        or "i in" in low or "y col" in low
    for i in (range(1, n - 1) if etal_marks else ()):
        if labels[i - 1] == "author" and _ETAL_TOKENS.fullmatch(words[i] + " " + words[i + 1]):
            labels[i] = labels[i + 1] = "author"
    # ... and so it says of the name before it, which the tagger gave the title: German "Belting, Hans, Dilly,
    # Heinrich u.a.: Kunstgeschichte" (one or two capitalised words after the names' comma, then the mark and its comma
    # or colon), in a list written family name first
    for m in (range(3, min(n - 1, 9)) if etal_marks and labels[0] == "author" and words[0].endswith(",") else ()):
        mark = 2 if _ETAL_TOKENS.fullmatch(f"{words[m - 1]} {words[m]}") else 1 if _ETAL_TOKENS.fullmatch(words[m]) else 0
        c = m - mark - 1
        while c > m - mark - 3 and c > 0 and not words[c].endswith(","):
            c -= 1
        if mark and words[m].endswith((",", ":")) and words[c].endswith(",") and c < m - mark \
                and all(labels[k] == "author" for k in range(c + 1)) \
                and all(w[:1].isupper() and w.isalpha() for w in words[c + 1:m + 1 - mark]):
            labels[c + 1:m + 1] = ["author"] * (m - c)
            break
    # ABNT's heading of a government body under its country, "BRASIL. Ministério da Saúde. Secretaria de Atenção à
    # Saúde. Title. Brasília: ...": the country in capitals (no comma: no person's surname) and each sentence after it
    # that opens with a body's word are one author, the heading, though the tagger read the bodies as the title.
    if labels[0] == "author" and _JURISDICTION_HEADING.fullmatch(words[0]):
        k = 1
        while k < n - 2 and words[k].lower() in _BODY_WORDS:
            e = next((e for e in range(k, min(n - 1, k + 10)) if words[e].endswith(".")), None)
            if e is None or not all(w[:1].isupper() or w in _FUNCTION_WORDS or len(w) <= 3 for w in words[k:e + 1]):
                break
            labels[k:e + 1] = ["author"] * (e + 1 - k)
            k = e + 1
    # German names joined by slashes, "Nachtwey, Oliver/Heumann, Marcel: Title": the given name (one or two words)
    # after the last family name's comma, closed by the colon before the title, is a name, though the tagger read it
    # as the title's first word.
    c = next((c for c in range(2, min(n - 1, 16)) if words[c].endswith(":")), 0) if ":" in text and "/" in text else 0
    if c and labels[c] == "title" and any("/" in words[k] and labels[k] == "author" for k in range(c)):
        k = next((k for k in (c - 1, c - 2) if labels[k] == "author" and words[k].endswith(",")), None)
        if k is not None and all(w[:1].isupper() and _GIVEN_WORD.fullmatch(w.rstrip(":")) for w in words[k + 1:c + 1]):
            labels[k + 1:c + 1] = ["author"] * (c - k)
    # Portugal's NP 405 (and ISO 690 lists like it) closes the names with a spaced dash, "SANTOS, Boaventura de Sousa –
    # Pela mão de Alice. 7.ª ed. Porto: ...": after a family name in capitals, the given names, initials and particles
    # before the dash are the author's (the editors', closed by their role, "MATTOSO, José, coord. –"), though the
    # tagger read them as the title's first words, and the words after it are the title, though it ran the names on
    # into them ("RAMOS, R. M. – História de Portugal. Lisboa: ..."). A chapter's book is cited the same way after "In"
    # ("In MONTEIRO, Rui, coord. – Educação em Portugal. Lisboa: ..."): its editors, then the book to its full stop.
    named = _dashed_names(words, 0) if labels[0] == "author" else None
    if named and labels[named[0] + 1] in ("title", "author"):
        d, role = named
        labels[:d + 1] = ["editor" if role else "author"] * (d + 1)
        if labels[d + 1] == "author":
            e = _run_end(labels, d + 1, "author")
            labels[d + 1:e + 1] = ["title"] * (e - d)
    for i in (range(2, n - 4) if "–" in words or "—" in words else ()):
        named = _dashed_names(words, i + 1) if words[i] in ("In", "In:") and words[i - 1].endswith(".") else None
        if named and named[1]:
            d = named[0]
            e = next((e for e in range(d + 1, n - 1) if words[e].endswith(".")), 0)
            if e and labels[e + 1] in ("location", "publisher", "date"):
                labels[i:e + 1] = ["editor"] * (d + 1 - i) + ["container"] * (e - d)
    # Harvard's body and its unit before the bracketed year, "UK Parliament. House of Commons Library (2022) Title.": the
    # unit's words the tagger took for the title's start are the author's, up to the year
    if opens and labels[0] == "author" and _BARE_YEAR.match(words[opens[0]].strip("().,")):
        a = _run_end(labels, 0, "author")
        if 0 < a < opens[0] - 1 and words[a].endswith(".") and set(labels[a + 1:opens[0]]) == {"title"} \
                and opens[0] - a <= 6 and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[a + 1:opens[0]]) \
                and corporate_name(" ".join(words[:a + 1]).rstrip(".")) \
                and corporate_name(" ".join(words[a + 1:opens[0]])):
            labels[a + 1:opens[0]] = ["author"] * (opens[0] - a - 1)
    # Australian Harvard's "Head, BW & Alford, J 2015, ‘Title’": stopless initials after a family name's comma, right
    # before the year, close the author list, wherever the tagger put them.
    for i in (range(1, min(n - 1, 40)) if "author" in labels else ()):
        if labels[i] != "author" and labels[i - 1] == "author" and words[i - 1].endswith(",") \
                and _STOPLESS_INITIALS.fullmatch(words[i]) and _YEAR_WITH_COMMA.fullmatch(words[i + 1]):
            labels[i] = "author"
    # Australian Harvard's catalogued report, "Australian Bureau of Statistics 2021, Labour force, Australia, June 2021,
    # cat. no. 6202.0, ABS, Canberra, viewed ...": every comma part from the title to "cat. no." is the title, the
    # number the report's, and the two comma parts after it, before the access date or link, publisher and place.
    for i in (range(2, n - 2) if "cat. no." in low or "catalogue no." in low else ()):
        if words[i].lower() not in ("cat.", "catalogue") or words[i + 1].lower() != "no.":
            continue
        end = i + 2 + (i + 3 < n and _CATALOGUE_CODE.fullmatch(words[i + 2]) is not None)  # "cat. no. AUS 231,"
        if not _CATALOGUE_NUMBER.fullmatch(words[end]):
            continue
        labels[i:end + 1] = ["number"] * (end + 1 - i)
        first = labels.index("title") if "title" in labels[:i] else i
        if "date" in labels[:first]:
            labels[first:i] = ["title"] * (i - first)
        publisher_end = next((k for k in range(end + 1, min(n, end + 7)) if words[k].endswith(",")), None)
        place_end = next((k for k in range(publisher_end + 1, min(n, publisher_end + 5)) if words[k].endswith((",", "."))),
                         None) if publisher_end is not None else None
        if place_end is not None and (place_end + 1 == n or words[place_end + 1].lower() in ("viewed", "accessed")
                                      or words[place_end + 1].startswith(("<", "http"))):
            labels[end + 1:publisher_end + 1] = ["publisher"] * (publisher_end - end)
            labels[publisher_end + 1:place_end + 1] = ["location"] * (place_end - publisher_end)
        break
    # ... and one without a catalogue number, "Brown, A 2020, Title of report, Grattan Institute, Melbourne, viewed 3 May
    # 2021, <URL>": a body and a known town, each its own comma part, right before the access date or the link, or
    # closing the entry ("..., Grattan Institute, Melbourne."), are publisher and place, and the comma parts between
    # the year and the body the title.
    if labels[0] == "author" and ("viewed" in low or ", <" in text or n > 5 and words[-1].endswith(".")
                                  and words[-2].endswith(",")):
        v = next((k for k in range(4, n) if words[k].lower() in ("viewed", "accessed") or words[k].startswith("<")), n)
        d = next((k for k in range(1, min(v, 40)) if labels[k] != "author"), 0)
        if d and _YEAR_WITH_COMMA.fullmatch(words[d]) and words[v - 1].endswith(("," if v < n else ".")) \
                and _is_city(words[v - 1]):
            b = v - 2  # the body's first word: after the comma closing the part before it
            while b > d + 1 and not words[b - 1].endswith(","):
                b -= 1
            body = " ".join(words[b:v - 1]).rstrip(",")
            if b > d + 1 and words[v - 2].endswith(",") and corporate_name(body) \
                    and not any(ch.isdigit() for w in words[d + 1:b] for ch in w):
                labels[d + 1:b] = ["title"] * (b - d - 1)
                labels[b:v - 1] = ["publisher"] * (v - 1 - b)
                labels[v - 1] = "location"
    # A gazette's "№ 37–38. Ст. 2004." (Відомості Верховної Ради України, Собрание законодательства РФ): the number
    # after "Ст." ("ст.") closing an issue is the act's article, however much it looks like a year; so is References'
    # "no. 1, art. 3." (Sobranie uzakonenii RSFSR), however little.
    for i in (range(2, n - 1) if "Ст. " in text or "ст. " in text or " art. " in text else ()):
        if words[i] in ("Ст.", "ст.", "art.") and re.fullmatch(r"\d+[.,;]?", words[i + 1]) \
                and words[i - 2] in ("№", "no.") and labels[i - 1] in ("issue", "volume"):
            labels[i] = labels[i + 1] = "pages"
    # References "Khaustov V.N., Naumov V.P. (comps.) Lubyanka. Stalin i VChK ...": the words after the role that
    # closes the names, read as an author, open the title (no second name list follows "(comps.)", "(сост.)"); a
    # name holds initials, the title's first sentence none.
    i = next((i for i in range(1, min(n - 1, 30)) if words[i - 1][:1] == "(" and labels[i] == "author"
              and labels[i - 1] in ("author", "compiler") and _COMPILER_ROLE_END.search(" " + words[i - 1])), 0) \
        if "(comp" in text or "(сост" in text else 0
    j = _run_end(labels, i, "author") if i else 0
    if i and labels[j + 1] == "title" and not any(_INITIAL_TOKEN.match(w) for w in words[i:j + 1]):
        labels[i:j + 1] = ["title"] * (j + 1 - i)
    # Chicago's note opening with the editors, "A. N. Yakovlev, ed., Reabilitatsiia: Kak eto bylo. Dokumenty
    # Prezidiuma ..., vol. 1 (Moscow: MFD, 2000)": the edited book itself, so its unquoted title goes on over a second
    # sentence the tagger read as a container, up to the volume or the imprint (a chapter's book follows its quoted
    # title and "in").
    i = next((i for i in range(2, min(n - 2, 12)) if words[i - 1] in ("ed.,", "eds.,")), 0) \
        if "ed., " in text or "eds., " in text else 0
    if i and labels[i] == "title" and labels[i - 1] in ("author", "editor") and not _quoted_start(" ".join(words[i:])):
        j = _run_end(labels, i, "title") + 1
        k = _run_end(labels, j, "container") + 1 if j < n and labels[j] == "container" else 0
        if k and words[j - 1].endswith(".") and k < n and labels[k] in ("volume", "location") \
                and not any(w in ("in", "In") for w in words[j:k]):
            labels[j:k] = ["title"] * (k - j)
    # "Abdulloev I., Epstein G. S., Gang I. N. Remittances, Consumption ...": names printed family name first,
    # each followed by its initials; a word after the last name's closing initials that no initials follow
    # starts the title.
    if labels[0] == "author" and n > 5 and not _INITIAL_TOKEN.match(words[0]) and _INITIAL_TOKEN.match(words[1]):
        k = labels.index("title") - 1 if "title" in labels else 0
        if k >= 5 and labels[:k + 1] == ["author"] * (k + 1) and _FAMILY_FIRST_NAMES.fullmatch(" ".join(words[:k])) \
                and _TITLE_WORD.fullmatch(words[k]) and words[k].lower().rstrip(",:") not in _SUFFIXES:
            labels[k] = "title"
    # "Statistics Agency under the President of the Republic of Uzbekistan. Available at: ...", "Agency for Statistics
    # under ...": a body's name goes on over the word joining it to what it belongs to (no title opens with "under",
    # nor does a body's name end with "for"), so the sentence the tagger began after "Agency" or "for" is the body's
    k = next((k for k in range(1, min(n - 1, 8)) if labels[k] == "title"), 0) \
        if labels[0] == "author" and " under " in text else 0
    if k and labels[:k] == ["author"] * k and (
            words[k] in _BODY_LINKS and words[k - 1].lower() in _BODY_WORDS
            or words[k - 1] in _BODY_LINKS and words[k][:1].isupper() and words[k - 2].lower() in _BODY_WORDS):
        end = _run_end(labels, k, "title") + 1
        if words[end - 1].endswith(".") and " under " in " ".join(words[k - 1:end]) \
                and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[k:end]):
            labels[k:end] = ["author"] * (end - k)
    # "Clifford G. Gaddy, Mr. Putin: Operative in the Kremlin": a form of address goes before the name it belongs to,
    # so one closing a whole name, with the title after it, opens the title (a family name alone before it, "Gaskell,
    # Mrs. Cranford.", is given no other name than the address)
    for i in (range(1, min(n - 1, 40)) if _has_pair(labels, "author", "title") and _ADDRESS_CUE.search(text) else ()):
        if labels[i] == "author" and labels[i - 1] == "author" and labels[i + 1] == "title" \
                and _FORM_OF_ADDRESS.fullmatch(words[i]):
            if words[i - 1].endswith(",") and (i < 2 or labels[i - 2] != "author"
                                               or words[i - 2].endswith((",", ";")) or words[i - 2] in _NAME_JOINERS):
                break
            labels[i] = "title"
            break
    # Chicago "Zubok, Vladislav M. Collapse: The Fall of the Soviet Union.": after a name's closing initial, a word
    # ending in a colon opens the title (no name ends in one), though the tagger ran it into the given name; so after
    # an inverted name's initials and their comma ("Haddad, S. K., Sahel: A history ..."), and a lower-case acronym
    # opens a title as a capitalised word does ("Ortega, P. tRNA: Structure ...")
    for i in (range(2, min(n - 1, 12)) if ":" in text[:120] and labels[0] == "author" else ()):
        if labels[i] != "author":
            break
        if words[i].endswith(":") and words[i][:-1].isalpha() \
                and (words[i][:1].isupper() or any(c.isupper() for c in words[i][1:])) \
                and _INITIAL_TOKEN.match(words[i - 1]) and labels[i + 1] == "title" \
                and (words[i - 1].endswith(".") or words[i - 1].endswith(".,") and words[0].endswith(",")):
            labels[i] = "title"
            break
    # Names given first and closed by a colon, as German and TMS styles print them ("R. Albrecht / S. Vogel: Title",
    # "K. He, X. Zhang, and S. Ren: in Proceedings", "V. Gelman: Post-Soviet Affairs, 2016"): a name given first never
    # ends at its initial, so the capitalised word closed by a colon after an initial is that name's family name, and
    # the list ends there, though the tagger read the word as the title's first or ran the names on past it (an
    # inverted name's colon word is the title's, as above).
    c = next((c for c in range(1, min(n - 1, 16)) if words[c].endswith(":")), 0) \
        if ":" in text[:160] and labels[0] == "author" and _INITIAL_TOKEN.match(words[0]) else 0
    if c and _INITIAL_TOKEN.match(words[c - 1]) and words[c][:1].isupper() and _GIVEN_WORD.fullmatch(words[c][:-1]) \
            and set(labels[:c]) == {"author"}:
        labels[c] = "author"
        k = c + 1
        while k < n and labels[k] == "author":
            labels[k] = "title"
            k += 1
    # Vancouver and GOST "Smith J. Leviathan. London: Penguin; 1985.", "Marx K. Capital. Vol. 1. ...": a one-word
    # sentence after a family-first name list's closing initials, with no initials of its own, is the title
    k = next((k for k in range(2, min(n - 1, 24)) if labels[k] == "author" and words[k - 1].endswith(".")
              and labels[k + 1] != "author"), 0) if labels[0] == "author" and "title" not in labels else 0
    if k and _ONE_WORD_SENTENCE.fullmatch(words[k]) and not _INITIAL_TOKEN.match(words[k]) \
            and _FAMILY_FIRST_LIST.fullmatch(" ".join(words[:k])) and words[k].lower().rstrip(".") not in _SUFFIXES:
        labels[k] = "title"
    # "Istoriya Sibiri. T. 2 [History of Siberia. Vol. 2]. Leningrad, ...": a volume mark after the title's first
    # sentence, with its number and the translation after it (or the volume's own title after a colon, "T. V:"), is
    # no initial: the words before it, with no initials among them, are no name.
    if labels[0] == "author" and ("T." in words or "Vol." in words):
        k = _run_end(labels, 0, "author")
        mark = next((m for m in range(1, min(k + 2, n - 2)) if words[m] in _VOLUME_MARKS and words[m - 1].endswith(".")
                     and (_VOLUME_NUMERAL.fullmatch(words[m + 1]) or _VOLUME_IN_TITLE.fullmatch(words[m + 1])
                          and words[m + 2][:1] == "[")), None)
        if mark is not None and not any(_INITIAL_TOKEN.match(w) for w in words[:mark]):
            labels[:mark + 2] = ["title"] * (mark + 2)
    # French and Spanish chapters "Dans Frédéric Lasserre (dir.), Eurasie : espaces et enjeux. Québec : Presses ...":
    # from the editors' bracketed role to the next full stop stands the book's title, then its place and publisher
    # (the tagger took the book's title for a place: it knows no "Dans ... (dir.),").
    r = next((r for r in range(2, min(n - 3, 60)) if labels[r] == "editor" and words[r].endswith(",")
              and _ROLE_IN_BRACKETS.match(words[r])), 0) if "(" in text and _has(labels, "editor") else 0
    e = next((e for e in range(r + 1, min(n - 2, r + 30)) if words[e].endswith(".") and len(words[e]) > 3), 0) if r else 0
    if e and labels[e + 1] == "location" and "publisher" in labels[e + 2:e + 8] \
            and set(labels[r + 1:e + 1]) <= {"location", "title", "container", "publisher", "editor"} \
            and not any(_ROLE_IN_BRACKETS.match(w) or _INITIAL_TOKEN.match(w) for w in words[r + 1:e + 1]):
        labels[r + 1:e + 1] = ["container"] * (e - r)
    # "Meyer, Jan (2021):", "Berg, April (2019).", Wikipedia's "Harding, Luke (14 March 2018).": a word between a family
    # name's comma and the bracketed date, a month's name or a capitalised word of letters alone, is the given name
    # (a month never stands before a bracketed year, nor does a bare word open a date its bracket opens).
    for i in (range(1, min(n - 1, 4)) if "author" in labels else ()):
        if labels[i] == "date" and labels[i - 1] == "author" and words[i - 1].endswith(",") \
                and (words[i].lower() in MONTHS and _BRACKETED_YEAR.match(words[i + 1])
                     or words[i][:1].isupper() and _GIVEN_WORD.fullmatch(words[i]) and labels[i + 1] == "date"
                     and words[i + 1][:1] == "(" and (words[i + 1][1:2].isdigit() or _MONTH_WORD.match(words[i + 1][1:]))):
            labels[i] = "author"
    # APA "Smith, J. (in press). Title.", "Hartner, Marcus (forthcoming).": the work's status stands in the
    # date's place after the names, in brackets (read into CSL's status), or as Chicago's and the AEA's sentence
    # after the names' full stop ("Okafor, Chidi. Forthcoming. “Title.”"; its "In press." the tagger reads itself)
    for i in (range(1, n - 1) if "(in press)" in low or "(forthcoming)" in low or "forthcoming. " in low else ()):
        status = 2 if words[i].lower() == "(in" and _STATUS_CLOSE.fullmatch(words[i + 1].lower()) else \
            1 if _STATUS_CLOSE.fullmatch(words[i].lower()) and words[i].startswith("(f") \
            or words[i] == "Forthcoming." and words[i - 1].endswith(".") else 0
        if status and labels[i - 1] == "author":
            labels[i:i + status] = ["date"] * status
    # MDPI/ACS "Martius, C.; Rudenko, I.; Lamers, J.P.A.; Vlek, P.L.G. (Eds.) Title": names that open the
    # reference and end in a bracketed role are all editors, wherever the tagger switched labels.
    if "(" in text and _has(labels, "editor") and labels[0] == "author":
        j = 1
        while j < n and labels[j] in ("author", "editor"):
            j += 1
        if _ROLE_IN_BRACKETS.match(words[j - 1]) and not any(w.strip("[]:").capitalize() in _IN_WORDS for w in words[:j]):
            labels[:j] = ["editor"] * j
    # ACS/MDPI book imprint "Title; Discussion Paper No. 6; Hebrew University: Rehovot, Israel, 2007.": after
    # the last ';' past the title, the words up to a colon are the publisher and the rest up to the year its
    # place; a known city before the colon is the place ("Tübingen: Mohr-Siebeck") unless a known city follows
    # it too ("Lexington: Lanham", which the tagger read as place and publisher).
    if ";" in text and ":" in text and "title" in labels and "date" in labels:
        k = max((i for i in range(n) if words[i].endswith(";")), default=n) + 1
        c = next((i for i in range(k, min(n, k + 8)) if words[i].endswith(":")), 0)
        d = next((i for i in range(c + 1, min(n, c + 6)) if labels[i] == "date"), 0) if c else 0
        city_after = d and _is_city(" ".join(words[c + 1:d]).split(",")[0])
        if d and labels.index("title") < k and words[k][:1].isupper() and labels[k - 1] not in _PLACE_LIKE \
                and set(labels[k:d]) <= {"author", "title", "publisher", "location"} \
                and ({"author", "title"} & set(labels[k:d]) or city_after):
            first, second = ("location", "publisher") if _is_city(" ".join(words[k:c + 1])) and not city_after \
                else ("publisher", "location")
            labels[k:c + 1] = [first] * (c + 1 - k)
            labels[c + 1:d] = [second] * (d - c - 1)
    # "Current Population Reports P60-273.": a code opened by capitals right after a series' name is the report's
    # number in the series, not its pages (no page range has its letters before the first number alone).
    for i in (range(2, n) if _has_pair(labels, "container", "pages") else ()):
        if labels[i] == "pages" and labels[i - 1] == "container" and _SERIES_CODE.fullmatch(words[i]) \
                and _SERIES_WORD.search(words[i - 1]):
            labels[i] = "container"
    # References "Bank of Russia (2022). Monetary policy report, No. 4. Moscow.": a number after the title's comma, the
    # sentence closing with it, numbers the report in its series (the tagger ran it, and the town after it, into
    # the title or read it as an edition); a known town after it is the place.
    for i in (range(3, n - 1) if "No. " in text and "title" in labels else ()):
        if words[i] == "No." and words[i - 1].endswith(",") and labels[i - 1] == "title" \
                and labels[i] in ("title", "edition") and labels[i + 1] in ("title", "edition") \
                and _NUMBER_CLOSING_SENTENCE.fullmatch(words[i + 1]):
            town = i + 2 < n and labels[i + 2] in ("title", "edition") and words[i + 2].endswith((".", ":")) \
                and _is_city(words[i + 2][:-1])
            if "title" not in labels[i + 3 if town else i + 2:]:
                labels[i] = labels[i + 1] = "number"
                if town:
                    labels[i + 2] = "location"
            break
    # LNCS "The Coq Development Team: The Coq proof assistant reference manual.": a body named before the colon that
    # opens the reference is its author, as a person's names are (the tagger ran it into the title).
    k = next((k for k in range(1, min(n - 1, 8)) if words[k].endswith(":")), 0) if labels[0] == "title" else 0
    if k and labels[k + 1] == "title" and _BODY_HEAD_BEFORE_COLON.fullmatch(words[k]) and _body_words(words[:k + 1]) \
            and corporate_name(" ".join(words[:k + 1])[:-1]):
        labels[:k + 1] = ["author"] * (k + 1)
    # "Reference manual. Version 8.12 (2020).": a version's dotted number is no volume and issue; the statement
    # stays whole for the version rule
    for i in (range(1, n - 1) if "Version " in text and _has(labels, "volume") else ()):
        if words[i] == "Version" and labels[i + 1] == "volume" and _DOTTED_VERSION.fullmatch(words[i + 1]):
            labels[i + 1] = labels[i]
    # The AEA's '“Title.” Working paper, SSRN.': a sentence naming the kind of paper and the server posting it is the
    # genre (the fields split it into the genre and the publisher), though the tagger left it as a note.
    for i in (range(2, n - 2) if "paper, " in low else ()):
        if labels[i] == labels[i + 1] == labels[i + 2] == "note" and words[i + 1].lower() == "paper," \
                and words[i - 1].endswith((".", ".”", ".\"")) and words[i + 2].endswith(".") \
                and PREPRINT_SERVER.fullmatch(words[i + 2][:-1]):
            labels[i:i + 3] = ["genre"] * 3
    # APA's film and show: "Nolan, C. (Director). (2010). Inception [Film]. Warner Bros.", "Gilligan, V. (Executive
    # Producer). (2008–2013). Breaking bad [TV series]. Sony Pictures Television.": the credit's bracket after the
    # names is theirs, and the sentence after the medium's bracket, before a link or the end, is the studio.
    if labels[0] == "author" and "(" in text and ")." in text:
        a = _run_end(labels, 0, "author") + 1
        c = next((c for c in range(a, min(n, a + 3)) if words[c].endswith(").")), 0) if a < n and words[a][:1] == "(" else 0
        if c and _CREDIT_ROLE.fullmatch(" " + " ".join(words[a:c + 1])):
            labels[a:c + 1] = ["author"] * (c + 1 - a)
            if c + 1 < n and _BRACKETED_YEARS.fullmatch(words[c + 1]):
                labels[c + 1] = "date"  # a show's run of years in the date's place, "(2008–2013)."
    # MLA's "Koenig, Sarah, host. “The Alibi.” Serial, ...", Chicago's "Ira Glass, host, “Title,” Show, ...": the role
    # word after the names is theirs (a show's host is its author, as APA's "(Host)"), not the quoted title's
    h = next((h for h in range(1, min(n - 1, 30)) if labels[h] == "title" and words[h].lower() in _HOST_ROLE_WORDS), 0) \
        if "host" in low else 0
    if h and labels[h - 1] == "author" and words[h - 1].endswith(",") and words[h + 1][:1] in "“\"‘":
        labels[h] = "author"
    m = next((m for m in range(2, n - 1) if words[m].endswith("].") and _MEDIUM_BRACKET.search(" ".join(words[m - 2:m + 1]))), 0) \
        if "]." in text else 0
    if m and labels[m + 1] == "note":
        e = next((e for e in range(m + 1, min(n, m + 7)) if words[e].endswith(".")), 0)
        if e and set(labels[m + 1:e + 1]) == {"note"} and (e + 1 == n or labels[e + 1] == "url"):
            labels[m + 1:e + 1] = ["publisher"] * (e - m)
    # ADA's "American Diabetes Association. 9. Pharmacologic approaches ... Diabetes Care. 2021;44(suppl 1):S111.": a
    # section's number opening the title after the names is the title's, the year being printed later.
    a = _run_end(labels, 0, "author") + 1 if labels[0] == "author" and n > 4 else 0
    if 0 < a < n - 1 and labels[a] == "date" and _GUIDELINE_SECTION.fullmatch(words[a]) and labels[a + 1] == "title" \
            and any(labels[k] == "date" and _YEAR_WORD.search(words[k]) for k in range(a + 2, n)):
        labels[a] = "title"
    # GB/T 7714 "张伟. 城市化与经济增长[M]. 北京: 科学出版社, 2018: 112-130.": after the title's type mark, the words to
    # the colon are the place and those to the comma before the year the publisher, whatever the tagger made of them.
    g = next((g for g in range(1, min(n - 3, 40)) if words[g].endswith("].") and _GBT_MARK.search(words[g][:-1])), 0) \
        if "]." in text else 0
    if g:
        k = next((k for k in range(g + 1, min(n - 2, g + 4)) if words[k].endswith(":")), 0)
        c = next((c for c in range(k + 1, min(n - 1, k + 8)) if words[c].endswith(",")), 0) if k else 0
        if c and labels[c + 1] == "date" and set(labels[g + 1:c + 1]) <= {"title", "container", "location", "publisher"}:
            labels[g + 1:k + 1] = ["location"] * (k - g)
            labels[k + 1:c + 1] = ["publisher"] * (c - k)
    # Harvard "Office for National Statistics (2021) Census 2021. Available at: ...": a bare year closing the title's
    # sentence, the work being dated by its bracket after the names, is the title's last word.
    a = _run_end(labels, 0, "author") + 1 if labels[0] == "author" and "(" in text else 0
    if 0 < a < n - 2 and labels[a] == "date" and _BRACKETED_YEAR.match(words[a]):
        y = next((y for y in range(a + 2, min(n, a + 25)) if labels[y] == "date"), 0)
        if y and labels[y - 1] in ("title", "container") and _BARE_YEAR.match(words[y]) and words[y].endswith(".") \
                and (y + 1 == n or words[y + 1].lower().startswith(("available", "retrieved", "http", "www.", "url:"))):
            labels[y] = labels[y - 1]
    # Chicago notes "The Brothers Karamazov, ed. Susan McReynolds, 2nd ed. (New York: ...": the editor's statement after
    # the title's comma, up to the comma before the edition or the imprint's bracket, names the editors.
    for i in (range(2, n - 2) if ", ed. " in text or ", eds. " in text else ()):
        if words[i] in ("ed.", "eds.") and words[i - 1].endswith(",") and labels[i] == labels[i - 1] == "title":
            j = next((j for j in range(i + 1, min(n - 1, i + 6)) if words[j].endswith(",")), 0)
            if j and labels[j + 1] in ("edition", "location") and all(w[:1].isupper() for w in words[i + 1:j + 1]):
                labels[i:j + 1] = ["editor"] * (j + 1 - i)
            break
    # Chicago's "(n.p.: Doubleday, 2003)": no place, then the publisher to the comma before the year.
    for i in (range(1, n - 2) if "n.p.:" in text or "N.p.:" in text else ()):
        if words[i].lower() in ("(n.p.:", "n.p.:"):
            c = next((c for c in range(i + 1, min(n - 1, i + 7)) if words[c].endswith(",")), 0)
            if c and _YEAR_WORD.match(words[c + 1]):
                labels[i] = "location"
                labels[i + 1:c + 1] = ["publisher"] * (c - i)
                labels[c + 1] = "date"
            break
    # IEEE's "S. Gupta, private communication, Jan. 2022.": the kind of work after the name, which the tagger read as
    # the date, is the genre that names it a personal communication.
    for i in (range(1, n - 2) if "communication" in low else ()):
        if labels[i - 1] == "author" and words[i - 1].endswith(",") and words[i].lower() in ("private", "personal") \
                and words[i + 1].lower() in ("communication,", "communication."):
            labels[i:i + 2] = ["genre", "genre"]
            break
    # Notes "National Statistical Committee of the Kyrgyz Republic, ‘Title’, 2019", IEEE "[15] U.S. Energy
    # Information Administration, “Title,”": a body named before a quoted title is its author, though the
    # tagger ran the two together, ran the body's first word alone as author and the rest into the title,
    # or cut the name short ("UN Committee" and a title "on the Elimination of Racial Discrimination, ‘...’").
    k = next((k for k in range(1, min(n, 12)) if words[k][:1] in _CLOSER), 0) if _quoted_start(text) else 0
    s = 1 if k and labels[0] == "citation-number" else 0
    if k > s and words[k - 1].endswith(",") and ("author" not in labels[s:k] or labels[k - 1] != "author"
                                                 or "title" in labels[s:k] and set(labels[s:k]) <= {"author", "title"}) \
            and corporate_name(" ".join(words[s:k])) and (_body_words(words[s:k]) or _body_named_first(words[s:k])):
        labels[s:k] = ["author"] * (k - s)
    # Notes "Azattyk, ‘Sadyr Japarov …’, 6 October 2020", "Reuters, ‘…’", References "Kommersant. [Title]. 2021":
    # a news outlet named before the quoted or translated title is the periodical it appeared in, not its
    # author (a body, "Government of Georgia", is).
    if not k and "[" in text[:80]:
        k = next((k for k in range(1, min(n, 6)) if words[k][:1] == "["), 0)
    if k and words[k - 1].endswith(",") and is_broadcaster(" ".join(words[:k])[:-1]) and "http" not in text \
            and "www." not in text:
        # "ONT, ‘Kontury’, 16 August 2020": the network before the programme it aired, the quoted name its title
        labels[:k] = ["publisher"] * k
        shut = next((j for j in range(k, min(n, k + 30)) if _closes(words[j], _CLOSER[words[k][0]], j == n - 1)), 0)
        labels[k:shut + 1] = ["title"] * (shut + 1 - k)
    elif k and words[k - 1].endswith((",", ".")) and is_outlet(" ".join(words[:k])):
        labels[:k] = ["container"] * k
    elif k > 1 and _BARE_YEAR.match(words[k - 1].rstrip(".")) and words[k - 1].endswith(".") \
            and words[k - 2].endswith(".") and is_outlet(" ".join(words[:k - 1])):
        # Chicago author-date "Kommersant. 2021. “Title.” December 3.": the paper in the author's place
        labels[:k - 1] = ["container"] * (k - 1)
        labels[k - 1] = "date"
    # Notes "Federal Law No. 40-FZ ‘On the Federal Security Service’, 3 April 1995": an act named by its
    # kind and number before its quoted name is one title, not an author ("Federal Law No.") and a title.
    if k > 2 and labels[0] == "author" and words[k - 2] in ("No.", "№") and _ACT_NUMBER.match(words[k - 1]) \
            and any(_ACT_KIND.match(w) for w in words[:k - 2]):
        labels[:k] = ["title"] * k
    # ... also with its issuer and date between ("Law of the Republic of Moldova No. 154 of 21 July 2017 ‘On Amending
    # the Electoral Code’, Monitorul Oficial, No. 270–278, ..."): all of it, to the quotation's close, is the title.
    # ("Federal Law of 29 December 2012 No. ..." is dated by its "of", further on)
    no = words.index("No.") if n > 6 and "No." in words[1:16] and any(_ACT_KIND.match(w) for w in words[:2]) else 0
    if no and no + 2 < n and words[no + 1][:1].isdigit() and "date" not in labels[:no]:
        q = no + 2
        if words[q] == "of" and q + 3 < n and _DAY.match(words[q + 1]) and words[q + 2].lower().rstrip(".,") in MONTHS:
            q += 4  # "of 21 July 2017"
        if q < n and words[q][:1] in _CLOSER:
            shut = next((j for j in range(q, min(n, q + 30)) if _closes(words[j], _CLOSER[words[q][0]], j == n - 1)), 0)
            if shut:
                labels[:shut + 1] = ["title"] * (shut + 1)
    # References "Postanovlenie Konstitutsionnogo Suda RF ot 14.07.2015 No. 21-P «...» [Ruling of ...]": an act's
    # transliterated name, its date and number inside it, is one title up to the bracket translating it.
    b = next((b for b in range(3, min(n - 1, 60)) if words[b][:1] == "["), 0) \
        if n > 4 and _ACT_KIND_TRANSLIT.match(words[0]) and "[" in text else 0
    if b and labels[b] == "title" and set(labels[:b]) <= {"title", "date", "author"}:
        labels[:b] = ["title"] * b
    # Notes "OSCE/ODIHR, Republic of Moldova, Parliamentary Elections, 24 February 2019: ODIHR Election Observation
    # Mission Final Report (Warsaw, 22 May 2019)": after the body, a title naming an event and its date before its
    # colon; the imprint's bracket dates the report, so the words the tagger took for more names and the date
    # before the colon are the title's.
    d = next((d for d in range(2, min(n - 2, 16)) if labels[d] == "date" and words[d].endswith(":")
              and labels[d + 1] == "title"), 0) \
        if n > 6 and labels[0] == "author" and words[0].endswith(",") and ":" in text and "(" in text else 0
    if d and set(labels[1:d]) <= {"author", "date"} \
            and (corporate_name(words[0][:-1]) or words[0][:-1].replace("/", "").isupper()) \
            and any(words[b][:1] == "(" and "date" in labels[b:b + 6] for b in range(d + 2, n)):
        labels[1:d + 1] = ["title"] * d
    # IEEE's company before its quoted title, named in one glued word ("STMicroelectronics, “Title,” Application
    # note ..."), which the tagger read into the title: the company is the author.
    if n > 2 and labels[0] == "title" and words[0].endswith(",") and words[1][:1] == "“" and labels[1] == "title" \
            and corporate_name(words[0][:-1]):
        labels[0] = "author"
    # Notes "Agency on Statistics under the President of the Republic of Tajikistan, Labour Market ...
    # (Dushanbe: ...)", "Ministry of Water Resources of the Republic of Uzbekistan. Water Sector ...": a
    # body's name the tagger cut short ends at its comma or full stop when the title goes on after it
    # (one it ran wholly into the title is taken back further on).
    if n > 3 and labels[0] == "author" and not words[_run_end(labels, 0, "author")].endswith((",", ".", ":")):
        k = next((k for k in range(1, min(n - 1, 20)) if words[k].endswith(",")
                  or words[k].endswith(".") and len(words[k]) > 4 and not _ABBREV.match(words[k])), 0)
        if k and labels[k + 1] == "title" and words[k + 1][:1].isupper() \
                and _body_words(words[:k + 1]) \
                and corporate_name(" ".join(words[:k + 1])):
            labels[:k + 1] = ["author"] * (k + 1)
    # Vancouver "Ministry of Health of the Russian Federation. Order No. 109 of 21 March 2003 on the improvement of
    # ... Moscow (2003).": a body's sentence, then its act named by kind, number and date, which open the title
    # (the tagger read "Order" as a journal, "No. 109 of" as its volume); the work is dated after the title.
    k = next((k for k in range(2, min(n - 3, 16)) if words[k - 1].endswith(".") and words[k + 1] == "No."
              and _ACT_KIND.match(words[k]) and words[k + 2][:1].isdigit()), 0) if "No." in text else 0
    e = next((e for e in range(k + 3, n) if words[e].endswith(".") and not _ABBREV.match(words[e])), 0) if k else 0
    if e and "date" in labels[e + 1:] and labels[0] in ("author", "title") and _body_words(words[:k]) \
            and corporate_name(" ".join(words[:k])[:-1]):
        labels[:k] = ["author"] * k
        labels[k:e + 1] = ["title"] * (e + 1 - k)
    # Ukrainian journals' APA "... [Public administration]. Lviv: Vydavnytstvo Lvivskoi politekhniky [in Ukrainian].":
    # between a sentence's "City:" and the closing language mark stands the publisher, whatever the tagger made of it.
    lang = n - 2 if n > 5 and words[-2][:3].lower() in ("[in", "(in") and rules.LANGUAGE.match(" ".join(words[-2:])) \
        else 0
    c = next((c for c in range(lang - 1, max(1, lang - 7), -1) if words[c].endswith(":")), 0) if lang else 0
    if c and c + 1 < lang and words[c - 1].endswith(".") and (labels[c] == "location" or _is_city(words[c][:-1])) \
            and set(labels[c + 1:lang]) <= {"publisher", "note", "title", "location"}:
        labels[c] = "location"
        labels[c + 1:lang] = ["publisher"] * (lang - c - 1)
    # Notes "Stenogramma zasedaniya Gosudarstvennoi Dumy, 12 February 2020, available at: ...": a run taken
    # for the author, with no title anywhere, holding a lower-case word no name or body has, is the title.
    e = _run_end(labels, 0, "author") if labels[0] == "author" and "title" not in labels else 0
    if e >= 2 and words[e].endswith(",") and not any(_INITIAL_TOKEN.match(w) for w in words[:e + 1]) \
            and any(w[:1].islower() and w.strip(".,;") not in GIVEN_PARTICLES | _NAME_JOINERS | _BODY_JOINERS
                    and w.strip(",;") not in _NAME_JOINERS and not w.startswith("al") for w in words[1:e + 1]) \
            and not corporate_name(" ".join(words[:e + 1])):
        labels[:e + 1] = ["title"] * (e + 1)
    # Notes "Sviatlana Tsikhanouskaya, post on Telegram, 17 August 2020, https://t.me/...", "Maria Zakharova,
    # Facebook post, 3 March 2022": an untitled post named by its kind and platform after its author's name,
    # or after a body's ("Ministry of Energy of the Republic of Kazakhstan, post on Telegram, 19 August 2024").
    c = next((c for c in range(min(n - 2, 10)) if words[c].endswith(",")), -1) if "post" in text or "tweet" in text else -1
    d = next((d for d in range(c + 1, min(n - 1, c + 5)) if words[d].endswith(",")), 0) if c >= 0 else 0
    if d and _UNTITLED_POST.fullmatch(" ".join(words[c + 1:d + 1])[:-1]) and labels[d + 1] == "date" \
            and (c < 5 and all(w[:1].isupper() for w in words[:c + 1])
                 or corporate_name(" ".join(words[:c + 1])[:-1])):
        labels[:c + 1] = ["author"] * (c + 1)
        for k in range(c + 1, d + 1):
            labels[k] = "container" if _SOCIAL_PLATFORM.fullmatch(words[k].rstrip(",")) else "note"
    # MLA's post: '“Hello world.” X, 12 Aug. 2017, twitter.com/...', '“Title.” Twitter, 9 Mar. 2019, ...': a platform
    # named after the quoted title's stop, before a date, is the post's container (the tagger read a one-letter "X"
    # as a name or a publisher).
    for i in (range(1, n - 1) if ".” " in text or '." ' in text else ()):
        if words[i - 1].endswith((".”", '."')) and words[i].endswith(",") and labels[i + 1] == "date" \
                and _SOCIAL_PLATFORM.fullmatch(words[i][:-1]):
            labels[i] = "container"
    # Notes "‘Title’, Eurasia Daily Monitor, 17, 42, April 2020": two bare numbers after the periodical's comma,
    # before a month's (or a day's) date, are its volume and issue, not part of the date, which had lost them.
    for i in (range(1, n - 2) if _has(labels, "container") and "date" in labels else ()):
        if labels[i - 1] == "container" and words[i - 1].endswith(",") and labels[i] != "volume" \
                and _VOLUME_ISSUE_NUMBER.fullmatch(words[i]) and _VOLUME_ISSUE_NUMBER.fullmatch(words[i + 1]) \
                and labels[i + 2] == "date" and (words[i + 2].strip(".,").lower() in MONTHS or i + 3 < n
                                                 and words[i + 3].strip(".,").lower() in MONTHS):
            labels[i] = labels[i + 1] = "volume"
        elif labels[i - 1] == "container" and words[i - 1].endswith(",") and _VOLUME_ISSUE_NUMBER.fullmatch(words[i]) \
                and i + 3 < n and _SHORT_NUMBER.fullmatch(words[i + 1]) and words[i + 2].strip(".,").lower() in MONTHS \
                and labels[i + 1] == "date" and _BARE_YEAR.match(words[i + 3]) and not _BARE_YEAR.match(words[i]):
            # "‘Title’, Kommersant-Vlast’, 12, 2 April 2019": one number before a day's date, the weekly's issue
            labels[i] = "volume"
    # Notes "Ministry of Internal Affairs of the Republic of Belarus, press release, 10 August 2020": a body's
    # untitled paper named by its kind (APA's described grey literature) before the date; the tagger took
    # "press" for a second author.
    c = next((c for c in range(1, min(n - 3, 12)) if words[c].endswith(",")), 0) \
        if any(kind in low for kind in _TWO_WORD_KINDS) else 0  # any case: "Press release", "news release"
    if c and labels[c + 3] == "date" and words[c + 2].endswith(",") \
            and f"{words[c + 1]} {words[c + 2][:-1]}".lower() in _DESCRIBED_TYPES \
            and corporate_name(" ".join(words[:c + 1])[:-1]):
        labels[:c + 1] = ["author"] * (c + 1)
        labels[c + 1:c + 3] = ["genre", "genre"]
    # IEEE's "Cisco Systems, “Title,” White Paper, Mar. 2020.": a described kind of paper (APA's grey literature) as the
    # comma part right after the closing quote is the work's genre, not a place or a journal.
    for i in (range(2, n - 1) if any(kind in low for kind in _TWO_WORD_KINDS) else ()):
        if words[i - 1].endswith((",”", ",\"")) and words[i + 1].endswith((",", ".")) \
                and f"{words[i]} {words[i + 1][:-1]}".lower() in _DESCRIBED_TYPES:
            labels[i:i + 2] = ["genre", "genre"]
            break
    # ... and a maker's technical document named by its kind, with its part or document number before or after it:
    # '“LM317 3-terminal adjustable regulator,” LM317 datasheet, Sep. 2016.', '“Title,” Application Note AN-123, 2015.'
    # (the tagger read them as a journal): the kind is the genre, the number the document's.
    for i in (range(2, n - 1) if "datasheet" in low or "data sheet" in low or " note" in low or "manual" in low
              or "guide" in low else ()):
        if not words[i - 1].endswith((",”", ",\"")):
            continue
        e = next((e for e in range(i, min(n, i + 5)) if words[e].endswith((",", "."))), 0)
        part = _TECHNICAL_DOCUMENT.fullmatch(" ".join(words[i:e + 1])[:-1]) if e else None
        if part:
            before = len(part.group("before").split()) if part.group("before") else 0
            after = len(part.group("after").split()) if part.group("after") else 0
            labels[i:e + 1] = ["number"] * before + ["genre"] * (e + 1 - i - before - after) + ["number"] * after
            if e + 2 < n and words[e + 1] == "Rev." and words[e + 2].endswith(","):
                labels[e + 1:e + 3] = ["note", "note"]  # the document's revision, "Rev. D,", no journal
        break
    # Notes "Ministry of Labour, Migration and Employment of the Population of the Republic of Tajikistan, ‘Doklad ...’,
    # Dushanbe, 2020": a body's name that goes on past a comma runs to the quoted title, which opens at its quote;
    # the tagger had ended the author at the first comma and run the rest of the name into the title.
    a = _run_end(labels, 0, "author") if labels[0] == "author" and (" ‘" in text or " “" in text) else n
    q = next((q for q in range(a + 2, n) if words[q][:1] in "‘“"), 0) if a + 2 < n and words[a].endswith(",") else 0
    if q and words[q - 1].endswith(",") and all(label == "title" for label in labels[a + 1:q + 1]) \
            and all(w[:1].isupper() for w, prev in zip(words[a + 1:q], words[a:q - 1]) if prev.endswith(",")) \
            and not any(ch.isdigit() for w in words[a + 1:q] for ch in w) \
            and corporate_name(" ".join(words[:a + 1])[:-1]):
        labels[a + 1:q] = ["author"] * (q - a - 1)
    # Notes "Sviatlana Tsikhanouskaya, address to the European Parliament’s Committee on Foreign Affairs, Brussels,
    # 21 September 2020": a person's name, then an unquoted description of the talk (_SPEECH_TITLE's kind and
    # audience, in lower case), which the tagger ran into one title with the name, or left as a note with the body
    # the description names as publisher ("Sergei Shoigu, speech at the expanded session of the Board of the
    # Ministry of Defence, Moscow, ..."), or read whole as a meeting's name ("Sviatlana Tsikhanouskaya, speech at
    # the New Belarus Conference, Warsaw, ..."): the name is the speaker, the description the title up to its comma.
    c = next((c for c in range(1, min(n - 2, 4)) if words[c].endswith(",")), 0) \
        if "speech" in text or "address" in text or "remarks" in text or "lecture" in text else 0
    if c and words[c + 1][:1].islower() and labels[c + 1] in ("title", "note", "container") \
            and _SPEECH_TITLE.match(" ".join(words[c + 1:c + 4])) \
            and all(w[:1].isupper() and w.strip(",").replace("-", "").isalpha() for w in words[:c + 1]) \
            and not corporate_name(" ".join(words[:c + 1])[:-1]):
        end = next((k for k in range(c + 1, n - 1) if words[k].endswith(",")), c)
        labels[:c + 1] = ["author"] * (c + 1)
        labels[c + 1:end + 1] = ["title"] * (end - c)
    # Harvard "The Guardian (2020) 'Exam results ...', 13 August. Available at: ...": a day and month alone after
    # the quoted title complete the year in brackets (_day_month_in_title), whatever the tagger read them as
    if ")" in text and ("'," in text or "’," in text or "”," in text or '",' in text):
        for i in range(2, n - 1):
            if words[i - 1].endswith(("',", "’,", "”,", '",')) and labels[i] != "date" \
                    and words[i + 1].endswith(".") and (i + 2 == n or labels[i + 2] in ("url", "accessed")
                                                        or words[i + 2].lower() in ("available", "retrieved")) \
                    and _BRACKETED_YEAR.match(next((w for w in words[:i] if w[:1] == "("), "")) \
                    and _DAY_MONTH.fullmatch(f"{words[i]} {words[i + 1][:-1]}") \
                    and (words[i].lower() in MONTHS or words[i + 1][:-1].lower() in MONTHS):
                labels[i:i + 2] = ["date", "date"]
    # Chicago author-date "Levada Center. 2021. “Title.” Press release, April 2. URL": the kind of paper after the
    # quoted title's sentence, then the day (and month) completing the year after the names
    for i in (range(2, n - 1) if any(kind in low for kind in _TWO_WORD_KINDS) else ()):
        if words[i - 1].endswith((".”", '."', "?”", '?"', ".’")) and words[i + 1].endswith((",", ".")) \
                and f"{words[i]} {words[i + 1][:-1]}".lower() in _DESCRIBED_TYPES:
            labels[i:i + 2] = ["genre", "genre"]
            if words[i + 1].endswith(",") and i + 3 < n and words[i + 3].endswith(".") \
                    and _DAY_MONTH.fullmatch(f"{words[i + 2]} {words[i + 3][:-1]}"):
                labels[i + 2:i + 4] = ["date", "date"]
    # References "VTsIOM. [Title]. Press release no. 4512. 2021. Available at: ...": the kind of paper and its number as
    # a sentence after the title are its genre and number (as "Working paper no. 12." is), not a journal's name and issue
    for i in (range(2, n - 3) if "]." in text and any(kind in low for kind in _TWO_WORD_KINDS) else ()):
        if words[i - 1].endswith("].") and f"{words[i]} {words[i + 1]}".lower() in _DESCRIBED_TYPES \
                and words[i + 2].lower() in ("no.", "№") and re.fullmatch(r"[\w/-]*\d[\w/-]*\.", words[i + 3]):
            labels[i:i + 4] = ["genre"] * 4
    # Notes "‘Title’, 24.kg, 5 March 2019" / "‘Title’, Kazinform, 23 March 2022": a news site or a name
    # of one to three capitalised words between the quoted title and the date is the periodical, unless
    # it is a place ("‘Joint Statement’, Minsk, 29 May 2014"); the tagger may have run it into the
    # title, which ends at its closing quote all the same. A translation in brackets may follow the quote:
    # "‘Chto proiskhodit v Almaty’ [What Is Happening in Almaty], Telegram, 6 January 2022".
    translated = "’ [" in text or "” [" in text or '" [' in text
    quote_comma = "’," in text or "”," in text or '",' in text or "»," in text or translated and "]," in text
    title_ends = ("’,", "”,", '",', "»,", "],") if translated else ("’,", "”,", '",', "»,")
    for i in (range(1, n - 1) if quote_comma and "date" in labels else ()):
        if not words[i - 1].endswith(title_ends):
            continue
        # the town it was issued in may stand between the kind and the date: "..., press release, Baku, 12 January 2022"
        issued_in = i + 3 < n and words[i + 2].endswith(",") and labels[i + 3] == "date" and _is_city(words[i + 2])
        if i + 2 < n and words[i + 1].endswith(",") and (labels[i + 2] == "date" or issued_in) \
                and f"{words[i]} {words[i + 1][:-1]}".lower() in _DESCRIBED_TYPES:
            # "Body, ‘Title’, press release, 15 March 2022": the kind of paper (APA's "[Press release]"), no periodical
            labels[i:i + 2] = ["genre", "genre"]
            if issued_in:
                labels[i + 2] = "location"
            continue
        j = next((j for j in range(i, min(n - 1, i + 3)) if words[j].endswith(",")), 0)
        name = " ".join(words[i:j + 1])[:-1]
        if j and labels[j + 1] == "date" and is_broadcaster(name) and "http" not in text and "www." not in text:
            # "‘Vesti nedeli’, Rossiya 1, 24 November 2013": a programme as aired and its network (an item on
            # the channel's site, "‘...’, TV Tsentr, 22 April 2014, available at: http://www.tvc.ru/news/...",
            # is a press item like any other)
            labels[i:j + 1] = ["publisher"] * (j + 1 - i)
        elif j and labels[j + 1] == "date" and _SOCIAL_PLATFORM.fullmatch(name):
            # "Nexta, ‘Title’, Telegram, 3 February 2024, https://t.me/...": the platform is the post's container
            # and the channel named before the quoted title its author, even one that is an outlet ("Meduza")
            labels[i:j + 1] = ["container"] * (j + 1 - i)
            t = labels.index("title")
            if 0 < t < i and words[t - 1].endswith(",") and set(labels[:t]) == {"container"}:
                labels[:t] = ["author"] * t
        elif j and labels[j + 1] == "date" and is_place(name):
            # "‘Statement of ...’, Nur-Sultan, 14 February 2022": a town the list knows is where the paper was issued;
            # the tagger, which reads one whose name is hyphenated ("Nur-Sultan", "Alma-Ata") as a name, a periodical
            # or a publisher, is not left to choose
            labels[i:j + 1] = ["location"] * (j + 1 - i)
        elif j and labels[j + 1] == "date" and (_NEWS_SITE.match(name) or is_outlet(name) or (
                (labels[i] in _PLACE_LIKE or labels[i] == "title") and all(w[:1].isupper() for w in words[i:j + 1])
                and not is_place(name))):
            labels[i:j + 1] = ["container"] * (j + 1 - i)
    # Wikipedia's cite web, '"Population and Housing Census 2019" (PDF). Kenya National Bureau of Statistics. November
    # 2019. Retrieved ...': the sentence after the quoted title (its stop after the closing quote) and its format is the
    # site, though the tagger ran it into the title, which ends at its closing quote
    q = next((q for q in range(n - 2) if words[q].endswith(("”.", "”"))), None) if "”" in text else None
    if q is not None and words[q].endswith("”") and words[q + 1].endswith(").") \
            and rules.FILE_FORMAT.search(f"{words[q]} {words[q + 1]}"):
        q += 1
    if q is not None and words[q].endswith(".") and labels[q + 1] == "title" and words[q + 1][:1].isupper():
        end = next((e for e in range(q + 1, min(n, q + 9)) if words[e].endswith(".")), None)
        if end is not None and end + 1 < n and labels[end + 1] != "title" \
                and all(label == "title" for label in labels[q + 1:end + 1]):
            labels[q + 1:end + 1] = ["container"] * (end - q)
    # ... and its month and year as a sentence after the site ("Kenya National Bureau of Statistics. November 2019."):
    # a month's name opening a sentence before the year the tagger read as the date is the date's, not the site's
    for i in (range(1, n - 1) if q is not None and "date" in labels else ()):
        if labels[i] != "date" and labels[i + 1] == "date" and words[i - 1].endswith(".") \
                and _MONTH_WORD.match(words[i]) and _YEAR_WORD.fullmatch(words[i + 1].rstrip(".")):
            labels[i] = "date"
    # German notes "Frankfurter Allgemeine Zeitung, 12.3.1999, S. 3.": the day after a paper's name, read as a number,
    # is its issue's date (as "Pravda, 12 May 1937, 2." is), and the paper, read as an author, the container.
    j = next((j for j in range(1, min(n - 1, 8)) if labels[j] != "author"), 0) if labels[0] == "author" else 0
    if j and labels[j] == "number" and _NUMERIC_DATE.match(words[j]) and words[j - 1].endswith(",") \
            and is_outlet(" ".join(words[:j])[:-1]):
        labels[:j + 1] = ["container"] * j + ["date"]
    # Notes "Pravda, 12 March 1937, 2.": a bare number after a day's whole date and its comma, closing the reference,
    # is the issue's page; the tagger ran it into the date, which has its year.
    if n > 4 and labels[-1] == labels[-2] == "date" and _PAGE_AFTER_DAY.fullmatch(words[-1]) \
            and words[-2].endswith(",") and _YEAR_WORD.fullmatch(words[-2][:-1]) \
            and _DAY_MONTH.fullmatch(" ".join(words[-4:-2]).rstrip(",")):
        labels[-1] = "pages"
    # Notes "‘Ustav ...’, Article 12, CSTO Charter, 15 May 1992": the article and the act it is in
    # read as one container, which _article_of_act splits.
    for i in (range(1, n - 2) if "Art" in text or "Стат" in text else ()):
        if words[i] in _ACT_ARTICLE and _SECTION_NUMBER.match(words[i + 1]) \
                and words[i - 1].endswith(("’,", "”,", '",')):
            j = i + 2
            while j < n and labels[j] != "date" and j - i < 8:
                j += 1
            if j < n and words[j - 1].endswith(","):
                labels[i:j] = ["container"] * (j - i)
    # "..., Resolution No. 400, 17 June 2014", "..., Ukaz Prezidenta RK No. 741, 21 January 2014": an act's
    # kind, its issuer and its number name the document.
    # So does References' sentence after a translated title: "Body. [Title]. Resolution no. 1412-p of 28.12.2022."
    for i in (range(1, n - 2) if "No." in text or "]. " in text and " no. " in text else ()):
        after_bracket = words[i - 1].endswith("].")
        if not ((words[i - 1].endswith(",") or after_bracket)
                and (_ACT_KIND.match(words[i]) or _ACT_KIND_TRANSLIT.match(words[i]))):
            continue
        k = next((k for k in range(i + 1, min(n - 1, i + 5)) if words[k] == "No." or after_bracket and words[k] == "no."), 0)
        if k and _ACT_NUMBER.match(words[k + 1]) and not any(w.endswith(",") for w in words[i:k]):
            labels[i:k + 2] = ["number"] * (k + 2 - i)
            # "..., Order No. 1-104 of 14 May 2019 ‘On the Approval ...’": the "of" before the act's day is the date's
            dated = k + 5 < n and words[k + 2] == "of" and _DATE_AFTER_OF.match(" " + " ".join(words[k + 3:k + 5])) is not None
            if dated and _NUMERIC_DATE.fullmatch(words[k + 3]):
                labels[k + 2:k + 4] = ["date"] * 2  # "of 28.12.2022." is one word
            elif dated:
                labels[k + 2:k + 6] = ["date"] * 4
            before, issuer = set(labels[:i]), " ".join(words[:i])
            if not after_bracket and (before == {"container"} or before == {"title"} and (words[k + 2][:1] in _CLOSER or dated)) \
                    and (corporate_name(issuer) or _ISSUING_OFFICE.match(issuer)):
                # "Cabinet of Ministers of Ukraine, Resolution No. 1035, 14 December 2016": the body
                # that issued the act publishes it, as after a quoted title; it is no periodical, nor
                # part of the act's quoted name after the number ("President of Ukraine, Decree
                # No. 392/2020 ‘On the National Security Strategy’")
                labels[:i] = ["publisher"] * i
    # References "Title. SWP Research Paper no. 5, Berlin, SWP, 2019.", "Title. Russie.Nei.Reports, no. 28, Paris, Ifri,
    # December 2019.": a series named by its last word as the sentence after the title, its number, then the imprint
    # (no pages after, which a journal's issue has) are the report's genre and number; the body after a known town
    # publishes it
    for i in (range(2, n - 4) if " no. " in text and "’," not in text and "”," not in text else ()):
        if not (words[i - 1].endswith(".") and labels[i - 1] == "title" and words[i][:1].isupper()):
            continue
        k = next((k for k in range(i, min(n - 3, i + 6)) if words[k + 1] == "no."), 0)
        if not k or not _SERIES_WORD.search(words[k].rstrip(",").split(".")[-1]) \
                or not re.fullmatch(r"\d[\w./-]*,", words[k + 2]) or _PAGED_AFTER.search(" ".join(words[k + 3:])) \
                or not all(w[:1].isupper() for w in words[i:k + 1]):
            continue
        labels[i:k + 1] = ["genre"] * (k + 1 - i)
        labels[k + 1:k + 3] = ["number"] * 2
        t = k + 3
        if t + 2 < n and words[t].endswith(",") and _is_city(words[t]) and words[t + 1].endswith(",") \
                and words[t + 1][:1].isupper() and labels[t + 2] == "date":
            labels[t], labels[t + 1] = "location", "publisher"
        break
    # Notes "‘Title’, Report EUR 60/004/2019, 12 November 2019": a series word right after the quoted
    # title, then a number that may open with a letter code, are the genre and the number.
    closes = _closed_quote_comma(words) if "’," in text or "”," in text else None
    # "‘Itogi perepisi naseleniya 2015 goda’, Ministerstvo ekonomicheskogo razvitiya PMR, Tiraspol, 2017, p. 12.": a
    # body (in any language, so lower-case words too) after the quoted title, then a town and the date: the body
    # publishes the paper where the town says, whatever the tagger made of the two (a periodical names no town)
    j = next((j for j in range(closes + 1, min(n - 3, closes + 9)) if words[j].endswith(",")), 0) \
        if closes is not None else 0
    k = next((k for k in range(j + 1, min(n - 1, j + 4)) if words[k].endswith(",")), 0) if j else 0
    if k and labels[k + 1] == "date" and words[closes + 1][:1].isupper() \
            and all(w[:1].isupper() and not w[1:].rstrip(",").isupper()
                    and re.sub(r"[-’']", "", w.rstrip(",")).isalpha() for w in words[j + 1:k + 1]):
        body, town = " ".join(words[closes + 1:j + 1])[:-1], " ".join(words[j + 1:k + 1])[:-1]
        if corporate_name(body) and not is_outlet(body) and not corporate_name(town):
            labels[closes + 1:j + 1] = ["publisher"] * (j - closes)
            labels[j + 1:k + 1] = ["location"] * (k - j)
    for i in (range(closes + 1, min(n - 1, closes + 8)) if closes is not None else ()):
        if not words[i][:1].isupper():
            break
        if words[i].endswith(","):
            # "‘Title’, Research Paper, Chatham House, June 2012": a report series named alone, and the
            # body after it, up to the date, its publisher (unless a place: "..., Moscow, 2012")
            if _SERIES_WORD.fullmatch(words[i][:-1]) and _REPORT_RE.search(" ".join(words[closes + 1:i + 1]).lower()):
                labels[closes + 1:i + 1] = ["genre"] * (i - closes)
                _publisher_before_date(words, labels, i + 1)
            break
        # a think tank's series by its own name ("Kennan Cable No. 25, Wilson Center", "EUISS Issue
        # Alert No. 4 (Paris: ...)"): its "No." with no pages or volume after, which a journal has
        # (an act's kind and number, "Resolution No. 400", are read above)
        named = words[i + 1] == "No." and labels[i] != "number" and not _PAGED_AFTER.search(" ".join(words[i + 2:]))
        if not (named or _SERIES_WORD.fullmatch(words[i])):
            continue
        j = i + 1 + (words[i + 1] in ("No.", "N°", "no."))
        code = j + 1 < n and re.fullmatch(r"[A-Z]{2,5}", words[j]) is not None
        last = j + code
        # the number ends a sentence or clause, or an imprint's bracket follows it
        if last < n and re.fullmatch(r"[A-Z]{0,5}-?\d[\w./-]*[,.]", words[last]) \
                or named and last + 1 < n and re.fullmatch(r"\d[\w./-]*", words[last]) and words[last + 1][:1] == "(":
            if re.fullmatch(rf"{_YEAR}[,.]?", words[last]):  # "Annual Report 2019," is a title's year
                continue
            labels[closes + 1:i + 1] = ["genre"] * (i - closes)
            labels[i + 1:last + 1] = ["number"] * (last - i)
            _publisher_before_date(words, labels, last + 1)
            break
    # IEEE '“Title,” Lawrence Berkeley Nat. Lab., Berkeley, CA, USA, Rep. LBNL-2001345, 2020.': after the
    # quoted title, the issuing body up to its first comma, its place, then the series ("Rep.", "Tech. Rep.")
    # and the report's number before the date, though the tagger took the lone "Rep." for the place.
    # A report with no number ends its series at a comma before the date ("Inst. Strategic Dialogue, London, U.K.,
    # Tech. Rep., 2020."); a think tank's series is named so too ("PONARS Eurasia, Washington, DC, USA, Policy Memo 762,").
    shut = next((k for k, w in enumerate(words[:40]) if w.endswith((",”", "”,"))), None) \
        if _PAPER_KIND_CUE.search(text) else None
    for r in (range(shut + 2, min(n - 1, shut + 14)) if shut is not None and "“" in " ".join(words[:shut + 1]) else ()):
        numbered = r + 2 < n and words[r] in _REPORT_SERIES_WORDS and _REPORT_NUMBER_WORD.fullmatch(words[r + 1]) \
            and labels[r + 2] == "date"
        unnumbered = words[r] in ("Rep.,", "Report,") and words[r - 1] in _REPORT_KIND_WORDS and labels[r + 1] == "date"
        if not (numbered or unnumbered):
            continue
        g = r - (words[r - 1] in _REPORT_KIND_WORDS)
        b = next(k for k in range(shut + 1, g) if words[k].endswith(",")) if words[g - 1].endswith(",") else g
        if b < g and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[shut + 1:g]):
            labels[shut + 1:b + 1] = ["publisher"] * (b - shut)
            labels[b + 1:g] = ["location"] * (g - b - 1)
            labels[g:r + 1] = ["genre"] * (r + 1 - g)
            if numbered:
                labels[r + 1] = "number"
        break
    if "Rep." in text or "Pap." in text:
        _abbreviated_report_tail(words, labels)
    # IEEE '“Title,” Ph.D. dissertation, Dept. Politics Int. Stud., Univ. Cambridge, Cambridge, U.K., 2021.': after the
    # genre, the department and university are the publisher, the places before the date (a city, a state's or
    # country's code) the place; the tagger had cut the university's abbreviated name up between the two.
    if "”" in text and _THESIS_CUE.search(low) and _THESIS_RE.search(low):  # the closing quote and the cue first
        shut = next((k for k, w in enumerate(words[:40]) if w.endswith((",”", "”,"))), None)
        if shut is not None and "“" in " ".join(words[:shut + 1]):
            _ieee_thesis_imprint(words, labels, shut)
    # Chicago's and MLA's "Fearon, James D., and David D. Laitin. “Ethnicity, ...”", MHRA's "..., and Б. Н. Омаров,
    # ‘Title’", German "Osei, A. und K. Brenner. »Title«": the quotation right after the names is the title, and the last
    # name's words the tagger ran into it (capitalised, closed by the name's stop or comma) are the author's.
    opening = next((k for k in range(2, min(n, 40)) if words[k][:1] in _CLOSER or words[k][:1] == "»"), 0) \
        if "author" in labels and (any(mark in text for mark in _CLOSER) or "»" in text) else 0
    run = _run_start(labels, opening - 1, "title") if opening and labels[opening - 1] == labels[opening] == "title" else 0
    if run and labels[run - 1] == "author" and opening - run <= 4 and words[opening - 1].endswith((".", ",")) \
            and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[run:opening]) \
            and any(_closes(w, _CLOSER.get(words[opening][0], "«"), k == n - 1) and labels[k] == "title"
                    for k, w in enumerate(words[opening + 1:opening + 40], opening + 1)):
        labels[run:opening] = ["author"] * (opening - run)
    # A title that opens with a quotation mark ends with the closing one; a quotation right
    # after the authors, before any title, is the title whatever the tagger called it
    # ("OSCE, ‘Annual Report 2014’, SEC.DOC/1/15"); so is one after a document's kind and number and its comma
    # ("UN General Assembly, Resolution 71/222, ‘International Decade ... “Water ...”, 2018–2028’, A/RES/71/222").
    quoted = any(q in text for q in _CLOSER)
    straight = "'" in text and _STRAIGHT_CLOSE.search(text) is not None
    in_quoted_title = set()  # the tokens of those titles
    for i in (range(n) if quoted or straight else ()):
        if words[i][:1] not in _CLOSER and not (straight and words[i][:1] == "'") \
                or (i and labels[i - 1] == "title" and not words[i - 1].endswith(",")):
            continue
        if i and labels[i] != "title" and (labels[i - 1] != "author" or "title" in labels[:i]):
            continue
        if words[i][:1] == "'":
            # "Hart, J. (2005), 'Title,' Regional Studies": a typewriter single quote is also an apostrophe
            # ("students'", "d'air"), so it closes the title only after the title's own comma or stop
            j = next((j for j in range(i, min(n, i + 30)) if _STRAIGHT_CLOSE.search(words[j])), n)
        else:
            closer = _CLOSER[words[i][0]]
            j = i
            # a "’" before a bracket closes the quotation, no soft sign: "‘Caucasus Barometer 2019: Armenia’ [dataset],"
            while j < n and not _closes(words[j][1:] if j == i else words[j], closer, j == n - 1) \
                    and not (words[j].endswith(closer) and j + 1 < n and words[j + 1][:1] in "[("):
                j += 1
        if j < n and words[i][:1] != "'" and closer == "’" and words[j].endswith("’:"):
            # "‘Ukraina i Belarus’: dva puti’,": a soft sign before the title's own colon; the quotation
            # closes at a later "’," or "’." when there is one
            j = next((k for k in range(j + 1, min(n, j + 15)) if words[k].endswith(("’,", "’."))), j)
        if j >= n:
            continue
        for k in range(i, j + 1):
            labels[k] = "title"
        in_quoted_title.update(range(i, j + 1))
        # "«Большая игра» с неизвестными правилами: ...": a quotation closed with no punctuation
        # before a word in lower case (or one the tagger kept in the title) is a phrase the title opens with.
        k = j + 1
        if k < n and words[i][:1] != "'" and words[j].endswith(closer) and words[j][-2:-1].isalnum() and (
                labels[k] == "title" or words[k][:1].islower() and words[k] not in ("in", "в", "//")):
            continue
        while k < n and labels[k] == "title":
            labels[k], probs[k] = _best_other(tagger, k, "title")
            k += 1
    # Chicago "Modern Clan Politics: The Power of “Blood” in Kazakhstan and Beyond (Seattle: ...)": a
    # quotation inside a title that began before it, closed with no punctuation, is a phrase of that
    # title; the "in" after it goes on with the title and opens no book (a chapter's title closes
    # with a comma: "“Title,” in Book").
    for i in (range(2, n - 1) if quoted and " in " in text else ()):
        if words[i + 1] != "in" or labels[i + 1] != "container" or labels[i] != "title" \
                or words[i][-1:] not in _CLOSER.values() or not words[i][-2:-1].isalnum():
            continue
        o = i
        while o > 0 and words[o][:1] not in _CLOSER:
            o -= 1
        if o > 0 and labels[o - 1] == labels[o] == "title" and not words[o - 1].endswith((",", ".")):
            j = _run_end(labels, i + 1, "container")
            # ... up to the title's full stop: APA's "The ‘power of water’ in a divided Central Asia. Perspectives on
            # Global Development and Technology, 2(3–4)" goes on with the journal's name
            j = next((k for k in range(i + 2, j) if words[k].endswith(".") and words[k][-2:-1].islower()
                      and "." not in words[k][:-1] and words[k + 1][:1].isupper()), j)
            labels[i + 1:j + 1] = ["title"] * (j - i)
    # An inverted name ends at its initials ("Said, Edward W."): a sentence of capitalised
    # words the tagger ran on after them, with no further initials or "et al.", is the title
    # ("Said, Edward W. Orientalism. Pantheon Books, 1978.").
    if n > 3 and labels[0] == "author" and words[0].endswith(","):
        j = _run_end(labels, 0, "author")
        for m in range(2, j):
            if words[m - 1].endswith((",", ";")) or words[m - 1].lower() in _EDITOR_JOINERS | {"и"}:
                break  # past the first name: the next one is written given name first ("und", "y", "og" too)
            if not (_INITIAL_TOKEN.match(words[m]) and not words[m].endswith(",") and words[m + 1][:1].isupper()):
                continue
            end = next((k for k in range(m + 1, j + 1) if words[k].endswith((".", "?", "!"))), None)
            if end is not None and not any(
                    _INITIAL_TOKEN.match(w) or w.lower() in ("et", "al.") for w in words[m + 1:end + 1]):
                for k in range(m + 1, end + 1):
                    labels[k] = "title"
                for k in range(end + 1, j + 1):
                    labels[k], probs[k] = _best_other(tagger, k, "author")
            break
    # GOST 7.0.100 "Бордачёв, Т. В. Россия и Евразия / Т. В. Бордачёв. – Текст : электронный // ...": the
    # heading's name ends at its initials, the words up to " / " are the title (however much they look
    # like names) and the statement after the slash names the author again.
    if n > 6 and labels[0] == "author" and words[0].endswith(",") and "/" in words[3:12]:
        m = 1
        while m < n and _INITIAL_TOKEN.match(words[m]) and m < 4:
            m += 1
        s = words.index("/", m)
        family = words[0][:-1].lower()
        end = next((e for e in range(s + 1, min(n, s + 6)) if not _INITIAL_TOKEN.match(words[e])), 0)
        if 1 < m < s and end and words[end].rstrip(".,;").lower() == family and labels[m] == "author":
            labels[m:s + 1] = ["title"] * (s + 1 - m)
            labels[s + 1:end + 1] = ["author"] * (end - s)
    # References "Viola L. Peasant Rebels under Stalin.", GOST "Лаумулин М. Т. Центральная Азия в ...": a name
    # written "Family I." or "Family I. I." ends at its initials; a capitalised word the tagger ran on after them
    # opens the title.
    m = 1
    while m < min(n, 4) and _INITIAL_TOKEN.match(words[m]) and words[m].endswith("."):
        m += 1
    if 1 < m < n - 1 and all(label == "author" for label in labels[:m + 1]) and words[0][-1].isalpha() \
            and words[m][-1].isalpha() \
            and not _INITIAL_TOKEN.match(words[m]) and not _INITIAL_TOKEN.match(words[m + 1]) \
            and words[m].lower() not in ("and", "et", "и") and not _ETAL_TOKENS.fullmatch(words[m] + " " + words[m + 1]) \
            and not _given_first_pair(words):
        labels[m:_run_end(labels, m, "author") + 1] = ["title"] * (_run_end(labels, m, "author") + 1 - m)
    # Notes "Alexander Cooley, Great Games, Local Rules: ...": a name written given name first ends
    # at its comma; the capitalised words the tagger ran on after it are the title's. Not Vancouver's
    # "Thomas EJ, Studdert DM, ..." (a family name that is also a given name, then bare initials), nor a
    # second name given first closing its sentence ("James Laudon, Daniel Lenoski. Title.").
    if n > 4 and labels[0] == "author" and words[0].lower() in GIVEN_NAMES and words[1].endswith(",") \
            and labels[1] == labels[2] == "author" and words[2][:1].isupper() and not _INITIAL_TOKEN.match(words[2]) \
            and not _VANCOUVER_INITIALS.fullmatch(words[1]):
        j = _run_end(labels, 2, "author")
        second_name = words[2].lower() in GIVEN_NAMES and j - 2 in (1, 2) and _sentence_stop(words[j])
        if not second_name and not any(_INITIAL_TOKEN.match(w) or w.lower() in ("and", "&") for w in words[2:j + 1]):
            labels[2:j + 1] = ["title"] * (j - 1)
    # German notes "Reinhart Koselleck, Geschichte, in: Otto Brunner/Werner Conze/... (Hrsg.), Book, ...": the editors' run
    # the tagger began at the note's start is the chapter's author (to its first comma) and title (to ", in:").
    k = next((k for k in range(3, min(n - 2, 30)) if words[k] in _IN_MARKS and words[k - 1].endswith(",")), 0) \
        if labels[0] == "editor" else 0
    if k and all(label == "editor" for label in labels[:k + 2]):
        c = next((c for c in range(1, k - 1) if words[c].endswith(",")), 0)
        if c and not any(_INITIAL_TOKEN.match(w) or w.lower() in ("and", "&", "und") for w in words[:c + 1]):
            labels[:k + 1] = ["author"] * (c + 1) + ["title"] * (k - c - 1) + ["container"]
    # Notes "Sébastien Peyrouse, Turkmenistan: Strategies of Power, Dilemmas of Development (Armonk, NY:
    # M.E. Sharpe, 2012), p. 201.": a book's imprint in brackets closes its title; with no title found,
    # the words from the author's comma to the bracket, which the tagger read as imprint or container, are the title.
    if opens and "title" not in labels and labels[0] == "author":
        a = _run_end(labels, 0, "author")
        b = next((b for b in opens if b > a + 1 and labels[b] == "location" and words[b].endswith((":", ","))), 0)
        if b and words[a].endswith(",") and all(labels[k] in ("location", "publisher", "container") for k in range(a + 1, b)):
            labels[a + 1:b] = ["title"] * (b - a - 1)
    # "J. Am. Chem. Soc.": a "title" of abbreviations only is the journal (chemistry styles).
    for i in range(n):
        if labels[i] == "title" and (i == 0 or labels[i - 1] != "title"):
            j = _run_end(labels, i, "title")
            if j > i and all(_ABBREV.match(words[k]) for k in range(i, j + 1)):
                nxt = labels[j + 1] if j + 1 < n else ""
                for k in range(i, j + 1 if nxt == "container" or j + 1 == n else j + 1):
                    labels[k] = "container"
    # "LNCS Homepage, http://www.springer.com/lncs, last accessed ...": the words before the
    # link a web reference opens with are its title, not a note.
    if labels and labels[0] == "note" and "title" not in labels:
        k = 0
        while k < n and labels[k] == "note" and not words[k].lower().startswith(("http", "www.")):
            k += 1
        if k < n and words[k].lower().startswith(("http", "www.")):
            labels[:k] = ["title"] * k
    # APA "(2008, August 26).": a parenthesised date runs to its closing parenthesis.
    for i in (opens if "date" in labels else ()):
        if labels[i] == "date" and ")" not in words[i]:
            j = i + 1
            while j < n and j - i < 5 and ")" not in words[j]:
                j += 1
            if j < n and ")" in words[j] and j - i < 5:
                for k in range(i, j + 1):
                    labels[k] = "date"
    # Notes "Mark Kramer, “Title?,” e-Dossier no. 47, Wilson Center, March 19, 2014.": a body named after the title,
    # the names and the title long closed, before the date, publishes the paper; the tagger read it as a second
    # author run, which joined the first ('Mark Kramer, Wilson Center': family 'Mark Kramer', given 'Wilson Center')
    t = labels.index("title") if labels[0] == "author" and "title" in labels else 0
    for i in (range(t + 2, n - 1) if t and "author" in labels[t:] else ()):
        if labels[i] == "author" and labels[i - 1] != "author" and words[i - 1].endswith(","):
            e = _run_end(labels, i, "author")
            if e + 1 < n and labels[e + 1] == "date" and words[e].endswith(",") and corporate_name(" ".join(words[i:e + 1])[:-1]):
                labels[i:e + 1] = ["publisher"] * (e + 1 - i)
            break
    # APA's "Retrieved April 20, 2022, from https://...": "from" leads to the address, whatever the tagger made of it
    for i in (range(1, n - 1) if " from http" in text or " from www." in text else ()):
        if words[i] == "from" and labels[i + 1] == "url" and labels[i] != "lead":
            labels[i] = "lead"
    # MLA's page on a site: '"The Tempest." Folger Shakespeare Library, www.folger.edu/the-tempest. Accessed 5 May
    # 2021.': the capitalised words between the quoted title's sentence and the address are the site (the
    # container MLA names), which the tagger left as note
    u = labels.index("url") if _has(labels, "url") and "title" in labels else 0
    if u > 2 and labels[u - 1] != "container" and words[u - 1].endswith(","):
        s = u - 1
        while s > 0 and labels[s - 1] in ("note", "author", "publisher") and u - s < 8:
            s -= 1
        if s and labels[s - 1] == "title" and words[s - 1].endswith(('."', ".”", '?"', "?”", '!"', "!”")) \
                and set(labels[s:u]) <= {"note", "author", "publisher"} \
                and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[s:u]):
            labels[s:u] = ["container"] * (u - s)
    # APA/Harvard "UNESCO (2021). Reimagining our futures together. Paris: UNESCO.", "BBC (n.d.) Timeline: Belarus.":
    # the body or paper before the bracketed year (or "n.d.") opening an author-date reference is its author (the
    # dev set's convention for "BBC News (2020) Title."), though the tagger read an acronym as a periodical or ran
    # the name into the title
    k = next((k for k in range(1, min(n, 8)) if _BRACKETED_YEAR.match(words[k]) or _NO_DATE_WORD.fullmatch(words[k])), 0) \
        if _OPENING_DATE_BRACKET.match(text) else 0
    before = set(labels[:k]) if k and labels[k] in ("date", "title", "author") else None
    if before == {"author"}:
        labels[k] = "date"
    elif before and before <= {"container", "publisher", "title", "author"} \
            and "title" in labels[k + 1:k + 3]:  # not a journal before its volume: "British Journal of Cancer (2004) 90"
        name = " ".join(words[:k]).rstrip(".,")
        if is_outlet(name) or corporate_name(name) or name.isupper() and name.isalpha():
            labels[:k] = ["author"] * k
            labels[k] = "date"
    # IEEE "“Title,” presented at the 3rd Int. Conf. Learn. Represent. (ICLR), San Diego, CA, USA, May 2015.": after
    # the quoted title, "presented at the" opens the meeting's name (_PRESENTED_AT reads the words off), which runs to
    # its comma (its ordinal and acronym with it), then its place up to the date, whatever the tagger made of them
    p = next((p for p in range(1, n - 3) if words[p] == "presented" and words[p + 1] == "at"), 0) if "presented at" in text else 0
    c = next((c for c in range(p + 2, min(n, p + 16)) if words[c].endswith(",")), 0) if p and labels[p - 1] == "title" \
        and words[p - 1][-1:] in "”\"’»" else 0
    d = next((d for d in range(c + 1, min(n, c + 6)) if labels[d] == "date"), 0) if c else 0
    if d and all(w[:1].isupper() for w in words[c + 1:d]) and "date" not in labels[p:c + 1]:
        labels[p:c + 1] = ["container"] * (c + 1 - p)
        labels[c + 1:d] = ["location"] * (d - c - 1)
    # Citing Medicine's "Paper presented at: Annual Meeting; November 2-6, 2019; Philadelphia, PA.": the cue the tagger
    # left as a note opens the meeting's name, as it does when read with it
    q = next((q for q in range(2, n - 1) if words[q] == "at:" and words[q - 1] == "presented"), 0) if "presented at:" in text else 0
    if q and labels[q + 1] == "container" and labels[q - 1] == labels[q] == "note":
        k = q - 1 - (labels[q - 2] == "note" and words[q - 2][:1].isupper())
        labels[k:q + 1] = ["container"] * (q + 1 - k)
    # Chicago note "U.S. Department of State, Country Reports on Human Rights Practices for 2019: Ukraine (Washington,
    # DC: ..., 2020), 7.": the work's date is in its imprint's bracket, so a year in the unquoted words between the
    # names and that bracket is the title's (the tagger cut it there into a periodical, a date and a title, and
    # may have read a body opening a numbered note as its publisher: "5. World Bank, World Development Report 2019:").
    # So is it in an editor's book ("12. Ann Temkin, ed., Color Chart: Reinventing Color, 1950 to Today, exh. cat.
    # (New York: ...)"), whose kind of book before the bracket stays the genre.
    for o in (opens if ":" in text and "date" in labels else ()):
        f = 1 if labels[0] == "citation-number" else 0
        if labels[f] == "editor":
            s = _run_end(labels, f, "editor") + 1
            s = s if words[s - 1].endswith(",") else 0
        else:
            s = next((s for s in range(f + 1, min(o, f + 10)) if words[s - 1].endswith(",")), 0)
        g = o
        while s < g - 1 and labels[g - 1] == "genre":
            g -= 1
        if s and len(set(labels[f:s])) == 1 and labels[f] in ("author", "publisher", "editor") and "date" in labels[s:g] \
                and set(labels[s:g]) <= {"title", "container", "date", "publisher"} \
                and not any(ch in w for w in words[s:o] for ch in "‘’“”\"«»") and _NOTE_IMPRINT_START.match(" ".join(words[o:o + 30])) \
                and (labels[f] in ("author", "editor") or corporate_name(" ".join(words[f:s])[:-1])):
            if labels[f] != "editor":
                labels[f:s] = ["author"] * (s - f)
            labels[s:g] = ["title"] * (g - s)
            break
    # APA "(2022). Annual economic report 2022. https://...": with the date given in brackets after
    # the authors, the sentence after it is the title when the tagger found none, and a year (or
    # month and year) ending a sentence of the title is the title's (not one after a closed quote).
    if "title" not in labels and "author" in labels:
        k = max(k for k in range(n) if labels[k] == "author") + 1
        if k < n - 2 and labels[k] == "date" and words[k][:1] == "(" and words[k].endswith(").") \
                and labels[k + 1] == "container":
            j = k + 1
            while j < n - 1 and labels[j] in ("container", "date") and not words[j].endswith("."):
                j += 1
            if words[j].endswith(".") and labels[j] in ("container", "date"):
                labels[k + 1:j + 1] = ["title"] * (j - k)
    first = labels.index("title") if "title" in labels else n
    for i in (range(first + 1, n) if _has_pair(labels, "title", "date")
              and any(labels[k] == "date" and words[k][:1] == "(" for k in range(first)) else ()):
        if labels[i] == "date" and labels[i - 1] == "title" and not words[i - 1].endswith((".", "',", "’,", "”,", '",')):
            j = i
            while j + 1 < n and labels[j + 1] == "date" and not words[j].endswith("."):
                j += 1
            if words[j].endswith(".") and (j + 1 == n or labels[j + 1] != "date"):
                labels[i:j + 1] = ["title"] * (j + 1 - i)
    # Vancouver "Machine learning for sepsis prediction [dissertation].": the bracket is the genre,
    # the words before it the title's.
    for k in (range(2, n) if "[" in text and _has_pair(labels, "genre", "genre") else ()):
        if labels[k] == "genre" and words[k][:1] == "[" and labels[k - 1] == "genre":
            i = _run_start(labels, k - 1, "genre")
            if i > 0 and labels[i - 1] == "title" and not any(w[:1] == "[" for w in words[i:k]):
                labels[i:k] = ["title"] * (k - i)
    # Italian "Il declino industriale, in «Rivista di Politica Economica», 104, 3": a periodical in
    # guillemets after ", in" is the container; the words before it are the title. Without the "in" ("Un problema di
    # scala, «Quaderni storici», vol. 23, n. 2"), guillemets right after the title's comma with the numbers after
    # them are the periodical too, and so is a newspaper's with its day after them ("La casta dei burocrati,
    # «Corriere della Sera», 12 marzo 2019, p. 25"): the day, month and year are the date's.
    for i in (range(2, n) if "«" in text else ()):
        if words[i][:1] != "«":
            continue
        j = next((k for k in range(i, n) if "»" in words[k]), None)
        after_in = words[i - 1].lower() == "in" and words[i - 2].endswith(",")
        day = j is not None and j + 3 < n and _DAY.match(words[j + 1]) and words[j + 2].lower() in MONTHS \
            and _YEAR_WORD.fullmatch(words[j + 3].rstrip(".,"))
        if j is None or not (after_in or words[i - 1].endswith(",") and labels[i - 1] in ("title", "container")
                             and j + 1 < n and (day or _PERIODICAL_NUMBERS.fullmatch(words[j + 1]))):
            continue
        start = i - 1 if after_in else i
        labels[start:j + 1] = ["container"] * (j + 1 - start)
        if day:
            labels[j + 1:j + 4] = ["date"] * 3
        if j + 1 < n and labels[j + 1] == "container" and re.fullmatch(r"[IVXLC]+,", words[j + 1]):
            labels[j + 1] = "volume"  # "«Quaderni storici», XXIII, 2": the volume in Roman numerals
        k = start - 1
        while k >= 0 and labels[k] == "container":
            labels[k] = "title"
            k -= 1
    # AMA web pages "Updated May 17, 2022. Accessed June 2, 2023.": the word before the date is its cue.
    # The cue and the date after it are the date however the tagger ran them ("Published May 4,
    # 2021." read as a note).
    for i in (range(n - 1) if any(cue in low for cue in _DATE_CUES) else ()):
        if labels[i] != "date" and labels[i + 1] == "date" and words[i].lower().rstrip(":") in _DATE_CUES:
            labels[i] = "date"
        elif words[i].lower().rstrip(":") in _DATE_CUES and labels[i] == labels[i + 1] != "title":
            j = i + 1
            while j < n and j - i <= 3 and labels[j] == labels[i] and _DATE_TOKEN.match(words[j]) \
                    and not _YEAR_WORD.fullmatch(words[j - 1].strip(".,")):
                j += 1
            if _WHOLE_DATE.fullmatch(" ".join(words[i + 1:j]).rstrip(".,")):
                labels[i:j] = ["date"] * (j - i)
    # "..., Seversk, Tomsk oblast, 14 May 2019": the kind of a region closing a place is the place's, never a date's
    for i in (range(1, n - 1) if _has_pair(labels, "location", "date") else ()):
        if labels[i] == "date" and labels[i - 1] == "location" and not words[i - 1].endswith(",") \
                and _is_admin_unit(words[i]):
            labels[i] = "location"
    # "Volume 2020 Issue 1": a number right after a volume or issue word is its number, though it
    # looks like a year.
    for i in (range(n - 1) if _has_pair(labels, "volume", "date") or _has_pair(labels, "issue", "date") else ()):
        if labels[i] in ("volume", "issue") and labels[i + 1] == "date" and words[i + 1].rstrip(".,").isdigit() \
                and words[i].lower().rstrip(".") in ("volume", "vol", "issue", "no", "number", "том", "выпуск"):
            labels[i + 1] = labels[i]
    # Harvard "Organisation for Economic Co-operation and Development (2020) OECD Economic Outlook",
    # "Eurostat (2021) ...": a body's name before the bracketed year is the author, however tagged.
    if n > 3 and labels[0] in ("title", "container", "publisher") and "author" not in labels and "(" in text:
        j = _run_end(labels, 0, labels[0])
        if j + 1 < n and labels[j + 1] == "date" and words[j + 1].startswith("(") \
                and _BARE_YEAR.match(words[j + 1].strip("()")) and corporate_name(" ".join(words[:j + 1])):
            for k in range(j + 1):
                labels[k] = "author"
    # ScienceDirect's display copied onto one line, its author, title and journal lines run together ("A. Kumar,
    # R. Singh, P. Das Spatial patterns of ..."): in a list of names given first by their initials no name is initials
    # alone, so the capitalised word after the last name's initials is its family name, not the title's first word.
    e = _run_end(labels, 0, "author") if n > 6 and labels[0] == "author" and _INITIAL_TOKEN.match(words[0]) else 0
    if 2 <= e < n - 2 and labels[e + 1] == labels[e + 2] == "title" and _INITIAL_TOKEN.match(words[e]) \
            and not words[e].endswith(",") and words[e - 1].endswith(",") and _INITIAL_TOKEN.match(words[e - 2]) \
            and words[e + 1].isalpha() and words[e + 1][:1].isupper():
        labels[e + 1] = "author"
    # Notes "Nagorno-Karabakh: New Opening, or More Peril?, Europe Report No. 239": the capitalised word
    # between the title's (or the issuing body's: "‘...’, International Crisis Group, Europe Report
    # No. 264") last comma and a series word names the series with it.
    for i in (range(2, n) if _has(labels, "genre") else ()):
        if (labels[i] == "genre" and labels[i - 1] in ("title", "publisher", "container") and words[i - 2].endswith(",")
                and words[i].lower().rstrip(".,") in ("report", "reports", "paper", "papers", "brief", "briefing")
                and words[i - 1][:1].isupper() and words[i - 1].isalpha()):
            labels[i - 1] = "genre"
    # ACS/MDPI "Air Quality in Europe—2020 Report; EEA Report No 09/2020; Publisher: Place, 2020.": a ';' closes the
    # title, and the tagger ran the title's last word over it into the series. A series run after the title holding a
    # ';' before its end is given back to the title, when what follows that ';' names a series and its number (the
    # title's ';' part naming a series gives the genre and number, as for "Title; Report No. 94563-UZ; World Bank").
    # A year closing the title ("Trends and Projections in Europe 2021 Report;") may still be read as the date here.
    # The tagger may have read the title before the year as a journal ("FAO. Global Forest Resources Assessment 2020
    # Main Report; FAO Forestry Paper No 1; FAO: Rome, Italy, 2020."): that run is the title's too.
    g = next((g for g in range(2, n) if labels[g] == "genre" and (labels[g - 1] == "title" or labels[g - 2] in (
        "title", "container") and _BARE_YEAR.fullmatch(words[g - 1]))), 0) if ";" in text and _has(labels, "genre") else 0
    if g:
        e = _run_end(labels, g, "genre")
        cut = max((k for k in range(g, e) if words[k].endswith(";")), default=None)
        if cut is not None and _SERIES_SENTENCE.fullmatch(" ".join(words[cut + 1:e + 1]).rstrip(";.,")):
            t = _run_start(labels, g - 2, "container") if labels[g - 2] == "container" else g - 1
            if labels[g - 2] != "container" or t > 0 and labels[t - 1] == "author" and words[t - 1].endswith("."):
                labels[t:e + 1] = ["title"] * (e + 1 - t)
    # "Chatham House Research Paper.": a sentence of publisher words ending in a genre word names
    # the series the work is in, as a whole.
    for i in (range(1, n) if _has_pair(labels, "publisher", "genre") else ()):
        if labels[i] == "genre" and labels[i - 1] == "publisher" and words[i].lower().rstrip(".,") in (
                "paper", "papers", "report", "reports", "series", "brief", "note", "notes"):
            k = i
            while k > 0 and labels[k - 1] == "publisher" and not words[k - 1].endswith((".", ",")):
                k -= 1
            if k > 0 and words[k - 1].endswith((".", "”", '"')):
                for m in range(k, i):
                    labels[m] = "genre"
    # "World Dev., 132 (2020), Article 104986": an article number after the volume or date is
    # where the article is, as pages are; so is the ACM's before the date and length it ends with
    # ("ACM Transactions on Computer-Human Interaction 27, 4, Article 25 (Aug. 2020), 36 pages."), and IEEE's
    # "vol. 9, 2021, Art. no. 9345123." / "no. 1996, Art. no. 20110413, 2013.", and Cochrane's "Cochrane
    # Database of Systematic Reviews 2019, Issue 3. Art. No.: CD009825." (its review numbers open with letters); IEEE's
    # "[Online]. Available: URL" may follow it ("Jul. 2022, Art. no. 109203. [Online]. Available: https://doi.org/...")
    for i in (range(2, n - 1) if "rticle" in text or "Art." in text or " art. " in text else ()):
        # the number, after IEEE's "no." or Hindawi's "ID" ("Journal of Aging Research, 2011, Article ID 345678")
        at = i + 1 + (words[i + 1].lower() in ("no.", "no.:", "id") and i + 2 < n)
        # ... and the year before it, after the journal's comma, which the tagger may run into the journal's name
        year = words[i - 1].endswith(",") and words[i - 2].endswith(",") and _YEAR_WORD.fullmatch(words[i - 1][:-1])
        if words[i].lower() in ("article", "art.") and _REVIEW_OR_ARTICLE_NO.fullmatch(words[at].rstrip(".,")) \
                and (labels[i - 1] in ("volume", "date", "issue") or year and labels[i - 1] == "container") and (
                    at + 1 >= n - 1 or all(
                    labels[k] in ("date", "url", "doi") or _ACM_LENGTH.fullmatch(words[k])
                    or words[k].lower().startswith(("http", "doi", "[online]", "available:"))
                    or k == n - 1 and _YEAR_WORD.fullmatch(words[k].rstrip("."))
                    for k in range(at + 1, n))):
            labels[i:at + 1] = ["pages"] * (at + 1 - i)
            length = 2 * bool(_PAGE_COUNT_AT.match(" ".join(words[at + 1:at + 3])))
            labels[at + 1:at + 1 + length] = ["pages"] * length  # Hindawi's "..., Article ID 832581, 12 pages."
            if year and labels[i - 1] in ("date", "container") and labels[i - 2] == "container":
                # Hindawi's and other open-access journals' volume named for its year, "(2011). Title. Journal of
                # Aging Research, 2011, Article ID 345678, 9 pages.": the year after the journal's name, the work dated
                # before, is the volume (the date when it is not)
                labels[i - 1] = "volume" if "date" in labels[:i - 2] else "date"
            if at + length + 2 == n and "date" not in labels and _YEAR_WORD.fullmatch(words[-1].rstrip(".")):
                labels[-1] = "date"  # IEEE "..., Art. no. 20110413, 2013.": the year closing the reference
        elif words[i] == "Article" and words[i + 1].endswith(",") and words[i + 1][:-1].isdigit() \
                and (labels[i + 1] == "pages" or _PAGE_COUNT_AT.match(" ".join(words[i + 2:i + 4]))):
            # ACM "..., New York, NY, USA, Article 412, 15 pages.": the article number is no word of the
            # place, nor a volume
            labels[i] = labels[i + 1] = "pages"
    # ACM "In Proceedings of ... (CHI ’20). Association for Computing Machinery, New York, NY, USA": the
    # proceedings' name ends at its bracketed short name; the words from there to the place publish it.
    for j in (range(1, n - 2) if ")." in text and _has(labels, "location") else ()):
        if labels[j] == labels[j + 1] == "container" and words[j].endswith(").") and "(" not in words[j][1:]:
            k = _run_end(labels, j + 1, "container") + 1
            if k < n and labels[k] == "location" and words[k - 1].endswith(","):
                labels[j + 1:k] = ["publisher"] * (k - j - 1)
    # ACM "In Proceedings of ... Computing (SoCC ’19). ACM, ...": a bracket opened in the container
    # closes in it; the tagger took the year's short form after a curly apostrophe for a volume. A
    # short name with its year in brackets right after the container ("... Networking (MobiCom ’23).")
    # is the container's too.
    for o in (o for o in opens if 0 < o < n - 2 and words[o][1:2].isalnum() and ")" not in words[o]):
        j = next((j for j in (o + 1, o + 2) if ")" in words[j] and "(" not in words[j]), 0)
        if not j:
            continue
        if labels[o] == "container" != labels[j] and all(labels[m] == labels[j] for m in range(o + 1, j)):
            labels[o + 1:j + 1] = ["container"] * (j - o)
        elif labels[o - 1] == "container" != labels[o] and words[o][1:2].isupper() and _YEAR_CLOSES.match(words[j]) \
                and not any(w.endswith((",", ":", ";")) for w in words[o:j]):  # no imprint "(London: Routledge, 2020)"
            labels[o:j + 1] = ["container"] * (j - o + 1)
    # "R Core Team, R: A Language and Environment for Statistical Computing, ...": a word closed by a
    # colon after a body's name opens the title (the program's name), not the body's.
    if ":" in text and labels[0] == "author":
        for i in range(2, min(n - 1, _run_end(labels, 0, "author") + 1)):  # in the names opening the reference
            if (words[i].endswith(":") and "." not in words[i] and words[i][:1].isupper()
                    and labels[i + 1] == "title" and words[i - 1].endswith((",", "."))
                    and corporate_name(" ".join(words[:i]))):
                labels[i] = "title"
                break
    # ACM journals "Proc. ACM Hum.-Comput. Interact. 4, CSCW2, Article 142 (oct 2020), 24 pages.": the
    # volume, the issue (which may be a name) and the article number after the journal's name.
    for i in (range(3, n - 1) if "Article" in words else ()):
        if words[i] == "Article" and words[i + 1].rstrip(",").isdigit() and _ACM_VOLUME.fullmatch(words[i - 2]) \
                and _ACM_ISSUE.fullmatch(words[i - 1]) and labels[i - 3] in ("container", "publisher"):
            labels[i - 2], labels[i - 1], labels[i], labels[i + 1] = "volume", "volume", "pages", "pages"
            k = i - 3
            while k > 0 and labels[k - 1] in ("container", "publisher"):
                k -= 1
            labels[k:i - 2] = ["container"] * (i - 2 - k)
    # Chicago notes "Annual Report 2019 (Nur-Sultan, 2020), 17.": a bracket holding only a town and
    # a year is the imprint, whatever the tagger made of the town.
    for i in (o for o in opens if 0 < o < n - 1):
        if (labels[i - 1] in ("title", "container", "date") and words[i][1:2].isupper() and words[i].endswith(",")
                and _BARE_YEAR.match(words[i + 1].strip("),.;")) and ")" in words[i + 1]
                and not any(ch.isdigit() for ch in words[i])):
            labels[i], labels[i + 1] = "location", "date"
            if i + 2 < n and labels[i + 2] == "date" and words[i + 2].strip(".,").isdigit():
                labels[i + 2] = "pages"  # the page a note cites after the imprint
    # Nature's book "Alberts, B. et al. Molecular Biology of the Cell 6th edn (Garland Science, 2014).": a last
    # bracket holding a name and the year, in a reference with no volume or pages, is the book's imprint (its
    # publisher, or a town alone its place), and what stands between the names and it the title.
    if n > 4 and text.endswith((")", ").")) and not {"volume", "pages", "issue"} & set(labels):
        b = next((b for b in range(n - 2, max(0, n - 10), -1) if words[b][:1] == "("), 0)
        if b and words[n - 1][:1] != "(" and _NAME_YEAR_CLOSE.fullmatch(words[n - 1]) and words[n - 2].endswith(",") \
                and not any(ch.isdigit() or ch in ",:;()" for ch in " ".join(words[b:n - 1])[1:-1]) \
                and labels[b - 1] in ("title", "container", "edition"):
            a = _run_end(labels, 0, "author") + 1 if labels[0] in ("author", "editor") else 0
            if a and set(labels[a:b]) <= {"title", "container", "edition"}:
                for k in range(a, b):
                    if labels[k] == "container":
                        labels[k] = "title"
                name = " ".join(words[b:n - 1])[1:-1]
                # one word that is no known town is a publisher's name after a name printed family first with
                # initials ("Bishop, C. M. ... (Springer, 2006)"); a note's "(Nur-Sultan, 2020)" is the place
                town = _is_city(name) or b == n - 2 and not _FAMILY_INITIALS_OPEN.match(text)
                labels[b:n - 1] = ["location" if town else "publisher"] * (n - 1 - b)
                labels[n - 1] = "date"
    # "Nations in Transit 2018: Belarus (Washington, DC, Freedom House, 2018), p. 4.": a year closing the title's first
    # part with a colon, another year in the imprint's bracket after it, belongs to the title (or the name the tagger
    # took it for), as does the rest of it.
    for i in (range(1, n - 2) if ":" in text and "(" in text
              and (_has_pair(labels, "title", "date") or _has_pair(labels, "container", "date")) else ()):
        if labels[i] == "date" and labels[i - 1] in ("title", "container") and words[i].endswith(":") \
                and _BARE_YEAR.match(words[i][:-1]) and words[i + 1][:1].isupper():
            o = next((o for o in opens if o > i + 1), 0)
            if o and o - i <= 8 and any(labels[k] == "date" and _YEAR_WORD.search(words[k]) for k in range(o, min(n, o + 10))):
                labels[i:o] = [labels[i - 1]] * (o - i)
            break
    # Notes "Europe Report No. 239 (Brussels, International Crisis Group, 2016), p. 9.": a bracket holding
    # a known town, a name and a year is the imprint too, though the tagger read the body as an author; so is
    # Europe-Asia Studies' "Master of the House (New Haven, CT, Yale University Press, 2009)", a town of two
    # words and its state or country before the name, or an unknown town before its state's code ("(Carlisle, PA, ...").
    for i in (o for o in opens if 0 < o < n - 2):
        close = next((m for m in range(i + 1, min(i + 12, n)) if ")" in words[m]), None)
        # a town the list does not know before a US state's code: "(Carlisle, PA, ...", "(Fort Leavenworth, KS, ..."
        state = next((k for k in (i + 1, i + 2) if k < n and _STATE_CODE_COMMA.fullmatch(words[k])), 0)
        unknown_town = state and words[i][1:2].isupper() and all(w.rstrip(",").isalpha() for w in words[i + 1:state]) \
            and words[i][1:].rstrip(",").isalpha() and words[state - 1].endswith(",") \
            or close and close > i + 2 and words[i].endswith(",") and words[i][1:2].isupper() and words[i][1:-1].isalpha() \
            and corporate_name(" ".join(words[i + 1:close])[:-1])  # "(Gütersloh, Bertelsmann Stiftung, 2020)"
        town = i if words[i].endswith(",") and (_is_city(words[i][1:]) or unknown_town) else i + 1 if (
            words[i + 1].endswith(",") and not words[i].endswith(",") and (
                _is_city(f"{words[i][1:]} {words[i + 1]}") or unknown_town)) else None
        place = town + 1 if town is not None and town + 2 < n and _is_region(words[town + 1]) \
            and words[town + 1].endswith(",") else town
        if (close is None or place is None or close < place + 2
                or not _BARE_YEAR.match(words[close].strip("),.;")) or not words[close - 1].endswith(",")
                or labels[i - 1] not in ("title", "container", "date", "number", "genre")
                or any(":" in words[k] for k in range(i, close))  # "(Ithaca, NY: ..." is Chicago's, read elsewhere
                or not all(words[k][:1].isupper() or words[k] in _PUBLISHER_JOINERS for k in range(place + 1, close))):
            continue
        labels[i:place + 1] = ["location"] * (place + 1 - i)
        labels[place + 1:close] = ["publisher"] * (close - place - 1)
        labels[close] = "date"
        if close + 2 < n and labels[close + 1] == "pages" or close + 1 < n and words[close + 1].strip(".,").isdigit():
            for k in range(close + 1, n):
                if words[k].strip(".,").isdigit() or words[k].lower() in ("p.", "pp."):
                    labels[k] = "pages"  # the page a note cites after the imprint
    # Harvard (Europe-Asia Studies) "Azerbaijan since Independence (Armonk, NY, M. E. Sharpe).": a bracket
    # after the title holding a known town, its state or country and then names, with no year or colon,
    # is the imprint; the tagger read the publisher's initials as an author's.
    for i in (o for o in opens if 0 < o < n - 2):
        close = next((m for m in range(i + 2, min(i + 10, n)) if ")" in words[m]), None)
        if (close is None or labels[i - 1] not in ("title", "container", "genre", "number")
                or not words[i].endswith(",") or not _is_city(words[i][1:])
                or not (_is_region(words[i + 1]) and words[i + 1].endswith(",")) or _is_region(words[i + 2])
                or not words[close].rstrip(".,;").endswith(")")
                or any(":" in words[k] or any(ch.isdigit() for ch in words[k]) for k in range(i, close + 1))
                or not all(words[k][:1].isupper() or words[k] in ("of", "and", "&", "for")
                           for k in range(i + 2, close + 1))):
            continue
        labels[i:i + 2] = ["location", "location"]
        labels[i + 2:close + 1] = ["publisher"] * (close - i - 1)
    # HSE's Harvard "Eurasia. The Oxford Handbook of Comparative Regionalism (T.A. Börzel, T. Risse (eds)).
    # Oxford: ...": a bracket after the title closed by the editors' role names the editors of the book
    # titled between the title's last sentence stop and the bracket; the words before the stop are the chapter.
    for i in (o for o in opens if 0 < o < n - 1 and labels[o - 1] == "title"):
        m = next((m for m in range(i + 1, min(i + 12, n)) if _EDS_CLOSE.search(words[m])), None)
        if m is None or any(")" in words[k] for k in range(i, m)):
            continue
        labels[i:m + 1] = ["editor"] * (m + 1 - i)
        start = _run_start(labels, i - 1, "title")
        stop = next((k for k in range(i - 2, start - 1, -1) if _sentence_stop(words[k]) or words[k].endswith(("?", "!"))
                     or k == start and words[k].endswith(".") and words[k][:-1].isalpha()), None)
        if stop is not None:
            labels[stop + 1:i] = ["container"] * (i - stop - 1)
    # APA "Capital in the twenty-first century (A. Goldhammer, Trans.). Harvard University Press.":
    # the bracket after the title closed by a translator's role word names the translator (so does one the word
    # opens, as Turkish APA prints it, "Neoliberalizmin kısa tarihi (Çev. A. Onacak). İstanbul: ..."), and
    # what the tagger ran on after it, to the sentence end, is the publisher; so is a last sentence it read as more
    # title ("El sentido práctico (A. Dilon, Trad.). Siglo XXI Editores. (Obra original publicada en 1980)").
    for i in (o for o in opens if 0 < o < n - 1):
        m = next((m for m in range(i + 1, min(i + 8, n)) if ")" in words[m]), None)
        if m is None or labels[i - 1] != "title" or words[m].lower().strip(").,") not in _TRANSLATOR_WORDS and not (
                m > i and words[i].lower().strip("(.:") in _TRANSLATOR_WORDS and words[i].endswith((".", ":"))):
            continue
        for k in range(i, m + 1):
            labels[k] = "translator"
        k = m + 1
        e = _run_end(labels, k, "title") if k < n and labels[k] == "title" and words[m].endswith(").") else 0
        if e and e - k < 6 and words[e].endswith(".") and (e + 1 == n or words[e + 1][:1] == "("):
            labels[k:e + 1] = ["publisher"] * (e + 1 - k)
        while k < n and labels[k] == "translator":
            labels[k] = "publisher"
            k += 1
            if words[k - 1].endswith("."):
                break
    # IEEE "in Proc. IEEE Conf. ... (CVPR), Las Vegas, NV, USA, 2016": a town, then state codes or
    # countries, at the container's end are the conference's place.
    for j in (range(2, n) if _has(labels, "container") and "," in text else ()):
        if labels[j] != "container" or (j + 1 < n and labels[j + 1] == "container") or not words[j].endswith(","):
            continue
        k = j
        while k > 1 and labels[k - 1] == "container" and words[k - 1].endswith(",") and _is_region(words[k]):
            k -= 1  # k: the town's last word
        town = k
        while town > 1 and labels[town - 1] == "container" and not words[town - 1].endswith(",") and k - town < 2:
            town -= 1
        if (k < j and words[town - 1].endswith(",") and all(w[:1].isupper() for w in words[town:k + 1])
                and not any(ch.isdigit() for w in words[town:j + 1] for ch in w)):
            for m in range(town, j + 1):
                labels[m] = "location"
    # Every work has a title: with none found, a run the tagger left as a note right after the
    # authors or the date, up to a link or a place, is it ("(2021, March 3). Supply chains under strain. The
    # Economist. https://...", "(2018). Derzhavne upravlinnia [Public administration]. Lviv: ..."); the rule
    # below then takes a periodical's name off its end.
    if _has(labels, "note") and "title" not in labels and not _has(labels, "container"):
        i = labels.index("note")
        j = _run_end(labels, i, "note")
        if 0 < i and labels[i - 1] in ("author", "date") and (j + 1 == n or labels[j + 1] in ("url", "doi", "location")) \
                and words[j].endswith((".", "?", "!")) and not words[i].startswith(("[", "(")):
            for k in range(i, j + 1):
                labels[k] = "title"
        elif 0 < i and labels[i - 1] == "date" and words[i - 1].endswith(",") and words[j].endswith(",") \
                and j + 1 < n and labels[j + 1] in ("edition", "publisher", "location"):
            # Australian Harvard's "Smyth, P 2006, Title, 2nd edn, Allen & Unwin, Sydney.": the comma part between
            # the year and the edition or imprint is the title
            labels[i:j + 1] = ["title"] * (j + 1 - i)
    # APA web and press items: "Title. The Economist. https://...": with no container found,
    # a short capitalised last sentence of the title right before the link is the periodical;
    # in AMA's "Title. Centers for Disease Control and Prevention. Updated May 17, 2022." the site.
    if not _has(labels, "container") and "title" in labels:
        i, j = _last_title_sentence(words, labels)
        nxt = words[j + 1].lower() if j + 1 < n else ""  # rules have not run yet: look at the word
        if (i > 0 and labels[i - 1] == "title" and words[j].endswith(".") and j - i < (8 if nxt in _DATE_CUES else 4)
                and (nxt.startswith(("http", "www.", "doi", "retrieved", "accessed", "available", "url")) or nxt in _DATE_CUES)
                and all(w[:1].isupper() or w.lower() in ("of", "and", "the", "for", "on") for w in words[i:j + 1])):
            if i < j and words[i].endswith(":") and _is_city(words[i][:-1]):
                # Harvard "Ofsted (2019) Title. Manchester: Ofsted. Available at: ...": a known town and its colon
                # open the imprint (no periodical's name does), the name after them its publisher
                labels[i:j + 1] = ["location"] + ["publisher"] * (j - i)
            else:
                labels[i:j + 1] = ["container"] * (j + 1 - i)
    # DSTU 8302 journals drop GOST's "//": "Title. Економіка і прогнозування. 2021. № 2. С. 98–115.":
    # with no container found, the title's last sentence before the year, and an issue or volume
    # after it, is the journal; so is ČSN ISO 690's "Title. Český časopis historický, 2003, roč. 101", and Vancouver's
    # (as Google Scholar copies it, in lower case) "Deep learning. nature. 2015 May 28;521(7553):436-44.".
    if not _has(labels, "container") and "title" in labels and _has(labels, "volume"):
        i, j = _last_title_sentence(words, labels)
        d = _run_end(labels, j + 1, "date") if j + 2 < n and labels[j + 1] == "date" else 0
        if (i > 0 and labels[i - 1] == "title" and d
                and (words[j].endswith(".") or words[j].endswith(",") and words[i][:1].isupper()
                     and words[j + 1].endswith(","))
                and _BARE_YEAR.match(words[j + 1].rstrip(";")) and d + 1 < n and labels[d + 1] == "volume"
                and (d == j + 1 or d <= j + 3 and words[j].endswith(".") and any(w.endswith(";") for w in words[j + 2:j + 5]))):
            for k in range(i, j + 1):
                labels[k] = "container"
    # A bracketed translated title is one unit, parentheses and commas inside it included,
    # and everything in square brackets right after the authors or the title is that title
    # (not "[Doctoral dissertation, ...]" or "[Электронный ресурс]"). A bracket the tagger left
    # as a note is one only next to the title, or after the title's year ("Title. 2019
    # [Translated]"): later ones are comments, shelfmarks or PMIDs ("..., 172–76. [Mostly ...]").
    for i in (range(n) if "[" in text else ()):
        if not words[i].startswith("["):
            continue
        if labels[i] == "author" and i + 1 < n and _ETAL_TOKENS.fullmatch(words[i] + " " + words[i + 1]):
            continue
        after_title = (i and labels[i - 1] in ("title", "author") and labels[i] not in ("medium", "genre")
                       and not _DESCRIPTOR.match(_bracket_text(words, i)) and not _MEDIUM_WORD.match(words[i][1:]))
        year = i - 1 if i > 1 and labels[i - 1] == "date" and _BARE_YEAR.match(words[i - 1]) else i
        # "Rosstat. [Population ... as of 1 January 2022]. Available at: ...": a bracket opening the second sentence
        # after one short sentence the tagger left as a note translates the title; the title rules read that
        # sentence as the body that wrote it or as the original title
        second = (0 < i <= 6 and words[i - 1].endswith(".") and not any(w.endswith(".") for w in words[:i - 1])
                  and all(label in ("note", "title") for label in labels[:i]) and "note" in labels[:i]
                  and not _DESCRIPTOR.match(_bracket_text(words, i)) and not _MEDIUM_WORD.match(words[i][1:]))
        if labels[i] == "title" or after_title or labels[i] == "note" and year > 0 and labels[year - 1] == "title" \
                or second:
            j = i
            while j < n - 1 and j - i < 80 and "]" not in words[j]:
                j += 1
            if "]" in words[j]:
                for k in range(0 if second else i, j + 1):
                    labels[k] = "title"
    # References' "[Annual report 2019]. Federal Antimonopoly Service, 2020.": a work with no
    # author opens with its translated title in brackets, years and numbers in it included.
    if n > 2 and words[0].startswith("[") and words[0][1:2].isalpha() and not _LEAD_NUMBER.match(words[0]) \
            and not _DESCRIPTOR.match(_bracket_text(words, 0)) and not _MEDIUM_WORD.match(words[0][1:]):
        j = next((k for k in range(n - 1) if "]" in words[k]), 0)
        if j and words[j].endswith(("].", "]")):
            for k in range(j + 1):
                labels[k] = "title"
    # Citing Medicine's "Epi Info [computer program]. Version 7.2. Atlanta (GA): CDC; 2016.": a work with no
    # author opens with its title, the bracket saying what it is closing it before any stop.
    k = next((k for k in range(1, min(n, 16)) if words[k].startswith("[")), 0) if "[" in text else 0
    if k and _DESCRIPTOR.match(_bracket_text(words, k)) \
            and not any(w.endswith((".", ";", ",")) or "(" in w or _BARE_YEAR.match(w) for w in words[:k]):
        for m in range(k):
            labels[m] = "title"
    # References' book "Dynkin A.A. (ed.) Rossiya i mir: 2020 [Russia and the world: 2020]. Moscow,
    # IMEMO RAN Publ.": between the names and the imprint, the transliterated title and its
    # bracketed translation are the title, whatever the tagger took them for; so they are before a
    # volume of a work in several ("[...]. Vol. 12. Moscow, ...").
    if "[" in text and labels[0] in ("author", "editor"):
        a = _run_end(labels, 0, labels[0]) + 1
        i = next((k for k in range(a + 1, n) if words[k].startswith("[")), None)
        j = next((k for k in range(i, n - 1) if words[k].endswith("].")), None) if i else None
        imprint = j + 1 if j else n
        if imprint < n and labels[imprint] == "volume":
            imprint = _run_end(labels, imprint, "volume") + 1
        if imprint < n and labels[imprint] in ("location", "publisher") and all(
                labels[k] in ("title", "container", "date") for k in range(a, j + 1)) \
                and not _MEDIUM_BRACKET.search(" ".join(words[i:j + 1])):  # APA's "[TV series]." names no translation
            for k in range(a, j + 1):
                labels[k] = "title"
    # "[Title]. Analiticheskie zapiski. IMI MGIMO, 2014": after a bracketed translated title,
    # the comma chunk before the date is the container, full stops inside it included;
    # so is everything between a GOST "//" and the date ("// Вестник. МГИМО-Университета. 2012").
    for i in (range(n - 1) if "]" in text or "//" in text else ()):
        gost = words[i] == "//"
        if not (gost or words[i].endswith(("].", "]")) and labels[i] == "title"):
            continue
        j = i + 1
        while j < n and labels[j] in ("title", "container", "author", "publisher") and not (
                gost and (_BARE_YEAR.match(words[j]) or words[j] in ("—", "–"))) and not (
                not gost and words[j - 1].endswith(",") and j > i + 1):
            j += 1
        chunk = range(i + 1, j)
        # GOST 7.0.100 puts the place between: "// Актуальные проблемы : материалы конф. — Казань : КФУ, 2019"
        ends = labels[j] == "date" or _BARE_YEAR.match(words[j]) or gost and (
            words[j] in ("—", "–") or labels[j] == "location") if j < n else False
        if ends and len(chunk) and (gost or _has(labels, "language") or any(labels[k] == "container" for k in chunk)):
            for k in (range(i, j) if gost else chunk):
                labels[k] = "container"
    # "Smith, J. (2015). Regional inequality in Russia [Doctoral dissertation, University of X].":
    # with no container found, everything from the end of the authors and date up to the closing
    # bracket of an APA descriptor is the title and its description (the title rules split them),
    # whatever the tagger called those words. With a container after the bracket ("[Paper presentation]. American
    # Educational Research Association Annual Meeting, Toronto, ON, Canada.") only words it left all as a note are;
    # after a thesis's bracket a "container" is only the database it was read in ("ProQuest Dissertations & Theses
    # Global."), the archive, not a sign that the words before it are anything but title and description.
    if "[" in text and "date" in labels and _BRACKETED_DESCRIPTOR.search(" ".join(words)):
        k = next((k for k in range(1, n) if words[k].startswith("[") and _DESCRIPTOR.match(_bracket_text(words, k))), None)
        end = next((m for m in range(k, n) if "]" in words[m]), None) if k else None
        # the title starts after the authors and the year's bracket: a month and year in it ("Year ended June 2020
        # [Data set]") are the title's, not a second date
        date_end = _run_end(labels, labels.index("date"), "date")
        start = max((m + 1 for m in range(k) if labels[m] == "author" or labels[m] == "date" and m <= date_end),
                    default=0) if k else 0
        thesis = bool(k) and _THESIS_RE.search(_bracket_text(words, k).lower())
        if end is not None and 0 < start < k and labels[start - 1] == "date" and (
                not _has(labels, "container") or thesis or set(labels[start:end + 1]) == {"note"}):
            for m in range(start, end + 1):
                labels[m] = "title"
            m = end + 1
            # "... eTheses Repository.": where it is held, a note (the archive, if a theses database); after a thesis's
            # bracket the sentence is that also when the tagger took it for the publisher or an author (the school
            # in the bracket is the publisher)
            held = ("title", "publisher", "author") if thesis else ("title",)
            town = next((e for e in range(m, min(m + 3, n)) if words[e].endswith(".")), None) if len(held) > 1 else None
            if town is not None and is_place(" ".join(words[m:town + 1])):
                # "[Candidate of Political Sciences dissertation]. Moscow.": a known town alone is where it was defended
                labels[m:town + 1] = ["location"] * (town + 1 - m)
                m = town + 1
            while m < n and labels[m] in held:
                labels[m] = "note"
                m += 1
    # "Zverev R. Title words": an author list in "Family Initials" form ends with initials;
    # words after the last initials (two or more, no comma) start the title.
    i = 0 if "author" in labels else n
    while i < n:
        if labels[i] != "author":
            i += 1
            continue
        j = _run_end(labels, i, "author")
        if i + 1 < j and words[i].endswith(","):
            # "Collins, Kathleen. Clan Politics": an inverted name ends at its full stop; the
            # tagger's names may go on with another ("ASSAL, Jean-Philippe. LACROIX, Anne.").
            for p in range(i + 1, j):
                w = words[p]
                if w.endswith(".") and not _INITIAL_TOKEN.match(w) and len(w) > 3:
                    tail = words[p + 1:j + 1]
                    inverted = len(tail) <= 3 and tail[0].endswith(",") and tail[-1].endswith(".")
                    if not inverted and not any(t.lower() in ("and", "&", "et", "al.", "и") for t in tail):
                        for k in range(p + 1, j + 1):
                            labels[k] = "title"
                        j = p
                    break
        # "И. И. Иванов, П. П. Петров и др. Экономика России": "и др." / "et al." ends a list in
        # any name order; a group author after it ("et al.; ImageKids Study Group.") stays.
        inits = [k for k in range(i, j + 1) if _INITIAL_TOKEN.match(words[k])]
        etal = [k for k in (range(i + 1, j + 1) if etal_marks else ())
                if _ETAL_TOKENS.fullmatch(words[k - 1] + " " + words[k])]
        end = max(inits + etal, default=None)
        # One word after the initials' comma that closes a sentence before the title goes on is the title's first
        # sentence too ("Ginzburg C., Spie. Radici di un paradigma indiziario, in ..."), and one that runs on into
        # the title its first word ("Żarnowska A., Robotnicy Warszawy ..."): no name in such a list goes without
        # initials.
        one_word = end is not None and j - end == 1 and words[end].endswith(",") \
            and (words[j].endswith(".") or words[j].isalpha()) and len(words[j]) > 4 and words[j][:1].isupper() \
            and j + 1 < n and labels[j + 1] == "title" and not _INITIAL_TOKEN.match(words[j + 1]) \
            and not _INITIAL_TOKEN.match(words[i]) and words[j].lower().rstrip(".") not in _SUFFIXES
        if end is not None and (end in etal or not _INITIAL_TOKEN.match(words[i])) and (j - end >= 2 or one_word):
            tail = words[end + 1:j + 1]
            # a family name and its suffix close a name written given name first ("and Carl L. Bankston III. 1998.")
            suffixed = len(tail) == 2 and tail[0][:1].isupper() and tail[1].lower().rstrip(".,") in _SUFFIXES
            if tail[0][:1] != "(" and not suffixed and not corporate_name(" ".join(tail)) and not any(
                    w.endswith(",") or w.lower() in ("and", "&", "и", "et", "al.", "др.") for w in tail):
                for k in range(end + 1, j + 1):
                    labels[k] = "title"
        i = j + 1
    # Italian "Bin R., Pitruzzella G., Diritto regionale, Torino, Giappichelli, 2019.": in a "Family I.," list, a part
    # after the initials' comma with no initials and a word in lower case (of three letters or more, no particle or
    # joiner) names no one: the title starts there.
    if labels and labels[0] == "author" and not _INITIAL_TOKEN.match(words[0]):
        j = _run_end(labels, 0, "author")
        for k in range(2, j + 1):
            if not (_INITIAL_TOKEN.match(words[k - 1]) and words[k - 1].endswith(",") and words[k][:1].isupper()
                    and not _INITIAL_TOKEN.match(words[k])):
                continue
            c = next((m for m in range(k, j + 1) if words[m].endswith(",")), j)
            if not any(_INITIAL_TOKEN.match(w) for w in words[k:c + 1]) and any(
                    w[:1].islower() and len(w.rstrip(",.")) > 2 and w.rstrip(",.") not in _NAME_JOINERS | PARTICLES
                    for w in words[k + 1:c + 1]):
                labels[k:j + 1] = ["title"] * (j + 1 - k)
                break
    # title and a bracketed imprint are the title's; a note's pages come after the imprint.
    for i in ([o - 1 for o in opens if o > 1] if _has(labels, "pages") else ()):
        if labels[i] == "pages" and labels[i - 1] in ("title", "container") and labels[i + 1] in (
                "location", "publisher") and not _PAGE_CUE.match(words[i]):
            labels[i] = labels[i - 1]
    # "Rosstat. Regiony Rossii. ... [Regions of Russia]": a body's name ends at its full stop; the
    # sentences the tagger ran on after it, with no initials among them, are the title.
    if labels and labels[0] == "author":
        j = _run_end(labels, 0, "author")
        k = next((k for k in range(j) if words[k].endswith(".") and not _INITIAL_TOKEN.match(words[k])), None)
        if (k is not None and j - k >= 2 and corporate_name(" ".join(words[:k + 1]))
                and not any(_INITIAL_TOKEN.match(w) for w in words[:j + 1])
                and not any(w.lower() in ("and", "&", "и") or w.endswith((",", ";")) for w in words[k + 1:j + 1])
                and not (j + 1 < n and words[j + 1][:1] == "(" and labels[j + 1] == "date")):
            # (Harvard's "UK Parliament. House of Commons Library (2022) Title.": a unit closed by the year is the body's)
            labels[k + 1:j + 1] = ["title"] * (j - k)
    # "World Health Organization. Title": a corporate author the tagger cut short; the
    # words up to the first full stop of the "title" complete it when the whole is corporate.
    if labels and labels[0] == "author":
        j = _run_end(labels, 0, "author")
        p = j + 1
        while p < n and p - j <= 8 and labels[p] == "title" and not words[p].endswith("."):
            p += 1
        # up to eight words where a References translation in brackets follows ("Federal Customs
        # Service of Russia. [Customs statistics ...]", "Ministry of | Finance of the Russian Federation. [Main
        # directions ...]"): its title never ends in a full stop there
        if (p + 1 < n and (p - j <= 2 or p - j <= 8 and words[p + 1][:1] == "[") and labels[p] == "title"
                and words[p].endswith(".")
                and not words[j].endswith((".", ",", ";", ":")) and not any(_INITIAL_TOKEN.match(w) for w in words[:j + 1])
                and corporate_name(" ".join(words[:p + 1]))):
            for k in range(j + 1, p + 1):
                labels[k] = "author"
    # "World Trade Organization. Annual report. Geneva: ...": a first sentence that is a
    # corporate name of up to ten words ("Ministry of Economic Development of the Russian Federation."), read as the
    # title while another title-like sentence follows, is the author.
    if labels and labels[0] == "title" and "author" not in labels:
        p = 0
        while p < n - 1 and p < 10 and not words[p].endswith("."):
            p += 1
        rest = labels[p + 1:]
        # ... not one cut at the number mark of an act after it ("Government of Georgia, Decree No. 484 ...")
        if (words[p].endswith(".") and p >= 1 and not (words[p] in ("No.", "Nr.", "Nos.") and _ACT_NUMBER.match(words[p + 1]))
                and (all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words[:p + 1])
                     or _heading_left_untranslated(words, labels, p))
                and ("title" in rest or "container" in rest) and corporate_name(" ".join(words[:p + 1]))):
            for k in range(p + 1):
                labels[k] = "author"
            if labels[p + 1] != "date":  # APA "Organisation for ... Development. (2021). Title" keeps its year
                labels[p + 1] = "title"
            q = p + 2
            while q < n and labels[q] in ("title", "container") and not words[q - 1].endswith("."):
                labels[q] = "title"
                q += 1
    # Notes "Collective Security Treaty Organization, Charter of the ..., 7 October 2002, available
    # at: URL": a body named before the first comma of a title run is its author when the name's
    # head noun (before any "of") is a body's ("Office of the President", not "History of the World").
    # The tagger may call the whole run a publisher ("Eurasian Economic Commission, Report on ...").
    first = labels[0] if labels and labels[0] in ("title", "publisher") and "author" not in labels else ""
    if first and "," in text:
        p = 0
        while p < n - 3 and p < 14 and labels[p] == first and words[p][-1] not in ",.:;":
            p += 1
        head = next((k for k in range(1, p + 1) if words[k] in _BODY_JOINERS and words[k] != "the"), p + 1) - 1
        if (p >= 1 and words[p].endswith(",") and labels[p] == labels[p + 1] == labels[p + 2] == first
                and words[p + 1][:1].isupper() and not words[p + 1].endswith(",")
                and words[p + 1].lower().strip(".,") not in CITIES
                and _body_words(words[:p + 1])
                and (corporate_name(words[head].rstrip(",")) or head == p and body_by_last_word(words[:p + 1]))):
            for k in range(p + 1):
                labels[k] = "author"
            for k in range(p + 1, _run_end(labels, p + 1, first) + 1):
                labels[k] = "title"
    # Notes "BP, Energy Outlook 2023 (London, BP, 2023)": a body's acronym in capitals before its comma, then
    # capitalised words run on with no stop to the imprint's bracket ("(London,") or to the body naming itself again
    # as publisher, is the author and those words the title (a person's given names after a surname in capitals end
    # with a stop, ABNT's "SILVA, João Carlos. Title", or come before the date, "LEE, Jane (2019), Title").
    if n > 3 and labels[0] == "author" and _BODY_ACRONYM_COMMA.fullmatch(words[0]):
        k = _run_end(labels, 0, "author")
        names = words[1:k + 1]
        j = k + 1  # the title's own year before the imprint's ("Energy Outlook 2023 (London, BP, 2023)")
        j += int(j + 1 < n and bool(_YEAR_WORD.fullmatch(words[j])) and words[j + 1].startswith("("))
        if 1 <= len(names) <= 6 and j < n and all(w[:1].isupper() and w[1:2].islower() and w[-1].isalnum()
                                                  for w in names) and names[0].lower() not in GIVEN_NAMES \
                and (words[j][:1] == "(" and words[j][1:2].isupper()
                     or any(w.strip("(),.:;") == words[0][:-1] for w in words[j:])):
            labels[1:j] = ["title"] * (j - 1)
    # "Ministry of Finance of the Kyrgyz Republic, Department of Tax Policy. Annual review ...": a body's unit
    # named after its comma, which the tagger ran into the title, is the author's up to its full stop.
    e = _run_end(labels, 0, "author") if labels[0] == "author" else n
    if e + 2 < n and words[e].endswith(",") and labels[e + 1] == "title" \
            and SUB_UNIT.match(" ".join(words[e + 1:e + 4])) and corporate_name(" ".join(words[:e + 1])):
        j = next((j for j in range(e + 1, min(n - 1, e + 10)) if words[j].endswith(".")), 0)
        if j and labels[j + 1] == "title" and all(
                w[:1].isupper() or w in _BODY_JOINERS or w == "in" for w in words[e + 1:j + 1]):
            labels[e + 1:j + 1] = ["author"] * (j - e)
    # "Report on Integration Progress 2019, 14 March 2020": a year (or span of years) ending the
    # title, followed at once by the full date, is the title's.
    for i in (range(1, n - 2) if _has_pair(labels, "title", "date") else ()):
        if (labels[i] == "date" and labels[i - 1] == "title" and _TITLE_YEARS.match(words[i])
                and labels[i + 1] == "date" and words[i + 1][:1].isdigit() and not _YEAR_WORD.match(words[i + 1])):
            j = _run_end(labels, i + 1, "date")
            if any(_YEAR_WORD.match(words[k]) for k in range(i + 2, j + 1)):
                labels[i] = "title"
    # "River discharge records, 1990–2015. figshare ... (2019).": a span of years ending the title's
    # sentence is the title's when the year of issue comes later.
    for i in (range(1, n - 1) if _has_pair(labels, "title", "date") else ()):
        if (labels[i] == "date" and labels[i - 1] == "title" and _YEAR_SPAN_END.match(words[i])
                and any(labels[k] == "date" and _YEAR_WORD.search(words[k]) for k in range(i + 2, n))):
            labels[i] = "title"
            k = i + 1  # words the tagger ran into that date name who published it ("figshare", "Dryad;")
            while k < n and labels[k] == "date" and not any(c.isdigit() for c in words[k]) \
                    and words[k].lower().strip(".,;") not in MONTHS:
                labels[k] = "publisher"
                k += 1
    # Vancouver books "Geneva: World Health Organization; 2018.", "Rockville (MD): Agency for Healthcare Research and
    # Quality (US); 2020 Jun.": place (and its state in brackets) before ":", publisher to ";".
    for i in (range(1, n - 2) if ":" in text and ";" in text else ()):  # the publisher ends at a ";"
        if not words[i].endswith(":"):
            continue
        start = i - 1 if _STATE_IN_BRACKETS.fullmatch(words[i]) and i > 1 else i  # "Rockville (MD):"
        if words[start][:1].isupper() and words[start - 1].endswith(".") \
                and labels[start] in ("container", "title") and labels[i] in ("container", "title"):
            j = i + 1
            while j < n - 1 and j - i < 10 and not words[j].endswith(";"):
                j += 1
            if words[j].endswith(";") and j + 1 < n and _BARE_YEAR.match(words[j + 1]):
                labels[start:i + 1] = ["location"] * (i + 1 - start)
                for k in range(i + 1, j + 1):
                    labels[k] = "publisher"
    # AMA's "World Health Organization. Global Tuberculosis Report 2023. World Health Organization; 2023.": the title's
    # last sentence, closed by ";" before the year, is who published it (no place in AMA's imprint).
    for j in (range(3, n - 1) if ";" in text and _has(labels, "title") else ()):
        if not (words[j].endswith(";") and labels[j] == "title" and labels[j + 1] == "date"
                and _BARE_YEAR.match(words[j + 1])):
            continue
        k = j
        while k > 0 and j - k < 8 and labels[k - 1] == "title" and not words[k - 1].endswith("."):
            k -= 1
        if k >= 2 and labels[k - 1] == "title" and labels[k - 2] == "title" and words[k - 1].endswith(".") \
                and words[k][:1].isupper():
            labels[k:j + 1] = ["publisher"] * (j + 1 - k)
    # Vancouver "Mortality in Russia, 1990-2015. Lancet. 2018;3(4):": of two dates, one
    # between the title and the journal belongs to the title.
    runs = [k for k in range(1, n) if labels[k] == "date" and labels[k - 1] != "date"]
    if len(runs) >= 2 and labels[runs[0] - 1] == "title":
        k = runs[0]
        while k < n and labels[k] == "date":
            k += 1
        if k < n and labels[k] == "container" and any(labels[m] in ("volume", "pages") for m in range(runs[1], n)):
            for m in range(runs[0], k):
                labels[m] = "title"
    # APA books "(2017). Title. Chatham House.": with nothing else after the title, a short
    # capitalised last sentence of it (at the end, or before a link) is the publisher; so is a longer
    # body's name in title case after a title in APA's sentence case ("Kazakhstan: Unfulfilled promise.
    # Carnegie Endowment for International Peace.").
    if labels and "title" in labels and not set(labels) & {"container", "publisher", "location", "volume", "pages"} \
            and any(labels[k] == "date" and words[k].startswith("(") for k in range(n)):
        i, j = _last_title_sentence(words, labels)
        if (i > 0 and labels[i - 1] == "title" and words[j].endswith(".")
                and (j - i < 4 and all(w[:1].isupper() or w in ("of", "and", "&") for w in words[i:j + 1])
                     or j - i < 7 and all(w[:1].isupper() or w in _BODY_JOINERS or w == "&" for w in words[i:j + 1])
                     and _sentence_case(words[_run_start(labels, i - 1, "title"):i])
                     and corporate_name(" ".join(words[i:j + 1])))
                and (j == n - 1 or labels[j + 1] in ("url", "doi") or words[j + 1].lower().startswith(("http", "doi")))):
            for k in range(i, j + 1):
                labels[k] = "publisher"
    # MLA 9 books "Morrison, Toni. Beloved. Knopf, 1987.", "Orwell, George. Nineteen Eighty-Four. Secker and Warburg,
    # 1949.": after the inverted name and its full stop, the title runs to the last full stop and the words from
    # there to the closing year's comma are the publisher (MLA names no place), whatever the tagger made of them.
    # ... and MLA 9's description closing such a book after its year ("..., 2010. Exhibition catalogue.") is its genre
    m = n - 2 if n > 6 and _EXHIBITION_CATALOGUE.fullmatch(" ".join(words[-2:]).removesuffix(".")) else n
    f = next((f for f in range(min(m, 3)) if words[f].endswith(",")), None) if m > 4 else None
    if f is not None and labels[m - 1] == "date" and words[m - 1].endswith(".") and _BARE_YEAR.match(words[m - 1]) \
            and "date" not in labels[:m - 1] and set(labels[:m]) <= {"author", "title", "publisher", "container", "location", "date"} \
            and not any(q in text for q in _CLOSER):
        k = f + 1  # the given names, and a second author's whole name after "and" ("Smith, John, and Jane Doe.")
        while k < f + 8 and k < m - 1 and not words[k].endswith(".") and (words[k][:1].isupper() or words[k] in ("and", "et")):
            k += 1
        while k + 1 < m - 1 and _INITIAL_TOKEN.match(words[k]) and _INITIAL_TOKEN.match(words[k + 1]):
            k += 1  # "Du Bois, W. E. B." ends at its last initial
        p = max((q for q in range(k + 1, m - 1) if words[q - 1].endswith(".") and not _INITIAL_TOKEN.match(words[q - 1])),
                default=0)
        if (p > k + 1 and words[k].endswith(".")
                and all(w[:1].isupper() or w in PARTICLES or w in ("and", "et", "al.") for w in words[:k + 1])
                and words[m - 2].endswith(",") and not any("," in w or ":" in w for w in words[p:m - 2])
                and words[p - 1].rstrip(".").lower() not in rules.ABBREVIATIONS_WITH_STOP  # "Schiffer Pub. Ltd"
                and words[p].lower().rstrip(":") not in ("in", "en", "em", "w", "v", "dans")
                and not _is_city(" ".join(words[p:m - 1])[:-1])
                and all(w[:1].isupper() or w in _PUBLISHER_JOINERS for w in words[p:m - 1])):
            labels[:m] = ["author"] * (k + 1) + ["title"] * (p - k - 1) + ["publisher"] * (m - 1 - p) + ["date"]
    # APA 7 "(1997). Title. M.E. Sharpe." / "(4th ed.). W. H. Freeman.": APA names no place and
    # marks editors "In ... (Ed.)", so a last sentence opened by initials, with no comma, bracket
    # or colon ("St. Paul: West" is a place), is a publisher ("W.W. Norton & Company"), not a person.
    dated = next((k for k in opens if labels[k] == "date"), None)
    if dated is not None:
        e = _before_links(words, labels, dated)
        s = e - 1
        while s > dated + 1 and not (words[s - 1].endswith(".") and not _INITIAL_TOKEN.match(words[s - 1])):
            s -= 1
        run = words[s:e]
        # the tagger may run the title's last word into the names ("of control. W. H. Freeman.") or the
        # initials into the title ("borderlands. I. B. Tauris."); the run's last word is never the title's
        t = s - 1
        while t > dated + 1 and labels[t] in ("author", "editor") and not words[t - 1].endswith("."):
            t -= 1
        if (2 <= len(run) <= 6 and _INITIAL_TOKEN.match(run[0]) and not run[0].endswith(",") and run[-1].endswith(".")
                and (labels[t] in ("title", "container", "edition", "pages") or _EDITION_CLOSE.match(words[s - 1]))
                and all(labels[k] in ("author", "editor", "location", "publisher", "title") for k in range(s, e))
                and labels[e - 1] != "title"
                and all(w[:1].isupper() and "," not in w and ":" not in w or w in ("&", "and") for w in run)):
            if labels[t] == "title":
                labels[t + 1:s] = ["title"] * (s - t - 1)
            for k in range(s, e):
                labels[k] = "publisher"
    # Notes "(Berkeley: University of California Press, 1995), 198.", "(New York: ..., 2004), 31–57, at 40.": the
    # number or range after the imprint's closing bracket is the pages, though the tagger ran it into the year
    # before it or left it a note (a pinpoint after them, "at 40", stays in note).
    for i in (range(n - 1, 1, -1) if ")," in text else ()):
        if labels[i] in ("date", "note") and labels[i - 1] == "date" and words[i - 1].endswith("),") \
                and _BARE_YEAR.match(words[i - 1][:-2]) and _PINPOINT.fullmatch(words[i]) and not _BARE_YEAR.match(words[i]):
            labels[i] = "pages"
            break
    # Notes "‘Title’, Deutsche Welle (Russian Service), 9 January 2015": an outlet's edition in brackets after its
    # name is part of the periodical's name, not a publisher.
    for i in (range(1, n - 1) if "(" in text and _has(labels, "container") else ()):
        if labels[i - 1] == "container" and labels[i] != "container" and words[i][:1] == "(":
            j = next((j for j in range(i, min(n, i + 3)) if ")" in words[j]), 0)
            if j and BRACKETED_EDITION.fullmatch(" ".join(words[i:j + 1]).rstrip(",.;")):
                labels[i:j + 1] = ["container"] * (j + 1 - i)
    # APA "Title (Rev. ed.). Verso.": after the edition's bracket the last sentence, in capitals and with no volume or
    # pages anywhere, is the publisher, though the tagger read a one-word name as a journal.
    k = next((k for k in range(2, n - 1) if _EDITION_CLOSE.match(words[k])), 0) if dated is not None and "ed.)" in text else 0
    if k and not {"volume", "pages", "publisher"} & set(labels):
        e = _before_links(words, labels, k + 1)
        if e - k - 1 <= 6 and words[e - 1].endswith(".") and set(labels[k + 1:e]) <= {"container", "title", "edition", "note"} \
                and all(w[:1].isupper() or w in _PUBLISHER_JOINERS for w in words[k + 1:e]):
            labels[k + 1:e] = ["publisher"] * (e - k - 1)
    # APA books "Ries, E. (2011). The lean startup. Crown Business.": dated by the year alone, with no number after
    # it, a short capitalised last sentence that names an imprint by its last word is the book's publisher, though
    # the tagger read it as a journal (an article carries its volume, a paper's or a site's piece its day).
    if dated is not None and _BRACKETED_YEAR.match(words[dated]) and "container" in labels \
            and not {"volume", "issue", "pages", "publisher", "location"} & set(labels):
        c = labels.index("container")
        e = _before_links(words, labels, c)
        last = words[e - 1].rstrip(".").lower()
        if c > dated + 1 and labels[c - 1] == "title" and words[c - 1].endswith(".") and e - c <= 4 \
                and set(labels[c:e]) == {"container"} and words[e - 1].endswith(".") \
                and all(w[:1].isupper() or w in _PUBLISHER_JOINERS for w in words[c:e]) \
                and not any(ch.isdigit() for w in words[c:e] for ch in w) \
                and not _PERIODICAL_WORD.search(" ".join(words[c:e])) \
                and (_PUBLISHER_WORD.fullmatch(last) or last in _IMPRINT_LAST_WORDS):
            labels[c:e] = ["publisher"] * (e - c)
    # "TV Tsentr, 22 April 2014", Spanish "9 de marzo de 2019": a day number before a month name is part of the date.
    for i in (range(n - 1) if "date" in labels else ()):
        if labels[i] not in ("volume", "pages"):
            continue  # (tested before the month's place, which lower-cased the next word at every word)
        month = i + 2 if words[i + 1].lower() == "de" and i + 2 < n else i + 1
        if _DAY.match(words[i]) and labels[i + 1] == labels[month] == "date" \
                and (_MONTH_WORD.match(words[month]) or words[month].lower().rstrip(".,") in MONTHS):
            labels[i] = "date"
    # ACM "Commun. ACM 51, 1 (January 2008), 107–113.": the bare number between the volume and
    # the bracketed date is the issue when a page range follows the date (in physics' "Phys. Rev. B
    # 51, 1234 (1995), arXiv:..." it is the page).
    for i in (range(1, n - 1) if _has_pair(labels, "volume", "pages") and "(" in text else ()):
        if labels[i] == "pages" and labels[i - 1] == "volume" and words[i - 1].endswith(",") and words[i].isdigit() \
                and labels[i + 1] == "date" and words[i + 1].startswith("("):
            j = i + 1
            while j < n and labels[j] == "date":
                j += 1
            if j < n and labels[j] == "pages" and words[j - 1].endswith("),") and _PAGE_RANGE.search(words[j]):
                labels[i] = "volume"
    # Springer "In: Kurosawa, K. (ed.) ASIACRYPT 2007. LNCS, vol. 4833, pp. 29–50.": the series
    # between the proceedings' name and the volume is the collection, not part of the container.
    for i in (range(1, n - 1) if _has_pair(labels, "container", "volume") else ()):
        if labels[i] == "container" and labels[i - 1] in ("container", "date") and labels[i + 1] == "volume" \
                and words[i - 1].endswith((",", ".")) and _PROCEEDINGS_SERIES.fullmatch(words[i].rstrip(",.")):
            labels[i] = "collection"
    # "Effektiv und demokratisch? Frankfurt/M.; New York: Campus 1999.": a sentence-opening word
    # that ";" joins to the place after it is a place too.
    for i in (range(1, n - 1) if ";" in text and _has_pair(labels, "title", "location") else ()):
        if labels[i] == "title" and labels[i + 1] == "location" and words[i].endswith(";") \
                and words[i][:1].isupper() and words[i - 1].endswith((".", "?", "!")):
            labels[i] = "location"
    # Polish "Title, „Ekonomista” 2002, nr 3, s. 345–364.": a quotation after the title's comma and
    # before the year or volume is the journal. The year, or a newspaper's or monthly's numeric date as Polish
    # styles print it ("„Rzeczpospolita” 12.03.2019.", "„Pediatrics” 10.2018, t. 142"), right after the closing
    # quote is the date, whatever the tagger made of it.
    for i in (range(1, n - 1) if "„" in text else ()):
        if words[i][:1] == "„" and labels[i - 1] == "title" and labels[i] in ("title", "container") \
                and words[i - 1].endswith(","):
            j = i
            while j < n - 1 and not words[j].rstrip(",.").endswith(("”", "“")):
                j += 1
            dated = j < n - 1 and _POLISH_DATE.match(words[j + 1])
            if j < n - 1 and (labels[j + 1] in ("date", "volume") or dated):
                labels[i:j + 1] = ["container"] * (j + 1 - i)
                if dated:
                    labels[j + 1] = "date"
                    # and the volume and number after it ("t. 142, nr 4.") are read as such, not left as a note
                    k = j + 2
                    while k < n - 1 and labels[k] == labels[k + 1] == "note" and words[k] in ("t.", "nr") \
                            and words[k + 1].rstrip(".,").isdigit():
                        labels[k] = labels[k + 1] = "volume"
                        k += 2
    # ABNT "Title. Revista Brasileira de Geografia, Rio de Janeiro, v. 41, n. 2, p. 3-20, 1979.": the
    # sentence after the title names the journal (one word too: "Sociologias, Porto Alegre, v. 8"), then its city,
    # the comma part right before "v." (or before "n." in a journal with no volume: "Estudos CEBRAP, São Paulo, n. 2");
    # a title may close with "?" or "!".
    for i in (range(3, n) if " v. " in text or " n. " in text else ()):
        if words[i] not in ("v.", "n.") or words[i] == "n." and "v." in words[:i] or labels[i] != "volume" \
                or not words[i - 1].endswith(","):
            continue
        place = i - 1
        while place > 0 and not words[place - 1].endswith((",", ".")):
            place -= 1
        journal = place - 1
        while journal > 0 and not words[journal - 1].endswith((".", "?", "!")):  # "... em termos? Dados, Rio de Janeiro"
            journal -= 1
        if (0 < journal < place and words[place - 1].endswith(",") and i - place <= 4 and words[place][:1].isupper()
                and (words[i] == "v." or _is_city(" ".join(words[place:i])))  # before "n.", a known city only
                and labels[journal - 1] == "title" and set(labels[journal:i]) <= {"title", "container"}
                and not any(w.endswith(",") for w in words[journal:place - 1])):
            labels[journal:i] = ["container"] * (place - journal) + ["location"] * (i - place)
    # ABNT's newspaper "Title. Folha de S.Paulo, São Paulo, 8 nov. 2023. Mercado, p. A14.": the sentence after the
    # title names the paper, then its city (a known one), then the day: the paper is the container, not the title's.
    for d in (range(4, n - 2) if " p. " in text or "Dispon" in text else ()):
        if not (_DAY.match(words[d]) and words[d + 1].lower().rstrip(".") in MONTHS and words[d - 1].endswith(",")
                and _YEAR_WORD.fullmatch(words[d + 2].rstrip(".,"))):
            continue
        place = d - 1
        while place > 0 and not words[place - 1].endswith((",", ".")):
            place -= 1
        paper = place - 1
        while paper > 0 and not (words[paper - 1].endswith((".", "?", "!")) and not _INITIAL_TOKEN.match(words[paper - 1])):
            paper -= 1  # "O Estado de S. Paulo, São Paulo": the initial's stop is no sentence's
        if (0 < paper < place and words[place - 1].endswith(",") and d - place <= 4
                and _is_city(" ".join(words[place:d])) and labels[paper - 1] == "title"
                and set(labels[paper:place]) <= {"title", "container", "publisher", "location"}):
            labels[paper:d] = ["container"] * (place - paper) + ["location"] * (d - place)
            labels[d:d + 3] = ["date"] * 3
            # "... 2023. Caderno Brasil, p. 8.": the paper's section before its page, split off with the page
            p = d + 3
            while p < n - 1 and p - d <= 6 and words[p] != "p." and not words[p - 1].endswith(","):
                p += 1
            if words[d + 2].endswith(".") and p < n - 1 and words[p] == "p." and words[p - 1].endswith(","):
                labels[d + 3:p + 2] = ["pages"] * (p + 2 - d - 3)
    # "Frankfurter Allgemeine Zeitung, 12.11.2021, S. 17.": a numeric full date is no volume,
    # pages or name ("Известия. 12.03.2018.").
    for i in (range(n) if _NUMERIC_DATE_IN.search(text) else ()):
        if labels[i] in ("volume", "pages", "author", "container") and _NUMERIC_DATE.match(words[i]):
            labels[i] = "date"
    for i in (range(n - 2) if _SPACED_NUMERIC_DATE_CUE.search(text) else ()):
        if {labels[i], labels[i + 1], labels[i + 2]} <= {"date", "volume", "pages"} and labels[i] != "date" \
                and _SPACED_NUMERIC_DATE.fullmatch(" ".join(words[i:i + 3]).rstrip(".,;")):
            labels[i:i + 3] = ["date"] * 3  # the day and month (and year) the tagger read as a volume (and pages)
    # Harvard reports "(2016) Financial Stability Report. December 2016.": a month (or season)
    # and a year making up a sentence after the title are its date, not a container or publisher.
    for i in (range(1, n - 1) if _STOP_MONTH_YEAR.search(text) else ()):
        if (labels[i - 1] in ("title", "container") and labels[i] != "date" and words[i - 1].endswith(".")
                and not words[i - 1][:1].isdigit() and _BARE_YEAR.match(words[i + 1]) and words[i][:1].isupper()
                and words[i].lower().rstrip(".") in MONTHS and (i + 2 == n or words[i + 1].endswith((".", ",")))):
            labels[i] = labels[i + 1] = "date"
    # Every reference with a container has a title before it: when the tagger found
    # none, the first sentence of a multi-sentence container is the title.
    if "title" not in labels and _has(labels, "container"):
        i = labels.index("container")
        j = _run_end(labels, i, "container")
        if not _has(labels, "volume") and (_has(labels, "publisher") or _has(labels, "location")) and not any(
                w.startswith("//") or w.lower() in ("in", "in:") for w in words[:i + 1]):
            for k in range(i, j + 1):
                labels[k] = "title"  # a book: what looked like a container is its title
        for k in (range(i, j) if labels[i] == "container" else ()):
            w = words[k]
            if (w.endswith((".", "]", "].", ".”", ".’", "?", "!")) and not _INITIAL_TOKEN.match(w)
                    and len(w.strip(".")) > 3 and not _ABBREV.match(w) and not _abbreviated(words[i:k + 1])):
                for m in range(i, k + 1):
                    labels[m] = "title"
                break
    # APA's "(2023). Payment systems review: 2022.": a bare year after the title's colon, the work's date read before
    # the title, closes the title (the year a review or report covers), no second date
    for k in (range(3, n) if ": " in text and _has_pair(labels, "title", "date") else ()):
        if labels[k] == "date" and labels[k - 1] == "title" and words[k - 1].endswith(":") \
                and _BARE_YEAR.match(words[k]) and "date" in labels[:k - 1]:
            labels[k] = "title"
    # A title ends at a sentence end: a container that starts mid-sentence is the title's tail.
    for i in (range(1, n) if _has_pair(labels, "title", "container") else ()):
        if labels[i] == "container" and labels[i - 1] == "title" and not words[i - 1].endswith(_SENTENCE_END) \
                and not words[i].startswith("//") and not _STRAIGHT_CLOSE.search(words[i - 1]):
            j = i
            while j < n and labels[j] == "container" and not words[j].endswith(_SENTENCE_END):
                j += 1
            if j < n - 1 and labels[j] == "container" and labels[j + 1] == "container":
                for k in range(i, j + 1):
                    labels[k] = "title"
    # APA "Title of the article. Vysshee obrazovanie v Rossii, 29(5)": a journal's name the tagger
    # started mid-sentence, right before the volume, begins after the title's last full stop.
    for i in (range(2, n - 1) if _has_pair(labels, "title", "container") and _has(labels, "volume") else ()):
        if labels[i] != "container" or labels[i - 1] != "title" or words[i - 1].endswith(_SENTENCE_END):
            continue
        end = _run_end(labels, i, "container")
        if end + 1 < n and labels[end + 1] == "volume":
            q = i - 1
            while q > 0 and labels[q - 1] == "title" and not words[q - 1].endswith(_SENTENCE_END):
                q -= 1
            if q > 1 and labels[q - 1] == "title" and words[q - 1].endswith(".") and len(words[q - 1]) > 3 \
                    and not _INITIAL_TOKEN.match(words[q - 1]) and words[q][:1].isupper() and i - q <= 6:
                labels[q:i] = ["container"] * (i - q)
    # "Труд и занятость в России. 2021 : стат. сб.": an opening "author" sentence with no initials
    # and no body's name, with about as many lower-case words as capitalised ones, is a title:
    # names are capitalised but for particles and joiners.
    if labels and labels[0] == "author":
        j = _run_end(labels, 0, "author")
        lower = sum(1 for w in words[:j + 1] if w[:1].islower() and w.isalpha() and w not in _LOWER_NAME_WORDS)
        capitalised = sum(1 for w in words[:j + 1] if w[:1].isupper())
        if (j >= 2 and words[j].endswith(".") and lower and lower >= capitalised - 1 and "title" not in labels[:j + 1]
                and not any(_INITIAL_TOKEN.match(w) for w in words[:j + 1])
                and not corporate_name(" ".join(words[:j + 1]))):
            labels[:j + 1] = ["title"] * (j + 1)
    # "Lancet. 2009 Jun 27;": a bare year after a full stop starts the date, not the journal;
    # GOST's "Российский статистический ежегодник. 2020 : стат. сб." runs the title on after it. Inside a
    # quoted title the stop is an abbreviation's ("‘Obzor finansovoi stabil’nosti, IV kv. 2020 – I kv. 2021 g.’").
    for i in [k for k in range(1, n) if words[k - 1].endswith(".") and _BARE_YEAR.match(words[k])
              and k not in in_quoted_title]:
        if labels[i] in ("container", "title") and not (i + 1 < n and words[i + 1] == ":" and "date" in labels[i + 2:]):
            j = i
            while j < n and labels[j] == labels[i] and (j == i or _DATE_PART.match(words[j])):
                labels[j] = "date"
                j += 1
    for i in (range(1, n - 2) if " : " in text else ()):  # the same when the tagger called the year a date
        if (labels[i] == "date" and labels[i - 1] == labels[i + 1] == "title" and words[i + 1] == ":"
                and _BARE_YEAR.match(words[i]) and "date" in labels[i + 2:]):
            labels[i] = "title"
    # GOST and other "//" layouts: no container without a "//" (or "In:") before it.
    if _has(labels, "container") and not _has(labels, "volume"):
        seen = False
        for k, w in enumerate(words):
            if w.startswith("//") or w.lower() in ("in:", "в:", "in", "dans", "im"):
                seen = True
            elif labels[k] == "container" and not seen and not w.isascii() and CYRILLIC.search(w):
                if re.match(rf"^[{CYRILLIC_UP}][{CYRILLIC_LOW}]{{0,3}}\.[,:]?$", w):
                    labels[k] = "location"
                elif (k and labels[k - 1] == "title") or "title" not in labels:
                    labels[k] = "title"
    # GOST "Мау В. А. Экономическая политика 2020 года: глобальный кризис ... // Вопросы экономики": what stands
    # between the heading's names and "//" is the title, though it opens with a journal's name and holds a year.
    if "//" in words and _has(labels, "container"):
        d = words.index("//")
        s = _run_end(labels, 0, "author") + 1 if labels[0] == "author" else 0
        if 0 < s < d < n - 1 and labels[d + 1] == "container" and "title" in labels[s:d] \
                and set(labels[s:d]) <= {"title", "container", "date"}:
            labels[s:d] = ["title"] * (d - s)
    # A comma-delimited chunk holds one publisher, container or place, not pieces of two:
    # pick the label with the highest total marginal probability over the chunk. An opening
    # bracket starts a chunk too ("in Popular Culture (Bloomington: Indiana University Press"), and so does a
    # comma a PDF copy moved onto the next word ("American Mathematical Society ,Providence ,RI ( 2007)"); a dash
    # standing alone ends one (French "Boston - Little, Brown & Co.", "Paris - Gallimard").
    start = 0
    seen_title = False
    for k in (range(n + 1) if len(set(labels) & (_PLACE_LIKE | {"author"})) > 1 else ()):
        if k < n and not words[k].endswith((",", ";", ".", ":")) and words[k] not in _SPACED_DASHES and not (k + 1 < n and (
                words[k + 1][:1] == "(" or words[k + 1][:1] in ",;" and words[k + 1][1:2].isalpha())):
            continue
        chunk = range(start, min(k + 1, n))
        kinds = set(labels[start:k + 1])
        if seen_title and "author" in kinds and kinds - {"author"} and kinds - {"author"} <= _PLACE_LIKE:
            kinds.discard("author")  # "‘Title’, Golos Rossii, 18 August 2010": no author after the title
        else:
            seen_title = seen_title or "title" in kinds
        if len(kinds) > 1 and kinds <= _PLACE_LIKE or len(kinds) == 1 and kinds <= _PLACE_LIKE and len(
                set(labels[start:k + 1])) > 1:
            best = max(kinds, key=lambda lab: sum(tagger.marginal(lab, m) for m in chunk))
            for m in chunk:
                labels[m] = best
        start = k + 1
    # References "St. Petersburg, European University at St. Petersburg Publ., 2019": the publishing house named
    # before "Publ." runs back to the comma, colon or sentence stop before it, over an abbreviation's stop ("St.")
    # that ended the chunk above.
    for k in (range(1, n) if "Publ." in text else ()):
        if words[k].rstrip(",;") == "Publ." and labels[k] == "publisher":
            s = k
            while s > 0 and labels[s - 1] in _PLACE_LIKE and not words[s - 1].endswith((",", ":", ";")) \
                    and not _sentence_stop(words[s - 1]):
                s -= 1
            labels[s:k] = ["publisher"] * (k - s)
    _journal_after_title(words, labels)
    if "title" not in labels and _has(labels, "note") and "date" in labels and labels[0] == "author":
        # APA "Jones, K. (2009). Teacher retention (Doctoral dissertation). Retrieved from ...": with no title
        # tagged, the note's first sentence right after the authors' date is the title.
        d = labels.index("date")
        e = _run_end(labels, d, "date") + 1
        if e < n and labels[e] == "note" and "author" not in labels[e:]:
            k = next((k for k in range(e, n) if labels[k] != "note" or words[k].endswith(".")
                      and (_sentence_stop(words[k]) or words[k].endswith(").") or k + 1 < n and words[k + 1][:1] == "(")), n)
            if k < n and labels[k] == "note" and not words[e].lower().startswith(("retrieved", "available", "http")):
                labels[e:k + 1] = ["title"] * (k + 1 - e)
    # APA 6 "Kim, S. (2015). Youth employment in Korea (Doctoral dissertation).": the words the tagger cut from the
    # title before its degree bracket ("in Korea", read as a chapter's book) are the title's, and so is a bracket with
    # the degree alone, which the title rules read as the genre
    for i in (range(4, n - 1) if "title" in labels and ("issertation" in text or "hesis" in text) else ()):
        if labels[i] == "title" or labels[i - 1] != "title" or _sentence_stop(words[i - 1]) \
                or words[i - 1].endswith((",", ":", ";")):
            continue
        k = next((k for k in range(i, min(n, i + 10)) if words[k][:1] == "("), None)
        close = next((c for c in range(k, min(n, k + 8)) if words[c].rstrip(".,").endswith(")")), None) \
            if k is not None else None
        if close is not None and _DEGREE_IN_BRACKETS.match(" ".join(words[k:close + 1])) \
                and set(labels[i:k]) <= {"note", "container"}:
            # a bracket naming the school too is the degree pattern's, genre and publisher
            end = k if words[k + 1].endswith(",") else close + 1
            labels[i:end] = ["title"] * (end - i)
        break
    # Wikipedia's cite thesis, "Moreno, Lucía (2012). Title (PhD thesis). University of Cambridge. doi:...": the sentence
    # after a degree bracket closing the title names the school that awarded it, whatever the tagger read it as
    for k in (range(2, n - 2) if "thesis)." in text or "issertation)." in text else ()):
        if not words[k].endswith(")."):
            continue
        start = next((j for j in range(k, max(k - 4, 0), -1) if words[j][:1] == "("), None)
        # ... up to its stop, or to its comma before the year (Chicago's "(DPhil thesis). University of Oxford, 2014.")
        end = next((e for e in range(k + 1, min(n, k + 9)) if words[e].endswith(".") or e + 1 < n
                    and words[e].endswith(",") and _BARE_YEAR.match(words[e + 1]) and words[e + 1].endswith(".")), None)
        if start is not None and end is not None and _DEGREE_IN_BRACKETS.fullmatch(" ".join(words[start:k + 1])) \
                and words[k + 1][:1].isupper() and (words[end].endswith(",") or _sentence_stop(words[end])) \
                and not any(w.lower().startswith(("retrieved", "available", "http", "doi:")) for w in words[k + 1:end + 1]):
            labels[k + 1:end + 1] = ["publisher"] * (end - k)
    if _has(labels, "genre") and "title" not in labels:
        _title_before_genre(words, labels)
    # Springer's "Kovač M (2018) Title. Dissertation, University of Ljubljana": the kind alone opening the sentence
    # after the title, its school after the comma, is the genre, not the publisher's first word
    for k in (range(2, n - 1) if "Dissertation, " in text or "Thesis, " in text else ()):
        if words[k] not in _BARE_THESIS_KINDS or labels[k - 1] != "title" or not _sentence_stop(words[k - 1]) \
                or labels[k] not in ("publisher", "note", "container"):
            continue
        e = _run_end(labels, k + 1, labels[k + 1])
        if _UNIVERSITY.search(" ".join(words[k + 1:e + 1])):
            labels[k] = "genre"
            labels[k + 1:e + 1] = ["publisher"] * (e - k)
    # "Translit = English": both sides of an ISBD parallel title share one label. The walk back
    # stops at a bracketed translation, at a title's full stop before the journal's first word
    # ("Author. English title. Zhurnal = Journal, 2020") and at a quoted title's close ("“Title.” Zhurnal = Journal
    # 25, no. 4", "‘Title’, Zhurnal = Journal, vol. 14"): the title the tagger found stays. The walk on
    # stops at a comma unless the tagger read the words after it as the container, a word before it and a capital
    # after it ("= State, Religion and Church"; not a formula's "√ sNN = 2 . 76TeV, Phys. Rev. Lett."). A number after
    # the sign is a formula's value in a physics title ("constraints on ∆F = 2 new physics ,Phys .Rev", "at √s NN = 2.76
    # TeV with ALICE,” Phys. Rev."), never a parallel title's first word: no container is made of that title.
    for i in ([k for k, w in enumerate(words) if w == "="] if "=" in words else ()):
        if not 0 < i < n - 1 or words[i + 1][:1].isdigit():
            continue
        lo = i
        while lo > 0 and labels[lo - 1] in ("title", "container") and not words[lo - 1].rstrip(".,").endswith("]") \
                and not words[lo - 1].endswith(_QUOTE_ENDS) \
                and not (labels[lo - 1] == "title" and labels[lo] == "container" and words[lo - 1].endswith(".")
                         and len(words[lo - 1]) > 3 and not _ABBREV.match(words[lo - 1])):
            lo -= 1
        hi = i
        while hi < n - 1 and labels[hi + 1] in ("title", "container") and not (
                words[hi].endswith(";") or words[hi].endswith(",") and not (
                    labels[hi + 1] == "container" and words[hi][:-1].isalpha() and words[hi + 1][:1].isupper())):
            hi += 1
        if any(labels[k] == "container" for k in range(lo, hi + 1)):
            for k in range(lo, hi + 1):
                labels[k] = "container"
    # Notes' "Stephen Hutchings and Vera Tolz, Nation, Ethnicity and Race on Russian Television (London, ...)": a list of
    # names written given name first ends with the name after its "and"; a comma part the tagger ran on into the
    # names is the title's.
    first_and = next((k for k in range(2, min(n, 12)) if words[k] == "and"), 0) if " and " in text else 0
    if first_and and labels[0] == labels[first_and] == "author" and all(
            w[:1].isupper() and not w.endswith(",") for w in words[:first_and]):
        last = next((k for k in range(first_and + 2, min(first_and + 4, n - 1)) if words[k].endswith(",")), 0)
        end = last + 1
        while last and end < n and labels[end] == "author" and words[end][:1].isupper():
            end += 1
        if last and end > last + 1 and end < n and labels[end] == "title" \
                and all(labels[k] == "author" for k in range(first_and, last + 1)) \
                and words[last + 1].strip(",.").lower() not in ("jr", "sr", "ii", "iii", "ed", "eds"):
            labels[last + 1:end] = ["title"] * (end - last - 1)
    # Chicago's "Title. Sausalito, CA: Univ. Sci. Books, 2004.", Vancouver's "Title. Sausalito: Univ. Sci. Books; 2005.":
    # a place and its colon after the title's full stop open the imprint, and the publisher, its abbreviations' stops
    # and all, runs to the comma or semicolon before the closing year; the tagger cut it at a stop or took the place
    # into it.
    if ": " in text and labels[n - 1] == "date" and _BARE_YEAR.match(words[n - 1]) and words[n - 2].endswith((",", ";")):
        _imprint_after_title(words, labels, n - 2)
    # ML papers' "Diederik P. Kingma and Max Welling. Auto-encoding ...": names written given name first, joined by
    # commas and "and", run to the first full stop after a family name (in notes, to the comma before the quoted title:
    # "Diana T. Kudaibergenova and Marlene Laruelle, ‘Title’"); an author run the tagger ended inside such a
    # list goes on to that stop, when it ended at a middle initial ("P.") or at a comma of a list of three names or
    # more ("Alec Radford, Luke Metz, and Soumith Chintala."; two, "John Smith, Peace Studies and Conflict
    # Resolution.", may be a note's name and title).
    if labels[0] == "author" and " and " in text:
        names = _GIVEN_FIRST_LIST.match(text)
        end = _run_end(labels, 0, "author")
        stop = len(text[:names.end()].split()) if names else 0
        if stop > end + 1 and (_INITIAL_TOKEN.match(words[end])
                               or words[end].endswith(",") and names.group().count(",") >= 2):
            labels[:stop] = ["author"] * stop
    # "‘Monthly Bulletin of Statistics, March 2022’, Ulaanbaatar, 2022, p. 5.": a known town the tagger ran into the
    # year after a title that closes with its own month is the place.
    for i in (range(1, n - 1) if _has_pair(labels, "date", "date") else ()):
        if labels[i] == labels[i + 1] == "date" and labels[i - 1] != "date" and words[i].endswith(",") \
                and _BARE_YEAR.match(words[i + 1]) and is_place(words[i]):
            labels[i] = "location"
    # Vancouver "Lancet. 2009 Jun 27;373(9682):2125-32.": the day glued to the volume is the
    # date's, and a short last sentence of the title right before that date, with a volume
    # after it, is the journal.
    for i in (range(1, n) if "date" in labels else ()):
        if labels[i] == "date" or labels[i - 1] != "date":
            continue
        if _YEAR_WORD.fullmatch(words[i - 1]) and _MONTH_WORD.match(words[i]):
            labels[i] = "date"
        elif _DAY_WORD.fullmatch(words[i]) and _MONTH_WORD.match(words[i - 1]):
            labels[i] = "date"
    # USENIX "In 31st USENIX Security Symposium (USENIX Security 22), pages ...": a bracket opened inside the
    # proceedings' name closes in it; the meeting's short year before its ")" is no volume, issue or page.
    # So is the short name in brackets right after it, "... Implementation (OSDI 16), pp. 265–283", read whole as a
    # volume: a meeting's short name and year is no volume or issue number.
    for i in opens if "container" in labels else ():
        if ")" in words[i]:
            continue
        close = next((j for j in range(i + 1, min(i + 6, n)) if ")" in words[j] or "(" in words[j]), None)
        if not close or "(" in words[close] or not words[close].rstrip(",.;:").endswith(")") \
                or labels[close] not in ("volume", "issue", "pages"):
            continue
        if all(label == "container" for label in labels[i:close]):
            labels[close] = "container"
        elif i and labels[i - 1] == "container" \
                and _MEETING_SHORT_NAME.fullmatch(" ".join(words[i:close + 1]).rstrip(",.;:")) \
                and all(label in ("volume", "issue", "pages") for label in labels[i:close]):
            labels[i:close + 1] = ["container"] * (close + 1 - i)
    # AGU's page count as a comma part of its own ("Title, 2nd ed., 412 pp., Publisher, Place", "Title, Ph.D. thesis,
    # 188 pp., Univ. of California, Berkeley."): the number before "pp." counts the pages; after a thesis's degree
    # the school and its town follow it, whatever the tagger made of them.
    for i in (range(2, n - 1) if " pp.," in text else ()):
        if not (words[i].isdigit() and words[i + 1] == "pp.," and words[i - 1].endswith(",")) or labels[i] == "pages":
            continue
        labels[i:i + 2] = ["pages", "pages"]
        end = next((j for j in range(i + 2, n) if labels[j] in ("doi", "url", "lead")), n)
        if labels[i - 1] == "genre" and _THESIS_RE.search(words[i - 1].lower()) and end > i + 2:
            commas = [j for j in range(i + 2, end - 1) if words[j].endswith(",")]
            school = commas[-1] if commas else end - 1
            labels[i + 2:school + 1] = ["publisher"] * (school - i - 1)
            labels[school + 1:end] = ["location"] * (end - school - 1)
    # LSA "..., Tatiana Nikitina & R. Harald Baayen. 2007.": the last name opened by an initial runs to the stop
    # before the year, where the tagger cut it after the initial.
    for i in (range(2, min(n - 2, 40)) if "author" in labels else ()):
        if labels[i] != "author" or words[i - 1] not in ("&", "and") or not _INITIAL_TOKEN.match(words[i]) \
                or labels[i + 1] == "author":
            continue
        j = next((j for j in range(i + 1, min(n - 1, i + 4)) if words[j].endswith(".")), 0)
        if j and labels[j + 1] == "date" and _YEAR_SENTENCE.fullmatch(words[j + 1]) \
                and all(w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words[i + 1:j + 1]):
            labels[i + 1:j + 1] = ["author"] * (j - i)
        break
    # LSA's chapter "In Stephen R. Anderson & Paul Kiparsky (eds.), A Festschrift for Morris Halle, 93–106. New York:
    # ...": the book runs from the editors' "(eds.)," to the comma before the bare page range.
    for i in (range(1, n - 2) if "(eds.)," in text or "(ed.)," in text else ()):
        if words[i - 1] not in ("(eds.),", "(ed.),") or labels[i - 1] != "editor":
            continue
        end = next((j for j in range(i, min(n - 1, i + 25))
                    if words[j].endswith(",") and _BARE_PAGE_RANGE.match(words[j + 1])), None)
        # (not Harvard's "(eds.), Book, Cham: Palgrave Macmillan, 225–248.": a comma part opened by a place's colon)
        if end is not None and not any(w.endswith((".", ";")) for w in words[i:end]) and not any(
                words[k].endswith(":") and any(words[m].endswith(",") for m in range(max(i, k - 2), k))
                for k in range(i + 1, end)):
            labels[i:end + 1] = ["container"] * (end + 1 - i)
            labels[end + 1] = "pages"
    # IEEE software '“Title,” version 2.1, 2022.': the version is a part of its own (read as the container, which the
    # version rule takes), not a publisher and a date.
    # So is JASA's '"Title," R package version 1.1-10,' with the kind of package before it.
    for i in (range(1, n - 1) if "ersion" in text else ()):
        if words[i].lower() != "version" or not _RELEASE.fullmatch(words[i + 1].rstrip(",.;")) \
                or not words[i + 1].endswith((",", ".")):
            continue
        start = i if words[i - 1].endswith((",", ",”")) else next(
            (j for j in (i - 1, i - 2) if j > 0 and words[i - 1].lower() == "package" and words[j - 1].endswith((",", ",”"))),
            None)
        if start is not None:
            labels[start:i + 2] = ["container"] * (i + 2 - start)
    # Harvard "Harvard Business Review, January–February, pp. 107–114.": an issue named by its months after the
    # journal's comma is the date's, as a single month there is, not the journal's name.
    for i in (range(2, n) if ("–" in text or "-" in text) and _has(labels, "container") else ()):
        if labels[i] == labels[i - 1] == "container" and words[i - 1].endswith(",") and _MONTH_SPAN.fullmatch(words[i]) \
                and (i + 1 == n or labels[i + 1] != "container"):
            labels[i] = "date"
    # Vancouver "PLoS Med. 2005 Aug;2(8):e124.": the date ends at its ";", so the number glued to the issue's bracket
    # after it is the volume, not the month's day.
    for i in (range(1, n - 1) if ";" in text and "):" in text else ()):
        if labels[i] == "date" and words[i - 1].endswith(";") and labels[i - 1] == "date" and words[i].isdigit() \
                and _ISSUE_BRACKET.fullmatch(words[i + 1]):
            labels[i] = "volume"
    # Vancouver "Crit Care. 2019;23(1):55. PMID: ...": what follows the issue's "):" is the page, however short.
    for i in (range(1, n) if "):" in text else ()):
        if words[i - 1].endswith("):") and labels[i - 1] in ("volume", "issue") and labels[i] != "pages" \
                and _VANCOUVER_PAGE.fullmatch(words[i]):
            labels[i] = "pages"
    # Chicago's (and Google Scholar's) "Ocean & Coastal Management 198 (2020): 105372.", "Water Policy 20 (October
    # 2018): 1021–38.", Zotero's Chicago author-date "Energy Policy 151 (April): 112168.": a number of three digits or
    # fewer between the journal and the bracket of its date (a month alone where no issue stands) is the volume (the
    # tagger took "198" or "20" for a date's head), and the bracket the date's, no issue.
    for i in (range(1, n - 1) if "):" in text and _has(labels, "container") else ()):
        if labels[i] in ("date", "volume") and labels[i - 1] == "container" and len(words[i]) < 4 \
                and words[i].isdigit():
            dated = _BRACKETED_DATE.match(" ".join(words[i + 1:i + 3]))
            if dated:
                end = i + 2 + (" " in dated.group())
                labels[i:end] = ["volume"] + ["date"] * (end - i - 1)
    # Crossref's "cite as" APA "Economy, 46(160), 245–262. CLOCKSS. https://doi.org/...": a capitalised word with no
    # figure after the page range's own stop is no page (the archive's name, a remark), whatever the tagger made of it
    # (APA's bracketed "(pp. 12–20). NCTE." is followed by its publisher).
    for i in (range(2, n) if _has(labels, "pages") else ()):
        if labels[i] == labels[i - 1] == "pages" and words[i - 1].endswith(".") and words[i - 1][-2:-1].isdigit() \
                and words[i - 1][:1].isdigit() \
                and words[i][:1].isupper() and words[i].rstrip(".,").isalpha() and not _PAGE_CUE.match(words[i]):
            labels[i] = "note"
    # Google Scholar's MLA "Water Resources Research 57.4 (2021): e2020WR028745.": the word closing the entry (or
    # before its link) after the date bracket's colon is the page, an article number of letters and digits too.
    for i in (range(1, n) if "):" in text else ()):
        if words[i - 1].endswith("):") and labels[i - 1] == "date" and labels[i] in ("title", "container") \
                and (i + 1 == n or labels[i + 1] in ("doi", "url")) and _PAGES_ALONE.fullmatch(words[i].rstrip(".,")):
            labels[i] = "pages"
    # ASME's "“Title,” Proc. ASME 2019 Pressure Vessels and Piping Conference, ...": once a quoted title has closed,
    # words the tagger called title again, running on from the container with no mark between (over the meeting's year
    # inside its name), are the container's
    closed = next((k for k in range(n) if labels[k] == "title" and words[k].rstrip(",.;:").endswith(("”", '"'))), n) \
        if "container" in labels else n
    for i in range(closed + 3, n):
        year = labels[i - 1] == "date" and _YEAR_WORD.fullmatch(words[i - 1])
        if labels[i] == "title" and labels[i - 1 - bool(year)] == "container" and words[i - 1][-1:].isalnum():
            start, end = i - bool(year), _run_end(labels, i, "title")
            labels[start:end + 1] = ["container"] * (end + 1 - start)
            if end + 1 < n and labels[end + 1] != "date" and words[end].endswith(",") \
                    and _BARE_YEAR.match(words[end + 1]) and words[end + 1].endswith(","):
                labels[end + 1] = "date"  # "..., Piping Conference, 2020, Paper No. ...": the bare year after it dates it
    # ... and its "ASME Paper No. PVP2019-93012": a word with no digit the tagger called a volume, right before the
    # genre, names the paper's series with it
    for i in (range(n - 1) if _has_pair(labels, "volume", "genre") else ()):
        if labels[i] == "volume" and labels[i + 1] == "genre" and words[i].isalpha() and words[i][:1].isupper():
            labels[i] = "genre"
    # "14–16 June 2010" / "2019 May 5-8;" / ASME's "Prague, Czech Republic, July 15–20,": a day range beside a month
    # is a date, not pages nor a volume, and the month with it, whatever the tagger made of it.
    for i in (range(n) if "-" in text or "–" in text else ()):
        if labels[i] != "date" and words[i][:1].isdigit() and _DAY_RANGE.fullmatch(words[i].rstrip(";:.")):
            if i + 1 < n and _MONTH_WORD.match(words[i + 1]):
                labels[i] = labels[i + 1] = "date"
            elif i and _MONTH_WORD.match(words[i - 1]):
                labels[i - 1] = labels[i] = "date"
                if i + 1 < n and _BARE_YEAR.match(words[i + 1]):
                    labels[i + 1] = "date"  # "October 7-10, 2003": the year closing the days is theirs
    # "Title. Cerebellum, 2010. 10(1): 1-8.", "Title: what is the evidence? Lithos. 2009;": with no container
    # found, a short capitalised last sentence of the title (after a full stop, "?" or "!"), closed by a
    # stop or a comma before the year, with the volume after it, is the journal.
    if not _has(labels, "container") and "title" in labels and _has(labels, "volume"):
        j = max(k for k in range(n) if labels[k] == "title")
        i = j
        while i > 0 and labels[i - 1] == "title" and not words[i - 1].rstrip("”’\"").endswith((".", "?", "!")):
            i -= 1
        if (0 < i and labels[i - 1] == "title" and j - i < 6 and j + 1 < n and labels[j + 1] == "date"
                and words[j].endswith((".", ",")) and all(w[:1].isupper() for w in words[i:j + 1])
                and labels.index("volume") > j):
            for k in range(i, j + 1):
                labels[k] = "container"
    # APA "39(5–6), 12–19": a bracketed range right after the volume, with the pages after it, is a double issue.
    for i in (range(1, n - 1) if _has_pair(labels, "volume", "pages") else ()):
        if labels[i] == "pages" and labels[i - 1] == "volume" and labels[i + 1] == "pages" \
                and _BRACKETED_RANGE.fullmatch(words[i]):
            labels[i] = "volume"
    # IEEE "pp. 2011–2024, Jul. 2023": a range right after a page cue is the pages, though both
    # its numbers look like years.
    for i in (range(n - 1) if _has_pair(labels, "pages", "date") else ()):
        if labels[i] == "pages" and _PAGE_CUE.match(words[i]) and labels[i + 1] == "date" \
                and re.fullmatch(r"\d+[–-]\d+[.,;]?", words[i + 1]):
            labels[i + 1] = "pages"
    # GOST newspaper "2023. 17 мая. С. 4.": a page cue and its number the tagger left as a note
    # are the pages, where nothing else is.
    if not _has(labels, "pages") and n > 2 and labels[-1] == labels[-2] == "note" and _PAGE_CUE.match(words[-2]) \
            and words[-2][:1].isupper() and re.fullmatch(r"\d+(?:[–-]\d+)?\.?", words[-1]):
        labels[-2:] = ["pages", "pages"]
    # A hand-made list's "... 2019, pp. 1-4. (PDF)": the format closing the entry after its stop is a remark (note),
    # never the publisher the tagger took it for.
    if n > 3 and text.endswith((")", ").", "]", "].")) and words[-2].endswith(".") and _CLOSING_FORMAT.fullmatch(words[-1]):
        labels[-1] = "note"
    # "volume 989", "Vol. 12(3)", "pages 492-499", "N°2(1)": the cue word goes with its number.
    numbered = "№" in text or "°" in text or "º" in text
    for i in (range(n) if numbered or _has(labels, "volume") or _has(labels, "pages") else ()):
        word = words[i]
        if labels[i] in ("volume", "pages"):
            continue
        if numbered and _ISSUE_WITH_NUMBER.match(word):
            labels[i] = "volume"
        elif i + 1 < n and labels[i + 1] in ("volume", "pages") and word.lower().strip(".,:") in _NUMBER_CUES:
            labels[i] = labels[i + 1]
    # "Т. 11, № 3–4. С. 45–58.": the number after "№" is the issue, though a range looks like pages.
    for i in (range(n - 1) if numbered else ()):
        if words[i] == "№" and labels[i] == "volume" and labels[i + 1] == "pages" and words[i + 1][:1].isdigit():
            labels[i + 1] = "volume"
    # Transliterated GOST prints "№" as a bare capital N: "// Problemy prognozirovaniia. 2021. N 1 (184). S. 3–15.",
    # "2021. T. 32, N 1. S. 3–15.": after the year, or after a volume mark and its number, the N and its number (and
    # the running number in brackets) are the issue, which the tagger, not knowing the mark, had left in the journal
    for i in (range(1, n - 1) if "N" in words else ()):
        if words[i] != "N" or not _ISSUE_PART.fullmatch(words[i + 1]):
            continue
        marked = i > 2 and words[i - 2] in _VOLUME_MARKS and re.fullmatch(r"\d+,", words[i - 1])
        if not marked and not (labels[i - 1] == "date" and words[i - 1].endswith(".")):
            continue
        end = i + 2 + (i + 2 < n and bool(re.fullmatch(r"\(\d+\)[.,]?", words[i + 2])))
        labels[i - 2 if marked else i:end] = ["volume"] * (end - (i - 2 if marked else i))
    for k in (range(1, n) if "г." in words or "гг." in words or "г" in words or "г.)" in text else ()):
        if labels[k - 1] == "date" and (words[k].lower() in ("г.", "гг.", "г") or _YEAR_MARK_CLOSING.fullmatch(words[k])):
            labels[k] = "date"  # "14 мая 2019 г.": the year's abbreviation, and its bracket's close, "(Москва, ... г.)."
    # "Interview with Dmitri Danilov, Head of ..., Moscow, 12 September 2013": everything
    # before the place and date describes the interview (the interviewee is taken from it later).
    lead = 1 if labels and labels[0] == "citation-number" else 0  # a note's number, "9. Интервью с ..."
    # "Ivan Ivanov (pseudonym), interview by the author, Kyiv, ...": the interviewee's name, then the author's comment
    # on it in brackets, in lower case ("(name changed)"); the tagger cut the name at the bracket.
    remark = _NAME_REMARK.match(text) if "(" in text[:60] and "nterview" in low else None
    if remark:
        cut = len(remark.group(1).split())
        if labels[lead:lead + cut] != ["author"] * cut or labels[lead + cut] != "note":
            labels[lead:lead + cut] = ["author"] * cut
            labels[lead + cut:lead + cut + len(remark.group(2).split())] = ["note"] * len(remark.group(2).split())
    # So is what the author was told ("Email to the author from ..."), one sentence; a colon (a subtitle's or an
    # imprint's) or a second sentence is a published work's ("Correspondence with Friends. Macmillan, 1950.").
    if n > 2 + lead and (_INTERVIEW_HEAD.match(" ".join(words[lead:lead + 6])) or ": " not in text
                         and any(cue in low for cue in _COMMUNICATION_CUES)
                         and COMMUNICATION_HEAD.match(" ".join(words[lead:lead + 12]))
                         and not _SECOND_SENTENCE.search(text)):
        if "date" not in labels:  # "Интервью автора с экспертом, Бишкек, 3 июня 2018 г.": the date closes it
            k = next((k for k in range(n - 1, 1, -1) if words[k].startswith("//")), n)  # or the part before "// Archive"
            last = k
            while k > 0 and _DATE_TOKEN.match(words[k - 1]) and (
                    not words[k - 1][:1].isalpha() or words[k - 1].lower().strip(".,") in MONTHS
                    or words[k - 1].lower().strip(".,") in ("г", "гг")):
                k -= 1
            if any(_YEAR_WORD.fullmatch(w.strip(".,")) for w in words[k:last]):
                for m in range(k, last):
                    labels[m] = "date"
        if "date" in labels:
            end = _run_start(labels, labels.index("date"), "location")
            if labels[end] == "location" and end > lead and not words[end - 1].endswith(","):
                end = labels.index("date")  # "... with a Tajik migrant in St Petersburg, 2 May 2020": the title's town
            if end > 2 and labels[end] == "date" and words[end - 1].endswith(","):
                # the short capitalised comma chunk before the date is where it took place; when it names a
                # country ("Osh, Kyrgyzstan"), the town before it is part of the place
                for _ in range(2):
                    j = end - 1
                    while j > 0 and not words[j - 1].endswith(","):
                        j -= 1
                    if not (0 < j and end - j <= 3 and all(
                            w[:1].isupper() and not (len(w.strip(",")) > 1 and w.strip(",").isupper())
                            for w in words[j:end])):  # a town, not an acronym ("RAS")
                        break
                    for m in range(j, end):
                        labels[m] = "location"
                    country = _is_region(" ".join(words[j:end]))
                    end = j
                    if not country or not words[end - 1].endswith(","):
                        break
            for k in range(lead, end):
                labels[k] = "title"
            # "..., Leeds, 14 November 2019 (transcript in author's possession).": a remark in brackets, in lower
            # case, closing the entry after the date is the compiler's note, not the title's
            k = n - labels[::-1].index("date")
            if k < n and words[k][:1] == "(" and words[k][1:2].islower() and words[-1].rstrip(".").endswith(")"):
                labels[k:] = ["note"] * (n - k)
    # "Annual report 2019. Geneva: WTO; 2019." / "// Стратегический глобальный прогноз 2030. – М., 2011":
    # a bare year run on from a title, with the publication date later on, belongs to it (not one after a
    # quoted title closed with its comma, IEEE '“Product brief,” 2023. [Online]. ... Accessed: Feb. 2, 2024.').
    for i in (range(1, n - 1) if (_has_pair(labels, "title", "date") or _has_pair(labels, "container", "date")) else ()):
        if (labels[i] == "date" and labels[i - 1] in ("title", "container") and labels[i + 1] != "date"
                and _BARE_YEAR.match(words[i]) and not words[i - 1].endswith((".", ",", ":", ";", ")") + _QUOTE_CLOSED)
                and "date" in labels[i + 2:]):
            labels[i] = labels[i - 1]
    # IEEE's site page "[15] Library of Congress. “BIBFRAME 2.0 vocabulary.” Site. Accessed: ...": the sentence before
    # the quoted title, which the tagger ran into it, is the author (a body, as a person's name closes with a comma)
    head = _SENTENCE_BEFORE_QUOTE.match(text) if "“" in text else None
    if head:
        first = 1 if labels[0] == "citation-number" else 0
        quote = next((k for k in range(first, n) if words[k][:1] == "“"), 0)
        if quote > first and words[quote - 1].endswith(".") and all(lab == "title" for lab in labels[first:quote]):
            labels[first:quote] = ["author"] * (quote - first)
    # Chicago notes "Title: Russia, Europe, America (New York: Tim Duggan Books, 2018)": the
    # imprint opens with its bracket; words between the title and it are the title's.
    for i in (o for o in opens if o >= 2):
        if labels[i] in ("location", "publisher") and labels[i - 1] in ("location", "publisher"):
            k = i - 1
            while k > 0 and labels[k] in ("location", "publisher") and "(" not in words[k]:
                k -= 1
            if labels[k] == "title" and not words[k].endswith("."):
                for m in range(k + 1, i):
                    labels[m] = "title"
    # "Post-Soviet Russia (Basingstoke, Macmillan; New York, ...)": the bracket's first word
    # opens the imprint when what follows it, up to the closing bracket, is place and publisher.
    for i in (o for o in opens if 0 < o < n - 1):
        if (")" not in words[i] and words[i].endswith((",", ":")) and labels[i] == "title"
                and labels[i + 1] in ("location", "publisher")):
            k = i + 1
            while k < n - 1 and labels[k] in ("location", "publisher") and ")" not in words[k]:
                k += 1
            if ")" in words[k] and labels[k] in ("location", "publisher", "date"):
                labels[i] = "location"
    # "in Central Asia: Views from Washington, Moscow, and Beijing, ed. Eugene Rumer": the
    # book's title runs up to "ed."; the tagger took its last words for a place and names.
    for i in (range(2, n) if _has(labels, "editor") else ()):
        if words[i].lower() in ("ed.", "eds.", "edited") and labels[i] == "editor" and words[i - 1].endswith(","):
            k = i - 1
            while k > 0 and labels[k] in ("editor", "location", "publisher"):
                k -= 1
            if labels[k] == "container" and k < i - 1:
                for m in range(k + 1, i):
                    labels[m] = "container"
    # American Anthropologist's "In The Intelligence of Place. Jeff Malpas, ed. Pp. 1-26.": the names in the sentence
    # after the book's title, up to their role word, are the book's editors, though the tagger ran them into it.
    for i in (range(3, n) if " ed." in text or " eds." in text else ()):
        if words[i].rstrip(",") in ("ed.", "eds.") and words[i - 1].endswith(",") and labels[i - 1] == "container" \
                and (i + 1 == n or labels[i + 1] != "editor"):  # Chicago's "Book, ed. Name" names them after
            first = i - 1
            while first > 0 and labels[first - 1] == "container" and not _sentence_stop(words[first - 1]) \
                    and i - first < 25:
                first -= 1
            if 0 < first < i - 1 and labels[first - 1] == "container" and _sentence_stop(words[first - 1]) \
                    and all(_GIVEN_FIRST_WORD.fullmatch(w) for w in words[first:i]):
                labels[first:i + 1] = ["editor"] * (i + 1 - first)
            break
    # MDPI and ACS layouts split parts with ";": "Title, 2nd ed.; Springer: Cham, Switzerland,
    # 2019;", "In Book Title; Lee, S., Ed.; MDPI: Basel, ...". A chunk "Publisher: Place, Year;"
    # (the colon on the publisher's last word) is publisher, place and date; the chunk
    # before one ending "Ed.;" / "Eds.;" is the book, after "In"; "2nd ed.;" is the edition.
    for k in (range(1, n - 3) if ";" in text and ":" in text else ()):
        if not words[k].endswith(";"):
            continue
        colon = next((m for m in range(k + 1, min(k + 9, n - 1)) if words[m].endswith(":")), None)
        year = colon and next((m for m in range(colon + 1, min(colon + 6, n)) if _BARE_YEAR.match(words[m])), None)
        if (year and len(words[colon]) > 1 and words[k + 1][:1].isupper() and not words[year].endswith(":")
                and all(labels[m] in _IMPRINT_LIKE and ";" not in words[m] for m in range(k + 1, year))
                and all(words[m][:1].isupper() for m in range(colon + 1, year))
                and not ("location" in labels[k + 1:colon + 1] and "publisher" in labels[colon + 1:year]
                         and not _COMMA_LEGAL_FORM.match(" ".join(words[k + 1:colon + 1]).rstrip(":")))):
            for m in range(k + 1, year + 1):
                labels[m] = "publisher" if m <= colon else "location" if m < year else "date"
            _mark_edition(words, labels, k)
            break
    for k in (range(1, n - 2) if ";" in text and "Ed" in text else ()):
        if words[k] not in ("In", "in") or not words[k - 1].endswith("."):
            continue
        book = next((m for m in range(k + 1, min(k + 25, n)) if words[m].endswith(";")), None)
        role = book and next((m for m in range(book + 1, min(book + 12, n)) if words[m].endswith(";")), None)
        if role and words[role].rstrip(";") in ("Ed.", "Eds.") and "title" in labels[:k]:
            for m in range(k, role + 1):
                labels[m] = "container" if m <= book else "editor"
            _mark_edition(words, labels, book)
            break
    # GOST and DSTU imprints "... розвитку. Київ : Ін-т екон. та прогнозув. НАН України, 2009.": a
    # sentence that opens with a place name and a spaced colon is place, publisher and year,
    # however abbreviated the publisher's words.
    for k in (range(2, n - 3) if " : " in text else ()):
        if words[k] != ":" or not _PLACE_WORD.match(words[k - 1]) or labels[k - 1] == "location":
            continue
        start = k - 2 if k > 2 and _PLACE_WORD.match(words[k - 2]) else k - 1
        before = words[start - 1]
        if not (before in ("–", "—") or before.endswith(".") and not _INITIAL_TOKEN.match(before)):
            continue
        comma = _publisher_end(words, k)
        if comma:
            for m in range(start, comma + 2):
                labels[m] = "location" if m <= k else "publisher" if m <= comma else "date"
    # "J. Bank. Financ. 2019, 98, 39–60.": abbreviated words before the year and the volume
    # are the journal, whatever the tagger made of them.
    for i in (range(n - 2) if "date" in labels and (_has(labels, "publisher") or _has(labels, "location")) else ()):
        if labels[i] in ("publisher", "location") and (i == 0 or labels[i - 1] != labels[i]):
            j = _run_end(labels, i, labels[i])
            if (j > i and j + 2 < n and labels[j + 1] == "date" and labels[j + 2] in ("volume", "pages")
                    and all(_ABBREVIATED.match(words[m]) for m in range(i, j + 1))):
                for m in range(i, j + 1):
                    labels[m] = "container"
    # "World Bank. Migration and Development Brief 35: Recovery. World Bank, Washington, DC":
    # with no title anywhere, a publisher run over whole sentences keeps its last sentence;
    # those before it are the title, and a corporate first one of several is the author.
    if _has(labels, "publisher") and "title" not in labels and not _has(labels, "container"):
        i = labels.index("publisher")
        j = _run_end(labels, i, "publisher")
        ends = [k for k in range(i, j) if words[k].endswith(".") and len(words[k]) > 2
                and not _INITIAL_TOKEN.match(words[k]) and words[k][:-1].lower() not in _NAME_ABBREVIATIONS]
        if ends:
            for k in range(i, ends[-1] + 1):
                labels[k] = "title"
            if len(ends) > 1 and "author" not in labels and corporate_name(" ".join(words[i:ends[0] + 1])):
                for k in range(i, ends[0] + 1):
                    labels[k] = "author"
    # References "Moscow, Izd. dom VShE Publ., 2019": a known city opening the publisher run is the
    # place, and "Izd." after the place's comma opens the publisher, whatever run the tagger put it in.
    # So is the town before a run ending in the References mark "Publ." ("Chernivtsi, Chernivetskyi natsionalnyi
    # universytet Publ., 2021"), which always follows the place.
    for i in (range(n - 1) if _has(labels, "publisher") else ()):
        if (labels[i] == labels[i + 1] == "publisher" and (i == 0 or labels[i - 1] != "publisher")
                and words[i].endswith(",") and _is_city(words[i])):
            labels[i] = "location"
        elif labels[i] == labels[i + 1] == "publisher" and (i == 0 or labels[i - 1] != "publisher") \
                and words[_run_end(labels, i, "publisher")].rstrip(",.;") == "Publ":
            c = next((k for k in range(i, min(i + 3, n)) if words[k].endswith(",")), 0)
            if c and c < _run_end(labels, i, "publisher") and all(w[:1].isupper() for w in words[i:c + 1]):
                labels[i:c + 1] = ["location"] * (c + 1 - i)
        elif labels[i] == "location" and labels[i + 1] == "location" and words[i].endswith(",") and _is_city(words[i]):
            j = _run_end(labels, i + 1, "location")
            if j + 1 < n and labels[j + 1] == "publisher" and _PRESS_ABBREVIATION.match(words[i + 1]):
                labels[i + 1:j + 1] = ["publisher"] * (j - i)
    if "date" in labels and (_has(labels, "container") or _has(labels, "publisher")):
        _body_town_year(words, labels)
    if " ed., " in text and "date" in labels:
        _publisher_after_edition(words, labels)
    if "," in text:
        _publisher_then_place(words, labels)
    if "location" in labels and "publisher" not in labels:
        _publisher_opening_place(words, labels)
    if "location" in labels and ":" in text:
        _town_before_region(words, labels)
    # A bracket after the publisher's closing stop ("Oxford University Press. [CUL/GBR]", a library's or list's code)
    # is a note, not the publisher's name.
    for i in (range(2, n) if "[" in text and "publisher" in labels else ()):
        if words[i][:1] == "[" and labels[i] == labels[i - 1] == "publisher" and words[i - 1].endswith("."):
            end = _run_end(labels, i, "publisher")
            labels[i:end + 1] = ["note"] * (end + 1 - i)
            break
    if "," in text:
        _publisher_before_place(words, labels)
    if labels[-1] == "pages" and n > 2 and "date" not in labels:
        _years_after_place(words, labels)
    if "location" not in labels and "pages" in labels:
        _place_before_chapter_pages(words, labels)
    if "Trans.)" in text or "Trans.;" in text:
        _apa_translated_book(words, labels)
    if "(Ed" in text:
        _book_after_editors(words, labels)
        _editors_after_book(words, labels)
        _apa_book_without_pages(words, labels)
    # ACS "In Book; Patel, R., Ed.; ACS Symposium Series 1365; Publisher: Place, 2020; pp 45–68.": the part between the
    # editors' "Ed.;" and the next ";" naming a series is the book's series (its number included), not the book's.
    for i in (range(1, n - 2) if "Series" in text and ";" in text else ()):
        if labels[i - 1] != "editor" or words[i - 1] not in ("Ed.;", "Eds.;"):
            continue
        j = next((j for j in range(i, min(n - 1, i + 10)) if words[j].endswith(";")), None)
        if j is not None and any(w.rstrip(";") == "Series" for w in words[i:j + 1]) \
                and all(labels[k] in ("container", "volume", "collection") for k in range(i, j + 1)):
            labels[i:j + 1] = ["collection"] * (j + 1 - i)
        break
    if ", in " in text and "edited by" in text:
        _agu_book_after_title(words, labels)
    if "/" in words:
        _gost_areas(words, labels)
    # "// Вестник Московского университета. Сер. 8, История. – 2019. – № 4.": a journal's series, its number
    # and name included, is the container's up to the year or the next area.
    for k in (range(words.index("//") + 2, n - 1) if "//" in words else ()):
        if _JOURNAL_SERIES.fullmatch(words[k]) and labels[k - 1] == "container" and words[k + 1][:1].isdigit():
            end = k
            while end < n and labels[end] != "date" and words[end] not in ("–", "—", "Т.", "№", "Вып.", "вып.", "С."):
                end += 1
            labels[k:end] = ["container"] * (end - k)
            break
    # "// Русский язык : сб. ст. / отв. ред. Н. Ю. Шведова. — М. : ...": the host book's statement opened by an
    # editor's role word names its editors, up to the next area, where the tagger ran it into the container.
    for slash in (range(words.index("//") + 2, n - 2) if "//" in words and "/" in words else ()):
        if words[slash] == "/" and labels[slash] == "container" and words[slash + 1].lower() in _EDITOR_ROLE_WORDS:
            end = slash + 1
            while end < n and words[end] not in ("–", "—", "//") and labels[end] == "container":
                end += 1
            labels[slash:end] = ["editor"] * (end - slash)
            break
    # A gazette's issue "№ 26 (ч. I). – Ст. 3378." or "№ 26, ч. 1. – Ст. 3378.": the part goes with the issue
    # number, and the article number is where the act is printed (the item's section).
    for k in (range(words.index("//") + 2, n) if "//" in words else ()):
        if labels[k - 1] in ("volume", "issue") and k + 1 < n and (
                words[k].lower() == "(ч." and words[k + 1].endswith(").")
                or words[k] == "ч." and words[k - 1].endswith(",") and _PART_NUMBER.fullmatch(words[k + 1])):
            labels[k] = labels[k + 1] = labels[k - 1]
        elif words[k] == "Ст." and k + 1 < n and words[k + 1].rstrip(".").isdigit() and labels[k] != "pages":
            labels[k] = labels[k + 1] = "pages"
    # "Zakon Ukrainy No. 2704-VIII ‘Pro ...’", "Law of Ukraine No. ...": the act's kind, issuer and number opening
    # the reference are its title, with the name after them, never its author; with the number later
    # ("Zakon Belorusskoi SSR “O ...,” no. 1227-XII, ..."), the kind and issuer the tagger made an author.
    law_first = _LAW_START.match(text)  # an act named first: three rules below read it
    if labels[0] == "author" and law_first:
        k = next((k for k in range(1, min(n - 1, 6)) if words[k] in ("No.", "No", "№")), 0)
        for m in range(k + 2 if k else _run_end(labels, 0, "author") + 1):
            if labels[m] == "author":
                labels[m] = "title"
    # "Указ Президента РФ от 02.07.2021 № 400 «О Стратегии ...» // Российская газета. 2021.":
    # an act named first is titled by everything up to "//" (its date and number included).
    if "//" in words and law_first:
        for k in range(words.index("//")):
            labels[k] = "title"
    # ... and a Kazakh, Uzbek or Kyrgyz act put online, its date in its own words inside its title ("Қазақстан
    # Республикасының «Білім туралы» Заңы : 2007 жылғы 27 шілдедегі № 319-III. – URL: ..."), up to the area's dash
    # or the link, or References' bracketed translation (the tagger had read the date's words as a journal, a volume
    # and an issue).
    if "//" not in words and law_first and _TURKIC_ACT.match(text):
        end = next((k for k in range(1, n) if labels[k] in ("url", "accessed") or words[k].startswith("[")
                    or words[k] in ("–", "—") and words[k - 1].endswith(".")), n)  # (References' translation)
        labels[:end] = ["title"] * end
    # References "Decree of the President of the Republic of Uzbekistan No. PF-60 of January 28, 2022 “On the
    # Development Strategy ...”. National Database of Legislation. Available at: ...": an act named first, its
    # kind, issuer, number and date before its quoted name, is titled by all of them up to the closing quote, as
    # up to GOST's "//" (the tagger had read the issuer as a publisher and the number as an issue).
    opening = next((k for k in range(2, min(n - 1, 30)) if words[k][:1] in "“«\""), 0) \
        if law_first and "//" not in words and labels[0] != "title" else 0
    if opening and any(w in ("No.", "No", "№") for w in words[:opening]) \
            and not any(w.endswith((".", ";", ":")) and w != "No." for w in words[:opening]):  # one sentence
        closing = next((k for k in range(opening, min(n, opening + 40)) if words[k].rstrip(".,")[-1:] in "”»\""), 0)
        if closing and words[closing].endswith((".", ",", "”", "»", '"')):
            labels[:closing + 1] = ["title"] * (closing + 1)
    # Notes "Law of Mongolia on Minerals, 8 July 2006, art. 5.": an act named first, with no title read anywhere, is
    # titled by its first clause, which the tagger had read as a periodical or a publisher.
    if law_first and "title" not in labels and labels[0] in ("container", "publisher", "author", "note"):
        k = next((k for k in range(n - 1) if words[k].endswith(",")), 0)
        if k and all(label == labels[0] for label in labels[:k + 1]) and labels[k + 1] in ("date", "location"):
            labels[:k + 1] = ["title"] * (k + 1)
    # Notes "Oyu Tolgoi Investment Agreement, Ulaanbaatar, 6 October 2009.": a name closed by the kind of document it
    # is ("Agreement", "Treaty", "Memorandum") is the document's title, never its author.
    k = next((k for k in range(1, min(n - 1, 12)) if words[k].endswith(",")), 0) \
        if labels[0] == "author" and "title" not in labels else 0
    if k and labels[k] == "author" and words[k].rstrip(",").lower() in _DOCUMENT_WORDS \
            and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[:k + 1]):
        labels[:k + 1] = ["title"] * (k + 1)
        if labels[k + 1] == "author" and is_place(words[k + 1]):
            labels[k + 1] = "location"
    # Notes "Ukaz Prezidenta Rossiiskoi Federatsii ot 7 maya 2018 g. No. 204, available at: ...", "Presidential
    # Decree No. 204, 7 May 2018.": an act cited by its kind, issuer, date and number alone, with no name of its own
    # to follow, is titled by them (the tagger had cut the title before the date or number, or read a journal's issue).
    k = next((k for k in range(1, min(n - 1, 14)) if words[k] in ("No.", "No", "№")), 0) \
        if law_first and "//" not in words and not any(quote in text for quote in "‘“«\"[") else 0
    if k and _ACT_NUMBER.match(words[k + 1]) and (k + 2 == n or words[k + 1].endswith((",", "."))) \
            and not any(w.endswith((",", ";", ":")) for w in words[:k]):
        labels[:k + 2] = ["title"] * (k + 2)
    # GOST "Title : постановление Правительства РФ от 15.04.2014 № 316. URL: ...": with no gazette
    # after it, the act's kind, date and number close its title (the tagger made them a
    # container, a date and an issue).
    act = _GOST_ACT.search(text) if "№" in text else None
    if act and "//" in words and text.find(" // ") < act.end():
        act = None  # the act's number must come before the container ("... № 5 // Национальный правовой ...")
    pos = 0
    for k in (range(n) if act else ()):
        pos = text.find(words[k], pos)
        if pos >= act.end():
            break
        pos += len(words[k])
        if pos > act.start() or labels[k] == "container":
            labels[k] = "title"  # the act's own title before its kind ("Про освіту : Закон України від ..."): no container
    for k in range(1, n - 1) if act else ():
        if words[k] == ":" and labels[k - 1] == labels[k + 1] == "title":
            labels[k] = "title"  # GOST's colon between two parts of the title area ("... № 1371-ст : введен впервые")
    # References "Federal Law of 28.12.2010 No. 390-FZ "On security". Sobranie zakonodatel'stva RF,
    # 2011, no. 1, art. 2.": the official gazette after the act's title is the container.
    # German "Tarifautonomiestärkungsgesetz vom 11. August 2014. In: Bundesgesetzblatt Teil I, 2014, Nr. 39" names the
    # gazette after "In:", and the act's name with its date before it is the title where the tagger found none.
    gazette = _LAW_GAZETTE.search(text) if "//" not in words and law_first else None
    first = gazette.group().split()[0].casefold() if gazette else ""
    k = next((k for k in range(1, n) if words[k].casefold() == first and (words[k - 1].endswith(".") or k > 1
              and words[k - 1] in ("In:", "in:") and words[k - 2].endswith("."))), 0) if first else 0
    if k and words[k - 1] in ("In:", "in:"):
        k -= 1
        if "title" not in labels[:k]:
            labels[:k] = ["title"] * k
    while k and k < n and labels[k] in ("title", "container", "publisher"):
        labels[k] = "container"
        k = 0 if words[k].endswith((",", ".")) else k + 1
    # Polish acts cite the Journal of Laws (or Monitor Polski) by year, number and item: "..., Dz.U. z 2004 r. Nr 99,
    # poz. 1001.", "Kodeks pracy (Dz.U. z 2023 r. poz. 1465).": the gazette is the container, the year its date, "Nr" the
    # issue and "poz." (pozycja) the act's item, a section as GOST's "Ст." is; an act named first is the title up to
    # it, though the tagger read the bracketed form as a note throughout ("Rozporządzenie ... w sprawie ...": in part).
    k = next((k for k in range(1, n - 3) if words[k].lstrip("(") in ("Dz.U.", "Dz.", "M.P.", "M.")), 0) \
        if "poz." in words else 0
    j = k + (2 if k and words[k].lstrip("(") in ("Dz.", "M.") else 1)
    if k and (j == k + 1 or words[k + 1] == ("U." if words[k].lstrip("(") == "Dz." else "P.")):
        parts = [("container", j - k)]
        j += words[j] == "z"
        year = j < n and re.fullmatch(_YEAR, words[j].rstrip(","))
        j += bool(year)
        j += j < n and words[j].rstrip(",") == "r."
        if year:
            parts.append(("date", j - k - parts[0][1]))
        if j + 1 < n and words[j] in ("Nr", "nr") and words[j + 1].rstrip(",").isdigit():
            parts.append(("volume", 2))  # the volume span, whose "Nr" makes it the issue
            j += 2
        if year and j + 1 < n and words[j] == "poz." and re.fullmatch(r"\d+\)?[.,;]?", words[j + 1]):
            parts.append(("pages", 2))
            i = k
            for label, size in parts:
                labels[i:i + size] = [label] * size
                i += size
            if law_first and set(labels[:k]) <= {"note", "title"}:
                labels[:k] = ["title"] * k
    # German acts cite the Federal Law Gazette by its abbreviation, part and page: "Aufenthaltsgesetz vom 11. August
    # 2014, BGBl. I S. 1386.", "Bundesdatenschutzgesetz vom 30. Juni 2017 (BGBl. I S. 2097).": the act named first is
    # the title up to it, its own date inside, the gazette and part the container and "S." the page (the tagger read
    # the act as a journal or a note throughout).
    k = next((k for k in range(2, n - 1) if words[k].lstrip("(") == "BGBl."), 0) if law_first else 0
    j = k + 1 + (k + 1 < n and words[k + 1] in ("I", "II"))
    if k and j + 1 < n and words[j] == "S." and re.match(r"\d", words[j + 1]):
        labels[:k] = ["title"] * k
        labels[k:j] = ["container"] * (j - k)
        labels[j:j + 2] = ["pages"] * 2
    # French "Paris, PUF, coll. « Quadrige », 2017": a publisher with its series, which the tagger read as an
    # edition statement; with no number in it, it is no edition.
    for i in (range(1, n) if "coll." in text and _has(labels, "edition") else ()):
        if words[i] == "coll." and labels[i] == "edition":
            first, last = _run_start(labels, i, "edition"), _run_end(labels, i, "edition")
            if not any(ch.isdigit() for w in words[first:last + 1] for ch in w):
                labels[first:last + 1] = ["publisher"] * (last + 1 - first)
    # AMA "Agency for Healthcare Research and Quality. 2021 National Healthcare Quality and Disparities
    # Report. ... Quality; 2021.": a year with no stop or bracket of its own opening a sentence of title
    # words is the title's first word when the reference is dated elsewhere.
    for i in (range(1, n - 1) if _has_pair(labels, "date", "title") and labels.count("date") > 1 else ()):
        if labels[i] == "date" and labels[i + 1] == "title" and words[i].isdigit() and _BARE_YEAR.match(words[i]) \
                and words[i + 1][:1].isupper() and len(words[i + 1]) > 1 \
                and words[i - 1].endswith(".") and labels[i - 1] != "date" and "date" in labels[i + 2:]:
            labels[i] = "title"
    if "]" in text and _GBT_MARK.search(text):
        _gbt_areas(words, labels)
    if "omp" in text or "сост" in text or "Сост" in text:
        _compilers(words, labels)
    if "//" in words and "/" in words or "//" not in words and " ред." in text and _part_before_editors(words, labels):
        _container_editors(words, labels)
    # "in Bin R., Pitruzzella G. (a cura di), Diritto regionale, Torino, Giappichelli, pp. 45-71": the role
    # in brackets closes the editors' names; words the tagger ran on after it as names are the book's.
    for j in (range(2, n - 1) if "(" in text and _has(labels, "editor") else ()):
        if labels[j] == labels[j + 1] == "editor" and _ROLE_CLOSE.match(words[j]) and _role_closes(words, j):
            k = j + 1
            while k < n and labels[k] == "editor":
                labels[k], probs[k] = _best_other(tagger, k, "editor")
                k += 1
            break
    # German "Bundeszentrale für politische Bildung: Die Wiedervereinigung.", French "Ministère de l'Éducation
    # nationale, Repères et références statistiques 2021, Paris, DEPP, 2021": a body's name opening a reference the
    # tagger read whole as a title, closed by German's colon or by a comma, is its author.
    # (Only a name a continental body opens with: English titles open with bodies' words too, "Religions of the Ancient
    # World: A Guide", and GOST's " : " follows a site's or an act's name.)
    if labels and labels[0] == "title" and n > 4 and (words[0].lower() in _CONTINENTAL_BODY_HEADS
                                                      or words[0].lower().endswith(_BODY_ENDINGS)):
        k = next((k for k in range(1, min(n - 1, 8)) if words[k].endswith((":", ","))), None)
        if k is not None and labels[k + 1] == "title" and all(label == "title" for label in labels[:k + 1]) \
                and (words[k].endswith(":") or {"location", "publisher", "date"} & set(labels[k + 1:])) \
                and corporate_name(" ".join(words[:k + 1]).rstrip(":,")):
            labels[:k + 1] = ["author"] * (k + 1)
    # French "Noiriel G., Le creuset français. Histoire de l'immigration ..., Paris, Seuil, 2006.": with no "in", editors
    # or pages, a sentence the tagger read as a container between the title and the place and publisher is the title's
    # second sentence (a book, not a chapter).
    if _has(labels, "container") and "title" in labels and not _has(labels, "pages") and not _EDITOR_CUE.search(text):
        c = labels.index("container")
        e = _run_end(labels, c, "container")
        if labels[c - 1] == "title" and _sentence_stop(words[c - 1]) and words[c].lower().rstrip(":") not in _IN_MARKS \
                and words[c] not in _IN_WORDS and e + 2 < n and labels[e + 1] == "location" \
                and labels[e + 2] == "publisher" and "container" not in labels[e + 1:]:
            labels[c:e + 1] = ["title"] * (e + 1 - c)
    # Italian "Romeo R., Cavour e il suo tempo, vol. 2, Roma-Bari, Laterza, 1984.": a volume, then a place and a
    # publisher, make the run before them a book's title, though the tagger read it as a journal with no title.
    if _has(labels, "container") and "title" not in labels and _has(labels, "location"):
        c = labels.index("container")
        e = _run_end(labels, c, "container")
        v = _run_end(labels, e + 1, "volume") if e + 1 < n and labels[e + 1] == "volume" \
            and words[e + 1].lower() in _VOLUME_CUE_WORDS else n  # "vol. 2", not a series' "Brief 34"
        k = v + 1
        while k < n and labels[k] in ("location", "publisher"):
            k += 1
        if c > 0 and labels[c - 1] in ("author", "date") and v + 2 < k < n and labels[v + 1] == "location" \
                and labels[k] == "date":
            labels[c:e + 1] = ["title"] * (e + 1 - c)
    # Italian/French chapters "(a cura di), La società dei servizi, Torino, Giappichelli, pp. 101-126": a known
    # city between commas at the end of the book's title opens its imprint; the words after it publish it. With no
    # editors or "in" ("ISTAT, La povertà in Italia. Anno 2021, Roma, Istituto nazionale di statistica, 2022"), a
    # publisher then the year after the city say the run was the work's own title, not a container.
    # The same city, publisher and year closing a run the tagger read as the title ("Bin R., Pitruzzella G., Diritto
    # regionale, Torino, Giappichelli, 2019.") end it.
    chapter = None  # editors or an editors' cue: searched at the first such city, the only place it is read
    for k in (range(2, n - 2) if _has(labels, "container") or "title" in labels else ()):
        run = labels[k]
        if run in ("container", "title") and labels[k - 1] == run == labels[k + 1] and words[k - 1].endswith(",") \
                and words[k].endswith(",") and _is_city(words[k]):
            if chapter is None:  # (the loop relabels only its own run, so "editor" in labels holds as before it)
                chapter = _has(labels, "editor") or bool(_EDITOR_CUE.search(text))
            # (a press named in words of its own, "Publications de l'université de Rouen, 1997", runs to the year)
            e = next((m for m in range(k + 1, min(n, k + 8)) if words[m].endswith(",")), n)
            year = e < n - 1 and _BARE_YEAR.match(words[e + 1]) and words[k + 1][:1].isupper()
            start = _run_start(labels, k, run)
            own_title = run == "container" and not chapter and year and start > 0 and labels[start - 1] == "title" \
                and words[start - 1].endswith(".")
            if (chapter and run == "container" or own_title or run == "title" and year) and e < n - 1 \
                    and labels[e + 1] != run and all(labels[m] == run and (year or words[m][:1].isupper())
                                                     for m in range(k + 1, e + 1)) and (year or e < k + 5):
                labels[k] = "location"
                labels[k + 1:e + 1] = ["publisher"] * (e - k)
                if own_title:
                    labels[start:k] = ["title"] * (k - start)
    if "(" in text:
        _editors_after_in(words, labels)
        if " ed" in text:
            _book_then_editors(words, labels)
        if "(ed" in text:
            _nature_chapter(words, labels)
    # Notes "World Bank, Kazakhstan: A Long Road (Washington, DC, 2019), p. 4.": a bracket that closes at the
    # year after a place and a comma is the imprint, not the title's.
    for i in (opens if "title" in labels else ()):
        j = next((j for j in range(i + 1, min(n, i + 5)) if ")" in words[j]), 0)
        if j and labels[i] == "title" and labels[j] == "date" and re.fullmatch(rf"{_YEAR}\)[.,;]?", words[j]) \
                and words[j - 1].endswith(",") and all(w.strip("(")[:1].isupper() for w in words[i:j]):
            labels[i:j] = ["location"] * (j - i)
    # GOST "// Россия и Центральная Азия : материалы междунар. конф. (Москва, 15 октября 2021 г.). М. : ИМЭМО
    # РАН, 2022.": the meeting's place and dates in brackets after the container's words are the
    # container's (Ukrainian "2019 р.)", Kazakh "2019 ж.)", Uzbek "2019 й.)" too); the year of the imprint after them
    # is the date.
    for i in (opens if "//" in words else ()):
        j = next((j for j in range(i, min(n - 1, i + 8)) if ")" in words[j]), 0)
        if j and labels[i - 1] == "container" and "//" in words[:i] and words[j].startswith(("г.)", "р.)", "ж.)", "й.)")) \
                and any(labels[k] == "date" for k in range(j + 1, n)):
            labels[i:j + 1] = ["container"] * (j + 1 - i)
    # DSTU 8302 prints the same meeting's book with no "//": "Title. Освіта в умовах змін : тези доп. Всеукр.
    # наук.-практ. конф. (Полтава, 22 квіт. 2021 р.). Полтава, 2021. С. 34–36.": the sentence from the one before its
    # " : " (or from the "//") to the bracket of place and days closing "р.)" is the container, and the imprint after it
    # is the place (and publisher), the year and the pages, whatever the tagger made of the days and the town.
    for i in (opens if " : " in text else ()):
        j = next((j for j in range(i, min(n - 2, i + 8)) if ")" in words[j]), 0)
        slash = next((c for c in range(i - 1, 1, -1) if words[c] == "//"), 0)
        colon = slash or next((c for c in range(i - 1, 1, -1) if words[c] == ":"), 0)
        start = slash + 1 if slash else next((k + 1 for k in range(colon - 1, 0, -1) if words[k].endswith(".")), 0) \
            if colon else 0
        if not (j and start and words[j].startswith(("г.)", "р.)", "ж.)", "й.)")) and labels[start - 1] in ("title", "container")
                and _CONF_RE.search(" ".join(words[colon + 1:i]).lower()) and "author" in labels[:start]):
            continue
        k = j + 1
        place = k + 1 < n and words[k][:1].isupper() and (words[k].endswith(",") or words[k + 1] == ":")
        e = next((e for e in range(k + 1, min(n, k + 8)) if _YEAR_SENTENCE.fullmatch(words[e])), 0) if place else 0
        if e and (words[k].endswith(",") and e == k + 1 or words[k + 1] == ":" and words[e - 1].endswith(",")):
            labels[start:j + 1] = ["container"] * (j + 1 - start)
            labels[k:e + 1] = ["location"] * min(2, e - k) + ["publisher"] * max(0, e - k - 2) + ["date"]
            if e + 2 < n and words[e + 1] in ("С.", "с.", "S.", "P.", "Б.") and words[e + 2][:1].isdigit():
                labels[e + 1:e + 3] = ["pages", "pages"]
        break
    # Notes "in Eugene Rumer, Dmitri Trenin and Huasheng Zhao (eds), Central Asia: Views from Washington,
    # Moscow, and Beijing (Armonk, NY: ...)": the book's title runs from the editors' role to the bracketed
    # imprint, commas and city names in it included.
    # A book named for its publisher ("in Andrei P. Tsygankov (ed.), Routledge Handbook of Russian Foreign Policy
    # (Abingdon, Routledge, 2018)"), which the tagger read as the publisher, bracket and all, is the book too: the
    # bracket's known city opens the imprint.
    for j in (range(1, n - 2) if "(ed" in text else ()):
        if not (_ROLE_CLOSE.match(words[j]) and words[j].endswith(",") and labels[j] == "editor"
                and labels[j + 1] in ("container", "publisher")):
            continue
        b = next((b for b in range(j + 2, min(n, j + 30)) if words[b][:1] == "("), 0)
        named = b and labels[b] == "publisher" and words[b].endswith(",") and _is_city(words[b][1:]) \
            and "date" in labels[b + 1:b + 6]
        if b and (labels[b] == "location" or named) \
                and all(labels[k] in ("container", "location", "publisher") for k in range(j + 1, b)):
            labels[j + 1:b] = ["container"] * (b - j - 1)
            if named:
                labels[b] = "location"
        break
    # A pinpoint after the pages ("pp. 1173–88, at p. 1180.") cites the page used, not the work's range.
    for i in (range(2, n - 1) if " at p" in text else ()):
        if words[i] == "at" and words[i + 1] in ("p.", "pp.") and labels[i - 1] == "pages" and words[i - 1].endswith(","):
            labels[i:_run_end(labels, i, "pages") + 1] = ["note"] * (_run_end(labels, i, "pages") + 1 - i)
    # A table or figure cited beside the pages ("2021, table 5.2, p. 143", "Table 3.4, pp. 56–57", "табл. 2")
    # points inside the work as a pinpoint does: it is no volume or page range, so it goes to note; nor, a sentence of
    # its own ("... на 1 января 2021 года. Табл. 5. URL: ..."), a journal's name; after a journal word's abbreviation
    # it is one more ("ACM Trans. Graph. 42, 4": Graphics, then the volume).
    for i in (range(n - 1) if _TABLE_WORD_IN.search(low) else ()):
        if (labels[i] in ("pages", "volume", "issue") or labels[i] in ("container", "title") and i and words[i - 1].endswith(".")
                and not (labels[i - 1] == "container" and _iso4_word(words[i - 1]))) \
                and words[i].lower().rstrip(".") in _TABLE_WORDS and _TABLE_NUMBER.match(words[i + 1]):
            labels[i] = labels[i + 1] = "note"
    # References "Rosstat. Rossiiskii statisticheskii ezhegodnik. 2020 [Russian statistical yearbook. 2020].
    # Moscow, 2020.": a year between the original title and its bracketed translation is the title's, when
    # the imprint gives the date (the year had been dropped as a second date); not a year after a quoted title
    # closed with its comma (IEEE '“Product brief,” 2023. [Online]. ... Accessed: Feb. 2, 2024.').
    for i in (range(1, n - 1) if "[" in text and _has_pair(labels, "date", "title") else ()):
        if labels[i] == "date" and labels[i - 1] == labels[i + 1] == "title" and words[i + 1][:1] == "[" \
                and _BARE_YEAR.match(words[i]) and "date" in labels[i + 2:] and not words[i - 1].endswith(_QUOTE_CLOSED):
            labels[i] = "title"
    # GOST acts "... : закон Респ. Беларусь от 7 дек. 2009 г. № 65-З": the act's date inside its title stays
    # there (the title had lost its year), as "от 31.03.2023" does.
    for i in (range(1, n - 2) if "г." in words else ()):
        if labels[i] == "date" and labels[i - 1] == labels[i + 2] == "title" and words[i + 1] == "г." \
                and _BARE_YEAR.match(words[i]):
            labels[i] = labels[i + 1] = "title"
        elif labels[i] == "date" and labels[i - 1] == "title" and words[i + 1] == "г." and _BARE_YEAR.match(words[i]) \
                and "от" in words[max(0, i - 4):i] and i + 4 < n and words[i + 2] == "№" and words[i + 4] == "//":
            # "Решение Конституционного суда ... от 5 дек. 2013 г. № 36 // Monitorul Oficial": an act named by its
            # kind heads the title with its date and number, up to the '//'
            labels[i:i + 4] = ["title"] * 4
    # GOST "// Россия в глобальной политике : сайт. – 2021. – 15 марта. – URL: ...": a year between area dashes
    # after the container is the date, when the tagger ran it into the title and found no date elsewhere.
    for i in (range(2, n) if "//" in words else ()):
        if labels[i] in ("title", "container") and words[i - 1] in ("–", "—") and _BARE_YEAR.match(words[i]) \
                and "container" in labels[:i] and "//" in words[:i] and "date" not in labels:
            labels[i - 1] = labels[i] = "date"
    # GOST "Евразийская экономическая комиссия : официальный сайт. – Москва. – URL: ...", "Доклад / Всемирный
    # банк. – Вашингтон, 2020.": a known city alone in its own area after the title, or before the year, is the place.
    for i in (range(2, n - 1) if "–" in words or "—" in words else ()):
        if labels[i] == "title" and words[i - 1] in ("–", "—") and words[i - 2].endswith(".") and _is_city(words[i]) \
                and (words[i].endswith(".") and words[i + 1] in ("–", "—")
                     or words[i].endswith(",") and _BARE_YEAR.match(words[i + 1].rstrip("–—"))):  # a site's "1999– ."
            labels[i - 1] = labels[i] = "location"
    # GOST's site says how often it is updated in an area of its own ("... : официальный сайт. – Москва. – Обновляется
    # в течение суток. – URL: ..."): a note, no part of the title.
    for i in (range(1, n - 1) if "Обновляется" in words else ()):
        if words[i] == "Обновляется" and words[i - 1] in ("–", "—"):
            end = next((k for k in range(i, n) if words[k].endswith(".")), n - 1)
            labels[i:end + 1] = ["note"] * (end + 1 - i)
    # GOST's imprint area the tagger ran into the title ("... : монография. – Нұр-Сұлтан : ЕҰУ баспасы, 2020. – 180 б."):
    # after the title's stop, a dash, one or two capitalised words and a spaced colon (or one glued to the town, as
    # Latin-script lists write it: "– Nur-Sultan: L.N. Gýmılev atyndaǵy EUU, 2021."), then words up to a comma
    # before the year, are place and publisher, however unknown the town.
    for i in (range(2, n - 4) if ":" in text and ("–" in words or "—" in words) else ()):
        if not (words[i] in ("–", "—") and labels[i] == "title" and words[i - 1].endswith(".")):
            continue
        colon = next((c for c in (i + 1, i + 2, i + 3) if c < n and (
            words[c] == ":" and c > i + 1 or c < i + 3 and len(words[c]) > 1 and words[c].endswith(":"))), 0)
        end = next((e for e in range(colon + 1, min(n - 1, colon + 7)) if words[e].endswith(",")), 0) if colon else 0
        if end and words[i + 1][:1].isupper() and all(w[:1].isupper() for w in words[i + 1:colon]) \
                and _BARE_YEAR.match(words[end + 1]) \
                and labels[end + 1] == "date" and all(labels[k] == "title" for k in range(i, end + 1)):
            labels[i:colon + 1] = ["location"] * (colon + 1 - i)
            labels[colon + 1:end + 1] = ["publisher"] * (end - colon)
    # GOST's area dash opens the imprint: words the tagger ran into the place before it ("Title. Monografiya. –
    # Toshkent: Iqtisodiyot, 2023.", Uzbek and Latin-script lists' genre word as a sentence) end the title.
    for i in (range(2, n - 1) if "–" in words or "—" in words else ()):
        if words[i] in ("–", "—") and labels[i] == labels[i - 1] == labels[i + 1] == "location" \
                and words[i - 1].endswith(".") and not _is_city(words[i - 1]):
            start = i - 1
            while start > 0 and labels[start - 1] == "location":
                start -= 1
            if start > 0 and labels[start - 1] == "title" and words[start - 1].endswith("."):
                labels[start:i] = ["title"] * (i - start)
    # GOST "Title. Т. 5. – Алматы : КИСИ, 2009.", "Title. Vol. 2. London": a volume cue and its number the
    # tagger read as an edition statement are the volume.
    for i in (range(1, n - 1) if _has(labels, "edition") else ()):
        if labels[i] == labels[i + 1] == "edition" and words[i].lower() in ("т.", "t.", "vol.", "том") \
                and re.fullmatch(r"\d+[.,]?", words[i + 1]) and labels[i - 1] != "edition" \
                and (i + 2 == n or labels[i + 2] != "edition"):
            labels[i] = labels[i + 1] = "volume"
    # French "Title, t. 2, 9e éd., Paris", Czech "Book. Sv. 3. Praha:", Danish "Book. Bind 5. Odense:": a book's volume
    # cue and its number after the title's (or the book's) comma or full stop are the volume, whatever runs the tagger
    # put them in.
    for i in (range(2, n - 1) if "t." in words or "Sv." in words or "Bd." in words or "Bind" in words else ()):
        if words[i] in ("t.", "Sv.", "Bd.", "Bind") and labels[i] in ("title", "container", "edition") \
                and labels[i - 1] in ("title", "container") and words[i - 1].endswith((",", ".")) \
                and not _INITIAL_TOKEN.match(words[i - 1]) and re.fullmatch(r"(?:\d+|[IVXLC]+)[.,]", words[i + 1]):
            labels[i] = labels[i + 1] = "volume"
    # German "In: WSI-Mitteilungen, Jg. 65, H. 7": a volume cue ending the journal's name before the volume the
    # tagger found is the volume's, whatever the tagger called it; DIN 1505-2 prints it with no comma, "In: Commun.
    # ACM Bd. 60 (2017), Nr. 6", capitalised.
    for i in (range(1, n - 1) if _has_pair(labels, "container", "volume") else ()):
        if labels[i] == "container" and labels[i + 1] == "volume" and words[i].lower() in _VOLUME_CUE_WORDS \
                and (words[i - 1].endswith(",") or words[i][:1].isupper()):
            labels[i] = "volume"
    # GOST "История Казахстана : в 5 т. Т. 3. – Алматы", "Собрание сочинений : в 15 т.": the count of
    # volumes (parts) after the title's colon belongs to that title, whatever the tagger called it (the
    # colon too: "// Материалы конф. (Казань, 12–14 мая 2019 г.) : в 2 т." is the container's).
    for i in (range(2, n - 2) if "в" in words else ()):
        owner = labels[i - 2] if labels[i - 2] in ("title", "container") else labels[i - 1]
        if words[i] == "в" and words[i - 1].endswith(":") and owner in ("title", "container") \
                and words[i + 1].isdigit() and words[i + 2] in _VOLUME_COUNT_WORDS:
            labels[i - 1] = labels[i] = labels[i + 1] = labels[i + 2] = owner
    # References' translation of that count, "[Title]. In 3 vols. Vol. 2. St. Petersburg, ...", "In 2 parts. Part 1.":
    # the sentence's "In" opens no book but says how many volumes (parts) the work has, and that count is no
    # container; the part named after it is the volume, as "Vol. 2." is.
    for i in (range(1, n - 2) if "In" in words else ()):
        if words[i] == "In" and words[i - 1].endswith(".") and words[i + 1].isdigit() \
                and _VOLUME_COUNT.fullmatch(words[i + 2]) and labels[i + 2] in ("volume", "container", "title"):
            labels[i] = labels[i + 1] = labels[i + 2] = "volume"
            if i + 4 < n and words[i + 3] in ("Part", "Pt.") and re.fullmatch(r"\d+[.,]?", words[i + 4]):
                labels[i + 3] = labels[i + 4] = "volume"
    # "... : в 18 кн. Кн. 4. – М. : Мысль, 1989.", "... : в 4 кн. М. : ..., 1999. Кн. 2. С. 45.": the book of a
    # work in books is its volume, as "Т. 3." is, before the imprint or after its year
    for i in (range(1, n - 1) if "Кн." in words else ()):
        if words[i] == "Кн." and labels[i - 1] in ("title", "container", "date") and words[i - 1].endswith(".") \
                and re.fullmatch(r"\d+[.,]?", words[i + 1]):
            labels[i] = labels[i + 1] = "volume"
    # "... : в 5 т. Т. 3. Конец 1930–1933 / под ред. ...": the volume's own title, up to the statement of
    # responsibility, is a title (_volume_title makes it the volume-title), never the pages or a date its years
    # look like
    for i in (range(4, n - 3) if "/" in words and ("т." in words or "кн." in words) else ()):
        if words[i] in ("Т.", "Кн.") and words[i - 1] in ("т.", "кн.") and words[i - 3] == "в" \
                and re.fullmatch(r"\d+\.", words[i + 1]) and words[i + 2][:1].isupper():
            j = next((j for j in range(i + 3, min(n, i + 14)) if words[j] == "/"), 0)
            if j:
                labels[i + 2:j] = ["title"] * (j - i - 2)
    # "... : в 2 ч. Ч. 1. – М. : ...": the part named right after the count of parts is the volume, as "Т. 3." after
    # "в 5 т." is ("Ч." alone may be a name's initial, "Айтматов Ч.")
    for i in (range(3, n - 1) if "Ч." in words else ()):
        if words[i] == "Ч." and words[i - 1] == "ч." and words[i - 3] == "в" and words[i - 2].isdigit() \
                and re.fullmatch(r"\d+[.,]?", words[i + 1]):
            labels[i] = labels[i + 1] = "volume"
    # GOST's areas after the imprint, "2017. — Ч. 1. — С. 54–63.": a part (volume) cue and its number opening an
    # area are the volume, and the page cue before pages the tagger found is theirs, whatever it called them.
    # A hyphen typed for the dash ("2018. - Ч. 2. – С. 30–41.") opens an area as well.
    areas = ("—" in words or "–" in words or "-" in words) and not _AREA_CUES.isdisjoint(words)
    for i in (range(1, n - 1) if areas else ()):
        if words[i] in ("Ч.", "Т.", "Кн.") and words[i - 1] in ("–", "—", "-") and labels[i] == labels[i + 1] \
                and labels[i] in ("note", "pages") and re.fullmatch(r"\d+[.,]?", words[i + 1]) \
                and (labels[i] == "note" or i + 2 < n and words[i + 2] in ("–", "—", "-")):
            labels[i] = labels[i + 1] = "volume"
            if labels[i - 1] == "pages":
                labels[i - 1] = "volume"
        elif words[i] in ("С.", "с.") and labels[i] == "note" and labels[i + 1] == "pages" and words[i + 1][:1].isdigit():
            labels[i] = "pages"
    # GOST "Ленин В. И. Полное собрание сочинений : в 55 т. Т. 45. М. : ..., 1970.": a Cyrillic reference with
    # no "//" has no container, so a container the tagger found where it found no title is the title.
    # (an ASCII text, a flag the string carries, holds no Cyrillic letter: it is answered without the scan)
    if _has(labels, "container") and "title" not in labels and "//" not in words and not text.isascii() \
            and CYRILLIC.search(text):
        for i in range(n):
            if labels[i] == "container":
                labels[i] = "title"
    # "Витте С. Ю. Воспоминания. Царствование Николая II. Т. 1. М. : Скифы, 1991. 501 с.": a book counting its own
    # pages after its volume ("501 с.", no "С." before a range) has no host, so the sentence between its title and
    # its volume the tagger read as a container (its last words, a ruler's numeral "II.", as the volume or a note)
    # goes on with the title.
    t = words.index("Т.") if "Т." in words and "//" not in words and _has(labels, "container") else 0
    if t > 2 and labels[t] == "volume" and "title" in labels[:t] \
            and any(words[k] in ("с.", "с") and labels[k] == "pages" and words[k - 1].isdigit() for k in range(t, n)) \
            and not any(w == "С." and labels[k] == "pages" for k, w in enumerate(words)):
        c = labels.index("container")
        if labels.index("title") < c < t and all(
                label in ("container", "note") or label == "volume" and not any(ch.isdigit() for ch in word)
                for label, word in zip(labels[c:t], words[c:t])):
            labels[c:t] = ["title"] * (t - c)
    if "title" in labels and "//" not in words and not text.isascii() and CYRILLIC.search(text) and (
            not _has(labels, "container") or _JOURNAL_SERIES.match(words[labels.index("container")])):
        _host_without_slashes(words, labels)
    if _has(labels, "pages") and "title" in labels and not _has(labels, "container") \
            and labels.index("title") < labels.index("pages") and "//" not in words:
        _proceedings_after_title(words, labels)
    # The same place and dates printed without brackets ("матеріали Міжнар. наук.-практ. конф., м. Львів, 12–13 квіт.
    # 2021 р. Львів : ...", "материалы конф., г. Москва, 12–13 апр. 2021 г. – М. : ..."): from the proceedings word
    # to the year's mark all is the container's, where the tagger cut it at an abbreviated month (or read the month
    # as pages, the day as a volume).
    for k in (range(4, n - 1) if _may_mark_year(text) and _YEAR_MARK_AFTER_NUMBER.search(text) and "date" in labels
              else ()):
        if words[k] not in ("г.", "р.", "ж.", "й.") or not _BARE_YEAR.match(words[k - 1]) \
                or "date" not in labels[k + 1:]:
            continue
        p = next((p for p in range(k - 2, max(0, k - 14), -1) if _PROCEEDINGS_WORD.match(words[p])), 0)
        between = words[p + 1:k - 1]
        if p and labels[p] == "container" and any(w.endswith(",") for w in between) \
                and any(w[:1].isdigit() for w in between) \
                and not {"author", "editor"} & set(labels[p:k + 1]):
            labels[p:k + 1] = ["container"] * (k + 1 - p)
    if "d. by " in text:
        _editors_opened_by_role(words, labels)
    # References "Levada-Tsentr. [Trust in institutions]. 2022, 14 October. Available at: ...": a bracketed translation
    # opening the reference (after one sentence naming who wrote it) is its title, though the tagger read all that
    # as a note and found no title.
    if labels[0] == "note" and "title" not in labels and "[" in text:
        end = _run_end(labels, 0, "note")
        b = next((b for b in range(end + 1) if words[b][:1] == "["), None)
        c = next((c for c in range(b, end + 1) if "]" in words[c]), None) if b is not None else None
        if c is not None and (b == 0 or words[b - 1].endswith(".") and b <= 4) and words[c].endswith(("].", "]")):
            labels[:b] = ["author"] * b
            labels[b:c + 1] = ["title"] * (c + 1 - b)
    # "Rossiiskaya gazeta, 2003, 8 October, no. 202.", "Ekspert, 2003, no. 40–41.", "Demoskop Weekly, 2023, no. 977–978.
    # Available at: ...": a number mark and its number (a double issue's range too) in their own comma part right after
    # the date are the paper's issue, though the tagger read them as a note, the date, the title or pages.
    for i in (range(2, n - 1) if "no." in words or "№" in words else ()):
        if words[i] in ("no.", "№") and labels[i - 1] == "date" and words[i - 1].endswith(",") \
                and _ISSUE_PART.fullmatch(words[i + 1]) and labels[i + 1] != "volume":
            labels[i] = labels[i + 1] = "volume"  # the span rules read "no. 202" as the issue
    # "History of Europe. Vols. 3–4. London: ...", References' "Istoriya Rossii. T. 1–2. Moscow, ...": a volume mark
    # opening a sentence of its own, its number or range closing it just before the imprint, is the volume (the tagger
    # read a range as pages or as the title's words)
    for i in (range(1, n - 2) if "T." in words or "Vol" in text or "Т." in words else ()):
        if (words[i] in _VOLUME_MARKS or words[i] == "Vols.") and words[i - 1].endswith(".") \
                and _VOLUME_NUMBER_CLOSING.fullmatch(words[i + 1]) and labels[i + 2] in ("location", "publisher", "date"):
            labels[i] = labels[i + 1] = "volume"
            if labels[i + 2] == "date" and words[i + 2].endswith((",", ":")) and _is_city(words[i + 2]):
                labels[i + 2] = "location"  # the imprint's town, which the range made the tagger read as a date
    # Notes' "Russie.Nei.Visions, 72, Ifri, November 2013": one capitalised word closed by its comma after a number,
    # opening the date's run, is no part of the date (the institute or town before it), as it is before "March 2020"
    for i in (range(2, n - 1) if _has_pair(labels, "volume", "date") else ()):
        if labels[i] == "date" and labels[i - 1] == "volume" and labels[i + 1] == "date" and words[i].endswith(",") \
                and words[i][:-1].isalpha() and words[i][:1].isupper() and words[i][:-1].lower() not in MONTHS \
                and words[i][:-1].lower() not in _WEEKDAYS and words[i + 1].lower().rstrip(".,") in MONTHS:
            labels[i] = "location"
    # IEEE "Title. Int. Fed. Library Assoc. Inst., The Hague, The Netherlands, 2019.": a body named in IEEE's
    # abbreviations (two at least) closed by its comma before the place is the publisher; the tagger ran its first
    # words into the title and its last into the place
    for k in (range(3, n - 1) if _has_pair(labels, "title", "location") else ()):
        if labels[k] != "location" or labels[k - 1] != "title" or not words[k].endswith(".,") \
                or words[k][:-2].lower() not in _BODY_NAME_ABBREVIATIONS or labels[k + 1] != "location":
            continue
        j = k
        while j > 0 and labels[j - 1] == "title" and words[j - 1][:1].isupper() and (
                words[j - 1][:-1].lower() in _BODY_NAME_ABBREVIATIONS if words[j - 1].endswith(".")
                else words[j - 1].isalpha()):
            j -= 1
        if j > 0 and labels[j - 1] == "title" and words[j - 1].endswith(".") \
                and sum(w.rstrip(".,").lower() in _BODY_NAME_ABBREVIATIONS for w in words[j:k + 1]) >= 2:
            labels[j:k + 1] = ["publisher"] * (k + 1 - j)
        break
    # "Washington, DC, 2021.": a state code or country alone after a place, where no publisher follows,
    # is the place's, not the publisher.
    for i in (range(1, n - 1) if _has_pair(labels, "location", "publisher") else ()):
        if labels[i] == "publisher" and labels[i - 1] == "location" and labels[i + 1] != "publisher" \
                and words[i - 1].endswith(",") and _is_region(words[i]):
            labels[i] = "location"
    # Chicago "1930. Reprint, London: Routledge, 2001.": the word saying the edition is a reprint is no part of
    # its place (the first edition's year is kept apart in _fill)
    for i in (range(n - 1) if "eprint," in text or "epr.," in text else ()):
        if words[i].lower() in ("reprint,", "repr.,") and labels[i] in _PLACE_LIKE and labels[i + 1] in _PLACE_LIKE:
            labels[i] = "note"
    # A newspaper's number with its day in brackets, "– 2021. – № 45 (9 нояб.). – С. 5.": the day and month are the
    # date's, the year before them completing it.
    for k in (range(2, n - 1) if "№" in words else ()):
        if words[k][:1] == "(" and re.fullmatch(r"\(\d{1,2}", words[k]) and ")" in words[k + 1] \
                and words[k + 1].lower().strip(".,;)") in MONTHS and words[k - 2] == "№":
            labels[k] = labels[k + 1] = "date"
    # A GOST standard's date of introduction, "– Введ. 2020-02-01.", is an area of its own, not the title's
    # (kept in the note); so is DSTU 8302's sentence "Чинний від 2016-07-01." (in force from) after the title's stop,
    # bracketed or not, and its "Вид. офіц." (official edition) after it.
    for i in (range(1, n - 2) if not _IN_FORCE_WORDS.isdisjoint(words) else ()):
        if words[i] == "Введ." and words[i - 1] in ("–", "—") and words[i + 1][:1].isdigit():
            labels[i] = labels[i + 1] = "note"
        elif words[i].lstrip("[") == "Чинний" and words[i + 1] == "від" and words[i + 2][:1].isdigit() \
                and words[i - 1][-1:] in ".–—":
            end = i + 5 if i + 4 < n and words[i + 3] == "Вид." and words[i + 4].startswith("офіц") else i + 3
            labels[i:end] = ["note"] * (end - i)
    # GOST's note on a work's bibliography, "– Библиогр.: с. 180–205.", "– Библиогр.: 25 назв.", Ukrainian "– Бібліогр.:
    # с. 12–15.", is an area of its own up to the next dash: the pages are the list's, not the work's (kept in note).
    for i in (range(1, n - 1) if "іблі" in text or "иблиогр" in text else ()):
        if words[i - 1] in ("–", "—") and words[i].startswith(("Библиогр", "Бібліогр")):
            end = next((k for k in range(i + 1, n) if words[k] in ("–", "—")), n)
            labels[i:end] = ["note"] * (end - i)
    # "Фольклорный код в прозе А. П. Чехова // ...": initials the tagger took for a name inside a sentence of
    # the title (a title word without a stop before them, a title word after) are the title's.
    first_title = labels.index("title") if "title" in labels else n
    for i in (range(first_title + 1, n - 1) if _has_pair(labels, "title", "author") and "author" in labels[first_title:] else ()):
        if labels[i] == "author" and labels[i - 1] == "title" and words[i - 1][-1:].isalpha() \
                and _INITIAL_TOKEN.match(words[i]):
            j = _run_end(labels, i, "author")
            if j + 1 < n and labels[j + 1] == "title":
                labels[i:j + 1] = ["title"] * (j + 1 - i)
    # Citing Medicine's "Title. medRxiv [Preprint]. 2023 Jun 5 [cited 2024 Jan 20].": the server and its bracket are
    # the container, as with "(2021)." after them, and the date that follows them is the date (the tagger took all
    # of it for a note).
    for i in (range(1, n - 2) if "[Preprint]." in words else ()):
        if words[i + 1] == "[Preprint]." and labels[i] == labels[i + 1] == "note" and PREPRINT_SERVER.fullmatch(words[i]):
            labels[i] = labels[i + 1] = "container"
            j = i + 2
            while j < n and j < i + 5 and labels[j] == "note" and (words[j][:4].isdigit() or words[j].strip(".,;").lower()
                                                                     in MONTHS or words[j].strip(".,;").isdigit()):
                labels[j] = "date"
                j += 1
    # MLA's story or essay republished in an anthology, "“Recitatif.” 1983. The Norton Anthology of ..., 2017": the year
    # standing as a sentence after the quoted title, before the book and a later date, is the first publication's (made
    # the original date in _fill), not the book's first word.
    for i in (range(1, n - 2) if "”" in text or "“" in text else ()):
        if labels[i] in ("title", "container") and _YEAR_SENTENCE.fullmatch(words[i]) and labels[i - 1] == "title" \
                and words[i - 1].endswith(("”", "“")) and words[i + 1][:1].isupper() \
                and any(labels[k] == "date" and _BARE_YEAR.match(words[k]) and words[k][:4] > words[i][:4]
                        for k in range(i + 2, n)):
            labels[i] = "date"
            break
    # MLA's "vol. E," or "vol. 2," after a book's editors and edition ("edited by Martin Puchner, 4th ed., vol. F, W. W.
    # Norton, 2018"): the mark and its letter or number are the volume, not one more editor's name, and the names the
    # tagger ran on after it to the date's comma the publisher.
    for i in (range(2, n - 2) if "vol. " in text else ()):
        if words[i] == "vol." and labels[i] in _ROLE_LABELS and _LETTERED_VOLUME.fullmatch(words[i + 1]):
            labels[i] = labels[i + 1] = "volume"
            e = _run_end(labels, i + 2, labels[i + 2])
            if labels[i + 2] in _ROLE_LABELS and e + 1 < n and labels[e + 1] == "date" and words[e].endswith(","):
                labels[i + 2:e + 1] = ["publisher"] * (e - i - 1)
    # MLA's reprint "Title. 1937. Harper Perennial Modern Classics, 2006.": the words between the first edition's year,
    # standing as a sentence, and the closing year after their comma are the publisher, which the tagger ran into
    # the title, or read as a second author after a one-word first ("———. The Big Sea. 1940. Hill and Wang, 1993."; the
    # first year is made the original date in _fill).
    if n > 4 and labels[-1] == "date" and _YEAR_SENTENCE.fullmatch(words[-1]) and words[-2].endswith(","):
        i = next((k for k in range(n - 3, 1, -1) if labels[k] == "date"), 0)
        if i and _YEAR_SENTENCE.fullmatch(words[i]) and words[i - 1].endswith(".") and labels[i - 1] == "title" \
                and all(label in ("title", "location") or label == "author" == labels[0] for label in labels[i + 1:n - 1]) \
                and n - 1 - i <= 6 and not _place_part(" ".join(words[i + 1:n - 1])[:-1]):
            labels[i + 1:n - 1] = ["publisher"] * (n - 2 - i)  # "Beloved. 1987. Vintage, 2004.": not a town
    # "Title. Translated by Talcott Parsons. 1930. Reprint, ...": a sentence opening "Translated by" ("Edited by")
    # after the title names the translators (editors), though the tagger ran it into the title.
    for i in (range(1, n - 2) if " by " in text else ()):
        role = _ROLE_SENTENCE.get(words[i])
        by = i + 1  # "Translated by", or past the language translated from ("Transl. from English by")
        if words[i] in ("Transl.", "Translated") and words[i + 1] == "from":
            role, by = "translator", next((k for k in range(i + 3, min(n - 1, i + 5)) if words[k] == "by"), 0)
        if role and by and words[by] == "by" and labels[i] in ("title", "note") and labels[i - 1] in ("title", "note") \
                and words[i - 1].endswith((".", ".”", "?”", "!”")):
            j = next((j for j in range(by + 1, min(n, by + 11)) if words[j].endswith(".") and not _INITIAL_TOKEN.match(words[j])), 0)
            if j and (labels[j] == labels[i] or all(label in ("note", role) for label in labels[i:j + 1])):
                labels[i:j + 1] = [role] * (j + 1 - i)
    # Chicago's score "La traviata. Edited by Fabrizio Della Seta. Full score. Milan: ...": the kind of score standing as
    # a sentence after the editors' names is the genre, not more of the names the tagger ran it into.
    for i in (range(3, n) if "core." in text and " by " in text else ()):
        if labels[i] in _ROLE_LABELS and words[i] in ("score.", "Score."):
            j = i if words[i - 1].endswith(".") else i - 1  # "Score." alone, or "Full score."
            if labels[j] == labels[i] and _SCORE_SENTENCE.search(" ".join(words[j - 1:i + 1]).rstrip(".")):
                labels[j:i + 1] = ["genre"] * (i + 1 - j)
    # Chicago's chapter "... Translated by Max Black. In The Frege Reader, edited by Michael Beaney, 151–71.": the
    # sentence opening "In" up to the comma before "edited by" and its editors is the book, though the tagger left
    # it to the note.
    for i in (range(1, n - 3) if "In " in text and "edited by" in text else ()):
        if words[i] != "In" or labels[i] != "note" or not words[i - 1].endswith((".", ".”", "?”", "!”")):
            continue
        k = next((k for k in range(i + 2, min(n - 2, i + 25)) if words[k] == "edited" and words[k + 1] == "by"), 0)
        if k and words[k - 1].endswith(",") and labels[k + 2] == "editor" and all(
                label == "note" for label in labels[i:k]):
            labels[i:k] = ["container"] * (k - i)
            labels[k:k + 2] = ["editor", "editor"]
    # "Title. Translated and edited by Paul Guyer and Allen W. Wood.": the sentence names the editors, who translated
    # the work too (the names are both; the tagger read "Translated and" as a container).
    for i in (range(1, n - 4) if "ranslated and edited by" in text or "dited and translated by" in text else ()):
        if words[i] in _ROLE_SENTENCE and words[i + 1] == "and" and words[i + 2] in ("edited", "translated") \
                and words[i + 3] == "by" and words[i - 1].endswith((".", ".”", "?”", "!”")):
            j = next((j for j in range(i + 4, min(n, i + 16)) if words[j].endswith(".") and not _INITIAL_TOKEN.match(words[j])), 0)
            if j:
                labels[i:j + 1] = ["editor"] * (j + 1 - i)
    for i in (range(3, n) if " by " in text else ()):
        if labels[i] in _ROLE_LABELS and _YEAR_SENTENCE.fullmatch(words[i]) and words[i - 1].endswith(".") \
                and labels[i - 1] == labels[i]:
            labels[i] = "date"  # "Translated by Wilfred Halls. 1893.": the year after the names is a sentence of its own
    # Vancouver's web pages "Dallas (TX): AHA; c2023 [cited 2024 Jan 3].": the copyright year is the page's date.
    for i in (range(1, n) if "c1" in text or "c2" in text or "©" in text else ()):
        if _COPYRIGHT_YEAR.fullmatch(words[i]) and words[i - 1].endswith((";", ":", ",")):
            labels[i] = "date"
    # MLA's second container, the database the work was read in, before its link ("... pp. 45–67. JSTOR,
    # https://doi.org/...", "Routledge, 1990. ProQuest, www.proquest.com/..."): no publisher of the work. A
    # name the list lacks is one too when the tagger could make nothing of it ("PhD dissertation. DiVA,
    # hdl.handle.net/...": a note), capitalised, in a sentence of its own before the link.
    database = _DATABASE_NAME.search(text)  # a database named anywhere: two rules below read it
    for i in (range(1, n - 1) if database or _has(labels, "note") else ()):
        j = next((j for j in range(i, min(n - 1, i + 4)) if words[j].endswith(",")), 0)
        if j and words[i - 1].endswith(".") and (words[j + 1].lower().startswith(("doi:", "10."))
                                                 or rules.URL.match(words[j + 1])) and (" ".join(words[i:j + 1])[:-1] in _DATABASE_NAMES or all(
                    labels[k] == "note" and words[k][:1].isupper() for k in range(i, j + 1))):
            labels[i:j + 1] = ["database"] * (j + 1 - i)
    # MLA's database as the closing sentence with no link ("... 4 May 1912, p. 1. ProQuest Historical Newspapers."):
    # one sentence of at most four words opening with a database's name, after the work's last stop, is its source
    # (not MLA 7's "ProQuest. Web.", whose medium follows).
    for i in (range(max(1, n - 4), n) if database else ()):
        if words[i - 1].endswith(".") and words[-1].endswith(".") and labels[i] != "date" \
                and not any(word.endswith(".") for word in words[i:-1]) \
                and _DATABASE_NAME.match(" ".join(words[i:])) and len(set(labels[i:])) == 1 \
                and not any(ch.isdigit() for word in words[i:] for ch in word):
            labels[i:] = ["database"] * (n - i)
            break
    # Chicago notes "trans. Talcott Parsons (1930; repr., London: Routledge, 2001)", "Title (1792; repr., London:
    # ...)": the names or the title end at the bracket opening the imprint with the first edition's year.
    # An editor's or translator's names the tagger read as a note or a container, "Title, ed. John David Smith (1855;
    # repr., New York: ...)", are the role's: from the role word after the title's comma to the bracket.
    for i in (range(2, n - 1) if "repr" in low else ()):
        if not (_BRACKETED_FIRST_YEAR.fullmatch(words[i]) and words[i + 1].lower().startswith("repr")):
            continue
        # "5. Adam Smith, The Wealth of Nations (1776; repr., New York: ...)", which the tagger read as a note's prose
        # up to the bracket: the note's number, the name of two to four words up to its comma, and the title after it
        c = next((k for k in range(2, min(i, 5)) if words[k].endswith(",")), 0) \
            if _LEAD_NUMBER.match(words[0]) and all(label == "note" for label in labels[:i + 1]) else 0
        if c and all(w[:1].isupper() for w in words[1:c + 1]) and not any(w.endswith(",") for w in words[c + 1:i]):
            labels[:i + 1] = ["citation-number"] + ["author"] * c + ["title"] * (i - c)
        cue = next((k for k in range(i - 2, max(0, i - 6), -1) if words[k] in _ROLE_WORDS), 0)
        if cue and words[cue - 1].endswith(",") and labels[cue - 1] == "title" \
                and all(words[k][:1].isupper() for k in range(cue + 1, i)):
            labels[cue:i] = [_ROLE_WORDS[words[cue]]] * (i - cue)
        elif not ((labels[i] in _ROLE_LABELS or labels[i] == "title") and labels[i - 1] == labels[i]):
            continue
        labels[i] = "date"
        labels[i + 1] = "note"
    # Chicago's note for a review with no title of its own, "6. Lorraine Daston, review of Title, by Name, Isis 107,
    # ...": the name before ", review of" is the reviewer's, the author, though the tagger ran it into the title.
    reviewer = next((k for k in range(2, min(n - 1, 7)) if words[k] == "review" and words[k + 1] == "of"
                     and words[k - 1].endswith(",")), 0) if ", review of " in text else 0
    first = 1 if labels[0] == "citation-number" else 0
    if 1 < reviewer - first <= 4 and all(words[k][:1].isupper() and labels[k] in ("title", "author")
                                         for k in range(first, reviewer)):
        labels[first:reviewer] = ["author"] * (reviewer - first)
    # A musical work's catalogue number after its one-word title, "Schubert, Franz. Winterreise, D. 911. Edited by
    # ...", "Requiem, K. 626.": the title and its number, not a second name ("Winterreise, D.") after the composer's.
    for i in (range(2, n - 1) if _CATALOGUE_AFTER_WORD.search(text) else ()):
        if (labels[i - 1] == "author" or labels[i - 1] in _ROLE_LABELS) and words[i - 2].endswith(".") \
                and words[i - 1].endswith(",") \
                and words[i] in _CATALOGUE_MARKS and words[i + 1][:1].isdigit():
            if labels[i - 1] in _ROLE_LABELS and labels[:i - 1] == [labels[i - 1]] * (i - 1):
                labels[:i - 1] = ["author"] * (i - 1)  # the composer, read with the editor named after the work
            labels[i - 1:i + 2] = ["title"] * 3
    # Chicago's "Title. Exhibition catalog. New York: ...", "Title. Exhibition catalogue. London: ...", "Title. Exh.
    # cat. New York: ...", the note's "Title, exh. cat. (New York: ...)": the words naming the book an exhibition's
    # catalogue are its genre, not the title's end.
    for i in (range(1, n - 1) if "exhibition catalog" in low or "exh. cat" in low else ()):
        if (labels[i] == labels[i + 1] in ("title", *_ROLE_LABELS) or i == n - 2) and words[i - 1].endswith((".", ",")) \
                and (words[i].lower() == "exhibition" and words[i + 1].lower().rstrip(".,") in ("catalog", "catalogue")
                     or words[i].lower() == "exh." and words[i + 1].lower().rstrip(",") == "cat."):
            labels[i] = labels[i + 1] = "genre"
    # IEEE's "Accessed: Jan. 10, 2024. [Online Video]. Available: ...": the bracket is the medium, as "[Online]." is.
    for m in (range(n - 1) if "[online video]" in low else ()):
        if words[m].lower() == "[online" and words[m + 1].lower().rstrip(".") == "video]":
            labels[m] = labels[m + 1] = "medium"
    # Harvard "Title. [online] London: King's Fund. Available at: ...", "Title [Online]. Norwich: Tyndall Centre.
    # Available at: ...": the imprint after the medium is no title, nor a container.
    for m in (range(1, n - 2) if "[online]" in low else ()):
        if labels[m] not in ("medium", "title") or words[m].lower() not in ("[online]", "[online].") \
                or labels[m + 1] not in ("title", "container") \
                or not words[m - 1].endswith(".") and not words[m].endswith("."):
            continue
        j = next((j for j in range(m + 1, min(n - 1, m + 5)) if words[j].endswith(":")), 0)
        e = next((e for e in range(j + 1, min(n, j + 7)) if words[e].endswith(".")), 0) if j else 0
        if e and all(labels[k] == labels[m + 1] for k in range(m + 1, e + 1)) and words[j + 1][:1].isupper():
            labels[m + 1:j + 1] = ["location"] * (j - m)
            labels[j + 1:e + 1] = ["publisher"] * (e - j)
    # Harvard "Conference (EEM). Ljubljana, Slovenia, 18–20 September 2019. IEEE, pp. 1–5.": a short name after
    # the dated sentence, the title (and container) named before it, is who published the proceedings.
    after_date = max(2, labels.index("container"), labels.index("date") + 1) \
        if _has(labels, "container") and "date" in labels else n  # the first word that can be a container after a date
    for i in range(after_date, n - 1):
        if labels[i] == "container" and labels[i - 1] == "date" and words[i - 1].endswith(".") \
                and ("container" in labels[:i - 1] or "title" in labels[:i - 1]):
            e = _run_end(labels, i, "container")
            if e - i < 4 and words[e].endswith(","):
                labels[i:e + 1] = ["publisher"] * (e + 1 - i)
            break
    # Spanish gazettes, "Boletín Oficial del Estado, núm. 304, de 21 de diciembre de 2021.": the number after "núm." is
    # the issue and "[de] 21 de diciembre de 2021" the day of issue, not more of the gazette's name.
    for i in (range(1, n - 1) if "núm." in low else ()):
        if words[i].lower() == "núm." and labels[i] == "container" and words[i - 1].endswith(",") \
                and re.fullmatch(r"\d+[,.]", words[i + 1]):
            labels[i] = labels[i + 1] = "volume"
    for i in (range(1, n - 4) if " de " in text and "date" in labels else ()):
        if _DAY.match(words[i]) and words[i + 1] == words[i + 3] == "de" and words[i + 2].lower() in MONTHS \
                and labels[i + 4] == "date" and _BARE_YEAR.match(words[i + 4]) and labels[i] != "date":
            start = i - (words[i - 1] == "de" and words[i - 2].endswith(","))
            if words[start - 1].endswith(","):
                labels[start:i + 4] = ["date"] * (i + 4 - start)
    # MLA's roles named one after the other in one run of names ("Illuminations, edited by Hannah Arendt, translated
    # by Harry Zohn, Schocken Books", "Translated by Louise Maude and Aylmer Maude, edited by Amy Mandelker, Oxford
    # UP"): each "edited by" or "translated by" opens the names of the role it says, where the tagger gave the whole
    # run one role (the translators had become editors).
    for i in (range(n - 2) if " by " in text else ()):
        role = _ROLE_SENTENCE.get(words[i].capitalize())
        if role and words[i + 1] == "by" and labels[i] in _ROLE_LABELS and labels[i + 1] in _ROLE_LABELS \
                and (i == 0 or labels[i - 1] not in _ROLE_LABELS or words[i - 1].endswith(",")):
            end = i + 1
            while end + 1 < n and labels[end + 1] in _ROLE_LABELS and not (
                    words[end].endswith(",") and _ROLE_SENTENCE.get(words[end + 1].capitalize())
                    and end + 2 < n and words[end + 2] == "by"):
                end += 1
            labels[i:end + 1] = [role] * (end + 1 - i)
    # MLA "Title. Edited by Arnold Rampersad, Vintage Classics, 1995.": names after "Edited by" ("Translated
    # by") are written given name first and joined by "and"; the words between the run's last comma and the
    # date, no "and" or suffix opening them, are the publisher the tagger ran into the names (after the last role's
    # names when two roles follow each other).
    for i in (range(n - 3) if " by " in text else ()):
        if words[i + 1] != "by" or labels[i] not in _ROLE_LABELS or words[i].lower() not in _ROLE_BY_WORDS:
            continue
        end = _run_end(labels, i, labels[i])
        if end + 2 < n and words[end + 1] in ("and", "&") and labels[end + 1] == "author":
            # "Translated by Michael Hulse and Anthea Bell, ...": the tagger took the second name for an author
            labels[end + 1:_run_end(labels, end + 1, "author") + 1] = [labels[i]] * (
                _run_end(labels, end + 1, "author") - end)
            end = _run_end(labels, i, labels[i])
        if end + 1 < n and labels[end + 1] in _ROLE_LABELS:
            continue  # another role's names follow ("edited by ..., translated by ..."): the publisher closes the last
        cut = max((k for k in range(i + 3, end) if words[k].endswith(",")), default=0)
        if cut and end + 1 < n and labels[end + 1] == "date" and words[end].endswith(",") \
                and words[cut + 1].lower() not in ("and", "&") and words[cut + 1].lower().rstrip(",") not in _SUFFIXES:
            labels[cut + 1:end + 1] = ["publisher"] * (end - cut)
        break
    # GOST notes "Известия. 1937. 12 мая.", "Труд. 1989. 19 июля. С. 1.": a short name standing alone before
    # a bare year and a day of a month is the paper of that day, not its author or title.
    k = next((k for k in range(1, min(n - 2, 5)) if words[k - 1].endswith(".")), 0)
    if (k and words[k].endswith(".") and _BARE_YEAR.match(words[k]) and _DAY.match(words[k + 1])
            and words[k + 2].lower().rstrip(".,;") in MONTHS and words[0][:1].isupper()
            and not any(_INITIAL_TOKEN.match(w) or any(c.isdigit() for c in w) for w in words[:k])):
        labels[:k] = ["container"] * k
        labels[k:k + 3] = ["date"] * 3
        p = k + 3  # then the page, "С. 1." or with its space lost "С.1."
        if p + 1 < n and words[p] in ("С.", "с.") and words[p + 1][:1].isdigit():
            labels[p:p + 2] = ["pages"] * 2
        elif p < n and _GLUED_PAGE.match(words[p]):
            labels[p] = "pages"
    # APA "Merriam-Webster. (n.d.). Resilience. In Merriam-Webster.com dictionary. Retrieved ...": the sentence
    # opened by "In" that names a dictionary or an encyclopedia is the reference work the entry is in.
    for i in (range(2, n - 1) if "In " in text and any(cue in low for cue in _REFERENCE_WORK_CUES)
              and _REFERENCE_WORK.search(text) else ()):
        if words[i] == "In" and labels[i] == labels[i - 1] == "title" and words[i - 1].endswith("."):
            e = next((e for e in range(i + 1, min(n, i + 12)) if words[e].endswith(".")), 0)
            if e and labels[e] == "title" and _REFERENCE_WORK.search(" ".join(words[i + 1:e + 1])):
                labels[i:e + 1] = ["container"] * (e + 1 - i)
            break
    # IEEE "“Title,” arXiv preprint arXiv:1301.3781, 2013.": the server's "preprint" words describe the work (its
    # genre), and a reference's one bare year, wherever the tagger put it, is its date.
    for i in (range(n - 1) if "preprint" in low else ()):
        if words[i + 1].lower().rstrip(".,") == "preprint" and labels[i] == labels[i + 1] in ("note", "container") \
                and PREPRINT_SERVER.fullmatch(words[i]):
            labels[i] = labels[i + 1] = "genre"
    if "date" not in labels:
        years = [k for k in range(n) if labels[k] == "note" and _BARE_YEAR.match(words[k])]
        if len(years) == 1:
            labels[years[0]] = "date"
    # "Kommersant, 12 marta 2019.", "Vedomosti, 2019, 5 maya.": a day and a Russian month transliterated (words the
    # tagger has no weight for) next to a dated year complete its date
    for i in (range(1, n) if "date" in labels else ()):
        if words[i].rstrip(".,;") in TRANSLITERATED_MONTHS and _DAY.match(words[i - 1]) and (
                i + 1 < n and labels[i + 1] == "date" and _BARE_YEAR.match(words[i + 1])
                or i > 1 and labels[i - 2] == "date" and _BARE_YEAR.match(words[i - 2])):
            labels[i - 1:i + 1] = ["date", "date"]
    # Vancouver "Higgins JPT, ..., Cumpston M, editors. Cochrane Handbook for ...": the role word closing the names
    # ends them; the words after it that the tagger ran into the names open the title.
    for i in (range(2, n - 2) if _has(labels, "editor") and "title" in labels else ()):
        if labels[i] == labels[i - 1] == labels[i + 1] == "editor" and words[i - 1].endswith(",") \
                and words[i].lower() in ("editors.", "editor.", "eds.", "ed."):
            k = _run_end(labels, i + 1, "editor")
            if k + 1 < n and labels[k + 1] == "title":
                labels[i + 1:k + 1] = ["title"] * (k - i)
            break
    # Vancouver "Kasper DL, Fauci AS, ..., Loscalzo J, editors. Harrison's principles ...": the role word after the
    # names that open the reference makes them all editors, whatever the tagger gave the last ones.
    e = next((e for e in range(2, min(n - 1, 60)) if words[e] in ("editors.", "editor.")), 0) \
        if labels[0] == "author" and "itor" in text else 0
    if e and words[e - 1].endswith(",") and _FAMILY_FIRST_LIST.fullmatch(" ".join(words[:e])[:-1] + "."):
        labels[:e + 1] = ["editor"] * (e + 1)
    # ... and a chapter's "In: Katzung BG, Trevor AJ, editors. Basic and clinical pharmacology.": the names between
    # "In:" and the role word are the book's editors, though the tagger ran them into its title
    i = words.index("In:") if "In:" in text and "itor" in text and "In:" in words else 0
    e = next((e for e in range(i + 2, min(n - 1, i + 40)) if words[e] in ("editors.", "editor.")), 0) if i else 0
    if e and words[e - 1].endswith(",") and _FAMILY_FIRST_LIST.fullmatch(" ".join(words[i + 1:e])[:-1] + "."):
        labels[i:e + 1] = ["editor"] * (e + 1 - i)
    # "Page MJ, ..., et al. The PRISMA 2020 statement: an updated guideline .... BMJ. 2021;372:n71.": words the tagger
    # read as a container between the names and the title, with the journal's name still to come, open the title
    a = _run_end(labels, 0, "author") + 1 if labels[0] == "author" and _has(labels, "container") else 0
    if 0 < a < n - 2 and labels[a] == "container" and words[a - 1].endswith("."):
        t = _run_end(labels, a, "container") + 1
        after = _run_end(labels, t, "title") + 1 if t < n and labels[t] == "title" else 0
        if after and "container" in labels[after:] and not words[t - 1].endswith((".", ",")):
            labels[a:t] = ["title"] * (t - a)
    # Vancouver "GBD 2019 Diseases and Injuries Collaborators. Global burden ... Lancet. 2020;396(10258):1204–22.": a study
    # group's name, which may hold a year, is the author up to its closing word's stop
    k = next((k for k in range(1, min(n - 1, 12)) if words[k].endswith(".")), 0) \
        if labels[0] == "author" and ";" in text else 0
    if k and _STUDY_GROUP.search(" ".join(words[:k + 1])) and labels[k + 1] != "author" \
            and _VANCOUVER_DATE.search(" " + " ".join(words[k + 1:])):
        labels[:k + 1] = ["author"] * (k + 1)
    # APA "Smith, J., & the COVID-19 Genomics UK Consortium. (2021).", notes "John Smith, Karen Lee and the Writing
    # Committee for the ABC Trial, “Title,”": a study group joined to the names by "&" or "and" closes the list, its
    # words (and the name before the "and") up to the stop the author's, though the tagger read them as the title
    a = _run_end(labels, 0, "author") + 1 if labels[0] == "author" and ("&" in text or " and " in text) \
        and any(cue in text for cue in _STUDY_GROUP_CUES) else 0
    j = 0
    if 0 < a < n - 2 and words[a - 1].endswith(","):  # the "and" right there, or after one more name
        j = a if words[a] in ("&", "and") else next(
            (j for j in range(a + 1, min(n - 2, a + 4)) if words[j] in ("&", "and")
             and words[a][:1].isupper() and not any(w.endswith((",", ".")) for w in words[a:j])), 0)
    k = next((k for k in range(j + 1, min(n - 1, j + 12)) if words[k].endswith((".", ","))), 0) if j else 0
    if k and _STUDY_GROUP.search(" ".join(words[j + 1:k + 1]).rstrip(",")) \
            and (labels[k + 1] == "date" or words[k + 1][:1] in _CLOSER):
        labels[a:k + 1] = ["author"] * (k + 1 - a)
    # AMA/Vancouver "Whelton PK, Carey RM, et al. 2017 ACC/AHA guideline for ... Hypertension. 2018;71(6):e13.": a
    # bare year between the names' full stop and the title's words opens the title when the journal's date
    # ("2018;") comes later (IOP's "Smith J 2017 Title" has no stop after the names, nor that date)
    i = labels.index("date") if ";" in text and "date" in labels else 0
    if 0 < i < n - 2 and labels[i - 1] == "author" and words[i - 1].endswith(".") and labels[i + 1] == "title" \
            and _YEAR_WORD.fullmatch(words[i]) and _VANCOUVER_DATE.search(" " + " ".join(words[i + 2:])):
        labels[i] = "title"
    # ACS chapter "In Handbook of Catalysis; Ertl, G., Ed.; Wiley-VCH: Weinheim, 2008; Vol. 2, pp 123–145.": after the
    # editors' "Ed.;" come the publisher up to its colon and the place up to the year, whatever the tagger made of them
    e = next((e for e in range(2, n - 3) if words[e] in ("Ed.;", "Eds.;") and labels[e] == "editor"), 0) if "Ed" in text else 0
    c = next((c for c in range(e + 1, min(n - 1, e + 6)) if words[c].endswith(":")), 0) if e else 0
    d = next((d for d in range(c + 1, min(n, c + 5)) if labels[d] == "date"), 0) if c else 0
    if d and set(labels[e + 1:d]) <= {"note", "publisher", "location", "container", "title"} \
            and all(w[:1].isupper() for w in words[e + 1:d]):
        labels[e + 1:c + 1] = ["publisher"] * (c - e)
        labels[c + 1:d] = ["location"] * (d - c - 1)
    if "(ed" in text and "[" in text:
        _translated_book_after_editors(words, labels)
    # A physics reference holding two citations, "Phys. Rev. B 63, 224401 (2001); Phys. Rev. Lett. 86, 1881 (2001).": the
    # first is the item; the second, a journal with its volume, page and year after the first's bracketed year and
    # semicolon, is kept whole in the note, not run into the first's journal name
    for i in (range(2, n - 2) if "); " in text else ()):
        if labels[i] == "date" and _BRACKETED_YEAR_SEMICOLON.fullmatch(words[i]) \
                and labels[i - 1] in ("pages", "volume") and labels[i + 1] == "container" \
                and set(labels[i + 1:]) <= _SERIAL_LABELS and "volume" in labels[i + 1:]:
            labels[i + 1:] = ["note"] * (n - i - 1)
            break
    # Angewandte's article cited in both editions, ACS's two parts: "Angew. Chem. Int. Ed. 2020, 59, 4567–4571; Angew.
    # Chem. 2020, 132, 4603–4607.": a journal with its year, volume and pages after the first's pages and semicolon is
    # the second citation, kept whole in the note
    for i in (range(2, n - 3) if "; " in text else ()):
        if labels[i] == "pages" and words[i].endswith(";") and words[i][:1].isdigit() and labels[i - 1] in ("pages", "volume") \
                and labels[i + 1] == "container" and set(labels[i + 1:]) <= _SERIAL_LABELS and "date" in labels[i + 1:] \
                and "date" in labels[:i]:
            labels[i + 1:] = ["note"] * (n - i - 1)
            if labels[i - 1] == "pages" and _VOLUME_ISSUE_NUMBER.fullmatch(words[i - 1]) and words[i - 1].endswith(","):
                labels[i - 1] = "volume"  # "2020, 59, 4567–4571;": the number before the pages
            break
    # Europe-Asia Studies' "Problems of Post-Communism, 29, 3, 2004/05, pp. 3–18.": a year span closing the journal's
    # numbers is its date (a winter issue's two years), though the tagger ran it into the volume and issue
    for i in (range(2, n) if _has_pair(labels, "volume", "volume") and ("/" in text or "–" in text or "-" in text) else ()):
        if labels[i] == "volume" and _ISSUE_YEARS.fullmatch(words[i]) and labels[i - 1] == "volume" \
                and _VOLUME_ISSUE_NUMBER.fullmatch(words[i - 1]):
            labels[i] = "date"
            break
    # "Канстытуцыя Рэспублікі Беларусь 1994 года (са змяненнямі ...). – Мінск : ...": a constitution named first is
    # the act's title (its year with it), no author's name, whatever the tagger made of its words (Latin-script Kazakh
    # and Uzbek name the country first: "Qazaqstan Respýblıkasynyń Konstıtýtsııasy. – Almaty: ...")
    if labels[0] == "author" and _CONSTITUTION_START.match(words[0] if words[0][:1] in "КкKk" else " ".join(words[:3])):
        k = 0
        while k < n and labels[k] in ("author", "date", "title") and words[k] not in ("–", "—"):
            k += 1
        labels[:k] = ["title"] * k
    # French references' imprint "..., Armonk (NY), M. E. Sharpe." with a town and its state in brackets: the town is
    # the place and the words after it to the next comma or stop the publisher, though initials opening the
    # publisher's name made the tagger read it (and the title's end before it) as names. What the names' run held
    # after a person's closing initials ("Olcott, M. B., Central Asia's New States, Armonk (NY), ...") or after the
    # title with no editor cue ("The Politics of Oil in Azerbaijan, Armonk (NY), ...") is the title's.
    j = next((j for j in range(3, n - 1) if _STATE_IN_BRACKETS_COMMA.fullmatch(words[j])
              and _TOWN_NAME.fullmatch(words[j - 1]) and words[j - 2].endswith(",")), 0) if "), " in text else 0
    e = next((e for e in range(j + 1, min(n, j + 6)) if words[e].endswith((",", "."))
              and not _INITIAL_TOKEN.fullmatch(words[e])), 0) if j else 0
    if e and all(w[:1].isupper() or w in ("&", "and") for w in words[j + 1:e + 1]):
        run = labels[j]
        a = j - 1
        while a > 0 and labels[a - 1] == run:
            a -= 1
        m = next((m for m in range(j - 2, a, -1) if _INITIAL_TOKEN.match(words[m]) and words[m].endswith(",")), 0) \
            if run == "author" else 0
        if m or run == "editor" and a > 0 and labels[a - 1] == "title" and not _EDITOR_CUE.search(text):
            labels[(m or a - 1) + 1:j - 1] = ["title"] * (j - 2 - (m or a - 1))
        if m or run != "author" and labels[j - 2] == "title":
            labels[j - 1:j + 1] = ["location", "location"]
            labels[j + 1:e + 1] = ["publisher"] * (e - j)
    # ASCE's "(2017). “Title.” Proc., Structures Congress 2017, ASCE, Reston, VA": a meeting's own year, run into its
    # name with no stop between, belongs to the name when the work's year was already given; the tagger's second date
    # was dropped as the same year said twice ("Structures Congress" left). Only a meeting's name: an imprint's
    # "UMCS Lublin 2001," is its place and year, and ACS's "J. Am. Chem. Soc. 2019, 141" gives its year there only.
    for i in (range(2, n) if _has_pair(labels, "container", "date") else ()):
        if labels[i] == "date" and labels[i - 1] == "container" and _YEAR_WITH_COMMA.fullmatch(words[i]) \
                and words[i - 1][-1:].isalnum() \
                and any(labels[k] == "date" and words[i][:4] in words[k] for k in range(i - 1)):
            start = i - 1
            while start > 0 and labels[start - 1] == "container" and not words[start - 1].endswith((",", ".")):
                start -= 1
            if _CONF_RE.search(" ".join(words[start:i]).lower()):
                labels[i] = "container"
    # ASME's "Proc. ASME Turbo Expo 2021: ... Exposition, Paper No. GT2021-59123.": the paper's number closing the
    # proceedings goes with them (the container's rule takes it out as the number), whatever the tagger called it
    # (a volume "No" and a page, a genre "Paper")
    if ", Paper N" in text and n > 3 and words[-3] == "Paper" and words[-2] in ("No.", "Number") \
            and labels[-4] == "container" and words[-4].endswith(","):
        labels[-3:] = ["container"] * 3
    # A note's imprint bracket opening with a town and its state in a bracket of its own, "(Washington (DC), Carnegie
    # Endowment, 2002)": the town and state are the place and the words from there to the comma before the year
    # closing the bracket the publisher (the tagger had run the town into the title, or read the title as an imprint).
    j = next((j for j in range(2, n - 2) if _STATE_IN_NOTE_IMPRINT.fullmatch(words[j])
              and words[j - 1][:1] == "(" and _TOWN_NAME.fullmatch(words[j - 1][1:])), 0) if "), " in text else 0
    y = next((y for y in range(j + 2, min(n, j + 10)) if _NAME_YEAR_CLOSE.match(words[y])), 0) if j else 0
    if y and words[y - 1].endswith(",") and (words[j].endswith(":") or all(
            w[:1].isupper() or w in ("&", "and", "of", "for") for w in words[j + 1:y])):
        labels[j - 1:j + 1] = ["location", "location"]
        labels[j + 1:y] = ["publisher"] * (y - j - 1)
        labels[y] = "date"
        t = j - 1  # the imprint comes right after the title, which the tagger may have read as another imprint
        while t > 0 and labels[t - 1] in ("location", "publisher"):
            t -= 1
        if t < j - 1 and t > 0 and labels[t - 1] == "author":
            labels[t:j - 1] = ["title"] * (j - 1 - t)
    # AMS "Ann. of Math. (2) 141 (1995), 443–551.": the journal's series in brackets between its name and the volume
    # is no part of the volume, which is the number after it; the series is kept in note.
    for i in (range(1, n - 2) if ") " in text else ()):
        if labels[i - 1] == "container" and _JOURNAL_SERIES_NUMBER.fullmatch(words[i]) and words[i + 1].isdigit() \
                and labels[i + 1] == "volume" and _BRACKETED_YEAR.match(words[i + 2]):
            labels[i] = "note"
    if "," in text and "pages" in labels and "title" in labels and "container" not in labels:
        _container_closing_comma_title(words, labels)
    # "Harper, K. (1998), ed. The Colonial Economy of Bengal.", "Rao, CV, 2005, ed, Title": the role word after the
    # names' date and its comma, opening the title, makes the names editors; it had stayed the title's first word.
    a = _run_end(labels, 0, "author") + 1 if labels and labels[0] == "author" and ", ed" in text else 0
    d = _run_end(labels, a, "date") + 1 if a < n - 2 and a and labels[a] == "date" else 0
    if d and d < n - 1 and words[d - 1].endswith(",") and words[d].rstrip(",") in ("ed.", "eds.", "edd.", "ed", "eds") \
            and words[d + 1][:1].isupper() and "editor" not in labels:
        labels[:a] = ["editor"] * a
        labels[d] = "editor"
    # "Math. Z., 65:175-194, 1956 .": a bare year after a page range's comma, with no date elsewhere, dates the work;
    # the tagger had run it (and a stop printed apart) into the pages.
    for i in (range(n - 1, 0, -1) if "pages" in labels and "date" not in labels else ()):
        if labels[i] == "pages" and _BARE_YEAR.match(words[i]) and labels[i - 1] == "pages" \
                and words[i - 1].endswith(",") and _PAGE_RANGE.search(words[i - 1]) \
                and all(not any(ch.isalnum() for ch in w) for w in words[i + 1:]):
            labels[i:] = ["date"] * (n - i)
            break

    # APA's volume bracket "(Vol. 2 and 3)." is the volume whole, and the sentence after it closing an author-date
    # reference (the tagger had read "and 3). Penguin Classics." as more names) its publisher.
    v = next((v for v in range(3, n - 2) if words[v] in ("(Vol.", "(Vols.") and labels[v] == "volume"), 0) \
        if "(Vol" in text and "date" in labels[:4] else 0
    e = next((e for e in range(v + 1, min(n - 1, v + 5)) if words[e].endswith(").")), 0) if v else 0
    if e and all(w[:1].isdigit() or w in ("and", "&", "–") for w in words[v + 1:e + 1]) \
            and labels[e + 1:] == ["author"] * (n - e - 1) and labels[v - 1] in ("title", "container"):
        labels[v:e + 1] = ["volume"] * (e + 1 - v)
        labels[e + 1:] = ["publisher"] * (n - e - 1)
    # APA "Smith, J. A. (2010). The history of the world (Vol. 3 and 4). Oxford University Press.": a volume bracket
    # closing the sentence right after the only title-like run, then the publisher, with no title, editor or pages,
    # follows a book's title, not a journal's name.
    if _has(labels, "container") and _has(labels, "volume") and "title" not in labels and not _has(labels, "editor") \
            and not _has(labels, "pages"):
        c = labels.index("container")
        v = _run_end(labels, c, "container") + 1
        e = _run_end(labels, v, "volume") if v < n and labels[v] == "volume" else 0
        if e and e + 1 < n and words[v].lower() in ("(vol.", "(vols.") and words[e].endswith(").") \
                and labels[e + 1] == "publisher" and "container" not in labels[v:]:
            labels[c:v] = ["title"] * (v - c)
    # French author-date imprints, the publisher then the town: "Laruelle M. et Peyrouse S. (2013), Title, M. E. Sharpe,
    # Armonk.", "..., in Poujol C. (dir.), Book, Ellipses, Paris, p. 87-104.". The town closing the reference (or standing
    # before its pages) is the place and the comma part before it the publisher, though the tagger read initials opening
    # the publisher's name (and the title's end before them) as more names, or ran the book's title over the publisher.
    _publisher_then_town(words, labels, n)
    # French author-date press items: "Tokaïev K.-J. (2022), « Title », Akorda.kz, 16 mars, https://...": a comma part of
    # a day and a month's name after the title, with the year in the bracket after the names, is the item's day (the
    # tagger had read the day as a volume and the month as more of the site's name).
    y = 1 if n > 4 and labels[0] == "author" else 0
    while 0 < y < n and labels[y] == "author":
        y += 1
    if 0 < y < n - 3 and _BRACKETED_YEAR_COMMA.fullmatch(words[y]) and labels[y] == "date":
        for i in range(y + 2, n - 1):
            if words[i - 1].endswith(",") and re.fullmatch(r"[1-9]|[12]\d|3[01]", words[i]) \
                    and words[i + 1].endswith(",") and words[i + 1][:-1].lower() in MONTHS \
                    and "title" in labels[y + 1:i] and "date" not in labels[y + 1:i]:
                labels[i:i + 2] = ["date", "date"]
                break
    # "..., Armonk (NY), M. E. Sharpe, 1996.", "(Cambridge (MA), Harvard University Press, 2001)": a known town and its
    # state or country in brackets open the imprint as one place, and the comma part after it, closing before the
    # year, is the publisher, where the rule reading French imprints above left the tagger's reading (an editor's
    # book, "Rumer, B. (ed.), Title, Armonk (NY), ...", had "(NY)," as a name; "Berkeley (CA)," the town in the title).
    for i in (range(2, n - 2) if "), " in text else ()):
        if _STATE_IN_BRACKETS_COMMA.fullmatch(words[i]) and words[i - 2].endswith(",") \
                and _is_city(words[i - 1].lstrip("(")):
            e = next((e for e in range(i + 1, min(n - 1, i + 9)) if words[e].endswith(",")), 0)
            if e and labels[e + 1] == "date" and words[i + 1][:1].isupper():
                labels[i - 1:i + 1] = ["location", "location"]
                labels[i + 1:e + 1] = ["publisher"] * (e - i)
    # "in Proc. ASME 2019 Pressure Vessels and Piping Conference, ...", "Proceedings of the ASME 2019 ...": a year inside
    # a meeting's name, where the tagger ended the proceedings and began a second title (or took it for the date);
    # the name runs on to its comma, and a bare year right after that comma is the date.
    for i in (range(2, n - 2) if "container" in labels and ("Proc" in text or "Conference" in text) else ()):
        if labels[i - 1] == "container" and labels[i] in ("container", "date") and _YEAR_WORD.fullmatch(words[i]) \
                and labels[i + 1] == "title" and words[i + 1][:1].isupper():
            e = next((e for e in range(i + 1, min(n, i + 15)) if words[e].endswith((",", "."))), 0)
            c = _run_start(labels, i - 1, "container")
            if e and labels[i + 1:e + 1] == ["title"] * (e - i) and _CONF_RE.search(" ".join(words[c:e + 1]).lower()):
                labels[i:e + 1] = ["container"] * (e + 1 - i)
                if e + 1 < n and labels[e + 1] != "date" and _BARE_YEAR.match(words[e + 1]) and words[e + 1].endswith(","):
                    labels[e + 1] = "date"
                break
    # Notes "Nikol Pashinyan, interview with Euronews, 12 March 2023", "Aliaksandr Lukashenka, interview with Rossiya 1,
    # 14 June 2023": the person named before the interview gave it and is its author; "interview with" and the
    # outlet, up to the comma before the date, are its title (the outlet had been read as the interviewee, or the
    # whole run as a periodical, its channel number as a volume).
    c = next((c for c in range(1, min(n - 3, 4)) if words[c].endswith(",")), 0) if ", interview " in text else 0
    if c and words[c + 1] == "interview" and words[c + 2] in ("with", "to", "for") \
            and all(w[:1].isupper() for w in words[:c + 1]) and not corporate_name(" ".join(words[:c + 1])[:-1]):
        e = next((e for e in range(c + 3, min(n - 1, c + 10)) if words[e].endswith(",")), 0)
        if e and labels[e + 1] == "date":
            labels[:c + 1] = ["author"] * (c + 1)
            labels[c + 1:e + 1] = ["title"] * (e - c)
    # References "Ministry of Internal Affairs of the Russian Federation. [Selected indicators ...]. Available at: ...":
    # a body's name as the first sentence, then a translated title in brackets, are the author and the title,
    # however the tagger cut the name ("of the Russian Federation." had opened the title, the bracket left out).
    b = next((b for b in range(1, min(n - 1, 15)) if words[b].startswith("[")), 0) if " [" in text else 0
    k = next((k for k in range(b, min(n - 1, b + 40)) if words[k].endswith("].")), 0) if b else 0
    if k and words[b - 1].endswith(".") and not any(w.endswith((".", ",", ";", ":")) for w in words[:b - 1]) \
            and "]" not in " ".join(words[b:k]) and corporate_name(" ".join(words[:b])[:-1]):
        labels[:b] = ["author"] * b
        labels[b:k + 1] = ["title"] * (k + 1 - b)
    # A title that opens with a year and a colon, "Carley, Michael Jabara. 1939: The Alliance That Never Was. Chicago:
    # Ivan R. Dee, 1999.": the bare "1939:" before the title's words is the title's own when the entry is dated
    # elsewhere (German "Müller, H. (2004): Titel" brackets its year).
    t = next((t for t in range(1, min(n - 1, 12)) if labels[t] == "date" and _YEAR_COLON.fullmatch(words[t])), 0) \
        if ": " in text else 0
    if t and labels[t + 1] == "title" and labels[t - 1] == "author" and words[t - 1].endswith(".") \
            and "date" in labels[t + 1:]:
        labels[t] = "title"

    # APA's article whose title holds a quoted phrase, "Title: China's “New Great Game” in the old heartland. Palgrave
    # Communications, 4(1), Article 71.": the tagger ran the title on into the journal's name. The last sentence of the
    # title run, closed by the comma before a bare volume and its bracketed issue, is the journal when there is none.
    v = next((v for v in range(3, n - 1) if labels[v] == "volume" and words[v].isdigit() and words[v + 1][:1] == "("
              and labels[v - 1] == "title" and words[v - 1].endswith(",")), 0) \
        if "“" in text or '"' in text else 0
    if v and not _has(labels, "container"):
        t = _run_start(labels, v - 1, "title")
        stop = next((k for k in range(v - 2, max(t, v - 9), -1) if words[k].endswith((".", "?", "!", ".”", '."'))
                     and len(words[k].rstrip('.”"?!')) > 2), 0)
        if stop and words[stop + 1][:1].isupper() \
                and all(w[:1].isupper() or w in ("of", "and", "&", "for", "the", "in", "on") for w in words[stop + 1:v]) \
                and any(q in " ".join(words[t:stop + 1]) for q in ("“", '"')):
            labels[stop + 1:v] = ["container"] * (v - 1 - stop)

    # MHRA's edited text in its series, "William Shakespeare, The Tempest, ed. by Stephen Orgel, The Oxford Shakespeare
    # (Oxford: ...)": the tagger read the editor and the series as the title's; "ed. by" (or "trans. by") and the names
    # closed by a comma are the editor (translator), and capitalised words from there to the imprint's bracket the series.
    for i in (range(2, n - 3) if " by " in text and "(" in text else ()):
        if labels[i] == labels[i + 1] == "title" and words[i - 1].endswith(",") and words[i + 1] == "by" \
                and words[i] in ("ed.", "trans.", "edited", "translated"):
            e = next((e for e in range(i + 2, min(n - 1, i + 7)) if words[e].endswith(",")), 0)
            b = next((b for b in range(e + 1, min(n, e + 8)) if words[b][:1] == "("), 0) if e else 0
            if b and labels[i:b] == ["title"] * (b - i) and all(w[:1].isupper() for w in words[i + 2:e + 1]) \
                    and all(w[:1].isupper() or w in ("of", "and", "&", "the", "in", "on", "for") for w in words[e + 1:b]):
                role = "editor" if words[i] in ("ed.", "edited") else "translator"
                labels[i:e + 1] = [role] * (e + 1 - i)
                labels[e + 1:b] = ["collection"] * (b - e - 1)
            break

    # Vancouver's body before its title, "Centers for Disease Control and Prevention. Diabetes Report Card 2021
    # [Internet].": the body's name ends at its full stop; a word or two after it the tagger kept as the author's,
    # which name no body (a unit, "World Health Organization. Regional Office for Europe.", would), open the title.
    a = _run_end(labels, 0, "author") if labels[0] == "author" and "title" in labels else 0
    k = next((k for k in range(1, a) if words[k].endswith(".") and len(words[k]) > 4 and words[k][-2].islower()), 0) \
        if 2 < a < 12 and labels[a + 1] == "title" else 0
    if k and not any(w.endswith((",", ";", ".")) for w in words[k + 1:a + 1]) \
            and corporate_name(" ".join(words[:k + 1])[:-1]) and not corporate_name(" ".join(words[k + 1:a + 1])):
        labels[k + 1:a + 1] = ["title"] * (a - k)
    # ... and a unit of that body named as a sentence after it ("World Health Organization. Regional Office for
    # Europe. European health report 2018."), which the tagger opened the title with, is the author's.
    a = _run_end(labels, 0, "author") if labels[0] == "author" and "title" in labels else 0
    u = next((u for u in range(a + 1, min(n - 1, a + 7)) if words[u].endswith(".")), 0) \
        if a and labels[a + 1] == "title" and words[a].endswith(".") and SUB_UNIT.match(" ".join(words[a + 1:a + 3])) \
        else 0
    if u and set(labels[a + 1:u + 2]) == {"title"} and corporate_name(" ".join(words[:a + 1])[:-1]) \
            and all(w[:1].isupper() or w in _BODY_JOINERS for w in words[a + 1:u + 1]) \
            and not SUB_UNIT.match(" ".join(words[:a + 1])):
        labels[a + 1:u + 1] = ["author"] * (u - a)
    # APA's report with its series and number in a bracket after the title, "Sea level rise technical report (NOAA
    # Technical Report NOS 01).": the bracket is the genre; the title's own last words before it ("technical report"),
    # which the tagger ran into the genre, stay the title's.
    b = next((b for b in range(2, n - 1) if labels[b] == "genre" and words[b][:1] == "(" and labels[b - 1] == "genre"),
             0) if " (" in text else 0
    if b:
        k = _run_start(labels, b - 1, "genre")
        if k and labels[k - 1] == "title" and not any(w[:1] in "([" or w.endswith((".", ",", ":")) for w in words[k:b]):
            labels[k:b] = ["title"] * (b - k)

    # Elsevier's numbered web source, "[6] NREL, Best Research-Cell Efficiency Chart, 2023. https://...": a body's
    # acronym names the author; the comma part after it, with no initial to make it a name, is the title.
    a = 1 if labels[0] == "citation-number" else 0
    e = _run_end(labels, a, "author") if a < n and labels[a] == "author" and _ACRONYM_COMMA.fullmatch(words[a]) else a
    if e > a + 1 and words[e].endswith(",") and e + 1 < n and labels[e + 1] == "date" \
            and not any(w.endswith(",") or _INITIAL_TOKEN.match(w) for w in words[a + 1:e]) \
            and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words[a + 1:e + 1]):
        labels[a + 1:e + 1] = ["title"] * (e - a)
    # Elsevier's "in: Proceedings of the ... Conference, IEEE, Chicago, 2019, pp. ...": the publisher's acronym closing
    # the proceedings' name before the town is the publisher.
    for i in (range(3, n - 1) if _has_pair(labels, "container", "location") else ()):
        if labels[i] == "container" and labels[i + 1] == "location" and labels[i - 1] == "container" \
                and words[i - 1].endswith(",") and _ACRONYM_COMMA.fullmatch(words[i]):
            labels[i] = "publisher"
            break
    # IEEE's "in Proc. 34th Int. Conf. Neural Inf. Process. Syst. (NeurIPS), Vancouver, BC, Canada, 2020": the
    # conference's acronym in brackets closes its proceedings' name, though the tagger read it as the town's start.
    for i in opens:
        if 0 < i < n - 1 and labels[i] == "location" and labels[i - 1] == "container" \
                and _BRACKETED_ACRONYM.fullmatch(words[i]) and words[i].strip("(),") not in _COUNTRY_CODES:
            labels[i] = "container"
    # APA's "Title. Emotion. Advance online publication.": the sentence before the online-first words is the journal,
    # however short, when the title's sentence runs on to it.
    a = next((a for a in range(3, n - 2) if words[a] == "Advance" and words[a + 1] == "online"
              and words[a + 2].startswith("publication")), 0) if "Advance online" in text else 0
    s = next((s for s in range(a - 1, max(a - 9, 0), -1) if words[s - 1].endswith(".")), 0) if a else 0
    if s and labels[s - 1] == "title" and labels[s] in ("title", "container") and words[s][:1].isupper() \
            and words[a - 1].endswith("."):
        labels[s:a + 3] = ["container"] * (a + 3 - s)  # the online-first words go with it, as the journal rules read them
    # MDPI's and ACS's book "Title: Subtitle, More; Publisher: Place, Year.": the semicolon closes the title, so words
    # the tagger gave the publisher before it are the title's ("... Central Asia: Past, Present, Future; CRC Press:").
    s = labels.index("publisher") if ";" in text and "publisher" in labels else 0
    e = _run_end(labels, s, "publisher") if s else 0
    k = next((k for k in range(s, e) if words[k].endswith(";") and words[k][:1].isalpha()), None) \
        if s and labels[s - 1] == "title" and "/" not in words[s:e] else None
    if k is not None and (words[e].endswith(":") or e + 1 < n and labels[e + 1] == "location"):
        labels[s:k + 1] = ["title"] * (k + 1 - s)
    _abbreviated_journal_start(words, labels)
    # APA's and Harvard's article with no volume, "Аузан, А. А. (2011). Title. Экономическая политика, 7–22.",
    # "(2016). Title. Россия в глобальной политике: 8–21.": with no container found, the title's last sentence
    # before a range of pages that closes the reference (a link or DOI aside) is the journal.
    if not _has(labels, "container") and "title" in labels and _has(labels, "pages"):
        i, j = _last_title_sentence(words, labels)
        e = _run_end(labels, j + 1, "pages") if j + 1 < n and labels[j + 1] == "pages" else 0
        if (e and i > 0 and labels[i - 1] == "title" and _sentence_stop(words[i - 1]) and words[i][:1].isupper()
                and words[j].endswith((",", ":")) and all(label in ("url", "doi") for label in labels[e + 1:])
                and any(dash in w for w in words[j + 1:e + 1] for dash in "–-")):
            labels[i:j + 1] = ["container"] * (j + 1 - i)
    # ABNT's marks for no place and no publisher, "[S. l.: s. n.], 2019.", "Survival, [s. l.], v. 64", name no field (as
    # "s.d." dates nothing), whatever the rules above made of them: they go to note, no translated title and no part
    # of the journal's name.
    for i in (range(1, n) if "[s" in text or "[S" in text else ()):
        if words[i][:2] in ("[s", "[S") and _NO_PLACE_MARK.fullmatch(_bracket_text(words, i).rstrip(".,;:")):
            j = next(k for k in range(i, n) if "]" in words[k])
            labels[i:j + 1] = ["note"] * (j + 1 - i)
    # ... and the same marks unbracketed in the imprint, Latin "s.l. : s.n., 1923", German "o. O.: Selbstverlag, o. J.",
    # Russian "Б. м. : б. и., б. г.": the place's and the publisher's marks go to note (the tagger read them as the place
    # and publisher or ran them into the title), the date's after the comma to the date, which it leaves out.
    marks = _IMPRINT_MARK.finditer(text) if " s." in low or "o. O" in text or " б. " in low else ()
    starts = None
    for m in marks:
        if starts is None:
            starts, at = [], 0
            for w in words:
                at = text.index(w, at)
                starts.append(at)
                at += len(w)
        i, j = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        labels[i:j] = ["note" if m.lastgroup == "lack" else "date"] * (j - i)


# Prepositions a title never ends with: the name after one is the title's ("Heat stress ... in Delhi").
_GOVERNING_PREPOSITIONS = frozenset("in of for from at on across among within during near".split())


def _iso4_word(word: str) -> bool:
    """A journal word as ISO 4 abbreviates it, with its stop ("Clim.,", "J.", "Sci.")."""
    stem = word.rstrip(",;:")
    return stem[:1].isupper() and stem.endswith(".") and stem[:-1].lower() in _JOURNAL_WORD_ABBREVIATIONS


def _abbreviated_journal_start(words, labels) -> None:
    """Where a journal's name in ISO 4 abbreviations starts after the title: the tagger often leaves its first
    abbreviated words at the title's end. One walk back from the journal's first word over them (ISO 4 journal words,
    and a short word cut short opening a comma part, not a country closing the title's sentence, "..., Kyrgyzstan.");
    what precedes them decides whether they are the journal's:
    - the title's stop (MDPI's "... Osh Province, Kyrgyzstan. Agric. Water Manag. 2009, 96"): they are;
    - a comma (Elsevier's "..., Pricing carbon in emerging markets, Calif. Manage. Rev. 61 (2) (2019)", where the
      tagger took "Calif." for the title's place): they are when the journal's name goes on in abbreviations;
    - no punctuation (IOP's "... kagome lattice J. Phys.: Condens. Matter 31 405701", ScienceDirect's "... workers in
      Punjab J. Hydrol., 590 (2020)"): they are when the journal's name goes on in abbreviations, or ends in an ISO 4
      one before its volume; a title closing with a preposition then keeps the name it governs ("workers in Delhi Urban
      Clim., 41"), which the tagger gave the journal, and the "in" the tagger read as the journal's cue."""
    c = labels.index("container") if "container" in labels and "title" in labels else 0
    if c < 3 or labels[c - 1] != "title":
        return
    k = c
    while k > 2 and labels[k - 1] == "title" and (_iso4_word(words[k - 1]) and words[k - 1][-1] == "."
                                                  or words[k - 2].endswith(",") and len(words[k - 1]) <= 7
                                                  and _ABBREVIATED_TITLE_WORD.fullmatch(words[k - 1])):
        k -= 1
    if labels[k - 1] != "title":
        return
    before = words[k - 1][-1]  # the mark closing the title's word before them
    e = _run_end(labels, c, "container")
    closes_before_volume = before not in ".,:;" and _iso4_word(words[e]) and e + 1 < len(words) \
        and labels[e + 1] == "volume"
    goes_on = words[c][:1].isupper() and "." in words[c]
    if before == "." or goes_on and (before == "," or before.isalnum()) or closes_before_volume:
        labels[k:c] = ["container"] * (c - k)
    if not closes_before_volume:
        return
    c = k
    if words[c] == "in" and c + 2 < e:
        labels[c] = "title"
        c += 1
    elif not (words[c - 1] in _GOVERNING_PREPOSITIONS and labels[c - 1] == "title" and c + 1 < e):
        return
    if words[c][:1].isupper() and words[c][-1:].isalpha() and not _iso4_word(words[c]) \
            and not _iso4_word(words[c] + "."):
        labels[c] = "title"


_ACRONYM_COMMA = re.compile(r"[A-Z]{2,6},")  # "NREL,", "IEEE,": a body's or a publisher's acronym before a comma
# ABNT's (NBR 6023) sine loco and sine nomine: "[S. l.]", "[s. l.: s. n.]", "[S.l.]", "[s. n.]".
_NO_PLACE_MARK = re.compile(r"[Ss]\.\s?[ln]\.(?::\s?[Ss]\.\s?n\.)?\]")
# ... and unbracketed in an imprint: the place's mark before a colon or comma, the publisher's after a colon, the date's
# after a comma, each standing alone ("s.l. : s.n., 1923", "o. O.: Selbstverlag, o. J.", "Б. м. : б. и., б. г. – 96 с.")
# ... either of which, kept in the note, tells a book's imprint was printed
_NO_IMPRINT_NOTE = re.compile(r"(?m)^\[?(?:[Ss]\.\s?[ln]|o\.\s?O|[Бб]\.\s?[ми])\.")
_IMPRINT_MARK = re.compile(r"(?<![\w.])(?:(?P<lack>(?:[Ss]\.\s?l|o\.\s?O|[Бб]\.\s?м)\.(?=\s?[:,])|(?<=:\s)(?:s\.\s?n|б\.\s?и)\.)"
                           r"|(?<=,\s)(?P<date>(?:o\.\s?J|s\.\s?[df]|б\.\s?г)\.))(?![\w.])")


# A year closing with a colon, as a title may open ("1939: The Alliance ...", "1914: The Year the World Ended")
_YEAR_COLON = re.compile(r"(?:1[0-9]|20)\d\d:")


def _container_closing_comma_title(words, labels) -> None:
    """French and Italian notes "Henri Dubois, Les foires de Chalon, Le commerce au Moyen Âge, Lyon, 1985, 101-119.":
    a part's page range after a title run only by commas, with no journal, publisher or editor, is a part of
    what the last comma part of that run names (a book or journal whose name opens with a capital); the tagger
    had run both into one title. The run must follow the names' comma and end with a comma, and only place,
    date, volume and pages follow it. A part naming a period ("Guerriers et paysans, VIIe-XIIe siècle") stays."""
    n = len(words)
    t = labels.index("title")
    e = _run_end(labels, t, "title")
    if t == 0 or labels[t - 1] != "author" or not words[t - 1].endswith(",") or not words[e].endswith(",") \
            or any(labels[k] not in ("location", "date", "volume", "pages") for k in range(e + 1, n)) \
            or "editor" in labels or "publisher" in labels:
        return
    pages = [k for k in range(e + 1, n) if labels[k] == "pages"]
    if len(pages) != 1 or not _BARE_PAGE_RANGE.match(words[pages[0]].rstrip(".,") + ","):
        return
    c = next((k + 1 for k in range(e - 2, t, -1) if words[k].endswith(",")), 0)
    if c and c - t >= 2 and words[c][:1].isupper() and not words[c][1:2].isupper() \
            and not any(w[:1] in "«“\"‘" for w in words[t:e + 1]):
        labels[c:e + 1] = ["container"] * (e + 1 - c)


def _translated_book_after_editors(words, labels) -> None:
    """References' chapter "In: Zorkaya N.A. (ed.) Obshchestvennoe mnenie – 2019 [Public opinion – 2019]. Moscow, ...":
    after "In" and the editors, the book's transliterated title and its bracketed translation, up to the bracket's
    close, are the container, whatever the tagger made of a year or a dash inside them, when the imprint follows."""
    n = len(words)
    e = next((e for e in range(1, n - 3) if labels[e] == "editor" and _ROLE_CLOSE.match(words[e])), 0)
    if not ("In:" in words[1:e] or "In" in words[1:e]):
        return  # an edited book's own title after its editors, "Dynkin A.A. (eds.) Rossiya i mir: 2020 [...]"
    b = next((b for b in range(e + 2, n - 1) if words[b][:1] == "["), 0) if e else 0
    c = next((c for c in range(b, n - 1) if words[c].endswith(("].", "],"))), 0) if b else 0
    if c and labels[c + 1] in ("location", "publisher") and "]" not in "".join(words[b:c]) \
            and set(labels[e + 1:c + 1]) <= {"container", "title", "date", "pages"} and labels[e + 1] != "date":
        labels[e + 1:c + 1] = ["container"] * (c - e)


# A journal's volume cue as a word of its own: "Vol.", German "Jg.", Czech "roč.", Scandinavian "årg.", Dutch "jrg.".
_GLUED_PAGE = re.compile(r"^[СсC]\.\d+(?:[–-]\d+)?\.?$")  # GOST's page cue with its space lost: "С.1.", "С.12–13"
_VOLUME_CUE_WORDS = frozenset({"vol.", "jg.", "jahrg.", "bd.", "roč.", "årg.", "jrg.", "t.", "tom"})
_VOLUME_COUNT = re.compile(r"(?i)vols?\.|volumes\.?|parts\.?")
_VOLUME_COUNT_WORDS = frozenset({"т.", "т.,", "томах", "томах.", "томах,", "ч.", "ч.,", "частях", "кн.", "книгах"})


# "..., eds. C. Cereti", "Influence. Ed. M. Gibson", Spanish "..., editado por G. Ferri"
_BOOK_EDITOR_CUES = frozenset(("ed.", "eds.", "edd.", "edited", "editado"))


def _given_first_pair(words) -> bool:
    """"Thomas F. LaPorta and Mischa Schwartz. Title.": a known given name, an initial and a family name, then
    "and" and a second name of two to four capitalised words closing its sentence, are two names written
    given name first, not References' "Viola L. Peasant Rebels ..." with its title after the initials."""
    if len(words) < 6 or words[0].lower() not in GIVEN_NAMES or words[3].lower() not in ("and", "&"):
        return False
    end = next((k for k in range(4, min(len(words), 9))
                if words[k].endswith(".") and not _INITIAL_TOKEN.match(words[k])), 0)
    return 6 <= end + 1 <= 8 and all(w[:1].isupper() for w in words[4:end + 1])


_BARE_PAGE_RANGE = re.compile(r"^\d+[–-]\d+[.,]$")


def _chapter_left_as_note(words, labels) -> None:
    """'Author. 1990. “Title [Translation].” In Book. Ljubljana: Slovenska matica.': after a quoted title closed by
    its stop the tagger may leave the whole rest as note; when that rest reads "In Book[, pages]. Place: Publisher.",
    the book, its pages and its imprint take their labels back."""
    n = len(words)
    i = next((i for i in range(2, n - 3) if words[i] in ("In", "In:")), None)
    if i is None or labels[i - 1] != "title" or not words[i - 1].endswith(('.”', '."', ".’")) \
            or set(labels[i:]) != {"note"} or not words[i + 1][:1].isupper():
        return
    start = i + 2 if _SAME_AUTHOR_WORD.match(words[i + 1] + " ") else i + 1  # "In Idem, Book."
    book = next((b for b in range(start, n) if words[b].endswith((".", ","))), None)
    pages = book is not None and words[book].endswith(",") and book + 1 < n and _BARE_PAGE_RANGE.match(words[book + 1])
    place = book + 2 if pages else (book + 1 if book is not None and words[book].endswith(".") else None)
    colon = next((c for c in range(place, min(place + 3, n - 1)) if words[c].endswith(":")), None) if place else None
    if colon is None or not words[-1].endswith(".") or any(ch.isdigit() or ch == ":" for w in words[colon + 1:] for ch in w):
        return
    labels[i:book + 1] = ["container"] * (book + 1 - i)
    if pages:
        labels[book + 1] = "pages"
    labels[place:colon + 1] = ["location"] * (colon + 1 - place)
    labels[colon + 1:] = ["publisher"] * (n - colon - 1)


def _book_after_in(words, labels) -> None:
    """Chicago and Harvard chapters "Author. Year. Chapter. In Book Title, edited by Name, pp. 1-9.",
    "... “Chapter.” In: Book. Ed. Name.": the "In" opening a sentence after the chapter's title starts the
    book, which runs to its editors' cue ("edited", "ed.", "eds.") or, where the tagger ran the chapter's
    title on over it and no cue follows, to the end of that run; the tagger read it as the chapter's title
    or as editors. Names right after "In" ("In J. Curran (Ed.), Book", Vancouver's "In: Walls RM, eds. Book.")
    are the editors, not the book. "In:" with its colon opens the book with no stop before it too (annals-of-botany's
    "Smith AD. 1986. Chapter In: Book. Oxford: Blackwell, 24–46."). The Spanish locale's "En Book, editado por G. Ferri y A. Kuznetsov." is read so
    when its cue is there, whatever the tagger called the sentence, its names to their stop too."""
    n = len(words)
    for i in range(1, n - 1):
        run = ("title", "editor", "container", "publisher") if words[i] == "En" else ("title", "editor")
        if words[i] not in ("In", "In:", "En") or labels[i] not in run or labels[i - 1] != "title" \
                or not words[i - 1].rstrip("”’\"").endswith((".", "?", "!")) and words[i] != "In:" \
                or not words[i + 1][:1].isupper() or _INITIAL_TOKEN.match(words[i + 1]):
            continue
        j = i + 1
        while j < n and labels[j] in run and not (
                words[j].lower() in _BOOK_EDITOR_CUES and words[j - 1].endswith((",", "."))):
            j += 1
        cued = j < n and words[j].lower() in _BOOK_EDITOR_CUES
        names = j + 2 if cued and j + 1 < n and words[j + 1] in ("by", "por") else j + 1
        if words[i] == "En":
            e = next((e for e in range(names, min(n, names + 12)) if words[e].endswith(".")
                      and not _INITIAL_TOKEN.match(words[e])), 0) if cued and names > j + 1 else 0
            if not e or not _name_list(["and" if w == "y" else w for w in words[names:e + 1]]):
                continue
            labels[j:e + 1] = ["editor"] * (e + 1 - j)
        if cued and (names >= n or labels[names] != "editor"):
            continue  # Vancouver "In: Walls RM, Hockberger RS, eds. Book.": the names came first
        if j == i + 1 or not words[j - 1].endswith((",", ".")) or any("(" in w for w in words[i + 1:j]) \
                or not cued and set(labels[i:j]) != {"title"}:
            continue
        labels[i:j] = ["container"] * (j - i)
        if cued:
            labels[j] = "editor"
        return
    _editors_then_book_after_in(words, labels)


def _editors_then_book_after_in(words, labels) -> None:
    """"... “Chapter.” In Mariagabriella Cambiaghi ed. Studi gozziani. Milano: CUEM, 2006.": after a chapter's
    "In", names and their cue ("ed.", "eds.", "edd."), then the book's title to its full stop, which the
    tagger ran on into the editors."""
    n = len(words)
    for i in range(1, n - 3):
        if words[i] not in ("In", "In:") or labels[i - 1] != "title" \
                or not words[i - 1].rstrip("”’\"").endswith((".", "?", "!")):
            continue
        c = next((c for c in range(i + 2, min(n - 1, i + 10)) if words[c].lower() in ("ed.", "eds.", "edd.")), 0)
        if not c or not _name_list(words[i + 1:c]) or not words[c + 1][:1].isupper():
            return
        e = next((e for e in range(c + 1, min(n, c + 25)) if words[e].endswith(".") and len(words[e]) > 4
                  and not _INITIAL_TOKEN.match(words[e])), 0)
        if e and e + 1 < n and set(labels[i:e + 1]) == {"editor"} and labels[e + 1] != "editor":
            labels[c + 1:e + 1] = ["container"] * (e - c)
        return


def _book_then_editors(words, labels) -> None:
    """Chicago notes "“Title,” in Russia’s Foreign Policy, ed. Andrei Tsygankov (Lanham, MD: ...)": after
    a chapter's "in", the words up to ", ed." (", eds.", ", edited by") are the book's title and the
    names from there to the bracketed imprint its editors, whatever the tagger ran together."""
    n = len(words)
    for k in range(1, n - 3):
        if words[k] != "in" or not words[k - 1].endswith((",", "”", "’")) or not words[k + 1][:1].isupper():
            continue
        e = next((e for e in range(k + 2, min(n - 1, k + 25)) if words[e] in ("ed.", "eds.", "edited")
                  and words[e - 1].endswith(",")), 0)
        if not e:
            return
        start = e + 1 + (words[e] == "edited" and words[e + 1] == "by")
        b = next((b for b in range(start, min(n, start + 10)) if words[b][:1] == "("), 0)
        if b > start and all(w[:1].isupper() or w in ("and", "&") or w.lower() in PARTICLES for w in words[start:b]):
            labels[k:e] = ["container"] * (e - k)
            labels[e:b] = ["editor"] * (b - e)
        return


# The role that closes the editors' names before the book's title: "(eds)", "(Hrsg.):", "(org.).",
# "(a cura di),", "(sous la dir. de),"; split into words, "(a cura di)" is three and "(sous la dir. de)" four.
_ROLE_CLOSE = re.compile(r"(?i)^\((?:eds?|orgs?|coords?|dirs?|hrsg|hg|red|ред)\.?\)[.,:]?$|^d[ie]\)[.,:]?$")


def _role_closes(words, j: int) -> bool:
    """Does words[j] close a role bracket: "(eds.)," itself, or the last word of "(a cura di)", "(sous la dir. de)"?"""
    return words[j][:1] == "(" or words[j - 2:j] == ["(a", "cura"] \
        or [w.lower() for w in words[j - 3:j]] in (["(sous", "la", "dir."], ["(sous", "la", "direction"])


def _nature_chapter(words, labels) -> None:
    """Nature's chapters "In Methods in Molecular Biology (eds Lee, A. & Park, B.) 45–67 (Springer, 2019).": after the
    book, the names in the bracket opened by "(eds" are its editors, the pages follow, and the last bracket holds the
    publisher and the year; the tagger read the editors as authors or the book and the pages as a volume."""
    n = len(words)
    for k in range(2, n - 3):
        if words[k] not in ("(eds", "(ed.", "(ed") or labels[k - 1] not in ("container", "volume", "title"):
            continue
        if labels[k - 1] == "title":
            # "Kryshtafovych, A. et al. in Protein Structure Prediction (ed. Kihara, D.) 1–22 (Springer, 2020).": a
            # chapter cited by its book alone, which the tagger read as a title opening with "in"
            t = _run_start(labels, k - 1, "title")
            if words[t] != "in" or t + 1 >= k or not words[t + 1][:1].isupper():
                return
        close = next((j for j in range(k + 1, min(n - 2, k + 16)) if words[j].endswith(")")), None)
        if close is None or not all(w[:1].isupper() or w.rstrip(")") in _NAME_JOINERS for w in words[k + 1:close + 1]):
            return
        page, imprint, year = close + 1, close + 2, n - 1
        if not (re.fullmatch(r"\d+(?:[–-]\d+)?", words[page]) and words[imprint].startswith("(")
                and re.fullmatch(rf"{_YEAR}\)\.?", words[year]) and year > imprint):
            return
        labels[k:close + 1] = ["editor"] * (close + 1 - k)
        labels[page] = "pages"
        labels[imprint:year] = ["publisher"] * (year - imprint)
        labels[year] = "date"
        if labels[k - 1] == "title":
            t = _run_start(labels, k - 1, "title")
            labels[t:k] = ["note"] + ["container"] * (k - t - 1)
        return


def _editors_after_in(words, labels) -> None:
    """"In: LIMA, Ana Beatriz (org.). Finanças públicas ...", "in Marino A. (a cura di), Economia
    ...", "En M. Tuñón de Lara (Dir.), Historia ...": the names between "In" and the role that closes them are the
    book's editors, though
    the tagger ran them into the container."""
    n = len(words)
    for k in range(n - 2):
        lead = words[k].lower()  # "in", and Spanish "En", Portuguese "Em", French "Dans", Polish "[w:]" as chapters open
        if not (lead in ("in", "in:") or lead in _BOOK_IN_WORDS | _IN_MARKS and (words[k][:1].isupper()
                                                                                 or lead.endswith(":"))) \
                or labels[k + 1] != "container":
            continue
        j = k + 1
        while j < min(n, k + 10) and labels[j] == "container" and not _ROLE_CLOSE.match(words[j]):
            j += 1
        if (j < n and labels[j] == "container" and _ROLE_CLOSE.match(words[j]) and words[k + 1][:1].isupper()
                and not any(ch.isdigit() for w in words[k + 1:j] for ch in w)
                and _role_closes(words, j)):
            for m in range(k + (lead in ("in", "in:")), j + 1):  # "En", "Dans" go with the names they open
                labels[m] = "editor"


def _gbt_areas(words, labels) -> None:
    """GB/T 7714 "Authors. Title[J]. Journal, 2004, 39(10): 35-44." / "Title[M]. Place: Publisher, 2012.".

    The bracketed type mark ends the title; the authors end at the first full stop (GB/T writes
    initials without dots); after a [J] the journal runs to the comma before the year, after a
    book's mark the place to its colon and the publisher to the comma before the year. The
    tagger, which has seen no Chinese, cannot find these on its own."""
    n = len(words)
    mark = next(k for k in range(n) if _GBT_MARK.search(words[k]))
    start = 1 if labels[0] == "citation-number" else 0
    end = next((k for k in range(start, mark) if words[k].endswith(".")), None)
    for k in range(start, mark + 1):
        if end is not None and k <= end:
            labels[k] = "author"
        elif end is not None or labels[k] != "author":  # no full stop: the tagger's authors stand
            labels[k] = "title"
    kind = _GBT_MARK.search(words[mark]).group(1)
    if kind == "P":  # "...: CN 209876543 U[P]. 2020-01-14.": the patent's date of publication
        for k in range(mark + 1, n):
            if _ISO_DAY.match(words[k]):
                labels[k] = "date"
    if kind == "N" and words[mark].endswith(".") and mark + 3 < n and words[n - 3].endswith(",") \
            and _GBT_NEWSPAPER_DAY.fullmatch(words[n - 2] + words[n - 1]):
        # "Title[N]. 人民日报, 2021-03-15(5).": the paper to the comma, then its day and its page in brackets
        labels[mark + 1:n] = ["container"] * (n - 3 - mark) + ["date", "pages"]
        return
    comma = next((k for k in range(mark + 1, n - 1) if words[k].endswith(",") and _BARE_YEAR.match(words[k + 1])), None)
    if comma is None or not words[mark].endswith("."):
        return  # "[C]//Proceedings ...": the container after "//" is the tagger's to find
    colon = next((k for k in range(mark + 1, comma) if words[k].endswith(":")), None)
    for k in range(mark + 1, comma + 1):
        if kind == "J":
            labels[k] = "container"
        elif colon is not None:
            labels[k] = "location" if k <= colon else "publisher"
    if kind == "J" or colon is not None:
        labels[comma + 1] = "date"


_TRAILERS = frozenset({"url", "doi", "isbn", "issn", "accessed", "pages"})


def _is_region(word: str) -> bool:
    """A state code or a country ("NV,", "USA,", "Canada"); any other two capitals ("London, BP, 2021") are a
    publisher's initials."""
    bare = word.strip(".,;:")
    return bare in _REGION_CODES or bare.lower() in _REGION


def _place_closing_publisher(item: dict, confidence: dict) -> None:
    """IEEE's "M.Eng. thesis, Sch. Eng., Univ. Nairobi, Nairobi, Kenya, 2020.": a known city and its state or
    country closing a thesis's or report's issuing body are the place, which the tagger ran into the body."""
    parts = item["publisher"].split(", ")
    for size in (3, 2):
        city, *regions = parts[-size:]
        if len(parts) > size and _is_city(city) and regions and all(_is_region(r) for r in regions):
            item["publisher"], item["publisher-place"] = ", ".join(parts[:-size]), ", ".join(parts[-size:])
            confidence["publisher-place"] = confidence.get("publisher", 0.7)
            return


# A town's name as one word, its parts joined by hyphens ("Ulan-Ude", "Rostov-on-Don", "Улан-Удэ"); no acronym.
_TOWN_NAME = re.compile(r"[A-ZА-ЯЁ][a-zа-яё'’ʹ]+(?:-(?:[a-zа-яё]+-)?[A-ZА-ЯЁ]?[a-zа-яё'’ʹ]+)*")


def _publisher_then_town(words, labels, n: int) -> None:
    """Label a French imprint "..., Publisher, Town." (or "..., Publisher, Town, p. 87-104.") that the tagger read as
    names after the authors' year, or as part of a book's title (see the call in _constrain)."""
    te = n - 1
    if n > 2 and labels[n - 1] == "pages" and words[n - 2] in ("p.", "pp."):
        te = n - 3  # the town before its pages
    elif n > 1 and labels[n - 1] == "pages" and re.fullmatch(r"pp?\.\s?\d.*", words[n - 1]):
        te = n - 2
    if te < 4 or not words[te].endswith((".", ",")) or not words[te - 1].endswith(",") and not words[te - 2].endswith(","):
        return
    ts = te if words[te - 1].endswith(",") else te - 1  # a town of one or two words ("New York.")
    if not _is_city(" ".join(words[ts:te + 1])):
        return
    ps = next((k + 1 for k in range(ts - 2, max(ts - 6, 0), -1) if words[k].endswith(",")), None)
    if ps is None or ps < 3:
        return
    publisher = words[ps:ts]
    if any(any(ch.isdigit() for ch in w) for w in publisher) or not all(w[:1].isupper() or w in ("&", "and") for w in publisher) \
            or _is_city(" ".join(publisher)):
        return
    misread = set(labels[ps:te + 1])
    if misread <= {"author", "location"} and "author" in misread and labels[0] == "author":
        d = next((d for d in range(n) if labels[d] != "author"), n)
        if not (d < ps and labels[d] == "date" and labels[d + 1] == "title"):
            return
        t = ps - 1
        while t > d and labels[t] == "author":
            t -= 1
        if labels[t] != "title":
            return
        labels[t + 1:ps] = ["title"] * (ps - t - 1)  # the title's end the names' run took
    elif not (misread <= {"container", "location"} and "container" in misread and labels[ps - 1] == "container"):
        return
    labels[ps:ts] = ["publisher"] * (ts - ps)
    labels[ts:te + 1] = ["location"] * (te + 1 - ts)


def _is_city(word: str) -> bool:
    """A city the word features or the list of places know ("London", "Oxford", "Москва", "Perm")."""
    word = word.strip(".,;:").lower()
    return word in CITIES or word in PLACES


def _city_at(words, k: int, end: int) -> bool:
    """Does a known city of one or two words ("Hillsdale", "New York") start at words[k], before end?"""
    return _is_city(words[k]) or k + 1 < end and _is_city(f"{words[k]} {words[k + 1]}")


def _agu_book_after_title(words, labels) -> None:
    """AGU's chapter "Title, in Book Title, Geophys. Monogr. Ser., vol. 170, edited by R. Abercrombie et al., pp.
    61–78, AGU, ...": the tagger ran the book into the title. From the comma's lower-case "in" before a capital
    the title's words are the book's, when its editors ("edited by") follow the title, and what stands between
    them (a series and its volume) is the book's series."""
    n = len(words)
    for k in range(2, n - 1):
        if words[k] != "in" or labels[k] != "title" or not words[k - 1].endswith(",") or not words[k + 1][:1].isupper():
            continue
        end = k
        while end + 1 < n and labels[end + 1] == "title":
            end += 1
        edited = next((j for j in range(end + 1, min(n - 1, end + 8)) if words[j] == "edited" and words[j + 1] == "by"), 0)
        if edited and labels[edited] == "editor" and words[end].endswith(",") \
                and all(label in ("container", "volume", "collection") for label in labels[end + 1:edited]):
            labels[k:end + 1] = ["container"] * (end + 1 - k)
            labels[end + 1:edited] = ["collection"] * (edited - end - 1)
        return


def _publisher_after_edition(words, labels) -> None:
    """MLA's "Ferguson, Margaret, et al., editors. The Norton Anthology of Poetry. 6th ed., W. W. Norton, 2018.": "6th
    ed." states the edition, no editor's role, so the words after its comma, up to the year's, are the publisher
    (the tagger read "W. W. Norton" as another editor, or as the author)."""
    n = len(words)
    for k in range(1, n - 2):
        if words[k] == "ed.," and _ORDINAL.match(words[k - 1]) and labels[k + 1] in ("editor", "author"):
            j = _run_end(labels, k + 1, labels[k + 1])
            if j + 1 < n and labels[j + 1] == "date" and words[j].endswith(",") \
                    and not any(w.endswith(",") for w in words[k + 1:j]) \
                    and not any(w.lower().startswith(("ed", "trans")) for w in words[k + 1:j + 1]):
                labels[k + 1:j + 1] = ["publisher"] * (j - k)  # one comma part: a volume may come first


def _body_town_year(words, labels) -> None:
    """IEEE-like "Title, International Renewable Energy Agency, Abu Dhabi, 2022.": a known town of one or two words
    between a body's comma and the year's is the place, though the tagger ran a two-word town ("Abu Dhabi",
    "Addis Ababa") into the body it read as the container or the publisher."""
    d = labels.index("date")
    if d < 4 or not words[d - 1].endswith(","):
        return
    for size in (2, 1):
        t = d - size
        if words[t - 1].endswith(",") and labels[t - 1] in ("container", "publisher") \
                and all(labels[k] == labels[t - 1] for k in range(t, d)) and _is_city(" ".join(words[t:d])):
            b = t - 1
            while b > 0 and labels[b - 1] == labels[t - 1] and not words[b - 1].endswith((",", ".")):
                b -= 1
            if corporate_name(" ".join(words[b:t])[:-1]):
                labels[t:d] = ["location"] * size
            return


def _publisher_then_place(words, labels) -> None:
    """Harvard (UK) "Title. Routledge, London." / "December 2016. NBP, Warsaw.": a last sentence
    "Publisher, Place" whose second part is a place form (words the tagger took for a place, a
    city the features know, a town of one or two words and its state or country, "Cheltenham, UK",
    "Las Cruces, NM") and whose first part is none ("London, Routledge."
    keeps its order) is publisher and place, though the tagger read the publisher as a container
    or the title's end. Pages or a link may follow; "In Proceedings of ..., Bristol, UK", "PhD
    thesis, Oxford" and "Working paper, London" are no publishers."""
    n = len(words)
    e = n
    while e > 1 and (labels[e - 1] in _TRAILERS or words[e - 1].lower().startswith(("http", "doi", "www."))):
        e -= 1
    if not words[e - 1][:1].isupper():
        return  # most references end with pages, a year or a number
    s = e - 1
    while s > 0 and not (words[s - 1].endswith(".") and not _INITIAL_TOKEN.match(words[s - 1])):
        s -= 1
    comma = next((k for k in range(s, e - 1) if words[k].endswith(",")), None)
    if not s or comma is None or labels[s - 1] not in ("title", "date", "edition", "container", "genre"):
        return
    first, second = range(s, comma + 1), range(comma + 1, e)
    head = " ".join(words[k] for k in first)
    if len(second) == 2 and words[second[0]].endswith(",") \
            or len(second) == 3 and words[second[1]].endswith(",") and not words[second[0]].endswith(","):
        place = _is_region(words[e - 1])  # "Cheltenham, UK.", "Redmond, WA.", "Fort Worth, USA."
    else:
        place = len(second) <= 2 and not any(words[k].endswith(",") and k < e - 1 for k in second) and (
            all(labels[k] == "location" for k in second) or len(second) == 1 and _is_city(words[second[0]]))
    if (place and len(first) <= 6 and all(words[k][:1].isupper() or words[k] in _PUBLISHER_JOINERS for k in range(s, e))
            and all(labels[k] in ("container", "publisher", "title") or labels[k] == "location" and (
                "&" in head or _PUBLISHER_WORD.search(head)) for k in first)  # "Weidenfeld & Nicolson, London"
            and not any(ch.isdigit() for ch in head) and not _place_part(head.rstrip(","))
            and words[s].strip(".,").lower() not in _REGION
            and not _CONTAINER_LEAD.match(head) and not any(
                cue.search(head.lower()) for cue in (_REPORT_RE, _THESIS_RE, _CONF_RE))):
        for k in first:
            labels[k] = "publisher"
        for k in second:
            labels[k] = "location"


def _publisher_opening_place(words, labels) -> None:
    """IEEE's "Cisco Annual Internet Report (2018–2023), Cisco, San Jose, CA, USA, Mar. 2020.": a place run whose first
    comma part is no place while a town and its state or country follow is "Publisher, Town, ST, Country"; the
    tagger read the publisher as part of the place."""
    p = labels.index("location")
    end = _run_end(labels, p, "location")
    cut = next((k for k in range(p, min(end, p + 4)) if words[k].endswith(",")), None)
    if cut is None or cut + 2 > end or not p or not words[p - 1].endswith(",") \
            or not all(w[:1].isupper() for w in words[p:cut + 1]):
        return  # the publisher is a comma part of its own ("Int. Fed. Library Assoc. Inst., The Hague" is not)
    first = " ".join(words[p:cut + 1])[:-1]
    parts = " ".join(words[cut + 1:end + 1]).rstrip(".,").split(", ")
    town = parts[0]  # a town's name: no state or country code, no postcode ("Las Vegas, NV, USA" is all place)
    if (_place_part(first) or any(ch.isdigit() for ch in first + town) or len(parts) < 2 or len(town.split()) > 3
            or _is_region(town) or not all(_is_region(part) for part in parts[1:])):
        return
    labels[p:cut + 1] = ["publisher"] * (cut + 1 - p)


def _town_before_region(words, labels) -> None:
    """"Title. College Station, Texas: Texas A&M University Press." / "(WBC 49; Waco, Texas: Word, 1988)": a place that
    opens with a state or country before the imprint's colon has its town in the comma part before it, one or two
    capitalised words after a sentence's stop, a semicolon or a bracket, which the tagger ran into the title or the
    series."""
    p = labels.index("location")
    if p < 2 or not words[p].endswith(":") or not _is_region(words[p]) or not words[p - 1].endswith(","):
        return
    s = p - 1
    while s > p - 2 and s > 0 and not words[s - 1].endswith((".", ";", ":", ",")) and words[s - 1][:1] != "(":
        s -= 1
    town = words[s:p]
    if (s > 0 and (words[s - 1].endswith((".", ";")) or words[s - 1][:1] == "(") and not _INITIAL_TOKEN.match(words[s - 1])
            and all(w[:1].isupper() and w.rstrip(",").replace("-", "").isalpha() for w in town)
            and not _PUBLISHER_WORD.search(" ".join(town)) and not _is_region(town[-1])):
        labels[s:p] = ["location"] * len(town)


def _publisher_before_place(words, labels) -> None:
    """Elsevier's numbered books "J. Cohen, Statistical Power Analysis for the Behavioral Sciences, second
    ed., Lawrence Erlbaum Associates, Hillsdale, NJ, 1988.": the comma part before a known place and the
    year, naming a publisher or a body, is the publisher, where the tagger ran it into the title."""
    n = len(words)
    if "location" not in labels:
        return
    for p in range(max(2, labels.index("location")), n - 1):  # from the first place (a C scan)
        if not (labels[p] == "location" and words[p - 1].endswith(",") and labels[p - 1] in ("title", "container")
                and _city_at(words, p, n)):
            continue
        end = _run_end(labels, p, "location")
        s = p - 1
        while s > 0 and not words[s - 1].endswith(","):
            s -= 1
        chunk = " ".join(words[s:p]).rstrip(",")
        if (s > 1 and end + 1 < n and labels[end + 1] == "date" and _BARE_YEAR.match(words[end + 1].strip(".,"))
                and labels[s - 1] in (labels[p - 1], "edition")
                and p - s <= 6 and not any(ch.isdigit() or ch == ":" for ch in chunk)
                and all(w[:1].isupper() or w in _PUBLISHER_JOINERS for w in words[s:p])
                and (_PUBLISHER_WORD.search(chunk) or corporate_name(chunk))):
            labels[s:p] = ["publisher"] * (p - s)
        return


# The editors' role after their names: "(Eds.)", "(Ed.).", "(Hrsg.),".
_EDS_END = re.compile(r"\((?:eds?|hrsg)\.?\)[.,]?", re.I)


def _book_after_editors(words, labels) -> None:
    """Elsevier's chapters "..., in: T. Ganbat, J. Seiler (Eds.), Urban Mongolia: Planning, Informality
    and the Ger Districts, Routledge, London, 2021, pp. 112–131": after the editors' "(Eds.)," the
    words up to "Publisher, Place" (a place the lists know, before the date) are the book's title,
    however the tagger cut them into places and publishers."""
    n = len(words)
    for i in range(1, n - 3):
        if not (_EDS_END.fullmatch(words[i]) and words[i].endswith(",") and labels[i - 1] == "editor"):
            continue
        end = next((k for k in range(i + 1, n) if labels[k] in ("date", "pages")), n)
        place = next((k for k in range(end - 1, i + 2, -1) if words[k - 1].endswith(",") and _city_at(words, k, end)),
                     None)
        if place is None or place + 2 < end:
            return  # no known place, or more than a place's words before the date
        start = place - 1
        while start > i + 1 and not words[start - 1].endswith(","):
            start -= 1
        if start > i + 1:
            labels[i + 1:start] = ["container"] * (start - i - 1)
            labels[start:place] = ["publisher"] * (place - start)
            labels[place:end] = ["location"] * (end - place)
        return


# APA's bracket of credits after a book's title: "(H. Weaver, Trans.)", "(H. Weaver, Trans.; 2nd ed.)", "(2nd ed.; J.
# Smith, Ed.)"; each part a person's role or the edition.
_APA_CREDIT_PART = re.compile(r"\d{1,2}(?:st|nd|rd|th) ed\.|[^();,]+?(?:,\s[^();,]+?)*,\s(?:Trans|Eds?)\.")


def _place_before_chapter_pages(words, labels) -> None:
    """Italian and French chapters "“Title”, in: Il pozzo romano di Cattolica, Cattolica, p. 33-35" name the book's
    town, and no publisher, as the comma part before the pages' "p." / "S.": one or two capitalised words (no number,
    no publisher's word) after the book's comma, in a chapter ("in", "dans" before it), where the tagger read no place
    and ran the town into the book."""
    p = next((k for k in range(3, len(words) - 1) if labels[k] == "pages" and _PAGE_CUE.match(words[k])), None)
    if p is None or not words[p - 1].endswith(","):
        return
    c = p - 2
    while c > 0 and not words[c].endswith((",", ":", ".")):
        c -= 1
    town = words[c + 1:p]
    if not (1 <= len(town) <= 2 and words[c].endswith(",") and all(w[:1].isupper() and w.rstrip(",").isalpha()
                                                                    for w in town)
            and labels[c] in ("container", "title", "editor") and all(labels[k] == labels[c] for k in range(c + 1, p))
            and not _PUBLISHER_WORD.search(" ".join(town)) and not _is_region(town[-1])
            and any(w.rstrip(":").lower() in ("in", "dans") for w in words[:c])):
        return
    b = c - 1
    while b > 0 and not words[b].endswith((",", ":", ".")):
        b -= 1
    if _city_at(words, b + 1, c + 1):
        return  # "Book, Torino, Giappichelli, pp.": the part before is the town, this the publisher
    labels[c + 1:p] = ["location"] * len(town)


# The years over which a work in several volumes came out, closing its imprint ("1889-96.", "1703-6.", "1850-1852.")
_PUBLICATION_YEARS = re.compile(rf"({_YEAR})[–-](\d{{1,4}})\.?")


def _years_after_place(words, labels) -> None:
    """Chicago's multi-volume work "Goethes Gespräche. Leipzig, 1889-96." / "Patrologia Latina. Paris, 1844-55.": a
    range of years closing the reference right after the place's comma, with no other date, is the years the work
    came out, not its pages (a journal's pages follow its volume, not a town). The range must run forward; the place
    is a place the tagger read so or a known city."""
    m = _PUBLICATION_YEARS.fullmatch(words[-1])
    place = words[-2]
    if not m or not place.endswith(",") or not (labels[-2] == "location" or _is_city(place)):
        return
    start, end = m.group(1), m.group(2)
    if int(start[:4 - len(end)] + end) > int(start):
        labels[-1] = "date"
        if labels[-2] == "pages":  # a known town the tagger ran into the pages
            labels[-2] = "location"


def _apa_translated_book(words, labels) -> None:
    """APA's translated book "Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books.
    (Original work published 1966)": the words between the date and the bracket of credits are the title, each part of
    the bracket its translator, editor or edition, and the sentence after it (before a link or the original's date)
    the publisher, where the tagger read the title as a journal and ran the publisher into the translator."""
    n = len(words)
    i = next((i for i in range(2, n - 1) if words[i][:1] == "(" and labels[i - 1] != "date"
              and labels[i - 2] == "date" or words[i][:1] == "(" and labels[i - 1] in ("title", "container")), None)
    j = next((j for j in range(i, min(n, i + 14)) if words[j].endswith((").", ")"))), None) if i else None
    if j is None:
        return
    d = max((k for k in range(i) if labels[k] == "date"), default=-1)
    if d < 1 or not words[d].endswith(")."):
        return
    parts = " ".join(words[i:j + 1]).rstrip(".")[1:-1].split("; ")
    if not all(_APA_CREDIT_PART.fullmatch(part) for part in parts) or not any(p.endswith("Trans.") for p in parts):
        return
    before = list(labels)
    labels[d + 1:i] = ["title"] * (i - d - 1)
    k = i
    for part in parts:
        size = len(part.split())
        labels[k:k + size] = ["edition" if part.endswith(" ed.") else "translator" if part.endswith("Trans.")
                              else "editor"] * size
        k += size
    end = j + 1
    while end < n and not words[end].endswith(".") or end < n and _INITIAL_TOKEN.match(words[end]):
        end += 1
    after = end + 1
    if end < n and all(w[:1].isupper() or w in _PUBLISHER_JOINERS for w in words[j + 1:end + 1]) and (
            after == n or labels[after] in ("url", "doi") or words[after].startswith(("http", "doi", "(Original"))):
        labels[j + 1:end + 1] = ["publisher"] * (end - j)
        # APA 6's place before the publisher ("London, Duckworth.", "Cambridge, MA: MIT Press."): words the tagger
        # read as a place, or a known city and its state or country
        c = next((k for k in range(j + 1, min(end, j + 5)) if words[k].endswith(":")), None) \
            or next((k for k in range(j + 1, min(end, j + 3)) if words[k].endswith(",")), None)
        town, *regions = " ".join(words[j + 1:c + 1]).rstrip(":,").split(", ") if c is not None else ("",)
        if c is not None and (all(before[k] == "location" for k in range(j + 1, c + 1))
                              or _is_city(town) and all(_is_region(r) for r in regions)):
            labels[j + 1:c + 1] = ["location"] * (c - j)


def _apa_book_without_pages(words, labels) -> None:
    """APA chapters printed without pages, "In M. Ortiz (Ed.), Handbook of bilingual education. Routledge.": the words
    after the editors' "(Ed.)," up to their sentence's stop are the book's title and the last sentence (before a link)
    the publisher, where the tagger read both as the publisher."""
    n = len(words)
    for i in range(1, n - 2):
        if not (_EDS_END.fullmatch(words[i]) and words[i].endswith(",") and labels[i] == "editor"):
            continue
        end = n
        while end > i + 1 and (labels[end - 1] in ("url", "doi") or words[end - 1].startswith(("http", "doi"))):
            end -= 1
        stop = next((k for k in range(i + 1, end - 1) if words[k].endswith((".", "?", "!"))
                     and not _INITIAL_TOKEN.match(words[k]) and words[k][:-1].lower() not in _NAME_ABBREVIATIONS), None)
        if stop is not None and all(labels[k] == "publisher" for k in range(i + 1, end)) and end - stop - 1 <= 6 \
                and not any(w.endswith(".") for w in words[stop + 1:end - 1]):
            labels[i + 1:stop + 1] = ["container"] * (stop - i)
        return


# Role words before the editors' names after a chapter's book.
_EDITOR_CUES_AFTER_BOOK = (("a", "cura", "di"), ("edited", "by"), ("ed.", "by"), ("hrsg.", "von"), ("hrsg.", "v."),
                           ("hg.", "von"), ("sous", "la", "dir.", "de"), ("sous", "la", "direction", "de"),
                           ("éd.", "par"), ("edd.",))  # classicists' Latin plural: "edd. I. Morris and B. Powell"
# The words the cues open with: the cues' tuples are built, word by word lower-cased, only after one of them.
_EDITOR_CUE_OPENERS = frozenset(cue[0] for cue in _EDITOR_CUES_AFTER_BOOK)


_BOOK_IN_WORDS = frozenset({"in", "in:", "en", "en:", "dans", "em", "em:", "dalam", "dalam:"})
# A role word between "In" and the editors it names: Polish "W: Red. J. Kowalski, ...", "In: Ed. J. Smith, ...".
_EDITOR_FIRST_WORDS = frozenset({"red.", "ed.", "eds.", "hrsg.", "hg."})
_EDITOR_JOINERS = frozenset({"i", "and", "&", "a", "og", "och", "und", "et", "y", "e"})  # "J. Kowalski i A. Nowak"


_SURNAME_STOP = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]{2}\.")  # "Diani.", "Bergström."; not "M.", "Jr.", "St."


def _imprint_after_editors(words, labels, t: int) -> None:
    """Italian "..., a cura di M. Palla, Milano, La Nuova Italia, 2001, pp. 45-78.": a known town of one or two words
    and its comma right after the book's editors, then the words to the next comma before the date or the pages, are
    the place and the publisher, whatever the tagger called them (it had read them as more names)."""
    n = len(words)
    town = next((k for k in (t, t + 1) if k < n and words[k].endswith(",")), None)
    if town is None or not _is_city(" ".join(words[t:town + 1])) or labels[town] in ("date", "pages"):
        return
    end = next((k for k in range(town + 1, min(n - 1, town + 6)) if words[k].endswith(",")), None)
    if end is not None and labels[end + 1] in ("date", "pages") \
            and not any(labels[k] in ("date", "pages") for k in range(town + 1, end + 1)):
        labels[t:town + 1] = ["location"] * (town + 1 - t)
        labels[town + 1:end + 1] = ["publisher"] * (end - town)


def _names_to_comma(words, start: int):
    """Where a list of names from ``start`` ends at a comma ("U. Ascoli,", "U. Ascoli e E. Pavolini,") or at a
    surname's full stop ("edited by D. della Porta and M. Diani. Oxford, UK: ..."), or None (Italian "e" and
    German "und" join names as "and" does)."""
    for end in range(start, min(len(words), start + 12)):
        word = words[end].rstrip(",")
        if not (word[:1].isupper() or word.lower() in PARTICLES or word.lower() in _NAME_JOINERS | {"e", "und"}):
            return None
        if end > start and _SURNAME_STOP.fullmatch(word):
            return end
        if word == "al." and words[end - 1] == "et":
            return end  # "edited by Margaret Ferguson et al., W. W. Norton, 2018": "et al." closes the list
        if words[end].endswith(",") and end > start:
            nxt = words[end + 1:end + 3]
            if len(nxt) == 2 and re.fullmatch(r"(?:[A-Z]\.)+", nxt[0]) and nxt[1][:1].isupper():
                continue  # "U. Ascoli, E. Pavolini,": another name follows
            return end
    return None


def _editors_after_book(words, labels) -> None:
    """The ACM's chapters "In The Handbook of Science and Technology Studies, Edward J. Hackett, Olga
    Amsterdamska, Michael Lynch, and Judy Wajcman (Eds.). MIT Press, ...": the names from a comma
    of the book's title to "(Eds.)" are its editors, where the tagger ran them (and the role) into
    the book's title or the publisher."""
    n = len(words)
    for i in range(2, n):
        if not _EDS_END.fullmatch(words[i]) or labels[i - 1] not in ("container", "publisher"):
            continue
        first = i
        while first > 0 and labels[first - 1] in ("container", "publisher"):
            first -= 1
        if labels[first] != "container":
            return
        for cut in range(first + 1, i - 1):
            if words[cut - 1].endswith(",") and _name_list(words[cut:i]):
                labels[cut:i + 1] = ["editor"] * (i + 1 - cut)
                break
        return


def _name_list(words) -> bool:
    """"Edward J. Hackett, Olga Amsterdamska, and Judy Wajcman": names of two to four capitalised
    words, parted by commas and "and"."""
    names, name = [], []
    for word in words:
        if word in ("and", "&"):
            names, name = names + [name] if name else names, []
            continue
        if not word[:1].isupper():
            return False
        name.append(word)
        if word.endswith(","):
            names, name = names + [name], []
    names += [name] if name else []
    return bool(names) and all(2 <= len(one) <= 4 for one in names)


def _ends_names(word: str) -> bool:
    """A surname with a full stop ("Пирогова.", "Якобсона."), which ends a GOST statement of
    responsibility; initials ("Г."), role abbreviations ("англ.", "ред.") and a body's abbreviated compound
    ("; Кырг.-Рос. Славян. ун-т.") do not."""
    return word.endswith(".") and len(word) > 5 and not _INITIAL_TOKEN.match(word) and ".-" not in word


_RESPONSIBILITY_WORDS = frozenset(("под", "пер.", "переклад", "пераклад", "сост.", "отв.", "науч.", "гл.", "ред.", "ed.",
                                   "hrsg.", "за"))
# The words opening an editors' statement: Russian "под ред.", "отв. ред.", Ukrainian "за ред.", "за заг. ред.".
_EDITOR_ROLE_WORDS = frozenset(("под", "отв.", "науч.", "гл.", "ред.", "за"))
# A dissertation's genre opening after the title's colon: "дис.", "дисс.", "автореф.", Ukrainian "дис.", Belarusian "дыс.".
_DISSERTATION_WORDS = frozenset(("дис.", "дисс.", "автореф.", "дыс.", "аўтарэф."))
# The words opening a standard's date of introduction: GOST's "Введ.", DSTU's "Чинний від" (bracketed or not).
_IN_FORCE_WORDS = frozenset(("Введ.", "Чинний", "[Чинний"))
_AREA_CUES = frozenset(("Ч.", "Т.", "Кн.", "С.", "с."))  # a part, volume or page cue opening a GOST area


# What names a meeting's proceedings after the colon of their title (Russian, Ukrainian, Belarusian) or opens
# the sentence naming them (and transliterated, as References print them: "Materialy konferentsii ...").
_PROCEEDINGS_WORD = re.compile(r"(?i)^(?:материалы|матеріали|матэрыялы|тезисы|тези|труды|праці|сборник|збірник|"
                               r"materialy|tezisy|trudy)$")
_JOURNAL_SERIES = re.compile(rules.JOURNAL_SERIES)


def _editors_opened_by_role(words, labels) -> None:
    """References "In: Ed. by Solov'ev A.I. Politicheskaya kul'tura [...]" (or "Ed. by A.I. Solov'ev."): the editors
    named between "In: Ed. by" and the book's title, which the tagger ran into the book's title, up to the name that
    closes with its initials ("Family I.I.") or with its stop after them ("I.I. Family."); more names go on after a
    comma. (_editors_after_in reads the names a role closes, "In: Name (ed.)".)"""
    n = len(words)
    for i in range(n - 4):
        if words[i].lower() in _IN_MARKS and words[i + 1].lower() == "ed." and words[i + 2] == "by" \
                and labels[i + 1] in ("container", "title"):
            end = None
            for k in range(i + 4, min(n - 1, i + 14)):
                before = words[k - 1]
                if _INITIAL_TOKEN.match(words[k].rstrip(",")):  # "Family I.I." closes a name, "Family, I.I." does not
                    closes = not _INITIAL_TOKEN.match(before.rstrip(",")) and not before.endswith(",")
                else:  # "I.I. Family." closes it
                    closes = words[k].endswith((".", ",")) and bool(_INITIAL_TOKEN.match(before))
                if closes and not words[k].endswith(","):
                    end = k
                    break
            if end is not None and words[end + 1][:1].isupper():
                labels[i:end + 1] = ["editor"] * (end + 1 - i)
            return


_ISSUE_PART = re.compile(r"\d{1,5}(?:[–-]\d{1,5})?[.,]?")  # "202.", a double issue's "977–978."


def _heading_left_untranslated(words, labels, stop: int) -> bool:
    """References "Federal'naya sluzhba gosudarstvennoi statistiki. Regiony Rossii. ... pokazateli. 2021 [Regions of
    Russia. ... indicators. 2021]": the bracket translates the sentences after the first one, which is a heading (a
    body's name, written in lower case as transliterated names are) and no part of the title; a title that opens with
    such words ("Gosudarstvennaya sluzhba v Rossii. Uchebnik [Civil service in Russia. Textbook]") is translated whole."""
    opening = next((b for b in range(stop + 1, len(words)) if words[b][:1] == "["), None)
    if opening is None or labels[opening] != "title" or CYRILLIC.search(" ".join(words[:opening + 1])):
        # a Cyrillic heading's bracket is GOST's medium ("офиц. сайт [Электронный ресурс]"), no translation
        return False
    closing = next((c for c in range(opening, len(words)) if "]" in words[c]), None)
    if closing is None:
        return False

    def stops(part):
        return sum(1 for w in part if w.endswith(".") and not _INITIAL_TOKEN.match(w))
    return stops(words[stop + 1:opening]) == stops(words[opening:closing])


def _proceedings_after_title(words, labels) -> None:
    """References "Pamyat' o voine v gorodakh Sibiri. Materialy konferentsii «Istoriya i pamyat'». Tomsk, 2020,
    pp. 45–51.": a transliterated title (no translation in brackets to end it) runs into the proceedings' name, which
    opens the title's second sentence with the word naming proceedings; with only an imprint between it and the
    pages, that sentence is the container. (After a translated title, "[Title]. Rossiya ...: istoriya. Materialy
    ...", the proceedings' name starts before that word.)"""
    start = labels.index("title")
    end = _run_end(labels, start, "title")
    k = next((k for k in range(start + 2, end + 1) if words[k - 1].endswith(".")
              and not _INITIAL_TOKEN.match(words[k - 1])), None)
    if k is not None and _PROCEEDINGS_WORD.match(words[k]) and words[k][:1].isupper() \
            and all(labels[j] in ("location", "publisher", "date") for j in range(end + 1, labels.index("pages", end))):
        labels[k:end + 1] = ["container"] * (end + 1 - k)


def _host_without_slashes(words, labels) -> None:
    """DSTU 8302 (and GOST lists typed without "//") put the host after a full stop: "Title. Вісник ... Серія:
    Юридичні науки. 2020. Т. 7, № 2.", "Title. Проблеми ... : матеріали міжнар. конф. (Одеса, 15–16 листоп.
    2019 р.). Одеса : ОДАБА, 2019.", "Title. Українська правда. 2020. 3 квіт.". Where the tagger ran the host
    into the title, the title's second sentence opens it when what follows shows a host: a proceedings
    word after a colon (the bracketed meeting is the container's too), a journal's volume or issue after the
    year with no imprint before it, or a newspaper's day and month after the year. A journal's series the
    tagger made the container ("Серія: Право.") is the end of it."""
    n = len(words)
    start = labels.index("title")
    end = _run_end(labels, start, "title")
    cut = next((k for k in range(start + 1, end) if words[k].endswith(".") and len(words[k]) > 3
                and not _INITIAL_TOKEN.match(words[k]) and words[k + 1][:1].isupper()), None)
    if cut is None:
        return
    date = next((k for k in range(end + 1, n) if labels[k] == "date"), None)
    if any(words[k - 1] == ":" and _PROCEEDINGS_WORD.match(words[k]) for k in range(cut + 2, end + 1)):
        last = end
        if end + 1 < n and words[end + 1].startswith("("):  # "(Одеса, 15–16 листоп. 2019 р.)."
            last = next((k for k in range(end + 1, min(n, end + 9)) if ")" in words[k]), end)
        labels[cut + 1:last + 1] = ["container"] * (last - cut)
    elif date is not None and all(labels[k] in ("location", "publisher", "container") and words[k] != ":"
                                  for k in range(end + 1, date)) \
            and any(labels[k] in ("volume", "issue") for k in range(date + 1, n)) or \
            date == end + 1 and date + 2 < n and re.fullmatch(r"\d{1,2}", words[date + 1]) \
            and words[date + 2].lower().rstrip(".,") in MONTHS:
        labels[cut + 1:date] = ["container"] * (date - cut - 1)


def _gost_areas(words, labels) -> None:
    """GOST "Title : subtitle / statement of responsibility. – Place, 2019. – 210 с.".

    All between the authors and the first " / " is the title, years in it included ("Экономика
    России в 2022 году : доклад / под ред. ..."); the statement after it names people or bodies,
    not a place or publisher, up to the next " – " or "//"; a lone word before the year right
    after a " – " is the place ("– Москва, 2019.")."""
    n = len(words)
    slash = words.index("/")
    role = 0 < slash < n - 1 and words[slash + 1].lower().rstrip(":") in _RESPONSIBILITY_WORDS
    # a lower-case word before the slash ends a title ("Региональная экономика : учебник / ..."),
    # though the tagger took it for a name
    titled = 0 < slash and words[slash - 1][:1].islower() and words[slash - 1] not in _NAME_JOINERS
    # a work under its title whose statement names the authors ("Региональная интеграция в Латинской
    # Америке / Л. Н. Симонова, А. Н. Пятаков [и др.]. — Москва : ..."): no initials before the slash,
    # initials after it and the GOST areas' dashes, though the tagger ran the title into the names
    collective = 1 < slash < n - 1 and bool(_INITIAL_TOKEN.match(words[slash + 1])) \
        and not any(_INITIAL_TOKEN.match(w) for w in words[:slash]) and ("–" in words[slash:] or "—" in words[slash:])
    # the title's count of volumes (": в 4 кн.", ": в 3 т.") is no volume of an imprint
    counts = {i + d for i in range(slash - 2) for d in range(3) if words[i] == "в" and words[i + 1].isdigit()
              and words[i + 2] in _VOLUME_COUNT_WORDS}
    # a dissertation's degree and speciality before the statement ("... : дис. ... канд. юрид. наук : 12.00.12 /
    # А. Н. Козлов ; Акад. МВД ...") are the title area's, though the tagger took "наук : 12.00.12" for an imprint
    degree = next((k for k in range(1, slash) if words[k] in _DISSERTATION_WORDS and words[k - 1] == ":"), slash)
    counts.update(range(degree, slash))
    if not (0 < slash < n - 1 and "//" not in words[:slash]
            and (labels[slash - 1] not in ("author", "editor") or role or titled or collective)
            and not {"location", "publisher", "volume", "pages"} & {labels[k] for k in range(slash) if k not in counts}):
        return  # a slash in a name list or an imprint ("Jean-Pierre / Hennau", "Frankfurt / M.")
    responsibility = role or bool(_INITIAL_TOKEN.match(words[slash + 1]))
    if not (responsibility or words[slash + 1][:1].isupper() and ("–" in words[slash:] or "—" in words[slash:])):
        return  # no statement of responsibility, or no GOST areas: "Jean-Pierre / Hennau", "Berlin / Heidelberg"
    a = 0
    if labels[0] == "author":
        while a < slash and labels[a] == "author":
            a += 1
        initials = [k for k in range(a) if _INITIAL_TOKEN.match(words[k])]
        # the heading ends with its last initial: "Хрущев Н. С. Время. Люди. Власть : ... / Н. С. Хрущев", where
        # the tagger ran the title's first sentence into the name; a dissertation's heading gives the name in full,
        # "Соколова, Ирина Владимировна. Title ... / Соколова Ирина Владимировна ; ...", the statement repeating it
        full = a < slash and words[0].endswith(",") and words[a - 1].endswith(".") and words[slash + 1] == words[0][:-1]
        a = initials[-1] + 1 if initials else a if full else 0
    for k in range(a, slash + 1):
        if labels[k] not in ("genre", "medium"):
            labels[k] = "title"
    end = slash + 1
    # "/ под ред. С. Ю. Глазьева.", "/ науч. ред. Б. К. Султанов", DSTU "/ за заг. ред. С. Ф. Покропивного. 2-ге вид.
    # Київ : ...": an editors' role
    # opening the statement makes its names the editors, up to the name that ends it, whatever the tagger called them
    cue = next((k for k in range(end, min(n, end + 3)) if words[k].lower().startswith("ред")), 0) \
        if words[end].lower() in _EDITOR_ROLE_WORDS else 0
    if role and cue:
        k = cue + 1
        while k < n and words[k] not in ("–", "—", "//", ";") and labels[k] in ("title", "note", "author", "editor"):
            k += 1
            if _ends_names(words[k - 1]):
                break
        labels[end:k] = ["editor"] * (k - end)
    # names the tagger took for editors are authors unless a role word opens the statement ("/ под ред. ..."):
    # a translator's ("/ пер. с англ. И. Полонской ; под ред. ...") are the statement's, read below
    translating = words[slash + 1].lower() in ("пер.", "перевод", "переклад", "пераклад")
    named = ("publisher", "location", "title", "note", "author", "container") + (() if role and not translating else ("editor",))
    while end < n and words[end] not in ("–", "—", "//") and labels[end] in named:
        if words[end] == ";" and end + 1 < n and words[end + 1].lower() in _EDITOR_ROLE_WORDS:
            # "/ В. И. Гришин [и др.] ; под редакцией В. И. Гришина", "; отв. ред. ...": the editors follow the authors
            while end < n and words[end] not in ("–", "—", "//"):
                labels[end] = "editor"
                end += 1
            break
        labels[end] = "author"
        end += 1
        if _ends_names(words[end - 1]) and not (end < n and (words[end][:1] == "(" or words[end][:1].islower())):
            # "/ пер. с англ. Г. Г. Пирогова. М. : ...": the statement ends with the last name; an abbreviated
            # body's name goes on ("; Казан. (Приволж.) федер. ун-т. – Казань, 2018")
            break
    for k in range(end, n - 2):
        if (words[k] in ("–", "—") and labels[k + 1] == "publisher" and words[k + 1].endswith(",")
                and labels[k + 2] == "date"):
            labels[k] = labels[k + 1] = "location"


# A compiler's role word: "сост.", "(comp.)", "comps.", "compiler", "compiled" (by), "составитель".
_COMPILER_CUE = re.compile(r"(?i)^(\(?)(comp(?:s|iled|ilers?|ilador(?:es)?)?|сост|составител[ьи])\.?\)?[.,:;]?$")
_NOT_NAMES = frozenset({"date", "url", "doi", "isbn", "issn", "volume", "pages", "accessed", "edition", "container", "location"})
_NAME_JOINERS = frozenset({"and", "&", "и", "y", "et", "al.", "др.", "van", "von", "de", "der", "den", "da", "di", "du",
                           "la", "le"})


def _compilers(words, labels) -> None:
    """Names a compiler statement introduces ("/ сост.: А. Б. Петров, В. Г. Сидоров", "Comp. by
    J. Smith", "compiled by ...") or closes ("Davies, R. W., comp.", "Петров А. Б. (сост.)") are
    compilers, CSL's ``compiler``: not the authors, nor editors."""
    n = len(words)
    for k in range(n):
        cue = _COMPILER_CUE.match(words[k])
        if not cue:
            continue
        english = cue.group(2).lower().startswith("comp")
        by = k + 1 < n and words[k + 1].lower() == "by"
        # "(comp.)" or ", comp." after names closes them; "Comp." after a comma may open a journal.
        closes = k and labels[k - 1] in ("author", "editor") and not by and (
            cue.group(1) or words[k - 1].endswith(",") and words[k][:1].islower())
        if closes:
            i = k
            while i > 0 and labels[i - 1] in ("author", "editor"):
                i -= 1
            for m in range(i, k + 1):
                labels[m] = "compiler"
        elif by or not english and not cue.group(1) and k + 1 < n and words[k + 1][:1].isupper():
            j = k + 1 + by
            while (j < n and words[j] not in ("–", "—", "//", "/", ";") and labels[j] not in _NOT_NAMES
                   and (not words[j][:1].islower() or words[j].lower() in _NAME_JOINERS)):
                j += 1
                if words[j - 1].endswith(";") or words[j - 1].endswith(".") and not _INITIAL_TOKEN.match(words[j - 1]):
                    break  # the statement ends with the last name's full stop
            if j > k + 1 + by:
                for m in range(k, j):
                    labels[m] = "compiler"


def _part_before_editors(words, labels) -> bool:
    """DSTU 8302 prints a part without GOST's "//": "Title. Book : монографія / за ред. О. М. Кравчука.
    Київ : Наукова думка, 2023. С. 112–134.": with the part's pages after it, the sentence before
    the book's statement of editors is the book, which the tagger ran into the title. True when
    it is."""
    n = len(words)
    k = next((k for k in range(3, n - 3) if words[k] == "/" and words[k + 1].lower() in ("за", "под")
              and (words[k + 2].lower().startswith("ред")
                   or words[k + 2].lower() in ("заг.", "общ.") and words[k + 3].lower().startswith("ред"))), None)
    if k is None or "title" not in labels[:k] or not any(
            labels[j] == "pages" and _PAGE_RANGE.search(words[j]) for j in range(k, n)):
        return False
    s = k - 1
    while s > 1 and not (labels[s - 1] == "title" and words[s - 1].endswith(".") and words[s][:1].isupper()
                         and not _INITIAL_TOKEN.match(words[s - 1])):
        s -= 1
    e = next((j for j in range(k + 3, min(n, k + 10)) if _ends_names(words[j])), None)
    if s <= 1 or e is None or not set(labels[s:k]) <= {"title", "container"}:
        return False
    labels[s:e + 1] = ["container"] * (e + 1 - s)  # _container_editors then takes the names
    return True


def _container_editors(words, labels) -> None:
    """The editors of the book a GOST part is in ("// Россия в глобальной экономике : сборник /
    под редакцией А. Я. Якобсона. — СПб. : ...", DSTU "/ за ред. ..."): the statement after its
    " / под ..." up to the last name's full stop or the next area, however the tagger ran the
    container on."""
    n = len(words)
    for k in range(words.index("//") + 1 if "//" in words else 0, n - 1):
        if not (words[k] == "/" and labels[k] == "container" and words[k + 1].lower() in ("под", "за")):
            continue
        j = k + 1
        while j < n and words[j] not in ("–", "—", "//", "/") and labels[j] == "container":
            j += 1
            if _ends_names(words[j - 1]):
                break
        for m in range(k, j):
            labels[m] = "editor"


# An archival reference: "fond, opis', delo, list" ("f. 7486, op. 1, d. 29, l. 12", "Ф. Р-5446. Оп. 1").
# A fond and its inventory: "op."/"оп." (Russian, Ukrainian), Belarusian "воп."/"vop.", Lithuanian
# "ap." (apyrašas), Latvian "apr." (apraksts).
_TABLE_WORDS = frozenset(("table", "tables", "tab", "fig", "figure", "chart", "graph", "табл", "таблица", "рис"))
_TABLE_WORD_IN = re.compile("|".join(_TABLE_WORDS))  # where one of them may stand, in one scan
_TABLE_NUMBER = re.compile(r"^(?:\d+|[IVX]+)(?:[.\-–]\d+)*[a-z]?[,;.]?$")
# Estonian archives (ERA, ERAF) number the inventory 'n.' (nimistu): 'f. 1, n. 5, s. 112, l. 9'.
# English-language authors spell the Russian words out: "Fond 1, opis’ 3", "fond 17, opis 1, delo 45".
_ARCHIVE_SHELFMARK = re.compile(
    r"(?i)(?:^|[\s,.;:])((?:f|ф|fond|фонд)\.?\s*[\w-]+[.,]?\s*(?:(?:v?op|в?оп|apr?|n)\.|opis['’ʹ]?)\s*\d.*)$")
_INVENTORY_CUES = ("op", "оп", "ap", " n. ")
# A fond cited alone, its word spelt out and capitalised, after the stop ending the archive's name and town:
# "Central State Archive of the Republic of Uzbekistan (TsGA RUz), Tashkent. Fond R-2456 (Ministry of ...)."
_FOND_ALONE = re.compile(r"(?<=\.\s)((?:Fond|Фонд)\s+(?:[A-ZА-Я]-?)?\d+\b.*)$")
# British and American shelfmarks after the archive's name: the National Archives' department and series with
# its piece ("National Archives (Kew), FO 371/188543", "TNA, CAB 128/45/12"), NARA's record group ("NARA, RG 59,
# Central Foreign Policy Files 1967–69, Box 2350"), and the German Bundesarchiv's ("BArch, R 43 I/2280", "B 136/3001").
# A document's own day closing what follows its number ("EUCO 20/23, Brussels, 15 December 2023."): an archive's
# shelf mark ("FO 371/188543.", "RG 59, ..., Box 2350.") closes with no date; the letter it files is dated before it.
_ISSUED_DAY_CLOSE = re.compile(rf"(?i)\b\d{{1,2}}\s+{_ENGLISH_MONTH}\s+(?:1[5-9]|20)\d\d\.?$")
_TNA_NARA_SHELFMARK = re.compile(r",\s((?:[A-Z]{1,5}\s\d{1,4}(?:\s[IVX]{1,4})?/\d+|RG\s\d+\b|Record Group\s\d+\b)[^‘’“”\"]*)$")


# Chicago's unpublished letter in a collection: "Willa Cather to Dorothy Canfield Fisher, October 22, 1922, folder 14,
# Dorothy Canfield Fisher Papers, University of Vermont Special Collections, Burlington." Writer and recipient are
# each two to five capitalised words (particles and initials allowed); the date follows them. A note's number may lead.
_LETTER_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|du|la|le|da|di)){1,4}"
_LETTER_TO = re.compile(rf"(?:\d{{1,4}}\.\s+)?({_LETTER_NAME}) to ({_LETTER_NAME}), ((?:[A-Z][a-z]+\.? \d{{1,2}}, |\d{{1,2}} [A-Z][a-z]+\.? )\d{{4}}), (.+?)\.?")
# The part of a letter's description that names its repository, the last part before the repository's place.
_REPOSITORY = re.compile(r"\b(?:Library|Libraries|Archives?|Collections|Museum|Historical Society|Record Office|"
                         r"Institution|Center|Centre)\b")
_STATE_CODE = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.")  # "NY", "Mass.": a place's state after its town
# Two places joined before the publisher, the imprint French notes print with commas: "Londres et New York, Routledge".
_TWO_PLACES_IMPRINT = re.compile(r"^(?P<place>(?P<a>[^,]{3,30}?)\s(?:et|and|und|y|e|i|и|&)\s(?P<b>[^,]{3,30}?)),\s+(?=\S)")
# A town and its state in brackets opening a publisher read whole: "Washington (DC), ", "Carlisle (PA), "
_TOWN_WITH_STATE = re.compile(r"^(?P<place>(?P<town>[^,():]{2,40}?) \((?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.C\.)\)),\s+(?=\S)")


# A part of a repository's holdings, no town, however it is spelt: "..., Rare Books", "..., Manuscript Division".
_COLLECTION_UNIT = re.compile(r"\b(?:Books|Manuscripts?|Division|Room|Papers|Records|Series|Section|Branch|Unit|Annex|"
                              r"Department|Reading)\b")


def _read_whole(item: dict, source: str, et_al: bool = False) -> dict:
    """An item a layout's grammar read whole: its source, each field it filled held sure (no review), and
    the author list's "et al." when the names went on."""
    item["custom"] = {"source": source, "review": False, "confidence": {key: 0.85 for key in item if key != "type"}}
    if et_al:
        item["custom"]["et-al"] = ["author"]
    return item


def _repository_town(place: list[str]) -> bool:
    """The parts after a repository's name are its town: a known place, a town and its state code ("Hyde Park, NY"),
    or one part of one to three capitalised words that name no body or holding ("Des Moines", "Iowa City")."""
    if len(place) == 2:
        return bool(_STATE_CODE.fullmatch(place[1]))
    if len(place) != 1:
        return False
    words = place[0].split()
    return is_place(place[0]) or 0 < len(words) <= 3 and all(_TOWN_NAME.fullmatch(word) for word in words) \
        and not any(word.lower() in _BODY_WORDS for word in words) and not _REPOSITORY.search(place[0]) \
        and not _COLLECTION_UNIT.search(place[0])


def _letter(source: str, match: re.Match) -> dict | None:
    """A letter cited by writer, recipient and date, then where it is kept: the parts before the repository's
    name are its place in the collection (box, folder, the papers), those after it the repository's town."""
    parts = match.group(4).split(", ")
    at = max((k for k, part in enumerate(parts) if _REPOSITORY.search(part)), default=None)
    issued = parse_date(match.group(3))
    if not issued or "date-parts" not in issued:
        return None
    if at is None and match.group(4).strip(" .").lower() == "ibid":  # kept where the letter of the note above is
        return {"type": "manuscript", "author": parse_names(match.group(1)), "recipient": parse_names(match.group(2)),
                "issued": issued, "note": match.group(4).strip(),
                "custom": {"source": source, "review": False, "confidence": {"author": 0.9, "recipient": 0.9, "issued": 0.9}}}
    if at is None:
        return None
    place = parts[at + 1:]
    town = _repository_town(place)
    # "Rare Book and Manuscript Library, Columbia University, New York": the repository's parent body, then its town
    # (a town and state code, or a known place), as a manuscript's repository is read
    tail = 0 if town else 2 if len(place) > 2 and _STATE_CODE.fullmatch(place[-1]) else 1 if len(place) > 1 \
        and is_place(place[-1]) else 0
    if tail:
        place, town = place[-tail:], True
    item = {"type": "manuscript", "author": parse_names(match.group(1)), "recipient": parse_names(match.group(2)),
            "issued": issued, "archive": ", ".join(parts[at:len(parts) - len(place)] if town else parts[at:])}
    if parts[:at]:
        item["archive_location"] = ", ".join(parts[:at])
    if place and town:
        item["archive-place"] = ", ".join(place)
    item["custom"] = {"source": source, "review": False,
                      "confidence": {key: 0.9 for key in item if key != "type"}}
    return item


# An arXiv listing's entry copied as text, its lines run together: "arXiv:2309.04567 [pdf, other] Title: ... Authors:
# A, B, C Comments: 14 pages; accepted to MNRAS Subjects: Astrophysics of Galaxies (astro-ph.GA)", the list's number
# ("[3]") before it.
_ARXIV_LIST_ENTRY = re.compile(rf"(?:\[\d{{1,4}}\]\s+)?arXiv:(?P<id>{ARXIV_ID})(?P<links>\s+\[[^\]]*\])?\s+Title:\s+(?P<title>.+?)"
                            r"\s+Authors?:\s+(?P<authors>.+?)"
                            r"(?P<rest>\s+(?:Comments|Journal-ref|Subjects|Report-no|DOI|MSC-class|ACM-class):\s.*)?")


def _arxiv_listing(source: str, match: re.Match) -> dict:
    """The preprint an arXiv listing names: its identifier the number, the titled and the authored lines the title
    and authors, the links and every other line (comments, subjects, a journal reference) kept in note."""
    # arXiv gives every name first name first, commas between them ("Wei Zhang, Priya Raman"), never inverted
    names = [name for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group("authors").strip())
             for name in parse_names(part)]
    item = {"type": "article", "author": names,
            "title": match.group("title").strip(), "number": f"arXiv:{match.group('id')}"}
    note = " ".join(part.strip() for part in (match.group("links"), match.group("rest")) if part)
    if note:
        item["note"] = note
    item["custom"] = {"source": source, "review": False,
                      "confidence": {key: 0.9 for key in item if key not in ("type", "note")}}
    return item


# A bibliography's entry for a collection of papers in an archive (Chicago: "Whitman Family Papers. Minnesota Historical
# Society, St. Paul.", "Records of the Great Northern Railway Company. Minnesota Historical Society, St. Paul."), or for a
# person's papers under the person's name ("Hopkins, Harry L. Papers. Franklin D. Roosevelt Presidential Library, ...").
_PAPERS_ENTRY = re.compile(r"(?:(?P<person>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z][\w'’-]*\.?\s){0,2}[A-Z][\w'’-]*)\.?\s+"
                           r"(?=Papers\.))?"
                           r"(?P<title>(?(person)Papers|(?:(?:[A-Z][\w.'’-]*\s+){1,6}(?:Papers|Collection|Records)"
                           r"|Records of [^.]+?)))\.\s+"
                           r"(?P<rest>[A-Z](?:[^.]|(?<=\bSt)\.|(?<=\b[A-Z])\.)+?)\.?")  # "St. Paul", "Franklin D. Roosevelt"


def _papers(source: str, match: re.Match) -> dict | None:
    """A collection of papers: its name the title, the part naming a repository its archive, the town after it (a
    known place, or a town and state code) its archive-place."""
    parts = match.group("rest").split(", ")
    at = max((k for k, part in enumerate(parts) if _REPOSITORY.search(part)), default=None)
    place = parts[at + 1:] if at is not None else []
    if at is None or place and not _repository_town(place):
        return None
    item = {"type": "manuscript", "title": match.group("title"), "archive": ", ".join(parts[:at + 1])}
    if match.group("person"):
        item["author"] = parse_names(match.group("person"))  # a closing initial's stop was the sentence's
    if place:
        item["archive-place"] = ", ".join(place)
    return _read_whole(item, source)


# A manuscript kept in a library, cited by its shelfmark, its folios or the words saying it is a manuscript:
# "Diary of John Smith, 1862, MS 123, fol. 72r, Bodleian Library, Oxford.", "Geoffrey Chaucer, The Canterbury Tales,
# Ellesmere MS EL 26 C 9, fol. 72r, Huntington Library, San Marino, CA.", "Woolf, Virginia. Diary, January
# 1915–December 1918. Holograph manuscript. Henry W. and Albert A. Berg Collection, New York Public Library."
_MANUSCRIPT_CUE = re.compile(r"\b(?:MSS?|Cod\.|Codex) [A-Z\d]|\b(?:fols?\.|ff\.) ?\d|\b[Bb]ox \d|\b[Ff]older \d"
                             r"|\b(?:[Hh]olograph|[Aa]utograph|[Uu]npublished) manuscript\b|\b[Tt]ypescript\b")
# What every _MANUSCRIPT_CUE match holds.
_MANUSCRIPT_CUES = ("MS", "Cod", "fol", "ff.", "anuscript", "ypescript", "ox ", "older ")
# Its parts, cut at a comma or at a stop that closes no abbreviation ("fol.", "ff.", "Cod.", "St.", an initial), a quoted
# title's closing quote after it too ("“Report on ...,” March 14, 1934").
_MANUSCRIPT_PARTS = re.compile(r"(?<!\bfol)(?<!\bfols)(?<!\bff)(?<!\bCod)(?<!\bAdd)(?<!\bNo)(?<!\bSt)(?<!\b[A-Z])[.,][”\"]? ")
# A document's place in its collection, the box or folder it is kept in ("box 8", "Folder 12"): where its location starts.
_BOX_OR_FOLDER = re.compile(r"(?i)(?:box|folder) \d+[a-z]?")
_MONTH_DAY = re.compile(r"[A-Z][a-z]+\.? \d{1,2}")  # "March 14" before the year of "March 14, 1934"
_DAY_SHORT_MONTH = re.compile(r"\d{1,2} [A-Z][a-z]{2,3}")  # "15 Apr", "19 Sept" before the stop and year of "15 Apr. 1862"
_FOLIO = re.compile(r"(?:(?:fols?\.?|ff\.) ?)?(\d+[rv]?(?:[–-]\d+[rv]?)?)")
_SHELFMARK = re.compile(r"(?:[A-Z][\w.]* )*(?:MSS?|Cod\.|Codex) [A-Z\d].*")
_MANUSCRIPT_GENRE = re.compile(r"(?:(?:[Hh]olograph|[Aa]utograph|[Uu]npublished) )?[Mm]anuscript|[Tt]ypescript")
_MAKER_INVERTED = re.compile(r"([^.,“”\"\d]+, (?:[A-Z]\. ?)*[A-Z][^.,“”\"\d]*?)(?<![\s.][A-Z])\. ")
_WHOLE_NAME = re.compile(r"(?!The )[A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}")  # "Geoffrey Chaucer", not "Diary of John Smith"


def _manuscript(source: str, clean: str) -> dict | None:
    """A manuscript: the maker, the title (a closing year its date), the shelfmark and the collection as its
    ``archive_location``, the folios as its ``page``, what it is (``Holograph manuscript``) its ``genre``, the
    library its ``archive`` (with the college that holds it) and the town closing the reference its
    ``archive-place``."""
    text = re.sub(r"^\d{1,4}\.\s+", "", clean).rstrip(".")
    inverted = _MAKER_INVERTED.match(text)
    name = inverted.group(1) if inverted and len(inverted.group(1).split(", ")[1].split()) <= 4 \
        and not _REPOSITORY.search(inverted.group(1)) else None  # not "British Library, Add. MS 5016"
    parts = _MANUSCRIPT_PARTS.split(text[inverted.end():] if name else text)
    first = next((k for k, part in enumerate(parts) if _SHELFMARK.fullmatch(part) or _MANUSCRIPT_GENRE.fullmatch(part)
                  or _FOLIO.fullmatch(part) and not _YEARS.fullmatch(part) or _BOX_OR_FOLDER.fullmatch(part)), None)
    at = next((k for k, part in enumerate(parts) if first is not None and k > first and _REPOSITORY.search(part)), None)
    if at is None and first in (1, 2) and not name and _REPOSITORY.search(parts[first - 1]) \
            and (first == 1 or is_place(parts[0])):
        return _manuscript_in_repository(source, parts, first)
    if at is None or first == 0:
        return None
    end = len(parts)  # the town: one known place, or a town and its state ("San Marino, CA")
    if end - at > 2 and _STATE_CODE.fullmatch(parts[-1]):
        end -= 2
    elif end - at > 1 and is_place(parts[-1]):
        end -= 1
    head, located = parts[:first], parts[first:at]
    if len(head) > 2 and _YEAR_WORD.fullmatch(head[-1]) and _MONTH_DAY.fullmatch(head[-2]):
        head = head[:-2] + [f"{head[-2]}, {head[-1]}"]  # "March 14, 1934", cut at its comma
    elif len(head) > 2 and _YEAR_WORD.fullmatch(head[-1]) and _DAY_SHORT_MONTH.fullmatch(head[-2]) \
            and len((parse_date(f"{head[-2]}. {head[-1]}") or {}).get("date-parts", [[]])[0]) == 3:
        head = head[:-2] + [f"{head[-2]}. {head[-1]}"]  # MLA's "15 Apr. 1862", cut at the month's stop
    item = {"type": "manuscript"}
    dated = len(head) > 1 and (_YEAR_WORD.fullmatch(head[-1]) or _WHOLE_DATE.fullmatch(head[-1]))  # not a span
    issued = parse_date(head[-1]) if dated else None
    if issued and "date-parts" in issued:
        head = head[:-1]
    if not name and len(head) > 1 and _WHOLE_NAME.fullmatch(head[0]):
        name, head = head[0], head[1:]
    if name:
        item["author"] = parse_names(name)
    item["title"] = ", ".join(head).strip("“”\"")
    if issued and "date-parts" in issued:
        item["issued"] = issued
    shelf = []
    for part in located:
        folio = _FOLIO.fullmatch(part)
        if folio and "page" not in item:
            item["page"] = folio.group(1).replace("–", "-")
        elif _MANUSCRIPT_GENRE.fullmatch(part) and "genre" not in item:
            item["genre"] = part
        else:
            shelf.append(part)
    if shelf:
        item["archive_location"] = ", ".join(shelf)
    item["archive"] = ", ".join(parts[at:end])
    if end < len(parts):
        item["archive-place"] = ", ".join(parts[end:])
    return _read_whole(item, source)


def _manuscript_in_repository(source: str, parts: list[str], first: int) -> dict:
    """A manuscript cited by its repository, after the town, then its shelfmark and folios, with no title:
    "British Library, Add. MS 5016, fol. 12r.", "London, British Library, Cotton MS Vitellius A XV, fol. 132r."."""
    item: dict = {"type": "manuscript", "archive": parts[first - 1]}
    if first == 2:
        item["archive-place"] = parts[0]
    shelf = []
    for part in parts[first:]:
        folio = _FOLIO.fullmatch(part) if part[:1] in "0123456789fF" else None
        if folio and "page" not in item and not _YEARS.fullmatch(part):
            item["page"] = folio.group(1).replace("–", "-")
        else:
            shelf.append(part)
    item["archive_location"] = ", ".join(shelf)
    return _read_whole(item, source)


# OSCOLA's book in a full note: the imprint in brackets is the publisher and the year with no comma between, an
# edition before them, the pinpoint after: "David R Marples, Belarus: A Denationalized Nation (Harwood 1999) 14",
# "Thomas de Waal, The Caucasus: An Introduction (2nd edn, OUP 2019) 120".
_OSCOLA_BOOK = re.compile(r"(?:\d{1,4}\.\s+)?(?P<names>[A-Z][^,()‘’'“”\"]*?), (?P<title>[A-Z](?:(?!\. |://)[^()‘’“”\"])+?) "
                          r"\((?:(?P<edition>\d+(?:st|nd|rd|th) edn), )?(?P<publisher>(?!Accessed|Retrieved)[A-Z][^():;,\d]*?) "
                          r"(?P<year>(?:1[5-9]|20)\d\d)\)(?: (?P<page>\d[\d–-]*))?\.?")


# ... and its chapter in an edited book: the chapter's title in quotes, "in" the editors with "(ed)" or "(eds)", the
# book's title and the same imprint: "Marise Cremona, ‘Regional Courts and the Rule of Law’ in Marise Cremona and Anne
# Thies (eds), The European Court of Justice and External Relations Law: Constitutional Challenges (Hart Publishing
# 2014) 12".
_OSCOLA_CHAPTER = re.compile(
    r"(?:\d{1,4}\.\s+)?(?P<names>[A-Z][^,()‘“”\"]*?), ‘(?P<title>.+?)’ in (?P<editors>[A-Z][^()‘“”\"]*?) \(eds?\), "
    r"(?P<book>[A-Z][^()‘’“”\"]+?) \((?:(?P<edition>\d+(?:st|nd|rd|th) edn), )?(?P<publisher>[A-Z][^():;,\d]*?) "
    r"(?P<year>(?:1[5-9]|20)\d\d)\)(?: (?P<page>\d[\d–-]*))?\.?")


def _bracket_closes_on_bare_year(text: str) -> bool:
    """Does a bracket close on a year after a word with no comma between ("(Harwood 1999)"), as OSCOLA's imprint does?"""
    close = text.find(")", 6)
    while close > 0:
        if text[close - 5] == " " and text[close - 4:close].isdigit() and text[close - 6].isalpha():
            return True
        close = text.find(")", close + 1)
    return False


def _oscola_book(source: str, match: re.Match) -> dict | None:
    """A book as OSCOLA cites it: its authors (each a whole name), title, edition, publisher, year and pinpoint."""
    names = parse_names(match.group("names"))
    if not names or not all(name.get("given") or name.get("literal") for name in names):
        return None
    return _oscola_imprint({"type": "book", "author": names, "title": match.group("title")}, source, match)


def _oscola_chapter(source: str, match: re.Match) -> dict | None:
    """A chapter as OSCOLA cites it: authors and editors (each a whole name), its title, the book's, edition,
    publisher, year and pinpoint (in ``page``, as for OSCOLA's book)."""
    names, editors = parse_names(match.group("names")), parse_names(match.group("editors"))
    if not names or not editors or not all(name.get("given") or name.get("literal") for name in names + editors):
        return None
    item = {"type": "chapter", "author": names, "title": match.group("title"), "editor": editors,
            "container-title": match.group("book")}
    return _oscola_imprint(item, source, match)


def _oscola_imprint(item: dict, source: str, match: re.Match) -> dict:
    """The bracket OSCOLA closes a book or a chapter with, "(2nd edn, Publisher 2019) 45": edition, publisher and
    year, then the pinpoint (in ``page``)."""
    if match.group("edition"):
        item["edition"] = rules.edition(match.group("edition"))
    item.update({"publisher": match.group("publisher"), "issued": {"date-parts": [[int(match.group("year"))]]}})
    if match.group("page"):
        item["page"] = rules.pages(match.group("page"))[1]
    return _read_whole(item, source)


# Science's book and chapter: names with initials first, the title or "in" and the book (its editors before "Ed."/
# "Eds."), then the imprint in brackets as publisher, place, edition and year, a volume and pages after it:
# "R. Brown, The Biology of Cancer (Garland Science, New York, ed. 2, 2014).", "P. Garcia, in Handbook of Ecology,
# S. Miller, Ed. (Wiley, Hoboken, NJ, 2017), vol. 2, pp. 101–130." (the chapter cited by its book alone); APS and AIP
# print the edition after the title ("J. R. Taylor, An Introduction to Error Analysis, 2nd ed. (Univ. Sci. Books,
# Sausalito, CA, 1997)."), and their paper in a proceedings, titled or not, with its editors after "edited by" ("L. Moreau,
# in Proceedings of the 29th ..., edited by K. Hayashi and R. Feld (AIP Publishing, Melville, NY, 2019), p. 123.").
_INITIALS_NAME = r"[A-Z][a-z]?\.(?:[ -]?[A-Z][a-z]?\.)*\s(?:(?:van|von|de|da|der|del|di|du|la|le)\s)*[A-Z][^\s,.()]+"
_INITIALS_NAMES = rf"{_INITIALS_NAME}(?:(?:, (?:and )?| and ){_INITIALS_NAME})*"
_SCIENCE_BOOK = re.compile(
    rf"(?:\d{{1,4}}\.\s+|\[\d{{1,4}}\]\s+|\(\d{{1,4}}\)\s+)?(?P<names>{_INITIALS_NAMES})(?P<etal>,? et al\.)?, "
    rf"(?:(?:(?P<chapter>[A-Z][^()‘’“”\"]+?), )?in (?P<book>[A-Z][^()‘’“”\"]+?)"
    rf"(?:, (?P<editors>{_INITIALS_NAMES}), Eds?\.|, edited by (?P<edited_by>{_INITIALS_NAMES}))?"
    rf"|(?P<title>[A-Z](?:(?!\. |://)[^()‘’“”\"])+?))(?:, (?P<edition_before>\d+)(?:st|nd|rd|th) ed\.)? "
    rf"\((?P<publisher>[A-Z][^(),;:\d]*?)(?:, (?P<place>[A-Z][^();:\d]*?))?(?:, ed\. (?P<edition>\d+))?, (?P<year>{_YEAR})\)"
    rf"(?:, vol\. (?P<volume>\d+))?(?:, pp?\. (?P<page>\d+(?:[–-]\d+)?))?\.?")


# The rest of a firm named by its partners after the first one's comma, before the place ("Holt, Rinehart and Winston,
# New York", "Little, Brown and Company, Boston", "Farrar, Straus and Giroux, New York"): the bracket's second comma
# part joins two names by "and", which a place ("Berlin and Heidelberg") does only with no place after it.
_PARTNERS = re.compile(r"([A-Z][a-z]+),? (?:and|&) ([A-Z][a-z]+)(?=, [A-Z])")


def _science_book(source: str, match: re.Match) -> dict | None:
    """A book or a chapter cited by its book as Science prints them, read from the pattern's parts; a bracket opening
    on a town ("(London, Routledge, 2009)", Europe-Asia Studies' order) is left to the tagger."""
    if _is_city(match.group("publisher")) or match.group("title") and " in " in match.group("title") \
            or not match.group("place") and not match.group("editors") \
            or match.group("chapter") and " " not in match.group("book"):
        return None  # (a title's ", in Russian (Nauka, Moscow, 1987)" names no book)  # a book's "(Name, 2019)" is Nature's, its name a publisher or a town (the tagger's rule knows)
    names = parse_names(match.group("names"))
    editors = match.group("editors") or match.group("edited_by")
    editors = parse_names(editors) if editors else []
    if not names or not all(name.get("given") for name in names + editors):
        return None
    book = match.group("book")
    item = {"type": ("paper-conference" if _CONF_RE.search(book.lower()) else "chapter") if book else "book",
            "author": names}
    if match.group("chapter"):
        item["title"] = match.group("chapter")
    if book:
        item["container-title"] = book
    else:
        item["title"] = match.group("title")
    if editors:
        item["editor"] = editors
    if match.group("edition") or match.group("edition_before"):
        item["edition"] = match.group("edition") or match.group("edition_before")
    item["publisher"] = match.group("publisher")
    if match.group("place"):
        item["publisher-place"] = match.group("place")
        partners = _PARTNERS.match(match.group("place"))
        if partners and " " not in item["publisher"] and not any(map(_is_city, partners.group(1, 2))):
            item["publisher"] += f", {partners.group()}"  # "(Holt, Rinehart and Winston, New York, 1976)"
            item["publisher-place"] = match.group("place")[partners.end() + 2:]
    item["issued"] = {"date-parts": [[int(match.group("year"))]]}
    for key in ("volume", "page"):
        if match.group(key):
            item[key] = rules.pages(match.group(key))[1] if key == "page" else match.group(key)
    return _read_whole(item, source, et_al=bool(match.group("etal")))


# The Royal Society of Chemistry's chapter, cited by its book with no title of its own: names with initials first,
# "in" the book, "ed." its editors, then publisher, place, edition, year, volume and pages with no bracket ("31 K.
# Lindqvist, in Comprehensive Supramolecular Chemistry II, ed. J. L. Atwood, Elsevier, Oxford, 2017, vol. 4, pp.
# 123–150.", "..., Royal Society of Chemistry, Cambridge, 2nd edn, 2017, pp. 1–20.").
_RSC_CHAPTER = re.compile(
    rf"(?:\d{{1,4}}\.?\s+|\[\d{{1,4}}\]\s+|\(\d{{1,4}}\)\s+)?(?P<names>{_INITIALS_NAMES})(?P<etal>,? et al\.)?, "
    rf"in (?P<book>[A-Z][^()‘’“”\"]+?), eds?\. (?P<editors>{_INITIALS_NAMES}), "
    rf"(?P<publisher>[A-Z][^,;:()\d]*?), (?P<place>[A-Z][^,;:()\d]*?), (?:(?P<edition>\d+)(?:st|nd|rd|th) edn\.?, )?"
    rf"(?P<year>{_YEAR})(?:, vol\. (?P<volume>\d+))?(?:, pp?\. (?P<page>\d+(?:[–-]\d+)?))?\.?")


def _rsc_chapter(source: str, match: re.Match) -> dict | None:
    """A chapter as RSC journals cite it, read from the pattern's parts; a town where the publisher stands (the
    other order) is left to the tagger."""
    if _is_city(match.group("publisher")):
        return None
    names, editors = parse_names(match.group("names")), parse_names(match.group("editors"))
    if not names or not editors or not all(name.get("given") for name in names + editors):
        return None
    item = {"type": "chapter", "author": names, "container-title": match.group("book"), "editor": editors,
            "publisher": match.group("publisher"), "publisher-place": match.group("place")}
    if match.group("edition"):
        item["edition"] = match.group("edition")
    item["issued"] = {"date-parts": [[int(match.group("year"))]]}
    if match.group("volume"):
        item["volume"] = match.group("volume")
    if match.group("page"):
        item["page"] = rules.pages(match.group("page"))[1]
    return _read_whole(item, source, et_al=bool(match.group("etal")))


# The physical sciences' thesis: names with initials first, a title or none, the degree's word, the school and the
# year ("M. Chen, thesis, Stanford University (2018).", AIP's "M. Chen, Ph.D. thesis, Stanford University, 2018.");
# a town and its state's code after the school ("Stanford University, Stanford, CA") are its place.
_SCIENCE_THESIS = re.compile(
    rf"(?:\d{{1,4}}\.\s+|\[\d{{1,4}}\]\s+|\(\d{{1,4}}\)\s+)?(?P<names>{_INITIALS_NAMES}), "
    r"(?:(?P<title>[A-Z][^()‘’“”\"]+?), )?"
    r"(?P<genre>(?:(?:Ph\.\s?D\.|PhD|[Dd]octoral|M\.\s?S\.|M\.\s?Sc\.|[Mm]aster['’]s|B\.\s?S\.|[Bb]achelor['’]s|"
    r"[Dd]iploma) )?(?:[Tt]hesis|[Dd]issertation)), "
    rf"(?P<school>[A-Z][^()]+?)(?:, (?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*)?, (?:[A-Z]{{2}}|USA)))?"
    rf"(?:,? \((?P<year>{_YEAR})\)|, (?P<bare_year>{_YEAR}))\.?")


def _science_thesis(source: str, match: re.Match) -> dict | None:
    """A thesis as Science, APS and AIP cite it, read from the pattern's parts."""
    names = parse_names(match.group("names"))
    if not names or not all(name.get("given") for name in names):
        return None
    item = {"type": "thesis", "author": names}
    if match.group("title"):
        item["title"] = match.group("title")
    item.update({"genre": match.group("genre"), "publisher": match.group("school")})
    if match.group("place"):
        item["publisher-place"] = match.group("place")
    item["issued"] = {"date-parts": [[int(match.group("year") or match.group("bare_year"))]]}
    return _read_whole(item, source)


# A thesis in a Chicago or Turabian note: the names given first, the quoted title, then the degree, the school and the
# year in one bracket and the page cited ("4. Daniel Okoro, “Title” (PhD diss., Yale University, 2016), 45–47.",
# "(master’s thesis, University of Texas at Austin, 2018)"), and as MHRA prints it, "(unpublished DPhil thesis, ...)".
_NOTE_THESIS = re.compile(
    r"(?:\d{1,4}\.\s+)?(?P<names>[A-Z][\w’'.-]*(?: (?:van |von |de |da |del |di |du |la |le )?[A-Z][\w’'.-]*){1,3}"
    r"(?:(?:, and |, | and )[A-Z][\w’'.-]*(?: (?:van |von |de |da |del |di |du |la |le )?[A-Z][\w’'.-]*){1,3})*), "
    r"(?:“(?P<curly>[^“”]+?),?”|\"(?P<straight>[^\"]+?),?\"|«(?P<guillemet>[^«»]+?),?»|‘(?P<single>[^‘’]+?),?’) "
    r"\((?P<genre>(?:[Uu]npublished )?"  # MHRA's "(unpublished doctoral thesis, University of Oxford, 2014)"
    r"(?:Ph\.\s?D\.|PhD|D\.\s?Phil\.|DPhil|Ed\.\s?D\.|EdD|M\.\s?A\.|MA|M\.\s?S\.|MS|M\.\s?Sc\.|MSc|"
    r"[Mm]aster['’]s|[Dd]octoral|[Ss]enior|[Uu]ndergraduate|[Hh]onou?rs) (?:diss\.|dissertation|thesis)), "
    rf"(?P<school>[A-Z][^()]+?), (?P<year>{_YEAR})\)(?:, (?P<page>\d+(?:[–-]\d+)?))?\.?")


def _note_thesis(source: str, match: re.Match) -> dict:
    """A thesis as a Chicago or Turabian note cites it, read from the pattern's parts."""
    title = next(match.group(key) for key in ("curly", "straight", "guillemet", "single") if match.group(key))
    item = {"type": "thesis", "author": parse_names(match.group("names")), "title": title,
            "genre": match.group("genre"), "publisher": match.group("school"),
            "issued": {"date-parts": [[int(match.group("year"))]]}}
    if match.group("page"):
        item["page"] = rules.pages(match.group("page"))[1]
    return _read_whole(item, source)


# A body and its unit, each in a sentence of its own, opening a Vancouver entry: "Ministry of Finance. Department of
# Economic Affairs. Economic Survey 2021-22. New Delhi; 2022." (the unit's words capitalised, or joining words).
_BODY_THEN_UNIT = re.compile(r"(?P<body>[A-Z][^.]{2,80}?)\. (?P<unit>[A-Z][\w-]*(?: [\w-]+){0,8}?)\. (?=[A-Z\d“\"])")


# A physics or engineering list's book with no date, "A. Brown, Stories that Inspire, Penguin": initialled names, a
# title with no digit or comma, and one to three capitalised words, the imprint (no number: an article has some).
_UNDATED_BOOK = re.compile(
    r"(?P<names>(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*[A-Z][\w’'-]+)(?:(?:, | and |, and )(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*"
    r"[A-Z][\w’'-]+))*), (?P<title>[A-Z“\"][^,\d]*?), (?P<imprint>[A-Z][\w&’'-]*(?: (?:&|[A-Z][\w&’'-]*)){0,2})\.?")


def _undated_book(source: str, match: re.Match) -> dict | None:
    """The book an undated names-title-imprint entry is: the imprint its publisher, or its town when it names a
    place. None when the imprint names a periodical."""
    imprint = match.group("imprint")
    if _PERIODICAL_WORD.search(imprint):
        return None
    item = {"type": "book", "author": parse_names(match.group("names")),
            "title": rules.strip_quotes(match.group("title")),
            "publisher-place" if is_place(imprint) else "publisher": imprint}
    return _read_whole(item, source)


# A note's short form of a work, Chicago's "Smith, Title, 5.", "Cornell, “Small Nations,” 12.", "Reeves and Lee, Border
# Work, pp. 45–47.": the authors' family names, the short title (no digit in it) and a pinpoint page, never a year.
_SHORT_NAME = r"(?:(?:[Dd]e|[Vv]an|von|[Dd]i|[Dd]a|[Ll][ae]) )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"  # "García Márquez"
_SHORT_FORM_NOTE = re.compile(
    rf"(?:\d{{1,4}}\.\s+)?(?P<names>{_SHORT_NAME}(?: and {_SHORT_NAME})?), "
    r"(?:“(?P<curly>[^“”\d]+?),?”|(?P<plain>[A-Z][^,“”\"\d()]*?),) "
    r"(?P<pin>(?:pp?\.\s?)?(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:[–-]\d{1,4})?)\.?")


def _short_form_note(source: str, match: re.Match) -> dict:
    """A work a note names in short, no earlier note to point at: its authors' family names whole (a short form drops
    the given ones: "García Márquez"), its short title, and the number, the page the note cites, kept in the note (no
    volume, page range or date of the work). An unquoted title is a book's (its italics lost, "Marples, Belarus,
    14."); a quoted one names a part of something unknown, a document."""
    names = [{"family": name} for name in match.group("names").split(" and ")]
    item = {"type": "book" if match.group("plain") else "document", "author": names,
            "title": match.group("curly") or match.group("plain"),
            "note": match.group("pin")}
    item["custom"] = {"source": source, "review": True, "confidence": {key: 0.7 for key in item if key != "custom"}}
    return item


# A classic's author known by one name, run into the title of a translation: "Homer, The Odyssey, trans. Robert
# Fagles (...)", "Homer. The Iliad. Translated by ...", "Plato, The Republic, trans. ..." (a note's number before it);
# not a title's part or book ("Faust, Part One") nor a lower-case subtitle ("Candide, or Optimism").
_ONE_NAME_AUTHOR = re.compile(r"(?:\d{1,4}\.\s+)?([A-Z][a-z]{2,})[,.] (?!(?:Part|Book|Volume|Vol\.)\s)([A-Z“\"‘].+)")


def _one_name_author(item: dict, confidence: dict) -> None:
    """A translated work with no author whose title opens with one capitalised name is that author's; the name is
    kept whole (``literal``), as Zotero keeps a one-field name, also where the tagger found it ("Plato, ...")."""
    if "author" in item:
        if len(item["author"]) == 1 and item["author"][0].keys() == {"family"} and " " not in item["author"][0]["family"]:
            item["author"] = [{"literal": item["author"][0]["family"]}]
        return
    head = _ONE_NAME_AUTHOR.fullmatch(item["title"])
    if head:
        item["author"], item["title"] = [{"literal": head.group(1)}], head.group(2)
        confidence["author"] = confidence.get("title", 0.7)


def _pinyin_family_first(item: dict, text: str) -> None:
    """Chicago notes print a Chinese author of a Chinese work as Chinese does, family name first ("12. Wang Hui, Qu
    zhengzhihua de zhengzhi [The Politics of Depoliticization] ..."): a two-word name printed so, whose first word
    is a Chinese family name and both in pinyin, before an original title all in pinyin (its characters aside), is
    family name first; an English title keeps the name as printed ("Hui Wang, Title ...")."""
    title = _CJK.sub(" ", item["original-title"]).strip(" ,.:;")  # its characters aside: "去政治化的政治"
    if not title or not PINYIN_WORDS.fullmatch(title):
        return
    for name in item["author"]:
        given, family = name.get("given", ""), name.get("family", "")
        if given.lower() in CHINESE_FAMILY_PINYIN and " " not in family and PINYIN_WORDS.fullmatch(family) \
                and f"{given} {family}" in text:
            name["family"], name["given"] = given, family


def _body_before_quoted_original(item: dict, confidence: dict, text: str) -> None:
    """Notes' "Qazaqstan Respýblıkasy ... Ulttyq statıstıka bıýrosy, ‘Original’ [Translation], Astana, 2022": the
    tagger took the body's first two words for a person and ran the rest of its name into the original title; the
    words before the comma and the quote are one body's name, the author, and the quotation the original title."""
    body = _BODY_THEN_QUOTE.match(text)
    head, comma, quoted = item["original-title"].partition(", ")
    if body and comma and quoted[:1] in _OPENING_QUOTES and _QUOTED_ORIGINAL.fullmatch(quoted):
        name = body.group()[:body.group().rfind(",")]
        if name.endswith(" " + head) and corporate_name(name):
            item["author"], item["original-title"] = [{"literal": name}], rules.strip_quotes(quoted)
            confidence["author"] = confidence.get("original-title", 0.7)


def _one_name_then_title(item: dict, confidence: dict, text: str) -> None:
    """"Plato. Republic. Translated by ...": two one-word sentences the tagger read as one person ("Republic,
    Plato") are an author known by one name and the work's one-word title; no person's name is printed given
    name, stop, family name."""
    name = item["author"][0]
    given, family = name.get("given", ""), name.get("family", "")
    if name.keys() == {"given", "family"} and given.isalpha() and family.isalpha() and given[:1].isupper() \
            and family[:1].isupper() and text.lstrip(" 0123456789.").startswith(f"{given}. {family}. "):
        item["author"], item["title"] = [{"literal": given}], family
        confidence["title"] = confidence.get("author", 0.7)


# A written document named by its kind and its writer in the genitive, then whom it went to and its date:
# "Письмо Н. С. Хрущева в ЦК КПСС от 12 мая 1956 г.", "Докладная записка Л. П. Берии в Президиум ЦК КПСС, 8 мая
# 1953 г.", "Телеграмма Ф. Э. Дзержинского В. И. Ленину, 22 июля 1920 г." (the archive, cut off before, keeps it); the
# writer's post in the genitive may stand before the name ("Докладная записка начальника Главсевморпути О. Ю. Шмидта ...",
# "Письмо наркома внутренних дел СССР Н. И. Ежова ...").
_DOCUMENT_BY_WRITER = re.compile(
    r"((?:Письмо|(?:Докладная |Служебная |Пояснительная |Аналитическая )?[Зз]аписка|Телеграмма|Шифротелеграмма|"
    r"Донесение|Рапорт|Справка|Заявление|Дневник)\s+(?:[а-яё]+(?:а|я|его|ого)(?:\s+[а-яё]+|\s+[А-ЯЁ][\w-]*){0,4}?\s+)?"
    r"((?:[А-ЯЁ]\.\s?){1,2})([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    rf"[^/\d:]*?)(?:,?\s+(?:от\s+)?(\d{{1,2}}\s+[а-яё]{{3,8}}\.?\s+{_YEAR}|{_YEAR})(?:\s*г\.?)?)?\.?")
# Genitive endings of Russian surnames whose nominative is certain ("Толстого" may be "Толстой" or "Толстый",
# "Берии" "Берия" or "Берий", "Микояна" any foreign stem: those writers are not guessed)
_GENITIVE_SURNAME = (("ского", "ский"), ("цкого", "цкий"), ("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"),
                     ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ова", "ов"), ("ева", "ев"),
                     ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"))

# Russian and Ukrainian statements whose names follow in the genitive: editors after "под ред." (под редакцией), "под
# общ. ред.", "под науч. ред.", Ukrainian "за ред.", "за заг. ред." ("отв. ред. И. И. Иванов", "науч. ред. ..." name
# them in the nominative), translators after "пер. с англ." (перевод), "перевод с английского", Ukrainian "пер. з англ."
_GENITIVE_STATEMENTS = (
    ("editor", re.compile(r"(?i)(?:под\s+(?:общ(?:ей)?\.?\s+|науч(?:ной)?\.?\s+)?ред(?:\.|акцией)"
                          r"|за\s+(?:заг(?:альною)?\.?\s+|наук(?:овою)?\.?\s+)?ред(?:\.|акцією))\s+")),
    ("translator", re.compile(r"(?i)(?<!\w)пер(?:\.|евод|еклад)(?:\s+[сз]\s+\w+\.?)?\s+")),
)
# A man's surname on a consonant stem takes "а" in the genitive ("Якобсона", "Кравчука"); a woman's on a consonant
# stem does not decline, so after the cue the "а" is certainly the case ending.
_CONSONANT_STEM_GENITIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$")


def _names_in_nominative(item: dict, text: str) -> None:
    """Editors named after "под ред." and translators after "пер. с англ." are printed in the genitive ("под ред. С.
    Ю. Глазьева"): each whose nominative is certain is given in it ("Глазьев", "Звягельской" -> "Звягельская",
    "Якобсона" -> "Якобсон"), as a catalogue names them; a genitive whose nominative is not certain ("Толстого",
    "Гейця") stays as printed."""
    for role, cue in _GENITIVE_STATEMENTS:
        statements = [text[m.end():m.end() + 160] for m in cue.finditer(text)] if role in item else ()
        for name in item[role] if statements else ():
            family = name.get("family", "")
            if not family or not any(family in statement for statement in statements):
                continue
            nominative = next((family[:-len(end)] + stem for end, stem in _GENITIVE_SURNAME if family.endswith(end)),
                              None)
            if nominative is None and _CONSONANT_STEM_GENITIVE.search(family):
                nominative = family[:-1]
            if nominative:
                name["family"] = nominative


def _writer(match: re.Match) -> list[dict] | None:
    """The writer a ``_DOCUMENT_BY_WRITER`` match names, in the nominative, when its genitive is certain."""
    surname = match.group(3)
    nominative = next((surname[:-len(end)] + stem for end, stem in _GENITIVE_SURNAME if surname.endswith(end)), None)
    return [{"family": nominative, "given": match.group(2).strip()}] if nominative else None


def _document_by_writer(source: str, match: re.Match) -> dict:
    """A letter or note named by its writer in the genitive is an unpublished document (a `manuscript`), its
    writer the author when the nominative of the name is certain; the kind and the writer stay in the title."""
    item: dict = {"type": "manuscript", "title": match.group(1)}
    writer = _writer(match)
    if writer:
        item["author"] = writer
    if match.group(4):
        item["issued"] = parse_date(match.group(4))
    item["custom"] = {"source": source, "review": False, "confidence": {key: 0.9 for key in item if key != "type"}}
    return item


def _published_document_by_writer(item: dict, confidence: dict, text: str) -> None:
    """"Письмо А. М. Горького И. В. Сталину // Известия ЦК КПСС. 1989. № 3.": a letter printed in a periodical keeps
    its whole heading as the title, its writer (when certain) the author, not "Письмо"."""
    head = text.partition(" // ")[0].rstrip(" .")
    match = _DOCUMENT_BY_WRITER.fullmatch(head)
    if match and item.get("title") and item["title"] in head:
        item["title"] = head
        writer = _writer(match)
        if writer:
            item["author"] = writer
            confidence["author"] = 0.9
        else:
            item.pop("author", None)
            confidence.pop("author", None)


# GOST's heading for laws: the jurisdiction, the form of act ("Законы", "Кодексы", "Конституция (1993)", "Указы"),
# then the act's own title and other title information, then the edition's imprint after ". – ":
# "Российская Федерация. Законы. Об образовании в Российской Федерации : Федеральный закон № 273-ФЗ : [принят
# Государственной думой 21 декабря 2012 года]. – Москва : Эксмо, 2013. – 208 с."
_LAW_HEADING = re.compile(r"(?P<jurisdiction>[А-ЯЁ][А-ЯЁа-яё]+(?:\s[А-ЯЁа-яё][а-яё]+){0,3})\.\s+"
                          r"(?P<form>(?:Законы|Кодексы|Указы|Постановления|Распоряжения|Конституция)(?:\s*\(\d{4}\))?)"
                          r"\.\s+(?P<act>[А-ЯЁ«\[].*?)\s*\.\s+(?P<imprint>[–—]\s.*)")
# What names an act in the title area, so that a classic's "Платон. Законы. Послезаконие. – СПб., 1999." is no law:
# its kind, or a Russian act's "О ..."/"Об ..." title
_NAMES_ACT = re.compile(r"(?i)\b(?:закон|кодекс|конституци|указ|постановлени|распоряжени)|^(?-i:Об?)\s")
_ACT_NUMBER_PART = re.compile(r"(?i)^[^\[\]]*\bзакон\b[^\[\]]*№\s*\S+$")


def _title_parts(text: str) -> list[str]:
    """GOST's title area split at its " : " outside square brackets."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if depth == 0 and text.startswith(" : ", k):
            parts.append(text[start:k])
            start = k + 3
    return parts + [text[start:]]


def _law_under_heading(source: str, match: re.Match, tagger) -> dict:
    """An act catalogued under its jurisdiction's heading is ``legislation``: the jurisdiction (no author) in
    ``jurisdiction``, the act's title its first part, its kind and number (``Федеральный закон № 273-ФЗ``) the
    ``number``, the form heading and what else the title area says in ``note``; the imprint is the edition's."""
    title, *others = _title_parts(match.group("act"))
    item = _parse(f"{title}. {match.group('imprint')}", tagger)
    custom = item.pop("custom")
    item["type"] = "legislation"
    item["title"] = title
    item["jurisdiction"] = match.group("jurisdiction")
    custom["confidence"].update(type=0.9, title=0.9, jurisdiction=0.9)
    notes = [match.group("form")]
    for part in others:
        if "number" not in item and _ACT_NUMBER_PART.match(part):
            item["number"] = part
            custom["confidence"]["number"] = 0.9
        else:
            notes.append(part)
    for line in filter(None, notes + item.pop("note", "").split("\n")):
        add_note(item, line)
    item["custom"] = {**custom, "source": source}
    return item


# MLA's book review: "Review of The Shifting Line, by Hannah Kerr." between the review's title and the periodical.
_REVIEW_OF = re.compile(r"(Review of .+?, by (?:(?:[A-Z]\.|[^\s.]+)\s+)*[^\s.]{2,}\.)\s+(\S.*)")


# GOST's other title information saying how an act was passed, in square brackets after its kind and number:
# "[принят Государственной думой 8 июля 2006 года : одобрен Советом Федерации 14 июля 2006 года]", Ukrainian
# "[прийнятий Верховною Радою ...]", Belarusian Russian "[принят Палатой представителей ...]".
_ADOPTION_BRACKET = re.compile(r"\s*:\s*(\[(?:принят|одобрен|подписан|утвержд[её]н|прийнят|ухвален)[^\[\]]*\])")
# The Russian State Library's catalogue names where a thesis was defended in a bracket after the degree.
_DEFENDED_AT = re.compile(r"\s*;?\s*\[Место защиты:\s*([^\]]+)\]")
# The language a physics list names after the whole entry, the imprint closed: "(Pergamon, Oxford, 1977), in Russian",
# "Zh. Eksp. Teor. Fiz. 45, 123 (1985) (in Russian).": the work's language, not its title or names.
_CLOSING_LANGUAGE = re.compile(r"(?i)(?<=[\d)])(?:,\s*in\s+(" + "|".join(rules.LANGUAGE_NAMES) + r")|\s*[(\[]in\s+("
                               + "|".join(rules.LANGUAGE_NAMES) + r")[)\]])\.?$")


# A transliterated dissertation's genre after its title, its translation in the brackets with the title's
# ("Title. Kand. ekon. nauk diss. [Translated title. Cand. econ. sci. diss.]", Kyrgyz "Kand. ekon. ilim. diss."):
# read as "Title [Translated title]. Cand. econ. sci. diss.", the transliterated genre kept in note.
_GENRE_IN_TRANSLATION = re.compile(
    r"\.\s+(?P<original>(?:Kand|Dokt?)\.\s[^\[\]]{0,40}?diss\.)\s+\[(?P<title>[^\[\]]+?)\.\s+"
    r"(?P<genre>(?:Cand|Dr|Doct?)\.\s[^\[\]]{0,40}?diss\.)\]\.?")


# MLA 7's "n. pag." (no pagination), as Semantic Scholar's Cite box prints it, "Journal (2023): n. pag.": a mark that the
# work has no page numbers, as "n.d." marks no date; styles print their own, so the entry is read without it
_NO_PAGINATION = re.compile(r"[:,.]?\s+[Nn]\. ?pag\.(?=\s|$)")


def _parse(text: str, tagger) -> dict:
    source = text if isinstance(text, str) else str(text)
    clean = _normalise(source)
    bullet = _LIST_BULLET.match(clean)
    if bullet:
        clean = clean[bullet.end():]
    if "pag." in clean:
        clean = _NO_PAGINATION.sub(".", clean)
    page_head = _PAGE_HEAD_IN_ENTRY.search(clean) if any(cue in clean for cue in _PAGE_HEAD_CUES) \
        or _PAGE_HEAD_CITATION.search(clean) else None
    if page_head:  # the entry is read without the PDF page's head, which is kept in note
        return _cue_led(source, page_head.group().strip(), clean[:page_head.start()] + clean[page_head.end():], tagger,
                        after=True)
    annotation = _READING_ANNOTATION.search(clean) if " – " in clean or " — " in clean or " - " in clean else None
    if annotation and len(annotation.group(1).split()) >= 4 and _is_sentence(annotation.group(1)):
        return _cue_led(source, annotation.group(1), clean[:annotation.start()], tagger, after=True)
    annotation = _LINK_ANNOTATION.search(clean) if " – " in clean or " — " in clean else None
    if annotation and _is_sentence(annotation.group(2)):
        return _cue_led(source, annotation.group(2), clean[:annotation.start(1)], tagger, after=True)
    thesis = _GENRE_IN_TRANSLATION.search(clean) if "diss." in clean and "[" in clean else None
    if thesis:  # the transliterated genre is kept in note; the translated one follows the title's translation
        rest = clean[thesis.end():]
        return _cue_led(source, thesis.group("original"), f"{clean[:thesis.start()]} [{thesis.group('title')}]. "
                        f"{thesis.group('genre')}{rest if rest[:1] in ' ,' else ' ' + rest}".rstrip(), tagger, after=True)
    key = _CITATION_KEY.match(clean)
    if key and key.group("first")[0].isupper() and (key.group("year") or "") in clean[key.end():] \
            and _names_key(key.group("first"), clean[key.end():]):
        return _cue_led(source, key.group("key"), clean[key.end():], tagger)
    handle = _SOCIAL_HANDLE.match(clean) if "[@" in clean or "(@" in clean else None
    if handle:  # APA's "NASA [@NASA]. (2023, July 12). ...", a note's "Name (@handle), ...": the handle is kept in note
        at = 1 if handle.group(1) else 2
        return _cue_led(source, handle.group(at), clean[:handle.start(at) - 2] + clean[handle.end():], tagger, after=True)
    defended = _DEFENDED_AT.search(clean) if "[Место защиты" in clean else None
    if defended:
        # the Russian State Library's "... : 08.00.05 ; [Место защиты: Казах. нац. аграр. ун-т]. – Алматы, 2015.":
        # where the thesis was defended publishes it
        item = _parse(clean[:defended.start()] + clean[defended.end():], tagger)
        if "publisher" not in item:
            item["publisher"] = rules.strip_end(defended.group(1))
            item["custom"]["confidence"]["publisher"] = 0.99
        else:
            add_note(item, defended.group(0).strip(" ;"))
        item["custom"]["source"] = source
        return item
    language = _CLOSING_LANGUAGE.search(clean) if "in " in clean[-20:] else None
    if language:
        item = _parse(clean[:language.start()] + ".", tagger)
        code = rules.LANGUAGE_NAMES[(language.group(1) or language.group(2)).lower()]
        if item.setdefault("language", code) == code:
            item["custom"]["confidence"]["language"] = 0.99
        else:
            add_note(item, language.group(0).strip(" ,."))
        item["custom"]["source"] = source
        return item
    unit = _BODY_THEN_UNIT.match(clean) if ". " in clean[:200] else None
    if unit and SUB_UNIT.match(unit.group("unit")) and corporate_name(unit.group("body")) and all(
            word[:1].isupper() or word in _BODY_JOINERS for word in unit.group("unit").split()[1:]):
        # the entry is read with the body alone, as it is tagged best; the unit is the body's, part of the author
        item = _parse(clean[:unit.end("body") + 2] + clean[unit.end():], tagger)
        if item.get("author") == [{"literal": unit.group("body")}]:
            item["author"] = [{"literal": f"{unit.group('body')}. {unit.group('unit')}"}]
            confidence = item["custom"]["confidence"]
            confidence["author"] = max(confidence.get("author", 0), 0.85)  # the body and its unit, as read whole
            item["custom"]["review"] = min(confidence.values()) < REVIEW_BELOW or not item.get("title")
            item["custom"]["source"] = source
            return item
    archived = _ARCHIVED_COPY.findall(clean) if "Archived " in clean else None
    if archived:  # Wikipedia's "Archived from the original on 4 June 2021.": where a copy is kept, in note
        return _cue_led(source, " ".join(archived), _ARCHIVED_COPY.sub("", clean), tagger, after=True)
    trial = _TRIAL_REGISTRATION.search(clean) if "NCT" in clean else None
    if trial and trial.start() > 0:
        item = _cue_led(source, trial.group(1), clean[:trial.start()] + clean[trial.end():], tagger, after=True)
        item["number"] = trial.group(2)
        item["custom"]["confidence"]["number"] = 0.99
        return item
    listing = _ARXIV_LIST_ENTRY.fullmatch(clean) if "Authors:" in clean or "Author:" in clean else None
    if listing:
        return _arxiv_listing(source, listing)
    letter = _LETTER_TO.fullmatch(clean) if " to " in clean else None
    letter = letter and _letter(source, letter)
    if letter:
        return letter
    heading = _LAW_HEADING.fullmatch(clean) if ". Закон" in clean or ". Кодекс" in clean or ". Конституция" in clean \
        or ". Указ" in clean or ". Постановлен" in clean or ". Распоряжен" in clean else None
    if heading and _NAMES_ACT.search(heading.group("act")):
        return _law_under_heading(source, heading, tagger)
    adopted = _ADOPTION_BRACKET.search(clean) if ": [" in clean else None
    if adopted:
        # GOST R 7.0.100's act with how it was passed: "... : Федеральный закон от 27.07.2006 № 149-ФЗ : [принят
        # Государственной думой 8 июля 2006 года : одобрен Советом Федерации 14 июля 2006 года]. – Текст : ...";
        # the bracket is no translated title (References'), it is kept in note
        item = _parse(clean[:adopted.start()] + clean[adopted.end():], tagger)
        add_note(item, adopted.group(1))
        item["custom"]["source"] = source
        return item
    writer = _DOCUMENT_BY_WRITER.fullmatch(clean) if clean[:1] in "ПЗДСТРШ" else None
    if writer:
        return _document_by_writer(source, writer)
    folded = clean.casefold()
    artwork = _ARTWORK.fullmatch(clean) if any(cue in folded for cue in _MUSEUM_CUES) and _MUSEUM.search(clean) else None
    artwork = artwork and _artwork(source, artwork)
    if artwork:
        return artwork
    manuscript = _manuscript(source, clean) if any(cue in clean for cue in _MANUSCRIPT_CUES) \
        and _MANUSCRIPT_CUE.search(clean) and _REPOSITORY.search(clean) else None
    if manuscript:
        return manuscript
    papers = _PAPERS_ENTRY.fullmatch(clean) if "Papers. " in clean or "Collection. " in clean or "Records" in clean \
        else None
    papers = papers and _papers(source, papers)
    if papers:
        return papers
    entry = _SUB_VERBO.fullmatch(clean) if "s.v." in clean or "s. v." in clean else None
    if entry:
        return _sub_verbo(source, entry)
    film = _DIRECTOR_FIRST.fullmatch(clean) if " dir. " in clean or " dir., " in clean else None
    film = film or (_MLA_DIRECTOR_FIRST.fullmatch(clean) if ", director. " in clean else None)
    if film:
        return _film_by_director(source, film)
    streamed = _LINK_AFTER_SERVICE.search(clean) if "." in clean[-40:] else None
    heard = clean[:streamed.start()] + "." if streamed else clean  # MLA's "... 2015. Spotify, open.spotify.com/...."
    medium = _RECORDING_MEDIUM.search(heard, len(heard) - 30) \
        if heard.rstrip(". ").rpartition(" ")[2] in _RECORDING_LAST_WORDS else None
    recording = medium and medium.end() == len(heard) and _recording(source, heard, medium)
    if recording:
        if streamed:
            recording["URL"] = streamed.group(1)
            recording["custom"] = recording.pop("custom")
            recording["custom"]["confidence"]["URL"] = 0.85
        return recording
    oscola = _OSCOLA_BOOK.fullmatch(clean) if _bracket_closes_on_bare_year(clean) else None
    oscola = oscola and _oscola_book(source, oscola)
    if not oscola and "’ in " in clean and (chapter := _OSCOLA_CHAPTER.fullmatch(clean)) \
            and _bracket_closes_on_bare_year(clean):
        oscola = _oscola_chapter(source, chapter)
    if oscola:
        return oscola
    science = _SCIENCE_BOOK.fullmatch(clean) if clean.endswith((")", ").")) or "), " in clean else None
    science = science and _science_book(source, science)
    if science:
        return science
    chapter = _RSC_CHAPTER.fullmatch(clean) if ", in " in clean and " ed" in clean else None
    chapter = chapter and _rsc_chapter(source, chapter)
    if chapter:
        return chapter
    thesis = _SCIENCE_THESIS.fullmatch(clean) if "hesis" in clean or "issertation" in clean else None
    thesis = thesis and _science_thesis(source, thesis)
    if thesis:
        return thesis
    thesis = _NOTE_THESIS.fullmatch(clean) if " diss.," in clean or " dissertation," in clean or " thesis," in clean \
        else None
    if thesis:
        return _note_thesis(source, thesis)
    book = _UNDATED_BOOK.fullmatch(clean) if clean[1:2] == "." and clean.count(",") >= 2 else None
    book = book and _undated_book(source, book)
    if book:
        return book
    short = _SHORT_FORM_NOTE.fullmatch(clean) if clean.rstrip(".")[-1:].isdigit() and clean.count(",") <= 3 else None
    if short:
        return _short_form_note(source, short)
    score = _SCORE_NOTE.fullmatch(clean) if ("), " in clean or clean.endswith((")", ")."))) \
        and any(cue in clean for cue in _MUSICAL_WORK_CUES) else None
    if score and _MUSICAL_WORK.search(score.group("title")):
        return _score_in_note(source, score)
    talk = (_TALK_IN_BRACKET.fullmatch(clean) or _TALK_DESCRIBED.fullmatch(clean)) if clean.endswith((").", ")", ".")) \
        and ("”" in clean or '"' in clean) and any(cue in clean.lower() for cue in _TALK_CUES) else None
    if talk:
        return _talk_at_meeting(source, talk, tagger)
    credited = _MLA_CREDITED_BOOK.fullmatch(clean) if "ed by " in clean else None
    if credited and " by " not in credited.group("publisher") and not _is_city(credited.group("publisher")) \
            and not _WORD_FULL_STOP.search(credited.group("names")) \
            and all(name.get("given") for name in parse_names(credited.group("names"))):
        return _mla_credited_book(source, credited)
    classic = _CLASSIC_BY_BOOK_AND_LINE.fullmatch(clean) if "." in clean[-12:] else None
    if classic:
        item = {"type": "book", "author": [{"literal": classic.group(1)}], "title": classic.group(2),
                "page": classic.group(3).replace("–", "-")}
        if classic.group("role"):
            item.update({"translator" if classic.group("role") == "trans." else "editor": parse_names(classic.group("names")),
                         "publisher-place": classic.group("place"), "publisher": classic.group("publisher"),
                         "issued": {"date-parts": [[int(classic.group("year"))]]}})
        return _read_whole(item, source)
    lines = _LINES_CITED.search(clean) if " line" in clean else None
    if lines and lines.start() > 20:
        item = _parse(clean[:lines.start()] + ".", tagger)
        add_note(item, lines.group().strip(" ,."))
        item["custom"]["source"] = source
        return item
    if "pisode " in clean and (" by " in clean or ", aired " in clean) and _EPISODE_NUMBERS.search(clean):
        return _episode_with_credits(source, clean, tagger)
    credit = _DIRECTED_BY.search(clean) if "Directed by " in clean else None
    if credit:
        return _film(source, clean, credit, tagger)
    credit = _INTERVIEW_CREDIT.search(clean) if "nterview by " in clean else None
    if credit and all(name.get("given") for name in parse_names(credit.group(1))):
        return _interview_in_periodical(source, clean, credit, tagger)
    if clean.endswith(")") and _CLOSING_IMPRINT.search(clean):
        clean += "."  # the stop a note's work cut before its ";" lost, which the tagger reads the imprint by
    reprint = _REPRINTED_IN.search(clean) if "eprinted " in clean or "Repr. " in clean or "Rpt. " in clean else None
    if reprint:
        return _cue_led(source, reprint.group(1), clean[:reprint.start() + 1], tagger, after=True)
    prose = _PROSE_AFTER_IMPRINT.search(clean) if "), " in clean else None
    if prose and len(prose.group(2).split()) >= 4:
        return _cue_led(source, prose.group(2), clean[:prose.end(1)] + ".", tagger, after=True)
    lower = clean.lower()
    shelfmark = _ARCHIVE_SHELFMARK.search(clean) if any(cue in lower for cue in _INVENTORY_CUES) else None
    if not shelfmark and ("Fond " in clean or "Фонд " in clean):
        shelfmark = _FOND_ALONE.search(clean)
    if not shelfmark and ("/" in clean or "RG " in clean or "Record Group" in clean) and "://" not in clean:
        shelfmark = _TNA_NARA_SHELFMARK.search(clean)
        if shelfmark and _ISSUED_DAY_CLOSE.search(shelfmark.group(1)):
            shelfmark = None  # "European Council, ‘Conclusions’, EUCO 20/23, Brussels, 15 December 2023.": a document's number
    if shelfmark and shelfmark.start(1) > 3:
        return _archival(source, clean[:shelfmark.start(1)], shelfmark.group(1), tagger)
    decision = _COURT_DECISION.match(clean) if "ourt" in clean or "уд" in clean or "ud " in clean else None
    if decision and " v. " not in clean and " v " not in clean:
        return _court_decision(source, decision, tagger)
    application = (_CASE_BY_APPLICATION.match(clean) or _CASE_BY_SUBJECT.match(clean)) if " v. " in clean else None
    if application:
        return _case_by_application(source, application, tagger)
    numbered = _NOTE_NUMBER.match(clean) if clean[:1].isdigit() else None
    if numbered and (_OPENS_WITH_POINTER.match(clean, numbered.end()) or _POINTER_CUE.match(clean[numbered.end():])
                     or _may_name_opcit(clean) and _NAMED_OPCIT.fullmatch(clean[numbered.end():])):
        # "18. Ibid., 214–15.", "31. Bhatt, supra note 12, at 903–04.", "23. See Harlan v. ...": a note's number before
        # its pointer or cue, as before a work (the cue had been read as a name's or the case's first word)
        clean = clean[numbered.end():]
    pieces = segments(clean) if "; " in clean or _OPENS_WITH_POINTER.match(clean) else None
    first = _first_of_works(clean, pieces) if pieces else None
    if first:
        return _cue_led(source, clean[len(first):], first, tagger, after=True)
    cited = _work_after_pointer(pieces) if pieces else None
    if cited:
        return _cue_led(source, clean[:len(clean) - len(cited)], cited, tagger)
    if pieces and _OPENS_WITH_POINTER.match(clean) and all(classify(piece) == POINTER for piece in pieces) \
            or _may_name_opcit(clean) and _NAMED_OPCIT.fullmatch(clean) \
            or _only_citations(clean):
        # "Ibid., pp. 4–5.", "Idem.", "Там же. С. 5.": a pointer and its locator, no work; kept whole in note, as the
        # page reader keeps it ("Ibid" had been read as an author's name, its locator as the work's pages); so are
        # pointers the page reader cuts apart, "Ibid. See also Allison (2009).", and a cue before the short citations
        # of works cited in full elsewhere, "See also Flikke (2009).", "For more information see Kazantsev (2008),
        # Nikitina (2009)." (the year had been read as the note's date, a second name as a volume)
        return {"type": "document", "note": clean, "custom": {"source": source, "confidence": {"type": 0.5}, "review": True}}
    quoted = _QUOTED_IN.match(clean) if "ted in " in clean else None
    if quoted and len(clean) - quoted.end() > _CUE_WORK_MIN:  # "Ilham Aliyev, quoted in ‘Title’, Trend, ...": the work
        return _cue_led(source, quoted.group(), clean[quoted.end():], tagger)  # quoting the speaker, who is in note
    same = SAME_AUTHOR.match(clean) if clean[:1] in "IiEeDd" else None
    if same and len(clean) - same.end() > _CUE_WORK_MIN:  # "Idem, ‘Title’, ...": the authors are the note's above
        item = _cue_led(source, same.group(), clean[same.end():], tagger)
        if "author" in item:  # "Dies., Die Lenin-Bibliothek. Eine Geschichte, in: ...": no names follow idem, so the
            # words read as names open the title; tag it behind a name written out, as the page reader does
            from . import _tag_after_names
            behind = _tag_after_names(clean[same.end():], {"family": "Name"})
            if behind:
                item = behind
                add_note(item, same.group().strip(" ,:;"))
                item["custom"]["source"] = source
        return item
    work = strip_cue(clean) if clean[:1] in _CUE_INITIALS else clean
    if work is not clean and (len(work) > _CUE_WORK_MIN or _PAPER_OF_THE_DAY.match(work)):
        return _cue_led(source, clean[:len(clean) - len(work)], work, tagger)
    numbered = _NOTE_NUMBER.match(clean) if clean[:1].isdigit() else None
    cited = clean[numbered.end():] if numbered else clean
    legal = _legal_citation(cited) if (" v. " in clean or " v " in clean or "§" in clean or "L. " in clean
                                       or _closes_on_bracketed_year(clean)
                                       or "Rev. " in clean or " J. " in clean or "L.J. " in clean or " Act " in clean
                                       or "Rep. No" in clean or "Doc. No" in clean or "Code of " in clean
                                       or " Fed. Reg. " in clean or " Cong. " in clean or "U.N.T.S. " in clean
                                       or "U.S.T. " in clean or "U.N. Doc. " in clean
                                       or "Constitution of " in clean or " F. " in clean or " ed. " in clean
                                       or "Paper No. " in clean or cited[:10].isupper() or " Const. " in clean
                                       or " art. " in clean or " Res. " in clean or ", at " in clean
                                       or _QUOTE_THEN_YEAR_BRACKET.search(clean) or "OJ " in clean
                                       or "ECR " in clean or _UK_PAPER_SERIES.search(clean) or " tentang " in clean
                                       or "(" in clean and TREATY_ADOPTED.match(cited)
                                       or "Annex " in clean and ANNEXED_INSTRUMENT.match(cited)) else None
    if legal:
        return _legal_item(source, *legal)
    item: dict = {"type": "document"}
    confidence: dict[str, float] = {}
    if "]" in clean and _GBT_MARK.search(clean):
        clean = _GBT_CITED.sub(r") (accessed \1)", clean)  # GB/T "(2020-03-11)[2021-05-06]": published, cited
    clock = _CLOCK_IN_DATE.search(clean) if ":" in clean and ")" in clean else None
    if clock:  # read apart: the tagger took the hour for a volume and the minutes for pages
        clean = clean[:clock.start()] + clean[clock.end():]
    section = _NEWSPAPER_SECTION.search(clean) if "Sect." in clean else None
    if section:
        clean = clean[:section.start()] + clean[section.end():]
    series = _NUMBERED_SERIES_AFTER_YEAR.search(clean) if " (" in clean else None
    if series:  # read apart: the tagger ran the series into the title and the publisher
        clean = clean[:series.start()] + clean[series.end():]
    updated = _UPDATED_AND_CITED.search(clean) if "[updated " in clean or "[modified " in clean else None
    if updated:  # Citing Medicine "2022 [updated 2022 Feb 1; cited 2023 Apr 2]": read as "[cited ...]", the update noted
        clean = clean[:updated.start()] + "[" + updated.group(2) + clean[updated.end():]
    spans = tokenize(clean)
    overflow = ""
    if len(spans) > MAX_TOKENS:
        overflow = clean[spans[MAX_TOKENS][0]:]
        spans = spans[:MAX_TOKENS]
    labels, probs = _labels(clean, spans, tagger)

    # Group consecutive tokens with one label into (label, text, mean probability).
    groups: list[tuple[str, str, float]] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and labels[j + 1] == labels[i]:
            j += 1
        groups.append((labels[i], clean[spans[i][0]:spans[j][1]], sum(probs[i:j + 1]) / (j - i + 1)))
        i = j + 1

    _fill(item, groups, confidence, clean)
    if series and "collection-title" not in item:
        item["collection-title"], item["collection-number"] = series.group("series"), series.group("number")
        confidence["collection-title"] = confidence["collection-number"] = 0.85
    if section:
        _newspaper_section(item, confidence, section)
    if clock:
        add_note(item, clock.group(1))
    _day_month_in_title(item)
    _day_month_in_note(item)
    if "issued" not in item and " г" in clean:
        _date_closing_title(item)
    if " т. " in clean or " кн. " in clean:
        _volume_title(item, confidence, clean)
    if "Bd." in clean or "Vol." in clean:
        _volume_in_book_title(item, confidence)
    if " // " in clean and clean[:1] in "ПЗДСТРШ":
        _published_document_by_writer(item, confidence, clean)
    if "author" not in item and ("статисти" in clean or "tatisti" in clean):
        for key in ("title", "original-title"):  # the original title, when the title is its translation
            if ". " in item.get(key, "") and "author" not in item:
                _office_heading_in_title(item, confidence, key)
    if "title" not in item and ". " in item.get("author", [{}])[0].get("literal", ""):
        _title_in_body_heading(item, confidence)
    if "title" not in item and len(item.get("author", ())) == 1:
        _one_name_then_title(item, confidence, clean)
    if "original-title" in item and "author" in item:
        _pinyin_family_first(item, clean)
        if len(item["author"]) == 1 and "literal" not in item["author"][0] and ", " in item["original-title"]:
            _body_before_quoted_original(item, confidence, clean)
    if len(item.get("author", ())) == 1 and "literal" not in item["author"][0] and ("http" in clean or "www." in clean):
        # "Akorda, ‘...’, ..., https://www.akorda.kz/...": the site's owner, no person
        site, comma, rest = clean.partition(", ")
        if comma and rest[:1] in _CLOSER and _named_by_link(site, clean):
            item["author"] = [{"literal": site}]
    holder = _OFFICE_HOLDER_HEADING.match(clean) if "; " in clean and "А" <= clean[:1] <= "Я" else None
    if holder and "author" in item:
        item["author"] = [{"literal": holder.group("heading")}]  # one heading, no persons: its ";" parts nothing
    if overflow:
        add_note(item, overflow)
    if updated:
        add_note(item, updated.group(1))
    if "page" in item and not {"volume", "issue", "editor"} & set(item):
        _mla_book_and_publisher(item, confidence, clean)
    _masthead_and_day(item, confidence)
    _own_publisher(item)
    _outlet_not_place(item, confidence, clean)
    if "issued" not in item and _YEAR_ALONE.match(item.get("container-title", "")):
        # IEEE's online source: '"Title", 2018, [online] Available: https://...': the year is its date, no container
        item["issued"] = {"date-parts": [[int(item.pop("container-title"))]]}
        confidence["issued"] = confidence.pop("container-title", 0.5)
    _title_before_parallel_journal(item, confidence)
    if "issue" in item and "publisher" in item:
        _book_series_number(item, confidence)
    _series_as_report(item, confidence)
    if "issue" in item and item.get("note", "").startswith("("):
        _bracketed_series(item, confidence, clean)
    if "title" in item and "container-title" not in item:
        _series_paper_as_report(item, confidence)
        if "publisher" in item and ", " in item.get("title", "") and not {"author", "editor"} & set(item):
            _body_before_report_title(item, confidence)
    if "ersion" in clean or "Ver." in clean or " v" in clean or ", V" in clean or "Revision " in clean:
        _version_statement(item, confidence)
    if "Preprint at" in clean:
        _preprint_at(item, confidence)
    if "publisher" in item and ("repr" in clean or "Reprint" in clean):
        _reprint_imprint(item, confidence, clean)
    if "original-date" in item and "original-publisher" not in item and "note" in item:
        _reprint_mark_read(item)
    if "]" in clean and _GBT_MARK.search(clean):
        _gbt_names_and_book(item, confidence, clean)
    if item.get("medium", "").rstrip(".").lower() == "unpublished" and "genre" not in item:
        _move(item, confidence, "medium", "genre")  # the AEA's '"Title." Unpublished.': an unpublished paper
    if "note" in item and not {"publisher", "container-title"} & set(item):
        _server_in_note(item, confidence)
    if "note" in item:
        _series_in_note(item, confidence)
    series = _SERIES_SENTENCE.fullmatch(item["genre"].strip(" .;")) if "genre" in item and "number" not in item else None
    if series:  # Citing Medicine's "Oslo: Body; 2018. Report No.: 62.", read as one genre: the series, then its number
        item["genre"], item["number"] = series.groups()
        confidence["number"] = confidence.get("genre", 0.8)
    if "note" in item:
        _season_in_note(item)
    if "No" in clean and ("publisher" in item or "container-title" in item):
        _series_before_publisher(item, confidence)
    if "editor" in item:
        _edited_volume(item, confidence)
    if ", ed. (" in clean or ", eds. (" in clean:
        _editors_before_publisher(item, confidence, clean)
    if "translator" in item and "title" in item and "editor" not in item:
        _one_name_author(item, confidence)
    _genre_sentence(item, confidence)
    _body_as_publisher(item, confidence)
    _article_of_act(item, confidence)
    if "container-title" in item and (" by " in item["container-title"] or " of the " in item["container-title"]):
        _approving_act(item, confidence)
    if "issued" in item and " of" in clean:
        _title_dated_by_of(item, confidence, clean)
    review = _REVIEW_OF.match(item.get("container-title", "")) if "Review of " in clean else None
    if review:  # MLA "“Title.” Review of Book, by Name. Journal, ...": the reviewed work is said in a note
        add_note(item, review.group(1))
        item["container-title"] = review.group(2)
    if "title" not in item and "container-title" in item and rules.NUMBER.fullmatch(item.get("number", "")) \
            and not {"volume", "issue"} & set(item) and _by_body(item):
        # "UN Security Council, Provisional Record of the 7138th Meeting, S/PV.7138, ...": what a body names
        # before its document's symbol is the document's title, whatever words ("Meeting") it holds
        _move(item, confidence, "container-title", "title")
    if "In:" in clean and ";" in clean:
        _citing_medicine_conference(item, confidence, clean)
    if "note" in item and ": " in item["note"] and not {"publisher", "publisher-place"} & set(item):
        _imprint_in_note(item, confidence)
    if "publisher" in item and ("note" in item or "container-title" in item):
        _mla_series(item, confidence, clean)
    if ("note" in item or "container-title" in item or "edition" in item) and "publisher" in item \
            and "collection-title" not in item:
        _numbered_series_after_imprint(item, confidence, clean)
    if ". " in item.get("publisher-place", "") and "publisher" in item and "title" in item \
            and not {"container-title", "collection-title"} & set(item):
        _series_in_place(item, confidence, clean)
    if "container-title" in item and "publisher" in item and "title" in item and not {"page", "editor", "issue"} & set(item) \
            and f"{item['title']}. {_with_volume(item)}. {item.get('publisher-place')}:" in clean:
        _series_as_container(item, confidence, clean)
    if ". " in item.get("title", "") and "publisher-place" in item and "publisher" in item \
            and not {"container-title", "collection-title"} & set(item):
        _unnumbered_series(item, confidence, clean)
    if ", " in item.get("title", "") and "publisher" in item and "collection-title" not in item \
            and len(item.get("author", ())) == 1 and "literal" in item["author"][0]:
        _body_series_in_title(item, confidence, clean)
    if "publisher" in item and "collection-title" not in item and "container-title" not in item:
        _series_after_date(item, confidence, clean)
    episode = None
    if "pisode " in clean and "container-title" in item:
        show = item["container-title"]
        if show.lower().endswith((", season", ", series", ", episode")) and "volume" in item:
            # "..., series 9, episode 3, Channel 4", "The Office, season 1, episode 1, NBC": the tagger's volume is
            # the season's or the episode's number
            show = f"{show} {item['volume']}"
        episode = _EPISODE_OF_SERIES.fullmatch(show)
        if episode and show != item["container-title"]:
            del item["volume"]
    if episode:
        # MLA's "“Nosedive.” Black Mirror, season 3, episode 1, Netflix, 21 Oct. 2016.": the show is the
        # container, the network after the numbers its publisher, the numbers kept in note
        item["container-title"] = episode.group(1)
        add_note(item, episode.group(2))
        if episode.group(3) and "publisher" not in item:
            item["publisher"] = episode.group(3)
            confidence["publisher"] = confidence.get("container-title", 0.7)
    if _PRIVATE_ARCHIVE.fullmatch(item.get("container-title", "")):
        # "Интервью автора с ... // Архив автора.", "// Личный архив В. П. Данилова": the private archive that
        # keeps the record is its archive, no periodical
        _move(item, confidence, "container-title", "archive")
    site_kind = _site_and_owner(item, confidence)
    server, stop, day = item.get("container-title", "").partition(". ")
    if stop and PREPRINT_SERVER.fullmatch(server) and _date_from_day_month(item, day):
        item["container-title"] = server  # Chicago "“Title.” SocArXiv. March 3. doi:...": the server, then the day posted
    if "/" in item.get("publisher", "") and "publisher-place" not in item \
            and all(map(is_place, item["publisher"].split("/"))):
        _move(item, confidence, "publisher", "publisher-place")  # "Tbilisi/Brussels": the towns a body works from
    month = _PUBLISHER_MONTH.search(item.get("publisher", ""))
    parts = (item.get("issued") or {}).get("date-parts") or []
    if month and len(parts) == 1 and len(parts[0]) == 1 and f"{item['publisher']}." in clean:
        # Chicago's report "Washington, DC: Carnegie Endowment for International Peace, March.": the month of
        # the year dated after the names closes the imprint
        parts[0].append(MONTHS[month.group(1).lower()])
        item["publisher"] = item["publisher"][:month.start()]
    talk = _talk_after_title(item, confidence) if "event-title" not in item and "title" in item else None
    if "volume" in item and "issue" not in item and _has_day(item.get("issued")) \
            and re.search(re.escape(f"{item.get('container-title')}, {item['volume']}, ") + r"\d{1,2}\s", clean):
        _move(item, confidence, "volume", "issue")  # "Kommersant-Vlast’, 12, 2 April 2019": a weekly's number, by the day
    if "volume" in item and not {"issue", "page"} & set(item) and _has_day(item.get("issued")) \
            and re.search(f"{item['issued']['date-parts'][0][0]}\\W{{1,3}}{re.escape(item['volume'])}\\W*$", clean):
        # Chicago's "“Title,” Pravda, 17 October 1924, 2.": the number after a paper's day is its page, never a volume
        _move(item, confidence, "volume", "page")
    book = _JOURNAL_BOOK.search(clean) if "Кн." in clean and " // " in clean and "issue" not in item \
        and not {"publisher", "publisher-place"} & set(item) else None
    if book and item.get("volume") == book.group(2):
        # "// Русская мысль. 1908. Кн. 1. С. 143–157.", "// Русская старина. 1899. Т. 97. Кн. 2.": a journal printed in
        # books (no imprint, so no book's volume) numbers its issues so, the volume before them the volume
        _move(item, confidence, "volume", "issue")
        if book.group(1):
            item["volume"] = book.group(1)
            _conf(confidence, "volume", confidence["issue"])
        if "container-title" in item:  # the cues the tagger ran into the journal ("Русская мысль. – Кн.")
            item["container-title"] = _JOURNAL_BOOK_CUES.sub("", item["container-title"])
    if "genre" in item and {"volume", "issue", "page"} <= set(item) and item["genre"][:1].isupper() \
            and not {"container-title", "number", "publisher"} & set(item):
        # "‘Title’, RFE/RL Research Report, 2, 14, 1993, pp. 1–7": a periodical named like a series of reports,
        # printed with its volume, issue and pages, is the journal the article appeared in
        _move(item, confidence, "genre", "container-title")
    kind_first = _UNPUBLISHED_KIND_FIRST.match(item.get("publisher", "")) if "genre" not in item else None
    if kind_first:
        # The AEA's "Unpublished manuscript, Dept. of Economics, Univ. of Chicago.", "Mimeo, Princeton University.":
        # the words saying the paper is unpublished are its genre, the body after them its publisher
        item["genre"], item["publisher"] = kind_first.group(1), item["publisher"][kind_first.end():]
        _conf(confidence, "genre", confidence.get("publisher", 0.9))
    title = item.get("title", "")
    kind_last = _UNPUBLISHED_KIND_LAST.search(title) \
        if "genre" not in item and ("imeo" in title or "anuscript" in title) else None
    if kind_last:
        # Harvard's "Title. Mimeo. University of Oxford.", "Title. Unpublished manuscript. School.": the kind read as
        # the title's last sentence is the genre
        item["title"], item["genre"] = title[:kind_last.start()], kind_last.group(1)
        _conf(confidence, "genre", confidence.get("title", 0.8))
    if "status" not in item and ("orthcoming" in clean or "in press" in clean or "to appear" in clean):
        _status_closing_journal(item, confidence)
    if "volume" in item and _SERIES_WORD.search(item.get("container-title", "")):
        _report_series_read_as_journal(item, confidence, clean)
    if ("page" in item or "note" in item) and not {"volume", "issue", "editor", "genre", "number"} & set(item):
        _series_number_misread(item, confidence, clean)
    head, stop, last = item.get("title", "").rpartition(". ") if "genre" in item else ("", "", "")
    if stop and f"{last} {item['genre']}" in clean and _SERIES_KIND_WHOLE.fullmatch(f"{last} {item['genre']}"):
        # Harvard's "Title. World Bank Policy Research Working Paper No. 9654.": the body's words before the kind of
        # paper, which the tagger ran into the title's last sentence, open the series' name
        item["title"], item["genre"] = head, f"{last} {item['genre']}"
    degree = _DEGREE_AFTER_SCHOOL.fullmatch(item.get("publisher", "")) if "genre" not in item else None
    if degree:
        # LSA's "Cambridge, MA: MIT dissertation.", "Amherst, MA: University of Massachusetts MA thesis.": the
        # school that awarded the degree, then the kind of thesis
        item["genre"], item["publisher"] = degree.group(2), degree.group(1)
        _conf(confidence, "genre", confidence.get("publisher", 0.9))
    degree = _DEGREE_BEFORE_SCHOOL.fullmatch(item.get("publisher", "")) if "genre" not in item else None
    if degree:
        item["genre"], item["publisher"] = degree.groups()
        _conf(confidence, "genre", confidence.get("publisher", 0.9))
    if "publisher" in item and _wikipedia_site_page(item, clean):
        _move(item, confidence, "publisher", "container-title")  # Wikipedia's cite web names the site, no publisher
    if "publisher" not in item and ": " in item.get("container-title", ""):
        _imprint_in_container(item, confidence)  # the book's imprint makes the part a chapter: before the type
    if "publisher" not in item and ". " in item.get("title", "") or ":" in item.get("publisher", "") \
            and "publisher-place" not in item:
        _cjk_imprint(item, confidence)
    imprint = _IMPRINT_ALONE.fullmatch(item.get("container-title", "")) \
        if "publisher" not in item and "publisher-place" not in item else None
    if imprint and _is_city(imprint.group("place")) and not {"volume", "issue"} & set(item):
        # "Title. Geneva: Global Initiative Against Transnational Organized Crime.": a known town and a name after its
        # colon are the imprint, not a container's title (no journal's name opens with its town and a colon)
        del item["container-title"]
        item["publisher-place"], item["publisher"] = imprint.group("place"), imprint.group("publisher")
        confidence["publisher-place"] = confidence["publisher"] = confidence.pop("container-title", 0.7)
    if "container-title" not in item and ("publisher" in item or ". " in item.get("title", "")):
        _named_outlet_as_paper(item, confidence)
    if "volume" in item and not {"issue", "page"} & set(item) and _named_outlet(item.get("container-title", "")):
        _move(item, confidence, "volume", "page")  # Vancouver's "The Washington Post. 2002 Aug 12;2.": a paper's page
    if "note" in item and "publisher-place" in item and "publisher" not in item and "title" in item:
        _place_and_date_closing_title(item, confidence, clean)
    if "container-title" not in item and ("collection-title" in item or "eport of Session" in clean):
        _uk_paper_in_series(item, confidence)
    if "collection-number" in item and "container-title" not in item \
            and _PAPER_SERIES.search(item["collection-title"]):
        # Harvard's "‘Title’, OECD Economics Department Working Papers, No. 1049. Paris: OECD Publishing.": a
        # numbered series of papers holds reports, its name their genre (as "NBER Working Paper" is)
        item["genre"], item["number"] = item.pop("collection-title"), item.pop("collection-number")
        confidence["genre"] = confidence.pop("collection-title", 0.8)
        confidence["number"] = confidence.pop("collection-number", 0.8)
    if "ackage insert" in clean and "genre" not in item:
        _package_insert_sentence(item, confidence)
    if "presented at:" in clean and "container-title" not in item and _PRESENTED_AT.match(item.get("publisher", "")):
        # Citing Medicine's "Paper presented at: American Heart Association Scientific Sessions; ...": the cue and the
        # meeting the tagger read as the publisher are the talk's meeting, no book's imprint
        _move(item, confidence, "publisher", "container-title")
    kind, type_conf = _item_type(item, clean)
    if kind == "book" and "container-title" in item and "publisher" not in item \
            and _EXHIBITION_CATALOGUE.fullmatch(item.get("genre", "")):
        # MLA's "..., editors. Title. Museum of Modern Art, 2010. Exhibition catalogue.": a catalogue is a book, and
        # the body the tagger read as its container before the year is its publisher
        _move(item, confidence, "container-title", "publisher")
    if kind in ("article-journal", "chapter") and "publisher" in item and " Vol. " in clean and "issue" not in item \
            and not _CHAPTER_CUE.search(clean):
        if _volume_of_a_work(item, confidence, clean):
            kind, type_conf = "book", 0.8
    if episode:
        kind, type_conf = "broadcast", 0.9
    elif kind in ("article-newspaper", "article-magazine", "webpage", "document") and _HOSTED.match(clean):
        kind, type_conf = "broadcast", 0.8  # MLA's "Maron, Marc, host. “Title.” WTF with Marc Maron, date, URL.": a show's
    if talk and not {"page", "volume", "editor"} & set(item):
        kind, type_conf = "speech", 0.85
    if site_kind and kind in ("chapter", "book", "article-newspaper", "article-magazine"):
        kind, type_conf = site_kind, 0.7  # a page on a body's or a paper's site, not a chapter in a book it published
    if kind == "chapter" and _MUSICAL_WORK.search(item.get("container-title", "")):
        work = f"{item['title']} {item['container-title']}" if "title" in item else item["container-title"]
        if "title" not in item or item["title"].endswith((" No.", " Op.")) and work in clean:
            # MLA's "Symphony No. 5 ... Edited by Name, Publisher, 1999." read as a book's chapter, Chicago's
            # "Symphony No. 4 in E Minor, Op. 98." cut after its "No."
            item["title"] = work
            del item["container-title"]
            confidence["title"] = confidence.pop("container-title", 0.8)
            kind = "book"
    if kind in ("book", "document") and "title" in item and ("publisher" in item or "publisher-place" in item) \
            and _musical_score(item, confidence):
        kind, type_conf = "musical_score", 0.8
    patent = _PATENT.search(clean) if "atent" in clean or "пат" in clean or "Пат" in clean else None
    if patent:
        kind, type_conf = "patent", 0.85
        _patent(item, clean, patent, confidence)
    if kind in ("article-newspaper", "article-magazine", "webpage") and (
            item.get("genre", "").lower() == "blog post" or _BLOG_URL.match(item.get("URL", ""))
            or "(blog)" in clean or _BLOG_NAME.search(item.get("container-title", ""))):
        # APA's "Title. *Brookings*. https://www.brookings.edu/blog/...", "[Blog post]"; Chicago's "Daily Nous (blog),
        # April 20, 2020, URL", MLA's "“Title.” Alan Liu’s Blog, 2 May 2016, URL"
        kind = "post-weblog"
    if kind == "chapter" and "container-title" in item and (_book_in_numbered_series(item, confidence, clean)
                                                           or _title_cut_at_comma(item, confidence, clean)
                                                           or _subtitle_read_as_book(item, confidence, clean)):
        kind = "book"
    item["type"] = kind
    if kind in ("chapter", "book", "article-newspaper") and "genre" not in item:
        _unnumbered_series_as_report(item, confidence, clean)
    if kind in ("thesis", "report") and "publisher-place" not in item and item.get("publisher", "").count(", ") >= 2:
        _place_closing_publisher(item, confidence)
    if kind == "interview" and ("by " in item.get("title", "") or " via " in item.get("title", "")
                                or item.get("title", "").endswith(("online", "remotely"))):
        _interviewer(item, confidence)
    by = _INTERVIEW_BY.fullmatch(item.get("title", "")) if "author" in item and "Interview by " in clean else None
    if by:  # MLA "Morrison, Toni. Interview by Claudia Brodsky Lacour. The Paris Review, no. 128, ...": the one
        names = parse_names(by.group(1))  # interviewed is the author, who asked the questions the interviewer
        if names and all(name.get("given") for name in names):
            del item["title"]
            item["interviewer"], confidence["interviewer"] = names, confidence.pop("title", 0.7)
            item["type"] = kind = "interview"
    press = _CONTAINER_THEN_PRESS.fullmatch(item.get("container-title", "")) if "publisher" not in item else None
    if press:
        # MLA's "“Serendipity, n.” Oxford English Dictionary, Oxford UP, Mar. 2024, ...": the press after the work's
        # comma is its publisher, not part of its name
        item["container-title"], item["publisher"] = press.groups()
        confidence["publisher"] = confidence.get("container-title", 0.7)
    if "editor" in item and "ред" in clean or "translator" in item and "пер" in clean:
        _names_in_nominative(item, clean)
    if kind == "chapter" and "edition" in item and "container-title" in item and "editor" not in item:
        kind = _book_title_over_commas(item, confidence, clean)
    _after_type(item, kind, confidence, clean)
    _title_from_publisher(item)
    if "publisher" not in item and kind in ("chapter", "paper-conference") and ". " in item.get("container-title", "") \
            and "page" in item:
        _springer_imprint_in_container(item, confidence)
    if "publisher" in item and item["type"] in ("book", "chapter", "report") and "publisher-place" in item \
            and ("(" in item.get("note", "") or "(" in item["publisher"] or "P" in item.get("note", "")[:1]):
        _series_after_publisher(item, confidence)
    if "publisher" in item and "collection-title" not in item and "; " in item.get(_book_title_key(item), ""):
        _series_before_imprint(item, confidence, clean)
    _database_in_note(item, confidence, clean)
    if item.get("note", "").startswith("Retrieved from ") and item["type"] == "webpage" and "URL" in item:
        _site_retrieved_from(item, confidence, clean)
    elif ". " in item.get("container-title", "") and "volume" in item and "publisher" not in item:
        _publisher_after_journal(item, confidence, clean)
    if item.get("note", "").rstrip(".") in _PRESERVATION_ARCHIVES and "archive" not in item:
        # Crossref's "cite as" APA, "Hydrological Processes, 36(3). Portico. https://doi.org/...": the archive
        # preserving the journal, which APA's style prints from the record's archive, is the item's archive
        item["archive"] = item.pop("note").rstrip(".")
        confidence["archive"] = 0.9
    if "publisher-place" not in item and is_place(item.get("publisher", "")):
        # "Regional labour markets. Perm, 2019. 180 p.": a known place named alone is the place, not a publisher.
        _move(item, confidence, "publisher", "publisher-place")
    elif "publisher-place" not in item and (town := _TOWN_WITH_STATE.match(item.get("publisher", ""))) \
            and is_place(town.group("town")):
        # French references' "Washington (DC), World Bank", "Armonk (NY), M. E. Sharpe": a known town with its
        # state in brackets opens the imprint; the rest is the publisher
        item["publisher-place"], item["publisher"] = town.group("place"), item["publisher"][town.end():]
        confidence["publisher-place"] = confidence.get("publisher", 0.7)
    elif "publisher-place" not in item and (imprint := _STATE_CODED_IMPRINT.match(item.get("publisher", ""))):
        item["publisher-place"], item["publisher"] = imprint.group("place"), item["publisher"][imprint.end():]
        confidence["publisher-place"] = confidence.get("publisher", 0.7)
    elif "publisher-place" not in item and ", " in item.get("publisher", "") \
            and (towns := _TWO_PLACES_IMPRINT.match(item["publisher"])) and is_place(towns.group("a")) \
            and is_place(towns.group("b")):
        # "Londres et New York, Routledge": two known places joined open the imprint; the rest is the publisher
        item["publisher-place"], item["publisher"] = towns.group("place"), item["publisher"][towns.end():]
        confidence["publisher-place"] = confidence.get("publisher", 0.7)
    elif item["type"] == "thesis" and "publisher-place" not in item and "genre" in item \
            and _TOWN_NAME.fullmatch(item.get("publisher", "")) \
            and f"{item['genre'].rstrip('.')}. {item['publisher']}," in clean:
        # References "... Dr. Sci. (Polit.) Diss. Abstr. Ulan-Ude, 2016. 44 p.": the one name between the degree and
        # the year is the town the thesis was defended in, known or not ("Ulan-Ude", "Rostov-on-Don")
        _move(item, confidence, "publisher", "publisher-place")
    initials = _PLACE_THEN_INITIALS.search(item.get("publisher-place", ""))
    if initials and "publisher" in item and f"{initials.group(1)} {item['publisher']}" in clean:
        # "New York, W.W. Norton & Company": initials after the place that run straight into
        # the publisher open its name ("Washington, D.C.: Publisher" keeps its D.C.).
        item["publisher-place"] = item["publisher-place"][:initials.start()]
        item["publisher"] = initials.group(1) + " " + item["publisher"]
    confidence["type"] = round(type_conf, 3)
    item["custom"] = {
        "source": source,
        "confidence": {k: round(v, 3) for k, v in confidence.items()},
        "review": (min(confidence.values()) < REVIEW_BELOW) or not item.get("title"),
        **item.get("custom", {}),
    }
    return item


# Legal citations follow fixed grammars the tagger has no data for. Bluebook: "Hollis v. Carter
# Freight Lines, Inc., 512 F.3d 1021, 1025 (9th Cir. 2008).", "Rural Broadband Access Act, 47 U.S.C.
# § 1306 (2020).", "Clean Air Act, 42 U.S.C. § 7401 et seq. (1970).", "Clean Harbors Act, Pub. L. No. 116-214, 134 Stat. 1032 (2020).", a law review
# "Rachel K. Osei, Title, 71 Stan. L. Rev. 1021 (2019)."; OSCOLA: "Bramwell v Northern Rail Ltd
# [2021] EWCA Civ 1187", "Harcourt v Lyle [1998] 2 AC 114 (HL)".
_YEAR_GROUP = r"(?P<year>(?:1[6-9]|20)\d\d)"
_US_DAY_GROUP = r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:1[6-9]|20)\d\d)"  # the Bluebook's "Nov. 1, 2023"
_BLUEBOOK_NAME = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}"  # "Cass R. Sunstein", "Richard Thaler"
# A UK or Australian statute's short title, its year part of it: "Human Rights Act 1998", "Privacy Act 1988 (Cth)".
_STATUTE_TITLE = r"^(?P<title>[A-Z][\w'’() -]*? Act(?: \([A-Z][\w ]*\))? (?:1[6-9]|20)\d\d(?: \([A-Z][\w ]*\))?)"
# The series a UK official paper is numbered in: "(Law Com No 347, 2014)", "(Cm 9302, 2016)", "(HC 395, 1994)".
_UK_PAPER_SERIES_NAMES = r"Law Com|Cm|Cmnd|Cmd|HC|HL(?: Paper)?|SP Paper"
# A footnote's pinpoint after a case's report: a page (", 580" or " 580") or a paragraph ("[82]", "[45]–[47]").
_OSCOLA_PIN = r"(?:,?\s+(?P<pin>\d+(?:[–-]\d+)?|\[\d+\](?:[–-]\[\d+\])?))?"
# Each grammar with its cues: words one of which it holds (none: no cue), and what its last character is before a
# closing stop (")" or "0", any digit; "": anything).
_LEGAL_CITATIONS = (
    # An unreported decision on Westlaw or Lexis: "Smith v. Jones, No. 19-cv-1234, 2020 WL 123456, at *3 (S.D.N.Y.
    # Jan. 5, 2020)": the docket number, the database's year, name and number, the court and the day.
    ("legal_case", re.compile(
        r"^(?P<title>[^,]+? v\. .+?),\s+No\.\s+(?P<number>[\w:./-]+),\s+(?P<volume>\d{4})\s+"
        r"(?P<container>WL|U\.S\.\s?Dist\.\s?LEXIS|U\.S\.\s?App\.\s?LEXIS|LEXIS)\s+(?P<page>\d+)"
        r"(?:,\s*at\s+(?P<pin>\*\d+(?:[–-]\*?\d+)?))?\s+\((?P<authority>[^()]*?)\s+"
        r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:1[6-9]|20)\d\d)\)\.?$"), ("WL", "LEXIS"), ")"),
    # The first report is the case's; parallel reports after it and its pinpoint go to the note: "Harlan v. Petersen
    # Logistics Co., 482 U.S. 317, 324, 107 S. Ct. 2219, 96 L. Ed. 2d 301 (1987)".
    ("legal_case", re.compile(
        r"^(?P<title>[^,]+? v\. .+?),\s+(?P<volume>\d+)\s+(?P<container>[A-Z][\w.' ]*?)\s+(?P<page>\d+)"
        r"(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?(?:,\s+(?P<parallel>\d+\s+[A-Z][\w.' ]*?\s+\d+(?:,\s*\d+(?:[–-]\d+)?)?"
        r"(?:,\s+\d+\s+[A-Z][\w.' ]*?\s+\d+(?:,\s*\d+(?:[–-]\d+)?)?)*))?"
        rf"\s+\((?P<authority>[^()]*?)\s*{_YEAR_GROUP}\)\.?$"), (), ")"),
    ("legislation", re.compile(
        r"^(?:(?P<title>[^§]+?),\s+)?(?P<volume>\d+)\s+(?P<container>U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.|Stat\.)"
        rf"\s+§+\s*(?P<section>[\w.()]*[\w)](?:[–-][\w.()]*[\w)])?)(?:\s+(?P<following>et\s+seq\.))?(?:\s+\({_YEAR_GROUP}\))?"
        r"\.?$"), (), ""),  # the section's last character no stop: "42 U.S.C. § 1983." ends the citation
    # A restatement or a model or uniform code by its section, the body that wrote it and the year in the Bluebook's
    # bracket: "Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)", "Model Penal Code § 2.02 (Am. L. Inst. 1962)".
    ("book", re.compile(
        r"^(?P<title>(?:Restatement|Model|Uniform|U\.\s?C\.\s?C\.)\b[^§]*?)\s+§+\s*(?P<section>[\w.()-]+)"
        rf"(?:\s+(?P<remark>cmt\.\s+\w+))?\s+\((?P<publisher>[^()\d]+?)\s+{_YEAR_GROUP}\)\.?$"), ("§",), ")"),
    # A state's code or statutes by their section, the publisher of an unofficial code in the Bluebook's bracket before
    # the year: "Cal. Health & Safety Code § 11362.5 (West 2019).", "N.Y. Penal Law § 125.25 (McKinney 2020).", "Tex.
    # Fam. Code Ann. § 6.001 (West 2021).", "Fla. Stat. § 776.012 (2022).": the code's name is the container.
    ("legislation", re.compile(
        r"^(?P<container>[A-Z][\w.'’]*(?:\s+(?:[A-Z][\w.'’]*|&)){0,5}?\s+(?:Code|Law|Laws|Stat\.)(?:\s+Ann\.)?)"
        r"\s+§+\s*(?P<section>[\w.()-]*[\w)])\s+\((?:(?P<publisher>[A-Z][^()\d]*?)\s+)?"
        rf"{_YEAR_GROUP}\)\.?$"), ("§",), ")"),
    ("legislation", re.compile(
        r"^(?P<title>[^,]+?),\s+(?P<number>Pub\.\s?L\.\s?No\.\s?[\d-]+),\s+(?P<volume>\d+)\s+(?P<container>Stat\.)"
        rf"\s+(?P<page>\d+)(?:\s+\({_YEAR_GROUP}\))?\.?$"), (), ""),  # no year when the act's name holds it
    # Congress's reports and documents: "S. Rep. No. 111-176 (2010).", "H.R. Rep. No. 94-1476, at 47 (1976).",
    # "H.R. Conf. Rep. No. 111-517, at 864 (2010) (Conf. Rep.)": the series as printed, the number, the year.
    ("report", re.compile(
        r"^(?P<genre>(?:H\.\s?R\.|S\.)\s(?:Conf\.\s)?(?:Rep\.|Doc\.))\s+No\.\s?(?P<number>\d+-\d+)"
        rf"(?:,\s*at\s+(?P<pin>\d+(?:[–-]\d+)?))?\s+\({_YEAR_GROUP}\)(?:\s+\((?P<remark>Conf\.\s?Rep\.)\))?\.?$"), (), ")"),
    # A bill or resolution by its chamber's number and the Congress it was brought in, the section cited and the year:
    # "Inflation Reduction Act, H.R. 5376, 117th Cong. § 13401 (2022).", "H.R. 3684, 117th Cong. (2021).", "S. Res.
    # 376, 116th Cong. (2019)."; the Congress is the session (CSL's chapter-number, as Zotero maps a bill's Session).
    ("bill", re.compile(
        r"^(?:(?P<title>[^,]+?),\s+)?(?P<number>(?:H\.\s?R\.|S\.)(?:\s?(?:J\.|Con\.)?\s?Res\.)?\s?\d+),\s+"
        rf"(?P<session>\d+(?:st|nd|rd|th)\s+Cong\.)(?:\s+§+\s*(?P<section>[\w.()-]*[\w)]))?\s+\({_YEAR_GROUP}\)\.?$"), ("Cong.",), ")"),
    # A congressional hearing by its title, the Congress, the page cited and the year, a witness's statement after:
    # "Drug Pricing in America: Hearing Before the H. Comm. on Oversight & Reform, 116th Cong. 45 (2019) (statement of
    # Jane Doe, Professor).": the committee stays in the title, the statement goes to the note.
    ("hearing", re.compile(
        r"^(?P<title>.*?\bHearings?\s+(?:Before|on)\s.+?),\s+(?P<session>\d+(?:st|nd|rd|th)\s+Cong\.)(?:\s+(?P<page>\d+(?:[–-]\d+)?))?"
        rf"\s+\({_YEAR_GROUP}\)(?:\s+\((?P<remark>statement\s+of\s+[^()]+)\))?\.?$"), ("Hearing",), ")"),
    # A UN document by its symbol, the body that issued it first: "Human Rights Council, Report of the Special Rapporteur
    # on Extreme Poverty and Human Rights, U.N. Doc. A/HRC/41/39 (May 17, 2019).": the body is the author (a name
    # whole), "U.N. Doc." the genre, the symbol the number, then the day or year.
    ("report", re.compile(
        r"^(?:(?P<body>[^,]+?),\s+)?(?P<title>[^,].*?),\s+(?P<genre>U\.N\.\s?Doc\.)\s+(?P<number>[A-Z][\w./–-]*\w)\s+"
        rf"\((?:{_US_DAY_GROUP}|{_YEAR_GROUP})\)\.?$"), ("U.N. Doc.",), ")"),
    # A president's order or proclamation as the Federal Register printed it: "Exec. Order No. 13,769, 82 Fed. Reg. 8977
    # (Jan. 27, 2017).", "Proclamation No. 9645, 82 Fed. Reg. 45,161 (Sept. 24, 2017).": the kind of order is the
    # genre, its number as printed, the Register's volume and page, the day it was signed.
    ("legislation", re.compile(
        r"^(?P<genre>Exec\.\s?Order|Proclamation)\s+No\.\s?(?P<number>\d[\d,]*),\s+(?P<volume>\d+)\s+"
        r"(?P<container>Fed\.\s?Reg\.)\s+(?P<page>\d[\d,]*)\s+"
        rf"\({_US_DAY_GROUP}\)\.?$"), ("Fed. Reg.",), ")"),
    # A law review article; co-authors are joined by "&" ("Christine Jolls, Cass R. Sunstein & Richard Thaler,
    # Title, 50 Stan. L. Rev. 1471 (1998)"), and the journal may open with its cue word ("37 J. Consumer Pol'y 583"); a
    # title ending in a quoted word has the comma inside the quote ("... from \"Exceptionalism,\" 128 Harv. L. Rev. F.").
    ("article-journal", re.compile(
        rf"^(?P<author>[^,]+?(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?P<title>.+?),(?P<quote>[”\"’'])?\s+(?P<volume>\d+)\s+"
        r"(?P<container>(?:[A-Z][\w.'’ &]*?\s)?(?:L\.|Rev\.|J\.)[\w.'’ &]*?)"
        rf"\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?\s+\({_YEAR_GROUP}\)\.?$"), ("L.", "Rev.", "J."), ")"),
    # ... in a journal numbered by its years, the year is the volume and no bracket dates it ("Richard A. Epstein,
    # Title, 1996 U. Chi. Legal F. 207.", "1993 Wis. L. Rev. 1021, 1030", "2004 Sup. Ct. Rev. 89").
    ("article-journal", re.compile(
        rf"^(?P<author>[^,]+?(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?P<title>.+?),(?P<quote>[”\"’'])?\s+"
        rf"(?P<volume>{_YEAR_GROUP})\s+(?P<container>(?:[A-Z][\w.'’ &]*?\s)?(?:L\.|Rev\.|J\.|F\.)[\w.'’ &]*?)"
        r"\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?\.?$"), ("L.", "Rev.", "J.", "F."), "0"),
    # A newspaper article as the Bluebook cites it, the page after "at": "Paul Sonne, Title, Wash. Post, Sept. 30, 2022, at
    # A1.", "Adam Liptak, Title, N.Y. Times, June 27, 2015, at A1.": the paper's name has no comma, the day follows it.
    ("article-newspaper", re.compile(
        rf"^(?P<author>{_BLUEBOOK_NAME}(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?P<title>[^\d\s].+?),\s+"
        r"(?P<container>[A-Z][\w.'’ &]*?),\s+(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:1[6-9]|20)\d\d),\s+"
        r"at\s+(?P<page>[A-Z]?\d+(?:[–-][A-Z]?\d+)?)\.?$"), (", at ",), "0"),
    # A brief filed in a case: "Brief for the United States as Amicus Curiae Supporting Respondents at 12, Zivotofsky v.
    # Kerry, 576 U.S. 1 (2015) (No. 13-628).": the brief's name is the title, the case it was filed in the container,
    # the docket number the number; the page cited and the case's report go to the note.
    ("document", re.compile(
        r"^(?P<title>(?:(?:Reply|Supplemental|Opening|Answering|Joint)\s+)?Brief\s+(?:for|of|in)\s[^,]+?"
        r"|Petition\s+for\s+(?:a\s+)?Writ\s+of\s+Certiorari)(?:\s+at\s+(?P<pin>\d+(?:[–-]\d+)?))?,\s+"
        r"(?P<container>[^,]+?\sv\.\s.+?),\s+(?P<locator>\d+\s+[A-Z][\w.' ]*?\s+(?:\d+|_+))\s+"
        rf"\((?P<authority>[^()]*?)\s*{_YEAR_GROUP}\)\s+\(No\.\s+(?P<number>[\w-]+(?:,\s+[\w-]+)*)\)\.?$"), (" v. ",), ")"),
    # A book in a law review's footnote, its author and title in small capitals (pasted as capitals), or in any case
    # with an edition before the year in its bracket: "RICHARD A. POSNER, ECONOMIC ANALYSIS OF LAW 25–27 (2014).",
    # "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014).": the pages cited, then the year. No part of the
    # title is a volume and its page ("Phys. Rev. Lett. 13, 508 (1964)") or opens with initials (a co-author's). A
    # treatise may be cited by its section, the page after "at": "Charles Alan Wright & Arthur R. Miller, Federal
    # Practice and Procedure § 1357, at 714 (3d ed. 2004)."
    ("book", re.compile(
        rf"^(?P<author>{_BLUEBOOK_NAME}(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?![A-Z]\.\s)"
        r"(?P<title>[A-Z](?:(?!,\s*\d|\d,)[A-Z\d'’:;,.&\- ])*?[A-Z])(?:\s+(?P<page>\d+(?:[–-]\d+)?))?"
        rf"\s+\((?:(?P<edition>\d+)(?:st|nd|rd|th|d)\s+ed\.\s+)?{_YEAR_GROUP}\)\.?$"), (), ")"),
    ("book", re.compile(
        rf"^(?P<author>{_BLUEBOOK_NAME}(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?![A-Z]\.\s)"
        r"(?P<title>[A-Z](?:(?!,\s*\d|\d,)[^()§])+?)(?:\s+§+\s*(?P<section>[\w.-]*\w)(?:,\s+at(?=\s\d)))?"
        r"(?:\s+(?P<page>\d+(?:[–-]\d+)?))?"
        rf"\s+\((?P<edition>\d+)(?:st|nd|rd|th|d)\s+ed\.\s+{_YEAR_GROUP}\)\.?$"), (), ")"),
    # ... and in any case with no edition, when the page cited stands between the title and the year: "Richard A.
    # Posner, Economic Analysis of Law 45 (2019).". Its title has two words or more and no abbreviated word (a journal's
    # "Phys. Rev. B 63 (2001)", a case's "v."), no chapter's ", in" before a book's title, and no second work's year or
    # semicolon ("..., Milano 1993; originale: ..., Paris 1970 (1946).").
    ("book", re.compile(
        rf"^(?P<author>{_BLUEBOOK_NAME}(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?![A-Z]\.\s)"
        r"(?![^()]*(?:\b[A-Z][a-z]{0,4}\.\s|\sv\.\s|,\s+in\s|;|\b(?:1[6-9]|20)\d\d\s))"
        r"(?P<title>[A-Z][^\s()]*\s(?:(?!,\s*\d|\d,)[^()])+?)\s+(?P<page>\d+(?:[–-]\d+)?)"
        rf"\s+\({_YEAR_GROUP}\)\.?$"), (), ")"),
    # A working paper in a law review's footnote: "Daniel K. Reyes & Priya Menon, Title 14 (Univ. of Chi. Pub. L.
    # Working Paper No. 812, 2022), https://papers.ssrn.com/...": the series and number in the bracket, the link after.
    ("report", re.compile(
        rf"^(?P<author>[^,]+?(?:(?:,\s+{_BLUEBOOK_NAME})*,?\s+&\s+{_BLUEBOOK_NAME})?),\s+(?P<title>[^()]+?)"
        r"(?:\s+(?P<page>\d+(?:[–-]\d+)?))?\s+\((?P<genre>[^()]*?\b(?:Working|Research|Discussion) Paper(?: Series)?)"
        r"\s+No\.\s+(?P<number>[\w./-]+),\s+(?:(?P<day>[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?(?:1[6-9]|20)\d\d)|"
        rf"{_YEAR_GROUP})\)(?:,\s+(?P<URL>https?://\S+?))?\.?$"), ("Paper",), ""),
    # OSCOLA's article: "Aileen McHarg, 'Title' (2008) 71 MLR 853, 860" (volume after the year in round brackets),
    # "Paul Craig, 'Title' [2005] PL 440" (the year in square brackets where it is the volume).
    ("article-journal", re.compile(
        rf"^(?P<author>[A-Z][^,‘’'“”\"]*?),\s+[‘'“\"](?P<title>.+?)[’'”\"]\s+\({_YEAR_GROUP}\)\s+(?P<volume>\d+)\s+"
        r"(?P<container>[A-Z][\w.'’ &]*?)\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?\.?$"), ("(",), "0"),
    ("article-journal", re.compile(
        rf"^(?P<author>[A-Z][^,‘’'“”\"]*?),\s+[‘'“\"](?P<title>.+?)[’'”\"]\s+\[{_YEAR_GROUP}\]\s+(?:(?P<volume>\d+)\s+)?"
        r"(?P<container>[A-Z][\w.'’ &]*?)\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?\.?$"), ("[",), "0"),
    # A footnote adds the pinpoint after it, a page or a paragraph in square brackets ("[1932] AC 562 (HL) 580",
    # "[2021] EWCA Civ 1187 [45]"), and a neutral citation the report that printed it ("[2017] UKSC 5, [2018] AC 61 [82]").
    ("legal_case", re.compile(
        rf"^(?P<title>\S.*? v\.? .+?)\s+\[{_YEAR_GROUP}\]\s+(?P<authority>UKSC|UKHL|UKPC|UKUT|EWCA\s(?:Civ|Crim)"
        r"|EWHC|EWFC|CSIH|CSOH|NICA|NIQB|IESC|IECA|IEHC)\s+(?P<number>\d+)(?:\s+\((?P<division>[\w ]+)\))?"
        r"(?:,\s+(?P<parallel>\[(?:1[6-9]|20)\d\d\]\s+(?:\d+\s+)?[A-Z][\w' ]*?\s+\d+))?" + _OSCOLA_PIN + r"\.?$"), ("[",), ""),
    ("legal_case", re.compile(
        rf"^(?P<title>\S.*? v\.? .+?)\s+\[{_YEAR_GROUP}\]\s+(?:(?P<volume>\d+)\s+)?(?P<container>AC|QB|KB|Ch|Fam|WLR|"
        r"All\sER|Lloyd's\sRep|ICR|IRLR|BCLC|Cr\sApp\sR)\s+(?P<page>\d+)(?:\s+\((?P<authority>[\w ]+)\))?"
        + _OSCOLA_PIN + r"\.?$"), ("[",), ""),
    # ... an international court's case by its parties and number, then the court and the day in brackets:
    # "Tarasov v Eurasian Economic Commission, Case No CE-1-2/2-17-AP (EAEU Court, Appeals Chamber, 21 February 2018)
    # para 12" (the paragraph cited goes to the note).
    ("legal_case", re.compile(
        r"^(?P<title>[^,()]+? v\.? [^,()]+?),\s+(?:Case\s+)?No\.?\s+(?P<number>[\w./-]*\d[\w./-]*)\s+"
        r"\((?P<authority>[^()]+?),\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:1[6-9]|20)\d\d)\)"
        r"(?:,?\s+(?P<locator>(?:paras?|at)\.?\s+\d+(?:[–-]\d+)?))?\.?$"), ("No",), ""),
    # ... a foreign case as OSCOLA cites it, with no comma before the report: "Marbury v Madison 5 US 137 (1803)",
    # "Brown v Board of Education 347 US 483, 495 (1954)", "Roe v Wade 410 US 113 (1973)".
    ("legal_case", re.compile(
        rf"^(?P<title>[^,]+? v\.? [^,]+?)\s+(?P<volume>\d+)\s+(?P<container>U\.?\s?S\.?|S\.?\s?Ct\.?|F\.?\s?(?:2d|3d|4th)"
        r"|L\.?\s?Ed\.?(?:\s?2d)?)\s+(?P<page>\d+)(?:,\s*(?P<pin>\d+(?:[–-]\d+)?))?\s+\((?P<authority>[^()]*?)\s*"
        rf"{_YEAR_GROUP}\)\.?$"), (), ")"),
    # The EU Court's case as OSCOLA cites it, by number, parties and report: "Case C-6/64 Flaminio Costa v ENEL [1964]
    # ECR 585", "Case 26/62 Van Gend en Loos [1963] ECR 1", "Case C-213/89 Factortame [1990] ECR I-2433".
    ("legal_case", re.compile(
        r"^Case\s+(?P<number>(?:[CTF]-)?\d+/\d+(?:\s+P)?)\s+(?P<title>[^\[\],]+?),?\s+"
        rf"\[{_YEAR_GROUP}\]\s+(?P<container>ECR(?:-SC)?)\s+(?P<page>(?:I+-)?\d+)" + _OSCOLA_PIN + r"\.?$"), (), ""),
    # An act or treaty printed in the Official Journal, its year in square brackets: "Consolidated Version of the
    # Treaty on European Union [2008] OJ C115/13, art 6", "Council Directive 93/13/EEC ... [1993] OJ L95/29".
    ("legislation", re.compile(
        rf"^(?P<title>[A-Z][^\[\]]+?)\s+\[{_YEAR_GROUP}\]\s+(?P<container>OJ\s?[LC]\s?\d+[A-Z]?)/(?P<page>\d+)"
        r"(?:,\s+(?P<locator>(?:arts?|Articles?|recitals?|annex|para)\.?\s+[\w()]+(?:[–-][\w()]+)?))?\.?$"), ("OJ",), ""),
    # A UK official paper in its series: "Law Commission, Reforming the Law of Taxi and Private Hire Services (Law Com
    # No 347, 2014) para 3.12", "HM Treasury, Budget 2020 (HC 121, 2020)", "Home Office, Title (Cm 9593, 2018)".
    ("report", re.compile(
        r"^(?P<author>[A-Z][^,]+?),\s+(?P<title>[^()]+?)\s+\((?P<genre>" + _UK_PAPER_SERIES_NAMES + r")"
        rf"\s+(?:No\s+)?(?P<number>[\d-]+(?:\s?\(\d{{4}}[–-]\d{{2,4}}\))?),\s+{_YEAR_GROUP}\)"
        r"(?:\s+(?P<pin>(?:para|paras|ch|pt|p)\s+\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?))?\.?$"), ("Law Com", "Cm", "HC", "HL", "SP Paper"), ""),
    # An Indonesian act by its kind, number and year, then its subject after "tentang" (on), and the gazette that
    # printed it: "Undang-Undang Republik Indonesia Nomor 11 Tahun 2020 tentang Cipta Kerja. Lembaran Negara Republik
    # Indonesia Tahun 2020 Nomor 245.", "Peraturan Pemerintah Nomor 35 Tahun 2021 tentang ...".
    ("legislation", re.compile(
        r"^(?P<title>(?:Undang-Undang|Peraturan|Keputusan|Instruksi)\b[^.]*?\bNomor\s+[\w/.-]+(?:\s+Tahun\s+" + _YEAR_GROUP
        + r")?\s+tentang\s+[^.]+?)\.(?:\s+(?P<container>Lembaran\s+Negara(?:\s+Republik\s+Indonesia)?)\s+Tahun\s+"
        r"(?:1[6-9]|20)\d\d(?:\s+Nomor\s+(?P<issue>\d+))?\.?)?$"), ("Nomor",), ""),
    # A code or constitution named first in a note, with the day it was adopted and the articles cited: "Water Code of
    # Turkmenistan, adopted 25 October 2016, Articles 14–19.", "Constitution of the Kyrgyz Republic, 27 June 2010, Art. 5."
    ("legislation", re.compile(
        r"^(?P<title>(?:[A-Z][\w'’-]+\s+){0,3}(?:Code|Constitution)\s+of\s+(?:the\s+)?(?!(?:Conduct|Practice|Ethics)\b)[A-Z][^,;]{2,80}?),\s+"
        r"(?:(?P<verb>adopted|signed|enacted|approved|dated|of)\s+)?(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:1[6-9]|20)\d\d)"
        r"(?:,\s+(?P<locator>(?:Articles?|Arts?\.|Sections?|Chapters?|ss?\.)\s+\d+[a-z]?(?:\s*[–-]\s*\d+[a-z]?)?))?\.?$"), (), ""),
    # Bluebook's constitution: "U.S. Const. amend. XIV, § 1.", "U.S. Const. art. I, § 8, cl. 3.", "Cal. Const. art. XIII
    # A, § 1.": the constitution and its part are the title, the section and clause cited go to the note.
    ("legislation", re.compile(
        r"^(?P<title>(?:U\.\s?S\.|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)\s+Const\.(?:\s+(?:amend\.|art\.|pmbl\.)"
        r"(?:\s+[IVXLC\d]+(?:\s+[A-Z])?)?)?)(?:,\s+(?P<locator>§+\s*\d+[a-z]?(?:,\s+cl\.\s+\d+)?))?\.?$"), (), ""),
    # Bluebook's treaty cited by its article: "U.N. Charter art. 2, ¶ 4.", "North Atlantic Treaty art. 5.", "Rome Statute
    # of the International Criminal Court art. 7(1).": the treaty's name is the title, the article and paragraph the note.
    ("treaty", re.compile(
        r"^(?=[^,]*?\b(?:Charter|Treaty|Convention|Covenant|Protocol|Statute|Agreement)\b)(?P<title>[A-Z][^,;()]*?)\s+"
        r"(?P<locator>arts?\.\s+\d+[a-z]?(?:\(\w+\))*(?:[–-]\d+[a-z]?)?(?:,\s+(?:¶+|paras?\.)\s*\d+(?:[–-]\d+)?)?)\.?$"),
     ("art. ", "arts. "), ""),
    # Bluebook's treaty by the day it was signed and the treaty series that printed it: "Vienna Convention on Diplomatic
    # Relations art. 22, Apr. 18, 1961, 23 U.S.T. 3227, 500 U.N.T.S. 95.", "Convention on the Prevention and Punishment
    # of the Crime of Genocide, Dec. 9, 1948, 78 U.N.T.S. 277.": the first series is the container, its volume and
    # page; a parallel series and the article cited go to the note.
    ("treaty", re.compile(
        r"^(?=[^,]*?\b(?:Charter|Treaty|Convention|Covenant|Protocol|Statute|Agreement)\b)(?P<title>[A-Z][^,;()]*?)"
        r"(?:,?\s+(?P<locator>arts?\.\s+\d+[a-z]?(?:\(\w+\))*(?:[–-]\d+[a-z]?)?))?,\s+"
        rf"{_US_DAY_GROUP},\s+(?P<volume>\d+)\s+"
        r"(?P<container>U\.S\.T\.|U\.N\.T\.S\.|L\.N\.T\.S\.|T\.I\.A\.S\.|I\.L\.M\.|Stat\.)\s+(?P<page>\d+)"
        r"(?:,\s+(?P<parallel>\d+\s+(?:U\.N\.T\.S\.|L\.N\.T\.S\.|T\.I\.A\.S\.|I\.L\.M\.)\s+\d+))?\.?$"),
     ("U.S.T. ", "U.N.T.S. "), "0"),
    # OSCOLA's treaty by the day it was adopted or signed, the day it entered into force, the short name it is cited
    # by after, its treaty series and the article cited: "Treaty on the Eurasian Economic Union (adopted 29 May 2014,
    # entered into force 1 January 2015) (EAEU Treaty) art 19", "... (opened for signature ...) 1833 UNTS 3, art 5".
    ("treaty", re.compile(
        "^" + TREATY_ADOPTED.pattern + r"(?:\s+\((?P<short>[^()]+)\))?(?:\s+(?P<volume>\d+)\s+(?P<container>UNTS|ILM)\s+"
        r"(?P<page>\d+))?(?:,?\s+(?P<locator>(?:arts?|paras?|annex)\.?\s+[\w()]+(?:[–-][\w()]+)?))?\.?$"),
     ("adopted", "signed", "opened for signature", "concluded", "done"), ""),
    ("treaty", re.compile("^" + ANNEXED_INSTRUMENT.pattern), ("Annex ",), ""),
    # A United Nations resolution: "S.C. Res. 2231, ¶ 7 (July 20, 2015).", "G.A. Res. 71/222 (Dec. 21, 2016).", "G.A.
    # Res. 217 (III) A, Universal Declaration of Human Rights (Dec. 10, 1948).": the organ's abbreviation as printed is
    # the genre, then the number, a title when it is named, the paragraph cited (note) and the day it was adopted.
    ("document", re.compile(
        r"^(?P<genre>(?:S\.\s?C\.|G\.\s?A\.|E\.\s?S\.\s?C\.|H\.\s?R\.\s?C\.)\s+Res\.)\s+"
        r"(?P<number>\d+(?:/\d+)?(?:\s+\([IVXLC]+\))?(?:\s+[A-Z](?=[,\s]))?)(?:,\s+(?P<title>[A-Z][^,¶()]+?))?"
        r"(?:,\s+(?P<locator>(?:¶+|paras?\.)\s*\d+(?:[–-]\d+)?))?\s+"
        r"\((?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:1[6-9]|20)\d\d)\)\.?$"), ("Res.",), ")"),
    # The EU Court of Justice's case by its number, parties and ECLI: "Case C-131/12, Google Spain SL v. Agencia Española
    # de Protección de Datos, ECLI:EU:C:2014:317." (the year is the ECLI's; the identifier goes to the note).
    ("legal_case", re.compile(
        r"^Case\s+(?P<number>[CTF]-\d+/\d+(?:\s+P)?),\s+(?P<title>[^,]+?\sv\.?\s[^,]+?),\s+"
        rf"(?P<locator>ECLI:EU:[A-Z]:{_YEAR_GROUP}:\d+)\.?$"), (), ""),
    # An EU act as the Official Journal is cited: "Regulation (EU) 2016/679 of the European Parliament and of the Council
    # of 27 April 2016 on ... (General Data Protection Regulation), OJ L 119, 4.5.2016, p. 1–88.", "Council Directive
    # 93/13/EEC of 5 April 1993 on ..., OJ L 95, 21.4.1993, p. 29.": the act's name is its title whole, its number and
    # the day it was adopted read from it; the Journal's series and issue the container, the day it printed the act
    # in note, then the pages.
    ("legislation", re.compile(
        r"^(?P<title>(?:(?:Council|Commission)\s+(?:(?:Implementing|Delegated)\s+)?)?(?:Regulation|Directive|Decision)\s+"
        r"(?:\((?:EU|EC|EEC|Euratom|EU,\s?Euratom)\)\s+)?(?:No\.?\s+)?(?P<number>\d+/\d+(?:/(?:EU|EC|EEC|Euratom))?)\s+"
        r"of\s+(?:the\s+[^,]*?\s+of\s+)?(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\b.*?),?\s+"
        r"(?P<container>OJ\s+[LC]\s+\d+[A-Z]?)(?:,\s+(?P<locator>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d))?"
        r"(?:,\s+pp?\.\s*(?P<page>\d+(?:[–-]\d+)?))?\.?$"), (), ""),
    # OSCOLA/AGLC statutes "Human Rights Act 1998, s 4", "Equality Act 2010, ss 13–14", "Privacy Act 1988
    # (Cth) s 6", "Companies Act 2006, sch 2": the year is the short title's; "s"/"ss" name the section.
    ("legislation", re.compile(
        _STATUTE_TITLE + r",?\s+"
        r"(?:ss?\.?\s+|(?=(?:sch|pt|art|para)\.?\s))"
        r"(?P<section>(?:(?:sch|pt|art|para)\.?\s+)?\d+[A-Z]?(?:\(\w+\))*(?:[–-]\d+[A-Z]?(?:\(\w+\))*)?)\.?$"), (), ""),
    # ... cited whole, with its chapter number and Harvard's link: "Education Act 2002, c. 32.", "Human Rights Act 1998.",
    # "Equality Act 2010, c. 15. Available at: https://www.legislation.gov.uk/... (Accessed: 1 March 2021)."
    ("legislation", re.compile(
        _STATUTE_TITLE + r"(?:,?\s+(?P<number>c(?:h|hapter)?\.?\s?\d+))?\.?"
        r"(?:\s+Available (?:at|from):?\s+<?(?P<URL>https?://[^\s>]+?)>?\.?(?:\s+\((?:Accessed|accessed):?\s+"
        r"(?P<accessed>[^()]+)\)\.?)?)?$"), (), ""),
)


# What OSCOLA's article holds: a closing quote, then its year in brackets ("’ (2008) 71", "' [2005] PL").
_QUOTE_THEN_YEAR_BRACKET = re.compile(r"[’'”\"] [(\[](?:1[6-9]|20)\d\d[)\]] ")


# What a law review prints in a student's work in place of the author ("Note, Title, 134 Harv. L. Rev. 1578 (2021).").
_PAGE_THEN_BRACKETED_YEAR = re.compile(r"\d \((?:1[6-9]|20)\d\d\)\.?$")  # a Bluebook book's "... 45 (2019)."


def _closes_on_bracketed_year(text: str):
    """_PAGE_THEN_BRACKETED_YEAR's search in the text's last ten characters, where a match of at most nine, ending
    at the end or before a closing line break, lies (the search over the whole text entered it at every digit)."""
    return _PAGE_THEN_BRACKETED_YEAR.search(text, len(text) - 10)


_STUDENT_WORK = frozenset(("Note", "Comment", "Recent Case", "Recent Development", "Recent Decision", "Case Comment",
                           "Case Note", "Book Note", "Recent Legislation"))
_UK_PAPER_SERIES = re.compile(rf"\((?:{_UK_PAPER_SERIES_NAMES}) ")
# A UK command or parliamentary paper numbered in its series after the title, as Harvard prints it: "Title. Cm 9589.
# London: HMSO.", "Title. CP 403. ...", a committee's "Title. Eighth Report of Session 2017–19 (HC 932). London: ...".
_UK_PAPER = re.compile(rf"(?:(?P<session>\w+ Report of Session (?:1[89]|20)\d\d[–-]\d\d(?:\d\d)?) \()?"
                       rf"(?P<series>{_UK_PAPER_SERIES_NAMES}|CP) (?:No\.? )?(?P<number>\d+(?:-[IVX]+)?)(?(session)\))")


def _place_and_date_closing_title(item: dict, confidence: dict, text: str) -> None:
    """A statistics office's bulletin names its area and period after the title's comma and colon ("Office for National
    Statistics (2023) Labour market overview, UK: March 2023. Available at: ..."): where a publisher would follow a
    place and colon there is a month's date, so both close the title (the tagger read the area as the place and left
    the period in the note)."""
    period = item["note"].rstrip(".")
    joined = f"{item['title']}, {item['publisher-place']}: {period}"
    if joined in text and len(parse_date(period).get("date-parts", [[]])[0]) >= 2:
        item["title"] = joined
        del item["publisher-place"], item["note"]
        confidence.pop("publisher-place", None)


_UK_PAPER_GENRE = re.compile(rf"{_UK_PAPER_SERIES_NAMES}|CP")


def _uk_paper_in_series(item: dict, confidence: dict) -> None:
    """A UK paper's series and number (read as a book's series, or left in the title's last sentence or the note) are
    a report's genre and number, as OSCOLA's "(Cm 9302, 2016)" is read; a committee's session report is the series
    it appeared in."""
    printed = f"{item.get('collection-title', '')} {item.get('collection-number', '')}"
    paper = _UK_PAPER.fullmatch(printed)
    if paper:
        del item["collection-title"], item["collection-number"]
    else:
        head, stop, last = item.get("title", "").rpartition(". ")
        paper = _UK_PAPER.fullmatch(last) if stop else None
        if paper:
            item["title"] = head
        else:
            paper = _UK_PAPER.fullmatch(item.get("note", "").strip().rstrip("."))
            if not paper:
                return
            del item["note"]
    item["genre"], item["number"] = paper.group("series"), paper.group("number")
    confidence["genre"] = confidence["number"] = confidence.get("title", 0.8)
    if paper.group("session"):
        item["collection-title"] = paper.group("session")
        confidence["collection-title"] = confidence["genre"]


_NOTE_NUMBER = re.compile(r"\d{1,4}\.\s+(?=[A-Z])")  # a footnote's "45. " before the citation
_PACKAGE_INSERT_SENTENCE = re.compile(r"(?i)\.\s+(package insert)$")


def _package_insert_sentence(item: dict, confidence: dict) -> None:
    """AMA's "Ozempic (semaglutide) injection. Package insert. Novo Nordisk; 2023.": the sentence after the drug's name
    says what the work is (the genre, as Citing Medicine's "[package insert]" does), and the company before the year,
    which the tagger may read as a container, publishes it (it had all been a title and a site or a book)."""
    insert = _PACKAGE_INSERT_SENTENCE.search(item.get("title", ""))
    if not insert:
        return
    item["title"], item["genre"] = item["title"][:insert.start()], insert.group(1)
    _conf(confidence, "genre", confidence.get("title", 0.8))
    if "publisher" not in item and "container-title" in item and not {"volume", "issue", "page"} & set(item):
        _move(item, confidence, "container-title", "publisher")


# Citing Medicine's bracket after a web page's date: "[updated 2022 Feb 1; cited 2023 Apr 2]", "[modified ...; cited ...]".
_UPDATED_AND_CITED = re.compile(r"\[((?:updated|modified) [^\];]+); (cited [^\];]+\])")


def _legal_citation(text: str) -> tuple[str, re.Match] | None:
    """The first legal grammar the text matches; a grammar is tried only where its cues are, since its lazy parts
    backtrack over the whole text before they fail (a tenth of a millisecond and more a text)."""
    tail = text.rstrip().rstrip(".")[-1:]
    return next(((kind, m) for kind, pattern, words, last in _LEGAL_CITATIONS
                 if (not words or any(word in text for word in words))
                 and (not last or (tail == ")" if last == ")" else tail.isdigit()))
                 and (m := pattern.match(text))), None)


def _legal_item(source: str, kind: str, match) -> dict:
    """The item a legal citation's grammar gives: a case (parties, reporter volume and page or a
    neutral number, court as authority), a statute or code section, a law-review article. A
    pinpoint page stays in the note; so does the court division of a neutral citation."""
    fields = {k: v for k, v in match.groupdict().items() if v}
    if kind == "legislation" and "container" in fields and _TREATY_WORDS & set(fields.get("title", "").lower().split()):
        kind = "treaty"  # "Consolidated Version of the Treaty on European Union [2008] OJ C115/13"
    item: dict = {"type": kind}
    if "quote" in fields:  # a title ending in a quoted word, its comma inside the quote: "... "Exceptionalism," 128"
        fields["title"] += fields["quote"]
    if fields.get("author") in _STUDENT_WORK:
        add_note(item, fields.pop("author"))
    if "author" in fields:
        item["author"] = parse_names(fields["author"])
    elif "body" in fields:  # a UN body, "Human Rights Council": a name whole
        item["author"] = [{"literal": fields["body"]}]
    for key in ("title", "volume", "container", "issue", "page", "section", "authority", "number", "genre", "edition",
                "URL", "publisher"):
        if key in fields:
            item["container-title" if key == "container" else key] = fields[key].strip()
    if "session" in fields:  # a bill's or hearing's Congress, "118th Cong.", as Zotero's Session maps to CSL
        item["chapter-number"] = fields["session"]
    if "page" in item:
        item["page"] = item["page"].replace("–", "-")  # a book's pages cited, "87–90"
    if "year" in fields:
        item["issued"] = {"date-parts": [[int(fields["year"])]]}
    if "day" in fields and (day := parse_date(fields["day"])):
        item["issued"] = day
    if "accessed" in fields:
        if accessed := parse_date(fields["accessed"]):
            item["accessed"] = accessed
        else:
            add_note(item, f"Accessed: {fields['accessed']}")
    if "parallel" in fields:  # the report that also printed a neutral citation's judgment
        add_note(item, fields["parallel"])
    if "pin" in fields:
        add_note(item, f"at {fields['pin']}")
    for key in ("division", "remark", "short"):  # a neutral citation's court division; "(Conf. Rep.)"; "(EAEU Treaty)"
        if key in fields:
            add_note(item, f"({fields[key]})")
    for key in ("verb", "part", "locator"):  # a code's "adopted" before its day, a treaty's annex, the articles cited
        if key in fields:
            add_note(item, fields[key])
    if "following" in fields:  # "42 U.S.C. § 7401 et seq.": the act runs on from its first section
        add_note(item, fields["following"])
    confidence = {key: 0.95 for key in item if key not in ("type", "note")}
    item["custom"] = {"source": source, "confidence": {**confidence, "type": 0.95}, "review": False}
    return item


# The date closing an archival document's description: ", 14 марта 1943 г.", ", 12 May 1930".
_DOCUMENT_DATE = re.compile(r",\s*(\d{1,2}\s+[^\W\d]+\.?\s+\d{4})(?:\s*г\.)?$")
# The stop ending a document's description in a sentence of its own before the archive's name, the name holding no
# bracket or year: after References' translated title in brackets ("[Report of the ... headquarters]. RGVA", "[...].
# Gos. arkhiv Kemerovskoi obl.") or after the document's date ("..., 12 May 1930. GARF", "..., 14 марта 1943 г. ЦГА СПб").
_DESCRIPTION_BEFORE_ARCHIVE = re.compile(
    rf"(\]|\b{_YEAR}\s*г\.|\b{_YEAR})(?:(?<=\.)|\.)\s+(?=(?:(?!\b{_YEAR}\b)[^\]])+$)")


_LEAVES_CITED = re.compile(r",\s*Bl\.\s*(\d+[rv]?(?:\s*[–-]\s*\d+[rv]?)?)\.?$")


def _archival(source: str, head: str, shelfmark: str, tagger) -> dict:
    """"Report of the OGPU, 12 May 1930, GARF, f. 5446, op. 1, d. 37, l. 4": the words before
    the shelfmark end with the archive's name; what precedes that describes the document, a
    manuscript unless it names the periodical that printed it. GOST parts the document from the archive
    with "//" ("Докладная записка ..., 14 марта 1943 г. // ГА РФ. Ф. А-482. ...")."""
    head = head.rstrip(" ,.;:")
    own_sentence = _DESCRIPTION_BEFORE_ARCHIVE.search(head) if " // " not in head else None
    if own_sentence:
        described, archive = head[:own_sentence.end(1)], head[own_sentence.end():]
    else:
        described, _, archive = head.rpartition(" // " if " // " in head else ", ") \
            if ", " in head or " // " in head else ("", "", head)
    town = None
    if described and (_is_city(archive) or is_place(archive)) and _REPOSITORY.search(described.rpartition(", ")[2]):
        # "Osh Oblast State Archive (GAOO), Osh": the archive's town after its name
        town = archive
        described, _, archive = described.rpartition(", ")
    described = described.rstrip(" ,;:")
    translated = described.startswith("[") and described.endswith("]") and described.count("[") == 1
    if translated:
        described = described[1:-1]  # "[Letter of the Holy Synod ..., 1918]. GARF": the translated title alone
    item = _parse(described, tagger) if described else {"type": "manuscript", "custom": {"confidence": {}}}
    if described and not translated:
        _rejoin_description(item, described)
    year = re.search(rf",\s+({_YEAR})$", described) if translated else None
    if translated and "title" in item and not year and described.startswith(item["title"]) and described != item["title"]:
        # "[Activity report of the Kamchatka Fishery Trust for 1938]": the bracket is the title whole; a year in it
        # dates the document only after its last comma (", 1918"), not one the title is about ("for 1938")
        item["title"] = described
        item.pop("issued", None)
        item.pop("note", None)
        item["custom"]["confidence"].pop("issued", None)
    elif translated and "title" not in item and year is None and item.get("note", "") and described.startswith(item["note"]):
        item["title"] = described  # "[Report on the fishing season of 1947]": read as note and date
        item.pop("issued", None)
        del item["note"]
        item["custom"]["confidence"].pop("issued", None)
    if "title" not in item and "container-title" in item:  # "Memorandum, 3 May 1951, NARB, ..."
        item["title"] = item.pop("container-title")
    if "container-title" not in item:  # unpublished, whatever its words ("Protocol", "Letter")
        item["type"] = "manuscript"
    if "title" not in item and item.get("note") == described.rsplit(", ", 1)[0] and "author" not in item:
        item["title"] = item.pop("note")  # "Protocol No. 3 of the session of ..., 11 March 1990, LCVA, ...": all note
    dated = _DOCUMENT_DATE.search(item.get("title", "")) if "issued" not in item else None
    if dated and parse_date(dated.group(1)):  # "Докладная записка ..., 14 марта 1943 г.": the document's date
        item["issued"] = parse_date(dated.group(1))
        item["title"] = item["title"][:dated.start()]
    custom = item.pop("custom")
    item["archive"] = archive
    if town:
        item["archive-place"] = town
    leaves = _LEAVES_CITED.search(shelfmark)
    if leaves:  # "R 43 I/2280, Bl. 12": the leaves (Blatt) cited are the page, as a manuscript's folios are
        item["page"] = leaves.group(1).replace("–", "-")
        shelfmark = shelfmark[:leaves.start()]
    item["archive_location"] = shelfmark.rstrip(" .")
    item["custom"] = {**custom, "source": source, "review": bool(described) and custom.get("review", False)}
    return item


# The end of a description's words before a title glued to them by a space alone: a word, or an initial ("Yu. ").
_RUNS_INTO_TITLE = re.compile(r"(?:[^\W_]|\b[A-ZА-ЯЁ][a-zа-яё]?\.) $")


def _rejoin_description(item: dict, described: str) -> None:
    """An archival document's description is its title whole: names in it ("Record of conversation between N. S.
    Khrushchev and Yu. Tsedenbal on ...") or a body's name closing it ("... on the activity of the Georgian Orthodox
    Church"), joined to the words beside them by a space alone, are no author and no periodical (the tagger had
    read them so, the title cut around them or the whole description taken for names); an author or periodical a
    comma or quote parts off is kept."""
    title = item.get("title", "")
    head, _, day = described.rpartition(", ")
    if not title and "author" in item and head and parse_date(day) \
            and any(w[:1].islower() and w not in GIVEN_PARTICLES | _NAME_JOINERS | _BODY_JOINERS for w in head.split()):
        # "Record of conversation between A. A. Gromyko and Yu. Tsedenbal, 14 May 1966": all names, or names and a
        # periodical and note cut from the one description
        for key in [k for k in ("author", "container-title", "publisher", "note")
                    if k in item and (k == "author" or item[k] in head)]:
            del item[key]
            item["custom"]["confidence"].pop(key, None)
        item["title"] = head
        return
    start = described.find(title) if title else -1
    if start < 0:
        return
    if "author" in item and start and _RUNS_INTO_TITLE.search(described[:start]):
        del item["author"]
        item["custom"]["confidence"].pop("author", None)
        title, start = described[:start + len(title)], 0
    end = start + len(title)
    container = item.get("container-title", "")
    if container and described.startswith(" " + container, end) and _RUNS_INTO_TITLE.search(described[:end + 1]):
        del item["container-title"]
        item["custom"]["confidence"].pop("container-title", None)
        title = described[start:end + 1 + len(container)]
    item["title"] = title


# Notes citing a court's decision by its number: "Constitutional Court of Ukraine, Decision No. 13-r/2020, 27 October
# 2020, available at: ...", a criminal court's "Verdict No. 1-0301-2301/12" (Russian "Приговор"), "Supreme Court of the Republic of Moldova, Judgment No. 4-1re-123/2019, 3 July 2019.",
# "Конституционный Суд РФ, Постановление № 12-П, ...", and with its subject, the decision's title, after the number:
# "..., Judgment No. 36 on the interpretation of Article 13 (1) of the Constitution, 5 December 2013." (Party
# names, "X v. Y", are Bluebook/OSCOLA's.)
# The court may be followed by its chamber ("Supreme Court of Estonia, Constitutional Review Chamber, judgment No.
# 5-21-1 of 6 April 2021"), the act written in lower case and dated by "of"; the act may name the case its number is
# ("Constitutional Court of the Republic of Latvia, Judgment in Case No. 2017-25-01, 8 June 2018", "Supreme Court of
# Lithuania, Ruling in Civil Case No. e3K-3-112-684/2021, ..."), in transliteration too ("Arbitrazhnyi sud goroda
# Moskvy, Reshenie po delu No. A40-123456/2019, ...").
_COURT_DECISION = re.compile(
    r"(?P<court>[^,;:‘“\"]*?\b(?:Court|Tribunal|Суд|суд|[Ss]ud)\b[^,;:]*"
    r"(?:,\s*[^,;:‘“\"]*?\b(?:Chamber|Division|Department|Section|Senate|Panel|Collegium|Палата|Коллегия)\b[^,;:]*)?),\s*"
    r"(?P<act>(?i:Decision|Judgment|Judgement|Ruling|Verdict|Resolution|Order|Opinion|Advisory Opinion|Постановление|Решение|"
    r"Определение|Приговор|Postanovlenie|Reshenie|Opredelenie|Prigovor)"
    r"(?:\s+(?:(?i:(?:in\s+(?:the\s+)?(?:(?:civil|criminal|administrative|constitutional)\s+)?case|po\s+delu))\s+)?"
    r"(?:No\.?|№)\s*[\w/.-]*\w)?)"
    r"(?:\s+(?P<subject>(?:on|concerning|regarding|in the case of|о|об|по делу)\s[^,]+))?(?:,\s*|\s+(?:of|ot|от)\s+(?=\d))"
    r"(?P<rest>.+)$")


# The case a decision was given in, named after its date: "Decision of 14 December 2020 in Case No. 3b/1234-20",
# "Reshenie ot 12.03.2019 po delu № A40-1234/2018".
_CASE_AFTER_DATE = re.compile(
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d]+\.?\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},\s+\d{4}),?\s+"
    r"(?P<case>(?i:in\s+(?:the\s+)?(?:(?:civil|criminal|administrative|constitutional)\s+)?case|po\s+delu|по\s+делу)\s+"
    r"(?:No\.?|№)\s*[\w/.-]*\w)")


def _court_decision(source: str, decision: re.Match, tagger) -> dict:
    """A court's decision cited by its kind and number: the court is the ``authority``, the kind and
    number the ``number`` (as a notes act's "Decision No. 12" is; a case's number after the date joins it), the rest
    its date, title and link."""
    act, rest = decision.group("act"), decision.group("rest")
    case = _CASE_AFTER_DATE.match(rest) if "No" not in act and "№" not in act else None
    if case:
        act, rest = f"{act} {case.group('case')}", case.group("date") + rest[case.end():]
    item = _parse(rest, tagger)
    custom = item.pop("custom")
    if "number" in item:
        add_note(item, item.pop("number"))
    item.update({"type": "legal_case", "authority": decision.group("court").strip(), "number": act})
    if decision.group("subject"):  # "Judgment No. 36 on the interpretation of Article 13 (1) of the Constitution"
        if "title" in item:
            add_note(item, item.pop("title"))
        item["title"] = decision.group("subject")
        custom["confidence"]["title"] = 0.99
    custom["confidence"].update({"authority": 0.99, "number": 0.99, "type": 0.85})
    item["custom"] = {**custom, "source": source}
    return item


# A case the European Court of Human Rights (and courts citing as it does) numbers by application:
# "ECtHR, Ilgar Mammadov v. Azerbaijan, Application No. 15172/13, 22 May 2014", "Chiragov and Others
# v. Armenia [GC], no. 13216/05, 16 June 2015", the court also after the parties: "Mozer v. the Republic of Moldova
# and Russia, ECtHR, Application No. 11138/10, 23 February 2016".
_CASE_BY_APPLICATION = re.compile(
    r"^(?:(?P<court>[^,‘“\"]{2,80}?),\s+)?(?P<title>[^,]+? v\. [^,]+?)(?:\s+\[(?P<formation>[^\]]+)\])?,\s+"
    r"(?:(?P<court_after>[^,‘“\"]*\b(?:Court|Commission|Tribunal|ECtHR|ECHR|CJEU)\b[^,‘“\"]*),\s+)?"
    r"(?P<number>(?:(?:Application|App\.|Appl\.)\s+)?[Nn]os?\.\s*\d+/\d{2}(?:\s*(?:,|and)\s*\d+/\d{2})*"
    r"(?:\s+and\s+\d+\s+others)?),\s*(?P<rest>.+)$")


# A case the International Court of Justice (and courts citing as it does) names by its subject and parties, then
# what it gave and when: "International Court of Justice, Application of the International Convention on the
# Elimination of All Forms of Racial Discrimination (Armenia v. Azerbaijan), Order of 7 December 2021". The groups
# are _CASE_BY_APPLICATION's, with no formation, court after the parties or application number.
_CASE_BY_SUBJECT = re.compile(
    r"^(?P<court>[^,‘“\"]{2,80}?\b(?:Court|Tribunal)\b[^,‘“\"]*?),\s+(?P<title>[^‘“\"]+?\([^()]+? v\. [^()]+\))"
    r"(?P<formation>)(?P<court_after>)(?P<number>),\s*"
    r"(?P<rest>(?i:(?:provisional\s+measures,\s+)?(?:order|judgment|judgement|advisory\s+opinion)\s+of\s+\d).+)$")


# What the court gave on the date that follows: "Judgment of 13 April 2017", "Grand Chamber judgment (merits) of ...",
# "Decision on admissibility of ...", the ICJ's "Provisional Measures, Order of ...".
_DECISION_OF = re.compile(r"(?i)((?:provisional\s+measures,\s+)?(?:(?:grand\s+)?chamber\s+)?(?:judgment|judgement|decision|ruling|order|advisory\s+opinion)"
                          r"(?:\s+on\s+admissibility|\s*\([^()]{1,40}\))?)\s+of\s+(?=\d)")


def _case_by_application(source: str, case: re.Match, tagger) -> dict:
    """A case cited by its parties and application number: the parties are the title, the number
    (as printed, 'Application No. 15172/13') the ``number``, a court named before them the
    ``authority``; the rest gives its date and link."""
    rest = case.group("rest")
    decision = _DECISION_OF.match(rest)
    item = _parse(rest[decision.end():] if decision else rest, tagger)
    custom = item.pop("custom")
    if decision:  # "Judgment of 13 April 2017": what the court gave that day, kept in note
        add_note(item, decision.group(1))
    for key in ("number", "title"):
        if key in item:
            add_note(item, item.pop(key))
    item.update({"type": "legal_case", "title": case.group("title")})
    if case.group("number"):
        item["number"] = case.group("number")
    if case.group("court") or case.group("court_after"):
        item["authority"] = (case.group("court") or case.group("court_after")).strip()
    if case.group("formation"):  # "[GC]": the Grand Chamber
        add_note(item, f"[{case.group('formation')}]")
    custom["confidence"].update({"title": 0.99, "number": 0.99, "authority": 0.99, "type": 0.85})
    item["custom"] = {**custom, "source": source}
    return item


# "See, for example, Andrew Wilson, Belarus: ... (New Haven, CT: ..., 2011), p. 4.", "On the Baltic
# case, see ...": a note's cue (entries' pointer cues, "See", "Cf.", "См.") before a full work.
_BARE_PAGE_NUMBER = re.compile(r"\d{1,3}\.?")  # a number too short for any year: "5", "45."

# A note's imprint in brackets: "(Doha: Al Jazeera Centre, 2018)".
_NOTE_IMPRINT = r"\([^();]{2,60}:\s?[^();]{2,120},\s?(?:1[5-9]|20)\d\d[a-z]?\)"
# ... ending the text with no stop after it: "... GCC (Doha: Al Jazeera Centre, 2018)".
_CLOSING_IMPRINT = re.compile(rf"{_NOTE_IMPRINT}$")
# ... opening the words it is matched against
_NOTE_IMPRINT_START = re.compile(_NOTE_IMPRINT)
# "... (New York: Oxford University Press, 2018), 77–81, the reforms stalled once donor funding ended.": the
# author's own clause running on after a note's imprint (and pages), four or more words without a figure.
# A sentence after the work giving where it was printed again: "... Philosophical Review 60 (1): 20–43. Reprinted in
# From a Logical Point of View, 20–46. Cambridge, MA: ..., 1953." (Chicago, LSA, MLA "Rpt. in"). The work cited is the
# first printing; the reprint is kept whole in note, where the tagger ran it into the container and the imprint.
_REPRINTED_IN = re.compile(r"(?<=\S{2})[.,]\s+((?:[Rr]eprinted|Repr\.|Rpt\.)\s+(?:in|as)\s.+)$")
_PROSE_AFTER_IMPRINT = re.compile(rf"({_NOTE_IMPRINT}"
                                  r"(?:,\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?),\s+([a-z][^\d();]*)$")
# A reading list's bullet or required-reading star before the reference ("• Achebe, ...", "* Brown v. ..."): layout,
# as a list's number is, which the tagger read as the author's first word.
# A PDF page's head or foot copied into the middle of an entry that runs on over the page break: a book's page number
# with the list's heading ("Belknap Press of 412 Bibliography Harvard University Press"), or an Elsevier article's
# authors and citation line ("Resour. Energy L. Chen et al. Energy Policy 156 (2021) 112401 Econ. 27 (1), 1–17.",
# older "L. Chen, M. Wu / Energy Policy 156 (2021) 112401"). Not
# at the entry's start, and not after a comma or semicolon, where a list of names or of works goes on.
_PAGE_HEAD_IN_ENTRY = re.compile(
    r"(?<=[^\s,;]) (?:\d{1,4} (?:Bibliography|References|Works Cited|BIBLIOGRAPHY|REFERENCES|WORKS CITED)"
    r"|(?:Bibliography|References|Works Cited|BIBLIOGRAPHY|REFERENCES|WORKS CITED) \d{1,4})(?= \S)"
    r"|(?<=[^\s,;]) {name}(?: et al\.| and {name}|(?:, {name})+(?= /))(?: /)?"
    r" [A-Z][A-Za-z&.' -]{2,60}? \d{1,4} \((?:19|20)\d\d\) [A-Z]?\d{1,7}(?:[–-]\d{1,7})?(?= \S)"
    .replace("{name}", r"[A-Z]\.(?:[ -]?[A-Z]\.)* [A-Z][\w'’-]+"))
_PAGE_HEAD_CUES = ("iblio", "IBLIO", "eferences", "EFERENCES", "orks Cited", "ORKS CITED")
_PAGE_HEAD_CITATION = re.compile(r"\((?:19|20)\d\d\) [A-Z]?\d")  # what every Elsevier head holds, found fast
_LIST_BULLET = re.compile(r"^[•·▪◦‣∙*–—-]\s+(?=[^\s.,;])")  # not the repeated author's "— ."
# An annotated list's comment after the whole reference ("... Press, 2017. – A useful overview of ...", "(1954). –
# Landmark ruling; read alongside ..."): a dash, then a sentence of words opening with a capitalised word, with no
# digit, colon or slash, which GOST's ". – 320 p.", ". – Text : electronic", ". – URL: ..." areas all hold.
_READING_ANNOTATION = re.compile(r"(?<=[.)\]]) [–—-] ([A-Z][a-z]*(?: [^\s\d:/–—]+)+)$")
# ... and after the entry's closing link, where no stop ends it, the comment may open in lower case ("... Paris: OECD
# Publishing. doi.org/10.1787/f8d7880d-en — good overview, use chapter B ..."): an en or em dash, as a link never holds
# a space, then words with no digit, colon or slash.
_LINK_ANNOTATION = re.compile(r"(?:https?://|doi\.org/|www\.)\S+( [–—] ([^\s\d:/–—]+(?: [^\s\d:/–—]+){3,}))$")


def _is_sentence(text: str) -> bool:
    """A comment is written in sentence case: some word other than a function word opens in lower case ("A readable
    account of ..."). Words all capitalised after the dash ("(2019–2023) – Supporting Economic Transformation, Asian
    Development Bank, Manila.") are a title's subtitle, its publisher and place."""
    return any(word[:1].islower() and word.lower() not in _FUNCTION_WORDS for word in re.findall(r"[^\W\d_]+", text))


_CUE_INITIALS = frozenset("SsCcOoFfAaVvPpZzDdTtСсПпДдОоЯяЦц")
_CUE_WORK_MIN = 25  # "See also Flikke (2009)" is a pointer, not a work to parse
# A note quoting someone from another work, "Ilham Aliyev, quoted in ‘Title’, Trend, 12 January 2021.", "Putin, as cited
# in Name, Title ...": the speaker (a name of up to five words, no quote or digit) is no author of the work cited.
_QUOTED_IN = re.compile(r"[A-ZА-ЯЁ][^\s,‘“\"«\d]*(?:\s+[^\s,‘“\"«\d]+){0,4},?\s+(?:as\s+)?(?:quoted|cited)\s+in:?\s+")
# "См., напр.: Труд. 1989. 19 июля.": a paper's issue of a day is a short work, not a pointer
_PAPER_OF_THE_DAY = re.compile(rf"^[^\W\d][^.\d]{{0,40}}\.\s+{_YEAR}\.\s+\d{{1,2}}\s+(?i:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b")


# A trial's registration, as AMA and Citing Medicine print it: "ClinicalTrials.gov identifier: NCT03574597.": the
# registry's number is the record's number (the registry's words kept in note).
# Wikipedia's record of an archived copy after a reference's date or site: "Archived from the original on 4 June
# 2021.", "Archived (PDF) from the original on 13 November 2019.", "Archived from the original (PDF) on 2015-05-05.",
# "Archived 4 June 2021 at the Wayback Machine."; no CSL field holds it
_ARCHIVED_FORMAT = r"(?:\((?:PDF|DOCX?|XLSX?|PPTX?)\) )?"
_ARCHIVED_COPY = re.compile(rf"(?<=[.\]]) (Archived {_ARCHIVED_FORMAT}from the original {_ARCHIVED_FORMAT}on [^.]{{4,30}}\."
                            r"|Archived [^.]{4,30} at the Wayback Machine\.)(?= |$)")
_TRIAL_REGISTRATION = re.compile(r"(?<=[.\]]) (ClinicalTrials\.gov [Ii]dentifier):? (NCT\d{8})\.?(?= |$)")
# A bibliography keyed by short citations, as art-history and archaeology lists print it: "Ostrom 1990 E. Ostrom
# Governing the commons ...", "Bernstein / Lange 2007 D.J. Bernstein and T. Lange “Title”", "Hastrup 1995: Kirsten
# Hastrup, ...", "Nakashima 2019 = R. Nakashima, ...", "Rosstat n.d. Rosstat “Title”": the family names and year
# (or the style's mark for no date) the entry is cited by, before its first author's name in full (and the year again
# in the entry).
_CITATION_KEY = re.compile(r"(?P<key>(?P<first>[^\W\d_][\w’'/-]*)(?: / [^\W\d_][\w’'-]*)*(?: et al\.| u\. a\.)? "
                           r"(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?|n\.d\.|o\.\s?J\.|s\.\s?d\.))(?: ?[:=])? (?=\S)")
# APA's social-media author with the account's handle in brackets: "NASA [@NASA].", "Gates, B. [@BillGates].", and a
# note's in round ones: "Salome Zourabichvili (@Zourabichvili_S), ‘Title’, X, 3 March 2022".
_SOCIAL_HANDLE = re.compile(r"[^\[\]()]{2,80}? (?:\[(?=@)(@[\w.]{1,30})\]|\((?=@)(@[\w.]{1,30})\))(?=[.,] )")
# MLA's film credit after the title, "Portrait of a Lady on Fire. Directed by Céline Sciamma, Lilies Films, 2019.": the
# director's name, up to its comma or stop.
_DIRECTED_BY = re.compile(r"(?<=[.”\"]) Directed by ((?:[A-Z]\.\s?)*[^,.;:()]+)[,.](?= )")


# Chicago's film under its director: a note's "Akira Kurosawa, dir., Rashomon (Tokyo: Daiei Film, 1950)." and the
# bibliography's "Kurosawa, Akira, dir. Rashomon. Tokyo: Daiei Film, 1950.": the name before the role word,
# then the title and the imprint in the layout's own punctuation (what follows it: a copy's format, "DVD", is the
# medium, as a recording's "LP" is; anything else, a scene's time, in note).
_DIRECTOR_FIRST = re.compile(r"(?:\d{1,4}\.\s+)?([A-Z][^,.;:()“”\"]*(?:, [A-Z][^,;:()“”\"]*?)?), dir\.(?:,|(?=\s+[A-Z“\"]))\s+"
                             r"[“\"]?(.+?)[,.”\"]*(?: \(|\.\s+)([^():.,]+(?:, [A-Z]{2})?): ([^():]+?), (\d{4})\)?(?:[.,]\s*(.*?))?\.?")

# MLA 9's film under its director, with no place: "Cuarón, Alfonso, director. Roma. Netflix, 2018." (the same groups,
# the place's empty).
_MLA_DIRECTOR_FIRST = re.compile(r"([^\W\d_][^,.;:()“”\"]*, [A-Z][^,;:()“”\"]*?), director\.\s+[“\"]?(.+?)[.”\"]+\s+()"
                                 r"([^,]+?), (\d{4})(?:[.,]\s*(.*?))?\.?")


# A film's release year opening the bracket of a later copy's imprint, as Chicago notes print a DVD: "Casablanca (1942;
# Burbank, CA: Warner Home Video, 2003)" (the year is read as the place's start by _DIRECTOR_FIRST).
_RELEASE_YEAR_FIRST = re.compile(rf"({_YEAR}); (.+)")
# The copy's format closing a film's entry: "(Burbank, CA: Warner Home Video, 2003), DVD.", "..., 1997. Blu-ray."
_FILM_FORMAT = re.compile(r"(?:\d{1,2} )?(?:DVDs?|Blu-ray(?: [Dd]iscs?)?|VHS|[Vv]ideocassettes?|[Vv]ideodiscs?|[Ll]aserdiscs?|"
                          r"[Ss]treaming video|16 ?mm|35 ?mm)")


def _film_by_director(source: str, match: re.Match) -> dict:
    """A film cited under its director's name with "dir." (MLA's "director."): a motion picture with its director,
    title and imprint."""
    item = {"type": "motion_picture", "director": parse_names(match.group(1)), "title": match.group(2),
            "publisher-place": match.group(3), "publisher": match.group(4),
            "issued": {"date-parts": [[int(match.group(5))]]}}
    released = _RELEASE_YEAR_FIRST.fullmatch(match.group(3))
    if released:  # "Casablanca (1942; Burbank, CA: Warner Home Video, 2003)": the film's year, then the copy's imprint
        item["original-date"] = {"date-parts": [[int(released.group(1))]]}
        item["publisher-place"] = released.group(2)
    if not item["publisher-place"]:
        del item["publisher-place"]
    item["custom"] = {"source": source, "review": False, "confidence": {key: 0.9 for key in item if key != "type"}}
    if match.group(6) and _FILM_FORMAT.fullmatch(match.group(6)):
        item["medium"] = match.group(6)
        item["custom"]["confidence"]["medium"] = 0.9
    elif match.group(6):
        add_note(item, match.group(6))
    return item


# Chicago's entry in a reference work, cited "sub verbo" by its headword: "Encyclopaedia Britannica, 11th ed., s.v.
# “Renaissance.”", "Merriam-Webster, s.v. “gerrymander,” accessed May 3, 2024, https://...". The work is the
# container, the headword the title; a signed entry's author, an access date and a link may follow the headword.
_SUB_VERBO = re.compile(r"(?:\d{1,4}\.\s+)?([A-Z][^,;:“”\"]+?)(?:, (\d{1,3})(?:st|nd|rd|th) ed\.)?(?:, \d{4})?, "
                        r"s\.\s?v\. [“\"‘]([^“”\"]+?)[,.]?[”\"’][,.]?\s*(.*)")
_ENTRY_AUTHOR = re.compile(r"by ([^,.;]+(?:\.[^,;]+)?), ")  # Grove's "s.v. “Sonata form,” by James Webster, ..."
# A container named an encyclopedia or a dictionary holds entries, not chapters.
_REFERENCE_WORK = re.compile(r"(?i)encyclop(?:a?edia|ædia|édie)|enzyklopädie|\bdictionary\b|wörterbuch|\bwikipedia\b")
_REFERENCE_WORK_CUES = ("ncyclop", "nzyklop", "onary", "wörterbuch", "wikipedia")  # in every match lower-cased (no "i": "İ" lowers to two)
_DICTIONARY_WORK = re.compile(r"(?i)dictionary|lexicon|webster|wörterbuch")  # a dictionary's entry, not an encyclopedia's
_ACCESSED = re.compile(r"(?i)accessed ((?:[A-Z][a-z]+\.? \d{1,2}, |\d{1,2} [A-Z][a-z]+\.? )?\d{4})[,.]?\s*")


def _sub_verbo(source: str, match: re.Match) -> dict:
    """An encyclopedia's (a dictionary's) entry cited by its headword: the entry, its work and edition."""
    work, rest = match.group(1), match.group(4).strip()
    kind = "entry-dictionary" if _DICTIONARY_WORK.search(work) else "entry-encyclopedia"
    item = {"type": kind, "title": match.group(3), "container-title": work}
    if match.group(2):
        item["edition"] = match.group(2)
    signed = _ENTRY_AUTHOR.match(rest)
    if signed:
        item["author"], rest = parse_names(signed.group(1)), rest[signed.end():]
    accessed = _ACCESSED.match(rest)
    if accessed and parse_date(accessed.group(1)):
        item["accessed"], rest = parse_date(accessed.group(1)), rest[accessed.end():]
    link = rules.URL.fullmatch(rest.rstrip(". "))
    if link:
        item["URL"], rest = link.group(0), ""
    item["custom"] = {"source": source, "review": False, "confidence": {key: 0.9 for key in item if key != "type"}}
    if rest.strip(" .,"):
        add_note(item, rest.strip(" ,"))
    return item


# An artwork or photograph in a museum, as MLA ("Kahlo, Frida. The Two Fridas. 1939, Museo de Arte Moderno, Mexico
# City."), Chicago's bibliography ("Vermeer, Johannes. The Milkmaid. Ca. 1660. Oil on canvas, 45.5 × 41 cm.
# Rijksmuseum, Amsterdam.") and its notes ("Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver
# print, Museum of Modern Art, New York.") print it: the maker, the title, the year, then medium and size, the
# museum and its town.
_ARTWORK_DATE = r"(?:[Cc](?:a|irca)?\.? )?(?:1[0-9]|20)\d\d"
_ARTWORK = re.compile(rf"(?:(?P<inverted>[^.,;:“”\"]+, [^.,;:“”\"]+?)\. (?P<title>.+?)\. (?P<date>{_ARTWORK_DATE})[,.]"
                      rf"|\d{{1,4}}\.\s+(?P<name>[A-Z][^.,;:“”\"]+), (?P<note_title>.+?), (?P<note_date>{_ARTWORK_DATE}),)"
                      r" (?P<rest>.+?)\.?")
# A museum's name holds one of these words, alone or at its end ("Rijksmuseum"); only whether one occurs is asked.
# What every _MUSEUM match holds, casefolded: the scan is then run on the few texts that hold one.
# An art museum may call itself an institute of art: "Art Institute of Chicago", "Detroit Institute of Arts".
_MUSEUM_CUES = ("muse", "musé", "muze", "galer", "galler", "kunsthalle", "louvre", "prado", "uffizi", "hermitage", "pinakothek",
                "art institute", "institute of art")
_MUSEUM = re.compile(r"(?i)(?:museum|museo|musée|museu|muzeum|gallery|galleria|galerie|kunsthalle|louvre|prado|"
                     r"uffizi|hermitage|pinakothek|art institute|institute of arts?)\b")
_DIMENSIONS = re.compile(r"\d[\d.,]*\s*(?:[×x]\s*\d[\d.,]*\s*)+(?:cm|mm|m|in\.?|inches)")


def _artwork(source: str, match: re.Match) -> dict | None:
    """A work kept in a museum: the last part naming a museum is the archive, at most two parts after it (a
    known place, or town and state code) its town, the parts before it the medium and the size."""
    parts = re.split(r"[,.] (?=[A-Z\d])|, ", match.group("rest"))
    at = max((k for k, part in enumerate(parts) if _MUSEUM.search(part)), default=None)
    if at is None:
        return None
    place = parts[at + 1:]
    if not (len(place) == 1 and is_place(place[0]) or len(place) == 2 and _STATE_CODE.fullmatch(place[1])
            or not place):
        return None
    maker, date = match.group("inverted") or match.group("name"), match.group("date") or match.group("note_date")
    item = {"type": "graphic", "author": parse_names(maker), "title": match.group("title") or match.group("note_title"),
            "issued": {"date-parts": [[int(date[-4:])]], **({"circa": True} if date[:1] in "Cc" else {})},
            "archive": parts[at]}
    if place:
        item["archive-place"] = ", ".join(place)
    described = [part for part in parts[:at] if not _DIMENSIONS.fullmatch(part)]
    size = [part for part in parts[:at] if _DIMENSIONS.fullmatch(part)]
    if described:
        item["medium"] = described[0]
    if size:
        item["dimensions"] = size[0]
    item["custom"] = {"source": source, "review": False, "confidence": {key: 0.9 for key in item if key != "type"}}
    for part in described[1:] + size[1:]:
        add_note(item, part)
    return item


# A recording as Chicago and MLA cite it, known by the medium or the streaming service it closes with: "Davis,
# Miles. Kind of Blue. Columbia CL 1355, 1959, LP.", the note's "Miles Davis, Kind of Blue, Columbia CL 1355, 1959,
# LP.", "Mahler, Gustav. Symphony No. 9. Berlin Philharmonic, conducted by Claudio Abbado. Deutsche Grammophon,
# 2002, compact disc.", MLA's "Beyoncé. “Formation.” Lemonade, Parkwood Entertainment, 2016. Spotify.": who made
# it, the work (a song in quotes, then its album), who performed it, the label and its catalogue number, the year.
_RECORDING_LAST_WORDS = frozenset("LP EP CD disc disk vinyl cassette audiocassette MP3 audio rpm record Spotify Music "
                                  "Tidal Deezer SoundCloud Bandcamp iTunes LPs CDs discs disks cassettes records".split())
# The medium, also a set of several ("4 compact discs", "2 CDs", "3 LPs").
_RECORDING_MEDIUM = re.compile(r"[.,] (?:(?P<medium>(?:\d{1,2} )?(?:(?:LP|EP|CD|(?:audio )?compact dis[ck]|"
                               r"[Vv]inyl(?: LP| record)?|(?:audio)?cassette)s?|MP3|(?:streaming|digital) audio|"
                               r"(?:33⅓|45|78)[ -]rpm(?: records?)?))|"
                               r"(?P<service>Spotify|Apple Music|Tidal|Deezer|SoundCloud|Bandcamp|Amazon Music|"
                               r"YouTube Music|iTunes))\.?")
# The link MLA prints after the streaming service: "Spotify, open.spotify.com/track/3iVcZ5G6tvkXZkZKlMpIUs."
_LINK_AFTER_SERVICE = re.compile(r"(?<=[A-Za-z]), ((?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+?)\.?$")
_LABEL_AND_YEAR = re.compile(r"(?:\d{1,4}\.\s+)?(?P<head>.+?)[.,] (?P<label>[A-Z][^,.;:“”\"()]*?)"
                             r"(?: (?P<number>(?:[A-Z]{1,5}[- ]?)?\d[\w/-]*(?: \d[\w/-]*)*))?, (?P<year>(?:1[89]|20)\d\d)")
# ... or the session's date before the label, which then has no year: Chicago's "Holiday, Billie. “Strange Fruit.”
# Recorded April 20, 1939. Commodore 526, 78 rpm.", the note's "..., “Strange Fruit,” recorded April 20, 1939,
# Commodore 526, 78 rpm."
_RECORDED_THEN_LABEL = re.compile(r"(?:\d{1,4}\.\s+)?(?P<head>.+?[.,][”\"]|.+?)[.,]? [Rr]ecorded (?P<date>[^.;]*?(?:1[89]|20)\d\d)[.,] "
                                  r"(?P<label>[A-Z][^,.;:“”\"()]*?)(?: (?P<number>(?:[A-Z]{1,5}[- ]?)?\d[\w/-]*))?")
# The maker before the work: the bibliography's inverted name and its stop, or the note's name and its comma.
_MAKER_AND_WORK = re.compile(r"(?P<name>[^.,“”\"]+, (?:[A-Z]\. ?)*[A-Z]\.|[^.,“”\"]+, [^.,“”\"]+?(?: [A-Z]\.)?|[^.,“”\"]+?)"
                             r"(?:(?<=[A-Z]\.)|(?<!No)(?<!Op)\.) (?P<work>.+)"  # not "Gustav Mahler, Symphony No. 5"
                             r"|(?P<note_name>[A-Z][^.,“”\"]*), (?P<note_work>.+)")
_SONG_ON_ALBUM = re.compile(r"[“\"](?P<title>[^”\"]+?)[,.]?[”\"][.,]?(?: (?P<album>.+))?")
_PERFORMED_BY = re.compile(r"[.,] ((?:[^.,]+, )?(?i:performed|conducted|played|sung|featuring)\b.*)$")


def _recording(source: str, clean: str, medium: re.Match) -> dict | None:
    """A sound recording (CSL's ``song``, which holds albums too): the label is its publisher, its catalogue
    number the ``number``, a disc or tape its ``medium`` and a streaming service its ``source``; who
    performed or conducted goes to ``note``."""
    imprint = _LABEL_AND_YEAR.fullmatch(clean[:medium.start()]) or (
        _RECORDED_THEN_LABEL.fullmatch(clean[:medium.start()]) if "ecorded " in clean else None)
    made = _MAKER_AND_WORK.fullmatch(imprint.group("head")) if imprint else None
    issued = parse_date(imprint.group("date")) if made and imprint.re is _RECORDED_THEN_LABEL \
        else {"date-parts": [[int(imprint.group("year"))]]} if made else None
    if not issued or "date-parts" not in issued:
        return None
    name, work = (made.group("name"), made.group("work")) if made.group("name") else made.group("note_name", "note_work")
    credit = _PERFORMED_BY.search(work)
    if credit:
        work = work[:credit.start()]
    # a band named with its article is the group's one name ("The Beatles"), no given name "The"
    item = {"type": "song", "author": [{"literal": name}] if name.startswith("The ") else parse_names(name)}
    song = _SONG_ON_ALBUM.fullmatch(work)
    item["title"] = song.group("title") if song else work
    if song and song.group("album"):
        item["container-title"] = song.group("album")
    item["publisher"] = imprint.group("label")
    if imprint.group("number"):
        item["number"] = imprint.group("number")
    item["issued"] = issued
    if medium.group("medium"):
        item["medium"] = medium.group("medium")
    else:
        item["source"] = medium.group("service")
    _read_whole(item, source)
    if credit:
        add_note(item, credit.group(1))
    return item


# A title naming a musical work by its key or its catalogue number: "Symphony No. 5 in C Minor, Op. 67", "Piano
# Sonata in A Major, K. 331", "Mass in B Minor, BWV 232", "Quartet in E-flat Major, Hob. III:80".
# Schubert's works are numbered in Deutsch's catalogue ("Winterreise, D. 911"), Handel's in the HWV.
_MUSICAL_WORK = re.compile(r"\bin [A-G](?:[- ](?:flat|sharp)|[♭♯])? (?:[Mm]ajor|[Mm]inor)\b"
                           r"|\b(?:Op\.|op\.|BWV|K\.|KV|D\.|Hob\.|HWV|RV|WoO)\s?[IVX\d]")
_MUSICAL_WORK_CUES = ("ajor", "inor", "Op.", "op.", "BWV", "K.", "KV", "D.", "Hob.", "HWV", "RV", "WoO")  # what every match holds
# The catalogue marks that read as a name's initial or a name after a comma ("Requiem, K. 626", "Winterreise, D. 911")
_CATALOGUE_MARKS = frozenset(("K.", "D.", "KV", "Op.", "BWV", "Hob.", "HWV", "RV", "WoO"))
# (it opens with its literal ", ", which the search skips to; the word before is asked of the tokens)
_CATALOGUE_AFTER_WORD = re.compile(r", (?:K\.|D\.|KV|Op\.|BWV|Hob\.|HWV|RV|WoO) \d")
# The score named as the title's last sentence: Chicago's "West Side Story. Vocal score."
_SCORE_SENTENCE = re.compile(r"(?<=[.?!]) ((?:(?:[Ff]ull|[Vv]ocal|[Ss]tudy|[Pp]iano(?:-vocal)?|[Mm]iniature|[Oo]rchestral|"
                             r"[Cc]onductor['’]s) )?[Ss]core)$")


# Chicago's note for a score, which the tagger reads as a journal's issue ("Symphony No. 9"): "Ludwig van Beethoven,
# Symphony No. 9 in D Minor, Op. 125, ed. Jonathan Del Mar (Kassel: Bärenreiter, 1996), 45."
_SCORE_NOTE = re.compile(r"(?:\d{1,4}\.\s+)?(?P<name>[A-Z][^,.;:()“”\"]*), (?P<title>[^();]+?)"
                         r"(?:, (?:ed\.|edited by) (?P<editor>[^();,]+?))? \((?P<place>[^():;]+): (?P<publisher>[^():;]+), "
                         r"(?P<year>(?:1[5-9]|20)\d\d)\)(?:, (?P<page>[\d–-]+))?\.?")


def _score_in_note(source: str, match: re.Match) -> dict:
    """A score cited in a note: composer, the work (named by key or catalogue number), its editor and imprint."""
    item = {"type": "musical_score", "author": parse_names(match.group("name")), "title": match.group("title")}
    if match.group("editor"):
        item["editor"] = parse_names(match.group("editor"))
    item.update({"publisher-place": match.group("place"), "publisher": match.group("publisher"),
                 "issued": {"date-parts": [[int(match.group("year"))]]}})
    if match.group("page"):
        item["page"] = rules.pages(match.group("page"))[1]
    return _read_whole(item, source)


def _musical_score(item: dict, confidence: dict) -> bool:
    """Is a book the score of a musical work: its title names the work by key or catalogue number, or says it is
    a score in its last sentence (which is then the ``genre``)?"""
    sentence = _SCORE_SENTENCE.search(item["title"])
    if sentence:
        item["title"] = item["title"][:sentence.start()].rstrip(".")
        item["genre"], confidence["genre"] = sentence.group(1), confidence.get("title", 0.8)
        return True
    if _SCORE_SENTENCE.match(". " + item.get("genre", ""), 1):
        return True  # the sentence after the editors ("Edited by ... . Full score.")
    return _MUSICAL_WORK.search(item["title"]) is not None


_PERFORMANCES = re.compile(r"\s*(performances? by [^,]+),")
_STUDIO_AND_DATE = re.compile(r"\s*([^,;:()]+), ((?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?(?:1[89]|20)\d\d)\.?")


# A show's episode as MLA prints it after the show's name: "Black Mirror, season 3, episode 1, Netflix".
_EPISODE_OF_SERIES = re.compile(r"(?i)(.+?), ((?:(?:season|series) \d+, )?episode \d+)(?:, (.+))?")


# What a talk given at a meeting is called where the citation says it (MLA 9's closing description, Chicago's
# bracket before the meeting).
_TALK_KINDS = (r"(?:[Cc]onference (?:presentation|paper|talk)|[Pp]aper presentation|[Pp]resentation|[Ll]ecture|"
               r"[Kk]eynote (?:address|lecture|speech)|[Aa]ddress|[Tt]alk|[Pp]aper)")
_TALK_CUES = ("presentation", "lecture", "address", "talk", "paper")
_TALK_DAY = r"(?:[A-Z][a-z]+\.? \d{1,2}(?:[–-]\d{1,2})?, |\d{1,2}(?:[–-]\d{1,2})? [A-Z][a-z]+\.? )?\d{4}"
# Chicago's note: "Miriam Halloran, “Title” (lecture, Victorian Studies Association Annual Conference, Bloomington,
# IN, April 12, 2019)."
_TALK_IN_BRACKET = re.compile(rf"(?P<head>.+?[”\"])\s+\((?P<kind>{_TALK_KINDS}), (?P<event>[^,()]+), "
                              rf"(?P<place>[^()]+?), (?P<date>{_TALK_DAY})\)\.?")
# MLA 9: "Okonkwo, Adaeze. “Title.” Modern Language Association Annual Convention, 7 Jan. 2023, San Francisco.
# Conference presentation."
_TALK_DESCRIBED = re.compile(rf"(?P<head>.+?[.?!][”\"])\s+(?P<event>[^,]+), (?P<date>{_TALK_DAY}), "
                             rf"(?P<place>[^.]+)\. (?P<kind>{_TALK_KINDS})\.")


def _talk_at_meeting(source: str, talk: re.Match, tagger) -> dict:
    """A talk given at a meeting, the citation saying what it was (lecture, conference presentation): a speech by
    the names before its quoted title, with that genre, the meeting as event-title, its place and day."""
    item = _parse(talk.group("head") + ".", tagger)
    item["type"] = "speech"
    item["genre"], item["event-title"] = talk.group("kind"), talk.group("event")
    item["event-place"], item["issued"] = talk.group("place"), parse_date(talk.group("date"))
    item["custom"] = item.pop("custom")
    item["custom"]["confidence"].update(dict.fromkeys(("genre", "event-title", "event-place", "issued", "type"), 0.9))
    item["custom"]["source"] = source
    return item


# A show's episode by its numbers, "Breaking Bad, season 5, episode 14," (or "episode 355,") after the quoted title.
_EPISODE_NUMBERS = re.compile(r"[”\"],? [^,]+, .*?(?<=, )(?:(?:season|series) \d+, )?episode \d+,")
# The credits MLA and Chicago print beside an episode's numbers: "created by Vince Gilligan", "directed by Jennifer
# Getzinger", "performance by ...".
_EPISODE_CREDIT = re.compile(r", ((?:created|directed|written|hosted|narrated|performances?) by "
                             r"(?:[A-Z]\.\s?)*[^,.;:()“”\"]+)(?=,)")
# Chicago's broadcast date and network at the end: ", aired September 5, 2010, on AMC."
_AIRED_ON = re.compile(r", aired ((?:[A-Z][a-z]+\.? \d{1,2}, |\d{1,2} [A-Z][a-z]+\.? )?\d{4}), on ([^,.]+)\.?$")


def _episode_with_credits(source: str, clean: str, tagger) -> dict:
    """An episode with its credits (MLA's "“Ozymandias.” Breaking Bad, created by Vince Gilligan, season 5, episode
    14, AMC, 15 Sept. 2013.") or Chicago's airing ("..., directed by Jennifer Getzinger, aired September 5, 2010, on
    AMC."): the rest is read as MLA's plain episode (show, numbers, network, date), the director as CSL's, the other
    credits in note."""
    credits = _EPISODE_CREDIT.findall(clean)
    rest = _EPISODE_CREDIT.sub("", clean)
    aired = _AIRED_ON.search(rest)
    if aired:
        rest = f"{rest[:aired.start()]}, {aired.group(2)}, {aired.group(1)}."
    item = _parse(rest, tagger)
    for credit in credits:
        role, _, names = credit.partition(" by ")
        if role == "directed" and "director" not in item:
            item["director"] = parse_names(names)
            item["custom"]["confidence"]["director"] = 0.9
        else:
            add_note(item, credit)
    item["custom"] = item.pop("custom")
    item["custom"]["source"] = source
    return item


# MLA 9's book with its translator or editor: "Ovid. Metamorphoses. Translated by Charles Martin, W. W. Norton, 2004.",
# "Tolstoy, Leo. War and Peace. Translated by Richard Pevear and Larissa Volokhonsky, Alfred A. Knopf, 2007.", "Mann,
# Thomas. The Magic Mountain. 1924. Translated by John E. Woods, Everyman’s Library, 2005.": the inverted name (or a
# classic's one name), the title, the first edition's year, the contributors given name first up to their comma, then
# the publisher (commas and all, "Farrar, Straus and Giroux") and the year.
_MLA_CREDITED_BOOK = re.compile(
    r"(?:(?P<name>[A-Z][^.,;:“”\"()]*, [A-Z][^.,;:“”\"()]*?(?: [A-Z]\.)*)|(?P<one>[A-Z][a-z]{2,}))\. "
    r"(?P<title>[A-Z“\"][^“”\"]*?[^\s.])(?:\. (?P<original>(?:1[0-9]|20)\d\d))?\. (?P<role>Translated|Edited) by "
    r"(?P<names>[A-Z][^,;:()\d]+?), (?P<publisher>[A-Z][^;:()\d]*?), (?P<year>(?:1[5-9]|20)\d\d)\.")


_WORD_FULL_STOP = re.compile(r"[^\W\d_]{2}\. ")  # a word's full stop, not an initial's ("Borthwick. Two volumes")


def _mla_credited_book(source: str, match: re.Match) -> dict:
    """An MLA book with its translator or editor, read by its grammar: the tagger ran a publisher opening with
    initials ("W. W. Norton") or holding commas into the names."""
    author = parse_names(match.group("name")) if match.group("name") else [{"literal": match.group("one")}]
    kind = "musical_score" if _MUSICAL_WORK.search(match.group("title")) else "book"  # "Symphony No. 5 in C Minor, Op. 67"
    item = {"type": kind, "author": author, "title": match.group("title"),
            "translator" if match.group("role") == "Translated" else "editor": parse_names(match.group("names")),
            "publisher": match.group("publisher"), "issued": {"date-parts": [[int(match.group("year"))]]}}
    if match.group("original"):
        item["original-date"] = {"date-parts": [[int(match.group("original"))]]}
    return _read_whole(item, source)


# A classic cited by its author's one name, its title and book and line, the numbers its editions share (Chicago's
# "Ovid, Metamorphoses 8.183–235.", "Homer, Iliad 6.466–81."), or Plato's Stephanus and Aristotle's Bekker pages
# ("Plato, Republic 514a–517a", "Aristotle, Nicomachean Ethics 1094a1–18"); no other part, or the translation or
# edition read and its imprint: "Plato, Republic 514a–517a, trans. G. M. A. Grube (Indianapolis: Hackett, 1992)."
_CLASSIC_BY_BOOK_AND_LINE = re.compile(
    r"(?:\d{1,4}\.\s+)?([A-Z][a-z]{2,}), ([A-Z][^,.;:()“”\"]*?) "
    r"(\d{1,3}\.\d{1,4}(?:[–-]\d{1,4})?(?:\.\d{1,3})?|\d{2,4}[a-e]\d{0,2}(?:[–-]\d{1,4}[a-e]?\d{0,2})?)"
    rf"(?:, (?P<role>trans\.|ed\.) (?P<names>[^();,]+?) \((?P<place>[^():;]+): (?P<publisher>[^():;]+), (?P<year>{_YEAR})\))?\.?")
# MLA's place in a verse work after the edition cited: ", bk. 6, lines 466–81." (a book, canto, act or scene, then the
# lines), kept in note: no pages of the edition. (Not "ll.": an archive's leaves, "ll. 23–27", as often as lines.)
_LINES_CITED = re.compile(r"(?:, (?:bk\.|book|canto|act|sc\.|scene|pt\.|part) [\dIVXLCivxlc]+)*, lines? "
                          r"\d+(?:[–-]\d+)?\.?$")
# A container's name, then after its comma a press: MLA's "UP" and "P" ("Oxford UP", "U of Chicago P") or a "Press".
_CONTAINER_THEN_PRESS = re.compile(r"([^,]{3,}), ((?:U|[A-Z][\w’'&.-]*)(?: (?:[A-Z][\w’'&.-]*|of|and|&))* (?:UP|P|Press))")


# The interviewer's credit after an interview's quoted title, before the periodical that printed it: MLA's "“The Art
# of Fiction No. 121.” Interview by Mary Morris. The Paris Review, ...", Chicago's "“Title,” interview by Jerome
# Brooks, Paris Review, ...".
_INTERVIEW_CREDIT = re.compile(r"(?<=[.,][”\"]) [Ii]nterview by ((?:[A-Z]\.\s?)*[A-Z][^,.;:()“”\"]+)[,.](?= )")


def _interview_in_periodical(source: str, clean: str, credit: re.Match, tagger) -> dict:
    """An interview printed in a periodical, its interviewer credited after the title: the rest is parsed without
    the credit (which the tagger ran into the periodical's name), the person interviewed the author."""
    item = _parse(clean[:credit.start()] + clean[credit.end():], tagger)
    item["interviewer"] = parse_names(credit.group(1))
    item["type"] = "interview"
    item["custom"] = item.pop("custom")
    item["custom"]["confidence"]["interviewer"] = 0.9
    item["custom"]["source"] = source
    return item


def _film(source: str, clean: str, credit: re.Match, tagger) -> dict:
    """MLA's "Title. Directed by Name, Studio, 2019.": a film by its director, the studio after the credit its
    publisher. A title alone before the credit and the studio and date alone after it are read as such (the
    tagger takes a one-word title, "Roma. Netflix, 2018.", for a name); else the rest is parsed without the
    credit, which the tagger ran into the title."""
    head, tail = clean[:credit.start()], clean[credit.end():]
    cast = _PERFORMANCES.match(tail)  # "performances by Song Kang-ho and Choi Woo-shik," : kept in note
    tail = tail[cast.end():] if cast else tail
    imprint = _STUDIO_AND_DATE.fullmatch(tail)
    date = parse_date(imprint.group(2)) if imprint and ". " not in head.strip() else None
    if date and "date-parts" in date:
        item = {"type": "motion_picture", "title": head.strip(" .“”\""), "publisher": imprint.group(1), "issued": date,
                "custom": {"confidence": {"title": 0.9, "publisher": 0.9, "issued": 0.99, "type": 0.9}, "review": False}}
    else:
        item = _parse(head + tail, tagger)
    if cast:
        add_note(item, cast.group(1))
    item["director"] = parse_names(credit.group(1))
    item["type"] = "motion_picture"
    studio = next((f for f in ("container-title", "publisher-place") if f in item), None)
    if studio and "publisher" not in item:
        _move(item, item["custom"]["confidence"], studio, "publisher")
    item["custom"]["source"] = source
    return item


def _names_key(family: str, rest: str) -> bool:
    """Does the entry after a citation key open with the key's first family name, in its first five words (after the
    given names, "E. Ostrom", "Kirsten Hastrup", or before them)? Then the key repeats the names it is made of."""
    return re.search(rf"(?<!\w){re.escape(family)}(?!\w)", " ".join(rest.split()[:5])) is not None


def _cue_led(source: str, cue: str, work: str, tagger, after: bool = False) -> dict:
    """The work after a note's cue, parsed as the page reader parses it (``strip_cue``); the
    cue is kept in ``note``, where it was lost into the author or title. With ``after``, ``cue``
    is the rest of the note after the work (the other works a ";" joined to it)."""
    item = _parse(work, tagger)
    note = item.pop("note", None)
    if after and note:
        add_note(item, note)
    add_note(item, cue.strip(" ,:;"))
    if note and not after:
        add_note(item, note)
    item["custom"]["source"] = source
    return item


def _first_of_works(text: str, pieces: list[str]) -> str | None:
    """"Hale, Patronal Politics (New York: ..., 2015), pp. 9–13; Levitsky and Way, Competitive ... (...,
    2010), p. 5.": the first of the works a note joins by ";", where the page reader cuts it too
    (both sides read as whole references, dated, or a whole one and a short form, "...; and Golosov,
    “Governors’ Coattails,” 370."), so one item is not made of two."""
    if len(pieces) < 2 or text[len(pieces[0]):len(pieces[0]) + 1] != ";":
        return None
    first, second = pieces[:2]
    whole = classify(first) == REFERENCE and is_complete(first) and (
        classify(second) == REFERENCE and is_complete(second) or classify(second) == POINTER)
    return first if whole else None  # not ACS's "Zhang, Y.; Li, H. Title. J. Am. Chem. Soc. 2020, ..."


# A note opening with a pointer ("Ibid., 45.", "Op. cit."), which may be followed by the work it goes on to cite.
_OPENS_WITH_POINTER = re.compile(r"(?:ib[ií]d|idem|id\.|ders\.|dies\.|op\.\s?cit|там же|ebd\.|ebenda|tamtéž|tamże)", re.I)
# A note naming an author, "op. cit." and a locator (a volume before it) and nothing else: GOST's "Фёдорова Т. Н.
# Указ. соч. С. 112." ("... Указ. соч. Т. 2. С. 5.") and "Kotkin S. Op. cit. P. 62." as "Kotkin, op. cit., 62." is, a
# pointer to the author's work cited before, no work of its own (the tagger had read "Указ. соч" as a decree's title).
# The Bluebook's "Bhatt, supra note 12, at 903–04." names the note the work is in before the locator.
_NAMED_OPCIT = re.compile(rf"{_OPCIT.pattern}(?:,?\s+(?:note|n\.)\s*\d+)?\.?\)?(?:,?\s*(?:[ТT]|[Vv]ol|Bd)\.\s*[\dIVX]+\.?)?(?:,?\s*{_LOCATOR})?\.?", re.I)


# What may stand between and after a pointer's author-date citations: commas, "and", a page or a chapter.
_CITATION_GLUE = re.compile(r"(?:[\s,;.]|\band\b|&|\b(?:pp?|chap|ch)\.\s*\d+(?:[–-]\d+)?|\b\d+(?:[–-]\d+)?)*")


def _only_citations(text: str) -> bool:
    """"See also Flikke (2009).", "For more information see Kazantsev (2008), Nikitina (2009).", "See (Flikke, 2009),
    45.": a cue and nothing after it but the author-date citations of works cited in full elsewhere, no work of its
    own (a work after the cue, "См. об этом: Микоян А. И. Так было ... 1999.", is read as one)."""
    cue = _POINTER_CUE.match(text)
    if not cue or "(" not in text:
        return False
    body = text[cue.end():]
    rest = _PAREN.sub("", _NARRATIVE.sub("", body))
    return rest != body and bool(_CITATION_GLUE.fullmatch(rest))


def _may_name_opcit(text: str) -> bool:
    """Does the text hold what every _NAMED_OPCIT match holds ("op. cit", "loc. cit", "Указ. соч", "a. g. e.",
    "supra")? Tested before the fullmatch, whose lazy runs for the name tried every reference; the case-blind pattern
    takes a dotless "ı" and a dotted capital "İ" (lower-cased "i̇") for "i"."""
    low = text.lower()
    return "cit" in low or "указ" in low or "g." in low or "supra" in text or "cıt" in low or "ci\u0307t" in low


# AMA's "World Health Organization. Global Tuberculosis Report 2023. World Health Organization; 2023. Accessed ...":
# a publisher, ";" and the year open an imprint, no work of its own after a short form.
_PUBLISHER_YEAR = re.compile(rf"[A-Z][^.;:()]*;\s*{_YEAR}\.")


def _work_after_pointer(pieces: list[str]) -> str | None:
    """"Ibid., 45; on the closure of the border, see also ‘Title’, Eurasianet, 12 May 2020, URL." and
    "Cooley and Heathershaw, Dictators without Borders, 112; see also Alexander Cooley, Great Games ...
    (Oxford: ..., 2012), 78–80.": a pointer to a work cited before, then one whole work. The page reader
    cuts the note into both; parsed alone, the item is that work (its cue stripped), the pointer kept
    in note. It had been read as one work by 'Ibid' or by the short form's authors. So is the author's own
    remark before a cue and the work ("As Laruelle (2019a) notes, the term was never official; see Marlene Laruelle,
    ‘Title’, ..."), which the page reader keeps as the note's commentary."""
    if len(pieces) != 2:
        return None
    kind = classify(pieces[0])
    if not (kind == POINTER or kind == COMMENTARY and _POINTER_CUE.match(pieces[1])):
        return None
    work = strip_cue(pieces[1])  # "см. также: Иванов И. И. ...": the cue alone made it a pointer
    if ";" in work and _PUBLISHER_YEAR.match(work):
        return None
    return work if classify(work) == REFERENCE and is_complete(work) else None


def item_from_spans(segments: list[tuple[str, str]]) -> dict:
    """The CSL fields a gold segmentation [(text, tag)] stands for, through the same
    span-to-field rules as the parser, so held-out spans can be scored as fields."""
    item: dict = {}
    _fill(item, [(tag_, text, 1.0) for text, tag_ in segments], {}, " ".join(t for t, _ in segments))
    return item


_TITLE_DAY = re.compile(r",\s*" + _DAY_MONTH_TEXT + r"\.?$")


def _with_day_month(item: dict, day_month: str) -> dict | None:
    """The full date when ``day_month`` completes an issued date that is a bare year."""
    parts = (item.get("issued") or {}).get("date-parts") or []
    if len(parts) != 1 or len(parts[0]) != 1:
        return None
    date = parse_date(f"{day_month} {parts[0][0]}")
    return date if date and len((date.get("date-parts") or [[]])[0]) == 3 else None


def _day_month_in_title(item: dict) -> None:
    """Harvard "(2020) Trade policy review, 18 February." and "(2020) 'Title', The Conversation,
    14 May.": the day and month printed after the title or the periodical complete the year
    in brackets."""
    for key in ("title", "container-title"):
        m = _TITLE_DAY.search(item.get(key, ""))
        date = m and _with_day_month(item, m.group(1))
        if date:
            item["issued"] = date
            item[key] = item[key][:m.start()].rstrip()
            return
    # "BBC News (2022) 'Ukraine war: What we know', 24 February.": the day and month alone after the
    # quoted title, read as the periodical
    if _date_from_day_month(item, item.get("container-title", "")):
        del item["container-title"]


# "Стенографический отчет о заседании Государственной Думы 25 декабря 2020 г.", "Письмо ... в ЦК КПСС от 12 мая
# 1956 г.": a full Russian date closing the title, "от" ("of") before it belonging to the date
_TITLE_CLOSING_DATE = re.compile(rf",?(?:\s+от)?\s+(\d{{1,2}}\s+[а-яё]{{3,8}}\.?\s+{_YEAR})(?:\s*г\.?)?$")


def _date_closing_title(item: dict) -> None:
    """A dated record with no date of its own elsewhere (a sitting's transcript, a letter) is issued on the
    day its title ends with: the date leaves the title for ``issued``."""
    m = _TITLE_CLOSING_DATE.search(item.get("title", ""))
    date = m and parse_date(m.group(1))
    if date and len(date["date-parts"][0]) == 3 and m.start() > 10:
        item["issued"] = date
        item["title"] = rules.strip_end(item["title"][:m.start()])  # "Декларация ... государств. 11 ноября 2022 г."


# GOST's multi-volume work with the volume's own title: "Сочинения : в 9 т. Т. 3. Курс русской истории. Ч. 3. – М. :
# Мысль, 1988.": the work's title and count, the volume's number, its title up to the imprint's dash (or a place
# with its colon or year)
_VOLUME_TITLE = re.compile(r":\s*в\s+\d+\s+(?:т|кн)\.\s+(?:Т|Кн)\.\s*([\dIVXLC]+)\.\s+([А-ЯЁA-Z][^/]*?)(?:\.\s+"
                           r"(?:[–—]\s|(?=[А-ЯЁA-Z][а-яёa-z]*\.?\s?:\s|[А-ЯЁA-Z][а-яёa-z]*\.?,\s+(?:1[5-9]|20)\d\d\b))"
                           # ... or up to the statement of responsibility: "Т. 3. Конец 1930–1933 / под ред."
                           r"|\s/\s)")


def _volume_title(item: dict, confidence: dict, text: str) -> None:
    """A volume of a multi-volume book with its own title is the book's volume, that title its ``volume-title``:
    the tagger ran it into the work's title or read it as a journal."""
    m = _VOLUME_TITLE.search(text)
    if not m or "//" in text:
        return
    own = m.group(2)
    title = item.get("title", "")
    at = title.find(own[:20])
    if at > 0:
        item["title"] = re.sub(r"\.?\s*(?:Т|Кн)\.\s*[\dIVXLC]+\.?$", "", title[:at].rstrip())
    if item.get("container-title", "") in own:
        item.pop("container-title", None)
        confidence.pop("container-title", None)
    item["volume"] = m.group(1)
    item["volume-title"] = own
    confidence["volume"] = confidence["volume-title"] = 0.9


# German notes' volume of a work in volumes, after the work's title and a comma: "Deutsche Gesellschaftsgeschichte,
# Bd. 3: Von der ... 1849–1914", "Deutsche Geschichte 1866–1918, Bd. 1: Arbeitswelt und Bürgergeist" (and "Vol. 2: ...")
_VOLUME_AFTER_TITLE = re.compile(r"^(?P<work>.{3,}?),\s+(?:Bd|Vol)\.\s*(?P<volume>\d{1,2}|[IVX]{1,4})(?::\s+(?P<own>\S.*))?$")


def _volume_in_book_title(item: dict, confidence: dict) -> None:
    """A book's or a chapter's book's volume the tagger left in the title ("Title, Bd. 3: Volume Title"): the
    work's title, its ``volume`` and the volume's own title, ``volume-title``, as Chicago's "Vol. 1, Paradoxes of Power"."""
    key = "container-title" if "container-title" in item else "title"
    m = _VOLUME_AFTER_TITLE.match(item.get(key, "")) if "volume" not in item else None
    if not m:
        return
    item[key], item["volume"] = m.group("work"), m.group("volume")
    confidence["volume"] = confidence.get(key, 0.8)
    if m.group("own"):
        item["volume-title"] = m.group("own")
        confidence["volume-title"] = confidence["volume"]


# The hour a post went up, after its day in the Bluebook's bracket: "Lawfare (Nov. 21, 2019, 9:00 AM)", "(Mar. 3, 2022,
# 14:05 ET)"; kept in the note.
_CLOCK_IN_DATE = re.compile(r"(?<=\d),\s*(\d{1,2}:\d\d\s*(?:[AaPp]\.?\s?[Mm]\.?|[A-Z]{2,4})?)(?=\))")


def _newspaper_section(item: dict, confidence: dict, section: re.Match) -> None:
    """Citing Medicine's "Sect. A:1 (col. 4)" cut from the text before tagging: the section and the page it names,
    the column in the note."""
    if "page" in item:  # pages the tagger found elsewhere are not the section's
        add_note(item, item["page"])
    item["section"], item["page"] = section.group("section"), section.group("page")
    confidence["section"] = confidence["page"] = 0.9
    if section.group("column"):
        add_note(item, section.group("column"))


def _day_month_in_note(item: dict) -> None:
    """Notes style "Putin, V. (2011) 'Title', Izvestiya, 3 October.": a day and month left over
    at the end complete the year in brackets."""
    lines = item.get("note", "").split("\n")
    if _date_from_day_month(item, lines[-1]):
        set_note(item, "\n".join(lines[:-1]))


def _date_from_day_month(item: dict, text: str) -> bool:
    """Does ``text``, a day and month alone, complete the item's bare year? If so it is the date now. A press
    item's day may repeat the year (Chicago's "Kommersant. 2019. “Title.” March 4, 2019."); a journal's
    "Published ahead of print October 11, 2012." is no paper's issue of the day."""
    m = _DAY_MONTH.fullmatch(text)
    if not m and (not item.get("container-title") or is_outlet(item["container-title"])):
        m = _DAY_MONTH_YEAR.fullmatch(text)
        if m and [int(m.group(2))] != ((item.get("issued") or {}).get("date-parts") or [[]])[0]:
            return False
    date = m and _with_day_month(item, m.group(1))
    if date:
        item["issued"] = date
    return bool(date)


_DOCUMENT_WORD = re.compile(r"(?i)(?:treaty|agreement|convention|declaration|charter|protocol|statute|"
                            r"memorandum|resolution|decision|communiqu[eé]|joint statement|law|decree|"
                            r"договор|соглашение|декларация|устав|протокол|решение|закон|указ)\b")


# Cell Press's chapter: the book, its edition, then its editors closed by "ed."/"eds." and the publisher in brackets
# ("In Methods in Cell Biology, H.W. Detrich, M. Westerfield, and L.I. Zon, eds. (Academic Press), pp. 211–240.").
_EDITORS_BEFORE_PUBLISHER = re.compile(r"\bIn (?P<book>[^,()]+?)(?:, (?P<edition>\d+)(?:st|nd|rd|th) edn?\.?)?, "
                                       r"(?P<names>[^()]+?), eds?\. \((?P<publisher>[^()\d][^()]*)\)")


def _editors_before_publisher(item: dict, confidence: dict, text: str) -> None:
    """A chapter whose book names its editors after its title, as Cell Press prints it: the names are the editors,
    not part of the book's name, and the bracket after them holds the publisher (the tagger read one of them as
    an editor, or left "eds." in the note)."""
    match = _EDITORS_BEFORE_PUBLISHER.search(text)
    names = parse_names(match.group("names")) if match else []
    if not names or not all(name.get("family") and name.get("given") for name in names):
        return  # "In Smith, J., ed. (2001).": a book's own editor and year, no chapter's book
    item["type"], item["container-title"], item["editor"] = "chapter", match.group("book"), names
    place, colon, publisher = match.group("publisher").rpartition(": ")
    item["publisher"] = publisher
    if colon:
        item["publisher-place"] = place
    if match.group("edition"):
        item["edition"] = match.group("edition")
    if item.get("note", "").strip() in ("ed.", "eds."):
        del item["note"]
    for key in ("container-title", "editor", "publisher", "publisher-place", "edition"):
        if key in item:
            confidence[key] = 0.85


# The volume closing an edited book's name: "In Handbook of Labor Economics, Vol. 5, edited by ...".
_CLOSING_VOLUME = re.compile(r"(?i)(.+?)[,.]\s+(?:vol\.|volume)\s*(\d{1,3}[A-Z]?|[IVXLC]{1,6})")  # "Vol. 4B" too


def _edited_volume(item: dict, confidence: dict) -> None:
    """LNCS "Ferreira, J., Osei, K. (eds.): FM 2023. LNCS, vol. 14000. Springer, Cham (2023)": a whole
    edited volume cited alone; with editors, no author, no title and no pages, the name the tagger
    read as a container is the book's title. The volume closing the name of the book a chapter is in
    (Chicago's "In Handbook of Labor Economics, Vol. 5, edited by ...") is its volume."""
    if "title" not in item and "author" not in item and "editor" in item and "page" not in item \
            and "container-title" in item:
        _move(item, confidence, "container-title", "title")
    closing = _CLOSING_VOLUME.fullmatch(item.get("container-title", "")) if "volume" not in item else None
    if closing:
        item["container-title"], item["volume"] = closing.groups()
        confidence["volume"] = confidence.get("container-title", 0.8)


# The kind of an act, in English and transliterated: Russian, Ukrainian ("Postanova", "Rozporiadzhennia", "Nakaz",
# "Rishennia"), Romanian ("Hotărârea").
_ACT_KIND_WORDS = "Resolution|Decree|Order|Decision|Directive|Regulation|Law|Ordinance|Instruction"
_ACT_KIND_TRANSLIT_WORDS = ("Ukaz|Postanovlenie|Opredelenie|Prikaz|Rasporyazhenie|Zakon|Reshenie|Postanova|Rozporiadzhennia|Nakaz|"
                            "Rishennia|Hotărârea|Hotărîrea")
_ACT_KIND = re.compile(rf"^(?:{_ACT_KIND_WORDS})$")
_ACT_KIND_TRANSLIT = re.compile(rf"^(?:{_ACT_KIND_TRANSLIT_WORDS})$")
# ... lower case after a comma, capitalised as a sentence after the title (Polis: "Title. (2020). Approved by Decree ...")
_APPROVED_BY = re.compile(r"^([Aa]pproved|[Aa]dopted|[Ss]igned|[Rr]atified|[Ee]ndorsed|[Ii]ssued) by\s+(\S.*)$")
# A Russian References entry's act named by its kind and issuer, its date and number after it: "[Foreign Policy
# Concept of the Republic of Kazakhstan for 2020–2030]. Decree of the President of the Republic of Kazakhstan
# of 6 March 2020 no. 280." (the "of" before the date is left on the name).
_ISSUING_ACT = re.compile(rf"^((?:{_ACT_KIND_WORDS}|{_ACT_KIND_TRANSLIT_WORDS})\s+of\s+the\s+.+?)(?:\s+of)?$")


def _approving_act(item: dict, confidence: dict) -> None:
    """"‘Energy Strategy ... until 2030’, approved by Government Decision No. 102, 5 February 2013":
    the act or body that approved a document, with the act's number, is no journal and issue; it is
    kept as the document's publisher and number, the verb in the note (as "approved by Decree of the
    President ... No. NH-308-N" is read)."""
    approved = _APPROVED_BY.match(item["container-title"])
    act = None if approved else _ISSUING_ACT.match(item["container-title"])
    if not (approved or act and "issue" in item and "publisher" not in item) or "volume" in item or "page" in item:
        return
    item.pop("container-title")
    confidence.pop("container-title", None)
    item["publisher"] = approved.group(2) if approved else act.group(1)
    if "issue" in item:
        _move(item, confidence, "issue", "number")
    if approved:
        add_note(item, f"{approved.group(1)} by")


# The book's imprint run into its title: "... Perspectives. Bristol: E-International Relations".
# A Chinese or Japanese imprint the tagger ran into the title's last sentence or read as one publisher: "北京: 北京大学出版社",
# "北京大学出版社, 北京", "北京, 北京大学出版社", "東京: 岩波書店" (the press named by 出版 or 书店/書店 in its name).
_CJK_PLACE = r"[\u3040-\u30ff\u3400-\u9fff]{1,8}"
_CJK_PRESS = r"[\u3040-\u30ff\u3400-\u9fff]*(?:出版|[書书]店)[\u3040-\u30ff\u3400-\u9fff]*"
_CJK_IMPRINT = re.compile(rf"(?:(?P<place>{_CJK_PLACE})\s?[:：,]\s?)?(?P<publisher>{_CJK_PRESS})"
                          rf"(?:,\s?(?P<after>{_CJK_PLACE}))?")


def _cjk_imprint(item: dict, confidence: dict) -> None:
    """"林毅夫. (2012). 新结构经济学. 北京: 北京大学出版社.", "林毅夫. 新结构经济学. 北京: 北京大学出版社; 2012.": a Chinese press (its
    name holds 出版 or 书店) and the town before its colon, or after its comma, are the imprint, not the title's last
    sentence nor one publisher; the tagger, which splits at spaces, takes a Chinese title and imprint as one."""
    if "publisher" in item:
        imprint, title = _CJK_IMPRINT.fullmatch(item["publisher"]), None
    else:
        title, _, last = item["title"].rpartition(". ")
        imprint = _CJK_IMPRINT.fullmatch(last)
    if not imprint or imprint.group("place") and imprint.group("after") or title == "":
        return
    if title is not None:
        item["title"] = title
        confidence["publisher"] = confidence.get("title", 0.7)
    item["publisher"] = imprint.group("publisher")
    place = imprint.group("place") or imprint.group("after")
    if place:
        item["publisher-place"] = place
        confidence["publisher-place"] = confidence.get("publisher", 0.7)


_IMPRINT_ALONE = re.compile(r"(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}):\s+(?P<publisher>[A-Z][^:.]{1,60}?)[.,]?")
_CONTAINER_IMPRINT = re.compile(r"^(?P<title>.*\S)\.\s+(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}):\s+"
                                r"(?P<publisher>[A-Z][^:.]{1,60}?)[.,]?$")


def _book_title_key(item: dict) -> str:
    """Where a book's own title is: a chapter's or paper's book is its container."""
    return "container-title" if item["type"] in ("chapter", "paper-conference") else "title"


def _series_before_imprint(item: dict, confidence: dict, text: str) -> None:
    """MDPI's "Eds. Title; The Handbook of Environmental Chemistry; Springer: Cham, Switzerland, 2018": the part
    between the book's title and its "Publisher:", each closed by a semicolon, is the series it is in."""
    key = _book_title_key(item)
    head, semicolon, series = item[key].rpartition("; ")
    if series[:1].isupper() and len(series.split()) <= 12 \
            and re.search(re.escape(series) + r";\s+" + re.escape(item["publisher"]) + ":", text):
        item[key], item["collection-title"] = head, series
        confidence["collection-title"] = confidence.get(key, 0.7)


def _imprint_in_container(item: dict, confidence: dict) -> None:
    """Harvard "'Title', in Editor, A. (eds) Book Title. Bristol: E-International Relations, pp. 12–24.":
    a known place and a name after the book title's full stop are its imprint, not part of the title."""
    m = _CONTAINER_IMPRINT.match(item["container-title"])
    if not m or "publisher-place" in item or not _is_city(m.group("place")):
        return
    item["container-title"] = m.group("title")
    item["publisher-place"], item["publisher"] = m.group("place"), m.group("publisher")
    confidence["publisher-place"] = confidence["publisher"] = confidence.get("container-title", 0.7)


# Springer's book or proceedings imprint after its title, with no colon: "In: Guyon I et al (eds) Advances in neural
# information processing systems 30. Curran Associates, Red Hook, pp 5998-6008", "In: Proceedings of ... data
# mining. ACM, pp 785-794". The title's last word before the stop is a word or a number, not an abbreviation.
_CONTAINER_PUBLISHER_PLACE = re.compile(r"^(?P<title>.*(?:\w{4}|\d))\.\s+(?P<publisher>[A-Z][^.,:;()]{0,60}?)"
                                        r"(?:,\s+(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}))?$")


def _springer_imprint_in_container(item: dict, confidence: dict) -> None:
    """A chapter's or paper's book title followed by "Publisher, Place" or a publisher alone (Springer's basic
    style): the publisher must read as one (a publisher's word, a body, an acronym such as ACM or IEEE) or
    stand before a known town."""
    m = _CONTAINER_PUBLISHER_PLACE.match(item["container-title"])
    if not m or len(m.group("title").split()) < 2 or any(ch.isdigit() for ch in m.group("publisher")):
        return
    publisher, place = m.group("publisher"), m.group("place")
    acronym = _ACRONYM.fullmatch(publisher) and publisher.strip("IVXLC")  # "ACM", not a volume's "VI"
    if not (_PUBLISHER_WORD.search(publisher) or acronym or corporate_name(publisher)
            or place and _is_city(place)):
        return
    item["container-title"], item["publisher"] = m.group("title"), publisher
    confidence["publisher"] = confidence.get("container-title", 0.7)
    if place:
        item["publisher-place"] = place
        confidence["publisher-place"] = confidence["publisher"]


# Harvard's series in brackets after the publisher ("London: Routledge (Central Asian Studies).",
# "Pittsburgh: University of Pittsburgh Press (Russian and East European Studies, 12)."), which the
# tagger runs into the publisher or leaves as a note, with the rest of a name it cut after its first
# word ("Cambridge: Cambridge University Press (Problems of International Politics).").
_PUBLISHER_REST = re.compile(r"(?:University\s+)?Press|Publishers?|Publishing(?:\s+(?:House|Group|Company))?|Books|Verlag")
_SERIES_IN_BRACKETS = re.compile(r"(?:^|\s)\((?P<series>[A-ZÀ-ÞА-ЯЁ][^()\d]*?\s[^()\d]+?)(?:[,;]?\s+"
                                 r"(?:(?:[Nn]os?|[Vv]ol|[Tt]|Bd|т|[Вв]ып)\.\s*)?(?P<number>\d+))?\)\.?$")


# German notes' numbered series in brackets after the imprint's year: "Bremen 2003 (Arbeitspapiere und Materialien der
# Forschungsstelle Osteuropa, Nr. 47), S. 11–29.", "München 1998 (= Studien zur Zeitgeschichte, Bd. 55)"; the comma
# before the number tells it from APA's report number after a title's years ("2010–2019 (Research Report No. 42)"). A
# series' name may hold an ordinal: "Göttingen: Wallstein 2017 (Beiträge zur Geschichte des 20. Jahrhunderts, Bd. 21)".
_NUMBERED_SERIES_AFTER_YEAR = re.compile(r"(?<=\b1[5-9]\d\d|\b20\d\d)\s+\((?:=\s*)?(?P<series>[A-ZÄÖÜ](?:[^()\d]|\d{1,2}\.\s)"
                                         r"{3,120}?),\s+"
                                         r"(?:Nr|Bd|Band|H|Heft|[Vv]ol|[Nn]o)\.?\s*(?P<number>\d+)\)")


def _series_after_publisher(item: dict, confidence: dict) -> None:
    """A book's series in brackets after its imprint is the collection-title (its number the
    collection-number); a press item's "Deutsche Welle (Russian Service)" is never seen here."""
    first, _, others = item.get("note", "").partition("\n")
    series = _SERIES_IN_BRACKETS.search(first)
    head = (first[:series.start()] if series else first).strip(" .")
    if item["publisher"][-1:].isalpha() and (series and not head or _PUBLISHER_REST.fullmatch(head)):
        if head:
            item["publisher"] = f"{item['publisher']} {head}"
        set_note(item, others)
    else:
        series = _SERIES_IN_BRACKETS.search(item["publisher"])
        if not series or series.start() == 0:
            return
        # GOST's "Питер, 2016. – 496 с. – (Series)", which the tagger joined to the publisher: the comma before the
        # year is no part of the publisher's name
        item["publisher"] = item["publisher"][:series.start()].rstrip(" ,;")
    if not series or "collection-title" in item:
        return
    item["collection-title"] = series.group("series")
    confidence["collection-title"] = confidence.get("publisher", 0.7)
    if series.group("number"):
        item["collection-number"] = series.group("number")


# A day and month (or month and day) opening a date: "29 May 2014", "29.05.2014", "May 29, 2014".
_DATE_AFTER_OF = re.compile(r"\s+(?:\d{1,2}(?:\s+[A-ZА-ЯЁ]|\.\d)|[A-Z][a-z]{2,8}\.?\s+\d)")


_OF_DAY_MONTH_CLOSING = re.compile(r" of (\d{1,2} ([A-Z][a-z]+))$")  # a title closing on " of 29 December"


def _title_dated_by_of(item: dict, confidence: dict, clean: str) -> None:
    """"Treaty on the Eurasian Economic Union of 29 May 2014": the "of" before a document's full
    date belongs to the date, not to the title. No field ends in that "of": a name the tagger cut in
    two before it ("Agreement on the Establishment of the Eurasian" + publisher "Development Bank of")
    is one title, and so is an act whose name goes on after its date; a day and month left in the
    title complete the date."""
    authors = item.get("author", [])
    if "title" not in item and len(authors) == 1 and authors[0].get("literal", "").endswith(" of"):
        # "Law of the Republic of Kazakhstan on Languages of 11 July 1997": no body's name ends in "of"
        item["title"] = item.pop("author")[0]["literal"]
        _conf(confidence, "title", confidence.pop("author", 0.7))
    title = item.get("title", "")
    person = authors[0] if len(authors) == 1 and "title" in item else {}
    # "Declaration of 12 June 1990 on State Sovereignty ...": a word and "of" read as a person's name
    printed = f"{person['given']} {person['family']}" if person.get("family") == "of" and "given" in person else ""
    for field, rest in (("publisher", item.get("publisher", "")), ("container-title", item.get("container-title", "")),
                        ("author", printed)):
        if title and rest.endswith(" of") and rest[:1].isupper() and f"{title} {rest}" in clean:
            title = f"{title} {item.pop(field)}"
            confidence.pop(field, None)
            break
        # "Federal Law of 29 December 2012 No. 273-FZ “On Education ...”": an act's kind, its date and the
        # number and name after them are one title (as in "Federal Law of 07.07.2003 No. 126-FZ ..."), no journal
        act = re.search(re.escape(rest) + r"(?:\s+\S+){1,3}?\s+[\"“«]?" + re.escape(title) + r"[\"”»]?", clean) \
            if title and rest.endswith(" of") and rest[:1].isupper() else None
        if act and _DATE_AFTER_OF.match(act.group()[len(rest):]):
            title = act.group()
            item.pop(field)
            confidence.pop(field, None)
            break
    day = _OF_DAY_MONTH_CLOSING.search(title)
    year = (item["issued"].get("date-parts") or [[]])[0] if day and day.group(2).lower() in MONTHS else None
    year = year if year and len(year) == 1 else None
    full = parse_date(f"{day.group(1)} {year[0]}") if year and f"{title} {year[0]}" in clean else None
    if full and len(full.get("date-parts", [[]])[0]) == 3:
        # "Convention on the Legal Status of the Caspian Sea of 12 August 2018": the day the tagger left
        # in the title is the date's
        item["issued"] = full
        title = title[:day.start(1)].rstrip()
    if title.endswith(" of") and re.search(re.escape(title) + _DATE_AFTER_OF.pattern, clean):
        title = title[:-3]
    if title:
        item["title"] = title


# MLA 9's part of a book: after the quoted title, the book, its publisher and the year, then the pages.
_MLA_BOOK_PART = re.compile(r"[”\"]\s+(?P<book>[^,”\"]+), (?P<publisher>[^,”\"]+), (?:19|20)\d\d, pp?\. ")


def _mla_book_and_publisher(item: dict, confidence: dict, text: str) -> None:
    """MLA 9's poem or essay in a book with no editors, '"A Far Cry from Africa." Collected Poems, Faber and Faber,
    1986, p. 17.': two comma parts and a bare year between the quoted title and the pages are the book and its
    publisher (a journal's one name is followed by its volume or issue, a newspaper's by a day), whichever of the two
    the tagger read them all as."""
    match = _MLA_BOOK_PART.search(text)
    if not match or len(item.get("issued", {}).get("date-parts", [[]])[0]) != 1:
        return
    both = f"{match.group('book')}, {match.group('publisher')}"
    for key in ("container-title", "publisher"):
        if rules.strip_end(item.get(key, "")) == both and not ({"container-title", "publisher"} - {key}) & set(item):
            confidence.pop(key, None)
            item["container-title"], item["publisher"] = match.group("book"), match.group("publisher")
            confidence["container-title"] = confidence["publisher"] = 0.7


def _title_from_publisher(item: dict) -> None:
    """"Treaty on the Eurasian Economic Union, Astana, 29 May 2014": a notes-style document
    named by its kind is its title, not a publisher."""
    if "title" not in item and "author" not in item and _DOCUMENT_WORD.match(item.get("publisher", "")):
        item["title"] = item.pop("publisher")


def _conf(confidence: dict, field: str, p: float) -> None:
    confidence[field] = min(confidence.get(field, 1.0), p)


def _move(item: dict, confidence: dict, old: str, new: str, default: float = 0.7) -> None:
    """A value read into the wrong field goes to the right one, with its confidence."""
    item[new] = item.pop(old)
    confidence[new] = confidence.pop(old, default)


_DOI_LINK = re.compile(r"(?i)^\W*https?://(?:dx\.)?doi\.org/10\.")
_TRAILING_PLACE = re.compile(r"(?<=[.\]),])\s+((?:[A-ZА-ЯЁ][\w'’-]+\s?){1,3})$")
_ARXIV = re.compile(r"(?i)arxiv(?:\.org)?\s?:\s?(?:\d{4}\s?\.\s?\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?\s?/\s?\d{7})")
_NUMBERED_SERIES = re.compile(r"(.*\bSeries)\s+(\d+)")  # "ACS Symposium Series 1365"
_SERIES_AND_VOLUME = re.compile(r"(.+?),?\s+(?:vol|no)\.\s*(\d+)")  # AGU "Geophys. Monogr. Ser., vol. 170"
_ISSUE_BRACKET = re.compile(r"\(\w+\):")  # Vancouver's issue before the pages: "(8):"
_VANCOUVER_PAGE = re.compile(r"[A-Za-z]{0,2}\d+(?:[–-][A-Za-z]{0,2}\d+)?[.;,]?")  # "55.", "e1187.", "412-9;"
_HAS_INITIAL = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁ][a-zа-яё]?\.")
_COLLECTION = re.compile(r"(?i)^(.+?),?\s+(?:coll\.|collection|colecci[óo]n|col\.)\s*[«“\"]?\s*([^«»“”\"]+?)\s*[»”\"]?$")
# ABNT's rule (six underscores, or a long dash) standing for the name just given: "In: ______ (org.)."
_SAME_NAME_RULE = re.compile(r"(?:_{3,}|—{2,}|-{4,})[.,]?")
# ... and the Latin and German words for it opening the book's title: Chicago's "In Idem, Book.", "In: Ders., Buch."
_SAME_AUTHOR_WORD = re.compile(r"(?i)(?:idem|eadem|iidem|eaedem|ders\.|dies\.),?(?=\s)")
# ... and an editors' span that names the author so, or by German "ders." / "dies." (the same man, woman) and Latin
# "idem" / "eadem", before the role: "In: ______ (org.).", "In: ders. (Hrsg.):"
_SAME_PERSON_AS_EDITOR = re.compile(r"(?i)(?:(?:in|en|em|w|v|dans|\[w:\])\s*:?\s+)?(?:_{3,}|—{2,}|-{4,}|ders|dies|idem|"
                                    r"eadem)\.?,?\s*\((?:eds?|editors?|hrsg|hg|orgs?|coords?|dirs?|red|éds?)\.?\)[.,:]?$")
_ROLE_IN_BRACKETS = re.compile(r"(?i)^\((?:eds?|editors?|hrsg|hg|red|ред|coords?|orgs?|dir|éds?)\.?\)[.,:]?$")
_EDITOR_ROLE_END = re.compile(r"(?i)(?:,|\s)\s*\(?(?:eds?|editors?|hrsg|hg|red|ред|\(dir|\(éds?|\(a cura di|\(coords?|\(orgs?"
                              r"|\(sous la dir(?:\.|ection) de)"
                              r"\.?\)?[.,:]?$")
# "(Comp.)" in brackets, "comp." in lower case: "Smith, J., Comp. Polit. Stud." names a journal.
_COMPILER_ROLE_END = re.compile(r"(?:,|\s)\s*(?:\((?i:comps?|compilers?|compilador(?:es)?|сост)\.?\)"
                                r"|(?:comps?|compilers?|compilador(?:es)?|сост)\.?)[.,:]?$")
_LEADS_IN = re.compile(r"(?i)^\s*(?:in|в|dans|im)\b\s*:?")


def _access_date(text: str) -> dict | None:
    """The date in "accessed 20 June 2013" / "(дата обращения: 15.03.2021)" / DSTU's "(дата звернення: ...)"."""
    return parse_date(re.sub(r"(?i)дата\s+(?:обращения|доступа|звернення)", "", text))


def _translation_follows(groups: list, k: int) -> bool:
    """Does a bracketed translated title follow (past the original title and a bare year)?"""
    for label, span, _ in groups[k + 1:k + 4]:
        if label == "title" and span.startswith("["):
            return True
        if not (label == "title" or label == "date" and _BARE_YEAR.match(span.strip())):
            return False
    return False


_DOCUMENT_WORDS = frozenset("""charter treaty agreement convention declaration statute constitution protocol
memorandum communiqué communique doctrine decree directive resolution concept kontseptsiya deklaratsiya
déclaration traité accord
договор соглашение конвенция хартия устав декларация меморандум коммюнике
стенограмма стенографический stenographic""".split())  # a sitting's record: "Стенограмма заседания Государственной Думы"


_TREATY_WORDS = frozenset("treaty agreement convention protocol charter договор соглашение конвенция хартия устав".split())
# A Russian adjective's endings: a place's adjective before the kind ("Нахичеванское соглашение", "Шанхайская конвенция")
_RU_ADJECTIVE_END = ("ое", "ая", "ий", "ый", "ой")
# A record of a body's sitting, by the name its title opens with: "Minutes of the meeting of the supervisory board",
# "Protocol of the session of the Almaty city maslikhat", "Transcript of the evening plenary sitting".
_SITTING_RECORD = re.compile(r"(?i)(?:minutes|(?:verbatim\s+|stenographic\s+)?records?|transcripts?|protocols?)\s+of\s+"
                             r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|session|sitting|hearing)s?\b")


_COUNTRY_CODES = frozenset("USA UAE USSR UKR RUS GBR DEU FRA ITA ESP CHN JPN CAN AUS".split())


def _document_word(span: str) -> str | None:
    """The kind of document a name starts or ends with ("Treaty on ...", "CSTO Charter"); none
    for a name that merely contains the word ("North Atlantic Treaty Organization"), nor for one that ends with the
    document it is about ("Statement on the Trilateral Agreement")."""
    words = span.strip(" ,.;:").lower().split()
    if len(words) < 2:
        return None
    if words[0] in _DOCUMENT_WORDS:
        return words[0]
    if words[1] in _DOCUMENT_WORDS and words[0].endswith(_RU_ADJECTIVE_END) and not words[0].isascii():
        return words[1]  # "Нахичеванское соглашение о ...", "Самаркандская декларация ..."
    return words[-1] if words[-1] in _DOCUMENT_WORDS and _ABOUT_WORDS.isdisjoint(words[1:-1]) else None


# Words that make a document named at a title's end its subject: "Statement on the ... Agreement", "... of the Treaty".
_ABOUT_WORDS = frozenset("on about regarding concerning of to with against under".split())


def _relabel(groups: list) -> list:
    """Span labels the layout settles whatever the tagger said: names that end in "eds."
    are editors, in "comp." or "(сост.)" compilers; a second title after "In A. Editor (Ed.),"
    is the book it appeared in; a publisher-like span straight before "vol." is a periodical."""
    labels = [g[0] for g in groups]
    has_container = "container" in labels
    out = []
    body_title = False  # the container after a corporate author read as a title is the work's title
    for k, (label, span, p) in enumerate(groups):
        if body_title and label == "container":
            label, body_title = "title", False
            has_container = "container" in labels[k + 1:]
        elif (k == 0 and label == "title" and len(groups) > 1 and labels[1] == "container"
              and span.rstrip().endswith(",") and "author" not in labels and "editor" not in labels
              and span[:1] not in _CLOSER
              and (corporate_name(span.split(" ", 1)[0])
                   or not _DIGITS.search(span) and _calls_itself_report(groups[1][1].lower())
                   and corporate_name(span.rstrip().rstrip(",")))):
            # "Ministry of Labour ..., Annual Report 2019 (Nur-Sultan, 2020)": a body, then its title; a body known by
            # its last word too before a report ("Caspian Shipping Company, Annual Report 2021 (Baku, ASCO, 2022)")
            label, body_title = "author", True
        elif label in ("author", "editor") and ("omp" in span or "ост" in span) and _COMPILER_ROLE_END.search(
                span.rstrip()):
            label = "compiler"
        elif label == "author" and _EDITOR_ROLE_END.search(span.rstrip()):
            label = "editor"
        elif (label == "author" and k >= 2 and labels[k - 1] == "genre" and labels[k - 2] == "author"
              and k + 1 < len(groups) and labels[k + 1] == "date" and corporate_name(span.strip(" ,.;"))):
            label = "publisher"  # ACS's untitled thesis "Kumar, R. Ph.D. Thesis, University of Cambridge, 2015."
        elif (label == "author" and _translation_follows(groups, k) and not _HAS_INITIAL.search(span)
              and "," not in span and not corporate_name(span)
              and not (span.rstrip().endswith(".") and groups[k + 1][1].startswith("["))):
            # "Rossiiskii statisticheskii ezhegodnik. 2019 [Russian Statistical Yearbook]": a
            # References entry names its authors by initials; words with none before the
            # translation are the original title. One closed by a full stop right before the
            # translation is an author ("Rosstat. [Regions of Russia]").
            label = "title"
        elif (label == "title" and not has_container and k >= 2 and labels[k - 1] == "editor"
              and "title" in labels[:k - 1] and _LEADS_IN.match(groups[k - 1][1])):
            label = "container"
            has_container = True
        elif (label in ("publisher", "location") and not has_container and k + 1 < len(groups)
              and labels[k + 1] == "volume" and "title" in labels[:k]):
            label = "container"
            has_container = True
        elif (k == 0 and label in ("author", "publisher") and "title" not in labels
              and _document_word(span)):
            label = "title"  # "CSTO Charter, 7 October 2002", "Treaty on the Eurasian Economic Union, ..."
        elif (k == 0 and len(groups) > 1 and labels[1] == "date" and "author" not in labels and "editor" not in labels
              and (label == "publisher" or label == "container" and _BRACKETED_YEAR.match(groups[1][1].strip())
                   and len(groups) > 2 and labels[2] == "title")):
            # "World Bank (2019) Doing Business": Harvard's corporate author; a site's name before the year in
            # brackets and a title too ("Turkmenistan.ru (2019) Title. Available at: ..."), not a note's "Outlet,
            # 12 May 2020" nor a journal before its volume ("British Journal of Cancer (2004) 90, 515–521.")
            label = "author"
        elif (label == "container" and k + 1 < len(groups) and labels[k + 1] == "genre"
              and span[-1:].isalnum() and _series_named(groups[k + 1][1].rstrip(" ,.;:"))):
            # "‘Title’, Europe and Central Asia Report No. 262, 5 October 2020": the words run on into the series
            # word with no stop between name the series, they are no periodical
            label = "genre"
        out.append((label, span, p))
    return out


def _series_named(span: str) -> bool:
    """Does a span name a series of papers, with or without the paper's number ("Report", "Working Paper No. 3")?"""
    return bool(_SERIES_WORD.search(span) or _SERIES_NUMBER.match(span))


def _completes_year(issued: list, value: dict | None, span: str, text: str) -> bool:
    """Does a later date give the month or day of a bare publication year? "(2016) Title. December
    2016." and "‘Title’, Al Jazeera, 15 December 2016." do; "(2020). Global economic prospects, June
    2020." names an issue, "Published ahead of Print October 11, 2012" another event and MLA's
    "19 June 1998 <http://...>" the access: those stay notes."""
    parts = (value or {}).get("date-parts") or []
    if not (len(issued) == 1 and len(issued[0]) == 1 and len(parts) == 1 and parts[0][0] == issued[0][0]
            and _WHOLE_DATE.fullmatch(span.strip(" .,;:()"))):
        return False
    at = text.find(span)
    before, after = text[:at].rstrip()[-1:], text[at + len(span):].lstrip()[:1]
    return after != "<" and (before in ".();" or before == "," and len(parts[0]) == 3)


_EDITION_QUALIFIER = re.compile(r"(?i)" + rules.EDITION_QUALIFIERS
                                + r"|\b" + rules.ENGLISH_EDITION_QUALIFIERS
                                + r"|(?<=,\s)" + rules.GERMAN_EDITION_QUALIFIER
                                + r"(?:\s*(?:,|und|u\.)\s*" + rules.GERMAN_EDITION_QUALIFIER + ")*")
_ONLY_INITIALS = re.compile(r"(?:\w\.\s?-?)+")
# Russian "пер. с англ.", "перевод с английского"; Ukrainian and Belarusian "пер. з англ.", "переклад з англійської",
# "пераклад з англійскай"
_TRANSLATED = re.compile(r"(?i)^\W*(?:пер\.|перевод|переклад|пераклад|translated|trans\.)")
_FROM_LANGUAGE = re.compile(r"(?i)^\W*((?:пер\.|перевод|переклад|пераклад)\s+[сз]\s+[\w.-]+)")


def _spell_out(item: dict, names: list[dict]) -> dict:
    """Authors known by initials whom a GOST statement names in full ("Норт, Д. ... / Дуглас Норт",
    "/ Волков Андрей Сергеевич") take the full given names; returns the authors by family name."""
    known = {(n.get("family") or n.get("literal") or "").lower(): n for n in item.get("author", [])}
    for name in names:
        author = known.get((name.get("family") or "").lower())
        given, full = (author or {}).get("given", ""), name.get("given", "")
        if author and _ONLY_INITIALS.fullmatch(given) and len(full) > len(given) and full[:1] == given[:1]:
            author["given"] = full
    return known


def _responsibility(item: dict, statement: str, confidence: dict) -> None:
    """A GOST statement of responsibility after the heading's author: the translator it names
    ("/ пер. с англ. Н. Н. Любимова"), or co-authors the heading left out ("Петров, А. В. ... /
    А. В. Петров, С. Н. Смирнова"); the heading's author repeated there adds nothing. A " ; "
    starts another group of responsibility ("/ Дуглас Норт ; перевод с английского ...")."""
    for k, part in enumerate(re.split(r"\s;\s", statement)):
        if k and (corporate_name(part) or any(len(w) > 2 and w.isupper() for w in part.split())):
            # "/ Ахмедов Рустам Ринатович ; МГИМО МИД России": the body after the names, a thesis's
            # university, publishes the work
            if "publisher" not in item:
                item["publisher"] = _publisher_stop(rules.strip_end(part), part)  # "Белорус. гос. с.-х. акад."
                _conf(confidence, "publisher", 0.8)
            continue
        names = parse_names(part)
        if _TRANSLATED.match(part):
            if names and "translator" not in item:
                item["translator"] = names
                _conf(confidence, "translator", 0.9)
            source_language = _FROM_LANGUAGE.match(part)
            if source_language:
                add_note(item, source_language.group(1))  # "перевод с английского": what it was translated from
            continue
        known = _spell_out(item, names)
        item["author"] = item.get("author", []) + [
            n for n in names if (n.get("family") or n.get("literal") or "").lower() not in known
            and not _INITIAL_TOKEN.match(n.get("family", "X."))]  # a part of a name cut off: nothing new


# ACM "Article 412, 15 pages", "pp. 12-19, 8 pages": where the article is and how long it is, one
# pages span to the tagger, cut at the comma before the count.
_PAGES_AND_COUNT = re.compile(r"(?i),\s*(?=\d+\s+pages\b)")
# A pinpoint after an article's page range: "pp. 508–24, p. 512", "pp. 508–24 (p. 512)": the page cited, for note.
_PINPOINT_AFTER_RANGE = re.compile(r"(?i)^(.*\d\s*[‐‑–—-]\s*\d+)(?:,\s*|\s*\()((?:at\s+)?pp?\.\s*\d+(?:\s*[‐‑–—-]\s*\d+)?)\)?[.,;]?$")
# German notes' words around the page cited: "hier S. 89" (here, within a work's pages), "S. 200 f." and "S. 80 ff."
# (and the following page(s)); the page is the number, the words go to note.
_HERE_AND_FOLLOWING = re.compile(r"^(hier\s+)?(S\.\s*\d+(?:\s*[‐‑–—-]\s*\d+)?)(?:\s?(ff?\.?))?[.,;]?$")
# GOST's illustration statement after the count of pages: "648 с. : ил.", "312 с. : 24 ил., табл.".
_ILLUSTRATIONS = re.compile(r"\s*:\s*((?:\d+\s*)?(?:ил|табл|граф|карт|схем|портр|фот|цв)\b.*)$")


# A film's or a show's credit in brackets after the names (APA): "(Director)", "(Executive Producers)", "(Writer)".
# The host's role word after the names, MLA's "Koenig, Sarah, host." and Chicago's "Ira Glass, host,".
_HOST_ROLE_WORDS = frozenset({"host.", "host,", "hosts.", "hosts,"})
_HOSTED = re.compile(r"(?:\d{1,4}\.\s+)?[^.“”\"]{2,80}?, hosts?[.,] [“\"‘]")  # "Name, host. “Episode.” ..."
_HOST_AFTER_NAMES = re.compile(r",\s*(hosts?)[.,]?$")
_CREDIT_ROLE = re.compile(r"\s*\(((?:Executive\s+)?Producers?|Directors?|Writers?|Creators?|Narrators?|Composers?|Performers?|"
                          r"Photographers?|Artists?|Speakers?)\)\.?$")


# A paper's own number after the proceedings' name (not a series': "Working Paper No. 3" has no comma before "Paper")
_PAPER_IN_PROCEEDINGS = re.compile(r",\s+Paper\s+(?:No\.|Number)\s*([A-Z0-9][\w.-]*\d[\w-]*)\.?$")


def _fill(item: dict, groups, confidence: dict, text: str) -> None:
    notes = []
    by_label: dict[str, list[tuple[str, float]]] = {}
    previous = ""
    statements = []  # GOST statements of responsibility after "/", when the authors came first
    for label, span, p in _relabel(groups):
        # GOST repeats the authors after the title ("... : монография / В. П. Орлов"): the
        # statement after "/" is not a second author list, but may name more people (below).
        if label == "author" and "author" in by_label and (previous.endswith("/") or span.startswith("/")):
            statements.append(span)
        else:
            by_label.setdefault(label, []).append((span, p))
        previous = span

    def joined(label):
        parts = by_label.get(label, [])
        return " ".join(s for s, _ in parts), (sum(p for _, p in parts) / len(parts) if parts else 0.0)

    for label in ("author", "editor", "translator", "compiler"):
        if label in by_label:
            span, p = joined(label)
            if span.startswith("(") and _closing_bracket(span) == len(span.rstrip(" .,;:")) - 1:
                span = span.rstrip(" .,;:")[1:-1]  # "(T.A. Börzel, T. Risse (eds))": the names the bracket holds
            if label == "editor" and item.get("author") and _SAME_PERSON_AS_EDITOR.match(span.strip()):
                # ABNT "In: ______ (org.).", German "In: ders. (Hrsg.):": the author edited the book
                item[label] = [dict(name) for name in item["author"]]
                _conf(confidence, label, p)
                continue
            host = _HOST_AFTER_NAMES.search(span) if label == "author" and "host" in span else None
            if host:  # the show's host is its author, the role kept in note as the other credits' are
                span = span[:host.start()]
                notes.append(host.group(1))
            role = _CREDIT_ROLE.search(span) if label == "author" and ")" in span else None
            if role:
                # APA's "Nolan, C. (Director).", "Gilligan, V. (Executive Producer).": the credit the bracket names;
                # a director is CSL's, the other credits stay the author's with the role kept in the note
                span = span[:role.start()]
                if role.group(1).lower().startswith("director"):
                    item["director"] = parse_names(span)
                    _conf(confidence, "director", p)
                    continue
                notes.append(role.group(1))
            language = _TRANSLATED_FROM_BY.match(span) if label == "translator" else None
            if language:
                notes.append(language.group(1))
                span = span[language.end():]
            both_roles = _TRANSLATED_AND_EDITED.match(span) if label == "editor" else None
            if both_roles:  # Chicago "Translated and edited by Paul Guyer and Allen W. Wood.": both, the same names
                span = span[both_roles.end():]
            names = parse_names(span)
            if both_roles and names and "translator" not in item:
                item["translator"] = [dict(name) for name in names]
                _conf(confidence, "translator", p)
            if label == "author" and _BODY_BEFORE_DATE.match(text) and text.startswith(span.rstrip(" .")):
                names = [{"literal": body_name(span)}]  # IEEE "Access Now. (2022). Title. [Online].": a body
            elif label == "author" and letter_form_body(span) and _company_by_form(text, span.strip(" ,.")):
                names = [{"literal": span.strip(" ,.")}]
            elif label == "author" and text.startswith(span.strip()) and is_outlet(span.strip(" .,")):
                # "Turkmenistan.ru (2019) Title.", "The Guardian (2020) 'Title'": a site by its domain, a paper
                names = [{"literal": span.strip(" .,")}]
            if names:
                item[label] = names
                _conf(confidence, label, p)
                if cut_short(span):
                    item.setdefault("custom", {}).setdefault("et-al", []).append(label)
            elif span.strip(" ,.;:"):
                notes.append(span)

    for statement in statements:
        _responsibility(item, statement, confidence)

    if "title" in by_label:
        span, p = joined("title")
        _title(item, span, confidence, p)
    if "container" in by_label:
        span, p = joined("container")
        value = _CONTAINER_TAIL.sub("", _CONTAINER_LEAD.sub("", span))
        if value[:1] == "(" and ")" not in value:
            value = value[1:]  # "Kodeks pracy (Dz.U. z 2023 r. poz. 1465).": the bracket holds more than the container
        same = _SAME_NAME_RULE.match(value.strip()) if "___" in value or "——" in value or "----" in value \
            else _SAME_AUTHOR_WORD.match(value.strip()) if value.lstrip()[:1] in "IiEeDd" else None
        if same and value.strip()[same.end():same.end() + 1] == " " and item.get("author"):
            # ABNT "In: ______. A morte é uma festa.", Chicago's "In Idem, Book.": the book is the author's own whole work
            item["container-author"] = [dict(name) for name in item["author"]]
            value = value.strip()[same.end():]
        value = rules.strip_end(rules.strip_quotes(rules.strip_end(value)))
        value = _abbreviation_stop(value, span, text)
        described = _DESCRIPTOR_LEAD.match(value)
        if described:  # APA "... [Tweet]. Twitter.": the bracket the tagger ran into the container says what the work is
            item.setdefault("genre", described.group(1))
            value = value[described.end():]
        value = (item.pop("container-title", "") + " " + value).strip()  # a head cut from the title
        lowered = value.lower()
        online = _ONLINE_FIRST.search(value) if any(cue in lowered for cue in _ONLINE_FIRST_CUES) else None
        if online and not value[online.end():].strip():
            # "Emotion. Advance online publication.": the journal, and the words say where the article stands (CSL's
            # status; one already read keeps them in the note)
            words = online.group(0).strip(" .,;")
            if "status" in item:
                item["note"] = (item.get("note", "") + "\n" + words).strip()
            else:
                item["status"] = words.lower()
                _conf(confidence, "status", p)
            value = rules.strip_end(value[:online.start()])
        posted = _PREPRINT_POSTED.search(value) if "osted online" in value else None
        if posted:
            item.setdefault("genre", "Preprint")
            server = value[:posted.start()].strip()
            if server and "publisher" not in item:
                item["publisher"] = server
                _conf(confidence, "publisher", p)
            value = "" if "publisher" in item else server
        paper = _PAPER_IN_PROCEEDINGS.search(value) if "Paper" in value and "number" not in item else None
        if paper:  # ASME's "Proc. ASME 2020 ... Exposition, Paper No. IMECE2020-23456": the paper's number there
            item["number"] = paper.group(1)
            _conf(confidence, "number", p)
            value = value[:paper.start()]
        server, _, described = value.partition(" [")
        if described.lower() == "preprint]" and PREPRINT_SERVER.fullmatch(server):
            # Vancouver's "Title. bioRxiv [Preprint]. (2021).": the server, and the kind of work
            value = server
            item.setdefault("genre", "Preprint")
        if value:
            item["container-title"] = value
            _conf(confidence, "container-title", p)
    elif item.get("container-title", "").endswith("."):  # a head cut from the title, no more of the container after it
        item["container-title"] = rules.strip_end(item["container-title"])
    if "collection" in by_label:
        span, p = joined("collection")
        # "volume 989 of Lecture Notes in Computer Science": the "of" joins the volume to the series
        item["collection-title"] = rules.strip_end(re.sub(r"^of\s+", "", span.strip("() ")))
        _conf(confidence, "collection-title", p)
        numbered = _NUMBERED_SERIES.fullmatch(item["collection-title"]) \
            or _SERIES_AND_VOLUME.fullmatch(item["collection-title"])
        if numbered:  # "ACS Symposium Series 1365": the series and the book's number in it
            item["collection-title"], item["collection-number"] = numbered.groups()
            _conf(confidence, "collection-number", p)

    dates = by_label.get("date", [])
    order = [label for label, _, _ in groups]
    days_after_year = False
    first, last = (dates[0][0].strip(), dates[1][0].strip(" ,.;)")) if len(dates) == 2 else ("", "")
    if len(dates) == 2 and "original-date" not in item and (
            _YEAR_SENTENCE.fullmatch(first) or _BRACKETED_FIRST_YEAR.fullmatch(first)) \
            and re.fullmatch(_YEAR, last) and first.strip("(;.") < last \
            and "title" in order and "publisher" in order \
            and order.index("title") < order.index("date") < order.index("publisher"):
        # Chicago "Title. 1930. Reprint, London: Routledge, 2001.", MLA "Title. 1940. Hill and Wang, 1993.", a note's
        # "(1930; repr., London: Routledge, 2001)": a year standing as a sentence of its own after the title (or
        # opening the bracketed imprint), before the imprint and its later year, is the first edition's
        item["original-date"] = {"date-parts": [[int(first.strip("(;.")[:4])]]}
        _conf(confidence, "original-date", dates[0][1])
        dates = dates[1:]
    for span, p in dates:
        original = _ORIGINAL_YEAR.search(span)
        if original and "original-date" not in item:
            # "1988 [1895]", "(1990 [1867])": the year of the edition used, then the first edition's
            item["original-date"] = {"date-parts": [[int(original.group(2))]]}
            _conf(confidence, "original-date", p)
            span = span[:original.end(1)] + span[original.end():]
        original = _ORIGINAL_FIRST.match(span.strip())
        if original and "original-date" not in item:
            item["original-date"] = {"date-parts": [[int(original.group(1))]]}
            _conf(confidence, "original-date", p)
            span = span.strip()[original.end():]
        if span.lstrip().startswith("(blog)"):
            # Chicago's "Daily Nous (blog), April 20, 2020": the mark, read with the date, says what the site is (the
            # type reads it from the text); it is no words beside the date to keep
            span = span.lstrip()[6:].lstrip(",")
        value = parse_date(span)
        issued = (item.get("issued") or {}).get("date-parts") or []
        if value and "date-parts" in value and len(issued) == 2 and len(issued[0]) == 3 and (
                len(value["date-parts"]) == 1 and "event-date" not in item):
            # "2019 May 5-8; ... 2019." / "14–16 June 2010, ..., 18 June 2010": a range of days
            # is the event's; the single date after it is the publication's.
            item["event-date"] = item.pop("issued")
            item["issued"] = value
            _conf(confidence, "issued", p)
            continue
        if value and "date-parts" in value and "issued" not in item:
            item["issued"] = value
            _conf(confidence, "issued", p)
            if _words_beside_date(span, value):
                notes.append(span.strip(" ,;"))  # "2019 (Nur-Sultan, 2020), 17.": the date keeps its year; the words stay
        elif value and "issued" not in item and _NO_DATE.fullmatch(value.get("literal", "")):
            continue  # APA "(n.d.)", "s.d.", "o. J.", "б. г.": no date; styles print their own mark
        elif value and "issued" not in item and value.get("literal", "").lower() in ("in press", "forthcoming"):
            item["status"] = value["literal"].lower()  # "(in press)": not out yet; CSL's status, which styles print
            _conf(confidence, "status", p)
            continue
        elif value and _BARE_PAGE_NUMBER.fullmatch(value.get("literal", "")):
            notes.append(span.strip(" ,;."))  # a note's short form "Smith, Title, 5.": a page cited, never a date
        elif value and "issued" not in item:
            item["issued"] = value
            _conf(confidence, "issued", min(p, 0.6))
        elif (value and len(issued) == 1 and len(issued[0]) == 1 and len(value.get("date-parts", ())) == 1
              and value["date-parts"][0][0] == issued[0][0] and span.lstrip().startswith("(")):
            item["issued"] = value  # ACM "2008. ... 51, 1 (January 2008)": the issue's date, month and all
        elif value and value == item.get("issued"):
            # "... ezhegodnik. 2019 [...]. Moscow, Rosstat Publ., 2019": the year said twice; words
            # beside it ("( May20 Supplement ), 2009") stay
            if _words_beside_date(span, value):
                notes.append(span.strip(" ,;"))
        elif _completes_year(issued, value, span, text):
            item["issued"] = value
        elif span.lstrip()[:1] == "(" and (day := _DAY_MONTH.fullmatch(span.strip(" .,;:()"))) \
                and (date := _with_day_month(item, day.group(1))):
            item["issued"] = date  # GOST "2021. – № 45 (9 нояб.).": the newspaper's day completes the year
        elif (len(issued) == 1 and len(issued[0]) == 1 and value
              and value.get("literal", "").lower() in MONTHS):
            issued[0].append(MONTHS[value["literal"].lower()])  # "(2008) ..., 60, 6, August.": the issue's month
        elif (value and len(value.get("date-parts", ())) == 2 and len(value["date-parts"][0]) == 3
              and len(issued) == 1 and issued[0][:1] == value["date-parts"][0][:1] and "event-date" not in item):
            # Harvard "(2019) 'Title', Conference. Ljubljana, Slovenia, 18–20 September 2019.": after the year
            # of issue, a range of days that year is the event's
            item["event-date"] = value
            _conf(confidence, "event-date", p)
            days_after_year = True
        elif (days := _DAYS_OF_MONTH.fullmatch(span.strip(" ,.;:"))) and len(issued) == 1 and len(issued[0]) == 1 \
                and "event-date" not in item and _CONF_RE.search(text.lower()):
            # ASME "2019, “Title,” Proc. ... Conference, San Antonio, TX, July 14–19, Paper No. ...": after the year of
            # issue, a month's range of days with no year is the meeting's, in that year
            month = MONTHS[(days.group(1) or days.group(6)).lower().rstrip(".")]
            first, last = (days.group(2), days.group(3)) if days.group(1) else (days.group(4), days.group(5))
            item["event-date"] = {"date-parts": [[issued[0][0], month, int(first)], [issued[0][0], month, int(last)]]}
            _conf(confidence, "event-date", p)
            days_after_year = True
        elif span.strip(" ,.;:()"):
            notes.append(span.strip(" ,;"))

    # "Arthritis Res Ther 15: 108", "PLoS Negl Trop Dis 2, e303", "Proc. Natl. Acad. Sci. USA 1999, 96,
    # 9997–10002": the tagger ran a journal's volume and page together. With no span of the other
    # kind, the number before the colon or comma is the volume and the rest the page ("60, 6" is
    # volume and issue; a book's "12, 14-16" stays pages).
    # With no title (AAS "2019, ApJ, 870, 12, doi: ...", MNRAS "2018, MNRAS, 478, 4"), the styles that leave it out
    # print the volume and the first page or article number, never an issue alone: the short number is the page.
    untitled = "title" not in by_label and "container" in by_label
    for own, other in (("volume", "pages"), ("pages", "volume")):
        spans = by_label.get(own, [])
        both = len(spans) == 1 and other not in by_label and (
            _VOLUME_PAGE.fullmatch(spans[0][0].strip(" .,;"))
            or untitled and own == "volume" and _VOLUME_SHORT_PAGE.fullmatch(spans[0][0].strip(" .,;")))
        if both and (own == "volume" or "container" in by_label and "publisher" not in by_label):
            by_label["volume"], by_label["pages"] = [(both.group(1), spans[0][1])], [(both.group(2), spans[0][1])]
    # Physics' "Phys. Rev. D92, 074504 (2015)", "Nucl. Phys. B214, 285": the letter glued to the volume right after
    # the journal names the journal's section (Physical Review D), as it does printed apart ("Phys. Rev. D 92").
    volumes = by_label.get("volume", [])
    section = _SECTION_VOLUME.fullmatch(volumes[0][0].strip()) if len(volumes) == 1 and item.get(
        "container-title") and not re.search(r"\b[A-Z]$", item["container-title"]) else None
    if section and any(groups[k][1] == volumes[0][0] and groups[k - 1][0] == "container" for k in range(1, len(groups))):
        item["container-title"] += " " + section.group(1)
        by_label["volume"] = [(section.group(2), volumes[0][1])]
    # The tagger ran that volume into the journal ("Phys. Lett. B462 (1999) 211", "Phys. Rev. Lett.90 ,092501"): it
    # is the volume, and a number read as the volume after it ("Nucl. Phys. B602, | 317 (2001)") the page.
    # A bracket alone read as the volume ("Phys .Rev .C62 | ( | 2000)054903", the PDF copy's spaced year bracket) is
    # no volume; an issue's bracket alone ("Phys .Rev .B95 | ( 7)( 2017)075108") is the issue of that volume.
    journal = item.get("container-title", "")
    glued = _VOLUME_CLOSING.search(journal) if len(volumes) <= 1 and _ends_in_digit(journal) else None
    bracket = bool(volumes) and volumes[0][0].strip() == "("
    issue = _ISSUE_BRACKET_ALONE.fullmatch(volumes[0][0].strip()) if volumes else None
    if glued and (not volumes or bracket or issue or "pages" not in by_label and volumes[0][0].strip(" ,.;").isdigit()):
        item["container-title"] = item["container-title"][:glued.start(2)]
        if volumes and not bracket and not issue:
            by_label["pages"] = [volumes[0]]
        by_label["volume"] = [(glued.group(2) + (" " + issue.group(1) if issue else ""),
                               confidence.get("container-title", 0.7))]
    for span, p in by_label.get("volume", []):
        parts = rules.volume_issue(span)
        year = parts.pop("year", None)
        if year and not parts and "date" in by_label:
            # "J. Phys.: Conf. Ser. 1531, 012045 (2020).": a volume numbered like a year, the work dated by another (the
            # number was lost under the date); or by the same year, Hindawi's "(2011). Title. Journal of Aging
            # Research, 2011, Article ID 345678, 9 pages.", the volume named for its year
            parts["volume"], year = year, None
        if "rest" in parts:
            notes.append(parts.pop("rest"))
        if year and "issued" not in item:
            item["issued"] = {"date-parts": [[int(year)]]}
            _conf(confidence, "issued", p)
        for key, value in parts.items():
            if value and key not in item:
                item[key] = value
                _conf(confidence, key, p)
            elif value and item[key] != value and key == "volume" and "issue" not in item and "pages" in by_label \
                    and re.search(rf"(?<!\S){re.escape(item['volume'])} \({_YEAR}\) {re.escape(value)},", text):
                # German "Zeitschrift für Heilpädagogik 25 (1974) 9, 576-608": the year, then the issue (Heft) before
                # the pages
                item["issue"] = value
                _conf(confidence, "issue", p)
            elif value and item[key] != value:
                notes.append(value)  # another number read as the volume ("289 ( 1992) 6"): kept, as the tagger read it

    page_spans = [(part, p) for span, p in by_label.get("pages", []) for part in _PAGES_AND_COUNT.split(span)]
    for span, p in page_spans:
        illustrations = _ILLUSTRATIONS.search(span) if ":" in span else None
        if illustrations:  # what the book holds besides text is kept, as printed, in the note
            notes.append(illustrations.group(1).rstrip(" –—-"))
            span = span[:illustrations.start()]
        pinpoint = _PINPOINT_AFTER_RANGE.match(span) if "p." in span[2:] else None
        if pinpoint:
            span = pinpoint.group(1)
            notes.append(pinpoint.group(2))
        marked = _HERE_AND_FOLLOWING.match(span) if "S." in span else None
        if marked and (marked.group(1) or marked.group(3)):
            span = marked.group(2)
            notes.extend(word.strip() for word in (marked.group(1), marked.group(3)) if word)
        key, value = rules.pages(span)
        if (key == "page" and value.isdigit() and int(value) <= 12 and value == span.strip(" .,;")
                and "issue" not in item and "volume" in item and by_label["volume"][-1][0].endswith(",")
                and span == groups[-1][1] and not untitled):
            # "Journal of Common Market Studies, 50, 1.": a last bare number up to 12 after the
            # volume is its issue (astronomy's "ApJ, 500, 57" keeps its page).
            key = "issue"
        if value and key not in item:
            item[key] = value
            _conf(confidence, key, p)
        elif value:
            notes.append(span)

    # A "number" with no digit in it ("... No. 19/242). IMF.") is the publisher that follows.
    wordy = [(span, p) for span, p in by_label.get("number", []) if not any(ch.isdigit() for ch in span)]
    if wordy:
        by_label["number"] = [pair for pair in by_label["number"] if pair not in wordy]
        by_label.setdefault("note" if "publisher" in by_label else "publisher", []).extend(wordy)
        if not by_label["number"]:
            del by_label["number"]
    places = by_label.get("location", [])
    trailing_place = "event-date" in item and _TRAILING_PLACE.search(item.get("container-title", ""))
    if trailing_place and not _ABBREV.match(item["container-title"][:trailing_place.start()].rsplit(" ", 1)[-1]):
        # "Proceedings of the conference "Europe and Russia"]. Kazan, 3–5 October 2017": the city
        # the tagger left on the proceedings is where the event was.
        item["event-place"] = trailing_place.group(1)
        item["container-title"] = rules.strip_end(item["container-title"][:trailing_place.start()])
    elif "event-date" in item and (len(places) > 1 or days_after_year and len(places) == 1):
        # "Conference, Moscow, 12–13 May 2016. Moscow, MGIMO Publ., 2016": the event's place, then the imprint's;
        # Harvard's "(2019) ... Conference. Ljubljana, Slovenia, 18–20 September 2019. IEEE": the event's alone;
        # References' "Conf. “...” (Kazan, 3–5 October 2020). Kazan, KFU Publ.": the bracket opening it is no part of it.
        place = rules.strip_end(places[0][0])
        item["event-place"] = place[1:] if place.startswith("(") and ")" not in place else place
        by_label["location"] = places[1:]
        if not by_label["location"]:
            del by_label["location"]
    if "location" not in by_label and by_label.get("publisher", [("", 0)])[0][0].startswith("("):
        # Europe-Asia Studies "(Oxford, Oxford University Press)": place and publisher in one bracket.
        span, p = joined("publisher")
        place, comma, publisher = rules.strip_end(span).strip("() ").rpartition(", ")
        if comma and place and not _PUBLISHER_WORD.search(place):
            by_label["location"], by_label["publisher"] = [(place, p)], [(publisher, p)]
    elif "publisher" not in by_label and places and places[-1][0].startswith("("):
        # "(Brussels, NATO)": the same bracket read as one place; a body or press after the comma publishes.
        span, p = joined("location")
        place, comma, publisher = rules.strip_end(span).strip("() ").rpartition(", ")
        if comma and place and (_PUBLISHER_WORD.search(publisher) or (
                len(publisher) >= 3 and publisher.isupper() and publisher.isalpha() and publisher not in _COUNTRY_CODES)):
            by_label["location"], by_label["publisher"] = [(place, p)], [(publisher, p)]
    for label, field in (("publisher", "publisher"), ("location", "publisher-place"), ("genre", "genre"),
                         ("number", "number")):
        if label in by_label:
            span, p = joined(label)
            value = rules.strip_end(span.strip("()[] "))
            if field == "publisher" and "." in value:
                value = _publisher_stop(value, span)
            if field == "publisher" and value[-1:].isdigit() and "number" not in by_label and "genre" not in by_label \
                    and _SERIES_NUMBER.match(value):
                field = "genre"  # the AEA's "National Bureau of Economic Research Working Paper 28791.": a series
            if field == "genre" and value.count("(") > value.count(")"):
                value += ")"  # "Tese (Doutorado em Economia)": its own bracket closes it
            if value.endswith(")") and value.count(")") > value.count("("):  # "(Oxford, Oxford University Press).",
                value = rules.strip_end(value[:-1])  # "(COM(2020) 102 final)."
            head, bracket, tail = value.rpartition("(")
            if bracket and ")" not in tail and field in ("publisher", "publisher-place"):
                # "Russia, Poland (New York": the imprint starts at its bracket; the rest stays as a note
                notes.append(head)
                value = rules.strip_end(tail)
            if field == "number":
                value = re.sub(r"(?i)^(?:document|doc\.|no\.|№|cat(?:alogue|\.)\s+no\.)\s*", "", value)
                if _YEAR_NUMBERED.fullmatch(value.rstrip(".")):  # "NOU 2019: 4.": the report of 2019
                    value = value.rstrip(".")
                    item.setdefault("issued", {"date-parts": [[int(re.search(r"\d{4}", value).group(0))]]})
                pubmed_cue = "PM" in value or "pmid" in value
                for pubmed in list(rules.PUBMED_ID.finditer(value)) if pubmed_cue else ():
                    key = "PMID" if pubmed.group(1) else "PMCID"
                    item[key] = pubmed.group(2) if pubmed.group(1) else "PMC" + (pubmed.group(2) or pubmed.group(3))
                    _conf(confidence, key, p)
                value = rules.strip_end(rules.PUBMED_ID.sub("", value).strip(" ;,.")) if pubmed_cue else value
                arxiv = _ARXIV.search(value) if "arxiv" in value.lower() else None
                if arxiv:  # "arXiv:1610.03843[hep-lat]": the identifier; the category and the rest are notes
                    rest = (value[:arxiv.start()] + " " + value[arxiv.end():]).strip(" ,;[]()")
                    if rest:
                        notes.append(rest)
                    value = re.sub(r"\s+", "", arxiv.group(0))
            head, semicolon, tail = value.partition(" ; ") if field == "publisher" else ("", "", "")
            if semicolon and head and head.split()[0] in {n.get("family") for n in item.get("author", [])}:
                # A GOST thesis "/ Волков Андрей Сергеевич ; Рост. гос. экон. ун-т. Ростов н/Д": the
                # author again, then the university and, after its full stop, the city.
                _spell_out(item, parse_names(head))
                value = tail
                university, stop, city = tail.rpartition(". ")
                if stop and "location" not in by_label and city[:1].isupper() and len(city.split()) <= 2:
                    value, item["publisher-place"] = rules.strip_end(university + "."), city
                    _conf(confidence, "publisher-place", p)
            place, colon, name = value.partition(": ") if field == "publisher" and "location" not in by_label \
                else ("", "", "")
            if colon and name and _is_city(place):
                # "Rio de Janeiro: Leya": a known city and its colon open the imprint the tagger read whole
                item["publisher-place"], value = place, name
                _conf(confidence, "publisher-place", p)
            collection = _COLLECTION.match(value) if field == "publisher" and "coll" in value.lower() else None
            if collection:  # French "La Découverte, coll. « Repères »": the series the book is in
                value, item["collection-title"] = rules.strip_end(collection.group(1)), collection.group(2)
                _conf(confidence, "collection-title", p)
            series = (_SERIES_NUMBER.match(value) or _NUMBERED_KIND.match(value)) \
                if field == "genre" and "number" not in by_label else None
            if series:  # "IMF Working Paper 13/1": the series is the genre, the paper's number the number
                value, item["number"] = series.group(1), series.group(2)
                _conf(confidence, "number", p)
            if field == "genre" and PREPRINT_SERVER.fullmatch(value) and "publisher" not in item:
                field = "publisher"  # "[Preprint]. SSRN.": the server that posts it, not a kind of work
            kind, comma, server = value.rpartition(", ") if field == "genre" else ("", "", "")
            if comma and PREPRINT_SERVER.fullmatch(server.rstrip(".")) and "publisher" not in item:
                value, item["publisher"] = kind, server.rstrip(".")  # the AEA's "Working paper, SSRN.": kind, server
                _conf(confidence, "publisher", p)
            if field == "publisher" and item.get("publisher", value) != value and "archive" not in item \
                    and _THESIS_RE.search(item.get("genre", "").lower()):
                # APA 7 "[Tesis doctoral, Universidad de Zaragoza]. Repositorio.": the school in the bracket publishes
                # the thesis; the sentence after it, which the tagger took for the publisher, is where it is held
                field = "archive"
            if field == "genre" and value != item.get("genre", value) and _TRANSLATED_DEGREE.search(". " + item["genre"]):
                notes.append(value)  # "Diss. d-ra yurid. nauk [Title. Dr. legal sci. diss.]": the translation is the genre
                continue
            original = rules.THESIS.match(value) if field == "genre" else None
            if original and original.end() < len(value) and _TRANSLATED_DEGREE.search(". " + value[original.end():].strip()):
                # "Diss. kand. ekon. nauk [Title. Cand. econ. sci. diss.]": the genre and its translation in the bracket
                notes.append(original.group(0))
                value = value[original.end():].strip()
            if value:
                item[field] = value
                _conf(confidence, field, p)
    if "edition" in by_label:
        span, p = joined("edition")
        statement = rules.EDITION.match(span)
        rest = span[statement.end():].strip() if statement else ""
        if rest:
            # "(2nd ed., rev.). Sage.": the tagger ran the sentence after the edition's bracket into it; after APA's
            # bracket a lone sentence is the publisher, anything else a note
            span = statement.group(0)
            if span.endswith(").") and "publisher" not in item and ":" not in rest and ". " not in rest:
                item["publisher"] = rules.strip_end(rest)
                _conf(confidence, "publisher", p)
            else:
                notes.append(rest)
        item["edition"] = rules.edition(span)
        _conf(confidence, "edition", p)
        if "issued" not in item and re.fullmatch(rf"(?i){rules.SEASON_EDITION}", item["edition"]):
            # the Stanford Encyclopedia's "Fall 2022 ed.": the release's year is the entry's date (APA's "(2022)")
            item["issued"] = {"date-parts": [[int(item["edition"][-4:])]]}
            _conf(confidence, "issued", p)
        qualifier = _EDITION_QUALIFIER.search(span)
        if qualifier and qualifier.group(0).rstrip(".") not in item["edition"]:
            # "2-е изд., перераб. и доп.", "3rd rev. ed.": the number is the edition, the rest a note (Chicago's
            # "Rev. ed." has no number: the qualifier is the edition, and said once)
            notes.append(qualifier.group(0))
    if "medium" in by_label:
        span, p = joined("medium")
        item["medium"] = rules.strip_end(span).strip("[]() ")
        _conf(confidence, "medium", p)

    doi_link = "url" in by_label and "doi" not in by_label and _DOI_LINK.search(joined("url")[0])
    if doi_link:  # "https://doi.org/10.1186/ar1153" names the DOI; the rules tag it so in running text
        by_label["doi"] = by_label.pop("url")
    if "url" in by_label:
        linked = _BROKEN_URL.sub(r"\1", " ".join(s for s, _ in by_label["url"]))
        urls = rules.URL.findall(linked)
        if urls:
            item["URL"] = urls[0].rstrip(".,;)")
            if item["URL"].count("(") > item["URL"].count(")") and urls[0].rstrip(".,;").endswith(")"):
                item["URL"] += ")"
            _conf(confidence, "URL", joined("url")[1])
            notes.extend(u for u in urls[1:])
            rest = rules.URL.sub(" ", linked).strip(" .,;:()")
            if any(c.isdigit() for c in rest):
                # "https://.../04/28/ 972874", "[Accessed: 19-Oct-2017]": words the tagger gave the link that are
                # none keep their data; a label without digits ("Online:", "Режим доступа:") is the link's cue
                notes.append(" ".join(rest.split()))
        else:
            notes.append(joined("url")[0])
    if "doi" in by_label:
        m = rules.DOI.search(" ".join(s for s, _ in by_label["doi"]))
        if m:
            item["DOI"] = m.group(1).rstrip(".,;")
            _conf(confidence, "DOI", joined("doi")[1])
    if "isbn" in by_label:
        m = rules.ISBN.search(joined("isbn")[0])
        if m:
            item["ISBN"] = m.group(1).strip()
            _conf(confidence, "ISBN", 0.99)
    if "issn" in by_label:
        m = rules.ISSN.search(joined("issn")[0])
        if m:
            item["ISSN"] = m.group(1).upper()
            _conf(confidence, "ISSN", 0.99)
    if "accessed" in by_label:
        value = _access_date(joined("accessed")[0])
        if value:
            item["accessed"] = value
            _conf(confidence, "accessed", joined("accessed")[1])
    if "language" in by_label:
        span = joined("language")[0]
        m = rules.LANGUAGE.search(span)
        if m:
            item["language"] = rules.LANG_CODES[m.group(1).lower()]
            _conf(confidence, "language", 0.99)
            if m.group("more") and m.group("more").strip(" .,;"):
                notes.append(m.group("more").strip())  # "(In Russ., abstract in Engl.)": what CSL has no field for
        elif span.strip(" .").lower() in rules.LANGUAGE_NAMES:
            item["language"] = rules.LANGUAGE_NAMES[span.strip(" .").lower()]
            _conf(confidence, "language", 0.9)
        elif span.strip(" .,;:()"):
            notes.append(span.strip(" ,;"))  # a mark the tagger took for a language: kept as written
    for span, p in by_label.get("database", []):  # set by _constrain: MLA's "JSTOR," before the link
        item["source"] = span.strip(" ,.")
        _conf(confidence, "source", p)
    for span, p in by_label.get("note", []):
        accessed = "accessed" not in item and rules.ACCESSED.search(span)
        value = accessed and _access_date(accessed.group(0))
        if value:  # "Retrieved on November 10, 2015 at": an access date however it was tagged
            item["accessed"] = value
            _conf(confidence, "accessed", p)
            span = span[:accessed.start()] + span[accessed.end():]
        notes.append(span)
    for note in notes:
        note = note.strip(" ,;:")
        original = _ORIGINAL_WORK.match(note)
        if original and "original-date" not in item:
            item["original-date"] = {"date-parts": [[int(original.group(1))]]}
            _conf(confidence, "original-date", 0.99)
            continue
        reprint = _REPRINT_OF_YEAR.match(note) if "епр" in note and "original-date" not in item else None
        if reprint:
            item["original-date"] = {"date-parts": [[int(reprint.group(1))]]}
            _conf(confidence, "original-date", 0.9)
        if note and not rules.LEAD.fullmatch(note + ":") and note.lower() not in _CONNECTIVES:
            add_note(item, note)
    _container_as_imprint(item, confidence)
    _publisher_from_place(item, confidence, text)
    _place_from_publisher(item, confidence, text)
    _region_to_place(item, text)
    _town_named_twice(item, text)
    if "publisher-place" in item and _UNIVERSITY_BEFORE_NAME.search(item.get("publisher", "")):
        _university_named_by_town(item, text)
    if item.get("number", "")[:5].lower() == "arxiv":
        _journal_eprint_in_note(item, confidence)


def _journal_eprint_in_note(item: dict, confidence: dict) -> None:
    """APS's "Phys. Rev. B 99, 045120 (2019), arXiv:1809.04512 [cond-mat.str-el]." and JHEP's "JHEP 05 (2019) 123
    [arXiv:1902.01234]": an article printed in a journal, its volume or page given, lists its e-print beside it; the
    e-print is a copy of the work, not the article's number, and stays in the note, as a BibTeX @article's eprint
    does (an e-print alone, with no journal, is the preprint's number)."""
    journal = item.get("container-title", "")
    if journal and ("volume" in item or "page" in item) and not PREPRINT_SERVER.search(journal) \
            and not journal.lower().startswith("corr"):
        add_note(item, item.pop("number"))
        confidence.pop("number", None)


_IN_PRESS_CLOSE = re.compile(r"press\)[.,]?")  # the second word of APA's "(in press)."
# German "(o. J.)", "(o. D.)", French "(s.d.)", "[sans date]", Spanish "(s.f.)", "(sin fecha)", Russian "(б. г.)": the
# locales' "(n.d.)" in a bracket of its own
_FOREIGN_NO_DATE = re.compile(r"(?i)[(\[](?:o\.\s?[jd]|s\.\s?[df]|б\.\s?г|sans date|sin fecha)\.?[)\]]")
# "n.d.", "s.d.", "s.f.", "o. J.", "o. D.", "б. г.", "sans date", "sin fecha"
_NO_DATE = re.compile(r"(?i)(?:n\.?\s?d|s\.?\s?[df]|o\.?\s?[jd]|б\.?\s?г)\.?|sans date|sin fecha")
_NEWS_SITE = re.compile(r"(?i)^(?:[\w-]+\.(?:[a-z]{2,3}|info|media)|\w*news|\w+(?:times|post|daily))$")
_UNIVERSITY = re.compile(r"(?i)universit|üniversite|univerzit|uniwersytet|univ\.|hochschule|college|institut|school|академи|университет"
                         r"|институт")
# A university by name, not an institute, college or school: "Universidad de Zaragoza", "Freie Universität Berlin"
# ("Universitetsforlaget" is a publishing house).
# A university's publishing house named by its own word: "Ediciones Universidad de Salamanca", "Presses universitaires".
_PUBLISHING_ARM = re.compile(r"(?i)\b(?:ediciones|edicions|edições|edizioni|publicaciones|publicacions|publicações|"
                             r"pubblicazioni|publications|presses)\b")
_UNIVERSITY_ITSELF = re.compile(r"(?i)\b(?:universi(?:ty|té|tà|tät|dad|dade|teit|tet|tat)|üniversitesi|univerzit[ae]|"
                                r"uniwersytet|университет)\b")
_FACULTY = re.compile(r"(?i)fakult|facult|wydział")  # a school's faculty: "Filozofická fakulta", "Faculté des lettres"
_SECTION_NUMBER = re.compile(r"^\d+[a-z]?,$")
_ACT_ARTICLE = ("Article", "Art.", "Статья", "Ст.")  # the word before an act's article number
_ARTICLE_OF = re.compile(rf"^((?:{'|'.join(map(re.escape, _ACT_ARTICLE))})\s*\d+[a-z]?),\s*(.+)$")
# An office that issues acts in its own name ("President of Ukraine, Decree No. 392/2020 ..."), no body's name.
_ISSUING_OFFICE = re.compile(r"^(?:(?:Vice[- ])?President|Prime Minister|Governor|Mayor|Akim|Hokim)\s+of\s+(?:the\s+)?[A-Z]")
# An act's number: "484", "392/2020", "40-FZ", Uzbek "UP-60", "PP-4567", Armenian "NH-308-N".
_ACT_NUMBER = re.compile(r"^(?:\d|[A-ZА-ЯЁ]{1,4}-\d)")
# A title ending in a short word and a full stop ("The Descent of Man."): the stop is punctuation,
# unless the word is an abbreviation ("Co.", "St.", "Inc.") or an initial.
_SHORT_WORD_STOP = re.compile(r"(\s(?!(?:Co|St|Inc|Ltd|Jr|Sr|Dr|Mr|Ms|Ed|Vol|No|Bd|Jg|Nr)\.$)[A-Z][a-z]{1,2})\.$")
# Abbreviations that open a Russian publisher's name: "Izd. dom", "Izd-vo MGU", "Изд. дом".
_PRESS_ABBREVIATION = re.compile(r"(?i)^(?:izd|изд)(?:\.|-vo|-во)")
_PUBLISHER_WORD = re.compile(r"(?i)(?:\b(?:press|publishers?|publishing|associates|publ\.|verlag|books|editions?|éditions|editora|"
                             r"editorial|editore|izdatel\w*|издательство|изд-во|inc|ltd|llc|gmbh|wydawnictw[oa]|"
                             r"nakladatelství|förlag|forlag|uitgeverij|yayın(?:ları|evi))\b|&\s*(?:sons|co)\b|"
                             # Chinese, Japanese and Korean presses and institutes, inside their names (no word breaks):
                             # 出版社, 東京大学出版会, 岩波書店, 서울대학교출판문화원, 외교안보연구소, 研究所
                             r"出版|[書书]店|研究所|출판|연구소|연구원)")
# The last words of publishers' imprints that _PUBLISHER_WORD does not hold ("Crown Business", "Random House", "Penguin
# Group", "O'Reilly Media", "Penguin Classics"): no periodical dated by its year alone ends so.
_IMPRINT_LAST_WORDS = frozenset("business house group media classics paperbacks".split())
_PERIODICAL_WORD = re.compile(r"(?i)\b(?:journal|review|proceedings|bulletin|transactions|quarterly|annals|letters|"
                              r"magazine|studies|newsletter|вестник|журнал|известия)\b")


# What may follow a city after a comma and still be part of the place: a region or country.
_REGION = frozenset("""
usa us uk u.k u.s.a england scotland wales ireland canada australia germany france italy spain russia
india china japan netherlands belgium switzerland austria sweden norway denmark finland poland
brazil mexico israel singapore ontario quebec california massachusetts texas illinois virginia
maryland pennsylvania michigan ohio florida georgia washington oregon connecticut minnesota
wisconsin colorado arizona indiana missouri tennessee louisiana kentucky alabama iowa kansas utah
nebraska oklahoma oxon oxfordshire surrey berkshire middlesex hampshire kent essex sussex
korea taiwan turkey greece portugal hungary czechia romania ukraine kazakhstan belarus egypt nigeria
kyrgyzstan tajikistan uzbekistan turkmenistan armenia azerbaijan moldova lithuania latvia estonia mongolia
kenya africa zealand argentina chile colombia indonesia malaysia thailand vietnam pakistan iran
mass calif conn penn ill wash mich minn wis colo fla ariz tenn ind okla neb kan ore md va pa nj ny
nsw vic qld tas queensland tasmania
""".split())


def _publisher_from_place(item: dict, confidence: dict, text: str) -> None:
    """"New York, Knopf, 1999. 366 p.": the References layout prints "City, Publisher"; a
    book (or an edited book's chapter) with no publisher whose place ends in a word that is no
    region holds both. Elsevier's "Blackwell, Oxford" prints them the other way round: a city
    the features know after the comma, and none before it, is the place; so does the Polish
    "Difin, Sosnowiec 2015", whose place the year follows with no stop between. APA 7 names no place at all: its
    last sentence the tagger read as one, no known town or region ("Title (11th ed.). Pearson."), is the publisher; a
    body's own report ("Volkswagen AG (2022). Annual Report 2022. Wolfsburg.") names its seat there, the place,
    also where the tagger read the word as a publisher."""
    place = item.get("publisher-place", "")
    own_report = _by_body(item) and _REPORT_RE.search(item.get("title", "").lower()) and _APA_YEAR.search(text[:200])
    if "publisher" not in item and place and "," not in place and _APA_YEAR.search(text[:200]) \
            and text.rstrip().endswith(f" {place}.") and not _is_city(place) and not _is_region(place) \
            and not (" " not in place and own_report):
        item["publisher"] = item.pop("publisher-place")
        confidence["publisher"] = confidence.pop("publisher-place", 0.7)
        return
    seat = item.get("publisher", "")
    if own_report and not place and seat.isalpha() and seat[1:].islower() and text.rstrip().endswith(f" {seat}.") \
            and not _PUBLISHER_WORD.search(seat) and seat not in item["author"][0].get("literal", ""):
        item["publisher-place"] = item.pop("publisher")
        confidence["publisher-place"] = confidence.pop("publisher", 0.7)
        return
    # Elsevier's "IMF, Washington, DC": a body before a known city and its state or country
    body, _, town = place.partition(", ")
    city, comma, region = town.partition(", ")
    if "publisher" not in item and comma and "," not in region and _is_city(city) and not _is_city(body) \
            and (region.rstrip(".").lower() in _REGION or re.fullmatch(r"[A-Z]{2}\.?", region)):
        item["publisher-place"], item["publisher"] = town, body
        _conf(confidence, "publisher", confidence.get("publisher-place", 1.0))
        return
    city, comma, tail = place.rpartition(", ")
    if ("publisher" in item or not comma or "container-title" in item and "editor" not in item
            or not (tail[:1].isupper() or _is_city(city))  # "Bologna, il Mulino": a known city before any name
            or len(city.split()) > 3 or len(tail) <= 5 and (tail.endswith(".") or tail.isupper() and (
                len(tail) <= 2 or tail in _COUNTRY_CODES or not _is_city(city)))  # "Moscow, HSE": a body's acronym
            or tail.lower().rstrip(".").split()[-1] in _REGION or _is_admin_unit(tail.split()[-1])
            or len(tail.split()) > 4):
        return
    swap = ((_is_city(tail) or _PUBLISHER_WORD.search(city) or _year_follows(tail, text))
            and not _is_city(city.split()[0]) and "," not in city)
    if "container-title" in item and not (swap or _is_city(city.split()[0])):
        return  # a chapter's imprint is split only where a city tells which part is the place
    if swap:
        city, tail = tail, city
    item["publisher-place"], item["publisher"] = city, tail
    _conf(confidence, "publisher", confidence.get("publisher-place", 1.0))


def _year_follows(word: str, text: str) -> bool:
    """Does the year follow this one word with no stop between ("Sosnowiec 2015"), as Polish prints a place, or in
    its bracket (Springer's "Publisher, Place (Year)": "American Mathematical Society, Providence (2001)")?"""
    return " " not in word and not word.endswith(".") \
        and re.search(rf"\b{re.escape(word)} (?:{_YEAR}\b|\({_YEAR}\))", text) is not None


def _place_from_publisher(item: dict, confidence: dict, text: str) -> None:
    """"Pioneer Press, Union City, Tennessee", "Routledge, London": Harvard prints "Publisher,
    Place"; a publisher with no place whose part after the first comma is a place form (a city
    the features know, "City, State", a word the year follows as in "CeDeWu, Skierniewice 2019")
    holds both. A lone country or state after the comma ends a place ("Rocky Mountain House,
    Canada"); "London, Routledge" is left to _publisher_from_place."""
    publisher = item.get("publisher", "")
    head, comma, tail = publisher.partition(", ")
    city, _, region = tail.rpartition(", ")
    if not comma or "publisher-place" in item or _is_city(head.partition(" ")[0]) or not (
            tail.count(",") == 1 and len(city.split()) <= 2 and region.rstrip(".").lower() in _REGION
            or "," not in tail and (_is_city(tail) or _year_follows(tail, text))):
        return
    item["publisher"], item["publisher-place"] = head, tail
    _conf(confidence, "publisher-place", confidence.get("publisher", 1.0))


def _region_to_place(item: dict, text: str) -> None:
    """"(Lanham, MD, Scarecrow Press)": a state code or country printed after the city, that the
    tagger gave to the publisher ("MD, Scarecrow Press"), is part of the place ("Lanham, MD")."""
    place, publisher = item.get("publisher-place", ""), item.get("publisher", "")
    region, comma, rest = publisher.partition(", ")
    if (place and "," not in place and comma and rest and " " not in region and _is_region(region)
            and f"{place}, {region}," in text):
        item["publisher-place"], item["publisher"] = f"{place}, {region}", rest


_APA_YEAR = re.compile(rf"\({_YEAR}[a-z]?(?:, [A-Z][a-z]+(?: \d{{1,2}})?)?\)\.")  # "(2018).", "(2022, October)."


def _town_named_twice(item: dict, text: str) -> None:
    """IEEE "Univ. Toronto, Toronto, ON, Canada", "Tech. Univ. Munich, Munich, Germany": the first of a town named
    twice closes the university's (the institute's) name, the second opens the place."""
    place, publisher = item.get("publisher-place", ""), item.get("publisher", "")
    town, comma, rest = place.partition(", ")
    if publisher and comma and rest.partition(",")[0] == town and f"{publisher} {town}, {town}," in text:
        item["publisher"], item["publisher-place"] = f"{publisher} {town}", rest


# A university's name cut before the town that names it: "Univ.", "Tech. Univ.", "Natl. Univ.", "University of".
_UNIVERSITY_BEFORE_NAME = re.compile(r"(?:^(?:[A-Z][a-z]*\. )*Univ\.|\b(?:University|Univ\.) of)$")


def _university_named_by_town(item: dict, text: str) -> None:
    """Nature's "PhD thesis, Univ. Cambridge (2016)." and "Tech. Univ. Munich": after "Univ." with no name before it,
    or after "University of", the town printed with no comma between is the university's name, not its place."""
    publisher = item["publisher"]
    town, comma, rest = item["publisher-place"].partition(", ")
    if f"{publisher} {town}" in text and f"{publisher} {town}, {town}" not in text:
        item["publisher"] = f"{publisher} {town}"
        if comma:
            item["publisher-place"] = rest
        else:
            del item["publisher-place"]


def _container_as_imprint(item: dict, confidence: dict) -> None:
    """"Hidden Riches. Eyre & Spottiswoode, 1964." / "The Geology of Astroblemes. Leningrad,
    Nedra, 231 p.": a "container" with no volume, issue or pages that names a publisher, or
    comes with a page count, is the book's imprint."""
    container = item.get("container-title", "")
    if (not container or "publisher" in item or any(k in item for k in ("volume", "issue", "page"))
            or _PERIODICAL_WORD.search(container)
            or not ("number-of-pages" in item or _PUBLISHER_WORD.search(container))):
        return
    series = _SERIES_NUMBER.match(rules.strip_end(container))
    if series and not {"number", "genre"} & set(item):
        # "[Title]. Working paper WP3/2021/02. Moscow, HSE, 2021. 52 p.": a paper's series and its number, no imprint
        item["genre"], item["number"] = series.group(1), series.group(2)
        confidence["genre"] = confidence["number"] = confidence.pop("container-title", 0.7)
        del item["container-title"]
        return
    place, comma, publisher = container.partition(", ")
    if comma and "URL" in item and not is_place(place) and not corporate_name(place) and corporate_name(publisher):
        return  # MLA's "“Tundra.” Encyclopaedia Britannica, Encyclopædia Britannica, Inc., date, URL": a site and its owner
    if comma and "publisher-place" not in item and len(place.split()) <= 3 and not _PUBLISHER_WORD.search(place):
        item["publisher-place"] = place
        _conf(confidence, "publisher-place", confidence.get("container-title", 1.0))
    else:
        publisher = container
    item["publisher"] = publisher
    _conf(confidence, "publisher", confidence.pop("container-title", 1.0))
    del item["container-title"]


_IN_CONTAINER = re.compile(r"[,.]\s+[Ii]n:?\s+((?:the\s+)?(?:\d+\w*\s+|[A-Z]\w*\s+){0,4}(?:Proceedings|Proc\.|"
                           r"[A-Z]\w*\s+(?:Conference|Symposium|Workshop|Congress|Meeting))\b.*)$")
# The words that name a numbered series of reports: "Working Paper", "Research Report", "Bulletin",
# "Occasional Studies", "Statistical Publication", "Monograph", "Economic Insights", RAND's "Testimony", a think tank's
# "Analysis" and "Commentary"; Scandinavian and
# French "Rapport", Italian "Rapporto", Spanish "Informe", German "Bericht", "Arbeitspapier".
_SERIES_WORDS = (r"(?:papers?|reports?|briefs?|briefings?|insights?|series|notes?|memos?|bulletins?|studies|publications?|"
                 r"monographs?|rapport(?:er)?|rapporto|informes?|berichte?|arbeitspapiere?|testimony|testimonies|"
                 r"analysis|analyses|commentary|commentaries)")
# "IMF Working Paper 13/1", "Technical Report MSR-TR-2019-27", IEEE "Tech. Rep. NREL/TP-5000-78123", "Current
# Population Reports P60-273":
# a series and the paper's number, which may be a code in capitals with its digits after a - or /.
_SERIES_NUMBER = re.compile(rf"(?i)^(.*\b(?:{_SERIES_WORDS}|rep\.))\s+(?:no\.\s*)?"
                            r"(\d[\w./-]*|(?-i:[A-Z][A-Z\d]*[-/][\w./-]*\d[\w./-]*))$")
# A sentence naming a series and the work's number in it: "NICE guideline NG203", "NICE guideline [NG136]", "Report
# No. 94563-UZ", EU style "EEA Report No 05/2022", AHRQ "Pub. No. 21(22)-0054-EF", "Migration and Development Brief 34".
_SERIES_SENTENCE = re.compile(r"((?:[A-Z][\w.&-]*\s(?:(?:[A-Z][\w.&-]*|and|of|for|on|&)\s){0,5})?(?:[Gg]uideline|Report|Paper|Brief|Policy Note|Series|"
                              r"Pub\.|Publication|Analysis|Analyse|Comment|Studie))\s+(?:No\.?:?\s*)?"
                              r"(?:\[(?=[A-Z]{0,4}\d[\w./-]*\]$))?((?:[A-Z]{1,4}\s(?=\d))?[A-Z]{0,4}\d[\w./-]*(?:\(\d+\)[\w./-]*)?)\]?")
# A think tank's series the paper is in, unnumbered, closing the title as its own sentence or in round brackets
# ("Title. ECFR Policy Brief.", "Title (SIPRI Fact Sheet)"): capitalised words ending in the kind of paper.
_SERIES_KIND = (r"(?:[A-Z][\w&-]*\s){0,4}(?:(?:Working|Policy|Research|Discussion|Occasional|Briefing|White) Paper|"
                r"(?:Policy|Issue) Brief|Fact Sheet|Policy (?:Memo|Note)|Commentary)")
_SERIES_KIND_WHOLE = re.compile(_SERIES_KIND)
_SERIES_KIND_IN_BRACKETS = re.compile(rf"\s\(({_SERIES_KIND})\)")
_UNNUMBERED_SERIES = re.compile(rf"(?:\.\s+({_SERIES_KIND})\.?|\s*\(({_SERIES_KIND})\)\.?)$")
# An agency's report number in brackets after the title: "(GAO-20-81)", "(NCES 2020-144)", "(EPA/600/R-12/001)".
# Nordic official reports are numbered by year: "(NOU 2015: 8)", "(SOU 2018:22)", "(Ds 2017:12)".
_REPORT_CODE = re.compile(r"\s*\(([A-Z]{2,}[A-Z&]*(?:[- /][A-Z]+)*[- /]\d+[-/][\w./-]*\d[\w]*"
                          rf"|{rules.YEAR_NUMBERED_REPORT})\)\s*\.?$")
# A think tank's report number of letters and digits ("RR-1577-AF", "PE-A198-1", "GAO-20-81"), which Chicago
# prints after the title, before the imprint: "Title, RR-1577-AF (Santa Monica, CA: RAND Corporation, 2017)".
_LETTERED_REPORT_NUMBER = re.compile(r"[A-Z]{1,6}-[A-Z]?\d{1,5}-[A-Z\d]{1,6}(?:-[A-Z\d]{1,6})*")
# A match opens with a space or its bracket: one test of that passes the other positions.
_YEAR_NUMBERED_IN_BRACKETS = re.compile(rf"(?=[\s(])\s*\(({rules.YEAR_NUMBERED_REPORT})\)")
_YEAR_NUMBERED = re.compile(rules.YEAR_NUMBERED_REPORT)
# "(NBER Working Paper No. 21906)", "(Report No. HWL 67)", Swedish "(Rapport 2018:4)": a series and
# its number, which may open with letters and a space ("(Annual Report 2019)" is a title's year); a body's release too,
# APA's "(Economic News Release USDL-24-0148)" (a release is no series word elsewhere: "Software: Release 17").
_REPORT_NUMBER = re.compile(rf"\s*\(([^()]*?(?:{_SERIES_WORDS}|releases?))\s+(?:no\.\s*)?"
                            rf"((?:[A-Z]{{1,5}}\s)?(?!{_YEAR}\))[\w./:-]*\d[\w./:-]*)\)", re.I)
# What every _SERIES_WORDS match holds once lower-cased. _REPORT_NUMBER tries every series word at
# each character after a "(", which half the references hold, and few name a series.
_SERIES_STEMS = ("paper", "report", "brief", "insight", "series", "note", "bulletin", "studies", "publication",
                 "monograph", "rapport", "informe", "bericht", "arbeitspapier", "testimon", "analys", "commentar",
                 "release")


def _may_name_series(text: str, lower: str) -> bool:
    """False when _SERIES_WORDS, so _REPORT_NUMBER, cannot match ``text`` (``lower``: the text lower-cased).
    IGNORECASE also reads "ſ", "ı" and "İ" as "s" and "i", which lower() keeps apart."""
    return any(stem in lower for stem in _SERIES_STEMS) or not text.isascii() and bool(_FOLDED.search(text))


# What an APA bracket says a talk at a meeting is ("[Paper presentation]", "[Conference session]", "[Speech]").
_PRESENTATION_WORDS = r"(?:paper|poster|conference)\s+presentation|conference\s+session|keynote\s+address|speech"
_ATTACHMENT = re.compile(r"(?i)\s*\[((?:image|video|audio|link|gif|photo)s? attached)\]")
# APA's review bracket names what it reviews ("[Review of the book X, by Y]", "[Review of the film ...]"); a translated
# title may open with the same words ("[Review of the banking sector of the Russian Federation ...]"); a thesis is named in its own language too ("[Tesis doctoral, Universidad de Zaragoza]") ("[Review of Key Indicators of Financial Services ...]").
_DESCRIPTOR = re.compile(r"(?i)\s*(?:doctoral|master['’]?s|ph\.?\s?d\.?|bachelor['’]?s|unpublished|data\s?set|video|audio|"
                         r"podcast|film|motion picture|tv series|television series|lecture|(?:press|news|media) release|"
                         r"editorial|letter|abstract|"
                         r"review of(?=\s+the\s+(?:book|edited book|film|motion picture|movie|album|song|play|opera|"
                         r"exhibition|performance|television|tv|video|podcast|special issue)\b|[^\]]*\sby\s)|"
                         r"computer (?:software|program)|mobile app|map|tweet|blog post|thesis|dissertation|transcript|preprint|"
                         r"speech|fact sheet|policy brief|white paper|infographic|brochure|photograph|powerpoint slides|"
                         r"lecture notes|webinar|poster|song|album|package insert|" + _PRESENTATION_WORDS + r"|(?:unpublished\s+)?manuscript|"
                         # a degree named in full before the kind: "[Candidate of Political Sciences dissertation]"
                         r"(?:candidate|doctor|master|bachelor)\s+of\s[^\[\],]{0,60}?\b(?:dissertation|thesis)|"
                         + rules.NATIONAL_THESIS + r")\b")
# A descriptor right after a "[" anywhere in the words joined as _bracket_text joins them: true wherever
# _DESCRIPTOR matches a bracket's text (a prefix of what follows its "["), one search instead of one per bracket.
_BRACKETED_DESCRIPTOR = re.compile(r"(?i)\[" + _DESCRIPTOR.pattern.removeprefix("(?i)"))
# ... opening what the tagger took for the container: "[Tweet]. Twitter".
_DESCRIPTOR_LEAD = re.compile(r"^\[((?i:tweet|video|blog post|facebook post|instagram photo|tiktok video|podcast episode|"
                              r"audio podcast episode|data set|computer software|press release|infographic))\]\.?\s+")
# A quoted title with more after its closing quote. A single quote only closes before
# punctuation: "’" is also the soft sign of transliterated Russian ("sozdat’ soyuz").
# A "’:" with a later "’," or "’." is a soft sign before the title's own colon ("‘Ukraina i Belarus’: dva puti’,").
# Guillemets close only with "»": a quotation inside them ("« Le “Nouveau Kazakhstan” et ses limites »") is the title's.
_QUOTED_HEAD = re.compile(r"""^(?:['‘](.+?)[’'](?:[.,;]|:(?![^’]*’[.,]))|«(.+?)»[.,:;]?|["“„](.+?)["”»“][.,:;]?)\s+(\S.*)$""")
# ... unless the quotation, with no punctuation to close it, is a phrase the title opens with:
# "«Большая игра» с неизвестными правилами", "«Мягкая сила» России в Центральной Азии".
_QUOTED_PHRASE = re.compile(r"""^["“«„][^"”»“]*[^\W_]["”»“]\s+(?!in\b|в\b)\w""")
_VERSION = re.compile(r"(?i)\s*\((?:version\s*|ver\.\s*|v\.?\s*(?=\d+\.\d))(\d[\w.-]*)\)")  # not "(V2X)"
# A version of two or more numbers ("3.28", "0.4.2"), as software releases are numbered.
_RELEASE = re.compile(r"(?:\d+(?:\.\d+)+|[A-Z]\.\d\d)[\w-]*")  # "2.3.1", Gaussian's lettered revisions "C.01"
# What an APA bracket says the work is, where CSL has a type for it.
_EXHIBITION_CATALOGUE = re.compile(r"(?i)exhibition catalogu?e?|exh\. cat\.?")  # the book an exhibition's catalogue
_DESCRIBED_TYPES = {"data set": "dataset", "dataset": "dataset", "computer software": "software", "preprint": "article",
                    "computer program": "software", "software": "software", "mobile app": "software",  # Cite Them Right, APA
                    # APA 7's grey literature, described in its bracket: reports, whatever site posts them
                    "press release": "report", "news release": "report", "media release": "report", "fact sheet": "report", "policy brief": "report", "white paper": "report",
                    "brochure": "report", "infographic": "report",
                    "package insert": "document"}  # Citing Medicine's "Title [package insert]. Place: Company; 2021."
# ... those of two words, which a note may name untitled ("Body, press release, date").
_TWO_WORD_KINDS = tuple(kind for kind in _DESCRIBED_TYPES if " " in kind)
# ... one of them numbered: "Press release no. 4512" (its kind the genre, the number the number)
_NUMBERED_KIND = re.compile(r"(?i)^(" + "|".join(_TWO_WORD_KINDS) + r")\s+(?:no\.|№)\s*(\d[\w./-]*)$")
_EPISODE_NUMBER = re.compile(r"\s+\((?:No\.|Episode|Ep\.)\s*(\d+)\)$")  # "Rising seas (No. 45)"
# What an APA bracket says a recording is: a video or film, or an episode of a podcast. The bracket is its medium.
# A video site as MLA names it, with the account that posted the video: "YouTube, uploaded by Practical Engineering".
_VIDEO_PLATFORM = re.compile(r"(YouTube|Vimeo)(?:,\s+(uploaded\s+by\s+.+))?")
# An APA bracket's talk at a meeting, and Chicago's
# "Paper presented at the Annual Meeting of ..." (IEEE's bare "presented at the ..."; AMA's "Abstract presented at:
# Meeting; dates; place."): a speech, the meeting its event.
_PRESENTATION = re.compile(r"(?i)" + _PRESENTATION_WORDS)
# ... and the sentence after a title naming the talk and where it was given ("Title. Speech at Nazarbayev University"),
# run into the title or read as the publisher or container
_TALK_AT = re.compile(r"(?P<kind>Speech|Address|Remarks|Lecture|Keynote (?:speech|address))\s+at\s+(?:the\s+)?(?P<event>[A-Z].*)")
_TALK_AFTER_TITLE = re.compile(r"^(?P<title>.{10,}?[.?!])\s+" + _TALK_AT.pattern + "$")
_PRESENTED_AT = re.compile(r"(?i)(?:(paper|poster|abstract|keynote|talk|lecture)\s+)?(?:presented|given|delivered)\s+at:?\s+(?:the\s+)?")
# ... whose next sentence, in APA, names the meeting and then where it met: "[Paper presentation]. Annual Congress
# of the International Institute of Public Finance, Linz, Austria."
_MEETING_AFTER_BRACKET = re.compile(r"(?i)(?:presentation|session|address|speech)\]\.\s+([^,\[\]]+?),\s+([^\[\]]+?)\.?"
                                    r"(?:\s+(?:https?://|doi:)\S*)?\s*$")
_AUDIOVISUAL = {"video": "motion_picture", "film": "motion_picture", "motion picture": "motion_picture",
                "online video": "motion_picture",
                "audio podcast episode": "broadcast", "video podcast episode": "broadcast", "podcast episode": "broadcast",
                "song": "song", "album": "song"}  # APA's "Formation [Song]. On Lemonade.", "Kind of blue [Album]."
# After APA's "[Song]." or "[Album].": the album the song is on, then the label(s).
_ALBUM_AND_LABEL = re.compile(r"(?:On (?P<album>[^.]+)\.\s+)?(?P<label>[A-Z][^.]*?)\.?")
_DATA_REPOSITORY = re.compile(r"(?i)zenodo|figshare|dryad(?: digital repository)?|(?:harvard )?dataverse|"
                              r"osf|open science framework|pangaea|icpsr|mendeley data|uk data service|gesis|"
                              # the materials sciences' own: "Materials Cloud Archive https://doi.org/10.24435/..."
                              r"materials cloud(?: archive)?|nomad(?: repository)?")
# DOI prefixes of those repositories: Zenodo, figshare, Dryad, Dataverse, OSF, PANGAEA, ICPSR, Mendeley Data, Materials
# Cloud, NOMAD.
_DATA_DOI = re.compile(r"10\.(?:5281|6084|5061|7910|17605|1594|3886|17632|24435|17172)/")
# Code forges and package archives, by name or by the address of a project on them.
_CODE_REPOSITORY = re.compile(r"(?i)github|gitlab|bitbucket|sourceforge|cran|pypi|software heritage")
_CODE_URL = re.compile(r"(?i)https?://(?:www\.)?(?:github\.com/|gitlab\.com/|bitbucket\.org/|pypi\.org/project/"
                       r"|cran\.r-project\.org/(?:web/)?package)")


def _repository(name: str) -> bool:
    """Is this a data repository or a code forge, which publishes what it holds?"""
    return bool(_DATA_REPOSITORY.fullmatch(name) or _CODE_REPOSITORY.fullmatch(name))


# APA 6 and Wikipedia's cite thesis: "(Doctoral dissertation)", "(PhD thesis)", "(MSc thesis)", "(DPhil thesis)", "(Thesis)"
_DEGREE_IN_BRACKETS = re.compile(r"(?i)\s*\(((?:unpublished\s+)?(?:(?:doctoral|master['’]?s|ph\.?\s?d\.?|bachelor['’]?s"
                                 r"|m\.?\s?sc\.?|m\.?\s?a\.?|[md]\.?\s?phil\.?)\s+)?"
                                 r"(?:dissertation|thesis)(?:,[^()]*)?)\)\s*\.?$")
_CONNECTIVES = {"in", "from", "//", "see", "see also", "cf.", "и", "в", "and", "&", ".", "-", "–"}
_VOLUMES_IN_BRACKETS = re.compile(r"\s*\(Vols?\.\s*(\d+(?:\s*[–-]\s*\d+)?)\)\s*\.?$")
# A Russian degree in a References translation: "Cand. econ. sci. diss.", "Dr. legal sci. diss.", "Cand. Sci. (Econ.) Diss."
_TRANSLATED_DEGREE = re.compile(r"\.\s+((?:Abstract of )?(?:Cand|Dr|Doct)\.\s*(?:[a-z]+\.?\s+){0,3}"
                                r"(?:Sci\.\s*(?:\([A-Z][a-z]*\.?\)\s*)?)?(?i:diss|thesis)\.?(?:\s*\([A-Z][a-z]*\.?\))?"
                                r"(?:\s*abstr(?:act)?\.?)?)$")
# (the lookahead: a match starts at a space, colon or stop)
_THESIS_IN_TITLE = re.compile(r"(?i)(?=[\s:.])\s*[:.]\s*((?:дис(?:с)?\.|автореф\.|diss\.|dis\.|avtoref\.)\s.*)$")


# A transliterated title and its English translation in round brackets, each of two words or more.
# A book series named in brackets after the title (LSA), by a capitalised series word
_BOOK_SERIES_NAME = re.compile(r"\b(?:Series|Studies|Surveys|Library|Texts|Monographs|Textbooks|Handbooks|Lecture Notes)\b")
# (a translation's years may be a range, "(Transformation of Russia's industrial policy in 2000–2020)", and it may
# ask, "(How to return economic growth to Russia?)"; the title before it transliterated or in Cyrillic)
_ROUND_TRANSLATION = re.compile(rf"([A-Za-z{CYRILLIC_UP}{CYRILLIC_LOW}][^()\[\]]*?\s[^()\[\]]*?)\s*"
                                r"\(([A-Z][A-Za-z’'\-,:]*(?:\s[A-Za-z0-9’'\-–,:]+)+[?!]?)\)")
# English function words, none of them a transliterated Russian word, tell the translation from the title before it;
# a translation may hold only a preposition of them ("(Economic policy under sanctions)")
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|in|on|for|to|with|from|by|at|is|are|its|their|between|after|during|under|"
                           r"into|within|through|against|among|towards?|across|beyond|without|versus|as)\b|’s\b|'s\b")


# What marks a word as Russian transliterated (ALA-LC, BGN, Library of Congress): letters English hardly joins
# ("Tamozhennyi", "Khozyaistvo", "soyuz", "Tsentr") and the adjectives' and genitives' endings ("-yi", "-ii", "-aya",
# "-ogo", "-ykh")
_TRANSLITERATED_RUSSIAN = re.compile(r"zh|kh|shch|yu|ts[aeiouy]|(?:yi|ii|iy|aya|aia|iya|ogo|ego|ykh|ikh)\b")


def _transliterated_russian(text: str) -> bool:
    """Are half or more of the words of three letters or more Russian transliterated?"""
    words = [w.lower() for w in _GIVEN_WORD.findall(text) if len(w) >= 3]
    return bool(words) and 2 * sum(bool(_TRANSLITERATED_RUSSIAN.search(w)) for w in words) >= len(words)


_BRACKETED_TEXT = re.compile(r"\[([^\[\]]{3,})\]")  # a title's first bracket of three characters or more


def _title(item: dict, span: str, confidence: dict, p: float) -> None:
    text = span.strip()
    if text[:1] == "[" and "]" not in text:
        # "[Bank Agents in Rural Areas. Cand. econ. sci. diss.]": the bracket closes after the genre
        text = text[1:]
    elif ". [" in text and "]" not in text[text.rindex(". ["):]:
        text += "]"  # "Translit. [Translated. Cand. econ. sci. diss.]": the same, after the original title
    if "]" in text:
        text = _GBT_MARK.sub("", text)  # "Deep residual learning[C]": the type, not the title
    language = rules.LANGUAGE.search(text) if "(" in text or "[" in text else None
    if language and not text[language.end():].strip(" .,;:") and "language" not in item:
        # "The Geology of Astroblemes (in Russian)." names the language, not the title.
        item["language"] = rules.LANG_CODES[language.group(1).lower()]
        text = text[:language.start()].rstrip()
    inside = _IN_CONTAINER.search(text) if "container-title" not in item else None
    if inside:
        # "Title, in Proceedings of the ... Conference": the tagger ran the two together.
        item["container-title"] = rules.strip_end(inside.group(1))
        text = text[:inside.start()]
    medium = rules.MEDIUM.search(text)
    if medium:
        item["medium"] = medium.group(0).strip("[] ")
        text = (text[:medium.start()] + text[medium.end():]).strip()
    volumes = _VOLUMES_IN_BRACKETS.search(text) if "Vol" in text and "volume" not in item else None
    if volumes:  # APA "The handbook of things (Vols. 1–3)": the volumes the reference covers
        item["volume"] = volumes.group(1).replace("–", "-")
        text = text[:volumes.start()]
    thesis = _THESIS_IN_TITLE.search(text)
    if thesis:
        item["genre"] = rules.strip_end(thesis.group(1))
        text = text[:thesis.start()]
    series = _REPORT_NUMBER.search(text) if "(" in text else None
    if series:
        # APA "(IMF Country Report No. 19/242)": the series is the genre, the number the number.
        item.setdefault("genre", series.group(1).strip())
        item.setdefault("number", series.group(2))
        text = text[:series.start()] + text[series.end():]
    # "Chronic kidney disease: assessment and management. NICE guideline NG203", ACS/MDPI "Title; Report
    # No. 94563-UZ; World Bank: ...": a last sentence or ';' part naming a series gives the genre and number
    # (a number holds a digit: a title with none is not searched).
    for mark in (". ", "; ") if "number" not in item and "genre" not in item and _DIGITS.search(text) else ():
        body = text.rstrip(" .;")
        # the sentence may hold a stop of its own ("NIH Publication No. 19-7055"): try the last three
        stops = [m.start() for m in re.finditer(re.escape(mark), body)][-3:]
        series = next((m for m in (_SERIES_SENTENCE.fullmatch(body[k + 2:]) for k in reversed(stops)) if m), None)
        if series:
            item["genre"], item["number"] = series.group(1), series.group(2)
            text = body[:len(body) - len(series.group(0)) - 2]
            break
    unnumbered = _UNNUMBERED_SERIES.search(text) if not {"number", "genre"} & set(item) else None
    if unnumbered:  # Harvard "Title. ECFR Policy Brief. London: ...", APA "Title (SIPRI Fact Sheet). Publisher."
        item["genre"] = unnumbered.group(1) or unnumbered.group(2)
        text = text[:unnumbered.start()]
    code = _REPORT_CODE.search(text) if "(" in text else None
    if code and "number" not in item:  # APA "Federal research: ... (GAO-20-81)": the report's number
        item["number"] = code.group(1)
        text = text[:code.start()] + text[code.end():]
    for mark in (", ", ". ") if "-" in text and "number" not in item else ():
        # Chicago's "Title, RR-1577-AF (...)" and, as a sentence of its own, "Title. GAO-22-104567. Washington, DC: GAO."
        head, stop, last = text.rstrip(" .").rpartition(mark)
        if stop and _LETTERED_REPORT_NUMBER.fullmatch(last):
            item["number"], text = last, head
            break
    version = _VERSION.search(text) if "(" in text else None
    if version:  # APA software "Title (Version 4.3.1) [Computer software]"
        item["version"] = version.group(1)
        text = text[:version.start()] + text[version.end():]
    degree = _DEGREE_IN_BRACKETS.search(text) if "(" in text and "genre" not in item else None
    if degree:  # APA 6 "Teacher retention (Doctoral dissertation, University of Iowa)"
        kind, _, body = degree.group(1).partition(",")
        item["genre"] = kind.strip()
        _conf(confidence, "genre", p)
        if body.strip() and "publisher" not in item:
            item["publisher"] = rules.strip_end(body)
            _conf(confidence, "publisher", p)
        text = text[:degree.start()]
    attached = _ATTACHMENT.search(text) if " attached]" in text else None
    if attached:  # APA's "Title [Image attached] [Tweet].": what the post carries, kept in note
        add_note(item, attached.group(1))
        text = text[:attached.start()] + text[attached.end():]
    bracket = _BRACKETED_TEXT.search(text)
    if bracket and _DESCRIPTOR.match(bracket.group(1)):
        # APA's "[Doctoral dissertation, University of Warwick]" describes, it does not translate.
        kind, _, body = bracket.group(1).partition(",")
        if kind[:10].lower() == "review of ":
            # "[Review of the book Title: Signs, speakers and streets, by D. Name]": the genre runs to ", by" (the
            # title's own commas too), the reviewed work's author goes to note; nothing in it is a publisher
            head, by, reviewed = bracket.group(1).rpartition(", by ")
            kind, body = (head, "") if by else (bracket.group(1), "")
            if by:
                add_note(item, "by " + reviewed.strip())
        kind = kind.strip()
        if kind.lower().endswith(" on the internet"):  # Citing Medicine's "[dissertation on the Internet]": the genre,
            kind = kind[:-len(" on the internet")]   # and the medium as "[Internet]" gives it
            item.setdefault("medium", "Internet")
        item["genre"] = kind
        if body.strip():
            item.setdefault("publisher", rules.strip_end(body))
        after = text[bracket.end():]
        if _PRESENTATION.fullmatch(item["genre"]) and after.lstrip().startswith(".") and "container-title" not in item:
            # "Title [Paper presentation]. Annual Congress of ...": the sentence after the bracket is the meeting's
            item["container-title"], after = rules.strip_end(after.strip(" .")), ""
        text = text[:bracket.start()] + after
        bracket = None
    round_bracket = _ROUND_TRANSLATION.fullmatch(text.strip(" .")) if not bracket and text.endswith((")", ").")) else None
    if round_bracket and "collection-title" not in item and _BOOK_SERIES_NAME.search(round_bracket.group(2)) \
            and all(word[:1].isupper() for word in round_bracket.group(2).split() if len(word) > 3):
        # LSA "Argument realization (Research Surveys in Linguistics).": the book's series in brackets, no translation
        item["collection-title"] = round_bracket.group(2)
        confidence["collection-title"] = p
        text, round_bracket = round_bracket.group(1), None
    if round_bracket and not _ENGLISH_WORD.search(round_bracket.group(1)) \
            and (_ENGLISH_WORD.search(round_bracket.group(2)) or CYRILLIC.search(round_bracket.group(1))
                 or _transliterated_russian(round_bracket.group(1))
                 and not _TRANSLITERATED_RUSSIAN.search(round_bracket.group(2).lower())):
        # "Agrarnaja reforma Stolypina (Stolypin’s agrarian reform)": some References print the translation in round
        # brackets; English words inside and none before tell it from a title's own parenthesis, and so does a
        # Latin bracket after a Cyrillic title ("Стратегия пространственного развития (Spatial development strategy)")
        # or with no Russian letter pattern after a transliterated one ("Tamozhennyi soyuz (Customs union)")
        text = text.strip(" .")[:round_bracket.start(2) - 1] + "[" + round_bracket.group(2) + "]"
        bracket = re.search(r"\[([^\[\]]{3,})\]", text)
    if bracket:
        translated = rules.strip_end(bracket.group(1))
        degree = _TRANSLATED_DEGREE.search(translated) if "." in translated else None
        if degree:
            # "Diss. d-ra yurid. nauk [Legal Aspects of ... Dr. legal sci. diss.]": the bracket translates the
            # title and the genre; the translated genre is the genre, as the translated title is the title
            if item.get("genre"):
                add_note(item, item["genre"])
            item["genre"], translated = rules.strip_end(degree.group(1)), translated[:degree.start()]
        after = text[bracket.end():].strip(" .,")
        if after and not text[:bracket.start()].strip() and "=" not in after and "[" not in after \
                and not {"container-title", "publisher"} & set(item) and corporate_name(after):
            # "[Translated]. Bureau of National Statistics. Available at: ...": a body named after
            # the translation posts the document (a name with its own translation in brackets is a
            # container's, and with a publisher read the body would be lost).
            item.setdefault("publisher", after)
            after = ""
        elif after and not text[:bracket.start()].strip():
            # "[Translated]. Translit container [Translated container]": what follows the
            # translation is the start of the container, not an original title (its sentence's stop kept before
            # the rest: "Vestnik Tomskogo gosudarstvennogo universiteta. Filosofiya. ...").
            item["container-title"] = (text[bracket.end():].lstrip(" .,").rstrip(" ,") + " "
                                       + item.get("container-title", "")).strip()
            after = ""
        before = text[:bracket.start()].strip()
        if after and before and "container-title" not in item and _LAW_GAZETTE.match(after):
            # "Federal'nyi zakon ... [Federal Law ...]. Sobranie zakonodatel'stva RF, 2006, no. 11": the gazette
            # named after the translation prints the act, no part of its original title
            item["container-title"], after = after, ""
        elif after and "container-title" not in item and before[:1] in _OPENING_QUOTES \
                and _QUOTED_ORIGINAL.fullmatch(before) and text[bracket.end():].lstrip().startswith(","):
            # Chicago notes' "“Zhongguo jingji de xin changtai” [The New Normal of China’s Economy], Renmin ribao, May
            # 10, 2014": the quotes close the original title, and the name after the translation's comma is where
            # it appeared, as after a quoted title with no translation
            item["container-title"], after = after, ""
        if not after and "author" not in item and before.endswith(".") and (corporate_name(before[:-1]) or " " not in before
                                                                            and "literal" in parse_names(before[:-1])[0]):
            # "Ministry of Economic Development. [Translated title]. Available at: ...": a body's
            # sentence before the translation is who wrote it, an acronym or a body's one word too ("VTsIOM.",
            # "Sberbank."); an original title runs into its bracket.
            item["author"] = [{"literal": before[:-1]}]
            _conf(confidence, "author", p)
            before = ""
        rest = rules.strip_end((before + " " + after).strip())
        if rest:
            item["original-title"] = rules.strip_end(rules.strip_quotes(rest))
            _conf(confidence, "original-title", p)
        item["title"] = translated
    elif (quoted := _QUOTED_HEAD.match(text)) and re.search(r"\w\w", quoted.group(4)) \
            and not _QUOTED_PHRASE.match(text):
        # "'Russia and the West', Deutsche Welle (Russian Service)": the quotes end the
        # title, what follows them is where it appeared.
        item["title"] = rules.strip_end(quoted.group(1) or quoted.group(2) or quoted.group(3))
        where = rules.strip_end(_CONTAINER_LEAD.sub("", quoted.group(4)))
        if "container-title" in item:
            add_note(item, where)
        else:
            item["container-title"] = where
    else:
        item["title"] = rules.strip_end(rules.strip_quotes(rules.strip_end(text)))
    if "In" in item["title"] or "В" in item["title"]:  # the words the pattern ends with, cheap to look for
        item["title"] = _TRAILING_IN.sub("", item["title"])  # "Title of the paper. In: Proceedings ..."
    head, stop, server = item["title"].rpartition(". ")
    if stop and "publisher" not in item and PREPRINT_SERVER.fullmatch(server):
        # Vancouver's "Title. medRxiv [Preprint]. (2022).": the server that posts the preprint
        item["title"], item["publisher"] = head, server
        _conf(confidence, "publisher", p)
    title, slash, responsibility = item["title"].partition(" / ")
    if slash and CYRILLIC.search(title):
        # GOST's statement of responsibility ("Экономика России : учебник / И. И. Иванов"):
        # names the authors again; anything more in it (editors, translators) is kept as a note.
        item["title"] = rules.strip_end(title)
        known = " ".join(f"{n.get('family', '')} {n.get('given', '')}" for n in item.get("author", []))
        if any(word.strip(".,;") not in known for word in responsibility.split()):
            add_note(item, responsibility)
    if ":" in item["title"]:
        item["title"] = re.sub(r"\s+:\s+", ": ", item["title"])
    if item["title"].endswith((".", ".\n")):  # the pattern's "$" also matches before a last newline
        item["title"] = _SHORT_WORD_STOP.sub(r"\1", item["title"])
    if not item["title"]:
        del item["title"]
        return
    _conf(confidence, "title", p)


# --- item type ---------------------------------------------------------------

# The cue patterns below are matched against lower-cased text (faster than IGNORECASE).
# ("Library of Congress", the legislature, is no congress that meets)
_CONF_RE = re.compile(r"\b(proceedings|proc\.|conference|conf\.|symposium|workshop|(?<!library of )congress|colloquium|"
                      r"meeting|материалы|матеріали|матэрыялы|конференци|конф\.|trudy|materialy|konferentsii|tagungsband|actes"
                      # ... and the meeting in other languages: Czech "kolokvia", "konference", Polish "konferencji",
                      # "sympozjum", German "Kolloquium", Turkish "Kongresi", "Sempozyumu", French "colloque"
                      r"|konferen|kolokvi|kolloqu|colloque|sympozj|sympozi|sempozyum|kongres|congrès|congreso|congresso|convegno"
                      # ... Indonesian and Malay "Prosiding", "Seminar Nasional", "Simposium", and a national seminar
                      r"|prosiding|simposi|seminar (?:nasional|internasional)|(?:national|international) seminar)")
# A society's journal named "Proceedings" ("Proc. Natl. Acad. Sci. U.S.A. 116, 2345 (2019)", "Proc. R. Soc. B 286"),
# (Indonesian "Prosiding"), or a journal named a "Conference Series" ("Journal of Physics: Conference Series 1234, 012001", "Carnegie-Rochester
# Conference Series on Public Policy, 39, pp. 195-214"): the words are its only meeting cue and nothing names a
# meeting's book (no "in", editors, publisher or year of its own)
_PROCEEDINGS_ONLY = re.compile(r"\b(?:proceedings|prosiding|proc\.|conference series|conf\. ser\.)")


def _proceedings_journal(item: dict, container: str, text: str) -> bool:
    """Whether a container called Proceedings is a journal: cited with a volume and pages, not "in" a meeting's book."""
    low = container.lower()
    return ("volume" in item and "page" in item and not {"editor", "publisher", "publisher-place"} & set(item)
            and not _CONF_RE.search(_PROCEEDINGS_ONLY.sub("", low)) and not re.search(r"\b(?:1[89]|20)\d\d\b", low)
            and not re.search(r"(?i)\bin:?\s+" + re.escape(container[:20]), text))


# The proceedings a learned body issues as its serial ("Proceedings of the Royal Society B", "Proceedings of the
# National Academy of Sciences", "Trudy Instituta yazykoznaniya RAN"): named for the body, no meeting. A Russian
# institute's Trudy are named by its initials as often ("Trudy VNIRO, 2019, vol. 175", "Trudy KarNTs RAN", "Trudy
# TsNII im. ..."; not a meeting's Roman ordinal, "Trudy XII ..."); "Proceedings of SPIE" or "of AAAI" are meetings'.
_BODY_PROCEEDINGS = re.compile(r"(?i)(?:proceedings|trudy|труды)\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?"
                               r"(?:society|academy|institut\w*|akademii|obshchestva|институт\w*|академии|общества)\b"
                               r"|(?:trudy|труды)\s+(?![IVXLC]+\b)(?-i:[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ])")
_MEETING_WORD = re.compile(r"(?i)conference|conf\.|symposi|workshop|congress|colloqui|meeting|konferents|конференц")
_NEWS_RE = re.compile(r"\b(news|times|post|gazett?e?a?|herald|tribune|daily|weekly|telegraph|guardian|"
                      r"journal of commerce|kommersant|vedomosti|izvestiya|interfax|tass|ria|reuters|bbc|"
                      r"novosti|pravda|courier|observer|monitor|chronicle|le monde|spiegel|zeitung|"
                      r"известия|коммерсант|ведомости|газета|новости|radio|tv|television|obozrenie|press agency)\b")
_THESIS_RE = re.compile(r"(\bthesis\b|\bdissertation\b|\bdiss\.|\bдис\.|\bдисс\.|автореф|\bph\.?\s?d\b|"
                        r"\bдиссертаци[яи] на соискание|\bдисертаці[яї] на здобуття|\bдысертацы[яі] на суісканне|"
                        r"\bkand\.|master'?s|\bdoctoral\b|\bhabilitation|\btese\b|\bdisserta[çc][ãa]o\b|"
                        # the Indonesian genre "Tesis" read alone (the pattern above wants it capitalised in the text)
                        rf"\b(?:{rules.NATIONAL_THESIS})\b|^tesis$)")
# Letters every _THESIS_RE alternative holds, checked first on the same lower-cased text: the full
# pattern is slow on every text (and IGNORECASE made the cue itself several times slower).
_THESIS_CUE = re.compile(r"thes|diss|дис|дыс|автореф|ph\.?\s?d|kand|master|doctoral|habilit|tese|"
                         + "|".join(map(re.escape, rules.NATIONAL_THESIS_CUES)))
_REPORT_RE = re.compile(r"\b(report|working paper|discussion paper|technical note|policy brief|white paper|fact sheet|"
                        r"briefing|occasional paper|research paper|guidelines?|доклад|отчет|отчёт|doklad|otchet|"
                        r"brief (?:no\. ?)?\d+)\b")  # a numbered brief: "Migration and development brief 35"
# A title about reports, not one: "Concluding Observations on the Combined Eighth to Tenth Periodic Reports of ...".
_ABOUT = re.compile(r"\b(?:on|about|concerning|regarding)\s")


# A person's book subtitled as a report, "Eichmann in Jerusalem: A Report on the Banality of Evil": a manner of
# writing, not a body's report (with a person as author and a publisher it stays a book).
_SUBTITLE_A_REPORT = re.compile(r":\s+An?\s+Report\b")


def _calls_itself_report(title: str) -> bool:
    """Does the (lower-case) title name the work a report or paper, not only a report it is about?"""
    report = _REPORT_RE.search(title)
    return bool(report) and not _ABOUT.search(title, title.rfind(". ", 0, report.start()) + 1, report.start())


# A statistics office's yearbook or collection, printed as a References work under the office's name (a
# notes-style body's paper in quotes stays a document).
_STATISTICAL_WORK = re.compile(r"\bstatistical (?:yearbook|collection|bulletin|abstract|handbook|compendium)"
                               r"|статистический (?:ежегодник|сборник)")
# A statistics office named as the author of a transliterated References work ("Rosstat", "Belstat", "National
# Statistical Committee of ...", "Росстат"): whatever its title ("Regiony Rossii. ... pokazateli"), its collection.
# Polish "Statystyczny", Turkish "Türkiye İstatistik Kurumu"
_STATISTICS_OFFICE = re.compile(r"(?i)^\w*stat$|\b(?:i|ı)?statisti|\bstatyst|^\w*стат$|статисти")
# A series of papers a body publishes, named as the work's genre: "Silk Road Paper", "Policy Paper".
_PAPER_SERIES = re.compile(r"(?i)^(?!.*\b(?:conference|congress|presented|presentation|seminar)\b).*\bpapers?$")
_LAW_RE = re.compile(r"\b(federal law|law of|act of|decree|ukaz|zakon|закон|указ|постановлени|"
                     r"regulation \(|directive|constitution|konstitutsiya)")
# Kazakh, Uzbek and Kyrgyz acts open with the state's name in the genitive and close with their kind: "Қазақстан
# Республикасының «Білім туралы» Заңы", "... Конституциясы", "Қазақстан Республикасы Президентінің ... Жарлығы",
# "O‘zbekiston Respublikasining «...» to‘g‘risidagi Qonuni", "Кыргыз Республикасынын ... Мыйзамы" (a book on the
# state's history, "Қазақстан Республикасының тарихы", names no act).
_TURKIC_ACT_FORM = (r"(?:[\w‘ʻ'’-]+\s+){1,2}(?:республикасы(?:ның|нын)?|respublikasi(?:ning)?|республикаси(?:нинг)?"
                    r"|respublikasy(?:n[yı][nñ])?)"  # ... and transliterated: "Kazakhstan Respublikasynyn «...» Zany"
                    r"\s(?:No\.|[^.]){0,250}?(?:заңы|жарлығы|қаулысы|кодексі|qonuni|farmoni|qarori|kodeksi|қонуни|фармони"
                    r"|қарори|мыйзамы|жарлыгы|токтому|za[nñ]y|(?:j|zh)arly[gğ]y|[qk]aulysy"
                    r"|конституциясы|konstitutsiyasi|конституцияси|konstitutsiiasy)\b")
_TURKIC_ACT = re.compile(r"(?i)\W*" + _TURKIC_ACT_FORM)
# An act named first: "Федеральный закон от ...", "Указ ...", a code ("Гражданский кодекс Российской Федерации ...",
# "Кодекс Республики Беларусь об образовании ...").
_LAW_START = re.compile(r"(?i)\W*(?:федеральный\s+закон|закон|указ|постановление|распоряжение"
                        # a decree, Soviet ("Декрет СНК РСФСР от 23 января 1918 г. ...", "Dekret VTsIK ...") or
                        # Belarusian ("Дэкрэт Прэзідэнта Рэспублікі Беларусь ..."); its issuer's initials are no name's
                        r"|декрет|дэкрэт|dekret"
                        r"|(?:[\w-]+(?:ый|ий|ой)\s+){0,2}кодекс|federal(?:['ʹ’]?nyi)?\s+"
                        r"(?:law|zakon)|decree|directive|regulation\s+\(|ukaz|postanovlenie|prikaz|rasporyazhenie|zakon|postanova"
                        # ... and transliterated as References print them: "Konstitutsiya Rossiiskoi Federatsii (prinyata
                        # ...)", "Grazhdanskii kodeks Rossiiskoi Federatsii ..."
                        r"|konstitutsiya|(?:[\w'-]+(?:yi|ii|oi)\s+){0,2}kodeks"
                        r"|law\s+of\s+(?:ukraine|georgia|mongolia|the\s+republic\s+of)"
                        r"|" + _TURKIC_ACT_FORM +
                        # continental acts by their kind and number or date: Spanish "Ley 19/2021, de ...", "Real
                        # Decreto 5/2020", Portuguese "Decreto nº 9.203", "Decreto-Lei nº 5.452", French "Loi n°
                        # 2018-771", Italian "Legge 28 marzo 2019, n. 26", Portuguese "Lei nº 13.467" (its "º" a
                        # letter, so the word goes on), Polish "Ustawa z dnia ...", "Rozporządzenie Ministra ...", Czech
                        # "Zákon č. 262/2006 Sb.", German "Tarifautonomiestärkungsgesetz vom 11. August 2014"
                        r"|ley\s+(?:orgánica\s+)?\d|real\s+decreto|decreto(?:-le[yi])?\s+(?:legislativo\s+)?(?:\d|n\.?[º°]?\s)"
                        r"|loi\s+n"
                        r"|legge\s+(?:\d|n\.)|lei\s+(?:complementar\s+)?nº?|ustawa\s+z\s+dnia|rozporządzenie\s|zákon\s+č"
                        # German "...gesetz vom 11. August 2014", "Gesetz zur Stärkung der Tarifautonomie vom 11. August ..."
                        r"|\w*gesetz(?:\s+(?:zur|zum|über|für)\s[^.]{0,120}?)?\s+vom\s+\d+"
                        r"|presidential\s+(?:decree|order|resolution)"
                        # Indonesian "Undang-Undang (Republik Indonesia) Nomor 11 Tahun 2020 tentang ...", "Peraturan
                        # Pemerintah Nomor ...", "Peraturan Presiden ...", "Keputusan Menteri ...", "Instruksi Presiden ..."
                        r"|undang-undang\s+(?:republik\s+indonesia\s+)?(?:nomor|no\.)\s*\d+"
                        r"|(?:peraturan|keputusan|instruksi)\s+(?:pemerintah|presiden|menteri|daerah|mahkamah)"
                        r"|(?:order|resolution|instruction)\s+(?:of\s+the\s+(?:ministry|government|cabinet|president|federal)"
                        r"|no\.\s*\d+\s+of\s+\d+))\b")  # "Order No. 109 of 21 March 2003 on ..."
# A constitution named first in Russian, Ukrainian, Belarusian or Kazakh ("Конституция Республики Казахстан", "Конституція
# України", "Канстытуцыя Рэспублікі Беларусь"), printed on its own; a person's book so titled is about it.
_CONSTITUTION_START = re.compile(r"(?i)\W*(?:конституци[яи]|конституці[яї]|канстытуцыя|конституциясы)\b"
                                 # ... and in Latin-script Kazakh and Uzbek: "Qazaqstan Respýblıkasynyń Konstıtýtsııasy",
                                 # "O‘zbekiston Respublikasining Konstitutsiyasi"
                                 r"|\W*(?:\w+\s+){0,2}(?:konstıtýtsııasy|konstitutsiyasi)\b")
# An original title wholly in quotes before its bracketed translation: "“Jimintō seiken no henyō”", "‘Başlık’".
_QUOTED_ORIGINAL = re.compile(r"""(?:“[^“”]+”|‘(?:[^‘’]|’(?=\w))+’|«[^«»]+»|"[^"]+")[.,]?""")
_OPENING_QUOTES = "‘«\"“"
# Official gazettes: what they print is law ("// Собрание законодательства РФ. 2016. № 49. Ст. 6886"). The
# lookahead for the names' first letters passes every other position at one test.
_LAW_GAZETTE = re.compile(r"(?i)(?=[свонбsfobjgdmvl])(?:собрани[ея] законодательства|ведомост\w* (?:съезда|верховного|федерального|парламента)|"
                          r"відомості верховної ради|офіційний вісник|"  # Ukrainian
                          r"национальный реестр правовых актов|нацыянальны рэестр прававых актаў|"  # Belarusian
                          r"бюллетень международных договоров|sobranie zakonodatel|federal register|"
                          r"official journal of the european|bundesgesetzblatt|journal officiel|"
                          r"boletín oficial del estado|gazzetta ufficiale|diário oficial|diario oficial|dziennik ustaw|"
                          r"sbírka zákonů|staatsblad|moniteur belge|monitorul oficial|official gazette|"
                          r"vidomosti verkhovnoi rady|vedomosti verkhovnogo|lembaran negara|"  # Indonesia's gazette
                          # the Soviet ones, in full, cut short and transliterated: "Собрание законов и распоряжений ...
                          # СССР" ("// СЗ СССР. 1929. № 34. Ст. 301."), "Собрание узаконений ..." ("// СУ РСФСР. 1918.
                          # № 18. Ст. 263."), "Sobranie zakonov SSSR, 1934, no. 36, art. 283."
                          r"собрание (?:законов|узаконений)|sobranie (?:zakonov|uzakonenii)|"
                          r"(?:сз|су|sz|su) (?:ссср|рсфср|рф|sssr|rsfsr|rf)\b)")
# GOST names the act after its title: "О безопасности : федер. закон от 28.12.2010 № 390-ФЗ"; DSTU
# likewise in Ukrainian: "Про захист персональних даних : Закон України від 01.06.2010 № 2297-VI". A strategy or
# concept is named by the act that approved it: "Стратегия ... : утверждена распоряжением Правительства Российской
# Федерации от 13 февраля 2019 г. № 207-р", "... : утв. Указом Президента РФ от ...", "... : затверджено наказом ...",
# a standard's "утвержден и введен в действие Приказом ... от ... № 1371-ст" (the standard stays a standard).
_GOST_LAW = re.compile(r"(?i):\s*(?:федер(?:\.|альный)\s+(?:конст\.\s+)?закон|закон|указ|постановление|постанова|"
                       r"распоряжение|розпорядження|приказ|наказ|кодекс"
                       r"|(?:утв(?:\.|ержд[её]н[аоы]?(?:\s+и\s+введ[её]н[аоы]?\s+в\s+действие)?)|затв(?:\.|ерджен[оаі]?))"
                       r"\s+(?:указом|постановлением|распоряжением|"
                       r"приказом|постановою|розпорядженням|наказом))\b[^:]*?\b(?:от|від)\s+\d")
_GOST_ACT = re.compile(_GOST_LAW.pattern + r"[^:/]*?№\s*[\w-]+")  # ... through the act's number
# A court's act named first, the court after it in the genitive ("Постановление Конституционного Суда РФ от ...",
# "Определение Верховного суда РФ", "Решение Арбитражного суда г. Москвы", Ukrainian "Рішення Конституційного Суду
# України"): a decision in a case, not a law, though a gazette prints it.
_COURTS_ACT = re.compile(r"(?i)\W*(?:(?:постановление|определение|решение|рішення|ухвала|постанова|postanovlenie|"
                         r"opredelenie|reshenie)\s+(?:[\w-]+\s+){0,3}(?:суда|суду|suda)\b"
                         # References' translation: "[Ruling of the Constitutional Court of the Russian Federation ...]"
                         r"|(?:ruling|judgment|decision|determination)\s+of\s+the\s+(?:[\w-]+\s+){0,3}court\b)")
# A title naming its work an interview (lower-cased): the word among its first few, followed by whom or where it
# was given, a number or nothing ("interview with ...", "putin's interview to kommersant", "telephone interview,
# moscow", "interview no. 12"); a title about interviews ("how many qualitative interviews is enough?") is not one.
# (the lookahead: a match starts at "i", "и" or the text's start)
_INTERVIEW_RE = re.compile(r"(?=[iи]|^)(?:\bинтервью\b|^\W*(?:личная\s+)?беседа\b"
                           r"|^\W*(?:\S+\s+){0,4}?interviews?\b(?!\s+(?!(?:with|by|to|for|of|in|on|at|mit|conducted|"
                           r"transcripts?|notes|no|nos|number)\b)[a-z]))")
# Notes "Vladimir Putin, ‘Address to the Federal Assembly’, 1 March 2018, available at: URL", "‘Speech at the
# Meeting of the CSTO Collective Security Council’, President of Russia, ...": a talk given, named by its kind
# and where or to whom it was given (CSL "speech"); the same title inside a book is a chapter. The speaker may
# stand before it: "‘Foreign Minister Sergey Lavrov’s remarks at a news conference ...’", MID's transcripts.
_SPEECH_TITLE = re.compile(r"(?i)\W*(?-i:(?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w-]*[’']s\s+)?"
                           r"(?:(?:opening|closing|keynote|inaugural|welcom\w*|annual|televised)\s+)?"
                           r"(?:speech|address|remarks|lecture|выступление|речь|vystuplenie|rech[’']?)"
                           r"\s+(?:at|to|before|by|on|delivered|на|в|перед|na|v|pered)\s"
                           # the President's address, named by its kind alone: "Poslanie Prezidenta ... Madzhlisi Oli",
                           # "Obrashchenie Prezidenta Rossiiskoi Federatsii", "Послание Президента ..."
                           r"|\W*(?:poslanie|obrashchenie|послание|обращение)\s+\w")


def _speech_place(container: str) -> bool:
    """A one-word name after a speech's quoted title that is no news outlet: where the speech was given
    ("‘Remarks at the Valdai Discussion Club’, Sochi, 22 October 2019"), which the outlet rules took for
    a periodical."""
    return " " not in container and container[:1].isupper() and not is_outlet(container)


def _given_in_town(title: str, text: str) -> bool:
    """Does the title end with a town the text follows with a day ("... саммите. Анкара, 16 марта 2023 г.")?"""
    town = _TRAILING_PLACE.search(title)
    return bool(town) and re.search(re.escape(town.group(1)) + r",\s+\d{1,2}\s", text) is not None


_SITE_RE = re.compile(r"(?i)\b(?:web\s?site|site|portal|blog|сайт|портал|блог)\b")
# A volume mark and its number as a sentence of their own, as a book's volume is cited ("Vol. 1.", "T. 2.", "Bd. 3."), not
# a journal's "vol. 11, no. 2".
_VOLUME_SENTENCE = re.compile(r"\.\s(?:Vol|T|Т|Bd)\.\s?\d+[A-Za-zА-Яа-я]?\.\s")
# (ABNT's "Disponível em:" and "Acesso em:" name a link and a day, no book: "Em:" alone is "In:")
_CHAPTER_CUE = re.compile(r"(?i)(?:^|[\s.,])(?:in\s*:|in\s+(?=[A-ZА-Я\"“‘])|//|в\s*кн\.|в\s*:|dans\s*:?|im\s*:|\[?w\s*:\]?|en\s*:"
                          r"|(?<!dispon[íi]vel\s)(?<!acesso\s)em\s*:)")
_CORP_RE = re.compile(r"\b(ministry|government|council|department|commission|organi[sz]ation|office|"
                      r"secretariat|president of|agency|archives|administration|federation|parliament|duma|assembly|"
                      r"министерство|правительство|bank|nations|union|service|committee"
                      # legislatures by their own names: "State Great Khural of Mongolia", "Verkhovna Rada"
                      r"|khural|sejm|senate|rada|majlis|mazhilis|kenesh|knesset|bundestag|seimas|saeima|riigikogu)\b")


# Social networks and messengers, by name (the container a note gives) and by the address of a post.
_PLATFORMS = (r"(?:telegram|facebook|twitter|x|vkontakte|vk|instagram|threads|mastodon|linkedin|"
              r"weibo|tiktok|telegram-канал|телеграм(?:-канал)?|вконтакте)(?:\s+(?:post|channel|page))?")
_SOCIAL_PLATFORM = re.compile(rf"(?i){_PLATFORMS}")
# An untitled post described by its kind and platform: "post on Telegram", "Facebook post", "a video on VKontakte",
# or by a kind that names its platform: "tweet".
_UNTITLED_POST = re.compile(rf"(?i)(?:an?\s+)?(?:post|message|video|story)\s+on\s+{_PLATFORMS}"
                            rf"|{_PLATFORMS}\s+(?:post|message|video|story)|(?:an?\s+)?tweet")
_SOCIAL_URL = re.compile(r"(?i)https?://(?:www\.|m\.)?(?:t\.me|facebook\.com|fb\.com|twitter\.com|x\.com|vk\.com|"
                         r"instagram\.com|threads\.net|tiktok\.com)/")


# Notes' "Bureau of National Statistics ..., ‘Title’, ...": a body's name, then its paper's quoted title.
_BODY_THEN_QUOTE = re.compile(r"[^‘“\"«',]{2,120},\s*[‘“\"«']")


_OFFICE_WORD = re.compile(r"(?i)служб|комитет|агентств|бюро|управлени|департамент|office|bureau|agency|committee|"
                          r"service|board|agence")


def _office_heading_in_title(item: dict, confidence: dict, key: str = "title") -> None:
    """"Федеральная служба государственной статистики. Занятость и безработица ...": a statistics office named
    as the heading, which the tagger ran into the title (or into the original title before a translated one:
    "Agence de statistique ... d’Ouzbékistan. 2023. Vnešnetorgovyj oborot ... [Commerce extérieur ...]"), is the
    author (its own collections are its reports)."""
    head, _, rest = item[key].partition(". ")
    if len(rest.split()) >= 2 and _STATISTICS_OFFICE.search(head) and _OFFICE_WORD.search(head) \
            and len(head.split()) <= 12 and not any(ch.isdigit() or ch in ":;" for ch in head):
        item["author"] = [{"literal": head}]
        item[key] = rest
        confidence["author"] = confidence.get(key, 0.7)


def _title_in_body_heading(item: dict, confidence: dict) -> None:
    """"Statistics Canada. Labour Force Survey, January 2024. URL": with no title found, a body's name and the
    sentence after its full stop, which the tagger ran into one author, are the author and the title (a unit after
    the body, "World Health Organization. Regional Office for Europe", and a country, are the body's)."""
    head, _, rest = item["author"][0]["literal"].partition(". ")
    words = rest.split()
    if len(item["author"]) == 1 and words and words[0][:1].isupper() and words[0].lower() not in _BODY_WORDS \
            and not _OFFICE_WORD.search(rest) and not is_place(rest) and corporate_name(head):
        item["author"] = [{"literal": head}]
        item["title"] = rest
        confidence["title"] = confidence.get("author", 0.7)


# A note's imprint in brackets: "(Dushanbe: Agency on Statistics, 2018)", Europe-Asia Studies' "(Chișinău, BNS, 2020)"
_BRACKETED_IMPRINT = re.compile(r"\([^()]*[:,][^()]*,\s*(?:1[5-9]|20)\d\d\)")


def _statistics_office_heading(item: dict, text: str) -> bool:
    """Is the work a statistics office's own, the office its heading: a References translation ("Rosstat.
    Chislennost' naseleniya ... [Population of ...]") or GOST's "Росстат. Регионы России. ... URL: ..."? (Harvard's
    "Office for National Statistics (2023) Title. Available at: ..." dates a page, no heading.)"""
    offices = [n["literal"] for n in item.get("author", []) if _STATISTICS_OFFICE.search(n.get("literal", ""))]
    return bool(offices) and ("original-title" in item or f"[{item.get('title', '')}]" in text  # "Rosstat. [Title ...]"
                              or text.lstrip().startswith(f"{offices[0]}. ")
                              # Italian "ISTAT, La povertà in Italia, Roma, ..." (not a notes-style quoted paper or
                              # a note's book with its imprint in brackets)
                              or text.lstrip().startswith(f"{offices[0]}, ")
                              and text.lstrip()[len(offices[0]) + 2:][:1] not in "‘“\"«'"
                              and not _BRACKETED_IMPRINT.search(text))


def _notes_quoted(item: dict, text: str) -> bool:
    """Is the title printed in British notes' quotes, "‘Title’,", or is the original title, before its translation
    ("‘Qazaqstan halqynyń ... qorytyndylary’ [Results of the 2021 National Population Census ...]")?"""
    return f"‘{item['title']}’," in text or "original-title" in item and f"‘{item['original-title']}’ [" in text


def _undated_page(item: dict, text: str) -> bool:
    """"[Title]. Body. Available at: URL (accessed ...)": a body's undated page (a quoted title with a
    body after or before it is a notes-style document)."""
    return "URL" in item and "accessed" in item and "issued" not in item and "number" not in item \
        and text.lstrip()[:1] not in "‘“\"«'" \
        and not any(k in item for k in ("publisher-place", "number-of-pages", "edition", "ISBN")) \
        and not (any("literal" in name for name in item.get("author", ())) and _BODY_THEN_QUOTE.match(text))


def _mla_site_page(item: dict, text: str) -> bool:
    """MLA's page of a body's site: "“Title.” National Archives, 8 Feb. 2022, www.archives.gov/... Accessed 15 Apr.
    2024." (a double-quoted title closed by its full stop, a link and an access date, no place or numbers); the body
    is the site, its container, as a notes-style "‘Title’, Ministry ..., date" is a document the body issues."""
    title = item.get("title", "")
    return bool(title) and "URL" in item and "accessed" in item and text.lstrip()[:1] in "“\"" \
        and (f"{title}.”" in text or f'{title}."' in text) \
        and not any(k in item for k in ("publisher-place", "number", "volume", "issue", "page"))


def _wikipedia_site_page(item: dict, text: str) -> bool:
    """Wikipedia's cite web of an undated page: '"About the Union". Eurasian Economic Union. Retrieved 12 March 2021.'
    (the title's stop after its closing quote, a format such as '(PDF)' between, one sentence naming the site, the day
    it was read; no date, place, numbers or pages), the site its container. A dated one a body issued ('"Title" (PDF).
    State Committee .... 2021. Retrieved ...') is the body's document, as the rules after read it."""
    title, site = item.get("title", ""), item.get("container-title", item.get("publisher", ""))
    # the pattern is built for this item's title and site: tried last, only where they stand in the text, so that few
    # are compiled (each evicts a rule's pattern from the re module's cache)
    return bool(title and site) and "accessed" in item and ". " not in site \
        and ("container-title" in item) != ("publisher" in item) \
        and not any(k in item for k in ("issued", "publisher-place", "number", "volume", "issue", "page", "ISBN",
                                        "edition", "genre")) \
        and f"“{title}”" in text and site in text \
        and re.search(re.escape(f"“{title}”") + r"(?: \([A-Z]{3,4}\))?\. " + re.escape(site) + r"\.", text) is not None


def _chicago_quoted(title: str, text: str) -> bool:
    """The title stands in double quotes with the comma inside or after them: "“Title,”", "“Title”,"."""
    return any(form in text for form in (f"“{title},”", f"“{title}”,", f"\"{title},\""))


# GOST's date of a paper's issue, the day as a sentence after the year: "1930. 5 янв.", "– 1930. – 2 марта."
_DAY_AFTER_YEAR = re.compile(rf"{_YEAR}\.\s+(?:[–—]\s+)?\d{{1,2}}\s+[а-яё]{{3,8}}\.?(?:\s|$)")


def _talk_after_title(item: dict, confidence: dict) -> re.Match | None:
    """"Title. Speech at Nazarbayev University, Astana, 7 September.": the sentence after the title says
    what the work was (`genre`) and where it was given (`event-title`), whether the tagger ran it into the
    title or took it for the publisher or container. The match, or None."""
    talk = _TALK_AFTER_TITLE.match(item["title"])
    if talk:
        item["title"] = talk.group("title").removesuffix(".")
    else:
        key = next((k for k in ("publisher", "container-title") if _TALK_AT.fullmatch(item.get(k, ""))), None)
        if key is None:
            return None
        talk = _TALK_AT.fullmatch(item.pop(key))
        confidence.pop(key, None)
    item["genre"], item["event-title"] = talk.group("kind"), talk.group("event")
    confidence["genre"] = confidence["event-title"] = confidence.get("title", 0.7)
    return talk


# A post's address on a blog: a "blog." or "blogs." host ("blogs.lse.ac.uk") or a "/blog/" folder on a body's site.
_BLOG_URL = re.compile(r"(?i)https?://(?:(?:www\.)?blogs?\.|[^/\s]+/(?:[^?#\s]*/)?blogs?/)")
# A site that names itself a blog ("Alan Liu’s Blog", "The Blog of the APA"): its items are posts
_BLOG_NAME = re.compile(r"(?i)\bblog\b")
# What an unpublished paper's genre says it is ("Unpublished manuscript", "Mimeo"), and the same opening a publisher.
# The body that writes and releases a program names itself its core or development team: "R Core Team", "QGIS
# Development Team", "Stan Development Team"
_SOFTWARE_TEAM = re.compile(r"\b(?:Core|Development)\s+Team$")
_UNPUBLISHED_KIND = re.compile(r"(?i)(?:unpublished\s+)?manuscript|mimeo(?:graph(?:ed)?)?\.?|unpublished")
_NOT_OUT_YET = frozenset(("forthcoming", "in press", "to appear"))


def _status_closing_journal(item: dict, confidence: dict) -> None:
    """The Journal of Finance's "Title, Review of Financial Studies, forthcoming.", APA's "Journal, in press.": the
    word saying the article is not out yet closes the journal's name (or the title the tagger ran it into); it is
    CSL's status, as APA's "(in press)" is."""
    if "container-title" in item and item.get("note", "").strip(" .,").lower() in _NOT_OUT_YET:
        item["status"] = item.pop("note").strip(" .,").lower()  # "Journal of Political Economy, in press."
        confidence["status"] = 0.8
        return
    for key in ("container-title", "title"):
        head, comma, last = item.get(key, "").rpartition(", ")
        if not comma or last.rstrip(".").lower() not in _NOT_OUT_YET:
            continue
        if key == "title":
            title, comma, journal = head.rpartition(", ")
            if not comma or "container-title" in item or not _PERIODICAL_WORD.search(journal):
                continue
            item["title"], item["container-title"] = title, journal
            confidence["container-title"] = confidence.get("title", 0.7)
        else:
            item[key] = head
        item["status"] = last.rstrip(".").lower()
        confidence["status"] = confidence.get(key, 0.7)
        return


def _report_series_read_as_journal(item: dict, confidence: dict, text: str) -> None:
    """AGU's "Title, New Mexico, 2008–2012, U.S. Geol. Surv. Sci. Invest. Rep., 2015-5102, 48 pp.": a series of
    reports (its name closed by a series word) with the report's number where a volume stands, no issue or page,
    a lettered or dashed number or a page count, is the report's genre and number (a number printed as a volume,
    "Geological Survey of Canada Bulletin, v. 90, 34 p.", stays one); the comma parts the tagger put before the
    series name, when none names a body, close the title."""
    volume, container = item["volume"], item["container-title"]
    if {"page", "issue", "genre", "number"} & set(item) or volume.isdigit() and "number-of-pages" not in item \
            or re.search(rf"(?i)\bv(?:ol)?\.\s*{re.escape(volume)}\b", text):
        return
    *lead, series = container.split(", ")
    if any(_UNIVERSITY.search(part) or _CORP_RE.search(part.lower()) or _PUBLISHER_WORD.search(part) for part in lead):
        return
    if lead:
        if "title" not in item:
            return
        item["title"] = ", ".join([item["title"], *lead])
    item["genre"], item["number"] = series, volume
    del item["container-title"], item["volume"]
    confidence["genre"] = confidence.pop("container-title", 0.7)
    confidence["number"] = confidence.pop("volume", 0.7)


def _series_number_misread(item: dict, confidence: dict, text: str) -> None:
    """The AEA's "“Title.” Finance and Economics Discussion Series 2020-045. Washington, DC: ...", the Journal of
    Finance's "Title, Federal Reserve Bank of New York Staff Reports 1012.": a series of papers (its name closed by a
    series word) read as the container or the publisher, the paper's number right after its name read as pages, is
    the report's genre and number (a journal's pages never follow its name with no volume between). So is Harvard's
    "‘Title’, OECD Economics Department Working Papers, No. 1712. Paris: ...", whose "No." the tagger kept with the
    series and the number alone left in the note."""
    key = "page" if "page" in item else "note"
    page = item[key].strip(" .")
    if key == "note" and not _NUMBER_IN_NOTE.fullmatch(page):
        return
    number = "[-–]".join(map(re.escape, page.split("-")))  # "2020-045" as printed, with a hyphen or a dash
    for field in ("container-title", "publisher"):
        series = item.get(field, "")
        name = series[:-4].rstrip(" ,") if series.endswith(" No.") else series
        if name and _SERIES_WORD.search(name) \
                and re.search(rf"{re.escape(series)},?\s+(?:No\.\s*)?{number}(?![\w–-])", text):
            item["genre"], item["number"] = name, page
            del item[field], item[key]
            confidence["genre"] = confidence.pop(field, 0.7)
            confidence["number"] = confidence.pop(key, 0.7)
            return


# A paper's number in its series, left alone in a note: "1712", "2020-045", "WP/22/141"
_NUMBER_IN_NOTE = re.compile(r"(?:[A-Z]{1,4}/)?\d[\d/-]*")


# A school's name closed by the kind of thesis it awarded (LSA's unified style): "MIT dissertation", "University of
# Massachusetts MA thesis", "Stanford University doctoral dissertation"
_THESIS_KIND = (r"(?:(?:ph\.?\s?d|m\.?\s?a|m\.?\s?sc?|b\.?\s?a|doctoral|master['’]?s|bachelor['’]?s|honou?rs|senior)\.?\s+)?"
                r"(?:dissertation|thesis)")
_DEGREE_AFTER_SCHOOL = re.compile(rf"(?i)((?-i:[A-Z])[^,;:]*?\S)\s+({_THESIS_KIND})")
# ... or before it as a sentence of its own (ESA): "Dissertation. University of Wyoming, Laramie, Wyoming, USA."
_DEGREE_BEFORE_SCHOOL = re.compile(rf"(?i)({_THESIS_KIND})\.\s+((?-i:[A-Z]).*)")
# ... opening the publisher, parted from the body by a comma or, in Harvard's sentences, a full stop ("Mimeo.
# University of Oxford.")
_UNPUBLISHED_KIND_FIRST = re.compile(r"(?i)((?:unpublished\s+)?manuscript|mimeo(?:graph(?:ed)?)?)(?:\.?,|\.)\s+(?=[A-Z])")
# ... or closing the title as a sentence of its own ("Title. Mimeo", "Title. Unpublished manuscript")
_UNPUBLISHED_KIND_LAST = re.compile(r"\.\s+((?:[Uu]npublished\s+)?[Mm]anuscript|[Mm]imeo(?:graph(?:ed)?)?)\.?$")


# Chicago's volume of a multivolume work, before its imprint: "Stalin. Vol. 1, Paradoxes of Power, 1878–1928. New
# York: Penguin, 2014.", "The Years of Lyndon Johnson. Vol. 4, The Passage of Power. New York: Knopf, 2012.", "Title.
# Vol. 2. London: Verso, 2019." (the volume's own title after its number optional)
_VOLUME_BEFORE_IMPRINT = re.compile(r"\.\s+Vol\.\s+(?P<volume>\d+)(?:,\s+(?P<title>[A-Z][^.]*))?\.\s+"
                                    r"[A-Z][\w.’' -]{1,30}(?:\s\([A-Z]{2}\))?:\s")


def _volume_of_a_work(item: dict, confidence: dict, text: str) -> bool:
    """A "journal" read off a book's volume: the work's title runs from where the tagger's title (or container)
    starts to ". Vol.", the volume's title is CSL's volume-title, and what the tagger cut from either is taken back."""
    volume = _VOLUME_BEFORE_IMPRINT.search(text)
    if not volume or volume.group("volume") != item.get("volume"):
        return False
    # the work starts where the earliest piece of the tagger's title or container does ("Stalin. Paradoxes of Power"
    # from "Stalin. Vol. 1, Paradoxes of Power, ...": its first sentence)
    pieces = [piece for key in ("title", "container-title") if key in item
              for piece in (item[key], item[key].partition(". ")[0])]
    start = min((at for at in map(text.find, pieces) if 0 <= at < volume.start()), default=-1)
    if start < 0:
        return False
    own = volume.group("title")
    taken = " ".join(filter(None, (text[start:volume.start()], own)))
    item["title"] = text[start:volume.start()]
    confidence["title"] = confidence.get("title", confidence.get("container-title", 0.7))
    if own:
        item["volume-title"] = own
        confidence["volume-title"] = confidence["title"]
    for key in ("container-title", "note"):  # the pieces of either title the tagger put elsewhere
        if key in item and all(word in taken for word in item[key].replace(".", " ").split()):
            del item[key]
            confidence.pop(key, None)
    if own and "page" in item and item["page"].partition("-")[0] in own:
        del item["page"]  # "Vol. 1, Paradoxes of Power, 1878–1928": the volume's years, no pages
        confidence.pop("page", None)
    if own and item["publisher"].startswith(own):
        item["publisher"] = item["publisher"][len(own):].lstrip(". ")
    return True


def _body_s_serial(item: dict, container: str, text: str) -> bool:
    """Is the container a learned body's proceedings, printed as a journal is (by volume, not "In" a book nor
    edited): "Trudy Instituta yazykoznaniya RAN [Proceedings of ...], 2019, vol. 5, pp. 1–20."?"""
    return "volume" in item and "editor" not in item and bool(_BODY_PROCEEDINGS.match(container)) \
        and not _MEETING_WORD.search(container) and not re.search(r"(?:\bIn:?|//)\s*" + re.escape(container[:30]), text)


# A page or run of pages as a periodical prints them: "4-36", "1021", "e0123", "S12-S19" (not "#112.02" nor "1 et 2").
_PAGES_ALONE = re.compile(r"\w*\d\w*(?:-\w*\d\w*)?")


def _journal_pages(item: dict, text: str) -> bool:
    """Could an item's pages be an article's? Not a single page cited "p. 228" (a place in a book), a date to the
    day's (a paper's or a sitting's record) nor a "page" that is the year read twice."""
    page = item.get("page", "")
    year = ((item.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    return bool(_PAGES_ALONE.fullmatch(page)) and not _has_day(item.get("issued")) and page != str(year) \
        and not (not _PAGE_RANGE.search(page) and re.search(r"(?i)\bpp?\.\s*" + re.escape(page) + r"\b", text))


def _item_type(item: dict, text: str) -> tuple[str, float]:
    mark = _GBT_MARK.search(text) if "]" in text else None
    if mark and mark.group(1) in _GBT_TYPES:
        if mark.group(1) == "M" and text.startswith("//", mark.end()):
            return "chapter", 0.95  # "Title[M]//Editor, ed. Book. ...": a part of the book after "//"
        return _GBT_TYPES[mark.group(1)], 0.95
    if _wikipedia_site_page(item, text):
        site = item.get("container-title", item.get("publisher", ""))
        return ("article-newspaper", 0.85) if is_outlet(site) or _NEWS_RE.search(site.lower()) else ("webpage", 0.8)
    if item.get("genre", "").lower() in _DESCRIBED_TYPES:
        return _DESCRIBED_TYPES[item["genre"].lower()], 0.9  # "[Data set]", "[Computer software]"
    if "number" in item and _UK_PAPER_GENRE.fullmatch(item.get("genre", "")):
        return "report", 0.85  # "Title. Cm 9589. London: HMSO.": a command paper in its series (_uk_paper_in_series)
    if _EXHIBITION_CATALOGUE.fullmatch(item.get("genre", "")):
        return "book", 0.85  # "Title. Exhibition catalog. New York: ...", MLA's "..., 2010. Exhibition catalogue."
    if _UNPUBLISHED_KIND.fullmatch(item.get("genre", "")):
        return "manuscript", 0.85  # the AEA's "Mimeo, Princeton University.", APA's "[Unpublished manuscript]"
    if item.get("genre", "").lower() in _AUDIOVISUAL:
        return _AUDIOVISUAL[item["genre"].lower()], 0.85  # APA "[Video]", "[Audio podcast episode]"
    if item.get("medium", "").lower() == "online video":
        return "motion_picture", 0.85  # IEEE "[Online Video]. Available: https://www.youtube.com/..."
    if (_PRESENTATION.fullmatch(item.get("genre", "")) or _PRESENTED_AT.match(item.get("container-title", ""))) \
            and not {"page", "volume", "editor"} & set(item):
        return "speech", 0.85  # a talk at a meeting: "[Paper presentation]. Annual Congress of ..., Linz, Austria."
    if _VIDEO_PLATFORM.fullmatch(item.get("container-title", "")):
        return "motion_picture", 0.8  # MLA "“Title.” YouTube, uploaded by Name, 3 May 2022, www.youtube.com/..."
    if _DATA_REPOSITORY.fullmatch(item.get("container-title") or item.get("publisher", "")) \
            or _DATA_DOI.match(item.get("DOI", "")):
        return "dataset", 0.8  # deposited in a data repository: "Zenodo https://doi.org/10.5281/..."
    if _CODE_REPOSITORY.fullmatch(item.get("container-title") or item.get("publisher", "")) \
            or _CODE_URL.match(item.get("URL", "")):
        return "software", 0.8  # "“netsim-rs: ...,” GitHub, 2022": code on a forge
    if _RELEASE.fullmatch(item.get("version", "")) and not {"editor", "genre", "volume", "issue", "page"} & set(item):
        return "software", 0.75  # Harvard "Team (2022) QGIS Geographic Information System (Version 3.28). Body.": a release
    if _SOFTWARE_TEAM.search(((item.get("author") or [{}])[0]).get("literal", "")) \
            and not {"container-title", "editor", "genre", "volume", "issue", "page"} & set(item):
        return "software", 0.7  # ESA "R Core Team. 2022. R: a language and environment ... R Foundation ..., Vienna"
    if _SOCIAL_PLATFORM.fullmatch(item.get("container-title", "")) or _SOCIAL_URL.match(item.get("URL", "")) \
            or "title" not in item and _UNTITLED_POST.fullmatch(item.get("note", "")):  # "Name, tweet, 3 April 2022."
        return "post", 0.8  # "Mykhailo Podolyak, ‘...’, Telegram, 3 March 2022, https://t.me/...": a social-media post
    if "container-title" not in item and "title" in item and "URL" not in item \
            and is_broadcaster(item.get("publisher", "")):
        return "broadcast", 0.8  # "‘Vesti nedeli’, Rossiya 1, 24 November 2013": a programme and its network
    container = item.get("container-title", "")
    if PREPRINT_SERVER.fullmatch(container or item.get("publisher", "")) and not {"volume", "issue"} & set(item) \
            or not container and "Preprint at" in text and _PREPRINT_CUE.search(text) \
            or not container and item.get("genre", "").lower().endswith(" preprint"):
        return "article", 0.85  # "... choices. PsyArXiv. https://doi.org/...", "PsyArXiv preprint": a preprint
    title = item.get("title", "")
    has_serial = any(k in item for k in ("volume", "issue"))
    if not has_serial and not {"edition", "ISBN", "number-of-pages"} & set(item) \
            and (_INTERVIEW_RE.search(title.lower()) or _INTERVIEW_HEAD.match(title)) and (
            not container or re.match(r"(?i)\W*(?:\w+[’']s?\s+)?interviews?\b", title)):
        return "interview", 0.9
    if not has_serial and not container and "publisher" not in item and not _SECOND_SENTENCE.search(text) and (
            COMMUNICATION_HEAD.match(title) or COMMUNICATION_HEAD.match(item.get("genre", ""))):
        return "personal_communication", 0.9  # "A. Smith, personal communication, 4 May 2019" names it as its genre
    if not has_serial and _SPEECH_TITLE.match(title) and not {"editor", "compiler", "number-of-pages"} & set(item) \
            and (not container or _speech_place(container) or f"// {container}" in text and _given_in_town(title, text)):
        # GOST's "... . Анкара, 16 марта 2023 г. // Акорда : официальный сайт ...": a talk given in a town on a day,
        # whatever site put it online (with neither, "Обращение ... // Официальный сайт ..." stays a page)
        return "speech", 0.75  # not the address printed as a booklet ("– Москва : Кремль, 2012. – 40 с.")
    low = text.lower()
    if "genre" in item and _THESIS_RE.search(item["genre"].lower()) or not container and _THESIS_CUE.search(low) \
            and _THESIS_RE.search(low):
        return "thesis", 0.85
    if _COURTS_ACT.match(title) or _COURTS_ACT.match(item.get("original-title", "")):
        return "legal_case", 0.8  # "Постановление Конституционного Суда РФ от 19.04.2016 № 12-П // СЗ РФ ..."
    if (_LAW_START.match(title) or _LAW_START.match(item.get("original-title", "")) or _GOST_LAW.search(title)
            or _LAW_GAZETTE.search(container)) and not rules.STANDARD.match(item.get("number", "")) \
            and not ("publisher" in item and any("family" in name for name in item.get("author", ()))):
        # "Konstitutsiya ... [Constitution ...]. Rossiiskaya gazeta, ...": in print; a person's book on an act
        # ("Иванов И. И. Федеральный закон «О полиции» : комментарий. – М. : Юрайт, 2020.") is none
        return "legislation", 0.8
    if _CONSTITUTION_START.match(title) and not any("family" in name for name in item.get("author", ())):
        return "legislation", 0.75  # "Конституція України : прийнята ... – Київ : ..., 2020.": not a book about it
    if rules.STANDARD.match(item.get("number", "")):
        return "standard", 0.9
    if not container and "publisher" not in item and _SITTING_RECORD.match(title):
        return "document", 0.7  # no treaty ("Protocol of the session ..."), nor a book for its place and day
    document = (not container and "publisher" not in item and _document_word(title)
                or "section" in item and not has_serial and _document_word(container)  # "Article 12, CSTO Charter"
                or _document_on_site(item, text) and _document_word(title)
                # GOST's act put online: "Договор о ... // Евразийская экономическая комиссия. URL: ..."
                or "URL" in item and f"// {container}" in text and _document_word(title))
    if document:
        return ("treaty", 0.75) if document in _TREATY_WORDS else ("document", 0.7)
    if container:
        if (_CONF_RE.search(container.lower()) or _PROCEEDINGS_SERIES.match(item.get("collection-title", ""))) \
                and "issue" not in item and not _proceedings_journal(item, container, text) \
                and not _body_s_serial(item, container, text):
            return "paper-conference", 0.85
        if not has_serial and _VENUE_ACRONYM.fullmatch(container) and f"In {container}" in text:
            return "paper-conference", 0.75  # ML papers' "In ICLR, 2014.", "In NeurIPS 2020, pages ...": a meeting's short name
        if _REFERENCE_WORK.search(container) and "issue" not in item and (
                not has_serial or "publisher" in item or f"In {container[:30]}" in text):
            # "“Plato.” The Stanford Encyclopedia of ...", APA's "In The Oxford encyclopedia of philosophy (Vol. 3,
            # pp. 12-19). Oxford University Press.": an entry, in print in one of the work's volumes
            return ("entry-dictionary" if _DICTIONARY_WORK.search(container) else "entry-encyclopedia"), 0.8
        if "editor" in item or "compiler" in item:
            return "chapter", 0.85
        if ("publisher" in item and not has_serial and not {"editor", "page"} & set(item)
                and _PAPER_SERIES.search(container)
                and not re.search(r"(?i)(?:\bin\s*:?|//)\s*" + re.escape(container[:30]), text)):
            return "report", 0.75  # "‘Title’, Chatham House Research Paper (London, ...)": a paper in a series
        if (("publisher" in item or "publisher-place" in item)
                and (not has_serial or "issue" not in item and "publisher" in item and "publisher-place" in item)
                and not ("URL" in item and _SITE_RE.search(container))  # a site's place: "// ... : офиц. сайт. – Минск"
                and (_CHAPTER_CUE.search(text)
                     or "issue" not in item and "page" in item and _VOLUME_SENTENCE.search(text))):  # slow last
            # "// Собрание сочинений. М. : Дело, 2012. Т. 2.": a book's volume, no journal's; so is References'
            # "[Title]. Energeticheskoe pravo. Vol. 1. Moscow, Yurait Publ., 2020, pp. 12–40." with no "In:", whose
            # pages make it a chapter (Chicago's "Stalin: ... Vol. 1. New York: Penguin, 2014." is the whole volume)
            return "chapter", 0.8
        if not has_serial and "page" not in item and "number" in item and _SERIES_WORD.search(item.get("genre", "")):
            return "report", 0.8  # IEEE "“Title,” Nat. Renewable Energy Lab., Golden, CO, USA, Tech. Rep. X, 2021."
        if "issue" not in item and container.startswith("Advances in ") \
                and re.search(r"(?i)\b(?:in|en|im|dans)\s*:?\s*" + re.escape(container), text):
            # '"Title," in Advances in Neural Information Processing Systems, vol. 30, 2017' (natbib's sentence
            # "In Advances in ..., volume 34, pages ...", Vancouver's "In: Advances in .... 2021. p. 11893–905.", with
            # or without the volume): the proceedings volumes so named are cited "in" them; the journals ("Advances
            # in Physics") are not.
            return "paper-conference", 0.7
        if has_serial and "volume" not in item and _has_day(item.get("issued")) and (
                is_outlet(container) or "//" in text and _DAY_AFTER_YEAR.search(text)):
            # a paper's numbered issue: "Kommersant, no. 145, 11 August 2023"; GOST cites a journal's issue by its
            # year and number, a paper's by its day too ("// Советская Сибирь. 1930. 5 янв. № 4.")
            return "article-newspaper", 0.85
        if has_serial:
            return "article-journal", 0.9
        if "URL" in item and (_SITE_RE.search(container) or _body_on_own_site(item, container)) \
                and not _NEWS_RE.search(container.lower()):
            return "webpage", 0.8  # "// Официальный сайт Президента России. 2014. 18 марта. URL: ..."
        if "URL" in item and _UPDATED.search(text) and not _NEWS_RE.search(container.lower()):
            return "webpage", 0.7  # AMA "Title. Site name. Updated (Published) May 17, 2022. Accessed ..."
        if _ONLINE_FIRST.search(text):
            return "article-journal", 0.8  # a journal's article out before its issue: no volume yet
        if "publisher" not in item and (_has_day(item.get("issued")) or _day_and_month(item.get("issued"))) \
                and not _CORP_RE.search(container.lower()):
            return "article-newspaper", 0.8  # dated to the day (its year given elsewhere or not), no volume: a paper
        if not has_serial and "URL" not in item and _named_outlet(container):
            # "Гаврилов Ю. Title. Российская газета: 4, 2023.": a known paper in print; APA's "Title. The Diplomat.
            # Retrieved ... from URL", dated to the year, stays the page below
            return "article-newspaper", 0.85
        if "page" in item and "publisher" not in item:
            return "article-journal", 0.75
        if "publisher" in item:
            return "chapter", 0.7
        day = _has_day(item.get("issued"))
        if day and is_outlet(container):
            return "article-newspaper", 0.85  # "Deutsche Welle (Russian Service)": an outlet whose edition names a body word
        if _CORP_RE.search(container.lower()) and not _NEWS_RE.search(container.lower()):
            # a body's report ("[Annual report 2019]. Federal Antimonopoly Service, 2020."), unless
            # its document symbol makes it an official document ("..., UN Security Council, S/2021/759");
            # a number in a report series stays a report's ("..., Policy Brief No. 14, ECFR, March 2020")
            report = _calls_itself_report(title.lower()) and "number" not in item \
                or _REPORT_RE.search(item.get("genre", "").lower())
            if not report and (_undated_page(item, text) or _mla_site_page(item, text)):
                return "webpage", 0.7  # "[Title]. Eurasian Economic Commission. Available at: URL (accessed ...)"
            return ("report", 0.75) if report else ("document", 0.7)
        if _NEWS_RE.search(container.lower()) or day:
            return "article-newspaper", 0.85 if _NEWS_RE.search(container.lower()) else 0.7
        if _CORP_RE.search(container.lower()):
            return "document", 0.7
        if "URL" in item and "page" not in item or "accessed" in item and not {"page", "issued"} & set(item):
            # a site's page: the container is the site; Wikipedia's '"Title". Site. Retrieved 3 January 2024.' has
            # no link in a text copy, only the day it was read
            return "webpage", 0.6
        return "article-journal", 0.6
    if _calls_itself_report(title.lower()) and not (_SUBTITLE_A_REPORT.search(title) and "publisher" in item
                                                    and any("family" in name for name in item.get("author", []))) \
            or _REPORT_RE.search(
            " ".join((item.get("genre", ""), item.get("collection-title", ""))).lower()) or (
            ("number" in item or "publisher" in item) and _SERIES_WORD.search(item.get("genre", ""))) or _PAPER_SERIES.search(
            item.get("genre", "")):
        return "report", 0.8
    if _LAW_RE.search(title.lower()) and not any("family" in n for n in item.get("author", [])):
        return "legislation", 0.75  # a person's work about a law ("Commentary on the Federal Law ...") is not one
    if item.get("number", "").lower().startswith("arxiv"):
        return "article", 0.85  # a preprint
    if "number" in item and "genre" in item and any("family" in name for name in item.get("author", [])):
        return "report", 0.75  # a person's paper numbered in a named series ("Kennan Cable No. 25"); acts are a body's
    if _REPORT_CODE.fullmatch(f"({item.get('number', '')})") and _by_body(item) \
            and not rules.NUMBER.fullmatch(item["number"]):  # a UN symbol ("CERD/C/KGZ/CO/8-10") is a document's
        return "report", 0.8  # a body's numbered report: "U.S. Government Accountability Office ... (GAO-20-81)"
    if _YEAR_NUMBERED.fullmatch(item.get("number", "")):
        return "report", 0.8  # "NOU 2019: 4. Title. Oslo: ...": a Nordic official report
    if _LETTERED_REPORT_NUMBER.fullmatch(item.get("number", "")) and "publisher" in item \
            and "container-title" not in item and (any("family" in name for name in item.get("author", []))
                                                   or _by_body(item) and not _LAW_RE.search(title.lower())):
        # a person's "Title, RR-1577-AF (Santa Monica, CA: RAND Corporation, 2017)", a body's "Title. UG-2087-ENV. Port
        # Hueneme, CA: Naval Facilities Engineering Command."; a decree's "NH-308-N" is no report
        return "report", 0.8
    office = _statistics_office_heading(item, text)
    if _undated_page(item, text) and (not office or "title" not in item):
        # a statistics office's translated title with a link and no date is still its report ("Rosstat. Chislennost'
        # naseleniya ... [Population of ...]. Available at: URL (accessed ...)"), as dated or printed it is below; its
        # site named by the office alone is a page
        return "webpage", 0.7
    if "number" in item and ("cat. no." in text or "catalogue no." in text) and _by_body(item):
        return "report", 0.8  # a body's catalogued publication: "Australian Bureau of Statistics 2021, Title, cat. no. ..."
    if "number" in item or _CORP_RE.search(item.get("publisher", "").lower()) and "URL" in item \
            and not item["publisher"].endswith(" Publ.") and not _publishes_itself(item):
        # References' "Service Press Publ." is a publishing house; a body publishing its own paper, below
        return "document", 0.8
    if (text.lstrip()[:1] in "‘“\"«" and "publisher" in item and "publisher-place" not in item
            and _has_day(item.get("issued")) and not _CORP_RE.search(item["publisher"].lower())
            and re.search(r"[’”\"»],\s*" + re.escape(item["publisher"]) + r",\s*\d{1,2}\s", text)):
        return "article-newspaper", 0.7  # "‘Title’, RFE/RL Newsline, 12 March 2013": a press item
    if text.lstrip()[:1] in "‘“\"«" and ("URL" in item or _has_day(item.get("issued"))):
        return "document", 0.75  # notes style: a quoted title with a date or link, no container
    if text.lstrip()[:1] in "‘“\"«" and corporate_name(item.get("publisher", "")) \
            and not _PUBLISHER_WORD.search(item["publisher"]) and not {"number-of-pages", "edition", "ISBN"} & set(item):
        # "‘Statistical Yearbook 2021’, State Statistics Service of the PMR, Tiraspol, 2021, p. 56.": a body's quoted
        # paper dated to the year is its document too (a publishing house's book is not quoted in notes)
        return "document", 0.7
    if any("literal" in n for n in item.get("author", [])) and f"‘{title}’" not in text and (
            _STATISTICAL_WORK.search(title.lower())
            or office):
        return "report", 0.7  # References "Rosstat. Rossiiskii statisticheskii ezhegodnik [...]. Moscow, 2020. 700 p."
    if "URL" in item and "medium" in item and not {"number-of-pages", "edition", "ISBN"} & set(item) \
            and ("; c1" in text or "; c2" in text) and _CITING_MEDICINE_COPYRIGHT.search(text):
        return "webpage", 0.75  # Citing Medicine dates a site's page, not a book, by its copyright: "Body; c2021 [cited"
    if _published_by_own_acronym(item):
        return "report", 0.7  # "Instituto Nacional de Estadística (2022). Encuesta ... Madrid: INE.": a body's own paper
    bodies = [name["literal"] for name in item.get("author", []) if "literal" in name]
    if _publishes_itself(item):
        # "World Bank, Tajikistan Economic Update (Washington, DC: World Bank, 2023)", "BP, Energy Outlook 2023
        # (London, BP, 2023)": a body that publishes its own paper issued a report, not a publishing house's book
        return "report", 0.7
    if bodies and "publisher-place" in item and "issued" in item and not {"publisher", "edition", "ISBN"} & set(item) \
            and text.lstrip().startswith(f"{bodies[0]}. ") and ("original-title" in item or f"[{title}]" in text):
        # References "Bank of Russia. [Financial Stability Review ...]. Moscow, 2023. 84 p.": the body heading its
        # translated title, and no publisher but itself, issued its own paper (a publishing house's book names one)
        return "report", 0.7
    if "editor" in item and _PAGE_RANGE.search(item.get("page", "")) and not {"number-of-pages", "issue"} & set(item) \
            and _CHAPTER_CUE.search(text):
        # "Title, in Book (Cohen, A. (ed.)), Routledge, London, pp. 181–197": a run of pages "in" an edited work is
        # a part of it, even where its book's title was not told from the chapter's (Chicago's note "Title, ed.
        # Name (New York: Norton, 2011), 55–58." cites pages of the book)
        return "chapter", 0.6
    if _UNIVERSITY_ITSELF.search(item.get("publisher", "")) and not _PUBLISHER_WORD.search(item["publisher"]) \
            and not _PUBLISHING_ARM.search(item["publisher"]) and "/" not in item["publisher"] and any("family" in name for name in item.get("author", [])) \
            and not {"publisher-place", "page", "number-of-pages", "edition", "ISBN", "number", "genre", "editor",
                     "URL"} & set(item):
        # "Gil Andrés, C. Title. Universidad de Zaragoza.": a person's work the university itself (not its press, nor
        # with co-publishers) put out, with no place, pages, edition or series number, is the thesis it awarded a degree
        # for, the degree's name left out as the styles that print no type marks leave it (Chicago's "(Birmingham:
        # University of Birmingham, 1968), 31" cites a book's page)
        return "thesis", 0.6
    if any(k in item for k in ("publisher", "number-of-pages", "edition", "ISBN")):
        return "book", 0.85
    if "editor" in item and "page" not in item and "title" in item and _EDITOR_CUE.search(text) \
            and not _CHAPTER_CUE.search(text):
        # "Toniolo, G., ed. L’Italia e l’economia mondiale dall’Unità a oggi. 2013.": a volume its editors name as
        # such is a book, whole (not a part "in" one: "‘Title’, in Bock et al. (1990).")
        return "book", 0.7
    if "URL" in item:
        if title and (text.lstrip()[:1] in "‘“\"«'" or _by_body(item) and not _year_after_author(item, text) and (
                _notes_quoted(item, text) or "medium" not in item and _chicago_quoted(title, text))):
            # British notes "Ministry of Foreign Affairs of Kazakhstan, ‘Statement on ...’, 16 August 2021, URL",
            # Chicago's "General Administration of Customs ..., “Title,” March 2023, URL" (IEEE's "European
            # Space Agency, “Mission overview,” 2021. [Online]" is a web page, and so is Emerald's author-date
            # "KNOMAD (2022), “Remittances data: inflows”, available at: URL (accessed ...)", as a person's is)
            return "document", 0.7
        if "publisher-place" in item and "issued" in item and _by_body(item):
            return "report", 0.7  # "Bank of Russia. [Financial stability review]. Moscow, 2023. Available at: ...pdf"
        return "webpage", 0.75
    if "publisher-place" in item:
        if _by_body(item) and title and _notes_quoted(item, text):
            # British notes "Ministry of ..., ‘Concept of the Foreign Policy ...’, Tashkent, 2012": a body's
            # paper in quotes is no book (an IEEE manual, "Body, “Title,” City, 1993.", may be one)
            return "document", 0.6
        return "book", 0.6
    if _journal_pages(item, text):
        # "Кудрин АЛ. Title. Вопросы экономики. 2014;(12): 4–36.": pages with no publisher, place or link are an
        # article's, even where its journal was not told from the title, or a chapter's after "In:" ("..., in:
        # Esterbauer 2003, 171–190.", an issue's number makes it a journal's again); a single page cited as "p. 228" is a book's, a day's a paper's or a record's
        cue = _CHAPTER_CUE.search(text)
        return ("chapter" if cue and "//" not in cue.group() and "issue" not in item else "article-journal"), 0.5
    if title and _NO_IMPRINT_NOTE.search(item.get("note", "")):
        return "book", 0.5  # "Title. s.l. : s.n., 1887.", "[S. l.: s. n.], 2019.": an imprint that names no place or publisher
    return "document", 0.5


# A link a PDF copy broke at a space: "https://www.cia.gov/ library/publications/index.html", after a slash, stop,
# hyphen, underscore or "=" (".../2023/04/28/ 972874-bank-rossii-...", ".../Rab_ sila_2020.pdf"): what follows is
# the rest of the path when a "/", ".", "-", "_" or "=" joins its parts or a letter stands by a digit, is a file's
# extension after the stop (".../Rab_sila_2020. pdf"), or is anything after a "=" or "&" no link ends with.
_BROKEN_URL = re.compile(r"((?:https?://|www\.)\S*[/._=&-])\s+(?=(?:[\w~%-]*(?:[/.=_-][\w~%]|\d[^\W\d_]|[^\W\d_]\d)"
                         r"[\w~%./?=&#-]*[\w/]|(?<=\. )(?:pdf|html?|php|aspx?|xlsx?|docx?)|(?<=[=&] )[\w%-]+)"
                         r"(?:[.,;]?\s|[.,;]?$))")
# A span that is one date and nothing more: "December 2016", "15 December 2016", "December 27, 2001".
_WHOLE_DATE = re.compile(rf"(?:\d{{1,2}}\s+)?[^\W\d_]+\.?(?:\s+\d{{1,2}},?)?\s+{_YEAR}")
_NOT_DATE_WORD = re.compile(r"[^\W\d_]{3,}")
_LONG_NUMBER = re.compile(r"(?<!\d)\d{3,}(?!\d)")
# a day's or a month's number, not a date's "12.03." parts (its first digit first, so a search skips to digits)
_SHORT_NUMBER = re.compile(r"\d(?<![\d.]\d)\d?(?![\d.])")


def _words_beside_date(span: str, value: dict) -> bool:
    """Does a date span hold words that are no month, season or word joining two days ("Nur-Sultan" in "2019
    (Nur-Sultan, 2020)"),
    or a number that is no day or year ("754" in "754-2019, Jul. 2019") or none of the date read from it
    ("17, 42" in "17, 42, April 2020")?"""
    if "ei" in span:
        span = _MAY_IN_DATE.sub("May", span)  # "(2019, 3 Mei)": the month the date was read with
    if any(w.lower() not in MONTHS and w.lower().rstrip(".") not in MONTHS and w not in _DAY_JOINERS
           and w.rstrip(".") not in TRANSLITERATED_MONTHS for w in _NOT_DATE_WORD.findall(span)) \
            or any(not 1500 <= int(number) <= 2099 for number in _LONG_NUMBER.findall(span)):
        return True
    short = _SHORT_NUMBER.findall(span)  # most spans hold none: the date's parts are gathered only for those that do
    return bool(short) and not {int(number) for number in short} <= {part for date in value.get("date-parts", ()) for part in date}


def _own_publisher(item: dict) -> None:
    """"Rio Tinto (2021) Annual Report 2020. London: Rio Tinto.": an author written as given and family name that
    publishes the work under the same words is a body publishing its own report, not a person."""
    authors = item.get("author")
    if authors and len(authors) == 1 and "publisher" in item and set(authors[0]) == {"family", "given"} \
            and "." not in authors[0]["given"] and f"{authors[0]['given']} {authors[0]['family']}" == item["publisher"]:
        item["author"] = [{"literal": item["publisher"]}]


def _named_outlet(name: str) -> bool:
    """Is this a newspaper, agency or broadcaster the outlet list knows by name ("The Washington Post", "Интерфакс")?
    Not is_outlet's names built on outlet words: "Journal of ..." and "... Press" name journals and publishers too."""
    name = name.strip(" .,;:").lower()
    return name in OUTLETS or name.startswith("the ") and name[4:] in OUTLETS


def _named_outlet_as_paper(item: dict, confidence: dict) -> None:
    """"Title. Интерфакс, 2024.", "Title. Belsat. 2023.": a known newspaper or agency that the tagger read as the
    publisher (no place beside it, no book's edition, ISBN or page count) or ran into the title as its last sentence is
    the paper the article appeared in; a paper publishes no books, and styles that print no type marks print it so."""
    publisher = item.get("publisher", "")
    if publisher and _named_outlet(publisher) \
            and not {"publisher-place", "edition", "ISBN", "number-of-pages", "editor"} & set(item):
        _move(item, confidence, "publisher", "container-title")
        return
    title, stop, last = item.get("title", "").rpartition(". ")
    if stop and title and "publisher" not in item and _named_outlet(last):
        item["title"], item["container-title"] = title, last
        confidence["container-title"] = confidence.get("title", 0.7)


def _masthead_and_day(item: dict, confidence: dict) -> None:
    """"Pravda, 14 February 1956.": a lone name with no given name and a date to the day, and
    nothing else, cites a newspaper's issue; the name is the paper, not an author."""
    names = item.get("author", [])
    if (len(names) == 1 and "given" not in names[0] and _has_day(item.get("issued"))
            and not set(item) - {"type", "author", "issued", "page"}):
        item["container-title"] = names[0].get("literal") or names[0].get("family", "")
        del item["author"]
        confidence["container-title"] = confidence.pop("author", 0.7)


_SERIES_WORD = re.compile(rf"(?i)\b(?:{_SERIES_WORDS}|rep\.|pap\.|pub\.)$")  # IEEE "Tech. Rep.", AHRQ "Pub.", Annual Reviews "Work. Pap." too
_SERIES_CODE = re.compile(r"[A-Z]{1,3}\d+[-–]\d+[.,]?")  # "P60-273."
# Pages or a volume after a numbered work ("No. 3 (2020): 39–53", "no. 2, pp. 5–9", "vol. 4"): a periodical's issue.
_PAGED_AFTER = re.compile(r"(?i)\b(?:pp?|vol|str|s)\.\s*\d|:\s*\d+\s*[–-]\s*\d")


# Nature "Title. Preprint at bioRxiv https://doi.org/... (2021).": the words that say a work is a preprint,
# with the server that posts it, if named, after them.
_PREPRINT_AT = re.compile(r"(?:^|(?<=[.?!]\s))Preprint at\b\s*([^.]*?)[\s.,]*$")  # in the note
_PREPRINT_CUE = re.compile(r"[.?!]\s+Preprint at\s")  # in the reference


# A journal's book after its year, its volume (if any) before it: "1908. Кн. 1.", "1899. – Т. 97. – Кн. 2."
_JOURNAL_BOOK = re.compile(r"\d{4}\.\s+(?:[–—]\s+)?(?:Т\.\s*(\d+)\.\s+(?:[–—]\s+)?)?Кн\.\s*(\d+)\b")
_JOURNAL_BOOK_CUES = re.compile(r"(?:\.\s+(?:[–—]\s+)?(?:Т\.\s*\d+|Кн\.))+$")


# A reprint's two imprints, the first edition's then the reprint's: MHRA's "(London: Hogarth Press, 1929; repr.
# Harmondsworth: Penguin, 1945)", Chicago's "London: Hogarth Press, 1929. Reprint, Harmondsworth: Penguin, 1945."
_IMPRINT_PLACE = r"(?<![\w’'-])(?:St\.\s)?[A-Z][\w’'-]+(?:(?:,\s*|\s)[A-Z][\w’'-]*){0,3}\.?"  # "Cambridge, Mass."
_REPRINT_IMPRINT = re.compile(
    rf"(?P<place1>{_IMPRINT_PLACE}):\s*(?P<publisher1>[^:;()]{{2,60}}?),\s*(?P<year1>{_YEAR})[;.]\s*"
    rf"(?P<cue>repr\.|[Rr]eprint(?:ed)?)[,.]?\s*(?:by\s+)?(?P<place2>{_IMPRINT_PLACE}):\s*"
    rf"(?P<publisher2>[^:;()]{{2,60}}?),\s*(?P<year2>{_YEAR})(?=[).,;]|$)")


# GB/T's chapter: "Title[M]//Smith J, ed. Book. Place: Publisher, 2015: 45-67." (the book's editors after the "//").
_GBT_EDITED_BOOK = re.compile(r"(?P<names>[^.]+?),?\s+(?:eds?\.|主编|编)\s*(?P<book>\S.*)")


def _gbt_names_and_book(item: dict, confidence: dict, text: str) -> None:
    """GB/T writes every name family first, the family often in capitals ("LI Na", "WU Fulong"), which the
    name reader took for initials before a family name ("Na" family, "LI" given, dotted "L.I." as "JA Ocampo" is;
    the printed order tells them from Vancouver's "Smith JA"); and a chapter's book after "//" opens with its
    editors, which were the book's title."""
    for role in ("author", "editor"):
        for name in item.get(role, []):
            given, family = name.get("given", ""), name.get("family", "")
            if "." in given:
                given = given.replace(".", "")
                if f"{given} {family}" not in text:
                    continue
            if len(given) > 1 and given.isalpha() and given.isupper() and family.isalpha() and not family.isupper():
                name["family"], name["given"] = given, family
    book = _GBT_EDITED_BOOK.fullmatch(item.get("container-title", ""))
    if book and "editor" not in item:
        item["editor"] = parse_names(book.group("names"))
        item["container-title"] = book.group("book")
        _conf(confidence, "editor", confidence.get("container-title", 0.8))


def _reprint_imprint(item: dict, confidence: dict, text: str) -> None:
    """A reprint cited with both imprints: the edition used is the reprint's (publisher, place, year),
    the first edition's are the original ones; the tagger had run the two together ("Hogarth Press,
    Penguin", "London: Harmondsworth") and the reprint word into the title."""
    reprint = _REPRINT_IMPRINT.search(text)
    if not reprint or reprint.group("year1") >= reprint.group("year2"):
        return
    span = reprint.group()
    p = confidence.get("publisher", 0.8)
    item.update({"publisher": reprint.group("publisher2").strip(), "publisher-place": reprint.group("place2"),
                 "issued": {"date-parts": [[int(reprint.group("year2"))]]},
                 "original-date": {"date-parts": [[int(reprint.group("year1"))]]},
                 "original-publisher": reprint.group("publisher1").strip(),
                 "original-publisher-place": reprint.group("place1")})
    for key in ("publisher", "publisher-place", "issued", "original-date", "original-publisher",
                "original-publisher-place"):
        _conf(confidence, key, p)
    if "title" in item:
        item["title"] = rules.strip_end(re.sub(r"[\s,;(]+(?:repr\.?|[Rr]eprint(?:ed)?)$", "", item["title"]))
    kept = [line for line in item.pop("note", "").split("\n")
            if line.strip() and line.strip(" ().,;") not in span]
    item["note"] = "\n".join([*kept, reprint.group("cue")])


# The reprint mark alone: Chicago's "(1792; repr., London: Penguin Classics, 2004)", "1930. Reprint, London: ...".
_REPRINT_MARK = re.compile(r"(?:repr\.?|[Rr]eprint(?:ed)?)[.,;]?")


def _reprint_mark_read(item: dict) -> None:
    """The mark of a reprint whose first edition's year is read (``original-date``) says nothing more: Chicago's
    "(1792; repr., London: Penguin Classics, 2004)" kept "repr." in note. (With both imprints read, the mark stays,
    as _reprint_imprint keeps it.)"""
    set_note(item, "\n".join(line for line in item["note"].split("\n") if not _REPRINT_MARK.fullmatch(line.strip())))


def _preprint_at(item: dict, confidence: dict) -> None:
    """Nature's preprints: "Preprint at [server]" in the note says what the work is (its genre, as
    APA's "[Preprint]" does) and names the server, which publishes it; a title the tagger left in
    the note before it is the title."""
    note = item.get("note", "")
    at = _PREPRINT_AT.search(note)
    if not at:
        return
    item.setdefault("genre", "Preprint")
    head, server = note[:at.start()].strip(), at.group(1).strip()
    if head and "title" not in item:
        item["title"] = rules.strip_end(head)
        confidence["title"] = 0.6
        head = ""
    if server and "publisher" not in item:
        item["publisher"], server = server, ""
        confidence["publisher"] = 0.8
    del item["note"]
    for rest in (head, server):
        if rest:
            add_note(item, rest)


# Science's preprint with no title: the server, its number for the work, "[Preprint]" and the year in brackets.
_SERVER_NUMBER_PREPRINT = re.compile(rf"(?P<server>[A-Za-z][A-Za-z ]*?) (?P<number>\d[\d.]*\d(?:v\d+)?) \[Preprint\]"
                                     rf"(?: \((?P<year>{_YEAR})\))?")


def _server_in_note(item: dict, confidence: dict) -> None:
    """APA's "Title [Preprint]. bioRxiv. https://doi.org/...": the preprint server's name alone, which the tagger
    left in the note, publishes the work (as "[Preprint]. SSRN." is read); a journal's article keeps an arXiv
    copy named beside it in the note. SSRN's own form, "Title. Available at SSRN: https://ssrn.com/abstract=...",
    names the server after "Available at"."""
    server = item["note"].strip(" .,")
    if server[:10].lower() == "available ":
        server = server.partition(" ")[2].partition(" ")[2]  # "Available at SSRN", "available from SSRN"
    if PREPRINT_SERVER.fullmatch(server):
        item["publisher"] = server
        del item["note"]
        confidence["publisher"] = 0.8
        return
    posted = _SERVER_NUMBER_PREPRINT.fullmatch(server)
    year = posted and posted.group("year")
    if posted and PREPRINT_SERVER.fullmatch(posted.group("server")) and (
            not year or (item.get("issued") or {}).get("date-parts", [[None]])[0][0] == int(year)):
        # Science's untitled "bioRxiv 2020.03.01.972935 [Preprint] (2020).": the server, the number it gave the
        # work and the kind of work (the year, the item's date, said again)
        item.update({"publisher": posted.group("server"), "number": posted.group("number"), "genre": "Preprint"})
        del item["note"]
        confidence["publisher"] = confidence["number"] = 0.8


# "Version 2.3.1." / "Ver. 4.0." / "v1.2.0." as a sentence of its own (CSE, Chicago software); ACS's "Gaussian 16,
# Revision C.01;" names a release by its revision, which may be lettered.
_DATAVERSE_VERSION = re.compile(r"V(\d+(?:\.\d+)*)\.?")  # "Harvard Dataverse, V2"
_VERSION_STATEMENT = re.compile(r"(?i)(?:version|ver\.|v|revision(?= ))\s*(\d+(?:\.\d+)+[\w-]*|(?-i:[A-Z])\.\d\d)\.?")
# A package's version named with its kind, which is no publisher: "R package version 0.3.2", "Python package version 1.4"
_PACKAGE_VERSION = re.compile(r"(?i)((?:[\w.+#-]+\s+)?package)\s+version\s*(\d+(?:[.-]\d+)+[\w-]*)\.?")


def _version_statement(item: dict, confidence: dict) -> None:
    """Software "Title. Version 2.3.1. GitHub." / "“Title.” Version 1.4.0. Zenodo.": the version
    printed as a sentence, which the tagger ran into the title or read as a container."""
    head, stop, last = item.get("title", "").rstrip(".").rpartition(". ")
    version = _VERSION_STATEMENT.fullmatch(last) if stop else None
    if not version:  # AAS "Lindqvist, M. 2023, skyfit: Sky background modelling, v1.2.0, Zenodo, doi: ...": a comma part
        head, stop, last = item.get("title", "").rstrip(".").rpartition(", ")
        version = _VERSION_STATEMENT.fullmatch(last) if stop else None
    if version:  # Citing Medicine's "Epi Info [computer program]. Version 7.2.": the bracket gone, a space is left
        item["title"], item["version"] = head.rstrip(), version.group(1)
    head, stop, last = item.get("title", "").rstrip(".").rpartition(". ")
    package = _PACKAGE_VERSION.fullmatch(last) if stop and "version" not in item else None
    if package:  # ESA "Bartoń, K. 2020. MuMIn: multi-model inference. R package version 1.43.17. https://..."
        item["title"], item["version"] = head, package.group(2)
        add_note(item, package.group(1))
    for key in ("container-title", "publisher"):
        package = _PACKAGE_VERSION.fullmatch(item.get(key, "")) if "version" not in item else None
        if package:  # JASA's '"Title," R package version 0.3.2, available at URL': the kind of package in note
            item["version"] = package.group(2)
            add_note(item, package.group(1))
            confidence["version"] = confidence.pop(key, 0.7)
            del item[key]
    version = _VERSION_STATEMENT.fullmatch(item.get("container-title", ""))
    if version and "version" not in item:
        item["version"] = version.group(1)
        del item["container-title"]
        confidence["version"] = confidence.pop("container-title", 0.7)
    for key in ("container-title", "publisher"):
        head, comma, last = item.get(key, "").rpartition(", ")
        version = _VERSION_STATEMENT.fullmatch(last) or _repository(head) and _DATAVERSE_VERSION.fullmatch(last) \
            if comma and "version" not in item else None
        if version:  # IEEE '“Title,” GitHub, version 0.9.3, 2023.', Dataverse's "Harvard Dataverse, V2.": host, version
            item[key], item["version"] = head, version.group(1)
            confidence["version"] = confidence.get(key, 0.7)


def _title_before_parallel_journal(item: dict, confidence: dict) -> None:
    """References "Savel’ev D.A. Migrants from Uzbekistan in the Labour Market of Khabarovsk Krai.
    Prostranstvennaya Ekonomika = Spatial Economics, 2019, ...": with no title found, a container
    naming the journal in transliteration and in English holds the title before its first full stop."""
    container = item.get("container-title", "")
    head, sep, _ = container.partition(" = ")
    title, stop, journal = head.partition(". ")
    if "title" not in item and item.get("author") and sep and stop and len(title.split()) >= 3 and journal[:1].isupper():
        item["title"] = title
        item["container-title"] = container[len(title) + 2:]
        confidence["title"] = confidence.get("container-title", 0.7)


def _outlet_not_place(item: dict, confidence: dict, text: str) -> None:
    """Notes "‘Pashinyan: Armenia Will Not Leave the CSTO’, Armenpress, 11 May 2018, available at: ...": after
    a quoted title, a one-word name the places do not know, dated to the day, is the outlet that
    printed the piece, not where it was issued ("‘Treaty on the Eurasian Economic Union’, Astana, 29 May
    2014" keeps its place)."""
    place = item.get("publisher-place", "")
    if (text.lstrip()[:1] in "‘“\"«" and place and " " not in place and place[:1].isupper() and not _is_city(place)
            and _has_day(item.get("issued")) and not {"container-title", "publisher", "author"} & set(item)):
        _move(item, confidence, "publisher-place", "container-title")


# A think tank's series of short papers, by its name alone no journal's: "PONARS Eurasia Policy Memo",
# "Migration and Development Brief", "CEPR Discussion Paper".
_POLICY_SERIES = re.compile(r"(?i)\b(?:memos?|briefs?|(?:working|discussion|policy|occasional)\s+papers?)$")


def _book_series_number(item: dict, confidence: dict) -> None:
    """AMS "Milnor, J. Morse Theory, Annals of Mathematics Studies, No. 51, Princeton University Press, ...", "Lecture
    Notes in Mathematics, No. 5, Springer-Verlag": a book by persons, from a publisher naming itself one (a press, a
    Verlag), with a series numbered like an issue and no pages or volume, is in that series: collection-title and
    collection-number (a body's own numbered series, "Policy Studies No. 12. ... East-West Center", stays a report's)."""
    authors = item.get("author", [])
    series = item.get("container-title") or item.get("collection-title", "")
    if (series and authors and not _by_body(item) and _PUBLISHER_WORD.search(item["publisher"])
            and item["issue"].isdigit() and not {"volume", "page", "number", "genre", "editor"} & set(item)):
        item.pop("container-title", None)
        item["collection-title"], item["collection-number"] = series, item.pop("issue")
        confidence["collection-title"] = confidence.pop("container-title", confidence.get("collection-title", 0.8))
        confidence["collection-number"] = confidence.pop("issue", 0.8)


def _series_as_report(item: dict, confidence: dict) -> None:
    """"Title. Bruegel Policy Brief No. 3. Brussels: Bruegel.", notes "International Crisis Group,
    ‘Title’, Asia Report No. 162, 12 February 2009": a series of papers numbered like an issue, with
    no volume or pages, in a publisher's imprint or by a body, is a report's series (genre) and number."""
    by_body = "publisher" in item or _by_body(item)
    cited_page = item.get("page", "").isdigit()  # a note's locator ("..., p. 9"), not an article's pages
    container = item.get("container-title", "")
    # the number holds a digit: a journal's name, which has none, is not searched
    series = _SERIES_NUMBER.match(rules.strip_end(container)) if _DIGITS.search(container) else None
    if not series and "volume" in item and "container-title" in item:
        series = _SERIES_SENTENCE.fullmatch(f"{item['container-title']} {item['volume']}")
        paper_series = bool(series and _POLICY_SERIES.search(series.group(1)))
        if series and not {"issue", "number", "genre"} & set(item) and (
                "title" not in item and "page" not in item
                or paper_series and "editor" not in item and ("page" not in item or cited_page)):
            # "World Bank. Migration and Development Brief 34. Washington, DC, 2021.": a paper known by its
            # series and number alone, its genre and number as "IMF, Working Paper 19/102 (...)" are; so is a titled
            # paper in a series named by its kind of paper (brief, memo, working paper), which no journal is: notes'
            # "World Bank, ‘Title’, Migration and Development Brief 40, Washington, DC, June 2024, p. 17."
            item["genre"], item["number"] = series.group(1), series.group(2)
            confidence["genre"] = confidence["number"] = confidence.pop("container-title", 0.7)
            confidence.pop("volume", None)
            del item["container-title"], item["volume"]
            return
    if series and "publisher" in item and not {"issue", "number", "genre", "editor"} & set(item) \
            and ("page" not in item or cited_page):
        # Chicago's "Title. SWP Research Paper 1. Berlin: Stiftung ...": the series and the paper's number, not a
        # book, also with a note's page cited ("..., Report 22/3 (Almaty, EDB, 2022), p. 15.")
        item["genre"], item["number"] = series.group(1), series.group(2)
        confidence["genre"] = confidence["number"] = confidence.pop("container-title", 0.7)
        confidence.pop("volume", None)
        del item["container-title"]
        item.pop("volume", None)
        return
    if (series and _by_body(item) and series.group(0)[series.end(1):].lstrip().lower().startswith("no.")
            and not {"volume", "issue", "number", "genre", "editor"} & set(item) and ("page" not in item or cited_page)):
        # Notes "International Crisis Group, ‘Title’, Europe and Central Asia Report No. 251, Brussels, 27
        # September 2018": a body's series numbered 'No.', with no volume or issue, is no newspaper's name
        item["genre"], item["number"] = series.group(1), series.group(2)
        confidence["genre"] = confidence["number"] = confidence.pop("container-title", 0.7)
        del item["container-title"]
        return
    if ("issue" in item and (by_body or _POLICY_SERIES.search(item.get("container-title", "")))
            and not {"volume", "number", "genre"} & set(item)
            and ("page" not in item or cited_page) and _SERIES_WORD.search(item.get("container-title", ""))):
        item["genre"] = item.pop("container-title")
        item["number"] = item.pop("issue")
        confidence["genre"] = confidence.pop("container-title", 0.7)
        confidence["number"] = confidence.pop("issue", 0.7)
        return
    # "‘Title’, International Crisis Group, Asia Report No. 222, 29 March 2012": the body and its series
    # run together into a journal's name are the report's publisher and its series
    body, comma, series = item.get("container-title", "").rpartition(", ")
    if (comma and "issue" in item and not {"volume", "number", "genre", "publisher", "page"} & set(item)
            and _SERIES_WORD.search(series) and series[:1].isupper() and corporate_name(body)):
        item["publisher"], item["genre"], item["number"] = body, series, item.pop("issue")
        del item["container-title"]
        confidence["publisher"] = confidence["genre"] = confidence.pop("container-title", 0.7)
        confidence["number"] = confidence.pop("issue", 0.7)
        return
    # Notes' "‘Title’, Russie.Nei.Visions, 66, Ifri, 2013": a series, its paper's number and the institute publishing
    # it (read as a journal, its volume and a place); a journal's volume is followed by its issue or date, no body
    place = item.get("publisher-place", "")
    if (container and place and item.get("volume", "").isdigit() and ("page" not in item or cited_page)
            and not {"issue", "number", "genre", "publisher", "editor"} & set(item) and not _DIGITS.search(container)
            and " " not in place and place[:1].isupper() and place.lower() not in MONTHS and not _is_city(place)
            and not _is_region(place)):
        item["genre"], item["number"], item["publisher"] = item.pop("container-title"), item.pop("volume"), \
            item.pop("publisher-place")
        confidence["genre"] = confidence.pop("container-title", 0.7)
        confidence["number"] = confidence.pop("volume", 0.7)
        confidence["publisher"] = confidence.pop("publisher-place", 0.7)


# The kind of one paper closing a series' name ("Carnegie Moscow Center Commentary"), which no publisher's name ends
# with ("World Bank Publications", "... Studies" and "... Series" may); a body's release ("Economic News Release").
_PAPER_KIND_LAST = re.compile(r"(?i)\b(?:commentary|analysis|brief|briefing|memo|paper|testimony|release)$")


def _unnumbered_series_as_report(item: dict, confidence: dict, text: str) -> None:
    """A think tank's paper in a series it does not number: '"Title." ICDS Analysis. Tallinn: ICDS.' (read as a
    chapter in the series, with no editor or pages) and the note's "‘Title’, Carnegie Moscow Center Commentary, 16
    March 2020" (read as a book the series published, with no place, or as a paper named by the body's series) are
    reports with the series as their genre; a collection cited after "in" stays the chapter's book. So is one the
    series numbers right after its name ('"Title." IMF Country Report No. 23/308. Washington, DC: ...')."""
    numbered = "number" in item and item["type"] == "chapter" and re.search(
        rf"{re.escape(item.get('container-title', '~'))}\s+(?:No\.\s*)?{re.escape(item['number'])}", text)
    if "title" not in item or {"editor", "page", "volume", "issue", "genre"} & set(item) or (
            "number" in item and not numbered):
        return
    if item["type"] == "chapter" and "publisher" in item and _SERIES_WORD.search(item.get("container-title", "")):
        field = "container-title"
        if re.search(rf"(?i)\bin:?\s+{re.escape(item[field])}", text):
            return  # "‘A Note on Trade’, in Selected Papers (London, Macmillan)": a collection cited 'in' is a book
    elif item["type"] == "book" and "publisher-place" not in item and "container-title" not in item \
            and _PAPER_KIND_LAST.search(item.get("publisher", "")):
        field = "publisher"
    elif item["type"] == "book" and "container-title" not in item and _series_before_body(item, confidence):
        return
    elif item["type"] == "article-newspaper" and (kind := _PAPER_KIND_LAST.search(item.get("container-title", ""))) \
            and corporate_name(item["container-title"][:kind.start()]):
        field = "container-title"  # a body's series read as a paper: "‘Title’, Carnegie Moscow Center Commentary, date"
    else:
        return
    if len(item[field].split()) > 6:
        return
    item["type"], item["genre"] = "report", item.pop(field)
    confidence["genre"] = confidence.pop(field, 0.7)


def _series_before_body(item: dict, confidence: dict) -> bool:
    """"‘Title’, CSIS Brief, Center for Strategic and International Studies, Washington, DC, 18 April 2022": a think
    tank's unnumbered series, then the body that runs it, both read as the publisher, are the report's genre and its
    publisher."""
    series, comma, body = item.get("publisher", "").partition(", ")
    if not (comma and _PAPER_KIND_LAST.search(series) and len(series.split()) <= 4 and corporate_name(body)):
        return False
    item["type"], item["genre"], item["publisher"] = "report", series, body
    confidence["genre"] = confidence.get("publisher", 0.7)
    return True


# Vancouver's "Edinburgh: SIGN; 2017 [cited ...]. (SIGN publication no. 116).": a series and its number in brackets
_SERIES_NO_IN_BRACKETS = re.compile(r"\(([A-Z][^()]*?)\s+(?:[Nn]o\.|[Nn]umber)\s*(\d[\w/.-]*)\)")


def _bracketed_series(item: dict, confidence: dict, clean: str) -> None:
    """A series named in brackets with its number after the imprint ("(SIGN publication no. 116)", "(Technical
    report series no. 1010)"), which the tagger splits into a note "(SIGN publication" and an issue, is a report's
    series (genre) and number (a book's collection-title and collection-number)."""
    series = _SERIES_NO_IN_BRACKETS.search(clean)
    if not series or series.group(2) != item["issue"] or rules.strip_end(item["note"][1:]) != series.group(1) \
            or {"container-title", "volume", "page", "number", "genre"} & set(item):
        return
    del item["note"]
    fields = ("collection-title", "collection-number") if item.get("type") == "book" else ("genre", "number")
    item[fields[0]], item[fields[1]] = series.group(1), item.pop("issue")
    confidence[fields[0]] = confidence[fields[1]] = confidence.pop("issue", 0.7)


def _series_paper_as_report(item: dict, confidence: dict) -> None:
    """"World Bank, Migration and Development Brief 35 (Washington, DC: World Bank, 2021)": a body's paper named
    only by its series and number, with an imprint, is a report in that series (genre) with that number, as
    "IMF, Working Paper 19/102 (...)" is; a year is no paper's number ("Annual Report 2019" is a title)."""
    if "publisher" not in item or {"issue", "number", "genre", "editor"} & set(item):
        return
    title = f"{item['title']} {item['volume']}" if "volume" in item else item["title"]  # the tagger's volume "36"
    # the number holds a digit: a cheap cue before the two patterns
    series = (_SERIES_NUMBER.fullmatch(title) or "volume" in item and _SERIES_SENTENCE.fullmatch(title)
              if _DIGITS.search(title) else None)
    # a series' name holds no bracket: "Coronavirus disease (COVID-19) situation report 51" is a title
    if series and not _YEARS.fullmatch(series.group(2)) and "(" not in series.group(1) and _by_body(item):
        item["genre"], item["number"] = series.group(1), series.group(2)
        confidence["genre"] = confidence["number"] = confidence.get("title", 0.7)
        confidence.pop("volume", None)
        item.pop("volume", None)
        head, stop, genre = series.group(1).rpartition(". ")
        if not stop:  # Europe-Asia Studies' "IMF, Kyrgyz Republic: Selected Issues, Country Report 23/104 (...)"
            head, stop, genre = series.group(1).rpartition(", ")
        if stop and len(head.split()) >= 3 and genre[:1].isupper():
            # "Turkmenistan Country Economic Memorandum. Report no. 146123-TM": a title, then its series and number
            item["title"], item["genre"] = head, genre
        else:
            del item["title"]
            confidence.pop("title", None)


def _body_before_report_title(item: dict, confidence: dict) -> None:
    """Notes "Georgian Railway Company, Annual Report 2019 (Tbilisi, GR, 2020), p. 7.": a body (no digit, no quote),
    its comma, then a title calling itself a report, read as one title: the body is the report's author; so is one
    the imprint names as publisher ("Gazprom, Annual Report 2021 (Moscow, Gazprom, 2022)")."""
    body, _, title = item["title"].partition(", ")
    if not _DIGITS.search(body) and body[:1] not in _CLOSER \
            and (body == item["publisher"] or corporate_name(body)) and _calls_itself_report(title.lower()):
        item["author"], item["title"] = [{"literal": body}], title
        confidence["author"] = confidence.get("title", 0.7)


# A rank or office before an interviewee's name, no part of it: "Interview with Archbishop Ezras Nersisyan",
# "Interview with Ambassador ...", "Interview with Dr ...", "Interview with Colonel (retd.) Viktor Baranets".
_HONORIFICS = (r"(?:(?:Archbishop|Bishop|Metropolitan|Patriarch|Catholicos|Father|Fr\.|Rev\.|Imam|Mufti|Rabbi|Ambassador|"
               r"General|Gen\.|Colonel|Col\.|Major|Lieutenant|Lt\.|Captain|Capt\.|Admiral|Adm\.|Marshal|"
               r"Deputy|Senator|Minister|President|Mayor|Professor|Prof\.|Dr\.?|"
               r"Mr\.?|Mrs\.?|Ms\.?|Sheikh)(?:\s+\((?:retd?\.?|retired)\))?\s+)*")
_RANK_BEFORE = re.compile(r"(?<!\S)" + _HONORIFICS[:-1] + "+$")  # the ranks closing the words before a name
_GIVEN_INTERVIEW = re.compile(r"\W*" + _HONORIFICS + r"((?:[A-Z][\w'’-]+\.?\s+){0,2}[A-Z][\w-]+)[’']s\s+(?i:interview)\s")
# "Interview with a former chair ..., conducted by the author, Homel′, ...": who asked the questions.
# The verb may be left out: "..., via Zoom", "..., by telephone"; or the means named alone: "..., online", "...,
# conducted online".
_CONDUCTED_BY = re.compile(r",\s+(?:(?:(?:conducted|carried out|recorded|taken)\s+(?:by|via|over|on)|by|via|over)"
                           r"\s+(?P<who>[^,]+)|(?:(?:conducted|carried out|held)\s+)?(?:online|remotely))$")


_INTERVIEW_BY = re.compile(r"Interview by ([A-Z][^.,;:()]+)")


def _interviewer(item: dict, confidence: dict) -> None:
    """An interview's title ends at the person it is with; who conducted it, named, is the interviewer
    (CSL's ``interviewer``); the article's own author or the means ("by telephone", "via Zoom") go to note."""
    match = _CONDUCTED_BY.search(item["title"])
    if not match:
        return
    item["title"] = item["title"][:match.start()]
    who = (match.group("who") or "").strip()
    names = parse_names(who) if who[:1].isupper() and " by " in match.group() else []
    if names and all(name.get("given") for name in names):
        item["interviewer"] = names
        confidence["interviewer"] = confidence.get("title", 0.7)
    else:
        add_note(item, match.group().lstrip(", "))


# What a report is, named alone as the last sentence of its title (ACM: "Title. Technical Report. Publisher").
_GENRE_KINDS = ("Report", "Paper", "Brief", "Note")
_GENRE_QUALIFIERS = r"(?:Technical|Research|Annual|Final|Working|Discussion|Policy|White|Occasional|Project|Country)"
_GENRE_SENTENCE = re.compile(rf"^(.*\S[.?!])\s+((?:{_GENRE_QUALIFIERS}\s+)?(?:{'|'.join(_GENRE_KINDS)}))\.?$")
# ... or in round brackets closing the title, as Wikipedia's cite report prints its type ("Title (Report).",
# "Title (Technical report).")
_GENRE_IN_BRACKETS = re.compile(rf"^(.*\S)\s+\(((?:{_GENRE_QUALIFIERS}\s+)?(?i:{'|'.join(_GENRE_KINDS)}))\)\.?$")


def _genre_sentence(item: dict, confidence: dict) -> None:
    """"State of the Industry Report on Mobile Money 2022. Technical Report.": the bare kind of the
    work after its title is its genre, not part of the title."""
    title = item.get("title", "")
    # the kind is a word of the title: a title without one is not matched (the pattern backtracks over every stop)
    match = (_GENRE_SENTENCE.match(title) or _GENRE_IN_BRACKETS.match(title)) \
        if "genre" not in item and any(kind.lower() in title.lower() for kind in _GENRE_KINDS) else None
    if match:
        item["title"] = match.group(1).rstrip(".")
        item["genre"] = match.group(2)
        confidence["genre"] = confidence.get("title", 0.7)


# "U.S. Patent 9 876 543", "(U.S. Patent No. 8,945,123)", "European Patent EP 2 345 678 B1",
# "US Patent 10,234,567", References' "Patent RF, no. 2745612", GOST "пат. 2654321 Рос. Федерация" (opening the
# entry as "Пат. 2654321", or as GOST 7.0.100-2018 writes it, "Патент № 2756789").
_PATENT = re.compile(
    r"(?P<kind>\b(?:U\.\s?S\.|USA?|United States|UK|European|EP|Japanese|German|Chinese|Canadian|Russian|International"
    r"|(?:Eur|Jpn|Brit|Ger|Fr|Can|Int)\.)?\s*"  # IEEE's abbreviated "Eur. Patent", "Jpn. Patent"
    r"Patent(?:\s+Application)?(?:\s+R[FU]\b)?),?(?:\s+(?:[Nn]o|Number)\.?)?\s+"
    r"(?P<number>(?:[A-Z]{2}\s?)?(?:\d{1,3}(?:[ ,.]\d{3})+|\d{4,}|\d{4}/\d+)(?:\s?[A-Z]\d)?)\b"
    r"|(?P<ru>\b[Пп]ат(?:\.|ент\b)(?:\s*№)?)\s*(?P<ru_number>\d+)")
# The dates a patent record gives: filed (submitted) and issued or published.
_PATENT_DATES = re.compile(r"(?i)\b(filed|issued|granted|published|заявл\.|опубл\.)\s*:?\s*"
                           r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},\s+\d{4})")

# GOST's patent heading before the title: "Пат. 2701234 Рос. Федерация, МПК F16C 33/10. ", "Патент № 2756789
# Российская Федерация, МПК B63B 3/14 (2006.01). " (number, country, and the classes, whose only full stops are
# inside numbers).
_GOST_PATENT_HEAD = re.compile(r"^[Пп]ат(?:\.|ент)\s*(?:№\s*)?\d+\s+((?:[А-ЯЁ][а-яё]*\.?\s*)?[А-ЯЁ][А-Яа-яё]+"
                               r"(?:,\s*(?:МПК|МКИ|IPC)\s+(?:[^.]|\.(?=\d))*)?)\.\s+")
# GOST 7.0.100-2018's patent, every part in its place: "Патент № 2756789 Российская Федерация, МПК B63B 3/14
# (2006.01). Title : № 2020123456 : заявл. 15.07.2020 : опубл. 05.10.2021 / Никитин Р. А., Орлов В. П. ; заявитель
# АО «...». – 7 с." (the application number and dates after the title, the inventors after the slash).
_GOST_2018_PATENT = re.compile(
    r"^[Пп]атент\s*№\s*\d+\s+(?P<head>(?:[^.]|\.(?=\d))+)\.\s+(?P<title>[^/]+?)\s*:\s*(?P<application>№\s*\d+)"
    r"\s*:\s*заявл\.\s*[\d.]+\s*:\s*опубл\.\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s*Бюл\.\s*№\s*\d+)?\s*/\s*"
    r"(?P<names>[^;/–—]+?)(?:\s*;\s*(?P<holder>[^/–—]+?))?\.?\s*(?:[–—]\s|$)")
# The official bulletin that published it, after the date: "опубл. 25.09.2019, Бюл. № 27" (the "Изобретения.
# Полезные модели" bulletin's issue), kept whole.
_PATENT_BULLETIN = re.compile(r"\bБюл\.\s*№\s*(\d+)")
# Who applied for and holds it, after the inventors: "; заявитель и патентообладатель Самар. гос. техн. ун-т".
_PATENT_HOLDER = re.compile(r";\s*((?:заявител[ьи]|патентообладател[ьи])\b.*?)(?=\s*\.?\s*[–—]\s|\s*;|$)")


def _patent(item: dict, text: str, match, confidence: dict) -> None:
    """A patent: its number and the words naming it ("U.S. Patent") out of the fields the tagger
    spread them over (container, volume, a title's tail); filing and issue dates where given.
    GOST's heading (country, classes) and its holder go to the note, not to the title and authors."""
    number = (match.group("number") or match.group("ru_number")).strip(" ,.")
    phrase = match.group("kind") or match.group("ru")
    head = _GOST_PATENT_HEAD.match(item.get("title", "")) if match.group("ru") else None
    if head and head.end() < len(item["title"]):
        add_note(item, head.group(1))
        item["title"] = item["title"][head.end():]
    holder = _PATENT_HOLDER.search(text) if match.group("ru") else None
    if holder:
        for key in ("container-title", "publisher", "publisher-place"):
            if key in item and item[key] in holder.group(1):
                del item[key]
                confidence.pop(key, None)
        kept = [n for n in item.get("author", []) if (n.get("family") or n.get("literal") or "") not in holder.group(1)]
        if kept:
            item["author"] = kept
    for key in ("publisher", "publisher-place", "container-title", "edition"):
        if key in item and item[key] in match.group(0):
            del item[key]  # "USA Patent", "Patent RF, no. 2745612": the patent's own words
            confidence.pop(key, None)
    for key in ("volume", "issue", "page"):
        if key in item and (item[key] in match.group(0) or not any(c.isdigit() for c in item[key])):
            del item[key]  # the patent's own words and number's groups, or a cue word ("опубл")
            confidence.pop(key, None)
        elif key in item and key != "page":
            add_note(item, f"№ {item.pop(key)}")  # GOST's application number ("№ 2017101234 ; заявл. ...")
            confidence.pop(key, None)
    for key in ("author", "editor"):  # "... 11 204 567 B2": the kind code is no person
        kept = [n for n in item.get(key, []) if (n.get("family") or n.get("literal") or "") not in match.group(0)]
        if kept:
            item[key] = kept
        elif key in item:
            del item[key]
    title = item.get("title", "")
    at = title.find(phrase.strip()) if phrase.strip() in title else -1
    if at > 0:
        item["title"] = rules.strip_end(title[:at].rstrip(" (.:"))
    item["number"] = number
    confidence["number"] = 0.9
    if match.group("kind"):
        item["genre"] = phrase.strip()
        confidence["genre"] = 0.85
    for word, when in _PATENT_DATES.findall(text):
        date = parse_date(when)
        if date:
            key = "submitted" if word.lower().startswith(("filed", "заявл")) else "issued"
            item[key] = date
            confidence[key] = 0.85
    if "note" in item:  # the number and date the tagger left over are read now
        lines = [line.replace(number, "").strip(" ,.;") for line in item.pop("note").split("\n")]
        for line in lines:
            if line and line != phrase.strip() and parse_date(line) != item.get("issued") \
                    and not (holder and line in holder.group(1)):
                add_note(item, line)
    if holder:
        add_note(item, holder.group(1))
    if match.group("ru") and "note" in item:
        # GOST's bulletin ("Бюл. № 27") whole, not the tagger's pieces of it ("Бюл", its number read as a volume),
        # and no date cue ("заявл") left over once its date is read
        bulletin = _PATENT_BULLETIN.search(text)
        pieces = ("Бюл", "Бюл.", bulletin.group(1), f"№ {bulletin.group(1)}") if bulletin else ()
        cues = ("заявл",) * ("submitted" in item) + ("опубл",) * ("issued" in item)
        lines = [line for line in item.pop("note").split("\n") if line not in pieces and line.rstrip(".") not in cues]
        if bulletin:
            lines.append(bulletin.group(0))
            for key in ("volume", "issue"):
                if item.get(key) == bulletin.group(1):
                    del item[key]
                    confidence.pop(key, None)
        for line in lines:
            add_note(item, line)
    whole = _GOST_2018_PATENT.match(text) if match.group("ru") else None
    if whole:
        _gost_2018_patent(item, whole, confidence)


def _gost_2018_patent(item: dict, whole, confidence: dict) -> None:
    """GOST 7.0.100-2018's patent read by its fixed order, not by the tagger, which spreads its colon-joined
    application and dates and its slash-led inventors over title, place, publisher and authors: the title and
    inventors are set; heading, application number and applicant go to the note (the dates are read already)."""
    for key in ("publisher", "publisher-place", "container-title", "volume", "issue"):
        if key in item and item[key] in whole.group(0):
            del item[key]
            confidence.pop(key, None)
    names = parse_names(whole.group("names"))
    if names:
        item["author"], confidence["author"] = names, 0.85
    item["title"], confidence["title"] = whole.group("title"), 0.85
    parts = [whole.group("head"), whole.group("application"), whole.group("holder") or ""]
    lines = [line for line in item.pop("note", "").split("\n") if line and line not in whole.group(0)]
    for line in parts + lines:
        if line and line not in (item.get("note") or "").split("\n"):
            add_note(item, line)


def _article_of_act(item: dict, confidence: dict) -> None:
    """Notes "‘Ustav ...’, Article 12, CSTO Charter, 15 May 1992": the article cited is the item's
    section and the act named after it its container; it is no periodical."""
    article = _ARTICLE_OF.match(item.get("container-title", ""))
    if article and _document_word(article.group(2)):
        item["section"], item["container-title"] = article.group(1), article.group(2)
        confidence["section"] = confidence.get("container-title", 0.7)


_DATABASE = re.compile(r"(?i)\bretrieved\s+from\s+(?:the\s+)?([\w&'’ -]{2,40}?)\s+database\.?"
                       r"(?:\s*\((?:[A-Z][\w ]*?\s+No\.\s*)?([A-Z]{0,4}\s?\d[\w-]*)\))?")


# A database of theses, named alone in the sentence after an APA 7 dissertation's bracket: "[Doctoral dissertation,
# University of Minnesota]. ProQuest Dissertations and Theses Global.", "EThOS.", a university's "White Rose eTheses
# Online", "Enlighten: Theses".
_THESIS_DATABASE = re.compile(r"(?i)(?:proquest|ethos|oatd|dart-europe|theses canada)\b[\w&'’ -]*"
                              r"|[\w&'’: -]*\b(?:e-?)?(?:dissertations?|theses)\b[\w&'’: -]*")


# The same database with the thesis's number there in brackets, as Chicago and Turabian close a thesis: "PhD diss.,
# Yale University, 2016. ProQuest (10823456).", "ProQuest (AAT 3690123)".
_THESIS_DATABASE_NUMBER = re.compile(rf"({_THESIS_DATABASE.pattern.removeprefix('(?i)')})\s*\(((?:[A-Z]{{2,4}}\s)?\d[\w-]*)\)",
                                     re.I)
_DEGREE_AND_SCHOOL = re.compile(r"(?i)\[[^\[\],]*(?:thesis|dissertation),\s*([^\[\]]+)\]")


# MLA's series, the last sentence after the book's "Publisher, Year.": "Stanford UP, 2020. Post*45.",
# "U of Minnesota P, 2010. Posthumanities 8." (medium words and databases are no series).
_MLA_SERIES = re.compile(r",\s+\d{4}\.\s+([A-Z][^\s.,;:]*(?:\s+(?:[A-Z][^\s.,;:]*|of|in|and|the|on|for|&))*?)(?:\s+(\d+))?\.?$")
_NO_SERIES = frozenset(("Print", "Web", "Reprint", "Microform", "CD-ROM", "E-book", "Film", "DVD", "Kindle", "EPUB",
                        "PDF", "Audiobook"))
_EBOOK_WORDS = frozenset(("Ebook", "eBook", "E-book", "Kindle", "Online", "Database", "Central", "Edition"))


def _mla_series(item: dict, confidence: dict, text: str) -> None:
    """MLA's series after the imprint, which the tagger leaves as a note or takes for a container (and the
    book for a chapter in it), is the collection-title, its number the collection-number."""
    match = _MLA_SERIES.search(text)
    series = match.group(1) if match else ""
    if not series or series in _NO_SERIES or series in _DATABASE_NAMES or not _EBOOK_WORDS.isdisjoint(series.split()) \
            or rules.MATH_REVIEW.fullmatch(series):
        return  # "Kindle.", "ProQuest Ebook Central.": how the book was read; AMS's review number "MR1322960."
    said = " ".join(filter(None, (series, match.group(2))))
    for key in ("note", "container-title"):
        if item.get(key, "").strip(" .") == said:
            del item[key]
            confidence.pop(key, None)
            break
    else:
        return
    item["collection-title"] = series
    if match.group(2):
        item["collection-number"] = match.group(2)
    confidence["collection-title"] = 0.8


# ČSN ISO 690's series after the imprint, named with its volume word: "Praha: Argo, 1996. Historická knihovna, sv. 5.",
# "Köln: Böhlau, 2001. Studien zur Geschichte, Bd. 12." (before an ISBN, if any).
_VOLUME_WORD_AT_END = re.compile(r",?\s*(?:sv|svazek|Bd|Band|vol|t|tom|nr|č)\.?$")
_SERIES_AFTER_IMPRINT = re.compile(r"\b(?:1[5-9]|20)\d\d\.\s+([A-ZÀ-Ž][^.;()\[\]]{2,80}?),?\s+(?:sv|svazek|Bd|Band|vol|t|tom|nr|č)"
                                   r"\.?\s*(\d+)\.?(?=\s+ISBN|\s+ISSN|\s*$)")


# An imprint sentence whole: "Brasília, DF: Presidência da República, 2017." (a place, its state's letters, a colon, the
# publisher, the year)
_WHOLE_IMPRINT = re.compile(r"(?P<place>[A-ZÀ-Ý][^:,.;()\[\]]+(?:,\s[A-Z]{2})?):\s(?P<publisher>[^:,;()\[\]]+?),\s"
                            r"(?P<year>(?:1[5-9]|20)\d\d)\.?")


def _imprint_in_note(item: dict, confidence: dict) -> None:
    """An imprint sentence the tagger left whole in the note (ABNT's act put online, "BRASIL. Lei nº ... Brasília, DF:
    Presidência da República, 2017. Disponível em: ...") is the place and the publisher; its year dates the work where
    nothing else does."""
    lines = item["note"].split("\n")
    for k, line in enumerate(lines):
        imprint = _WHOLE_IMPRINT.fullmatch(line.strip())
        if imprint:
            item["publisher-place"], item["publisher"] = imprint.group("place"), imprint.group("publisher")
            confidence["publisher-place"] = confidence["publisher"] = 0.6
            item.setdefault("issued", {"date-parts": [[int(imprint.group("year"))]]})
            set_note(item, "\n".join(lines[:k] + lines[k + 1:]))
            return


def _numbered_series_after_imprint(item: dict, confidence: dict, text: str) -> None:
    """The series and its number in a sentence after the imprint's year, which the tagger left as a note or read as a
    journal and its volume (or an edition), are the collection-title and collection-number."""
    match = _SERIES_AFTER_IMPRINT.search(text)
    if not match:
        return
    said = match.group(0)[match.group(0).index(" ") + 1:].strip(" .")
    if item.get("note", "").strip(" .") == said:
        del item["note"]
    elif item.get("edition", "").strip(" .") == said:  # "Städteforschung, Bd. 12": no edition statement
        del item["edition"]
    elif item.get("volume") == match.group(2) and _VOLUME_WORD_AT_END.sub("", item.get("container-title", "")) \
            == match.group(1):
        del item["container-title"], item["volume"]
    else:
        return
    item["collection-title"], item["collection-number"] = match.group(1), match.group(2)
    confidence["collection-title"] = confidence["collection-number"] = 0.8


# Citing Medicine's conference paper: "In: [Editors, editors.] Proceedings of ...; 2019 Oct 2-4; Rotterdam,
# Netherlands. Amsterdam: Publisher; 2020. p. 45-52." The parts are fixed by their stops.
_CONFERENCE_IN = re.compile(r"\bIn:\s+(?:[^;]*?\beditors?\.\s+)?(?P<event>[^;]+?);\s+(?P<date>\d{4}\s[^;]{3,24}?);\s+"
                            r"(?P<place>[^;.]+?(?:\.[^\s;.][^;.]*?)?)\.\s+(?P<imprint_place>[^;:.]+?):\s+"
                            r"(?P<publisher>[^;]+?);\s+(?:c?\d{4})")


def _citing_medicine_conference(item: dict, confidence: dict, text: str) -> None:
    """Vancouver's paper in proceedings: the conference named after "In:" and its dates and place, each closed by
    its own stop, then the imprint; the tagger read the name as a publisher and ran the two places together."""
    match = _CONFERENCE_IN.search(text)
    when = parse_date(match.group("date")) if match else None
    if not when:
        return
    for key in ("container-title", "publisher", "publisher-place", "event-place"):
        item.pop(key, None)
    item["container-title"] = match.group("event").strip()
    item["event-date"], item["event-place"] = when, match.group("place").strip()
    item["publisher-place"], item["publisher"] = match.group("imprint_place").strip(), match.group("publisher").strip()
    for key in ("container-title", "event-date", "event-place", "publisher-place", "publisher"):
        confidence[key] = 0.9


def _site_and_owner(item: dict, confidence: dict) -> str | None:
    """MLA "“Title.” Edutopia, George Lucas Educational Foundation, 12 Oct. 2023, www.edutopia.org/...": a web
    page's site and then the body that runs it, which the tagger read as one container, are the container and
    the publisher (a periodical's name holds no body after a comma). The work is a web page, or a newspaper
    article on a paper's site ("The Guardian, Guardian News and Media"); None when the container is no such pair."""
    container = item.get("container-title", "")
    if ", " not in container or "publisher" in item or "URL" not in item or {"volume", "issue", "page"} & set(item):
        return None
    site, _, owner = container.rpartition(", ")
    if _COMMA_LEGAL_FORM.match(container.partition(", ")[2]):
        site, _, owner = container.partition(", ")  # the owner's legal form after its own comma: "Britannica, Inc."
    if not corporate_name(owner) or corporate_name(site) or not owner[:1].isupper():
        return None
    item["container-title"], item["publisher"] = site, owner
    confidence["publisher"] = confidence.get("container-title", 0.7)
    return "article-newspaper" if is_outlet(site) else "webpage"


_PRIVATE_ARCHIVE = re.compile(r"(?i)(?:(?:личный|семейный|особистий)\s+)?(?:архив|архів)\s+автора"
                              r"|(?:личный|семейный|особистий)\s+(?:архив|архів)\b.{0,60}"
                              r"|(?:the\s+)?author['’]s\s+(?:personal\s+|private\s+)?archive")


# A repository's name as APA 7 prints it after a thesis's bracket: a few words, a capital first, no figures or stops
# ("Minerva Access", "White Rose eTheses Online", "DSpace@MIT").
_REPOSITORY_NAME = re.compile(r"[A-Z][^\W\d_]*(?:[@ -][^\W\d_]+){0,5}")


def _database_in_note(item: dict, confidence: dict, text: str) -> None:
    """APA 6 "Retrieved from ERIC database. (ED545678)": the database is the archive the work was
    found in and the accession number its place there; so is the database a thesis is read in (APA 7),
    which the tagger leaves as a note or takes for the publisher (the school in the bracket) or the container."""
    note = item.get("note", "")
    if item.get("type") == "thesis" and "archive" not in item:
        if _THESIS_DATABASE.fullmatch(note.strip(" .")):
            item["archive"] = note.strip(" .")
            del item["note"]
            return
        numbered = _THESIS_DATABASE_NUMBER.fullmatch(note.strip(" .")) if "(" in note else None
        if numbered:
            item["archive"], item["archive_location"] = numbered.group(1).strip(), numbered.group(2)
            del item["note"]
            return
        school = note.strip(" .")
        if "publisher" in item and "genre" in item and f"]. {school}." in text and _REPOSITORY_NAME.fullmatch(school):
            # APA 7 "[Doctoral dissertation, University of Melbourne]. Minerva Access. URL": the repository named after
            # the bracket that names the school holds the thesis (the tagger left it as a note)
            item["archive"] = school
            confidence["archive"] = confidence.get("genre", 0.7)
            del item["note"]
            return
        if "publisher" not in item and "genre" in item and _UNIVERSITY.search(school) and ". " not in school \
                and not re.search(r"\d|https?:", school):
            # APA 7's unpublished thesis, "[Doctoral dissertation]. University of Tsukuba.": the school after the
            # bracket, which the tagger leaves as a note, is the publisher
            item["publisher"] = school
            confidence["publisher"] = confidence.get("genre", 0.7)
            del item["note"]
            return
        container = item.get("container-title", "")
        if container and (_THESIS_DATABASE.fullmatch(container)  # a thesis is in no container: after APA 7's bracket
                          or not {"volume", "issue", "page"} & set(item) and _DEGREE_AND_SCHOOL.search(text)):
            _move(item, confidence, "container-title", "archive")  # any repository ("Brage.") holds it
            return
        school = _DEGREE_AND_SCHOOL.search(text) if _THESIS_DATABASE.fullmatch(item.get("publisher", "")) else None
        if school:
            item["archive"], item["publisher"] = item["publisher"], rules.strip_end(school.group(1))
            return
    match = _DATABASE.search(note) if "database" in note else None
    if not match or "archive" in item:
        return
    item["archive"] = match.group(1)
    if match.group(2):
        item["archive_location"] = match.group(2)
    set_note(item, (note[:match.start()] + note[match.end():]).strip(" .;,"))


# The digital preservation services Crossref's records name as a journal's archive
_PRESERVATION_ARCHIVES = frozenset(("Portico", "CLOCKSS", "LOCKSS", "Internet Archive"))


def _publisher_after_journal(item: dict, confidence: dict, text: str) -> None:
    """Mendeley's Harvard (Cite Them Right), "‘Title’, International Migration Review. SAGE Publications Inc, 54(2),
    pp. 512–538.": the sentence after the journal's stop, named as a publisher is, right before the volume's comma, is
    the journal's publisher, not part of its name."""
    journal, _, tail = item["container-title"].rpartition(". ")
    if (_PUBLISHER_WORD.search(tail) or tail.endswith(("Publications", "Limited", "BV"))) \
            and f"{item['container-title']}, {item['volume']}" in text:
        item["container-title"], item["publisher"] = journal, tail
        confidence["publisher"] = confidence.get("container-title", 0.7)


def _site_retrieved_from(item: dict, confidence: dict, text: str) -> None:
    """Word's APA 6 web page, "Title. Retrieved from Food Policy Institute: https://...": the name between "Retrieved
    from" and the colon before the link is the site, the page's container (the tagger left the sentence as a note)."""
    site = item["note"].removeprefix("Retrieved from ").strip()
    if "container-title" not in item and f"Retrieved from {site}: {item['URL']}" in text \
            and _REPOSITORY_NAME.fullmatch(site):
        item["container-title"] = site
        confidence["container-title"] = confidence.get("URL", 0.7)
        del item["note"]


# A series in round brackets with its number in square ones: NICE's "(NICE guideline [NG136])".
_BRACKETED_SERIES = re.compile(r"\(([^()\[\]]+?)\s+\[([A-Z]{0,4}\d[\w./-]*)\]\)")


def _season_in_note(item: dict) -> None:
    """Chicago "33, no. 4 (Fall): 100–127": the issue's season, left as a note, dates it within the year (CSL's
    months 21-24)."""
    season = _SEASON_NOTE.fullmatch(item["note"])
    parts = item.get("issued", {}).get("date-parts", [])
    if season and len(parts) == 1 and len(parts[0]) == 1:
        parts[0].append(MONTHS[season.group(1).lower()])
        del item["note"]


_SEASON_NOTE = re.compile(r"\(?(Spring|Summer|Autumn|Fall|Winter)\)?[.,:;]?", re.IGNORECASE)


def _series_in_note(item: dict, confidence: dict) -> None:
    """ISO 690 "... Copenhagen: EEA, 2022 [viewed ...]. EEA Report No 05/2022. Available from: ...": a
    sentence after the imprint naming a numbered series, which the tagger left as a note, is the
    report's series (genre) and number, as it is after the title (the tagger may have read the
    number, with its "No", apart from the series' name)."""
    note, number = item.get("note", "").strip(" .;"), item.get("number", "")
    printed = f"{note} {number}" if number[:3] in ("No ", "No.") else note if not number else ""
    series = _SERIES_SENTENCE.fullmatch(printed) if printed and "genre" not in item else None
    if series:
        item["genre"], item["number"] = series.group(1), series.group(2)
        confidence["genre"] = confidence["number"] = 0.8
        del item["note"]
        return
    if "genre" in item or number or "[" not in note:
        return
    # NICE's "(NICE guideline [NG136])" after a Vancouver imprint: the series in round brackets, its number in
    # square ones, one line of the note
    lines = item["note"].split("\n")
    for k, line in enumerate(lines):
        bracketed = _BRACKETED_SERIES.fullmatch(line.strip(" .;"))
        series = bracketed and _SERIES_SENTENCE.fullmatch(" ".join(bracketed.groups()))
        if series:
            item["genre"], item["number"] = series.group(1), series.group(2)
            confidence["genre"] = confidence["number"] = 0.8
            set_note(item, "\n".join(lines[:k] + lines[k + 1:]))
            return


def _title_cut_at_comma(item: dict, confidence: dict, text: str) -> bool:
    """MHRA's book, "Hutcheon, Linda, A Poetics of Postmodernism: History, Theory, Fiction (New York: Routledge, 1988)":
    an unquoted title's last comma part, right before the imprint's bracket, with no "in", editors or quotes, is the
    title's, not a chapter's book."""
    title, container = item.get("title", ""), item["container-title"]
    if not title or "editor" in item or "publisher" not in item or any(q in text for q in "‘’“”\"") \
            or f"{title}, {container} ({item.get('publisher-place', item['publisher'])}" not in text:
        return False
    item["title"] = f"{title}, {item.pop('container-title')}"
    _conf(confidence, "title", confidence.pop("container-title", 0.8))
    return True


def _subtitle_read_as_book(item: dict, confidence: dict, text: str) -> bool:
    """"Fitzpatrick S. Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the 1930s. New York:
    Oxford University Press; 1999.": the words right after the title's colon, with an imprint and no "In", editors
    or pages, are the book's title going on, not the book a chapter is in (a series' kind after the colon, "...:
    Policy Brief", is the report's genre)."""
    title, container = item.get("title", ""), item["container-title"]
    if not title or {"editor", "page", "volume", "issue"} & set(item) or not {"publisher", "publisher-place"} & set(item) \
            or f"{title}: {container}" not in text or _SERIES_WORD.search(container):
        return False
    item["title"] = f"{title}: {item.pop('container-title')}"
    _conf(confidence, "title", confidence.pop("container-title", 0.8))
    return True


def _book_in_numbered_series(item: dict, confidence: dict, text: str) -> bool:
    """AMS's book in a series, "Title, Graduate Texts in Mathematics, vol. 150, Springer-Verlag, New York, 1995.":
    the series and its volume right after the title's comma (or its edition's, "Algebra, 3rd ed., Graduate Texts in
    Mathematics, vol. 211, ..."), with no "In", editors or pages, are the book's
    collection-title and collection-number, not the book and volume of a chapter; so is SBL's series siglum and
    number as the sentence between the title and "Place:" ("Romans. AB 33. New York: Doubleday, 1993.")."""
    container, volume = item["container-title"], item.get("volume")
    if "publisher" not in item or {"page", "editor"} & set(item):
        return False
    if volume and any(f"{item.get('title')}, {between}{container}, {mark} {volume}," in text for mark in ("vol.", "Vol.")
                      for between in ("", f"{_edition_as_printed(text)}, ")):
        item["collection-title"], item["collection-number"] = item.pop("container-title"), item.pop("volume")
        confidence["collection-number"] = confidence.pop("volume", 0.8)
    else:
        siglum = _SERIES_SIGLUM.fullmatch(container)
        if volume or not siglum or f"{item.get('title')}. {container}. {item.get('publisher-place')}:" not in text:
            return False
        del item["container-title"]
        item["collection-title"], item["collection-number"] = siglum.groups()
        confidence["collection-number"] = confidence.get("container-title", 0.8)
    confidence["collection-title"] = confidence.pop("container-title", 0.8)
    return True


def _edition_as_printed(text: str) -> str:
    """The edition statement as the text prints it ("3rd ed."), or "" when it has none."""
    edition = rules.EDITION.search(text)
    return edition.group().strip(" ,") if edition else ""


_SERIES_SIGLUM = re.compile(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*) (\d{1,4}(?:/\d{1,4})?)")  # SBL's "AB 33", "WUNT 2/123"


# A series named in title case as the sentence between a book's title and its imprint (Chicago: "Russia after the Cold
# War. Problems of International Politics. New York: Cambridge University Press, 2015."), or with the book's number
# in it, as SBL prints it, in words or by its siglum ("Christian Origins and the Question of God 3.", "WUNT 2/123.").
_SERIES_TITLE = re.compile(r"^(.*\S[^\s.][.?!])\s+((?!(?:A|An|Or|And|Part|Book|Volume|Vol|Chapter|No)\b)[A-Z][\w’'-]+"
                           r"(?:\s+(?:(?:of|and|in|on|for|the|to|&)\s+)*[A-Z][\w’'-]+)*|[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?=\s\d))"
                           r"(?:\s(\d{1,4}[A-Z]?(?:/\d{1,4})?))?$")  # SBL's "Anchor Yale Bible 38A"

# The words a publisher's series is named by ("Problems of International Politics", "Cambridge Studies in ...",
# "Library of ...", "... Series"), which a subtitle printed after a stop ("Moscow in Movement. Power and
# Opposition in Putin's Russia.") does not hold.
_SERIES_NAME_WORD = re.compile(r"\b(?:Studies|Series|Library|Monographs?|Problems|Contributions|Perspectives|Texts|Classics|"
                               r"Readings|Lectures|Introductions|Publications|Companions?|Handbooks?|Guides|Topics|Debates|Approaches)\b")
_DOCUMENT_KIND_END = re.compile(r"\b(?:Document|Report|Paper|Brief|Note|Review|Memorandum|Catalogu?e?|Score|Thesis|Specification|"
                                r"Dissertation|Manuscript|Guidelines?)$")  # "Project Appraisal Document": what it is


def _unnumbered_series(item: dict, confidence: dict, text: str) -> None:
    """Chicago's series, printed as its own sentence right before "Place: Publisher", is the book's
    ``collection-title`` (its number, SBL's, the ``collection-number``), not the end of its title: every word of it
    capitalised but the small ones."""
    series = _SERIES_TITLE.match(item["title"])
    if not series or f"{series.group(0)[len(series.group(1)):].strip()}. {item['publisher-place']}:" not in text:
        return
    name, number = series.group(2), series.group(3)
    # a number names the sentence a series as its words do; a body ("Climate Center") or a kind of paper does not;
    # SBL's series of one word ("Hermeneia.") is one when the book's title is more than a word and it is no place
    # (a standard's closing part, "... Indoor surfaces for multi-sports use. Specification.", is none: it has a number)
    one_word = " " not in name and name.isalpha() and len(name) >= 5 and " " in series.group(1) and not is_place(name) \
        and "number" not in item
    # (a body's word inside a numbered series' name is what the series is about: "Studies on the History of Society
    # and Culture 23")
    named = _SERIES_NAME_WORD.search(name)
    if (number or one_word or named) and (not corporate_name(name) or number and named) \
            and not _DOCUMENT_KIND_END.search(name):
        item["title"], item["collection-title"] = series.group(1).rstrip("."), name
        confidence["collection-title"] = confidence.get("title", 0.7)
        if number:
            item["collection-number"] = number
            confidence["collection-number"] = confidence["collection-title"]


# MLA's series closing the entry after the imprint's year: "Simon & Schuster, 2012. Folger Shakespeare Library.",
# "Vintage Books, 1994. Penguin Modern Classics."
_SERIES_AFTER_YEAR = re.compile(rf"\b{_YEAR}\.\s+([A-Z][\w’'-]+(?:\s+(?:(?:of|and|in|on|for|the|&)\s+)*[A-Z][\w’'-]+)*)\.?$")


def _series_after_date(item: dict, confidence: dict, text: str) -> None:
    """A book's series printed last, after the imprint's year (MLA), is its ``collection-title``, where the tagger
    had run it into the publisher or the title."""
    series = _SERIES_AFTER_YEAR.search(text)
    if not series or not _SERIES_NAME_WORD.search(series.group(1)):
        return
    name = series.group(1)
    for key in ("publisher", "title", "note"):
        value = item.get(key, "")
        if value.endswith(name) and len(value) > len(name) and value[-len(name) - 2:-len(name)] in (", ", ". ", "\n"):
            item[key] = value[:-len(name) - 2].rstrip(" ,.")
            item["collection-title"] = name
            confidence["collection-title"] = confidence.get(key, 0.7)
            return
        if value == name and key == "note":
            del item["note"]
            item["collection-title"] = name
            confidence["collection-title"] = 0.7
            return


def _with_volume(item: dict) -> str:
    """The container and the volume the tagger read after it, as printed ("Studies on the History of Society 23")."""
    return f"{item['container-title']} {item['volume']}" if "volume" in item else item["container-title"]


def _series_as_container(item: dict, confidence: dict, text: str) -> None:
    """Chicago's "Title. Problems of International Politics. New York: Cambridge University Press.": a series sentence
    before the imprint that the tagger read as a book's title (making a chapter with no pages), or as a journal with
    the series' number its volume ("Title. Studies on the History of Society and Culture 23. Berkeley: ..."), is the
    series, when _unnumbered_series reads it as one at the title's end (else the container stays)."""
    title, container, volume = item["title"], item.pop("container-title"), item.pop("volume", None)
    item["title"] = f"{title}. {container}" + (f" {volume}" if volume else "")
    _unnumbered_series(item, confidence, text)
    if "collection-title" not in item:
        item["title"], item["container-title"] = title, container
        if volume:
            item["volume"] = volume
    else:
        confidence.pop("container-title", None)
        confidence.pop("volume", None)


def _series_in_place(item: dict, confidence: dict, text: str) -> None:
    """SBL's "Title. Hermeneia. Minneapolis: Fortress, 2001.", the series sentence run into the place the tagger read:
    the place is the known town after the stop, and the sentence before it the series when _unnumbered_series reads
    it as one at the title's end (else the place stays as read)."""
    head, _, town = item["publisher-place"].rpartition(". ")
    if not is_place(town) or not _TITLE_CASE_NAME.fullmatch(head):
        return
    title, place = item["title"], item["publisher-place"]
    item["title"], item["publisher-place"] = f"{title}. {head}", town
    _unnumbered_series(item, confidence, text)
    if "collection-title" not in item:
        item["title"], item["publisher-place"] = title, place


# A name with every word capitalised but the small ones: "OECD Reviews of Regional Development", "OECD Economic Surveys: Chile"
_TITLE_CASE_NAME = re.compile(r"[A-Z][\w’'-]*:?(?:\s+(?:(?:of|and|in|on|for|the|to|&)\s+)*[A-Z][\w’'-]*:?)*")


def _body_series_in_title(item: dict, confidence: dict, text: str) -> None:
    """OECD iLibrary's "OECD (2020), Title, OECD Rural Studies, OECD Publishing, Paris": the comma part closing the
    title, right before the publisher, that opens with the authoring body's own name ("OECD Reviews of Regional
    Development", "World Bank Studies") is the body's series, not the end of the title."""
    body = item["author"][0]["literal"]
    head, comma, last = item["title"].rpartition(", ")
    if head and last.startswith(body + " ") and f", {last}, {item['publisher']}" in text \
            and _TITLE_CASE_NAME.fullmatch(last):
        item["title"], item["collection-title"] = head, last
        confidence["collection-title"] = confidence.get("title", 0.7)


def _series_before_publisher(item: dict, confidence: dict) -> None:
    """AMA "Title. AHRQ Pub. No. 21(22)-0054-EF. Agency for Healthcare Research and Quality; 2021.": a
    series sentence the tagger ran into the publisher (or the body it read as a container) is the
    report's genre and number."""
    field = "publisher" if "publisher" in item else "container-title"
    text = item.get(field, "")
    for stop in (m.start() for m in re.finditer(r"\. (?=[A-Z])", text) if not {"genre", "number"} & set(item)):
        series = _SERIES_SENTENCE.fullmatch(text[:stop])
        if series:
            item["genre"], item["number"], item[field] = series.group(1), series.group(2), text[stop + 2:]
            confidence["genre"] = confidence["number"] = confidence.get(field, 0.7)
            break


def _body_as_publisher(item: dict, confidence: dict) -> None:
    """"R Foundation for Statistical Computing, Vienna, Austria": a body named with a place, and
    no volume, issue or pages, publishes the work; it is no periodical (nor a meeting), nor its site (GOST's
    "// Национальный статистический комитет ... : официальный сайт. – Минск, 2023. – URL: ...")."""
    container = item.get("container-title", "")
    if (container and "publisher" not in item and "publisher-place" in item
            and not {"volume", "issue", "page"} & set(item) and corporate_name(container)
            and not _NEWS_RE.search(container.lower()) and not _CONF_RE.search(container.lower())
            and "seminar" not in container.lower() and not ("URL" in item and _SITE_RE.search(container))):
        _move(item, confidence, "container-title", "publisher")


def _has_day(date: dict | None) -> bool:
    parts = (date or {}).get("date-parts") or [[]]
    return len(parts[0]) == 3


def _day_and_month(date: dict | None) -> bool:
    """A date kept as written that names a day and a month and no year, as press items in notes are dated
    ("‘Title’, Johnson’s Russia List, 17 June, available at: ..."), the year given elsewhere or not at all."""
    literal = (date or {}).get("literal", "")
    return bool(literal) and _DAY_MONTH.fullmatch(literal) is not None \
        and literal.rstrip(".").split()[0 if literal[:1].isalpha() else 1].lower() in MONTHS


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


def _publishes_itself(item: dict) -> bool:
    """Is the body that wrote the work its publisher ("World Bank, Title (Washington, DC: World Bank, 2023)"), with
    nothing of a publishing house's book (pages counted, an edition, an ISBN)?"""
    body = next((name["literal"] for name in item.get("author", []) if "literal" in name), None)
    return bool(body) and item.get("publisher", "").casefold().strip(" .") == body.casefold().strip(" .") \
        and not {"number-of-pages", "edition", "ISBN"} & set(item)


def _published_by_own_acronym(item: dict) -> bool:
    """Does a body publish its work under its own acronym ("Centraal Planbureau ... Den Haag: CPB", "Instituto
    Brasileiro de Geografia e Estatística ... Rio de Janeiro: IBGE")? Such works are the body's reports; a
    publishing house ("OECD Publishing", "Routledge") makes a book."""
    authors = item.get("author", [])
    publisher = item.get("publisher", "")
    if len(authors) != 1 or "literal" not in authors[0] or "edition" in item or "ISBN" in item:
        return False
    body = authors[0]["literal"]
    # ... its small words' initials in lower case, as British departments write theirs ("Department for Education ...
    # London: DfE", "Department of Health: DoH")
    initials = "".join(word[0] for word in body.split())
    # ... or the other way round, the body by its acronym and its name in full as the publisher (Elsevier's "IEA, World
    # Energy Outlook 2022, International Energy Agency, Paris, 2022.")
    spelt = [word for word in publisher.split() if word[:1].isupper()]
    return (bool(_ACRONYM.fullmatch(publisher)) and body[:1].upper() == publisher[0] and body.upper() != publisher
            or publisher == initials and sum(letter.isupper() for letter in publisher) >= 2
            or bool(_ACRONYM.fullmatch(body)) and _spells(body, spelt))


def _spells(acronym: str, words: list[str]) -> bool:
    """Is the acronym made of the words' first letters, in order, a word giving up to three as some do ("IEA",
    International Energy Agency; "IRENA", International Renewable ENergy Agency)?"""
    if not words:
        return not acronym
    head = words[0].upper()
    return any(acronym[:k] == head[:k] and _spells(acronym[k:], words[1:])
               for k in range(1, min(len(acronym) - len(words) + 1, 3) + 1))


def _year_after_author(item: dict, text: str) -> bool:
    """Does the year stand in brackets right after the first author, as in author-date References ("KNOMAD (2022),
    ...", "World Bank (2021) ...")?"""
    first = next(iter(item.get("author", [])), {})
    name = first.get("literal") or first.get("family")
    return bool(name) and re.match(rf"{re.escape(name)},?\s*\({_YEAR}[a-z]?\)", text.lstrip()) is not None


def _by_body(item: dict) -> bool:
    """Is an author a body ("Ministry of ...", "OSCE"), a name kept whole as a literal?"""
    return any("literal" in name for name in item.get("author", []))


def _document_on_site(item: dict, text: str) -> bool:
    """Notes "‘Kontseptsiya vneshnei politiki ...’, Akorda, 29 January 2014, available at: URL", "« Déclaration ... »,
    Kremlin.ru, 10 janvier 2022, ...": a quoted title, then a short name and the day, with no volume or pages,
    where the name is no periodical (no news outlet or newspaper name): the site that published the paper."""
    container = item.get("container-title", "")
    return bool(container) and text.lstrip()[:1] in _CLOSER and len(container.split()) <= 3 \
        and not {"volume", "issue", "page", "publisher", "section"} & set(item) and _has_day(item.get("issued")) \
        and container.lower() not in OUTLETS and not _NEWS_RE.search(container.lower())


# An act's own date in words in its title, before its name: "of 29 December 2012", "of January 28, 2022".
# An act's own date after "of" in its title, in words or figures and in the languages acts are cited in: "Federal Law of
# 29 December 2012", "of 14.07.2012", "ot 28.06.2014", "от 2 июля 2021 г.", "від 01.06.2010", "vom 11. August 2014",
# "z dnia 20 kwietnia 2004 r.", "No. PF-60 of January 28, 2022", Portuguese and Spanish "Lei nº 13.467, de 13 de julho
# de 2017" (the first of the month an ordinal, "de 1º de maio de 1943")
_ACT_OWN_DATE = re.compile(rf"(?:\bof|\bot|(?<!\w)(?:от|від|ад)|\bvom|\bz\s+dnia|\bde)\s+(\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
                           rf"|\d{{1,2}}\.?\s[^\W\d_]{{3,11}}\.?\s\d{{4}}|(?i:{_ENGLISH_MONTH})\s\d{{1,2}},\s\d{{4}}"
                           rf"|\d{{1,2}}º?\sde\s[^\W\d_]{{3,10}}\sde\s\d{{4}})(?!\d)")


def _act_own_date(item: dict) -> dict | None:
    """The first whole date (day, month and year) after "of" in the act's title or its original title."""
    for key in ("title", "original-title"):
        for match in _ACT_OWN_DATE.finditer(item.get(key, "")[:200]):
            date = parse_date(match.group(1).replace("º", ""))  # the first of the month as an ordinal: "1º de maio"
            if date and len(date["date-parts"][0]) == 3:
                return date
    return None


_ARTICLE_CUE = re.compile(r"(?i)(?:ст|st|art|poz)\.\s*(?=\d)")  # a gazette's article before its number: "Ст. 6886"
# A newspaper's section named before its page, as ABNT prints them: "Mercado, p. A14", "Caderno Brasil, p. 8"
_SECTION_THEN_PAGE = re.compile(r"([^\W\d][^,\d]*), p\. ([A-Z]?\d+(?:-[A-Z]?\d+)?)")


def _book_title_over_commas(item: dict, confidence: dict, text: str) -> str:
    """APA's "Åslund, A. (2013). How capitalism was built: The transformation of Central and Eastern Europe, Russia,
    the Caucasus, and Central Asia (2nd ed.). Cambridge University Press.": a book's title runs on over its commas
    to the edition's bracket; what the tagger cut off after a comma as the book a chapter is in (no "In", no
    editor, no pages) is the title's own; and with no title before it (swedish-legal's "Atkins, P., Physical Chemistry,
    9. uppl., Oxford University Press 2010", which had stopped the rules), it is the title. Returns the type."""
    if "title" not in item:
        if "In " in text or "page" in item:
            return item["type"]
        joined = item["container-title"]
    else:
        joined = f"{item['title']}, {item['container-title']}"
        if f"{joined} (" not in text or "In " in text or "page" in item:
            return item["type"]
    item["title"], item["type"] = joined, "book"
    del item["container-title"]
    confidence.pop("container-title", None)
    return "book"


# A numbered document named with its day: "Résolution 50/80 de l’Assemblée générale ... du 12 décembre 1995",
# "Resolution 2231 of the Security Council of 20 July 2015".
_DOCUMENT_OF_DAY = re.compile(rf"\b(?:of|du|vom|del|от)\s+(\d{{1,2}}(?:er|\.)?\s+(?i:{_MONTH_RE})\s+\d{{4}})\b")


def _after_type(item: dict, kind: str, confidence: dict, text: str) -> None:
    """Fix-ups that depend on the type (``text``: the cleaned reference)."""
    if kind == "document" and "issued" not in item and "number" in item \
            and (day := _DOCUMENT_OF_DAY.search(item.get("title", ""))):
        issued = parse_date(day.group(1))  # a numbered document named with its day is issued that day
        if len(issued.get("date-parts", [[]])[0]) == 3:
            item["issued"], confidence["issued"] = issued, 0.8
    if kind == "webpage" and not {"title", "container-title"} & set(item) and len(item.get("author", ())) == 1 \
            and "literal" in item["author"][0] and not corporate_name(item["author"][0]["literal"]):
        # IEEE's "PyTorch. Accessed: Jan. 5, 2023. [Online]. Available: https://pytorch.org": a page named by its
        # site alone is titled so; a body's name stays its author ("Statistics Agency under the President ...")
        item["title"] = item.pop("author")[0]["literal"]
        confidence["title"] = confidence.pop("author", 0.7)
    if kind == "post" and [set(name) for name in item.get("author", ())] == [{"family"}]:
        # "Nexta, ‘Title’, Telegram, ...": a post signed with one word and no given name is a channel's, not
        # a person's (people sign with their names: "Margarita Simonyan, ‘Title’, Telegram, ...")
        item["author"] = [{"literal": item["author"][0]["family"]}]
    if kind == "webpage" and "author" not in item and "container-title" in item and "title" in item \
            and text.startswith(f"{item['title']}. {item['container-title']}.") and corporate_name(item["title"]):
        # AMA's "Centers for Medicare & Medicaid Services. National Health Expenditure Data. Updated ...": the body's
        # sentence opening the reference is its author, the page's title after it
        item["author"] = [{"literal": item.pop("title")}]
        confidence["author"] = confidence.pop("title", 0.7)
        _move(item, confidence, "container-title", "title")
    if kind in ("document", "treaty") and _document_on_site(item, text):
        _move(item, confidence, "container-title", "publisher")  # the site that published the paper
    if kind == "report" and "genre" not in item and _PAPER_SERIES.search(item.get("container-title", "")) \
            and "publisher" in item:
        _move(item, confidence, "container-title", "genre")  # the series the paper is in, its publisher apart
    platform = _VIDEO_PLATFORM.fullmatch(item.get("container-title", "")) if kind == "motion_picture" else None
    if platform and "publisher" not in item:  # the site publishes the video; who uploaded it stays in the note
        del item["container-title"]
        item["publisher"] = platform.group(1)
        confidence["publisher"] = confidence.pop("container-title", 0.7)
        if platform.group(2):
            add_note(item, platform.group(2))
    if kind in ("motion_picture", "broadcast") and item.get("genre", "").lower() in _AUDIOVISUAL:
        # APA "Title [Video]. YouTube.", "Title [Audio podcast episode]. In Hidden brain. NPR.": the bracket is
        # the medium; the platform (a show's network after its name) publishes it
        _move(item, confidence, "genre", "medium", 0.9)
        show, stop, platform = item.get("container-title", "").rpartition(". ")
        if "publisher" not in item and kind == "motion_picture" and "container-title" in item:
            _move(item, confidence, "container-title", "publisher")
        elif "publisher" not in item and stop and kind == "broadcast":
            item["container-title"], item["publisher"] = show, rules.strip_end(platform)
            confidence["publisher"] = confidence.get("container-title", 0.7)
        episode = _EPISODE_NUMBER.search(item.get("title", "")) if kind == "broadcast" and "number" not in item else None
        if episode:  # APA "Rising seas (No. 45) [Audio podcast episode].": the episode's number
            item["title"], item["number"] = item["title"][:episode.start()], episode.group(1)
            confidence["number"] = confidence.get("title", 0.8)
    if kind == "song" and item.get("genre", "").lower() in _AUDIOVISUAL:
        # APA "Formation [Song]. On Lemonade. Parkwood; Columbia.": the bracket is the medium, the album after "On"
        # the container, the label(s) after it the publisher, which the tagger left in the note
        _move(item, confidence, "genre", "medium", 0.9)
        released = _ALBUM_AND_LABEL.fullmatch(item.get("note", "")) if not {"publisher", "container-title"} & set(item) else None
        if released:
            del item["note"]
            if released.group("album"):
                item["container-title"] = released.group("album")
                confidence["container-title"] = 0.8
            item["publisher"], confidence["publisher"] = released.group("label"), 0.8
    number = None if "number" in item else _GBT_PATENT_NUMBER.search(item.get("title", "")) if kind == "patent" \
        else _GBT_STANDARD_NUMBER.search(item.get("title", "")) if kind == "standard" else None
    if number:  # GB/T "一种锂电池隔膜的制备方法: CN112345678A[P]. 2021-03-02.": the title, then the patent's number (a
        # standard's designation: "信息与文献 参考文献著录规则: GB/T 7714—2015[S].")
        item["title"], item["number"] = item["title"][:number.start()], number.group(1)
        confidence["number"] = confidence.get("title", 0.8)
    head, stop, last = item.get("title", "").rpartition(". ")
    if kind in ("dataset", "software") and stop and "publisher" not in item and _repository(last):
        item["title"], item["publisher"] = head, last  # Nature "hydrokit: tools for .... GitHub https://..."
        confidence["publisher"] = confidence.get("title", 0.7)
    note, described = item.get("note", "").strip(" ."), item.get("genre", "").lower() in _DESCRIBED_TYPES
    if kind in ("dataset", "software") and "publisher" not in item and (
            _repository(note) or described and corporate_name(note)):
        # "... Version 1.4.0. Zenodo. https://doi.org/...": the host; after APA's "[Data set]" the body named
        # (APA's "Title (Version 2) [Data set]. Publisher. URL")
        place, colon, body = note.partition(": ")
        if colon and len(place.split()) <= 3 and place[:1].isupper() and "publisher-place" not in item:
            item["publisher-place"], note = place, body  # Cite Them Right's "[Computer program]. Vienna: Body."
            confidence["publisher-place"] = 0.8
        item["publisher"] = note
        item.pop("note")
        confidence["publisher"] = 0.8
    host = item.get("container-title", "")
    if kind in ("dataset", "software") and _repository(host) or kind == "article" and PREPRINT_SERVER.fullmatch(host):
        _move(item, confidence, "container-title", "publisher", 0.8)  # the repository or preprint server publishes the work
    elif kind in ("software", "dataset") and host and "publisher" not in item and not {"volume", "issue", "page"} & set(item):
        # "(Version 3.28). Open Source Geospatial Foundation.", "[Data set]. OpenICPSR.": no container, the body publishes
        _move(item, confidence, "container-title", "publisher")
    # "President Medvedev’s Interview with BBC Television": the interview the person gave, named by the possessive,
    # is that person's; who it was given to ("with BBC Television") asked the questions
    given = _GIVEN_INTERVIEW.match(item.get("title", "")) if kind == "interview" and "author" not in item else None
    if given and not re.match(r"(?i)(?:the\s+)?authors?\b", given.group(1)):
        item["author"] = parse_names(given.group(1))
        confidence["author"] = 0.8
    if kind == "personal_communication" and "genre" not in item \
            and re.fullmatch(r"(?i)(?:personal|private)\s+communication", item.get("title", "")):
        _move(item, confidence, "title", "genre")  # "Nargis Kassenova, personal communication, Almaty, ...": its kind
    if kind in ("interview", "personal_communication") and "author" not in item:
        # the interviewee; the correspondent, who wrote to the author ("correspondence with ...", "email from ...")
        m = re.search(r"(?i:\binterview(?:\s+by\s+the\s+authors?)?\s+with|^\W*" + FOREIGN_INTERVIEW
                      + r"|\b(?:correspondence|communications?|exchanges?)\s+(?:with|from)"
                      + r"|\b(?:e-?mails?|letters?|messages?|notes?)\s+from)\s+" + _HONORIFICS
                      + r"((?:[A-ZА-Я][\w'’-]+\.?\s+){0,3}[A-ZА-Я][\w'’-]+)", item.get("title", ""))
        # a name runs to no full stop: "Entretiens avec Michel Foucault. Paris: Gallimard" names no "Paris"
        if m and not re.match(r"(?i)(an?|the|anonymous)\b", m.group(1)) and not re.search(r"\w{2}\.\s", m.group(1)):
            rank = item["title"][:m.start(1)]
            # "Interview with Father Mykola": a title before one name, no family name, is how the person is known
            one = " " not in m.group(1) and _RANK_BEFORE.search(rank)
            item["author"] = [{"literal": rank[one.start():] + m.group(1)}] if one else parse_names(m.group(1))
            confidence["author"] = 0.8
    if kind == "legislation" and item.get("genre", "").startswith("№") and "title" in item:
        # "Указ Президента РФ от 2 июля 2021 г. № 400": the act's number is part of its title.
        item["title"] += " " + item.pop("genre")
        confidence.pop("genre", None)
    if ((kind == "legislation" or kind == "document" and not {"volume", "page"} & set(item))
            and "container-title" not in item and "number" not in item
            and re.fullmatch(r"\d[\w/-]*", item.get("issue", ""))):
        # "‘Law on Elections’, 2 July 2011, No. 68, available at: ...", "Ministry ..., ‘Statement on ...’, No. 412/20,
        # Baku, ...": outside a gazette or periodical (no volume, no pages) the number is the act's or the
        # document's own, not an issue.
        _move(item, confidence, "issue", "number", 0.8)
    for key in ("publisher", "container-title"):
        if kind == "interview" and key in item and "title" in item:
            # An interviewee's affiliation read as a publisher or container belongs to the title.
            glue = " " if re.search(r"(?i)\b(?:the|of|and|for|in|at|to|an?)$", item["title"]) else ", "
            item["title"] += glue + item.pop(key)
            confidence.pop(key, None)
    own = _act_own_date(item) if kind == "legislation" else None
    if own and item.get("issued", {"date-parts": [own["date-parts"][0][:1]]}) == {"date-parts": [own["date-parts"][0][:1]]}:
        # "Federal Law of 29 December 2012 No. 273-FZ “...”", "О ... : федер. закон от 28.06.2014 № 172-ФЗ": the act's
        # own date dates it (its enactment, Zotero's "Date Enacted"; the title keeps it as the act's name), and beats
        # the bare year of the gazette that prints it ("... // Собрание законодательства РФ. 2014. № 26. Ст. 3378.")
        item["issued"] = own
        confidence["issued"] = 0.8
    if kind == "article-newspaper" and (section := _SECTION_THEN_PAGE.fullmatch(item.get("page", ""))):
        item["section"], item["page"] = section.groups()
        confidence["section"] = confidence.get("page", 0.9)
    page = item.get("page", "") if kind in ("legislation", "legal_case") else ""
    cue = _ARTICLE_CUE.match(page)
    if cue or page.isdigit() and re.search(r"(?i)\b(?:ст|st|art|poz)\.\s*" + page + r"\b", text):
        # "Ст. 6886", "art. 2", Polish "poz. 1001": the article (item) of the gazette issue the act (or a court's
        # ruling) is printed in, not a page
        item["section"] = item.pop("page")[cue.end() if cue else 0:]
        confidence["section"] = confidence.pop("page", 0.9)
    if kind == "standard" and "title" not in item and "container-title" in item:
        _move(item, confidence, "container-title", "title")  # "IEEE Standard for ..., IEEE Std 754-2019": its title
    elif kind == "standard" and "title" not in item and len(item.get("author", ())) == 1 and item.get("number") \
            and (head := text.partition(f", {item['number']}")[0]) != text and "," not in head and not corporate_name(head):
        # IEEE's "Safety of Machinery, ANSI B11.0-2020, 2020.": the words before the designation, read as a person, are
        # the standard's title (a body that issued it, "ASTM International, ...", stays its author)
        item["title"] = head
        del item["author"]
        confidence["title"] = confidence.pop("author", 0.8)
    elif kind == "webpage" and "title" not in item and "container-title" in item:
        _move(item, confidence, "container-title", "title")  # "LNCS Homepage, http://...": a page's only name is its title
    elif kind == "standard" and "container-title" in item and "title" in item \
            and f"{item['title']}: {item['container-title']}" in text:
        # "Ergonomics ... — Part 11: Usability: Definitions and concepts (ISO Standard No. 9241-11:2018)": a standard's
        # title runs on over its parts' colons; what the tagger cut off after one is no container
        item["title"] += ": " + item.pop("container-title")
        confidence.pop("container-title", None)
    issued = item.get("issued", {}).get("date-parts", [[]])
    if kind.startswith("article-") and len(issued) == 1 and len(issued[0]) == 1 \
            and item.get("event-date", {}).get("date-parts", [[0]])[0][0] == issued[0][0] \
            and not _MEETING_WORD.search(item.get("container-title", "")):
        # "Le Monde September 6-8, 1977": a periodical's range of days is its issue's (a weekend's), no meeting's
        item["issued"] = item.pop("event-date")
        confidence["issued"] = confidence.pop("event-date", confidence.get("issued", 0.7))
    if kind == "article-newspaper" and "container-title" not in item and "publisher" in item:
        _move(item, confidence, "publisher", "container-title")  # the periodical the tagger took for a publisher
    if kind == "speech" and "publisher" in item and item.get("title", "")[:1].islower() \
            and f"{item['title']} {item['publisher']}," in text:
        # "Rustam Minnikhanov, speech at the session of the State Council of Tatarstan, Kazan, ...": an unquoted
        # description of the talk runs on to its comma, whatever body it names
        item["title"] += " " + item.pop("publisher")
        confidence.pop("publisher", None)
    if kind == "speech":
        presented = _PRESENTED_AT.match(item.get("container-title", ""))
        if presented:  # "Paper presented at the Annual Meeting of ...": the kind of talk, then the meeting
            if presented.group(1):  # IEEE's bare "presented at the ..." names no kind
                item.setdefault("genre", presented.group(1))
            item["container-title"] = item["container-title"][presented.end():]
        talk = _PRESENTATION.fullmatch(item.get("genre", ""))
        meeting = _MEETING_AFTER_BRACKET.search(text) if talk else None
        if meeting:  # APA: the meeting and its place, whatever the tagger made of them
            for key in ("container-title", "publisher", "publisher-place"):
                if item.get(key, "\0") in meeting.group(0):
                    del item[key]
                    confidence.pop(key, None)
            item["event-title"], item["event-place"] = meeting.group(1), rules.strip_end(meeting.group(2))
            confidence["event-title"] = confidence["event-place"] = 0.9
        elif "container-title" in item and (presented or talk):
            _move(item, confidence, "container-title", "event-title")
        # where the speech was given: CSL's event-place, which styles print for a speech (not GOST's site after "//")
        where = next((key for key in ("container-title", "publisher-place") if item.get(key)
                      and f"// {item[key]}" not in text), None)
        if where:
            _move(item, confidence, where, "event-place")
        town = _TRAILING_PLACE.search(item.get("title", "")) if "event-place" not in item else None
        if town and _given_in_town(item["title"], text):
            # GOST "Выступление на саммите ... . Анкара, 16 марта 2023 г. // ...": the town before the day
            item["title"], item["event-place"] = rules.strip_end(item["title"][:town.start()]), town.group(1).strip()
            confidence["event-place"] = confidence.get("title", 0.8)
    if kind == "interview" and "publisher-place" not in item:
        # "Author's interviews with NATO officials, NATO headquarters, 16–20 April 2012":
        # the last comma part, capitalised and short, is where the interviews took place.
        # After a named interviewee it must look like a town ("..., Research Director,
        # Institute for ..., Kyiv"), not the end of an affiliation ("..., RAS", "(MGIMO)").
        head, _, last = item.get("title", "").rpartition(", ")
        words = last.split()
        if head and last[:1].isupper() and len(words) <= 5 and (
                "author" not in item or (len(words) <= 2 and (all(w[:1].isupper() and not w.isupper() for w in words)
                                                              or _is_admin_unit(words[-1]))  # "Osh region"
                                         and not _CORP_RE.search(last.lower()) and "(" not in last)):
            item["title"], item["publisher-place"] = head, last
            confidence["publisher-place"] = 0.7
    while kind == "interview" and ", " in item.get("title", "") and "publisher-place" in item:
        # "..., Aravan district, Osh oblast, 12 May 2019": a district named before its region is the place's part, and
        # so is a town named before its district or region ("Sergiev Posad, Moscow oblast", "Uzgen, Uzgen district");
        # right after a named interviewee only a known town, not the office held ("Ivan Petrov, Deputy Head, ...")
        head, _, unit = item["title"].rpartition(", ")
        words = unit.split()
        after_name = any(name.get("family") and head.endswith(name["family"]) for name in item.get("author", []))
        town = len(words) <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            and _is_admin_unit(item["publisher-place"].split(", ")[0].split()[-1]) and not _CORP_RE.search(unit.lower()) \
            and (_is_city(unit) or not after_name)
        if not (unit[:1].isupper() and len(words) <= 3 and (_is_admin_unit(words[-1]) or town)
                and f"{unit}, {item['publisher-place']}" in text):
            break
        item["title"], item["publisher-place"] = head, f"{unit}, {item['publisher-place']}"
    if (kind in ("document", "report") or kind == "webpage" and not _SITE_RE.search(item.get("container-title", ""))
            and not _mla_site_page(item, text) and not _wikipedia_site_page(item, text)) and "container-title" in item and "publisher" not in item and (
            _CORP_RE.search(item["container-title"].lower()) or one_word_body_name(item["container-title"])
            or kind == "report" and "number" in item):
        # a body's document or page, the body also named in one word ("[Title]. Rosstat. Available at: ..."); the
        # institution that numbers a report in its series
        _move(item, confidence, "container-title", "publisher")
    if kind == "thesis" and "publisher" not in item and "container-title" in item:
        _move(item, confidence, "container-title", "publisher")
    publisher = item.get("publisher", "")
    if "genre" in item and publisher.startswith("[") and publisher.endswith("]"):
        # "Dis. kand. ekon. nauk [Cand. econ. sci. diss.]": the bracket translates the genre.
        item["genre"] += " " + item.pop("publisher")
        confidence.pop("publisher", None)

