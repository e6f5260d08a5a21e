"""What the amount of a table cell counts and in what unit: the row's name or task with the column's words
(片区更新数量, 城镇化率(%) → 城镇化率 in %), the header's, the unit cell's or the caption's unit; a cell's
clause that names nothing (完成12个) takes the topic before it."""
from __future__ import annotations

import re

from ..records import Task
from ..rules.commitments import is_target_verb
from ..rules.targets import Draft
from .columns import VALUE_ROLES, ColumnMeaning, cell_unit, header_unit
from .row_titles import SENTENCE_MARKS
from .rows import TableRow
from .value_cells import counted_measure

UNIT_AS_WRITTEN = re.compile(r"^[^\d\s\-—/－,，。;；:：()（）]{1,3}(?:/[^\d\s,，。;；]{1,4})?$")
NAME_UNIT = re.compile(r"^(.+?)[(（]([^()（）]{1,6})[)）]$")  # 城镇化率(%), 新建城市道路(公里)
WEAK_INDICATOR = 1
MAX_TOPIC = 12
TOPIC = re.compile(f"(?:^|(?<=[\\n;；。]))([^\\n,，;；。:：\\d]{{2,{MAX_TOPIC}}})[,，]$")


def value_indicator(row: TableRow, meaning: ColumnMeaning, row_task: Task) -> str:
    """A row named by its name or owner cells (江苏, 片区更新数量) and what the column counts
    (扩招, 分年度招生任务(1996年)); a task row's title under a year column; else the header."""
    words = meaning.sub + meaning.words.split("(")[0]
    if row.get("task") or row.get("content") or not row.label:
        if meaning.year and meaning.role == "year":  # a year's share of a measure (造林面积 by year): named so
            return f"{row_task.title}{meaning.parent}({meaning.header})" if meaning.unit and meaning.parent \
                else row_task.title
        # a limit per item (上门照护 | 在职人员 | 最高支付限额): the item and what is limited; a project's
        # measure (青枫口袋公园 | 面积(公顷)): the project and what is measured
        named = meaning.unit_only and row.get("task") is not None and not SENTENCE_MARKS.search(row_task.title)
        return f"{row_task.title}{words}" if meaning.sub or meaning.comparator or named else words
    if meaning.role == "year":
        return f"{row.label}{meaning.parent}({meaning.header})" if meaning.parent else row.label
    return row.label if meaning.role in ("target", "achieved") and not meaning.guessed else f"{row.label}{words}"


def unit_of(row: TableRow, meaning: ColumnMeaning) -> tuple[str | None, int]:
    """The header's unit (长度(公里)), else the row's unit cell (万平方米), else the measure word of what the
    header counts (新增示范工程: 个), else the caption's (单位：人)."""
    if meaning.unit:
        return meaning.unit, meaning.multiplier
    cell = row.get("unit")
    if cell is not None:
        unit, multiplier = cell_unit(cell.text.strip())
        if unit:
            return unit, multiplier
        if UNIT_AS_WRITTEN.match(cell.text.strip()):
            return cell.text.strip(), 1  # 微克/立方米: a unit the list does not hold, as written
    for name in (row.get("task"), row.get("content")):
        named = name_unit(name.text)[1] if name is not None else None
        if named is not None:
            return named
    if row.label and name_unit(row.label)[1] is not None:
        return name_unit(row.label)[1]
    if row.caption.unit is None and meaning.role in VALUE_ROLES and (measure := counted_measure(meaning.words)):
        return measure, 1  # 新增示范工程: a count of what the header names, in its measure word
    return row.caption.unit, row.caption.multiplier


def name_unit(name: str) -> tuple[str, tuple[str, int] | None]:
    """城镇化率(%) → 城镇化率 and its unit; a name without a unit in brackets at its end as it is."""
    found = NAME_UNIT.match(name.strip())
    if found is None:
        return name, None
    unit, multiplier = header_unit(found.group(2))
    return (found.group(1), (unit, multiplier)) if unit else (name, None)


def topic(text: str, draft: Draft) -> str | None:
    """井盖处置 of 井盖处置,完成12个: a short clause without numbers opening the cell's sentence, right before
    the amount's clause, names what the amount counts."""
    found = TOPIC.search(text, max(0, draft.clause.start - MAX_TOPIC - 2), draft.clause.start)
    return found.group(1) if found else None


def is_weak(draft: Draft) -> bool:
    """An indicator that says nothing: a verb or a word of one or two characters."""
    return len(draft.indicator) <= WEAK_INDICATOR or draft.indicator == draft.action or is_target_verb(draft.indicator)
