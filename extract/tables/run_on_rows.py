"""Numbered tables flattened with their rows run on: the header one cell a line, the rows joined by spaces.

序号 | 项目名称 | 项目内容 | 投资额(亿元) | 联系人 | 牵头领导 | 责任单位 | 单位负责人 | 负责事项, crawled with
each row's cells joined by spaces and cut by the cleaner only at spaces between words: a row's number and
name stand at the end of the line before (…负责对接。 2 某某项目), the amount after its content at the end of
the content's line with the contact's cells after it (…设立公司。 10 张某 139… 李某), then the unit lines,
the units' people and their duties. A row opens at a number that runs 1, 2, 3… with a name after it; its
cells are read by what they look like: the name, the content up to the first bare number (one per value
column before the unit column), the units from the first line after it that names units or opens with an
owner label (牵头单位:), while the lines go on naming units. Words before a row's number on its line that
open with an ordinal (一、, (二)) are a group row. People's names and phone numbers are never read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chars import ORDINAL_NUMERALS
from ..lexicon import alternation
from ..rules.owner_labels import owner_tag_roles
from ..rules.unit_lists import split_units
from .columns import VALUE_ROLES, ColumnMeaning, header_at
from .rows import OWNER_ROLES, CellText, FlatTable, TableRow
from .unit_cells import DIGIT, SENTENCE_MARK, cell_units, run_together

TOKEN = re.compile(r"\S+")
ROW_NUMBER = re.compile(r"^\d{1,3}$")
AMOUNT = re.compile(r"^(?:[\u4e00-\u9fff]{1,2})?(?P<number>\d{1,6}(?:\.\d+)?)$")  # 10, 0.5; 一期0.5: a phase's amount
GROUP = re.compile(f"^(?:[{ORDINAL_NUMERALS}]+、|[(（][{ORDINAL_NUMERALS}]+[)）])")
TAIL_LINE = re.compile(r"[。;；]$|^\d{1,2}[.、．]")  # a duty sentence, a numbered duty after the units
MAX_PERSON = 4  # a person's name on a line of its own: 2 to 4 characters that name no unit
MAX_UNIT_LINE = 30
MIN_ROWS = 3
TEXT_ROLES = ("index", "task", "content")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    line: int  # which line of the body it stands on


def run_on_rows(text: str, lines, header_start: int, body_start: int) -> FlatTable | None:
    """The rows of a numbered table whose rows were run on, or None when the header or body is no such table."""
    meanings = _header(lines, header_start, body_start)
    if meanings is None:
        return None
    roles = [m.role for m in meanings]
    owner_at = next(k for k, r in enumerate(roles) if r in OWNER_ROLES)
    values = tuple(m for m in meanings[:owner_at] if m.role in VALUE_ROLES)
    tokens = _tokens(lines, body_start)
    openers = _openers(tokens)
    if len(openers) < MIN_ROWS or not any(tokens[k - 1].line == tokens[k].line for k in openers if k):
        return None  # numbers on lines of their own: flattened.py's tables
    reader = _RowReader(text, tokens, values)
    reader.group = reader.stop_before(openers[0])[1]
    rows = [reader.row(at, stop) for at, stop in zip(openers, [*openers[1:], None])]
    rows = [r for r in rows if r is not None]
    if len(rows) < MIN_ROWS:
        return None
    return FlatTable(lines[header_start][0], reader.end, tuple(rows))


def _header(lines, start: int, stop: int) -> tuple[ColumnMeaning, ...] | None:
    """The header's columns when it is 序号, a name and a content column, value columns, then a unit column."""
    meanings = []
    j = start
    while j < stop:
        meaning, j = header_at(lines, j, guess=False)
        meanings.append(meaning)
    roles = [m.role for m in meanings if m is not None]
    if None in meanings or not roles or roles[0] != "index" or "task" not in roles:
        return None
    owner_at = next((k for k, r in enumerate(roles) if r in OWNER_ROLES), None)
    if owner_at is None or not any(r in VALUE_ROLES for r in roles[:owner_at]):
        return None
    return tuple(meanings)


def _tokens(lines, start: int) -> list[_Token]:
    return [_Token(s + m.start(), s + m.end(), m.group(), k)
            for k, (s, _, line) in enumerate(lines[start:]) for m in TOKEN.finditer(line)]


def _openers(tokens: list[_Token]) -> list[int]:
    """The tokens that open rows: the numbers 1, 2, 3… in turn, each before a name on its line."""
    openers = []
    for k, token in enumerate(tokens[:-1]):
        if ROW_NUMBER.match(token.text) and int(token.text) == len(openers) + 1 \
                and tokens[k + 1].line == token.line and not DIGIT.match(tokens[k + 1].text):
            openers.append(k)
    return openers


class _RowReader:
    """Reads each row's tokens by look: name, content, amounts, then the unit lines."""

    def __init__(self, text: str, tokens: list[_Token], values: tuple[ColumnMeaning, ...]) -> None:
        self.text, self.tokens, self.values = text, tokens, values
        self.group: CellText | None = None
        self.end = tokens[0].start if tokens else 0

    def row(self, at: int, stop: int | None) -> TableRow | None:
        stop, group = (len(self.tokens), None) if stop is None else self.stop_before(stop)
        index, name = self.tokens[at], self.tokens[at + 1]
        first = next((k for k in range(at + 3, stop) if AMOUNT.match(self.tokens[k].text)), None) \
            if self.values else None
        amounts = []
        while first is not None and first + len(amounts) < stop and len(amounts) < len(self.values) \
                and AMOUNT.match(self.tokens[first + len(amounts)].text):
            amounts.append(self.tokens[first + len(amounts)])
        content_end = first if first is not None else self._content_end(at + 2, stop, name.line)
        after = content_end + len(amounts)
        block = _owner_block(self.tokens, after, stop) or (after, after)  # no unit cell: a row nobody owns
        cells = {"index": _cell(self.text, index, index), "task": _cell(self.text, name, name),
                 **_owner_cells(self.text, self.tokens, block)}
        if content_end > at + 2:
            cells["content"] = _cell(self.text, self.tokens[at + 2], self.tokens[content_end - 1])
        if self.group is not None:
            cells["group"] = self.group
        self.group = group or self.group
        self.end = max(self.end, self._tail_end(block[1], stop))
        pairs = tuple((m, _amount_cell(t)) for m, t in zip(self.values, amounts))
        return TableRow(index.start, self.tokens[block[1] - 1].end, cells, pairs, method="table")

    def stop_before(self, opener: int) -> tuple[int, CellText | None]:
        """Where a row's tokens stop: before the next row's number, or before the group row on its line (一、…)."""
        line = self.tokens[opener].line
        first = opener
        while first > 0 and self.tokens[first - 1].line == line:
            first -= 1
        if first < opener and GROUP.match(self.tokens[first].text):
            return first, _cell(self.text, self.tokens[first], self.tokens[opener - 1])
        return opener, None

    def _content_end(self, k: int, stop: int, name_line: int) -> int:
        """A row without an amount: its content is what follows its name on its line and the next (one token at
        least), up to a token with digits (a phone) or units."""
        k += k < stop and not DIGIT.search(self.tokens[k].text)
        while k < stop and self.tokens[k].line <= name_line + 1 and not DIGIT.search(self.tokens[k].text) \
                and not _opens_units(self.tokens[k].text):
            k += 1
        return k

    def _tail_end(self, block_end: int, stop: int) -> int:
        """The end of the row's last line that is the units' people or duties (not the page's lines after)."""
        end = self.tokens[block_end - 1].end
        k = block_end
        while k < stop and (TAIL_LINE.search(self.tokens[k].text) or _is_person(self.tokens[k].text)
                            or self.tokens[k].line == self.tokens[k - 1].line):
            end = self.tokens[k].end
            k += 1
        return end


def _owner_block(tokens: list[_Token], k: int, stop: int) -> tuple[int, int] | None:
    """The tokens of the row's unit cell: from an owner label on the amount's line, else from the first line
    after it that names units or opens with a label, over the lines that go on naming units."""
    if k >= stop:
        return None
    amount_line = tokens[k - 1].line
    first = next((j for j in range(k, stop) if (tokens[j].line == amount_line and _label().match(tokens[j].text))
                  or tokens[j].line != amount_line and _line_start(tokens, j) and _opens_units(tokens[j].text)), None)
    if first is None:
        return None
    last = first + 1
    while last < stop and (_opens_units(tokens[last].text) or _ends_with_label(tokens[last - 1].text)
                           or _sandwiched(tokens, last, stop)):
        last += 1
    return first, last


def _line_start(tokens: list[_Token], j: int) -> bool:
    return tokens[j - 1].line != tokens[j].line


def _sandwiched(tokens: list[_Token], k: int, stop: int) -> bool:
    """A line between two unit lines, short and without digits or sentence marks: a unit the lists do not know."""
    text = tokens[k].text
    return k + 1 < stop and len(text) > MAX_PERSON and len(text) <= MAX_UNIT_LINE and not DIGIT.search(text) \
        and not SENTENCE_MARK.search(text) and _opens_units(tokens[k + 1].text)


def _opens_units(text: str) -> bool:
    """A line that names units (区甲局、区乙办; 区甲局区乙局 written together) or opens with an owner label."""
    if _label().match(text):
        return True
    if DIGIT.search(text) or len(text) > MAX_UNIT_LINE or SENTENCE_MARK.search(text.rstrip("、,，")):
        return False
    return bool(cell_units(text))


def _ends_with_label(text: str) -> bool:
    """区甲局配合单位: or 牵头单位: at a line's end: the units it labels are on the next line."""
    return text.endswith((":", "：")) and _label().search(text) is not None


def _owner_cells(text: str, tokens: list[_Token], span: tuple[int, int]) -> dict[str, CellText]:
    """The unit cell by its labels: 牵头单位:甲配合单位:乙 → lead 甲, support 乙; unlabelled units own."""
    if span[0] >= span[1]:
        return {}
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    roles: dict[str, list[str]] = {}
    role = "owner"
    for part in _label().split(text[start:end].replace("\n", "、")):
        label = owner_tag_roles().get(part.rstrip(":："))
        if label is not None and part.endswith((":", "：")):
            role = label if label in ("lead", "support") else "owner"
        elif part.strip("、,， "):
            roles.setdefault(role, []).extend(u for piece in split_units(part.strip("、,， "))
                                              for u in run_together(piece) or [piece])
    return {r: CellText("、".join(units), start, end) for r, units in roles.items() if units}


def _is_person(text: str) -> bool:
    return len(text) <= MAX_PERSON * 2 and not DIGIT.search(text) and not SENTENCE_MARK.search(text) \
        and not cell_units(text)


def _cell(text: str, first: _Token, last: _Token) -> CellText:
    return CellText(text[first.start:last.end], first.start, last.end)


def _amount_cell(token: _Token) -> CellText:
    """The amount's own number (0.5 of 一期0.5)."""
    found = AMOUNT.match(token.text)
    return CellText(found.group("number"), token.start + found.start("number"), token.end)


@cache
def _label() -> re.Pattern[str]:
    """An owner label with its colon (牵头单位:), which may open a line or stand inside one."""
    return re.compile(f"((?:{alternation(tuple(owner_tag_roles()))})[:：])")
