"""Extraction scores on every gold document, rules only and with the shipped model, and their floors.

The floors (corpora/gold/floors.json) hold each score less a small margin and a hash of
every gold document and gold file, so that tests/test_score_floors.py notices a drop in
quality, and a changed document or gold, instead of letting either pass silently.
``python -m benchmarks.extraction_scores`` prints the scores (``--write-floors`` stores them).
"""
from __future__ import annotations

import hashlib
import math
from pathlib import Path

import extract
from extract.evaluate import ScoreCard, read_gold, score_document

from .paths import CORPUS, REPO
GOLD_DIRS = (CORPUS / "gold" / "dev", REPO / "corpora" / "gold")
FLOORS = REPO / "corpora" / "gold" / "floors.json"
MARGIN = 0.01
OVERALL = ("precision", "recall", "f1", "indicator_accuracy", "deadline_accuracy", "comparator_accuracy",
           "status_accuracy", "owners_accuracy", "task_recall", "task_owners_accuracy", "task_deadline_accuracy")
SETUPS = {"rules": False, "model": True}


def gold_documents() -> list[tuple[str, Path, Path]]:
    """(name, document, gold file) for every gold file whose document is in seeds/, docs/ or pool/."""
    documents = {p.stem: p for folder in ("seeds", "docs", "pool") for p in (CORPUS / folder).iterdir()}
    golds = sorted(g for folder in GOLD_DIRS for g in folder.glob("*.gold.jsonl"))
    return [(g.name.removesuffix(".gold.jsonl"), documents[g.name.removesuffix(".gold.jsonl")], g) for g in golds]


def score_all(*, use_model: bool, names: set[str] | None = None) -> dict[str, ScoreCard]:
    return {name: _score(path, gold, use_model=use_model) for name, path, gold in gold_documents()
            if names is None or name in names}


def _score(path: Path, gold: Path, *, use_model: bool) -> ScoreCard:
    result = extract.extract(path, use_model=use_model)
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
