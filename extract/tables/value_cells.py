"""Cells of an allocation table's value columns: a share given as a range (35-36, 0.3-0.4), and sums
over such cells (a closing 汇总 row of 82-130 adds up the rows' lower and upper bounds apart)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..lexicon import read_table

RANGE_CELL = re.compile(r"^(?P<low>\d+(?:\.\d+)?)\s*[-—–~～]\s*(?P<high>\d+(?:\.\d+)?)$")
YEAR_SPAN = re.compile(r"^(?:19|20)\d{2}\s*[-—–~～]\s*(?:19|20)\d{2}$")  # 2021-2025: a period, no share
PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
SUM_TOLERANCE = Decimal("0.011")  # sums of numbers written to two decimals


def is_range_cell(text: str) -> bool:
    """A cell that is a range of two numbers, the lower first, and not a span of years."""
    found = RANGE_CELL.match(text.strip())
    return found is not None and not YEAR_SPAN.match(text.strip()) \
        and Decimal(found.group("low")) < Decimal(found.group("high"))


def bounds(text: str) -> tuple[Decimal, Decimal] | None:
    """A number cell's lower and upper bound (12 → 12, 12; 3-5 → 3, 5); None for other cells."""
    text = text.strip()
    if PLAIN.match(text):
        return Decimal(text), Decimal(text)
    if is_range_cell(text):
        found = RANGE_CELL.match(text)
        return Decimal(found.group("low")), Decimal(found.group("high"))
    return None


def bounds_sum_to(parts: list[str], total: str) -> bool:
    """The parts' lower bounds add up to the total's lower bound, and their upper bounds to its upper."""
    whole = bounds(total)
    found = [bounds(p) for p in parts]
    if whole is None or not found or any(b is None for b in found):
        return False
    return abs(sum(b[0] for b in found) - whole[0]) <= SUM_TOLERANCE \
        and abs(sum(b[1] for b in found) - whole[1]) <= SUM_TOLERANCE


def counted_measure(header_words: str) -> str | None:
    """The measure word of a count column whose header names what it counts (新增示范工程 → 个)."""
    return next((row["measure"] for row in _measures() if header_words.endswith(row["word"])), None)


@cache
def _measures() -> tuple[dict[str, str], ...]:
    return tuple(sorted(read_table("counted_measures.tsv"), key=lambda row: -len(row["word"])))
