"""Budget allocations and how they grow (RECORDS.md section 5: 预算…万元 is no target): a sum after a budget
word (每年安排最高100万元经费), and the clause after it that only says how that allocation changes
(比上年增加300亿元，增长7.5%). Money tied to a task or a result stays a target.
"""
from __future__ import annotations

import re
from functools import cache

from ...lexicon import alternation, word_list, word_pattern
from ..commitments import target_verbs
from ..quantities import find_quantities
from ..quantity import Quantity
from ..sentences import Span, clauses
from .phrases import local_head

REVENUE = "收入"


def budget_allocation(text: str, clause: Span, quantity: Quantity) -> bool:
    """A sum after a budget word, between it and the list mark or clause start before it (每年安排最高100万元经费)."""
    return quantity.unit == "元" and _budget(local_head(text, clause, quantity))


def _budget(head: str) -> bool:
    """安排…, 预算资金…, 预算支出… before a sum (RECORDS.md section 5: 预算…万元); not 预算收入 (revenue raised)."""
    return any(not head.startswith(REVENUE, m.end()) for m in word_pattern("budget_words.tsv").finditer(head))


def budget_follow_on(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A clause that only says how the allocation before it changes (比上年增加300亿元, 增长7.5%): the
    allocation's own figures, no target (RECORDS.md section 5 excludes budget allocations)."""
    if not _follow_on().fullmatch(text, clause.start, quantity.start):
        return False
    for earlier in reversed([c for c in clauses(text, sentence) if c.end <= clause.start]):
        amounts = [q for q in find_quantities(earlier.text(text)) if q.unit == "元"]
        if not amounts:
            return False
        first = amounts[0].shifted(earlier.start)
        if not _follow_on().fullmatch(text, earlier.start, first.start):
            return _budget(local_head(text, earlier, first))
    return False


@cache
def _follow_on() -> re.Pattern[str]:
    """The words opening a clause that changes the amount before it: (比上年)增加, 增长."""
    changes = alternation(tuple(v for v, verb in target_verbs()[1].items() if verb.change))
    return re.compile(f"(?:(?:{alternation(word_list('change_markers.tsv'))})(?:去年|上年|上一年)?)?(?:{changes})了?")
