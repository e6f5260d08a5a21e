"""Extraction quality on the gold documents may not drop below the stored floors, and the
documents and gold may not change unnoticed (regenerate with
``python -m benchmarks.extraction_scores --write-floors`` after a deliberate change)."""
import json
from functools import cache

import pytest

from devkit.floors import FLOORS, OVERALL, SETUPS, fingerprints, measured_names, score_all
from extract.evaluate import ScoreCard

STORED = json.loads(FLOORS.read_text(encoding="utf-8"))


@cache
def cards(setup: str) -> dict[str, ScoreCard]:
    return score_all(use_model=SETUPS[setup], names=measured_names(STORED))


def test_the_gold_documents_are_the_ones_the_floors_were_measured_on():
    now = fingerprints()
    changed = sorted(name for name, digest in STORED["corpus"].items() if now.get(name) != digest)
    assert not changed, f"changed or missing since the floors were measured: {changed}"


@pytest.mark.parametrize("setup", SETUPS)
@pytest.mark.parametrize("score", OVERALL)
def test_overall_score_holds(setup, score):
    value = sum(cards(setup).values(), ScoreCard()).scores()[score]
    assert value >= STORED[setup]["overall"][score], f"{setup} {score} fell to {value:.3f}"


@pytest.mark.parametrize("setup", SETUPS)
def test_no_document_falls_below_its_f1(setup):
    # no F1 (None): no target in the gold and none extracted, which no floor is above
    fallen = {name: round(card.scores()["f1"], 3) for name, card in cards(setup).items()
              if name in STORED[setup]["f1"] and card.scores()["f1"] is not None
              and card.scores()["f1"] < STORED[setup]["f1"][name]}
    assert not fallen, f"{setup}: F1 fell below the floor for {fallen}"
