"""How the judge's scores combine with the rules' verdict on a candidate amount.

The rules are sure of a listed commitment verb before an amount (strong), unsure of
other verbs or rates on their own (weak), and reject the rest (none). A strong verdict
stands; the judge decides the weak ones and rescues a rejected one only when sure (the
thresholds are the best of an out-of-fold grid, benchmarks/model_ablation.py). It also
settles planned/achieved where neither the sentence nor its section says.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model.judge import ACHIEVED, NOT_TARGET, PLANNED
from .rules.targets import Draft

# below what probability of NOT_TARGET the judge keeps an amount, by the rules' verdict (strong ones stay)
KEEP_BELOW = {"weak": 0.5, "none": 0.2}
SURE_STATUS = 0.8  # the share of planned or achieved among the two that settles a status


@dataclass(frozen=True, slots=True)
class Decision:
    keep: bool
    status: str | None  # the judge's status, where it is sure and the sentence was silent
    decided_by_model: bool


def decide(draft: Draft, scores: dict[str, float]) -> Decision:
    keep = draft.verdict == "strong" or scores.get(NOT_TARGET, 0.0) < KEEP_BELOW[draft.verdict]
    decided = keep != (draft.verdict != "none")
    status = None
    planned, achieved = scores.get(PLANNED, 0.0), scores.get(ACHIEVED, 0.0)
    if keep and draft.status is None and planned + achieved > 0:
        share = max(planned, achieved) / (planned + achieved)
        status = (PLANNED if planned >= achieved else ACHIEVED) if share >= SURE_STATUS else None
    return Decision(keep, _status_word(status), decided)


def _status_word(label: str | None) -> str | None:
    return {PLANNED: "planned", ACHIEVED: "achieved"}.get(label or "")
