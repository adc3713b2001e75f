"""Lists pasted by hand at stop 24: T&F area-studies notes (a Kyrgyz trade article's), ..."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("note", [
    "Author’s correspondence with a senior Gazprom manager, 3 March 2021.",
    "Personal communication with a UNDP programme officer, 11 November 2018.",
    "Email to the author from a spokesperson of the Ministry of Labour, 2 June 2022.",
])
def test_a_communication_note_with_no_place_is_a_work_not_commentary(note):
    """A note naming what the author was told and when, with no place, is a personal communication; it had been kept
    as the note's commentary (no item fields), though the same note with a place was read."""
    text = f"Notes\n1. {note}\n2. Ibid.\n"
    first, pointer = parse_page(text).items
    assert first["type"] == "personal_communication"
    assert first["issued"]["date-parts"][0][0] in (2018, 2021, 2022)
    assert "commentary" not in first["custom"]
    assert pointer["custom"]["pointer"]


def test_a_comment_on_correspondence_stays_commentary():
    """Prose about correspondence, with no date, is still the author's comment."""
    text = ("Notes\n1. Correspondence with the ministry confirmed this point.\n"
            "2. Author’s interview with a customs officer, Osh, 3 May 2019.\n")
    comment, interview = parse_page(text).items
    assert "title" not in comment and comment["custom"].get("commentary")
    assert interview["type"] == "interview"


@pytest.mark.parametrize("text,publisher,place", [
    ("Schein EH (2010) Organizational culture and leadership, 4th edn. Jossey-Bass, San Francisco",
     "Jossey-Bass", "San Francisco"),
    ("Sachs JD (2005) The end of poverty: economic possibilities for our time. Penguin, New York", "Penguin", "New York"),
    ("Tilly C (1990) Coercion, capital, and European states, AD 990–1990. Blackwell, Cambridge, MA",
     "Blackwell", "Cambridge, MA"),
])
def test_springer_publisher_before_a_city_of_two_words(text, publisher, place):
    """Springer's "Publisher, Place": a known city of two words after the comma is the place, as one word was
    ("Blackwell, Oxford"); "Jossey-Bass, San Francisco" had the city as the publisher."""
    item = parse_reference(text)
    assert (item.get("publisher"), item.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize("text,archive", [
    ("Okafor, C. (2021). Mobile money and household savings in Lagos [Doctoral dissertation, University of Cape Town]. "
     "OpenUCT. http://hdl.handle.net/11427/33456", "OpenUCT"),
    ("Berg, L. (2018). Winter tourism and local labour [Master's thesis, University of Tromsø]. Munin Open Research "
     "Archive. https://hdl.handle.net/10037/13579", "Munin Open Research Archive"),
])
def test_apa_repository_after_a_thesis_bracket_is_its_archive(text, archive):
    """APA 7 names the repository holding a thesis after the bracket naming the school; the tagger left it in note."""
    item = parse_reference(text)
    assert item["type"] == "thesis" and item.get("archive") == archive and "note" not in item


@pytest.mark.parametrize("text,expected", [
    ("Ministry of Justice (2016) Transforming our justice system. Cm 9321. London: HMSO.",
     {"type": "report", "genre": "Cm", "number": "9321", "title": "Transforming our justice system", "publisher": "HMSO"}),
    ("Department for Levelling Up, Housing and Communities (2022) Levelling up the United Kingdom. CP 604. London: "
     "HMSO.", {"type": "report", "genre": "CP", "number": "604", "title": "Levelling up the United Kingdom"}),
    ("House of Commons Treasury Committee (2019) The economic impact of Brexit. Ninth Report of Session 2017–19 "
     "(HC 1069). London: House of Commons.",
     {"type": "report", "genre": "HC", "number": "1069", "title": "The economic impact of Brexit",
      "collection-title": "Ninth Report of Session 2017–19"}),
])
def test_harvard_uk_command_and_committee_papers_are_numbered_reports(text, expected):
    """Harvard prints a command paper's series and number after the title ('Cm 9321.', 'CP 604.') and a committee's
    report its session and number: reports with the series as genre, as OSCOLA's '(Cm 9302, 2016)' is read. The
    series had been a book's, or the session report left in the title."""
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize("text,title", [
    ("Office for National Statistics (2024) Consumer price inflation, UK: January 2024. Available at: "
     "https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/january2024 "
     "(Accessed: 3 March 2024).", "Consumer price inflation, UK: January 2024"),
    ("Office for National Statistics (2022) Families and households in the UK: March 2022. Available at: "
     "https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/families/2022 "
     "(Accessed: 1 June 2023).", "Families and households in the UK: March 2022"),
])
def test_a_bulletins_area_and_period_close_its_title(text, title):
    """ONS bulletins name area and period after the title's comma and colon; the area had been the place and the
    period left in the note."""
    item = parse_reference(text)
    assert item["title"] == title and "publisher-place" not in item and "note" not in item


def test_sentence_case_subheadings_of_a_bibliography_are_not_entries():
    """OSCOLA bibliographies part their sources under sentence-case subheadings ('Primary sources', 'Secondary
    sources'); they had run into the first entry under them ('Primary sources. Cases. Donoghue v Stevenson')."""
    text = ("Bibliography\nPrimary sources\nCases\nCarlill v Carbolic Smoke Ball Co [1893] 1 QB 256 (CA)\n"
            "Legislation\nEquality Act 2010\nSecondary sources\nBooks and articles\n"
            "Bingham T, The Rule of Law (Allen Lane 2010)\n"
            "Barber NW, ‘Against a Written Constitution’ [2008] PL 11\n")
    items = parse_page(text).items
    assert [item.get("title") for item in items] == [
        "Carlill v Carbolic Smoke Ball Co", "Equality Act 2010", "The Rule of Law", "Against a Written Constitution"]
    assert items[2]["author"] == [{"family": "Bingham", "given": "T."}]


INDONESIAN_LIST = """Daftar Pustaka
Arikunto, S. (2013). Prosedur penelitian: Suatu pendekatan praktik (Edisi ke-15). Jakarta: Rineka Cipta.
Bank Indonesia. (2023). Laporan perekonomian Indonesia 2022. Diakses dari https://www.bi.go.id/id/publikasi/laporan/lpi-2022 pada 5 Maret 2023.
Lestari, D. (2020). Peran koperasi dalam pemberdayaan UMKM di Kabupaten Sleman (Skripsi, Universitas Negeri Yogyakarta).
Nugroho, R., & Wahyuni, S. (2021). Determinan kemiskinan di Provinsi Jawa Tengah. Jurnal Ekonomi Pembangunan, 19(1), 33–48.
Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah. Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244.
"""


def test_an_indonesian_reference_list_is_read():
    """Indonesian journals (the most numerous in DOAJ) head their lists 'Daftar Pustaka' and print APA with their
    own words: 'Diakses dari URL pada 5 Maret 2023' (retrieved from, on), '(Edisi ke-15)', '(Skripsi, Universitas
    ...)' (a bachelor's thesis), and acts 'Undang-Undang Nomor 23 Tahun 2014 tentang ...' with their gazette."""
    book, report, thesis, article, act = parse_page(INDONESIAN_LIST).items
    assert book["author"] == [{"family": "Arikunto", "given": "S."}] and book["edition"] == "15"
    assert book["title"] == "Prosedur penelitian: Suatu pendekatan praktik"
    assert report["URL"] == "https://www.bi.go.id/id/publikasi/laporan/lpi-2022"
    assert report["accessed"] == {"date-parts": [[2023, 3, 5]]} and report["title"] == "Laporan perekonomian Indonesia 2022"
    assert (thesis["type"], thesis["genre"], thesis["publisher"]) == ("thesis", "Skripsi", "Universitas Negeri Yogyakarta")
    assert article["container-title"] == "Jurnal Ekonomi Pembangunan"
    assert (act["type"], act["title"], act["issued"]) == (
        "legislation", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", {"date-parts": [[2014]]})
    assert (act["container-title"], act["issue"]) == ("Lembaran Negara Republik Indonesia", "244")


@pytest.mark.parametrize("text,expected", [
    ("Peraturan Presiden Nomor 59 Tahun 2017 tentang Pelaksanaan Pencapaian Tujuan Pembangunan Berkelanjutan.",
     {"type": "legislation", "issued": {"date-parts": [[2017]]},
      "title": "Peraturan Presiden Nomor 59 Tahun 2017 tentang Pelaksanaan Pencapaian Tujuan Pembangunan Berkelanjutan"}),
    ("Rahman, A. (2022). Dinamika pasar tenaga kerja. Tersedia di https://example.ac.id/artikel/123 (diakses 3 Agustus "
     "2022).", {"URL": "https://example.ac.id/artikel/123", "accessed": {"date-parts": [[2022, 8, 3]]}}),
])
def test_indonesian_acts_and_access_words(text, expected):
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected
