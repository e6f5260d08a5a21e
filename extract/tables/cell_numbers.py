"""A cell that holds only a number (≥200家, 不低于90, 1.2-1.5, 30左右): its value, upper bound, unit and
comparator."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from ..lexicon import alternation, read_table
from .columns import ColumnMeaning, cell_unit

# a cell that is a number, maybe after a comparator sign (>1.5, ≥200): RECORDS reads > as >= and < as <=;
# more than 15 digits is a code, not an amount
# a range of two numbers (1.2-1.5, 25～26) is one target with value_max
CELL_NUMBER = re.compile(r"^(?P<sign>[≥≤><]=?)?\s*(?P<number>\d{1,15}(?:\.\d+)?)"
                         r"(?:\s*[-—–~～至]\s*(?P<upper>\d{1,15}(?:\.\d+)?))?\s*(?P<unit>[^\d\s]{0,6})$")
SIGNS = {"≥": ">=", ">": ">=", ">=": ">=", "≤": "<=", "<": "<=", "<=": "<="}


class CellNumber(NamedTuple):
    value: Decimal
    comparator: str
    unit: tuple[str | None, int]  # the unit with its multiplier; (None, 1) when the cell names none
    value_max: Decimal | None


def cell_number(text: str) -> CellNumber | None:
    """A cell that holds only a number or a range, maybe between comparator words or after a sign and
    before a unit (≥200家, 不低于90, 1.2-1.5, 30左右)."""
    word, bare = _cell_words(text.strip())
    found = CELL_NUMBER.match(bare)
    if found is None or (word and found.group("sign")):
        return None
    unit = cell_unit(found.group("unit")) if found.group("unit") else (None, 1)
    if found.group("unit") and unit[0] is None:
        return None  # 3个月内, 2号线: words the sentence rules read
    upper = Decimal(found.group("upper")) if found.group("upper") else None
    if upper is not None and (word or upper <= Decimal(found.group("number"))):
        return None
    comparator = "range" if upper is not None else word or SIGNS.get(found.group("sign") or "", "=")
    return CellNumber(Decimal(found.group("number")), comparator, unit, upper)


def _cell_words(text: str) -> tuple[str | None, str]:
    """The comparator a word before or after a cell's number states (不低于90, 30左右), and the cell without it."""
    leading, trailing, mapping = _comparator_words()
    for pattern in (leading, trailing):
        found = pattern.search(text)
        if found:
            return mapping[found.group(1)], text[:found.start()] + text[found.end():]
    return None, text


@cache
def _comparator_words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    rows = read_table("comparators.tsv")
    before = alternation(tuple(r["word"] for r in rows if r["position"] == "before"))
    after = alternation(tuple(r["word"] for r in rows if r["position"] == "after"))
    return re.compile(f"^({before})"), re.compile(f"({after})$"), {r["word"]: r["comparator"] for r in rows}


def cell_comparator(number: CellNumber, meaning: ColumnMeaning) -> str:
    """The cell's own bound (≥50, 30左右), else its header's (最高支付限额 over 200元/月: <=)."""
    return meaning.comparator if number.comparator == "=" and meaning.comparator else number.comparator
