"""Parser faults left alone by the round's helpers (branch leftalone15)."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, journal, status", [
    ("Okafor, C., & Lee, K. (2021). Rumination and sleep in adolescents. Emotion. Advance online publication. "
     "https://doi.org/10.1037/emo0000999", "Emotion", "advance online publication"),
    ('J. Smith and K. Lee, "Grid-forming inverters in weak grids," IEEE Trans. Power Syst., early access, Mar. 2, 2024, '
     "doi: 10.1109/TPWRS.2024.1234567.", "IEEE Trans. Power Syst", "early access"),
])
def test_online_first_words_after_the_journal_are_its_status(text, journal, status):
    """APA's "Advance online publication." and IEEE's "early access" say the article is out before its issue:
    CSL's status, never dropped."""
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert item["status"] == status


@pytest.mark.parametrize("text, note", [
    ("K. Tywoniuk and J. Casalderrey-Solana, Jet quenching in a strongly coupled plasma, JHEP 07 (2019) 118 "
     "[ arXiv:1903.04512 ] [ INSPIRE ].", "arXiv:1903.04512"),
    ("M. Cacciari, G.P. Salam and G. Soyez, The anti-kt jet clustering algorithm, JHEP 04 (2008) 063 [ arXiv ] "
     "[ INSPIRE ].", None),
    ("S. Catani and M.H. Seymour, A general algorithm for calculating jet cross sections in NLO QCD, Nucl. Phys. B 485 "
     "(1997) 291 [arXiv] [SPIRES].", None),
])
def test_spaced_inspire_and_arxiv_link_labels_are_dropped(text, note):
    """JHEP's HTML prints its link labels with spaces inside the brackets: "[ INSPIRE ]" and a bare "[ arXiv ]" are
    labels as "[INSPIRE]" is, and a spaced "[ arXiv:... ]" is the e-print's number, kept in the note."""
    item = parse_reference(text)
    assert item["page"] in ("118", "063", "291")
    assert item.get("note") == note
    assert "publisher" not in item


@pytest.mark.parametrize("text, parts", [
    ("12 Okt. 2020", [2020, 10, 12]),
    ("3 janv. 2019", [2019, 1, 3]),
    ("14 févr. 2021", [2021, 2, 14]),
    ("2 juil. 2018", [2018, 7, 2]),
    ("5 dic. 2018", [2018, 12, 5]),
    ("2 giu. 2021", [2021, 6, 2]),
    ("18 déc. 2017", [2017, 12, 18]),
])
def test_other_locales_short_months_are_months(text, parts):
    """German, French, Spanish and Italian abbreviate their months as English does ("Okt.", "janv.", "dic.")."""
    assert parse_date(text) == {"date-parts": [parts]}


@pytest.mark.parametrize("text, journal, issued", [
    ("Dupont, J. (2019). La réforme des retraites. Le Monde, 3 janv. 2019.", "Le Monde", [2019, 1, 3]),
    ("García, L. (2018). La crisis del agua en Murcia. El País, 5 dic. 2018.", "El País", [2018, 12, 5]),
    ("Martin, C. (2021). Le télétravail s’installe. Les Echos, 14 févr. 2021.", "Les Echos", [2021, 2, 14]),
])
def test_a_papers_day_with_a_short_foreign_month_is_its_date(text, journal, issued):
    """The paper's day in a short foreign month is read as the English "3 Jan. 2019" is: the date, not a volume and
    page or a note."""
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert item["issued"] == {"date-parts": [issued]}
    assert "volume" not in item and "page" not in item and "note" not in item


@pytest.mark.parametrize("text", [
    "L. D. Landau and E. M. Lifshitz, Quantum Mechanics (Pergamon, Oxford, 1977), in Russian",
    "L. D. Landau and E. M. Lifshitz, Quantum Mechanics (Pergamon, Oxford, 1977) (in Russian).",
])
def test_a_language_named_after_the_imprint_is_the_works_language(text):
    """A physics list's "..., 1977), in Russian" closes the entry with the work's language, as "(In Russ.)" does:
    the language, and the book read as it is without it."""
    item = parse_reference(text)
    assert item["language"] == "ru"
    assert (item["type"], item["title"], item["publisher"], item["publisher-place"]) == \
        ("book", "Quantum Mechanics", "Pergamon", "Oxford")
    assert "note" not in item


def test_a_language_after_an_articles_year_is_its_language():
    item = parse_reference("V. L. Ginzburg and A. A. Rukhadze, Waves in magnetoactive plasma, Zh. Eksp. Teor. Fiz. 45, "
                           "1234 (1963), in Russian.")
    assert item["language"] == "ru"
    assert (item["volume"], item["page"]) == ("45", "1234")
    assert "in Russian" not in item["title"] + item.get("note", "")


@pytest.mark.parametrize("text, volume, code, section", [
    ("50 U.S.C. § 1541 (2018).", "50", "U.S.C.", "1541"),
    ("40 C.F.R. § 60.1 (2020).", "40", "C.F.R.", "60.1"),
    ("42 U.S.C. § 1983.", "42", "U.S.C.", "1983"),
])
def test_a_statute_pasted_alone_is_a_reference(text, volume, code, section):
    """A Bluebook statute opens with its code's title number: no note number, so the line alone is the citation
    the legal grammar reads in a list (the section without the citation's closing stop)."""
    items = parse_page(text + "\n", "<stdin>").items
    assert len(items) == 1
    item = items[0]
    assert (item["type"], item["volume"], item["container-title"], item["section"]) == \
        ("legislation", volume, code, section)
    assert "number" not in item["custom"]


@pytest.mark.parametrize("text, authors, title, pin", [
    ("Smith, The Wealth of Nations, 45.", ["Smith"], "The Wealth of Nations", "45"),
    ("Marples, Belarus, 60–66.", ["Marples"], "Belarus", "60–66"),
    ("Cornell, “Small Nations,” 12.", ["Cornell"], "Small Nations", "12"),
    ("Reeves and Lee, Border Work, p. 112.", ["Reeves", "Lee"], "Border Work", "p. 112"),
])
def test_a_short_form_notes_number_is_its_pinpoint_page(text, authors, title, pin):
    """A note's short form read alone: the family names, the short title, and the number the page the note cites,
    kept in the note, never the work's volume, pages or date."""
    item = parse_reference(text)
    assert [name["family"] for name in item["author"]] == authors
    assert all("given" not in name for name in item["author"])
    assert (item["title"], item["note"]) == (title, pin)
    assert not {"volume", "page", "issued", "container-title"} & item.keys()


@pytest.mark.parametrize("text, authors, title, key, imprint", [
    ("A. Brown, Stories that Inspire, Penguin", ["Brown"], "Stories that Inspire", "publisher", "Penguin"),
    ("M. Lee and K. Ito, Cities of Tomorrow, Routledge.", ["Lee", "Ito"], "Cities of Tomorrow", "publisher", "Routledge"),
    ("K. Ito, The Quiet Sea, Oxford.", ["Ito"], "The Quiet Sea", "publisher-place", "Oxford"),
])
def test_an_undated_books_last_part_is_its_imprint(text, authors, title, key, imprint):
    """Initialled names, a title and a last part of capitalised words with no number: a book, the last part its
    publisher (its town when it names one), not a note or more names."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert [name["family"] for name in item["author"]] == authors
    assert (item["title"], item[key]) == (title, imprint)
    assert "note" not in item


def test_an_undated_entry_ending_in_a_periodical_is_no_book():
    item = parse_reference("A. Brown, Waves in shallow water, Physical Review")
    assert item["type"] != "book" and "publisher" not in item


@pytest.mark.parametrize("text, author, title", [
    ("Ministry of Finance. Department of Economic Affairs. Economic Survey 2021-22. New Delhi; 2022.",
     "Ministry of Finance. Department of Economic Affairs", "Economic Survey 2021-22"),
    ("Ministry of Health and Family Welfare. Directorate General of Health Services. National Tuberculosis Elimination "
     "Programme: annual report 2023. New Delhi; 2023.",
     "Ministry of Health and Family Welfare. Directorate General of Health Services",
     "National Tuberculosis Elimination Programme: annual report 2023"),
])
def test_a_bodys_unit_in_its_own_sentence_belongs_to_the_author(text, author, title):
    """Vancouver's "Body. Unit of the body. Title. Place; Year.": the unit (Department, Directorate, Office, ...) is
    the author's, the title the sentence after it, not a publisher or a second date."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": author}]
    assert item["title"] == title
    assert item["publisher-place"] == "New Delhi"
    assert item["issued"] == {"date-parts": [[int(text[-5:-1])]]}
    assert "publisher" not in item


@pytest.mark.parametrize("text, authors", [
    ("Adeyemi S, Okafor Chinedu, Bello T. Malaria prevalence among pregnant women in Ibadan. Afr J Med. 2020;3(1):1-9.",
     [("Adeyemi", "S."), ("Okafor", "Chinedu"), ("Bello", "T.")]),
    ("Okafor Chinedu, Adeyemi SO. Malaria prevalence among pregnant women in Ibadan. Afr J Med. 2020;3(1):1-9.",
     [("Okafor", "Chinedu"), ("Adeyemi", "S.O.")]),
])
def test_a_whole_given_name_in_a_surname_first_list_follows_the_family_name(text, authors):
    """Vancouver writes every name family name first with no comma: a name written out whole among names with
    initials ("Okafor Chinedu") is read in the same order, not run into its neighbour as "Family, Given"."""
    item = parse_reference(text)
    assert [(name["family"], name["given"]) for name in item["author"]] == authors
