"""The records policy-extract produces: one typed definition each (../shared/RECORDS.md).

CSV headers, JSON keys, Parquet columns and database tables are all derived
from these dataclasses through :func:`fields_of`; no column list is written twice.
"""
from __future__ import annotations

import dataclasses
import hashlib
import typing
from dataclasses import dataclass
from functools import cache

from .frozen import frozen

SCHEMA_VERSION = "1.1"  # 1.1: Parquet exports store deadline and the document dates as DATE (1.0: strings)
Number = int | float
IsoDate = typing.NewType("IsoDate", str)  # YYYY-MM-DD: a string in CSV, JSON and SQLite; a datetime64 in pandas


@dataclass(frozen=True, slots=True)
class Metadata:
    """The ``document`` record: what the page says about itself."""

    doc_id: str
    source: str
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    region: str | None = None
    issued: IsoDate | None = None
    published: IsoDate | None = None
    expires: IsoDate | None = None
    period_start: IsoDate | None = None
    period_end: IsoDate | None = None
    script: str = "hans"
    parent_id: str | None = None  # an attachment's notice (its doc_id); set by the store, which knows the link
    version: int | None = None  # set by the store: 1 for a page's first version, 2 and up for a changed page


@frozen
class Task:
    """A unit of work the plan assigns: an outline item or a row of a task table."""

    task_id: str
    doc_id: str
    source: str
    path: tuple[str, ...]
    title: str
    text: str  # the item's own words, up to its first sub-item (sub-items are tasks of their own)
    owners: tuple[str, ...] = ()
    lead_owners: tuple[str, ...] = ()
    support_owners: tuple[str, ...] = ()
    deadline: IsoDate | None = None
    deadline_text: str | None = None
    deadline_start: IsoDate | None = None
    recurring: bool = False
    start: int = 0  # the whole item, its sub-items included
    end: int = 0
    method: str = "rule"
    model_version: str | None = None


@frozen
class Target:
    """A quantity the plan commits to (planned) or reports as done (achieved)."""

    target_id: str
    doc_id: str
    source: str
    task_id: str | None
    indicator: str
    action: str | None
    value: Number
    value_max: Number | None
    unit: str | None
    comparator: str
    change: str | None
    baseline_year: int | None
    deadline: IsoDate | None
    deadline_text: str | None
    deadline_start: IsoDate | None
    recurring: bool
    owners: tuple[str, ...]
    lead_owners: tuple[str, ...]
    support_owners: tuple[str, ...]
    status: str
    evidence: str
    start: int
    end: int
    method: str = "rule"
    model_version: str | None = None


Record = Metadata | Task | Target
ID_PREFIX = {"task": "t", "target": "g"}
DOC_ID_LENGTH = 12
RECORD_ID_LENGTH = 10


def stable_id(*parts: bytes | str | int | None, length: int = DOC_ID_LENGTH) -> str:
    """The one ID function: a digest of the parts, so the same content gets the same ID in every run.

    ``doc_id`` is ``stable_id(source bytes)``; a task's or target's ID is :func:`record_id`.
    """
    digest = hashlib.sha1()  # each part's length, then the part (no copy of them joined: the same digest)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:length]


def record_id(kind: str, doc_id: str, *, evidence: str, start: int, end: int, anchor: int | None = None) -> str:
    """``<doc_id>:t…`` or ``<doc_id>:g…`` from the document and the record's evidence (its text and
    offsets; ``anchor``, where in it the amount stands): the same with the model on or off."""
    return f"{doc_id}:{ID_PREFIX[kind]}{stable_id(doc_id, kind, evidence, start, end, anchor, length=RECORD_ID_LENGTH)}"
KINDS: dict[str, type] = {"document": Metadata, "task": Task, "target": Target}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One exported column: its name and the plain type of its values."""

    name: str
    kind: str  # "str", "date", "int", "number", "bool" or "list"
    optional: bool


@cache
def fields_of(record_type: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(record_type)
    return tuple(_spec(field.name, hints[field.name]) for field in dataclasses.fields(record_type))


def _spec(name: str, hint: object) -> FieldSpec:
    if typing.get_origin(hint) is tuple:
        return FieldSpec(name, "list", False)
    members = set(typing.get_args(hint)) or {hint}
    optional = type(None) in members
    members.discard(type(None))
    if members == {bool}:
        kind = "bool"
    elif members == {IsoDate}:
        kind = "date"
    elif members <= {int, float}:
        kind = "number" if float in members else "int"
    else:
        kind = "str"
    return FieldSpec(name, kind, optional)


def as_dict(record: Record) -> dict[str, object]:
    """A record as plain JSON-ready values (tuples become lists)."""
    return {spec.name: _plain(getattr(record, spec.name)) for spec in fields_of(type(record))}


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    return value
