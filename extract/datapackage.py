"""A Frictionless Data Package of the records: documents.csv, tasks.csv and targets.csv with their Table Schemas.

The tables are relational (no ``doc_*`` columns beside tasks and targets):
documents are keyed by doc_id, tasks by task_id, targets by target_id, and
tasks and targets point at their document (and targets at their task) with
foreign keys. A document met twice in a batch (the same cleaned text from two
files) is written once, from its first source. Columns and types are derived
from extract/records.py; the package says its schema version.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_directory
from .record_schema import SCHEMA_VERSION_FIELD, csv_cell, table_fields
from .records import SCHEMA_VERSION, Metadata, Record, Target, Task, as_dict, fields_of

if TYPE_CHECKING:
    from .result import Result

DESCRIPTOR = "datapackage.json"
TABLES: dict[str, type] = {"documents": Metadata, "tasks": Task, "targets": Target}
PRIMARY_KEYS = {"documents": "doc_id", "tasks": "task_id", "targets": "target_id"}
FOREIGN_KEYS = {
    "tasks": (("doc_id", "documents", "doc_id"),),
    "targets": (("doc_id", "documents", "doc_id"), ("task_id", "tasks", "task_id")),
}


def package_folder(destination: Path) -> Path:
    """``out/`` or ``out/datapackage.json`` both name the folder ``out``."""
    return destination.parent if destination.name == DESCRIPTOR else destination


def write_datapackage(results: Iterable[Result], destination: Path) -> int:
    """Write the package into the folder ``destination`` (atomically: all of it or nothing); returns how many
    records were written."""
    count, seen = 0, set()
    with atomic_directory(package_folder(destination)) as folder, ExitStack() as files:
        writers = {}
        for table, record_type in TABLES.items():
            stream = files.enter_context((folder / f"{table}.csv").open("w", encoding="utf-8", newline=""))
            writers[table] = csv.DictWriter(stream, fieldnames=[spec.name for spec in fields_of(record_type)],
                                            lineterminator="\n")
            writers[table].writeheader()
        for result in results:
            if result.document.metadata.doc_id in seen:
                continue
            seen.add(result.document.metadata.doc_id)
            for table, records in (("documents", (result.document.metadata,)), ("tasks", result.tasks),
                                   ("targets", result.targets)):
                for record in records:
                    writers[table].writerow(_cells(record))
                    count += 1
        files.close()
        (folder / DESCRIPTOR).write_text(json.dumps(descriptor(), ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    return count


def descriptor() -> dict[str, object]:
    """The datapackage.json of a package of records."""
    return {
        "profile": "tabular-data-package",
        "name": "policy-extract-records",
        "title": "Tasks and targets extracted from Chinese government policy documents",
        SCHEMA_VERSION_FIELD: SCHEMA_VERSION,
        "resources": [_resource(table, record_type) for table, record_type in TABLES.items()],
    }


def _resource(table: str, record_type: type) -> dict[str, object]:
    schema: dict[str, object] = {"fields": table_fields(fields_of(record_type)), "primaryKey": [PRIMARY_KEYS[table]]}
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [{"fields": [field], "reference": {"resource": resource, "fields": [key]}}
                                 for field, resource, key in FOREIGN_KEYS[table]]
    return {"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource", "format": "csv",
            "encoding": "utf-8", "description": (record_type.__doc__ or "").strip(), "schema": schema}


def _cells(record: Record) -> dict[str, object]:
    return {name: csv_cell(value) for name, value in as_dict(record).items()}
