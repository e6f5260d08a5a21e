"""Rows of task tables to tasks, and quantities in their cells to targets."""
from __future__ import annotations

from datetime import date

from ..document import Document
from ..records import Target, Task


def table_records(document: Document, *, reference: date | None, first_task: int,
                  first_target: int) -> tuple[tuple[Task, ...], tuple[Target, ...]]:
    return (), ()
