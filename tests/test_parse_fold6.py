"""Rules for the sixth round of wrong fields on the validation fold (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, publisher, place", [
    ("J. E. Humphreys, Reflection groups and Coxeter groups, Cambridge Studies in Advanced Mathematics, 29, "
     "Cambridge University Press ,Cambridge ,UK ( 1990).", "Cambridge University Press", "Cambridge ,UK"),
    ("V. Kac, Vertex algebras for beginners, University Lecture Series, vol. 10, American Mathematical Society "
     ",Providence ,RI ( 1998).", "American Mathematical Society", "Providence ,RI"),
])
def test_a_comma_a_pdf_copy_moved_onto_the_place_still_parts_publisher_and_place(text, publisher, place):
    """'Publisher ,Town ,ST ( Year)': the comma printed on the next word ends the publisher's comma part as a comma
    after the word does, so the town is no longer voted into the publisher."""
    item = parse_reference(text)
    assert (item["publisher"], item["publisher-place"]) == (publisher, place)
