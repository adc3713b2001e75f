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


@pytest.mark.parametrize("text, note", [
    ("K. Tywoniuk and J. Casalderrey-Solana, Jet quenching in a strongly coupled plasma, JHEP 07 (2019) 118 "
     "[ arXiv:1903.04512 ] [ INSPIRE ].", "arXiv:1903.04512"),
    ("M. Cacciari, G.P. Salam and G. Soyez, The anti-kt jet clustering algorithm, JHEP 04 (2008) 063 [ arXiv ] "
     "[ INSPIRE ].", None),
    ("S. Catani and M.H. Seymour, A general algorithm for calculating jet cross sections in NLO QCD, Nucl. Phys. B 485 "
     "(1997) 291 [arXiv] [SPIRES].", None),
])
def test_spaced_inspire_and_arxiv_link_labels_are_dropped(text, note):
    """JHEP's HTML prints its link labels with spaces inside the brackets: "[ INSPIRE ]" and a bare "[ arXiv ]" are
    labels as "[INSPIRE]" is, and a spaced "[ arXiv:... ]" is the e-print's number, kept in the note."""
    item = parse_reference(text)
    assert item["page"] in ("118", "063", "291")
    assert item.get("note") == note
    assert "publisher" not in item
