"""Indicator tables whose cells a crawler ran together with no separator at all.

序号 / 指标 / 2010年 / 2015年 / 2015年比2010年增长 becomes one run of text:
``指标2010年2015年2015年比2010年增长1某排放总量(万吨)2168.42086.4-4%2某比例(%)60≥655个百分点``.
Each row is an optional row number, the indicator with its unit in brackets, the base value, the target
(maybe after a sign: <15, ≥80) and the change, ending in % or 个百分点. The digits of the two values
are split where the change agrees with them (2168.4 to 2086.4 is -4%); a row no split explains, or
more than one split explains, ends the table, and what is left goes to sentence extraction.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..lexicon import alternation, word_list
from .columns import ColumnMeaning, header_unit
from .rows import CellText, FlatTable, TableRow

YEAR = r"((?:19|20)\d{2})年"
NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,2})?")
SIGN = "<>≥≤"
ROW_NAME = re.compile(r"(?P<index>\d{1,2})?(?P<name>[^\d\s(（][^()（）\n]{2,60}?[(（](?P<unit>[^()（）]{1,6})[)）])")
ROW_DIGITS = re.compile(f"\\s*(?P<digits>[\\d.{SIGN}\\-+]+?)\\s*(?P<unit>%|个百分点)")
PERCENT_TOLERANCE = Decimal("0.6")  # 1414 to 1270 is -10.2%, written -10%
POINT_TOLERANCE = Decimal("0.15")
MIN_ROWS = 2


@cache
def _header() -> re.Pattern[str]:
    change = alternation(word_list("change_headers.tsv"))
    return re.compile(f"指\\s*标\\s*(?:名\\s*称)?\\s*{YEAR}\\s*{YEAR}\\s*(?P<change>[^\\d。;；]{{0,12}}?|{YEAR}比{YEAR})"
                      f"\\s*(?:{change})(?:情况)?\\s*")


def run_together_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    tables = []
    for header in _header().finditer(text):
        if any(a <= header.start() < b for a, b in taken):
            continue
        base_year, goal_year = int(header.group(1)), int(header.group(2))
        if goal_year <= base_year:
            continue
        heading = re.sub(r"\s+", "", header.group())
        rows = _rows(text, header.end(), goal_year, heading)
        if len(rows) >= MIN_ROWS:
            tables.append(FlatTable(header.start(), rows[-1].end, tuple(rows)))
    return tables


def _rows(text: str, position: int, goal_year: int, heading: str) -> list[TableRow]:
    rows: list[TableRow] = []
    expected = 1
    while True:
        name = ROW_NAME.match(text, position)
        if name is None or (name.group("index") and int(name.group("index")) != expected):
            return rows
        digits = ROW_DIGITS.match(text, name.end())
        split = _split(digits.group("digits"), digits.group("unit")) if digits else None
        if split is None or (name.group("index") is None and not rows):
            return rows
        rows.append(_row(text, name, digits, split, goal_year, heading))
        expected += 1 if name.group("index") else 0
        position = digits.end()
        while position < len(text) and text[position] in " \n":
            position += 1


def _split(digits: str, unit: str) -> tuple[int, int, int, int] | None:
    """Where the base value ends, where the target starts and ends, where the change starts: the one
    split of the digits whose change agrees with the two values."""
    found = []
    for base_end in range(1, len(digits)):
        base = digits[:base_end]
        rest = digits[base_end:]
        goal_start = base_end + 1 if rest[:1] in SIGN else base_end
        for goal_end in range(goal_start + 1, len(digits)):
            goal, change = digits[goal_start:goal_end], digits[goal_end:]
            change_start = goal_end + 1 if change[:1] in "-+" else goal_end
            if all(NUMBER.fullmatch(n) for n in (base, goal, digits[change_start:])) \
                    and _agrees(base, goal, digits[goal_end:change_start], digits[change_start:], unit):
                found.append((base_end, goal_start, goal_end, change_start))
    return found[0] if len(found) == 1 else None


def _agrees(base: str, goal: str, sign: str, change: str, unit: str) -> bool:
    start, end, stated = Decimal(base), Decimal(goal), Decimal(change) * (-1 if sign == "-" else 1)
    if unit == "%":
        return start != 0 and abs((end - start) / start * 100 - stated) <= PERCENT_TOLERANCE
    return abs(end - start - stated) <= POINT_TOLERANCE


def _row(text: str, name: re.Match[str], digits: re.Match[str], split: tuple[int, int, int, int],
         goal_year: int, heading: str) -> TableRow:
    _, goal_start, goal_end, change_start = split
    at = digits.start("digits")
    sign_start = goal_start - 1 if digits.group("digits")[goal_start - 1:goal_start] in tuple(SIGN) else goal_start
    goal = CellText(text[at + sign_start:at + goal_end], at + sign_start, at + goal_end)
    change = CellText(text[at + change_start:digits.end()], at + change_start, digits.end())
    unit, multiplier = header_unit(name.group("unit"))
    values = (
        (ColumnMeaning("year", f"{goal_year}年", year=goal_year, unit=unit, multiplier=multiplier,
                       words=f"{goal_year}年"), goal),
        (ColumnMeaning("target", heading, year=goal_year, words=heading), change),
    )
    label = CellText(name.group("name"), name.start("name"), name.end("name"))
    return TableRow(name.start(), digits.end(), {}, values, method="table", names=(label,))
