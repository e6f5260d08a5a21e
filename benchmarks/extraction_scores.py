"""Extraction scores on every gold document, rules only and with the shipped model, against floors.

    python -m benchmarks.extraction_scores                  # the scores
    python -m benchmarks.extraction_scores --write-floors   # store them as the new floors

How the scores and floors are computed is devkit/floors.py (tests/test_score_floors.py
checks them). The "model" scores are those of the shipped model on gold it was partly
trained on: a guard against regressions, not a measure of the model
(benchmarks/model_ablation.py is).
"""
from __future__ import annotations

import argparse
import json

from devkit.floors import FLOORS, SETUPS, fingerprints, floors, score_all
from extract.evaluate import ScoreCard, format_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-floors", action="store_true", help=f"store the scores in {FLOORS.name}")
    args = parser.parse_args()
    found = {setup: score_all(use_model=use_model) for setup, use_model in SETUPS.items()}
    for setup, cards in found.items():
        print(f"{setup}\n{format_table(list(cards.items()), sum(cards.values(), ScoreCard()))}\n")
    if args.write_floors:
        payload = {"corpus": fingerprints(), **{setup: floors(cards) for setup, cards in found.items()}}
        FLOORS.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")


if __name__ == "__main__":
    main()
