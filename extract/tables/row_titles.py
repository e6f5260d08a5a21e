"""The title and text of a table row's task: its short content cell, its name, the first sentence of a long
cell; the action a dated sentence in a cell asks for; a project's name (not a sentence)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, word_list
from ..rules.deadlines import TimeMention
from .rows import CellText, TableRow

NAME_BREAKS = re.compile("[,，;；。:：]")
SENTENCE_MARKS = re.compile("[,，;；。]")
SHORT_CONTENT = 20
MAX_ACTION_TITLE = 40
MAX_CELL_TITLE = 50  # as a heading's title (extract/headings.py)
CELL_TITLE_STOP = re.compile("[。;；!！?？]")


def row_title(row: TableRow) -> str:
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


def action_title(sentence: str, limit: TimeMention) -> str:
    """The action a dated sentence asks for: its first clause without the time words."""
    rest = (sentence[:limit.start] + sentence[limit.end:]).lstrip("前之,，在于到至")
    return re.split(r"[,，;；。]", rest, maxsplit=1)[0].strip()[:MAX_ACTION_TITLE]


def row_cells(row: TableRow) -> list[CellText]:
    cells = [row.cells[r] for r in ("index", "task", "content", "criteria", "owner", "lead", "support", "deadline")
             if r in row.cells]
    return cells + [cell for _, cell in row.values]


def is_a_name(text: str) -> bool:
    """A project's name (…年产30万辆新能源整车项目), not a sentence."""
    return not NAME_BREAKS.search(text) and _name_endings().search(text.strip()) is not None


@cache
def _name_endings() -> re.Pattern[str]:
    return re.compile(f"({alternation(word_list('name_endings.tsv'))})$")
