"""A Datasette metadata file for a store: table and column descriptions, from data/columns.yaml.

The descriptions are checked against the tables derived from the record
definitions: every column described, nothing described that is not a column.
The views of tasks and targets with their document's fields get the same
descriptions, with the document's columns under their doc_* names.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import RuleTableError
from .schema import DOCUMENTS, PAGES, TARGETS, TASKS, Table, view_columns

DESCRIBED = (DOCUMENTS, TASKS, TARGETS, PAGES)
COLUMNS_FILE = "columns.yaml"


@cache
def descriptions() -> dict[str, dict]:
    """The table and column descriptions, checked against the tables (all problems at once)."""
    text = resources.files("extract.store").joinpath("data", COLUMNS_FILE).read_text(encoding="utf-8")
    described = yaml.safe_load(text) or {}
    problems = [problem for table in DESCRIBED for problem in _problems(table, described.get(table.name))]
    problems += [f"{COLUMNS_FILE}: {name}: not a table of the store"
                 for name in described if name not in {t.name for t in DESCRIBED}]
    if problems:
        raise RuleTableError(problems)
    return described


def _problems(table: Table, entry: dict | None) -> list[str]:
    if not entry or not entry.get("description"):
        return [f"{COLUMNS_FILE}: {table.name}: no description"]
    columns = entry.get("columns") or {}
    return ([f"{COLUMNS_FILE}: {table.name}.{name}: not described" for name in table.names if name not in columns]
            + [f"{COLUMNS_FILE}: {table.name}.{name}: no such column" for name in columns if name not in table.names])


def metadata(database: str) -> dict[str, object]:
    """Datasette's metadata for the store opened under the name ``database`` (its file name without .db)."""
    described = descriptions()
    tables = {name: {"description": entry["description"], "columns": dict(entry["columns"])}
              for name, entry in described.items()}
    document_columns = described[DOCUMENTS.name]["columns"]
    for table in (TASKS, TARGETS):
        view, own, beside = view_columns(table)
        columns = {name: described[table.name]["columns"][name] for name in own}
        columns |= {f"doc_{name}": f"Its document's {name}: {document_columns[name]}" for name in beside}
        tables[view] = {"description": f"{described[table.name]['description']} With their document's fields.",
                        "columns": columns}
    return {"title": "policy-extract store", "databases": {database: {"tables": tables}}}


def database_name(path: Path) -> str:
    """The name Datasette gives a database file."""
    return path.stem
