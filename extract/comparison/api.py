"""``extract.compare(...)``: the views as pandas DataFrames, over files or over the store."""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .diff import auto_pairs, diff_view
from .facts import ResultLike, document_facts, documents_frame, targets_frame
from .matrix import matrix_view, wide_matrix
from .owners import owners_summary, owners_view
from .registry import Registry, load_registry
from .rollup import rollup_view
from .trend import trend_view

VIEWS = ("matrix", "diff", "trend", "owners", "rollup")


@dataclass(frozen=True)
class Comparison:
    """The four views and the roll-up check, with the tables they were built from; every one a DataFrame."""

    documents: pd.DataFrame  # one row per document: its jurisdiction, code, year and where the region came from
    targets: pd.DataFrame  # one row per target, matched to the registry (method and score)
    matrix: pd.DataFrame  # indicator × jurisdiction (long); ``matrix_wide`` pivots it
    diff: pd.DataFrame
    trend: pd.DataFrame
    owners: pd.DataFrame
    owners_summary: pd.DataFrame
    rollup: pd.DataFrame
    registry: Registry = field(repr=False)
    texts: dict[str, str] = field(repr=False, default_factory=dict)
    problems: tuple[str, ...] = ()  # inputs that could not be read, one message each

    @property
    def matrix_wide(self) -> pd.DataFrame:
        return wide_matrix(self.matrix)

    def view(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @property
    def unmatched(self) -> pd.DataFrame:
        """The review list: targets no registry indicator matched, grouped by their cleaned indicator and unit."""
        return unmatched_list(self.targets)


def compare(*sources: str | os.PathLike[str], db: str | os.PathLike[str] | None = None, where: str | None = None,
            registry: Registry | str | os.PathLike[str] | None = None, pairs: Sequence[tuple[str, str]] = (),
            use_model: bool = False) -> Comparison:
    """Compare documents: files and folders (extracted now), or the documents of a store (``db``, ``where``).

    ``pairs`` names the documents to diff (doc_id or a part of their source path); by default consecutive
    documents of each jurisdiction. ``registry`` is a Registry or the path of an indicator table.
    """
    results = list(_from_store(db, where)) if db is not None else []
    problems: list[str] = []
    results += list(_from_files(sources, use_model=use_model, problems=problems))
    comparison = build_comparison(results, registry=registry, pairs=pairs)
    return replace(comparison, problems=tuple(problems))


def build_comparison(results: Iterable[ResultLike], *, registry: Registry | str | os.PathLike[str] | None = None,
                     pairs: Sequence[tuple[str, str]] = ()) -> Comparison:
    chosen = registry if isinstance(registry, Registry) else load_registry(registry)
    chosen_results = list(results)
    with_facts = list(zip(chosen_results, document_facts(chosen_results)))
    documents = documents_frame(doc for _, doc in with_facts)
    targets = targets_frame(with_facts, chosen)
    matrix = matrix_view(targets)
    texts = {doc.doc_id: doc.text for _, doc in with_facts}
    chosen_pairs = [_resolve_pair(documents, a, b) for a, b in pairs] if pairs else auto_pairs(documents)
    owners = owners_view(with_facts)
    diff = diff_view(targets, documents, chosen_pairs, texts)
    return Comparison(documents=documents, targets=targets, matrix=matrix, diff=diff,
                      trend=trend_view(targets), owners=owners, owners_summary=owners_summary(owners),
                      rollup=rollup_view(matrix), registry=chosen, texts=texts)


def unmatched_list(targets: pd.DataFrame) -> pd.DataFrame:
    columns = ["indicator", "unit", "targets", "documents", "example", "method"]
    missing = targets[targets["indicator_id"].isna()]
    if missing.empty:
        return pd.DataFrame(columns=columns)
    grouped = missing.groupby(["indicator_cleaned", "unit"], dropna=False).agg(
        targets=("target_id", "size"), documents=("doc_id", "nunique"), example=("evidence", "first"),
        method=("method", "first"))
    return grouped.reset_index().rename(columns={"indicator_cleaned": "indicator"}).sort_values(
        ["targets", "indicator"], ascending=[False, True], kind="stable")[columns].reset_index(drop=True)


def _resolve_pair(documents: pd.DataFrame, a: str, b: str) -> tuple[str, str]:
    return _resolve(documents, a), _resolve(documents, b)


def _resolve(documents: pd.DataFrame, name: str) -> str:
    found = documents[(documents["doc_id"] == name) | documents["source"].str.contains(name, regex=False)]
    if len(found) != 1:
        raise ValueError(f"{name!r} names {len(found)} of the compared documents; give a doc_id or a longer path")
    return str(found["doc_id"].iloc[0])


def _from_files(sources: Sequence[str | os.PathLike[str]], *, use_model: bool, problems: list[str]):
    """The extracted files; one that cannot be read is a problem (its message kept), not the end of the batch."""
    from ..errors import ExtractError, InputError
    from ..extractor import extract_document
    from ..load.sources import SOURCE_SUFFIXES, expand
    from ..read import read_source

    for item in expand([os.fspath(s) for s in sources], suffixes=SOURCE_SUFFIXES):
        if isinstance(item, InputError):
            problems.append(str(item))
            continue
        try:
            yield extract_document(read_source(item), use_model=use_model)
        except ExtractError as err:
            problems.append(str(err) if isinstance(err, InputError) else f"{item.name}: {err}")


def _from_store(db: str | os.PathLike[str], where: str | None):
    from ..store.database import Store
    from ..store.query import stored_results

    with Store.open(Path(db), read_only=True) as store:
        yield from list(stored_results(store, where=where))
