"""A document with one of its tables written into its text as a flattened page writes it: one cell a
line (``cells``) or one row a line, its cells apart by spaces (``rows``). A merged cell (rowspan or
colspan) is written once, where it starts, and an empty cell not at all. Read by
benchmarks/flattened_tables.py and the tests that check a flattened table gives the grid's records."""
from __future__ import annotations

import collections
import dataclasses

from extract.document import Document, Table
from extract.outline import parse_outline

VARIANTS = ("cells", "rows")


def flattened_document(document: Document, table: Table, variant: str) -> tuple[Document, tuple[int, int]]:
    """The document with ``table`` written into its text instead, and where the flattened table stands."""
    flat = flatten(table, variant)
    shift = len(flat) - (table.end - table.start)
    text = document.text[:table.start] + flat + document.text[table.end:]
    tables = tuple(t if t.end <= table.start else _shifted(t, shift) for t in document.tables if t is not table)
    return (dataclasses.replace(document, text=text, tables=tables, outline=parse_outline(text, tables)),
            (table.start, table.start + len(flat)))


def flatten(table: Table, variant: str) -> str:
    """Each cell once (a merged cell where it starts), empty cells left out, its spaces made single."""
    rows: dict[int, list[str]] = collections.defaultdict(list)
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        text = " ".join(cell.text.split())
        if text:
            rows[cell.row].append(text)
    if variant == "cells":
        return "".join(f"{text}\n" for row in sorted(rows) for text in rows[row])
    return "".join(" ".join(rows[row]) + "\n" for row in sorted(rows))


def _shifted(table: Table, shift: int) -> Table:
    cells = tuple(dataclasses.replace(c, start=c.start + shift, end=c.end + shift) for c in table.cells)
    return dataclasses.replace(table, start=table.start + shift, end=table.end + shift, cells=cells)


def records_in(result, span: tuple[int, int]) -> collections.Counter:
    """The records that start inside the span, each as what is compared of it."""
    start, end = span
    keys: collections.Counter = collections.Counter()
    for task in result.tasks:
        if start <= task.start < end:
            keys[("task", task.title, (task.owners, task.lead_owners, task.support_owners), task.deadline, ())] += 1
    for target in result.targets:
        if start <= target.start < end:
            keys[("target", target.indicator, (target.owners,), target.deadline,
                  (str(target.value), target.unit, target.status))] += 1
    return keys
