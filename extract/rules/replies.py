"""Reply letters on a province's requests (…办理情况的函, 复函, 答复): the letter quotes each request
(你省请求,…; 大连市希望…) and then the answer of the ministries. The amounts of a request are what was
asked, and the forecasts and intentions an answer gives (预计, 拟) are background: none is a target
(RECORDS.md section 5). Cue words in extract/data/reply_cues.tsv."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, words_where
from .quantity import Quantity
from .sentences import Span

CLAUSE_MARKS = re.compile("[,，;；:：]")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return {reach: re.compile(alternation(words_where("reply_cues.tsv", "reach", reach)))
            for reach in ("sentence", "clause")}


def requested(text: str, sentence: Span, quantity: Quantity) -> bool:
    """Whether a cue before the amount, in its sentence (a request) or its clause (a forecast), makes it
    no target of a reply letter."""
    head = text[sentence.start:quantity.start]
    if _cues()["sentence"].search(head):
        return True
    return _cues()["clause"].search(CLAUSE_MARKS.split(head)[-1]) is not None
