"""Retrain the shipped field-tagger model from ../shared data plus generated layouts.

    .venv/bin/python bench/train_parser.py [--iterations N] [--generated N] [--rendered N] [--out PATH]

``--rendered N`` adds N entries printed by official CSL styles and labelled by
bench/rendered_training.py (training-split items, styles parse_rendered.py never draws).
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cslbridge.parse.train import MODEL_PATH, train  # noqa: E402

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--iterations", type=int, default=250)
parser.add_argument("--generated", type=int, default=4000)
parser.add_argument("--rendered", type=int, default=0)
parser.add_argument("--out", type=Path, default=MODEL_PATH)
args = parser.parse_args()
start = time.perf_counter()
extra = []
if args.rendered:
    from rendered_training import rendered_sequences

    extra = rendered_sequences(args.rendered)
    print(f"{len(extra)} rendered entries labelled in {time.perf_counter() - start:.0f} s", flush=True)
info = train(args.out, n_generated=args.generated, max_iterations=args.iterations, extra=extra)
info["seconds"] = round(time.perf_counter() - start, 1)
print(args.out, info)
