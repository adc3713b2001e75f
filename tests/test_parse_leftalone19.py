"""Parser faults left alone by the round's helpers (branch leftalone19): medical references."""

from cslbridge.parse.fields import parse_reference


def test_a_series_and_its_number_in_brackets_after_the_imprint_is_the_reports_genre_and_number():
    """Vancouver's '(SIGN publication no. 131)' after the imprint was split into a note '(SIGN publication' and an
    issue: a series named in brackets with its number is the report's series (genre) and number."""
    item = parse_reference("Scottish Intercollegiate Guidelines Network. Management of schizophrenia: a national "
                           "clinical guideline [Internet]. Edinburgh: SIGN; 2013 [cited 2022 Feb 1]. (SIGN publication "
                           "no. 131). Available from: https://www.sign.ac.uk/schizophrenia/")
    assert (item["type"], item["genre"], item["number"]) == ("report", "SIGN publication", "131")
    assert "note" not in item and "issue" not in item
    assert item["publisher"] == "SIGN"


def test_an_ama_imprint_publisher_and_year_after_the_title_keeps_the_title_with_a_link():
    """AMA's 'Body. Title. Body; 2024. Accessed .... URL': the title was lost to note (the text before the ';' read as
    a short form, the imprint as a work of its own) and the publisher ran into the title: 'Publisher; Year.' is the
    imprint."""
    item = parse_reference("National Institute for Health and Care Excellence. Hypertension in Adults. National "
                           "Institute for Health and Care Excellence; 2019. Accessed June 1, 2023. "
                           "https://www.nice.org.uk/guidance/ng136")
    assert item["title"] == "Hypertension in Adults"
    assert item["publisher"] == "National Institute for Health and Care Excellence"
    assert item["type"] == "report" and "note" not in item


def test_a_talk_presented_at_a_meeting_the_tagger_read_as_publisher_is_a_speech():
    """Citing Medicine's 'Paper presented at: Meeting; dates; place.' stayed a book when the tagger read the cue and
    an association's meeting as the publisher: the cue opens the talk's meeting."""
    item = parse_reference("Patel R, Gomez L. Early mobility after cardiac surgery. Paper presented at: American Heart "
                           "Association Scientific Sessions; November 5-7, 2022; Chicago, IL.")
    assert (item["type"], item["genre"]) == ("speech", "Paper")
    assert item["event-title"] == "American Heart Association Scientific Sessions"
    assert item["event-place"] == "Chicago, IL" and "publisher" not in item
