"""Rules for families of wrong fields found on the fifth validation-fold round (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_references


@pytest.mark.parametrize("text", ["[12]", "12.", "3)"])
def test_a_citation_number_standing_alone_does_not_crash_the_parser(text):
    # a list copied out of a PDF may hold a number whose reference went onto the next line
    items = parse_references([text, "Lee, K. (2019). Urban heat. Climate, 4(2), 10-19."])
    assert items[0]["custom"]["source"] == text
    assert items[1]["container-title"] == "Climate"

