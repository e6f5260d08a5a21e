"""What a table's columns mean, from their header words (extract/data/column_roles.tsv)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import Column as TableColumn
from ..lexicon import read_table
from ..rules.quantities import MULTIPLIERS, units

ROLES = frozenset({"index", "group", "task", "content", "criteria", "owner", "lead", "support", "deadline", "target",
                   "amount", "unit", "person", "other", "year"})
YEAR_HEADER = re.compile(r"^((?:19|20)\d{2})年?度?(?:目标|任务|计划|工作目标)?$")
HEADER_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]$")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ColumnMeaning:
    role: str
    header: str
    year: int | None = None
    unit: str | None = None
    multiplier: int = 1


@cache
def _roles() -> dict[str, str]:
    rows = read_table("column_roles.tsv", (TableColumn("word"), TableColumn("role", choices=ROLES)))
    return {r["word"]: r["role"] for r in rows}


def column_meaning(header: str) -> ColumnMeaning | None:
    """The meaning of a header cell, or None when it is not a header word."""
    text = SPACES.sub("", header)
    year = YEAR_HEADER.match(text)
    if year:
        return ColumnMeaning("year", text, year=int(year.group(1)))
    unit_match = HEADER_UNIT.search(text)
    bare = HEADER_UNIT.sub("", text) if unit_match else text
    role = _roles().get(bare)
    if role is None:
        return None
    unit, multiplier = _header_unit(unit_match.group(1)) if unit_match else (None, 1)
    return ColumnMeaning(role, text, unit=unit, multiplier=multiplier)


def is_header_word(text: str) -> bool:
    return column_meaning(text) is not None


def _header_unit(text: str) -> tuple[str | None, int]:
    """``亿元`` → (元, 10^8); ``个`` → (个, 1); other notes → no unit."""
    for prefix, factor in MULTIPLIERS.items():
        if text.startswith(prefix) and text[len(prefix):] in units():
            return units()[text[len(prefix):]].written, int(factor)
    if text in units():
        return units()[text].written, 1
    return None, 1
