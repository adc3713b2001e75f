"""Parser faults left alone by the round's helpers (branch leftalone12)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, title, series", [
    ("Millward, James A. (2013). The Silk Road: A Very Short Introduction. Very Short Introductions. Oxford: Oxford "
     "University Press. p. 22.", "The Silk Road: A Very Short Introduction", "Very Short Introductions"),
    ("Lowe, E. J. An Introduction to the Philosophy of Mind. Cambridge Introductions to Philosophy. Cambridge: "
     "Cambridge University Press, 2000.", "An Introduction to the Philosophy of Mind",
     "Cambridge Introductions to Philosophy"),
])
def test_a_series_sentence_before_the_imprint_is_the_collection_title(text, title, series):
    """'Very Short Introductions' had stayed in the title: a sentence naming a series by its kind of book
    ('Introductions', 'Studies') right before 'Place: Publisher' is the book's collection-title."""
    item = parse_reference(text)
    assert (item["title"], item.get("collection-title"), item["publisher"]) == (
        title, series, "Oxford University Press" if "Oxford" in text else "Cambridge University Press")
