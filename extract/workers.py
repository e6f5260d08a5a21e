"""The work on one document, as functions a worker process can run.

They are module-level (so they pickle), take their options as keyword
arguments (bind them with ``functools.partial``), and find the model through
:func:`judge_for`, which loads it once per process; :func:`load_model` is the
pool initializer that does so when a worker starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .evaluate import ScoreCard, gold_path, read_gold, score_document
from .extractor import extract_document
from .load.sources import DEFAULT_MAX_BYTES, Source
from .model.judge import Judge, default_judge
from .pipeline import process_source
from .read import read_source
from .result import Result

if TYPE_CHECKING:
    from .store.ingest import Capture, Processed


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """Which judge decides the amounts the rules are unsure of: none, the shipped one, or one in ``path``."""

    enabled: bool = True
    path: Path | None = None


RULES_ONLY = ModelChoice(enabled=False)


@cache
def judge_for(model: ModelChoice) -> Judge | None:
    if not model.enabled:
        return None
    return Judge.load(model.path) if model.path else default_judge()


def load_model(model: ModelChoice) -> None:
    """Pool initializer: load the model once in this worker."""
    judge_for(model)


def extract_source(source: Source, *, model: ModelChoice, max_bytes: int = DEFAULT_MAX_BYTES,
                   encoding: str | None = None) -> Result:
    """Read, clean and extract one input."""
    judge = judge_for(model)
    return process_source(source, max_bytes=max_bytes, encoding=encoding, use_model=judge is not None, judge=judge)


def score_source(source: Source, *, gold_dirs: tuple[Path, ...],
                 setups: dict[str, ModelChoice]) -> dict[str, ScoreCard] | None:
    """Scores of one input against its gold file, one per setup; None when it has no gold file."""
    gold = gold_path(source.path, gold_dirs) if source.path else None
    if gold is None:
        return None
    document, records = read_source(source), read_gold(gold)
    scores = {}
    for name, model in setups.items():
        judge = judge_for(model)
        result = extract_document(document, use_model=judge is not None, judge=judge)
        scores[name] = score_document(records, result.tasks, result.targets)
    return scores


def process_capture(capture: Capture) -> Processed:
    """Clean and extract a capture for the store; an unreadable one raises InputError."""
    from .store.ingest import process  # the store, imported by ingest only

    processed = process(capture)
    if processed.error is not None:
        raise InputError(capture.source, processed.error)
    return processed
