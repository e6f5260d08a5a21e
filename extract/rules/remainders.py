"""What a report of work done says is left undone (RECORDS.md section 5: a target is a commitment or a result
achieved; 已完成整改29宗,剩余6宗 reports 29 done and 6 open): the amount right after a remainder word (剩余6宗,
持续整改1个, 在办理期限内6件) or a short noun before one (10件尚在答复期内, 1亿元区级预算资金未下达;
extract/data/remainder_words.tsv). The open part a later clause reports done (剩余5个共性问题已基本完成整改) is
a result; in a plan (推动剩余25个老旧小区改造) the remainder is the commitment: only achieved amounts are read.
"""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, words_where
from .quantity import Quantity
from .sentences import Span

NOUN_GAP = 8  # 区级预算资金: the noun between an amount and the remainder word after it
DONE = re.compile("(?<!未)完成")  # 剩余5个共性问题已基本完成整改: the open part, done since


def left_undone(text: str, clause: Span, quantity: Quantity) -> bool:
    """A remainder word right before the amount (约/近 between) or a short noun and one after it, in ``clause``,
    and no completion after the amount."""
    rest = text[quantity.end:clause.end]
    if DONE.search(rest):
        return False
    return _before().search(text, clause.start, quantity.start) is not None or _after().match(rest) is not None


@cache
def _before() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(words_where('remainder_words.tsv', 'place', 'before'))})[约近达共]?$")


@cache
def _after() -> re.Pattern[str]:
    words = alternation(words_where("remainder_words.tsv", "place", "after"))
    return re.compile(f"[{HAN_CLASS}]{{0,{NOUN_GAP}}}?(?:{words})")
