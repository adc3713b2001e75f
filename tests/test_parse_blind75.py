"""Rules added for the 75th blind batch (economics working papers and grey literature)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_harvard_mimeo_sentence_before_the_school():
    """Harvard prints an unpublished paper's kind as a sentence of its own before the school: "Title. Mimeo. London
    School of Economics." is a manuscript, "Mimeo" its genre and the school its publisher (the kind had stayed in the
    publisher and the paper read as a thesis)."""
    item = _one("Haddad, S. (2021) Exchange rate regimes and export diversification. Mimeo. London School of Economics.")
    assert (item["type"], item.get("genre"), item.get("publisher")) == \
        ("manuscript", "Mimeo", "London School of Economics")
    item = _one("Adams, R. (2017) Bank lending and the housing boom in Ireland. Unpublished manuscript. Trinity College "
                "Dublin.")
    assert (item["type"], item["title"], item.get("genre"), item.get("publisher")) == \
        ("manuscript", "Bank lending and the housing boom in Ireland", "Unpublished manuscript", "Trinity College Dublin")
