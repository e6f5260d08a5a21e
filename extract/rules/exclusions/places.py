"""Descriptions (RECORDS.md section 5: background, neither a commitment nor a result): where a place is
(东距某县城18公里, 海拔高程480米), how big a natural feature is (延伸长度一般为0.5米), a water level
(135米水位), a search radius (在25公里范围内) and the make-up a standard gives a thing (字符共8位);
extract/data/description_words.tsv. A commitment verb in the clause before the amount keeps it
(间距控制在1.5米以上, 新建道路18公里); but a distance closed by the scope it draws (站点50米范围内, 50米内,
500米服务半径) is the reach of an indicator or a service area, and a verb keeps it only when it acts on the
distance itself (扩大至500米范围内), not on the indicator the scope opens (实现站点50米范围内…占比达到90%)."""
from __future__ import annotations

import re
from functools import cache

from ...lexicon import pattern_where, read_table, word_list
from ..commitments import verb_in
from ..quantity import Quantity
from ..sentences import Span

GOVERNED_GAP = re.compile("[在至到为]?")  # 扩大至500米范围内: what may stand between a verb and the distance it sets


def describes(text: str, clause: Span, quantity: Quantity) -> bool:
    """A description word before the amount (within its gap) or right after it, of the amount's unit, and
    no commitment verb in the clause before the amount."""
    unit = quantity.unit or ""
    if not unit:
        return False
    if _announced(text, clause, quantity, unit):
        return not _commits(text, clause.start, quantity.start)
    return _followed(text, clause, quantity, unit) and not _sets(text, clause.start, quantity.start)


def description_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`describes` rules an amount out: a word of description_words.tsv
    (before the amount or right after it)."""
    return word_list("description_words.tsv")


def _sets(text: str, start: int, end: int) -> bool:
    """The last commitment verb before the amount acts on it: only a preposition between (扩大至500米范围内);
    实现站点50米范围内… acts on what follows the scope."""
    verb = verb_in(text, start, end, last=True)
    return verb is not None and GOVERNED_GAP.fullmatch(text, verb.end, end) is not None


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
