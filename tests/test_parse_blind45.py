"""Blind batch 45: MLA 9 and German, Spanish, Brazilian, French, Italian and Dutch lists."""

import pytest

from cslbridge.parse.fields import parse_reference


def _names(item, role):
    return [(n.get("given"), n.get("family")) for n in item.get(role, [])]


@pytest.mark.parametrize("text, editors, translators, publisher", [
    ("Benjamin, Walter. “The Task of the Translator.” Illuminations, edited by Hannah Arendt, translated by Harry "
     "Zohn, Schocken Books, 1969, pp. 69–82.", [("Hannah", "Arendt")], [("Harry", "Zohn")], "Schocken Books"),
    ("Tolstoy, Leo. War and Peace. Translated by Louise Maude and Aylmer Maude, edited by Amy Mandelker, Oxford UP, "
     "2010.", [("Amy", "Mandelker")], [("Louise", "Maude"), ("Aylmer", "Maude")], "Oxford UP"),
    ("Kafka, Franz. “The Judgment.” The Metamorphosis and Other Stories, translated by Willa Muir and Edwin Muir, "
     "edited by Nahum N. Glatzer, Schocken Books, 1995, pp. 3–12.", [("Nahum N.", "Glatzer")],
     [("Willa", "Muir"), ("Edwin", "Muir")], "Schocken Books"),
])
def test_mla_roles_named_one_after_the_other_keep_their_own_names(text, editors, translators, publisher):
    """', edited by X, translated by Y,' had made Y an editor given 'translated by Harry' (and the translators of
    'Translated by ..., edited by ...' editors): each 'edited by'/'translated by' opens its own role's names, and
    the publisher is cut from the last run."""
    item = parse_reference(text)
    assert _names(item, "editor") == editors
    assert _names(item, "translator") == translators
    assert item["publisher"] == publisher


@pytest.mark.parametrize("text, editors", [
    ("Lagroye J., « La légitimation », in Grawitz M. et Leca J. (éd.), Traité de science politique, t. 1, Paris, "
     "Presses universitaires de France, 1985, p. 395-467.", [("M.", "Grawitz"), ("J.", "Leca")]),
    ("Lagroye J., « La légitimation », in Grawitz M. (éd.), Traité de science politique, t. 1, Paris, "
     "Presses universitaires de France, 1985, p. 395-467.", [("M.", "Grawitz")]),
])
def test_french_ed_in_brackets_closes_the_editors_names(text, editors):
    """French '(éd.)' had stayed in the last editor's name (family '(éd', given 'Leca J.'), where '(dir.)' and
    English '(ed.)' are taken off."""
    item = parse_reference(text)
    assert _names(item, "editor") == editors
    assert item["container-title"] == "Traité de science politique"
