"""Parser faults left alone by the round's helpers (branch leftalone11)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, company, title", [
    ('Cisco Systems, "Cisco Annual Internet Report (2018–2023)," White Paper, Mar. 2020.', "Cisco Systems",
     "Cisco Annual Internet Report (2018–2023)"),
    ('Juniper Networks, "Securing the Campus Network," White Paper, 2019.', "Juniper Networks",
     "Securing the Campus Network"),
])
def test_a_company_before_an_ieee_quoted_title_is_the_author_and_its_paper_kind_the_genre(text, company, title):
    """A company named by what it makes ("Systems", "Networks") before the quoted title had run into the title or made
    "White Paper" a given name or a place: the company is the author, the kind of paper after the quote the genre."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": company}]
    assert item["title"] == title
    assert item["type"] == "report" and item["genre"] == "White Paper"
    assert "publisher-place" not in item and "container-title" not in item


def test_a_person_s_name_is_no_company():
    item = parse_reference('J. Smith and K. Lee, "Fault-tolerant control systems," White Paper, 2019.')
    assert item["author"] == [{"family": "Smith", "given": "J."}, {"family": "Lee", "given": "K."}]
