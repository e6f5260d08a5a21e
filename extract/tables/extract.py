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
from typing import NamedTuple

from ..build import Amount, Limit, target, task
from ..document import Document
from ..index import DocumentIndex, uses_roc_years
from ..lexicon import alternation, read_table, word_list
from ..records import Target, Task
from ..resolve import sentence_limit
from ..rules.deadlines import TimeMention
from ..rules.owners import Owners, owners_of
from ..rules.sentences import Span, sentences
from ..rules.commitments import is_target_verb
from ..rules.targets import Draft, drafts_in_sentence
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .caption import lines_before
from .columns import VALUE_ROLES, ColumnMeaning, cell_unit, header_unit
from .flattened import flattened_tables
from .flattened_lists import flattened_lists
from .grouped_rows import grouped_tables
from .run_together import run_together_tables
from .spaced_years import spaced_year_tables
from .group_owners import group_labels, with_group_owners
from .rows import CellText, TableRow, table_rows
from .unit_targets import unit_target_tables
from .value_cells import counted_measure
from .year_cells import past_column, year_cell_limit, yearly_statistic

# a cell that is a number, maybe after a comparator sign (>1.5, ≥200): RECORDS reads > as >= and < as <=;
# more than 15 digits is a code, not an amount
# a range of two numbers (1.2-1.5, 25～26) is one target with value_max
CELL_NUMBER = re.compile(r"^(?P<sign>[≥≤><]=?)?\s*(?P<number>\d{1,15}(?:\.\d+)?)"
                         r"(?:\s*[-—–~～至]\s*(?P<upper>\d{1,15}(?:\.\d+)?))?\s*(?P<unit>[^\d\s]{0,6})$")
UNIT_AS_WRITTEN = re.compile(r"^[^\d\s\-—/－,，。;；:：()（）]{1,3}(?:/[^\d\s,，。;；]{1,4})?$")
SIGNS = {"≥": ">=", ">": ">=", ">=": ">=", "≤": "<=", "<": "<=", "<=": "<="}
NAME_UNIT = re.compile(r"^(.+?)[(（]([^()（）]{1,6})[)）]$")  # 城镇化率(%), 新建城市道路(公里)
NAME_BREAKS = re.compile("[,，;；。:：]")
SENTENCE_MARKS = re.compile("[,，;；。]")
BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")
SHORT_CONTENT = 20
WEAK_INDICATOR = 1
MAX_TOPIC = 12
TOPIC = re.compile(f"(?:^|(?<=[\\n;；。]))([^\\n,，;；。:：\\d]{{2,{MAX_TOPIC}}})[,，]$")
MAX_ACTION_TITLE = 40
YEAR_CELL = re.compile(r"^((?:19|20)\d{2})年(?:底|末)?$")  # a cell that is a year, not an amount counted in years
MAX_CELL_TITLE = 50  # as a heading's title (extract/outline.py)
CELL_TITLE_STOP = re.compile("[。;；!！?？]")


@dataclass(frozen=True, slots=True)
class TableFacts:
    rows: tuple[TableRow, ...]
    spans: tuple[tuple[int, int], ...]  # where tables are in the text: no sentence extraction there


def find_tables(document: Document) -> TableFacts:
    rows: list[TableRow] = []
    spans = [(t.start, t.end) for t in document.tables]
    for table in document.tables:
        rows += with_group_owners(table_rows(table, lines_before(document.text, table.start)), group_labels(table))
    roc_years = uses_roc_years(document)
    for flat in [*run_together_tables(document.text, spans),
                 *spaced_year_tables(document.text, spans, roc_years=roc_years), *flattened_lists(document.text, spans),
                 *flattened_tables(document.text, spans), *unit_target_tables(document.text, spans),
                 *grouped_tables(document.text, spans)]:
        if not any(a <= flat.start < b for a, b in spans):
            rows += with_group_owners(list(flat.rows))
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
            if meaning.role == "deadline":
                continue  # the row's own 完成时限 column dates the row's task
            for sentence in sentences(self.document.text, cell.start, cell.end):
                text = sentence.text(self.document.text)
                limits = [t.shifted(-sentence.start) for t in self.index.times_in(sentence.start, sentence.end)
                          if t.role == "limit" and t.deadline and t.deadline != _year_end(meaning)]
                if limits:
                    actions.append(task(self.document, span=sentence, path=(*row_task.path, row_task.title),
                                        title=_action_title(text, limits[0]), text=text, owners=owners_of(row_task),
                                        limit=Limit(limits[0].deadline, limits[0].text), method=row.method,
                                        model_version=self.index.model_version))
        return actions

    def _task(self, row: TableRow) -> Task:
        return task(self.document, span=Span(row.start, row.end), path=tuple(c.text for c in (row.get("group"),) if c),
                    title=_title(row), text="\n".join(c.text for c in _row_cells(row)), owners=row_owners(row),
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
            number = _cell_number(cell.text)
            drafts = self._drafts(cell, lenient=True) if number is None else []
            unit, multiplier = number.unit if number and number.unit[0] else _unit_of(row, meaning)
            if number and number.value and (unit or meaning.year):
                targets.append(self._amount(row, meaning, cell, number, row_task, owners, unit, multiplier,
                                            year_limit))
            for draft, times in drafts:
                targets.append(self._target(draft, times, row_task, owners, year_limit, meaning, row_limit))
        for role in ("content", "criteria", "task"):
            cell = row.get(role) if role not in row.inherited else None  # a merged cell is read on its first row
            bound = _cell_number(cell.text) if role == "criteria" and cell is not None else None
            if bound is not None and bound.value and bound.unit[0]:  # a standard that is only a bound (≥50%)
                targets.append(self._amount(row, ColumnMeaning("target", role), cell, bound, row_task, owners,
                                            *bound.unit, fallback_limit))
            elif cell is not None and not (role == "task" and row.get("content") and _is_a_name(cell.text)):
                targets += [self._target(d, t, row_task, owners, None, None, row_limit)
                            for d, t in self._drafts(cell, lenient=False)]
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
        indicator = (_topic(self.document.text, draft) or row_task.title) if _weak(draft) else draft.indicator
        return target(self.document, Amount.of(draft, indicator=indicator), span=draft.clause, task_id=row_task.task_id,
                      owners=owner, limit=limit, status=status, method="table", model_version=self.index.model_version)

    def _amount(self, row: TableRow, meaning: ColumnMeaning, cell: CellText, number: CellNumber,
                row_task: Task, owners: Owners, unit: str | None, multiplier: int, limit: Limit | None) -> Target:
        """A bare number under a header with a unit (投资总额(亿元) 150 → 15000000000 元), or in a
        year column of a row whose unit cell names it (2024年: 12, 计量单位: 个), or in a table whose
        caption names it (单位：人)."""
        head = row.get("task") or row.get("content") or (row.names[0] if row.names else None) \
            or row.get("owner") or cell
        amount = Amount(indicator=_name_unit(_indicator(row, meaning, row_task))[0], action=None,
                        value=number.value * multiplier,
                        value_max=number.value_max * multiplier if number.value_max is not None else None,
                        unit=unit, comparator=_comparator(number, meaning),
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


def _comparator(number: CellNumber, meaning: ColumnMeaning) -> str:
    """The cell's own bound (≥50, 30左右), else its header's (最高支付限额 over 200元/月: <=)."""
    return meaning.comparator if number.comparator == "=" and meaning.comparator else number.comparator


def _caption_limit(row: TableRow) -> Limit | None:
    """The year or plan period of a plan table's title (2024年…目标任务分解表)."""
    caption = row.caption
    return Limit.year_end(caption.year, caption.year_text) if caption.year else None


def _indicator(row: TableRow, meaning: ColumnMeaning, row_task: Task) -> str:
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


def _unit_of(row: TableRow, meaning: ColumnMeaning) -> tuple[str | None, int]:
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
        unit = _name_unit(name.text)[1] if name is not None else None
        if unit is not None:
            return unit
    if row.label and _name_unit(row.label)[1] is not None:
        return _name_unit(row.label)[1]
    if row.caption.unit is None and meaning.role in VALUE_ROLES and (measure := counted_measure(meaning.words)):
        return measure, 1  # 新增示范工程: a count of what the header names, in its measure word
    return row.caption.unit, row.caption.multiplier


def _name_unit(name: str) -> tuple[str, tuple[str, int] | None]:
    """城镇化率(%) → 城镇化率 and its unit; a name without a unit in brackets at its end as it is."""
    found = NAME_UNIT.match(name.strip())
    if found is None:
        return name, None
    unit, multiplier = header_unit(found.group(2))
    return (found.group(1), (unit, multiplier)) if unit else (name, None)


def row_owners(row: TableRow) -> Owners:
    owner_cell = row.get("owner")
    if owner_cell is not None and owner_cell.text.strip() in word_list("table_totals.tsv"):
        owner_cell = None  # 总计, 合计: the sum of the rows, nobody's quota
    owners = Owners(tuple(split_units(owner_cell.text))) if owner_cell else Owners()
    lead_cell, support_cell = row.get("lead"), row.get("support")
    # beside a support column, a lead cell's brackets are notes (区委组织部(区公务员局)), not its support units
    lead, bracketed = (tuple(split_units(lead_cell.text)), ()) if lead_cell and support_cell \
        else _lead_cell(lead_cell.text) if lead_cell else ((), ())
    support = bracketed + (tuple(split_units(support_cell.text)) if support_cell else ())
    return owners.merged(Owners(lead + support, lead, support))


def _lead_cell(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lead cell's units, and the units it names in brackets as support: a 主(协)办机关 column of a
    Taiwan plan writes ``水利局(资讯局、各区公所)`` or ``水利局、(资讯局)``. A bracket holding no unit is
    a note (属地街道(市对区考核))."""
    inside = tuple(unit for group in BRACKETED.findall(text) for unit in split_units(group) if is_unit(unit))
    lead = tuple(u for u in split_units(BRACKETED.sub("、", text) if inside else text) if u not in inside)
    return lead, inside


def _title(row: TableRow) -> str:
    task, content = row.get("task"), row.get("content")
    if task and content and len(content.text) <= SHORT_CONTENT and not SENTENCE_MARKS.search(content.text):
        return content.text  # a short content cell names the work; one that is a sentence describes the task
    if not task and not content and row.label:
        return row.label
    chosen = task or content or (row.values[0][1] if row.values else None)
    return _cell_title(chosen.text) if chosen else ""


def _cell_title(text: str) -> str:
    """A long cell's title, as a heading's: its first sentence, or its first clause when that is long too
    (环境整治及房屋修缮。推进…: 环境整治及房屋修缮)."""
    if len(text) <= MAX_CELL_TITLE:
        return text
    stop = CELL_TITLE_STOP.search(text)
    if stop is not None and stop.start() <= MAX_CELL_TITLE:
        return text[:stop.start()]
    comma = text.find(",", 0, MAX_CELL_TITLE)
    return text[:comma] if comma > 0 else text[:MAX_CELL_TITLE]


def _topic(text: str, draft: Draft) -> str | None:
    """井盖处置 of 井盖处置,完成12个: a short clause without numbers opening the cell's sentence, right before
    the amount's clause, names what the amount counts."""
    found = TOPIC.search(text, max(0, draft.clause.start - MAX_TOPIC - 2), draft.clause.start)
    return found.group(1) if found else None


def _weak(draft: Draft) -> bool:
    """An indicator that says nothing: a verb or a word of one or two characters."""
    return len(draft.indicator) <= WEAK_INDICATOR or draft.indicator == draft.action or is_target_verb(draft.indicator)


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


class CellNumber(NamedTuple):
    value: Decimal
    comparator: str
    unit: tuple[str | None, int]  # the unit with its multiplier; (None, 1) when the cell names none
    value_max: Decimal | None


def _cell_number(text: str) -> CellNumber | None:
    """A cell that holds only a number or a range, maybe between comparator words or after a sign and
    before a unit (≥200家, 不低于90, 1.2-1.5, 30左右)."""
    word, bare = _cell_words(text.strip())
    found = CELL_NUMBER.match(bare)
    if found is None or (word and found.group("sign")):
        return None
    unit = cell_unit(found.group("unit")) if found.group("unit") else (None, 1)
    if found.group("unit") and unit[0] is None:
        return None  # 3个月内, 2号线: words the sentence rules read
    upper = Decimal(found.group("upper")) if found.group("upper") else None
    if upper is not None and (word or upper <= Decimal(found.group("number"))):
        return None
    comparator = "range" if upper is not None else word or SIGNS.get(found.group("sign") or "", "=")
    return CellNumber(Decimal(found.group("number")), comparator, unit, upper)


def _cell_words(text: str) -> tuple[str | None, str]:
    """The comparator a word before or after a cell's number states (不低于90, 30左右), and the cell without it."""
    leading, trailing, mapping = _comparator_words()
    for pattern in (leading, trailing):
        found = pattern.search(text)
        if found:
            return mapping[found.group(1)], text[:found.start()] + text[found.end():]
    return None, text


@cache
def _comparator_words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    rows = read_table("comparators.tsv")
    before = alternation(tuple(r["word"] for r in rows if r["position"] == "before"))
    after = alternation(tuple(r["word"] for r in rows if r["position"] == "after"))
    return re.compile(f"^({before})"), re.compile(f"({after})$"), {r["word"]: r["comparator"] for r in rows}
