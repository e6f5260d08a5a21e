"""The units a table row names: its owner cell with its lead and support cells (a lead cell's bracketed
units are its support units: 水利局(资讯局、各区公所)); a totals row (合计) names nobody."""
from __future__ import annotations

import re

from ..lexicon import word_list
from ..rules.owners import Owners
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .rows import TableRow

BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")


def row_owners(row: TableRow) -> Owners:
    owner_cell = row.get("owner")
    if owner_cell is not None and owner_cell.text.strip() in word_list("table_totals.tsv"):
        owner_cell = None  # 总计, 合计: the sum of the rows, nobody's quota
    owners = Owners(tuple(split_units(owner_cell.text))) if owner_cell else Owners()
    lead_cell, support_cell = row.get("lead"), row.get("support")
    # beside a support column, a lead cell's brackets are notes (区委组织部(区公务员局)), not its support units
    lead, bracketed = (tuple(split_units(lead_cell.text)), ()) if lead_cell and support_cell \
        else _lead_cell(lead_cell.text) if lead_cell else ((), ())
    support = bracketed + (tuple(split_units(support_cell.text)) if support_cell else ())
    return owners.merged(Owners(lead + support, lead, support))


def _lead_cell(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lead cell's units, and the units it names in brackets as support: a 主(协)办机关 column of a
    Taiwan plan writes ``水利局(资讯局、各区公所)`` or ``水利局、(资讯局)``. A bracket holding no unit is
    a note (属地街道(市对区考核))."""
    inside = tuple(unit for group in BRACKETED.findall(text) for unit in split_units(group) if is_unit(unit))
    lead = tuple(u for u in split_units(BRACKETED.sub("、", text) if inside else text) if u not in inside)
    return lead, inside
