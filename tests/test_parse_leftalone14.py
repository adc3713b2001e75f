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
