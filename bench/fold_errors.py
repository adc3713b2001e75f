"""Field errors on a validation fold cut from the TRAINING data, so the held-out split stays unseen.

``parse_accuracy.py`` scores the held-out 10% of AnyStyle and GROBID; looking at its errors
would tune the parser to it. This bench takes another tenth of the remaining 90% (byte 1 of the
text's MD5 instead of byte 0), trains a temporary model without it (same data and settings as
``bench/train_parser.py``, written to /tmp), parses the fold with that model and scores it as
``parse_accuracy.py`` scores held-out (gold spans turned into fields by ``item_from_spans``).

Every wrong field is then put down to one stage:
- tokens: even the gold labels, one per token, cannot give the gold field (a gold span ends
  inside a token);
- tagging: the CRF's labels are wrong for it and the label rules in ``_labels`` leave them so;
- label rules: the CRF's own labels give the gold field, the rules in ``_labels`` spoil it;
- after spans: the final labels give the gold field, the item-level rules after ``_fill``
  (type, day and month, imprint swaps) change it.

    .venv/bin/python bench/fold_errors.py [--reuse]   (--reuse: keep the last /tmp model)

Prints the scores and the error counts; writes them and every wrong field (fold strings only)
to bench/results/fold_errors.txt.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pycrfsuite  # noqa: E402

from cslbridge.parse.features import sequence_features  # noqa: E402
from cslbridge.parse.fields import parse_references, tag  # noqa: E402
from cslbridge.parse.train import anystyle_split, to_xy, train  # noqa: E402
from parse_accuracy import SKIP, heldout_fields, norm_field, read_grobid  # noqa: E402
from plain_crf_baseline import fields, spans_of  # noqa: E402

MODEL = Path("/tmp/cslbridge-fold.crfsuite")
OUT = ROOT / "bench" / "results" / "fold_errors.txt"
STAGES = ("tokens", "tagging", "label rules", "after spans")


def in_fold(text: str) -> bool:
    """A tenth of the strings by a hash byte the held-out split does not use."""
    return hashlib.md5(text.encode("utf-8")).digest()[1] % 10 == 0


def fold_sets() -> dict:
    """{name: [(text, gold segments, extra gold fields)]} for the fold of each corpus."""
    anystyle = [(" ".join(t for t, _ in segs), segs, {}) for segs in anystyle_split()[0]]
    return {
        "AnyStyle": [row for row in anystyle if in_fold(row[0])],
        "GROBID": read_grobid(lambda text, held: not held and in_fold(text)),
    }


def wrong_fields(gold: dict, got: dict) -> set:
    return {key for key in set(gold) | set(got)
            if gold.get(key) is None or got.get(key) is None or norm_field(key, gold[key]) != norm_field(key, got[key])}


def stages(rows, tagger) -> tuple[Counter, list[str]]:
    """Each wrong field of each fold string with the stage it went wrong in (see the docstring)."""
    counts, details = Counter(), []
    predicted = parse_references([text for text, _, _ in rows], tagger)
    for (text, segs, extra), pred in zip(rows, predicted):
        gold = fields(segs) | extra
        pred = {key: value for key, value in pred.items() if key not in SKIP | {"type"}}
        bad = wrong_fields(gold, pred)
        if not bad:
            continue
        words, gold_tags = to_xy(segs)
        final = tag(text, tagger)
        tokens = [w for w, _, _ in final]
        tagger.set(sequence_features(tokens))
        views = {"tokens": fields(spans_of(words, gold_tags)) | extra,  # GROBID's issue is no span here
                 "raw": fields(spans_of(tokens, tagger.tag())),
                 "final": fields(spans_of(tokens, [lab for _, lab, _ in final]))}
        for key in sorted(bad):
            if key in wrong_fields(gold, views["tokens"]):
                stage = "tokens"
            elif key in wrong_fields(gold, views["final"]):
                stage = "label rules" if key not in wrong_fields(gold, views["raw"]) else "tagging"
            else:
                stage = "after spans"
            counts[key, stage] += 1
            details.append(f"{key} | {stage} | {text}\n    gold={gold.get(key)!r}\n    got ={pred.get(key)!r}")
    return counts, details


def main():
    if "--reuse" not in sys.argv or not MODEL.exists():
        start = time.perf_counter()
        info = train(MODEL, leave_out=in_fold)
        print(f"fold model trained in {time.perf_counter() - start:.0f} s: {info}")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    lines, details = [], []
    for name, rows in fold_sets().items():
        heldout_fields(f"FOLD {name} fields (trained without them)", [segs for _, segs, _ in rows], lines,
                       [extra for _, _, extra in rows], [text for text, _, _ in rows], tagger)
        counts, found = stages(rows, tagger)
        by_field = Counter()
        for (key, _), n in counts.items():
            by_field[key] += n
        lines.append("  wrong fields by stage: " + ", ".join(
            f"{stage} {sum(n for (_, s), n in counts.items() if s == stage)}" for stage in STAGES))
        for key, total in by_field.most_common():
            lines.append(f"    {key:18s} {total:4d}: " + ", ".join(
                f"{stage} {counts[key, stage]}" for stage in STAGES if counts[key, stage]))
        details += [f"== {name}"] + found
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n\n" + "\n".join(details) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
