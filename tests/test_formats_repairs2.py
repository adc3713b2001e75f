"""Format faults repaired in a second round: an RIS record running into the next TY, lower-case
RIS tags inside a lower-case abstract, approximate dates in every reader, and what the writers
lose or garble on a round trip."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import ris
from cslbridge.items import date_from_text
from cslbridge.zotero.mapping import from_zotero, to_zotero
from cslbridge.zotero.mapping import parse_date as zotero_date


def test_a_record_running_into_the_next_ty_is_read_with_a_warning_and_exit_0(tmp_path):
    """Zotero's RIS translator ends a record at the next TY when its ER is missing."""
    path = tmp_path / "merged.ris"
    path.write_text("TY  - JOUR\nAU  - Doe, Jane\nTI  - Aid and trade\nPY  - 2019\n\n"
                    "TY  - BOOK\nAU  - Roe, Richard\nTI  - Gardens of the steppe\nPY  - 2020\nER  - \n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {path}:1: entry 'Aid and trade': record has no closing 'ER  - '; read up to the next TY"]
    assert '"title": "Aid and trade"' in result.stdout and '"title": "Gardens of the steppe"' in result.stdout
    items = ris.read(path.read_text(encoding="utf-8"), str(path)).items
    assert [(item["type"], item["author"][0]["family"]) for item in items] == [
        ("article-journal", "Doe"), ("book", "Roe")]


LOWER_CASE_RECORD = (
    "ty  - jour\nau  - Doe, Jane\nti  - Aid and trade in Central Asia\njo  - Central Asian Survey\n"
    "vl  - 38\nis  - 2\npy  - 2019\nab  - The key question of this study\n"
    "is  - put simply - whether aid follows trade.\n"
    "kw  - aid\nkw  - trade\nla  - English\ner  - \n")


def test_a_lower_case_abstract_line_repeating_a_tag_of_one_value_is_prose():
    """`is` inside the abstract repeats a tag of one value the record has given (the issue): it is
    the abstract's words; the record's later `kw` and `la` lines are tags."""
    item, = ris.read(LOWER_CASE_RECORD, "lower.ris").items
    assert item["abstract"] == "The key question of this study\nis  - put simply - whether aid follows trade."
    assert item["issue"] == "2" and item["volume"] == "38"
    assert item["keyword"] == "aid, trade"
    assert item["language"] == "en"
    assert "note" not in item


def test_a_lower_case_tag_not_yet_given_after_a_lower_case_abstract_is_a_tag():
    text = ("ty  - book\nti  - Gardens of the steppe\nab  - A study of gardens.\n"
            "au  - Roe, Richard\npb  - Steppe Press\npy  - 2020\ner  - \n")
    item, = ris.read(text, "lower.ris").items
    assert item["abstract"] == "A study of gardens."
    assert item["author"] == [{"family": "Roe", "given": "Richard"}]
    assert item["publisher"] == "Steppe Press" and item["issued"] == {"date-parts": [[2020]]}


APPROXIMATE = [
    ("ca. May 1850", {"date-parts": [[1850, 5]], "circa": True}),
    ("circa 1850", {"date-parts": [[1850]], "circa": True}),
    ("[1850?]", {"date-parts": [[1850]], "circa": True}),
    ("[ca. 1850]", {"date-parts": [[1850]], "circa": True}),
    ("c. spring 1850", {"date-parts": [[1850, 13]], "circa": True}),
    ("ca 1850", {"date-parts": [[1850]], "circa": True}),
]


@pytest.mark.parametrize("text, date", APPROXIMATE)
def test_an_approximate_date_is_a_circa_date_with_its_parts_in_every_reader(text, date):
    assert date_from_text(text) == date
    as_json = json.dumps([{"id": "map1850", "type": "map", "title": "Plan of the Harbour", "issued": {"raw": text}}])
    assert api.read_string(as_json, "csljson").items[0]["issued"] == date
    for field in ("year", "date"):
        bib = f"@misc{{map1850, title = {{Plan of the Harbour}}, {field} = {{{text}}}}}"
        assert api.read_string(bib, "bibtex").items[0]["issued"] == date, field
    for tag in ("PY", "DA"):
        record = f"TY  - MAP\nTI  - Plan of the Harbour\n{tag}  - {text}\nER  - \n"
        assert api.read_string(record, "ris").items[0]["issued"] == date, tag
    assert zotero_date(text) == date
    # and every writer gives it back
    item = {"id": "map1850", "type": "map", "title": "Plan of the Harbour", "issued": date}
    for fmt in ("csljson", "cslyaml", "bibtex", "biblatex", "ris"):
        assert api.read_string(api.write([item], fmt), fmt).items[0]["issued"] == date, fmt


def test_a_circa_year_keeps_the_bibtex_month_beside_it():
    """`year = {ca. 1850}` was a literal, and the month beside it was dropped."""
    item = api.read_string("@book{hall, title = {Gardens}, year = {ca. 1850}, month = may}", "bibtex").items[0]
    assert item["issued"] == {"date-parts": [[1850, 5]], "circa": True}


def test_a_circa_date_goes_to_zotero_as_text_zotero_reads_and_comes_back_circa():
    data = to_zotero({"id": "m", "type": "map", "title": "Plan", "issued": {"date-parts": [[1850, 5]], "circa": True}})
    assert data["date"] == "ca. 1850-05"
    assert from_zotero(data)["issued"] == {"date-parts": [[1850, 5]], "circa": True}
    assert zotero_date("Spring term 2019") == {"literal": "Spring term 2019"}  # other text stays as written


def test_a_note_line_naming_the_type_ris_already_gives_stays_in_the_note():
    """Zotero's Extra may say 'type: report' of a report; the RIS writer never adds that line for
    a type TY carries (RPRT), so reading it back it is the note's own and stays there."""
    item = {"id": "wdr2019", "type": "report", "title": "World Development Report 2019",
            "author": [{"literal": "World Bank"}], "note": "type: report\nContains the country tables in annex 2"}
    back = api.read_string(api.write([item], "ris"), "ris").items[0]
    assert back["type"] == "report"
    assert back["note"] == "type: report\nContains the country tables in annex 2"
    pamphlet = {"id": "p", "type": "pamphlet", "title": "How to vote"}  # written as GEN + 'type: pamphlet'
    assert api.read_string(api.write([pamphlet], "ris"), "ris").items[0] == pamphlet


def test_a_field_the_csl_json_reader_refused_stays_in_the_note_after_a_round_trip():
    """An impossible date is kept in the note as JSON; reading that note again it is no Zotero
    Extra line to fill `issued` with (it came back as the literal date '{"date-parts": ...}')."""
    text = '[{"id": "badday2019", "type": "article-journal", "title": "A day that does not exist", ' \
           '"issued": {"date-parts": [[2019, 2, 45]]}}]'
    item = api.read_string(text, "csljson").items[0]
    assert item["note"] == 'issued: {"date-parts": [[2019, 2, 45]]}' and "issued" not in item
    for fmt in ("csljson", "cslyaml"):
        assert api.read_string(api.write([item], fmt), fmt).items[0] == item, fmt
    # a Zotero Extra line of text still fills the variable
    extra = {**item, "note": "issued: 2019-02"}
    assert api.read_string(api.write([extra], "csljson"), "csljson").items[0]["issued"] == {"date-parts": [[2019, 2]]}


MAO = {"id": "mao1965", "type": "book", "title": "Selected Works", "issued": {"date-parts": [[1965]]},
       "author": [{"family": "Mao", "given": "Zedong", "static-ordering": True}, {"family": "Snow", "given": "Edgar"}],
       "compiler": [{"family": "Liu", "given": "Xin", "static-ordering": True}]}


def test_static_ordering_survives_bibtex_biblatex_and_ris():
    """'Mao Zedong' printed in the order given came back 'Zedong Mao' from every text format."""
    for fmt in ("bibtex", "biblatex", "ris"):
        written = api.write([MAO], fmt)
        assert "author 1; compiler 1" in written, fmt
        assert api.read_string(written, fmt).items == [MAO], fmt


def test_a_static_ordering_mark_naming_a_missing_name_stays_in_the_note():
    bib = "@book{a, author = {Mao, Zedong}, title = {T}, year = {1965}, cslbridge-static-ordering = {editor 1}}"
    item = api.read_string(bib, "bibtex").items[0]
    assert "static-ordering" not in item["author"][0]
    assert item["note"] == "cslbridge-static-ordering: editor 1"


def test_crossrefs_event_object_stays_in_the_note_through_every_writer():
    """Crossref's `event` is an object; what CSL cannot hold of it is kept in the note as JSON,
    never read back as the event's name ('{"acronym": "ECCV"}' was the `event` text)."""
    crossref = [{"id": "carion2020end", "type": "paper-conference", "title": "End-to-End Object Detection",
                 "event": {"name": "European Conference on Computer Vision", "acronym": "ECCV"}}]
    item = api.read_string(json.dumps(crossref), "csljson").items[0]
    assert item["event-title"] == "European Conference on Computer Vision"
    assert item["note"] == 'event: {"acronym": "ECCV"}' and "event" not in item
    for fmt in ("csljson", "cslyaml", "bibtex", "biblatex", "ris"):
        assert api.read_string(api.write([item], fmt), fmt).items[0]["note"] == item["note"], fmt


def test_zotero_extra_exported_as_a_bibtex_note_is_read_as_in_csl_json():
    """Zotero's BibTeX export writes its Extra field as `note`, one `Key: value` a line; the
    CSL-JSON reader took 'Publisher: Routledge' as the publisher, the BibTeX reader kept it as a
    note, so a round trip through CSL-JSON moved it."""
    bib = ("@article{allison_virtual_2008,\n  title = {Virtual regionalism},\n"
           "  journal = {Central Asian Survey},\n  year = {2008},\n"
           "  note = {Publisher: Routledge\nOriginal Date: 2007\nRead for the second chapter}\n}\n")
    item = api.read_string(bib, "bibtex").items[0]
    assert item["publisher"] == "Routledge"
    assert item["original-date"] == {"date-parts": [[2007]]}
    assert item["note"] == "Read for the second chapter"
    for fmt in ("csljson", "cslyaml", "bibtex", "biblatex", "ris"):
        assert api.read_string(api.write([item], fmt), fmt).items[0] == item, fmt
    wrapped = "@misc{w, title = {T}, note = {A note wrapped\nby hand stays one line}}"
    assert api.read_string(wrapped, "bibtex").items[0]["note"] == "A note wrapped by hand stays one line"


def test_a_dropping_particle_survives_classic_bibtex_after_the_given_names():
    """'Beethoven, Ludwig van' came back from classic BibTeX as 'van Beethoven' (non-dropping),
    which Chicago prints 'van Beethoven, Ludwig'; a lower-case word that is the given name's own
    is braced so it is not read as a particle."""
    item = {"id": "b", "type": "musical_score", "title": "Symphony No. 5",
            "author": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
                       {"family": "La Fontaine", "given": "Jean de"}]}
    written = api.write([item], "bibtex")
    assert "author = {Beethoven, Ludwig van and La Fontaine, Jean {de}}" in written
    assert api.read_string(written, "bibtex").items[0]["author"] == item["author"]
    # as BibTeX files have it: the trailing lower-case words of the given names
    lula = api.read_string("@book{l, author = {Silva, Luiz In{\\'a}cio Lula da and \\O{}degaard, Bj\\o rn}, "
                           "title = {T}}", "bibtex").items[0]
    assert lula["author"] == [{"family": "Silva", "given": "Luiz Inácio Lula", "dropping-particle": "da"},
                              {"family": "Ødegaard", "given": "Bjørn"}]


def test_ris_keeps_particles_as_they_were_given():
    """RIS marks no particle: 'van der Marel, R. P.' read back with the particle apart whether it
    was or not, 'de Sousa Santos' split after 'de'; Chicago prints the two differently."""
    item = {"id": "g", "type": "article-journal", "title": "T",
            "author": [{"family": "van der Marel", "given": "R. P."},
                       {"family": "Santos", "given": "Boaventura", "non-dropping-particle": "de Sousa"},
                       {"family": "Marel", "given": "Anna", "non-dropping-particle": "van der"},
                       {"family": "La Fontaine", "given": "Jean de"}],
            "compiler": [{"family": "Gaulle", "given": "Charles", "dropping-particle": "de"}]}
    written = api.write([item], "ris")
    assert 'N1  - name-parts: author 1 = {"family": "van der Marel", "given": "R. P."}' in written
    assert "name-parts: author 3" not in written  # read back right from 'van der Marel, Anna'
    assert api.read_string(written, "ris").items == [item]


def test_an_abstracts_paragraphs_survive_ris():
    """A blank line between an abstract's paragraphs was dropped both ways; Zotero's reader keeps
    it as a paragraph's end, and so do ours and our writer now."""
    item = {"id": "s", "type": "article-journal", "title": "Structured",
            "abstract": "Background: aid and trade.\nA second line.\n\nMethods: panel data.\n\nResults: none."}
    written = api.write([item], "ris")
    assert "AB  - Background: aid and trade.\r\nA second line.\r\n\r\nMethods: panel data.\r\n\r\nResults" in written
    assert api.read_string(written, "ris").items == [item]
    # a file with a blank line after every line (a doubled CR) has no paragraphs to keep
    doubled = "TY  - JOUR\r\r\nTI  - T\r\r\nAB  - First line\r\r\nsecond line\r\r\nER  - \r\r\n"
    assert api.read_string(doubled, "ris").items[0]["abstract"] == "First line\nsecond line"


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "ris"])
def test_a_year_before_the_common_era_comes_back_a_date(fmt):
    """CSL's 50 BC is -50: classic BibTeX's year = {-50} and RIS's PY  - -50 came back as the
    literal text '-50', which styles print as written instead of '50BC'."""
    item = {"id": "caesar", "type": "book", "title": "Commentarii de Bello Gallico",
            "issued": {"date-parts": [[-50, 3, 15]]}, "original-date": {"date-parts": [[-58]]}}
    assert api.read_string(api.write([item], fmt), fmt).items[0]["issued"] == item["issued"]
    if fmt == "ris":
        assert "PY  - -0050" in api.write([item], fmt)  # 'YYYY' with its sign, as the reader takes it


def test_bibtexparser_reads_what_both_bibtex_writers_write():
    """What we write imports cleanly into bibtexparser 1.4: accents, braced acronyms, escaped
    specials in titles, raw URLs, month macros, urldate (README: 'Read by other tools')."""
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
    from bibtexparser.customization import convert_to_unicode

    items = [{"id": "muller2019", "type": "article-journal", "title": "Die NATO und die EU: 50% & mehr, #1 in_Europa",
              "author": [{"family": "Müller", "given": "Jürgen"}, {"family": "Łukasiewicz", "given": "Jan"},
                         {"family": "Дмитриев", "given": "Олег"}],
              "container-title": "Zeitschrift für Politik", "issued": {"date-parts": [[2019, 3]]},
              "URL": "https://example.org/a_b%20c?x=1&y=2#frag"},
             {"id": "who2018", "type": "document", "title": "Coronavirus report", "author": [{"literal": "World Health Organization"}],
              "URL": "https://who.int/a_b", "accessed": {"date-parts": [[2021, 3, 15]]}, "issued": {"date-parts": [[2018]]}}]
    for fmt in ("bibtex", "biblatex"):
        parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
        parser.customization = convert_to_unicode
        first, second = bibtexparser.loads(api.write(items, fmt), parser).entries
        assert first["title"] == "Die NATO und die EU: 50% & mehr, #1 in_Europa", fmt
        assert first["author"] == "Müller, Jürgen and Łukasiewicz, Jan and Дмитриев, Олег", fmt
        assert first["url"] == items[0]["URL"] and second["url"] == items[1]["URL"], fmt
        assert first.get("month", "March") == "March" and second["urldate"] == "2021-03-15", fmt
        assert second["author"] == "World Health Organization", fmt
