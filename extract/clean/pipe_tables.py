"""Markdown pipe tables (``| 序号 | 重点任务 | 牵头单位 |`` over a ``|---|---|`` rule) read as tables, so
their rows reach the table reader as an HTML table's would."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .page import RawCell, RawTable

RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
CELL_BREAK = re.compile(r"<br\s*/?>", re.I)
EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
MIN_COLUMNS = 2


def split_pipe_tables(text: str) -> Iterator[str | RawTable]:
    """The text in order: runs of plain lines as one string, each pipe table as a RawTable."""
    lines = text.split("\n")
    plain: list[str] = []
    i = 0
    while i < len(lines):
        width = _table_width(lines, i)
        if not width:
            plain.append(lines[i])
            i += 1
            continue
        if plain:
            yield "\n".join(plain)
            plain = []
        rows = [_cells(lines[i], width)]
        i += 2
        while i < len(lines) and _is_row(lines[i]):
            rows.append(_cells(lines[i], width))
            i += 1
        yield RawTable(rows=tuple(tuple(RawCell(text) for text in row) for row in rows))
    if plain:
        yield "\n".join(plain)


def _table_width(lines: list[str], i: int) -> int:
    """The column count when a header row starts here (a row of cells, then a rule with as many cells)."""
    if i + 1 >= len(lines) or not _is_row(lines[i]):
        return 0
    rule = _split(lines[i + 1])
    header = _split(lines[i])
    if len(rule) < MIN_COLUMNS or len(rule) != len(header) or not all(RULE_CELL.match(c) for c in rule):
        return 0
    return len(header)


def _is_row(line: str) -> bool:
    return "|" in line and len(_split(line)) >= MIN_COLUMNS


def _split(line: str) -> list[str]:
    """A row's cells: the text between pipes, the outer pipes optional, ``\\|`` a pipe inside a cell."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def _cells(line: str, width: int) -> list[str]:
    """A row's cell texts padded or cut to the header's width; a <br> in a cell is a line break within it."""
    cells = [EMPHASIS.sub(r"\2", CELL_BREAK.sub(" ", cell)).strip() for cell in _split(line)][:width]
    return cells + [""] * (width - len(cells))
