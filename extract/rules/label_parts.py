"""Words of a clause around an amount that are no part of its label: a basis phrase the amount stands in
(按本市最低工资标准的50%), who pays it (区财政, 由市财政), a plan word or verb opening the label (力争, 完成)."""
from __future__ import annotations

from ..chars import han_count
from ..lexicon import pattern_where, word_list, words_where
from ..segment import tags
from .unit_names import is_unit

AGENT_OPENER = "由"  # 由市财政按…: who pays, not what is paid
FRAME_OPENER, FRAME_TAG = "在", "f"  # 在…期间: the time a sum is paid in (jieba's locative tag)
NOUN_TAGS = ("n", "vn", "j")  # jieba's tags of a noun a label may end on
PARTICLES = ("ul", "uz", "u")  # 完成了移民搬迁: the particle goes with the verb
VERB_TAG = "v"
PREPOSITION_TAG = "p"
MIN_LABEL = 2
FUNCTION_TAGS = ("r", "m", "q", "p", "c", "u", "d")  # jieba's pronouns, numerals, measure and function words
NOT_OPENING_TAGS = (*FUNCTION_TAGS, "t")  # and time words: none opens a label


def basis_at(head: str) -> tuple[int, int] | None:
    """Where the basis preposition opens (按, 按照) when the words up to the amount (``head``'s end) are
    its phrase: 按照每个子女每月, 按贷款实际利率的. None when a verb closes the phrase before the amount
    (按原标准降低20%, 按货币计算的平均工资增加了84%, 按…比例控制在5%): the amount is then the verb's."""
    if not pattern_where("basis_words.tsv", "role", "preposition").search(head):
        return None  # most clauses: no basis preposition, nothing to segment
    start, found, last = 0, None, []
    for word, tag in tags(head):
        if word in words_where("basis_words.tsv", "role", "preposition") and tag == PREPOSITION_TAG:
            found, last = (start, start + len(word)), []
        start = start + len(word)
        last = last if tag.startswith((PREPOSITION_TAG, "u")) else [tag]  # 控制在, 增加了: the verb before them
    return None if found is None or (last and last[0].startswith(VERB_TAG)) else found


def names_no_label(before: str) -> bool:
    """区财政, 由市财政, 财政部门对符合条件的贷款: the words before a basis phrase say who pays (a unit, an
    agent opened by 由) or what it is paid on (对…), not what is measured."""
    if han_count(before) < MIN_LABEL or is_unit(before):
        return True
    words = tags(before)
    agents = (AGENT_OPENER, *word_list("agent_prepositions.tsv"))  # 补助资金由…, 部门对…
    return any(word in agents and tag == PREPOSITION_TAG for word, tag in words) or not words[-1][1].startswith(NOUN_TAGS)


def names_a_grade(words: str) -> bool:
    """小学, 初中, 博士 (小学每生每学年5000元): the class a sum is listed for; not 其他 or a number."""
    return han_count(words) >= MIN_LABEL and not tags(words)[-1][1].startswith(FUNCTION_TAGS)


def frame_of(before: str) -> str:
    """在学历教育期间 (…按照每月400元定额扣除) → 学历教育期间: the time a sum is paid in qualifies what is paid;
    the words before a basis phrase name no frame otherwise."""
    words = tags(before)
    if not before.startswith(FRAME_OPENER) or len(words) < 3 or words[-1][1] != FRAME_TAG:
        return ""
    return before[len(FRAME_OPENER):]


def basis_close(rest: str) -> tuple[int, str] | None:
    """Where a basis phrase ends in the words after its amount (的标准定额扣除: after 的标准; …6000元(…)的标准
    进行学位补贴: after the last 的标准), and the noun it ends on (标准, 比例: what the amount is of what is
    paid); None when the amount ends it (…的50%核拨经费补贴)."""
    closers = list(pattern_where("basis_words.tsv", "role", "closer").finditer(rest))
    return (closers[-1].end(), closers[-1].group().removeprefix("的")) if closers else None


def without_opening_verb(phrase: str) -> str:
    """核拨经费补贴 → 经费补贴, 进行学位补贴 → 学位补贴, 向承办机构支付培训补助 → 培训补助: the verb a basis
    phrase leads to acts on what is paid, and whom it is paid to is no part of it; 定额扣除 opens on a noun
    and stays, as does a verb before another verb (提前预付给医疗机构)."""
    words = tags(phrase)
    if len(words) < 2:
        return phrase
    if words[0][1] == PREPOSITION_TAG:
        ends = [sum(len(w) for w, _ in words[:i + 1]) for i, (_, tag) in enumerate(words[:-1])
                if tag == VERB_TAG and words[i + 1][1].startswith(NOUN_TAGS)]  # 支付培训补助: the verb's object
        rest = phrase[ends[-1]:] if ends else ""
    elif words[0][1] == VERB_TAG and len(words[0][0]) >= MIN_LABEL and words[1][1].startswith(NOUN_TAGS):
        rest = phrase[len(words[0][0]):]
    else:
        return phrase
    return rest if han_count(rest) >= MIN_LABEL else phrase


def without_opener(label: str) -> str:
    """力争技术合同交易额 → 技术合同交易额, 完成了移民搬迁 → 移民搬迁, 涉及安置点 → 安置点: a plan word or the
    clause's verb opening a label, when a phrase follows it (完成率 is one word); not when a time, an amount,
    a modal, a function word or a bare verb follows (预计今年将…, 预计可以等于…, 预计新增: nothing measured is
    named there)."""
    if not label.startswith(word_list("label_openers.tsv")):
        return label  # most labels
    words = tags(label)
    if len(words) < 2 or words[0][0] not in word_list("label_openers.tsv"):
        return label
    drop = 1 + (words[1][1] in PARTICLES)
    follower = words[drop][0] if len(words) > drop else ""
    if (not follower or follower[0].isdigit() or words[drop][1].startswith(NOT_OPENING_TAGS)
            or follower in word_list("label_modals.tsv") or words[drop:] == [(follower, VERB_TAG)]):
        return label  # 预计2年内…, 预计新增: an amount or a bare verb follows, not what is measured
    rest = label[sum(len(word) for word, _ in words[:drop]):]
    return rest if han_count(rest) >= MIN_LABEL else label


