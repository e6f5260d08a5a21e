"""Statistics of events and of harm suffered, and their comparisons (RECORDS.md section 5: background
statistics are no targets): counts of what happened (共发生4级以上地震12次, 造成3人死亡, 直接经济损失约3亿元;
extract/data/occurrence_verbs.tsv) unless a commitment verb acts on them (减少300人死亡, 妥善处置3起事故),
the level of reference a figure is set against (年均19次的水平) and the base of a multiple (为往年均值18次的1.8倍).
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, pattern_where, read_table, word_list
from ..commitments import target_verbs, verb_in
from ..numeral_scan import may_hold_quantities
from ..quantities import find_quantities
from ..quantity import Quantity
from ..sentences import Span
from .phrases import CREATED_GAP

MULTIPLE_AFTER = re.compile("的([0-9.]+倍)")  # 18次的1.8倍: the amount is the base of a multiple
AVERT_GAP = 4  # 避免了人员伤亡, 未造成人员死亡: the words between an averting word and the harm
PREDICATE_END = re.compile("$|[、,，;；。或和及与的)）]")  # 12人死亡、…, 3人以上死亡或重伤的: a word said of those counted


def occurrences(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count of events or of harm suffered (extract/data/occurrence_verbs.tsv): after a word of their
    happening, no commitment verb between (共发生4级以上地震12次, 直接经济损失约3亿元); or before such a word
    later in its clause, no commitment verb right before the amount (共造成12人死亡, 其他5名责任人员受到处分,
    3起事故的责任人); not 减少300人死亡, 妥善安置1万名受灾群众, 妥善处置3起事故."""
    unit = quantity.unit or ""
    words_before = [m for m in pattern_where("occurrence_verbs.tsv", "where", "before").finditer(text, clause.start, quantity.start)
                    if unit in _occurrence_units()["before", m.group()][0]]
    if words_before and verb_in(text, words_before[-1].end(), quantity.start) is None:
        return True
    for word in pattern_where("occurrence_verbs.tsv", "where", "after").finditer(text, quantity.end, clause.end):
        units, predicate = _occurrence_units()["after", word.group()]
        if unit not in units:
            continue
        if _verb_ends_at(text, clause, quantity):
            return False  # 减少300人死亡, 妥善处置3起事故: the amount is what the verb does
        if not predicate:  # 4起事故: the things counted, the object of any commitment verb before them
            return verb_in(text, clause.start, quantity.start) is None
        if PREDICATE_END.match(text, word.end(), clause.end):  # 12人死亡: said of those counted
            return not _averted(text, quantity, word.start())
    return False


def occurrence_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`occurrences` rules an amount out: a word of occurrence_verbs.tsv
    (before the amount or after it)."""
    return word_list("occurrence_verbs.tsv")


def _verb_ends_at(text: str, clause: Span, quantity: Quantity) -> bool:
    """A commitment verb right before the amount, even where the segmenter joins it to an adverb (妥善处置)."""
    window = text[max(clause.start, quantity.start - CREATED_GAP):quantity.start]
    return any(m.end() == len(window) for m in target_verbs()[0].finditer(window))


def _averted(text: str, quantity: Quantity, harm: int) -> bool:
    """A word right before the harm saying it did not happen (2130人因提前转移避免伤亡: people kept safe;
    extract/data/averting_words.tsv)."""
    return _averting().search(text, quantity.end, harm) is not None


@cache
def _averting() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('averting_words.tsv'))})[{HAN_CLASS}]{{0,{AVERT_GAP}}}$")


@cache
def _occurrence_units() -> dict[tuple[str, str], tuple[frozenset[str], bool]]:
    """(where, word): the units the word counts, and whether it ends its phrase (predicate)."""
    return {(r["where"], r["word"]): (frozenset(r["units"].split()), bool(r["predicate"]))
            for r in read_table("occurrence_verbs.tsv")}


def reference_level(after: str) -> bool:
    """The amount, 的 and a noun of a level (年均19次的水平): what something is compared with."""
    return _reference_after().match(after) is not None


@cache
def _reference_after() -> re.Pattern[str]:
    return re.compile(f"的(?:{alternation(word_list('reference_levels.tsv'))})")


def compares_figures(text: str, clause: Span, quantity: Quantity) -> bool:
    """Two figures set against each other, a multiple of an amount (为往年均值18次的1.8倍): the base
    and the multiple are statistics; a multiple of a standard (标准的1.5倍) or of a year's level stays."""
    if quantity.kind == "multiple":
        base = text[clause.start:quantity.start]
        if not base.endswith("的"):
            return False
        figures = find_quantities(base[:-1]) if may_hold_quantities(base) else []
        return bool(figures) and figures[-1].end == len(base) - 1 and figures[-1].kind != "time"  # not 2010年的
    following = MULTIPLE_AFTER.match(text, quantity.end, clause.end)
    return following is not None and any(q.kind == "multiple" and q.start == 0
                                         for q in find_quantities(following.group(1)))
