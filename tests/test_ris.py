"""RIS: real-looking exports read with the values a user expects; broken input reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import detect_format
from cslbridge.formats import ris
from cslbridge.textio import read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ris"


def read_fixture(name: str):
    result = api.read(str(FIXTURES / name))
    assert result.problems == []
    return {item["id"]: item for item in result.items}


def test_zotero_export():
    items = read_fixture("zotero.ris")
    assert len(items) == 5
    allison = items["allison2008virtual"]
    assert allison["type"] == "article-journal"
    assert allison["container-title"] == "Central Asian Survey"
    assert allison["issued"] == {"date-parts": [[2008, 6]]}         # DA 2008/06// beats PY 2008
    assert allison["accessed"] == {"date-parts": [[2021, 3, 15]]}   # Y2 with a time of day
    assert allison["page"] == "185-202"
    assert allison["keyword"] == "Central Asia, regionalism, regime security"
    assert allison["ISSN"] == "0263-4937"
    book = items["buzan2003regions"]
    assert book["author"][1] == {"family": "Wæver", "given": "Ole"}
    assert book["collection-title"] == "Cambridge Studies in International Relations"
    assert book["ISBN"] == "978-0-521-81412-6"
    assert book["note"] == "Chapter 14 discusses the post-Soviet space."  # HTML note flattened
    chapter = items["cooley2018central"]
    assert chapter["editor"] == [{"family": "Tsygankov", "given": "Andrei P."}]
    assert chapter["container-title"] == "The Oxford Handbook of Russian Foreign Policy"
    web = items["world2020coronavirus"]
    assert web["type"] == "webpage" and web["author"] == [{"literal": "World Health Organization"}]
    thesis = items["meer2016regional"]
    assert thesis["author"] == [{"non-dropping-particle": "van der", "family": "Meer", "given": "Jan"}]
    assert thesis["genre"] == "PhD Thesis"
    assert thesis["number-of-pages"] == "312" and "page" not in thesis


def test_scopus_export():
    items = read_fixture("scopus.ris")
    zverev = items["zverev2018russian"]
    assert zverev["ISSN"] == "20729464"                # "(ISSN)" suffix dropped
    assert zverev["language"] == "ru"                  # "LA  - Russian"
    assert zverev["container-title-short"] == "Rossiya Novye Gos. Evrazii"
    assert zverev["source"] == "Scopus"
    assert "Cited By :3" in zverev["note"].split("\n")
    assert zverev["note"].startswith("AD: Moscow State Institute")  # unknown tag kept as TAG: value
    conference = items["he2016deep"]
    assert conference["type"] == "paper-conference"
    assert conference["ISSN"] == "10636919" and conference["ISBN"] == "9781467388504"
    assert conference["DOI"] == "10.1109/CVPR.2016.90"


def test_web_of_science_export():
    items = read_fixture("wos.ris")
    allison = items["allison2008virtual"]
    # the title is wrapped onto an indented continuation line
    assert allison["title"] == "Virtual regionalism, regional structures and regime security in Central Asia"
    assert allison["issued"] == {"date-parts": [[2008, 6]]}          # DA "JUN" beside PY 2008
    assert allison["ISSN"] == "0263-4937, 1465-3354"
    assert allison["archive_location"] == "WOS:000259389100004"
    assert items["huang2020clinical"]["issued"] == {"date-parts": [[2020, 2, 15]]}
    vaswani = items["vaswani2017attention"]
    assert vaswani["editor"][1] == {"family": "Luxburg", "given": "UV"}
    assert "CP: 31st Annual Conference on Neural Information Processing Systems (NIPS)" in vaswani["note"]


def test_pubmed_export():
    items = read_fixture("pubmed.ris")
    wu = items["wu2020new"]
    assert wu["PMID"] == "32015508" and wu["PMCID"] == "PMC7094943"
    assert wu["language"] == "en"                          # "eng"
    assert wu["ISSN"] == "1476-4687, 0028-0836"
    assert wu["issued"] == {"date-parts": [[2020, 3]]}     # Y1 2020/03
    assert "edition" not in wu and "ET: 2020/02/03" in wu["note"]
    assert wu["container-title"] == "Nature" and wu["container-title-short"] == "Nature"
    assert wu["author"][3] == {"family": "Chen", "given": "Yan-Mei"}
    assert items["huang2020clinical"]["DOI"] == "10.1016/S0140-6736(20)30183-5"


def test_google_scholar_export():
    # LF line ends, 'ER  -' without the trailing space, A1/T1/JO/Y1/BT tags
    items = read_fixture("google_scholar.ris")
    assert len(items) == 4
    assert items["allison2008virtual"]["container-title"] == "Central Asian Survey"
    chapter = items["lukin2018russia"]
    assert chapter["container-title"] == "The Routledge Handbook of Russian Foreign Policy"
    assert chapter["page"] == "280-295"
    assert items["vaswani2017attention"]["type"] == "paper-conference"


def test_mendeley_export():
    items = read_fixture("mendeley.ris")
    lecun = items["LeCun2015"]                              # the export's own ID is the key
    assert lecun["DOI"] == "10.1038/nature14539"            # from "M3  - doi: ..."
    assert lecun["URL"] == "https://doi.org/10.1038/nature14539"
    assert lecun["note"] == "UR: http://www.nature.com/articles/nature14539"  # second UR kept
    assert lecun["abstract"].startswith("Deep learning allows")                 # N2
    assert lecun["keyword"] == "deep learning, neural networks, representation learning"
    notes = items["Fuente2019"]
    assert notes["type"] == "document"
    assert notes["author"] == [
        {"non-dropping-particle": "de la", "family": "Fuente", "given": "Ana"},
        {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
    ]
    assert notes["note"] == "L1: file:///home/ana/Mendeley/Fuente2019.pdf"


def test_endnote_export_translated_reference():
    items = read_fixture("endnote.ris")
    zverev = items["zverev2018russian"]
    assert zverev["title"] == "The Russian–Kyrgyz relations: History and modernity"    # TT
    assert zverev["original-title"] == "Rossiisko-kirgizskie otnosheniya: istoriya i sovremennost'"
    assert zverev["container-title"] == "Rossiya i novye gosudarstva = Russian and New States of Eurasia"
    assert zverev["page"] == "106-125"                     # "SP  - 106-125" in one tag
    assert zverev["custom"]["translated-author"] == [{"family": "Зверев", "given": "Р."},
                                                     {"family": "Савин", "given": "И."}]
    assert "translator" not in zverev
    lukin = items["lukin2014turning"]
    assert lukin["number-of-pages"] == "640" and "page" not in lukin
    assert lukin["publisher"] == "Ves' Mir Publ." and lukin["publisher-place"] == "Moscow"
    assert items["tsygankov2018routledge"]["editor"] == [{"family": "Tsygankov", "given": "Andrei P."}]
    report = items["intergovernmental2014climate"]
    assert report["type"] == "report" and report["genre"] == "Assessment Report"


def test_elibrary_cp1251_export():
    raw = (FIXTURES / "elibrary_cp1251.ris").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")                                # really cp1251 on disk
    items = read_fixture("elibrary_cp1251.ris")
    zverev = items["zverev2018russian"]
    assert zverev["author"] == [{"family": "Зверев", "given": "Р.В."}, {"family": "Савин", "given": "И.С."}]
    assert zverev["custom"]["translated-author"][0] == {"family": "Zverev", "given": "R.V."}
    assert zverev["title"] == "The Russian–Kyrgyz relations: History and modernity"
    assert zverev["original-title"] == "РОССИЙСКО-КИРГИЗСКИЕ ОТНОШЕНИЯ: ИСТОРИЯ И СОВРЕМЕННОСТЬ"
    assert zverev["container-title"] == "Россия и новые государства Евразии"
    assert zverev["language"] == "ru"                      # "LA  - русский"
    assert zverev["keyword"] == "РОССИЯ, КИРГИЗИЯ, ЕВРАЗИЙСКИЙ ЭКОНОМИЧЕСКИЙ СОЮЗ"
    book = items["lukin2014turning"]
    assert book["number-of-pages"] == "640" and book["ISBN"] == "978-5-7777-0578-3"
    assert book["publisher"] == "Весь Мир" and book["publisher-place"] == "Москва"
    thesis = items["kuznetsov2016regionalnaya"]
    assert thesis["genre"] == "Дис. ... канд. полит. наук"
    assert items["ivanova2019evraziyskaya"]["container-title"] == "Россия в Центральной Азии: политика и экономика"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.ris")))
def test_fixture_round_trips_through_ris(name):
    """Reading what we wrote gives the same items (RIS carries everything these exports hold)."""
    items = api.read(str(FIXTURES / name)).items
    again = ris.read(ris.write(items), name)
    assert again.problems == []
    assert again.items == items


def test_translated_reference_written_as_ti_tt_ta():
    item = {"id": "z", "type": "article-journal",
            "title": "The Russian–Kyrgyz relations: History and modernity",
            "original-title": "Rossiisko-kirgizskie otnosheniya",
            "author": [{"family": "Zverev", "given": "R."}],
            "custom": {"translated-author": [{"family": "Зверев", "given": "Р."}], "review": True},
            "issued": {"date-parts": [[2018, 5, 17]]}, "page": "106–125"}
    text = ris.write([item])
    lines = text.split("\r\n")
    assert lines[:4] == ["TY  - JOUR", "ID  - z", "TI  - Rossiisko-kirgizskie otnosheniya",
                         "TT  - The Russian–Kyrgyz relations: History and modernity"]
    assert "TA  - Зверев, Р." in lines
    assert "PY  - 2018" in lines and "DA  - 2018/05/17/" in lines
    assert "SP  - 106" in lines and "EP  - 125" in lines
    assert lines[-3:] == ["ER  - ", "", ""]


BROKEN = """\
Provider: Example Library
Content: text/plain; charset="utf-8"

TY  - JOUR
TI  - First good record
AU  - Smith, John
PY  - 2001
ER  - 

AU  - Headless, Record
TI  - This record has no TY line
ER  - 
ER  - 
this line belongs to no record
TY  - BOOK
TI  - Second good record
PY  - 2002
ER  - 
TY  - JOUR
TI  - Unclosed record at the end
"""


def test_broken_records_are_reported_by_line_and_every_record_survives():
    result = ris.read(BROKEN, "broken.ris")
    titles = [item["title"] for item in result.items]
    assert titles == ["First good record", "This record has no TY line", "Second good record",
                      "Unclosed record at the end"]
    # a record without TY is read as generic (GEN), as Zotero and EndNote read it
    assert result.items[1]["type"] == "document"
    assert result.items[1]["author"] == [{"family": "Headless", "given": "Record"}]
    messages = [("warning" if p.warning else "error", str(p)) for p in result.problems]
    assert messages == [
        ("warning", "broken.ris:10: entry 'This record has no TY line': record has no 'TY' line "
                    "(starts with 'AU'); read as generic (GEN)"),
        ("error", "broken.ris:13: 'ER' without a record before it"),
        ("error", "broken.ris:14: stray line outside any record: 'this line belongs to no record'"),
        ("warning", "broken.ris:19: entry 'Unclosed record at the end': record has no closing 'ER  - ' "
                    "at end of input; read to the end"),
    ]


def test_cli_convert_reports_broken_lines_and_exits_1(tmp_path):
    path = tmp_path / "broken.ris"
    path.write_text(BROKEN, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert result.exit_code == 1
    assert f"warning: {path}:10: entry 'This record has no TY line': record has no 'TY' line" in result.stderr
    assert f"error: {path}:13: 'ER' without a record before it" in result.stderr
    assert "Traceback" not in result.stderr
    assert '"title": "Second good record"' in result.stdout
    assert '"title": "This record has no TY line"' in result.stdout


def test_cli_converts_ris_fixture_to_ris(tmp_path):
    out = tmp_path / "out.ris"
    result = CliRunner().invoke(main, ["convert", str(FIXTURES / "scopus.ris"), "-t", "ris", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    written = out.read_bytes()
    assert written.startswith(b"TY  - JOUR\r\nID  - zverev2018russian\r\n")
    assert written.count(b"ER  - \r\n") == 3


def test_tolerant_tag_lines():
    text = ("\ufeff\r\n\r\nTY - JOUR\r\nTI  -Tight dash\r\nAU  - Doe, Jane\r\n"
            "AB  - Trade across the\r\nUS - Mexico border.\r\nN1  - first line\r\nsecond line\r\nER  -")
    result = ris.read(text)
    assert result.problems == []
    item = result.items[0]
    assert item["title"] == "Tight dash"
    assert item["author"] == [{"family": "Doe", "given": "Jane"}]
    # 'US' is no RIS tag and is not spaced as one: the line continues the abstract
    assert item["abstract"] == "Trade across the\nUS - Mexico border."
    assert item["note"] == "first line\nsecond line"


def test_unknown_type_and_tags_kept_in_note():
    result = ris.read("TY  - XYZ\nTI  - Odd\nZZ  - zebra value\nER  - \n")
    item = result.items[0]
    assert item["type"] == "document"
    assert item["note"].split("\n") == ["TY: XYZ", "ZZ: zebra value"]


@pytest.mark.parametrize("ty,csl", [("JOUR", "article-journal"), ("CPAPER", "paper-conference"),
                                    ("CONF", "paper-conference"), ("THES", "thesis"), ("ELEC", "webpage"),
                                    ("WEB", "webpage"), ("UNPB", "manuscript"), ("GOVDOC", "report"),
                                    ("ICOMM", "personal_communication"), ("STAND", "standard"),
                                    ("ENCYC", "entry-encyclopedia"), ("DICT", "entry-dictionary"),
                                    ("CASE", "legal_case"), ("STAT", "legislation"), ("SER", "periodical")])
def test_types_read(ty, csl):
    assert ris.read(f"TY  - {ty}\nTI  - x\nER  - \n").items[0]["type"] == csl


def test_in_press_round_trip():
    item = ris.read("TY  - INPR\nTI  - Forthcoming\nER  - \n").items[0]
    assert item["status"] == "in press"
    assert ris.write([item]).startswith("TY  - INPR\r\n")


def test_sniff_and_detection():
    text = (FIXTURES / "zotero.ris").read_text(encoding="utf-8")
    assert ris.sniff(text) > 0.9
    assert ris.sniff('[{"type": "book", "title": "TY  - JOUR"}]') == 0.0
    assert ris.sniff("@article{x, title={TY}}") == 0.0
    assert detect_format(None, text).name == "ris"
    assert detect_format("refs.ris", "").name == "ris"
    assert detect_format(None, read_text(str(FIXTURES / "elibrary_cp1251.ris"))).name == "ris"


# --- exports from more tools -------------------------------------------------

def test_zotero_export_with_html_notes_and_attachments():
    items = read_fixture("zotero_notes.ris")
    art = items["singh2020groundwater"]
    assert art["issued"] == {"date-parts": [[2020, 5, 3]]}
    assert art["accessed"] == {"date-parts": [[2023, 2, 11]]}
    assert art["page"] == "e2019WR026543" and art["keyword"] == "groundwater, Punjab, irrigation"
    notes = art["note"].split("\n")
    # HTML notes become text (entities decoded, a wrapped second paragraph kept); attachments stay
    assert "Key result: wells deeper than 60\u00a0m in Sangrur & Barnala; see Fig.\u00a03." in notes
    assert "Second paragraph of the note." in notes and "Compare with Kumar 2019" in notes
    assert "L1: files/412/Singh and Kaur - 2020 - Groundwater depletion.pdf" in notes
    assert not any("<" in line for line in notes)
    book = items["grafton2016economics"]
    assert book["original-title"] == "La economía del agua"  # an N1 `variable: value` line
    assert book["author"][1] == {"non-dropping-particle": "van der", "family": "Berg", "given": "Caroline"}
    assert book["note"].split("\n") == ["L1: files/413/Grafton - 2016.epub", "L4: files/413/snapshot.html",
                                        "Borrowed from the faculty library."]


def test_web_of_science_records_without_blank_lines_seasons_and_article_numbers():
    items = read_fixture("wos_noblank.ris")
    assert list(items) == ["ivanova2019carbon", "okoro2021mobile", "petrov2016spring"]
    ivanova = items["ivanova2019carbon"]
    assert ivanova["title"] == "Carbon pricing and export competitiveness: evidence from firm-level data"
    assert ivanova["issued"] == {"date-parts": [[2019, 8]]} and ivanova["page"] == "104-117"
    assert ivanova["ISSN"] == "0140-9883, 1873-6181"
    assert items["okoro2021mobile"]["number"] == "105234"  # C7, the article number
    spring = items["petrov2016spring"]
    assert spring["issued"] == {"date-parts": [[2016, 13]]}  # DA SPR: CSL's season 13, Spring
    assert "DA  - 2016///Spring\r\n" in ris.write([spring])


def test_endnote_export_with_bom_and_crlf():
    items = read_fixture("endnote_crlf_bom.ris")
    art = items["lindstrom2017seasonal"]
    assert art["author"] == [{"family": "Lindström", "given": "Karin"}, {"family": "Núñez", "given": "Pablo"}]
    assert art["container-title"] == "Thorax" and art["page"] == "401-409"
    chapter = items["adebayo2015informal"]
    assert chapter["type"] == "chapter" and chapter["container-title"] == "Handbook of Urban Health"
    assert chapter["editor"] == [{"family": "Moreau", "given": "Claire"}]
    assert chapter["ISBN"] == "978-1-4462-1234-5"


def test_cnki_export_in_chinese():
    items = list(read_fixture("cnki.ris").values())
    art, thesis = items
    assert art["title"] == "数字经济对产业结构升级的影响研究" and art["container-title"] == "经济研究"
    assert art["author"] == [{"literal": "王小明"}, {"literal": "欧阳丽华"}]
    assert art["keyword"] == "数字经济, 产业结构, 门槛效应"  # split at the full-width '；'
    assert (art["issue"], art["page"], art["ISSN"]) == ("05", "45-62", "0577-9154")
    assert (thesis["type"], thesis["publisher"], thesis["genre"]) == ("thesis", "清华大学", "博士")
    assert ris.write([art]).count("KW  - ") == 3


def test_proquest_dissertation_with_header_and_wrapped_abstract():
    thesis = read_fixture("proquest.ris")["mwakyusa2018essays"]
    assert (thesis["type"], thesis["genre"]) == ("thesis", "Ph.D.")
    assert thesis["publisher"] == "University of California, Berkeley"
    assert thesis["number-of-pages"] == "184" and thesis["ISBN"] == "9780438123456"
    assert thesis["abstract"].split("\n") == ["This dissertation studies rotating savings groups in",
                                              "three districts of Mbeya region.",
                                              "Chapter 2 uses a field experiment."]
    written = ris.write([thesis])
    assert written.count("AB  - ") == 1  # one abstract, its lines continuation lines
    assert ris.read(written).items[0]["abstract"] == thesis["abstract"]


def test_continuation_lines_repeated_keywords_and_partial_dates():
    items = list(read_fixture("dates_continuation.ris").values())
    wrapped, news, report = items
    assert wrapped["title"] == "Long titles wrapped by old export tools keep their second line"
    assert wrapped["keyword"] == "migration, remittances, labour markets, Lebanon"
    assert wrapped["issued"] == {"date-parts": [[2018, 13]]}  # Y1  - 2018///Spring
    assert news["issued"] == {"date-parts": [[2020, 5, 3]]} and news["type"] == "article-newspaper"
    assert report["issued"] == {"date-parts": [[2022, 11]]}  # DA  - 2022/11//


def test_abstract_line_that_looks_like_a_tag_stays_in_the_abstract():
    item = {"id": "x", "type": "book", "title": "T", "abstract": "First.\nAU  - not an author\nLast."}
    again = ris.read(ris.write([item])).items[0]
    assert again["abstract"] == item["abstract"] and "author" not in again


def test_keyword_lists_joined_with_semicolons_become_one_kw_each():
    item = {"id": "x", "type": "book", "title": "T", "keyword": "Central Asia; Kyrgyzstan; Russia"}
    assert ris.write([item]).count("KW  - ") == 3


def test_an_et_al_author_line_from_another_tool_is_a_mark_not_a_name():
    text = "TY  - JOUR\r\nAU  - Smith, John\r\nAU  - et al.\r\nA2  - others\r\nTI  - Title\r\nER  - \r\n"
    item = ris.read(text).items[0]
    assert item["author"] == [{"family": "Smith", "given": "John"}] and "editor" not in item
    assert item["custom"]["et-al"] == ["author", "editor"]


def test_circa_and_dates_given_as_text_go_in_the_other_field_of_da():
    """PY takes a year only; a season, "circa" and a date given as text go in DA's
    'other' field (YYYY/MM/DD/other, as Zotero writes it) and come back."""
    items = [
        {"id": "beethoven1800", "type": "book", "title": "Sonatas", "issued": {"date-parts": [[1800]], "circa": True}},
        {"id": "ivanov1912", "type": "manuscript", "title": "Letters from the front",
         "issued": {"literal": "Spring term 1912"}},
        {"id": "atlantic2001", "type": "article-magazine", "title": "Autumn issue",
         "issued": {"date-parts": [[2001, 15]], "circa": True}},
        {"id": "undated", "type": "manuscript", "title": "Notebook", "issued": {"literal": "undated"}},
    ]
    text = ris.write(items)
    assert "PY  - 1800\r\nDA  - 1800///circa\r\n" in text
    assert "PY  - 1912\r\nDA  - 1912///Spring term 1912\r\n" in text
    assert "DA  - 2001///Autumn circa\r\n" in text
    assert "PY  - Spring" not in text and "DA  - undated\r\n" in text
    back = {item["id"]: item["issued"] for item in ris.read(text).items}
    assert back == {"beethoven1800": {"date-parts": [[1800]], "circa": True},
                    "ivanov1912": {"literal": "Spring term 1912"},
                    "atlantic2001": {"date-parts": [[2001, 15]], "circa": True},
                    "undated": {"literal": "undated"}}


# --- publisher-site downloads --------------------------------------------------------------

def test_y1_beside_py_is_the_full_date_and_access_dates_written_month_first():
    # Oxford Academic: 'PY  - 2020' + 'Y1  - 2020/06/01', the access date as 3/15/2021
    text = ("TY  - JOUR\r\nT1  - Rethinking identity\r\nPY  - 2020\r\nY1  - 2020/06/01\r\n"
            "Y2  - 3/15/2021\r\nER  - \r\n"
            "TY  - JOUR\r\nT1  - Another\r\nPY  - 2019\r\nY1  - 2018/12/01\r\nY2  - 25/11/2022\r\nER  - \r\n")
    first, second = ris.read(text).items
    assert first["issued"] == {"date-parts": [[2020, 6, 1]]}
    assert first["accessed"] == {"date-parts": [[2021, 3, 15]]}
    # a Y1 that disagrees with PY is not dropped; a first number over 12 is the day
    assert second["issued"] == {"date-parts": [[2019]]} and second["note"] == "Y1: 2018/12/01"
    assert second["accessed"] == {"date-parts": [[2022, 11, 25]]}


@pytest.mark.parametrize("c1, issued, note", [
    ("Full publication date: Dec. 13, 1968", [[1968, 12, 13]], None),
    ("Full publication date: Summer, 1968", [[1968, 14]], None),
    ("Full publication date: Summer, 2014", [[1968]], "C1: Full publication date: Summer, 2014"),  # not PY's year
    ("Full publication date: Jan., 1968", [[1968, 1]], None),
    ("Full publication date: 1968", [[1968]], None),
    ("Full publication date: Mar. - Apr., 1968", [[1968]], "C1: Full publication date: Mar. - Apr., 1968"),
    ("Custom text", [[1968]], "C1: Custom text"),
])
def test_jstor_full_publication_date_fills_the_year(c1, issued, note):
    item = ris.read(f"TY  - JOUR\nTI  - T\nPY  - 1968\nC1  - {c1}\nER  - \n").items[0]
    assert item["issued"] == {"date-parts": issued}
    assert item.get("note") == note


def test_a_note_that_only_repeats_the_doi_is_not_kept():
    text = ("TY  - JOUR\nTI  - T\nN1  - doi: 10.1080/02634937.2018.1532961\nDO  - 10.1080/02634937.2018.1532961\n"
            "M3  - doi: 10.1080/02634937.2018.1532961\nER  - \n"
            "TY  - CHAP\nTI  - C\nN1  - https://doi.org/10.1002/9781119300762.ch4\n"
            "DO  - https://doi.org/10.1002/9781119300762.ch4\nN1  - doi: 10.1000/other\nER  - \n")
    article, chapter = ris.read(text).items
    assert article["DOI"] == "10.1080/02634937.2018.1532961" and "note" not in article
    assert chapter["DOI"] == "10.1002/9781119300762.ch4" and chapter["note"] == "doi: 10.1000/other"


def test_ebscohost_titles_lose_the_period_it_adds():
    text = ("TY  - JOUR\nT1  - The China Shock.\nDP  - EBSCOhost\nER  - \n"
            "TY  - JOUR\nT1  - Trade policy in the U.S.\nDP  - EBSCOhost\nER  - \n"
            "TY  - JOUR\nT1  - Other sources keep it.\nDP  - JSTOR\nER  - \n")
    assert [item["title"] for item in ris.read(text).items] == [
        "The China Shock", "Trade policy in the U.S.", "Other sources keep it."]


def test_sciencedirect_chapter_number_in_the_title():
    text = ("TY  - CHAP\nT1  - Chapter 12 - Trade and Wages\nBT  - Handbook\nER  - \n"
            "TY  - JOUR\nT1  - Chapter 12 - an article keeps its title\nER  - \n")
    chapter, article = ris.read(text).items
    assert (chapter["title"], chapter["chapter-number"]) == ("Trade and Wages", "12")
    assert article["title"] == "Chapter 12 - an article keeps its title" and "chapter-number" not in article
    assert ris.read(ris.write([chapter])).items[0]["title"] == "Trade and Wages"


def test_library_catalogue_records_lose_their_isbd_punctuation_and_nothing_else():
    text = ("TY  - BOOK\nT1  - The age of extremes : a history of the world, 1914-1991 / Eric Hobsbawm.\n"
            "A1  - Hobsbawm, E. J. 1917-2012.\nPB  - Vintage Books,\nCY  - New York :\nER  - \n"
            "TY  - BOOK\nT1  - Great games, local rules : the new great power contest\nA1  - Cooley, Alexander,\n"
            "ER  - \n"
            # no catalogue marks: a French title's ' : ' and a title's ' / ' stay as written
            "TY  - BOOK\nT1  - Entrées / sorties : le commerce du Kirghizstan\nA1  - Dubois, Camille\n"
            "PB  - Karthala\nER  - \n")
    hobsbawm, cooley, french = ris.read(text).items
    assert hobsbawm["title"] == "The age of extremes: a history of the world, 1914-1991"
    assert hobsbawm["author"] == [{"family": "Hobsbawm", "given": "E. J."}]
    assert (hobsbawm["publisher"], hobsbawm["publisher-place"]) == ("Vintage Books", "New York")
    assert hobsbawm["note"].split("\n") == ["A1: Hobsbawm, E. J. 1917-2012.",
                                            "statement of responsibility: Eric Hobsbawm"]
    assert cooley["title"] == "Great games, local rules: the new great power contest"
    assert cooley["author"] == [{"family": "Cooley", "given": "Alexander"}]
    assert french["title"] == "Entrées / sorties : le commerce du Kirghizstan" and "note" not in french


@pytest.mark.parametrize("written, name", [
    ("山田 太郎", {"family": "山田", "given": "太郎"}),  # J-STAGE, CiNii: family first
    ("김 춘근", {"family": "김", "given": "춘근"}),
    ("Taro YAMADA", {"family": "YAMADA", "given": "Taro"}),  # the family name in capitals
    ("Jean-Luc A. DUPONT", {"family": "DUPONT", "given": "Jean-Luc A."}),
    ("K. He", {"family": "He", "given": "K."}),  # IEEE Xplore: initials first
    ("J.-P. Müller-Brandt", {"family": "Müller-Brandt", "given": "J.-P."}),
    ("U.S. Army", {"literal": "U.S. Army"}),
    ("王小明", {"literal": "王小明"}),
    ("United Nations UNDP", {"literal": "United Nations UNDP"}),
    ("World Health Organization", {"literal": "World Health Organization"}),
    ("UNESCO", {"literal": "UNESCO"}),
])
def test_names_without_a_comma(written, name):
    assert ris.parse_name(written) == name


def test_ieee_vo_is_the_volume_and_its_empty_tags_are_nothing():
    text = "TY  - JOUR\nTI  - T\nIS  - \nVO  - 36\nVL  - 36\nER  - \nTY  - JOUR\nTI  - U\nVO  - 7\nER  - \n"
    same, alone = ris.read(text).items
    assert same["volume"] == "36" and "note" not in same and "issue" not in same
    assert alone["volume"] == "7"


def test_a_book_counted_front_matter_plus_body_keeps_its_page_count_through_ris():
    book = {"id": "lang", "type": "book", "title": "Algebra", "number-of-pages": "xvi+914"}
    assert ris.read(ris.write([book])).items == [book]


def test_an_author_line_run_into_the_title_is_read_and_kept():
    """A damaged export can run the title into an AU line. The dropping-particle rule reads
    lower-case words after the given names; on such a line it must stay linear (it used to
    try every split of the lower-case run and never finished) and the text is kept."""
    given = "on pricing and export competitiveness of smallholder farmers: evidence from tanzania"
    text = f"TY  - JOUR\nAU  - Chen, {given}\nAU  - Gaulle, Charles de\nTI  - Title\nER  - \n"
    item = ris.read(text).items[0]
    assert item["author"][0] == {"family": "Chen", "dropping-particle": "evidence from tanzania",
                                 "given": "on pricing and export competitiveness of smallholder farmers:"}
    assert item["author"][1] == {"family": "Gaulle", "given": "Charles", "dropping-particle": "de"}


def test_text_without_any_record_is_reported_not_an_empty_success():
    """`convert refs.json -f ris` (a wrong --from) read nothing and exited 0 with `[]`, where
    BibTeX says 'no BibTeX entries found'; RIS now says so too, and convert exits 1."""
    assert [str(p) for p in ris.read('[{"id": "a", "type": "book"}]\n', "refs.json").problems] == [
        "refs.json:1: no RIS records found (is this really RIS?)"]
    header_only = "Provider: ProQuest LLC\nDatabase: ProQuest Dissertations & Theses Global\n"
    assert ris.read(header_only, "x.ris").problems and ris.read("", "x.ris").problems == []
    result = CliRunner().invoke(main, ["convert", str(FIXTURES / "zotero.ris"), "-f", "ris", "-t", "csljson"])
    assert result.exit_code == 0


def test_a_record_the_mapping_fails_on_is_reported_and_the_others_read(monkeypatch):
    original = ris._to_item

    def failing(fields):
        if ("TI", "Two") in fields:
            raise KeyError("boom")
        return original(fields)

    monkeypatch.setattr(ris, "_to_item", failing)
    text = "TY  - JOUR\nTI  - One\nER  - \n\nTY  - JOUR\nTI  - Two\nER  - \n\nTY  - JOUR\nTI  - Three\nER  - \n"
    result = ris.read(text, "x.ris")
    assert [item["title"] for item in result.items] == ["One", "Three"]
    assert len(result.problems) == 1
    assert "x.ris:5:" in str(result.problems[0])
    assert "skipped: cslbridge failed to map this entry (KeyError: 'boom'); please report it" in str(result.problems[0])


def test_a_films_author_moved_to_a_note_keeps_its_particle_and_suffix():
    """A film's AU is its director, so its authors are written to N1; their particle and suffix, which
    'Family || Given' cannot carry, go back with them (the round-trip property test found them lost)."""
    from cslbridge.formats import ris

    item = {"type": "motion_picture", "id": "x", "title": "Night Train",
            "author": [{"family": "Berg", "given": "Anna", "non-dropping-particle": "van den", "suffix": "Jr."}]}
    assert ris.read(ris.write([item])).items[0]["author"] == item["author"]
