"""Records out: CSV (Excel-friendly), JSON Lines, JSON and Parquet, all from records.fields_of.

Task and target rows carry the document's fields alongside (doc_title, doc_issuer,
doc_region, doc_issued) so an analyst can filter and pivot without a join.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import atomic_write
from .records import KINDS, FieldSpec, Metadata, Record, Target, Task, as_dict, fields_of

if TYPE_CHECKING:
    from .result import Result

FORMATS = ("csv", "jsonl", "json", "parquet")
STDOUT = "-"
BOM = "\ufeff"
RECORD_CHOICES = ("targets", "tasks", "documents", "all")
DOCUMENT_FIELDS = ("title", "issuer", "region", "issued")  # beside every task and target
# List cells (owners, path) hold one value a line: values are lines of cleaned text, so a line
# break cannot occur inside one, whereas 、 occurs in owner names and headings (一、…).
LIST_SEPARATOR = "\n"
ARROW_TYPES = {"str": pa.string(), "date": pa.string(), "int": pa.int64(), "number": pa.float64(), "bool": pa.bool_(),
               "list": pa.list_(pa.string())}


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
    output's extension, else csv. ValueError for an extension of no format, or --excel on another format."""
    destination = None if output is None or str(output) == STDOUT else output
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
    return destination, fmt


def write(results: Iterable[Result], destination: Path | None, *, fmt: str, records: str, excel: bool = False,
          stdout: IO[str] | None = None) -> int:
    """Write the records to ``destination`` atomically (or to ``stdout``); returns how many were written."""
    cols = columns(records)
    data = list(rows(results, records))
    if fmt == "parquet":
        if destination is None:
            raise ValueError("Parquet needs an output file (-o FILE.parquet)")
        with atomic_write(destination, mode="wb") as stream:
            pq.write_table(_arrow_table(data, cols), stream)
        return len(data)
    if destination is None:
        if excel:
            stdout.write(BOM)
        _write_text(data, cols, fmt, stdout, excel=excel)
        return len(data)
    with atomic_write(destination, encoding="utf-8-sig" if excel and fmt == "csv" else "utf-8", newline="") as stream:
        _write_text(data, cols, fmt, stream, excel=excel)
    return len(data)


def _write_text(data: list[dict[str, object]], cols: tuple[Column, ...], fmt: str, stream: IO[str], *,
                excel: bool) -> None:
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=[c.name for c in cols], extrasaction="ignore",
                                lineterminator="\r\n" if excel else "\n")
        writer.writeheader()
        for row in data:
            writer.writerow({c.name: _cell(row.get(c.name)) for c in cols})
    elif fmt == "jsonl":
        for row in data:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _cell(value: object) -> object:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _arrow_table(data: list[dict[str, object]], cols: tuple[Column, ...]) -> pa.Table:
    schema = pa.schema([pa.field(c.name, ARROW_TYPES[c.kind]) for c in cols])
    arrays = {c.name: [row.get(c.name) for row in data] for c in cols}
    return pa.table(arrays, schema=schema)

