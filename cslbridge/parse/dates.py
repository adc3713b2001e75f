"""Free-text dates to CSL date objects: years, full dates, ranges, numeric dates.

Handles ``2018``, ``2018a``, ``17 April 2014``, ``April 17, 2014``,
``14–16 June 2010``, ``16 April–2 May 2012``, ``12.05.2020``, ``2020-05-12``, ``2020/05/12``,
``June 2010``, ``2017–2020``, GOST's ``2014. 18 марта``, APA's ``2020, May``, Spanish and Portuguese
``21 de diciembre de 2021``, month names in many languages. Anything else becomes
``{"literal": text}`` so it is never lost.
"""

from __future__ import annotations

import re

MONTHS = {}
for _n, _names in enumerate([
    "january jan janvier januar enero января январь янв",
    "february feb février fevrier februar febrero февраля февраль фев",
    "march mar mars märz marz marzo марта март",
    "april apr avril abril апреля апрель апр",
    "may mai mayo мая май",
    "june jun juin juni junio июня июнь",
    "july jul juillet juli julio июля июль",
    "august aug août aout agosto августа август авг",
    "september sep sept septembre septiembre сентября сентябрь сент",
    "october oct octobre oktober octubre октября октябрь окт",
    "november nov novembre noviembre ноября ноябрь нояб",
    "december dec décembre decembre dezember diciembre декабря декабрь дек",
], 1):
    for _w in _names.split():
        MONTHS[_w] = _n
for _w, _n in (("spring", 21), ("summer", 22), ("autumn", 23), ("fall", 23), ("winter", 24)):
    MONTHS[_w] = _n


def _add_months(rows: list[str]) -> None:
    """More names for the months, a row of names a month, January first; a name already known keeps its month."""
    for month, names in enumerate(rows, 1):
        for name in names.split():
            MONTHS.setdefault(name, month)


# Portuguese (ABNT "5 ago. 2020", "abr./jun. 2021"), Italian, Dutch, Scandinavian, Polish and Czech
# month names ("set."/"out." are Portuguese September/October wherever a date is read: between a day and a
# year, before a year). Dutch "mei" is left out, being a given name as well.
_add_months([
    "janeiro gennaio januari januar stycznia styczeń ledna leden",
    "fev fevereiro febbraio februari lutego luty února únor",
    "março maart marca marzec března březen",
    "abr aprile kwietnia kwiecień dubna duben",
    "maio maggio maj maja května květen",
    "junho giugno czerwca czerwiec června červen",
    "julho luglio lipca lipiec července červenec",
    "ago augustus augusti sierpnia sierpień srpna srpen",
    "set setembro settembre września wrzesień září",
    "out outubro ottobre października październik října říjen",
    "novembro listopada listopad listopadu",
    "dez dezembro dicembre desember grudnia grudzień prosince prosinec",
])
# The short forms German, French, Spanish and Italian print ("12 Okt. 2020", "3 janv. 2019", "5 dic. 2018", "2 giu.
# 2021"); Italian "gen.", "mag." and "ott." are left out, being journal-title abbreviations ("J. Gen. Physiol.",
# "Philos. Mag.") and a surname ("Ott, L.").
_add_months([
    "janv jän ene",
    "févr fevr",
    "",
    "avr",
    "",
    "giu",
    "juil lug",
    "",
    "",
    "okt",
    "",
    "déc dic",
])
# Russian GOST's "февр.", Ukrainian and Belarusian month names, in the genitive a day takes, the nominative
# and the Ukrainian abbreviations DSTU prints ("3 квіт.", "15–16 листоп. 2019 р."), and Kazakh ones ("15 сәуір").
_add_months([
    "січня січень січ студзеня студзень қаңтар",
    "февр лютого лютий лют лютага люты ақпан",
    "березня березень берез сакавіка сакавік наурыз",
    "квітня квітень квіт красавіка красавік сәуір",
    "травня травень трав мамыр",
    "червня червень черв чэрвеня чэрвень маусым",
    "липня липень лип ліпеня ліпень шілде",
    "серпня серпень серп жніўня жнівень тамыз",
    "вересня вересень верес верасня верасень қыркүйек",
    "жовтня жовтень жовт кастрычніка кастрычнік қазан",
    "листопада листопад листоп лістапада лістапад қараша",
    "грудня грудень груд снежня снежань желтоқсан",
])
# Indonesian and Malay month names not above ("10 Januari 2022", "5 Maret 2021", "17 Agustus 2020", Malay "Julai",
# "Ogos", "Disember"); "Mei" (May) is left out, being a given name as well.
_add_months(["", "", "maret", "", "", "", "julai", "agustus ogos", "", "", "", "disember"])
# ... but in a date, after a day or before a year, it is the month, as Dutch "mei" is: "(2019, 3 Mei)", "Mei 2020",
# "3 mei 2019"
_MAY_IN_DATE = re.compile(r"(?i)(?<=\d )mei\b|\bmei(?=,? (?:1[5-9]|20)\d\d\b)")
# Turkish month names ("(2022, 12 Kasım)", "Erişim tarihi: 15 Aralık 2022"), in their own letters.
_add_months("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split())

# Russian month names transliterated, in the genitive a day takes ("ot 14 iyulya 2020 g.", "12 marta 2019"): read in
# small letters only, as Russian prints them, since "Marta" and "Maya" are given names; they are no entries of MONTHS,
# which the rules look up in any case.
TRANSLITERATED_MONTHS = {name: month for month, name in enumerate(
    "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya".split(), 1)}
_MONTH_RE = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) \
    + "|(?-i:" + "|".join(TRANSLITERATED_MONTHS) + r"))\.?"
_YEAR = r"(1[5-9]\d\d|20\d\d)"
_DASH = r"\s*[-–—/]\s*"
# Two days of one month joined by a word, "3 and 4 April 2018", "3 et 4 avril 2018", "3 и 4 апреля": read as a range
_DAY_JOIN = rf"(?:{_DASH}|\s+(?:and|&|et|und|y|e|и)\s+)"
# Spanish and Portuguese join a date's parts with "de": "21 de diciembre de 2021", "dezembro de 2021"
_DE = r"(?:del?\s+)?"

_PATTERNS = [
    # 14–16 June 2010, 3 and 4 April 2018
    ("dd-dd month yyyy", re.compile(rf"(?i)\b(\d{{1,2}}){_DAY_JOIN}(\d{{1,2}})\s+{_DE}({_MONTH_RE})\s*,?\s*{_DE}{_YEAR}")),
    # 16 April – 2 May 2012
    ("dd month-dd month yyyy", re.compile(rf"(?i)\b(\d{{1,2}})\s+({_MONTH_RE}){_DASH}(\d{{1,2}})\s+({_MONTH_RE})\s*,?\s*{_YEAR}")),
    # "10. září 2021", "10. März 2021": Czech and German put a stop after the day
    ("dd month yyyy", re.compile(rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{_DE}({_MONTH_RE})\s*,?\s*{_DE}{_YEAR}")),
    ("month dd-dd, yyyy", re.compile(rf"(?i)\b({_MONTH_RE})\s+(\d{{1,2}}){_DAY_JOIN}(\d{{1,2}}),?\s+{_YEAR}")),
    ("month dd, yyyy", re.compile(rf"(?i)\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}")),
    # Vancouver conferences: 2019 May 5-8
    ("yyyy month dd-dd", re.compile(rf"(?i)\b{_YEAR},?\s+({_MONTH_RE})\s+(\d{{1,2}}){_DASH}(\d{{1,2}})\b")),
    ("yyyy month dd", re.compile(rf"(?i)\b{_YEAR},?\s+({_MONTH_RE})\s+(\d{{1,2}})\b")),
    # GOST newspapers and sites: 2014. 18 марта, 2021. 31. дек. (a stop after the day); Spanish APA "(2021, 21 de diciembre)"
    ("yyyy. dd month", re.compile(rf"(?i)\b{_YEAR}[.,]\s+(?:[–—]\s+)?(\d{{1,2}})\.?\s+{_DE}({_MONTH_RE})(?!\w)")),
    ("dd.mm.yyyy", re.compile(rf"\b(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?{_YEAR}\b")),  # Czech "10. 9. 2021" too
    # 2020-05-12, and 2016/11/21 as Springer's LNCS template prints access dates
    ("yyyy-mm-dd", re.compile(rf"\b{_YEAR}([-/])(\d{{1,2}})\2(\d{{1,2}})\b")),
    # ABNT "abr./jun. 2021", "May–June 2019": a span of months
    ("month-month yyyy", re.compile(rf"(?i)\b({_MONTH_RE}){_DASH}({_MONTH_RE})\s*,?\s*{_YEAR}")),
    ("month yyyy", re.compile(rf"(?i)\b({_MONTH_RE})\s*,?\s*{_DE}{_YEAR}")),
    # "2020 May", APA's "(2020, May)", "(2000, November/December)"
    ("yyyy month-month", re.compile(rf"(?i)\b{_YEAR},?\s+({_MONTH_RE}){_DASH}({_MONTH_RE})(?![\w])")),
    ("yyyy month", re.compile(rf"(?i)\b{_YEAR},?\s+({_MONTH_RE})(?![\w])")),
    ("yyyy-yyyy", re.compile(rf"\b{_YEAR}{_DASH}{_YEAR}\b")),
    # 1931–34: the second year by its last two digits
    ("yyyy-yy", re.compile(rf"\b{_YEAR}{_DASH}(\d\d)\b(?![–-])")),
    ("yyyy", re.compile(rf"(?<!\d){_YEAR}(?!\d)")),
]
# The forms that name a month: a text with no letter ("2019,", "12.05.2019") skips them.
_MONTH_FORMS = frozenset(kind for kind, pattern in _PATTERNS if _MONTH_RE in pattern.pattern)
_LETTER = re.compile(r"[^\W\d_]")


def _month(word: str) -> int:
    word = word.rstrip(".")
    return TRANSLITERATED_MONTHS.get(word) or MONTHS[word.lower()]


def _ok(y: int, m: int, d: int | None = None) -> bool:
    return 1 <= m <= 24 and (d is None or 1 <= d <= 31)


def parse_date(text: str) -> dict | None:
    """A CSL date object for ``text``, or None when it holds no date at all."""
    text = " ".join(text.split()).strip(" .,;:()[]")
    if not text:
        return None
    if "ei" in text:
        text = _MAY_IN_DATE.sub("May", text)
    lettered = _LETTER.search(text)
    for kind, pattern in _PATTERNS:
        if not lettered and kind in _MONTH_FORMS:
            continue
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        try:
            if kind == "dd-dd month yyyy":
                y, mo = int(g[3]), _month(g[2])
                parts = [[y, mo, int(g[0])], [y, mo, int(g[1])]]
            elif kind == "dd month-dd month yyyy":
                y = int(g[4])
                parts = [[y, _month(g[1]), int(g[0])], [y, _month(g[3]), int(g[2])]]
            elif kind == "dd month yyyy":
                parts = [[int(g[2]), _month(g[1]), int(g[0])]]
            elif kind == "month dd-dd, yyyy":
                y, mo = int(g[3]), _month(g[0])
                parts = [[y, mo, int(g[1])], [y, mo, int(g[2])]]
            elif kind == "month dd, yyyy":
                parts = [[int(g[2]), _month(g[0]), int(g[1])]]
            elif kind == "yyyy month dd-dd":
                y, mo = int(g[0]), _month(g[1])
                parts = [[y, mo, int(g[2])], [y, mo, int(g[3])]]
            elif kind == "yyyy month dd":
                parts = [[int(g[0]), _month(g[1]), int(g[2])]]
            elif kind == "yyyy. dd month":
                parts = [[int(g[0]), _month(g[2]), int(g[1])]]
            elif kind == "dd.mm.yyyy":
                parts = [[int(g[2]), int(g[1]), int(g[0])]]
            elif kind == "yyyy-mm-dd":
                parts = [[int(g[0]), int(g[2]), int(g[3])]]
            elif kind == "month-month yyyy":
                y = int(g[2])
                parts = [[y, _month(g[0])], [y, _month(g[1])]]
            elif kind == "month yyyy":
                parts = [[int(g[1]), _month(g[0])]]
            elif kind == "yyyy month-month":
                y = int(g[0])
                parts = [[y, _month(g[1])], [y, _month(g[2])]]
            elif kind == "yyyy month":
                parts = [[int(g[0]), _month(g[1])]]
            elif kind in ("yyyy-yyyy", "yyyy-yy"):
                a = int(g[0])
                b = int(g[1]) if kind == "yyyy-yyyy" else a - a % 100 + int(g[1])
                if b <= a or kind == "yyyy-yy" and int(g[1]) <= 12 and ("-" in m.group(0) or "/" in m.group(0)):
                    continue  # "2010-12", "2010/12" may be December 2010, not 2010 to 2012
                parts = [[a], [b]]
            else:
                parts = [[int(g[0])]]
        except KeyError:
            continue
        if all(_ok(*p) if len(p) > 1 else True for p in parts):
            return {"date-parts": parts}
    if re.search(r"(?i)\b(n\.\s?d\b|no date|forthcoming|in press|б\.\s?г\b|o\.\s?[jd]\b|s\.\s?[df]\b|sans date|sin fecha)",
                 text):
        return {"literal": text}
    if re.search(r"\d", text) or any(w.lower().rstrip(".") in MONTHS for w in text.split()):
        return {"literal": text}
    return None
