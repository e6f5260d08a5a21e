"""The one way to build a task or a target record, for outline sections, sentences and
table rows and cells alike: resolved facts in, a record with its stable ID out."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from .document import Document
from .frozen import frozen
from .normalize.numerals import plain_number
from .records import Target, Task, record_id
from .rules.deadlines import TimeMention
from .rules.owners import Owners
from .rules.sentences import Span
from .rules.unit_lists import domain_owner
from .rules.targets import Draft


@frozen
class Limit:
    """A time limit as a record states it: the date, the words it was read from, when it starts."""

    deadline: date | None
    text: str
    start: date | None = None

    @classmethod
    def of(cls, mention: TimeMention | None) -> Limit | None:
        return cls(mention.deadline, mention.text, mention.deadline_start) if mention is not None else None

    @classmethod
    def year_end(cls, year: int, text: str) -> Limit:
        """The end of a plan's year: 2025年 in a column header or as the latest year of a row."""
        return cls(date(year, 12, 31), text)


@frozen
class Amount:
    """What a target commits to, before its owners, limit and status are settled."""

    indicator: str
    action: str | None
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    comparator: str
    change: str | None = None
    baseline_year: int | None = None
    recurring: bool = False
    anchor: int = 0  # where the amount stands in the text (two amounts of one clause differ here)

    @classmethod
    def of(cls, draft: Draft, *, indicator: str | None = None) -> Amount:
        return cls(indicator=draft.indicator if indicator is None else indicator, action=draft.action,
                   value=draft.quantity.value, value_max=draft.quantity.value_max, unit=draft.unit,
                   comparator=draft.comparator, change=draft.change, baseline_year=draft.baseline_year,
                   recurring=draft.recurring, anchor=draft.quantity.start)


def task(document: Document, *, span: Span, path: tuple[str, ...], title: str, text: str, owners: Owners,
         limit: Limit | None, method: str = "rule", model_version: str | None = None) -> Task:
    return Task(
        task_id=record_id("task", document.doc_id, evidence=f"{title}\n{text}", start=span.start, end=span.end),
        doc_id=document.doc_id,
        source=document.source,
        path=path,
        title=title,
        text=text,
        start=span.start,
        end=span.end,
        method=method,
        model_version=model_version,
        **_owners_and_limit(owners, limit),
    )


def target(document: Document, amount: Amount, *, span: Span, task_id: str | None, owners: Owners,
           limit: Limit | None, status: str, method: str, model_version: str | None = None) -> Target:
    evidence = span.text(document.text)
    return Target(
        target_id=record_id("target", document.doc_id, evidence=evidence, start=span.start, end=span.end,
                            anchor=amount.anchor),
        doc_id=document.doc_id,
        source=document.source,
        task_id=task_id,
        indicator=amount.indicator,
        action=amount.action,
        value=plain_number(amount.value),
        value_max=plain_number(amount.value_max) if amount.value_max is not None else None,
        unit=amount.unit,
        comparator=amount.comparator,
        change=amount.change,
        baseline_year=amount.baseline_year,
        recurring=amount.recurring,
        status=status,
        evidence=evidence,
        start=span.start,
        end=span.end,
        method=method,
        model_version=model_version,
        **_owners_and_limit(owners, limit),
    )


def _owners_and_limit(owners: Owners, limit: Limit | None) -> dict[str, object]:
    """The fields a task and a target share: who owns it and when it is due."""
    return {"owners": _domains(owners.owners), "lead_owners": _domains(owners.lead),
            "support_owners": _domains(owners.support),
            "deadline": _iso(limit.deadline) if limit else None, "deadline_text": limit.text if limit else None,
            "deadline_start": _iso(limit.start) if limit else None}


def _domains(units: tuple[str, ...]) -> tuple[str, ...]:
    """The owners as a record writes them: a lone domain before a bare 等部门 by its domain (domain_owner)."""
    return tuple(dict.fromkeys(domain_owner(u) for u in units))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
