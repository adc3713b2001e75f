"""A fifth blind round of exports, from tools no earlier fixture covers: SpringerLink's BibTeX
(double-quoted values, names over lines, `bookTitle`, a DOI key), ACS Publications' RIS (CRLF,
`M3` and `N1` repeating the DOI, a chapter in a book series), APA PsycNET's RIS (ISSNs labelled
`(Electronic)`/`(Print)`, the closing period of PsycINFO titles), medRxiv's RIS and bioRxiv's
BibTeX (preprints: `Y1  - 2020/01/01`, the DOI suffix as `SP`, `elocation-id`), doi.org content
negotiation's one-line BibTeX (`url={http://dx.doi.org/...}`, en dashes in `pages`), CiNii
Research's and KCI's RIS (Japanese and Korean titles and names), Better BibTeX's "Better CSL
YAML" (pandoc's date lists) and a hand-kept BibLaTeX file (`@string`, `#`, `xdata`, `crossref`,
`related`, `@set`).

The values below were written before the readers were run on the files (see test_more_exports
for the `_note`, `_absent` and `_kept` keys). Every item is also written by every writer and
read again: what the first reading gave must come back.
"""

from __future__ import annotations

import pytest
from test_formats_exports2 import losses_through_writers
from test_more_exports import FIXTURES, assert_items_as_expected, date, name

from cslbridge import api

KAAB = [name("Kääb", "Anna"), name("Nurmatov", "Bakhtiyor")]
OKAFOR = [name("Okafor", "Ngozi"), name("Menon", "Ravi")]
GLACIER = {"type": "article-journal", "title": "Glacier retreat in High Mountain Asia and its downstream water risk",
           "author": KAAB, "container-title": "Nature Climate Change", "volume": "11", "issue": "4",
           "page": "291-300", "DOI": "10.1038/s41558-021-01063-2"}
EAEU_CHAPTER = {"type": "chapter", "title": "Russia and the Eurasian Economic Union", "author": [name("Lukin", "Alexander")],
                "container-title": "Routledge Handbook of Russian Foreign Policy", "publisher": "Routledge",
                "issued": date((2018,)), "page": "280-295"}

EXPECTED = {
    "bibtex/springerlink.bib": [  # "quoted" values, names over lines, bookTitle, a DOI as key
        # fixture corrected after the run: the second key was written `K{\"a}{\"a}b2021`, braces no
        # BibTeX key may hold (the reader skipped the entry with an error naming it); now `Kaab2021`
        {"id": "10.1007/978-3-030-58452-8_13", "type": "paper-conference",
         "title": "End-to-End Object Detection with Transformers",
         "author": [name("Carion", "Nicolas"), name("Massa", "Francisco"), name("Synnaeve", "Gabriel")],
         "editor": [name("Vedaldi", "Andrea"), name("Bischof", "Horst")],
         "container-title": "Computer Vision – ECCV 2020", "issued": date((2020,)),
         "publisher": "Springer International Publishing", "publisher-place": "Cham", "page": "213-229",
         "ISBN": "978-3-030-58452-8",
         "abstract": "We present a new method that views object detection as a direct set prediction problem."},
        {"type": "article-journal", "title": "Glacier retreat and downstream water risk in the Syr Darya basin",
         "author": KAAB, "container-title": "Regional Environmental Change", "issued": date((2021, 3, 12)),
         "volume": "21", "issue": "1", "page": "27", "ISSN": "1436-378X", "DOI": "10.1007/s10113-021-01750-2",
         "URL": "https://doi.org/10.1007/s10113-021-01750-2"},
        {"id": "Lukin2019", "type": "chapter", "title": "Russia and China in Central Asia",
         "author": [name("Lukin", "Alexander")], "editor": [name("Kanet", "Roger E.")],
         "container-title": "Russia, China and the West in Central Asia", "issued": date((2019,)),
         "publisher": "Palgrave Macmillan", "publisher-place": "Cham", "page": "45-67",
         "ISBN": "978-3-030-12345-6", "DOI": "10.1007/978-3-030-12345-6_3"},
    ],
    "ris/acs.ris": [  # CRLF, Y1 'YYYY/MM/DD', N1 and M3 only repeat the DOI, T2 and JF the same journal
        {"type": "article-journal", "title": "Atomically Dispersed Iron Catalysts for Oxygen Reduction",
         "author": [name("Chen", "Wei"), name("Okafor", "Ngozi")], "issued": date((2021, 5, 14)),
         "container-title": "Journal of the American Chemical Society", "container-title-short": "J. Am. Chem. Soc.",
         "volume": "143", "issue": "20", "page": "7712-7719", "publisher": "American Chemical Society",
         "ISSN": "0002-7863", "DOI": "10.1021/jacs.1c01234", "URL": "https://doi.org/10.1021/jacs.1c01234",
         "_absent": ["note"]},
        {"type": "chapter", "title": "Water Chemistry of the Aral Sea Basin", "author": [name("Nurmatov", "Bakhtiyor")],
         "container-title": "Environmental Chemistry in Central Asia", "collection-title": "ACS Symposium Series",
         "page": "45-60", "publisher": "American Chemical Society", "ISBN": "9780841234567",
         "DOI": "10.1021/bk-2019-1320.ch003", "_absent": ["note"]},
    ],
    "ris/psycnet.ris": [  # PsycINFO's closing period, labelled ISSNs and ISBN, ID the record number
        {"type": "article-journal",
         "title": "Working memory and reading comprehension in bilingual children: A meta-analysis",
         "author": [name("Okafor", "Ngozi"), name("Menon", "Ravi K.")], "container-title": "Psychological Bulletin",
         "container-title-short": "Psychol Bull", "issued": date((2020,)), "volume": "146", "issue": "6",
         "page": "511-540", "publisher": "American Psychological Association", "ISSN": "1939-1455, 0033-2909",
         "keyword": "Working Memory, Reading Comprehension, Bilingualism", "DOI": "10.1037/bul0000225",
         "URL": "https://doi.org/10.1037/bul0000225", "_kept": ["2020-35678-001"]},
        {"type": "book", "title": "Migration and mental health: A practitioner's guide",
         "author": [name("Menon", "Ravi K.")], "issued": date((2019,)), "publisher": "American Psychological Association",
         # changed after the run: the binding label is dropped, as the reader drops '(pbk)', '(hbk)'
         # and an ISSN's '(Print)' (was "_kept": ["Hardcover"])
         "publisher-place": "Washington, DC, US", "ISBN": "978-1-4338-3016-3", "DOI": "10.1037/0000123-000"},
    ],
    "ris/medrxiv.ris": [  # a preprint under JOUR: JF the server, SP the DOI's suffix, not a page
        {"type": "article", "title": "Seroprevalence of SARS-CoV-2 antibodies among migrant workers in Almaty",
         "author": [name("Nurmatov", "Bakhtiyor"), name("Kääb", "Anna")], "publisher": "medRxiv",
         "DOI": "10.1101/2020.06.10.20127001", "abstract": "We measured antibodies in 1,200 migrant workers.",
         "URL": "http://medrxiv.org/content/early/2020/06/12/2020.06.10.20127001.abstract", "_absent": ["page"]},
    ],
    "bibtex/biorxiv.bib": [  # '@article {key,' with a space, elocation-id, the PDF as eprint
        {"id": "Okafor2022.05.03.490123", "type": "article", "title": "Learning to cite: reference parsing with weak labels",
         "author": OKAFOR, "issued": date((2022,)), "DOI": "10.1101/2022.05.03.490123", "publisher": "bioRxiv",
         "URL": "https://www.biorxiv.org/content/early/2022/05/05/2022.05.03.490123",
         "_absent": ["page"],
         "_kept": ["https://www.biorxiv.org/content/early/2022/05/05/2022.05.03.490123.full.pdf"]},
    ],
    "bibtex/doi_org.bib": [  # one line an entry, en dashes in pages, month macros, dx.doi.org links
        {**GLACIER, "id": "K_b_2021", "issued": date((2021, 4)), "ISSN": "1758-6798",
         "publisher": "Springer Science and Business Media LLC",
         "URL": "http://dx.doi.org/10.1038/s41558-021-01063-2"},
        {**EAEU_CHAPTER, "id": "Lukin_2018", "issued": date((2018, 5)), "ISBN": "9781315536934",
         "DOI": "10.4324/9781315536934-21", "URL": "http://dx.doi.org/10.4324/9781315536934-21"},
    ],
    "ris/cinii.ris": [  # family name first with a space, LA ja
        {"type": "article-journal", "title": "中央アジアにおける労働移民と送金",
         "author": [name("山田", "太郎"), name("佐藤", "花子")], "container-title": "アジア研究",
         "publisher": "アジア政経学会", "issued": date((2019,)), "volume": "65", "issue": "2", "page": "1-18",
         "ISSN": "0044-9237", "DOI": "10.11479/asianstudies.65.2_1", "language": "ja",
         "URL": "https://cir.nii.ac.jp/crid/1390001234567890123"},
    ],
    "ris/kci.ris": [  # Korean names without a space (one- and two-syllable surnames), LA in English
        {"type": "article-journal", "title": "중앙아시아 노동이주와 송금의 경제적 효과",
         "author": [name("김", "민수"), name("남궁", "민")], "container-title": "슬라브학보",
         "publisher": "한국슬라브유라시아학회", "issued": date((2020,)), "volume": "35", "issue": "4",
         "page": "1-30", "ISSN": "1229-1439", "language": "ko", "keyword": "중앙아시아, 노동이주"},
    ],
    "csljson/betterbibtex_csl.yaml": [  # pandoc's date lists, citation-key, a range in event-date
        {**GLACIER, "id": "kaab2021glacier", "citation-key": "kaab2021glacier", "issued": date((2021, 4, 1)),
         "accessed": date((2023, 3, 15)), "container-title-short": "Nat. Clim. Chang.", "ISSN": "1758-678X",
         "keyword": "glaciers, water risk", "URL": "https://www.nature.com/articles/s41558-021-01063-2"},
        {**EAEU_CHAPTER, "id": "lukin2018russia", "editor": [name("Tsygankov", "Andrei P.")],
         "publisher-place": "London", "ISBN": "978-1-315-53693-4", "edition": "1"},
        {"id": "okafor2021citing", "type": "paper-conference",
         "title": "Citing without copying: how students reuse reference lists", "author": OKAFOR,
         "container-title": "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics",
         "event-title": "ACL 2021", "event-place": "Bangkok, Thailand",
         "event-date": date((2021, 8, 1), (2021, 8, 6)), "issued": date((2021, 8)), "page": "12-20",
         "_note": ["tex.ids: okafor2021"]},
    ],
    "bibtex/biblatex_handkept.bib": [  # @string, #, xdata through a crossref, related, @set
        {"id": "tsygankov2018handbook", "type": "book", "title": "Routledge Handbook of Russian Foreign Policy",
         "editor": [name("Tsygankov", "Andrei P.")], "issued": date((2018,)), "publisher": "Routledge",
         "publisher-place": "London", "ISBN": "978-1-138-69337-2"},
        {**EAEU_CHAPTER, "id": "lukin2018eaeu", "editor": [name("Tsygankov", "Andrei P.")],
         "publisher-place": "London", "_note": ["related: zverev2020", "relatedtype: translationof"]},
        {"id": "zverev2020", "type": "article-journal",
         "title": "The Eurasian Economic Union and Kyrgyzstan: five years of membership",
         "author": [name("Zverev", "Roman")], "container-title": "Journal of Eurasian Studies", "volume": "11",
         "issue": "1", "page": "106-125", "issued": date((2020, 3))},
        {"id": "okafor2021", "type": "paper-conference", "title": "Citing without copying", "author": OKAFOR,
         "container-title": "Proceedings of the Annual Meeting of the Association for Computational Linguistics",
         "issued": date((2021, 8)), "page": "12-20"},
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

def test_ris_jo_beside_the_journals_full_name_is_its_abbreviation():
    """The RIS specification's JO is the journal's abbreviation; ACS writes it beside JF and T2.
    Alone it is still the journal, as Scopus and others write it."""
    text = ("TY  - JOUR\nTI  - Iron catalysts\nT2  - Journal of the American Chemical Society\n"
            "JF  - Journal of the American Chemical Society\nJO  - J. Am. Chem. Soc.\nPY  - 2021\nER  - \n"
            "TY  - JOUR\nTI  - Ice\nJO  - Nature Climate Change\nPY  - 2021\nER  - \n")
    acs, alone = api.read_string(text, "ris").items
    assert (acs["container-title"], acs["container-title-short"]) == (
        "Journal of the American Chemical Society", "J. Am. Chem. Soc.")
    assert "note" not in acs
    assert alone["container-title"] == "Nature Climate Change" and "container-title-short" not in alone


def test_a_binding_label_after_an_isbn_is_no_part_of_it():
    text = "TY  - BOOK\nTI  - A guide\nSN  - 978-1-4338-3016-3(Hardcover)\nSN  - 978-1-4338-3017-0 (paperback)\nER  - \n"
    (book,) = api.read_string(text, "ris").items
    assert book["ISBN"] == "978-1-4338-3016-3, 978-1-4338-3017-0"


def test_a_journal_that_is_a_preprint_server_makes_a_preprint_the_server_publishes():
    """bioRxiv's and medRxiv's own exports name the server as the journal; the work is a
    preprint ('article', as arXiv's are), the server its publisher, and the DOI's suffix that
    bioRxiv repeats as `SP` no page. A journal with volume and issue stays an article."""
    ris = ("TY  - JOUR\nT1  - Seroprevalence\nAU  - Nurmatov, Bakhtiyor\nY1  - 2020/01/01\nJF  - medRxiv\n"
           "DO  - 10.1101/2020.06.10.20127001\nSP  - 2020.06.10.20127001\nER  - \n")
    (item,) = api.read_string(ris, "ris").items
    assert (item["type"], item["publisher"]) == ("article", "medRxiv")
    assert "container-title" not in item and "page" not in item
    bib = ("@article {Okafor2022, author = {Okafor, Ngozi}, title = {Learning to cite}, year = {2022},\n"
           "  publisher = {Cold Spring Harbor Laboratory}, journal = {bioRxiv}, doi = {10.1101/2022.05.03.490123}}\n"
           "@article{kim2021, author = {Kim, Ji}, title = {Ranking}, journal = {SSRN}, volume = {3}, number = {2}, year = {2021}}")
    preprint, journal = api.read_string(bib, "bibtex").items
    assert (preprint["type"], preprint["publisher"], preprint["note"]) == (
        "article", "bioRxiv", "publisher: Cold Spring Harbor Laboratory")
    assert (journal["type"], journal["container-title"]) == ("article-journal", "SSRN")


def test_a_korean_name_in_one_word_has_its_family_syllable_first():
    """KCI writes Korean names without a space ('김민수'): the first syllable is the family name,
    the first two for the two-syllable family names ('남궁민'); spaced CJK names read as before."""
    text = "TY  - JOUR\nTI  - T\nAU  - 김민수\nAU  - 남궁민\nAU  - 선우용녀\nAU  - 山田 太郎\nAU  - 김\nER  - \n"
    (item,) = api.read_string(text, "ris").items
    assert item["author"] == [name("김", "민수"), name("남궁", "민"), name("선우", "용녀"), name("山田", "太郎"),
                              {"literal": "김"}]


def test_a_psycinfo_records_closing_title_period_is_dropped_by_its_number():
    text = ("TY  - JOUR\nID  - 2020-35678-001\nT1  - Working memory in bilingual children: A meta-analysis.\nER  - \n"
            "TY  - JOUR\nID  - smith2020\nT1  - Working memory in the U.S.\nER  - \n"
            "TY  - JOUR\nID  - 12345\nT1  - A title ending so.\nER  - \n")
    psycinfo, other, plain = api.read_string(text, "ris").items
    assert psycinfo["title"] == "Working memory in bilingual children: A meta-analysis"
    assert other["title"] == "Working memory in the U.S." and plain["title"] == "A title ending so."


def test_a_biblatex_set_is_no_work_its_members_are_read_each_marked():
    """`@set{eaeu, entryset = {...}}` groups entries to cite as one: it was read as an empty
    'document'. A set naming an entry the file lacks is still kept as before."""
    text = ("@set{eaeu, entryset = {zverev2020, lukin2018}}\n@article{zverev2020, title = {Five years}, date = {2020}}\n"
            "@incollection{lukin2018, title = {Russia and the Union}, date = {2018}}\n"
            "@set{partial, entryset = {zverev2020, gone2019}}\n")
    result = api.read_string(text, "bibtex")
    assert [(i["id"], i["type"], i.get("note")) for i in result.items] == [
        ("zverev2020", "article-journal", "set: eaeu"), ("lukin2018", "chapter", "set: eaeu"),
        ("partial", "document", "entry type: set\nentryset: zverev2020, gone2019")]
    assert result.problems == []
