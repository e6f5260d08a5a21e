"""Rows of task tables to tasks, and the amounts in their cells to targets.

Each row is a task (title from the task or content cell, owners from the owner
cells, deadline from the deadline cell or the last year column with content);
every amount in a year cell is a target due at that year's end, with the row's
owners; a content cell (建设内容, 工作目标) states what the row commits to, so its amounts are
targets with no verb of their own too (注册资本15亿元), while those of task and criteria cells (a
scoring table's 评分标准) follow the sentence rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..build import Amount, Limit, target, task
from ..document import Document
from ..index import DocumentIndex
from ..records import Target, Task
from ..rules.deadlines import TimeMention
from ..rules.owners import Owners, owners_of
from ..rules.sentences import Span, sentences
from ..rules.targets import Draft, drafts_in_sentence
from ..target_limits import sentence_limit
from .cell_numbers import CellNumber, cell_comparator, cell_number
from .columns import ColumnMeaning
from .row_owners import row_owners
from .row_titles import action_title, is_a_name, row_cells, row_title
from .rows import CellText, TableRow
from .value_labels import is_weak, name_unit, topic, unit_of, value_indicator
from .year_cells import past_column, year_cell_limit, yearly_statistic

YEAR_CELL = re.compile(r"^((?:19|20)\d{2})年(?:底|末)?$")  # a cell that is a year, not an amount counted in years


@dataclass
class TableRecords:
    """Turns table rows into records, with the index's reference date and the shared builder."""

    index: DocumentIndex

    @property
    def document(self) -> Document:
        return self.index.document

    def build(self, rows: tuple[TableRow, ...]) -> tuple[list[Task], list[Target]]:
        tasks: list[Task] = []
        targets: list[Target] = []
        for row in rows:
            row_task = self._task(row)
            tasks.append(row_task)
            tasks += self._dated_actions(row, row_task)
            targets += self._targets(row, row_task)
        return tasks, targets

    def _times(self, text: str) -> list[TimeMention]:
        return self.index.find_times(text)

    def _dated_actions(self, row: TableRow, row_task: Task) -> list[Task]:
        """A year cell that names its own time limit (在2020年9月1日前撤除…) is a task of its own."""
        actions = []
        for meaning, cell in row.values:
            if meaning.role == "deadline":
                continue  # the row's own 完成时限 column dates the row's task
            for sentence in sentences(self.document.text, cell.start, cell.end):
                text = sentence.text(self.document.text)
                limits = [t.shifted(-sentence.start) for t in self.index.times_in(sentence.start, sentence.end)
                          if t.role == "limit" and t.deadline and t.deadline != _year_end(meaning)]
                if limits:
                    actions.append(task(self.document, span=sentence, path=(*row_task.path, row_task.title),
                                        title=action_title(text, limits[0]), text=text, owners=owners_of(row_task),
                                        limit=Limit(limits[0].deadline, limits[0].text), method=row.method,
                                        model_version=self.index.model_version))
        return actions

    def _task(self, row: TableRow) -> Task:
        return task(self.document, span=Span(row.start, row.end), path=tuple(c.text for c in (row.get("group"),) if c),
                    title=row_title(row), text="\n".join(c.text for c in row_cells(row)), owners=row_owners(row),
                    limit=self._row_limit(row), method=row.method, model_version=self.index.model_version)

    def _row_limit(self, row: TableRow, roles: tuple[str, ...] = ("deadline", "group")) -> Limit | None:
        """The latest limit of the deadline cell, else of the group cell (类别: 计划年内投产: the
        row's task only), else the last year column with content."""
        for role in roles:
            limit = self._cell_limit(row, role)
            if limit is not None:
                return limit
        reference = self.index.reference
        years = [m.year for m, _ in row.values
                 if m.year and (c := past_column(m, reference, row.caption)) is not None and c.role != "achieved"]
        if years:
            return Limit.year_end(max(years), f"{max(years)}年")
        return _caption_limit(row)

    def _cell_limit(self, row: TableRow, role: str) -> Limit | None:
        """The latest limit the row's cell of this role names (完成时限: 2024年6月底前)."""
        cell = row.get(role) or next((c for m, c in row.values if m.role == role), None)
        limits = [t for t in self._times(cell.text) if t.role == "limit" and t.deadline] if cell is not None else []
        if not limits:
            year = year_cell_limit(row, cell, roc_years=self.index.roc_years) if role == "deadline" and cell else None
            return Limit(*year) if year else None
        latest = max(limits, key=lambda t: t.deadline)
        return Limit(latest.deadline, latest.text)


    def _targets(self, row: TableRow, row_task: Task) -> list[Target]:
        targets = []
        owners = row_owners(row)
        row_limit = self._row_limit(row, ("deadline",))
        # the row's 完成时限 cell, else the caption's year (not the row's year columns: 扩招 over them), read
        # once for the row where a planned cell without a year or a standard needs it
        needs_fallback = row.get("criteria") is not None or any(
            not meaning.year and meaning.status == "planned" for meaning, _ in row.values)
        fallback_limit = self._cell_limit(row, "deadline") or _year_group(row) or _caption_limit(row) if needs_fallback else None
        for meaning, cell in row.values:
            column = past_column(meaning, self.index.reference, row.caption)
            if column is None or yearly_statistic(row, meaning) or YEAR_CELL.match(cell.text.strip()):
                continue  # 达标评估计划: 2028年, a year the row's work is due by, no amount
            meaning = column
            year_limit = Limit.year_end(meaning.year, meaning.header) if meaning.year else None
            if year_limit is None and meaning.status == "planned":
                year_limit = fallback_limit
            number = cell_number(cell.text)
            drafts = self._drafts(cell, lenient=True) if number is None else []
            unit, multiplier = number.unit if number and number.unit[0] else unit_of(row, meaning)
            if number and number.value and (unit or meaning.year):
                targets.append(self._amount(row, meaning, cell, number, row_task, owners, unit, multiplier,
                                            year_limit))
            for draft, times in drafts:
                targets.append(self._target(draft, times, row_task, owners, year_limit, meaning, row_limit))
        for role in ("content", "criteria", "task"):
            text_cell = row.get(role) if role not in row.inherited else None  # a merged cell is read on its first row
            bound = cell_number(text_cell.text) if role == "criteria" and text_cell is not None else None
            if bound is not None and bound.value and bound.unit[0]:  # a standard that is only a bound (≥50%)
                targets.append(self._amount(row, ColumnMeaning("target", role), text_cell, bound, row_task, owners,
                                            *bound.unit, fallback_limit))
            elif text_cell is not None and not (role == "task" and row.get("content") and is_a_name(text_cell.text)):
                targets += [self._target(d, t, row_task, owners, None, None, row_limit)
                            for d, t in self._drafts(text_cell, lenient=role == "content")]
        return targets

    def _drafts(self, cell: CellText, *, lenient: bool) -> list[tuple[Draft, list[TimeMention]]]:
        found = []
        text = self.document.text
        for sentence in sentences(text, cell.start, cell.end):
            times = self.index.times_in(sentence.start, sentence.end)
            found += [(d, times) for d in drafts_in_sentence(text, sentence, times, self.index.reference,
                                                             lenient=lenient)]
        return found

    def _target(self, draft: Draft, times: list[TimeMention], row_task: Task, owners: Owners,
                year_limit: Limit | None, meaning: ColumnMeaning | None, row_limit: Limit | None) -> Target:
        # a year or target column is a plan: 累计完成30个 there is a cumulative commitment, not a result
        status = meaning.status if meaning is not None and (meaning.year or meaning.role in ("target", "achieved")) \
            else (draft.status or "planned")
        own = sentence_limit(draft, times)
        limit = Limit(own.deadline, own.text) if own else year_limit
        if limit is None and (meaning is None or not meaning.year):
            limit = row_limit  # the row's deadline column
        if status == "achieved" or draft.recurring:
            limit = None
        owner = Owners((draft.entity,)) if draft.entity else owners
        # 完成12个 in a year cell: what its clause before names (井盖处置,完成12个), else what the row is about
        indicator = (topic(self.document.text, draft) or row_task.title) if is_weak(draft) else draft.indicator
        return target(self.document, Amount.of(draft, indicator=indicator), span=draft.clause, task_id=row_task.task_id,
                      owners=owner, limit=limit, status=status, method="table", model_version=self.index.model_version)

    def _amount(self, row: TableRow, meaning: ColumnMeaning, cell: CellText, number: CellNumber,
                row_task: Task, owners: Owners, unit: str | None, multiplier: int, limit: Limit | None) -> Target:
        """A bare number under a header with a unit (投资总额(亿元) 150 → 15000000000 元), or in a
        year column of a row whose unit cell names it (2024年: 12, 计量单位: 个), or in a table whose
        caption names it (单位：人)."""
        head = row.get("task") or row.get("content") or (row.names[0] if row.names else None) \
            or row.get("owner") or cell
        amount = Amount(indicator=name_unit(value_indicator(row, meaning, row_task))[0], action=None,
                        value=number.value * multiplier,
                        value_max=number.value_max * multiplier if number.value_max is not None else None,
                        unit=unit, comparator=cell_comparator(number, meaning),
                        anchor=cell.start)
        achieved = meaning.status == "achieved"
        # a row with no task cell is one record line (江苏 100 120 140): its numbers share it as evidence
        span = Span(min(head.start, cell.start), cell.end) if row.get("task") or row.get("content") \
            else Span(row.start, row.end)
        return target(self.document, amount, span=span,
                      task_id=row_task.task_id, owners=owners, limit=None if achieved else limit,
                      status=meaning.status, method="table", model_version=self.index.model_version)


def _year_group(row: TableRow) -> Limit | None:
    """A year written once over its rows (年份: 2024年, then the rows of that year): it dates their numbers."""
    group = row.get("group")
    year = YEAR_CELL.match(group.text.strip()) if group is not None else None
    return Limit.year_end(int(year.group(1)), year.group()) if year else None


def _caption_limit(row: TableRow) -> Limit | None:
    """The year or plan period of a plan table's title (2024年…目标任务分解表)."""
    caption = row.caption
    return Limit.year_end(caption.year, caption.year_text) if caption.year else None


def _year_end(meaning: ColumnMeaning) -> date | None:
    return date(meaning.year, 12, 31) if meaning.year else None
