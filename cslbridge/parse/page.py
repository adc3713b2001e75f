"""A saved journal page: its text lines, its chrome, and the article it describes.

Pages reach us as plain text (copied or scraped) or as saved HTML. HTML is
turned into the same kind of text lines (one block per line, list items
numbered as the browser shows them, link labels like "Link" replaced by their
addresses), and its `citation_*`/Dublin Core meta tags are kept, because they
describe the article more reliably than any heuristic on text.

The article's own item is read from the page header (everything before the
first reference section): labelled lines (Received:, Pages:, Keywords:, JEL
Classification:, DOI, ISSN, Vol./Iss. banners), author lines with their
affiliations, the title, and the abstract (structured abstracts joined).
Chrome (phone numbers, prices, log-in prompts, "current issue" banners,
recommendation blurbs) is recognised line by line and ignored everywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from ..items import add_note
from .entries import ends_section, heading_kind, in_contents, names_sections
from .names import _LOW, _UP, GIVEN_NAMES, PATRONYMIC_END
from .rules import JOURNAL_SERIES

# --- chrome -----------------------------------------------------------------

# Site furniture: lines that start like chrome, and phrases that mark a line as
# chrome wherever they occur (checked as substrings, which keeps long pages cheap).
_CHROME_START = re.compile(
    r"^(?:"
    r"(?:(?:tel|phone|тел)\.?:?\s*)?\+?[\d\s()\-–]{9,}(?:(?:ext|доб)\.?\s*\d+)?(?:\s*[,·|;].*)?"  # phone numbers
    r"|(?:USD|EUR|GBP|RUB|US\$|\$|€|£)\s?\d[\d.,]*.*"               # prices
    r"|(?:log ?in|sign ?in|log ?out|register)\b.{0,60}"
    r"|view all (?:\d+ )?(?:articles|issues|volumes).*|(?:journal )?current issue.*"
    r"|this article is part of the research topic|research topics|about (?:the |this )?journal"  # Frontiers' menu
    r"|\d*\s*citations?|\d*\s*views?|altmetric.*|(?:article )?metrics|orcid(?: icon| logo)?"
    r"|related research.*|people also read.*|recommended articles.*|cited by.*"
    r"|issue purchase|article pdfs? can be .*|pdf download.*|download pdf.*"
    r"|(?:full )?article|figures? (?:&|and) data|share|share this article"
    # a share row naming its networks, and a paper's statistics ("Share: Facebook Twitter LinkedIn Email Copy URL",
    # SSRN's "Abstract Views 1,204", "Downloads 312", "Rank 203,455")
    r"|share(?: this (?:article|paper|page))?:?(?:\s+(?:facebook|twitter|x|linkedin|e-?mail|reddit|whatsapp|telegram"
    r"|wechat|weibo|mendeley|bluesky|copy (?:url|link)))+"
    r"|(?:(?:abstract|full[- ]text|pdf|html) )?(?:views|downloads|reads)\s*:?\s*\d[\d,. ]*|rank\s*:?\s*\d[\d,]*"
    # buttons by the title: "Download This Paper", "Open PDF in Browser", "Add Paper to My Library"
    r"|download this (?:paper|article|chapter)|open pdf in (?:a new )?(?:browser|tab|window)"
    r"|add (?:this )?(?:paper|article)? ?to (?:my )?library"
    r"|(?:open access\s*)?(?:(?:original|research|review|journal|regular|brief|short)[\s-]?){0,2}(?:article|paper)"
    r"(?:\s*open access)?"  # the ACM Digital Library's "research-article Open Access"
    r"|(?:open|free) access"  # the badge over a title (Springer Link, Wiley), no journal's name
    r"|author links open overlay panel|get rights and content|(?:view|download) (?:pdf|full (?:text|issue))"
    r"|browse figures|show abstract|cite this (?:article|item)|cite|metrics details|\d+\s*accesses"
    r"|citations?:?\s*\d*|submit (?:to this journal|your (?:research|manuscript|paper))|review for this journal"
    r"|read and download|preview"
    r"|(?:privacy|cookie) policy.*|terms (?:and|&) conditions.*|subscribe.*"
    r"|access options|purchase (?:this )?(?:article|access).*|get access|request permissions"
    r"|reprints (?:&|and) permissions|(?:back to )?top|previous article|next article"
    r"|skip to [^.]{3,80}|menu|(?:advanced )?search|(?:journal )?home(?: ?page)?|main page|главная"
    r"|save (?:this )?article to .*|export citations?|show author details|(?:show |view |see )?all authors|article contents|document sections"
    r"|get (?:full )?access.*|view all access (?:and|&) purchase options.*|cc[ \-]by(?:[ \-](?:nc|nd|sa))*(?: \d\.\d)?"
    r"|поиск|войти|вход|регистрация|поделиться|читать|скачать(?: pdf)?|подписаться(?: на журнал)?"
    r"|перейти (?:к|до|в|на) [^.]{3,45}"  # OJS's skip links: "Перейти к основному содержанию", "... до основного вмісту"
    r"|головна|пошук|увійти|вхід|реєстрація|завантажити(?: pdf)?|завантаження"
    r"|(?:przejdź do|přeskočit na) [^.]{3,45}|strona (?:domowa|główna)|szukaj|zaloguj|zarejestruj"  # Polish, Czech
    r"|pobierz(?: pdf)?|aktualny numer|archiwum|hledat|přihlásit|stáhnout(?: pdf)?(?: \(\w\w\))?|sdílet"
    r"|aktuální číslo|archiv|citace"
    # Uzbek (Latin) OJS: skip links and the menu ("Asosiy kontentga o‘tish", "Ro‘yxatdan o‘tish", "Bosh sahifa")
    # (named, as "o‘tish" alone also means a transition: "Yashil iqtisodiyotga o‘tish" is an article's title)
    r"|(?:asosiy (?:kontent|navigatsiya menyusi)ga|saytning pastki qismiga|ro[‘ʻ'’`]yxatdan) o[‘ʻ'’`]tish"
    r"|bosh sahifa|qidiruv|joriy son|arxiv|jurnal haqida"
    r"|(?:pdf|html|epub|xml)(?: \([^()]{2,20}\))?"  # a galley's button on its own line: "PDF", "PDF (Русский)"
    r"|текст научной (?:статьи|работы)\b.*|похожие темы научных работ\b.*"   # CyberLeninka's captions
    r"|(?:i\s+)?надоели баннеры\?.*"  # CyberLeninka's ad line, dropped anywhere in the text, lists too
    # ResearchGate's cover sheet and last line on a downloaded PDF: counts, author cards, projects, upload notice
    r"|see discussions, stats,? and author profiles for this publication at\b.*|citations\s+reads"
    r"|\d+ authors?(?:, including)?:|(?:\d[\d,]*\s+publications?\s+\d[\d,]*\s+citations?\s*)+|(?:see profile\s*)+"
    r"|some of the authors of this publication are also working on these related projects:|.{1,150}\sview project"
    r"|all content following this page was uploaded by .{1,150}|the user has requested enhancement of the downloaded file\.?"
    r"|view publication stats"
    r")\s*$",
    re.I,
)
_CHROME_PHRASES = (
    "add to cart", "add to basket", "current issue", "crossref citation", "local tax",
    "hours access", "hour access", "days online access", "day online access", "cookies",
    "open in a new tab", "open in new tab", "open in a new window", "articles with the crossref icon",
    "all rights reserved", "©", "this content downloaded from", "all use subject to",
    "preview of subscription content", "remote access options",
    "an official website of the united states government", "pmc disclaimer", "search for other works by this author on",
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|by\b)", re.I)
# The licence sentence ("This article is published and distributed under the terms of ..."), and other
# notices a publisher prints on every page, however long: Nature's outdated-browser banner, Springer
# Nature's note on jurisdictional claims, PubMed Central's "does not imply endorsement" disclaimer.
_LICENCE = re.compile(r"\b(?:distributed|licensed) under (?:the terms of\b|an? creative commons\b)"
                      r"|\bbrowser version with limited support\b|\bneutral with regard to jurisdictional claims\b"
                      r"|\bdoes not imply endorsement of\b", re.I)
_PRICE = re.compile(r"\b\d+[.,]\d\d\s?(?:USD|EUR|GBP|руб)|[$€£]\s?\d+[.,]\d\d\b")
# A cookie notice, however long ("This website uses cookies. By continuing ..."), and a site's menu
# copied as one row, its links set apart by runs of spaces or bars ("Home   Archive   For authors",
# "Главная | Архив | Авторам").
_COOKIES = re.compile(r"\b(?:we|site|website|partners) (?:use|uses) cookies\b|\bиспользуем файлы cookie", re.I)
_MENU_ROW = re.compile(r"^(?:home|главная|main page)(?:\s{2,}|\s*\|\s*)\S", re.I)
# A site's top bar: three or more short links with no digits set apart by bars ("НИУ ВШЭ | Журналы ВШЭ |
# English | Вход / Регистрация").
_BAR_ROW = re.compile(r"^[^\d|]{1,30}(?:\s\|\s[^\d|]{1,30}){2,}$")
_BREADCRUMB = re.compile(r"\s(?:/|>|»|→)\s")
_TRAIL = re.compile(r"\s(?:>|»|→)\s")  # a breadcrumb's separators but "/", which parts a journal's two names
# A PDF copy's running head or foot: a short title and the page number set far apart
# ("Post-Soviet Affairs 38(2)          127", "128          R. CONNOLLY"), or a page number alone
# far from the margin.
_RUNNING_HEAD = re.compile(r"^\S.{0,80}?\S\s{6,}\d{1,4}$|^\d{1,4}\s{6,}\S.{0,80}$")
_CENTRED_PAGE_NUMBER = re.compile(r"^\s{20,}\d{1,4}\s*$")


def is_chrome(line: str) -> bool:
    """A line of site furniture, not part of the article or its references."""
    text = line.strip()
    if _COPYRIGHT.match(text) or ((" under " in text or " with " in text or " imply " in text)
                                   and _LICENCE.search(text)):
        return True  # a licence or publisher's notice, however long
    if ("ookie" in text and _COOKIES.search(text)) or (text[:1] in "HhГгMm" and _MENU_ROW.match(text)):
        return True  # substring tests first: this runs on every line of a long list
    if "      " in line and (_RUNNING_HEAD.match(text) or _CENTRED_PAGE_NUMBER.match(line)):
        return True
    if not text or len(text) > 160:
        return False
    low = text.lower()
    if any(phrase in low for phrase in _CHROME_PHRASES):
        return True
    if len(_BREADCRUMB.findall(text)) >= 2 and ":" not in text:
        return True  # Home / Archive / No. 4 (2021)
    if " | " in text and _BAR_ROW.match(text):
        return True
    return bool(_CHROME_START.match(text) or _PRICE.search(text))


_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# IEEE's page foot, the volume and year beside the page number ("27440 VOLUME 11, 2023", "VOLUME 11, 2023 27441"),
# and its running head above or below it, the authors' names before a colon and the title ("A. Seitkali et al.: Tracing ...").
_VOLUME_FOOT = re.compile(r"^(?:\d{1,6}\s+VOLUME\s+\d{1,4},\s+(?:19|20)\d\d|VOLUME\s+\d{1,4},\s+(?:19|20)\d\d\s+\d{1,6})$")
_AUTHORS_HEAD = re.compile(r"^(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)?[A-Z][\w'’-]+(?: et al\.| and (?:[A-Z]\.\s?)+[A-Z][\w'’-]+)?: [A-Z][^.]{5,}$")


def page_breaks(lines: list[str]) -> set[str]:
    """The page numbers and running heads of a PDF copy, which break its lists mid-entry.

    A running head is recognised as a line that recurs on the page (the journal's or the
    authors' names) next to a bare page number; neither alone is enough, since a
    reference may repeat a line ("Cambridge University Press.") and a list may number
    its entries on lines of their own.
    """
    counts = Counter(text for text in (line.strip() for line in lines) if text)
    found = set()
    for i, line in enumerate(lines):
        if _VOLUME_FOOT.match(line.strip()):
            found.add(line.strip())
            found.update(text for j in (i - 1, i + 1) if 0 <= j < len(lines)
                         and _AUTHORS_HEAD.match(text := lines[j].strip()))
            continue
        if not _PAGE_NUMBER.match(line.strip()):
            continue
        heads = []
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 3:
                text = lines[j].strip()
                if counts[text] < 2 or len(text) > 120 or heading_kind(text):
                    break
                heads.append(text)
                j += step
        if heads:
            found.update(heads)
            found.add(line.strip())
    return found | _numbered_heads(lines)


# "512 ELENA MARKOVA", "PAPER KOLKHOZES 513": a running head with its page number on the same line.
_NUMBERED_HEAD = re.compile(r"^(?:(\d{1,4}) +(\D{3,80}?[^\W\d_])|([^\W\d_]\D{2,80}?) +(\d{1,4}))$")


def _numbered_heads(lines: list[str]) -> set[str]:
    """Running heads that carry the page number: the same words, without a full stop, on two or
    more lines with different numbers. A note ("12 Ibid.") ends in a full stop, and the words of
    a numbered list do not recur."""
    matches = [(text, match) for text in (line.strip() for line in lines) if (match := _NUMBERED_HEAD.match(text))]
    pages: dict[str, set[str]] = {}
    for _, match in matches:
        number, words = (match[1], match[2]) if match[1] else (match[4], match[3])
        if len(words.split()) >= 2:
            pages.setdefault(words, set()).add(number)
    heads = {words for words, numbers in pages.items() if len(numbers) >= 2}
    return {text for text, match in matches if (match[2] or match[3]) in heads}


# --- HTML to text lines ---------------------------------------------------------

_BLOCK = frozenset("""
address article aside blockquote body caption dd details div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody
td tfoot th thead tr ul
""".split())
# Blocks that end a paragraph (other blocks only end a line).
_PARAGRAPHS = frozenset("p div section h1 h2 h3 h4 h5 h6 table blockquote dl header footer article".split())
_SKIP = frozenset("script style noscript template svg button nav select option head iframe".split())
# (Bootstrap's "hidden-xs" ... "hidden-print" hide a block only on a small screen or on paper: it is shown)
_HIDDEN_CLASS = re.compile(r"\b(?:hidden(?!-(?:xs|sm|md|lg|xl|print)\b)|sr-only|visually-hidden|off-screen|offscreen|screen-reader-text)\b")
_LINK_LABELS = frozenset({"link", "ссылка", "url", "here", "document"})  # LaTeXML's "External Links: Document"
# Labels of the links a page puts after each reference to look it up elsewhere
# (PubMed Central's "[DOI] [PMC free article]", Oxford's "Google Preview", SciELO's "[ Links ]",
# PLOS's "View Article", Frontiers' "CrossRef Full Text | Google Scholar", ScienceDirect's "View PDF" and
# "View in Scopus", the ACM Digital Library's "Digital Library" and "Cross Ref", J-STAGE's "CiNii Research" and
# "J-GLOBAL", Japan's own look-up services, Cairn.info's "Lien DOI" and "Voir sur Cairn.info").
_ARTEFACT_LINKS = re.compile(
    r"^\[?\s*(?:google scholar|cross ?ref(?: full text)?|pubmed(?: central| abstract| full text|/ncbi)?|pmc free article|"
    r"web of science\s*®?|scopus|mathscinet|worldcat|find this resource:?|search in google scholar|open doi|cas|ads|"
    r"google preview|copac|links|view article|view pdf|view (?:record )?in scopus|digital library|"
    r"cinii(?: research| articles| books)?|j-global|lien doi|voir sur cairn(?:\.info)?)\s*\]?$",
    re.I,
)
# "[DOI]" is such a label too, but a bare "doi" link is the start of "doi:10...." (Wikipedia).
_BRACKETED_DOI = re.compile(r"\[[\s\u00a0]*$")
# PubMed parts its look-up links by dashes ("... 2019;114(1):150–66. - DOI - PMC - PubMed"): after such a dash
# "DOI" and "PMC" are labels too, and the dash goes with the label it stood before.
_DASHED_LABELS = frozenset({"doi", "pmc"})
_DASH_BEFORE = re.compile(r"\s[-–][\s\u00a0]*$")
# The brackets such a label stood in, left empty once it is gone.
_EMPTY_BRACKETS = re.compile(r"[\s\u200b]*\[[\s\u200b]*\]")
_SEPARATORS = re.compile(r"[\s|·•/]+")  # what is left of "A | B | C" once its links are gone
# A line break in a text node: inside a run of text it is a space (see _PageParser.handle_data).
_WRAP = re.compile(r"[ \t\r]*\n\s*")
_VOID = frozenset("br hr img meta link input wbr".split())
_WEB_LINK = re.compile(r"https?://[^/\s]+\.[^/\s]+")
_DOI_LINK = re.compile(r"https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+")
# Links a page adds to look a reference up elsewhere, not the work's own address.
_SEARCH_LINK = re.compile(r"(?i)scholar\.google|/scholar_lookup|worldcat\.org|ncbi\.nlm\.nih\.gov/pubmed/?\?|"
                          r"[?&](?:q|term|query|search)=|/search\b|crossref\.org/|webofscience|scopus\.com|"
                          r"mathscinet|adsabs|/action/showCitFormats|/servlet/linkout|/openurl|sfx")
_HAS_ADDRESS = re.compile(r"(?i)https?://|www\.|\bdoi\b|\b10\.\d{4,}/")


# Affiliation letters as a superscript prints them: "а", "a, b" (a digit glued to a name is read as a mark already).
_AFFILIATION_MARKS = re.compile(r"\s*[a-fа-е](?:\s*,\s*[a-fа-е])*\s*")


class _PageParser(HTMLParser):
    """Collect text blocks and meta tags from a saved HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, list[str]] = {}
        self.title = ""
        self._buf: list[str] = []
        self._skip = 0
        self._stack: list[tuple[str, bool]] = []   # (tag, opened a skip)
        # for each open tag: the innermost open li/ol/ul and whether a <pre> is open, so a page of
        # thousands of nested <div>s is not walked down at every block and line of text
        self._context: list[tuple[str | None, bool]] = []
        self._lists: list[list] = []               # [ordered, next number]
        self._links: list[tuple[str, int]] = []    # (href, buffer index at start)
        self._items: list[tuple[int, list[str]]] = []  # open <li>: (first line, the web links in it)
        self._in_title = False
        self._h1: list[str] | None = None
        self._sup: int | None = None                # where an open <sup> after a letter starts in the buffer
        self._site_footer: int | None = None        # the stack depth of the site's <footer>, while open
        self._footer_from = 0                       # its first line
        self._name_part: tuple[str, list[str]] | None = None  # an open given-name or surname <span>
        self._given = ""                            # the given name the next surname <span> completes

    def _flush(self, blank: bool = False):
        text = _EMPTY_BRACKETS.sub("", "".join(self._buf))
        text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text).strip()
        self._buf = []
        if text and not _SEPARATORS.fullmatch(text):  # the " | " left between look-up links once they are gone
            self.lines.append(text)
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = (attrs.get("name") or attrs.get("property") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, []).append(attrs["content"].strip())
                if key == "citation_author_institution":  # it belongs to the author tag above it
                    self.meta.setdefault(_INSTITUTION_OF, []).append(str(len(self.meta.get("citation_author", [])) - 1))
            return
        if tag == "title":
            self._in_title = True
        if tag == "span":
            # ScienceDirect marks its authors' names (inside buttons, which are skipped) as
            # <span class="given-name"> then <span class="surname">; JATS' "surname, given-names" is another order
            kind = re.search(r"(?<![\w-])(given-name|surname)(?![\w-])", attrs.get("class") or "")
            if kind:
                self._name_part = (kind.group(1), [])
        if tag == "h1" and "html:h1" not in self.meta:
            self._h1 = []
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self._buf.append("\n")
            return
        hidden = (
            tag in _SKIP or "hidden" in attrs or attrs.get("aria-hidden") == "true"
            or attrs.get("role") in ("dialog", "alertdialog")  # "Save article to Kindle" boxes, shown on demand
            or bool(_HIDDEN_CLASS.search(attrs.get("class") or ""))
            or re.search(r"display\s*:\s*none", attrs.get("style") or "") is not None
        )
        outer_list, in_pre = self._context[-1] if self._context else (None, False)
        self._context.append((tag if tag in ("li", "ol", "ul") else outer_list, in_pre or tag == "pre"))
        self._stack.append((tag, hidden))
        if hidden:
            self._skip += 1
        if self._skip:
            return
        if tag == "footer" and self._site_footer is None and not any(
                t in ("article", "main", "section") for t, _ in self._stack[:-1]):
            self._flush(blank=True)
            self._site_footer, self._footer_from = len(self._stack) - 1, len(self.lines)
        if tag in ("ol", "ul"):
            self._flush(blank=True)
            start = attrs.get("start")
            self._lists.append([tag == "ol", int(start) if start and start.isdigit() else 1])
        elif tag == "li":
            self._flush(blank=True)
            self._items.append((len(self.lines), []))
            if self._lists and self._lists[-1][0]:
                value = attrs.get("value")
                if value and value.isdigit():
                    self._lists[-1][1] = int(value)
                self._buf.append(f"\x00{self._lists[-1][1]}\x00")
                self._lists[-1][1] += 1
        elif tag in _BLOCK:
            if re.fullmatch(r"\s*\d{1,3}\s*", "".join(self._buf)):
                self._buf.append(" ")  # Cambridge's <span>1</span><div>note text</div>: the note's number
                return
            self._flush(blank=self._ends_paragraph(tag))
        elif tag == "a":
            self._links.append((attrs.get("href") or "", len(self._buf)))
        elif tag == "sup" and not "".join(self._buf).strip(" \x00123456789"):
            self._buf.append(" ")
        elif tag == "sup" and self._buf and self._buf[-1][-1:].isalpha():
            self._sup = len(self._buf)  # a mark glued to a name ("Смирнова<sup>а</sup>"): set apart on close

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "span" and self._name_part:
            kind, parts = self._name_part
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if kind == "given-name":
                self._given = text
            elif self._given and text:
                self.meta.setdefault("html:author", []).append(f"{self._given} {text}")
                self._given = ""
            self._name_part = None
        if tag == "h1" and self._h1 is not None:
            heading = re.sub(r"\s+", " ", "".join(self._h1)).strip()
            if heading:
                self.meta["html:h1"] = [heading]
            self._h1 = None
        if tag in _VOID:
            return
        # close up to the matching tag (HTML in the wild is not always balanced)
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                for closed, hidden in reversed(self._stack[depth:]):
                    if hidden:
                        self._skip -= 1
                    elif not self._skip:
                        self._close(closed)
                del self._stack[depth:]
                del self._context[depth:]
                if self._site_footer is not None and depth <= self._site_footer:
                    # The site's footer (links, copyright, "Generated by ...") is no part of any list
                    # on the page; it is kept aside for the ISSNs and dates journals print there.
                    self.meta.setdefault("html:footer", []).extend(
                        line for line in self.lines[self._footer_from:] if line)
                    del self.lines[self._footer_from:]
                    self._site_footer = None
                break

    def _close(self, tag):
        if tag == "a" and self._links:
            href, start = self._links.pop()
            label = "".join(self._buf[start:]).strip()
            artefact = _ARTEFACT_LINKS.match(label)
            # (the piece before may be the entry's whole text: only its end is searched)
            dashed = (artefact or label.lower() in _DASHED_LABELS) and start and _DASH_BEFORE.search(
                self._buf[start - 1][-40:])
            if artefact or dashed or (
                    label.lower() == "doi" and _BRACKETED_DOI.search("".join(self._buf[:start]))):
                if self._items and _DOI_LINK.match(href):
                    self._items[-1][1].append(href)  # MDPI's "[CrossRef]" links the work's own DOI: kept if it shows none
                del self._buf[start:]
                if dashed:
                    self._buf[start - 1] = _DASH_BEFORE.sub("", self._buf[start - 1])
            elif label.lower() in _LINK_LABELS and re.match(r"https?://", href):
                self._buf[start:] = [href]
            elif self._items and _WEB_LINK.match(href) and not _SEARCH_LINK.search(href) and label:
                self._items[-1][1].append(href)
        elif tag == "sup" and re.fullmatch(r"\s*(?:\x00\d+\x00)?\s*\d+", "".join(self._buf)):
            self._buf.append(" ")
        elif tag == "sup" and self._sup is not None:
            if _AFFILIATION_MARKS.fullmatch("".join(self._buf[self._sup:])):
                self._buf.insert(self._sup, " ")
            self._sup = None
        elif tag in ("ol", "ul"):
            self._flush(blank=True)
            if self._lists:
                self._lists.pop()
        elif tag == "li":
            if self._items:
                first, links = self._items.pop()
                # A reference that shows no address of its own keeps the one its title links to
                # (Wikipedia's cite web puts the URL only in the link).
                text = " ".join(self.lines[first:] + self._buf)
                if links and len(text.split()) >= 6 and not _HAS_ADDRESS.search(text):
                    self._buf.append(" " + links[0])
            self._flush(blank=True)
        elif tag in _BLOCK:
            self._flush(blank=self._ends_paragraph(tag))

    def _ends_paragraph(self, tag: str) -> bool:
        """Does this block end a paragraph (a blank line after it)? Not inside a list item: an <li> is
        one entry, however many blocks it holds (ScienceDirect puts a reference's authors, title and
        journal in <div>s of their own)."""
        if tag not in _PARAGRAPHS:
            return False
        innermost_list = self._context[-1][0] if self._context else None
        return innermost_list != "li"

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._name_part:
            self._name_part[1].append(data)
        if not self._skip:
            if "\n" in data and not (self._context and self._context[-1][1]):
                # A line break inside a run of text is a space, as a browser shows it; one between two
                # elements is kept, since pretty-printed templates put each shown line on a line of its own.
                if data.strip():
                    data = _WRAP.sub(" ", data)
                else:
                    data = "" if self._buf and self._buf[-1].endswith("\n") else "\n"
            self._buf.append(data)
            if self._h1 is not None:
                self._h1.append(data)

    def close(self):
        super().close()
        self._flush()


_LI_NUMBER = re.compile(r"^\x00(\d+)\x00\s*")


def html_lines(html: str) -> tuple[list[str], dict[str, list[str]]]:
    """The text blocks of an HTML page (one per line) and its meta tags by name."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    lines = []
    for block in parser.lines:
        for line in block.split("\n"):
            match = _LI_NUMBER.match(line)
            if match:
                rest = line[match.end():]
                # keep a printed number (T&F notes print their own); add the list's otherwise
                printed = re.match(r"\[?(\d+)[\].)]?(?=\s|[^\d.]|$)", rest)
                if printed and printed.group(1) == match.group(1):
                    line = f"{rest[:printed.end()]} {rest[printed.end():].lstrip()}"  # PLOS prints "1." with no space
                else:
                    line = f"{match.group(1)}. {rest}"
            line = line.replace("\x00", "").strip()
            lines.append(line)
    if parser.title.strip():
        parser.meta.setdefault("html:title", [parser.title.strip()])
    return lines, parser.meta


def looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(?:html|body|head|div|p|ol|li)\b[^>]*>", head)
    )


# --- dates --------------------------------------------------------------------

_MONTHS = {
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), 1)},
    **{m: i for i, m in enumerate(
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(), 1)},
    # Turkish (DergiPark's "Yayımlanma Tarihi" / "31 Mayıs 2023")
    **{m: i for i, m in enumerate("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split(), 1)},
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))


def parse_date(text: str) -> dict | None:
    """A CSL date from the date forms journal pages print; None when there is none."""
    text = text.strip()
    patterns = (
        (rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})", "dmy"),
        (rf"(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})", "mdy"),
        (rf"(?P<y>\d{{4}})\s+(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?!\d)", "ymd"),  # PubMed's "2023 Aug 2"
        (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", "iso"),
        (r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", "dotted"),
        (r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})", "iso"),
        (rf"(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})", "my"),
        (r"(?<!\d)(?P<y>(?:1[89]|20)\d\d)(?!\d)", "y"),
    )
    for pattern, _ in patterns:
        match = re.search(pattern, text, re.I)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        month = parts.get("m")
        if month is not None:
            month = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        day = int(parts["d"]) if parts.get("d") else None
        if month and not 1 <= month <= 12 or day and not 1 <= day <= 31:
            continue
        out = [year]
        if month:
            out.append(month)
            if day:
                out.append(day)
        return {"date-parts": [out]}
    return None


def _iso(date: dict) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(date["date-parts"][0]))


# --- the article item ---------------------------------------------------------

_DATE_LABELS = (
    (re.compile(r"^(?:received in revised form|revised|revision received|accepted after revision|"
                r"после доработки|доработана|одобрена после рецензирования)\b", re.I), "revised"),
    (re.compile(r"^(?:(?:submission |manuscript )?received(?: for publication)?|submitted|submission date|date submitted|gönderilme tarihi|geliş tarihi|(?:статья\s+)?(?:поступила(?: в редакцию)?|получен[ао]))\b", re.I), "received"),
    (re.compile(r"^(?:accepted(?: for publication)?|acceptance date|date accepted|kabul tarihi|(?:статья\s+)?(?:принята(?: к (?:публикации|печати))?|одобрена))\b", re.I), "accepted"),
    (re.compile(r"^(?:available online|published online|first published(?: online)?|online publication date|"
                r"published|date of publication|publication date|yayımlanma tarihi|yayın tarihi|nashr qilingan|(?:статья\s+)?опубликована(?: онлайн)?|дата публикации)\b", re.I), "published"),
    # IEEE's "date of current version": the issue's own date, as a version of record is
    (re.compile(r"^(?:version of record|issue date|date of current version)\b", re.I), "issue"),
)
_PAGES = re.compile(r"^(?:pages?|page\(s\)|pp?\.|страницы|стр\.|с\.)\s*:?\s*(\d+\s*[–\-—]\s*\d+|\d+)\b", re.I)
_VOL = re.compile(r"\b(?:vol(?:ume)?|т(?:ом)?)\.?:?\s*(?P<vol>\d+)", re.I)
# An article number closing a volume line: ScienceDirect's "Volume 9, Issue 6, June 2023, e16842", "..., Article 104986".
_ARTICLE_NUMBER = re.compile(r"(?:\barticle(?:\s+no\.?)?:?\s*([a-z]?\d+)|,\s*(e\d{3,}))\s*$", re.I)
# eLibrary's "Номер: 4"; a record page's label over a value that repeats it: "Выпуск" / "Выпуск №4"
_ISSUE_LABEL = re.compile(r"^(?:issue|number|no\.?|номер|выпуск)\s*:\s*(?:(?:issue|номер|выпуск)\s*)?(?:№\s*)?(\d[\w\-–/]*)$",
                          re.I)
_LANGUAGE_LABEL = re.compile(r"^(?:language|язык)\s*:\s*([^\W\d_]+)$", re.I)
_LANGUAGES = {"русский": "ru", "russian": "ru", "английский": "en", "english": "en", "украинский": "uk",
              "ukrainian": "uk", "казахский": "kk", "kazakh": "kk"}
_YEAR_LABEL = re.compile(r"^(?:year|год(?: издания)?)\s*:\s*((?:19|20)\d\d)$", re.I)
_ISS = re.compile(r"\b(?:iss(?:ue)?|no|nr|number|вып(?:уск)?|вип(?:уск)?)\.?:?\s*(?P<iss>\d[\w\-–/]*)|№\s*(?P<num>\d[\w\-–/]*)", re.I)
_PP = re.compile(r"\b(?:pp?\.|pages?|с\.|б\.)\s*(?P<page>\d+\s*[–\-—]\s*\d+)", re.I)
_APA_JOURNAL = re.compile(r",\s*(?P<vol>\d+)\s*\((?P<iss>[\w\-–/]+)\),\s*(?P<page>\d+\s*[–\-—]\s*\d+)")
# SAGE's first page: "2021, Vol. 12(2) 133–146", the issue in brackets after the volume, then a bare range
_BRACKET_ISSUE = re.compile(r"^\s*\((?P<iss>\d[\w\-–/]*)\)(?:\s+(?P<page>\d+\s*[–\-—]\s*\d+))?\s*$")
# "Vol. 57, No. 4: 389–414", "(Spring 2023): 187-212.", Annual Reviews' "Vol. 27:305-324 (Volume publication date June 2024)"
_COLON_PAGES = re.compile(r":\s*(\d+\s*[–\-—]\s*\d+)\.?\s*(?:\([^()]*\)\s*)?$")
# The names a record line gives before its journal, family name first, and the journal's place after a ";"
_NAMES_THEN_JOURNAL = re.compile(r"^(?P<names>[^.;]+,[^;]+?(?:;\s*[^.;]+,[^;]+?)*)\.\s+(?P<journal>[^;]+?)(?:;\s*(?P<place>[^;]+))?$")
# "2021, VOL. 52, NO. 2, 215–236" (a Taylor & Francis PDF's first page): a bare range closing the line, not years
_COMMA_PAGES = re.compile(r",\s*(?!(?:1[89]|20)\d\d\s*[–\-—]\s*(?:1[89]|20)\d\d)(\d+\s*[–\-—]\s*\d+)\s*$")
# "Vol. 16, Iss. 2, FEBRUARY 2020", "Europe-Asia Studies, Volume 68, 2016 - Issue 9", "2020, Vol. 16, No. 2, pp. 383–396"
_VOLUME_LINE = re.compile(r"^(?:[^,]*,\s*){0,2}(?:[^,\d]{1,60}\s)?(?:vol|volume|т\.|том)", re.I)
# The labels of the header's two lists, shared by the patterns that read them.
_KEYWORDS_LABEL = (r"key ?words?|index terms|ключевые слова|palabras clave|palavras[ -]chave|mots[ -]clés"
                   r"|klíčová slova|kľúčové slová|słowa kluczowe|anahtar (?:kelimeler|sözcükler)"
                   r"|kalit so[‘ʻ'’`]zlar|түйін(?:ді)? сөздер|ачкыч сөздөр|түйүндүү сөздөр|키워드|주제어")  # Uzbek (Latin), Kazakh, Kyrgyz, Korean
_JEL_LABEL = r"JEL(?: classification)?(?: codes?)?"
_JEL = re.compile(rf"^(?:{_JEL_LABEL}|Классификация JEL)\s*:?\s*(.+)$", re.I)
_KEYWORDS = re.compile(rf"^(?:{_KEYWORDS_LABEL})(?![^\W\d_])\s*[:.—–-]?\s*(.+)$", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;)])")
_LINK_OR_DOI = re.compile(r"(?:https?://|\bwww\.)\S+|\b10\.\d{4,9}/\S+", re.I)  # a link or DOI, read as such only
_ISSN = re.compile(r"(?<![^\W\d_])(?:e-?|p-?)?ISSN\b[:\s]*(\d{4}-\d{3}[\dXx])", re.I)  # "1999-5431eISSN: ..." too
_ABSTRACT_HEAD = re.compile(r"^(?:abstract|summary|аннотация|резюме|resumen|resumo|résumé|abstrakt|streszczenie|annotatsiya|аңдатпа|초록)"
                            r"\s*[:.]?\s*(.*)$", re.I)
_BRACKET_ALONE = re.compile(r"[(\[][^()\[\]]{2,30}[)\]]")  # "(English)" after a heading: its language
_STRUCTURED_LABELS = (
    r"(?P<label>Subject|Objectives?|Purpose|Aims?|Background|Introduction|Context|Methods?|"
    r"Methodology|Design(?:/methodology/approach)?|Approach|Materials and methods|Results|Findings|"
    r"Conclusions?(?: and Relevance)?|Relevance|Originality(?:/value)?|Value|Implications|"
    r"Practical implications|Research limitations(?:/implications)?|Limitations|Discussion|"
    r"Предмет|Цель|Задачи|Методология|Методы|Результаты|Выводы(?: и значимость)?|Область применения)"
)
_STRUCTURED = re.compile(rf"^{_STRUCTURED_LABELS}\s*[:.—–-]?\s+(?P<text>\S.*)$")
# A part's label on a line of its own, its text in the paragraph below (ScienceDirect's "Methods").
_STRUCTURED_ALONE = re.compile(rf"^{_STRUCTURED_LABELS}\s*[:.]?$")
_CALLOUT = re.compile(r"[^\W\d_][.,;:)]\d{1,3}(?:\s|$)")  # "a peasant strike.1 The": body text with note calls
_ACKNOWLEDGEMENT = re.compile(r"\b(?:thank|grateful|gratitude|acknowledge|funded by|supported by|благодар)", re.I)
_RU_AUTHOR = re.compile(
    r"^(?P<family>[A-ZА-ЯЁ][\w'’\-]+)\s+(?P<given>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3})(?:\s*,?\s+(?P<aff>\S.*))?$"
)
_INITIALS_FIRST = re.compile(
    r"^(?P<given>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3})\s?(?P<family>[A-ZА-ЯЁ][\w'’\-]+)(?:\s*,?\s+(?P<aff>\S.*))?$"
)
_BYLINE = re.compile(r"^(?:authors?|by|автор(?:ы)?)\s*[:]?\s+(.+)$", re.I)
_AFFILIATION_WORD = re.compile(
    r"\b(?:Universit\w*|Institut\w*|Academy|College|School|Department|Faculty|Centre|Center|Laboratory|"
    r"Ministry|Bank|Agency|Russian Federation|Университет\w*|Институт\w*|Академи\w*|Кафедр\w*|"
    r"Факультет\w*|Центр\w*|Школ\w*|РАН|Росси\w*|Univerzit\w*|Uniwersytet\w*|Ústav\w*|Instytut\w*|Fakult\w*|"
    r"Akademi\w*|Katedr\w*|Wydział\w*)",
    re.I,
)
_BODY_START = re.compile(
    r"^(?:section\s+)?(?:(?:\d+|I)\.?\s*)?(?:introduction|введение|introducción|introdução|introduzione|einleitung|úvod|wstęp|wprowadzenie"
    r"|вступ|кіріспе|киришүү|муқаддима|giriş)"
    r"\s*$", re.I)
# An academic post or degree in words that read as a given and a family name ("Senior Lecturer", "Associate Professor")
_ACADEMIC_RANK = re.compile(r"\b(?:Lecturer|Professor|Docent|Fellow|Researcher|Student|Candidate|Assistant)\b")
_WESTERN_AUTHOR = re.compile(
    r"^(?P<given>[A-ZА-ЯЁ][a-zа-яё]+(?:[\s-][A-ZА-ЯЁ][a-zа-яё]*\.?)*)\s(?P<family>[A-ZА-ЯЁ][\w'’\-]+)[\d*†]*\s*,\s*(?P<aff>\S.*)$"
)
_SEPARATOR = re.compile(r"\s+[|/]\s+|\s*\t\s*")  # tabs part the cells of a copied table row
_NAME_LIST = re.compile(
    rf"^(?:[{_UP}][{_LOW}'’\-]+(?:\s[A-ZА-ЯЁ]\.)*(?:\s(?:de|van|von|der|da|di|le|la))?\s[{_UP}][\w'’\-]+"
    r"(?:[\d*†‡,a-f]{0,4}|\[\d{1,3}\]|\s(?:[\d*†‡]+|[a-f])(?:,\s?(?:[\d*†‡]+|[a-f]))*)(?:\s*(?:,|&|\band\b|\bи\b)\s*|$)){1,12}$"
)
_NAME_SEP = re.compile(r",|&|\band\b|\bи\b")
# affiliation markers and note calls after a name: "Dahl 1", "Bekova a", "Ахметов b)", "Yuldasheva[1]"
_MARKERS = re.compile(r"(?:\s[a-fа-е]\)?|[\d*†‡]|\[\d{1,3}\])+$")
_JOURNAL_CUE = re.compile(
    r"\b(?:Journal|Review|Studies|Quarterly|Bulletin|Proceedings|Annals|Letters|Transactions|Survey|"
    r"Economics|Affairs|Research|Science|Frontiers in|Vestnik|Вестник|Вісник|Веснік|Журнал|Известия|Вопросы|Проблемы)\b",
    re.I,
)


def _name(family: str, given: str) -> dict:
    family = family.strip()
    if len(family) > 1 and family.isupper():
        family = family.title()  # eLibrary prints "ЗАХАРОВ И.В."
    return {"family": family, "given": re.sub(r"(?<=\.)\s+(?=\w{1,2}\.)", "", given.strip())}


def _title_like(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 40 or len(line) > 300:
        return False
    if line.rstrip().endswith((".", ";", ",")) and not line.rstrip().endswith("..."):
        return len(words) <= 25 and not re.search(r"\.\s+[A-Z]", line)
    return sum(ch.isalpha() for ch in line) > 0.6 * len(line)


_RELATED = re.compile(
    r"^(?:похожие (?:темы научных работ|статьи|публикации)|читайте также|related (?:research|articles|content)|"
    r"similar articles|recommended articles|people also read|more like this|you may also like)\b", re.I)


# A title ending in an abbreviation keeps its full stop ("... в 1927–1929 гг.", in capitals "... 2012–2021 ГГ.").
_ABBREVIATED_END = re.compile(r"(?:\b(?i:гг?|вв?|etc)|\bet al)\.$")


def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(line.split()) >= 3 and len(letters) >= 15 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def article_item(lines: list[str], meta: dict[str, list[str]] | None = None, end: int | None = None,
                 footer: list[str] = ()) -> dict | None:
    """The article a page describes, read from its header lines (and meta tags if HTML).

    `end` is where the first reference section starts; `footer` are lines after the
    last one (journals often print their ISSNs there). None when nothing is found.
    A PDF copy's running heads with their page numbers ("216 A. OZOLA AND M. KRASTIŅŠ") are passed
    over; one without a number may be the byline itself ("И.В. Соловьёв").
    """
    meta = meta or {}
    footer = [*footer, *meta.get("html:footer", [])]
    header = [line.strip() for line in lines[: end if end is not None else len(lines)]]
    header = _join_labels(header if meta else _join_wrapped(header))
    item: dict = {"type": "article-journal"}
    custom: dict = {}
    dates: dict[str, dict] = {}
    thesis = None if meta else _dissertation_title_page(header) or _submitted_title_page(header)
    title_page: set[int] = set()
    if thesis:
        fields, roles, title_page = thesis
        item.update(fields)
        for role in roles:
            add_note(item, role)
    authors: list[dict] = []
    affiliations: list[dict] = []
    abstract_parts: list[str] = []
    loose: list[tuple[int, str]] = []     # unlabelled lines: title, journal or abstract candidates
    notes: list[str] = []
    author_at: list[int] = []             # header lines that named the authors
    volume_at = None                      # the "Vol. 49, No. 2" line
    in_abstract = False
    abstract_from = 0                     # abstract parts found before the latest abstract heading
    abstract_line = -9                    # the line of the latest abstract paragraph
    part_label = None                     # a structured abstract's label printed above its paragraph
    abstract_at = None                    # the line of the first abstract heading
    wrapped_at = -9                       # the header line last added to the abstract
    in_related = False                    # under "Похожие темы научных работ", "Related research", ...
    running_heads = set() if meta else _numbered_heads(lines)
    cover_at = None                       # ResearchGate's "Article in <journal> · <date>" under its title
    marks: dict[str, list[str]] = {}      # a Korean byline's affiliation numbers and the names they mark

    for i, line in enumerate(header):
        if _BODY_START.match(line) and not in_contents(header, i) and not _menu_item(header, i) \
                and not _sections_listed(header, i):
            break  # the article body (not "Introduction" in a row of contents links): nothing after it describes the article
        if _RELATED.match(line):
            if abstract_parts and not in_abstract and i + 1 < len(header) and not header[i + 1]:
                # a section of its own after the abstract, its items in paragraphs (PubMed's "Similar articles",
                # then "Cited by"), not a box of titles right under it: all the rest are other articles
                break
            in_related = True  # the titles below, up to a blank line, are other articles
            continue
        if i in title_page or _sections_listed(header, i):
            continue
        if not line or is_chrome(line) or line in running_heads or in_related:
            if not line:
                in_related = False
                if len(abstract_parts) > abstract_from and not part_label:
                    in_abstract = False  # a blank line ends the abstract once it has text under its heading
            continue
        kind = None if meta or cover_at is not None else _PROFILE_KIND.match(line)
        if kind:
            cover_at = i
            if kind.group("container"):
                item.setdefault("container-title", kind.group("container"))
            if date := parse_date(kind.group("date")):
                dates.setdefault("issue", date)
            continue
        # "Sociologický časopis / Czech Sociological Review, 2021, Vol. 57, No. 4": a journal named in two
        # languages over its volume is one piece, not two cells
        cells = [line] if "|" not in line and "\t" not in line and _VOLUME_LINE.match(line) else _SEPARATOR.split(line)
        pieces = [d.strip() for p in cells for d in _split_dates(p)]
        had_volume = "volume" in item
        # a line citing the article keeps its text once its ISSN is read: it may give the title and journal
        leftover = [p for p in pieces if not _labelled(p, item, custom, dates) or _OWN_CITATION.match(p)]
        if not had_volume and "volume" in item:
            volume_at = i
        if not leftover:
            in_abstract = False
            continue
        if len(leftover) < len(pieces):
            line = " | ".join(leftover)
        head = _ABSTRACT_HEAD.match(line)
        if head:
            tabs = names_sections(head.group(1))  # a row of tabs: "Аннотация Список литературы Об авторах"
            alone = not head.group(1) or _BRACKET_ALONE.fullmatch(head.group(1))  # its language at most: "Resumo (English)"
            in_abstract = not in_contents(header, i) and not tabs  # nor "Abstract" in a row of contents links
            # nor a heading alone between short links: a tab of the article's menu (SciELO's "Resumo", "Resumo (English)")
            in_abstract = in_abstract and not (alone and _among_links(header, i))
            abstract_at = i if abstract_at is None and in_abstract else abstract_at
            abstract_from = len(abstract_parts)  # a second abstract (Resumen, then Abstract) starts here
            if head.group(1) and not alone and not head.group(1)[0].islower() and not tabs:
                # lower case goes on the heading: "Аннотация научной статьи по экономике и бизнесу, автор ..."
                abstract_parts.append(head.group(1))
                wrapped_at = i
            continue
        if in_abstract and not meta and wrapped_at == i - 1 and not abstract_parts[-1].endswith((".", "!", "?", ":")):
            abstract_parts[-1] += " " + line  # a PDF copy's column broke the sentence: the paragraph goes on
            wrapped_at = i
            continue
        structured = _STRUCTURED.match(line)
        if structured and structured.group("text")[0].isupper() and (
                abstract_parts or in_abstract or len(line.split()) >= 12):
            abstract_parts.append(f"{structured.group('label')}: {structured.group('text')}")
            in_abstract = True
            continue
        alone = _STRUCTURED_ALONE.match(line)
        if alone and (in_abstract or len(abstract_parts) > abstract_from and abstract_line >= i - 3):
            part_label, in_abstract = alone.group("label"), True  # the next paragraph is that part
            continue
        if in_abstract and len(line.split()) > 6:
            abstract_parts.append(f"{part_label}: {line}" if part_label else line)
            part_label, abstract_line, wrapped_at = None, i, i
            continue
        field = _PERSON_FIELD.match(line)
        if field and author_at and author_at[-1] == max(j for j in range(i) if header[j]):
            # "Должность: ..." / "Аффилиация: ..." / "Адрес: ..." under an author's name (jes.su): that author's
            if field.group("label").lower() in ("affiliation", "аффилиация"):
                last = authors[-1]
                affiliations.append({"author": f"{last['family']} {last['given']}", "affiliation": field.group("value")})
            else:
                add_note(item, line)
            author_at.append(i)  # the next line goes on describing the same author
            continue
        marked = _capitals_byline(line)
        if marked:
            authors.extend(marked)
            author_at.append(i)
            continue
        korean = _hangul_byline(line, header[i + 1] if i + 1 < len(header) else "")
        if korean:  # each name one unsplit name, as the parser reads Korean names
            authors.extend({"literal": name} for name, _, _ in korean)
            affiliations.extend({"author": name, "affiliation": aff} for name, _, aff in korean if aff)
            marks = {mark: [name for name, numbers, _ in korean if mark in numbers] for _, numbers, _ in korean
                     for mark in numbers if mark}
            author_at.append(i)
            continue
        numbered = _NUMBERED_AFFILIATION.match(line) if marks and author_at and author_at[-1] == i - 1 else None
        if numbered and numbered.group(1) in marks:  # under a Korean byline, the affiliation its numbers point to
            affiliations.extend({"author": name, "affiliation": numbered.group(2)} for name in marks[numbered.group(1)])
            author_at.append(i)
            continue
        byline = _BYLINE.match(line)
        named = byline.group(1) if byline else line
        listed = (_initials_names(byline.group(1), 1) if byline else _initials_names(line)) or _patronymic_names(named)
        if listed or (_NAME_LIST.match(named) and (byline or _NAME_SEP.search(named))):
            names = listed or _given_family_names(named)
            if not _other_script(authors, names):  # not the same authors again, as the English block prints them
                authors.extend(names)
            author_at.append(i)
            continue
        if _NAME_LIST.match(line) and _MARKERS.search(line):
            authors.extend(_given_family_names(line))  # one author, marked by a note call: "Shahnoza Yuldasheva[1]"
            author_at.append(i)
            continue
        if line.isupper() and 2 <= len(line.split()) <= 3 and line.split()[0].lower() in GIVEN_NAMES:
            authors.extend(_given_family_names(line.title()))  # a PDF's byline in capitals: "ELENA MARKOVA"
            author_at.append(i)
            continue
        person = _author_line(line)
        if person:
            name, printed, aff = person
            authors.append(name)
            author_at.append(i)
            if aff:
                affiliations.append({"author": printed, "affiliation": aff})
            continue
        loose.append((i, line))

    _apply_meta(item, meta, authors, affiliations, dates)
    title_at = None
    # an acknowledgement ("We are grateful to ...") is never the title
    # nor a label over what it names ("Corresponding author:")
    candidates = [(i, l) for i, l in loose if _title_like(l) and not is_chrome(l) and not _ACKNOWLEDGEMENT.search(l)
                  and not _FIELD_ROW.match(header[i]) and not l.endswith(":")]
    cited = _own_citation(loose, candidates) if not item.get("title") else None
    # A PDF copy opens with the title, wrapped over a line or two, then the byline: the lines
    # above the first author are the title ("Paper Kolkhozes: ... the Village" / "Soviet in ...").
    top = [(i, l) for i, l in loose if author_at and i < author_at[0]]
    opening = (not meta and top and author_at[0] <= 3 and [i for i, _ in top] == list(range(author_at[0]))
               and not any(_JOURNAL_CUE.search(l) or l.endswith(".") for _, l in top))
    cover = _title_block(header, loose, [cover_at]) if cover_at is not None and not item.get("title") else []
    if cover:  # the cover sheet's title, wrapped over lines right above the kind of work it is
        title_at, item["title"] = cover[0][0], " ".join(l for _, l in cover)
        loose = [(i, l) for i, l in loose if i not in {j for j, _ in cover}]
    elif cited:
        (title_at, item["title"]), citation = cited
        _fill_from_own_citation(citation, item, dates)
    elif not item.get("title") and opening:
        title_at, item["title"] = top[0][0], " ".join(l for _, l in top)
        loose = [(i, l) for i, l in loose if i >= author_at[0]]
    elif not item.get("title") and not meta and (
            block := _title_block(header, loose, author_at) or _title_over_abstract(header, loose, author_at, abstract_at)
    ) and not [c for c in candidates if (_next_line(header, c[0]) in author_at or _names_below(header, c[0]))
               and (c[0] not in dict(block) or any(_JOURNAL_CUE.search(l) for _, l in block))]:
        # (the block's last line may be the one above the byline itself, when no line of it names a journal)
        title_at, item["title"] = block[0][0], " ".join(l for _, l in block)
        loose = [(i, l) for i, l in loose if i not in {j for j, _ in block}]
    elif not item.get("title"):
        if candidates:
            # the line just above the authors is the title; else the longest title-like line
            # a title printed in capitals beats mixed-case site text (recommended titles, menus)
            above = [c for c in candidates if _next_line(header, c[0]) in author_at or _names_below(header, c[0])]
            capitals = [c for c in candidates if _in_capitals(c[1]) and not _JOURNAL_CUE.search(c[1])]
            title_at, title = above[0] if above else max(
                capitals or candidates, key=lambda c: (len(c[1].split()) if len(c[1].split()) <= 30 else 0, -c[0]))
            # a title in the page's language over its English translation, then the authors (or, with no
            # byline below, a line of about its length: jes.su's title over its translation, then labelled fields)
            original = [c for c in candidates if c[0] == title_at - 1 and title.isascii() and not c[1].isascii()
                        and (above or 0.5 <= len(c[1].split()) / len(title.split()) <= 2
                             and not _JOURNAL_CUE.search(c[1]))]  # not a journal named in two languages
            cited_title = None if original or not title.isascii() else _title_the_citation_names(header, title_at)
            if original:
                title_at, title = original[0]
            elif cited_title:  # whole: its lines wrapped are read
                title_at, title = cited_title
            start = [(i, l) for i, l in loose if i == title_at - 1 and _in_capitals(l) and not _JOURNAL_CUE.search(l)]
            if start and above and (_in_capitals(title) or len(title.split()) <= 4):
                # the line above the authors ends a title in capitals ("... НА УРАЛЕ" / "В 1927–1929 гг.")
                title_at, title = start[0][0], f"{start[0][1]} {_MARKERS.sub('', title).rstrip()}"
                loose = [(i, l) for i, l in loose if i != title_at + 1]
            # a title in capitals goes on over the next line (a PDF copy's narrow column), and so does one whose
            # next line opens in lower case ("Water, cotton and the state: Irrigation" / "governance in ...";
            # not a byline's "by")
            wrapped = [l for i, l in loose if not cited_title and i == title_at + 1 and (
                _in_capitals(title) and _in_capitals(l) or not meta and l[:1].islower() and not l.startswith("by ")
                and _title_like(l) and not title.endswith((".", "?", "!")))]
            if wrapped:
                title = f"{title} {_MARKERS.sub('', wrapped[0]).rstrip()}"
                loose = [(i, l) for i, l in loose if i != title_at + 1]
            item["title"] = title if _ABBREVIATED_END.search(title) else title.rstrip(".")
    else:
        title_at = next((i for i, l in loose if l.rstrip(".") == item["title"]), None)
    if title_at is not None and not item.get("container-title"):
        before = [c for c in candidates if c[0] < title_at and "|" not in c[1] and len(c[1].split()) <= 15
                  and not _DRAFT_NOTICE.search(c[1])]
        journals = [c for c in before if _JOURNAL_CUE.search(c[1])]
        # "Slavic Review" printed just above its "Vol. 49, No. 2 (Summer, 1990)" line
        beside = [(i, l) for i, l in loose if volume_at is not None and i != title_at
                  and _next_line(header, i) == volume_at and len(l.split()) <= 12]
        chosen = journals or beside or before
        named = _named_in_page_title(item["title"], meta) if not journals else None
        if named:
            item["container-title"] = named
        elif chosen:
            at, journal = chosen[-1]
            series = _next_line(header, at)
            if series is not None and series != title_at and _SERIES_LINE.match(header[series]):
                # a Vestnik's series printed on the line below its name: "ВЕСТНИК Евразийского национального
                # университета имени Л.Н. Гумилева." / "Серия Политические науки. Регионоведение. ..."
                journal = f"{journal.rstrip('.')}. {header[series]}"
            item["container-title"] = journal
    if not item.get("container-title") and not item.get("archive") and meta.get("og:site_name"):
        item["container-title"] = meta["og:site_name"][0]  # often the platform, so only as a last resort
    if title_at is not None and not authors:
        # "Maria Kowalska & Jonas Becker" just under the title, or one name a line: with "&" between
        # them (a Taylor & Francis page copied as text) or each over an affiliation and e-mail (ar5iv)
        used, limit, previous = [], title_at + 4, None
        for i, line in loose:
            if not title_at < i <= limit:
                continue
            if _NAME_LIST.match(line.rstrip(" ;")):  # IEEE Xplore: "Timur Zhaksylykov;" over the next name
                authors.extend(_given_family_names(line))
                used.append(i)
                limit, previous = i + 3, (i, line)
            elif previous and previous[0] == used[-1] and len(line) < 200 and _AFFILIATION_WORD.search(line):
                affiliations.append({"author": previous[1], "affiliation": line})
                used.append(i)
                limit = i + 4
            elif used and affiliations and _ORCID.fullmatch(line.strip()):
                affiliations[-1]["orcid"] = line.strip()  # OJS prints each author's ORCID link under the affiliation
                used.append(i)
                limit = i + 3
            elif used and line.strip() not in ("&", "and", ",") and not _EMAIL.fullmatch(line.strip()):
                break
        loose = [(j, l) for j, l in loose if j not in used]
    elif len(affiliations) < len(authors):
        used = _affiliations_under_names(header, loose, authors, affiliations)
        loose = [(j, l) for j, l in loose if j not in used]
    if cited and not authors:  # no byline on the page: the citation's names ("Dzhumabaeva, A. and Whitfield, T.")
        for part in _CITED_NAME_SEP.split(cited[1].group("names")):
            if name := _CITED_NAME.match(part):
                authors.append(_name(name.group(1), name.group(2).strip()))
    for i, line in loose:
        if i == title_at or line in (item.get("container-title"), item.get("title")):  # PLOS repeats its title in a bar
            continue
        if (len(line.split()) >= 25 and not abstract_parts and not _ACKNOWLEDGEMENT.search(line)
                and not _CALLOUT.search(line)):
            abstract_parts.append(line)
        elif len(line.split()) >= 8 or _DRAFT_NOTICE.search(line):  # a short draft notice is the manuscript's status
            notes.append(line)
    for line in _join_labels(_join_cite_this([line.strip() for line in footer])):
        for piece in _split_dates(line):  # Frontiers: "Received: 02 November 2022; Accepted: 20 February 2023;"
            _labelled(piece.strip(" ;"), item, custom, dates, footer=True)

    # CyberLeninka prints the abstract above the text and again (or its opening) under "Аннотация"
    printed = "\n".join(part for n, part in enumerate(abstract_parts) if not any(part in other for other in abstract_parts[:n]))
    if printed and (not item.get("abstract") or _opening_of(item["abstract"], printed)):
        item["abstract"] = printed  # a meta tag's description may be the abstract's first sentence alone (Annual Reviews)
    if authors and not item.get("author"):
        # the same names on a PDF copy's cover and on its first page ("Anna Ozola & Mārtiņš Krastiņš",
        # "Anna Ozola a and Mārtiņš Krastiņš b") are one byline
        item["author"] = _untransliterated(_distinct(authors))
    if item.get("author") and footer:
        _fuller_names(item["author"], footer, affiliations)
    if affiliations:
        custom["affiliations"] = affiliations
        for entry in affiliations:
            add_note(item, f"Affiliation: {entry['author']}: {entry['affiliation']}")
            if "orcid" in entry:
                add_note(item, f"ORCID: {entry['author']}: {entry['orcid']}")
    _apply_dates(item, custom, dates)
    for line in notes:
        add_note(item, line)
    if custom:
        item["custom"] = custom
    found = set(item) - {"type", "custom", "note"}
    if not found & {"title", "DOI", "author", "container-title"}:
        return None
    return item


# A Russian dissertation's or its abstract's (автореферат) title page: "На правах рукописи", the author's name
# ("ТОКТОСУНОВА Айпери Бакытбековна"), the title, "Специальность ...", "АВТОРЕФЕРАТ" / "диссертации на соискание
# ученой степени кандидата политических наук", "Москва – 2023"; then the people of the defence, who are no authors.
_MANUSCRIPT_RIGHTS = re.compile(r"^на правах рукописи$", re.I)
_RU_FULL_NAME = re.compile(r"^([А-ЯЁ][А-ЯЁа-яё-]+)\s+([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?)$")
_DISSERTATION_KIND = re.compile(r"^(?:автореферат|диссертация)\b", re.I)
_SPECIALTY = re.compile(r"^специальност(?:ь|и)\b", re.I)
_PLACE_YEAR = re.compile(r"^([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)?)\s*[–—-]\s*((?:19|20)\d\d)(?:\s*г\.)?$")
_DEFENCE_ROLE = re.compile(r"^(?:научный руководитель|научный консультант|официальные оппоненты|официальный оппонент|"
                           r"ведущая организация|уч[её]ный секретарь)\b", re.I)
_QUOTED_NAME = re.compile(r"«([^«»]+(?:«[^«»]+»[^«»]*)?)»")


def _dissertation_title_page(header: list[str]) -> tuple[dict, list[str], set[int]] | None:
    """A dissertation title page's fields (type thesis, author, title, genre, place, year, the university where the
    work was done), the defence's people as note lines, and the lines read; None when the page has none."""
    start = next((i for i, line in enumerate(header[:30]) if _MANUSCRIPT_RIGHTS.match(line)), None)
    if start is None:
        return None
    rest = [i for i in range(start + 1, len(header)) if header[i]]
    named = _RU_FULL_NAME.match(header[rest[0]]) if rest else None
    if not named:
        return None
    family = "-".join(p.capitalize() for p in named.group(1).split("-")) if named.group(1).isupper() else named.group(1)
    fields: dict = {"type": "thesis", "author": [_name(family, named.group(2))]}
    used = {start, rest[0]}
    title, i = [], rest[0] + 1
    while i < len(header) and not header[i]:
        i += 1
    while i < len(header) and header[i] and not (_SPECIALTY.match(header[i]) or _DISSERTATION_KIND.match(header[i])):
        title.append(header[i])
        used.add(i)
        i += 1
    if not title:
        return None
    fields["title"] = " ".join(title)
    roles, role = [], None
    for j in range(i, len(header)):
        line = header[j]
        if not line:
            role = None
            continue
        if _DISSERTATION_KIND.match(line) and "genre" not in fields:
            genre = [line]
            k = j + 1
            while k < len(header) and header[k]:
                genre.append(header[k])
                k += 1
            text = " ".join(genre)
            fields["genre"] = text[0] + text[1:].lower() if genre[0].isupper() else text
            used.update(range(j, k))
        elif (place := _PLACE_YEAR.match(line)) and "issued" not in fields:
            fields["publisher-place"], fields["issued"] = place.group(1), {"date-parts": [[int(place.group(2))]]}
            used.add(j)
        elif line.lower().startswith("работа выполнена") and (quoted := _QUOTED_NAME.search(
                " ".join(header[j:next((k for k in range(j, len(header)) if not header[k]), len(header))]))):
            fields["publisher"] = quoted.group(1)
        elif _DEFENCE_ROLE.match(line) or _SPECIALTY.match(line):
            roles.append(line)
            role = len(roles) - 1
            used.add(j)
        elif role is not None:
            roles[role] += " " + line
            used.add(j)
    return fields, [re.sub(r"\s+", " ", role) for role in roles], used


# An English-language dissertation's or thesis's title page: the title, "by", the author's name, then "A dissertation
# submitted in partial fulfillment of the requirements for the degree of" / "Doctor of Philosophy" / "(Political
# Science)" / "in The University of Michigan" (or "at the" / "UNIVERSITY OF WISCONSIN–MADISON") / "2019", and the
# committee ("Doctoral Committee:", its members one a line), who are no authors.
_SUBMITTED = re.compile(r"^(?:an? )?(?:(?:doctoral |master['’]s )?dissertation|thesis) (?:submitted|presented)\b|"
                        r"^(?:submitted|presented) in partial fulfil", re.I)
_DEGREE_OF = re.compile(r"\bdegree of\b\s*", re.I)
_AT_UNIVERSITY = re.compile(r"^(?i:in|at)\s+(?:the\s+|the$)?")  # "The University of Michigan" keeps its "The"
_YEAR_ALONE = re.compile(r"^(?:[A-Z][a-z]+,?\s+)?((?:19|20)\d\d)$")  # "2019", "May 2019"
# "Doctoral Committee:", "The dissertation is approved by the following members of the Final Oral Committee:"
_COMMITTEE = re.compile(r"^.{0,80}\bcommittee:$", re.I)


def _submitted_title_page(header: list[str]) -> tuple[dict, list[str], set[int]] | None:
    """An English-language dissertation's title page as _dissertation_title_page reads a Russian one: the title and
    author above its "submitted in partial fulfillment" statement, the degree (genre), university and year in it, the
    committee as note lines; None when the page has none."""
    cue = next((i for i, line in enumerate(header[:40]) if _SUBMITTED.match(line)), None)
    if cue is None:
        return None
    above = [i for i in range(cue) if header[i]]
    by = next((i for i in above if header[i].lower() == "by"), None)
    if by is None or not (authors := [i for i in above if i > by]) or len(authors) > 1 or not any(i < by for i in above):
        return None
    fields: dict = {"type": "thesis", "title": " ".join(header[i] for i in above if i < by),
                    "author": _given_family_names(header[authors[0]])}
    used = {*above, cue}
    degree: list[str] | None = None
    j = cue
    while j < min(len(header), cue + 12) and "issued" not in fields:  # to its year, over blank lines
        line = header[j]
        if not line:
            j += 1
            continue
        used.add(j)
        if degree is None and (of := _DEGREE_OF.search(line)):
            degree = [line[of.end():]] if line[of.end():] else []
        elif year := _YEAR_ALONE.match(line):
            fields["issued"] = {"date-parts": [[int(year.group(1))]]}
        elif degree is not None and "publisher" not in fields and (at := _AT_UNIVERSITY.match(line)):
            rest = line[at.end():] or (header[j + 1] if j + 1 < len(header) else "")
            if rest and not line[at.end():]:
                used.add(j + 1)
                j += 1
            fields["publisher"] = rest
        elif degree is not None and "publisher" not in fields:
            degree.append(line)
        j += 1
    if degree:
        fields["genre"] = " ".join(degree)
    roles = []
    for k in range(j, min(len(header), j + 6)):
        if _COMMITTEE.match(header[k]):
            first = next((m for m in range(k + 1, min(len(header), k + 3)) if header[m]), len(header))
            members = list(range(first, next((m for m in range(first, len(header)) if not header[m]), len(header))))
            roles = [header[k] + " " + "; ".join(header[m] for m in members)]
            used.update([k, *members])
            break
    return fields, roles, used


# ResearchGate's cover sheet names the work's kind and where it appeared under the title it prints
# ("Article in Journal of Eurasian Studies · August 2021", "Conference Paper · June 2019").
_PROFILE_KIND = re.compile(
    r"^(?:Article|Conference Paper|Chapter|Book|Preprint|Thesis|Technical Report|Working Paper|Research|Presentation)"
    r"(?: in (?P<container>[^·]{2,200}?))?\s+·\s+(?P<date>(?:[A-Z][a-z]+ )?(?:19|20)\d\d)$")
_JOURNAL_LABEL = re.compile(r"^(?:(?:journal|журнал|название журнала|source|источник|published in)\s*:|from the journal\b)\s*",
                            re.I)
_CITE_AS = re.compile(
    r"^(?:для цитирования|(?:как )?цитировать(?: статью)?|ссылка на (?:эту )?статью|як цитувати|для цитування|for citation|how to cite(?: this article)?|"
    r"qanday iqtibos keltirish kerak|цитата үчүн|"  # OJS's "How to Cite" in Uzbek; Kyrgyz "For citation"
    r"(?:to )?cite this (?:article|chapter)(?: as)?)\s*:\s*(.+)$", re.I)  # "To cite this article:" on a T&F PDF's cover
_JOURNAL_LINE = re.compile(
    r"^(?P<name>[^\d,;:]{2,80}?)\s+(?P<year>(?:19|20)\d\d),\s*(?P<vol>\d+)\s*(?:\((?P<iss>[\w\-–]+)\))?,\s*"
    r"(?P<page>[\w\-–]+)\s*(?:;|$)")
_CHICAGO_JOURNAL_LINE = re.compile(
    r"^(?P<name>[A-Z][^\d]{2,100}?)\s+(?P<vol>\d+),?\s+(?:no\.\s*)?(?P<iss>\d+[\w–-]*)\s+"
    r"\((?:[A-Za-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\):\s*(?P<page>\d+\s*[–—-]\s*\d+)\.?$")
_GOST_JOURNAL = re.compile(r"//\s*([^/]+?)\.\s*(?:19|20)\d\d\b")  # "... // Экономика региона. 2021."
# GOST's dash between areas before the journal (Polis: "Title? – Полис. Политические исследования. 2022. № 3.")
_GOST_DASH_JOURNAL = re.compile(r"\s[–—]\s+([^–—/]+?)\.\s*(?:19|20)\d\d\b")
_NEXT_DATE = re.compile(  # after a comma, a semicolon or a date's full stop ("14.02.2023. Доработана: ...")
    r"(?:[,;]|(?<=\d)\.)\s+(?=(?:received|revised|accepted|available online|published|first published|version of record|"
    r"date of publication|publication date|online publication date|date of current version|"
    r"(?:статья\s+)?(?:поступила|доработана|после доработки|принята|одобрена|опубликована))\b)", re.I)


# A manuscript's notice of its status over its title ("DRAFT 4 – not for circulation or citation", "Working draft,
# please do not cite"): no journal's name.
_DRAFT_NOTICE = re.compile(r"\b(?:(?:working |first |second |final )?draft\b|do not (?:cite|circulate|quote|distribute)|"
                           r"not (?:for|to be) (?:circulat|cit|quot|distribut)\w*|confidential\b)", re.I)


def _named_in_page_title(title: str, meta: dict[str, list[str]]) -> str | None:
    """The journal or proceedings the page's <title> names after the article's own title ("“Cash Is
    Still King at the Bazaar”: ... | Proceedings of the 2023 CHI Conference on ..."), if it reads as one."""
    for whole in (meta.get("html:title") or []) + (meta.get("og:title") or []):
        if whole.startswith(title) and whole[len(title):].lstrip()[:1] == "|":
            name = whole[len(title):].strip(" |").split(" | ")[0].strip()
            if _JOURNAL_CUE.search(name):
                return name
    return None


def _split_dates(piece: str) -> list[str]:
    """"Received 14 March 2022, Revised 2 November 2022, Accepted ..." as one piece per date."""
    if any(label.match(piece) for label, _ in _DATE_LABELS):
        return _NEXT_DATE.split(piece)
    return [piece]


def _title_block(header: list[str], loose: list[tuple[int, str]], author_at: list[int]) -> list[tuple[int, str]]:
    """A PDF copy's title wrapped over two or three lines right above the byline (a blank line between
    them at most), after a blank line ("Language, Loyalty and the Licence: Regulating Russian-Language" / "Television in Latvia,
    2014–2020" / "Anna Ozola a and Mārtiņš Krastiņš b"); [] when the lines there are not one."""
    unlabelled = dict(loose)
    for first_author in author_at:
        end = first_author - 1 if first_author and not header[first_author - 1] else first_author  # a blank between
        start = end
        while start - 1 in unlabelled and end - start < 3 and not unlabelled[start - 1].endswith("."):
            start -= 1
        block = [(i, unlabelled[i]) for i in range(start, end)]
        if len(block) >= 2 and (start == 0 or not header[start - 1]) \
                and _title_like(" ".join(l for _, l in block)) and not _in_capitals(block[0][1]):
            return block
    return []


_SERIES_LINE = re.compile(rf"^(?:{JOURNAL_SERIES}|Series)\s+\S")


def _title_over_abstract(header: list[str], loose: list[tuple[int, str]], author_at: list[int],
                         abstract_at: int | None) -> list[tuple[int, str]]:
    """A PDF copy's title printed below the byline and its affiliations, one to three lines between
    blank lines right above the abstract (Kazakh university bulletins: "А.Е. Жумабекова1*, Д.С. Омаров2",
    the affiliations, then "ОДКБ и ЕАЭС во внешней политике Казахстана: многовекторность" / "в условиях
    региональной нестабильности", then "Аннотация. ..."); [] when the lines there are not one."""
    if abstract_at is None or not author_at or abstract_at < author_at[0]:
        return []
    unlabelled = dict(loose)
    end = abstract_at - 1 if not header[abstract_at - 1] else abstract_at
    start = end
    while start - 1 in unlabelled and end - start < 3 and not unlabelled[start - 1].endswith("."):
        start -= 1
    block = [(i, unlabelled[i]) for i in range(start, end)]
    if block and start > author_at[0] + 1 and not header[start - 1] and _title_like(" ".join(l for _, l in block)) \
            and not _in_capitals(block[0][1]) and not any(_EMAIL.search(l) for _, l in block):
        return block  # (a title in capitals is found as one; its note call dropped)
    return []


def _among_links(header: list[str], i: int) -> bool:
    """Are the lines with text right above and below header[i] short, one to three words, as links in a menu are?"""
    above = next((k for k in range(i - 1, max(-1, i - 4), -1) if header[k]), None)
    below = _next_line(header, i)
    return above is not None and below is not None and all(
        len(header[k].split()) <= 3 and not _STRUCTURED_ALONE.match(header[k]) for k in (above, below))


def _next_line(header: list[str], i: int) -> int | None:
    """The index of the next header line with content (blank lines and chrome skipped)."""
    for j in range(i + 1, min(i + 6, len(header))):
        if header[j] and not is_chrome(header[j]):
            return j
    return None


# A numbered section's heading: "II. The Central Asian Power System", "2 Methods" (no comma: not an affiliation)
_SECTION_NUMBERED = re.compile(r"^(?P<n>\d{1,2}|[IVX]{1,5})\.?\s+[^\W\d_][^.,;]{0,80}$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _section_number(line: str) -> int | None:
    found = _SECTION_NUMBERED.match(line)
    if not found:
        return None
    n = found.group("n")
    return int(n) if n.isdigit() else _ROMAN.get(n)


def _sections_listed(header: list[str], i: int) -> bool:
    """Is header[i] one of the article's sections listed as links (IEEE Xplore's "Document Sections": "I. Introduction",
    "II. The Central Asian Power System", ...), the section before or after it on the next line with text, no
    paragraph between? Neither the body's start nor a name."""
    n = _section_number(header[i])
    if n is None:
        return False
    before = next((k for k in range(i - 1, max(-1, i - 4), -1) if header[k]), None)
    after = next((k for k in range(i + 1, min(i + 4, len(header))) if header[k]), None)
    return (before is not None and _section_number(header[before]) == n - 1) or \
        (after is not None and _section_number(header[after]) == n + 1)


def _menu_item(header: list[str], i: int) -> bool:
    """Is header[i] an entry of the site's menu (a Czech site's "Úvod", its home page), the line below it chrome?"""
    j = next((k for k in range(i + 1, min(i + 6, len(header))) if header[k]), None)
    return j is not None and is_chrome(header[j])


def _names_below(header: list[str], i: int) -> bool:
    """Is line i above one author's name on a line of its own, followed by the name's affiliation,
    e-mail address or an "&" before the next name? That is the title's place, above a rubric in
    capitals ("HISTORY OF THE SOVIET PERIOD") and other page text."""
    j = _next_line(header, i)
    if j is None or not _NAME_LIST.match(header[j]) or _AFFILIATION_WORD.search(header[j]):
        return False  # not "Российская Федерация", the end of an affiliation
    k = _next_line(header, j)
    return k is not None and (header[k] in ("&", "and") or bool(_AFFILIATION_WORD.search(header[k]))
                              or bool(_EMAIL.fullmatch(header[k])))


_LIST_LABEL = re.compile(rf"^(?:{_KEYWORDS_LABEL}|{_JEL_LABEL})\s*:?$", re.I)
_LONE_LABEL = re.compile(
    rf"^(?:(?:{_KEYWORDS_LABEL}|{_JEL_LABEL}|doi|received|accepted|"
    r"revised|published(?: online)?|available online|publication date|submission date|acceptance date|gönderilme tarihi|geliş tarihi|kabul tarihi|yayımlanma tarihi|yayın tarihi|nashr qilingan|pages?|поступила(?: в редакцию)?|"
    r"принята(?: к публикации)?|получено|дата публикации|страницы|выпуск|название журнала|"
    r"how to cite(?: this article)?|qanday iqtibos keltirish kerak|для цитирования|(?:как )?цитировать(?: статью)?|for citation)\s*:?"  # OJS's "How to Cite" over the citation
    r"|(?:journal|журнал|authors?(?:/creators)?|creators|авторы)\s*:)$",  # a bare "Journal" is a menu item: these need the colon
    re.I,
)


# Bare labels whose value is a number or date: over a line without a digit they are menu items.
_NUMBER_LABEL = re.compile(r"^(?:pages?|publication date|получено|дата публикации|страницы|выпуск)$", re.I)

_HYPHENATED = re.compile(r"[^\W\d_]-$")

# A repository record's authors, one a line under the label, family name first (EPrints' "Authors/Creators:",
# DSpace's "Authors:"): "Dzhumabaeva, Aida", "Whitfield, Thomas ORCID logo https://orcid.org/0000-..."
# A line describing the author named above it on a record page, under its label: "Аффилиация: Институт экономики РАН".
_PERSON_FIELD = re.compile(r"^(?P<label>affiliation|address|position|аффилиация|адрес|должность)\s*:\s*(?P<value>\S.*)$",
                           re.I)
_AUTHORS_LABEL = re.compile(r"^(?:authors?(?:/creators)?|creators)\s*:$", re.I)
_INVERTED_NAME = re.compile(
    rf"^(?P<family>[{_UP}][{_LOW}'’\-]+(?:[ -][{_UP}][{_LOW}'’\-]+)?),\s+"
    rf"(?P<given>[{_UP}][{_LOW}'’\-]*\.?(?:[\s-][{_UP}][{_LOW}'’\-]*\.?){{0,2}})"
    r"(?:\s+(?:ORCID\b.*|(?:https?://)?orcid\.org/\S+))?$")


def _join_wrapped(header: list[str]) -> list[str]:
    """A PDF copy's header lines joined where the column wrapped them: words hyphenated at
    line ends ("ИНВЕСТИЦИ-" / "ОННАЯ"), so a title, keyword list or affiliation reads whole,
    a keyword list broken after a comma ("..., Центральная Азия," / "региональная безопасность.") or inside a
    keyword, the next line in lower case ("..., Евразия экономикалык" / "биримдиги, Кыргызстан."),
    and the page's own citation ("Для цитирования: ...") up to the blank line after it."""
    out: list[str] = []
    citing = False
    for line in header:
        if out and _HYPHENATED.search(out[-1]) and line[:1].isalpha():
            out[-1] = out[-1][:-1] + line
        elif out and line and (out[-1].endswith((",", ";")) or not out[-1].endswith(".") and line[:1].islower()) \
                and _KEYWORDS.match(out[-1]):
            out[-1] += " " + line
        elif citing and line:
            out[-1] += ("" if out[-1].endswith("-") else " ") + line
        else:
            out.append(line)
            citing = bool(_CITE_AS.match(line))
    return out


# A row of citation-style tabs ("MLA APA Harvard Chicago Vancouver") over the page's own citation.
_STYLE_TABS = re.compile(r"^(?:(?:MLA|APA|Harvard|Chicago|Vancouver|IEEE|AMA|ACS|Turabian|ГОСТ|ABNT)\s*){3,}$")


def _join_labels(header: list[str]) -> list[str]:
    """A label printed on its own line ("Keywords", then the list below) joined to its value, and the
    citation under a row of style tabs labelled as the page's own."""
    out = list(header)
    for i, line in enumerate(out):
        names = _inverted_names(out, i) if _AUTHORS_LABEL.match(line) else {}
        if names:  # read as a byline, given names first
            out[i] = "Authors: " + ", ".join(f"{m.group('given')} {m.group('family')}" for m in names.values())
            for k in names:
                out[k] = ""
            continue
        if _STYLE_TABS.match(line) and i + 1 < len(out) and out[i + 1]:
            out[i], out[i + 1] = f"Cite this article: {out[i + 1]}", ""
            continue
        if _LONE_LABEL.match(line):
            j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k]), None)
            if j is not None and not _LONE_LABEL.match(out[j]) and not (
                    _NUMBER_LABEL.match(line) and not re.search(r"\d", out[j])) \
                    and not ends_section(out[j]):  # "Выпуск" in a menu over "Архив"; "Keywords" over "Metrics" in tabs
                values = [j]
                if _LIST_LABEL.match(line) and not re.search(r"[,;]", out[j]):
                    values += _list_items(out, j)  # an HTML list: one keyword per line
                out[i] = f"{line.rstrip(':')}: " + "; ".join(out[k] for k in values)
                for k in values:
                    out[k] = ""
    return out


def _inverted_names(out: list[str], i: int) -> dict[int, re.Match]:
    """The name lines right under the authors label out[i], each "Family, Given" ({} if the first is not)."""
    found = {}
    for k in range(i + 1, min(i + 40, len(out))):
        match = _INVERTED_NAME.match(out[k])
        if not match:
            break
        found[k] = match
    return found


_CITE_THIS = re.compile(r"^cite this (?:article|chapter)$", re.I)


def _join_cite_this(footer: list[str]) -> list[str]:
    """Springer's "Cite this chapter" over the citation, below the references, joined to it. Only
    there: in a header it is a button over whatever comes next (the abstract on Taylor & Francis)."""
    out = list(footer)
    for i, line in enumerate(out[:-1]):
        if _CITE_THIS.match(line) and out[i + 1]:
            out[i], out[i + 1] = f"{line}: {out[i + 1]}", ""
    return out


def _list_items(out: list[str], j: int) -> list[int]:
    """The short item lines after out[j] that continue a one-item-per-line keyword list."""
    found = []
    for k in range(j + 1, min(j + 40, len(out))):
        line = out[k]
        if not line:
            continue
        if (len(line.split()) > 5 or line.endswith(".") or _LONE_LABEL.match(line) or _ABSTRACT_HEAD.match(line)
                or _BODY_START.match(line) or re.match(r"\d", line) or is_chrome(line)):
            break
        found.append(k)
    return found


def _opening_of(teaser: str, text: str) -> bool:
    """Is the teaser (a meta tag's description) the opening of the longer text, an ellipsis aside?"""
    start, whole = " ".join(teaser.split()).rstrip(" .…"), " ".join(text.split())
    return len(whole) > len(start) and whole.startswith(start) and not whole[len(start)].isalnum()


def _labelled(piece: str, item: dict, custom: dict, dates: dict, footer: bool = False) -> bool:
    """Read one labelled header field into the item; True if the piece was one."""
    if not piece:
        return False
    for issn in _ISSN.findall(piece):
        issns = [s for s in item.get("ISSN", "").split(", ") if s]
        if issn.upper() not in issns:
            item["ISSN"] = ", ".join(issns + [issn.upper()])
    if _ISSN.search(piece):
        return True
    if footer:
        # Springer prints dates, keywords and JEL codes under "About this article", below the
        # references; DOIs and volumes down there belong to recommended articles, not this one
        if _KEYWORDS.match(piece) and "keyword" in item or _JEL.match(piece) and "jel" in custom:
            return False  # the header's own list wins
        cited = _CITE_AS.match(piece)
        if cited:  # "Cite this chapter" under "About this chapter": the page's own citation
            _fill_from_citation(cited.group(1), item, dates)
            return True
        return any(label.match(piece) for label, _ in _DATE_LABELS) and _date_field(piece, dates) \
            or bool(_KEYWORDS.match(piece) or _JEL.match(piece)) and _labelled(piece, item, custom, dates)
    named = _JOURNAL_LABEL.match(piece)
    if named:
        # eLibrary's "ЖУРНАЛ: ВОПРОСЫ ...", CyberLeninka's "Журнал: Экономика региона, 2021, Том 17, № 2"
        rest = piece[named.end():].strip()
        if rest and not _labelled(rest, item, custom, dates):
            item["container-title"] = rest.rstrip(".")
        return bool(rest)
    cited = _CITE_AS.match(piece)
    if cited:
        _fill_from_citation(cited.group(1), item, dates)
        return True
    chicago = _CHICAGO_JOURNAL_LINE.match(piece)
    if chicago:
        # A PDF's header "Kritika: Explorations in Russian and Eurasian History 22, 3 (Summer 2021): 511–38."
        item.setdefault("container-title", chicago.group("name").strip())
        item.setdefault("volume", chicago.group("vol"))
        item.setdefault("issue", chicago.group("iss"))
        item.setdefault("page", re.sub(r"\s*[–—-]\s*", "-", chicago.group("page")))
        dates.setdefault("issue", {"date-parts": [[int(chicago.group("year"))]]})
        return True
    journal = _JOURNAL_LINE.match(piece)
    if journal:
        # MDPI's "Sustainability 2023, 15(4), 3121; https://doi.org/..."
        item.setdefault("container-title", journal.group("name").strip())
        item.setdefault("volume", journal.group("vol"))
        if journal.group("iss"):
            item.setdefault("issue", journal.group("iss"))
        item.setdefault("page", journal.group("page"))
        dates.setdefault("issue", {"date-parts": [[int(journal.group("year"))]]})
        doi = _DOI.search(piece)
        if doi:
            item.setdefault("DOI", doi.group(1))
        return True
    doi = _DOI.search(piece)
    if doi and (re.match(r"^(?:doi|https?://(?:dx\.)?doi\.org/)", piece, re.I) or len(piece) < 80):
        item.setdefault("DOI", doi.group(1))
        return True
    if _date_field(piece, dates):
        return True
    pages = _PAGES.match(piece)
    if pages:
        item["page"] = re.sub(r"\s*[–—-]\s*", "-", pages.group(1))
        return True
    issue = _ISSUE_LABEL.match(piece)
    if issue:  # eLibrary's "Том: 12 | Номер: 4 | Год: 2022" cells
        item["issue"] = issue.group(1)
        return True
    year = _YEAR_LABEL.match(piece)
    if year:
        dates.setdefault("issue", {"date-parts": [[int(year.group(1))]]})
        return True
    language = _LANGUAGE_LABEL.match(piece)
    if language:
        item.setdefault("language", _LANGUAGES.get(language.group(1).lower(), language.group(1)))
        return True
    jel = _JEL.match(piece)
    if jel:
        codes = re.findall(r"\b[A-Z]\d{1,2}\b", jel.group(1))
        if codes:
            custom["jel"] = codes
            add_note(item, "JEL: " + ", ".join(codes))
            return True
    keywords = _KEYWORDS.match(piece)
    if keywords:
        words = [w.strip(" .") for w in re.split(r"[;,]\s*", keywords.group(1)) if w.strip(" .")]
        # a Russian page lists them in Russian, then in English: both lists are kept, in page order
        before = [w for w in item.get("keyword", "").split(", ") if w]
        item["keyword"] = ", ".join(before + [w for w in words if w not in before])
        return True
    vol = _VOL.search(piece)
    if vol and len(piece) < 160 and _VOLUME_LINE.match(piece):
        # "Vol. 16, Iss. 2, FEBRUARY 2020", "Europe-Asia Studies, Volume 68, 2016 - Issue 9",
        # "2020, Vol. 16, No. 2, pp. 383–396"
        prefix = piece[: vol.start()].strip(" ,")
        # IEEE Xplore's "IEEE Transactions on Power Systems ( Volume: 38, ...)"; a breadcrumb's trail
        # ("Journals & Magazines > IEEE Transactions on Power Sy... > Volume: 38") names no journal
        name = "" if _TRAIL.search(prefix) else re.sub(r"\b(?:1[89]|20)\d\d\b", "", prefix).strip(" ,(")
        cited = _NAMES_THEN_JOURNAL.match(name)
        names = [_INVERTED_NAME.match(n.strip()) for n in cited.group("names").split(";")] if cited else []
        if names and all(names):
            # ProQuest's record line: "Mamatova, Aidai; Holloway, Peter J. Demokratizatsiya; Washington Vol. 31, ..."
            if not item.get("author"):
                item["author"] = [_name(m.group("family"), m.group("given")) for m in names]
            name = cited.group("journal").strip()
            if cited.group("place"):
                item.setdefault("publisher-place", cited.group("place").strip())
        if len(re.findall(r"[^\W\d_]{2,}", name)) >= 1 and not item.get("container-title"):
            item["container-title"] = name
        item["volume"] = vol.group("vol")
        rest = piece[vol.end():]
        issue = _ISS.search(rest)
        bracket = None if issue else _BRACKET_ISSUE.match(rest)
        if issue:
            item["issue"] = (issue.group("iss") or issue.group("num")).strip(",")
        elif bracket:
            item["issue"] = bracket.group("iss")
        pages = _PP.search(rest) or _COLON_PAGES.search(rest) or (issue and _COMMA_PAGES.search(rest, issue.end()))
        number = _ARTICLE_NUMBER.search(rest)
        if pages:
            item["page"] = re.sub(r"\s*[–—-]\s*", "-", pages.group(1))
        elif bracket and bracket.group("page"):
            item["page"] = re.sub(r"\s*[–—-]\s*", "-", bracket.group("page"))
        elif number:  # an article number where pages would be, as the reference parser keeps it
            item["page"] = number.group(1) or number.group(2)
        date = parse_date(_PP.sub("", rest)) or parse_date(prefix)
        if date:
            dates.setdefault("issue", date)
        return True
    return False


def _date_field(piece: str, dates: dict) -> bool:
    """Read "Received: 10 December 2019" and kin into `dates`; True if the piece was one."""
    for label, kind in _DATE_LABELS:
        match = label.match(piece)
        if match:
            date = parse_date(piece[match.end():])
            if date:
                dates.setdefault(kind, date)
                return True
    return False


_YEAR_BEFORE_VOLUME = re.compile(r"(?<![\d–-])((?:19|20)\d\d)[.,]\s*(?:(?:vol|no|iss|т|том|вып)\b|№)", re.I)


_IN_EDITED_BOOK = re.compile(r"\bIn: [^()]{2,200}\((?:eds?|Hrsg)\.?\)\s+([^.]{3,200})\.")


def _fill_from_citation(text: str, item: dict, dates: dict):
    """The page's own "For citation: ... // Journal. 2022. Т. 14, № 3. С. 301–318." fills what the header lacks."""
    book = _IN_EDITED_BOOK.search(text)
    if book:  # Springer's "In: Vinokurov, E., Libman, A. (eds) Eurasian Economic Integration. ...": a chapter
        item["type"] = "chapter"
        item["container-title"] = book.group(1)  # the book named in the citation beats a guess from the header
    journal = _GOST_JOURNAL.search(text) or _GOST_DASH_JOURNAL.search(text)
    if journal:
        item.setdefault("container-title", journal.group(1))
    doi = _DOI.search(text)
    if doi:
        item.setdefault("DOI", doi.group(1))
    text = _LINK_OR_DOI.sub(" ", text)  # a DOI's "vol25_iss3" is no volume
    vol = _VOL.search(text)
    if vol:
        item.setdefault("volume", vol.group("vol"))
    issue = _ISS.search(text[vol.end():] if vol else text)
    if issue:
        item.setdefault("issue", (issue.group("iss") or issue.group("num")).strip(",."))
    apa = _APA_JOURNAL.search(text)
    if apa and not vol:  # APA's "Journal, 67(1), 34–49."
        item.setdefault("volume", apa.group("vol"))
        item.setdefault("issue", apa.group("iss"))
    pages = _PP.search(text) or apa
    if pages:
        item.setdefault("page", re.sub(r"\s*[–—-]\s*", "-", pages.group("page")))
    # the year before the volume or issue ("..., 2020, no. 4", "2022. Т. 14"), not one in the title
    year = _YEAR_BEFORE_VOLUME.search(text) or re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
    if year:
        dates.setdefault("issue", {"date-parts": [[int(year.group(1))]]})


# A record page's (EPrints) citation of its own article, unlabelled ("To cite this article:" and kin are
# read as such), under the title: "Dzhumabaeva, A. and Whitfield, T.
# orcid.org/0000-... (2022) Title. Central Asian Survey, 41 (2). pp. 301-320. ISSN 0263-4937"
_OWN_CITATION = re.compile(r"^(?P<names>[^\W\d_][^():]{2,300}?)\s\((?P<year>(?:19|20)\d\d)\)\.?\s+(?P<rest>\S.+)$")
_CITED_JOURNAL = re.compile(r"^(?P<name>[^\W\d_][^,]{1,120}?),\s*(?P<vol>\d+)\s*(?:\((?P<iss>[\w\-–/]+)\))?[.,]")
_CITED_NAME = re.compile(r"([^\W\d_][\w'’\-]+(?: [^\W\d_][\w'’\-]+)?),\s+((?:[^\W\d_]\.\s?-?){1,3})")
_CITED_NAME_SEP = re.compile(r",?\s+(?:and|&)\s+|;\s+|(?<=\.),\s+(?=[^\W\d_])")
# A record page's field, its label cell ending in a colon before a tab ("Academic Units:<TAB>The University ...")
_FIELD_ROW = re.compile(r"^[^\W\d_][^:\t]{0,60}:\t")


def _title_the_citation_names(header: list[str], title_at: int) -> tuple[int, str] | None:
    """(line, title) of a title in the page's language printed above its translations, wrapped over lines
    (a PDF copy's "КЫРГЫЗСТАНДЫН ЕАЭБГЕ ... МИГРАЦИЯСЫ" / "ЖАНА АКЧА КОТОРУУЛАР" over the Russian and English
    titles, the English one found): the longest run of lines above it in capitals that the page's own labelled
    citation ("Цитата үчүн: Names. Title // Journal ...") names, case aside; else None."""
    at = next((i for i, line in enumerate(header) if _CITE_AS.match(line)), None)
    if at is None:
        return None
    cited = " ".join(" ".join(header[at:at + 3]).split()).casefold()
    found = None
    for start in range(max(0, title_at - 8), title_at):
        for end in range(start, title_at):
            lines = header[start:end + 1]
            if not all(_in_capitals(line) for line in lines):
                break
            text = " ".join(" ".join(lines).split())
            if text.casefold() in cited and (found is None or len(text) > len(found[1])):
                found = (start, text)
    return found


def _own_citation(loose: list[tuple[int, str]], candidates: list[tuple[int, str]]):
    """((line, title), the citation's match) when a line cites the article in full, names and year first,
    under its title printed on a line of its own; else None."""
    for _, line in loose:
        match = _OWN_CITATION.match(line)
        if not match:
            continue
        for at, title in candidates:
            title = title.rstrip(".")
            if title != line and len(title.split()) >= 3 and match.group("rest").startswith(title):
                return (at, title), match
    return None


def _fill_from_own_citation(citation: re.Match, item: dict, dates: dict):
    """Journal, volume, issue, pages and year from the page's own citation."""
    after = citation.group("rest")[len(item["title"]):].lstrip(" .")
    journal = _CITED_JOURNAL.match(after)
    if journal:
        item.setdefault("container-title", journal.group("name"))
        item.setdefault("volume", journal.group("vol"))
        if journal.group("iss"):
            item.setdefault("issue", journal.group("iss"))
    pages = _PP.search(after)
    if pages:
        item.setdefault("page", re.sub(r"\s*[–—-]\s*", "-", pages.group("page")))
    dates.setdefault("issue", {"date-parts": [[int(citation.group("year"))]]})


_ORCID = re.compile(r"(?:https?://)?(?:www\.)?orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]|\d{4}-\d{4}-\d{4}-\d{3}[\dX]")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_NAME_SPLIT = re.compile(r"\s*(?:[,;&]|\band\b|\bи\b)\s*")


def _given_family_names(line: str) -> list[dict]:
    """"Maria Kowalska & Jonas Becker" as name objects."""
    names = []
    for part in _NAME_SPLIT.split(line):
        part = _MARKERS.sub("", part).strip()
        if part:
            given, _, family = part.rpartition(" ")
            names.append(_name(family, given))
    return names


# IEEE's byline in capitals, each name with its affiliation's number and a society membership, wrapped over
# lines: "AIGERIM SEITKALI 1, DANIYAR MUKHAMEDOV 2, (Member, IEEE)," / "AND LAURA K. BRENNAN3".
_MEMBERSHIP = re.compile(r"\s*\((?:(?:Student|Graduate Student|Senior|Life) )?(?:Member|Fellow), IEEE\)")
_MARKED_CAPITALS_NAME = re.compile(r"^([A-Z][A-Z'’-]+(?: [A-Z]\.)*(?: [A-Z][A-Z'’-]+){1,3}) ?\d{1,2}(?:,\d{1,2})*$")


def _capitals_byline(line: str) -> list[dict]:
    """The names of a byline in capitals whose every name carries its affiliation's number ([] if not one)."""
    text = re.sub(r"^AND\s+", "", _MEMBERSHIP.sub("", line).strip().rstrip(","))
    names = []
    for part in re.split(r",\s+(?:AND\s+)?|\s+AND\s+", text):
        marked = _MARKED_CAPITALS_NAME.match(part.strip(" ,"))
        if not marked:
            return []
        names.extend(_given_family_names(marked.group(1).title()))
    return names


# A Korean byline (KCI): names of two to four syllables, each with its affiliation's number or its
# affiliation in brackets ("김민수 1 , 박서연 2", "김민수(한국외국어대학교), 박서연(서울대학교)"); unmarked, a
# line of short words ("송금, 이주, 제재") may be keywords.
_HANGUL_AUTHOR = re.compile(r"^([\uac00-\ud7a3]{2,4})(?:\s?(\d{1,2}(?:,\d{1,2})*)|\s?\(([^()]{2,80})\))$")
# ... and the affiliations its numbers point to, one a line below it: "1한국외국어대학교", "2 서울대학교".
_NUMBERED_AFFILIATION = re.compile(r"^(\d{1,2})\s?([^\W\d_].{1,200})$")


def _hangul_byline(line: str, below: str) -> list[tuple[str, list[str], str | None]]:
    """The names of a Korean byline, each with its affiliation numbers or its bracketed affiliation ([] if not one).
    Names marked by numbers only are a byline when the line `below` is an affiliation one of them points to (a row
    of counts, "조회 12 · 다운로드 4", is none)."""
    parts = [_HANGUL_AUTHOR.match(p.strip()) for p in re.split(r"\s*[,;·]\s*(?=[\uac00-\ud7a3])", line.strip())]
    if not all(parts):
        return []
    names = [(p.group(1), (p.group(2) or "").split(","), p.group(3)) for p in parts]
    affiliation = _NUMBERED_AFFILIATION.match(below)
    if not any(aff for _, _, aff in names) and not (affiliation and any(affiliation.group(1) in n for _, n, _ in names)):
        return []
    return names


# Russian and Ukrainian names: "Олена Миколаївна Гриценко", "Андрій Петрович Мельник"
_PATRONYMIC = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:" + PATRONYMIC_END + r"|ивна)")
_RU_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?")


def _distinct(names: list[dict]) -> list[dict]:
    """Names in their order, each once: a page may print its byline twice (dicts cannot go through dict.fromkeys)."""
    return [a for n, a in enumerate(names) if a not in names[:n]]


def _other_script(authors: list[dict], names: list[dict]) -> bool:
    """Are `names` as many as `authors` and all in the other alphabet (Latin for Cyrillic)? A Russian
    page prints its authors' names again over its English title and abstract (the Russian names
    may be printed twice before that, in a site's header and over each affiliation)."""
    def cyrillic(name):
        return bool(re.search(r"[а-яё]", name.get("family", ""), re.I))
    authors = _distinct(authors)
    return (bool(authors) and len(names) == len(authors)
            and {cyrillic(n) for n in names} == {not cyrillic(a) for a in authors} and len({cyrillic(a) for a in authors}) == 1)


# The Latin letters a Cyrillic initial is transliterated with ("Кузьмина" -> "Kuzmina", "Харитонов" -> "Kharitonov")
LATIN_INITIALS = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯІЇЄҐ", (
    "A", "B", "V", "GH", "D", "EY", "EY", "Z", "Z", "I", "IY", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F",
    "KH", "TC", "C", "S", "S", "E", "YI", "YI", "I", "YI", "Y", "G")))


def _transliterates(cyrillic: dict, latin: dict) -> bool:
    """Do the Latin name's family and given initials render the Cyrillic name's?"""
    return all(latin.get(key) and latin[key][0] in LATIN_INITIALS.get(cyrillic.get(key, "")[:1].upper(), "")
               for key in ("family", "given"))


_GIVEN_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?-?)+")


def _fuller_names(authors: list[dict], footer: list[str], affiliations: list[dict]) -> None:
    """A byline of initials ("Д.С. Ермолаева") takes the full names an "About the authors" block
    prints after the references ("Ермолаева Дарья Сергеевна, кандидат политических наук, ..."):
    the same family name in the same script, given names with the same initials; what the line
    says of the author is the affiliation (kept as a byline's affiliation is)."""
    def initials(given):
        return [part[0].upper() for part in re.split(r"[\s.-]+", given) if part]
    for line in footer:
        person = _author_line(line)
        if not person:
            continue
        name, printed, affiliation = person
        for author in authors:
            given = author.get("given", "")
            if (author.get("family") == name["family"] and _GIVEN_INITIALS.fullmatch(given)
                    and not _GIVEN_INITIALS.fullmatch(name["given"]) and initials(given) == initials(name["given"])):
                author["given"] = name["given"]
                if affiliation:
                    affiliations.append({"author": printed, "affiliation": affiliation})


def _untransliterated(authors: list[dict]) -> list[dict]:
    """The authors once when a page names them in Cyrillic and then, one a line over the English
    abstract, in Latin letters, name for name: the Cyrillic half (Кузьмина, Тимофеев, Kuzmina, Timofeev)."""
    half = len(authors) // 2
    if half and len(authors) == 2 * half and _other_script(authors[:half], authors[half:]) \
            and all(_transliterates(a, b) for a, b in zip(authors[:half], authors[half:])):
        return authors[:half]
    return authors


def _patronymic_names(line: str) -> list[dict]:
    """"Иванова Мария Сергеевна, Петров Алексей Николаевич" (or "Мария Сергеевна Иванова"), when
    the whole line is such names: the patronymic tells the given names from the family name."""
    names = []
    for part in re.split(r"\s*(?:[,;]|\bи\b)\s*", line.strip().rstrip(".")):
        part = _MARKERS.sub("", part)
        if not part:
            continue  # "ГАЛИЕВА ЛЕЙСАН РИНАТОВНА1," (eLibrary): one name a line, each with a comma
        words = (part.title() if part.isupper() else part).split()
        if len(words) != 3 or not all(_RU_WORD.fullmatch(w) for w in words):
            return []
        if _PATRONYMIC.fullmatch(words[2]):
            names.append(_name(words[0], f"{words[1]} {words[2]}"))
        elif _PATRONYMIC.fullmatch(words[1]):
            names.append(_name(words[2], f"{words[0]} {words[1]}"))
        else:
            return []
    return names


def _initials_names(line: str, least: int = 2) -> list[dict]:
    """"Degtereva E.A., Chernysheva A.M." or "E.A. Degtereva" lists, when the whole line is names."""
    parts = [p for p in _NAME_SPLIT.split(line.strip().rstrip(".") + ".") if p]
    names = []
    for part in parts:
        part = _MARKERS.sub("", part.strip().rstrip(".")).strip().rstrip(".") + "."  # "ЗАХАРОВ И.В.1"
        match = (re.fullmatch(r"(?P<family>[A-ZА-ЯЁ][\w'’\-]+)\s+(?P<given>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3})", part)
                 or re.fullmatch(r"(?P<given>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3})\s?(?P<family>[A-ZА-ЯЁ][\w'’\-]+)\.?", part))
        if not match:
            return []
        names.append(_name(match.group("family"), match.group("given")))
    return names if len(names) >= least else []


# Kazakh, Kyrgyz and Uzbek name an institution after a person with the name first: "Л.Н. Гумилев
# атындағы Еуразия ұлттық университеті" ("the Eurasian National University named after L.N. Gumilyov").
_NAMED_AFTER = re.compile(r"^(?:атындағы|атындагы|nomidagi|номидаги)\b", re.I)


# One initial, then one capitalised word and a comma: the family name of a Western-order name ("V. Kuzmina,")
_FAMILY_AFTER_INITIAL = re.compile(rf"^[{_UP}]\.\s+[{_UP}][{_LOW}'’\-]+,")


def _author_line(line: str) -> tuple[dict, str, str] | None:
    """(name, the name as printed, affiliation) for a line that starts with one author's name."""
    if len(line) > 400:
        return None
    for pattern in (_RU_AUTHOR, _INITIALS_FIRST):
        match = pattern.match(line)
        if match and pattern is _RU_AUTHOR and _FAMILY_AFTER_INITIAL.match(f"{match.group('given')} {match.group('aff')}"):
            continue  # "Anna V. Kuzmina, Cand. Sci. ...": a given name, a middle initial and the family name
        if match:
            aff = (match.group("aff") or "").strip(" ,;")
            if _NAMED_AFTER.match(aff):
                return None  # the person the institution is named after, not an author
            if aff and not _AFFILIATION_WORD.search(aff) and aff.count(",") < 2:
                return None
            printed = line[: match.start("aff")] if match.group("aff") else line
            return _name(match.group("family"), match.group("given")), printed.strip().strip(",").strip(), aff
    match = _WESTERN_AUTHOR.match(line)
    if match and _AFFILIATION_WORD.search(match.group("aff")):
        printed = line[: match.start("aff")].strip().strip(",").strip()
        if _AFFILIATION_WORD.search(printed) or _ACADEMIC_RANK.search(printed):
            return None  # "Tomsk State University, Tomsk, Russian Federation" names a place, not a person,
            # and "Senior Lecturer, Osh State University" a post
        # "Кравченко Ольга Викторовна, кандидат юридических наук, ...": the patronymic ends the given names
        russian = _patronymic_names(printed)
        return (russian[0] if russian else _name(match.group("family"), match.group("given")),
                printed, match.group("aff").strip())
    return None


def _name_word_set(name: str) -> frozenset:
    """A name's words in any order: "Кузнецова, Анна Сергеевна" is "Анна Сергеевна Кузнецова"."""
    return frozenset(name.replace(",", " ").split())


def _affiliations_under_names(header: list, loose: list, authors: list, affiliations: list) -> set:
    """Each known author's name alone on a line, over its e-mail and its affiliation (Wiley's byline, "Jonas
    Hellström" / "Department of Economics, Uppsala University, Uppsala, Sweden"), gives that author's affiliation;
    an author with one already keeps it. The line numbers used."""
    have = {_name_word_set(entry["author"]) for entry in affiliations}
    printed = {" ".join(f"{a.get('given', '')} {a.get('family', '')}".split()) for a in authors if a.get("family")}
    free = dict(loose)  # lines no other rule has read
    used = set()
    for i, line in enumerate(header):
        name = " ".join(line.strip(" ,;").split())
        if name not in printed or _name_word_set(name) in have:
            continue
        for j in [j for j in range(i + 1, min(i + 8, len(header))) if header[j].strip()][:3]:
            below = header[j].strip()
            if below.strip(" ,;") in printed:
                break
            if j in free and len(below) < 200 and _AFFILIATION_WORD.search(below) and not _EMAIL.search(below):
                affiliations.append({"author": name, "affiliation": below})
                have.add(_name_word_set(name))
                used.add(j)
                break
    return used


_ARXIV_TITLE = re.compile(r"^\s*\[(\d{4}\.\d{4,5})(?:v\d+)?\]")  # "[2104.05678] Remittances and ..."


# Which citation_author each citation_author_institution tag follows (Highwire tags give each
# author's institutions right after the author, so a page may list them for some authors only).
_INSTITUTION_OF = "cslbridge:institution-of"


# A name tag in family-initials order: "Ковалёва Н. В.", "Li A.S."
_INITIALS_LAST = re.compile(r"([^\W\d_][\w'’-]+)\s+((?:[^\W\d_]{1,2}\.\s*){1,3})")


def _apply_meta(item: dict, meta: dict[str, list[str]], authors: list, affiliations: list, dates: dict):
    """Highwire `citation_*`, Dublin Core and Open Graph tags, which beat any guess."""
    def first(*keys):
        for key in keys:
            if meta.get(key):
                return meta[key][0]
        return None

    title = first("citation_title", "dc.title", "og:title", "html:h1")
    if title:
        item["title"] = title
    # Atypon sites (SAGE, T&F) put the article's DOI link in dc.Source, OJS the journal's name
    sources = [s for s in meta.get("dc.source", []) if not re.match(r"(?:https?://|doi:|10\.\d)", s, re.I)]
    journal = first("citation_journal_title", "citation_conference_title", "prism.publicationname") or (
        sources[0] if sources else None)
    if journal:
        item["container-title"] = journal
    elif first("citation_inbook_title"):  # a chapter's page (Springer Link): the book it is in
        item.update({"type": "chapter", "container-title": first("citation_inbook_title")})
    arxiv = meta.get("citation_arxiv_id") or _ARXIV_TITLE.findall((meta.get("html:title") or [""])[0])
    if arxiv and not journal:
        # an arXiv preprint (arxiv.org, ar5iv): its site is the archive, not a journal
        item.update(type="article", archive="arXiv", number=arxiv[0])
    # OJS prints Dublin Core sub-fields too (DC.Source.Volume, DC.Identifier.pageNumber), the only ones on
    # journals without its Google Scholar plugin
    for key, var in (("citation_volume", "volume"), ("dc.source.volume", "volume"), ("citation_issue", "issue"),
                     ("dc.source.issue", "issue"), ("citation_publisher", "publisher"),
                     ("citation_language", "language"), ("citation_abstract", "abstract"), ("dc.description", "abstract"),
                     ("citation_abstract_html_url", "URL"), ("citation_public_url", "URL")):
        if meta.get(key) and var not in item:
            item[var] = meta[key][0]
    # the DOI may be any one of several dc.Identifier tags (publisher id, DOI, URI)
    dois = [_DOI.search(v) for key in ("citation_doi", "dc.identifier", "dc.identifier.doi", "prism.doi")
            for v in meta.get(key, [])]
    doi = next((d.group(1) for d in dois if d), None)
    if doi:
        item["DOI"] = doi
    issns = meta.get("citation_issn") or meta.get("dc.source.issn")
    if issns:
        item["ISSN"] = ", ".join(dict.fromkeys(issns))
    if first("citation_firstpage"):
        last = first("citation_lastpage")
        item["page"] = first("citation_firstpage") + (f"-{last}" if last else "")
    elif first("dc.identifier.pagenumber"):
        item["page"] = re.sub(r"\s*[–—-]\s*", "-", first("dc.identifier.pagenumber"))
    keywords = meta.get("citation_keywords") or meta.get("dc.subject")
    if keywords:
        words = [w.strip() for v in keywords for w in re.split(r"[;,]", v) if w.strip()]
        # the lists the page prints in other languages are kept after them (not the same words printed again)
        tagged = set(re.findall(r"[^\W\d_]+", " ".join(words).casefold()))
        printed = [w for w in item.get("keyword", "").split(", ")
                   if not set(re.findall(r"[^\W\d_]+", w.casefold())) <= tagged]
        item["keyword"] = ", ".join(words + printed)
    names = (meta.get("citation_author") or meta.get("dc.creator") or meta.get("dc.creator.personalname")
             or list(dict.fromkeys(meta.get("html:author", []))))
    if names:
        authors.clear()
        affiliations_by_name = meta.get("citation_author_institution") or []
        for n, name in enumerate(names):
            if not re.search(r"\w", name):
                continue
            initials_last = _INITIALS_LAST.fullmatch(name.strip())
            if "," in name:
                family, given = name.split(",", 1)
                authors.append(_name(family, given))
            elif initials_last:  # "Ковалёва Н. В.", as Russian OJS journals fill the tag
                authors.append(_name(initials_last.group(1), initials_last.group(2)))
            else:
                # "Ларионова Татьяна Андреевна" (CyberLeninka): the patronymic, not the order, tells the family name
                given, _, family = name.rpartition(" ")
                authors.extend(_patronymic_names(name)[:1] or [_name(family, given)])
            own = [aff for aff, of in zip(affiliations_by_name, meta.get(_INSTITUTION_OF) or []) if of == str(n)]
            if own:
                affiliations.append({"author": name, "affiliation": "; ".join(own)})
    for key, kind in (("citation_online_date", "published"), ("citation_publication_date", "issue"),
                      ("citation_date", "issue"), ("dc.date", "issue"), ("dc.date.issued", "issue"),
                      ("dc.date.datesubmitted", "received")):
        if meta.get(key):
            date = parse_date(meta[key][0])
            if date:
                dates.setdefault(kind, date)


def _apply_dates(item: dict, custom: dict, dates: dict):
    """issued = the publication (online) date; received/revised/accepted kept in custom."""
    published = dates.get("published")
    issue = dates.get("issue")
    if published:
        item["issued"] = published
        item["available-date"] = published
    elif issue:
        item["issued"] = issue
    kept = {kind: _iso(d) for kind, d in dates.items() if kind in ("received", "revised", "accepted")}
    if kept:
        custom["dates"] = kept
        for kind, value in kept.items():
            add_note(item, f"{kind.capitalize()}: {value}")
