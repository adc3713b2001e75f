"""Retrain the shipped field-tagger model from ../shared data plus generated layouts.

    .venv/bin/python bench/train_parser.py [--iterations N] [--generated N]
"""

import argparse
import time

from cslbridge.parse.train import MODEL_PATH, train

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--iterations", type=int, default=250)
parser.add_argument("--generated", type=int, default=4000)
args = parser.parse_args()
start = time.perf_counter()
info = train(MODEL_PATH, n_generated=args.generated, max_iterations=args.iterations)
info["seconds"] = round(time.perf_counter() - start, 1)
print(MODEL_PATH, info)
