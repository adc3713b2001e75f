"""Titles, containers and cues of what the official CSL styles print, read back (round 6 of bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def test_german_guillemets_pointing_in_quote_a_title_with_its_own_stop():
    # German styles quote the title »…«; a stop inside it does not end it, the book after it is no part of it
    item = parse_reference("Reckwitz, Andreas. »Die Gesellschaft der Singularitäten. Zum Strukturwandel der Moderne«. "
                           "Soziologie im Wandel. Eine Bilanz, Hg. Maria Weber. Campus, 2017. 45–67.")
    assert item["title"] == "Die Gesellschaft der Singularitäten. Zum Strukturwandel der Moderne"
    # French guillemets between two quotations are no such quotation
    item = parse_reference("Martin, Claire. « Les budgets participatifs » et « la démocratie locale », Revue française "
                           "de science politique 71.3 (2021): 401–20.")
    assert item["title"].startswith("Les budgets participatifs")
