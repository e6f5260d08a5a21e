"""Year schedule tables of Taiwan's reports, flattened by a PDF's text layer, as tables again.

``表3、某计划施政重点与期程规划一览表:`` over two columns, 年度 and what is done that year, comes out one
line a cell: the year alone on a line (or before the year's first item: ``105 1、 1月:…``, or in the
middle of its items, where the merged cell was centred) and the year's items numbered 1、2、… from
one again. Read back as a table (a row an item, the year cell spanning its items), its numbered items
no longer read as headings of the document, and each item is dated by its year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import column_roles
from .page import Block, Line, RawCell, RawTable

CAPTION = re.compile(r"^表 ?\d{1,2} ?[、:：.． ]")
YEAR_HEADER = "年度"
YEAR = r"(?:1[0-4]\d|[5-9]\d|(?:19|20)\d{2})"  # a year of the Republic (50-149) or of the common era
YEAR_CELL = re.compile(f"^(?P<year>{YEAR}(?: ?[-~～至] ?{YEAR})? ?年?)$")
YEAR_THEN_TEXT = re.compile(f"^(?P<year>{YEAR}(?: ?[-~～至] ?{YEAR})? ?年?) +(?P<rest>\\S.*)$")
ITEM = re.compile(r"^(?P<n>\d{1,2}) ?、")
# what opens a heading of the document (not an item of the table): 一、 (一) (1) 壹、
HEADING = re.compile("^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[(（] ?\\d{1,2} ?[)）]"
                     "|[壹貳贰參参叁肆伍陸陆柒捌玖拾]、|[表圖图] ?\\d)")
SUB_ITEM = re.compile(r"^[(（] ?\d{1,2} ?[)）]")
MAX_HEADER_LINES = 3  # lines between the caption and the first item: 年度 / 104 / 施政重点与期程
MIN_ROWS = 2
MIN_YEARS = 2  # year groups that make a schedule of a header the word lists do not know
MAX_LABEL = 16
SENTENCE_MARKS = re.compile("[。,，;；:：!！?？]")
MAX_UNNUMBERED = 40  # a longer line without a number is the document's text again


@dataclass
class _Schedule:
    header: str | None = None
    groups: list[tuple[str | None, list[str]]] = field(default_factory=list)  # (year cell, items)
    pending_year: str | None = None

    def add_year(self, year: str) -> None:
        if self.groups and self.groups[-1][0] is None:
            self.groups[-1] = (year, self.groups[-1][1])  # a year centred in its items
        else:
            self.pending_year = year

    def add_item(self, text: str, *, opens_group: bool) -> None:
        if opens_group or not self.groups:
            self.groups.append((self.pending_year, []))
            self.pending_year = None
        self.groups[-1][1].append(text)

    def _numbered_years(self) -> bool:
        """Two years or more, each with its items numbered from 1、: a schedule by its shape alone."""
        return len(self.groups) >= MIN_YEARS and all(ITEM.match(items[0]) for _, items in self.groups)

    def table(self) -> RawTable | None:
        rows = [(year, item) for year, items in self.groups for item in items]
        if len(rows) < MIN_ROWS or not all(year for year, _ in self.groups) or not (
                _names_the_work(self.header) or self._numbered_years() and _is_a_label(self.header)):
            return None
        body: list[tuple[RawCell, ...]] = []
        for year, items in self.groups:
            body.append((RawCell(year or "", rowspan=len(items)), RawCell(items[0])))
            body += [(RawCell(item),) for item in items[1:]]
        return RawTable(rows=((RawCell(YEAR_HEADER), RawCell(self.header)), *body))


def schedule_tables(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with each year schedule table (caption, 年度, years and numbered items) as a table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        out.append(block)
        i += 1
        if not (isinstance(block, Line) and CAPTION.match(block.text)):
            continue
        read = _read(blocks, i, header_in_caption=block.text.rstrip().endswith(YEAR_HEADER))
        if read is not None:
            table, i = read
            out.append(table)
    return tuple(out)


def _read(blocks: tuple[Block, ...], start: int, *, header_in_caption: bool = False) -> tuple[RawTable, int] | None:
    """The schedule table starting at ``start`` (after its caption) and where it ends, or None.
    ``header_in_caption``: the caption ends with 年度, the header's first cell run into it."""
    lines = _lines(blocks, start)
    if not lines or not (header_in_caption or lines[0].startswith(YEAR_HEADER)):
        return None
    schedule = _Schedule()
    after_header = "" if header_in_caption else lines[0][len(YEAR_HEADER):].strip()
    if after_header:
        if YEAR_THEN_TEXT.match(after_header) or YEAR_CELL.match(after_header.split()[0]):
            return None  # 年度 104 105 106: years across, one row an indicator
        schedule.header = after_header
    k = 0 if header_in_caption else 1
    expected = 1
    while k < len(lines):
        line = lines[k]
        year_cell = YEAR_CELL.match(line)
        year_then = YEAR_THEN_TEXT.match(line)
        if year_cell:
            schedule.add_year(year_cell.group("year"))
        elif year_then and not ITEM.match(line):
            schedule.add_year(year_then.group("year"))
            rest = year_then.group("rest")
            number = ITEM.match(rest)
            schedule.add_item(rest, opens_group=True)
            expected = int(number.group("n")) + 1 if number else 1
        elif (item := ITEM.match(line)) is not None:
            n = int(item.group("n"))
            if n != 1 and n != expected:
                break  # a heading of the document numbered like the items
            schedule.add_item(line, opens_group=n == 1)
            expected = n + 1
        elif schedule.header is None and not schedule.groups and k <= MAX_HEADER_LINES:
            schedule.header = line
        elif line.replace(" ", "").startswith(YEAR_HEADER):
            pass  # the header again, on the next page
        elif schedule.groups and (SUB_ITEM.match(line) and not _heading_after(lines, k)
                                  or _continues(line, schedule.groups[-1][1][-1])):
            schedule.add_item(line, opens_group=False)
        else:
            break
        k += 1
    table = schedule.table()
    return (table, start + k) if table is not None else None


def _lines(blocks: tuple[Block, ...], start: int) -> list[str]:
    lines = []
    for block in blocks[start:]:
        if not isinstance(block, Line):
            break
        lines.append(block.text.strip())
    return lines


def _continues(line: str, previous: str) -> bool:
    """A line of the table without a number: one more thing the year does (行政院核定。), or what an
    item ending in a colon goes on to say."""
    return not HEADING.match(line) and not CAPTION.match(line) and (
        len(line) <= MAX_UNNUMBERED or previous.rstrip()[-1:] in ":：")


def _names_the_work(header: str | None) -> bool:
    """The second column's header is a word of task tables for what is done (施政重点与期程)."""
    return header is not None and column_roles().get(header.replace(" ", "")) in ("task", "content")


def _is_a_label(header: str | None) -> bool:
    """A header the word lists do not know (规划采购之装备及数量), short and no sentence: over numbered items
    of two years or more it still names what each year does."""
    return header is not None and len(header) <= MAX_LABEL and not SENTENCE_MARKS.search(header)


def _heading_after(lines: list[str], k: int) -> bool:
    """(2)某计划 followed by its text: a heading of the document, not a sub-item of the table."""
    nxt = lines[k + 1] if k + 1 < len(lines) else ""
    return not (ITEM.match(nxt) or SUB_ITEM.match(nxt) or YEAR_CELL.match(nxt) or YEAR_THEN_TEXT.match(nxt))
