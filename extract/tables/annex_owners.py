"""Outline items owned through the annexed task table (任务分工表): a table row whose task name is an
item's heading assigns that item its owners when the body names none (RECORDS.md section 5: the
牵头单位 / 配合单位 cell of the item). An item that is itself a row of a table flattened one cell per line
((1)建设… at the row's start) is read once, as the row."""
from __future__ import annotations

from dataclasses import replace

from ..records import Task
from ..rules.owners import NO_OWNERS, Owners, owners_of

TRAILING_MARKS = " \t。.;；,，:："


def with_annex_owners(tasks: list[Task], table_tasks: list[Task]) -> list[Task]:
    """``tasks`` (the outline's), each item without owners given the owners of the table rows named
    after its heading (the rows' lead and support units in order, several rows merged)."""
    by_heading: dict[str, Owners] = {}
    for row in table_tasks:
        if not row.owners:
            continue
        owners = owners_of(row)
        # the row's task cell, also where a short content cell is the row's title
        for key in {heading_key(cell) for cell in (row.title, *row.text.split("\n"))} - {""}:
            by_heading[key] = by_heading.get(key, NO_OWNERS).merged(owners)
    if not by_heading:
        return tasks
    return [_owned(item, by_heading.get(heading_key(item.title))) for item in tasks]


def heading_key(title: str) -> str:
    """A heading as a table row names it: without the full stop a row's task cell often ends with."""
    return title.strip().rstrip(TRAILING_MARKS)


def _owned(item: Task, owners: Owners | None) -> Task:
    if item.owners or owners is None:
        return item
    return replace(item, owners=owners.owners, lead_owners=owners.lead, support_owners=owners.support)


def without_row_items(tasks: list[Task], table_tasks: list[Task]) -> list[Task]:
    """``tasks`` without the outline items that are table rows: an item starting where a row starts, its
    heading the row's title or the title's first sentence."""
    rows = {row.start: heading_key(row.title) for row in table_tasks}
    return [item for item in tasks
            if not (item.start in rows and (key := heading_key(item.title)) and rows[item.start].startswith(key))]
