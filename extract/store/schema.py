"""The database tables, each derived from typed definitions through ``records.fields_of``.

List fields are stored as JSON text, booleans as 0/1; numbers keep their type
(NUMERIC affinity turns neither 93 into 93.0 nor 98.9 into 98).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property

from ..records import FieldSpec, Metadata, Target, Task, fields_of
from .rows import CrawlLink, CrawlRun, DocumentText, PageVersion

SCHEMA_VERSION = 1
SQL_TYPES = {"str": "TEXT", "date": "TEXT", "int": "INTEGER", "number": "NUMERIC", "bool": "INTEGER", "list": "TEXT"}
# The raw bytes of every page version, once per content, zlib-compressed (not a record: written here).
BLOBS_DDL = "CREATE TABLE IF NOT EXISTS blobs (content_hash TEXT PRIMARY KEY, deflated BLOB NOT NULL)"


@dataclass(frozen=True)
class Table:
    """A table whose columns are the fields of ``parts``, in order."""

    name: str
    parts: tuple[type, ...]
    key: tuple[str, ...]
    indexes: tuple[str, ...] = ()

    @cached_property
    def specs(self) -> tuple[FieldSpec, ...]:
        return tuple(spec for part in self.parts for spec in fields_of(part))

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    def ddl(self) -> tuple[str, ...]:
        columns = [_column(spec, sole_key=self.key == (spec.name,)) for spec in self.specs]
        if len(self.key) > 1:
            columns.append(f"PRIMARY KEY ({', '.join(self.key)})")
        create = f"CREATE TABLE IF NOT EXISTS {self.name} (\n  " + ",\n  ".join(columns) + "\n)"
        indexes = tuple(f"CREATE INDEX IF NOT EXISTS {self.name}_{column} ON {self.name} ({column})"
                        for column in self.indexes)
        return (create, *indexes)


def _column(spec: FieldSpec, *, sole_key: bool) -> str:
    if sole_key:
        return f"{spec.name} {SQL_TYPES[spec.kind]} PRIMARY KEY"
    required = "" if spec.optional else " NOT NULL"
    return f"{spec.name} {SQL_TYPES[spec.kind]}{required}"


DOCUMENTS = Table("documents", (Metadata, DocumentText), key=("doc_id",), indexes=("source", "region"))
TASKS = Table("tasks", (Task,), key=("task_id",), indexes=("doc_id", "source"))
TARGETS = Table("targets", (Target,), key=("target_id",), indexes=("doc_id", "source", "task_id"))
PAGES = Table("pages", (PageVersion,), key=("url", "version"), indexes=("doc_id", "content_hash", "source"))
CRAWLS = Table("crawls", (CrawlRun,), key=("crawl_id",), indexes=("list_url",))
CRAWL_LINKS = Table("crawl_links", (CrawlLink,), key=("crawl_id", "url"))
TABLES = (DOCUMENTS, TASKS, TARGETS, PAGES, CRAWLS, CRAWL_LINKS)


def schema_statements() -> tuple[str, ...]:
    return (BLOBS_DDL, *(statement for table in TABLES for statement in table.ddl()))


def to_sql(spec: FieldSpec, value: object) -> object:
    if spec.kind == "list":
        return json.dumps(list(value), ensure_ascii=False)
    if spec.kind == "bool" and value is not None:
        return int(value)
    return value


def from_sql(spec: FieldSpec, value: object) -> object:
    if spec.kind == "list":
        return tuple(json.loads(value)) if value else ()
    if spec.kind == "bool" and value is not None:
        return bool(value)
    return value


def row_values(*parts: object) -> dict[str, object]:
    """Column values of one row from its record instances (one per part of the table)."""
    values: dict[str, object] = {}
    for part in parts:
        for spec in fields_of(type(part)):
            values[spec.name] = to_sql(spec, getattr(part, spec.name))
    return values


def record_from(record_type: type, row: dict[str, object]):
    """An instance of ``record_type`` from a row read with column names."""
    return record_type(**{spec.name: from_sql(spec, row[spec.name]) for spec in fields_of(record_type)})
