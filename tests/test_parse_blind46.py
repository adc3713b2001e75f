"""Blind batch 46: numbered science styles (Science, PNAS, Cell, APS/AIP, ACS, Angewandte) that print no article titles."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, journal", [
    ("A. B. Jones, C. D. Lee, Proc. Natl. Acad. Sci. U.S.A. 116, 2345–2350 (2019).", "Proc. Natl. Acad. Sci. U.S.A."),
    ("4. K. Obi et al., Mass extinctions and the recovery of reef ecosystems. Proc. Natl. Acad. Sci. U.S.A. 118, "
     "e2021123118 (2021).", "Proc. Natl. Acad. Sci. U.S.A."),
    ("M. Hale, T. Okoye, Proc. R. Soc. B 286, 20190123 (2019).", "Proc. R. Soc. B"),
])
def test_a_journal_named_proceedings_cited_with_volume_and_pages_is_a_journal(text, journal):
    """'Proc.' was read as a meeting's proceedings whatever followed; a society's journal so named, cited by volume
    and page with no 'in', editors or imprint, is a journal article."""
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert item["container-title"] == journal


@pytest.mark.parametrize("text", [
    "[3] J. Doe and K. Lee, “Fast routing,” in Proc. IEEE Int. Conf. Commun., vol. 3, pp. 12–17, 2019.",
    "[7] R. Moreno, “Thin-film stacks,” Proc. IEEE Photovoltaic Specialists Conf., vol. 2, pp. 101–106, 2018.",
    "[9] S. Ito, “Bridge scour,” Proceedings of the 2020 Structures Congress, vol. 5, pp. 33–40.",
])
def test_a_meetings_proceedings_with_a_volume_stays_a_conference_paper(text):
    item = parse_reference(text)
    assert item["type"] == "paper-conference"
