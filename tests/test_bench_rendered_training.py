"""bench/rendered_training.py: entries printed by real CSL styles get each token's field, in the training data's conventions."""

import importlib.util
import sys
import warnings
from pathlib import Path

from cslbridge.render import render_entries

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
_spec = importlib.util.spec_from_file_location("rendered_training", BENCH / "rendered_training.py")
rendered_training = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rendered_training)

ARTICLE = {"id": "a", "type": "article-journal",
           "author": [{"family": "Okafor", "given": "Chidi"}, {"family": "Lindqvist", "given": "Maja"}],
           "title": "Soil carbon under rotational grazing", "container-title": "Journal of Range Ecology",
           "issued": {"date-parts": [[2019]]}, "volume": "12", "issue": "3", "page": "1234-1245",
           "DOI": "10.1000/jre.2019.3"}
CHAPTER = {"id": "c", "type": "chapter", "author": [{"family": "Brandt", "given": "Helga M."}],
           "editor": [{"family": "Moreau", "given": "Luc"}, {"family": "Tanaka", "given": "Yuki"}],
           "title": "Grazing and the carbon cycle", "container-title": "Handbook of Rangeland Science",
           "publisher": "Springer", "publisher-place": "Cham", "page": "45-67", "issued": {"date-parts": [[2016]]}}


def labelled(item, style, numbered=False):
    warnings.simplefilter("ignore")
    wrapped = render_entries([rendered_training._wrapped(item)], style)[0].text
    plain = render_entries([item], style)[0].text
    strip = rendered_training.strip_label
    return rendered_training.label_entry(item, strip(wrapped, numbered, False), strip(plain, numbered, False))


def spans(words, tags):
    out = []
    for word, tag in zip(words, tags):
        if out and out[-1][1] == tag:
            out[-1] = (out[-1][0] + " " + word, tag)
        else:
            out.append((word, tag))
    return out


def test_apa_article_tokens_get_their_fields():
    words, tags = labelled(ARTICLE, "apa")
    assert spans(words, tags) == [
        ("Okafor, C., & Lindqvist, M.", "author"), ("(2019).", "date"),
        ("Soil carbon under rotational grazing.", "title"), ("Journal of Range Ecology,", "container"),
        ("12 (3),", "volume"),  # the issue folds into volume, as in AnyStyle's "45(2)"
        ("1234–1245.", "pages"), ("https://doi.org/10.1000/jre.2019.3", "doi")]


def test_apa_chapter_keeps_role_term_with_editors_and_cue_with_pages():
    words, tags = labelled(CHAPTER, "apa")
    assert spans(words, tags) == [
        ("Brandt, H. M.", "author"), ("(2016).", "date"), ("Grazing and the carbon cycle.", "title"),
        ("In L. Moreau & Y. Tanaka (Eds.),", "editor"), ("Handbook of Rangeland Science", "container"),
        ("(pp. 45–67).", "pages"), ("Springer.", "publisher")]


def test_numeric_vancouver_entries():
    words, tags = labelled(ARTICLE, "vancouver", numbered=True)
    assert spans(words, tags) == [
        ("Okafor C, Lindqvist M.", "author"), ("Soil carbon under rotational grazing.", "title"),
        ("Journal of Range Ecology.", "container"), ("2019;", "date"), ("12 (3):", "volume"),
        ("1234–45.", "pages"), ("doi:10.1000/jre.2019.3", "doi")]
    words, tags = labelled(CHAPTER, "vancouver", numbered=True)
    assert spans(words, tags) == [
        ("Brandt HM.", "author"), ("Grazing and the carbon cycle.", "title"),
        ("In: Moreau L, Tanaka Y, editors.", "editor"), ("Handbook of Rangeland Science.", "container"),
        ("Cham:", "location"), ("Springer;", "publisher"), ("2016.", "date"), ("p. 45–67.", "pages")]


def test_ieee_cues_go_with_the_field_after():
    words, tags = labelled(ARTICLE, "ieee", numbered=True)
    assert spans(words, tags) == [
        ("C. Okafor and M. Lindqvist,", "author"), ("“Soil carbon under rotational grazing,”", "title"),
        ("Journal of Range Ecology,", "container"), ("vol. 12, no. 3,", "volume"), ("pp. 1234–1245,", "pages"),
        ("2019,", "date"), ("doi: 10.1000/jre.2019.3.", "doi")]


def test_entries_that_cannot_be_labelled_are_dropped():
    wrap = rendered_training._wrapped(ARTICLE)
    title, journal = wrap["title"], wrap["container-title"]
    plain = "Okafor C. Soil carbon under rotational grazing. Journal of Range Ecology. 2019;12(3):1234-45."
    wrapped = f"Okafor C. {title}. {journal}. 2019;12(3):1234-45."
    assert spans(*rendered_training.label_entry(ARTICLE, wrapped, plain))[-2:] == [("12 (3):", "volume"),
                                                                                    ("1234-45.", "pages")]
    # a word no rule places ("Epub") and a number printed twice ("12" as volume and page) are not guessed
    assert rendered_training.label_entry(ARTICLE, wrapped.replace("2019;", "Epub 2019;"),
                                         plain.replace("2019;", "Epub 2019;")) is None
    twice = dict(ARTICLE, page="12-45")
    assert rendered_training.label_entry(twice, wrapped.replace("1234-45", "12-45"),
                                         plain.replace("1234-45", "12-45")) is None
    # the wrapped and the plain rendering must be the same text
    assert rendered_training.label_entry(ARTICLE, wrapped, plain.replace("Okafor", "Okafur")) is None
