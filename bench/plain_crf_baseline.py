"""A plain token CRF, as the parser issue describes its floor, scored as our parser is.

Trains python-crfsuite on the same 90% AnyStyle split our model uses, with ordinary
features only (the word lower-cased, its prefix and suffix, shape, digit and case
flags, the neighbouring words) and crfsuite's default L2 training, then scores the
held-out 10% the way ``parse_accuracy.py`` does: token accuracy, and field-level
micro-F1 / exact items after the same span-to-field rules (``item_from_spans``)
turn its spans into CSL fields. Our model is scored alongside on the same strings,
so the two figures are comparable whatever the issue's own protocol was.

Speed is measured the same way for both on one core (CPU time, best of 3): the plain
CRF's features and tagging of each held-out string split at spaces, against our whole
``parse_references`` (tokens, tagging, rules, CSL fields) with a cold feature cache. The
ratio between the two travels between machines better than either figure alone.

    .venv/bin/python bench/plain_crf_baseline.py      (about 5 minutes on one core)

Writes bench/results/plain_crf_baseline.txt.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pycrfsuite  # noqa: E402

from cslbridge.parse import features, names, tokens  # noqa: E402
from cslbridge.parse.fields import item_from_spans, parse_references, tag  # noqa: E402
from cslbridge.parse.train import anystyle_split, to_xy  # noqa: E402
from parse_accuracy import SKIP, report_items  # noqa: E402

OUT = ROOT / "bench" / "results" / "plain_crf_baseline.txt"


def _shape(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[A-ZА-ЯЁ]", "A", re.sub(r"[a-zа-яё]", "a", re.sub(r"\d", "0", word))))


def _neighbour(word: str, prefix: str) -> list[str]:
    return [f"{prefix}w={word.lower()}", f"{prefix}sh={_shape(word)}"]


def plain_features(words: list[str]) -> list[list[str]]:
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        feats = ["bias", f"w={low}", f"p3={low[:3]}", f"s3={low[-3:]}", f"sh={_shape(word)}",
                 f"digit={word.isdigit()}", f"upper={word[:1].isupper()}", f"pos={min(i, 20)}"]
        feats += _neighbour(words[i - 1], "-1:") if i else ["BOS"]
        feats += _neighbour(words[i + 1], "+1:") if i + 1 < len(words) else ["EOS"]
        out.append(feats)
    return out


def spans_of(words: list[str], labels: list[str]) -> list[tuple[str, str]]:
    out: list[list[str]] = []
    for word, label in zip(words, labels):
        if out and out[-1][1] == label:
            out[-1][0] += " " + word
        else:
            out.append([word, label])
    return [(text, label) for text, label in out if label != "citation-number"]


def fields(segments) -> dict:
    item = item_from_spans(segments)
    item.pop("note", None)
    return {k: v for k, v in item.items() if k not in SKIP | {"type"}}


def speeds(tagger, texts: list[str]) -> list[str]:
    """References per CPU-second on one core, plain CRF tagging vs our whole parse (cold)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})

    def plain():
        for text in texts:
            tagger.tag(plain_features(text.split()))

    def ours():
        features._word_entry.cache_clear()
        tokens._cuts.cache_clear()
        names._is_initials.cache_clear()
        features._collapse_runs.cache_clear()
        parse_references(texts)

    rates = {}
    for name, run in (("plain CRF (features + tagging)", plain), ("cslbridge (whole parse, cold)", ours)):
        best = float("inf")
        for _ in range(3):
            cpu = time.process_time()
            run()
            best = min(best, time.process_time() - cpu)
        rates[name] = len(texts) / best
    (pn, pr), (on, orate) = rates.items()
    return [f"speed, {len(texts)} held-out strings, one core, best of 3: {pn} {pr:,.0f}/s; "
            f"{on} {orate:,.0f}/s; ratio {orate / pr:.2f}"]


def main():
    train, held = anystyle_split()
    if not held:
        print("../shared absent: nothing to compare")
        return
    lines = [f"plain token CRF vs cslbridge's parser, AnyStyle split: {len(train)} train, {len(held)} held out"]
    trainer = pycrfsuite.Trainer(verbose=False)
    for segments in train:
        words, tags = to_xy(segments)
        trainer.append(plain_features(words), tags)
    trainer.set_params({"max_iterations": 200, "feature.possible_transitions": True})
    start = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "plain.crfsuite")
        trainer.train(model)
        trained = time.process_time() - start
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        scores = {"plain CRF": ([], 0, 0), "cslbridge": ([], 0, 0)}
        for segments in held:
            words, gold = to_xy(segments)
            gold_item = fields([(t, lab) for t, lab in segments if lab not in ("citation-number", "issue")])
            ours = tag(" ".join(t for t, _ in segments))
            for name, labels in (("plain CRF", tagger.tag(plain_features(words))),
                                 ("cslbridge", [lab for _, lab, _ in ours])):
                pairs, ok, total = scores[name]
                if name == "cslbridge":
                    words_here = [w for w, _, _ in ours]
                    hits = sum(a == b or (a == "lead" and b in ("note", "url")) for a, b in zip(labels, gold))
                else:
                    words_here = words
                    hits = sum(a == b for a, b in zip(labels, gold))
                pairs.append((gold_item, fields(spans_of(words_here, labels))))
                scores[name] = (pairs, ok + hits, total + len(gold))
        lines.append(f"plain CRF trained in {trained:.0f} s CPU (crfsuite defaults: L-BFGS, c2=1, 200 iterations)")
        lines += speeds(tagger, [" ".join(t for t, _ in segments) for segments in held])
    for name, (pairs, ok, total) in scores.items():
        lines.append(f"{name}: token accuracy {ok / total:.3f}")
        report_items(f"{name}: fields from its spans", pairs, lines, per_field=False)
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
