"""A quantity as found in a text (:class:`Quantity`: a number or range with its unit, at its offsets) and the
parts it is read from: numbers in digits or numerals (1,500, 三十六点九), multipliers (万, 亿), the unit table."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..chars import AMOUNT_NUMERALS, YEAR_DIGITS
from ..frozen import frozen
from ..lexicon import read_table
from ..normalize.numerals import chinese_to_decimal

DIGITS = r"(?:\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)"  # 1,500 or 1500.5
ARABIC = f"(?<!\\d){DIGITS}"  # never from inside a number: that is cubic
CHINESE = f"[{AMOUNT_NUMERALS}]+(?:点[{YEAR_DIGITS}]+)?|半"
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
               "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
               "千": Decimal(10) ** 3, "百": Decimal(10) ** 2}  # 5 千位, 1万2千人次: after digits, as Taiwan writes
COUNT_KIND = "count"  # units.tsv: a measure word, which may be written with another in brackets (辆(台))
MAX_DIGITS = 15  # longer numbers are codes or account numbers, not amounts (and overflow the exports)


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    kind: str
    not_followed_by: str
    written: str
    multiplied: bool  # read only after 万 or 亿 (22亿方; 三方协议 holds no amount)


@frozen
class Quantity:
    """A number (or range) with its unit, at [start, end) of the text it was found in."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    kind: str
    approximate: bool  # 余 / 多 between number and unit: "23000余平方米", "2400多亿元"
    chinese: bool

    def shifted(self, offset: int) -> Quantity:
        """The same quantity in a text that starts ``offset`` characters earlier."""
        return Quantity(self.start + offset, self.end + offset, self.value, self.value_max,
                        self.unit, self.kind, self.approximate, self.chinese)


@cache
def units() -> dict[str, Unit]:
    rows = read_table("units.tsv")
    return {r["unit"]: Unit(r["unit"], r["kind"], r["not_followed_by"], r["written"] or r["unit"], bool(r["multiplied"]))
            for r in rows}


def parse_number(text: str) -> Decimal | None:
    if text[0].isdigit():
        digits = text.replace(",", "")
        return Decimal(digits) if len(digits.partition(".")[0]) <= MAX_DIGITS else None
    if text == "半":
        return Decimal("0.5")
    # "百万吨": the multiplier words are numbers on their own
    return chinese_to_decimal(text if text not in ("百", "千") else "一" + text)
