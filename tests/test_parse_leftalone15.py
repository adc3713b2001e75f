"""Parser faults left alone by the round's helpers (branch leftalone15)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, journal, status", [
    ("Okafor, C., & Lee, K. (2021). Rumination and sleep in adolescents. Emotion. Advance online publication. "
     "https://doi.org/10.1037/emo0000999", "Emotion", "advance online publication"),
    ('J. Smith and K. Lee, "Grid-forming inverters in weak grids," IEEE Trans. Power Syst., early access, Mar. 2, 2024, '
     "doi: 10.1109/TPWRS.2024.1234567.", "IEEE Trans. Power Syst", "early access"),
])
def test_online_first_words_after_the_journal_are_its_status(text, journal, status):
    """APA's "Advance online publication." and IEEE's "early access" say the article is out before its issue:
    CSL's status, never dropped."""
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert item["status"] == status

