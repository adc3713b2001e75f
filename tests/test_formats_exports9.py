"""A ninth blind round of exports, sources and tools no earlier fixture has: Oxford Academic's
BibTeX (Silverchair: `"{...}"` titles, a numeric month, the PDF link as `eprint`, an @inbook of a
handbook), Wiley Online Library's BibTeX (CRLF; the DOI link as the key and as `doi`, 'Abstract'
heading the abstract, a chapter's `chapter`), APS's BibTeX (`issue`, `numpages`, an article
number as the pages, accents as `\\ifmmode \\check{r}\\else \\v{r}\\fi{}`, math in the title),
CiNii Research's BibTeX (quoted values, an empty month, an unhyphenated ISSN, a trailing comma,
Japanese names), De Gruyter's RIS ('doi:' before the DOI, CY 'Berlin, Boston', a book's ET),
Project MUSE's RIS (A1, JF, an N1 repeating volume and number with the season, 'Chapter 3.'
heading a chapter's title), figshare's RIS (BOM; DATA and THES, N2 the description), Mendeley
Reference Manager's RIS of other kinds (CRLF; a thesis's M3, a report's T3 series and corporate
AU, a chapter's A2 editor and SP range, a conference paper) and Zotero's CSL-JSON of a thesis,
a chapter with editors and a translator and an original date, and a conference paper with its
event.

The values below were written before the readers were run on the files (see test_more_exports
for the `_note`, `_absent` and `_kept` keys). Every item is also written by every writer and
read again: what the first reading gave must come back.
"""

from __future__ import annotations

import pytest
from test_formats_exports2 import losses_through_writers
from test_more_exports import FIXTURES, assert_items_as_expected, date, name

from cslbridge import api

ISQ_PDF = "https://academic.oup.com/isq/article-pdf/65/4/1045/41634211/sqab061.pdf"
HANDBOOK_PDF = "https://academic.oup.com/edited-volume/41234/chapter-pdf/45678901/oxfordhb-9780190067410-e-12.pdf"
BERLIN = "Berlin, Boston"

EXPECTED = {
    "bibtex/oxford_academic.bib": [  # Silverchair: "{...}" titles, month {07}, the PDF link as eprint
        {"id": "10.1093/isq/sqab061", "type": "article-journal",
         "title": "Transnational Repression and the Tajik Diaspora",
         "author": [name("Heathershaw", "John"), name("Mullojonov", "Parviz")],
         "container-title": "International Studies Quarterly", "volume": "65", "issue": "4",
         "page": "1045-1057", "issued": date((2021, 7)), "ISSN": "0020-8833", "DOI": "10.1093/isq/sqab061",
         "URL": "https://doi.org/10.1093/isq/sqab061",
         "abstract": "Authoritarian states reach their citizens abroad. We trace how Tajikistan pursued exiles "
                     "in Russia, Turkey and Europe between 2014 and 2019.",
         "_kept": [ISQ_PDF], "_absent": ["number"]},
        {"id": "10.1093/oxfordhb/9780190067410.013.12", "type": "chapter",
         "title": "Great Power Competition in Central Asia", "author": [name("Cooley", "Alexander")],
         "container-title": "The Oxford Handbook of Central Asian Politics", "publisher": "Oxford University Press",
         "issued": date((2022, 5)), "ISBN": "9780190067410", "DOI": "10.1093/oxfordhb/9780190067410.013.12",
         "URL": "https://doi.org/10.1093/oxfordhb/9780190067410.013.12",
         "abstract": "This chapter compares Russian, Chinese and American engagement in the region.",
         "_kept": [HANDBOOK_PDF]},
    ],
    "bibtex/wiley.bib": [  # CRLF; the DOI link as key and doi, 'Abstract' heading the abstract
        {"type": "article-journal",
         "title": "Framing, Public Diplomacy, and Anti-Americanism in Central Asia",
         "author": [name("Schatz", "Edward"), name("Levine", "Renan")],
         "container-title": "American Journal of Political Science", "volume": "65", "issue": "3",
         "page": "682-697", "issued": date((2021,)), "DOI": "10.1111/ajps.12567",
         "URL": "https://onlinelibrary.wiley.com/doi/abs/10.1111/ajps.12567",
         "keyword": "public diplomacy, framing, survey experiment",
         "abstract": "How do foreign publics respond to public diplomacy? A survey experiment in Kyrgyzstan "
                     "shows that framing matters.",
         "_kept": ["https://onlinelibrary.wiley.com/doi/pdf/10.1111/ajps.12567"]},
        {"type": "chapter", "title": "Soviet Modernization in Tajikistan",
         "author": [name("Kassymbekova", "Botakoz")], "container-title": "A Companion to Russian History",
         "publisher": "John Wiley & Sons, Ltd", "ISBN": "9781119144106", "chapter-number": "7",
         "page": "121-138", "issued": date((2017,)), "DOI": "10.1002/9781119144106.ch7",
         "URL": "https://onlinelibrary.wiley.com/doi/abs/10.1002/9781119144106.ch7"},
    ],
    "bibtex/aps.bib": [  # issue, numpages, an article number as pages, \ifmmode accents, math
        {"id": "PhysRevLett.127.063401", "type": "article-journal",
         "title": "Observation of Feshbach Resonances in Ultracold ⁶Li Mixtures",
         "author": [name("Novotný", "Jiří"), name("Müller", "Hans"), name("Šimek", "Petr")],
         "container-title": "Phys. Rev. Lett.", "volume": "127", "issue": "6", "page": "063401",
         "number-of-pages": "6", "issued": date((2021, 8)), "publisher": "American Physical Society",
         "DOI": "10.1103/PhysRevLett.127.063401",
         "URL": "https://link.aps.org/doi/10.1103/PhysRevLett.127.063401", "_absent": ["note"]},
        {"id": "PhysRevB.104.L041105", "type": "article-journal",
         "title": "Topological magnons in a kagome ferromagnet",
         "author": [name("Zhang", "Wei"), name("Okafor", "Chidi")], "container-title": "Phys. Rev. B",
         "volume": "104", "issue": "4", "page": "L041105", "number-of-pages": "5", "issued": date((2021, 7)),
         "publisher": "American Physical Society", "DOI": "10.1103/PhysRevB.104.L041105",
         "URL": "https://link.aps.org/doi/10.1103/PhysRevB.104.L041105"},
    ],
    "bibtex/cinii.bib": [  # quoted values, month "", an unhyphenated ISSN, a trailing comma
        {"id": "1390282680123456789", "type": "article-journal", "title": "ウズベキスタンの綿花政策と農村社会",
         "author": [name("山田", "太郎"), name("鈴木", "一郎")], "container-title": "ロシア・東欧研究",
         "publisher": "ロシア・東欧学会", "issued": date((2020,)), "volume": "2020", "issue": "49",
         "page": "45-63", "DOI": "10.5823/jarees.2020.45",
         "URL": "https://cir.nii.ac.jp/crid/1390282680123456789", "_kept": ["13486497"]},
        {"id": "1130000794361234567", "type": "book", "title": "中央アジアの移民と国家",
         "author": [name("佐藤", "花子")], "publisher": "東京大学出版会", "issued": date((2018,)),
         "ISBN": "9784130362345", "URL": "https://cir.nii.ac.jp/crid/1130000794361234567"},
    ],
    "ris/degruyter.ris": [  # 'doi:' before the DOI, CY 'Berlin, Boston', a book's ET
        {"type": "article-journal", "title": "Russian as a lingua franca in Central Asian labour migration",
         "author": [name("Schmidt", "Anna"), name("Karimov", "Rustam")],
         "container-title": "Zeitschrift für Slawistik", "issued": date((2021, 6, 1)), "publisher": "De Gruyter",
         "publisher-place": BERLIN, "volume": "66", "issue": "2", "page": "231-259",
         "DOI": "10.1515/slaw-2021-0012", "URL": "https://doi.org/10.1515/slaw-2021-0012", "ISSN": "2196-7016"},
        {"type": "book", "title": "Soviet Kishlak: Between Colonialism and Modernization",
         "author": [name("Abashin", "Sergei")], "issued": date((2023, 3, 20)), "publisher": "De Gruyter Oldenbourg",
         "publisher-place": BERLIN, "DOI": "10.1515/9783110765432", "ISBN": "9783110765432", "edition": "2",
         "URL": "https://doi.org/10.1515/9783110765432"},
        {"type": "chapter", "title": "Persian in the Emirate of Bukhara", "author": [name("Fragner", "Bert G.")],
         "editor": [name("Kappeler", "Andreas")], "container-title": "Languages of Empire",
         "issued": date((2019, 11, 18)), "publisher": "De Gruyter", "publisher-place": BERLIN, "page": "77-98",
         "DOI": "10.1515/9783110654321-005", "ISBN": "9783110654321",
         "URL": "https://doi.org/10.1515/9783110654321-005"},
    ],
    "ris/project_muse.ris": [  # A1, JF, N1 'Volume 72, Number 2, Summer 2013', 'Chapter 3.' in T1
        {"type": "article-journal", "title": "The Politics of Memory in Post-Soviet Kyrgyzstan",
         "author": [name("Wachtel", "Andrew")], "container-title": "Slavic Review", "volume": "72", "issue": "2",
         "page": "341-366", "issued": date((2013,)), "publisher": "Cambridge University Press",
         "ISSN": "2325-7784", "URL": "https://muse.jhu.edu/pub/400/article/512345", "_kept": ["Summer 2013"]},
        {"type": "chapter", "title": "Cotton and Empire", "chapter-number": "3", "author": [name("Penati", "Beatrice")],
         "container-title": "Cultivating Empire: Irrigation in Russian Turkestan",
         "publisher": "University of Pittsburgh Press", "publisher-place": "Pittsburgh", "issued": date((2022,)),
         "ISBN": "9780822947123", "page": "61-94",
         "URL": "https://muse.jhu.edu/pub/59/monograph/chapter/3456789"},
    ],
    "ris/figshare.ris": [  # BOM; DATA and THES, N2 the description, KW one a line
        {"type": "dataset", "title": "Household survey of remittance receipts in Khatlon, Tajikistan, 2018",
         "author": [name("Olimova", "Saodat"), name("Bosc", "Igor")], "issued": date((2020,)),
         "DOI": "10.6084/m9.figshare.12345678.v2",
         "URL": "https://figshare.com/articles/dataset/Household_survey_of_remittance_receipts_in_Khatlon/12345678",
         "keyword": "migration, remittances, Tajikistan",
         "abstract": "Anonymised responses of 1,200 households to a survey of remittance receipts."},
        {"type": "thesis", "title": "Water, power and the state in the Ferghana Valley",
         "author": [name("Abdullaev", "Iskandar")], "issued": date((2019,)), "publisher": "University of Leicester",
         "DOI": "10.25392/leicester.data.9876543.v1",
         "URL": "https://figshare.le.ac.uk/articles/thesis/Water_power_and_the_state/9876543",
         "abstract": "A thesis on irrigation governance in Uzbekistan, Kyrgyzstan and Tajikistan."},
    ],
    "ris/mendeley_kinds.ris": [  # CRLF; thesis M3, report T3 and a body as AU, chapter A2 and SP range
        {"id": "Mamadshoev2020", "type": "thesis", "title": "Remittances and rural labour in the Pamirs",
         "author": [name("Mamadshoev", "Farrukh")], "genre": "PhD thesis", "publisher": "University of Oxford",
         "publisher-place": "Oxford", "issued": date((2020,)), "URL": "https://ora.ox.ac.uk/objects/uuid:1234abcd"},
        {"id": "WorldBank2022", "type": "report", "title": "Tajikistan Country Economic Memorandum",
         "author": [{"literal": "World Bank"}], "collection-title": "Policy Research Working Paper",
         "publisher": "World Bank", "publisher-place": "Washington, DC", "issued": date((2022,))},
        {"id": "Reeves2015", "type": "chapter", "title": "Border work in the Ferghana Valley",
         "author": [name("Reeves", "Madeleine")], "editor": [name("Laruelle", "Marlene")],
         "container-title": "Tajikistan on the Move", "page": "45-67", "publisher": "Lexington Books",
         "publisher-place": "Lanham", "issued": date((2015,))},
        {"id": "Nazarov2019", "type": "paper-conference", "title": "Mobile phone data and seasonal migration",
         "author": [name("Nazarov", "Timur"), name("Kim", "Elena")],
         "container-title": "Proceedings of the Central Eurasian Studies Society Regional Conference",
         "page": "112-119", "issued": date((2019,)), "_kept": ["Almaty"]},
    ],
    "csljson/zotero_kinds.json": [  # thesis, chapter with editors, translator, original date; conference
        {"id": "http://zotero.org/users/1234567/items/THES2345", "type": "thesis",
         "title": "Mahalla and the state in independent Uzbekistan", "author": [name("Rasulova", "Nigora")],
         "genre": "PhD Thesis", "publisher": "Central European University", "publisher-place": "Budapest",
         "number-of-pages": "312", "language": "en", "issued": date((2018,)), "accessed": date((2024, 2, 20)),
         "URL": "https://www.etd.ceu.edu/2018/rasanayagam_johan.pdf"},
        {"id": "http://zotero.org/users/1234567/items/CHAP6789", "type": "chapter",
         "title": "The nomad and the archive", "author": [name("Beisembiev", "Timur K.")],
         "editor": [name("Burghart", "Daniel L."), name("Sabonis-Helf", "Theresa")],
         "translator": [name("Ferret", "Carole")], "container-title": "Central Asia in the Era of Sovereignty",
         "edition": "2", "ISBN": "978-1-4985-6542-3", "page": "211-236", "publisher": "Lexington Books",
         "publisher-place": "Lanham, MD", "issued": date((2018, 6)), "original-date": date((2008,))},
        {"id": "http://zotero.org/users/1234567/items/CONF1234", "type": "paper-conference",
         "title": "A morphological analyser for Karakalpak", "author": [name("Tursunov", "Aziz"), name("Ivanova", "Olga")],
         "container-title": "Proceedings of the 2nd Workshop on NLP for Turkic Languages",
         "event-title": "TurkLang 2023", "event-place": "Tashkent, Uzbekistan", "page": "31-40",
         "publisher": "Association for Computational Linguistics", "publisher-place": "Stroudsburg, PA",
         "DOI": "10.18653/v1/2023.turklang-1.4", "issued": date((2023, 9, 21))},
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

def test_a_bibtex_letter_written_for_math_and_text_mode_is_its_text_form():
    """APS writes accented letters as `\\ifmmode \\check{c}\\else \\v{c}\\fi{}` (TeX picks one by
    mode); a field is text, so the letter is the \\else branch, in names and titles alike."""
    text = (r"@article{PhysRevA.99.012345, author = {Ka\ifmmode \check{c}\else \v{c}\fi{}mar\ifmmode "
            r"\check{c}\else \v{c}\fi{}ík, Tomá\ifmmode \check{s}\else \v{s}\fi{} and Lee, Ann}, title = "
            r"{Dipolar gases in \ifmmode \check{S}\else \v{S}\fi{}koda's trap}, journal = {Phys. Rev. A}, year = {2019}}")
    (item,) = api.read_string(text, "bibtex").items
    assert item["author"] == [name("Kačmarčík", "Tomáš"), name("Lee", "Ann")]
    assert item["title"] == "Dipolar gases in Škoda's trap"


@pytest.mark.parametrize(("text", "fmt"), [
    ("TY  - CHAP\nT1  - Chapter 2. The Steppe Frontier\nA1  - Khodarkovsky, Michael\n"
     "T2  - Russia's Steppe Frontier\nPY  - 2002\nER  - \n", "ris"),
    ("@incollection{k2002, title = {Chapter II: The Steppe Frontier}, author = {Khodarkovsky, Michael},"
     " booktitle = {Russia's Steppe Frontier}, year = {2002}}", "bibtex"),
])
def test_a_chapter_title_led_by_its_number_and_a_period_or_colon_gives_the_number(text, fmt):
    """Project MUSE's chapters ('Chapter 3. Cotton and Empire') and others' ('Chapter 3: ...') as
    ScienceDirect's 'Chapter 1 - Trade and Wages' were: the number is the chapter-number."""
    (item,) = api.read_string(text, fmt).items
    assert (item["title"], item["chapter-number"]) == ("The Steppe Frontier", "2" if fmt == "ris" else "II")


@pytest.mark.parametrize(("text", "fmt"), [
    ("TY  - JOUR\nTI  - Remittances and school enrolment in Tajikistan\nAU  - Kim, Elena\nPY  - 2020\n"
     "AB  - Abstract Objective To estimate how remittances change school enrolment.\nER  - \n", "ris"),
    ("@article{k2020, title = {Remittances and school enrolment in Tajikistan}, author = {Kim, Elena},"
     " year = {2020}, abstract = {ABSTRACT: Objective To estimate how remittances change school enrolment.}}",
     "bibtex"),
])
def test_an_abstract_loses_its_heading(text, fmt):
    """Wiley's exports run the page's heading into the abstract ('Abstract How do ...')."""
    (item,) = api.read_string(text, fmt).items
    assert item["abstract"] == "Objective To estimate how remittances change school enrolment."


def test_an_abstract_on_abstract_art_keeps_its_first_word():
    text = ("TY  - JOUR\nTI  - Abstract Expressionism and the Cold War\nAU  - Kim, Elena\nPY  - 2020\n"
            "AB  - Abstract Expressionism travelled with the State Department.\nER  - \n")
    assert api.read_string(text, "ris").items[0]["abstract"].startswith("Abstract Expressionism")
