"""Markdown paragraphs: the lines of one paragraph read as one line.

In Markdown (CommonMark) consecutive lines are one paragraph, joined by a soft line break; a blank
line ends it. A converter that writes each cell of a table as a paragraph keeps a cell that wraps
(``2026年`` / ``任务量``, ``完成制定方案、`` / ``计划和动员部署等。``) on consecutive lines, so read line by
line the cell would break apart. Where a Markdown file marks its paragraphs with blank lines, its
consecutive lines are joined as Chinese text is, except where a line opens a block of its own (a
list or outline item, a heading, a pipe-table row, a quote, a rule, a ``**字段**:`` field line, and
a date, a document number or a subtitle standing whole, which a converter sets on a line of its own in
a document's head and signature) or the line before ends in a hard break (two trailing spaces or a
backslash).
"""
from __future__ import annotations

import re

from ..chars import join_pieces
from .wrapped import OPENS_ITEM

# blocks a line of its own opens beside those of OPENS_ITEM (list and outline items, headings, quotes, pipe
# rows): a thematic break or setext underline (---, ===, ***), a field line (**发布日期**: …), a list item 1)
OPENS_BLOCK = re.compile(r"^(?:[-=*_](?:\s*[-=*_]){2,}\s*$|\*\*[^*]{1,20}\*\*\s*[:：]|\d{1,9}[.)]\s)")
# a line of a document's head or foot a converter set apart: a subtitle or dateline (——2022年10月28日在…)
SUBTITLE = "——"
# ... and a date (2024年1月18日, (2023年1月2日)) or a document number (工信部联科〔2024〕12号) standing whole
WHOLE_LINE = re.compile(r"^[(（]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]?$"
                        r"|^[\u4e00-\u9fff]{1,12}[〔\[(（【［]\d{4}[〕\])）】］]第?\d{1,4}号$")
HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# a text marks its paragraphs with blank lines when at least this share of its lines is followed by one
MIN_BLANK_SHARE = 0.5


def join_paragraph_lines(text: str) -> str:
    """``text`` with the lines of each of its paragraphs joined into one."""
    joined: list[str] = []
    open_paragraph = False  # the last line kept is a paragraph's that may go on in the next line
    for line in text.split("\n"):
        stripped = line.strip()
        if open_paragraph and stripped and not opens_block(stripped):
            joined[-1] = join_pieces(joined[-1].rstrip(), stripped)
        else:
            joined.append(line.rstrip("\\") if HARD_BREAK.search(line) else line)
        open_paragraph = bool(stripped) and not HARD_BREAK.search(line) and not stands_alone(stripped)
    return "\n".join(joined)


def marks_paragraphs(text: str) -> bool:
    """Blank lines follow most of the text's lines: each paragraph is set apart by one."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    followed = sum(1 for i in filled if i + 1 < len(lines) and not lines[i + 1].strip())
    return bool(filled) and followed >= MIN_BLANK_SHARE * len(filled)


def opens_block(line: str) -> bool:
    """A line that starts a block of its own rather than going on with the paragraph before it; also
    the lines of a document's head and foot that stand whole (a date, a document number, a subtitle),
    which a converter writes on lines of their own without a blank line (title / 文号, 单位 / 日期)."""
    return OPENS_ITEM.match(line) is not None or OPENS_BLOCK.match(line) is not None \
        or line.startswith(SUBTITLE) or WHOLE_LINE.match(line) is not None


def stands_alone(line: str) -> bool:
    """A line no next line goes on: a heading, a rule, a pipe-table row, a quote, a field line, a subtitle."""
    return line[0] in "#|>" or OPENS_BLOCK.match(line) is not None or line.startswith(SUBTITLE)
