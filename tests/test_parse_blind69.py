"""Rules added for the 69th blind batch (US legal and medical references)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_a_named_supra_pointer_with_a_page_span_is_a_pointer():
    """The Bluebook's "Okafor, supra note 7, at 112–14." names the note the work is in, then the pages: a pointer kept
    in note, after a note number too (the span had made it an article with those pages)."""
    for text in ("Okafor, supra note 7, at 112–14.", "14. Okafor, supra note 7, at 112–14."):
        item = _one(text)
        assert item["type"] == "document" and "page" not in item
        assert item["note"] == "Okafor, supra note 7, at 112–14."
