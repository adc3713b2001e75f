"""Blind batch 71: hand-made messy reference lists (part unseen71)."""
from cslbridge.parse.fields import parse_reference


def test_closing_format_remark_is_not_the_publisher():
    # "(PDF)" after the entry's stop is the file the compiler keeps, not a publisher
    item = parse_reference("Smith, J. (2015). Urban trees. London: Routledge. (PDF)")
    assert item["publisher"] == "Routledge"
    assert item["publisher-place"] == "London"
    assert item["note"] == "(PDF)"
