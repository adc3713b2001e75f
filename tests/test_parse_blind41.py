"""Blind batch 41: transliterated References entries from Russian journals and Europe-Asia Studies style notes."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, body", [
    ("[Passenger traffic on the Northern Sea Route in 2022]. Rosmorrechflot. Available at: "
     "https://morflot.gov.ru/news/passenger-traffic-2022 (accessed 10.03.2023). (In Russ.)", "Rosmorrechflot"),
    ("[On the sanitary and epidemiological well-being of the population in 2021]. Rospotrebnadzor. Available at: "
     "https://www.rospotrebnadzor.ru/documents/details.php?ELEMENT_ID=21796 (accessed 04.05.2022). (In Russ.)",
     "Rospotrebnadzor"),
    ("[Gas supply and gasification of the regions]. Gazprom. Available at: https://www.gazprom.ru/about/production/ "
     "(accessed 17.02.2021). (In Russ.)", "Gazprom"),
])
def test_a_body_named_in_one_word_publishes_a_references_web_page(text, body):
    """The agency after a translated title had been the page's container-title (a periodical's field) while a body
    named in words ('Eurasian Economic Commission') published it: a one-word body ('Rosstat', '-nadzor', '-flot')
    publishes too."""
    item = parse_reference(text)
    assert item["type"] == "webpage"
    assert item["publisher"] == body
    assert "container-title" not in item


def test_a_news_site_after_a_translated_title_stays_the_container():
    item = parse_reference("[Rail freight to China grew by a third]. Kommersant, 2023, 14 March. Available at: "
                           "https://www.kommersant.ru/doc/5872345 (accessed 20.03.2023). (In Russ.)")
    assert item["container-title"] == "Kommersant" and "publisher" not in item


@pytest.mark.parametrize("text, number", [
    ("Stanislav Secrieru, ‘Transnistria Zig-Zagging towards a DCFTA’, PISM Policy Paper No. 4 (145), January 2016.",
     "4 (145)"),
    ("Andrey Sushentsov, ‘The Transnistrian Knot after 2022’, Valdai Discussion Club Report No. 12 (88), 3 March 2023.",
     "12 (88)"),
])
def test_a_papers_running_number_in_brackets_stays_its_number(text, number):
    """'No. 4 (145)': the bracket had been read as the date (and left in note) or as a volume; it is the paper's
    running number, kept with its number as an issue's ('no. 2 (35)') is."""
    item = parse_reference(text)
    assert item["type"] == "report"
    assert item["number"] == number
    assert "note" not in item and "volume" not in item and "issue" not in item


def test_a_year_in_brackets_after_an_issue_still_dates_it():
    item = parse_reference("Roy Allison, ‘Russia Resurgent?’, International Affairs 84, no. 6 (2008), pp. 1145–71.")
    assert item["issue"] == "6" and item["issued"] == {"date-parts": [[2008]]}


@pytest.mark.parametrize("text, day", [
    ("Kremlin. [Meeting on the development of the Arctic zone up to 2030]. 21 July 2020. Available at: "
     "http://kremlin.ru/events/president/news/63728 (accessed 01.09.2020). (In Russ.)", [2020, 7, 21]),
    ("Government of Russia. [Strategy for the development of the Arctic zone up to 2035]. 5 March 2020. Available "
     "at: http://government.ru/news/38950/ (accessed 14.09.2020). (In Russ.)", [2020, 3, 5]),
])
def test_a_whole_date_after_a_title_ending_in_a_year_keeps_its_day(text, day):
    """A translated title closing with a year ('up to 2030].') had left the next sentence's day to the container or
    the note, the work dated to the month only."""
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [day]}
    assert "container-title" not in item and "note" not in item
