"""Layouts the official CSL styles print, read back (found by bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def _names(item, role="author"):
    return [(n.get("family"), n.get("given")) for n in item.get(role, [])]


def test_spaced_slash_joins_inverted_names():
    # German humanities styles print "Family, I. / Family, I." (the bare-slash form was read already)
    item = parse_reference("Hoffmann, K. / Lindner, P. / Schrader, T. M., Die Stadt als Bühne: Festkultur im "
                           "Spätmittelalter, in: Zeitschrift für Stadtgeschichte 14 (2018), S. 201–233.")
    assert _names(item) == [("Hoffmann", "K."), ("Lindner", "P."), ("Schrader", "T. M.")]
    assert item["container-title"] == "Zeitschrift für Stadtgeschichte"


def test_spaced_slash_joins_names_given_first():
    item = parse_reference("R. Albrecht / S. Vogel: Archivpraxis im digitalen Zeitalter. Berlin 2017.")
    assert _names(item) == [("Albrecht", "R."), ("Vogel", "S.")]


def test_spaced_hyphen_joins_inverted_names():
    # Italian and Latin-American styles join inverted names with a spaced dash or hyphen
    item = parse_reference("Marchetti, L. - Ferraro, G. A., La riforma delle province in Italia, Il Mulino, "
                           "Bologna 2016.")
    assert _names(item) == [("Marchetti", "L."), ("Ferraro", "G. A.")]
    assert item["title"] == "La riforma delle province in Italia"
