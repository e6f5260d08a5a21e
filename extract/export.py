"""Records out: CSV (Excel-friendly), JSON Lines, JSON, Parquet and Data Packages, all from records.fields_of.

Task and target rows carry the document's fields alongside (doc_title, doc_issuer,
doc_region, doc_issued) so an analyst can filter and pivot without a join.
Records are written as they come (Parquet in row groups), so memory stays flat
however long the batch. Every export says its schema version: a field of each
JSON record, the Parquet file's key-value metadata, a ``<name>.schema.json``
sidecar beside a CSV file (a Frictionless tabular resource).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .atomic import atomic_write, check_writable
from .datapackage import package_folder, write_datapackage
from .record_schema import DOCUMENT_FIELDS, SCHEMA_VERSION_FIELD, csv_cell, table_fields
from .records import KINDS, SCHEMA_VERSION, FieldSpec, Metadata, Record, Target, Task, as_dict, fields_of
from .spreadsheet import inert

if TYPE_CHECKING:
    import pyarrow as pa
    from .result import Result

FORMATS = ("csv", "jsonl", "json", "parquet", "datapackage")
STDOUT = "-"
BOM = "\ufeff"
RECORD_CHOICES = ("targets", "tasks", "documents", "all")
ROW_GROUP = 10_000  # Parquet rows held in memory before they are written
PARQUET_METADATA_PREFIX = "policy_extract."


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: str


def columns(records: str) -> tuple[Column, ...]:
    """The columns of an export, derived from the record definitions."""
    metadata = {spec.name: spec.kind for spec in fields_of(Metadata)}
    document = tuple(Column(f"doc_{name}", metadata[name]) for name in DOCUMENT_FIELDS)
    by_kind = {
        "documents": _from(fields_of(Metadata)),
        "tasks": _from(fields_of(Task)) + document,
        "targets": _from(fields_of(Target)) + document,
    }
    if records != "all":
        return by_kind[records]
    merged: dict[str, Column] = {"kind": Column("kind", "str")}
    for kind in ("documents", "tasks", "targets"):
        for column in by_kind[kind]:
            merged.setdefault(column.name, column)
    return tuple(merged.values())


def _from(specs: tuple[FieldSpec, ...]) -> tuple[Column, ...]:
    return tuple(Column(spec.name, spec.kind) for spec in specs)


def rows(results: Iterable[Result], records: str) -> Iterator[dict[str, object]]:
    """One dict per exported record, in document order; ``kind`` is set when exporting all."""
    for result in results:
        document = {f"doc_{name}": getattr(result.document.metadata, name) for name in DOCUMENT_FIELDS}
        if records in ("documents", "all"):
            yield _row(result.document.metadata, {}, records)
        if records in ("tasks", "all"):
            yield from (_row(task, document, records) for task in result.tasks)
        if records in ("targets", "all"):
            yield from (_row(target, document, records) for target in result.targets)


def _row(record: Record, document: dict[str, object], records: str) -> dict[str, object]:
    row = as_dict(record) | document
    if records == "all":
        row = {"kind": _kind(record)} | row
    return row


def _kind(record: Record) -> str:
    return next(kind for kind, record_type in KINDS.items() if isinstance(record, record_type))


def output_format(output: Path | None, fmt: str | None, *, excel: bool = False) -> tuple[Path | None, str]:
    """Where to write (None: standard output, also for ``-``) and in which format: ``fmt``, else the
    output's extension (``datapackage.json``: a datapackage in its folder), else csv. ValueError for an
    extension of no format, --excel on another format, or Parquet or a datapackage to standard output;
    OutputError, before any work is done, for a place that cannot be written."""
    destination = None if output is None or str(output) == STDOUT else output
    if fmt is None and destination is not None and destination.name == "datapackage.json":
        fmt = "datapackage"
    if fmt is None and destination is not None and destination.suffix:
        fmt = destination.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ValueError(f"cannot tell the format of {destination} from its extension: name it .csv, .jsonl, "
                             ".json or .parquet, or give --format")
    fmt = fmt or "csv"
    if excel and fmt != "csv":
        raise ValueError(f"--excel is for CSV, not {fmt}")
    if fmt == "parquet" and destination is None:
        raise ValueError("Parquet needs an output file: add -o FILE.parquet")
    if fmt == "datapackage" and destination is None:
        raise ValueError("a datapackage needs an output folder: add -o FOLDER")
    if destination is not None:
        check_writable(package_folder(destination) if fmt == "datapackage" else destination,
                       folder=fmt == "datapackage")
    return destination, fmt


def write(results: Iterable[Result], destination: Path | None, *, fmt: str, records: str, excel: bool = False,
          stdout: IO[str] | None = None) -> int:
    """Write the records to ``destination`` atomically (or to ``stdout``) as they come; returns how many
    were written. A Data Package (``fmt="datapackage"``) is a folder: all three kinds, whatever ``records``."""
    if fmt in ("parquet", "datapackage") and destination is None:
        raise ValueError(f"{fmt} needs an output (-o)")
    if fmt == "datapackage":
        return write_datapackage(results, destination)
    cols = columns(records)
    data = rows(results, records)
    if fmt == "parquet":
        with atomic_write(destination, mode="wb") as stream:
            return _write_parquet(data, cols, stream, records=records)
    if destination is None:
        if excel:
            stdout.write(BOM)
        return _write_text(data, cols, fmt, stdout, excel=excel)
    encoding = "utf-8-sig" if excel and fmt == "csv" else "utf-8"
    with atomic_write(destination, encoding=encoding, newline="") as stream:
        count = _write_text(data, cols, fmt, stream, excel=excel)
    if fmt == "csv":
        _write_sidecar(destination, cols, records=records, encoding=encoding, excel=excel)
    return count


def sidecar_path(destination: Path) -> Path:
    """Where the schema of a CSV export goes: ``targets.csv`` → ``targets.schema.json``."""
    return destination.with_name(f"{destination.stem}.schema.json")


def _write_text(data: Iterator[dict[str, object]], cols: tuple[Column, ...], fmt: str, stream: IO[str], *,
                excel: bool) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=[c.name for c in cols], extrasaction="ignore",
                                lineterminator="\r\n" if excel else "\n")
        writer.writeheader()
        cell = (lambda value: inert(csv_cell(value))) if excel else csv_cell
        for count, row in enumerate(data, 1):
            writer.writerow({c.name: cell(row.get(c.name)) for c in cols})
    elif fmt == "jsonl":
        for count, row in enumerate(data, 1):
            stream.write(json.dumps(row | {SCHEMA_VERSION_FIELD: SCHEMA_VERSION}, ensure_ascii=False) + "\n")
    elif fmt == "json":
        stream.write("[")
        for count, row in enumerate(data, 1):
            item = json.dumps(row | {SCHEMA_VERSION_FIELD: SCHEMA_VERSION}, ensure_ascii=False, indent=1)
            stream.write(("," if count > 1 else "") + "\n" + item)
        stream.write("\n]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return count


def _write_sidecar(destination: Path, cols: tuple[Column, ...], *, records: str, encoding: str,
                   excel: bool) -> None:
    specs = tuple(FieldSpec(c.name, c.kind, True) for c in cols)
    descriptor = {
        "name": destination.stem.lower(), "path": destination.name, "profile": "tabular-data-resource",
        "format": "csv", "encoding": encoding, "dialect": {"lineTerminator": "\r\n" if excel else "\n"},
        SCHEMA_VERSION_FIELD: SCHEMA_VERSION, "records": records,
        "schema": {"fields": table_fields(specs)},
    }
    with atomic_write(sidecar_path(destination)) as stream:
        stream.write(json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n")


def arrow_schema(cols: tuple[Column, ...], *, records: str) -> pa.Schema:
    """The Parquet schema of an export (dates as DATE), its schema version and record kinds in the key-value
    metadata."""
    import pyarrow as pa  # only for Parquet: it takes a fifth of a one-notice run to import

    arrow_types = {"str": pa.string(), "date": pa.date32(), "int": pa.int64(), "number": pa.float64(),
                   "bool": pa.bool_(), "list": pa.list_(pa.string())}
    metadata = {f"{PARQUET_METADATA_PREFIX}{SCHEMA_VERSION_FIELD}": SCHEMA_VERSION,
                f"{PARQUET_METADATA_PREFIX}records": records}
    return pa.schema([pa.field(c.name, arrow_types[c.kind]) for c in cols], metadata=metadata)


def arrow_table(data: list[dict[str, object]], schema: pa.Schema) -> pa.Table:
    """The rows as an Arrow table of ``schema``; ISO dates become dates (Parquet's DATE, pandas' and DuckDB's)."""
    import pyarrow as pa

    dates = {field.name for field in schema if pa.types.is_date32(field.type)}
    return pa.table({name: [_date(row.get(name)) if name in dates else row.get(name) for row in data]
                     for name in schema.names}, schema=schema)


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _write_parquet(data: Iterator[dict[str, object]], cols: tuple[Column, ...], stream: IO[bytes], *,
                   records: str) -> int:
    import pyarrow.parquet as pq

    schema = arrow_schema(cols, records=records)
    count, group = 0, []
    with pq.ParquetWriter(stream, schema) as writer:
        for row in data:
            group.append(row)
            if len(group) == ROW_GROUP:
                writer.write_table(arrow_table(group, schema))
                count, group = count + len(group), []
        if group or not count:
            writer.write_table(arrow_table(group, schema))
    return count + len(group)

