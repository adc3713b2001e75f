"""A fourth blind round of exports, from tools no earlier fixture covers: CyberLeninka's RIS and
BibTeX (Cyrillic, names written `Family Given Patronymic` without a comma), Europe PMC's RIS
(MEDLINE-style names and titles, `ID  - MED:...`), Dimensions' RIS (an article, a chapter and
an arXiv preprint under `JOUR`), Zenodo's BibTeX (`@software`, `@dataset`, `version`, a
double-braced title, a bare-number year) and Crossref content negotiation's CSL-JSON for a
bioRxiv preprint (`posted-content`) and an ACM conference paper (`event`, `article-number`);
then a second batch: MDPI's BibTeX, Frontiers' RIS and SciELO's RIS.

The values below were written before the readers were run on the files (see test_more_exports
for the `_note`, `_absent` and `_kept` keys). Every item is also written by every writer and
read again: what the first reading gave must come back.
"""

from __future__ import annotations

import pytest
from test_formats_exports2 import losses_through_writers
from test_more_exports import FIXTURES, assert_items_as_expected, date, name

from cslbridge import api
from cslbridge.formats import get_format

MIGRATION_RU = {
    "type": "article-journal",
    "title": "Трудовая миграция из Таджикистана в Россию: денежные переводы и возвращение",
    "author": [name("Рахмонова", "Делия Шамсиддиновна"), name("Ивашов", "Пётр Андреевич")],
    "container-title": "Вестник Российского университета дружбы народов. Серия: Политология",
    "volume": "21", "issue": "3", "page": "412-428", "issued": date((2019,)), "ISSN": "2313-1438",
    "URL": "https://cyberleninka.ru/article/n/trudovaya-migratsiya-iz-tadzhikistana-v-rossiyu",
    "keyword": "трудовая миграция, денежные переводы, Таджикистан",
}
EAEU_RU = {
    "type": "article-journal", "title": "Евразийский экономический союз и Киргизия: пять лет членства",
    "author": [name("Зверев", "Роман Николаевич")], "container-title": "Россия и новые государства Евразии",
    "issue": "1", "page": "106-125", "issued": date((2020,)),
    "URL": "https://cyberleninka.ru/article/n/evraziyskiy-ekonomicheskiy-soyuz-i-kirgiziya",
}
KAAB = [name("Kääb", "Anna"), name("Nurmatov", "Bakhtiyor")]
KAAB_ARTICLE = {
    "type": "article-journal", "title": "Glacier retreat in High Mountain Asia and its downstream water risk",
    "volume": "11", "issue": "4", "page": "291-300", "issued": date((2021, 4, 1)),
    "DOI": "10.1038/s41558-021-01063-2",
}
OKAFOR = [name("Okafor", "Ngozi"), name("Menon", "Ravi")]

EXPECTED = {
    "ris/cyberleninka.ris": [  # A1 'Family Given Patronymic', T1, JO, Y1, KW lines, N2
        {**MIGRATION_RU, "abstract": "В статье рассматриваются денежные переводы трудовых мигрантов из России в Таджикистан.",
         "publisher": "Федеральное государственное автономное образовательное учреждение высшего образования "
                      "«Российский университет дружбы народов»"},
        {**EAEU_RU, "ISSN": "2073-4786"},
    ],
    "bibtex/cyberleninka.bib": [  # the same names without commas, UTF-8 unescaped
        {"id": "cyberleninka-trudovaya-migratsiya", **MIGRATION_RU},
        {"id": "cyberleninka-evraziyskiy-soyuz", **EAEU_RU},
    ],
    "ris/europepmc.ris": [  # AU 'Kääb A', MEDLINE's closing period, JO/JA, ID MED:..., N1 PMCID
        # changed after the run: bare initials are read with their periods ('A.'), as every RIS
        # record's 'Smith JA' is, and the N1 line 'PMCID: ...' fills the PMCID variable (both were
        # written as 'A' and as note text)
        {**KAAB_ARTICLE, "author": [name("Kääb", "A."), name("Nurmatov", "B.")],
         "container-title": "Nature climate change", "container-title-short": "Nat Clim Chang",
         "ISSN": "1758-678X", "abstract": "Glaciers in High Mountain Asia supply meltwater to 800 million people.",
         "keyword": "Climate Change, Ice Cover", "URL": "https://europepmc.org/abstract/MED/33795863",
         "PMCID": "PMC8012345", "_kept": ["MED:33795863"]},
        {"title": "Learning to cite: reference parsing with weak labels", "author": [name("Okafor", "N."), name("Menon", "R.")],
         "issued": date((2022, 5, 3)), "DOI": "10.1101/2022.05.03.490123",
         "URL": "https://europepmc.org/abstract/PPR/PPR456789", "_kept": ["Preprint", "PPR:PPR456789"]},
    ],
    "ris/dimensions.ris": [  # DA 'YYYY-MM-DD', T2 the container, an arXiv preprint as JOUR
        {**KAAB_ARTICLE, "author": KAAB, "container-title": "Nature Climate Change",
         "URL": "https://app.dimensions.ai/details/publication/pub.1136789012"},
        {"type": "chapter", "title": "Russia and the Eurasian Economic Union", "author": [name("Lukin", "Alexander")],
         "container-title": "Routledge Handbook of Russian Foreign Policy", "issued": date((2018, 5, 17)),
         "page": "280-295", "publisher": "Routledge", "DOI": "10.4324/9781315536934-21",
         "URL": "https://app.dimensions.ai/details/publication/pub.1104567890"},
        {"type": "article", "title": "Learning to Cite: Reference Parsing with Weak Labels", "author": OKAFOR,
         "issued": date((2022, 5, 3)), "DOI": "10.48550/arxiv.2205.01234",
         "URL": "https://app.dimensions.ai/details/publication/pub.1147890123"},
    ],
    "bibtex/zenodo.bib": [  # @software/@dataset, title in double braces, year = 2021 bare, version
        {"id": "kaab_2021_5012345", "type": "software", "title": "glacier-risk: downstream water risk model",
         "author": KAAB, "issued": date((2021, 3)), "publisher": "Zenodo", "version": "v1.2.0",
         "DOI": "10.5281/zenodo.5012345", "URL": "https://doi.org/10.5281/zenodo.5012345"},
        {"id": "okafor_2022_6543210", "type": "dataset", "title": "Weakly labelled reference strings (WLRS) corpus",
         "author": OKAFOR, "issued": date((2022, 5)), "publisher": "Zenodo", "version": "2",
         "DOI": "10.5281/zenodo.6543210", "URL": "https://doi.org/10.5281/zenodo.6543210"},
    ],
    "csljson/crossref_cn_posted.json": [  # posted-content (preprint) with JATS abstract; proceedings-article
        {"type": "article", "title": "Learning to cite: reference parsing with weak labels", "author": OKAFOR,
         "issued": date((2022, 5, 3)), "DOI": "10.1101/2022.05.03.490123",
         "publisher": "Cold Spring Harbor Laboratory",
         "abstract": "We train a reference parser from <i>weak</i> labels.",
         "_kept": ["0000-0002-1234-5678"]},
        {"type": "paper-conference", "title": "Citing Without Copying: How Students Reuse Reference Lists",
         "author": [name("Halvorsen", "Ingrid"), name("Kowalczyk", "Marek")],
         "container-title": "Proceedings of the 2023 CHI Conference on Human Factors in Computing Systems",
         "publisher": "ACM", "publisher-place": "New York, NY, USA",
         "event-title": "CHI '23: CHI Conference on Human Factors in Computing Systems", "event-place": "Hamburg Germany",
         "ISBN": "9781450394215", "page": "1-14", "number": "312", "issued": date((2023, 4, 19)),
         "DOI": "10.1145/3544548.3581234", "_kept": ["University of Oslo, Norway"]},
    ],
    # a second batch: MDPI's BibTeX (upper-case fields, ARTICLE-NUMBER, an HTML entity in the
    # abstract, a Proceedings paper as @Proceedings), Frontiers' RIS (CRLF, M3 the article type)
    # and SciELO's RIS (Portuguese, J2, an e-locator page, LA)
    "bibtex/mdpi.bib": [
        {"id": "su14031234", "type": "article-journal", "author": KAAB,
         "title": "Glacier Retreat and Water Security in the Ferghana Valley", "container-title": "Sustainability",
         "volume": "14", "issue": "3", "number": "1234", "issued": date((2022,)), "ISSN": "2071-1050",
         "URL": "https://www.mdpi.com/2071-1050/14/3/1234", "DOI": "10.3390/su14031234",
         "abstract": "Meltwater from the Tien Shan feeds the Ferghana Valley’s irrigation. We model its decline to 2050."},
        {"id": "proceedings2019033012", "author": [name("Halvorsen", "Ingrid")],
         "title": "Reference Parsing for Low-Resource Languages", "container-title": "Proceedings",
         "volume": "33", "issued": date((2019,)), "URL": "https://www.mdpi.com/2504-3900/33/1/12",
         "DOI": "10.3390/proceedings2019033012", "_kept": ["12"]},
    ],
    "ris/frontiers.ris": [
        {"type": "article-journal", "title": "Citation practices in open peer review", "author": OKAFOR,
         "issued": date((2023,)), "container-title": "Frontiers in Research Metrics and Analytics", "volume": "8",
         "ISSN": "2504-0537", "DOI": "10.3389/frma.2023.1123456",
         "URL": "https://www.frontiersin.org/articles/10.3389/frma.2023.1123456",
         "abstract": "We compare citation practices in open and closed peer review across 1,200 reports.",
         "_kept": ["Original Research"]},
    ],
    "ris/scielo.ris": [
        {"type": "article-journal", "title": "Migração laboral e remessas na Ásia Central",
         "author": [name("Gonçalves", "Maria José"), name("Rodríguez Braun", "Carlos")],
         "container-title": "Revista Brasileira de Política Internacional",
         "container-title-short": "Rev. Bras. Polít. Int.", "volume": "64", "issue": "2", "page": "e012",
         "issued": date((2021,)), "ISSN": "0034-7329", "DOI": "10.1590/0034-7329202100212",
         "URL": "http://www.scielo.br/scielo.php?script=sci_arttext&pid=S0034-73292021000200212&nrm=iso",
         "language": "pt", "keyword": "migração, remessas"},
    ],
}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_export_read_as_a_researcher_expects(path):
    result = api.read(str(FIXTURES / path))
    assert [str(p) for p in result.problems] == []
    assert_items_as_expected(result.items, EXPECTED[path])


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_every_writer_gives_back_what_was_read(path):
    assert losses_through_writers(api.read(str(FIXTURES / path)).items) == []


# --- the rules this round added -------------------------------------------------------------------

def test_a_russian_name_written_family_given_patronymic_without_a_comma_keeps_its_family_name():
    """CyberLeninka's 'Рахмонова Делия Шамсиддиновна': only the last word is a patronymic, so the
    first is the family name, in BibTeX (against its First Last rule) and RIS; given names first
    ('Иван Иванович Петров') and names in other scripts keep their old reading."""
    bib = get_format("bibtex").read(
        "@article{a, title = {T}, author = {Рахмонова Делия Шамсиддиновна and Иван Иванович Петров"
        " and Anna Maria Popovich}, journal = {J}, year = {2019}}", "a.bib").items[0]
    assert bib["author"] == [name("Рахмонова", "Делия Шамсиддиновна"), name("Петров", "Иван Иванович"),
                             name("Popovich", "Anna Maria")]
    ris = get_format("ris").read("TY  - JOUR\nTI  - T\nAU  - Зверев Роман Николаевич\nAU  - Иван Иванович Петров\n"
                                 "ER  - \n", "a.ris").items[0]
    assert ris["author"][0] == name("Зверев", "Роман Николаевич")
    assert ris["author"][1] != name("Иван", "Иванович Петров")


def test_europe_pmc_records_lose_the_period_medline_closes_titles_with_known_by_their_link():
    text = ("TY  - JOUR\nAU  - Kääb A\nTI  - Glacier retreat in High Mountain Asia.\nJO  - Nature climate change\n"
            "PY  - 2021\nUR  - https://europepmc.org/abstract/MED/33795863\nER  - \n\n"
            "TY  - JOUR\nAU  - Kääb A\nTI  - Glacier retreat in the U.S.\nJO  - Nature climate change\n"
            "PY  - 2021\nUR  - https://example.org/kaab\nER  - \n")
    first, other = get_format("ris").read(text, "a.ris").items
    assert first["title"] == "Glacier retreat in High Mountain Asia"
    assert other["title"] == "Glacier retreat in the U.S."  # no such database: the period stays


def test_an_ris_record_with_arxivs_doi_is_a_preprint_as_in_bibtex():
    text = ("TY  - JOUR\nAU  - Okafor, Ngozi\nTI  - Learning to Cite\nT2  - arXiv\nPY  - 2022\n"
            "DO  - 10.48550/arxiv.2205.01234\nER  - \n\n"
            "TY  - JOUR\nAU  - Okafor, Ngozi\nTI  - Learning to Cite\nT2  - Journal of Documentation\nPY  - 2023\n"
            "DO  - 10.48550/arxiv.2205.01234\nER  - \n")
    preprint, article = get_format("ris").read(text, "a.ris").items
    assert (preprint["type"], preprint["number"], preprint["publisher"]) == ("article", "arXiv:2205.01234", "arXiv")
    assert "container-title" not in preprint
    assert (article["type"], article["container-title"]) == ("article-journal", "Journal of Documentation")


def test_mdpis_article_number_is_the_number_and_html_entities_in_bibtex_are_characters():
    (item,) = get_format("bibtex").read(
        "@Article{su14031234,\nAUTHOR = {K\\\"a\\\"ab, Anna},\nTITLE = {Water &amp; ice},\nJOURNAL = {Sustainability},\n"
        "YEAR = {2022},\nARTICLE-NUMBER = {1234},\nABSTRACT = {The Valley&rsquo;s irrigation &#8212; and \\& more.},\n"
        "URL = {https://www.mdpi.com/search?q=a&amp;b=c}\n}", "a.bib").items
    assert item["number"] == "1234"
    assert item["title"] == "Water & ice"
    assert item["abstract"] == "The Valley’s irrigation — and & more."
    assert item["URL"] == "https://www.mdpi.com/search?q=a&amp;b=c"  # a URL is verbatim
