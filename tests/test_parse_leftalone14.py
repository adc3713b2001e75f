"""Parser faults left alone by the round's helpers (branch leftalone14)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, title, journal", [
    ("S. Gupta, R. Mehta Heat stress and outdoor workers in Delhi Urban Clim., 41 (2022), Article 101045",
     "Heat stress and outdoor workers in Delhi", "Urban Clim."),
    ("A. Lee, B. Park Groundwater recharge in Punjab J. Hydrol., 590 (2020), Article 125432",
     "Groundwater recharge in Punjab", "J. Hydrol."),
    ("S. Gupta, R. Mehta Heat stress among outdoor workers in Kenya Sci. Total Environ., 812 (2022), Article 152446",
     "Heat stress among outdoor workers in Kenya", "Sci. Total Environ."),
])
def test_a_run_together_title_ends_before_the_abbreviated_journal(text, title, journal):
    """ScienceDirect's copy with no stop after the title: the journal is the ISO 4 abbreviated run before the volume,
    and the name after the title's closing preposition is the title's."""
    item = parse_reference(text)
    assert (item["title"], item["container-title"]) == (title, journal)
    assert item["volume"] and item["page"]


@pytest.mark.parametrize("text, journal", [
    ("Smith, J., Lee, K.: Gene editing at scale. Nat. Biotechnol. 38, 100–110 (2020)", "Nat. Biotechnol."),
    ("J. Smith, K. Lee, Gene editing at scale, Nat. Nanotechnol. 15 (2020) 100–110.", "Nat. Nanotechnol."),
    ("J. Smith, Serotonin and mood, J. Psychopharmacol. 15 (2020) 100–110.", "J. Psychopharmacol."),
    ("Smith, J. (2020). Gene editing in crops. Plant Biotechnol. 38, 100–110.", "Plant Biotechnol."),
])
def test_a_journal_ending_in_an_abbreviated_compound_keeps_its_stop(text, journal):
    """ISO 4 cuts a compound as it cuts its last part ('Biotechnol.' as 'Technol.'): the stop is the abbreviation's,
    as 'Nat. Commun.' keeps its own."""
    assert parse_reference(text)["container-title"] == journal


@pytest.mark.parametrize("text, publisher", [
    ("Ries, E. (2011). The lean startup: How today's entrepreneurs use continuous innovation. Crown Business.",
     "Crown Business"),
    ("Lutz, M. (2013). Learning Python (5th ed.). O'Reilly Media.", "O'Reilly Media"),
])
def test_an_imprint_closing_an_apa_book_is_its_publisher(text, publisher):
    """A capitalised name closing an APA entry dated by its year, no number after it, whose last word names an
    imprint, publishes a book; the tagger had read it as a journal."""
    item = parse_reference(text)
    assert (item["type"], item.get("publisher"), item.get("container-title")) == ("book", publisher, None)


def test_a_journal_named_by_its_periodical_word_stays_a_journal():
    item = parse_reference("Smith, J. (2020). Title of the paper. Journal of World Business.")
    assert "publisher" not in item


@pytest.mark.parametrize("text, role, family", [
    ("Lee, K. (2010). Rivers of the steppe. Edited by Ann Lee. Oxford: Clarendon Press.", "editor", "Lee"),
    ("Tolstoy, L. (2010). Master and man. Translated by Ann Wu. London: Penguin.", "translator", "Wu"),
])
def test_names_after_edited_by_are_given_name_first(text, role, family):
    """'Edited by Ann Lee.' names Ann Lee: the stop after the family name is the sentence's, no initial's."""
    assert parse_reference(text)[role] == [{"family": family, "given": "Ann"}]


@pytest.mark.parametrize("text, author, title", [
    ("World Health Organization. Regional Office for Europe. European health report 2018. Copenhagen: WHO Regional "
     "Office for Europe; 2018.", "World Health Organization. Regional Office for Europe", "European health report 2018"),
    ("World Bank. Office of the Chief Economist. Global economic prospects. Washington, DC: World Bank; 2021.",
     "World Bank. Office of the Chief Economist", "Global economic prospects"),
])
def test_a_body_s_unit_as_a_sentence_after_it_is_the_author_s(text, author, title):
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": author}], title)


@pytest.mark.parametrize("text, page", [("Smith, Title, 5.", "5"), ("Marples, Belarus, 14.", "14")])
def test_a_bare_number_closing_a_lone_short_form_is_a_page_not_a_date(text, page):
    """A note's short form with no earlier work to point at: the number after the short title is the page cited, kept
    in note; no year is that short."""
    item = parse_reference(text)
    assert "issued" not in item and item["note"] == page


@pytest.mark.parametrize("text, place", [
    ("Volkswagen AG (2022). Annual Report 2022. Wolfsburg.", "Wolfsburg"),
    ("Bayer AG (2021). Sustainability report 2021. Leverkusen.", "Leverkusen"),
])
def test_the_word_closing_a_body_s_own_report_is_its_place(text, place):
    item = parse_reference(text)
    assert item["publisher-place"] == place and "publisher" not in item


def test_an_apa_book_s_one_word_publisher_stays_the_publisher():
    assert parse_reference("Smith, J. (2019). Annual report of the club. Pearson.")["publisher"] == "Pearson"


def test_mdpi_s_report_series_between_semicolons_after_a_title_read_as_a_journal():
    """MDPI's 'Title; Series No N; Publisher: Place, Year.': the tagger read the title before its year as a journal
    and ran the title's last words into the series; the ';' closes the title and the series gives genre and number."""
    item = parse_reference("FAO. Global Forest Resources Assessment 2020 Main Report; FAO Forestry Paper No 1; FAO: "
                           "Rome, Italy, 2020.")
    assert (item["type"], item["title"], item["genre"], item["number"], item["publisher"], item["publisher-place"]) \
        == ("report", "Global Forest Resources Assessment 2020 Main Report", "FAO Forestry Paper", "1", "FAO",
            "Rome, Italy")
    assert "container-title" not in item
