"""Finding the reference list or notes in a page and cutting it into entries.

A scraped page is a sequence of text lines. The list we want is either under a
heading (References, Notes, Список литературы, ...) or, when the page has none,
a run of consecutively numbered citation-like lines. Entries are numbered
(`1.`, `[1]`, `1)`, bare note numbers), one per line, or wrapped over several
lines. Notes are further cut into segments: a note may hold several works
separated by `;`, a work followed by "See also Smith (2009)", or prose
commentary around a work. Each segment is classified as a reference, a pointer
to works cited elsewhere ("Ibid.", "See also Flikke (2009)") or commentary.

Everything here is linear in the size of the input: no backtracking regexes
over whole pages and no pairwise comparisons between lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import _MONTH_RE, MONTHS
from .names import _LOW, _UP, PARTICLES, corporate_name
from .outlets import is_outlet
from .rules import LANGUAGE, NUMBER, STANDARD

REFERENCE, POINTER, COMMENTARY = "reference", "pointer", "commentary"

# --- headings -------------------------------------------------------------

_NOTE_HEADINGS = {"notes", "endnotes", "footnotes", "end notes", "примечания", "сноски", "anmerkungen",
                  "notas", "notas al pie", "notas de rodapé", "notes de bas de page",
                  "przypisy", "poznámky", "poznámky pod čarou", "dipnotlar", "sonnotlar"}
# Every heading over a list: the reference lists' and the notes'.
_HEADINGS = _NOTE_HEADINGS | {
    "references", "reference list", "references cited", "bibliography", "literature",
    "literature cited", "works cited", "cited literature", "cited works", "sources",
    "sources and literature", "select bibliography", "selected bibliography",
    "further reading", "references and notes", "notes and references",
    "bibliographie", "références", "literaturverzeichnis", "literatur", "quellen",
    "referencias", "bibliografía", "bibliografia", "riferimenti bibliografici",
    "referencias bibliográficas", "referências", "referências bibliográficas", "literatura citada",
    "obras citadas", "fuentes", "fontes", "fuentes y bibliografía", "fontes e bibliografia",
    "список литературы", "литература", "источники", "источники и литература",
    "список источников", "библиографический список", "список использованной литературы",
    "список использованных источников", "список источников и литературы",
    "використана література", "список використаних джерел", "література",
    "references (transliterated)", "references (in english)",
    "literatura", "bibliografie", "použitá literatura", "seznam literatury", "seznam použité literatury",
    "wykaz literatury", "źródła", "kaynakça", "kaynaklar",
    "daftar pustaka", "daftar referensi", "referensi", "rujukan", "bibliografi", "kepustakaan",  # Indonesian, Malay
    "reference", "참고문헌", "참고 문헌", "参考文献", "引用文献",  # KCI's "참고문헌 (Reference)", CiNii's and J-STAGE's 参考文献
}
# A dissertation abstract's (автореферат) list of the author's own papers: "Список работ, опубликованных
# автором по теме диссертации", "Основные публикации автора по теме диссертации", ...
_THESIS_PUBLICATIONS = re.compile(
    r"^(?:список |основные )?(?:работ|публикаций|публикации|научных трудов|трудов|работы)(?: автора)?,?"
    r"(?: (?:опубликованных|опубликованные))?(?: автором| соискателем)?(?: по теме диссертации)$")

# Headings over lists of other articles: a numbered run under one is not this article's list.
_OTHER_ARTICLES = (
    r"cited by|citing articles|citing literature|crossref citations|"
    r"related (?:research|articles|content|items)|recommended articles|recommendations|"
    r"people also read|similar articles|more like this|you may also like|ещё по теме|еще по теме|статьи по теме|"
    r"похожие (?:статьи|публикации|темы)|читайте также|цитирования|"
    r"související články|podobné články|podobne artykuły|najczęściej czytane artykuły|"
    r"(?:cet article est )?cité par|articles similaires|"  # Cairn.info
    r"이 논문을 인용한 (?:kci )?(?:문헌|논문)"  # KCI's cited by
)
_ELSEWHERE = re.compile(rf"^(?:{_OTHER_ARTICLES})\b", re.I)
# Headings that end a reference section when met after it, sidebars included
# (CyberLeninka's "Ещё по теме", eLibrary's "ОПИСАНИЕ НА АНГЛИЙСКОМ ЯЗЫКЕ:", the ACM Digital Library's "Author Tags").
_END_HEADINGS = re.compile(
    r"^(?:about the authors?|author information|author ?affiliations?|additional information|funding|"
    r"acknowledge?ments?|disclosure statement|conflicts? of interest|appendix|"
    rf"supplementary(?: materials?| data| information)?|{_OTHER_ARTICLES}|metrics|article metrics|"
    r"share and cite|cite this (?:article|chapter)|how to cite(?: this article)?|qanday iqtibos keltirish kerak|"
    r"about this (?:article|chapter)|"
    r"(?:article )?details|article information|ayrıntılar|kaynak göster|teşekkür(?:ler)?|"
    r"download references|"
    r"rights and permissions|"
    r"figures?(?: and tables)?|tables?|keywords|key words|author (?:tags|keywords)|index terms|"
    r"publication history|bibliometrics|об авторах|сведения об авторах|"
    r"информация об авторах|для цитирования|как цитировать(?: статью)?|"
    r"o autorach?|o autorze|autorzy|jak cytować|autoři|o autorech|jak citovat|citovat článek|"
    r"auteure?s?|(?:à propos|au sujet) de l['’]auteure?|(?:à propos|au sujet) des auteure?s|(?:pour )?citer cet article|"
    r"abstract|аннотация|introduction|введение)\s*:?(?:\s*\(\d+\))?$",
    re.I,
)
# A field label in capitals on a line of its own ("БИБЛИОМЕТРИЧЕСКИЕ ПОКАЗАТЕЛИ:") starts the
# next block of a record page; inside a reference only an identifier's label ("DOI:") could.
_CAPS_LABEL = re.compile(r"^(?!(?:URL|DOI|ISBN|ISSN|EDN|PMID|PMCID)\b)[^\W\d_a-zа-яё]{4,}(?:[ \-][^\W\d_a-zа-яё]+)*:$")


# The article's history printed after its lists ("Recibido: 14 de agosto de 2020; Aprobado: ...").
_HISTORY = re.compile(
    r"^(?:received|submitted|accepted|recibido|recebido|aceptado|aprobado|aprovado|"
    r"поступила в редакцию|дата поступления(?: рукописи)?|принята к (?:печати|публикации)|"
    r"надійшла до редакції|прийнята до (?:друку|публікації)|дата надходження|"
    r"otrzymano|przyjęto(?: do druku)?|zaakceptowano|došlo(?: do redakce)?|přijato(?: k publikaci)?)\s*:?\s.*\b\d{4}\b",
    re.I,
)


# The page's own labelled lines after its list (Frontiers: "Keywords: ...", "Citation: Abdrakhmanova G, ... (2023) ...").
_OWN_LABEL = re.compile(
    r"^(?:key ?words?|index terms|ключевые слова|palabras clave|palavras[ -]chave|mots[ -]clés|"
    r"citation|cite this article(?: as)?|how to cite(?: this article)?|qanday iqtibos keltirish kerak|"
    r"для цитирования|ссылка на (?:эту )?статью|"
    r"як цитувати|для цитування|słowa kluczowe|klíčová slova|jak cytować|jak citovat)\s*:\s*\S", re.I)


# An author's biography after the references (IEEE): the name in capitals, a membership, then its verb
# ("AIGERIM SEITKALI received the M.A. degree ...", "DANIYAR MUKHAMEDOV (Member, IEEE) re-").
_BIOGRAPHY = re.compile(
    r"^(?!.*\b(?:AND|THE|OF|FOR|IN|ON)\b)[A-Z][A-Z'’-]+(?: [A-Z]\.)*(?: [A-Z][A-Z'’-]+)+"
    r"(?: \((?:(?:Student|Graduate Student|Senior|Life) )?(?:Member|Fellow)(?:, IEEE)?\))?"
    r" (?:received|re-|is currently|is an?|is with|was born|joined|has been)(?:\s|$)")


def ends_section(line: str) -> bool:
    """A heading or the article's history line, after which the reference list or notes do not go on.

    A heading printed in two languages ("Об авторах / About the authors") ends it when every part does."""
    text = line.strip()
    parts = re.split(r"\s+[/|]\s+", text)
    return bool(all(_END_HEADINGS.match(p) for p in parts) or _CAPS_LABEL.match(text) or _HISTORY.match(text)
                or _BIOGRAPHY.match(text))


def names_sections(text: str) -> bool:
    """Is the text only the names of a page's sections one after another, as a row of tabs prints
    them beside "Аннотация" ("Список литературы Об авторах", "References Metrics")?"""
    words = text.lower().split()
    i = 0
    while i < len(words):
        n = next((n for n in (4, 3, 2, 1) if i + n <= len(words) and (
            " ".join(words[i:i + n]) in _HEADINGS or _END_HEADINGS.fullmatch(" ".join(words[i:i + n])))), 0)
        if not n:
            return False
        i += n
    return bool(words)


# A heading with its translation in brackets after it ("참고문헌 (Reference)").
_TRANSLATED_HEADING = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")


def heading_kind(line: str) -> str | None:
    """'references' or 'notes' when the line is a list heading, else None."""
    text = line.strip().strip("#*=").strip()
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+", "", text)  # "7. References"
    text = re.sub(r"\s*\[(?:edit|править|bearbeiten|modifier|editar)[^\]]{0,20}\]$", "", text)  # a wiki's "[edit]"
    text = re.sub(r"\s*\(\d+\)$", "", text.rstrip(":.").strip()).lower()  # "References (42)"
    if len(text) > 60:
        return None
    parts = [p.strip() for p in re.split(r"\s+[/|]\s+", text)]  # "Литература / References"
    if len(parts) == 1 and (translated := _TRANSLATED_HEADING.match(text)):  # KCI's "참고문헌 (Reference)"
        parts = list(translated.groups())
    if len(parts) == 1 and "диссертац" in text and _THESIS_PUBLICATIONS.match(text):
        return "references"
    if not all(p in _HEADINGS for p in parts):
        return None
    return "notes" if all(p in _NOTE_HEADINGS for p in parts) else "references"


# --- scraping artefacts ---------------------------------------------------

# The labels of the links a publisher's page prints after each reference, to the work and to look-up services, as a
# select-all copy gives them: a closed list, by platform. Google Scholar, Crossref, PubMed, Web of Science, Scopus,
# MathSciNet, zbMATH, WorldCat, Medline, Chemport, Scilit, Semantic Scholar (everywhere); PubMed Central's "[DOI]
# [PMC free article] [PubMed]" (PubMed's "Free PMC article"); Wiley's "Wiley Online Library", "CAS"; Springer's
# kind of record linked, "Article", "Book", "Chapter", and "ADS", "MATH", "PubMed Central"; Taylor & Francis's
# "[Taylor & Francis Online]", "[Web of Science ®]"; SAGE's "Crossref | Google Scholar | ISI"; Oxford Academic's
# "Search ADS", "Google Preview", "OpenURL Placeholder Text", "COPAC"; Frontiers' "PubMed Abstract | CrossRef Full
# Text"; MDPI's "[Green Version]"; PLOS's "View Article", "PubMed/NCBI"; ScienceDirect's "View PDF", "View article",
# "View in Scopus"; Cell Press's and the Lancet's "View in Article", "Abstract"/"Summary", "Full Text", "Full Text
# PDF", "Scopus (112)" (its count of citations); ACS's "ACS Full Text"; De Gruyter's "Search in Google Scholar";
# J-STAGE's CiNii and J-GLOBAL; Cairn.info's "Lien DOI", "Voir sur Cairn.info"; "Cited by (12)"; HighWire's (BMJ,
# PNAS, J Neurosci) "Abstract/FREE Full Text", "FREE Full Text", "OpenUrl"; Hindawi's "View at: Publisher Site |
# Google Scholar"; IEEE Xplore's "Show in Context"; the ACM Digital Library's "Digital Library", "Cross Ref"; Taylor
# & Francis's older "[CSA]"; Wiley's older "Web of Science® Times Cited: 56"; ACS's "There is no corresponding record
# for this reference."; PubMed's "- DOI - PubMed - PMC", its labels parted by dashes; SciELO's "[ Links ]"; JHEP's and
# the other SISSA/IOP high-energy journals' "[INSPIRE].", before 2012 "[SPIRES]", and "[arXiv]" where the e-print's
# number is the link (bracketed only, spaced as their HTML prints them, "[ INSPIRE ]", its stop closing the entry).
_ARTEFACT_TOKEN = (
    r"(?:Google Scholar|Search in Google Scholar|Crossref|CrossRef|Cross Ref|PubMed(?: Central|/NCBI| Abstract)?|Pubmed|"
    r"Web of Science\s*®?(?:\s*Times Cited: \d+)?|Scopus(?: \(\d+\))?|MathSciNet|zbMATH|MATH|WorldCat|"
    r"Find this resource:?|(?:Abstract/)?FREE Full Text|OpenUrl|View at:|Publisher Site|Show in Context|"
    r"Digital Library|CSA|There is no corresponding record for this reference\.?|(?<=- )(?:DOI|PMC)|\[ ?Links ?\]|"
    r"Open DOI|(?<=\[)DOI(?=\])|PMC free article|Free PMC article|ACS Full Text|Full Text(?: PDF| \(PDF\))?|"
    r"View Article|View in Article|Article|Book|Chapter|CAS|ADS|ISI|Link|Taylor & Francis Online|"
    r"Wiley Online Library|Green Version|Abstract|Summary|View PDF|View article|Search ADS|Google Preview|COPAC|"
    r"OpenURL Placeholder Text|Medline|Chemport|Scilit|Semantic Scholar|View (?:Record )?in Scopus|"
    r"CiNii(?: Research| Articles| Books)?|J-GLOBAL|Lien DOI|Voir sur Cairn\.info|"
    r"Cited by(?: \(\d+\))?|(?<=\[) ?(?:INSPIRE|SPIRES|arXiv) ?\]\.?)"
)
# A run of labels at the entry's end, glued to it or to each other as copies glue them (De Gruyter's
# "...00043.xSearch in Google Scholar", Cambridge Core's "Press.CrossRefGoogle Scholar").
_TRAILING_ARTEFACTS = re.compile(
    r"(?:[\s,;|-]*[\[(]?" + _ARTEFACT_TOKEN + r"[\])]?)+[\s,;|]*$"
)
# A line of nothing but link labels ("View Article", "CrossRef Full Text | Google Scholar").
_ONLY_ARTEFACTS = re.compile(r"^" + _TRAILING_ARTEFACTS.pattern)
_STRONG_ARTEFACT = re.compile(
    r"Google Scholar|Crossref|PubMed|Web of Science|Scopus|MathSciNet|WorldCat|Taylor & Francis Online|"
    r"Wiley Online Library|Search ADS|OpenURL|Medline|Semantic Scholar|View Article|Show in Context|\[ ?Links ?\]|"
    r"\[ ?(?:INSPIRE|SPIRES|arXiv) ?\]", re.I)
_LINK_LABELS_TAIL = 300
# What every _STRONG_ARTEFACT match holds once lower-cased: tested first, as a few substring tests cost far less than
# the case-blind pattern, and most entries hold none.
_STRONG_STEMS = ("scholar", "crossref", "pubmed", "web of science", "scopus", "mathscinet", "worldcat",
                 "francis online", "wiley online", "search ads", "openurl", "medline", "view article", "show in context",
                 "links", "inspire", "spires", "arxiv")
_URL_LINK = re.compile(r"\s*\bURL:\s*(?:Link|Ссылка)\b\.?")
# bullets, Wikipedia's back-links "^ a b" and "^ Jump up to: a b"
_BULLET = re.compile(r"^(?:[•·▪◦‣∙\-–—*]|(?:\^|↑)(?:\s?Jump up to:)?(?:\s?[a-z]{1,2}\b)*)\s+")
# A bullet glyph opening a line opens an entry; a dash does not (GOST's "– 240 с." wrapped onto a line of its own)
_BULLET_GLYPH = re.compile(r"^\s*[•▪◦‣∙]\s+\S")
_CITATION_YEAR = re.compile(r"\bCitation(?=\d{4}[a-z]?\b)")
_SPACES = re.compile(r"\s+")
_HEAD = 4000  # classify on the first characters only, so a runaway entry stays cheap


def clean(text: str) -> str:
    """One entry's text without scraping artefacts, on one line.

    "Citation2009" is how Taylor & Francis pages render a linked year; "URL: Link"
    and trailing "Google Scholar"/"Crossref" are link labels that lost their links.
    """
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    text = _CITATION_YEAR.sub("", text)
    text = _URL_LINK.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    text = _BULLET.sub("", text).rstrip("↩\ufe0e\ufe0f ")
    if _ONLY_ARTEFACTS.match(text):
        return ""
    return without_link_labels(text)


def without_link_labels(text: str) -> str:
    """The entry without the link labels its page printed after it ("... 45–67. [Crossref], [Google Scholar]"): they
    name look-up services, not the work. A run of labels counts only when it holds a service's name ("Article" alone
    may end a title). Only the entry's last characters are searched: a run of labels is far shorter."""
    tail = max(0, len(text) - _LINK_LABELS_TAIL)
    end = text[tail:].lower()
    match = any(stem in end for stem in _STRONG_STEMS) and _TRAILING_ARTEFACTS.search(text, tail)
    if match and match.start() > 0 and _STRONG_ARTEFACT.search(match.group(0)):
        return text[: match.start()].rstrip()
    return text


_OPEN_END = re.compile(r"[^\W_]$|[)\]”’\"»]$")


def layout_breaks(entries: list[list[str]]) -> bool:
    """Do the entries break lines where the layout put parts (ScienceDirect prints authors,
    title and journal on lines of their own), not where a wrap width ran out?

    Lines a width wrapped fill up to it; lines a layout broke vary (a short author line
    above each title): among the lines that do not end an entry, the shortest quarter
    falls well short of the longest."""
    inner = sorted(len(line.strip()) for lines in entries if len(lines) > 1
                   for line in [text for text in lines if clean(text)][:-1])
    return len(inner) >= 2 and inner[len(inner) // 4] < 0.7 * inner[-1]


_BARE_DOI = re.compile(r"10\.\d{4,9}/\S+$")
# A line holding only a DOI, with its label or as a link ("DOI : 10.4000/asiecentrale.4870", "https://doi.org/10...")
_DOI_LINE = re.compile(r"^\s*(?:DOI\s*:?\s*|https?://(?:dx\.)?doi\.org/)+10\.\d{4,9}/\S+\s*$", re.I)


# A URL the wrap broke: after a separator inside it, or right after its scheme ("Available: https://")
_URL_BROKEN_AT_END = re.compile(r"(?:https?://|www\.)\S*[/._\-]$|https?:/{0,2}$")


def join_lines(lines: list[str], hard_breaks: bool = False) -> str:
    """Join an entry wrapped over several lines, undoing end-of-line hyphenation.

    With ``hard_breaks`` each line is a part of the entry ("O. Ajilore, M. Ahmed" /
    "Mobile money ..." / "World Dev., 132 (2020)"): a line ending without punctuation gets
    a full stop, so the parser sees the boundary the layout showed."""
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not parts:
            parts.append(line)
            continue
        if line.startswith("10.") and _BARE_DOI.match(clean(line)) and clean(line) in " ".join(parts):
            continue  # De Gruyter prints the DOI the entry gives again, as a link over "Search in Google Scholar"
        tail = parts[-1][-300:]
        if re.search(r"[a-zа-яё]-$", tail) and line[:1].islower():
            last = tail.rsplit(" ", 1)[-1]
            parts[-1] = parts[-1] + line if "/" in last else parts[-1][:-1] + line
        elif _URL_BROKEN_AT_END.search(tail):
            parts[-1] += line  # a URL broken across lines ("https://" / "www.enisa.europa.eu/...")
        elif re.search(r"[a-zа-яё]-$", tail) and line[:1].isupper():
            parts[-1] += line  # a compound broken at its own hyphen ("Post-" / "Soviet Affairs")
        elif re.search(r"[^\W_][–-]$", tail) and line[:1].isdigit():
            # a page range broken across lines ("1369–" / "1401."), or a code or compound at its hyphen ("Fond R-" /
            # "2456", "COVID-" / "19")
            parts[-1] += line
        else:
            if hard_breaks and _OPEN_END.search(tail) and clean(line):  # not before link labels
                parts[-1] += "."
            parts.append(line)
    return " ".join(parts)


# --- numbering ------------------------------------------------------------

_NUMBERED = re.compile(
    r"^\s*(?:[•·\-–*]\s*)?(?:"
    r"\[(?P<br>\d{1,4})\]"            # [12]
    r"|(?P<dot>\d{1,4})\.(?!\d)"      # 12.
    r"|(?P<par>\d{1,4})\)"            # 12)
    r"|\((?P<pp>\d{1,4})\)"           # (12)
    r"|(?P<bare>\d{1,3})(?=\s+\S|[A-ZА-ЯЁ‘“«])"  # 12 See also ..., 12See (copied superscripts)
    r")\s*"
)


# A code cited by its title's number, the Bluebook's "50 U.S.C. § 1541", "40 C.F.R. § 60.1", "134 Stat. 1032": the
# number before the code is the citation's own, no note number.
_CODE_AFTER_TITLE_NUMBER = re.compile(r"(?:U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.)\s+§|Stat\.\s+\d")


def numbering(line: str) -> tuple[int, str, int] | None:
    """(number, style, end of the label) when the line starts with an entry number."""
    match = _NUMBERED.match(line)
    if not match:
        return None
    for style in ("br", "dot", "par", "pp", "bare"):
        if match.group(style):
            rest = line[match.end():]
            if not rest.strip():
                if style == "bare" or match.group(0).strip().startswith(("-", "–", "*", "•", "·")):
                    return None
                return int(match.group(style)), style, len(line)  # "1." alone, the entry below
            if style == "bare" and (not re.match(r"[^\W\d_]|[‘“\"'«(\[]", rest)
                                    or re.match(r"(?:pp?|с|S|стр|vols?|т|ff)\.", rest)):
                return None  # "2014 563 p." is a year and "640 p." a page count, not note numbers
            if style == "bare" and rest[:1] in "UCS" and _CODE_AFTER_TITLE_NUMBER.match(rest):
                return None
            return int(match.group(style)), style, match.end()
    return None


# --- recognising references, pointers and commentary ------------------------

_YEAR = re.compile(r"(?<![\d/.-])(1[5-9]\d\d|20\d\d)(?![\d/])")
_URL = re.compile(r"(?=[hwd1])(?:(?:https?://|www\.)\S+|\bdoi:\s*10\.|\b10\.\d{4,9}/\S+)", re.I)  # lookahead: its starts
# Signs of a reference, split into words (a set lookup) and patterns, because one
# big alternation is slow in Python's regex engine.
_STRONG_WORDS = frozenset("""
press verlag university isbn issn doi url accessed retrieved thesis proceedings journal review
quarterly bulletin studies vestnik вестник журнал издательство изд
""".split())
# The lookahead tests what a form can start with once per position (a word start for the forms opening
# with a boundary), where each of the forms was tried.
_PRESS_WORDS = r"\b(?:Press|Publishers?|Publishing|Verlag)\b"  # in a publisher's name, no author's
_STRONG = re.compile(
    r"(?=[‘“«„\"\[№(\dд]|\s//|\b[pСсSvnitвтVIPeaиDlčFfФф])(?:"
    r"[‘“«„\"][^‘’“”«»\"]{3,}?[’”»\"]"               # a quoted title
    r"|\[[^\]]{8,}\]"                                  # a bracketed (translated) title
    r"|\b(?:pp?|[СсS]|vol|no|iss|nr|t|вып|т)\.\s*\d|\d\s*(?:pp?|с|S)\.(?!\w)|№\s*\d"  # pages, volume, issue
    r"|\b(?:Vol(?:ume)?\.?|Issue)\s*\d|\b\d+\s?\(\d+(?:[–-]\d+)?\)\s?[,:]\s?\d|\b(?:1[5-9]|20)\d\d;\s?\d"
    r"|\bPubl\.|\s//\s|\bIn:\s|\((?:eds?|Hrsg|ред|под ред)\.?\)|\(In [A-Z][a-z]+\.\)"
    r"|\bed(?:ited)?\.? by\b|\bavailable (?:at|from|online)\b|дата обращения|\bet al\b|\bи др\.|\bDiss\.|\bдис\."
    r"|\bpersonal communication\b|\bletter to\b|\bDirected by\b"  # a film's "Directed by Name."
    r"|\((?:[A-Z][\w.’'-]+ ){0,2}[A-Z][\w.’'-]+, [^()]{2,60}, (?:1[5-9]|20)\d\d\)"  # "(Washington, DC, Freedom House, 2021)"
    r"|\(\d{1,2}(?:st|nd|rd|th|d) ed\. (?:1[5-9]|20)\d\d\)"  # Bluebook's book "(9th ed. 2014)", "(2d ed. 2019)"
    r"|\([^()]{0,60}" + _PRESS_WORDS + r"[^()]{0,40}, (?:1[5-9]|20)\d\d\)"  # "(Cambridge Univ. Press, 2021)"
    r"|\barXiv:\s?\d{4}\.\d{4,5}"  # a preprint's identifier
    r"|\b\d{1,2}\.,?(?:\s[a-zäöü]+\.,?){0,3}\sAufl\."  # a German edition: "2. Aufl.", "2., erw. Aufl."
    # a law report: "[1932] AC 562", "[2021] EWCA Civ 1187", "[1990] ECR I-2433", "[2008] OJ C115/13", "5 US 137"
    r"|\[(?:1[6-9]|20)\d\d\]\s+(?:\d+\s+)?(?:OJ\s?[LC]\s?\d|[A-Z][A-Za-z]{0,5}(?:\s[A-Z][A-Za-z]{0,5}){0,2}\s+(?:I+-)?\d)"
    r"|\b\d+\s+(?:U\.?\s?S\.?|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.(?:\s?[23]d)?)\s+\d"
    r"|\((?:Law Com|Cm|Cmnd|Cmd|HC|HL Paper)\s+(?:No\s+)?\d"  # a UK official paper's series: "(Cm 9302, 2016)"
    r"|\(n\.\s?d\.\)"  # APA's and Harvard's "(n.d.)" in the year's place
    r"|\b(?:č|nr|no)\.\s?\d+/(?:1[5-9]|20)\d\d\b"  # a law's number and year: "Zákon č. 435/2004 Sb.", "Law No. 139/2015"
    # archive fond and inventory: f. 7486, op. 1; a party or Soviet fond's letter: Ф. П-2, Ф. Р-845, f. 4p, Ф. 4п
    r"|\b[FfФф]\.\s?(?:[A-ZА-ЯЁ]{1,2}-?)?\d+(?:-?[a-zа-яё])?[,.]\s?(?:[Oo]p|[Оо]п)\.\s?\d)"
)
# (a publisher's name may hold initials: "Ivan R. Dee", "W. W. Norton", "M. E. Sharpe")
_PUBLISHER_NAME = r"[A-Z](?:[\w&]+|\.)(?:[^.:]|(?<=\b[A-Z])\.){0,40}"
# (The place's capital first, what stands before it tested behind it: a search skips to capitals.)
_PLACE_PUBLISHER = re.compile(r"[A-Z](?<![.!?] [A-Z])(?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?\s?:\s?" + _PUBLISHER_NAME
                              + r"[,;]\s*(?:1[5-9]|20)\d\d")
# ... and the imprint closing a reference after its title's stop, Vancouver's and Chicago's "Global report on
# diabetes. Geneva: WHO; 2016.", "Cambridge (MA): Harvard School of Public Health; 1996."
_IMPRINT_AFTER_STOP = re.compile(r"[.?!] [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,? (?:\([A-Z][A-Za-z.]+\)|[A-Z]{2}))?\s?:\s?"
                                 r"[A-Z](?:[\w&]+|\.)(?:[^.:;]|(?<=\b[A-Z])\.){0,40}[,;]\s*(?:1[5-9]|20)\d\d[a-z]?\.?$")
_WORD = re.compile(r"[^\W\d_]+")
# How an interview was held, when a note names it first ("Email interview with ...", "Zoom interview", "WhatsApp interview
# with ...") or in brackets before "with" ("Author’s interview (via Zoom) with a journalist").
INTERVIEW_MEANS = r"(?:(?:e-?mail|telephone|phone|zoom|skype|whatsapp|telegram|signal|teams|online|video|written)\s+)?"
# An interview in the other languages notes are written in: French, Spanish and Portuguese "interview (of the
# author) with" ("Entretien des auteurs avec un diplomate, ...", "Entrevista del autor con ...", "Entrevista com
# ..."), German "Interview mit ...", Italian "Intervista con ...".
FOREIGN_INTERVIEW = (r"(?:entretiens?(?:\s+(?:de\s+l['’]auteure?|de\s+l['’]autrice|des\s+auteure?s))?\s+avec"
                     r"|entrevistas?(?:\s+(?:del\s+autor|de\s+la\s+autora|do\s+autor|da\s+autora|dos\s+autores))?"
                     r"\s+(?:con|com|a)|interviews?\s+mit|intervist[ae]\s+(?:con|a))\b")
_INTERVIEW = re.compile(rf"^(?:(?:the\s+)?(?:author['’]s|authors['’])\s+)?{INTERVIEW_MEANS}interviews?\s+"
                        r"(?:\([^()]{1,40}\)\s+)?(?:with|by)\b"
                        r"|^(?:интервью|(?:личная\s+)?беседа)(?:\s+автора)?\s+с\b"
                        rf"|^{FOREIGN_INTERVIEW}", re.I)
# What the author was told outside an interview, CSL's personal_communication: "Author’s email correspondence with a
# senior official, ...", "Personal communication with ...", "Email to the author from ...", "Letter from Name to the
# author, ...". Read as an interview is (the words before the place and date describe it, a named correspondent is
# the author); a letter to anyone else is a manuscript.
COMMUNICATION_HEAD = re.compile(
    r"(?i)(?:\w+(?:[’']s|s[’'])\s+)?(?:(?:e-?mail|written|telephone|private|personal)\s+)?"
    r"(?:correspondence|communications?|exchanges?)\s+(?:with|from)\b|(?:personal|private)\s+communication\b(?!\s+\w)"
    r"|(?:e-?mails?|letters?|messages?|notes?)\s+(?:from\s+[^,]{2,80}?\s+)?to\s+the\s+authors?\b")
_AUTHOR_START = re.compile(
    r"^[A-ZА-ЯЁ][\w'’\-]+(?:\s[A-ZА-ЯЁ][\w'’\-]+)?,?\s+(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3}(?:[,;:(]|\s|$)"
    r"|^(?:[A-ZА-ЯЁ]\.\s?){1,3}\s?[A-ZА-ЯЁ][\w'’\-]+"
    r"|^[A-Z][\w'’\-]+,\s+[A-Z][a-z]+(?:\s(?:[A-Z]\.|[A-Z][a-z]+))?(?:[,;]| and | &|(?<=\.)\s(?=[A-Z“\"‘])|\.\s(?=[A-Z“\"‘]))"
    r"|^[A-Z][a-z]+(?:\s[A-Z]\.)*\s(?:(?:de|van|von|der|da|di|le|la)\s)?[A-Z][\w'’\-]+(?:\s(?:and|&)\s[^,]{3,40})?,\s"
    # Australian (AGPS) author-date: stopless initials, the year and its comma, "Brown, A 2020, ", "Daley, J, Wood, D &
    # Chivers, C 2017, "
    r"|^[A-Z][\w'’\-]+,\s[A-Z]{1,3}(?:(?:,|\s&)\s[A-Z][\w'’\-]+,\s[A-Z]{1,3})*\s(?:1[5-9]|20)\d\d[a-z]?,\s"
    # author-date with a corporate author: "World Bank (2020)", "European Commission. (2021)."
    r"|^(?!(?:See|Cf|Compare|Also)\b)(?:[A-ZА-ЯЁ][\w'’&-]*\.?\s){1,6}\((?:1[5-9]|20)\d\d[a-z]?(?:,\s[A-Z][a-z]+(?:\s\d{1,2})?)?\)"
)
_DATE = re.compile(
    r"\b\d{1,2}(?:[–-]\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|\b(?:1[5-9]|20)\d\d\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\b"  # Vancouver's "2019 Jun 13"
    # in the note's language, set off as an element of the citation: "Neitral’nyi Turkmenistan, 28 octobre 1991"
    # (not a date in the sentence of a remark: "les émeutes du 2 au 11 janvier 2022")
    rf"|,\s\d{{1,2}}(?:er|\.)?\s+(?i:{_MONTH_RE})\s+\d{{4}}\b"
)
# A body's name: capitalised words joined by "of", "for", "and", "on", "the", "&".
_BODY_NAME_WORD = r"(?:\s(?:[A-Z][\w'’&-]*|of|for|and|on|the|&))"
# A body named as the first sentence: "Council of Europe. European Charter ...", "Ministry of Health. National ..."
_BODY_SENTENCE = re.compile(rf"(?:The\s)?[A-Z][\w'’&-]*{_BODY_NAME_WORD}{{0,7}}(?=\.\s)")
# A body before its document's quoted title, as notes cite official papers: "Ministry of Energy and Water Resources
# of the Republic of Tajikistan, ‘Title’, ...", "General Election Commission of Mongolia, ‘Title’, ..."
_BODY_BEFORE_QUOTE = re.compile(rf"((?:The\s)?[A-Z][\w'’&-]*{_BODY_NAME_WORD}{{0,11}}),\s[‘“\"«]")
_POINTER_CUE = re.compile(
    r"^(?:(?:see also|see generally|see further|see especially|see e\.g\.|see,|see|also see|but see|cf\.|compare|"
    r"for (?:more|further|a|an|the)?\s*(?:information|details?|discussion|overview|review|analysis|example|comparison|"
    r"contrast|background|survey|history)"
    r"[^.;:]{0,40}?\bsee"
    r"|for [^.;:]{1,80}?, see"  # "For a sceptical reading of the ‘third neighbour’ policy, see"
    r"|for (?:a|an|the|more|further) [^.;:,()]{1,40}?\ssee"  # ... and with no comma: "For a critical view see"
    r"|on [^.;:,]{1,60},? see|as (?:noted|argued|shown) (?:by|in)"
    r"|sur [^.;:,]{1,60},? voir(?: aussi| notamment| en particulier| par exemple)?"  # French notes' "on ..., see": "Sur le clanisme, voir en particulier Poujol, art. cit."
    r"|(?:as )?(?:quoted|cited) in"  # "Quoted in Ahmed Rashid, Jihad (...), 112.": the work quoted from, as "Цит. по:"
    # essay notes: "On Moldova the best account remains ...", "On the famine, the standard study is ..."
    r"|on [^.;:,]{1,60}?,? (?:the|a|an) (?:(?:best|classic|standard|fullest|definitive|seminal|most \w+) )?"
    r"(?:account|study|treatment|analysis|survey|discussion|overview|work)s? (?:is|are|remains?)"
    # "This argument is developed most fully in ...", "The point is made by ...": a clause saying where
    # an idea is worked out, before the work that does
    r"|(?:this|that|these|the|such) [^.;:,()]{1,60}? (?:is|are|was|were|has been|have been) (?:also )?"
    r"(?:developed|made|discussed|argued|set out|elaborated|documented|described|explored|examined|analy[sz]ed|"
    r"treated|covered|traced|surveyed)(?: (?:most|more|at|in|fully|further|length|detail|well|convincingly|best))* (?:in|by)"
    r"|(?:подробнее|детальніше|(?:об?|про) [^.;:,]{1,60},?)(?: [^.;:]{0,60}?)? (?:см|див)\.(?: также| також)?"
    # "См. об этом:", "См., напр.:", and "Цит. по:" (quoted from) send the reader to the work after them
    r"|см\.(?:,? (?:также|об этом|подробнее|напр\.|например))*|цит\. (?:по|за)|ср\.|див\.(?: також)?|viz(?: též| také)?|srov\.|zob\.(?: też)?|por\.|véase(?: también)?|ver(?: también| também)?|voir(?: aussi| notamment| en particulier| par exemple)?|vgl\.(?: (?:auch|dazu|hierzu|etwa|ausführlich|näher|grundlegend|insbesondere|zuletzt|jetzt|ferner|nur))*|siehe(?: auch)?|zit\. nach)(?:\b|(?<=\.))[,:]?\s*(?:also\s*)?(?:,?\s*(?:e\.g\.|eg\b|for example|for instance|among others|inter alia),?\s*)?)",
    re.I,
)
_IBID = re.compile(  # the lookahead: a match starts at the text's start or at one of its words' first letters
    r"(?=^|[olуsia])(?:^(?:ib[ií]d(?:em)?\.?|id\.|idem\.?|ders\.|dies\.|там же|тамже|ebd\.|ebenda|tamtéž|tamże|aynı eser|aynı yer)(?:[\s,.;:]|$)"
    r"|\b(?:op\.?\s?cit|loc\.?\s?cit|art\.\s?cit|указ\.\s?соч)\b\.?"
    r"|\ba\.\s?g\.\s?[emk]\."  # Turkish "adı geçen eser/makale/kaynak" (op. cit.): "Aydın, a.g.e., s. 12."
    r"|\b(?-i:supra|infra)\b(?:,?\s+(?:note|n\.)\s*\d+)?|^same as (?:note|n\.)\s*\d+)",  # legal and humanities notes
    re.I,
)
# "Čaněk", "Łoś", "Ögel", "O’Brien" too; no figure ("D523–D531 (2023)" is pages), and no closing quote: "Europe’ (1991)"
# closes an OSCOLA article's title before its year ("‘The Transformation of Europe’ (1991) 100 Yale LJ 2403")
_NAME = rf"[{_UP}](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?"
_NAMES = rf"{_NAME}(?:\s+(?:{_NAME}|de|van|von|der|da|di|del|la|le))*"
_WHO = rf"{_NAMES}(?:(?:,\s*|\s+)(?:and|&|и|y|e|et|und)\s+{_NAMES})?(?:\s+et al\.?|\s+и др\.)?"
_NARRATIVE = re.compile(rf"(?P<who>{_WHO})\s*\((?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)(?P<loc>[^()]*)\)")
# A verb reporting what a work says, right after its author and year in the author's own sentence ("As Pomfret (2019)
# argues, ...", "Broers (2019) calls this ..."): a citation in prose, where a reference's title would follow
_REPORTING_VERB = re.compile(r",?\s+(?:also\s+|rightly\s+)?[a-z]{3,}(?:s|ed)\b(?![\w’'-])")
_PAREN = re.compile(r"\(([^()]*?\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b[^()]*)\)")
# Only the cue words ignore case: a name starts with a capital ("in Moscow in 2013" is no citation).
_PAREN_ONE = re.compile(rf"^\s*(?i:see\s+(?:also\s+)?|cf\.\s+)?(?P<who>{_WHO}),?\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\b(?P<loc>.*)$")
# Short-form notes that point at a work cited in full elsewhere:
# "Smith 2001, 45.", "Smith (2001), 45." or "Anceschi, 2020, chap. 4." (author-date) and "Kotkin, Armageddon Averted, 52." (shortened note).
_SHORT_CITE = re.compile(
    rf"^(?i:see\s+(?:also\s+)?|cf\.\s+)?(?P<who>{_WHO}),?\s+(?P<paren>\()?(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)"
    r"(?(paren)\))"
    r"(?:(?:,|\s?:)\s*(?i:pp?\.\s*|ch(?:ap)?\.\s*)?\d+(?:[–-]\d+)?)?\.?$")  # a page or a chapter ("chap. 4")
# A body's name and a year, a page after them optional: "Ministère des Affaires étrangères de la République
# d’Ouzbékistan 2022." (a body's name may hold lower-case words, which _WHO does not take; no stop or comma,
# which would part a body from a title or a clause: "World Health Organization. Global status report 2018.").
_BODY_CITE = re.compile(
    r"^(?P<who>[A-ZА-ЯЁ][^\d;:()«»“”\".,]{2,120}?)\s+(?P<paren>\()?(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)"
    r"(?(paren)\))(?:(?:,|\s?:)\s*(?i:pp?\.\s*)?\d+(?:[–-]\d+)?)?\.?$")
# The number at the end is a page (after a colon with the space French prints before it: "Dadabaev 2019 : 112"): a year there ("Marat, Erica. The Politics of Police
# Reform. Oxford UP, 2018.") closes a full reference, and so does a year in brackets after
# the name ("Oates, W. E. (1972). Fiscal Federalism. New York: Harcourt, 256.", 256 pages).
# A day's date alone, which is no short title: a paper's issue, "Pravda, 12 May 1937, 2.", "3 марта 2020".
_DAY_DATE = rf"(?:\d{{1,2}}\s+)?{_MONTH_RE}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
_DATE_ONLY = re.compile(rf"(?i)^{_DAY_DATE}$")
_SHORT_NOTE = re.compile(
    r"^(?P<who>[A-ZА-ЯЁ][\w'’\-]+(?:\s(?:and|&|и)\s[A-ZА-ЯЁ][\w'’\-]+)?),\s+(?![^,]*\((?:1[5-9]|20)\d\d)"
    rf"(?!(?i:{_DAY_DATE}),|(?:1[5-9]|20)\d\d[a-z]?,)[^,]{{3,80}},\s+"  # a year there is author-date: "Peyrouse, 2012, p. 350."
    r"(?:pp?\.\s*|с\.\s*)?(?!(?:1[5-9]|20)\d\d\.?$)\d+(?:[–-]\d+)?\.?$")
# "See, for example, Allison, “Virtual Regionalism”": a name and a quoted short title, page optional. Inside
# double quotes an apostrophe and Chicago's comma may stand: Golosov, “Governors’ Coattails,” 370.
_SHORT_TITLE = re.compile(
    r"^(?P<who>[A-ZА-ЯЁ][\w'’\-]+(?:\s(?:and|&|и)\s[A-ZА-ЯЁ][\w'’\-]+)?),\s+"
    r"(?:[“\"«][^“”\"«»]{3,80}[”\"»]|‘(?:[^‘’“”]|’(?=\w)){3,80}’)"
    r"[,.]?(?:\s*(?:pp?\.\s*|с\.\s*)?\d+(?:[–-]\d+)?)?\.?$")
_PRESS_WORD = re.compile(_PRESS_WORDS)
_SECTION_BEFORE = re.compile(r"§+\s*[\w.-]+\s*$")  # a code's or restatement's section right before a bracket
_IMPRINT_END = re.compile(r",\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?\.?\s*$")
_YEAR_IN_PARENS = re.compile(r"\([^()]*\b(?:1[5-9]\d\d|20\d\d)")
# "Kotkin, op. cit.", and with the given name, a short title or a bracket between: "Kotkin, S., op. cit.",
# "Kotkin, Armageddon Averted, op. cit., 62", "Kotkin (op. cit.), 65".
_OPCIT = re.compile(r"^(?P<who>[A-ZА-ЯЁ][^,(]{1,60}?)(?:,\s*[^,()]{1,80}?)?,?\s*\(?"
                    r"(?:op\.?\s?cit|loc\.?\s?cit|art\.\s?cit|указ\.\s?соч|a\.\s?g\.\s?[emk]\.|(?-i:supra)\b)", re.I)
# A further author's "op. cit." in the same note: "Poujol, art. cit., p. 95, et Akiner, art. cit., p. 20."
_OPCIT_MORE = re.compile(r"[,;]\s*(?:(?:and|et|und|y|e|и)\s+)?(?P<who>[A-ZА-ЯЁ][\w'’\-]+(?:\s[A-ZА-ЯЁ][\w'’\-]+)?),\s*"
                         r"(?i:op\.?\s?cit|loc\.?\s?cit|art\.\s?cit|указ\.\s?соч)\b")
_SEE_WORDS = ("see", "cf.", "см.", "véase", "ver ", "voir", "vgl.")  # a cheap test before the search
_SEE = re.compile(r"\b(?:see|cf\.|см\.|véase|ver|voir|vgl\.)\s+(?:also\s+|также\s+|también\s+|também\s+|aussi\s+|auch\s+)?", re.I)
_AUTHOR_YEAR = re.compile(rf"(?P<who>{_WHO}),?\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\b(?![\d)])")
_CUE_WORDS = re.compile(r"^(?:(?:See|Also|For|In|Cf\.|And|By|Compare|The|On|As|Но|См\.|Ver|Véase|Voir|Siehe|Vgl\.|"
                        r"Viz|Srov\.|Zob\.|Por\.)\s+)+")
_FUNCTION_WORDS = frozenset("""
a an the of in on at to and or but with from by for as is are was were be been being that this
these those which who whom whose it its they their there here however also not no could would
should may might can will than then so such because although though while when where what
into about between among both each all any some more most other only very well
и в во на с со к по не что как это был была были но а или для из от до при его её их
el la los las lo un una unos unas y o de del al en con por para que se es son fue su sus como más pero
sin sobre entre también este esta estos estas cuando donde
os um uma e do da dos das em no na nos nas com pelo pela ao é são foi seu sua também quando onde
s v k u ve se je jsou že ze ke pro jako od po za i by byl byla bylo být pouze jen také ale nebo který která které
jejich jeho může mohou musí
w we z się jest są nie przez dla to jak oraz czy lub także tylko może mogą musi
le les des du et au aux ce cette ces dans sur par pour avec qui ne pas est sont ont été était avait leur leurs
selon mais comme son sa ses ou où il elle ils elles nous
""".split())


def has_year(text: str) -> bool:
    return bool(_YEAR.search(text))


# Chicago's author-date opening: a name (a body's too, "FAO.") then the year as a sentence of its own before the title.
_YEAR_SENTENCE_AFTER_NAME = re.compile(r"[^.]{2,80}?\.\s(?:1[5-9]|20)\d\d[a-z]?\.\s+[A-Z“\"‘]")


def reference_evidence(text: str) -> int:
    """How many independent signs of a bibliographic reference the text carries."""
    score = 0
    if _URL.search(text):
        score += 2
    if _INTERVIEW.match(text):
        score += 2
    if _AUTHOR_START.match(text):
        score += 1
    elif (body := _BODY_SENTENCE.match(text)) and corporate_name(body.group(0)) or _YEAR_SENTENCE_AFTER_NAME.match(text):
        score += 1
    words = {w.lower() for w in _WORD.findall(text)}
    # a standard's designation, opening the entry ("ISO 690:2010.") or after its title ("..., ISO/IEC 27001:2013, 2013.")
    found = len(words & _STRONG_WORDS) + len(_STRONG.findall(text)) + bool(STANDARD.search(text))
    if "/" in text and NUMBER.search(text):
        found += 1  # an official document's symbol: "..., « Maintien de la sécurité internationale », A/RES/50/80."
    if ":" in text and (_PLACE_PUBLISHER.search(text) or _IMPRINT_AFTER_STOP.search(text)):
        found += 1
    score += min(found, 3)
    if _DATE.search(text):
        score += 1
    if ("MS" in text or "/" in text or "fol" in text) and _SHELFMARK_EVIDENCE.search(text):
        score += 1  # an archive's shelfmark: "Add. MS 5016", "FO 371/188543", "fol. 12r"
    if " Act " in text and _STATUTE.match(text):
        score += 2  # a statute's short title is a whole citation: "Human Rights Act 1998."
    if "(" in text and TREATY_ADOPTED.match(text) or "Annex " in text and ANNEXED_INSTRUMENT.match(text):
        score += 2  # a treaty or an instrument annexed to one, cited whole
    return score


# OSCOLA's treaty: its name, then the day it was adopted or signed in brackets ("Treaty on the Eurasian Economic Union
# (adopted 29 May 2014, entered into force 1 January 2015)", "... (opened for signature 10 December 1982) 1833 UNTS 3"):
# a whole citation, its "entered into force" no sentence of the author's.
TREATY_ADOPTED = re.compile(
    r"(?P<title>(?=[^()]*?\b(?:Treaty|Convention|Agreement|Charter|Protocol|Covenant|Statute)\b)[A-Z][^()]*?)\s+"
    r"\((?P<verb>adopted|signed|opened for signature|concluded|done)\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:1[6-9]|20)\d\d)"
    r"(?:,\s+(?P<remark>entered into force\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:1[6-9]|20)\d\d|not yet in force))?\)")
# An instrument annexed to a treaty, cited by its name and the annex: "Statute of the Court of the Eurasian Economic
# Union, Annex 2 to the EAEU Treaty, paras 39–46", "Agreement on Safeguards, Annex 1A to the Marrakesh Agreement ...".
ANNEXED_INSTRUMENT = re.compile(
    r"(?P<title>(?=[^,;()]*?\b(?:Treaty|Convention|Agreement|Charter|Protocol|Covenant|Statute|Understanding|Rules)\b)"
    r"[A-Z][^,;()]*?),\s+(?P<part>Annex\s+[\w.]+\s+to\s+(?:the\s+)?[A-Z][^,;()]*?)"
    r"(?:,?\s+(?P<locator>(?:arts?|paras?|Articles?)\.?\s+[\w()]+(?:[–-][\w()]+)?))?\.?$")
_SHELFMARK_EVIDENCE = re.compile(r"\b(?:MSS?|Cod\.) [A-Z\d]|\b[A-Z]{1,5} \d{1,4}(?: [IVX]{1,4})?/\d+|\bfols?\.? ?\d+[rv]\b")


# A statute's short title and year opening a citation, before its chapter or section or the citation's end:
# "Education Act 2002, c. 32", "Human Rights Act 1998, s 4", "Privacy Act 1988 (Cth)"; not a sentence about it
_STATUTE = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z(][\w'’()-]*|of|and|for|the|on))* Act (?:1[6-9]|20)\d\d"
                      r"(?: \([A-Z][\w ]*\))?(?=[,.;]|\s*$|\s+(?:c|s|ss|sch|pt)\b)")


_PROSE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|been|became|joined|signed|entered|appears|appeared|"
                         r"remains|remained|argued|stated|noted|"
                         r"est|sont|était|étaient|été|ont|avait|avaient|fut|désigne|désignent)\b")  # French too


def is_prose(text: str) -> bool:
    """Running prose rather than a formatted reference: many function words, long."""
    words = _WORD.findall(text)
    if len(words) < 8:
        return False
    function = sum(w.lower() in _FUNCTION_WORDS for w in words)
    capitalised = sum(w[0].isupper() for w in words)
    return function / len(words) >= 0.28 and capitalised / len(words) < 0.4


def is_complete(text: str) -> bool:
    """A segment that can stand alone as a reference: evidence plus a date or link."""
    text = text[:_HEAD]
    if _INTERVIEW.match(text):
        return True
    body = _POINTER_CUE.sub("", text, count=1)
    return reference_evidence(body) >= 1 and (has_year(body) or bool(_URL.search(body)))


def targets(text: str) -> list[str]:
    """The `Author (Year)` works a pointer or commentary cites, in order."""
    text = text[:_HEAD]
    found: list[tuple[int, str]] = []
    short = _author_date_cite(text)
    if short:
        return [f"{_CUE_WORDS.sub('', short.group('who')).strip(' ,')} ({short.group('year')})"]
    # "Kotkin, Magnetic Mountain, 45.", after a cue too: "On the republican commission see Marples, Belarus, 60–66"
    short = _SHORT_NOTE.match(strip_cue(text)) if len(text) < 120 else None
    if short:
        return [short.group("who")]
    short = _SHORT_TITLE.match(strip_cue(text)) if len(text) < 160 else None
    if short:
        return [short.group("who")]
    shorts = _short_forms(text)
    if shorts:
        return shorts
    if not _YEAR_IN_PARENS.search(text):
        return _see_targets(text) or _opcit(text)
    for match in _NARRATIVE.finditer(text):
        who = _CUE_WORDS.sub("", match.group("who")).strip(" ,")
        if who:
            found.extend((match.start(), f"{who} ({year})") for year in _years(match))
    for match in _PAREN.finditer(text):
        if _IMPRINT_END.match(text, match.end()) and not _POINTER_CUE.match(text) or _PRESS_WORD.search(match.group(1)) \
                or "§" in text and _SECTION_BEFORE.search(text, 0, match.start()):
            # "Annual Report 2019 (Nur-Sultan, 2020), 17.", "(Cambridge Univ. Press, 2021)": an imprint; so is the
            # Bluebook's body and year after a section ("Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)")
            continue
        for coauthors, part in _citations(match.group(1)):
            one = _PAREN_ONE.match(part.strip())
            if one:
                who = " ".join(filter(None, (coauthors, _CUE_WORDS.sub("", one.group("who")).strip(" ,"))))
                if who:
                    found.extend((match.start(), f"{who} ({year})") for year in _years(one))
    seen, out = set(), []
    for _, target in sorted(found, key=lambda t: t[0]):
        if target not in seen:
            seen.add(target)
            out.append(target)
    return out or _opcit(text)


# More works of the same author after the first year: "Iskandaryan (2016a, 2016b)"; a page range
# ("(2015, 20–25)") is no year.
_MORE_YEARS = re.compile(r"^(?:\s*[,;]\s*(?:19|20)\d\d[a-z]?\b(?![–-]\d))+")


def _years(match: re.Match) -> list[str]:
    """The year a citation match names, and the years of the same author's other works after it."""
    more = _MORE_YEARS.match(match.group("loc"))
    return [match.group("year")] + (re.findall(r"\d{4}[a-z]?", more.group(0)) if more else [])


def _author_date_cite(text: str) -> re.Match | None:
    """A note that is only an author-date citation, a page after it optional ("Hoxha 2019", "Dadabaev 2019 :
    112-118.", a body's "World Bank 2023 : 14."), its `who` and `year`; None otherwise."""
    cite = _SHORT_CITE.match(text) if len(text) < 100 else None
    if cite and cite.group("who").endswith(" Act"):
        return None  # a statute's short title, "Human Rights Act 1998", names no author
    if cite is None and len(text) < 160:
        cite = _BODY_CITE.match(text)
        who = cite.group("who") if cite else ""
        if cite and (not corporate_name(who) or who.split()[-1].lower() in MONTHS or is_prose(who)
                     or not any(ch.isupper() for ch in who.split()[-1]) or _PROSE_VERB.search(who)):
            return None  # a date in a sentence: "... opened in Aghdam in January 2021", "... was replaced ... in 2012"
    return cite


def _short_forms(text: str) -> list[str]:
    """The works of a note made of short forms only: "Fitzpatrick, “Ascribing Class,” 752; Viola,
    Peasant Rebels, 45–47." or "World Bank (2019), 23; Trevisani (2011), 118." ([] when any part
    is more than a short form)."""
    parts = [part.strip() for part in text.split("; ")] if "; " in text and len(text) < 300 else []
    found = []
    for part in parts:
        cite = _author_date_cite(part)
        if cite:
            found.append(f"{_CUE_WORDS.sub('', cite.group('who')).strip(' ,')} ({cite.group('year')})")
            continue
        short = _SHORT_NOTE.match(strip_cue(part)) or _SHORT_TITLE.match(strip_cue(part))
        if not short:
            return []
        found.append(short.group("who"))
    return found


# A short form of a work cited in full in an earlier note: the author's family name(s), a short
# title of one to four words (or one in quotes) and a locator, or the name and a locator alone.
_PARTICLE = "|".join(re.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
_FAMILY = rf"(?:(?i:{_PARTICLE})\s+)*[{_UP}][\w'’\-]+(?:\s+[{_UP}][\w'’\-]+)?"  # "De Waal", "García Márquez"
# one or two names ("Smith and Jones", "Smith et al."), or three ("Smith, Jones, and Brown"):
# "Broers, Armenia and Azerbaijan, 45" reads both ways, and the works cited before it decide
_SHORT_WHO = (rf"{_FAMILY}(?:,?\s+(?:and|&|и)\s+{_FAMILY}|\s+(?:et\s+al\.?|и\s+др\.))?",
              rf"{_FAMILY},\s+{_FAMILY},?\s+(?:and|&|и)\s+{_FAMILY}")
_ROMAN_PAGE = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\b"  # "xiv", not "civil"
_PAGES = (rf"(?:\d{{1,2}}:\s?)?(?:\d+|{_ROMAN_PAGE})(?:\s*[–—-]\s*(?:\d+|{_ROMAN_PAGE}))?(?:,\s*\d+(?:\s*[–—-]\s*\d+)?)*"
          r"(?:\s*nn?\.?\s*\d+)?")
# a one-letter page cue: "p.", Russian "С." (страница), German "S." (Seite), Kazakh and Uzbek "Б." (бет)
_PAGE_LETTER = r"[PСсSБб]\."
# pages ("120", "45–47", a volume's "2:45", "p. 4", "С. 5", "S. 45", legal "at 45"), a note ("n. 3") or a
# chapter ("ch. 3"); a bare year is no page
# A volume may come first ("Bd. 3, S. 50", "vol. 2, 45"), and German "f."/"ff." (and following) after the page.
_LOCATOR = (rf"(?:(?:Bd|[Vv]ol|Tl)\.\s*[\dIVX]+,\s*)?"
            rf"(?:(?:pp?\.|{_PAGE_LETTER}|at)\s*{_PAGES}|(?:nn?|ch|chap)\.\s*\d+"
            rf"|(?!(?:1[5-9]|20)\d\d\.?$){_PAGES})(?:\s?ff?\.(?=$))?")
# one to four words ("Stalin’s Peasants"), two such runs joined by a comma, the second capitalised after an article
# or joiner ("Great Games, Local Rules", "Russia, the West"), or a title in quotes (an apostrophe inside: ‘Russia’s Near Abroad’)
_SHORT_TITLE_WORDS = (r"[^\s,;:()“”\"«»‘]+(?:\s+[^\s,;:()“”\"«»‘]+){0,3}"
                      r"(?:,\s+(?:(?:the|a|an|and|of)\s+)?[A-ZА-ЯЁ][^\s,;:()“”\"«»‘]*(?:\s+[^\s,;:()“”\"«»‘]+){0,3}"
                      r"(?=,?\s*(?:pp?\.|[\d.]|$)))?")
_QUOTED_TITLE = r"(?:“[^“”]{2,120}?”|\"[^\"]{2,120}?\"|‘(?:[^‘’]|’(?=\w)){2,120}?’|«[^«»]{2,120}?»)"
_SHORT_FORMS = tuple(re.compile(
    rf"^(?P<who>{who}),\s+(?:{_LOCATOR}|(?P<title>{_QUOTED_TITLE}|{_SHORT_TITLE_WORDS})"
    rf"(?:,?\s*{_LOCATOR})?)\.?$") for who in _SHORT_WHO)
# OSCOLA's cross-reference to the note that cites the work in full: "De Waal (n 1) 120", "Smith, ‘Title’ (n 3)", German
# "Frevert, Ehrenmänner (wie Anm. 5), S. 95" ("wie Fn. 5")
_CROSS_REFERENCES = tuple(re.compile(
    rf"^(?P<who>{who})(?:,\s+(?P<title>{_QUOTED_TITLE}|{_SHORT_TITLE_WORDS}))?\s*\((?:n|note|(?:wie\s+)?(?:Anm|Fn)\.)\.?\s*(?P<note>\d+)\)"
    rf"(?:,?\s*{_LOCATOR})?\.?$") for who in _SHORT_WHO)
# GOST: "Иванов И.И. Экономика. С. 5.", "И.И. Иванов Экономика. С. 5.", Kazakh "Қозыбаев М.Қ. Тарих. Б. 5."
_INITIALS_RUN = rf"(?:[{_UP}]\.\s?){{1,3}}"
_GOST_SHORT_FORM = re.compile(
    rf"^(?:(?P<who>{_FAMILY})\s+{_INITIALS_RUN}|{_INITIALS_RUN}\s*(?P<who2>{_FAMILY}))\s*"
    rf"(?P<title>[^.;]{{2,80}}?)(?:\.\s*{_PAGE_LETTER}\s*\d+(?:\s*[–—-]\s*\d+)?)?\.?$")


def short_form_readings(text: str) -> list[tuple[str, list[str], str | None, int | None]]:
    """The readings of a note that may be a short form ("De Waal, The Caucasus, 120.", "Cornell,
    “Small Nations,” 12.", "Marples, 60.", "Иванов И.И. Экономика. С. 5.", "De Waal (n 1) 120."),
    each as the name printed, its family names, the short title (None for a name and a locator
    alone) and the number of the note it refers to (None when it names none); [] when the text is
    more than that. Whether it is a short form depends on the works cited before it."""
    text = text.strip()
    if len(text) > 160:
        return []
    found = [(match.group("who"), match.group("title"), None) for match in (form.match(text) for form in _SHORT_FORMS) if match]
    found += [(match.group("who"), match.group("title"), int(match.group("note")))
              for match in (form.match(text) for form in _CROSS_REFERENCES) if match]
    gost = _GOST_SHORT_FORM.match(text)
    if gost and len(gost.group("title").split()) <= 4:
        found.append((gost.group("who") or gost.group("who2"), gost.group("title"), None))
    readings = []
    for who, title, note in found:
        title = title.strip(" “”\"‘’«»,.") if title else None
        if title is not None and (not re.search(r"[^\W\d_]", title) or _DATE_ONLY.match(title)):
            continue  # "Marples, 1999.": a year, no title; "Pravda, 12 May 1937, 2.": a paper's issue of a day
        names = re.split(r",?\s+(?:and|&|и)\s+|,\s+", re.sub(r"\s+(?:et\s+al\.?|и\s+др\.)$", "", who))
        readings.append((who, [name for name in names if name], title, note))
    return readings


# ABNT's co-authors in capitals, parted by ";" before their one year: "COOLEY; HEATHERSHAW, 2017", "SANTOS; LIMA FILHO"
_CAPITALS_NAME = r"[^\W\d_a-zа-яё]{2,}(?:[ '’\-][^\W\d_a-zа-яё]{2,})*"
_CAPITALS_COAUTHORS = re.compile(rf"^\s*(?:{_CAPITALS_NAME};\s*)+(?={_CAPITALS_NAME},?\s+(?:1[5-9]|20)\d\d)")


def _citations(text: str) -> list[tuple[str, str]]:
    """The ";"-parted citations of a note or bracket, each as (its co-authors before the last, the rest): ABNT's
    "COOLEY; HEATHERSHAW, 2017" is one work by two authors, not Heathershaw's."""
    out = []
    parts = text.split(";")
    i = 0
    while i < len(parts):
        rest = ";".join(parts[i:])
        head = _CAPITALS_COAUTHORS.match(rest)
        if head:
            taken = head.group().count(";")
            out.append((head.group().strip(), parts[i + taken]))
            i += taken + 1
        else:
            out.append(("", parts[i]))
            i += 1
    return out


def _see_targets(text: str) -> list[str]:
    """Author-date works after "see" inside a note ("On the émigré economists see Raeff 1990,
    ch. 4; and, for a different view, Libman and Vinokurov 2012, 18–25."), one per ";" part.
    A month before the year ("..., Ziarul de Gardă, 3 November 2021") dates a work cited in full."""
    low = text.lower()
    cue = _SEE.search(text) if any(word in low for word in _SEE_WORDS) else None
    if not cue:
        return []
    out = []
    for coauthors, part in _citations(text[cue.end():]):
        match = _AUTHOR_YEAR.search(part)
        if match and match.group("who").split()[-1].rstrip(".").lower() not in MONTHS \
                and not _in_title(part, match.end()):
            who = " ".join(filter(None, (coauthors, _CUE_WORDS.sub("", match.group("who")).strip(" ,"))))
            if who:
                out.append(f"{who} ({match.group('year')})")
    return out


def _in_title(part: str, end: int) -> bool:
    """Is the year ending at `end` inside a title rather than a citation's? It is a span's first ("Weltkrieges
    1849–1914"), or the title goes on to the work's own year after it ("Le Syndrome de Vichy de 1944 à nos jours,
    Paris, Seuil, 1987"), not to another citation ("Smith 2001 and Jones 2003")."""
    if _YEAR_SPAN_GOES_ON.match(part, end):
        return True
    later = _YEAR.search(part, end)
    return bool(later) and len(part[end:later.start()].split()) >= 4


_YEAR_SPAN_GOES_ON = re.compile(r"\s*[–-]\s*\d")


def _opcit(text: str) -> list[str]:
    """The name before "op. cit.": "Kotkin, op. cit., 60" points at Kotkin's work."""
    text = strip_cue(text)  # "See Kotkin, op. cit.", "Sur le clanisme, voir en particulier Poujol, art. cit."
    match = _OPCIT.search(text)
    who = match.group("who").strip() if match else ""
    if not who:
        return []  # "See supra note 1": no name before it
    return [who, *(more.group("who") for more in _OPCIT_MORE.finditer(text, match.end()))]


# "Idem, ‘Title’, Journal, 41, 3, 2022, pp. 512–530.": notes' "the same author(s)" before a whole work,
# as a bibliography's "———." is, abbreviated too as French notes print it ("Id., « Title », ..."; "Ead.");
# "Idem, p. 45." and "Idem, op. cit." stay pointers. German notes' "Ders." (derselbe) and "Dies." (dieselbe(n)) are idem.
SAME_AUTHOR = re.compile(r"^(?:idem|eadem|iidem|eaedem|id\.|ead\.|ders\.|dies\.)\s*,\s*(?=\S)", re.I)


def _same_author_work(text: str) -> bool:
    same = SAME_AUTHOR.match(text)
    return bool(same) and is_complete(text[same.end():]) and not _IBID.search(text[same.end():])


# A place in the author's own text a cue may send the reader to ("section 3.2 below", "Chapter 4", "Table 2",
# "the Appendix", "above", Russian "раздел 2", "ниже"): no work is named.
_OWN_TEXT_PLACE = re.compile(
    r"^(?:(?:the\s+)?(?:sections?|chapters?|parts?|tables?|figures?|fig\.|appendix|annex|§|раздел\w*|глав[аеуы]|"
    r"табл\.|таблиц\w*|рис\.|рисун\w*|приложени\w*)\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])?"
    r"(?:\s+(?:above|below|of this (?:chapter|article|thesis|book|paper|volume)|выше|ниже))?"
    r"|above|below|выше|ниже)[\s.,]*$", re.I)


def classify(text: str) -> str:
    """REFERENCE, POINTER or COMMENTARY for one segment of a note or list entry."""
    return _classify(text[:_HEAD])


@lru_cache(maxsize=8192)  # the same entry is classified when finding lists and when reading them
def _classify(text: str) -> str:
    if _IBID.search(text) and len(text) < 200:
        return REFERENCE if _same_author_work(text) else POINTER
    cue = _POINTER_CUE.match(text)
    body = text[cue.end():] if cue else text
    evidence = reference_evidence(body)
    cited = targets(text)
    if cue and not cited and _OWN_TEXT_PLACE.match(body):
        return COMMENTARY  # "the figures are discussed in section 3.2 below": the author's own text, no work
    if cue:
        if _URL.search(body) or (evidence >= 2 and not cited) or (is_complete(body) and not cited):
            return REFERENCE
        return POINTER
    if _INTERVIEW.match(text) or (COMMUNICATION_HEAD.match(text) and _YEAR.search(text)):
        return REFERENCE  # "Author’s correspondence with an EEC official, 17 February 2020." names no place or work
    if _author_date_cite(text) or (len(text) < 120 and _SHORT_NOTE.match(text)) or _short_forms(text):
        return POINTER
    leading = _NARRATIVE.match(text)
    if leading and _REPORTING_VERB.match(text, leading.end()) and evidence <= 2:
        # "As Pomfret (2019) argues, the reforms stalled ...": the author's sentence citing a work (one that goes on to
        # cite a work whole, "Laruelle (2019) discusses it in Marlene Laruelle, Title (Place, ..., 2008)", is read as before)
        return POINTER
    if leading and len(text) - leading.end() > 30 and not is_prose(text):
        return REFERENCE  # "European Commission (2017). My region, ...": author-date, not a pointer
    if cited and (is_prose(text) or evidence <= 1) and not _URL.search(text) and not _AUTHOR_START.match(text):
        return POINTER
    if is_prose(text) and not _URL.search(text) and evidence <= 1:
        return COMMENTARY
    # "The Treaty ... was signed in Astana on 29 May 2014 and entered into force on 1 January 2015.":
    # a sentence with a finite verb and no sign of a reference but its dates is the author's comment.
    if (evidence <= (2 if is_prose(text) else 1) and _PROSE_VERB.search(text) and not _URL.search(text)
            and not _AUTHOR_START.match(text) and text[:1] not in "‘“\"«"):
        return COMMENTARY
    if evidence == 0 and not has_year(text):
        return COMMENTARY
    return REFERENCE


def list_entry_kind(text: str) -> str:
    """REFERENCE or POINTER for an entry of a reference list.

    A list holds works, so an entry is a work unless it points elsewhere in so many
    words ("Ibid.", "See ...", "Smith 2001, 45"); a full entry that merely mentions an
    author and year ("Białowolski P (2014) ...") is not a pointer there.
    """
    text = text[:_HEAD]
    if classify(text) == POINTER and (
            _IBID.search(text) or _POINTER_CUE.match(text)
            or (len(text) < 100 and _SHORT_CITE.match(text)) or (len(text) < 120 and _SHORT_NOTE.match(text))):
        return POINTER
    return REFERENCE


# "…; and Kathleen Collins, “Economic …”": the word joining a note's works after a ";".
# It may carry the author's aside between commas: "…; and, more broadly, Marlene Laruelle and …", "…; and, for
# the later period, see …"; or the aside alone, in lower case after the ";": "…; for the opposite case, Janis Kluge, …".
_JOINING_WORD = re.compile(r"^(?:(?:and|or|also|as well as|и|а также)(?:,\s+[a-zа-яё][^,;:()]{0,40},)?[,\s]+"
                           r"|(?:for|on)\s[a-z][^,;:()]{0,40},\s+(?=[A-Z‘“\"«]))")


def strip_cue(text: str) -> str:
    """A reference segment without a leading "See"/"See also" cue or joining "and", for field
    tagging."""
    cue = _POINTER_CUE.match(text) or _JOINING_WORD.match(text)
    if not cue:
        return text
    rest = text[cue.end():].lstrip(" ,:")
    if cue.re is _JOINING_WORD and (then := _POINTER_CUE.match(rest)):
        rest = rest[then.end():].lstrip(" ,:")  # "and, for the later period, see Name, ..."
    return rest[:1].upper() + rest[1:] if rest else text


# --- cutting a note into segments ---------------------------------------------

_ABBREVIATIONS = frozenset("""
pp p vol vols no nos nr iss ed eds publ ser st mr mrs ms dr prof inc ltd co jr sr al cf eg ie vs
vyp univ dept gov art ch sec trans comp repr rev bd hrsg aufl jan feb mar apr jun jul aug sep sept
oct nov dec fig figs suppl pt ibid ibíd op cit loc id
г с т м вып изд спб ред сост пер им гл ч
""".split())
# ... of which these close a pointer whole: after "Ibid." or "Op. cit." a capital may open the note's next sentence,
# "Ibid. See also Name, ‘Title’, ...", as after "Ibid., p. 4." (a cut of kind "pointer": a work or a cue may follow it,
# while a locator or a remark, "Ibid. P. 45.", "Ibid. The author ...", stays with the pointer)
_POINTER_CLOSING_ABBREVIATIONS = frozenset(("ibid", "ibíd", "cit"))


# A quoted title's closing mark, by its opening one; a closing single quote is one no letter follows ("‘Title’,"),
# as the apostrophe inside a word is not ("stroitel’stva", "Kazakhstan’s").
_QUOTE_CLOSERS = {"‘": re.compile(r"’(?![^\W\d_])"), "“": re.compile("”"), "«": re.compile("»")}


def _boundaries(text: str) -> list[tuple[int, int, str]]:
    """Candidate cut points (start, end, kind) outside brackets and quoted titles: '; ', sentence ends and a
    pointer's closing stop. A quoted title's own ';' or full stop ('‘Republic of Tajikistan: 2023 Article IV
    Consultation—Press Release; Staff Report’') cuts nothing; an opening mark not closed before the next one opens
    quotes nothing."""
    out = []
    depth = 0
    n = len(text)
    unclosed = set()  # opening marks with no closing one after them: none later has one either
    i = 0
    while i < n:
        ch = text[i]
        if ch in _QUOTE_CLOSERS and ch not in unclosed:
            closer = _QUOTE_CLOSERS[ch].search(text, i + 1)
            if closer and text.find(ch, i + 1, closer.start()) < 0:
                i = closer.end()
                continue
            if not closer:
                unclosed.add(ch)
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch == ";" and i + 1 < n and text[i + 1] == " ":
            j = i + 1
            while j < n and text[j] == " ":
                j += 1
            out.append((i, j, ";"))
        elif depth == 0 and ch in ".?!" and i + 1 < n and text[i + 1] == " ":
            j = i + 1
            while j < n and text[j] == " ":
                j += 1
            if j < n and (text[j].isupper() or text[j] in "‘“\"«'"):
                word = re.search(r"([^\W\d_]+|\d+)[’”\"»]?$", text[max(0, i - 40):i])
                token = word.group(1) if word else ""
                bare = token.strip("’”\"»'").lower()
                if len(bare) > 1 and bare not in _ABBREVIATIONS or bare.isdigit():
                    out.append((i + 1, j, "."))
                elif bare in _POINTER_CLOSING_ABBREVIATIONS:
                    out.append((i + 1, j, "pointer"))
        i += 1
    return out


def segments(text: str) -> list[str]:
    """Cut a note into its works, pointers and commentary; keep anything uncertain whole."""
    cuts = _boundaries(text)
    if not cuts:
        return [text]
    pieces, start = [], 0
    for cut_start, cut_end, kind in cuts:
        pieces.append((text[start:cut_start].strip(), kind))
        start = cut_end
    pieces.append((text[start:].strip(), ""))
    out: list[str] = []
    current, glue = pieces[0][0], pieces[0][1]
    for piece, next_glue in pieces[1:]:
        if _should_cut(current, piece, glue):
            out.append(current)
            current = piece
        else:
            current = current + (glue if glue == ";" else "") + " " + piece
        glue = next_glue
    out.append(current)
    return [s for s in out if s]


# An archive's shelf mark, "Ф. Р-47. Оп. 1. Д. 312." / "F. 1. Op. 2. D. 3.": the rest of the archive's citation.
_SHELF_MARK = re.compile(r"(?:Ф|F|Оп|Op|Д|D|Л|L)\.\s*(?:[А-ЯA-Z]{1,2}-)?\d")


# A notes-style byline, given name first, then the quoted or capitalised title: "Sébastien Peyrouse, ‘Title’",
# "Marlene Laruelle and Sébastien Peyrouse, The Chinese Question ...", an editor's "Stephen Blank (ed.), Russia ...",
# a middle name as an initial or in full ("Stephen K. Wegren", "Terry Lynn Karl").
_FULL_NAME = rf"[{_UP}][{_LOW}'’\-]+(?:\s[{_UP}]\.|\s[{_UP}][{_LOW}]+)?\s[{_UP}][\w'’\-]+"
_NOTE_AUTHOR_START = re.compile(rf"^{_FULL_NAME}(?:\s(?:and|&)\s{_FULL_NAME})?(?:\s\((?:eds?|comp|trans)\.?\))?,\s[‘“\"«{_UP}]")


def _starts_work(piece: str) -> bool:
    return bool(
        re.match(r"[‘“\"«]", piece) or _INTERVIEW.match(piece) or _AUTHOR_START.match(piece)
        or _NOTE_AUTHOR_START.match(piece) or _press_item_start(piece) or _body_before_quote(piece)
    ) and not _SHELF_MARK.match(piece)


def _body_before_quote(piece: str) -> bool:
    """A body's document: "General Election Commission of Mongolia, ‘Title’, Ulaanbaatar, 2024"."""
    body = _BODY_BEFORE_QUOTE.match(piece)
    return body is not None and corporate_name(body.group(1))


def _press_item_start(piece: str) -> bool:
    """A press item cited by its paper and day: "Tass, 12 May 2016"."""
    dated = _OUTLET_DAY.match(piece)
    return dated is not None and is_outlet(dated.group(1))


_OUTLET_DAY = re.compile(rf"([A-ZА-ЯЁ][\w’'. -]{{1,40}}?),\s+(?:\d{{1,2}}\s+(?i:{_MONTH_RE})\.?\s+|(?i:{_MONTH_RE})\.?\s+\d{{1,2}},\s+)"
                         r"(?:1[89]|20)\d\d\b")


def _only_citation(piece: str) -> bool:
    """"Rinna (2019)." and nothing more: one more work the pointer before the ";" names
    ("See Kakachia and Lebanidze (2016); Rinna (2019)."), not a work cited in full."""
    match = _NARRATIVE.match(piece)
    return bool(match) and not piece[match.end():].strip(" .,;")


def _names_works(piece: str) -> bool:
    return classify(piece) == POINTER and bool(targets(piece))


_VOLUME_AND_ABBREVIATION = re.compile(r"\b\d{1,4}\s[A-Z][a-z]{0,5}\.$")  # "..., 58 Stan."
_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]{0,5}\.\s")  # "L. Rev. 1899"


def _should_cut(left: str, right: str, glue: str) -> bool:
    if glue != ";" and _VOLUME_AND_ABBREVIATION.search(left) and _ABBREVIATED_WORD.match(right):
        return False  # Bluebook's "58 Stan. L. Rev. 1899": the journal's abbreviations after its volume end no sentence
    if glue == ";" and _names_works(left) and _names_works(right):
        return False  # "On X, see Thurman (2001); on Y, see Trevisani (2011)": one note pointing at both
    if (_POINTER_CUE.match(right) and classify(right) != COMMENTARY) or _IBID.match(right):
        if glue == ";" and _short_forms(f"{left}; {right}"):
            return False  # "Kotkin, Magnetic Mountain, 75; cf. Fitzpatrick, Stalin's Peasants, 115.": one pointer
        return is_complete(left) or classify(left) != REFERENCE
    if glue == ";":
        right = strip_cue(right)
        if classify(left) == POINTER:  # "See, for example, Allison, “Virtual”; and Collins, “…,” 2009"
            return _starts_work(right) and is_complete(right) and not _only_citation(right)
        if classify(right) == POINTER and is_complete(left):
            return True  # "Smyth, Elections ... (Cambridge: ..., 2020), 155–60; and Golosov, “Coattails,” 370."
        return (_starts_work(strip_cue(left)) and _starts_work(right)
                and reference_evidence(left) >= 1 and reference_evidence(right) >= 1)
    same = SAME_AUTHOR.match(left)
    if same and not any(c.isdigit() for c in left) and not _IBID.search(left[same.end():]):
        return False  # "Ders., Sozialgeschichte. Begriff – ...": idem before a title's first sentence, no locator
    kind = classify(left)
    if kind == COMMENTARY:
        return reference_evidence(right) >= 1 and _starts_work(right)
    if kind == POINTER:  # a sentence of prose after a pointer ("Автор благодарит ...") is the note's commentary
        # ... but a shelf mark after "Там же." ("Л. 20.") is the leaf the pointer cites
        return (_starts_work(right) and is_complete(right)) or (
            glue == "." and classify(right) == COMMENTARY and not _SHELF_MARK.match(right))
    return is_complete(left) and _starts_work(right) and is_complete(right)


# --- entries and sections ---------------------------------------------------


@dataclass
class Entry:
    """One entry of a reference list or one note, as found on the page."""

    text: str
    line: int                  # 1-based line where the entry starts
    number: int | None = None  # the printed entry or note number
    section: str = "references"
    original: str = ""         # the same entry in the page's other-language list, if any


@dataclass
class Section:
    kind: str        # "references" or "notes"
    heading: str     # as printed, "" when inferred from a numbered run
    start: int       # first line index of the body
    end: int         # one past the last line index


def _is_blank(line: str) -> bool:
    return not line.strip()


def _citation_like(text: str) -> bool:
    """A numbered line that reads as a note: a pointer or a reference with a date or link.

    Numbered affiliations ("1 Department of Economics, Lund University, Sweden") carry
    reference words but no date, so they are not citations.
    """
    text = clean(text)
    return classify(text) == POINTER or is_complete(text)


def _numbered_runs(lines: list[str], is_chrome) -> list[tuple[int, int, str]]:
    """Maximal runs of consecutively numbered lines: (first index, last index, style)."""
    runs = []
    open_runs: dict[str, tuple[int, int, int]] = {}  # style -> (first, last, number)
    for i, line in enumerate(lines):
        found = numbering(line)
        if not found or is_chrome(line):
            continue
        number, style, _ = found
        key = style
        run = open_runs.get(key)
        if run and number == run[2] + 1:
            open_runs[key] = (run[0], i, number)
            continue
        if run and run[1] > run[0]:
            runs.append((run[0], run[1], key))
        if number <= 1 or style != "bare":
            open_runs[key] = (i, i, number)
        else:
            open_runs.pop(key, None)
    for key, run in open_runs.items():
        if run[1] > run[0]:
            runs.append((run[0], run[1], key))
    return sorted(runs)


def in_contents(lines: list[str], i: int) -> bool:
    """A heading in a table of contents ("Abstract", "References", "Footnotes" as links in a row):
    the nearest line with text before or after it is a heading too."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 3 and _is_blank(lines[j]):
            j += step
        if 0 <= j < len(lines) and abs(j - i) <= 3 and (heading_kind(lines[j]) or ends_section(lines[j])):
            return True
    return False


def _contents_entry(lines: list[str], i: int, last_at: dict[str, int]) -> bool:
    """Is heading i an entry of the article's contents list, one link a line among its section titles
    (Oxford Academic's "Article Contents": "V. CONCLUSION" / "Footnotes")? The page prints the heading
    again below, and the nearest line with text above or below it is a short one printed again below too
    (the section's own title over its text). ``last_at`` gives each stripped line's last index."""
    if last_at.get(lines[i].strip(), i) <= i:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 3 and _is_blank(lines[j]):
            j += step
        if 0 <= j < len(lines) and abs(j - i) <= 3 and len(lines[j].split()) <= 12 \
                and last_at.get(lines[j].strip(), j) > max(i, j):
            return True
    return False


def _heading_over_subheading(lines: list[str], i: int) -> bool:
    """Is line i one of a list heading and its subheading over the list's first entry (OpenEdition's
    "Bibliographie" / "Sources" / entries), not a heading in a row of contents links? The two
    headings stand alone, the line after them is a reference, and neither names notes."""
    texts = [j for j in range(max(0, i - 4), min(len(lines), i + 5)) if not _is_blank(lines[j])]
    k = texts.index(i)
    for pair in (texts[k - 1:k + 1] if k else [], texts[k:k + 2]):
        if len(pair) < 2 or not all(heading_kind(lines[j]) == "references" for j in pair):
            continue
        before = next((j for j in range(pair[0] - 1, max(-1, pair[0] - 4), -1) if not _is_blank(lines[j])), None)
        after = next((j for j in range(pair[1] + 1, min(len(lines), pair[1] + 4)) if not _is_blank(lines[j])), None)
        if (before is None or not (heading_kind(lines[before]) or ends_section(lines[before]))) \
                and after is not None and _citation_like(lines[after]):
            return True
    return False


def _heading_above(lines: list[str], i: int, floor: int) -> int | None:
    """The nearest heading that ends a list above line i, looking no higher than floor (the end of
    the run before, so each line is looked at once at most)."""
    for j in range(i - 1, floor - 1, -1):
        if ends_section(lines[j]):
            return j
    return None


def _unnumbered_list(lines: list[str], start: int, end: int) -> bool:
    """Do lines[start:end] open with an unnumbered list of references (not a line of text before a numbered one)?"""
    body = [line for line in lines[start:end] if line.strip()]
    return bool(body) and not numbering(body[0]) and any(is_complete(clean(line)) for line in body)


def _section_headings(lines: list[str], entries: list[Entry]) -> bool:
    """Are the numbered lines the body's section headings ("1 Introduction" over its paragraphs),
    not notes? Most open with a few words and no stop or digit, a new sentence on the lines below
    (a note wrapped in a narrow column goes on in lower case or mid-phrase)."""
    heads = 0
    for entry in entries:
        first = lines[entry.line - 1]
        found = numbering(first)  # none on a bulleted entry after the numbered ones
        head = first[found[2] if found else 0:].strip()
        below = entry.text[len(head):].lstrip(" .") if entry.text.startswith(head) else ""
        heads += bool(head) and len(head.split()) <= 8 and not head.endswith((".", ",", ";", ":", "-")) \
            and not any(ch.isdigit() for ch in head) and len(below) > 20 and below[0].isupper()
    return heads > len(entries) / 2


# OJS's sidebar after the lists opens with its date under a label ("Published" / "2024-06-28", Uzbek "Nashr qilingan").
_PUBLISHED_LABEL = re.compile(r"^(?:published|опубликован[оа]?|nashr qilingan)\s*:?$", re.I)
_ISO_DATE = re.compile(r"^(?:1[5-9]|20)\d\d-\d\d-\d\d$")


def _labels_date_below(lines: list[str], j: int) -> bool:
    """Is lines[j] a publication-date label alone, the date on the next line with text?"""
    if not _PUBLISHED_LABEL.match(lines[j].strip()):
        return False
    below = next((line.strip() for line in lines[j + 1:j + 3] if not _is_blank(line)), "")
    return len(below) <= 30 and bool(_ISO_DATE.match(below) or _DATE.search(below))


# A "Citations" heading (tab) after the reference list: the works citing the article (IEEE Xplore, ResearchGate).
# Only a reference list ends at it: Wikipedia's "Citations" section, between its Notes and References, holds the
# article's own short notes.
_CITING_HEADING = re.compile(r"^citations(?:\s*\(\d+\))?\s*:?$", re.I)


def find_sections(lines: list[str], is_chrome=lambda line: False) -> list[Section]:
    """The page's reference lists and notes, by heading or by numbered run, in page order."""
    sections: list[Section] = []
    headed = [(i, heading_kind(line)) for i, line in enumerate(lines)]
    headed = [(i, kind) for i, kind in headed if kind]
    last_at = {line.strip(): i for i, line in enumerate(lines)} if headed else {}
    for n, (i, kind) in enumerate(headed):
        if (in_contents(lines, i) or _contents_entry(lines, i, last_at)) and not _heading_over_subheading(lines, i):
            continue
        limit = headed[n + 1][0] if n + 1 < len(headed) else len(lines)
        end = limit
        for j in range(i + 1, limit):
            if ends_section(lines[j]) or heading_kind(lines[j]) or _OWN_LABEL.match(lines[j]) \
                    or _labels_date_below(lines, j):
                end = j
                break
            if kind == "references" and _CITING_HEADING.match(lines[j].strip()):
                end = j
                break
        sections.append(Section(kind, lines[i].strip(), i + 1, end))
    floor, elsewhere = 0, False  # under "Cited by" and kin: lists of other articles
    for first, last, style in _numbered_runs(lines, is_chrome):
        above = _heading_above(lines, first, floor)
        if above is not None:
            elsewhere = bool(_ELSEWHERE.match(lines[above].strip()))
        if any(s.kind == "references" and s.end <= first for s in sections) \
                and any(_CITING_HEADING.match(lines[c].strip()) for c in range(max(floor, above or 0), first)):
            elsewhere = True  # the works citing this one, under "Citations" after its references
        floor = max(floor, last + 1)
        host = next((s for s in sections if s.start <= first < s.end), None)
        if host:
            elsewhere = False
            if not (host.heading and numbering(lines[first])[0] == 1 and _unnumbered_list(lines, host.start, first)):
                continue
            host.end = first  # notes numbered from 1 after an unnumbered bibliography: Word's footnotes
        if elsewhere:
            continue  # "Cited by" then a numbered list: other articles, not this one's references
        end = last + 1
        if not lines[last][numbering(lines[last])[2]:].strip():  # "12." alone: its text is below
            while end < len(lines) and _is_blank(lines[end]):
                end += 1
        while end < len(lines) and not _is_blank(lines[end]) and not is_chrome(lines[end]) \
                and not heading_kind(lines[end]):
            end += 1
        # a sample of the run decides whether it is a list of references; long lists stay cheap
        sample = split_entries(lines, first, min(end, first + 400))[:50]
        if len(sample) < 2 or sum(_citation_like(e.text) for e in sample) < max(2, 0.5 * len(sample)) \
                or _section_headings(lines, sample):
            continue
        kind = "notes" if style == "bare" else "references"
        sections.append(Section(kind, "", first, end))
    sections.sort(key=lambda s: s.start)
    return sections


def split_entries(lines: list[str], start: int, end: int, section: str = "references",
                  is_chrome=lambda line: False) -> list[Entry]:
    """Cut lines[start:end] into entries: numbered, blank-separated or one per line.

    A line that carries on a link the wrap broke is the link's, whatever chrome it looks like
    ("https://www.who.int/publications/i/item/" / "9789240033986", a phone number's digits)."""
    body = [(i, lines[i]) for i in range(start, end)
            if not is_chrome(lines[i]) or i > start and _URL_BROKEN_AT_END.search(lines[i - 1].rstrip())]
    while body and _is_blank(body[0][1]):
        body.pop(0)
    if not body:
        return []
    if not numbering(body[0][1]):
        # a line or two of text ("Sources are listed in order of citation.") before a numbered list
        lead = [k for k, (_, line) in enumerate(body[:40]) if not _is_blank(line)][:10]
        starts = [k for k in lead if _starts_list(body[k][1])]
        if starts and not any(is_complete(clean(body[k][1])) for k in lead if k < starts[0]):
            body = body[starts[0]:]
    body = _lone_numbers_dotted(body)
    first = numbering(body[0][1])
    if first and first[1] == "br":
        body = _unrun_brackets(body)
    groups = _split_numbered(body, first[1]) if first else _split_unnumbered(body, section)
    hard_breaks = layout_breaks([parts for parts, _, _ in groups])
    entries = []
    for parts, line_no, number in groups:
        parts, original = _transliterated_below(parts) if section == "references" else (parts, [])
        if section == "references" and len(parts) > 2 and _label_of(parts[0], parts[1:], parts[1]):
            parts = parts[1:]  # ScienceDirect's HTML: the label on a line of its own, the authors on the next
        entry = Entry(join_lines(parts, hard_breaks), line_no, number, section)
        entry.original = join_lines(original, hard_breaks)
        entries.append(entry)
    return entries


_LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")


def _lone_numbers_dotted(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A list whose numbers stand alone on their lines, each over its entry (a table of references copied
    as text, KCI's: "1" / "강봉구, ..."), numbered as "1." alone over its entry is, when the lone numbers
    run 1, 2, 3, ... from the list's first line (a page number between them, out of the run, stays)."""
    if not _LONE_NUMBER.match(body[0][1]):
        return body
    out, expected = list(body), 1
    for k, (i, line) in enumerate(body[:-1]):
        lone = _LONE_NUMBER.match(line)
        below = body[k + 1][1]
        if lone and int(lone.group(1)) == expected and not _is_blank(below) and not _LONE_NUMBER.match(below):
            out[k] = (i, f"{expected}.")
            expected += 1
    return out if expected > 3 else body


def cyrillic_share(text: str) -> float:
    """The share of the text's letters that are Cyrillic (0.0 with no letters)."""
    return _share(*_cyrillic_letters(text))


def _cyrillic_letters(text: str) -> tuple[int, int]:
    """How many of the text's letters are Cyrillic, and how many letters it has."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u0400" <= ch <= "\u04ff" for ch in letters), len(letters)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _transliterated_below(parts: list[str]) -> tuple[list[str], list[str]]:
    """An entry printed in Cyrillic with its transliteration below it, in one paragraph (Elpub's
    Список литературы: "Тарасов В.П. Миграционные процессы ... 284 с." / "Tarasov V.P. Migratsionnye
    protsessy ... [Migration processes ...]. Khabarovsk, 2016, 284 p. (In Russ.)"): the lines from the
    one that starts the Latin version, which names its language, and the Cyrillic lines above it, which
    become the work's original as the Cyrillic list of a page printing both lists does. Otherwise
    (parts, []).

    Linear in the entry's size: the shares above and below each line come from running counts (a
    page's prose swallowed into one entry of thousands of lines took minutes when each was joined
    again), and the language mark is looked for once: absent below one line, it is absent below
    every later one."""
    counts = [_cyrillic_letters(part) for part in parts]
    cyrillic_below, letters_below = sum(c for c, _ in counts), sum(n for _, n in counts)
    cyrillic_above = letters_above = 0
    for k in range(1, len(parts)):
        cyrillic_above, letters_above = cyrillic_above + counts[k - 1][0], letters_above + counts[k - 1][1]
        cyrillic_below, letters_below = cyrillic_below - counts[k - 1][0], letters_below - counts[k - 1][1]
        if parts[k].lstrip()[:1].isupper() and _share(*counts[k]) < 0.2 and _share(cyrillic_below, letters_below) < 0.2 \
                and _share(cyrillic_above, letters_above) > 0.5:
            if not LANGUAGE.search(" ".join(parts[k:])):
                break
            return parts[k:], parts[:k]
    return parts, []


_INLINE_BRACKET = re.compile(r"(?<=[.)\]\d])\s+\[(\d{1,4})\]\s+(?=\S)")


def _unrun_brackets(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A "[1] ... [2] ..." list printed as one block: each entry from its own "[n]" on, the numbers
    taken in order only (a cited "[2, с. 87]" or a stray "[3]" out of sequence does not cut)."""
    out: list[tuple[int, str]] = []
    expected = None
    for i, line in body:
        found = numbering(line)
        if found and found[1] == "br":
            expected = found[0] + 1
        cuts = []
        if expected is not None and "[" in line[1:]:
            for match in _INLINE_BRACKET.finditer(line):
                if int(match.group(1)) == expected:
                    cuts.append(match.start())
                    expected += 1
        for start, end in zip([0] + cuts, cuts + [len(line)]):
            out.append((i, line[start:end].strip() if start else line[:end].rstrip()))
    return out


def _starts_list(line: str) -> bool:
    found = numbering(line)
    return bool(found) and found[0] == 1 and found[1] != "bare"


def _split_numbered(body, style: str) -> list[tuple[list[str], int, int]]:
    """(lines, line number, list number) of each numbered entry."""
    entries: list[tuple[list[str], int, int]] = []
    parts: list[str] = []
    number, line_no, expected = None, 0, None
    blank_since = paused = False

    def close():
        if parts:
            entries.append((parts, line_no, number))

    last, turned = None, False
    for k, (i, line) in enumerate(body):
        turned_page, turned = turned, False
        after_break, last = (last is not None and i > last + 1) or turned_page, i
        found = numbering(line)
        if found and found[1] == style and (expected is None or found[0] == expected
                                            or (found[0] == 1 and expected > 2)):
            parts = _without_subheading(parts)
            close()
            number, line_no = found[0], i + 1
            parts = [line[found[2]:]]
            expected = number + 1
            blank_since = paused = False
            continue
        if _is_blank(line) or paused:
            blank_since = True
            continue
        if _page_number_between(line, parts):
            turned = True  # the line below is the next page's
            continue
        if _BULLET_GLYPH.match(line) and any(p.strip() for p in parts):
            close()  # a bulleted entry after the numbered ones, unnumbered
            number, line_no, parts = None, i + 1, [line]
            blank_since = False
            continue
        if after_break and parts and (_cites_note(line, expected) or _next_page_text(body, k, turned_page)):
            # a PDF copy's footnotes: after the page break comes the next page's body text, not more
            # of the note; the list goes on at the next number
            close()
            parts, paused = [], True
            continue
        if blank_since and any(p.strip() for p in parts) and not line[:1].isspace() \
                and not line.lstrip()[:1].islower() and clean(line):
            # an unnumbered paragraph after a blank line ends the entry (a line of link labels does not);
            # the list goes on only if the next number follows, as footnotes do after a page's body text
            close()
            parts, paused = [], True
            continue
        parts.append(line)
        blank_since = False
    close()
    return entries


def _next_page_text(body: list[tuple[int, str]], k: int, turned_page: bool) -> bool:
    """Does body[k], after a break in a list, open the next page's text rather than go on with the
    entry? Prose does; so, after a page number under an entry that has ended, do four lines without a
    number (a title and a name over a summary): an entry's rest carried over is a line or two."""
    opening = [line for _, line in body[k:k + 4]]
    if is_prose(opening[0]):
        return True
    return turned_page and len(opening) == 4 and not any(numbering(line) for line in opening)


def _without_subheading(parts: list[str]) -> list[str]:
    """An entry without the subheading printed after it, over the next entries ("Публикации в других
    изданиях:", "Articles in peer-reviewed journals:"): up to three lines after the entry's end, with
    no figure, opening with a capital, the last ending in a colon."""
    if not parts or not parts[-1].rstrip().endswith(":"):
        return parts
    for k in range(max(1, len(parts) - 3), len(parts)):
        tail = parts[k:]
        if _ENDS_ENTRY.search(parts[k - 1].rstrip()) and parts[k].lstrip()[:1].isupper() \
                and not any(ch.isdigit() for text in tail for ch in text):
            return parts[:k]
    return parts


def _page_number_between(line: str, parts: list[str]) -> bool:
    """Is the line a PDF copy's page number after an entry that has ended (not the end of "pp. 45–" / "46")?"""
    return bool(line.strip().isdigit() and len(line.strip()) <= 4 and parts and _ENDS_ENTRY.search(parts[-1])
                and not parts[-1].rstrip().endswith(("-", "–", ",")))


def _cites_note(line: str, number: int) -> bool:
    """Does the line cite note `number` by a cue glued to a word ("хозяйствам4.", "importance.4 Yet")?"""
    return bool(re.search(rf"[^\W\d_][.,;:»”\")]?{number}(?!\d)", line))


_ENDS_ENTRY = re.compile(r"(?:[.)\]]|\d|(?:https?://|doi:|\b10\.\d{4,9}/)\S+|\(In [A-Z][a-z]+\.\))\s*$")
# A bibliography's "———." stands for the author(s) of the entry above (Chicago, MLA; APA's
# "______ (2004)." on SciELO pages).
_DASHES = r"(?:[—―]{1,3}|[–‒]{2,3}|-{2,3}|_{2,})"
SAME_NAMES = re.compile(rf"^\s*{_DASHES}\s*(?:[.,]|(?=\s[A-Z“\"‘«(]))\s*")
# ... also a name its bearer writes in lower case, inverted before a capitalised title ("hooks, bell. Ain't I a Woman").
_STARTS_ENTRY = re.compile(r"^\s*(?:[A-ZА-ЯЁ‘“\"«\[]|\d{4}\b|[a-z]{1,4}\s[A-Z]|van |von |de |d['’]"
                           r"|[a-z][a-z'’-]{1,20}, [a-z][a-z'’-]{1,20}\.\s+[A-Z“\"‘]"
                           rf"|{_DASHES}\s*(?:[.,]|\((?:1[5-9]|20)\d\d))")


# A bibliography's subheading over one of its parts ("Primary Sources", "Archives", "Published Sources", "Secondary
# Literature:", "Books and Chapters", OSCOLA's sentence-case "Primary sources"): a short line of words, a capital first,
# no stop, that names a kind of source.
_SUBHEADING = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[\w'’-]+|&)){0,5}:?$")
_SOURCE_KINDS = frozenset("""
sources archives archival newspapers periodicals press books articles chapters documents interviews reports websites
materials publications literature collections monographs works papers records legislation cases treaties statutes
dissertations theses manuscripts memoirs diaries correspondence speeches studies
""".split())


def _is_subheading(line: str) -> bool:
    text = line.strip()
    return (len(text) <= 60 and bool(_SUBHEADING.match(text))
            and not _SOURCE_KINDS.isdisjoint(re.findall(r"[a-z]+", text.lower())))


def _without_subheadings(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The list without the subheadings over its parts: a subheading's line opens a paragraph or
    follows an entry's end, and an entry (or another subheading) follows it."""
    text = [(i, line) for i, line in body if not _is_blank(line)]
    drop = set()
    for k, (i, line) in enumerate(text):
        if not _is_subheading(line) or k + 1 == len(text):
            continue
        before = text[k - 1] if k else None
        if before and before[0] == i - 1 and not _ENDS_ENTRY.search(before[1]) and before[0] not in drop:
            continue  # the end of a wrapped entry ("... Cambridge Studies in" / "Russian Literature")
        if _STARTS_ENTRY.match(text[k + 1][1]):
            drop.add(i)
    return [(i, line) for i, line in body if i not in drop] if drop else body


def _split_unnumbered(body, section: str) -> list[tuple[list[str], int, None]]:
    """(lines, line number, None) of each entry of an unnumbered list."""
    paragraphs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for i, line in _without_subheadings(body):
        if _is_blank(line):
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append((i, line))
    if current:
        paragraphs.append(current)
    paragraphs = _rejoin_carried_over([para for para in paragraphs if not _lone_page_number(para)])
    entries: list[tuple[list[str], int, None]] = []
    grouped = [_wrapped_groups(para) for para in paragraphs]
    # Do blank lines part the entries? Lone labels and dates ("Published", "PDF") do not count; nor do they when
    # two paragraphs or more plainly hold several entries each (a bibliography's parts under their subheadings).
    separated = sum(len(" ".join(line for _, line in p).split()) > 3 for p in paragraphs) > 1 and sum(
        len(groups) > 1 and _all_complete(groups) for groups in grouped) < 2
    for para, groups in zip(paragraphs, grouped):
        if separated and len(groups) > 1 and not _all_complete(groups):
            groups = [para]  # blank lines separate the entries; lines inside are wrapped
        if section == "references":
            groups = [work for group in _drop_citation_labels(groups) for work in _works_under_name(group)]
        for group in groups:
            entries.append(([line for _, line in group], group[0][0] + 1, None))
    return entries


_YEAR_LINE = re.compile(r"^\s*(?:1[5-9]|20)\d\d[a-z]?\s+\S")
_NAME_HEADING = re.compile(r"^\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*, [A-Z][\w.'’ -]*[\w.]$")  # "Ortner, Sherry B."


def _works_under_name(group: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The American Anthropological Association's older layout names the author once, on a line of
    its own, and each work below on a line opening with its year ("Rosaldo, Renato" / "1989a Culture
    and Truth. ..." / "1989b Imperialist Nostalgia. ..."): one entry per year line, each with the name."""
    if len(group) < 3 or not _NAME_HEADING.match(group[0][1]) or not _YEAR_LINE.match(group[1][1]):
        return [group]
    starts = [k for k in range(1, len(group)) if _YEAR_LINE.match(group[k][1])]
    if len(starts) < 2:
        return [group]
    return [[group[0], *group[a:b]] for a, b in zip(starts, [*starts[1:], len(group)])]


def _all_complete(groups: list[list[tuple[int, str]]]) -> bool:
    """Do the groups read as entries of their own (three in four at least, two at least, stand alone)?"""
    complete = sum(is_complete(clean(join_lines([line for _, line in g]))) for g in groups)
    return complete >= max(2, 0.75 * len(groups))


def _lone_page_number(para: list[tuple[int, str]]) -> bool:
    """Is the paragraph a PDF copy's page number between blank lines ("189"), as a double-spaced bibliography
    (a dissertation's) prints it between entries or inside one? It is no entry, and an entry it broke goes on
    after it (see _rejoin_carried_over)."""
    text = para[0][1].strip()
    return len(para) == 1 and len(text) <= 4 and text.isdigit()


def _rejoin_carried_over(paragraphs: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """An entry's end carried over a PDF page break ("... Riga: Rīga Stradiņš University" / running
    head / "Press."): a paragraph opening with a fragment or a lower-case word, after one whose last
    line is unfinished, gives that line back to the entry above."""
    out: list[list[tuple[int, str]]] = []
    for para in paragraphs:
        first = para[0][1]
        if out and not _ENDS_ENTRY.search(out[-1][-1][1]) and (
                _fragment(first) or (first.lstrip()[:1].islower() and not _STARTS_ENTRY.match(first))):
            out[-1].append(para[0])
            para = para[1:]
        if para:
            out.append(para)
    return out


def _wrapped_groups(para: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """One entry per line unless lines look wrapped (hanging indent, unfinished line)."""
    indent = lambda s: len(s) - len(s.lstrip())
    base = min(indent(line) for _, line in para)
    # a hanging indent is a few spaces; a line set far in is something else (a heading, a table)
    hanging = any(0 < indent(line) - base <= 12 for _, line in para[1:]) and indent(para[0][1]) == base
    groups: list[list[tuple[int, str]]] = []
    has_text = False  # whether the line before has more than link labels
    # Springer's author-date list ends its entries with no stop ("... Oxford University Press, Oxford"): when the
    # first line opens with names and a bracketed year, so does every entry, whatever the line above ended with
    heads = _AUTHOR_YEAR_HEAD.match(para[0][1]) is not None
    bodies = heads or sum(bool(_BODY_YEAR_HEAD.match(line)) for _, line in para) * 2 > len(para) >= 3
    for k, (i, line) in enumerate(para):
        if _RECORD_KIND.match(line) and k + 1 < len(para) and (
                not clean(para[k + 1][1]) or _ADDRESS_LINE.match(para[k + 1][1])):
            # Springer's "Book" / "Chapter" over "Google Scholar", or over the address it links to (which an
            # HTML save gives an entry showing none): the kind of record linked, no text of the entry
            continue
        previous_has_text, has_text = has_text, bool(clean(line))
        if not groups:
            groups.append([(i, line)])
            continue
        previous = groups[-1][-1][1]
        if _page_number_between(line, [previous]):
            continue
        if not has_text:
            new = False  # a line of link labels ("[Google Scholar]") belongs to the entry above
        elif not previous_has_text:
            new = True   # ... and ends it (ScienceDirect prints "View in Scopus Google Scholar" after each)
        elif _DOI_LINE.match(line) and not _DOI_LINE.match(previous):
            new = False  # the entry's DOI on a line of its own below it (OpenEdition's "DOI : 10.4000/...")
        elif _BULLET.match(line.strip()):
            new = True
        elif hanging:
            new = indent(line) == base
        elif _fragment(line):
            new = False  # "Penguin." wrapped onto a line of its own ends the entry above
        else:
            # the end of the line above without its link labels ("...004Search in Google Scholar")
            ended = _ENDS_ENTRY.search(previous) or (
                previous[-1:].isalpha() and _ENDS_ENTRY.search(_TRAILING_ARTEFACTS.sub("", previous)))
            new = bool(ended and (_STARTS_ENTRY.match(line) or line.lstrip()[:1].isupper())) \
                or bool(heads and _AUTHOR_YEAR_HEAD.match(line)) or bool(bodies and _BODY_YEAR_HEAD.match(line))
        if new:
            groups.append([(i, line)])
        else:
            groups[-1].append((i, line))
    return groups


_RECORD_KIND = re.compile(r"^\s*(?:Article|Book|Chapter|MATH|CAS|PubMed)\s*$")
_ADDRESS_LINE = re.compile(r"^\s*(?:https?://|(?:DOI\s*:?\s*)?10\.\d{4,9}/)\S+\s*$", re.I)  # a link's address alone
# Names printed family name first with their initials, then the bracketed year: "Allison R (2013)", "Buzan B,
# Wæver O (2003)", "Smith, J. A., & Lee, K. (2019)", "Libman A et al (2012)"
_AUTHOR_YEAR_HEAD = re.compile(r"^\s*(?:(?:[a-z]{1,3} )?[A-ZА-ЯЁ][\w'’-]+,? (?:[A-ZА-ЯЁ]{1,3}|(?:[A-ZА-ЯЁ]\.[\s-]?){1,3}),?(?: and| &)? ){1,10}"
                               r"(?:et al\.? )?\((?:1[5-9]|20)\d\d[a-z]?\)")
# ... and a body's entries among them ("Eurostat (2021) Energy statistics", "World Health Organization (2020)"): a
# few capitalised words (joined by "of", "for", ...) and the bracketed year open the line
_BODY_YEAR_HEAD = re.compile(r"^\s*[A-ZА-ЯЁ][\w'’&.-]*(?: (?:[A-ZА-ЯЁ][\w'’&.-]*|of|for|and|on|the|&|de|des|du|für)){0,7}"
                             r" \((?:1[5-9]|20)\d\d[a-z]?\)")
_AN_INITIAL = re.compile(r"(?:^|\s)[A-ZА-ЯЁ]\.")


def _fragment(line: str) -> bool:
    """Too little to be an entry: the full-stopped tail of one ("Penguin.", "Oxford UP."), up to
    three words with no number, initial or pointer."""
    text = line.strip()
    return (text.endswith(".") and len(text.split()) <= 3 and not any(ch.isdigit() for ch in text)
            and not _IBID.search(text) and not _AN_INITIAL.search(text))


def _label_of(line: str, rest: list[str], authors: str | None = None) -> bool:
    """Is the line a "Jack and Suri, 2014" label repeating the first author (in its `authors` line,
    when given) and year of the entry on the `rest` lines? Those are joined only under a label."""
    label = _SHORT_CITE.match(line.strip())
    if not label or _POINTER_CUE.match(line.strip()):
        return False
    entry = join_lines(rest)
    first = re.findall(r"[^\W\d_]{2,}", label.group("who"))
    return bool(first) and first[0] in (entry if authors is None else authors) and label.group("year")[:4] in entry


def _drop_citation_labels(groups: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Drop the "Jack and Suri, 2014" label some sites print above each full entry, and the
    "Acosta et al. (2008)" one a natbib bibliography (ar5iv, arXiv's HTML) prints before it.

    The label repeats the entry's first author and year, so nothing is lost; kept, it
    would read as a pointer note or be glued to the entry's text.
    """
    out = []
    for n, group in enumerate(groups):
        following = groups[n + 1] if n + 1 < len(groups) else []
        if len(group) == 1 and _label_of(group[0][1], [line for _, line in following]):
            continue
        start, first_line = group[0][0], group[0][1].strip()
        lead = _LEADING_LABEL.match(first_line)
        if lead:
            rest = [first_line[lead.end():]] if lead.end() < len(first_line) else []
            following = join_lines(rest + [line for _, line in group[1:]])
            if _names_first(lead, following):
                group = [(start, line) for line in rest] + group[1:] if rest else group[1:]
        out.append(group)
    return out


_LEADING_LABEL = re.compile(rf"^(?P<who>{_WHO})\s+\((?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)\)\.?(?:\s+|$)")


def _names_first(label: re.Match, following: str) -> bool:
    """Does the entry after an "Acosta et al. (2008)" label open with that author's name ("P. Acosta,
    ...")? "World Bank (2020). Tajikistan: ... World Bank" names its author only in the label."""
    # A name closed by its own full stop ("World Bank. (2020).") is APA's author sentence, not a
    # label; and the first name is compared whole ("World development report ..." is a title).
    who = label.group("who")
    if who.endswith(".") and not who.endswith(("al.", "др.")):
        return False
    first = re.split(r",|\s+(?:and|&|и|y|e|et|und)\s", who)[0]
    names = re.findall(r"[^\W\d_]{2,}", first)
    name = r"\W+".join(map(re.escape, names))
    # the name ends the author's name, not a title it opens ("OECD (2021) OECD Economic Outlook, ..." is no label)
    return bool(names) and re.match(rf"(?:[A-ZА-ЯЁ][\w'’\-]*\.?\s+){{0,4}}{name}\b(?!\s+[A-ZА-ЯЁ][\w'’\-]{{2,}}(?![.,]))",
                                    following) is not None
