"""Scoring indicator matching against an alignment gold (corpora/gold/alignment): precision and recall of the
registry IDs given to the targets the gold names, and the headline check of the work reports."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .text import fold
from .units import convert

GOLD_SUFFIX = ".align.jsonl"
HEADLINES = ("gdp_growth", "cpi", "unemployment", "urban_jobs")


@dataclass(frozen=True, slots=True)
class GoldItem:
    document: str  # the document's file name
    label: str
    value: float
    value_max: float | None
    unit: str
    indicator: str | None


@dataclass
class AlignmentScore:
    correct: int = 0  # gold IDs the matcher gave
    predicted: int = 0  # IDs the matcher gave to the targets the gold names
    gold: int = 0  # gold items with an ID, among those found
    not_found: list[GoldItem] = field(default_factory=list)  # gold items no extracted target answers
    wrong: list[tuple[GoldItem, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0


def read_alignment_gold(folder: Path) -> list[GoldItem]:
    items = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        stem = path.name.removesuffix(GOLD_SUFFIX)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append(GoldItem(stem, row["label"], float(row["value"]),
                                      None if row["value_max"] is None else float(row["value_max"]), row["unit"],
                                      row["indicator"]))
    return items


def score_alignment(targets: pd.DataFrame, gold: list[GoldItem]) -> AlignmentScore:
    """Each gold item is paired with one extracted target of its document (same value and unit, its label in the
    evidence; one whose indicator and label contain each other first); their registry IDs are then compared."""
    score, used = AlignmentScore(), set()
    stems = targets["source"].map(lambda s: Path(s).stem)
    for item in gold:
        found = _find(targets[stems == item.document], item, used)
        if found is None:
            score.not_found.append(item)
            continue
        used.add(found.name)
        predicted = found["indicator_id"] if isinstance(found["indicator_id"], str) else None
        score.predicted += predicted is not None
        score.gold += item.indicator is not None
        if predicted is not None and predicted == item.indicator:
            score.correct += 1
        elif predicted != item.indicator:
            score.wrong.append((item, predicted))
    return score


def _find(targets: pd.DataFrame, item: GoldItem, used: set) -> pd.Series | None:
    label = fold(item.label)
    value, unit = convert(item.value, item.unit)
    candidates = []
    for index, row in targets.iterrows():
        if index in used or row["unit_norm"] != unit or label not in fold(str(row["evidence"])):
            continue
        if not _close(row["value_norm"], value) and not _close(row["value_max_norm"], value):
            continue
        indicator = fold(str(row["indicator"]))
        closeness = 0 if indicator == label else 1 if label in indicator or indicator in label else 2
        candidates.append((closeness, index, row))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _close(a, b) -> bool:
    return a is not None and not pd.isna(a) and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def headline_check(matrix: pd.DataFrame, targets: pd.DataFrame, gold: list[GoldItem]) -> tuple[int, int]:
    """Of the (report, headline indicator) pairs the gold says a report states, how many stand in the matrix's
    row of that indicator with the gold's value: (landed, stated)."""
    jurisdiction = dict(zip(targets["source"].map(lambda s: Path(s).stem), targets["jurisdiction"]))
    cells = {(r.indicator_id, r.jurisdiction): r for r in matrix[matrix["stated"]].itertuples()}
    stated = {(item.document, item.indicator): item for item in gold if item.indicator in HEADLINES}
    landed = 0
    for (document, indicator), item in stated.items():
        cell = cells.get((indicator, jurisdiction.get(document)))
        value, _ = convert(item.value, item.unit)
        landed += cell is not None and _close(cell.value, value)
    return landed, len(stated)
