"""Tables flattened with their cells side by side, one row a line (工作项目 主办机关 协办机关 执行期程, then
each row's cells apart by spaces): their cells put one a line, each at its place in the text, for the reader of
tables flattened one cell a line (flattened.py). Also the marks both read: row numbers alone on their line, group
rows across a table (一、…方面(共5项)), and the lines that end a table (附件, 二、…).
"""
from __future__ import annotations

import re

from ..chars import ORDINAL_NUMERALS
from .columns import header_at
from .rows import OWNER_ROLES

INDEX = re.compile(r"^\d{1,3}$")
SPACED_TOKEN = re.compile(r"\S+")
MAX_SPACED_HEADER = 60  # longer lines are no header of cells side by side
STOP = re.compile(f"^(附[件表] ?\\d*|[{ORDINAL_NUMERALS}]+、)")
MIN_HEADER = 3
GROUP_LINE = re.compile(f"^[{ORDINAL_NUMERALS}]+、")  # 一、知识产权保护方面(共5项) between numbered rows


def spaced_cells(lines):
    """Lines of a table flattened with its cells side by side (工作项目 主办机关 协办机关 执行期程, then
    one row a line) as one cell a line, each at its place in the text; other lines as they are."""
    out = []
    spaced = False
    for k, (start, end, line) in enumerate(lines):
        if not spaced and (" " not in line or len(line) > MAX_SPACED_HEADER):
            out.append((start, end, line))  # most lines: no header of cells side by side
            continue
        tokens = line_tokens(start, end, line)
        if len(tokens) >= MIN_HEADER and len(line) <= MAX_SPACED_HEADER and _is_spaced_header(tokens):
            spaced = True
        elif spaced and (len(tokens) < 2 or STOP.match(line)) and not _groups_spaced_rows(lines, k):
            spaced = False
        out += tokens if spaced else [(start, end, line)]
    return out


def _groups_spaced_rows(lines, k: int) -> bool:
    """二、科技成果转化激励方面(共4项) on a line of its own between rows side by side, the next line opening
    with a row's number (maybe after other group rows whose rows were left out): a group row across the table."""
    after = k
    while after < len(lines) and GROUP_LINE.match(lines[after][2]):
        after += 1
    return after > k and after < len(lines) and INDEX.match(lines[after][2].split(" ", 1)[0]) is not None


def line_tokens(start: int, end: int, line: str) -> list[tuple[int, int, str]]:
    """The cells of a line whose cells stand side by side, apart by spaces: (start, end, text) each."""
    return [(start + m.start(), start + m.end(), m.group()) for m in SPACED_TOKEN.finditer(line)]


def _is_spaced_header(tokens) -> bool:
    """Every cell a header word (a label wrapped in its cell, 责任 单位, read whole), one of them an owner's."""
    meanings = []
    j = 0
    while j < len(tokens):
        meaning, j = header_at(tokens, j, guess=False)
        meanings.append(meaning)
    return all(meanings) and any(m.role in OWNER_ROLES for m in meanings)
