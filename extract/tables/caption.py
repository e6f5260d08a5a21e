"""What the lines above a table say about all its cells: a unit (单位：万元) and, in a plan table's
title, the year or plan period its numbers are due by (2024年…目标任务分解表, “十五五”…指标一览表)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chars import ONE_TO_NINE
from ..lexicon import alternation, word_list
from .columns import header_unit, period_end, period_start

UNIT_LINE = re.compile(r"单位[:：]\s*([^\s,，;；]{1,6})\s*$")
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
TITLE_PERIOD = re.compile(f"[“\"]?十([{ONE_TO_NINE}])五[”\"]?")
MAX_LINES = 3
SENTENCE_END = re.compile("[。;；]$")


@dataclass(frozen=True, slots=True)
class Caption:
    unit: str | None = None
    multiplier: int = 1
    year: int | None = None
    year_text: str = ""
    plan: bool = False  # the title names a plan table (目标任务分解表, 指标一览表)
    period_start: int | None = None  # the first year of the plan period the title names (“十四五”: 2021)


def caption_of(lines: list[str]) -> Caption:
    """The caption read from the lines just above a table, nearest last; a sentence ends the caption."""
    unit, multiplier, year, year_text, plan, start = None, 1, None, "", False, None
    for line in reversed(lines[-MAX_LINES:]):
        line = line.strip()
        if SENTENCE_END.search(line):
            break
        found = UNIT_LINE.search(line)
        if found and unit is None:
            unit, multiplier = header_unit(found.group(1))
        if not plan and _plan_title().search(line):
            plan = True
            year, year_text, start = _title_year(line)
    return Caption(unit, multiplier, year, year_text, plan, start)


def lines_before(text: str, start: int) -> list[str]:
    """The non-empty lines before ``start`` (at most a few)."""
    return [line for line in text[max(0, start - 300):start].split("\n") if line.strip()][-MAX_LINES:]


def _title_year(line: str) -> tuple[int | None, str, int | None]:
    """The year the title's numbers are due by, the words it came from, and the first year of the plan
    period the title names (None for a single year)."""
    period = TITLE_PERIOD.search(line)
    if period:
        return period_end(period.group(1)), period.group(), period_start(period.group(1))
    years = TITLE_YEAR.findall(line)
    return (int(years[-1]), f"{years[-1]}年", None) if len(set(years)) == 1 else (None, "", None)


@cache
def _plan_title() -> re.Pattern[str]:
    """A plan table's title: 目标任务分解表, 指标一览表, 重点任务与项目清单, 表1 “十四五”时期主要指标, 专栏2 主要目标 (a position
    list or a statistics table is not one)."""
    words = alternation(word_list("table_title_words.tsv"))
    return re.compile(rf"({words}).{{0,12}}(?:表|清单)|^(?:表|专栏)\s*[\d{ONE_TO_NINE}十]+.*({words})")
