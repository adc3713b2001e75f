"""Lists pasted by hand at stop 23: an IEEE list copied out of a two-column PDF (computer science)."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.entries import join_lines
from cslbridge.parse.fields import parse_reference


def _has(item: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert item.get(key) == value, (key, item)


@pytest.mark.parametrize("lines,url", [
    (["ENISA, Athens, Greece, Tech. Rep., Oct. 2023. [Online]. Available: https://",
      "www.enisa.europa.eu/publications/threat-landscape"], "https://www.enisa.europa.eu/publications/threat-landscape"),
    (["Available: http:", "//example.org/data/2021"], "http://example.org/data/2021"),
])
def test_a_url_broken_right_after_its_scheme_is_joined(lines, url):
    assert url in join_lines(lines)


def test_a_wrapped_ieee_entry_keeps_its_whole_link():
    text = ("[1] European Union Agency for Cybersecurity, “Threat landscape 2023,”\n"
            "ENISA, Athens, Greece, Tech. Rep., Oct. 2023. [Online]. Available: https://\n"
            "www.enisa.europa.eu/publications/enisa-threat-landscape-2023\n"
            "[2] PyTorch. Accessed: Mar. 3, 2023. [Online]. Available: https://pytorch.org/\n")
    items = parse_page(text).items
    assert items[0]["URL"] == "https://www.enisa.europa.eu/publications/enisa-threat-landscape-2023"


@pytest.mark.parametrize("text,expected", [
    ("T. Brown et al., “Language models are few-shot learners,” in Proc. 34th Int. Conf. Neural Inf. Process. Syst. "
     "(NeurIPS), Vancouver, BC, Canada, 2020, pp. 1877–1901.",
     {"container-title": "Proc. 34th Int. Conf. Neural Inf. Process. Syst. (NeurIPS)",
      "publisher-place": "Vancouver, BC, Canada"}),
    ("A. Kumar and B. Rao, “Sparse attention for long documents,” in Proc. Annu. Meeting Assoc. Comput. Linguistics "
     "(ACL), Toronto, ON, Canada, 2023, pp. 101–112.",
     {"container-title": "Proc. Annu. Meeting Assoc. Comput. Linguistics (ACL)", "publisher-place": "Toronto, ON, Canada"}),
])
def test_a_conference_acronym_in_brackets_closes_the_proceedings_name(text, expected):
    _has(parse_reference(text), expected)
