"""A trained judge of candidate amounts, and how its word combines with the rules' verdict.

The rules are sure of a listed commitment verb before an amount (strong), unsure of
other verbs or rates on their own (weak), and reject the rest (none). The judge, a
spaCy text classifier over the amount's marked clause, labels each candidate
TARGET_PLANNED, TARGET_ACHIEVED or NOT_TARGET. A strong verdict stands; the judge
decides the weak ones and rescues a rejected one only when sure (the thresholds are
the best of an out-of-fold grid, benchmarks/model_ablation.py). It also settles
planned/achieved where neither the sentence nor its section says.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..rules.targets import Draft

MODEL_NAME = "policy-extract-zh"
ENVIRONMENT = "POLICY_EXTRACT_MODEL"
NOT_TARGET, PLANNED, ACHIEVED = "NOT_TARGET", "TARGET_PLANNED", "TARGET_ACHIEVED"
LABELS = (NOT_TARGET, PLANNED, ACHIEVED)
# below what probability of NOT_TARGET the judge keeps an amount, by the rules' verdict (strong ones stay)
KEEP_BELOW = {"weak": 0.5, "none": 0.2}
SURE_STATUS = 0.8
BATCH = 256
TRAINED_PIPES = ("tok2vec", "textcat")


@dataclass(frozen=True, slots=True)
class Decision:
    keep: bool
    status: str | None  # the judge's status, where it is sure and the sentence was silent
    decided_by_model: bool


class Judge:
    """The shipped spaCy pipeline's text classifier, applied to candidate contexts."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.version = f"{nlp.meta.get('name', MODEL_NAME)}-{nlp.meta.get('version', '0')}"
        self._pipes = [nlp.get_pipe(name) for name in TRAINED_PIPES if name in nlp.component_names]

    @classmethod
    def load(cls, path: Path) -> Judge:
        import spacy  # a heavy import, only when a model is used

        return cls(spacy.load(path))

    @classmethod
    def from_nlp(cls, nlp) -> Judge:
        return cls(nlp)

    def scores(self, contexts: Sequence[str]) -> list[dict[str, float]]:
        docs = (self.nlp.make_doc(text) for text in contexts)
        for pipe in self._pipes:
            docs = pipe.pipe(docs, batch_size=BATCH)
        return [dict(doc.cats) for doc in docs]


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


def models_folders() -> tuple[Path, Path]:
    """Where models/ is: in the installed package, else in a checkout."""
    package = Path(__file__).resolve().parent.parent
    return package / "models", package.parent / "models"


def default_model_path() -> Path | None:
    """$POLICY_EXTRACT_MODEL, else the model shipped in the package, else models/ of a checkout."""
    candidates = [Path(os.environ[ENVIRONMENT])] if os.environ.get(ENVIRONMENT) else []
    candidates += [folder / MODEL_NAME for folder in models_folders()]
    return next((p for p in candidates if (p / "meta.json").is_file()), None)


@cache
def default_judge() -> Judge | None:
    path = default_model_path()
    return Judge.load(path) if path is not None else None
