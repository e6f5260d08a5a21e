"""Amounts inside the case a grant or a rule is for (RECORDS.md section 5: a rule's terms commit to nothing;
eligibility conditions are no targets): who qualifies, not what the government commits to. Chinese writes the
case as a noun phrase that 对, 对于 or 凡 opens and a 的 closes (对投资总额200万美元以上的外资项目,…; 对月销售额
10万元以下的纳税人,免征…), as a clause that 若 opens (若吸纳见习人员超过200人,再给予…), as the premise of
在…的前提下, or as a clause ending on 的 (and the noun it qualifies) before what is done for it (…起3个月内招用
的员工,按…给予补助; …建筑高度不大于24米的门店工程,企业可…). The support itself stays (对企业给予50万元的奖励,
对…按350元/人的标准给予补助), and so does an amount counting the things the case is about (对80%以上的行政村
开展…, 对1000家以上的企业: how many, a share to reach). A case is also written as a clause closed by a 的 no noun
follows (…离婚后2年内再次购房的,按…; …一年内交易两次以上的,…: whoever or whatever it names), as a clause 当
opens and 时 closes (当库存去化周期低于12个月时,…: when a measure applies) and as an amount said to suffice for
what follows (主体工程完成50%即可申请…); a numbered item may open the case ((四)对…的). A time to wait for a
service is its limit (等待5个工作日即可领取) and stays.
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, word_list, words_where
from ..notices import LIST_ITEM
from ..quantity import Quantity
from ..sentences import Span
from ..time_conditions import case_opener

CASE_NOUN = 8  # 餐饮门店工程: the noun a closing 的 qualifies, before the comma
TOPIC = 4  # 企业可…: the subject of what is done, before its permission or duty
# an item's number ((四)对…的, 2.若…) and adverbs before the opener
LEADING = re.compile(f"\\s*(?:(?:{LIST_ITEM.pattern})\\s*)?(?:同时|此外|另外|并|再|还)?")
BOUND = re.compile(f"[{HAN_CLASS}]{{0,{CASE_NOUN}}}?(?:及|或)?以[上下内]")  # 10人以上, 150家企业及以上: a threshold
COUNTED_HEAD = re.compile("(?:及?以[上下]|余|多)?的")  # 80%以上的行政村: the amount counts the head
HEAD_PREFIX = 4  # 全市, 辖区内: the few words before an amount counting the head
WHEN_CLOSE = "时"  # 当…低于12个月时: closes the clause 当 opens
NOT_WHEN = "同时"  # 当前…完成30个的同时: a word ending on 时 that closes no 当 clause
SUFFICES_GAP = 4  # 以上, 的进度: the words between an amount and 即可
CASE_CLOSE = "的"  # what closes a case after the amount in its clause (对…的, …招用的员工, …再次购房的)


def in_a_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount stands in the case a grant or a rule is for (see the module's docstring). The cases
    closed by 的 are asked only where a 的 follows the amount in its clause (most amounts: none)."""
    closed = text.find(CASE_CLOSE, quantity.end, clause.end) >= 0
    return (closed and (_opened_case(text, clause, quantity) or _closed_case(text, clause, quantity)
                        or _headless_case(text, clause, quantity))
            or _conditional(text, clause, quantity) or _premise(text, clause, quantity)
            or _when(text, clause, quantity) or _suffices(text, clause, quantity))


def _opened_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """对…的 around the amount in its clause, nothing done for the case before the amount (对企业给予50万元…)
    and the amount no count of the things the case is about (对全市80%以上的行政村)."""
    opener = _opener().match(text, clause.start, quantity.start)
    if opener is None or _outcome().search(text, opener.end(), quantity.start):
        return False
    if CASE_CLOSE not in text[quantity.end:clause.end]:
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


def _headless_case(text: str, clause: Span, quantity: Quantity) -> bool:
    """The clause ends on a 的 no noun follows (…2年内再次购房的,): the case is named by what it is; not a 是…的
    statement (…增长5%是可以实现的)."""
    after = text[quantity.end:clause.end].rstrip()
    return after.endswith(CASE_CLOSE) and "是" not in after


def _when(text: str, clause: Span, quantity: Quantity) -> bool:
    """当…时: the clause opens on 当 and ends on 时 after the amount (not on 同时)."""
    after = text[quantity.end:clause.end].rstrip()
    return (after.endswith(WHEN_CLOSE) and not after.endswith(NOT_WHEN)
            and _when_opener().match(text, clause.start, quantity.start) is not None)


def _suffices(text: str, clause: Span, quantity: Quantity) -> bool:
    """…完成50%即可申请: a word saying the amount suffices follows it in its clause, a few words between; not
    a time to wait (等待5个工作日即可领取: how long a service takes)."""
    return quantity.kind != "time" and _suffices_after().match(text, quantity.end, clause.end) is not None


@cache
def _when_opener() -> re.Pattern[str]:
    return re.compile(f"{LEADING.pattern}(?:{alternation(words_where('case_frames.tsv', 'kind', 'when'))})")


@cache
def _suffices_after() -> re.Pattern[str]:
    words = alternation(words_where("case_frames.tsv", "kind", "suffices"))
    return re.compile(f"[{HAN_CLASS}]{{0,{SUFFICES_GAP}}}?(?:{words})")


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
    return re.compile(f"{CASE_CLOSE}[{HAN_CLASS}]{{0,{CASE_NOUN}}}$")


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
