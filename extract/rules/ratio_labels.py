"""The labels of shares and multiples: whose share of what (法律顾问不少于本单位人员总数的3% →
法律顾问占本单位人员总数比例), the things a share counts (城市建成区40%的区域), what grows by a multiple."""
from __future__ import annotations

import re

from ..chars import han_count
from ..lexicon import word_pattern
from .comparators import share_bound
from .label_cleaning import MAX_INDICATOR, MIN_PER_HEAD, clean, without_function_words
from .quantity import Quantity
from .sentences import Span

# where what grows ends before a multiple: the comparison (比, 较, 等于), its verb (增长两倍), a span of years
# (3年翻一番), 翻 itself
MULTIPLE_HEAD_END = re.compile(r"比|较|等于|相当于|达到|是|增长|增加|提高|扩大|\d+年|[一二两三四五六七八九十]+年|翻")
SHARE_WORD, SHARE_NOUN = "占", "比例"
SHARE_OF = "的"  # 40%的区域: the share of the things named after it
MAX_SCOPE = 6  # 城市建成区, 我区本年度: the scope a share of things is stated for


def is_share_of_things(text: str, clause: Span, quantity: Quantity, verb: tuple[int, int] | None, after: str) -> bool:
    """全国96.68%的办税缴费事项实现…, 城市建成区40%的区域达到…: a share with no verb before it, 的 and the things
    it counts after it, and only their scope before it (no rate noun: 覆盖率90%的水平) measures those things."""
    if quantity.kind != "percent" or verb is not None or not text.startswith(SHARE_OF, quantity.end):
        return False
    scope = clean(text[clause.start:quantity.start])
    return (han_count(after) >= MIN_PER_HEAD and han_count(scope) <= MAX_SCOPE
            and not word_pattern("rate_words.tsv").search(scope))


def multiple_label(text: str, clause: Span, quantity: Quantity) -> str | None:
    """营业收入较2020年末翻一番, 外贸达到1950年的1.8倍: what grows is the words before the comparison."""
    if quantity.kind != "multiple":
        return None
    head = clean(text[clause.start:quantity.start])
    cut = MULTIPLE_HEAD_END.search(head)
    label = without_function_words(head[:cut.start()] if cut else head)
    return label[-MAX_INDICATOR:] if han_count(label) >= 2 else None


def share_label(text: str, clause: Span, quantity: Quantity) -> str | None:
    """法律顾问不少于本单位人员总数的3% → 法律顾问占本单位人员总数比例: a share named by whose and of what."""
    if quantity.kind != "percent":
        return None
    found = share_bound(text, clause, quantity)
    if found is None:
        return None
    whose = without_function_words(clean(text[clause.start:found.start()]))
    base = found.group()[len(found.group(1)):].removesuffix("的")
    return f"{whose}{SHARE_WORD}{base}{SHARE_NOUN}"[-MAX_INDICATOR:] if han_count(whose) >= MIN_PER_HEAD else None
