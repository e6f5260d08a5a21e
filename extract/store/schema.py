"""The database tables, each derived from typed definitions through ``records.fields_of``.

List fields are stored as JSON text, booleans as 0/1; numbers keep their type
(NUMERIC affinity turns neither 93 into 93.0 nor 98.9 into 98).
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from ..record_schema import DOCUMENT_FIELDS
from ..records import FieldSpec, Metadata, Target, Task, fields_of
from . import spans
from .blobs import blobs_ddl
from .fulltext import DOCUMENTS_TABLE, search_statements
from .rows import CrawlLink, CrawlRun, DocumentText, PageVersion, TargetIndicatorSpan, TaskTextEnd, TaskTitleSpan

SQL_TYPES = {
    "sqlite": {"str": "TEXT", "date": "TEXT", "int": "INTEGER", "number": "NUMERIC", "bool": "INTEGER",
               "list": "TEXT", "bytes": "BLOB"},
    "postgresql": {"str": "TEXT", "date": "TEXT", "int": "BIGINT", "number": "NUMERIC", "bool": "INTEGER",
                   "list": "TEXT", "bytes": "BYTEA"},
}
OFFSET_TYPE = "INTEGER"  # PostgreSQL: offsets into a text, which holds at most 1 GB
BINARY_ORDER = 'COLLATE "C"'  # PostgreSQL: keys ordered by their bytes, as SQLite orders them
# PostgreSQL has no implicit rowid: the column that keeps the order rows were written in, as SQLite's does.
POSTGRES_ROWID = "rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE"


@dataclass(frozen=True)
class Table:
    """A table whose columns are the fields of ``parts``, in order."""

    name: str
    parts: tuple[type, ...]
    key: tuple[str, ...]
    indexes: tuple[str, ...] = ()
    references: tuple[tuple[str, str, str], ...] = ()  # (column, table, its key column): foreign keys
    # (column, start, end): text stored as NULL when it is its document's text from start to end
    sliced: tuple[tuple[str, str, str], ...] = ()
    inherited: tuple[str, ...] = ()  # columns stored as NULL when they hold their document's value of the same name
    usual: tuple[tuple[str, str], ...] = ()  # (column, SQL value): stored as NULL when it holds that, most rows do
    # List columns whose items are stored as [start, end] where they stand in their document's text (``spans``).
    spanned: tuple[str, ...] = ()
    # Offsets into the document's text: INTEGER on PostgreSQL, whose text values hold at most 1 GB.
    offsets: tuple[str, ...] = ()
    # The key is "<doc_id>:…" and binary-ordered (SQLite's order; COLLATE "C" on PostgreSQL): a document's rows
    # are found by a range of it, no doc_id index, and PostgreSQL's rowid needs no index either.
    document_prefix: bool = False

    def prefix_finds(self, column: str) -> bool:
        """Whether the key's document prefix does the work of an index on ``column`` (doc_id)."""
        return self.document_prefix and column == "doc_id"

    def document_rows(self) -> tuple[str, tuple[str, ...]]:
        """An SQL condition (and its parameters) for the rows of one document, as the indexes find them."""
        if self.document_prefix:
            key = quoted(self.key[0])
            return f"{key} >= :lowest AND {key} < :beyond AND doc_id = :doc_id", ("lowest", "beyond", "doc_id")
        return "doc_id = :doc_id", ("doc_id",)

    def sliced_out(self, values: dict[str, object], document: Mapping[str, object]) -> dict[str, object]:
        """``values`` with each column the ``document`` (its row) gives back whole set to NULL: a sliced column
        that is its text from start to end, an inherited one that is the document's own value; and each column
        that holds its usual value."""
        kept = dict(values)
        text = str(document["text"])
        for column in self.spanned:
            kept[column] = spans.encoded(str(values[column]), text)
        for column, start, end in self.sliced:
            if values[end] is not None and text[values[start]:values[end]] == values[column]:
                kept[column] = None
        for column in self.inherited:
            if values[column] == document[column]:
                kept[column] = None
        for column, value in self.usual:
            if values[column] == value:
                kept[column] = None
        return kept

    def sliced_in(self, row: dict[str, object], document: Mapping[str, object]) -> dict[str, object]:
        """A row read back whole: each sliced or inherited column that is NULL taken from the ``document``, each
        usual one given its usual value."""
        whole = dict(row)
        for column, start, end in self.sliced:
            if whole[column] is None:
                whole[column] = str(document["text"])[whole[start]:whole[end]]
        for column in self.spanned:
            if whole[column] is not None:
                whole[column] = spans.decoded(str(whole[column]), str(document["text"]))
        for column in self.inherited:
            if whole[column] is None:
                whole[column] = document[column]
        for column, value in self.usual:
            if whole[column] is None:
                whole[column] = value
        return whole

    def read_columns(self, dialect: str, *, row: str = "r", document: str = "d") -> tuple[str, ...]:
        """The record's columns as SQL expressions over the table (``row``) joined to its document."""
        sliced = {column: (start, end) for column, start, end in self.sliced}
        expressions = []
        for name in self.names:
            if name in self.spanned:
                decoded = spans.decoded_sql(dialect, f"{row}.{quoted(name)}", f"{document}.text")
                expressions.append(f"COALESCE({decoded}, '{dict(self.usual)[name]}') AS {quoted(name)}")
            elif name in sliced:
                start, end = (f"{row}.{quoted(c)}" for c in sliced[name])
                expressions.append(f"COALESCE({row}.{quoted(name)}, {span_sql(f'{document}.text', start, end)}) "
                                   f"AS {quoted(name)}")
            elif name in self.inherited:
                expressions.append(f"COALESCE({row}.{quoted(name)}, {document}.{quoted(name)}) AS {quoted(name)}")
            elif name in dict(self.usual):
                expressions.append(f"COALESCE({row}.{quoted(name)}, '{dict(self.usual)[name]}') AS {quoted(name)}")
            else:
                expressions.append(f"{row}.{quoted(name)}")
        return tuple(expressions)

    def foreign_keys(self, dialect: str) -> tuple[str, ...]:
        """The foreign-key constraints (checked at commit on PostgreSQL; declared, for tools, on SQLite)."""
        checked = " DEFERRABLE INITIALLY DEFERRED" if dialect == "postgresql" else ""
        return tuple(f"FOREIGN KEY ({quoted(column)}) REFERENCES {table} ({quoted(key)}){checked}"
                     for column, table, key in self.references)

    @cached_property
    def specs(self) -> tuple[FieldSpec, ...]:
        return tuple(spec for part in self.parts for spec in fields_of(part))

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    @cached_property
    def serial_key(self) -> str | None:
        """The sole integer key the database assigns (SQLite's rowid alias), if the table has one."""
        specs = {spec.name: spec for spec in self.specs}
        return self.key[0] if len(self.key) == 1 and specs[self.key[0]].kind == "int" else None

    @property
    def rowid(self) -> str:
        """The column that numbers rows in the order written: rowid, or the serial key."""
        return self.serial_key or "rowid"

    def ddl(self, dialect: str = "sqlite") -> tuple[str, ...]:
        nullable = {column for column, _, _ in self.sliced} | set(self.inherited) | set(dict(self.usual))
        columns = [_column(dataclasses.replace(spec, optional=True) if spec.name in nullable else spec, dialect,
                           sole_key=self.key == (spec.name,), serial=spec.name == self.serial_key,
                           offset=spec.name in self.offsets, binary=self.document_prefix)
                   for spec in self.specs]
        if dialect == "postgresql" and not self.serial_key:
            columns.insert(0, POSTGRES_ROWID.removesuffix(" UNIQUE") if self.document_prefix else POSTGRES_ROWID)
        if len(self.key) > 1:
            columns.append(f"PRIMARY KEY ({', '.join(quoted(name) for name in self.key)})")
        columns += self.foreign_keys(dialect)
        create = f"CREATE TABLE IF NOT EXISTS {self.name} (\n  " + ",\n  ".join(columns) + "\n)"
        indexes = tuple(f"CREATE INDEX IF NOT EXISTS {self.name}_{column} ON {self.name} ({quoted(column)})"
                        for column in self.indexes if not self.prefix_finds(column))
        return (create, *indexes)


def _column(spec: FieldSpec, dialect: str, *, sole_key: bool, serial: bool, offset: bool = False,
            binary: bool = False) -> str:
    sql_type = OFFSET_TYPE if offset and dialect == "postgresql" else SQL_TYPES[dialect][spec.kind]
    if serial and dialect == "postgresql":
        return f"{quoted(spec.name)} {sql_type} GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    if sole_key:
        ordered = f" {BINARY_ORDER}" if binary and dialect == "postgresql" else ""
        return f"{quoted(spec.name)} {sql_type}{ordered} PRIMARY KEY"
    required = "" if spec.optional else " NOT NULL"
    return f"{quoted(spec.name)} {sql_type}{required}"


def span_sql(text: str, start: str, end: str) -> str:
    """SQL for the characters of ``text`` from offset ``start`` to ``end`` (as Python slices them)."""
    return f"substr({text}, CAST({start} + 1 AS INTEGER), CAST({end} - {start} AS INTEGER))"


def column_ddl(table: Table, name: str, dialect: str) -> str:
    """One column's definition, as ``table`` declares it: what a migration adds."""
    spec = next(spec for spec in table.specs if spec.name == name)
    if not spec.optional:
        raise ValueError(f"{table.name}.{name}: a column added to a stored table must be optional")
    return _column(spec, dialect, sole_key=False, serial=False)


def quoted(name: str) -> str:
    """A column name as an SQL identifier (``end`` is a reserved word in PostgreSQL)."""
    return f'"{name}"'


_DOCUMENT = ("doc_id", DOCUMENTS_TABLE, "doc_id")
_NO_OWNERS = tuple((column, "[]") for column in ("owners", "lead_owners", "support_owners"))
DOCUMENTS = Table(DOCUMENTS_TABLE, (Metadata, DocumentText), key=("doc_id",), indexes=("source", "region"),
                  references=(("parent_id", DOCUMENTS_TABLE, "doc_id"),))
TASKS = Table("tasks", (Task, TaskTextEnd, TaskTitleSpan), key=("task_id",), indexes=("doc_id",),
              references=(_DOCUMENT,), sliced=(("text", "start", "text_end"), ("title", "title_start", "title_end")),
              inherited=("source",), usual=_NO_OWNERS + (("method", "rule"), ("path", "[]")), spanned=("path",),
              offsets=("start", "end", "text_end", "title_start", "title_end"), document_prefix=True)
TARGETS = Table("targets", (Target, TargetIndicatorSpan), key=("target_id",), indexes=("doc_id",),
                references=(_DOCUMENT, ("task_id", "tasks", "task_id")),
                sliced=(("evidence", "start", "end"), ("indicator", "indicator_start", "indicator_end")),
                inherited=("source",), usual=_NO_OWNERS + (("method", "rule"), ("status", "planned")),
                offsets=("start", "end", "indicator_start", "indicator_end"), document_prefix=True)
PAGES = Table("pages", (PageVersion,), key=("url", "version"), indexes=("doc_id", "content_hash", "source"),
              references=(_DOCUMENT, ("content_hash", "blobs", "content_hash")))
CRAWLS = Table("crawls", (CrawlRun,), key=("crawl_id",), indexes=("list_url",))
CRAWL_LINKS = Table("crawl_links", (CrawlLink,), key=("crawl_id", "url"), references=(("crawl_id", "crawls", "crawl_id"),))
TABLES = (DOCUMENTS, TASKS, TARGETS, PAGES, CRAWLS, CRAWL_LINKS)


def schema_statements(dialect: str = "sqlite") -> tuple[str, ...]:
    tables = (blobs_ddl(SQL_TYPES[dialect]['bytes']), *(statement for table in TABLES for statement in table.ddl(dialect)))
    return (*tables, *search_statements(dialect), *view_statements(dialect))


def view_columns(table: Table) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The view of ``table`` with its document's fields: its name, the record's columns, the document's."""
    own = tuple(spec.name for part in table.parts[:1] for spec in fields_of(part))
    return f"{table.name}_with_documents", own, DOCUMENT_FIELDS


def view_statements(dialect: str) -> tuple[str, ...]:
    """Tasks and targets with their document's fields beside them, as the exports give them (doc_*)."""
    create = "CREATE OR REPLACE VIEW" if dialect == "postgresql" else "CREATE VIEW IF NOT EXISTS"
    statements = []
    for table in (TASKS, TARGETS):
        view, own, beside = view_columns(table)
        record = [column for name, column in zip(table.names, table.read_columns(dialect)) if name in own]
        columns = record + [f"d.{quoted(name)} AS doc_{name}" for name in beside]
        statements.append(f"{create} {view} AS SELECT {', '.join(columns)} "
                          f"FROM {table.name} r JOIN {DOCUMENTS_TABLE} d ON d.doc_id = r.doc_id")
    return tuple(statements)


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
