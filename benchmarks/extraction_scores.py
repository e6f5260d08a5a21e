"""Extraction scores on every gold document, rules only and with the shipped model, against floors.

    python -m benchmarks.extraction_scores                  # the scores
    python -m benchmarks.extraction_scores --write-floors   # store them as the new floors

The floors (corpora/gold/floors.json) hold each score less a small margin and a hash of
every gold document and gold file, so that tests/test_score_floors.py notices a drop in
quality, and a changed document or gold, instead of letting either pass silently. The
"model" scores are those of the shipped model on gold it was partly trained on: a guard
against regressions, not a measure of the model (benchmarks/model_ablation.py is).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
from pathlib import Path

import extract
from extract.evaluate import ScoreCard, format_table, read_gold, score_document
from extract.extractor import extract_document

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
GOLD_DIRS = (CORPUS / "gold" / "dev", REPO / "corpora" / "gold")
FLOORS = REPO / "corpora" / "gold" / "floors.json"
MARGIN = 0.01
OVERALL = ("precision", "recall", "f1", "indicator_accuracy", "deadline_accuracy", "comparator_accuracy",
           "status_accuracy", "owners_accuracy", "task_recall", "task_owners_accuracy", "task_deadline_accuracy")
SETUPS = {"rules": False, "model": True}


def gold_documents() -> list[tuple[str, Path, Path]]:
    """(name, document, gold file) for every gold file whose document is in seeds/ or docs/."""
    documents = {p.stem: p for folder in ("seeds", "docs") for p in (CORPUS / folder).iterdir()}
    golds = sorted(g for folder in GOLD_DIRS for g in folder.glob("*.gold.jsonl"))
    return [(g.name.removesuffix(".gold.jsonl"), documents[g.name.removesuffix(".gold.jsonl")], g) for g in golds]


def score_all(*, use_model: bool, names: set[str] | None = None) -> dict[str, ScoreCard]:
    return {name: _score(path, gold, use_model=use_model) for name, path, gold in gold_documents()
            if names is None or name in names}


def _score(path: Path, gold: Path, *, use_model: bool) -> ScoreCard:
    result = extract_document(extract.read(path), use_model=use_model)
    return score_document(read_gold(gold), result.tasks, result.targets)


def fingerprints() -> dict[str, str]:
    files = [file for _, path, gold in gold_documents() for file in (path, gold)]
    return {file.name: hashlib.sha256(file.read_bytes()).hexdigest() for file in files}


def measured_names(stored: dict) -> set[str]:
    """The documents the floors were measured on (gold added since is scored, but not gated)."""
    return {name.removesuffix(".gold.jsonl") for name in stored["corpus"] if name.endswith(".gold.jsonl")}


def floors(cards: dict[str, ScoreCard]) -> dict:
    overall = sum(cards.values(), ScoreCard()).scores()
    return {"overall": {key: _below(overall[key]) for key in OVERALL if overall[key] is not None},
            "f1": {name: _below(card.scores()["f1"]) for name, card in cards.items()
                   if card.scores()["f1"] is not None}}


def _below(value: float) -> float:
    return max(0.0, math.floor((value - MARGIN) * 1000) / 1000)


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
