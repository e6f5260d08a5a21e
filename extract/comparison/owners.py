"""The owners view: each responsible unit with the tasks and targets it carries, lead or support."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import pandas as pd

from ..lexicon import Column, read_table
from .facts import DocumentFacts, ResultLike
from .text import clean_owner

OWNER_COLUMNS = ["owner", "owner_written", "role", "kind", "item", "indicator", "deadline", "jurisdiction", "doc_id",
                 "title", "record_id", "evidence"]


@cache
def _aliases() -> dict[str, str]:
    rows = read_table("owner_aliases.tsv", (Column("alias"), Column("canonical")))
    return {clean_owner(row["alias"]): row["canonical"] for row in rows}


def canonical_owner(name: str) -> str:
    """``区城管局`` → ``区城市管理和综合执法局``; a name the table does not know, cleaned (notes and spaces out)."""
    cleaned = clean_owner(name)
    return _aliases().get(cleaned, cleaned)


def owners_view(results: Iterable[tuple[ResultLike, DocumentFacts]]) -> pd.DataFrame:
    rows = [row for result, doc in results for row in _rows(result, doc)]
    return pd.DataFrame(rows, columns=OWNER_COLUMNS)


def _rows(result: ResultLike, doc: DocumentFacts) -> Iterator[dict[str, object]]:
    head = {"jurisdiction": doc.jurisdiction.name, "doc_id": doc.doc_id, "title": doc.title}
    for task in result.tasks:
        yield from _roles(task.owners, task.lead_owners, task.support_owners, head | {
            "kind": "task", "item": task.title, "indicator": None, "deadline": task.deadline,
            "record_id": task.task_id, "evidence": task.text[:120]})
    for target in result.targets:
        yield from _roles(target.owners, target.lead_owners, target.support_owners, head | {
            "kind": "target", "item": target.indicator, "indicator": target.indicator, "deadline": target.deadline,
            "record_id": target.target_id, "evidence": target.evidence})


def _roles(owners: tuple[str, ...], lead: tuple[str, ...], support: tuple[str, ...], fields: dict[str, object]):
    for name in dict.fromkeys((*lead, *support, *owners)):
        role = "lead" if name in lead else "support" if name in support else "owner"
        yield {"owner": canonical_owner(name), "owner_written": name, "role": role, **fields}


def owners_summary(owners: pd.DataFrame) -> pd.DataFrame:
    """Per unit: how many tasks it leads, supports or owns, and how many targets; most loaded first."""
    if owners.empty:
        return pd.DataFrame(columns=["owner", "jurisdictions", "tasks_lead", "tasks_support", "tasks_owner",
                                     "targets", "total"])
    counts = owners.assign(column=owners["kind"].map({"task": "tasks_"}).fillna("") +
                           owners["kind"].where(owners["kind"] == "target", owners["role"]).map(
                               lambda v: "targets" if v == "target" else v))
    table = counts.pivot_table(index="owner", columns="column", values="record_id", aggfunc="count", fill_value=0)
    for column in ("tasks_lead", "tasks_support", "tasks_owner", "targets"):
        if column not in table:
            table[column] = 0
    places = owners.groupby("owner")["jurisdiction"].agg(lambda v: "、".join(sorted(set(v))))
    table = table[["tasks_lead", "tasks_support", "tasks_owner", "targets"]].assign(
        total=lambda t: t.sum(axis=1), jurisdictions=places)
    return table.sort_values(["total", "owner"], ascending=[False, True]).reset_index()[
        ["owner", "jurisdictions", "tasks_lead", "tasks_support", "tasks_owner", "targets", "total"]]
