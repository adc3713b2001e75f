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


def test_apa_title_before_report_number_bracket_taken_for_a_note_is_the_title():
    """APA's "Body. (Year). Title (IMF Country Report No. N). URL": the words between the date and the series'
    bracket are the title even when the tagger took them all for a note."""
    item = parse_references(["International Monetary Fund. (2023). Republic of Mozambique: Second review under the "
                             "three-year arrangement under the Extended Credit Facility (IMF Country Report No. 23/227). "
                             "https://www.imf.org/en/Publications/CR/Issues/2023/06/28/mozambique-cr23227"])[0]
    assert item["title"] == ("Republic of Mozambique: Second review under the three-year arrangement under the "
                             "Extended Credit Facility")
    assert item["genre"] == "IMF Country Report"
    assert item["number"] == "23/227"
    assert item["type"] == "report"
    assert "note" not in item


def test_chicago_month_after_the_publisher_dates_the_report():
    """Chicago author-date reports close the imprint with the month of the year given after the names
    ("Washington, DC: Brookings Institution, October."): the month completes the date and leaves the publisher."""
    item = parse_references(["Sahin, Aylin, and Mark Teller. 2019. “Trade Wars and Manufacturing Jobs.” Brookings "
                             "Working Paper. Washington, DC: Brookings Institution, October."])[0]
    assert item["publisher"] == "Brookings Institution"
    assert item["issued"] == {"date-parts": [[2019, 10]]}


def test_unnumbered_think_tank_series_closing_the_title_is_the_genre():
    """A series named without a number after the title, as its own sentence (Harvard "Title. ECFR Policy Brief.
    London: ...") or in APA's round bracket ("Title (SIPRI Fact Sheet). Publisher."), is the report's genre, not
    part of its title."""
    harvard = parse_references(["Shapiro, J. and Puglierin, J. (2023) Hard truths: Europe's defence after Ukraine. "
                                "ECFR Policy Brief. Berlin: European Council on Foreign Relations."])[0]
    assert harvard["title"] == "Hard truths: Europe's defence after Ukraine"
    assert harvard["genre"] == "ECFR Policy Brief"
    assert harvard["type"] == "report"
    apa = parse_references(["Wezeman, P. D., & Kuimova, A. (2023). Trends in international arms transfers "
                            "(SIPRI Fact Sheet). Stockholm International Peace Research Institute."])[0]
    assert apa["title"] == "Trends in international arms transfers"
    assert apa["genre"] == "SIPRI Fact Sheet"
    assert apa["type"] == "report"
    assert apa["publisher"] == "Stockholm International Peace Research Institute"


def test_years_closing_a_title_before_an_unnumbered_series_bracket_stay_in_the_title():
    """"Title, 2022 (SIPRI Fact Sheet)": the year ends the title, as before "(Report No. 67)", not a second date."""
    item = parse_references(["Kristensen, H. M., & Korda, M. (2023). World nuclear forces, 2023 (SIPRI Fact Sheet). "
                             "Stockholm International Peace Research Institute."])[0]
    assert item["title"] == "World nuclear forces, 2023"
    assert item["genre"] == "SIPRI Fact Sheet"
    assert "note" not in item
