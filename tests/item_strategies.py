"""Hypothesis strategies for realistic CSL-JSON items, shared by the format round-trip tests.

Items look like the ones real bibliographies produce: personal names with particles
and suffixes, corporate names, Cyrillic and accented text, dates of one to three parts,
page ranges, DOIs, ISBNs and ISSNs. Every generated item passes ``items.validate``.

Usage::

    from item_strategies import csl_items, item_lists

    @given(csl_items(types=["article-journal", "book"]))
    def test_round_trip(item): ...

Text is drawn from word pools rather than arbitrary code points, so a failure shows a
readable item; ``specials=True`` mixes in the characters that formats must escape
(``& % $ # _ { } ~ ^ \\``) and ``min_fields``/``variables`` narrow what is generated.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import strategies as st

ENGLISH = """
regional security cooperation policy analysis network model evidence climate
health trade migration energy water governance reform state market learning
neural protein genome cell survey history modernity relations eurasia asia
border identity memory war peace data study review approach theory method
""".split()

RUSSIAN = """
политика безопасность отношения история современность регион экономика
государство реформа общество развитие стратегия интеграция азия россия
""".split()

ACCENTED = """
Sécurité régionale Über Außenpolitik Naïve Café Zürich Kraków Łódź São
Paulo Åland Øresund Ñandú política económica ﬁnance Dvořák
""".split()

SPECIALS = ["R&D", "50%", "$10", "C#", "snake_case", "{DNA}", "~approx", "x^2", "a\\b"]

FAMILIES = [
    "Smith", "Zverev", "Savin", "Lukin", "Allison", "Müller", "O'Brien", "Nguyen",
    "García Márquez", "Łukasiewicz", "Иванов", "Петрова", "Ahmed", "Kim", "Dvořák",
    "Smith-Jones", "Ó Briain", "Yamamoto",
]
GIVENS = [
    "John", "A. V.", "R.", "Roy", "Maria", "Jean-Paul", "Анна", "Сергей Н.", "Li",
    "Hans J.", "K.", "Ólafur", "Émilie",
]
PARTICLES = [("van", None), ("de", None), ("von", None), ("van der", None), (None, "de"), (None, "von")]
SUFFIXES = ["Jr.", "Sr.", "III"]
CORPORATE = [
    "World Health Organization", "European Commission", "IPCC",
    "Министерство иностранных дел Российской Федерации", "U.S. Census Bureau",
]
PUBLISHERS = ["Ves' Mir Publ.", "Oxford University Press", "Springer", "Наука", "MIT Press", "Routledge"]
PLACES = ["Moscow", "Oxford", "New York", "Berlin", "Москва", "Cambridge, MA", "London"]
CONTAINERS = [
    "Central Asian Survey", "Rossiya i novye gosudarstva = Russian and New States of Eurasia",
    "Nature", "Journal of Chemical Physics", "Вопросы экономики", "PLoS ONE",
    "Proceedings of the ACM on Programming Languages",
]
LANGUAGES = ["en", "ru", "uk", "de", "fr", "en-US"]

# The item types real reference lists are made of, with the fields each usually carries.
TYPES = [
    "article-journal", "book", "chapter", "paper-conference", "thesis", "report",
    "webpage", "article-newspaper", "article-magazine", "dataset", "patent",
    "manuscript", "document", "entry-encyclopedia", "software", "standard",
]


def words(specials: bool = False, pools=(ENGLISH, RUSSIAN, ACCENTED)) -> st.SearchStrategy[str]:
    pool = [w for p in pools for w in p] + (SPECIALS if specials else [])
    return st.sampled_from(pool)


def phrases(min_words: int = 1, max_words: int = 8, specials: bool = False) -> st.SearchStrategy[str]:
    """A title-like phrase: words separated by single spaces, sometimes with a colon."""

    @st.composite
    def build(draw):
        parts = draw(st.lists(words(specials), min_size=min_words, max_size=max_words))
        text = " ".join(parts)
        if len(parts) > 2 and draw(st.booleans()):
            cut = draw(st.integers(1, len(parts) - 1))
            text = " ".join(parts[:cut]) + ": " + " ".join(parts[cut:])
        return text[0].upper() + text[1:]

    return build()


@st.composite
def personal_names(draw) -> dict:
    name = {"family": draw(st.sampled_from(FAMILIES))}
    if draw(st.integers(0, 9)):  # nine in ten names have a given name
        name["given"] = draw(st.sampled_from(GIVENS))
    if draw(st.integers(0, 7)) == 0:
        non_dropping, dropping = draw(st.sampled_from(PARTICLES))
        if non_dropping:
            name["non-dropping-particle"] = non_dropping
        if dropping and "given" in name:
            name["dropping-particle"] = dropping
    if draw(st.integers(0, 11)) == 0:
        name["suffix"] = draw(st.sampled_from(SUFFIXES))
    return name


def corporate_names() -> st.SearchStrategy[dict]:
    return st.sampled_from(CORPORATE).map(lambda text: {"literal": text})


def names(corporate: bool = True) -> st.SearchStrategy[dict]:
    if not corporate:
        return personal_names()
    return st.one_of(personal_names(), personal_names(), personal_names(), corporate_names())


def name_lists(min_size: int = 1, max_size: int = 6, corporate: bool = True) -> st.SearchStrategy[list]:
    return st.lists(names(corporate), min_size=min_size, max_size=max_size)


@st.composite
def date_parts(draw, min_year: int = 1850, max_year: int = 2030) -> list[int]:
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from([1, 1, 2, 3, 3]))
    if precision == 1:
        return [year]
    month = draw(st.integers(1, 12))
    if precision == 2:
        return [year, month]
    return [year, month, draw(st.integers(1, 28))]


@st.composite
def dates(draw, ranges: bool = False) -> dict:
    """A CSL date object; with ``ranges=True`` sometimes a two-part range."""
    first = draw(date_parts())
    if ranges and draw(st.integers(0, 5)) == 0:
        second = [first[0] + draw(st.integers(0, 3))] + first[1:]
        return {"date-parts": [first, second]}
    return {"date-parts": [first]}


@st.composite
def pages(draw) -> str:
    start = draw(st.integers(1, 2000))
    kind = draw(st.sampled_from(["range", "range", "range", "single", "eloc"]))
    if kind == "single":
        return str(start)
    if kind == "eloc":
        return f"e{draw(st.integers(1000, 99999))}"
    return f"{start}-{start + draw(st.integers(1, 60))}"


_SLUG = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=2, max_size=10)


@st.composite
def dois(draw) -> str:
    prefix = draw(st.integers(1000, 99999))
    return f"10.{prefix}/{draw(_SLUG)}{draw(st.sampled_from('./-'))}{draw(_SLUG)}"


@st.composite
def isbns(draw) -> str:
    digits = draw(st.lists(st.integers(0, 9), min_size=9, max_size=9))
    body = "978" + "".join(map(str, digits))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}"


@st.composite
def issns(draw) -> str:
    digits = draw(st.lists(st.integers(0, 9), min_size=7, max_size=7))
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1)))
    check = (11 - total % 11) % 11
    body = "".join(map(str, digits))
    return f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"


@st.composite
def urls(draw) -> str:
    host = draw(st.sampled_from(["doi.org", "www.example.org", "elibrary.ru", "arxiv.org", "journals.sagepub.com"]))
    path = "/".join(draw(st.lists(_SLUG, min_size=1, max_size=4)))
    return f"https://{host}/{path}"


def _numeric(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.integers(lo, hi).map(str)


@lru_cache(maxsize=None)
def variable_strategies(specials: bool = False) -> dict[str, st.SearchStrategy]:
    """One strategy per CSL variable the generator can fill (built once: building is slow)."""
    return {
        "title": phrases(1, 12, specials),
        "original-title": phrases(1, 10),
        "title-short": phrases(1, 3),
        "container-title": st.sampled_from(CONTAINERS),
        "container-title-short": st.sampled_from(["Cent. Asian Surv.", "J. Chem. Phys.", "Nat."]),
        "collection-title": phrases(1, 5),
        "author": name_lists(1, 6),
        "editor": name_lists(1, 3),
        "translator": name_lists(1, 2, corporate=False),
        "issued": dates(),
        "accessed": dates(),
        "volume": _numeric(1, 300),
        "issue": st.one_of(_numeric(1, 12), st.sampled_from(["1-2", "S1", "Suppl. 3"])),
        "page": pages(),
        "number-of-pages": _numeric(20, 1200),
        "edition": _numeric(2, 12),
        "number-of-volumes": _numeric(2, 10),
        "publisher": st.sampled_from(PUBLISHERS),
        "publisher-place": st.sampled_from(PLACES),
        "DOI": dois(),
        "URL": urls(),
        "ISBN": isbns(),
        "ISSN": issns(),
        "abstract": phrases(5, 30, specials),
        "note": phrases(1, 10, specials),
        "keyword": st.lists(phrases(1, 3), min_size=1, max_size=4, unique=True).map(", ".join),
        "language": st.sampled_from(LANGUAGES),
        "genre": st.sampled_from(["PhD thesis", "Working paper", "Дис. ... канд. полит. наук"]),
        "medium": st.sampled_from(["Online", "Print", "CD-ROM"]),
        "number": _numeric(1, 9999),
        "archive": st.sampled_from(["Scopus", "Web of Science", "PubMed", "eLibrary.ru"]),
        "call-number": st.builds("{}{}.{}{}".format, st.sampled_from(["H", "DK", "QA", "JZ"]),
                                 st.integers(10, 9999), st.sampled_from("ABCKLR"), st.integers(1, 999)),
    }


# Which variables each type usually carries (beyond title, author, issued).
TYPE_FIELDS = {
    "article-journal": ["container-title", "container-title-short", "volume", "issue", "page", "DOI", "ISSN", "URL"],
    "article-magazine": ["container-title", "volume", "issue", "page", "URL"],
    "article-newspaper": ["container-title", "page", "URL", "publisher-place"],
    "book": ["publisher", "publisher-place", "ISBN", "number-of-pages", "edition", "editor",
             "translator", "collection-title", "number-of-volumes", "volume"],
    "chapter": ["container-title", "editor", "publisher", "publisher-place", "page", "ISBN"],
    "paper-conference": ["container-title", "editor", "publisher", "publisher-place", "page", "DOI"],
    "thesis": ["publisher", "publisher-place", "genre", "number-of-pages", "URL"],
    "report": ["publisher", "publisher-place", "number", "collection-title", "URL", "genre"],
    "webpage": ["container-title", "URL", "accessed"],
    "dataset": ["publisher", "DOI", "URL", "medium", "accessed"],
    "patent": ["number", "publisher-place"],
    "manuscript": ["archive", "call-number", "publisher-place"],
    "document": ["publisher", "URL"],
    "entry-encyclopedia": ["container-title", "editor", "publisher", "publisher-place", "volume", "page"],
    "software": ["publisher", "URL", "medium"],
    "standard": ["publisher", "number", "publisher-place"],
}
COMMON_FIELDS = ["original-title", "title-short", "abstract", "note", "keyword", "language",
                 "accessed", "URL", "archive", "call-number"]


_ids = st.builds("{}{}{}".format, st.sampled_from(["smith", "zverev", "lukin", "allison", "who", "ivanov"]),
                 st.integers(1850, 2030), st.sampled_from(["", "regional", "policy", "security", "a", "b"]))


@st.composite
def csl_items(draw, types=None, variables=None, specials: bool = False, with_id: bool = True) -> dict:
    """A realistic CSL-JSON item.

    ``types`` limits the item types; ``variables`` limits which variables may appear
    (id and type always do); ``specials`` mixes characters formats must escape.
    """
    kind = draw(st.sampled_from(sorted(types) if types else TYPES))
    pool = variable_strategies(specials)
    allowed = set(variables) if variables is not None else set(pool)
    item = {"type": kind}
    if with_id:
        item["id"] = draw(_ids)
    core = ["title", "author", "issued"]
    optional = list(dict.fromkeys(TYPE_FIELDS.get(kind, []) + COMMON_FIELDS))
    for key in core:
        # title almost always present; author and date usually
        if key in allowed and draw(st.integers(0, 9)) > (0 if key == "title" else 1):
            item[key] = draw(pool[key])
    for key in optional:
        if key in allowed and key in pool and draw(st.integers(0, 2)) == 0:
            item[key] = draw(pool[key])
    if "original-title" in item and "title" not in item:
        item["title"] = draw(pool["title"])
    return item


def item_lists(min_size: int = 1, max_size: int = 5, **kwargs) -> st.SearchStrategy[list]:
    """Several items with distinct ids, as a whole bibliography file would hold."""
    return st.lists(csl_items(**kwargs), min_size=min_size, max_size=max_size,
                    unique_by=lambda item: item.get("id"))
