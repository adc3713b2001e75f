"""Economics and political-science working-paper and policy lists (blind batch 62)."""
from cslbridge.parse.fields import parse_references


def test_chicago_series_numbered_after_quoted_title_is_a_report():
    """A quoted title, then the series and its number ("IMF Country Report No. 22/145."), then the imprint: a report
    in that series, not a chapter in a book called "IMF Country Report"."""
    item = parse_references(["International Monetary Fund. 2022. “Kenya: Selected Issues.” IMF Country Report "
                             "No. 22/145. Washington, DC: International Monetary Fund."])[0]
    assert item["type"] == "report"
    assert item["genre"] == "IMF Country Report"
    assert item["number"] == "22/145"
    assert "container-title" not in item
    assert item["publisher"] == "International Monetary Fund"
    assert item["publisher-place"] == "Washington, DC"
