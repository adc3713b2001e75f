"""BibTeX/BibLaTeX reading and writing on exports from real tools, broken files and the CLI."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import detect_format, get_format
from cslbridge.formats.bibtex import (
    citation_keys, classic_date, parse_name, parse_names, read, write, write_biblatex,
)
from cslbridge.items import iso_date, validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bibtex"


def load(name):
    result = api.read(str(FIXTURES / name))
    assert result.problems == []
    for item in result.items:
        assert validate(item) == [], item["id"]
    return {item["id"]: item for item in result.items}


# --- fixtures from the tools researchers use ---------------------------------

def test_zotero_biblatex_export():
    items = load("zotero_biblatex.bib")
    art = items["allison_virtual_2008"]
    assert art["type"] == "article-journal"
    assert art["title"] == "Virtual regionalism, regional structures and regime security in Central Asia"
    assert art["container-title"] == "Central Asian Survey"
    assert art["author"] == [{"family": "Allison", "given": "Roy"}]
    assert art["issued"] == {"date-parts": [[2008, 6, 1]]}
    assert art["accessed"] == {"date-parts": [[2021, 3, 15]]}
    assert (art["volume"], art["issue"], art["page"]) == ("27", "2", "185-202")
    assert art["DOI"] == "10.1080/02634930802355121"
    assert art["language"] == "en"
    assert art["keyword"] == "Central Asia, regionalism, regime security"
    assert art["note"].startswith("file: Allison - 2008")  # unmapped field kept
    book = items["lukin_povorot_2014"]
    assert (book["publisher"], book["publisher-place"]) == ("Ves' Mir Publ.", "Moscow")
    assert book["number-of-pages"] == "640" and book["language"] == "ru"
    assert book["title-short"] == "Povorot k Azii"
    conf = items["van_der_meer_regional_2016"]
    assert conf["type"] == "paper-conference"
    assert conf["author"][0] == {"family": "Meer", "given": "Jan", "non-dropping-particle": "van der"}
    assert conf["author"][1] == {"family": "Smith", "given": "John", "suffix": "Jr."}
    assert conf["event-date"] == {"date-parts": [[2016, 3, 16], [2016, 3, 19]]}
    assert conf["event-title"] == "Annual Convention of the International Studies Association"
    assert conf["event-place"] == "Atlanta, GA"
    report = items["world_health_organization_coronavirus_2020"]
    assert report["author"] == [{"literal": "World Health Organization"}]
    assert (report["type"], report["number"], report["genre"]) == ("report", "51", "Situation report")
    assert report["publisher"] == "World Health Organization"
    thesis = items["muller_aussenpolitik_2019"]
    assert thesis["genre"] == "PhD thesis" and thesis["publisher"] == "Universität Zürich"
    assert thesis["language"] == "de"
    web = items["noauthor_eurasian_2021"]
    assert web["type"] == "webpage" and web["URL"].endswith("#about-countries")
    assert "titleaddon: Official website" in web["note"]


def test_zotero_bibtex_export():
    items = load("zotero_bibtex.bib")
    art = items["allison_virtual_2008"]
    assert art["issued"] == {"date-parts": [[2008, 6]]}  # month = jun
    assert art["container-title"] == "Central Asian Survey"
    assert art["publisher"] == "Routledge" and "note" not in art  # Zotero's Extra, which it exports as note
    chapter = items["dvorak_state_2012"]
    assert chapter["type"] == "chapter"
    assert chapter["title"] == "State capacity and the Česká transition"
    assert chapter["container-title"] == "The Cambridge History of Central Europe"
    assert chapter["author"] == [{"family": "Dvořák", "given": "Tomáš"}, {"family": "Erdős", "given": "Péter"}]
    assert chapter["editor"][0] == {"family": "Fuente", "given": "María", "non-dropping-particle": "de la"}
    assert chapter["editor"][1] == {"family": "Straßer", "given": "Hans"}
    report = items["european_commission_energy_2019"]
    assert report["title"] == "Energy union & climate action: progress report"
    assert (report["number"], report["genre"], report["publisher"]) == ("SWD(2019) 212", "Working Paper", "European Commission")
    assert report["issued"] == {"date-parts": [[2019, 4]]}
    misc = items["ipcc_sixth_2021"]
    assert misc["type"] == "document" and misc["author"] == [{"literal": "IPCC"}]
    assert misc["accessed"] == {"date-parts": [[2021, 8, 9]]}
    thesis = items["nguyen_learning_2020"]
    assert thesis["genre"] == "PhD Thesis" and thesis["publisher"] == "Stanford University"


def test_better_bibtex_export():
    items = load("betterbibtex.bib")
    art = items["zverevRussianKyrgyzRelations2018"]
    assert art["title"] == "The Russian–Kyrgyz Relations: History and Modernity"
    assert art["container-title"] == "Rossiya i novye gosudarstva = Russian and New States of Eurasia"
    assert art["container-title-short"] == "Ross. Nov. Gos."
    assert art["original-title"] == "Rossiisko-kirgizskie otnosheniya: istoriya i sovremennost'"
    assert art["language"] == "ru" and art["issue"] == "1"
    online = items["vaswaniAttentionAllYou2017"]
    # Zotero's preprint, exported as @online with its arXiv e-print: CSL's preprint type
    assert online["type"] == "article" and len(online["author"]) == 3
    assert online["custom"]["et-al"] == ["author"]  # "and others" is a flag, not a name
    assert online["status"] == "prepublished"
    assert (online["number"], online["publisher"]) == ("arXiv:1706.03762", "arXiv")
    book = items["tolkienLordRings2005"]
    assert (book["title"], book["volume-title"]) == ("The Lord of the Rings", "The Fellowship of the Ring")
    assert book["edition"] == "2" and book["original-date"] == {"date-parts": [[1954]]}
    assert book["publisher"] == "Houghton Mifflin"
    chapter = items["boaventuradesousasantosEpistemologiesSouth2014"]
    assert chapter["author"] == [{"family": "Santos", "given": "Boaventura", "non-dropping-particle": "de Sousa"}]
    assert "editor" not in chapter and chapter["compiler"][0]["family"] == "Santos"  # editortype
    assert chapter["page"] == "ix-lxii"
    assert items["hersbachERA5HourlyData2018"]["type"] == "dataset"
    software = items["harrisArrayProgrammingNumPy2020"]
    assert software["type"] == "software" and software["version"] == "1.19.0"
    assert software["author"][2] == {"family": "van der Walt", "given": "Stéfan J."}  # braced family


def test_google_scholar_export():
    items = load("google_scholar.bib")
    assert items["allison2008virtual"]["publisher"] == "Taylor & Francis"
    conf = items["he2016deep"]
    assert conf["type"] == "paper-conference"
    assert conf["container-title"] == "Proceedings of the IEEE conference on computer vision and pattern recognition"
    assert [a["family"] for a in conf["author"]] == ["He", "Zhang", "Ren", "Sun"]
    assert items["buzan2003regions"]["author"][1] == {"family": "Wæver", "given": "Ole"}
    assert items["flikke2009ethnic"]["genre"] == "PhD thesis"
    who = items["world2020coronavirus"]
    assert who["author"] == [{"literal": "World Health Organization"}]  # unbraced body
    assert who["custom"]["et-al"] == ["author"]
    spanish = items["garcia2015analisis"]
    assert spanish["title"] == "Análisis de la política económica regional"
    assert spanish["author"][0] == {"family": "García Márquez", "given": "Gabriel"}
    assert spanish["container-title"] == "Revista de Economía"


def test_scopus_export():
    items = load("scopus.bib")
    art = items["Zverev2018106"]
    assert art["page"] == "106-125"  # "106 – 125"
    assert art["language"] == "ru" and art["source"] == "Scopus"
    assert art["keyword"] == "Central Asia; Kyrgyzstan; Russia; EAEU"
    assert art["container-title-short"] == "Rossiya Nov. Gosud."
    assert "&partnerID=40" in art["URL"]
    assert "type: Article" in art["note"] and "Cited by: 3" in art["note"]
    assert "publication_stage: Final" in art["note"]
    conf = items["Kim2019e0213"]
    assert conf["type"] == "paper-conference" and conf["number"] == "e0213"
    assert conf["author"][0] == {"family": "Kim", "given": "S.-H."}


def test_web_of_science_export():
    items = load("wos.bib")
    art = items["WOS:000259409300004"]
    assert art["title"] == "Virtual regionalism, regional structures and regime security in Central Asia"
    assert art["issued"] == {"date-parts": [[2008, 6]]}  # Month = {JUN}
    assert art["page"] == "185-202" and art["container-title-short"] == "Cent. Asian Surv."
    assert art["publisher"] == "ROUTLEDGE JOURNALS, TAYLOR & FRANCIS LTD"
    assert "times-cited: 112" in art["note"] and "eissn: 1465-3354" in art["note"]
    conf = items["WOS:000400012300045"]
    assert conf["collection-title"] == "IEEE Conference on Computer Vision and Pattern Recognition"
    assert conf["note"].startswith("29th IEEE Conference on Computer Vision and Pattern Recognition (CVPR), Seattle")


def test_jabref_strings_crossref_and_comments():
    items = load("jabref.bib")
    assert list(items) == ["isa2016", "vandermeer2016", "savin2016", "knuth1984"]
    parent = items["isa2016"]
    assert parent["title"] == "Proceedings of the Annual Convention of the International Studies Association"
    assert (parent["publisher"], parent["publisher-place"]) == ("International Studies Association", "New York")
    child = items["vandermeer2016"]
    assert child["title"] == "Regional security complexes revisited"
    assert child["container-title"] == parent["title"]  # parent title -> booktitle
    assert child["editor"] == parent["editor"]
    assert child["issued"] == {"date-parts": [[2016, 3]]}
    assert child["author"][1] == {"family": "Smith Jr.", "given": "John"}
    assert items["savin2016"]["issued"] == {"date-parts": [[2017, 3]]}  # own year wins
    knuth = items["knuth1984"]
    assert knuth["title"] == "The TeXbook" and knuth["note"] == "With a foreword by someone"
    assert knuth["collection-title"] == "Computers and Typesetting"


def test_elibrary_export_in_utf8():
    items = load("elibrary.bib")
    art = items["zverev2018rossiysko"]
    assert art["author"] == [{"family": "Зверев", "given": "Р. Н."}, {"family": "Савин", "given": "И. С."}]
    assert art["title"] == "Российско-киргизские отношения: история и современность"
    assert art["container-title"] == "Россия и новые государства Евразии"
    assert art["language"] == "ru" and art["page"] == "106-125"
    book = items["lukin2014povorot"]
    assert book["number-of-pages"] == "640" and book["publisher-place"] == "М."
    thesis = items["sidorova2015"]
    assert thesis["genre"] == "Дис. ... канд. полит. наук" and thesis["publisher"] == "МГИМО"


def test_elibrary_export_in_cp1251():
    raw = (FIXTURES / "elibrary_cp1251.bib").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    items = load("elibrary_cp1251.bib")
    art = items["petrova2020ekonomicheskaya"]
    assert art["author"][0] == {"family": "Петрова", "given": "А. С."}
    assert art["container-title"] == "Вопросы экономики"
    assert (art["volume"], art["issue"], art["page"], art["language"]) == ("7", "3", "88-104", "ru")
    assert items["kuznetsov2017istoriya"]["number-of-pages"] == "352"


# --- names and dates ---------------------------------------------------------

@pytest.mark.parametrize("raw, name", [
    ("Knuth, Donald E.", {"family": "Knuth", "given": "Donald E."}),
    ("Donald E. Knuth", {"family": "Knuth", "given": "Donald E."}),
    ("Ludwig van Beethoven", {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}),
    ("van Beethoven, Ludwig", {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}),
    ("de la Fuente, María", {"family": "Fuente", "given": "María", "non-dropping-particle": "de la"}),
    ("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
     {"family": "Vallée Poussin", "given": "Charles Louis Xavier Joseph", "non-dropping-particle": "de la"}),
    ("Smith, Jr., John", {"family": "Smith", "given": "John", "suffix": "Jr."}),
    ("John Smith Jr.", {"family": "Smith", "given": "John", "suffix": "Jr."}),
    ("{World Health Organization}", {"literal": "World Health Organization"}),
    ("{Barnes and Noble}", {"literal": "Barnes and Noble"}),
    ("{\\'E}mile Zola", {"family": "Zola", "given": "Émile"}),
    ("{\\'e}mile Zola", {"family": "Zola", "non-dropping-particle": "émile"}),  # BibTeX's case rule
    ("Plato", {"family": "Plato"}),
    ("García Márquez,", {"family": "García Márquez"}),
    ("family=Meer, given=Jan, prefix=van der, useprefix=false",
     {"family": "Meer", "given": "Jan", "dropping-particle": "van der"}),
])
def test_name_forms(raw, name):
    assert parse_name(raw) == name


def test_name_list_split_only_outside_braces():
    names, et_al = parse_names("{Barnes and Noble} and Smith, J. AND Doe,~Jane and others")
    assert names == [{"literal": "Barnes and Noble"}, {"family": "Smith", "given": "J."},
                     {"family": "Doe", "given": "Jane"}]
    assert et_al


@pytest.mark.parametrize("raw, date", [
    ("2010-06-14", {"date-parts": [[2010, 6, 14]]}),
    ("2010-06-14/2010-06-16", {"date-parts": [[2010, 6, 14], [2010, 6, 16]]}),
    ("2010-06", {"date-parts": [[2010, 6]]}),
    ("2010~", {"date-parts": [[2010]], "circa": True}),
    ("2010-22", {"date-parts": [[2010, 14]]}),  # BibLaTeX summer -> CSL season
    ("2010/", {"raw": "2010/"}),
    ("June 2010", None),
])
def test_iso_dates(raw, date):
    assert iso_date(raw) == date


@pytest.mark.parametrize("year, month, date", [
    ("2018", "1", {"date-parts": [[2018, 1]]}),
    ("2018", "January", {"date-parts": [[2018, 1]]}),
    ("2018", "Jan.", {"date-parts": [[2018, 1]]}),
    ("2018", "ОКТЯБРЬ", {"date-parts": [[2018, 10]]}),
    ("2008--2009", "", {"date-parts": [[2008], [2009]]}),
    ("2018", "15 March", {"date-parts": [[2018, 3, 15]]}),
    ("2018", "Mar. 15", {"date-parts": [[2018, 3, 15]]}),
    ("2018", "1\u00a015", {"date-parts": [[2018, 1, 15]]}),  # month = jan # "~15"
    ("2018", "Jan.--Feb.", {"date-parts": [[2018, 1], [2018, 2]]}),
    ("in press", "", None),
    ("n.d.", "", {"literal": "n.d."}),
])
def test_classic_dates(year, month, date):
    assert classic_date(year, month) == date


def test_month_macro_concatenated_with_a_day():
    item = read('@article{a, title={T}, year=2018, month = jan # "~15"}').items[0]
    assert item["issued"] == {"date-parts": [[2018, 1, 15]]} and "note" not in item


def test_in_press_year_becomes_status():
    item = read("@article{a, title={T}, year={in press}}").items[0]
    assert item["status"] == "in press" and "issued" not in item


def test_string_macros_concatenate_and_months_expand():
    text = """@string{pub = "Oxford" # { University} }
@book{b, title = "Quoted {\\"U}ber" # " title", publisher = pub # " Press", year = 1999, month = dec}"""
    item = read(text).items[0]
    assert item["publisher"] == "Oxford University Press"
    assert item["title"] == "Quoted Über title"
    assert item["issued"] == {"date-parts": [[1999, 12]]}


def test_parenthesised_entries_and_keyless_entries():
    items = read("@book(knuth, title = {TeX}, author = {Knuth, D.}, year = 1984)\n"
                 "@article{title = {No key here}, author = {Savin, I.}, year = {2017}}").items
    assert items[0]["id"] == "knuth"
    assert items[1]["id"] == "savin2017no"  # items.assign_ids


def test_biblatex_crossref_to_multivolume_and_book_author():
    text = """@mvbook{works, title = {Collected Works}, author = {Lenin, V. I.}, publisher = {Progress}, date = {1960}}
@inbook{ch, title = {What Is to Be Done?}, crossref = {works}, pages = {347--530}}"""
    parent, child = read(text).items
    assert child["container-title"] == "Collected Works"
    assert child["author"] == child["container-author"] == [{"family": "Lenin", "given": "V. I."}]
    assert child["publisher"] == "Progress" and child["issued"] == {"date-parts": [[1960]]}


def test_missing_crossref_parent_is_kept_in_note():
    item = read("@inproceedings{x, title = {T}, crossref = {nowhere}}").items[0]
    assert item["note"] == "crossref: nowhere"


def test_duplicate_field_and_duplicate_key_lose_nothing():
    result = read("@article{a, title = {One}, title = {Two}}\n@article{A, title = {Three}}", "dup.bib")
    first, second = result.items
    assert first["title"] == "One" and "title: Two" in first["note"]
    assert second["id"] == "A-2"
    assert [str(p) for p in result.problems] == ["dup.bib:2: entry 'A': duplicate key; read as 'A-2'"]


# --- broken input ------------------------------------------------------------

def test_broken_entries_are_reported_by_line_and_skipped():
    result = api.read(str(FIXTURES / "broken.bib"))
    assert [item["id"] for item in result.items] == ["good1", "good2", "good3"]
    messages = [str(p) for p in result.problems]
    assert len(messages) == 3
    assert messages[0].endswith("broken.bib:11: entry 'unbalanced': skipped @article: unbalanced braces in field 'title'")
    assert messages[1].endswith("broken.bib:25: entry 'missingcomma': skipped @article: missing ',' after field 'author'")
    assert messages[2].endswith("broken.bib:29: text outside any entry ignored: 'volume = {3}, pages = {1--2}},'")
    assert result.items[2]["URL"] == "https://www.eaeunion.org"


def test_unclosed_last_entry_and_quote():
    result = read('@article{ok, title={Fine}}\n@book{open, title = "never closed}\n', "x.bib")
    assert [i["id"] for i in result.items] == ["ok"]
    assert result.problems[0].line == 2 and result.problems[0].entry == "open"


def test_comments_and_prose_between_entries_are_not_problems():
    text = ("This file was exported on 2021-03-15 by someone@example.org\n% a comment {with braces}\n"
            "@comment{anything {nested} goes}\n@article{a, title={T}}\n")
    result = read(text)
    assert result.problems == [] and [i["id"] for i in result.items] == ["a"]


def test_percent_comment_lines_inside_an_entry_are_comments_as_biber_reads_them():
    """A field commented out with '%' (Biber's comment, the way biblatex users switch a field off)
    skipped the whole entry ("expected a field name, found '% url = {http'"); it is a comment, as
    between entries, also after the last field of an entry left open before the next."""
    text = ("@article{allison2008,\n"
            "  author = {Allison, Roy},\n"
            "  title = {Virtual regionalism, regional structures and regime security in Central Asia},\n"
            "  % url = {https://doi.org/10.1080/02634930802355121},\n"
            "  journal = {Central Asian Survey}, % checked against the print copy\n"
            "  year = {2008}\n"
            "}\n"
            "@book{cooley2017,\n"
            "  author = {Cooley, Alexander and Heathershaw, John},\n"
            "  title = {Dictators without Borders},\n"
            "  year = {2017}\n"
            "% --- Chapter 2 ---\n"
            "@book{laruelle2013, title = {Globalizing Central Asia}, year = {2013}}\n")
    result = read(text, "refs.bib")
    first, second, third = result.items
    assert first["container-title"] == "Central Asian Survey" and first["issued"] == {"date-parts": [[2008]]}
    assert "URL" not in first and "DOI" not in first and "note" not in first
    assert second["id"] == "cooley2017" and second["issued"] == {"date-parts": [[2017]]}
    assert third["title"] == "Globalizing Central Asia"
    assert [(p.line, p.entry, p.warning) for p in result.problems] == [(8, "cooley2017", True)]


def test_cli_convert_broken_file_reports_and_still_writes_good_items(tmp_path):
    result = CliRunner().invoke(main, ["convert", str(FIXTURES / "broken.bib"), "-t", "csljson"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 3 and all(line.startswith("error: ") for line in errors)
    assert "broken.bib:11: entry 'unbalanced'" in errors[0]
    assert "Traceback" not in result.output
    assert [item["id"] for item in api.read_string(result.stdout, "csljson").items] == ["good1", "good2", "good3"]


def test_cli_converts_to_bibtex_and_biblatex():
    runner = CliRunner()
    out = runner.invoke(main, ["convert", str(FIXTURES / "google_scholar.bib"), "-t", "biblatex"])
    assert out.exit_code == 0
    assert "@inproceedings{he2016deep," in out.stdout and "date = {2016}" in out.stdout
    out = runner.invoke(main, ["convert", str(FIXTURES.parent / "csljson" / "sample.json"), "-t", "bibtex"])
    assert out.exit_code == 0
    assert "author = {Lukin, A. V.}" in out.stdout and "address = {Moscow}" in out.stdout


# --- writing -----------------------------------------------------------------

SAMPLE = {
    "id": "vandermeer2016regional", "type": "paper-conference",
    "title": "Regional security complexes and the DNA of NATO",
    "author": [{"family": "Meer", "given": "Jan", "non-dropping-particle": "van der"},
               {"family": "Smith", "given": "John", "suffix": "Jr."},
               {"literal": "World Health Organization"}],
    "container-title": "Proceedings of the Annual Convention",
    "issued": {"date-parts": [[2016, 3, 16]]}, "accessed": {"date-parts": [[2021, 3, 15]]},
    "page": "1-18", "publisher-place": "Atlanta, GA", "language": "en-US",
    "title-short": "Regional security", "note": "Tagged: 50% & more",
    "custom": {"et-al": ["author"]},
}


def test_bibtex_writer_uses_classic_fields():
    text = write([SAMPLE])
    assert text.startswith("@inproceedings{vandermeer2016regional,\n")
    assert "author = {van der Meer, Jan and Smith, Jr., John and {World Health Organization} and others}" in text
    assert "title = {Regional security complexes and the {DNA} of {NATO}}" in text
    assert "booktitle = {Proceedings of the Annual Convention}" in text
    assert "year = {2016},\n  month = mar,\n  day = {16}," in text
    assert "urldate = {2021-03-15}" in text and "address = {Atlanta, GA}" in text
    assert "pages = {1--18}" in text and "note = {Tagged: 50\\% \\& more}" in text


def test_biblatex_writer_uses_biblatex_fields():
    article = {"id": "a", "type": "article-journal", "title": "T", "container-title": "Central Asian Survey",
               "issued": {"date-parts": [[2010, 6, 14], [2010, 6, 16]]}, "publisher-place": "Oxford",
               "language": "ru"}
    text = write_biblatex([article, SAMPLE])
    assert "journaltitle = {Central Asian Survey}" in text
    assert "date = {2010-06-14/2010-06-16}" in text and "location = {Oxford}" in text
    assert "langid = {russian}" in text and "langid = {american}" in text


@pytest.mark.parametrize("csl_type, classic, biblatex", [
    ("article-journal", "article", "article"), ("book", "book", "book"),
    ("chapter", "incollection", "incollection"), ("paper-conference", "inproceedings", "inproceedings"),
    ("thesis", "phdthesis", "thesis"), ("report", "techreport", "report"),
    ("webpage", "misc", "online"), ("manuscript", "unpublished", "unpublished"),
    ("dataset", "misc", "dataset"), ("software", "misc", "software"), ("patent", "patent", "patent"),
    ("legislation", "misc", "legislation"), ("document", "misc", "misc"),
])
def test_type_mapping_on_write(csl_type, classic, biblatex):
    item = {"id": "k", "type": csl_type, "title": "T"}
    assert write([item]).startswith(f"@{classic}{{k,")
    assert write_biblatex([item]).startswith(f"@{biblatex}{{k,")
    if csl_type not in ("document",):
        assert read(write_biblatex([item])).items[0]["type"] == csl_type


def test_keys_are_sanitised_and_deduplicated():
    items = [{"id": "Müller 2019", "type": "book"}, {"id": "müller2019", "type": "book"},
             {"id": "Иванов2019", "type": "book"}, {"id": "x{y}", "type": "book"},
             {"type": "book", "title": "No id", "author": [{"family": "Petrov"}]}]
    keys = [line.split("{", 1)[1].rstrip(",") for line in write(items).splitlines() if line.startswith("@")]
    assert keys == ["Muller_2019", "muller2019", "Ivanov2019", "xy", "petrovno"]
    items = [{"id": "same", "type": "book"}, {"id": "same", "type": "book"}]
    assert [i["id"] for i in read(write(items)).items] == ["same", "same-2"]


def test_round_trip_of_every_fixture_through_both_writers():
    for path in sorted(FIXTURES.glob("*.bib")):
        if path.name == "broken.bib":
            continue
        items = api.read(str(path)).items
        for writer in (write, write_biblatex):
            again = read(writer(items))
            assert again.problems == [], (path.name, again.problems)
            for before, after in zip(items, again.items):
                if writer is write:  # classic BibTeX has no @online/@dataset/... types
                    before = {k: v for k, v in before.items() if k != "type"}
                    after = {k: v for k, v in after.items() if k != "type"}
                    if before.get("genre") is None and after.get("genre") in ("PhD thesis",):
                        after.pop("genre")
                assert after == before, (path.name, writer.__name__)


def test_format_detection_and_registry():
    assert get_format("bibtex").write is write
    assert get_format("biblatex").write is write_biblatex
    text = (FIXTURES / "google_scholar.bib").read_text()
    assert detect_format(None, text).name == "bibtex"
    assert detect_format("refs.bib", "").name == "bibtex"
    assert get_format("bibtex").sniff("@article{x,\n title = {T}}") >= 0.9
    assert get_format("bibtex").sniff('[{"id": "x", "type": "book"}]') == 0.0


def test_tool_metadata_in_custom_survives_a_round_trip():
    pointer = {"id": "flikke-see-also", "type": "document", "note": "See also Flikke (2009)",
               "custom": {"pointer": True, "source": "See also Flikke (2009) {sic}",
                          "confidence": {"title": 0.4}, "cited-by": ["zverev2018russian"]}}
    text = write([pointer])
    assert "cslbridge-pointer = {true}" in text
    assert read(text).items == [pointer]


def test_text_that_is_not_bibtex_is_a_problem_not_an_empty_success():
    result = read("TY  - JOUR\nTI  - Not BibTeX\nER  - \n", "refs.ris")
    assert result.items == []
    assert [str(p) for p in result.problems] == ["refs.ris:1: no BibTeX entries found (is this really a .bib file?)"]
    assert read("% only a comment\n\n").problems == []


def test_title_case_protection_follows_the_title_style():
    def title_line(title):
        text = write([{"id": "k", "type": "article-journal", "title": title}])
        return next(line for line in text.splitlines() if line.startswith("  title = "))

    # sentence case: capitals after the first word are proper nouns and are kept
    assert title_line("Regime security in Central Asia") == "  title = {Regime security in {Central} {Asia}},"
    # Title Case: only acronyms are braced; the style may recase the rest
    assert title_line("Regime Security in Central Asia and the CSTO") == \
        "  title = {Regime Security in Central Asia and the {CSTO}},"


def test_dropping_particle_kept_apart_by_biblatex_and_after_the_given_names_by_bibtex():
    item = {"id": "g", "type": "book", "author": [{"family": "Gaulle", "given": "Charles", "dropping-particle": "de"}]}
    assert "author = {family=Gaulle, given=Charles, prefix=de, useprefix=false}" in write_biblatex([item])
    assert read(write_biblatex([item])).items == [item]
    assert "author = {Gaulle, Charles de}" in write([item])  # BibTeX prints 'Charles de Gaulle'
    assert read(write([item])).items == [item]


def test_biblatex_xdata_fields_are_shared_and_xdata_entries_are_not_items():
    text = """@xdata{springer, publisher = {Springer}, location = {Berlin}}
@book{a, title = {One}, date = {2001}, xdata = {springer}}
@book{b, title = {Two}, date = {2002}, location = {Heidelberg}, xdata = {springer}}"""
    a, b = read(text).items
    assert (a["publisher"], a["publisher-place"]) == ("Springer", "Berlin")
    assert (b["publisher"], b["publisher-place"]) == ("Springer", "Heidelberg")
    assert "note" not in a


# --- exports from more tools (ACM, IEEE, arXiv, DBLP, INSPIRE, Mendeley, BibLaTeX) ---

def test_acm_digital_library_export():
    items = load("acm_dl.bib")
    paper = items["10.1145/3491102.3517582"]
    # ACM puts the publisher's place in `address` and the conference's in `location`
    assert paper["publisher-place"] == "New York, NY, USA"
    assert paper["event-place"] == "New Orleans, LA, USA"
    assert paper["number"] == "412"  # articleno
    assert paper["collection-title"] == "CHI '22"
    assert paper["author"][2] == {"family": "Müller-Brandt", "given": "Jonas"}
    art = items["10.1145/3442188.3445922"]
    assert art["author"][1] == {"family": "Lindqvist", "given": "Pål"}
    assert art["issued"] == {"date-parts": [[2021, 6]]}  # month = jun, a bare macro
    assert (art["page"], art["issue"], art["volume"]) == ("88-97", "6", "64")
    assert art["publisher-place"] == "New York, NY, USA" and "event-place" not in art


def test_ieee_xplore_export():
    items = load("ieee_xplore.bib")
    paper = items["9157823"]
    assert paper["type"] == "paper-conference"
    assert paper["title"] == "Sparse Attention for Large-Scale 3D Point Cloud Segmentation"
    assert "volume" not in paper and "issue" not in paper and "number" not in paper  # `volume={}`
    assert paper["issued"] == {"date-parts": [[2020, 6]]}
    assert paper["abstract"].startswith("Point clouds from LiDAR scanners contain 10⁶ points")
    assert paper["author"][2] == {"family": "Ferreira", "given": "Ana Lúcia"}
    art = items["9412345"]
    assert art["issued"] == {"date-parts": [[2021, 9]]}  # month={Sep.}
    assert (art["volume"], art["issue"], art["page"]) == ("36", "5", "4520-4531")


def test_arxiv_and_scholar_preprints_keep_the_eprint():
    items = load("arxiv.bib")
    preprint = items["rahimi2023scaling"]
    assert preprint["author"][1] == {"family": "Wiśniewski", "given": "Tomasz"}
    assert preprint["URL"] == "https://arxiv.org/abs/2305.14201"
    # a preprint (CSL 'article') numbered as Zotero and the text parser number it
    assert (preprint["type"], preprint["number"], preprint["publisher"]) == ("article", "arXiv:2305.14201", "arXiv")
    assert preprint["note"] == "primaryclass: cs.LG"
    scholar = items["delacruz2019dark"]
    # Google Scholar's journal = {arXiv preprint arXiv:1904.05512} is the same preprint, not a journal
    assert (scholar["type"], scholar["number"], "container-title" in scholar) == ("article", "arXiv:1904.05512", False)
    assert scholar["author"][0] == {"family": "Cruz", "given": "María", "non-dropping-particle": "de la"}
    assert scholar["title"] == "Dark matter constraints from dwarf spheroidal galaxies with γ-ray data"


def test_dblp_export_with_strings_concatenation_and_crossref():
    items = load("dblp.bib")
    assert len(items) == 4
    first = items["DBLP:conf/esop/HalvorsenK21"]
    assert first["collection-title"] == "Lecture Notes in Computer Science"  # series = LNCS
    assert first["publisher"] == "Springer"
    assert first["DOI"] == "10.1007/978-3-030-72019-3_12"
    assert first["container-title"] == ("Programming Languages and Systems - 30th European Symposium "
                                        "on Programming, ESOP 2021")
    child = items["DBLP:conf/esop/Okonkwo21"]
    # inherited from the @proceedings it crossrefs
    assert child["publisher-place"] == "Cham" and child["ISBN"] == "978-3-030-72018-6"
    assert child["editor"] == [{"family": "Yoshida", "given": "Nobuko"}]
    assert child["collection-title"] == "Lecture Notes in Computer Science vol."  # LNCS # { } # "vol."
    assert child["title"] == "Effect Handlers, Typed"
    assert items["DBLP:conf/esop/2021"]["type"] == "book"
    assert items["DBLP:journals/jfp/Sato20"]["author"] == [
        {"family": "Satō", "given": "Kenji"}, {"family": "Schröder", "given": "Jörg"}]


def test_inspire_hep_export():
    items = load("inspire.bib")
    atlas = items["ATLAS:2021xyz"]
    assert atlas["author"] == [{"family": "Aad", "given": "Georges"}]
    assert atlas["custom"]["et-al"] == ["author"]
    assert atlas["title"] == ("Search for new phenomena in final states with b-jets and missing "
                              "transverse momentum at √s=13 TeV")
    assert atlas["DOI"] == "10.1007/JHEP05(2021)093" and atlas["volume"] == "05"
    assert "collaboration: ATLAS" in atlas["note"].split("\n")
    maldacena = items["Maldacena:1997re"]
    assert maldacena["page"] == "1113-1133"
    assert "slaccitation: %%CITATION = HEP-TH/9711200;%%" in maldacena["note"].split("\n")
    assert maldacena["note"].startswith("[Adv. Theor. Math. Phys.2,231(1998)]")


def test_mendeley_desktop_export():
    items = load("mendeley.bib")  # its free-text header is a comment, not an error
    art = items["Hashemi2018"]
    assert art["DOI"] == "10.1016/j.geoderma.2018.01._012"  # Mendeley escapes _ as {\_}
    assert art["URL"].endswith("S0016706118300_12")
    assert art["abstract"].startswith("Soil salinity affects 20% of irrigated land")
    assert art["author"][1:] == [{"family": "O'Brien", "given": "Siobhán"},
                                 {"family": "Østergaard", "given": "Søren"}]
    assert art["issued"] == {"date-parts": [[2018, 3]]} and art["PMID"] == "29451234"
    assert "mendeley-tags: Irrigation,to-read" in art["note"].split("\n")
    book = items["UNESCO2015"]
    assert book["author"] == [{"literal": "UNESCO Institute for Statistics"}]
    assert book["edition"] == "2"


def test_biblatex_features_and_a_broken_entry_in_the_middle():
    result = api.read(str(FIXTURES / "biblatex_features.bib"))
    assert [str(p) for p in result.problems] == [
        f"{FIXTURES / 'biblatex_features.bib'}:55: entry 'broken_middle': "
        "skipped @article: unbalanced braces in field 'title'"]
    items = {item["id"]: item for item in result.items}
    assert list(items) == ["szabo2019", "kovac2020", "who2021", "muller2018", "ferrand2017"]
    book = items["szabo2019"]
    assert book["issued"] == {"date-parts": [[2019, 3], [2019, 5]]}
    assert book["author"] == [{"family": "Szabó", "given": "Eszter"}, {"family": "Šimič", "given": "Tomáš"}]
    assert book["custom"]["et-al"] == ["author"]
    assert book["title"] == "Graça and the Ålesund school: <i>Essays</i> on Baltic trade"
    assert (book["publisher"], book["publisher-place"]) == ("Cambridge University Press", "Cambridge")  # xdata
    assert book["language"] == "en" and book["number-of-pages"] == "312"
    assert "related: kovac2020" in book["note"].split("\n")
    review = items["kovac2020"]
    assert review["author"][0] == {"family": "Kovač", "given": "Ivan"} and review["language"] == "de"
    assert review["title"] == "Review of <i>Graça and the Ålesund school</i>"
    web = items["who2021"]
    assert web["type"] == "webpage" and web["author"] == [{"literal": "World Health Organization"}]
    assert web["container-title"] == "WHO Regional Office for Europe & Partners"  # @online: the site
    assert web["accessed"] == {"date-parts": [[2023, 1, 15]]}
    thesis = items["muller2018"]
    assert (thesis["type"], thesis["genre"]) == ("thesis", "PhD thesis")
    assert thesis["title"] == "Stochastic models of α-decay chains"
    assert thesis["publisher"] == "Universität Heidelberg"
    paper = items["ferrand2017"]  # read although the entry before it never closes
    assert [n["family"] for n in paper["author"]] == ["Ferrand", "Lévy", "Ødegaard"]
    assert paper["author"][0]["given"] == "François" and paper["author"][2]["given"] == "Bjørn"
    assert paper["event-date"] == {"date-parts": [[2017, 7, 12], [2017, 7, 14]]}


def test_tilde_accent_inside_a_name_is_not_a_word_break():
    names, _ = parse_names(r"Nu\~{n}ez, Pablo and N{\'u}{\~n}ez, P. and A.~B.~Smith")
    assert names == [{"family": "Nuñez", "given": "Pablo"}, {"family": "Núñez", "given": "P."},
                     {"family": "Smith", "given": "A. B."}]
    item = {"id": "n", "type": "book", "title": "T", "author": [{"family": "Núñez", "given": "Pablo"},
                                                                 {"family": "Peña Ñúñez", "given": "Iñaki"}]}
    for writer in (write, write_biblatex):
        assert read(writer([item])).items[0]["author"] == item["author"]


def test_citation_key_is_the_bibtex_key_and_an_item_uri_is_not():
    items = [{"id": "http://zotero.org/users/1/items/ABCD2345", "citation-key": "rahmonova2019remittances",
              "type": "book", "title": "Remittances"},
             {"id": "http://zotero.org/users/1/items/EFGH6789", "type": "book", "title": "Water, Power",
              "author": [{"family": "Weinthal", "given": "Erika"}], "issued": {"date-parts": [[2017]]}}]
    assert [item["id"] for item in read(write(items)).items] == ["rahmonova2019remittances", "weinthal2017water"]


def test_article_and_paper_numbers_and_article_genres_survive_both_writers():
    items = [{"id": "a", "type": "article-journal", "title": "T", "issue": "2", "number": "105234",
              "genre": "Editorial"},
             {"id": "b", "type": "paper-conference", "title": "P", "collection-title": "CHI '22",
              "number": "412"},
             {"id": "c", "type": "paper-conference", "title": "Q", "collection-title": "LNCS",
              "collection-number": "12648", "number": "7"}]
    for writer in (write, write_biblatex):
        text = writer(items)
        assert "eid = {105234}" in text and "genre = {Editorial}" in text
        assert read(text).items == items


def test_every_csl_type_survives_both_dialects():
    # @misc carries no interview, standard or legislation: the CSL type goes in cslbridge-type.
    from cslbridge.formats.bibtex import write_biblatex
    from cslbridge.schema import ITEM_TYPES

    for csl_type in sorted(ITEM_TYPES):
        item = {"id": "k", "type": csl_type, "title": "T", "issued": {"date-parts": [[2020]]}}
        for writer in (write, write_biblatex):
            back = read(writer([item])).items[0]
            assert back["type"] == csl_type and "note" not in back, (csl_type, writer.__name__)
    assert "cslbridge-type" not in write([{"id": "k", "type": "book", "title": "T"}])


def test_only_a_real_arxiv_id_makes_a_preprint_and_a_damaged_one_writes_back_cleanly():
    # Found by the damaged-files property test: a brace inside the id was written unescaped.
    from cslbridge.formats.bibtex import write_biblatex

    text = '@article{k,\n  title = {T},\n  journal = {arXiv preprint arXi{\\{\\"o}"o}904.05512},\n  year = {2019}\n}\n'
    item = read(text).items[0]
    assert item["type"] == "article-journal" and "number" not in item
    for writer in (write, write_biblatex):
        again = read(writer([item]))
        assert again.problems == [] and again.items[0]["container-title"] == item["container-title"]
    good = read("@article{g,\n  title = {T},\n  journal = {arXiv preprint arXiv:hep-th/9901001},\n  year = {1999}\n}\n")
    assert good.items[0]["number"] == "arXiv:hep-th/9901001"


def test_access_date_written_in_the_note():
    # Many .bib files record the access date as 'note = {Accessed: 2021-03-04}'; anything else
    # in a note stays a note.
    text = ("@misc{wdi, title = {World Development Indicators}, url = {https://databank.worldbank.org},\n"
            "  note = {Accessed: 2021-03-04}, year = {2020}}\n"
            "@misc{other, title = {Field notes}, note = {Accessed by permission of the archive}, year = {1999}}\n")
    first, second = read(text).items
    assert first["accessed"] == {"date-parts": [[2021, 3, 4]]} and "note" not in first
    assert second["note"] == "Accessed by permission of the archive" and "accessed" not in second


# --- exports from more tools (ADS, MathSciNet, zbMATH, Semantic Scholar, DataCite, Paperpile) ---

def test_ads_journal_macros_links_and_arxiv_eprints():
    text = r"""@ARTICLE{2018ApJ...862...21L,
       author = {{L{\'o}pez}, Mar{\'\i}a},
        title = "{Compact ellipticals}",
      journal = {\apj},
         year = 2018,
       volume = {862},
        pages = {21},
       adsurl = {https://ui.adsabs.harvard.edu/abs/2018ApJ...862...21L},
}
@ARTICLE{2020arXiv200312345D,
       author = {{Dubois}, Camille},
        title = "{Primordial black holes}",
      journal = {arXiv e-prints},
         year = 2020,
          eid = {arXiv:2003.12345},
        pages = {arXiv:2003.12345},
archivePrefix = {arXiv},
       eprint = {2003.12345},
}"""
    article, preprint = read(text).items
    assert (article["container-title"], article["container-title-short"]) == ("The Astrophysical Journal", "ApJ")
    assert article["URL"] == "https://ui.adsabs.harvard.edu/abs/2018ApJ...862...21L" and "note" not in article
    assert preprint == {"id": "2020arXiv200312345D", "type": "article", "title": "Primordial black holes",
                        "author": [{"family": "Dubois", "given": "Camille"}], "issued": {"date-parts": [[2020]]},
                        "number": "arXiv:2003.12345", "publisher": "arXiv"}
    assert [item["id"] for item in read(write([article])).items] == ["2018ApJ...862...21L"]  # '&' is kept too
    assert citation_keys([{"id": "2019A&A...623A..72S"}, {"id": "https://doi.org/10.5281/zenodo.3509134"},
                          {"id": "http://zotero.org/users/1/items/ABCD2345", "type": "book", "title": "T"}]) == [
        "2019A&A...623A..72S", "https://doi.org/10.5281/zenodo.3509134", "t"]


@pytest.mark.parametrize("fields", [
    "journal = {ArXiv}, volume = {abs/1706.03762}",  # Semantic Scholar
    "journal = {CoRR}, volume = {abs/1706.03762}, eprinttype = {arXiv}, eprint = {1706.03762}",  # DBLP
    "doi = {10.48550/ARXIV.1706.03762}, publisher = {arXiv}",  # DataCite
])
def test_arxiv_named_as_the_journal_or_by_its_doi_is_a_preprint(fields):
    item = read(f"@article{{v, title = {{Attention}}, {fields}, year = {{2017}}}}").items[0]
    assert (item["type"], item["number"], item["publisher"]) == ("article", "arXiv:1706.03762", "arXiv")
    assert "container-title" not in item and "volume" not in item and "note" not in item


def test_journal_arxiv_without_an_id_stays_a_journal_article():
    item = read("@article{v, title = {T}, journal = {ArXiv}, volume = {12}, year = {2017}}").items[0]
    assert (item["type"], item["container-title"], item["volume"]) == ("article-journal", "ArXiv", "12")


def test_mathscinet_and_zbmath_conventions():
    text = r"""@book {MR1878556,
    AUTHOR = {Lang, Serge},
     TITLE = {Algebra},
    SERIES = {Graduate Texts in Mathematics},
    VOLUME = {211},
   EDITION = {third},
 PUBLISHER = {John Wiley \& Sons, Inc., New York},
      YEAR = {2002},
     PAGES = {xvi+914},
  MRNUMBER = {1878556},
}
@Article{zbMATH05947234,
 Author = {Terence {Tao}},
 Title = {Random matrices.},
 FJournal = {Acta Mathematica},
 Journal = {Acta Math.},
 Year = {2011},
 zbMATH = {5947234}
}
@Book{zbMATH01720340,
 Title = {Algebra.},
 FSeries = {Graduate Texts in Mathematics},
 Series = {Grad. Texts Math.},
 Volume = {211},
 Publisher = {New York, NY: Springer},
 Year = {2002},
 zbMATH = {1720340}
}"""
    mr, article, book = read(text).items
    assert (mr["publisher"], mr["publisher-place"]) == ("John Wiley & Sons, Inc.", "New York")
    assert (mr["collection-number"], mr["edition"], mr["number-of-pages"]) == ("211", "3", "xvi+914")
    assert "volume" not in mr and "page" not in mr
    assert (article["title"], article["container-title"], article["container-title-short"]) == (
        "Random matrices", "Acta Mathematica", "Acta Math.")
    assert (book["title"], book["publisher"], book["publisher-place"]) == ("Algebra", "Springer", "New York, NY")
    assert (book["collection-title"], book["collection-number"]) == ("Graduate Texts in Mathematics", "211")
    assert "series: Grad. Texts Math." in book["note"].split("\n")


def test_other_tools_keep_their_publisher_volume_and_title_as_written():
    item = read("@book{b, title = {Notes on Trade.}, publisher = {Harcourt, Brace and World}, "
                "series = {Studies}, volume = {2}, year = {1960}}").items[0]
    assert (item["title"], item["publisher"], item["volume"]) == ("Notes on Trade.", "Harcourt, Brace and World", "2")
    assert "publisher-place" not in item and "collection-number" not in item


def test_thesis_page_count_rights_german_access_date_and_paperpile_conference():
    text = """@phdthesis{t, title = {T}, school = {Freie Universit{\\"a}t Berlin}, pages = {112}, year = {2013}}
@misc{w, title = {Update}, url = {https://example.org}, urldate = {15.03.2021}, copyright = {Open Access}}
@INPROCEEDINGS{p, title = "Deep", booktitle = "CVPR", conference = "CVPR 2016", location = "Las Vegas, NV, USA",
  year = 2016}"""
    thesis, web, paper = read(text).items
    assert thesis["number-of-pages"] == "112" and "page" not in thesis
    assert web["accessed"] == {"date-parts": [[2021, 3, 15]]} and web["license"] == "Open Access"
    assert (paper["event-title"], paper["event-place"]) == ("CVPR 2016", "Las Vegas, NV, USA")
    assert "publisher-place" not in paper


def test_bibdesk_links_hal_thesis_type_and_sciencedirect_chapter_numbers():
    text = """@article{Kumar:2019aa, title = {Remittances}, year = {2019},
  bdsk-url-1 = {https://doi.org/10.1080/1060586X.2019.1612345}, bdsk-url-2 = {https://example.org/b}}
@phdthesis{ganeva:tel-03123456, TITLE = {{Cours constitutionnelles}}, SCHOOL = {{Paris 1}}, YEAR = {2020},
  TYPE = {Theses}}
@phdthesis{habil, title = {T}, school = {S}, year = {2020}, type = {Habilitation thesis}}
@incollection{FEENSTRA20141, title = {Chapter 1 - Trade and Wages}, booktitle = {Handbook}, year = {2014}}"""
    web, thesis, habil, chapter = read(text).items
    assert web["URL"] == "https://doi.org/10.1080/1060586X.2019.1612345"
    assert web["note"] == "bdsk-url-2: https://example.org/b"
    assert thesis["genre"] == "PhD thesis" and thesis["note"] == "type: Theses"
    assert habil["genre"] == "Habilitation thesis"
    assert (chapter["title"], chapter["chapter-number"]) == ("Trade and Wages", "1")
    assert read(write([chapter])).items == [chapter]
