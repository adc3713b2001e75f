"""Rules for families of wrong fields found on the fifth validation-fold round (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference, parse_references


@pytest.mark.parametrize("text", ["[12]", "12.", "3)"])
def test_a_citation_number_standing_alone_does_not_crash_the_parser(text):
    # a list copied out of a PDF may hold a number whose reference went onto the next line
    items = parse_references([text, "Lee, K. (2019). Urban heat. Climate, 4(2), 10-19."])
    assert items[0]["custom"]["source"] == text
    assert items[1]["container-title"] == "Climate"


@pytest.mark.parametrize("text, title, container", [
    ("Moreau, P., 1998, 'Heat transfer in porous media: a review,' Int. J. Heat Mass Transfer, pp. 201-219.",
     "Heat transfer in porous media: a review", "Int. J. Heat Mass Transfer"),
    ("Okafor, C. (2011), 'Land tenure and the state in Nigeria,' J. Afr. Law, Vol.5, No.1, pp.12-30.",
     "Land tenure and the state in Nigeria", "J. Afr. Law"),
])
def test_a_title_in_typewriter_single_quotes_ends_at_the_quote_after_its_comma(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == container


def test_an_apostrophe_inside_a_single_quoted_title_does_not_close_it():
    item = parse_reference("Dunn, R., 2003, 'The workers' movement in Wales,' Labour History Review, 68(1), pp. 1-20.")
    assert item["title"] == "The workers' movement in Wales"
    assert item["container-title"] == "Labour History Review"
