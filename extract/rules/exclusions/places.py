"""Descriptions (RECORDS.md section 5: background, neither a commitment nor a result): where a place is
(东距某县城18公里, 海拔高程480米), how big a natural feature is (延伸长度一般为0.5米), a water level
(135米水位), a search radius (在25公里范围内) and the make-up a standard gives a thing (字符共8位);
extract/data/description_words.tsv. A commitment verb in the clause before the amount keeps it
(间距控制在1.5米以上, 新建道路18公里)."""
from __future__ import annotations

from functools import cache

from ...lexicon import pattern_where, read_table, word_list
from ..commitments import verb_in
from ..quantity import Quantity
from ..sentences import Span


def describes(text: str, clause: Span, quantity: Quantity) -> bool:
    """A description word before the amount (within its gap) or right after it, of the amount's unit, and
    no commitment verb in the clause before the amount."""
    unit = quantity.unit or ""
    if not unit or not (_announced(text, clause, quantity, unit) or _followed(text, clause, quantity, unit)):
        return False
    return not _commits(text, clause.start, quantity.start)


def _commits(text: str, start: int, end: int) -> bool:
    """A commitment verb in text[start:end] other than a word summing up (字符共8位; list_totals.tsv)."""
    verb = verb_in(text, start, end)
    while verb is not None and verb.word in word_list("list_totals.tsv"):
        verb = verb_in(text, verb.end, end)
    return verb is not None


def _announced(text: str, clause: Span, quantity: Quantity, unit: str) -> bool:
    head = text[clause.start:quantity.start]
    for match in pattern_where("description_words.tsv", "where", "before").finditer(head):
        units, gap = _rows()["before", match.group()]
        if unit in units and len(head) - match.end() <= gap:
            return True
    return False


def _followed(text: str, clause: Span, quantity: Quantity, unit: str) -> bool:
    match = pattern_where("description_words.tsv", "where", "after").match(text, quantity.end, clause.end)
    return match is not None and unit in _rows()["after", match.group()][0]


@cache
def _rows() -> dict[tuple[str, str], tuple[frozenset[str], int]]:
    return {(r["where"], r["word"]): (frozenset(r["units"].split()), int(r["gap"]))
            for r in read_table("description_words.tsv")}
