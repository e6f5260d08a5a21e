"""Rows of task tables to tasks, and the amounts in their cells to targets.

Each row is a task (title from the task or content cell, owners from the owner
cells, deadline from the deadline cell or the last year column with content);
every amount in a year cell is a target due at that year's end, with the row's
owners; amounts in content cells follow the sentence rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from ..build import Amount, Limit, target, task
from ..document import Document
from ..index import DocumentIndex
from ..lexicon import alternation, word_list
from ..records import Target, Task
from ..rules.deadlines import TimeMention
from ..rules.owners import Owners, split_units
from ..rules.sentences import Span, sentences
from ..rules.quantities import units
from ..rules.targets import Draft, drafts_in_sentence, is_target_verb
from .columns import ColumnMeaning
from .flattened import flattened_tables
from .rows import CellText, TableRow, table_rows

BARE_NUMBER = re.compile(r"^\d{1,15}(?:\.\d+)?$")  # longer: a code, not an amount
NAME_BREAKS = re.compile("[,，;；。:：]")
SHORT_CONTENT = 20
WEAK_INDICATOR = 1
MAX_ACTION_TITLE = 40


@dataclass(frozen=True, slots=True)
class TableFacts:
    rows: tuple[TableRow, ...]
    spans: tuple[tuple[int, int], ...]  # where tables are in the text: no sentence extraction there


def find_tables(document: Document) -> TableFacts:
    rows: list[TableRow] = []
    spans = [(t.start, t.end) for t in document.tables]
    for table in document.tables:
        rows += table_rows(table)
    for flat in flattened_tables(document.text, spans):
        rows += flat.rows
        spans.append((flat.start, flat.end))
    return TableFacts(tuple(rows), tuple(spans))


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
            for sentence in sentences(self.document.text, cell.start, cell.end):
                text = sentence.text(self.document.text)
                limits = [t for t in self._times(text)
                          if t.role == "limit" and t.deadline and t.deadline != _year_end(meaning)]
                if limits:
                    actions.append(task(
                        self.document, span=sentence, path=(*row_task.path, row_task.title),
                        title=_action_title(text, limits[0]), text=text, owners=_owners_of(row_task),
                        limit=Limit(limits[0].deadline, limits[0].text), method=row.method))
        return actions

    def _task(self, row: TableRow) -> Task:
        return task(self.document, span=Span(row.start, row.end), path=tuple(c.text for c in (row.get("group"),) if c),
                    title=_title(row), text="\n".join(c.text for c in _row_cells(row)), owners=row_owners(row),
                    limit=self._row_limit(row), method=row.method)

    def _row_limit(self, row: TableRow, roles: tuple[str, ...] = ("deadline", "group")) -> Limit | None:
        """The latest limit of the deadline cell, else of the group cell (类别: 计划年内投产: the
        row's task only), else the last year column with content."""
        for role in roles:
            cell = row.get(role)
            limits = [t for t in self._times(cell.text) if t.role == "limit" and t.deadline] if cell is not None else []
            if limits:
                latest = max(limits, key=lambda t: t.deadline)
                return Limit(latest.deadline, latest.text)
        years = [m.year for m, _ in row.values if m.year]
        return Limit.year_end(max(years), f"{max(years)}年") if years else None

    def _targets(self, row: TableRow, row_task: Task) -> list[Target]:
        targets = []
        owners = row_owners(row)
        row_limit = self._row_limit(row, ("deadline",))
        for meaning, cell in row.values:
            year_limit = Limit.year_end(meaning.year, meaning.header) if meaning.year else None
            drafts = self._drafts(cell, lenient=True)
            unit = meaning.unit or _unit_cell(row)
            if not drafts and _is_bare_number(cell.text) and (unit or meaning.year):
                targets.append(self._amount(row, meaning, cell, row_task, owners, unit))
            for draft, times in drafts:
                targets.append(self._target(draft, times, row_task, owners, year_limit, meaning, None))
        for role in ("content", "criteria", "task"):
            cell = row.get(role)
            if cell is not None and not (role == "task" and row.get("content") and _is_a_name(cell.text)):
                targets += [self._target(d, t, row_task, owners, None, None, row_limit)
                            for d, t in self._drafts(cell, lenient=False)]
        return targets

    def _drafts(self, cell: CellText, *, lenient: bool) -> list[tuple[Draft, list[TimeMention]]]:
        found = []
        text = self.document.text
        for sentence in sentences(text, cell.start, cell.end):
            times = [t.shifted(sentence.start) for t in self._times(sentence.text(text))]
            found += [(d, times) for d in drafts_in_sentence(text, sentence, times, self.index.reference,
                                                             lenient=lenient)]
        return found

    def _target(self, draft: Draft, times: list[TimeMention], row_task: Task, owners: Owners,
                year_limit: Limit | None, meaning: ColumnMeaning | None, row_limit: Limit | None) -> Target:
        # a year column is a plan: 累计完成30个 there is a cumulative commitment, not a result
        status = "planned" if meaning is not None and meaning.year else (draft.status or "planned")
        own = [t for t in times if t.role == "limit" and t.deadline and draft.clause.start <= t.start < draft.clause.end]
        limit = Limit(own[0].deadline, own[0].text) if own else year_limit
        if limit is None and meaning is None:
            limit = row_limit
        if status == "achieved" or draft.recurring:
            limit = None
        owner = Owners((draft.entity,)) if draft.entity else owners
        indicator = row_task.title if _weak(draft) else draft.indicator  # 完成12个 in a year cell: what the row is about
        return target(self.document, Amount.of(draft, indicator=indicator), span=draft.clause, task_id=row_task.task_id,
                      owners=owner, limit=limit, status=status, method="table")

    def _amount(self, row: TableRow, meaning: ColumnMeaning, cell: CellText, row_task: Task, owners: Owners,
                unit: str | None) -> Target:
        """A bare number under a header with a unit (投资总额(亿元) 150 → 15000000000 元), or in a
        year column of a row whose unit cell names it (2024年: 12, 计量单位: 个)."""
        head = row.get("task") or row.get("content") or cell
        indicator = row_task.title if meaning.year else meaning.header.split("(")[0].split("（")[0]
        amount = Amount(indicator=indicator, action=None, value=Decimal(cell.text) * meaning.multiplier,
                        value_max=None, unit=unit, comparator="=", anchor=cell.start)
        return target(self.document, amount, span=Span(min(head.start, cell.start), cell.end),
                      task_id=row_task.task_id, owners=owners,
                      limit=Limit.year_end(meaning.year, meaning.header) if meaning.year else None,
                      status="planned", method="table")


def _owners_of(row_task: Task) -> Owners:
    return Owners(row_task.owners, row_task.lead_owners, row_task.support_owners)


def row_owners(row: TableRow) -> Owners:
    owners = Owners(tuple(split_units(row.get("owner").text))) if row.get("owner") else Owners()
    lead = tuple(split_units(row.get("lead").text)) if row.get("lead") else ()
    support = tuple(split_units(row.get("support").text)) if row.get("support") else ()
    return owners.merged(Owners(lead + support, lead, support))


def _title(row: TableRow) -> str:
    task, content = row.get("task"), row.get("content")
    if task and content and len(content.text) <= SHORT_CONTENT:
        return content.text
    chosen = task or content or (row.values[0][1] if row.values else None)
    return chosen.text if chosen else ""


def _weak(draft: Draft) -> bool:
    """An indicator that says nothing: a verb or a word of one or two characters."""
    return len(draft.indicator) <= WEAK_INDICATOR or draft.indicator == draft.action or is_target_verb(draft.indicator)


def _unit_cell(row: TableRow) -> str | None:
    cell = row.get("unit")
    return units()[cell.text].written if cell is not None and cell.text in units() else None


def _year_end(meaning: ColumnMeaning) -> date | None:
    return date(meaning.year, 12, 31) if meaning.year else None


def _action_title(sentence: str, limit: TimeMention) -> str:
    """The action a dated sentence asks for: its first clause without the time words."""
    rest = (sentence[:limit.start] + sentence[limit.end:]).lstrip("前之,，在于到至")
    return re.split(r"[,，;；。]", rest, maxsplit=1)[0].strip()[:MAX_ACTION_TITLE]


def _row_cells(row: TableRow) -> list[CellText]:
    cells = [row.cells[r] for r in ("index", "task", "content", "criteria", "owner", "lead", "support", "deadline")
             if r in row.cells]
    return cells + [cell for _, cell in row.values]


def _is_a_name(text: str) -> bool:
    """A project's name (…年产30万辆新能源整车项目), not a sentence."""
    return not NAME_BREAKS.search(text) and _name_endings().search(text.strip()) is not None


@cache
def _name_endings() -> re.Pattern[str]:
    return re.compile(f"({alternation(word_list('name_endings.tsv'))})$")


def _is_bare_number(text: str) -> bool:
    return BARE_NUMBER.match(text.strip()) is not None
