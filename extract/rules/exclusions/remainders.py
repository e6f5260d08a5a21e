"""The part of a reported work not done yet (RECORDS.md section 5: neither a result achieved nor a commitment): a
count right after a word of what is left (剩余7宗, 未整改12宗, 持续整改1个, 尚有7个问题未整改到位;
extract/data/remainder_words.tsv), a few words of its noun between at most. A commitment verb acting on the rest
keeps it: right before the word, no other amount between (推动第三期剩余25个老旧小区改造; 已完成整改5宗剩余7宗 leaves
完成 to the 5), or after the amount in its clause and not negated (剩余5个共性问题已基本完成整改)."""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, word_list
from ..commitments import verb_in
from ..quantity import Quantity
from ..sentences import Span

NOUN = re.compile(f"[{HAN_CLASS}]{{0,12}}")  # 尚有可供使用穴位2.95万个: the words naming what is left, before its count
DIGIT = re.compile("[0-9０-９]")
NEGATIONS = ("未", "尚未", "没有")  # 尚有7个问题未整改到位: a verb said not done


def left_undone(text: str, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount counts what is left of a work (剩余7宗), no commitment verb acting on it."""
    words = list(_remainder().finditer(text, clause.start, quantity.start))
    if not words or NOUN.fullmatch(text, words[-1].end(), quantity.start) is None:
        return False
    word = words[-1]
    if verb_in(text, word.end(), quantity.start) is not None:
        return False  # 剩余部分完成3个: a verb of its own before the amount
    before = verb_in(text, clause.start, word.start(), last=True)
    if before is not None and not DIGIT.search(text, before.end, word.start()):
        return False  # 推动第三期剩余25个…改造: the verb acts on the rest
    after = verb_in(text, quantity.end, clause.end)
    return after is None or text[quantity.end:after.start].endswith(NEGATIONS)


@cache
def _remainder() -> re.Pattern[str]:
    return re.compile(alternation(word_list("remainder_words.tsv")))
