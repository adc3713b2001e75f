"""Blind batch 71: hand-made messy reference lists (part unseen71)."""
from cslbridge.parse.fields import parse_reference


def test_closing_format_remark_is_not_the_publisher():
    # "(PDF)" after the entry's stop is the file the compiler keeps, not a publisher
    item = parse_reference("Smith, J. (2015). Urban trees. London: Routledge. (PDF)")
    assert item["publisher"] == "Routledge"
    assert item["publisher-place"] == "London"
    assert item["note"] == "(PDF)"


def test_interview_closing_remark_in_brackets_is_a_note():
    # the compiler's remark after the interview's date is not part of its title
    item = parse_reference("Interview with a local councillor, Hull, 5 July 2019 (audio recording in author's possession).")
    assert item["title"] == "Interview with a local councillor"
    assert item["issued"] == {"date-parts": [[2019, 7, 5]]}
    assert "audio recording" in item["note"]


def test_lower_case_annotation_after_closing_link_is_a_note():
    # a reading-list comment after the DOI, behind a dash, is no part of the publisher or title
    item = parse_reference("World Bank (2018) World development report 2018: learning to realize education's promise. "
                           "Washington, DC: World Bank. doi.org/10.1596/978-1-4648-1096-1 — long but worth skimming "
                           "the overview chapter")
    assert item["publisher"] == "World Bank"
    assert item["DOI"] == "10.1596/978-1-4648-1096-1"
    assert "worth skimming" in item["note"]
