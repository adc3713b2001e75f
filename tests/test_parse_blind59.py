"""Humanities sources in MLA 9 and Chicago notes-bibliography (blind batch 59)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, note", [
    ("18. Ibid., 214–15.", "Ibid., 214–15."),
    ("12. Ibid.", "Ibid."),
    ("41. Ibid., pp. 88–90.", "Ibid., pp. 88–90."),
])
def test_a_numbered_note_s_pointer_is_a_pointer(text, note):
    """The note's number before 'Ibid.' is layout, as it is before a work: the pointer and its locator stay whole in
    note (it had been an article with the locator as its pages, or a work by an author 'Ibid')."""
    item = parse_reference(text)
    assert item["type"] == "document" and item["note"] == note
    assert "page" not in item and "author" not in item
