"""Training data for the field tagger: labelling by construction and the held-out split."""

from pathlib import Path

import pytest

from cslbridge.parse import train
from cslbridge.parse.features import sequence_features
from cslbridge.parse.tokens import tokenize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_to_xy_labels_tokens_by_segment():
    words, tags = train.to_xy([("Zverev R.,", "author"), ("[Relations].", "title"),
                               ("Lancet. 2012;30(15):", "container"), ("494-502.", "pages")])
    assert words == ["Zverev", "R.,", "[Relations].", "Lancet.", "2012;", "30", "(15):", "494-502."]
    assert tags == ["author", "author", "title", "container", "container", "container", "container", "pages"]


def test_generated_layouts_are_deterministic_and_cover_each_kind():
    first, second = train.generated(40, seed=3), train.generated(40, seed=3)
    assert first == second
    texts = [" ".join(t for t, _ in seq) for seq in first]
    assert any("(In Russ.)" in t for t in texts)
    assert any("//" in t for t in texts)
    assert any("accessed" in t.lower() or "interview" in t.lower() for t in texts)
    labels = {tag for seq in first for _, tag in seq}
    assert {"author", "title", "container", "date", "pages", "url", "accessed"} <= labels


def test_features_exist_for_every_token():
    text = "Иванов И. И. Статья // Вопросы экономики. 2019. № 3. С. 5–20."
    words = [text[a:b] for a, b in tokenize(text)]
    feats = sequence_features(words)
    assert len(feats) == len(words)
    assert b"BOS" in feats[0] and b"EOS" in feats[-1]
    assert b"aftersep" in feats[words.index("Вопросы")]
    # UTF-8 bytes, which crfsuite takes as they are (a str it encodes anew on every set)
    assert all(type(f) is bytes for token in feats for f in token)
    assert "w=вопросы".encode() in feats[words.index("Вопросы")]


def test_heldout_split_is_deterministic_and_disjoint():
    if not (SHARED / "data" / "refstrings" / "anystyle").exists():
        pytest.skip("../shared AnyStyle data absent")
    trained, held = train.anystyle_split()
    assert 0.05 < len(held) / (len(held) + len(trained)) < 0.15
    held_texts = {" ".join(t for t, _ in seq) for seq in held}
    assert not held_texts & {" ".join(t for t, _ in seq) for seq in trained}
    assert held_texts == {" ".join(t for t, _ in seq) for seq in train.heldout()}


def test_grobid_citations_keep_their_text_and_split_by_hash():
    if not train.GROBID.exists():
        pytest.skip("../shared GROBID corpus absent")
    rows = train.read_grobid()
    assert len(rows) > 1000
    held = [r for r in rows if r[2]]
    assert 0.05 < len(held) / len(rows) < 0.15
    # Every token of the citation is in some segment, punctuation included.
    whole = sum(" ".join(t for t, _ in segs).replace(" ", "") == text.replace(" ", "") for text, segs, _ in rows)
    assert whole / len(rows) > 0.99
    labels = {lab for _, segs, _ in rows for _, lab in segs}
    assert {"author", "title", "container", "date", "volume", "pages", "issue"} <= labels
