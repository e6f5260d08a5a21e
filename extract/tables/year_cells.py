"""Cells of a 年度 column holding a bare year (104, 106-107, 2025年): the row's deadline, or, over
columns known only by their ending, the year a statistic describes."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from ..document import Table
from ..normalize.dates import ROC_OFFSET
from ..rules.deadlines import TimeMention
from .caption import Caption
from .columns import ColumnMeaning, column_meaning, plain_year
from .rows import CellText, TableRow

BARE_YEARS = re.compile(r"^(?:\d{2,4} ?[-~～至] ?)?(?P<last>\d{2,4}) ?年?$")
# the month a row's work opens with: 1、 6月:…, 6月~12月:… (the last month of a span)
OPENING_MONTH = re.compile(r"^(?:\d{1,2} ?、 ?)?(?P<text>(?:\d{1,2} ?月 ?[~～至-] ?)?(?P<month>1[0-2]|0?[1-9]) ?月)(?=[:：])")


def year_cell_limit(row: TableRow, cell: CellText, *, roc_years: bool) -> tuple[date, str] | None:
    """The deadline and its words: the end of the cell's last year (a year of the Republic in a document of Taiwan), or of the
    month the row's work opens with (104 | 6月:…决标)."""
    found = BARE_YEARS.match(cell.text.strip())
    if found is None:
        return None
    year = int(found.group("last"))
    year += ROC_OFFSET if year < 1000 and roc_years else 0
    if not 1900 <= year <= 2100:
        return None
    content = row.get("content") or row.get("task")
    month = OPENING_MONTH.match(content.text) if content is not None else None
    if month is None:
        return date(year, 12, 31), cell.text
    number = int(month.group("month"))
    return date(year, number, calendar.monthrange(year, number)[1]), f"{cell.text} {month.group('text')}"


def yearly_statistic(row: TableRow, meaning: ColumnMeaning) -> bool:
    """A row named by a bare year (年度 85 | 二级产业人数 18,031) under a column known only by its
    ending: a table of statistics by year, no commitment; unless the caption says it is a plan
    (…编制计划表: a schedule, each row due by its year)."""
    cell = row.get("deadline")
    return meaning.guessed and cell is not None and BARE_YEARS.match(cell.text.strip()) is not None \
        and not row.caption.plan


def past_column(meaning: ColumnMeaning, reference: date | None, caption: Caption) -> ColumnMeaning | None:
    """A value column as of the document's date: a year before it (2025年 in a plan of 2026) is what that
    year reached; None for a planned column of an earlier year that is no year column (1995年招生人数 in
    a notice of 1996: the figures a plan starts from) or a past plan's goal (“十四五”目标值 in a plan of
    2026: neither a commitment nor a result). A year's task (2021年任务) in the schedule of a plan period
    its table's title names (“十四五”…推进计划表, 2021 to 2025), in a document of that period, is the
    plan's quota for that year as written: planned, due at that year's end."""
    if meaning.status != "planned" or meaning.year is None or reference is None or meaning.year >= reference.year:
        return meaning
    if meaning.role == "year" and plain_year(meaning):
        return replace(meaning, role="achieved")
    if meaning.role == "year" and _in_period(meaning.year, caption) and _in_period(reference.year, caption):
        return meaning
    return None


def _in_period(year: int, caption: Caption) -> bool:
    return caption.period_start is not None and caption.year is not None \
        and caption.period_start <= year <= caption.year


def schedule_years(table: Table, *, roc_years: bool) -> list[TimeMention]:
    """A year schedule table's year cells (年度 | 施政重点: 104, 105, 106-107) as limits: the item holding
    the table runs to its last year (RECORDS.md section 5: a task's latest explicit deadline)."""
    grid = table.grid()
    if len(grid) < 2 or table.n_cols != 2 or grid[0][0] is None:
        return []
    header = column_meaning(grid[0][0].text, guess=False)
    if header is None or header.role != "deadline":
        return []
    mentions = []
    for row in grid[1:]:
        cell = row[0]
        found = BARE_YEARS.match(cell.text.strip()) if cell is not None else None
        if found is None:
            continue
        year = int(found.group("last"))
        year += ROC_OFFSET if year < 1000 and roc_years else 0
        if 1900 <= year <= 2100:
            mentions.append(TimeMention(cell.start, cell.end, cell.text, date(year, 12, 31), None, "limit"))
    return mentions
