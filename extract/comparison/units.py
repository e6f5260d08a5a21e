"""Units for comparison: a target's unit to its canonical unit and dimension (extract/data/compare_units.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicon import Column, read_table


@dataclass(frozen=True, slots=True)
class Unit:
    canonical: str
    factor: float
    dimension: str


@cache
def _units() -> dict[str, Unit]:
    rows = read_table("compare_units.tsv", (Column("unit"), Column("canonical"), Column("factor"), Column("dimension")))
    return {row["unit"]: Unit(row["canonical"], float(row["factor"]), row["dimension"]) for row in rows}


def unit_of(unit: str | None) -> Unit | None:
    """The comparison unit of ``unit`` (``平米`` → 平方米), or None when the table does not know it."""
    return _units().get((unit or "").strip())


def unit_dimension(unit: str | None) -> str | None:
    known = unit_of(unit)
    return known.dimension if known else None


def convert(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """``(value, unit)`` in the canonical unit; an unknown unit is kept as it is."""
    known = unit_of(unit)
    if value is None or known is None:
        return value, unit
    return round(value * known.factor, 10), known.canonical
