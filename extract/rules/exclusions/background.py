"""Background figures (RECORDS.md section 5: background statistics that are neither a commitment nor a
result of the work are no targets): an amount after a background word (现有常住人口38万人, 占地500亩,
extract/data/background_markers.tsv) and no commitment verb around it; the level such a word announces
(高于全国平均水平4.9个百分点; a share 占比34% in a report or a speech) is told apart by states_a_level.
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, read_table, word_list
from ..commitments import verb_in
from ..quantity import Quantity
from ..sentences import Span
from .phrases import local_head

OBJECT_GAP = re.compile(f"[{HAN_CLASS}]{{1,8}}")  # a verb's object up to a word: no marks, a few characters
LEVEL_GAP = re.compile(f"[{HAN_CLASS}]{{0,6}} ?")  # 高于全国平均水平4.9个百分点, 占全市国中小之 78%


def background_figure(text: str, clause: Span, quantity: Quantity, *, address: bool) -> bool:
    """A background word before the amount (现有常住人口38万人) and no commitment verb around it
    (户籍人口城镇化率达到68%, 新建厂房总面积3.2万平米 are targets), unless the amount is the level the
    word announces (民间投资占比34%, 高于全国0.7个百分点)."""
    head = local_head(text, clause, quantity)
    markers = background_words(head)
    if not markers or states_a_level(text, clause, quantity, address=address):
        return False
    head_start = quantity.start - len(head)
    marker_start, marker_end = head_start + markers[-1].start(), head_start + markers[-1].end()
    verb = verb_in(text, head_start, marker_start, last=True)  # 新建厂房总面积: the marker is its object
    if verb_in(text, marker_end, quantity.start) is not None and not (
            quantity.unit == "人" and verb is None and any(m.group() in _population_markers() for m in markers)):
        return False  # 户籍人口城镇化率达到68%; but 常住人口由…增加到732万人 is the population itself
    return verb is None or not OBJECT_GAP.fullmatch(text[verb.end:marker_start])


def states_a_level(text: str, clause: Span, quantity: Quantity, *, address: bool) -> bool:
    """The last background word before the amount announces it as a level of its kind, only a short
    description between: a gap to the nation (高于全国平均水平4.9个百分点); a share (占比34%, 占全球30%)
    in an ``address`` (a report or a speech: a plan's shares describe its situation)."""
    if quantity.kind == "percent" and not address:
        return False
    head = text[clause.start:quantity.start]
    markers = background_words(head)
    last = markers[-1] if markers else None
    return last is not None and _level_markers().get(last.group()) == quantity.kind and LEVEL_GAP.fullmatch(
        head, last.end()) is not None and verb_in(text, clause.start + last.end(), quantity.start) is None


def background_words(text: str) -> list[re.Match[str]]:
    """The background words of ``text`` (background_markers.tsv), not those a longer word holds that is no
    background (background_lookalikes.tsv: 辖区 holds 辖)."""
    return [m for m in _markers().finditer(text) if m.group() not in _lookalikes()]


def background_marker_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`background_figure` rules an amount out: a background word (a
    match of a lookalike is none)."""
    return word_list("background_markers.tsv")


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(alternation(word_list("background_markers.tsv") + word_list("background_lookalikes.tsv")))


@cache
def _lookalikes() -> frozenset[str]:
    return frozenset(word_list("background_lookalikes.tsv"))


@cache
def _level_markers() -> dict[str, str]:
    return {r["word"]: r["level"] for r in read_table("background_markers.tsv") if r["level"]}


@cache
def _population_markers() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("background_markers.tsv") if r["population"])
