"""Parser faults left alone by the round's helpers (branch leftalone6)."""

import pytest

from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("text, parts", [
    ("3 and 4 April 2018", [[2018, 4, 3], [2018, 4, 4]]),
    ("April 3 and 4, 2018", [[2018, 4, 3], [2018, 4, 4]]),
    ("12 & 13 May 2021", [[2021, 5, 12], [2021, 5, 13]]),
    ("3 и 4 апреля 2018", [[2018, 4, 3], [2018, 4, 4]]),
])
def test_two_days_joined_by_a_word_are_a_range(text, parts):
    assert parse_date(text) == {"date-parts": parts}


def test_a_talk_on_two_days_keeps_both_and_loses_nothing_to_note():
    """'10 and 11 February 2007' kept only the second day: '10 and' was read as a volume, or the span went to note."""
    item = parse_reference("Vladimir Putin, ‘Speech at the Munich Security Conference’, Munich, 10 and 11 February 2007.")
    assert item["issued"] == {"date-parts": [[2007, 2, 10], [2007, 2, 11]]}
    assert "note" not in item and "volume" not in item
    item = parse_reference("Smith, J. (2018) Talk at the conference, Riga, 3 and 4 April 2018.")
    assert item["event-date"] == {"date-parts": [[2018, 4, 3], [2018, 4, 4]]}
    assert "note" not in item and "volume" not in item


@pytest.mark.parametrize("text, number, day", [
    ("Tbilisi City Court, Decision of 14 December 2020 in Case No. 3b/1234-20.",
     "Decision in Case No. 3b/1234-20", [2020, 12, 14]),
    ("Supreme Court of Georgia, Judgment of 5 May 2019 in the criminal case No. 123ap-18, https://www.supremecourt.ge/123.",
     "Judgment in the criminal case No. 123ap-18", [2019, 5, 5]),
    ("Арбитражный суд города Москвы, Решение от 12.03.2019 по делу № А40-1234/2018.",
     "Решение по делу № А40-1234/2018", [2019, 3, 12]),
])
def test_a_courts_decision_with_its_case_number_after_the_date(text, number, day):
    """The case's number after the decision's date was split into a title 'in Case' and a note (or the whole went to
    the title when the date came after 'от'); it is the decision's number, the court its authority."""
    item = parse_reference(text)
    assert (item["type"], item["number"], item["issued"]) == ("legal_case", number, {"date-parts": [day]})
    assert "title" not in item and "note" not in item


@pytest.mark.parametrize("span", [
    "Minekonomrazvitiya Rossii", "TsIK Rossii", "МВД России", "Natsbank Ukrainy", "Georgian Dream", "European Solidarity",
    "Armenian Apostolic Church", "Ignalina Nuclear Power Plant", "KOLEKTIV AUTORŮ", "Коллектив авторов",
])
def test_bodies_named_without_a_body_word_are_one_literal(span):
    """They were people: family 'Rossii', given 'TsIK'; family 'Dream', given 'Georgian'; family 'Plant'."""
    assert parse_names(span) == [{"literal": span}]


@pytest.mark.parametrize("span, names", [
    ("Russian, J.", [{"family": "Russian", "given": "J."}]),
    ("Georgian Smith and Anna Lee", [{"family": "Smith", "given": "Georgian"}, {"family": "Lee", "given": "Anna"}]),
    ("Rossi, M.", [{"family": "Rossi", "given": "M."}]),
])
def test_persons_stay_persons_beside_those_bodies(span, names):
    assert parse_names(span) == names


def test_a_body_publishing_its_own_report_is_no_person():
    """'Rio Tinto' was family 'Tinto', given 'Rio': the same words as the publisher name a body."""
    item = parse_reference("Rio Tinto. 2021. Annual Report 2020. London: Rio Tinto.")
    assert item["author"] == [{"literal": "Rio Tinto"}] and item["publisher"] == "Rio Tinto"
    item = parse_reference("Smith, John. 2019. My Life. London: Macmillan.")
    assert item["author"] == [{"family": "Smith", "given": "John"}]


@pytest.mark.parametrize("span, name", [
    ("M. Tuñón de Lara", {"family": "Tuñón de Lara", "given": "M."}),
    ("J. Sánchez de la Torre", {"family": "Sánchez de la Torre", "given": "J."}),
    ("S. de la Torre", {"non-dropping-particle": "de la", "family": "Torre", "given": "S."}),
    ("M. José de Lara", {"non-dropping-particle": "de", "family": "Lara", "given": "M. José"}),
])
def test_an_iberian_family_name_joined_by_de_stays_whole_after_initials(span, name):
    """'M. Tuñón de Lara' was given 'M. Tuñón', family 'Lara'."""
    assert parse_names(span) == [name]


@pytest.mark.parametrize("span, name", [
    ("Hayes, J. Robert.", {"family": "Hayes", "given": "J. Robert"}),
    ("Starr, S. Frederick.", {"family": "Starr", "given": "S. Frederick"}),
])
def test_an_initial_and_a_given_name_closing_the_sentence_are_one_persons(span, name):
    """'Hayes, J. Robert.' was two people: 'Hayes' and 'J. Robert'."""
    assert parse_names(span) == [name]


def test_a_book_by_an_author_with_an_initial_and_a_middle_name():
    item = parse_reference("Hayes, J. Robert. The Complete Problem Solver. Hillsdale, NJ: Erlbaum, 1989.")
    assert item["author"] == [{"family": "Hayes", "given": "J. Robert"}]


@pytest.mark.parametrize("text, title, place", [
    ("StataCorp (2019) Stata Statistical Software: Release 16. College Station, TX: StataCorp LLC.",
     "Stata Statistical Software: Release 16", "College Station, TX"),
    ("Smith, J. (2019) A book title. College Station, TX: Texas A&M University Press.", "A book title", "College Station, TX"),
])
def test_a_two_word_town_before_a_state_code_and_the_colon_is_the_place(text, title, place):
    """'College Station' ran into the title ('... Release 16. College Station') and the place was 'TX' alone."""
    item = parse_reference(text)
    assert (item["title"], item["publisher-place"]) == (title, place)


@pytest.mark.parametrize("text, place, publisher", [
    ("Ivanov I.I. (2015) Teoriya gosudarstva [Theory of the state]. Moscow, Mann, Ivanov i Ferber Publ., 320 p. (In Russ.)",
     "Moscow", "Mann, Ivanov i Ferber Publ."),
    ("Ivanov I.I. (2015) Teoriya [Theory]. Moscow, St. Petersburg, Piter Publ., 320 p. (In Russ.)",
     "Moscow, St. Petersburg", "Piter Publ."),
])
def test_publ_closes_a_publishers_name_holding_a_comma(text, place, publisher):
    """'Mann,' was read into the place ('Moscow, Mann'); two towns before the publisher stay the place."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


def test_rands_testimony_and_its_number_are_the_reports_series():
    """'Testimony CT-467' was a chapter's book."""
    item = parse_reference('Charap, S. (2017) "Russia’s Use of Military Force as a Foreign Policy Tool." Testimony CT-467. '
                           'Santa Monica, CA: RAND Corporation.')
    assert (item["type"], item["genre"], item["number"]) == ("report", "Testimony", "CT-467")
    assert "container-title" not in item


@pytest.mark.parametrize("text, genre", [
    ('Kallas, K. (2019) "Estonia and the Eastern Partnership." ICDS Analysis. Tallinn: International Centre for Defence '
     'and Security.', "ICDS Analysis"),
    ("Dmitri Trenin, ‘Russia and the Pandemic’, Carnegie Moscow Center Commentary, 16 March 2020.",
     "Carnegie Moscow Center Commentary"),
])
def test_an_unnumbered_think_tank_series_is_the_reports_genre(text, genre):
    """They were a chapter in the book 'ICDS Analysis' and a book published by 'Carnegie Moscow Center Commentary'."""
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("report", genre)
    assert "container-title" not in item and item.get("publisher") != genre


def test_a_publisher_named_publications_stays_the_publisher():
    item = parse_reference("World Bank. (2019). Eurasian economic integration and trade. World Bank Publications.")
    assert item["publisher"] == "World Bank Publications" and "genre" not in item
