"""The long table every view is built from: one row per extracted target, with its jurisdiction, its year,
its registry indicator (how it was matched) and its value in the indicator's canonical unit."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

import pandas as pd

from ..records import Metadata, Target, Task
from .jurisdiction import Jurisdiction, document_year, jurisdictions_of, reviewed_year
from .matching import Matcher
from .registry import Registry
from .units import convert

RANGE_DASH = r"\s*%?\s*[-—–~～至到]\s*"


class _Document(Protocol):
    metadata: Metadata
    text: str


class ResultLike(Protocol):
    """An ``extract.Result`` or a ``StoredResult`` read back from the store."""

    document: _Document
    tasks: tuple[Task, ...]
    targets: tuple[Target, ...]


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the views need of one document besides its targets."""

    doc_id: str
    source: str
    title: str | None
    year: int | None
    results_year: int | None  # the year its achieved results are of: the year it reviews, else its own
    jurisdiction: Jurisdiction
    text: str


def document_facts(results: list[ResultLike]) -> list[DocumentFacts]:
    documents = [(r.document.metadata, r.document.text) for r in results]
    years = [document_year(metadata, text) for metadata, text in documents]
    places = jurisdictions_of([(metadata, text, year) for (metadata, text), year in zip(documents, years)])
    return [DocumentFacts(metadata.doc_id, metadata.source, metadata.title, year, reviewed_year(text) or year,
                          place, text) for (metadata, text), year, place in zip(documents, years, places)]


DOCUMENT_COLUMNS = ["doc_id", "source", "title", "year", "results_year", "jurisdiction", "jurisdiction_code",
                    "jurisdiction_id", "parent_id", "level", "region_from"]


def documents_frame(documents: Iterable[DocumentFacts]) -> pd.DataFrame:
    return pd.DataFrame(columns=DOCUMENT_COLUMNS, data=[{
        "doc_id": d.doc_id, "source": d.source, "title": d.title, "year": d.year, "results_year": d.results_year,
        "jurisdiction": d.jurisdiction.name, "jurisdiction_code": d.jurisdiction.code,
        "jurisdiction_id": d.jurisdiction.stable_id, "parent_id": d.jurisdiction.parent_id,
        "level": d.jurisdiction.level, "region_from": d.jurisdiction.region_from,
    } for d in documents] or None)


def targets_frame(results: Iterable[tuple[ResultLike, DocumentFacts]], registry: Registry) -> pd.DataFrame:
    """One row per target (split ranges such as ``4.5%—5%`` merged back into one), matched to the registry."""
    matcher = Matcher(registry)
    rows = [row for result, doc in results for row in _rows(result, doc, matcher)]
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


TARGET_COLUMNS = [
    "doc_id", "source", "title", "year", "results_year", "jurisdiction", "jurisdiction_code", "jurisdiction_id",
    "parent_id", "level", "region_from", "target_id", "task_id", "indicator", "indicator_cleaned", "indicator_id",
    "indicator_label", "measure", "direction", "method", "score", "value", "value_max", "unit", "value_norm",
    "value_max_norm", "unit_norm", "comparator", "change", "baseline_year", "deadline", "deadline_text", "status",
    "owners", "lead_owners", "support_owners", "evidence", "start", "end",
]


def _rows(result: ResultLike, doc: DocumentFacts, matcher: Matcher) -> Iterator[dict[str, object]]:
    for target in merge_split_ranges(result.targets):
        values = tuple(float(v) for v in (target.value, target.value_max) if v is not None)
        match = matcher.match(target.indicator, target.unit, target.evidence, values=values)
        value, unit = convert(target.value, target.unit)
        value_max, _ = convert(target.value_max, target.unit)
        indicator = match.indicator
        yield {
            "doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "year": doc.year,
            "results_year": doc.results_year, "jurisdiction": doc.jurisdiction.name,
            "jurisdiction_code": doc.jurisdiction.code,
            "jurisdiction_id": doc.jurisdiction.stable_id, "parent_id": doc.jurisdiction.parent_id,
            "level": doc.jurisdiction.level, "region_from": doc.jurisdiction.region_from,
            "target_id": target.target_id, "task_id": target.task_id, "indicator": target.indicator,
            "indicator_cleaned": match.cleaned, "indicator_id": indicator.id if indicator else None,
            "indicator_label": indicator.label if indicator else None,
            "measure": indicator.measure if indicator else None,
            "direction": indicator.direction if indicator else None, "method": match.method, "score": match.score,
            "value": target.value, "value_max": target.value_max, "unit": target.unit, "value_norm": value,
            "value_max_norm": value_max, "unit_norm": unit, "comparator": target.comparator, "change": target.change,
            "baseline_year": target.baseline_year, "deadline": target.deadline, "deadline_text": target.deadline_text,
            "status": target.status, "owners": list(target.owners), "lead_owners": list(target.lead_owners),
            "support_owners": list(target.support_owners), "evidence": target.evidence, "start": target.start,
            "end": target.end,
        }


def merge_split_ranges(targets: Iterable[Target]) -> list[Target]:
    """``地区生产总值增长4.5%—5%`` read as two targets (4.5 and 5) becomes one: 4.5 to 5, comparator ``range``."""
    merged: list[Target] = []
    for target in targets:
        previous = merged[-1] if merged else None
        if previous is not None and _halves(previous, target):
            merged[-1] = _range(previous, target)
        else:
            merged.append(target)
    return merged


def _halves(first: Target, second: Target) -> bool:
    if (first.evidence, first.start, first.indicator, first.unit) != (second.evidence, second.start,
                                                                      second.indicator, second.unit):
        return False
    if first.value_max is not None or second.value_max is not None or first.value >= second.value:
        return False
    pattern = _number(first.value) + RANGE_DASH + _number(second.value) + r"(?!\d)"
    return re.search(pattern, first.evidence) is not None


def _number(value: float) -> str:
    text = f"{value:g}"
    return rf"(?<![\d.]){re.escape(text)}" + ("" if "." in text else r"(?:\.0+)?")


def _range(first: Target, second: Target) -> Target:
    return replace(first, value_max=second.value, comparator="range")
