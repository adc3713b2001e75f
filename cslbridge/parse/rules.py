"""Patterns that beat the statistical tagger, and span-to-field normalisers.

The CRF proposes a label per token; these regular expressions then claim the
spans whose form is unambiguous (URLs, DOIs, ISBNs, access dates, language
marks such as "(In Russ.)", lead-ins like "available at:") and the helpers
below turn raw spans into CSL values (pages with a hyphen, volume/issue split,
page counts, edition numbers).
"""

from __future__ import annotations

import re

from ..items import ORDINAL_WORDS
from .dates import _MONTH_RE

# ... and, as MLA 9 prints links, a host without scheme or "www." before its path ("hdl.handle.net/2077/52123",
# "muse.jhu.edu/article/712345"); a doi.org link is the DOI's.
# A country's own academic, company or government domain counts too ("ro.uow.edu.au/kunapipi/vol12/iss2/9").
_BARE_HOSTS = ("com", "org", "net", "edu", "gov", "int", "io", "uk", "eu")
_COUNTRY_SECOND_LEVELS = ("ac", "co", "com", "edu", "gov", "net", "org")
URL = re.compile(r"(?i)(?:https?://|ftp://|www\.)[^\s<>\"]+"
                 r"|(?<![\w@./-])(?!(?:dx\.)?doi\.org/)(?:[a-z\d-]+\.)+(?:" + "|".join(_BARE_HOSTS)
                 + r"|(?:" + "|".join(_COUNTRY_SECOND_LEVELS) + r")\.[a-z]{2})/[^\s<>\"]+")
# "DOI: https://doi.org/10...." (DSTU, GOST) carries both the label and the link. A "10." after a publisher's
# "/doi/" ("/doi/abs/", "/doi/pdf/", ...) is inside its link ("https://onlinelibrary.wiley.com/doi/10.1111/ajr.12745"),
# which is the URL.
# A match starts at its "doi", its resolver's "http" or the "10." itself: the lookahead lets the scan
# pass every other position at one test.
DOI = re.compile(r"(?i)(?=[dh1])(?:\bdoi\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/)?(?<!/doi/)(?<!/abs/)(?<!/pdf/)(?<!/full/)(?<!/epdf/)\b(10\.\d{4,9}/(?:[^\s\"<>]|<[^\s\"<>]{1,40}>)+)")  # a SICI DOI keeps its "<0437:TNYRP>"
ISBN = re.compile(r"(?i)\bISBN(?:-1[03])?:?\s*([\dXx][\dXx\- ]{8,16}[\dXx])")
ISSN = re.compile(r"(?i)\b(?:e-?|p-?)?ISSN:?\s*(\d{4}-\d{3}[\dXx])")
_DATEISH = rf"(?:\d{{1,2}}\s+de\s+{_MONTH_RE}\s+de\s+\d{{4}}|\d{{1,2}}\.\s+{_MONTH_RE}\s+\d{{4}}|\d{{1,2}}[./]\s?\d{{1,2}}[./]\s?\d{{2,4}}|\d{{4}}[-/]\d\d?[-/]\d\d?|(?:\d{{1,2}}\s+)?{_MONTH_RE}\s*\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s*\d{{4}}|{_MONTH_RE}\s+\d{{4}}|\d{{4}}\s+{_MONTH_RE}\s*\d{{0,2}}|\d{{4}})"
_ACCESS_WORDS = (r"accessed|retrieved|viewed|consulted|cited|date\s+accessed|дата\s+обращения|дата\s+звернення|"
                 r"дата\s+доступа|zugegriffen\s+am|zugegriffen|abgerufen\s+am|abgerufen|(?:page\s+)?consultée?\s+le|acesso\s+em|"
                 r"consultado\s+(?:el|en)|consultado|"
                 r"fecha\s+de\s+consulta|pobrano|data\s+dostępu|dostęp|cit\.|citováno|geraadpleegd\s+op|geraadpleegd|hämtad|erişim\s+tarihi|"
                 r"letzter\s+zugriff(?:\s+am)?|zugriff(?:\s+am)?|accesso\s+il|ultimo\s+accesso|consultato\s+il|consultato|"
                 r"data\s+di\s+consultazione|recuperado\s+el|(?:zuletzt\s+)?(?:geprüft|aufgerufen)\s+am|"
                 # the "accessed" term of CSL's locales, as the official styles print it before the date
                 # ("Zugegriffen: 9. Januar 2023", "Accedido 15 de marzo de 2023", "acedido a 3 de maio de 2020")
                 r"accedido\s+el|accedido|acedido\s+a|acedido\s+em|acedido|acessado\s+em|viděno|pristupljeno|приступљено|просмотрено|"
                 r"viitattu|vaadatud|skatīts|žiūrėta|elérés|data\s+accesării|åtkomstdatum|pridobljeno|"
                 r"қаралған\s+күні|қол\s+жеткізілген\s+күні|murojaat\s+(?:qilingan\s+)?sana(?:si)?|"
                 r"мурожаат\s+(?:қилинган\s+)?сана(?:си)?|"
                 r"diakses(?:\s+pada)?(?:\s+tanggal)?|tanggal\s+akses|dilayari(?:\s+pada)?")  # Indonesian, Malay
# (Italian "(ultimo accesso: 10 ottobre 2022)", German Citavi's "zuletzt geprüft am 03.04.2020", Kazakh "(қаралған
# күні: 12.02.2024)", Uzbek "(murojaat sanasi: 12.02.2024)", "(мурожаат санаси: ...)")


def _first_letters(alternatives: str) -> str:
    """The characters the alternatives of a pattern ("a|b|c") start with, for a class. Splitting
    inside a nested group only adds characters, which a lookahead of them lets through anyway."""
    return "".join(sorted({alternative[0] for alternative in alternatives.split("|")}))


# A match starts at its bracket, a space, or the first letter of "last" or of an access word; the
# lookahead lets the scan pass every other position at one test, where it tried each word there.
ACCESSED = re.compile(
    rf"(?i)(?=[(\[\s{_first_letters('last|' + _ACCESS_WORDS)}])[(\[]?\s*(?:last\s+)?(?:{_ACCESS_WORDS})"
    rf"\s*(?:on\s+|:\s*)?{_DATEISH}\s*[)\]]?"
    # Spanish APA's "Recuperado el 5 de marzo de 2022, de https://...": the word leading the link goes with the date
    r"(?:,\s*(?:de|en)(?=\s+(?:https?://|www\.)))?"
)
# Turkish APA 6 closes with the access after the link: "https://... adresinden 15 Aralık 2022 tarihinde erişilmiştir."
# ("retrieved from ... on ..."; "erişildi" too).
# Indonesian APA's access after the link: "Diakses dari https://... pada 10 Januari 2022." (a whole day's date
# closing the reference; the cue "diakses" is in the text).
INDONESIAN_ACCESSED = re.compile(rf"(?i)(?<!\S)pada\s+(?:tanggal\s+)?\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}}\.?$")
TURKISH_ACCESSED = re.compile(rf"(?i)(?<!\S)adresinden\s+(?:{_DATEISH})\s+tarihinde\s+eri[şs]il(?:mi[şs]tir|di)\.?(?!\S)")
# The time of day MLA prints after a social media post's date ("Twitter, 9 Mar. 2019, 3:41 p.m., twitter.com/..."):
# no volume and page, and no CSL field; it goes to the note.
TIME_OF_DAY = re.compile(r"(?i)(?<!\S)[012]?\d:[0-5]\d\s[ap]\.m\.,?(?!\S)")
# Vancouver "[updated 2022 Mar 18; cited 2023 Jan 5]": the update date has no CSL field; it goes to the note.
UPDATED = re.compile(rf"(?i)[(\[]\s*(?:last\s+)?(?:updated|modified|revised)\s*:?\s*{_DATEISH}\s*(?:[;,]|[)\]])")
# Ukrainian legal databases' "Дата оновлення: 01.01.2015." (Russian "Дата обновления:", Belarusian "Дата абнаўлення:")
# after an act's title: the date the text was last updated, no CSL field, for the note as Vancouver's "[updated ...]".
CYRILLIC_UPDATED = re.compile(r"(?i)(?<!\S)дата\s+(?:оновлення|обновления|абнаўлення)\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}\.?(?!\S)")
# WHO's "Licence: CC BY-NC-SA 3.0 IGO." closing its suggested citation: the terms of reuse, no CSL field; the note
# keeps them (the tagger read "Licence:" as a place and the licence as a number).
LICENCE = re.compile(r"(?i)(?<!\S)licen[cs]e:\s*CC[\s-](?:BY(?:-(?:NC|ND|SA))*|0)(?:\s+\d\.\d)?(?:\s+IGO)?\.?(?!\S)")
# A thesis's supervisor, named in a sentence of its own after the school (ČSN ISO 690 "Vedoucí práce doc. Jiří Malíř.",
# "Supervisor: ...", ABNT "Orientador: ...", "Betreuer: ...", "Directeur de thèse : ...", "Promotor: ..."): CSL has no
# field for them; the note keeps the sentence, which the tagger ran into the school.
SUPERVISOR = re.compile(r"(?<=[.,] )(?:Vedoucí\s+(?:diplomové\s+|disertační\s+|bakalářské\s+|rigorózní\s+)?práce|Školitel"
                        r"|Supervisors?|Orientador[a]?|Betreuer(?:in)?|Directeur\s+de\s+thèse|Directrice\s+de\s+thèse"
                        r"|Promotor|[Rr]elat(?:ore|rice)|Director(?:a)?\s+de\s+(?:la\s+)?tesis)\b\s*:?\s+[^:/]+?(?=\s+(?:Dostupné|Available|"
                        r"Disponível|Disponible|URL)\b|\s+https?://|$)")
# APA's "(Original work published 1963)" in the languages APA is written in: Spanish "(Obra original publicada en 1963)",
# Portuguese "(Obra original publicada em 1963)", French "(Œuvre originale publiée en 1963)", Italian "(Opera originale
# pubblicata nel 1963)". Claimed whole as a note, which the field rules read as the original-date.
ORIGINAL_PUBLISHED = (r"original(?:ly)?\s+(?:work\s+)?published|first\s+published|obra\s+original\s+publicada|trabajo\s+original\s+publicado"
                      r"|publicado\s+originalmente|[œo]euvre\s+originale\s+publiée|opera\s+originale\s+pubblicata")
ORIGINAL_WORK_NOTE = re.compile(r"(?i)\((?:" + ORIGINAL_PUBLISHED + r")\s+(?:in\s+|en\s+|em\s+|nel\s+)?"
                                r"(?:1[5-9]|20)\d\d\)\.?")
# PubMed's "Epub 2020 Sep 12." after a printed issue, SAGE's "Epub ahead of print 3 May 2021." before the DOI: the online
# date has no CSL field beside issued; it goes to the note whole, not the date alone with "Epub" run into the pages.
EPUB = re.compile(r"(?<!\S)Epub\s+(?:ahead\s+of\s+print(?:\s+(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}|\s+\d{4})?"
                  r"|\d{4}(?:[-/]\d\d?[-/]\d\d?|\s+[A-Z][a-z]{2,8}(?:\s+\d{1,2}(?!\d))?)?)\.?")
# PubMed's identifiers, which Vancouver and AMA print after the DOI ("PMID: 32918471", "PMCID: PMC6387445", "PMC ID:
# 3867588"), Wikipedia's "PMID 32918471", "PMC 6387445", the BMJ's "doi:10.1136/bmj.m441 pmid:32046543": CSL's PMID and
# PMCID (which keeps its "PMC"), not the work's number.
PUBMED_ID = re.compile(r"\b(?:(PMID|pmid)|(?:PubMed\s?Central\s+)?PMC\s?ID):?\s*(?:PMC)*(\d{5,9})\b[.;,]?|\bPMC\s?(\d{5,9})\b[.;,]?")
# The catalogue and index numbers Wikipedia's citation templates print after a work ("JSTOR 41933420", "OCLC 12345678",
# "LCCN 2001012345", "Bibcode 2004ApJ...600..580S", "S2CID 1234567", "OSTI 4416418", "CiteSeerX 10.1.1.31.4563"):
# where a library or index files the work, not the work's own number; no CSL field: note.
CATALOGUE_ID = re.compile(r"(?<!\S)(?:JSTOR\s\d{3,10}|OCLC\s\d{3,12}|LCCN\s[a-z]{0,3}\s?\d[\d-]{5,12}|S2CID\s\d{3,12}|"
                          r"OSTI\s\d{3,12}|CiteSeerX\s10(?:\.\d+){2,}|Bibcode\s\d{4}[\w.&]{14}[A-Za-z.])[.;,]?(?!\S)")
# eLIBRARY's document number, which Russian journals print after the DOI: "EDN: FJXKQT" (no CSL field: note).
ELIBRARY_EDN = re.compile(r"\bEDN:?\s*[A-Z]{6}\b\.?")
# The review numbers AMS lists print after a mathematics reference: MathSciNet's "MR1253227" (older "MR0242802 (40
# #6046)", "MR 2003k:14001") and zbMATH's "Zbl 0806.11042" (no CSL field: note, not the pages or the work's number).
MATH_REVIEW = re.compile(r"(?<!\S)(?:MR\s?\d{5,8}(?:\s\(\d{2}\s#\d{1,6}\))?|MR\s?\d{2,4}[a-z]:\d{5}|Zbl\s\d{3,4}\.\d{5})"
                         r"[.;,]?(?!\S)")
# Russian References "Transl. from Engl." (no translator named): a note on the book, no container ("Transl. from
# English by Yu. Bocharov." names the translator: the sentence is theirs).
TRANSLATED_FROM = re.compile(r"(?<!\S)(?:Transl\.|Translated)\s+from\s+(?:the\s+)?[A-Z][a-z]+\.?(?=\s|$)(?!\s+by\s)")
LANGUAGE = re.compile(
    r"(?i)[(\[]\s*(?:in|на)\s+(russ|ukr|engl|germ|fr|kaz|bel|span|chin|jpn|pol|ital|port|arm|georg|uzb|kyrg|tajik|"
    # area-studies journals' "[in Japanese]", "(in Persian)": whole names, so "(in Japan)" or "(in Korea)" is no mark
    r"japanese|korean|turkish|persian|farsi|arabic|mongolian|hebrew|vietnamese|"
    r"русск|укр|англ)[a-zа-я]*\.?\s*(?:[,;]\s*(?P<more>[^()\[\]]{0,40}))?[)\]]"  # more: "abstract in Engl."
)
LANG_CODES = {
    "russ": "ru", "ukr": "uk", "engl": "en", "germ": "de", "fr": "fr", "kaz": "kk", "bel": "be", "span": "es",
    "chin": "zh", "jpn": "ja", "pol": "pl", "ital": "it", "port": "pt", "arm": "hy", "georg": "ka", "uzb": "uz",
    "kyrg": "ky", "tajik": "tg", "русск": "ru", "укр": "uk", "англ": "en", "japanese": "ja", "korean": "ko",
    "turkish": "tr", "persian": "fa", "farsi": "fa", "arabic": "ar", "mongolian": "mn", "hebrew": "he", "vietnamese": "vi",
}
# Vancouver's language note closing a reference after its numbers: "2019;59(5):12-8. Russian."
LANGUAGE_LAST = re.compile(
    r"(?i)(?<=[\d)][.;]\s)(russian|ukrainian|german|french|spanish|chinese|japanese|polish|"
    r"italian|portuguese|czech|turkish|korean)\.$"
)
LANGUAGE_NAMES = {"russian": "ru", "ukrainian": "uk", "german": "de", "french": "fr", "spanish": "es", "chinese": "zh",
                  "japanese": "ja", "polish": "pl", "italian": "it", "portuguese": "pt", "czech": "cs", "turkish": "tr",
                  "korean": "ko"}
# Every lead opens with one of a few letters (any case): the lookahead lets the scan pass other positions at one test.
LEAD = re.compile(
    r"(?i)\b(?=[abdehortuvzр])(?:available\s+(?:at|from|online)(?:\s+at)?\s*:?|available\s*:|retrieved\s+from|URL\s*:|режим\s+доступ[ау]\s*:|"
    r"erişim\s+adresi\s*:?|"  # Turkish APA's "Erişim adresi: https://..."
    r"online\s+at\s*:?|accessible\s+at\s*:?|"
    # "Disponível em:" (ABNT), "Disponible en:", "Recuperado de" (Spanish APA), "Dostępny w Internecie:",
    # "Dostępne w:", "Dostupné z:" (ČSN ISO 690), "Beschikbaar via:", "Tilgjengelig fra:", Polish "... z https://",
    # a note's "..., 2 December 2019, at https://"
    r"dispon[íi]ve(?:l|is)\s+em\s*:?|disponible\s+en\s*:?|recuperado\s+de\s*:?|dost[ęe]pn[ye]\s+w\s+internecie\s*:?|"
    r"dostępne\s+(?:w|na)\s*:?|dostupn[éeý]\s+(?:z|na)\s*:?|(?<=\d )z(?=\s+https?://)|(?<=, )at(?=\s+https?://)|"
    r"beschikbaar\s+(?:via|op)\s*:?|tilgjengelig\s+fra\s*:?|tillgänglig\s+på\s*:?|"
    r"hentet\s+fra\s*:?(?=\s*(?:https?://|www\.))|"  # Norwegian and Danish APA's "Hentet fra https://..." (retrieved from)
    # Indonesian and Malay: "Diakses dari https://..." (retrieved from), "Tersedia di:", "Dicapai dari", "Diperoleh dari"
    r"diakses\s+(?:dari|melalui)\s*:?|tersedia\s+(?:di|dari|pada)\s*:?|dicapai\s+(?:dari|di)\s*:?|diperoleh\s+dari\s*:?|"
    # German "Online verfügbar unter https://... [Zugriff am 14.03.2023]", "Verfügbar unter:"
    r"(?:online\s+)?verfügbar\s+unter\s*:?)"
)
# "[Электронный ресурс]", Ukrainian "[Електронний ресурс]", Belarusian "[Электронны рэсурс]".
MEDIUM = re.compile(r"(?i)\[\s*(?:электронный\s+ресурс|електронний\s+ресурс|электронны\s+рэсурс|electronic\s+resource|"
                    r"текст|text|online|elektronnyi\s+resurs|"
                    r"internet|(?:serial|monograph|database|homepage)\s+on\s+the\s+internet|cd-rom|dvd|"
                    r"electronic\s+version)\s*\]")  # APA 6 "[Electronic version]"
# Wikipedia's file format after a quoted title: '"Population of Uzbekistan" (PDF).'
FILE_FORMAT = re.compile(r"(?<=[”\"’'] )\((?:PDF|DOCX?|XLSX?|PPTX?)\)")
# MLA's format closing a book read on a device, after its year: "Random House, 2020. Kindle.", "2019. E-book."
# A book's electronic format closing the reference after its year (MLA's "Random House, 2020. Kindle.") or its
# publisher (Chicago author-date's "Chicago: University of Chicago Press. Kindle.", "... Press. PDF e-book.")
EBOOK_FORMAT = re.compile(r"(?<=[\w)]\. )(?:Kindle(?: ed(?:ition|\.))?|[Ee]-?[Bb]ook|Audiobook|Apple Books|Nook|EPUB"
                          r"|PDF e-?book)\.?$")
# GOST R 7.0.100-2018 names the content and carrier: "– Текст : электронный."
CONTENT_TYPE = re.compile(r"(?i)(?<!\S)(?:Текст|Text|Tekst)\s*:\s*(?:непосредственный|электронный|electronic|unmediated|"
                          r"neposredstvennyi|elektronnyi)\b\.?")

# Document symbols: "Document 1062-27-05-2013", OSCE "PC.DEL/535/10/Rev.1", UN "S/2021/759",
# "A/RES/70/1", "S/PV.7138", "E/CN.4/2005/L.10" and the treaty bodies' "CERD/C/KGZ/CO/8-10" (not inside
# a link), the European Parliament's texts adopted "P9_TA(2020)0231" and the Commission's "COM(2020) 690 final",
# the Council of Europe's Venice Commission opinions "CDL-AD(2019)016" and Committee of Ministers' "CM/Rec(2010)5",
# "arXiv:1301.3781".
_NUMBER_FORMS = (
    r"\b(?:document|doc\.)\s+(?:no\.\s*)?[A-Za-zА-Яа-я]*[-/.]?\d[\w./-]*"
    r"|\b(?-i:[A-Z]{2,}(?:\.[A-Z]{2,})+)/\d+(?:/[\w.]+)*"  # "PC.DEL/535/10/Rev.1", not "hdl.handle.net/2077/52123"
    r"|(?<![\w/.:-])(?-i:A|S|E|ST|HRC|UNEP|TD|CERD|CCPR|CAT|CEDAW|CRC|CRPD|CMW|CED)(?-i:/[A-Z][A-Za-z0-9.]*)*/\d+"
    r"(?:-\d+)?(?:/[\w.]*\w)*"
    r"|(?<![\w/.:-])(?-i:A|S)(?:/\d+)?/(?-i:PV)\.\d+"  # a meeting's verbatim record: "S/PV.7138", "A/68/PV.80"
    r"|(?<![\w/.:=-])(?-i:CDL-[A-Z]{2,4}|CM/Rec|CM/Res)\(\d{4}\)\d+"
    r"|\b(?-i:P\d_TA(?:-PROV)?)\(\d{4}\)\d{4}|\b(?-i:COM|SWD|JOIN|SEC)\(\d{4}\)\s?\d+(?: final)?"
    # the European Council's and the Council of the EU's own symbols: "EUCO 20/23", "ST 9240/23", "ST 9240/23 INIT"
    r"|(?<![\w/.:-])(?-i:EUCO|ST)\s\d{1,5}/(?:\d{2}|\d{4})\b(?:\s(?-i:INIT|REV\s\d+))?"
    r"|\barXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?"
)
# Every form starts with a Latin letter at the start of a word (the lookbehinds of the UN symbols
# hold only there), so one test for it lets the scan pass the other positions, where it tried every form.
NUMBER = re.compile(rf"(?i)\b(?=[A-Z])(?:{_NUMBER_FORMS})")
# Nordic official reports numbered by year ("NOU 2019: 4", "SOU 2020:46", "Ds 2017:12"), and the code
# opening a reference in author position ("NOU 2019: 4. Title. Oslo: ...").
YEAR_NUMBERED_REPORT = r"(?:[A-Z]{2,5}|Ds) (?:19|20)\d\d ?: ?\d+"
YEAR_NUMBERED_LEAD = re.compile(rf"^{YEAR_NUMBERED_REPORT}(?=\.?\s)")
# A standard's designation where an item starts or a part begins ("ГОСТ Р 7.0.100–2018. ...",
# "ISO 690:2010.", "..., IEEE Std 754-2019, ..."), not a standard a title mentions.
# A designation opens with one of a few capitals, tested once per position before the places it may start.
# A designation opens a reference, a sentence or a bracket, or follows a quoted title's closing quote (IEEE's
# "“Title,” ANSI/ASHRAE Standard 62.1-2022"); after Harvard's "(2006) " it opens the title and must end in its
# year ("BS EN 14904:2006 Surfaces for sports areas"), not "(2019) ISO 9001 in small firms".
STANDARD = re.compile(
    r"(?=[ABDEGINГДСО])(?:^|(?<=[.,;]\s)|(?<=[.,;][”\"]\s)|(?<=\()|(?<=\)\s)(?P<after_year>))(?:ГОСТ(?:\s?Р)?(?:\s?(?:ИСО|МЭК)(?:/МЭК)?)?|GOST(?:\s?R)?(?:\s?(?:ISO|IEC)(?:/IEC)?)?"
    # ... and Ukraine's, Belarus's and Kazakhstan's national standards: "ДСТУ 8302:2015", "ДСТУ ISO 9001:2015",
    # "СТБ 1128-98", "СТ РК 1.5-2019"
    r"|(?:ДСТУ|СТБ|СТ\sРК)(?:\s?(?:ISO|IEC|EN)(?:/IEC)?)?"
    r"|(?:ISO|IEC)(?:/(?:IEC|IEEE|ASTM))*(?:/T[RS])?|IEEE\s+Std\.?|ANSI(?:/[A-Z]+)?|BS(?:\s?EN)?(?:\s?ISO)?"
    # ... and the European, Australian and New Zealand, and French bodies' own: "EN 1090-2:2018", "AS 4685.1:2014",
    # "AS/NZS 3000:2018", "NF X 50-110", "NF EN ISO 14001"
    r"|DIN(?:\s?EN)?(?:\s?ISO)?|ASTM|СТО|СНиП|ОСТ|EN(?:\s?ISO)?|AS(?:/NZS)?|NZS|NF(?:\s?EN)?(?:\s?ISO)?"
    # ... and the American engineering bodies' codes: "ASCE/SEI 7-16", "ACI 318-19", "ASME B31.3-2020", "NFPA 13" (a
    # year and a word after the body name its meeting: "Proc. ASME 2021 Pressure Vessels and Piping Conference")
    r"|(?:ASCE(?:/SEI)?|ACI|ASME|AASHTO|NFPA)(?!\s(?:19|20)\d\d\s))(?:\s(?:Standard|Std\.?)(?:\sNo\.)?)?\s?[A-ZА-Я]?\s?\d(?:[\d.:/–-]*\d)?"
    # ... and an ASTM designation's metric twin with its year: "ASTM D2166/D2166M-16", "ASTM C39/C39M-21"
    r"(?:/[A-Z]\d+M?(?:[–-]\d+)?)?(?=[\s.,;)]|$)(?(after_year)(?<=[:–-](?:19|20)\d\d))"
)

# (label, pattern, cue words): a pattern runs only when one of its cues occurs in the
# lower-cased text, which keeps the expensive ones (dates) off most references. The cues
# are plain substrings: a few ``in`` tests cost less than one regex search.
# Each form opens with "[", a Latin a, c, d or e or a Cyrillic а, д or с (any case), tested once per position.
# GOST R 7.0.100-2018 names the speciality before the degree: "специальность 5.2.3 «Региональная и отраслевая
# экономика» : диссертация на соискание ученой степени кандидата экономических наук".
THESIS = re.compile(r"(?i)(?=[\[acdeадс])(?:(?:\bспециальность\s+\d+(?:\.\d+)+\s*(?:«[^«»]*»\s*)?:\s*)?(?:"
                    r"(?:автореф\.\s*)?\bдисс?\.\s*(?:\.\.\.|…)?\s*(?:канд|д-ра|докт)[\w.\s-]*?наук"
                    # the degree in full words: Russian "(автореферат) диссертация(и) на соискание ученой степени
                    # кандидата экономических наук", Ukrainian "дисертація на здобуття наукового ступеня доктора ...
                    # наук" (or "доктора філософії"), Belarusian "дысертацыя на суісканне вучонай ступені ... навук"
                    r"|(?:автореферат\s+)?\bдиссертаци[яи]\s+на\s+соискание\s+уч[её]ной\s+степени\s+(?:кандидата|доктора)\s"
                    r"[\w\s-]*?наук|(?:автореферат\s+)?\bдисертаці[яї]\s+на\s+здобуття\s+(?:наукового\s+)?ступеня\s+"
                    r"(?:кандидата|доктора)\s[\w\s-]*?(?:наук|філософії)|(?:аўтарэферат\s+)?\bдысертацы[яі]\s+на\s+суісканне\s+"
                    r"вучонай\s+ступені\s+(?:кандыдата|доктара)\s[\w\s-]*?навук)\b\.?"
                    # the speciality's code: the old nomenclature's "08.00.05", the one in force since 2021 "5.2.3", "2.6.17"
                    r"(?:\s*:\s*(?:\d\d\.\d\d\.\d\d|\d\.\d{1,2}\.\d{1,2})\.?)?"
                    r"|(?:\bavtoref\.\s*)?\bdiss?\.\s*(?:\.\.\.|…)?\s*(?:kand|d-ra|dokt)[\w.\s-]*?nauk\b\.?"
                   # The References translation: "Cand. econ. sci. diss.", "Dr. Diss. (Econ.)", "Cand. Sci. (Econ.) Diss.",
                   # a field printed whole: "Cand. Sci. (Law) Diss.", "Extended abstract of Cand. Sci. (Econ.) Diss.",
                   # "... Diss. Abstract.", and the degree in words: "Extended abstract of Doctor's thesis", "Candidate's thesis";
                   # also in the transliteration's own order, "Diss." first: "Diss. Cand. Sci. (Econ.)", "Diss. Dr. Sci. (Psychol.)"
                   r"|\b(?:Abstract\s+of\s+)?Diss\.\s*(?:Cand|Dr|Doct)\.\s*(?:[a-z]+\.\s*){0,3}Sci\.(?:\s*\([A-Z][a-z]*\.?\))?"
                   r"|\[?(?:\b(?:Extended\s+)?Abstract\s+of\s+)?\b(?:(?:Cand|Dr|Doct)\.\s*(?:[a-z]+\.\s*){0,3}(?:Sci\.\s*(?:\([A-Z][a-z]*\.?\)\s*)?)?"
                   r"|(?:Doctor|Candidate)['’]s\s+)(?:dissertation|diss|thesis)\.?(?:\s*\([A-Z][a-z]*\.?\))?(?:\s*abstr(?:act)?\.)?\]?)")
# A thesis named in the reference's own language: Polish "(Niepublikowana) rozprawa doktorska", Czech "disertační
# práce", Spanish "tesis doctoral", French "thèse de doctorat", German "Masterarbeit", Dutch "proefschrift", ...
NATIONAL_THESIS = (r"(?:(?:niepublikowana|nepublikovaná)\s+)?(?:rozprawa|praca)\s+(?:doktorska|magisterska|licencjacka|"
                   r"habilitacyjna)|(?:disertační|dizertační|diplomová|bakalářská|rigorózní)\s+práce|"
                   r"(?:dizertačná|diplomová|bakalárska)\s+práca|tesis\s+(?:doctoral|de\s+(?:maestría|licenciatura|grado|"
                   r"doctorado))|trabajo\s+de\s+fin\s+de\s+(?:máster|master|grado)|tesi\s+di\s+(?:dottorato|laurea(?:\s+(?:magistrale|triennale|specialistica))?)|thèse\s+de\s+doctorat|mémoire\s+de\s+(?:master|maîtrise)|"
                   r"(?:doktor|master|diplom|magister|bachelor)arbeit|habilitationsschrift|inauguraldissertation|"
                   r"proefschrift|doktorsavhandling|doktoravhandling|masteroppgave|"
                   r"(?:yay[ıi][mn]lanmam[ıi]ş\s+)?(?:doktora|yüksek\s+lisans)\s+tezi|"
                   r"tese\s+de\s+(?:doutorado|doutoramento)|dissertação\s+de\s+mestrado|"
                   # Indonesian and Malay: "Tesis Magister", "Disertasi Doktor", "Skripsi" (a bachelor's thesis), and
                   # "Tesis" alone as its own word before a stop or comma ("... Deli Serdang. Tesis. Medan: Program
                   # Pascasarjana ...") or bracketed as APA's "(Skripsi)" is ("(Tesis). Universitas ..."), capitalised,
                   # so a title's "una tesis." or "Tesis sobre ..." stays a title; Malay "Tesis PhD"
                   r"(?:tesis|disertasi)\s+(?:magister|master|doktor(?:al)?|sarjana|S[123]|PhD)|(?-i:Tesis)(?=\)?[.,])|disertasi|"
                   r"skripsi|"
                   # Japanese and Chinese: "博士論文", "修士論文", "博士学位论文", "硕士学位论文"
                   r"(?:博士|修士)論文|(?:博士|硕士)学位论文")
NATIONAL_THESIS_CUES = ("rozprawa", "praca ", "práce", "práca", "tesis", "trabajo de fin", "tesi ", "thèse", "mémoire", "arbeit", "schrift",
                        "proefschrift", "avhandling", "oppgave", "tezi", "tese ", "dissertação", "論文", "论文",
                        "disertasi", "skripsi")
# IEEE / Harvard: "Ph.D. dissertation,", "M.S. thesis", with the bracket opening it in APA 6's "(Doctoral dissertation,
# University of X)" (not APA's "[Doctoral dissertation, ...]", "[Unpublished master's thesis]" or "(... dissertation)",
# which the title rules read)
DEGREE_THESIS = re.compile(r"(?i)(?:(?<!\S)\(|\b(?<!\[)(?<!\[unpublished ))(?:Ph\.?\s?D|M\.?\s?S|M\.?\s?A|M\.?\s?Sc|Master['’]s|Doctoral)\.?\s+"
                           r"(?:thesis|dissertation)\b(?!\))"
                           # ABNT "Tese (Doutorado em Economia)", "Dissertação (Mestrado em ...)"
                           r"|\b(?:Tese|Disserta[çc][ãa]o)\s*\((?:Doutorado|Mestrado|Livre-Doc[eê]ncia)[^()]*\)"
                           # a national one alone or bracketed whole; opening APA's bracket ("[Tesis doctoral, Universidad
                           # de Zaragoza]") it is the title rules' descriptor, as "[Doctoral dissertation, ...]" is
                           r"|\[(?:" + NATIONAL_THESIS + r")\]|(?<!\[)\(?\b(?:" + NATIONAL_THESIS + r")\b\)?")

# Indonesian and Malay pages after their cue, "Kompas, hlm. 7.", "Vol. 9 No. 1, hal. 33–48": the cue is no other
# language's, so what follows it is the pages wherever it stands.
INDONESIAN_PAGES = re.compile(r"(?<!\S)(?:hlm|hal)\.\s*\d+(?:\s*[–-]\s*\d+)?(?=[.,;]?(?:\s|$))")

# A chapter's pages in brackets after its book, in any language: APA "(pp. 215–249)", Polish "(s. 215–249)",
# Spanish "(págs. 12–30)", Russian "(с. 12–30)", Indonesian and Malay "(hlm. 55–78)", "(hal. 12–30)" (halaman, pages).
BRACKETED_PAGES = re.compile(r"\((?:pp?|ss?|S|с|С|str|стр|p[áa]gs?|blz?|hlm|hal)\.\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?\)")
# ABNT's count of leaves ("folhas"): "120 f."
LEAVES = re.compile(r"(?<!\S)\d+\s?f\.(?=\s|$)")

# Abbreviated publishing cities of Russian imprints: Moscow, St Petersburg, Leningrad, Petrograd, Kyiv,
# Minsk, Kharkiv.
ABBREVIATED_CITIES = r"(?:М|СПб|Л|Пг|К|Мн|Х)"
# "М.:", "СПб. :", "Л.:", and before the year with no publisher, "– Пг., 1915.", "Л., 1929. 596 с.": after
# a stop or dash, not after an initial ("Иванов И. К., 2010").
_CITY_FORMS = (rf"(?<!\S)(?:{ABBREVIATED_CITIES}|M|SPb)\.\s?:(?=\s)"
               rf"|(?<=[.–—] )(?<![\s.][А-ЯЁ]\. )(?<!^[А-ЯЁ]\. ){ABBREVIATED_CITIES}\.,(?=\s(?:1[5-9]|20)\d\d\b)"
               # German "Frankfurt a. M.:", "Frankfurt/M.:", "Halle a. d. S.:"
               r"|(?<!\S)[A-ZÄÖÜ][a-zäöüß]+(?:\s?a\.\s?(?:d\.\s?)?[A-Z]\w{0,4}\.|/[A-Z]\.)\s?:(?=\s)")
# Every form opens with a capital: one test of it passes the other positions, where the three forms' lookbehinds
# were each tried at every character.
CITY = re.compile(rf"(?=[МСЛПКХA-ZÄÖÜ])(?:{_CITY_FORMS})")

# The word that opens a journal's series after its name, Russian, Ukrainian and Belarusian: "Вестник ...
# университета. Серия 8", "Вісник ... Серія: Право", "Веснік ... Серыя 1", "Сер. 8".
JOURNAL_SERIES = r"(?:Серия|Серія|Серыя|Сер\.)"

# GOST qualifies an edition: "2-е изд., перераб. и доп.", "3-е изд., испр.", "стер."; Ukrainian DSTU
# "2-ге вид., переробл. і допов." or "перероб. та допов.", Belarusian "2-е выд., перапрац. і дап.".
_EDITION_QUALIFIER = r"(?:перераб|перероб|перапрац|доп|дап|испр|випр|выпр|стер)\w*\.?"
EDITION_QUALIFIERS = _EDITION_QUALIFIER + r"(?:\s*(?:и|і|та|,)\s*" + _EDITION_QUALIFIER + r")*"
# References lists translate those qualifiers after an English edition: "2nd ed., rev. and enl.", "3rd ed., corr.",
# "2nd ed., revised and supplemented"; APA's "(5th ed., text rev.)" (the DSM's text revision).
_ENGLISH_EDITION_QUALIFIER = r"(?:(?:text\s+)?rev(?:ised)?|enl(?:arged)?|expanded|updated|corr(?:ected)?|suppl(?:emented)?|abridged)(?!\w)\.?"
ENGLISH_EDITION_QUALIFIERS = _ENGLISH_EDITION_QUALIFIER + r"(?:\s*(?:,|and|&)\s*" + _ENGLISH_EDITION_QUALIFIER + r")*"
# "17. baskı" (Turkish), "3. vyd." (Czech), "2. uppl." (Swedish), "2. utg."/"2. udg." (Norwegian,
# Danish), "3. Aufl." (German), "3e druk" (Dutch), "wyd. 2" (Polish); the number's stop may be left out, as
# swedish-legal prints it ("2 uppl., Питер 2019")
_NATIONAL_EDITION_WORDS = r"baskı|bs|vyd|vydání|uppl|upplagan|utg|utgave|udg|udgave|auflage|aufl"
# German qualifies its edition between the number and the word: "2., überarb. Aufl.", "3., erw. und
# aktualisierte Auflage", "4., neu bearb. Aufl."
GERMAN_EDITION_QUALIFIER = r"(?:überarb|erw|aktual|aktualisiert|neu\s?bearb|neubearb|durchges|verb|korr|revid)\w*\.?"
_GERMAN_QUALIFIERS = rf"{GERMAN_EDITION_QUALIFIER}(?:\s*(?:,|und|u\.)\s*{GERMAN_EDITION_QUALIFIER})*"
_NATIONAL_EDITION = (rf"\d+(?:\.(?:,\s*{_GERMAN_QUALIFIERS})?)?\s+(?:{_NATIONAL_EDITION_WORDS})\.?"
                     # French "9e éd.", "1re édition", "2ème éd.", Italian "2a ed.", "3a edizione"
                     r"|\d+(?:e|re|ème|a)\s+(?:éd\.|édition|ed\.|edizione)"
                     r"|\d+e\s+druk|wyd\.\s+\d+"
                     # Indonesian and Malay "Edisi 4", "Edisi ke-2", "Edisi Kedua" is left to the words; a reprint
                     # numbered as the lists print it, "(Cetakan ke-36)", is read as the edition it stands for
                     r"|(?:edisi|cetakan)\s+(?:ke-?\s?)?\d+")
SEASON_EDITION = r"(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}"
_EDITION_FORMS = (r"(?<!\S)\(?(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\s+(?:rev(?:ised)?\.?\s+|"
                  r"expanded\s+)?ed(?:n|ition)?\.?\)?(?:,\s*" + ENGLISH_EDITION_QUALIFIERS + r"\)?)?[.,]?(?!\S)|(?<!\S)\(?\d+\.?[ªº]\s+ed\.\)?[.,]?(?!\S)|"
                  # ABNT's "19. ed. Rio de Janeiro:" (lower case; "2. Ed. by" names an editor)
                  r"(?<!\S)\d{1,3}\.\s+(?-i:ed\.)(?!\S)(?!\s+(?:by|por)\b)|"
                  # an edition named by what it is, no number: APA's "(Rev. ed.)", "Revised edition", "Expanded ed."
                  r"(?<!\S)\(?(?:" + ENGLISH_EDITION_QUALIFIERS + r")\s+ed(?:n|ition)?\.?\)?[.,]?(?!\S)|"
                  # an online reference work's dated release: the Stanford Encyclopedia's "Fall 2022 ed." (MLA)
                  r"(?<!\S)\(?" + SEASON_EDITION + r"\s+ed(?:n|ition)?\.?\)?[.,]?(?!\S)|"
                  r"(?<!\S)\(?(?:" + _NATIONAL_EDITION + r")\)?[.,]?(?!\S)|(?<!\S)\d+-(?:е|ге|тє|є)\s+(?:изд|вид|выд)\.(?:,\s*"
                  + EDITION_QUALIFIERS + r")?"
                  # ... and the word first: "Изд. 2-е, испр. и доп.", Ukrainian "Вид. 3-тє, перероб. і допов."
                  r"|(?<!\S)(?:изд|вид|выд)\.\s*\d+-(?:е|ге|тє|є)(?:,\s*" + EDITION_QUALIFIERS + r")?(?![^\s.,])"
                  # Chinese and Japanese GB/T "2版." (第2版)
                  r"|(?<!\S)第?\d{1,2}\s?版[.,]?(?!\S)")
# Every form starts a word: tested once per position, before the four forms are tried.
EDITION = re.compile(rf"(?i)(?<!\S)(?:{_EDITION_FORMS})")

OVERRIDES = (
    ("url", URL, ("http", "www.", "ftp:") + tuple(f".{host}/" for host in _BARE_HOSTS)
     + tuple(f".{level}." for level in _COUNTRY_SECOND_LEVELS)),
    ("edition", EDITION, (" ed", " éd", "изд", " вид.", " выд.", "bask", " bs.", "vyd", "uppl", "utg", "udg", "aufl", "druk",
                          "wyd", "版", "edisi", "cetakan")),
    ("location", CITY, (".:", ". :", ".,")),  # "М.:", "Frankfurt a. M.:", "М., 2010"
    ("genre", THESIS, ("дис", "dis", "thesis", "дыс")),
    ("genre", DEGREE_THESIS, ("thesis", "dissertation", "tese", "disserta") + NATIONAL_THESIS_CUES),
    ("pages", LEAVES, (" f.",)),
    ("pages", INDONESIAN_PAGES, ("hlm.", "hal.")),
    ("pages", BRACKETED_PAGES, ("(pp.", "(p.", "(s.", "(ss.", "(с.", "(str.", "(стр.", "(pág", "(pag", "(bl", "(hlm.", "(hal.")),
    ("doi", DOI, ("10.",)),
    ("isbn", ISBN, ("isbn",)),
    ("issn", ISSN, ("issn",)),
    ("accessed", ACCESSED, ("access", "retriev", "viewed", "consult", "cited", "обращения", "звернення", "доступа",
                            "abgerufen", "zugegriffen", "acesso", "pobrano", "dostęp", "cit.", "citováno",
                            "geraadpleegd", "hämtad", "erişim", "zugriff", "recuperado", "geprüft", "aufgerufen",
                            "accedido", "acedido", "acessado", "viděno", "pristupljeno", "приступљено", "просмотрено",
                            "viitattu", "vaadatud", "skatīts", "žiūrėta", "elérés", "accesării", "åtkomstdatum",
                            "pridobljeno", "қаралған", "жеткізілген", "murojaat", "мурожаат", "diakses", "akses",
                            "dilayari")),
    ("accessed", TURKISH_ACCESSED, ("erişil", "erisil")),
    ("accessed", INDONESIAN_ACCESSED, ("diakses",)),
    ("language", LANGUAGE, ("(in ", "[in ", "(на ", "[на ")),
    ("language", LANGUAGE_LAST, tuple(name + "." for name in LANGUAGE_NAMES)),
    ("note", UPDATED, ("updated", "modified", "revised")),
    ("note", TIME_OF_DAY, (" a.m.", " p.m.")),
    ("note", CYRILLIC_UPDATED, ("оновлен", "обновлен", "абнаўлен")),
    ("note", ELIBRARY_EDN, ("edn",)),
    ("note", MATH_REVIEW, ("mr", "zbl")),
    ("note", CATALOGUE_ID, ("jstor ", "oclc ", "lccn ", "s2cid ", "osti ", "citeseerx ", "bibcode ")),
    ("note", EPUB, ("epub",)),
    ("note", LICENCE, ("licen",)),
    ("note", ORIGINAL_WORK_NOTE, ("(original", "(obra", "(trabajo", "(publicado", "euvre", "(opera")),
    ("note", SUPERVISOR, ("vedoucí", "školitel", "supervisor", "orientador", "betreuer", "de thèse", "promotor",
                          "relatore", "de tesis")),
    ("note", TRANSLATED_FROM, ("transl",)),
    ("lead", LEAD, ("available", "retrieved", "url", "режим", "online", "accessible", "disponí", "disponi", "recuperado",
                    "dostęp", "dostup", " z http", ", at http", "beschikbaar", "tilgjengelig", "tillgänglig",
                    "verfügbar", "erişim", "hentet", "diakses", "tersedia", "dicapai", "diperoleh")),
    ("medium", MEDIUM, ("[",)),
    ("medium", FILE_FORMAT, ("(pdf)", "(doc", "(xls", "(ppt")),
    ("medium", EBOOK_FORMAT, ("kindle", "book.", "books.", "nook.", "epub")),
    ("medium", CONTENT_TYPE, ("текст :", "текст:", "text :", "text:", "tekst :", "tekst:")),
    ("number", PUBMED_ID, ("pmid", "pmc")),
    ("number", NUMBER, ("document", "doc.", "/", "arxiv", "_ta", "com(", "swd(", "join(", "sec(")),
    ("number", YEAR_NUMBERED_LEAD, (":",)),
    ("number", STANDARD, ("гост", "gost", "iso", "iec", "std", "ansi", "bs", "din", "astm", "сто", "снип", "ост", "nzs",
                          "дсту", "стб", "ст рк", "nf ", "asce", "aci ", "asme", "aashto", "nfpa")
     + tuple(f"{body} {digit}" for body in ("en", "as") for digit in "0123456789")),
)


def _trie(words) -> str:
    """A pattern matching any of ``words`` as a trie of their characters (at each character one branch per next
    character, so the regex engine tests a character once, not once per word), preferring the longest word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body
    return branch(trie)


_OVERRIDE_CUES = sorted({cue for _, _, cues in OVERRIDES for cue in cues})
# Every override's cues in one scan of the lower-cased text: at each position the longest cue starting there (in a
# lookahead, so cues that overlap are all found); a cue found stands for itself and every cue it starts with
# ("retrieved" for "retriev" too).
_OVERRIDE_CUE = re.compile("(?=(" + _trie(_OVERRIDE_CUES) + "))")
_OVERRIDES_OF_CUE = {found: frozenset(k for k, (_, _, cues) in enumerate(OVERRIDES)
                                      if any(found.startswith(cue) for cue in cues)) for found in _OVERRIDE_CUES}


def cued_overrides(lower: str) -> list:
    """The OVERRIDES, in their order, one of whose cues occurs in ``lower`` (the text lower-cased): one regex scan in
    place of a substring search for each of some 200 cues."""
    found = set(_OVERRIDE_CUE.findall(lower))
    if not found:
        return []
    return [OVERRIDES[k] for k in sorted(frozenset().union(*map(_OVERRIDES_OF_CUE.__getitem__, found)))]


# GOST's and DSTU's descriptors after a title's colon end in abbreviations whose stop is their own: "сб. ст.", "сб. науч.
# тр.", "зб. наук. пр.", "материалы междунар. конф.", "тез. докл.", "навч. посіб.", "вучэб. дапам.".
ABBREVIATIONS_WITH_STOP = {"publ", "inc", "ltd", "co", "corp", "izd", "univ", "ed", "eds", "dept", "assoc", "intl", "st",
                           "jr", "al", "izd-vo", "pub", "ges", "verl", "bros", "кн", "обл", "cat",
                           "abstr", "ст", "тр", "пр", "конф", "докл", "посіб", "дапам", "diss",
                           # a German doctorate's faculty after "Diss.": "Diss. phil.", "Diss. rer. pol."
                           "phil", "jur", "iur", "med", "theol", "oec", "paed", "rer", "nat", "pol", "soc", "techn"}


_LAST_WORD = re.compile(r"[\s.]")


def strip_end(text: str) -> str:
    """Outer punctuation off, keeping the dot of abbreviations ("Publ.", "М.")."""
    text = text.strip(" \t\n,;:/–—-=")  # "– – М. :": runs of GOST area dashes and spaces too
    if text[-2:-1] in (",", ";", ":") and text[-1:] in "’”»\"":
        text = text[:-2] + text[-1]  # Chicago's comma inside the closing quote: 'Zakon ... “O ... AES,”'
    while text.endswith((",", ";", ":", "/", "–", "—")) or text.endswith(("]", "].")) and text.count("[") < text.count("]"):
        text = text.rstrip(".")[:-1].rstrip()  # "University of Birmingham]": the bracket closed before it
    if text.endswith(".") and not text.endswith(".."):
        last = _LAST_WORD.split(text[:-1])[-1]
        # "НГУ.", "MIT.", "DfE.": the dot is punctuation ("СПб." is an abbreviation)
        acronym = last.rstrip(")]")[-1:].isupper() and sum(c.isupper() for c in last) > 1
        if not (len(last) <= 3 and last[:1].isupper() and not acronym or last.lower() in ABBREVIATIONS_WITH_STOP
                or len(last) == 1 and last.isalpha()):
            text = text[:-1]
    return text.strip()


_QUOTES = "‘’“”«»\"'„‚"


# A title that opens with a quoted phrase and runs on: "«Большая игра» с неизвестными правилами", LSA's "‘Elsewhere’
# in phonology", "‘Wh’-movement in Tagalog".
_PHRASE_FIRST = re.compile(r"""^(?:«[^»]*[^\W_]»|“[^”]*[^\W_]”|"[^"]*[^\W_]"|‘[^’]*[^\W_]’)(?:\s+|-)\w""")


def strip_quotes(text: str) -> str:
    text = text.strip()
    phrase = _PHRASE_FIRST.match(text) if text[:1] in "«“\"‘" else None
    if phrase and text[0] == "‘" and text.rstrip(".,;: ")[-1:] == "’":
        phrase = None  # "‘Neft’ i vlast’ v Kazakhstane’": quoted whole, a soft sign inside
    if len(text) > 1 and text[0] in _QUOTES and not phrase:
        text = text[1:]
        stripped = text.rstrip(".,;: ")
        if stripped and stripped[-1] in _QUOTES:
            text = stripped[:-1]
        else:
            j = max(text.rfind(q) for q in "’”»\"")
            if j > len(text) - 4:
                text = text[:j]
    return text.strip()


# The page cue before pages. A "p" or "pp" needs its stop, a space, a digit or the end after it ("pages 492-499"
# is read by its own word, "PA2775" keeps its letters). Kazakh and Uzbek print "бет" (page) as "Б." / "б." where
# Russian prints "С." / "с.", and as "B." / "b." in their Latin alphabets; a Latin "c." typed for the Cyrillic one is
# read as it. Indonesian and Malay print "hlm." or "hal." (halaman): "Vol. 9 No. 1, hlm. 33–48".
_PAGE_PREFIX = re.compile(r"(?i)^\(?\s*(?:pp?(?:\.|(?=[\s\d])|$)|pages?|pgs?\.?|С\.|с\.|c\.|Б\.|B\.|S\.|стр\.|ss\.|str\.|blz?\.|hlm\.|hal\.|P\.|article(?:\s+no\.|\s+id)?|art\.(?:\s+no\.)?)\s*")
# A count of pages: Kazakh and Uzbek print the page word short ("184 б.", Latin "240 b." after a space, as "12b" is a
# folio) or whole ("210 бет.", "210 bet").
_COUNT = re.compile(r"(?i)^\(?\s*(\d+|[ivxlc]+\s*\+\s*\d+)(?:\s*(?:p|pp|pages|с|c|б|бет|стр|s|seiten|л|pgs|f)|\s+(?:b|bet))\.?\s*\)?[.,;]?$")
# The page word after the pages: Kazakh and Uzbek "22–27 б.", "бет", Kyrgyz "34–40-б." (joined by a hyphen), and
# "с." (or a Latin "c.", "b." or "bet" after a space: glued to the number, "45b–45c", a Latin letter is the page's own).
_PAGE_SUFFIX = re.compile(r"(?<=\d)(?:\s*(?:-?б|бб|бет|с)|\s+(?:c|b|bet))$")


_DASH_RUN = re.compile(r"\s*[‐‑–—‒−-]+\s*")  # a page range's dash, any of a Word copy's hyphen characters, spaced or not


def pages(text: str) -> tuple[str, str]:
    """('page' | 'number-of-pages', value) for a pages span."""
    t = text.strip().strip("–—-− ").strip(",;.")
    m = _COUNT.match(t)
    if m:
        return "number-of-pages", m.group(1).replace(" ", "")
    t = _PAGE_SUFFIX.sub("", _PAGE_PREFIX.sub("", t).strip(" ().,;:"))
    t = _DASH_RUN.sub("-", t)  # a Word copy's hyphen characters too: "63‑70" (U+2011)
    return "page", t


# Czech/Slovak "roč. 48, č. 4", Scandinavian "årg. 12", Dutch "jrg. 12", Turkish "cilt 70, sayı 2"
# GOST's part of a work in parts, "Ч. 2", is its volume as "Т. 2" and "Кн. 2" are (not the "(ч. 1)" or ", ч. 1" of a
# gazette's issue); Czech numbers a book's volume "Sv. 3" (svazek), Danish and Norwegian "Bind 5". Two volumes joined
# by a word, "Vol. 3 and 4", are one range.
_VOL = re.compile(r"(?i)(?:\b(?:volumes|volume|vols|vol|v|t|т|кн|(?<!\()ч|bd|tom|band|bind|sv|jg|год|roč|ročník|årg|årgang|jrg|jaargang|cilt)"
                  r"(?:\b|(?=\d))\.?|\bT\.)\s*([\w./–-]+(?:\s+(?:and|&|и|und|et)\s+\d{1,4}\b)?)")
# An issue may carry its running number in brackets, as GOST prints it: "№ 2 (28)"; Spanish says "núm. 163" and
# Spanish and Portuguese "n.º 2" (the ordinal sign after the stop, read before the bare "n."); Polish journals number
# a volume's parts "t. 74, z. 2" (zeszyt).
_ISS = re.compile(r"(?i)(?:\bn\.?[°º]|\b(?:issue|iss|number|nos|no|nr|n|núm|núms|número|numero|vyp|вып|heft|h|fasc|z|zesz|č|čís|číslo|sayı)(?:\b|(?=\d))\.?|№)\s*"
                  r"(\d+\s?[–-]\s?\d+|[\w./–-]+(?:\s*\((?:\d+|(?:ч\.|часть|pt\.|part)\s*[IVX\d]+)\)|,\s*ч\.\s*[IVX\d]+\b)?)")
_VOL_ISS = re.compile(r"(\w+)\s*\(\s*([\w./–\s-]+?)\s*\)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_SPACED_DASH = re.compile(r"\s?([–-])\s?")
_JAHRGANG = re.compile(r"(?i)\b(\d+)\.?\s*(?:jg|jahrg|jahrgang)\b\.?")  # German "84. Jg." is volume 84
# Korean, Japanese and Chinese put the marker after the number: "제21권, 제2호", "1949号".
_CJK_VOL = re.compile(r"(?:[제第]\s?)?(\d+)\s?[권巻卷]")
_CJK_ISS = re.compile(r"(?:[제第]\s?)?(\d+)\s?[호号號]")
_CUE_AT_END = re.compile(r"(?i)[,\s]+(?:vols?|no|nos|iss|issue|№)\.?$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a regex's \w matches


def _without_word(text: str, word: str) -> str:
    """``text`` with its first whole-word ``word`` blanked: issue "1" is not the "1" of volume
    "16". (A regex built from each value would be compiled anew for most references.)"""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _is_word_char(text[start - 1])) and not (end < len(text) and _is_word_char(text[end])):
            return text[:start] + " " + text[end:]
        start = text.find(word, start + 1)
    return text


# How many volumes a work has: "2 vols.", "in 3 volumes", References' "In 2 parts." (GOST's "в 2 ч.").
_VOLUMES = re.compile(r"(?i)(?:in\s+)?(\d{1,3})\s+(?:vols?|volumes|parts|bde|bände)(?!\w)")
# Which part of a work in parts, after its count: "In 2 parts. Part 1", as GOST's "Ч. 1" is its volume.
_PART_CUE = re.compile(r"(?i)^(?:part|pt\.)\s*(?=\d)")
# A volume span that is a year alone ("(1989)"), or opens with one ("2012;30(15):"); a span with anything left.
_YEAR_SPAN = re.compile(r"\(?(1[5-9]\d\d|20\d\d)\)?")
_YEAR_THEN_REST = re.compile(r"^\s*(1[5-9]\d\d|20\d\d)\s*[;,.]\s*(.*)$")
_WORD_CHAR = re.compile(r"\w")


def volume_issue(text: str) -> dict:
    """Split a volume span: "vol. 8, no. 3-1" / "45(2)" / "№ 3" / "2012;30(15):"."""
    out = {}
    whole = text.strip(" ,;:.()")
    count = _VOLUMES.match(whole)
    if count:
        # "2 vols.", and References' "In 3 vols. Vol. 2": the count, then which of them
        rest = _PART_CUE.sub("", whole[count.end():].strip(" ,;:."))
        which = volume_issue(rest) if rest else {}
        if set(which) <= {"volume"}:
            return {"number-of-volumes": count.group(1), **which}
    # "111, no." before its number; "59 (" before the year's bracket, which the PDF copy spaced ("B59( 1975)")
    t = _CUE_AT_END.sub("", text.strip().lstrip("–—-− ").rstrip(" (").strip(",;:."))
    year = None
    if _YEAR_SPAN.fullmatch(t):
        return {"year": t.strip("()")}
    m = _YEAR_THEN_REST.match(t)
    if m:
        year, t = m.group(1), m.group(2)
    i = _CJK_ISS.search(t) or _ISS.search(t)
    part_of_issue = i and "ч." in i.group(1)  # "№ 26, ч. 1": no volume's part
    v = _JAHRGANG.search(t) or _CJK_VOL.search(t) or _VOL.search(t[:i.start()] + t[i.end():] if part_of_issue else t)
    if v:
        out["volume"] = v.group(1).strip(".,")
    if i:
        issue = i.group(1).strip(".,")
        dated = re.fullmatch(r"(\d{1,2})/(1[5-9]\d\d|20\d\d)", issue) if not year else None
        if dated:  # Osteuropa's "50. Jg., H. 9/2000": the issue (Heft) and the year it came out
            issue, year = dated.groups()
        out["issue"] = _SPACED_DASH.sub(r"\1", issue) if issue[:1].isdigit() else issue  # "nos. 2- 3"
    vi = None
    if not v and not i:
        vi = _VOL_ISS.search(t)
        if vi:
            # "30(3 - 4)" -> "3-4"; "38(Suppl 2)" keeps its space
            out["volume"], out["issue"] = vi.group(1), _SPACED_DASH.sub(r"\1", vi.group(2).replace("–", "-"))
        else:
            m = re.match(r"^\(?\s*([\w./-]+?)\s*\)?$", t)
            # T&F "Europe-Asia Studies, 60, 6", a double issue "Pro et Contra, 17, 3–4", an ACM issue named
            # for its conference "Proc. ACM Hum.-Comput. Interact. 4, CSCW2", MLA 7 / Google Scholar "91.5 (2001)",
            # International Affairs' "99: 4" and Cahiers du monde russe's "61/1-2": a slash parts a volume from a
            # smaller issue only (a double issue "15/16", German issue and year "1/91" and "1998/99" stay whole);
            # a supplement after the volume is its issue: "Water Policy, 10, S2"; a running issue number, "Current
            # History, 116, 792, 2017, pp. 258–64" (the caller gave a volume span with no pages beside it its page); an
            # Italian volume in Roman numerals, "«Quaderni storici», XXIII, 2"
            pair = re.fullmatch(r"(\d+[A-Za-z]?|[IVXLC]+),\s*(\d{1,2}(?:[–-]\d{1,2})?|\d{3,5}|[A-Z]{2,8}\d{0,2}|S\d{1,2})", t) \
                or re.fullmatch(r"(\d{1,4})\.(\d{1,4}(?:[–-]\d{1,4})?)", t) \
                or re.fullmatch(r"(\d{1,3}):\s*(\d{1,2}(?:[–-]\d{1,2})?)", t)
            if not pair:
                pair = re.fullmatch(r"(\d{1,3})/((\d{1,2})(?:[–-]\d{1,2})?)", t)
                if pair and int(pair.group(3)) >= int(pair.group(1)):
                    pair = None
            if pair:
                out["volume"], out["issue"] = pair.group(1, 2)
                vi = pair
            elif m and t.startswith("("):
                out["issue"] = m.group(1)
            elif m:
                out["volume"] = m.group(1)
            elif t:
                out["volume"] = t
    elif i and not v:
        # the whole number before the issue's cue: AMS's "JAMA 325 no. 2 (2021)" (had been volume "32")
        m = re.match(r"^\s*(\d+[a-zA-Z]?)(?!\w)", t[:i.start()])
        if m and not _YEAR.fullmatch(m.group(1)):  # "2019 № 4": a year, read from what is left below
            out["volume"] = m.group(1)
    elif v and not i:
        vi = _VOL_ISS.search(t[v.start():])
        if vi and vi.group(1) == out["volume"]:
            out["issue"] = vi.group(2)
        else:
            vi = None
    # Whatever the patterns did not take (a supplement, a running number) goes back as "rest".
    rest = t
    for match in (v, i, vi):
        if match:
            rest = rest.replace(match.group(0), " ", 1)
    for value in out.values():
        rest = _without_word(rest, value)
    if _WORD_CHAR.search(rest):
        out["rest"] = " ".join(rest.split()).strip(" ,;:.()")
    if vi and "issue" in out and _YEAR.fullmatch(out["issue"]) and not year:
        year = out.pop("issue")  # "Phys. Rev. D 79 (1989)": the bracket holds the year, not an issue
    if _YEAR.fullmatch(out.get("rest", "")) and not year:
        year = out.pop("rest")  # "92 (2015) no. 11"
    if year:
        out["year"] = year
    return out


_ORDINAL = re.compile(r"(?i)^(\d+)\s*(?:st|nd|rd|th|-?ге|-?тє|-?є|-?е|ème|re|-?e|a|\.?[ªº]|\.)?\s*(?:rev(?:ised)?\.?\s*)?"
                      r"(?:ed(?:n|ition|izione)?|изд|вид|выд|izd|éd(?:ition)?|edición|" + _NATIONAL_EDITION_WORDS
                      + r"|druk)?\.?(?:\s*,?\s*(?:" + _ENGLISH_EDITION_QUALIFIER + "|" + _EDITION_QUALIFIER + "|" + GERMAN_EDITION_QUALIFIER
                      + r").*)?$")


def edition(text: str) -> str:
    t = text.strip(" ,;.()[]")
    t = t.lstrip("–— 第")  # GOST's area dash before the statement; Chinese "第2版"
    if t[:5].lower() in ("wyd. ", "изд. ", "вид. ", "выд. "):
        t = t[5:]  # Polish and GOST put the number after the word: "wyd. 2", "Изд. 2-е, испр. и доп."
    elif t[:6].lower() == "edisi ":
        t = t[6:].removeprefix("ke-").removeprefix("ke ")  # Indonesian "Edisi 4", "Edisi ke-2"
    elif t[:8].lower() == "cetakan ":
        t = t[8:].removeprefix("ke-").removeprefix("ke ")  # Indonesian "Cetakan ke-3" (reprint)
    m = _ORDINAL.match(t) or re.fullmatch(r"(\d+)\s?版", t)
    if m:
        return m.group(1)
    m = re.match(rf"(?i){SEASON_EDITION}", t)
    if m:
        return m.group()  # "Fall 2022 ed.": the season and year name the release
    first = t.split()[0].lower() if t.split() else ""
    if first in ORDINAL_WORDS and re.search(r"(?i)\bed", t):
        return ORDINAL_WORDS[first]
    return strip_end(t)
