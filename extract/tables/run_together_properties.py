"""Indicator tables with a property column (属性: 约束性 / 预期性) that a crawler ran together.

指标 / 2015年 / 2020年 / 〔累计〕 / 属性 becomes one run of text:
``指标2015年2020年〔累计〕属性1.某类(1)某比率(%)76.7>80约束性某浓度下降(%)—〔18〕约束性…``.
Each row is the indicator with its unit in brackets (group labels before it are kept out), its cells,
and the property word that ends it. The target is the value after a sign (>80, <5), the cumulative
change the value in 〔〕; a row whose base and target are run together without a sign is ambiguous and
gives nothing, but the table goes on after it.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, word_list
from .columns import ColumnMeaning, header_unit
from .flattened import FlatTable
from .rows import CellText, TableRow
from .run_together import MIN_ROWS, NUMBER, SIGN, YEAR

UNIT_NOTE = re.compile(r"[(（](?P<unit>[^()（）]{1,6})[)）]")
GROUP_LABEL = re.compile(r"(?<![0-9A-Za-z.])\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]")
CUMULATIVE = re.compile(r"[〔\[](?P<n>\d+(?:\.\d+)?)[〕\]]")
EMPTY = "—-－/"
MAX_ROW = 80


@cache
def _header() -> re.Pattern[str]:
    return re.compile(f"指\\s*标\\s*{YEAR}\\s*{YEAR}\\s*(?P<total>[〔\\[]?累计[〕\\]]?)?\\s*属\\s*性\\s*")


@cache
def _row_end() -> re.Pattern[str]:
    return re.compile(alternation(word_list("indicator_properties.tsv")))


def property_tables(text: str, taken: list[tuple[int, int]]) -> list[FlatTable]:
    tables = []
    for header in _header().finditer(text):
        base_year, goal_year = int(header.group(1)), int(header.group(2))
        if any(a <= header.start() < b for a, b in taken) or goal_year <= base_year:
            continue
        rows, end = _rows(text, header.end(), goal_year, re.sub(r"\s+", "", header.group()))
        if len(rows) >= MIN_ROWS:
            tables.append(FlatTable(header.start(), end, tuple(rows)))
    return tables


def _rows(text: str, position: int, goal_year: int, heading: str) -> tuple[list[TableRow], int]:
    rows: list[TableRow] = []
    while (end := _row_end().search(text, position, position + MAX_ROW)) is not None:
        row = _row(text, position, end.start(), goal_year, heading)
        if row is not None:
            rows.append(row)
        position = end.end()
        while position < len(text) and text[position] in " \n":
            position += 1
    return rows, position


def _row(text: str, start: int, end: int, goal_year: int, heading: str) -> TableRow | None:
    """The row's cells between ``start`` and its property word at ``end``; None when it has no target."""
    notes = [m for m in UNIT_NOTE.finditer(text, start, end) if _unit(m.group("unit"))[0]]
    if not notes:
        return None
    note = notes[-1]
    name_start = _after_group_labels(text, start, note.start())
    unit, multiplier = _unit(note.group("unit"))
    values = []
    cells = text[note.end():end]
    total = CUMULATIVE.search(cells)
    plain = cells[:total.start()] if total else cells
    sign = next((i for i, c in enumerate(plain) if c in SIGN), None)
    if sign is not None and NUMBER.fullmatch(plain[sign + 1:].strip()) and (
            plain[:sign].strip() in ("", *EMPTY) or NUMBER.fullmatch(plain[:sign].strip())):
        at = note.end() + sign
        values.append((ColumnMeaning("year", f"{goal_year}年", year=goal_year, unit=unit, multiplier=multiplier,
                                     words=f"{goal_year}年"), CellText(plain[sign:].strip(), at, at + len(plain[sign:].strip()))))
    if total:
        at = note.end() + total.start()
        values.append((ColumnMeaning("target", heading, year=goal_year, unit=unit, multiplier=multiplier,
                                     words=heading), CellText(total.group("n"), at + 1, at + 1 + len(total.group("n")))))
    if not values:
        return None
    label = CellText(text[name_start:note.end()], name_start, note.end())
    return TableRow(name_start, end, {}, tuple(values), method="table", names=(label,))


def _after_group_labels(text: str, start: int, note_start: int) -> int:
    """Where the indicator's name starts: after the last numbered group label before its unit note
    (1.某类(1)某比率(%): 某比率), not inside a name's own digits (PM2.5)."""
    labels = list(GROUP_LABEL.finditer(text, start, note_start))
    return labels[-1].end() if labels else start


def _unit(note: str) -> tuple[str | None, int]:
    return ("%", 1) if note == "%" else header_unit(note)
