"""Parser faults left alone by the round's helpers (branch leftalone16)."""
import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, type_, title", [
    ("Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy, Dz.U. z 2004 r. Nr 99, "
     "poz. 1001.", "legislation", "Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy"),
    ("A. Brown, Stories that Inspire, Penguin", "book", "Stories that Inspire"),
    ("J. R. Pierce and E. C. Posner, Introduction to Communication Science and Systems, Plenum Press.", "book",
     "Introduction to Communication Science and Systems"),
])
def test_one_pasted_act_or_undated_book_is_a_reference(text, type_, title):
    """A paste of one act named by its kind and year, or of initialled names, a title and a publisher, gave 'no
    references found' though parse_reference reads it: it shows one sign of a reference only."""
    result = parse_page(text + "\n")
    assert [(item["type"], item["title"]) for item in result.items] == [(type_, title)]


@pytest.mark.parametrize("text", [
    "A. Brown, the dog and the cat, sat",
    "Decree after decree came in 2004, and the council met and we all agreed to wait for the next one.",
])
def test_one_pasted_line_of_prose_is_still_no_reference(text):
    assert parse_page(text + "\n").items == []
