"""Where a journal's name in ISO 4 abbreviations starts after the title (branch boundary1): one walk back over the
abbreviated words the tagger left at the title's end, decided by what precedes them."""

import pytest

from cslbridge.parse import fields
from cslbridge.parse.tokens import tokenize


def _journal_after_label_rules(text: str, head: list[str], left_on_title: str, journal_rest: str,
                               rest: list[str]) -> str:
    """The journal's name the label rules give when the tagger read the words of ``left_on_title`` as the title's end
    and only ``journal_rest`` as the journal (``head``: the labels before the title, ``rest``: those after the
    journal)."""
    words = [text[a:b] for a, b in tokenize(text)]
    start = next(i for i in range(len(words)) if " ".join(words[i:]).startswith(left_on_title + " " + journal_rest))
    opens = start + len(left_on_title.split())
    closes = opens + len(journal_rest.split())
    labels = head + ["title"] * (opens - len(head)) + ["container"] * (closes - opens) + rest
    assert len(labels) == len(words)
    fields._constrain(words, labels, [0.5] * len(words), None, text)
    fields._journal_name_whole(words, labels)
    return " ".join(w for w, label in zip(words, labels) if label == "container")


@pytest.mark.parametrize("text, head, left_on_title, journal_rest, rest, journal", [
    # after the title's stop, however many ISO 4 words the tagger left there
    ("Karimov, A. Salinity of irrigated soils in the Fergana Valley. Int. J. Agric. Res. 2019, 213, 1021–1030.",
     ["author"] * 2, "Int. J. Agric.", "Res.", ["date", "volume", "pages"], "Int. J. Agric. Res."),
    # IOP's title with no stop, the journal's name going on in abbreviations
    ("Okada T 2017 Anisotropic magnetoresistance in thin Fe3O4 films J. Phys. Soc. Jpn. 86 305801",
     ["author", "author", "date"], "J. Phys. Soc.", "Jpn.", ["volume", "pages"], "J. Phys. Soc. Jpn."),
    # Elsevier's comma part opening with more than one abbreviated word
    ("T. Braun, Seismic noise in the Alps, Geophys. Res. Lett. 46 (2) (2019) 5–27.", ["author"] * 2,
     "Geophys. Res.", "Lett.", ["volume", "issue", "date", "pages"], "Geophys. Res. Lett."),
])
def test_every_abbreviated_word_left_at_the_title_s_end_opens_the_journal(text, head, left_on_title, journal_rest,
                                                                          rest, journal):
    """The rules had given back at most two words after a stop or none after a comma ("Int." and "J." stayed on the
    title, "Geophys. Res." too)."""
    assert _journal_after_label_rules(text, head, left_on_title, journal_rest, rest) == journal
