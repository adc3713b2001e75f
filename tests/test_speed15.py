"""Parser speed round 15: structural savings whose output is byte-identical."""
from cslbridge.parse.fields import _has_pair


def test_label_pair_gate_reads_the_list_as_it_is_now():
    """The rules' loops skip a reference without the two labels side by side; the answer is the list's at the time
    it is asked, though the same list was asked about before a rule changed it in place."""
    labels = ["author", "author", "date", "title", "title", "container", "volume"]
    assert _has_pair(labels, "author", "date")
    assert _has_pair(labels, "title", "container")
    assert not _has_pair(labels, "title", "date")
    assert not _has_pair(labels, "container", "pages")
    labels[3] = "date"  # a rule relabels a token: the pairs are gathered again
    assert _has_pair(labels, "date", "title")
    assert _has_pair(labels, "date", "date")
    assert not _has_pair(labels, "author", "title")
    assert not _has_pair(["title"], "title", "title")
    assert not _has_pair([], "title", "date")

