"""Parser faults left alone by the round's helpers (branch leftalone6)."""

import pytest

from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference


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
