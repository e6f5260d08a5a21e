"""Numbers with their units as written: 93%, 1.5万户 (15000 户), 3-5个, 三十六点九%, 百万吨."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..chars import AMOUNT_NUMERALS, YEAR_DIGITS
from ..lexicon import Column, alternation, read_table
from ..normalize.numerals import chinese_to_decimal

KINDS = frozenset({"percent", "points", "money", "count", "length", "area", "volume", "mass", "energy",
                   "time", "rate", "other"})
ARABIC = r"\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?"
CHINESE = f"[{AMOUNT_NUMERALS}]+(?:点[{YEAR_DIGITS}]+)?|半"
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
RANGE_SEPARATORS = "-—–~～至到"
PERIODS = "日|天|周|月|季度|年|小时"


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    kind: str
    not_followed_by: str
    written: str


@dataclass(frozen=True, slots=True)
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


@cache
def units() -> dict[str, Unit]:
    rows = read_table("units.tsv", (Column("unit"), Column("kind", choices=KINDS),
                                    Column("not_followed_by", required=False), Column("written", required=False),
                                    Column("example", required=False)))
    return {r["unit"]: Unit(r["unit"], r["kind"], r["not_followed_by"], r["written"] or r["unit"]) for r in rows}


@cache
def _pattern() -> re.Pattern[str]:
    unit = alternation(tuple(units()))
    number = f"(?:{ARABIC}|{CHINESE})"
    multiplier = alternation(tuple(MULTIPLIERS))
    return re.compile(
        f"百分之(?P<pct>{number})"
        f"|(?:[(（](?P<bnum>{ARABIC})[)）]|(?P<num>{number})) ?(?:(?P<sep>[{RANGE_SEPARATORS}]) ?(?P<num2>{number}) ?)?"
        f"(?P<approx_before>余|多)?(?P<mult>{multiplier})? ?(?P<approx>余|多)? ?(?P<unit>{unit})(?:/(?P<per>{PERIODS}|{unit}))?"
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in ``text``; judging whether it is a target is not done here."""
    found = []
    for match in _pattern().finditer(text):
        quantity = _quantity(match, text)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(match: re.Match[str], text: str) -> Quantity | None:
    if match.group("pct"):
        value = parse_number(match.group("pct"))
        if value is None:
            return None
        return Quantity(match.start(), match.end(), value, None, "%", "percent", False, True)
    unit = units()[match.group("unit")]
    following = text[match.end():match.end() + 1]
    if following and following in unit.not_followed_by:
        return None
    number = match.group("num") or match.group("bnum")
    value = parse_number(number)
    value_max = parse_number(match.group("num2")) if match.group("num2") else None
    if value is None or (match.group("num2") and value_max is None):
        return None
    multiplier = MULTIPLIERS.get(match.group("mult") or "", Decimal(1))
    written = f"{unit.written}/{match.group('per')}" if match.group("per") else unit.written
    return Quantity(match.start(), match.end(), value * multiplier,
                    value_max * multiplier if value_max is not None else None,
                    written, "rate" if re.fullmatch(PERIODS, match.group("per") or "") else unit.kind,
                    bool(match.group("approx") or match.group("approx_before")),
                    not number[0].isdigit())


def parse_number(text: str) -> Decimal | None:
    if text[0].isdigit():
        return Decimal(text.replace(",", ""))
    if text == "半":
        return Decimal("0.5")
    # "百万吨": the multiplier words are numbers on their own
    return chinese_to_decimal(text if text not in ("百", "千") else "一" + text)
