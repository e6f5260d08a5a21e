"""What the lines above a table say about all its cells: a unit (单位：万元) and, in a plan table's
title, the year or plan period its numbers are due by (2024年…目标任务分解表, “十五五”…指标一览表). A
year in a title without plan words (2024年…明细表) dates the table's rows only when its columns make it
a plan (责任单位, 目标值, 完成时限)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..chars import ONE_TO_NINE
from ..lexicon import alternation, word_list
from .columns import header_unit, period_end

UNIT_LINE = re.compile(r"单位[:：]\s*([^\s,，;；]{1,6})\s*$")
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
TITLE_PERIOD = re.compile(f"[“\"]?十([{ONE_TO_NINE}])五[”\"]?")
MAX_LINES = 3
SENTENCE_END = re.compile("[。;；]$")
TITLE_END = re.compile("(?:表|清单)$")  # 2021年…明细表: a table's title, not a cell of the table above


@dataclass(frozen=True, slots=True)
class Caption:
    unit: str | None = None
    multiplier: int = 1
    year: int | None = None
    year_text: str = ""
    plan: bool = False  # the title names a plan table (目标任务分解表, 指标一览表)
    named_year: int | None = None  # the year of a title without plan words (2024年…明细表)
    named_year_text: str = ""

    def of_plan(self) -> Caption:
        """The caption of a table its columns make a plan: a year its title names is its rows' too."""
        if self.year is not None or self.named_year is None:
            return self
        return replace(self, year=self.named_year, year_text=self.named_year_text)


def caption_of(lines: list[str]) -> Caption:
    """The caption read from the lines just above a table, nearest last; a sentence ends the caption."""
    unit, multiplier, year, year_text, plan = None, 1, None, "", False
    named: tuple[int | None, str] = (None, "")
    for line in reversed(lines[-MAX_LINES:]):
        line = line.strip()
        if SENTENCE_END.search(line):
            break
        found = UNIT_LINE.search(line)
        if found and unit is None:
            unit, multiplier = header_unit(found.group(1))
        if not plan and _plan_title().search(line):
            plan = True
            year, year_text = _title_year(line)
        elif named[0] is None and not plan:
            named = _named_year(line)
    return Caption(unit, multiplier, year, year_text, plan, *named)


def lines_before(text: str, start: int) -> list[str]:
    """The non-empty lines before ``start`` (at most a few)."""
    return [line for line in text[max(0, start - 300):start].split("\n") if line.strip()][-MAX_LINES:]


def _named_year(line: str) -> tuple[int | None, str]:
    """The one year a table's title names (2021年…明细表), a line ending as a title does; a plan period
    is read in a plan title only."""
    if not TITLE_END.search(line):
        return None, ""
    return _one_year(line)


def _title_year(line: str) -> tuple[int | None, str]:
    period = TITLE_PERIOD.search(line)
    if period:
        return period_end(period.group(1)), period.group()
    return _one_year(line)


def _one_year(line: str) -> tuple[int | None, str]:
    years = TITLE_YEAR.findall(line)
    return (int(years[-1]), f"{years[-1]}年") if len(set(years)) == 1 else (None, "")


@cache
def _plan_title() -> re.Pattern[str]:
    """A plan table's title: 目标任务分解表, 指标一览表, 重点任务与项目清单, 表1 “十四五”时期主要指标, 专栏2 主要目标 (a position
    list or a statistics table is not one)."""
    words = alternation(word_list("table_title_words.tsv"))
    return re.compile(rf"({words}).{{0,12}}(?:表|清单)|^(?:表|专栏)\s*[\d{ONE_TO_NINE}十]+.*({words})")
