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


def test_apa_speech_bracket_then_meeting_and_place_is_a_speech():
    """APA's "[Speech]. Meeting, Town, Country." reads as its "[Paper presentation]" does: a speech given at that
    meeting, in that place, not a conference paper in proceedings named by the meeting."""
    item = parse_references(["Okonjo, A. B. (2019, May 21). Debt sustainability in frontier markets [Speech]. "
                             "Annual Meetings of the African Development Bank, Malabo, Equatorial Guinea. "
                             "https://www.afdb.org/en/news-and-events/speeches/okonjo-annual-meetings-2019"])[0]
    assert item["type"] == "speech"
    assert item["genre"] == "Speech"
    assert item["event-title"] == "Annual Meetings of the African Development Bank"
    assert item["event-place"] == "Malabo, Equatorial Guinea"
    assert "container-title" not in item
    assert item["issued"] == {"date-parts": [[2019, 5, 21]]}
