"""Amounts inside the case a grant or a rule is for (RECORDS.md section 5: a rule's terms commit to nothing;
eligibility conditions are no targets): who qualifies, not what the government commits to. Chinese writes the
case as a noun phrase that 对, 对于 or 凡 opens and a 的 closes (对投资总额200万美元以上的外资项目,…; 对月销售额
10万元以下的纳税人,免征…), as a clause that 若 opens (若吸纳见习人员超过200人,再给予…), as the premise of
在…的前提下, or as a clause ending on 的 (and the noun it qualifies) before what is done for it (…起3个月内招用
的员工,按…给予补助; …建筑高度不大于24米的门店工程,企业可…). The support itself stays (对企业给予50万元的奖励,
对…按350元/人的标准给予补助), and so does an amount counting the things the case is about (对80%以上的行政村
开展…, 对1000家以上的企业: how many, a share to reach).
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, word_list, words_where
from ..quantities import Quantity
from ..sentences import Span
from ..time_conditions import case_opener

CASE_NOUN = 8  # 餐饮门店工程: the noun a closing 的 qualifies, before the comma
TOPIC = 4  # 企业可…: the subject of what is done, before its permission or duty
LEADING = re.compile("\\s*(?:同时|此外|另外|并|再|还)?")  # adverbs before the opener
BOUND = re.compile(f"[{HAN_CLASS}]{{0,{CASE_NOUN}}}?(?:及|或)?以[上下内]")  # 10人以上, 150家企业及以上: a threshold
COUNTED_HEAD = re.compile("(?:及?以[上下]|余|多)?的")  # 80%以上的行政村: the amount counts the head
HEAD_PREFIX = 4  # 全市, 辖区内: the few words before an amount counting the head


def in_a_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount stands in the case a grant or a rule is for (see the module's docstring)."""
    return (_opened_case(text, clause, quantity) or _conditional(text, clause, quantity)
            or _premise(text, clause, quantity) or _closed_case(text, clause, quantity))


def _opened_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """对…的 around the amount in its clause, nothing done for the case before the amount (对企业给予50万元…)
    and the amount no count of the things the case is about (对全市80%以上的行政村)."""
    opener = _opener().match(text, clause.start, quantity.start)
    if opener is None or _outcome().search(text, opener.end(), quantity.start):
        return False
    if "的" not in text[quantity.end:clause.end]:
        return False
    return not _counts_the_head(text, opener.end(), quantity)


def _counts_the_head(text: str, case_start: int, quantity: Quantity) -> bool:
    """The amount counts the things the case is about: a count no comparator or bound makes a threshold
    (对40座压缩站…的地坪, 遴选出64个…的项目), or a count or share right before the 的 of the head, a few
    words at most before it (对全市80%以上的行政村)."""
    if quantity.kind != "count" and quantity.unit != "%":
        return False
    head = text[case_start:quantity.start]
    if quantity.kind == "count" and not (_comparator().search(head) or BOUND.match(text, quantity.end)):
        return True
    return len(head) <= HEAD_PREFIX and not _comparator().search(head) and \
        COUNTED_HEAD.match(text, quantity.end) is not None


def _conditional(text: str, clause: Span, quantity: Quantity) -> bool:
    """若…: the clause is a condition."""
    return _if_opener().match(text, clause.start, quantity.start) is not None


def _premise(text: str, clause: Span, quantity: Quantity) -> bool:
    """在…的前提下: the amount is in the premise."""
    return "在" in text[clause.start:quantity.start] and _premise_close().search(text, quantity.end, clause.end) is not None


def _closed_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """The clause ends on 的 and the noun it qualifies, what is done for the case opens the next one
    (…招用的员工,按…; …的门店工程,企业可…); nothing done before the amount."""
    if _outcome().search(text, clause.start, quantity.start) or _counts_the_head(text, clause.start, quantity):
        return False
    closing = _case_close().search(text, quantity.end, clause.end)
    if closing is None or closing.end() != clause.end or _level_noun().match(text, closing.start() + 1):
        return False
    return _follows().match(text, clause.end) is not None


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(f"{LEADING.pattern}{case_opener()}")


@cache
def _if_opener() -> re.Pattern[str]:
    return re.compile(f"{LEADING.pattern}(?:{alternation(words_where('case_frames.tsv', 'kind', 'if'))})")


@cache
def _premise_close() -> re.Pattern[str]:
    return re.compile(f"的(?:{alternation(words_where('case_frames.tsv', 'kind', 'premise'))})")


@cache
def _outcome() -> re.Pattern[str]:
    """What is done for a case: grants, reliefs and the words opening a rule's provision (case_openers.tsv)."""
    return re.compile(alternation(word_list("grant_verbs.tsv") + word_list("relief_verbs.tsv")
                                  + word_list("case_openers.tsv")))


@cache
def _case_close() -> re.Pattern[str]:
    return re.compile(f"的[{HAN_CLASS}]{{0,{CASE_NOUN}}}$")


@cache
def _follows() -> re.Pattern[str]:
    """A comma, then what is done for the case: a grant, relief or provision, or a short subject's duty or
    permission (企业可…, duty_modals.tsv)."""
    done = alternation(word_list("grant_verbs.tsv") + word_list("relief_verbs.tsv") + word_list("case_openers.tsv"))
    duty = alternation(word_list("duty_modals.tsv"))
    return re.compile(f"[,，](?:再|可|均|即)?(?:{done}|[{HAN_CLASS}]{{0,{TOPIC}}}?(?:{duty}))")


@cache
def _level_noun() -> re.Pattern[str]:
    """…减少10%的目标: a level to reach after the 的 (scope_heads.tsv), no case."""
    return re.compile(alternation(word_list("scope_heads.tsv")))


@cache
def _comparator() -> re.Pattern[str]:
    return re.compile(alternation(word_list("comparators.tsv")))
