"""Rows of a task table, each cell tied to its column's meaning, from a real table's grid."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ..document import Cell, Table
from ..frozen import frozen
from ..rules.unit_lists import split_units
from ..rules.unit_names import is_unit
from .caption import Caption, caption_of
from .columns import VALUE_ROLES, ColumnMeaning, cell_unit, column_meaning, header_unit, with_levels
from .value_cells import is_range_cell

SINGLE_ROLES = ("group", "index", "task", "content", "criteria", "owner", "lead", "support", "deadline", "unit")
MAX_HEADER_ROWS = 3
MAX_TITLE_ROWS = 3
OWNER_ROLES = ("owner", "lead", "support")
PLAN_ROLES = ("owner", "lead", "support", "target", "year", "deadline")
NOT_OWNER_ROLES = ("person", "other")  # 牵头领导, 负责考核部门: names, but not of whoever does the work
MIN_UNIT_CELLS = 3
MIN_UNIT_SHARE = 0.6
MIN_HEADER_SHARE = 0.5
MIN_NUMBER_SHARE = 0.6
# a number, maybe with a note (120(扩招)), a comparator (≥200) or an empty mark (-); or with its unit (200元/月)
ITEM_NUMBER = re.compile(r"^\d{1,3}[.、．]\s*(?=\D)")  # 1.重点人群覆盖率: the row's number in its name cell
NUMBER_CELL = re.compile(r"^(?:[≥≤><]=?)?\d+(?:\.\d+)?(?:[(（][^()（）]*[)）])?$|^(?:[-—/]|——|无)$")
BARE_NUMBER = re.compile(r"^\d+\.\d+$|^(?!(?:19|20)\d{2}$)\d+$")  # 3.50, 12; not a year (2025 heads a column)
SUM_TOLERANCE = Decimal("0.011")  # sums of numbers written to two decimals
UNIT_NUMBER_CELL = re.compile(r"^(?:[≥≤><]=?)?\d+(?:\.\d+)?(?P<unit>\D{1,6})$")
CELL_BREAKS = re.compile(r"[。;；:：]")  # a sentence or a label in a cell: no list of units
ROW_NUMBER = re.compile(r"^\d{1,3}$")


@frozen
class CellText:
    """A cell's text and where it is in the document text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of a task table: its cells by role, its name cells (指标, 职位名称) and its value columns
    (years, targets, amounts), and what the table's caption says of all rows."""

    start: int
    end: int
    cells: dict[str, CellText]
    values: tuple[tuple[ColumnMeaning, CellText], ...]
    method: str = "table"
    names: tuple[CellText, ...] = ()
    caption: Caption = Caption()
    inherited: frozenset[str] = frozenset()  # roles whose cell is a merged one of a row above: read there

    def get(self, role: str) -> CellText | None:
        return self.cells.get(role)

    @property
    def label(self) -> str:
        """What the row is about, for its indicators: its name cells, else its owner cell."""
        if self.names:
            return ITEM_NUMBER.sub("", "".join(c.text for c in self.names))
        owner = self.get("owner")
        return owner.text if owner is not None else ""


@dataclass(frozen=True, slots=True)
class FlatTable:
    """The rows of a table read from text, where it stands in the text."""

    start: int
    end: int
    rows: tuple[TableRow, ...]


def tables_in(count: int, table_at: Callable[[int], tuple[FlatTable, int] | None]) -> list[FlatTable]:
    """The tables a flattened reader finds over ``count`` lines or cells: ``table_at(i)`` gives the table that
    starts at i and the index after it, or None to try the next one."""
    tables: list[FlatTable] = []
    i = 0
    while i < count:
        found = table_at(i)
        if found is None:
            i += 1
            continue
        table, i = found
        tables.append(table)
    return tables


def is_unit_cell(text: str) -> bool:
    """A cell of a table flattened to text that lists units and nothing else (区城管局、各街道): no sentence or
    label in it, and no row's number."""
    if CELL_BREAKS.search(text) or ROW_NUMBER.match(text):
        return False
    units = split_units(text)
    return bool(units) and all(is_unit(u) for u in units)


def table_rows(table: Table, before: list[str] = ()) -> list[TableRow]:
    """Body rows of a real table whose header says what its columns are; [] for other tables.
    ``before``: the lines above the table, read with its title rows for a caption (单位：人)."""
    grid = table.grid()
    first, header_count = _header_rows(grid)
    if not header_count:
        return []
    caption = caption_of([*before, *(next(c.text for c in row if c is not None) for row in grid[:first])])
    body = grid[first + header_count:]
    leaves = with_levels(_leaf_meanings(grid[first:first + header_count]))
    columns = _with_work_column(_with_unit_columns(body, _numeric_columns(body, leaves, caption)))
    rows = []
    for cells in body:
        row = _row(cells, columns, caption)
        if row is not None:
            rows.append(row)
    return rows


def _header_rows(grid: tuple[tuple[Cell | None, ...], ...]) -> tuple[int, int]:
    """Where the header starts (after title rows: 附件1, a title across the table) and how many rows it has."""
    for first in range(min(MAX_TITLE_ROWS + 1, len(grid))):
        count = 0
        for row in grid[first:first + MAX_HEADER_ROWS]:
            if _is_header(row, names=count > 0) and not _holds_amounts(row):
                count += 1
            else:
                break
        if count:
            return first, count
        if not _is_title_row(grid[first]):
            break
    return 0, 0


def _is_header(row: tuple[Cell | None, ...], *, guess: bool = True, names: bool = True) -> bool:
    """Half its cells are header words, one at least known whole (not only by its ending). A name known
    by its ending (病种名称) counts with ``names`` only: in a header's second row, under a first one."""
    texts = {cell.text for cell in row if cell is not None and cell.text}
    meanings = [m for text in texts if (m := column_meaning(text, guess=guess))
                and (names or not (m.guessed and m.role == "name"))]
    return bool(texts) and len(meanings) / len(texts) >= MIN_HEADER_SHARE and any(not m.guessed for m in meanings)


def _holds_amounts(row: tuple[Cell | None, ...]) -> bool:
    """A row with a bare number (2026年 | 东湖片区 | 3.50): a body row, though its years read as headers."""
    return any(cell is not None and BARE_NUMBER.match(cell.text) for cell in row)


def _is_title_row(row: tuple[Cell | None, ...]) -> bool:
    return len({id(cell) for cell in row if cell is not None and cell.text}) <= 1


def _leaf_meanings(header) -> list[ColumnMeaning | None]:
    """Each column's meaning from its lowest header cell that has one (年度目标 over 2020年 → year),
    with the header cell above it as its parent, and the value column's own cell below it that has none
    (职工医保 under 最高支付限额) as what it splits the value by."""
    meanings: list[ColumnMeaning | None] = []
    for c in range(len(header[0])):
        meaning = None
        for r in range(len(header) - 1, -1, -1):
            cell = header[r][c]
            found = column_meaning(cell.text) if cell is not None else None
            if found is not None:
                above = header[r - 1][c] if r else None
                parent = above.text if above is not None and above is not cell else ""
                below = header[-1][c]
                sub = below.text if found.role in VALUE_ROLES and below is not None and below is not cell \
                    and below.colspan < cell.colspan else ""
                meaning = replace(found, parent=parent, sub=sub)
                break
        meanings.append(meaning or _unit_below(header, c))
    return meanings


def _unit_below(header, c: int) -> ColumnMeaning | None:
    """长度 over 千米: a header cell with no meaning of its own over a unit alone measures in that unit."""
    if len(header) < 2 or (below := header[-1][c]) is None or (above := header[-2][c]) is None or below is above:
        return None
    return column_meaning(f"{above.text}({below.text})") if header_unit(below.text)[0] and above.text else None


def _numeric_columns(body, columns: list[ColumnMeaning | None], caption: Caption) -> list[ColumnMeaning | None]:
    """A column known only by its header's ending (…人数) counts when its cells are numbers; one known
    by its unit note alone (面积(公顷)) only in a plan table (a title such as 任务分解表, or columns of
    owners, targets or years), not in a table of statistics."""
    found = list(columns)
    plan = is_plan(columns, caption)
    for c, meaning in enumerate(columns):
        if meaning is None or not meaning.guessed:
            continue
        if meaning.unit_only and not plan:
            found[c] = None
            continue
        if meaning.role not in VALUE_ROLES:
            continue  # 病种名称: a column of names, known by its ending
        own = [cell.text for row in body if (cell := row[c]) is not None and cell.text]
        if not own or sum(1 for t in own if is_number_cell(t)) / len(own) < MIN_NUMBER_SHARE:
            found[c] = None
    return found


def is_plan(columns, caption: Caption) -> bool:
    """A plan table: its title says so (任务分解表, 项目计划表), or it has columns of owners, targets or years."""
    return caption.plan or any(m is not None and not m.guessed and m.role in PLAN_ROLES for m in columns)


def is_number_cell(text: str) -> bool:
    """A number, maybe with a note, a bound or its unit (120(扩招), ≥200, 200元/月), a range (35-36), or an
    empty mark (-)."""
    found = UNIT_NUMBER_CELL.match(text)
    return NUMBER_CELL.match(text) is not None or found is not None and cell_unit(found.group("unit"))[0] is not None \
        or is_range_cell(text)


def _with_unit_columns(body, columns: list[ColumnMeaning | None]) -> list[ColumnMeaning | None]:
    """A column whose own cells name units (县水利局, 县林业局 …) holds owners, whatever its header says
    (考核项目 over 重点部门 | 县水利局), when the table has no owner column."""
    if any(m is not None and m.role in OWNER_ROLES for m in columns):
        return columns
    found = list(columns)
    for c, meaning in enumerate(columns):
        if meaning is not None and meaning.role in (*NOT_OWNER_ROLES, "name"):
            continue
        own = {cell.text for row in body if (cell := row[c]) is not None and cell.text and cell.colspan == 1}
        if len(own) >= MIN_UNIT_CELLS and sum(map(is_unit, own)) / len(own) >= MIN_UNIT_SHARE:
            found[c] = ColumnMeaning("owner", meaning.header if meaning else "")
            break
    return found


def _with_work_column(columns: list[ColumnMeaning | None]) -> list[ColumnMeaning | None]:
    """A table of a year column and one column more that no header word names (年度 | 规划采购之装备及数量):
    the other column holds what is to be reached each year, read as a target column is."""
    if len(columns) != 2 or not any(m is not None and m.role == "deadline" for m in columns):
        return columns
    return [m if m is not None else ColumnMeaning("target", "") for m in columns]


def _subs_covered(cells: tuple[Cell | None, ...], columns: list[ColumnMeaning | None]) -> dict[int, set[str]]:
    """The sub-columns (职工医保, 城乡居民医保) each cell of a row covers."""
    covered: dict[int, set[str]] = {}
    for cell, meaning in zip(cells, columns):
        if cell is not None and meaning is not None and meaning.sub:
            covered.setdefault(id(cell), set()).add(meaning.sub)
    return covered


def _row(cells: tuple[Cell | None, ...], columns: list[ColumnMeaning | None], caption: Caption) -> TableRow | None:
    present = [c for c in cells if c is not None and c.text]
    if not present or len({c.text for c in present}) == 1 and len(present) > 1:
        return None  # empty, or one merged cell across the row: a group label
    if _is_header(cells, guess=False) and not _holds_amounts(cells):
        return None  # the header repeated on a new page
    by_role: dict[str, CellText] = {}
    names: list[CellText] = []
    values: list[tuple[ColumnMeaning, CellText]] = []
    subs = _subs_covered(cells, columns)
    seen: set[int] = set()
    row = max(c.row for c in present)
    for cell, meaning in zip(cells, columns):
        if cell is None or not cell.text or meaning is None:
            continue
        if meaning.role in VALUE_ROLES and cell.row < row and _group_value(cell, cells, columns):
            continue
        if meaning.role in VALUE_ROLES and meaning.sub:
            if id(cell) in seen:
                continue  # one amount merged across the columns it splits into (职工医保 | 城乡居民医保)
            seen.add(id(cell))
            meaning = replace(meaning, sub="") if len(subs[id(cell)]) > 1 else meaning
        if meaning.role in OWNER_ROLES and cell.colspan > 1:
            continue  # a task's name spread over the owner column too (组织领导 across 考核项目)
        text = CellText(cell.text, cell.start, cell.end)
        if meaning.role in SINGLE_ROLES:
            by_role.setdefault(meaning.role, text)
        elif meaning.role == "name":
            names.append(text)
        elif meaning.role in VALUE_ROLES:
            values.append((meaning, text))
    start = min(c.start for c in present if c.row == row)  # not a merged cell begun rows above
    end = max(c.end for c in present)
    return TableRow(start, end, by_role, split_by_year(tuple(values)), names=tuple(names), caption=caption)


def _group_value(cell: Cell, cells: tuple[Cell | None, ...], columns: list[ColumnMeaning | None]) -> bool:
    """A value cell merged over the same rows as a word cell of the row (2027年 over two areas, and its
    total beside it): the group's value, read on the group's first row only, not each row's."""
    return any(other is not None and other is not cell and (other.row, other.rowspan) == (cell.row, cell.rowspan)
               and meaning is not None and meaning.role not in VALUE_ROLES for other, meaning in zip(cells, columns))


def split_by_year(values: tuple[tuple[ColumnMeaning, CellText], ...]) -> tuple[tuple[ColumnMeaning, CellText], ...]:
    """Year cells under a period (建设年限: 2021 … 2025) that add up to the row's amount in a column with a
    unit (实施面积(亩) 12000) split that amount by year: they count what it counts, in its unit."""
    years = [(m, c) for m, c in values if m.role == "year" and m.parent and not m.unit]
    if not years:
        return values
    whole = next((m for m, c in values if m.unit and not m.year and sums_to([y for _, y in years], c.text)), None)
    if whole is None:
        return values
    return tuple((replace(m, unit=whole.unit, multiplier=whole.multiplier, parent=whole.words), c)
                 if (m, c) in years else (m, c) for m, c in values)


def sums_to(cells: list[CellText], total: str) -> bool:
    try:
        return abs(sum(Decimal(c.text) for c in cells) - Decimal(total)) <= SUM_TOLERANCE
    except InvalidOperation:
        return False
