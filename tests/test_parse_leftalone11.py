"""Parser faults left alone by the round's helpers (branch leftalone11)."""

import pytest

from cslbridge.parse import find_entries
from cslbridge.parse.entries import clean
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, company, title", [
    ('Cisco Systems, "Cisco Annual Internet Report (2018–2023)," White Paper, Mar. 2020.', "Cisco Systems",
     "Cisco Annual Internet Report (2018–2023)"),
    ('Juniper Networks, "Securing the Campus Network," White Paper, 2019.', "Juniper Networks",
     "Securing the Campus Network"),
])
def test_a_company_before_an_ieee_quoted_title_is_the_author_and_its_paper_kind_the_genre(text, company, title):
    """A company named by what it makes ("Systems", "Networks") before the quoted title had run into the title or made
    "White Paper" a given name or a place: the company is the author, the kind of paper after the quote the genre."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": company}]
    assert item["title"] == title
    assert item["type"] == "report" and item["genre"] == "White Paper"
    assert "publisher-place" not in item and "container-title" not in item


def test_a_person_s_name_is_no_company():
    item = parse_reference('J. Smith and K. Lee, "Fault-tolerant control systems," White Paper, 2019.')
    assert item["author"] == [{"family": "Smith", "given": "J."}, {"family": "Lee", "given": "K."}]


@pytest.mark.parametrize("text", [
    "Information Technology—Security Techniques—Information Security Management Systems—Requirements, ISO/IEC "
    "27001:2013, 2013.",
    "Structural Steel Design, EN 1993-1-1:2005, 2005.",
])
def test_a_standard_pasted_alone_without_its_number_is_found(text):
    """IEEE's standard without its "[6]" had no evidence of a reference (the designation counted only opening the
    text), so a one-line paste found nothing."""
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [text]


@pytest.mark.parametrize("text, title, number", [
    ("Safety of Machinery, ANSI B11.0-2020, 2020.", "Safety of Machinery", "ANSI B11.0-2020"),
    ("Accuracy (trueness and precision) of measurement methods, GOST R ISO 5725-2-2002, 2002.",
     "Accuracy (trueness and precision) of measurement methods", "GOST R ISO 5725-2-2002"),
])
def test_a_standard_s_title_before_its_designation_is_no_person_and_gost_r_iso_is_a_designation(text, title, number):
    item = parse_reference(text)
    assert item["type"] == "standard"
    assert (item["title"], item["number"]) == (title, number)
    assert "author" not in item and "container-title" not in item


def test_a_body_before_a_standard_s_designation_stays_its_author():
    item = parse_reference("ASTM International, ASTM C39/C39M-21, 2021.")
    assert item["author"] == [{"literal": "ASTM International"}] and item["number"] == "ASTM C39/C39M-21"


@pytest.mark.parametrize("text, names, place, publisher", [
    ("Rumer, B. (ed.), Central Asia at the End of the Transition, Armonk (NY), M. E. Sharpe, 2005.",
     "editor", "Armonk (NY)", "M. E. Sharpe"),
    ("Smith, A., The Water Question, Berkeley (CA), University of California Press, 2003.",
     "author", "Berkeley (CA)", "University of California Press"),
])
def test_a_town_s_bracketed_state_is_part_of_the_place(text, names, place, publisher):
    """French references' "Armonk (NY), M. E. Sharpe": the bracketed state had been read as a second author or the
    place alone, its town run into the title."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
    assert len(item[names]) == 1 and "(" not in item["title"] and "Armonk" not in item["title"] \
        and "Berkeley" not in item["title"]


@pytest.mark.parametrize("text, authors, title, publisher, place", [
    ("Smith, J 2018, Water, Lowy Institute, Sydney.", ["Smith"], "Water", "Lowy Institute", "Sydney"),
    ("Jones, K 2015, Annual report on energy, Climate Council, Sydney.", ["Jones"], "Annual report on energy",
     "Climate Council", "Sydney"),
    ("Daley, J, Wood, D & Chivers, C 2017, Regional patterns of Australia's economy and population, Grattan Institute, "
     "Melbourne.", ["Daley", "Wood", "Chivers"], "Regional patterns of Australia's economy and population",
     "Grattan Institute", "Melbourne"),
])
def test_agps_body_and_town_closing_the_entry_are_publisher_and_place(text, authors, title, publisher, place):
    """AGPS's body and town before 'viewed' were read as publisher and place; closing the entry with no access date or
    link they had been read as a note and more authors, and a one-line paste found no reference."""
    item = parse_reference(text)
    assert [a["family"] for a in item["author"]] == authors
    assert (item["title"], item["publisher"], item["publisher-place"]) == (title, publisher, place)
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [text]


@pytest.mark.parametrize("text, number, day, container, page", [
    ("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of "
     "natural persons with regard to the processing of personal data and on the free movement of such data, and "
     "repealing Directive 95/46/EC (General Data Protection Regulation), OJ L 119, 4.5.2016, p. 1–88.",
     "2016/679", [2016, 4, 27], "OJ L 119", "1-88"),
    ("Council Directive 93/13/EEC of 5 April 1993 on unfair terms in consumer contracts, OJ L 95, 21.4.1993, p. 29.",
     "93/13/EEC", [1993, 4, 5], "OJ L 95", "29"),
])
def test_an_eu_act_cited_in_the_official_journal(text, number, day, container, page):
    """The GDPR as cited had its number and day cut out of its title ('... of the Council of on the ...') into note and
    the Journal's issue taken for a volume: the act's name is its title whole, number and day read from it."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["title"] == text[:text.index(", OJ ")]
    assert (item["number"], item["issued"]["date-parts"][0], item["container-title"], item["page"]) == (
        number, day, container, page)
    assert "volume" not in item and item["note"] == text.split(", ")[-2]


@pytest.mark.parametrize("text, title, edition, note", [
    ("Иванов И. И. Экономическая теория : учебник. – Изд. 2-е, испр. и доп. – Москва : Юрайт, 2019. – 450 с.",
     "Экономическая теория: учебник", "2", "испр. и доп."),
    ("Иванов И. И. Экономическая теория : учебник. – Изд. 5-е. – Москва : Юрайт, 2019. – 450 с.",
     "Экономическая теория: учебник", "5", None),
    ("Петренко П. П. Історія України : підручник. – Вид. 3-тє, перероб. і допов. – Київ : Либідь, 2015. – 520 с.",
     "Історія України: підручник", "3", "перероб. і допов."),
])
def test_a_gost_edition_with_its_word_first_is_the_edition_number(text, title, edition, note):
    """'Изд. 2-е, испр. и доп.' had been kept whole as the edition (or run into the title), where '2-е изд., перераб.'
    gave edition 2: the number is the edition, the qualifiers go to note."""
    item = parse_reference(text)
    assert (item["title"], item["edition"], item.get("note")) == (title, edition, note)


@pytest.mark.parametrize("text, container, year", [
    ('J. Smith and K. Lee, "Fatigue of welded joints," in Proc. ASME 2019 Pressure Vessels and Piping Conference, San '
     'Antonio, TX, USA, 2019, pp. 1–10.', "Proc. ASME 2019 Pressure Vessels and Piping Conference", 2019),
    ('R. Brown, "Creep of pipes," in Proc. ASME 2020 Pressure Vessels and Piping Conference, 2020, Paper No. '
     'PVP2020-21234.', "Proc. ASME 2020 Pressure Vessels and Piping Conference", 2020),
    ('Smith, J., and Lee, K., 2019, "Fatigue of Welded Joints," Proceedings of the ASME 2019 Pressure Vessels and Piping '
     'Conference, San Antonio, TX, July 14–19, Paper No. PVP2019-93456.',
     "Proceedings of the ASME 2019 Pressure Vessels and Piping Conference", 2019),
])
def test_a_year_inside_a_proceedings_name_stays_in_the_container(text, container, year):
    """The tagger ended the proceedings at their year and began a second title, which the fields put before them
    ('Pressure Vessels and Piping Conference Proc. ASME 2019'); the year after the name's comma is the date."""
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["issued"] == {"date-parts": [[year]]}
    assert str(year) not in item.get("genre", "")


@pytest.mark.parametrize("text, title, series, number, place", [
    ("Attridge, Harold W. The Epistle to the Hebrews. Hermeneia. Philadelphia: Fortress, 1989.",
     "The Epistle to the Hebrews", "Hermeneia", None, "Philadelphia"),
    ("Nickelsburg, George W. E. 1 Enoch 1: A Commentary on the Book of 1 Enoch, Chapters 1–36; 81–108. Hermeneia. "
     "Minneapolis: Fortress, 2001.", "1 Enoch 1: A Commentary on the Book of 1 Enoch, Chapters 1–36; 81–108",
     "Hermeneia", None, "Minneapolis"),
    ("Koester, Craig R. Revelation. Anchor Yale Bible 38A. New Haven: Yale University Press, 2014.",
     "Revelation", "Anchor Yale Bible", "38A", "New Haven"),
])
def test_sbl_s_series_after_the_title_is_the_collection(text, title, series, number, place):
    """SBL's one-word series ('Hermeneia.') had stayed in the title or run into the place, and a volume numbered with a
    letter ('38A') kept its series in the title."""
    item = parse_reference(text)
    assert (item["title"], item["collection-title"], item.get("collection-number"), item["publisher-place"]) == (
        title, series, number, place)


@pytest.mark.parametrize("text, title", [
    ("Service, Robert. Lenin. A Biography. London: Macmillan, 2000.", "Lenin. A Biography"),
    ("British Standards Institution (2006) BS EN 14904:2006 Surfaces for sports areas. Indoor surfaces for multi-sports "
     "use. Specification. London: BSI.",
     "Surfaces for sports areas. Indoor surfaces for multi-sports use. Specification"),
])
def test_a_subtitle_or_a_standard_s_last_part_is_no_series(text, title):
    item = parse_reference(text)
    assert item["title"] == title and "collection-title" not in item


@pytest.mark.parametrize("text, company", [
    ('Intel Corp., "Intel 64 and IA-32 Architectures Software Developer\'s Manual," 2016.', "Intel Corp."),
    ("[12] Raspberry Pi Ltd., “Raspberry Pi 5 product brief,” 2023. [Online]. Available: "
     "https://datasheets.raspberrypi.com/rpi5/raspberry-pi-5-product-brief.pdf. Accessed: Feb. 2, 2024.",
     "Raspberry Pi Ltd."),
])
def test_a_company_s_abbreviated_form_keeps_its_stop(text, company):
    """'Intel Corp.' had lost the stop of its abbreviated form ('Intel Corp'), as a body's closing full stop is dropped."""
    assert parse_reference(text)["author"] == [{"literal": company}]


@pytest.mark.parametrize("text, company, genre, number", [
    ("Texas Instruments, “LM317 3-terminal adjustable regulator,” LM317 datasheet, Sep. 2016.", "Texas Instruments",
     "datasheet", "LM317"),
    ("Microchip Technology, “PIC16F877A,” Data Sheet DS39582C, 2013.", "Microchip Technology", "Data Sheet",
     "DS39582C"),
    ("Analog Devices, “Designing with op amps,” Application Note AN-123, 2015.", "Analog Devices", "Application Note",
     "AN-123"),
])
def test_a_maker_s_technical_document_after_ieee_s_quoted_title(text, company, genre, number):
    """IEEE's datasheets and application notes had their kind read as a journal ('LM317 datasheet'), the article's
    type with it; the kind is the genre and the part or note number the document's number."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": company}]
    assert (item["genre"], item["number"]) == (genre, number)
    assert "container-title" not in item and item["type"] != "article-journal"


def test_a_datasheet_s_revision_is_no_journal():
    item = parse_reference("[9] Analog Devices, “AD8232 single-lead heart rate monitor front end,” AD8232 datasheet, "
                           "Rev. D, 2020.")
    assert (item["type"], item["number"], item["note"]) == ("document", "AD8232", "Rev. D")
