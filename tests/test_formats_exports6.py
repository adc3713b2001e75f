"""A sixth blind round of exports, shapes no earlier fixture has: Scopus's 2024 BibTeX (an
`EXPORT DATE` header, tab-indented fields, `art_number`, a `@CONFERENCE` whose journal is a book
series, the conference in `note`), Web of Science's BibTeX for a proceedings paper and a book
chapter (`Book-Group-Author`, `Series`, `Note` naming the meeting, the export date in `DA`), ACM
Digital Library's BibTeX for an ACM Book and a journal article (`issue_date`, `articleno`,
`numpages`), EndNote's RIS with Cyrillic titles (a BOM, `TI` + `TT`, `ET  - 2-е изд.`) and
Zotero's CSL-JSON with `event-date`, `original-date` and `status` (date parts as strings); then, in a
second batch, Cairn.info's RIS (French titles, CRLF, no blank line between records), Lens.org's RIS
(its ID, two SN lines, a patent) and PhilPapers' BibTeX (names given first, `\\={a}`).

The values below were written before the readers were run on the files (see test_more_exports
for the `_note`, `_absent` and `_kept` keys). Every item is also written by every writer and
read again: what the first reading gave must come back.
"""

from __future__ import annotations

import pytest
from test_formats_exports2 import losses_through_writers
from test_more_exports import FIXTURES, assert_items_as_expected, date, name

from cslbridge import api

EXPECTED = {
    "bibtex/scopus_2024.bib": [  # EXPORT DATE header, tabs, art_number, 'Cited by' in note
        {"type": "article-journal",
         "title": "Surge-type glaciers of the Pamir mapped from Sentinel-1 and Sentinel-2 time series",
         "author": [name("Kääb", "Andreas"), name("Nurmatov", "Bakhtiyor"), name("Sattorov", "Farrukh")],
         "issued": date((2023,)), "container-title": "Remote Sensing of Environment",
         "container-title-short": "Remote Sens. Environ.", "volume": "298", "number": "113812",
         "DOI": "10.1016/j.rse.2023.113812", "ISSN": "00344257", "publisher": "Elsevier Inc.",
         "language": "en", "source": "Scopus", "keyword": "Glacier surge; Pamir; Sentinel-1; Time series",
         "_kept": ["eid=2-s2.0-85165432109", "Cited by: 7", "University of Oslo", "Radar imaging",
                   "andreas.kaab@geo.uio.no"]},
        {"type": "paper-conference",
         "title": "Transformer models for snow cover classification in Central Asian mountains",
         "author": [name("Nurmatov", "Bakhtiyor"), name("Okafor", "Ngozi")],
         "editor": [name("Rossi", "Marco"), name("Keller", "Sabine")], "issued": date((2023,)),
         "page": "112-125", "DOI": "10.1007/978-3-031-45678-9_9", "ISBN": "978-303145677-2",
         "ISSN": "03029743", "publisher": "Springer Science and Business Media Deutschland GmbH",
         "event-title": "12th International Conference on Pattern Recognition Applications",
         "language": "en", "source": "Scopus",
         "_kept": ["Lecture Notes in Computer Science", "14321", "301234", "Cited by: 0",
                   "12 September 2023 through 14 September 2023"]},
    ],
    "bibtex/wos_2024_proceedings.bib": [  # Book-Group-Author, Series, the meeting in Note, DA the export date
        {"type": "paper-conference", "title": "Federated learning for crop yield forecasting in smallholder farms",
         "author": [name("Okafor", "Ngozi"), name("Menon", "Ravi K.")],
         "editor": [name("Rossi", "M"), name("Keller", "S")],
         "container-title": "2023 IEEE INTERNATIONAL GEOSCIENCE AND REMOTE SENSING SYMPOSIUM, IGARSS",
         "collection-title": "IEEE International Symposium on Geoscience and Remote Sensing IGARSS",
         "issued": date((2023,)), "page": "3345-3348", "publisher": "IEEE",
         "DOI": "10.1109/IGARSS52108.2023.10282345", "ISSN": "2153-6996", "ISBN": "979-8-3503-2010-7",
         "language": "en",
         "abstract": "Federated learning lets cooperatives train one yield model without pooling their farm records.",
         "_kept": ["Pasadena, CA, JUL 16-21, 2023", "WOS:001087654300045", "n.okafor@unilag.edu.ng",
                   "IEEE Geoscience and Remote Sensing Soc", "2024-03-14", "NEW YORK"]},
        {"type": "chapter", "title": "Russia, China and the Shanghai Cooperation Organisation",
         "author": [name("Lukin", "Alexander")], "editor": [name("Kanet", "RE"), name("Moulioukova", "D")],
         "container-title": "RUSSIA AND THE WORLD IN THE PUTIN ERA",
         "collection-title": "Routledge Studies in Russian Politics", "issued": date((2022,)),
         "page": "201-219", "publisher": "ROUTLEDGE", "DOI": "10.4324/9781003123456-14", "language": "en",
         "_kept": ["978-0-367-65432-1", "978-1-003-12345-6", "WOS:000987654300012"]},
    ],
    "bibtex/acm_dl_books.bib": [  # an ACM Book (editor, volume in the series); issue_date, articleno, numpages
        {"id": "10.1145/3310205", "type": "book",
         "title": "Making Databases Work: The Pragmatic Wisdom of Michael Stonebraker",
         "editor": [name("Brodie", "Michael L.")], "issued": date((2018,)), "ISBN": "9781947487192",
         "publisher": "Association for Computing Machinery and Morgan & Claypool", "volume": "22",
         "abstract": "This book celebrates Michael Stonebraker's accomplishments that led to his 2014 ACM A.M. Turing Award."},
        {"id": "10.1145/3626252", "type": "article-journal",
         "title": "Energy-Aware Scheduling for Serverless Functions at the Edge",
         "author": [name("Menon", "Ravi K."), name("Chen", "Wei"), name("Okafor", "Ngozi")],
         "issued": date((2024, 2)), "container-title": "ACM Trans. Comput. Syst.", "volume": "42", "issue": "1",
         "number": "3", "number-of-pages": "28", "ISSN": "0734-2071", "DOI": "10.1145/3626252",
         "URL": "https://doi.org/10.1145/3626252", "publisher": "Association for Computing Machinery",
         "publisher-place": "New York, NY, USA", "keyword": "serverless, edge computing, energy",
         "abstract": "We schedule serverless functions on edge nodes to cut energy use by 31% at equal latency.",
         "_kept": ["February 2024"]},
    ],
    "ris/endnote_cyrillic.ris": [  # BOM; TI the Russian title, TT its translation; ET '2-е изд.'
        {"type": "article-journal", "title": "The Russian–Kyrgyz relations: history and modernity",
         "original-title": "Российско-киргизские отношения: история и современность",
         "author": [name("Зверев", "Р. В."), name("Лукин", "А. В.")], "issued": date((2018,)),
         "container-title": "Россия и новые государства Евразии",
         "container-title-short": "Россия и нов. гос. Евразии", "page": "106-125", "volume": "1",
         "issue": "1", "ISSN": "2073-4786", "DOI": "10.31249/rnsg/2018.01.08", "language": "ru",
         "keyword": "Россия, Киргизия, ЕАЭС", "_note": ["Библиогр.: 24 назв."]},
        {"type": "book", "title": "Межгосударственные объединения в Центральной Азии",
         "author": [name("Фурсов", "К. А.")], "issued": date((2015,)), "publisher-place": "Москва",
         "publisher": "Наука", "number-of-pages": "352", "edition": "2", "ISBN": "978-5-02-039512-8",
         "language": "ru"},
    ],
    "csljson/zotero_dates_status.json": [  # date parts as strings; event-date a range; status, no date
        {"id": "http://zotero.org/users/1234567/items/ABCD2345", "type": "paper-conference",
         "title": "Low-resource machine translation for Tajik",
         "author": [name("Nurmatov", "Bakhtiyor"), name("Okafor", "Ngozi")],
         "issued": date((2023, 7)), "event-date": date((2023, 7, 9), (2023, 7, 14)),
         "accessed": date((2024, 3, 14)), "event-title": "ACL 2023", "event-place": "Toronto, Canada",
         "page": "1024-1037", "DOI": "10.18653/v1/2023.acl-long.58",
         "container-title": "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics"},
        {"type": "book", "title": "On the Origin of Species", "author": [name("Darwin", "Charles")],
         "issued": date((2009,)), "original-date": date((1859, 11, 24)), "original-publisher": "John Murray",
         "original-publisher-place": "London", "edition": "Reprint", "publisher": "Penguin Classics",
         "publisher-place": "London"},
        {"type": "article-journal", "title": "Remittances and the Tajik household after 2022",
         "author": [name("Rahmonova-Schwarz", "Delia")], "container-title": "Central Asian Survey",
         "status": "forthcoming", "_absent": ["issued"], "_note": ["Accepted 2 February 2024"]},
    ],
    # second batch, written (and committed) before the readers were run on it
    "ris/cairn.ris": [  # Cairn.info: CRLF, no blank line between records, French typography, L1 the PDF
        {"type": "article-journal", "title": "L’Asie centrale face à la Chine : une influence en trompe-l’œil ?",
         "author": [name("Laruelle", "Marlène"), name("Peyrouse", "Sébastien")], "container-title": "Hérodote",
         "issued": date((2019,)), "publisher": "La Découverte", "volume": "173", "issue": "2", "page": "91-108",
         "ISSN": "0338-487X", "DOI": "10.3917/her.173.0091",
         "URL": "https://www.cairn.info/revue-herodote-2019-2-page-91.htm",
         "_kept": ["https://www.cairn.info/load_pdf.php?ID_ARTICLE=HER_173_0091"]},
        {"type": "chapter", "title": "La Russie et son étranger proche", "author": [name("Mendras", "Marie")],
         "editor": [name("Facon", "Isabelle")], "container-title": "La politique étrangère de la Russie",
         "issued": date((2021,)), "publisher": "Presses de Sciences Po", "publisher-place": "Paris",
         "page": "45-72", "ISBN": "9782724626543", "DOI": "10.3917/scpo.facon.2021.01.0045"},
    ],
    "ris/lens.ris": [  # Lens.org: ID the Lens ID, two SN lines, a patent's number in SN
        {"type": "article-journal", "title": "Glacier mass loss in the Tien Shan since 2000",
         "author": [name("Kääb", "Andreas"), name("Treichler", "Désirée")], "issued": date((2021, 3, 12)),
         "container-title": "The Cryosphere", "volume": "15", "issue": "3", "page": "1261-1279",
         "DOI": "10.5194/tc-15-1261-2021", "ISSN": "1994-0416, 1994-0424", "publisher": "Copernicus GmbH",
         "abstract": "Geodetic mass balances show a loss of 0.4 m w.e. a year across the range.",
         "keyword": "Glaciers, Tien Shan", "URL": "https://lens.org/012-345-678-901-234",
         "_kept": ["Scholarly Citation Count: 14", "012-345-678-901-234"]},
        {"type": "patent", "title": "Method for monitoring glacier lakes with radar",
         "author": [name("Nurmatov", "Bakhtiyor")], "issued": date((2022, 8, 4)), "number": "US 2022/0245678 A1",
         "URL": "https://lens.org/098-765-432-109-876", "_kept": ["Application number: US 17/123,456"]},
    ],
    "bibtex/philpapers.bib": [  # PhilPapers: names given first, tabs, \={a} and \={\i}
        {"id": "Sarsenova2020-SARTEO", "type": "chapter",
         "title": "The Ethics of al-Fārābī Reconsidered", "author": [name("Sarsenova", "Aigerim")],
         "editor": [name("El-Rouayheb", "Khaled"), name("Schmidtke", "Sabine")],
         "container-title": "The Oxford Handbook of Islamic Philosophy", "page": "412-431",
         "publisher": "Oxford University Press", "issued": date((2020,))},
        {"id": "Okafor2022-OKAPAT", "type": "article-journal", "title": "Practical Reason and the Commons",
         "author": [name("Okafor", "Ngozi")], "container-title": "Mind", "volume": "131", "issue": "523",
         "page": "801-830", "DOI": "10.1093/mind/fzab045", "issued": date((2022,))},
    ],
}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_export_read_as_a_researcher_expects(path):
    result = api.read(str(FIXTURES / path))
    assert [str(p) for p in result.problems] == []
    assert_items_as_expected(result.items, EXPECTED[path])


# Known loss, left as found: Lens.org's N1 'Jurisdiction: US; Kind: A1; ...' stays in the note as RIS
# reads N1 (no Extra), but the CSL-JSON and BibTeX readers take a note line naming a CSL variable as
# Zotero's Extra (as Zotero does), so after those writers the line is the `jurisdiction`, not the note.
_EXTRA_LOOKALIKE = pytest.mark.xfail(strict=True, reason="a RIS note line read back as a Zotero Extra field")


@pytest.mark.parametrize("path", [pytest.param(p, marks=_EXTRA_LOOKALIKE) if p == "ris/lens.ris" else p
                                  for p in sorted(EXPECTED)])
def test_every_writer_gives_back_what_was_read(path):
    assert losses_through_writers(api.read(str(FIXTURES / path)).items) == []


# --- the rules this round added -------------------------------------------------------------------

def test_acm_numpages_is_the_page_count():
    """ACM Digital Library's `numpages` beside `articleno` (an article with no page range) was a
    note line; it is CSL's number-of-pages, written back as BibLaTeX's `pagetotal`."""
    text = ("@article{10.1145/1, title = {Edge}, journal = {ACM Trans. Comput. Syst.}, year = {2024},"
            " articleno = {3}, numpages = {28}}")
    (item,) = api.read_string(text, "bibtex").items
    assert item["number-of-pages"] == "28" and item["number"] == "3" and "note" not in item
    assert "pagetotal = {28}" in api.write([item], "biblatex")


@pytest.mark.parametrize("fmt, text", [
    ("bibtex", "@CONFERENCE{N2023, title = {Snow}, year = {2023}, note = {Cited by: 0; Conference name: "
               "ICPRA 2023; Conference date: 12 September 2023; Conference location: Almaty, Kazakhstan; "
               "Conference code: 301234}}"),
    ("ris", "TY  - CONF\nTI  - Snow\nPY  - 2023\nN1  - Cited by: 0; Conference name: ICPRA 2023; Conference "
            "date: 12 September 2023; Conference location: Almaty, Kazakhstan; Conference code: 301234\nER  - \n"),
])
def test_scopus_names_the_meeting_and_its_place_in_its_note(fmt, text):
    (item,) = api.read_string(text, fmt).items
    assert item["event-title"] == "ICPRA 2023" and item["event-place"] == "Almaty, Kazakhstan"
    assert item["note"] == "Cited by: 0; Conference date: 12 September 2023; Conference code: 301234"


def test_a_meeting_the_item_names_already_is_not_replaced_by_scopus_note():
    text = "@inproceedings{k, title = {Snow}, eventtitle = {ICPRA}, note = {Conference name: Other}}"
    (item,) = api.read_string(text, "bibtex").items
    assert item["event-title"] == "ICPRA" and item["note"] == "Conference name: Other"


def test_several_isbns_in_one_bibtex_field_are_joined_as_ris_and_csl_json_join_them():
    """Web of Science separates them with '; ', which the RIS writer's SN lines gave back as ', '."""
    text = "@incollection{k, title = {SCO}, ISBN = {978-0-367-65432-1; 978-1-003-12345-6}, ISSN = {1234-5678}}"
    (item,) = api.read_string(text, "bibtex").items
    assert item["ISBN"] == "978-0-367-65432-1, 978-1-003-12345-6" and item["ISSN"] == "1234-5678"
    assert api.read_string(api.write([item], "ris"), "ris").items[0]["ISBN"] == item["ISBN"]


@pytest.mark.parametrize("writer", ("bibtex", "biblatex"))
def test_a_key_folded_to_ascii_is_kept_as_its_alias_and_read_back(writer):
    """Scopus writes keys such as `Kääb2023`; the writers fold them to ASCII (`Kaab2023`, which
    pdfLaTeX can cite) and lost the key as given; it is now the entry's `ids` (an alias Biber
    resolves), read back as the item's id. An `ids` that is no such fold stays in note."""
    item = {"id": "Kääb2023", "type": "article-journal", "title": "Surge-type glaciers"}
    text = api.write([item], writer)
    assert text.startswith("@article{Kaab2023,") and "ids = {Kääb2023}" in text
    assert api.read_string(text, writer).items[0]["id"] == "Kääb2023"
    (other,) = api.read_string("@article{smith2020, title = {T}, ids = {smith2019}}", writer).items
    assert other["id"] == "smith2020" and other["note"] == "ids: smith2019"
