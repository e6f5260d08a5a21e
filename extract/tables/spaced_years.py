"""Tables of yearly figures that a PDF's text layer gives one row a line, the cells apart by spaces.

Across: a header of years (``年度 2025 2026 2027``, or years of the Republic in a document of Taiwan:
``年度 114 115 116``), then rows of a name and one cell per year (``新设站点数 7 3 5``, ``累计 30
40-50 60-80``). Turned: a header of column names (``自有 租用 合计``), then one row a year
(``2025 77 44 121``). Each number is a target of its row (or column), due at its year's end; a year
before the document's gives nothing (a table of statistics). The unit is the cell's own (90%), the
name's (``站次数(次)``), the caption's (单位：个), else the one the sentences just above the table give
the same numbers (``合计 7 家`` over ``7 3 5``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ..lines import lines_outside
from ..normalize.dates import ROC_OFFSET
from ..rules.quantities import find_quantities
from .caption import Caption, caption_of, lines_before
from .columns import ColumnMeaning
from .spaced_cells import line_tokens
from .rows import CellText, FlatTable, TableRow, tables_in

YEAR = re.compile(r"^(?P<year>\d{2,4})(?:年度?)?$")
FIRST_YEAR, LAST_YEAR = 1950, 2100
# a cell: a number or a range, maybe with its unit or a sign, maybe in brackets (the figure under a
# rate: (23)); or an empty mark
VALUE = re.compile(r"^[(（]?(?P<number>[≥≤><]?\d[\d,]*(?:\.\d+)?(?:[-~～—]\d[\d,]*(?:\.\d+)?)?[^\d\s()（）]{0,3})[)）]?$")
EMPTY = re.compile(r"^(?:[-—/－]|无|[(（][^\d()（）]{1,12}[)）])$")  # -, 无, (无污染河段): no figure
NAME = re.compile(r"^[^\d\s]")  # a row's or column's name starts with no digit
UNIT_NOTE = re.compile(r"^[(（]([^\d\s()（）]{1,4})[)）]$")  # 现率 (站次): the row's unit, written beside its name
LABEL = re.compile(r"^[^\d\s]{1,8}$")  # 年度, 年度(年), 项目: the header's first cell, over the names
MAX_LABELS = 2
YEAR_ENDINGS = ("年", "度")  # 104年 105年, 2025年度: a header of years ends in one
MIN_YEARS = 2
MIN_ROWS = 1
MAX_NAME = 30
PROSE_WINDOW = 600  # how far above a table its sentences may state the unit of its numbers
TIME_KIND = "time"  # 未来3年: a duration is no unit a table counts in


@dataclass(frozen=True, slots=True)
class _Years:
    """A header of years and their cells."""

    years: tuple[int, ...]
    cells: tuple[CellText, ...]


def spaced_year_tables(text: str, taken: list[tuple[int, int]], *, roc_years: bool) -> list[FlatTable]:
    lines = lines_outside(text, taken)
    return tables_in(len(lines), lambda i: _table_at(text, lines, i, roc_years))


def _table_at(text: str, lines, i: int, roc_years: bool) -> tuple[FlatTable, int] | None:
    """The table whose header is line ``i``, tried only where its shape may hold one: cells apart by
    spaces (most lines have none), then a year ending the line (years across) or opening the next
    (turned)."""
    line = lines[i][2]
    if " " not in line and "\t" not in line:
        return None
    if line[-1].isdigit() or line.endswith(YEAR_ENDINGS):
        return _across(text, lines, i, roc_years)
    if i + 1 < len(lines) and lines[i + 1][2][:1].isdigit():
        return _turned(text, lines, i, roc_years)
    return None


def _year(token: str, roc_years: bool) -> int | None:
    found = YEAR.match(token)
    if found is None:
        return None
    year = int(found.group("year"))
    if len(found.group("year")) < 4:
        year = year + ROC_OFFSET if roc_years else 0
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def _header_years(tokens: list[tuple[int, int, str]], roc_years: bool) -> _Years | None:
    """年度 104 105 106: at most two labels, then at least two years counting up."""
    labels = 0
    while labels < len(tokens) and labels < MAX_LABELS and LABEL.match(tokens[labels][2]):
        labels += 1
    years = [_year(t, roc_years) for _, _, t in tokens[labels:]]
    if len(years) < MIN_YEARS or None in years or any(b <= a for a, b in zip(years, years[1:])):
        return None
    return _Years(tuple(years), tuple(CellText(t, s, e) for s, e, t in tokens[labels:]))


def _cell(token: tuple[int, int, str]) -> CellText | None:
    """A value cell as the table readers take it (brackets and thousands commas off), or None."""
    start, end, text = token
    found = VALUE.match(text)
    if found is None:
        return None
    number = found.group("number")
    at = start + found.start("number")
    return CellText(number.replace(",", ""), at, at + len(number))


def _is_cell(token: tuple[int, int, str]) -> bool:
    return _cell(token) is not None or EMPTY.match(token[2]) is not None


def _across(text: str, lines, i: int, roc_years: bool) -> tuple[FlatTable, int] | None:
    """年度 104 105 106, then rows of a name and one cell a year."""
    header = _header_years(line_tokens(*lines[i]), roc_years)
    if header is None:
        return None
    count = len(header.years)
    rows: list[tuple[list[CellText], list[CellText | None], int, int]] = []
    j = i + 1
    while j < len(lines):
        tokens = line_tokens(*lines[j])
        names, cells = tokens[:-count], tokens[-count:]
        if not names or not NAME.match(names[0][2]) or len(cells) < count or not all(map(_is_cell, cells)) \
                or not any(_cell(c) for c in cells) or sum(len(t) for _, _, t in names) > MAX_NAME:
            break
        rows.append(([CellText(t, s, e) for s, e, t in names], [_cell(c) for c in cells], lines[j][0], lines[j][1]))
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    captions = _captions(text, lines[i][0], [cells for _, cells, _, _ in rows])
    table_rows = [_row(names, zip(header.cells, header.years, cells), start, end, caption)
                  for (names, cells, start, end), caption in zip(rows, captions)]
    return FlatTable(lines[i][0], lines[j - 1][1], tuple(table_rows)), j


def _turned(text: str, lines, i: int, roc_years: bool) -> tuple[FlatTable, int] | None:
    """自有 租用 合计, then rows of a year and one cell a column (the header may start with 年度)."""
    tokens = line_tokens(*lines[i])
    if len(tokens) < 2 or not all(LABEL.match(t) for _, _, t in tokens):
        return None
    columns = [CellText(t, s, e) for s, e, t in tokens]
    rows: list[tuple[int, CellText, list[CellText | None], int, int]] = []
    j = i + 1
    while j < len(lines):
        cells = line_tokens(*lines[j])
        year = _year(cells[0][2], roc_years) if cells else None
        if year is None or len(cells) - 1 not in (len(columns), len(columns) - 1) or rows and year <= rows[-1][0] \
                or not all(map(_is_cell, cells[1:])):
            break
        first_start, first_end, first = cells[0]
        rows.append((year, CellText(first, first_start, first_end), [_cell(c) for c in cells[1:]], lines[j][0],
                     lines[j][1]))
        j += 1
    if len(rows) < MIN_YEARS or len({len(r[2]) for r in rows}) != 1:
        return None
    names = columns[len(columns) - len(rows[0][2]):]  # a leading 年度 names the year column
    columns_cells = [[r[2][k] for r in rows] for k in range(len(names))]
    table_rows = [_row([name], zip((r[1] for r in rows), (r[0] for r in rows), cells), rows[0][3], rows[-1][4],
                       caption)
                  for name, cells, caption in zip(names, columns_cells, _captions(text, lines[i][0], columns_cells))]
    return FlatTable(lines[i][0], lines[j - 1][1], tuple(table_rows)), j


def _row(names: list[CellText], cells, start: int, end: int, caption: Caption) -> TableRow:
    """A row of year cells, named by its name cells; a name cell in brackets (站次) is its unit."""
    values = tuple((ColumnMeaning("year", year_cell.text, year=year, words=year_cell.text), cell)
                   for year_cell, year, cell in cells if cell is not None)
    units = [CellText(found.group(1), n.start + 1, n.end - 1) for n in names if (found := UNIT_NOTE.match(n.text))]
    own = [n for n in names if not UNIT_NOTE.match(n.text)] or names
    return TableRow(start, end, {"unit": units[-1]} if units else {}, values, method="table", names=tuple(own),
                    caption=caption)


def _captions(text: str, start: int, lines: list[list[CellText | None]]) -> list[Caption]:
    """The caption of each row (or turned column): the lines above the table, with the unit the sentences
    above it give one of the row's numbers (新设 7 家 over a row 7 3 5) when they name none; a row whose
    numbers the sentences do not give counts in the unit the other rows do, when that is one unit."""
    caption = caption_of(lines_before(text, start))
    if caption.unit is not None:
        return [caption] * len(lines)
    quantities = [q for q in find_quantities(text[max(0, start - PROSE_WINDOW):start])
                  if q.unit and q.kind != TIME_KIND and q.value_max is None]
    units = [{q.unit for q in quantities if q.value in {_decimal(c.text) for c in cells if c is not None}}
             for cells in lines]
    shared = set().union(*units)
    return [replace(caption, unit=next(iter(own if len(own) == 1 else shared)))
            if len(own) == 1 or not own and len(shared) == 1 else caption for own in units]


def _decimal(text: str) -> Decimal | None:
    found = re.match(r"\d+(?:\.\d+)?", text.lstrip("≥≤><"))
    try:
        return Decimal(found.group()) if found else None
    except InvalidOperation:
        return None
