"""When a duration is a target (RECORDS.md section 5: durations are targets when they are limits to
meet): a bound (压减至5个工作日以内, 期限最长为2年), a range (10-15分钟), a decrease, or a word of
extract/data/duration_words.tsv (办结时限3个工作日, 在规定期限内办结(5个工作日), 提前5个工作日公示,
隔离观察7天, 值班室24小时值守), or a time kept each period (每天体育活动1小时以上); never a streak (连续3年下降) or a schedule beaten (提前一年完成)."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS, han_count
from ..lexicon import alternation, read_table, word_list, word_pattern, words_where
from .comparators import comparator_patterns
from .quantities import find_quantities
from .quantity import Quantity
from .rates import duration_per_period
from .sentences import Span, clauses

NONE = "none"
TIME = "time"  # units.tsv: the kind of a duration
BOUNDS = frozenset({"<=", ">=", "range"})
EARLIEST_YEAR = 1000  # 2025年 is a year, never a duration of 2025 years
WITHIN = ("内", "以内")
AT = "在"
RESPECTIVELY = "分别"  # a list of amounts, one per item named before it
STAY_OPENERS = "要须需应当行对或,，、;；"  # 人员要隔离观察, 须实行居家医学观察, 或等待: the stay starts after these
STAY_NOUNS = "时间|期"  # 观察时间为…14天, 观察期满14天: the text's own name of the stay
STAY_NOUN = "时间"
SERVICE_RANGES = frozenset({"分钟", "小时"})  # 步行10-15分钟 is a service standard; 连续3-5年 is no limit
LIMIT = "时限"
WINDOW_OPENS = ("在", "于", "起", "后", "的")  # 应在, 于…之日起, 解除之后, 收到…后的: a window the action falls in
MEANS_END = "方式"
COUNTED_FROM = "起"  # 自收到申请之日起10个工作日组织复核: a window without 内
ACTION_ENDS = re.compile("[并、(（]|等|和|及")  # 完成初核并提交…: the first action is the one limited
STANDARD_GAP = 10  # 3个月城乡居民低保标准: how many characters may name the standard before its word


@cache
def _words(where: str) -> dict[str, str]:
    """The words of one place; stays count among the clause words too."""
    places = (where, "stay") if where == "clause" else (where,)
    return {r["word"]: r["comparator"] for r in read_table("duration_words.tsv") if r["where"] in places}


def duration_comparator(text: str, clause: Span, quantity: Quantity, comparator: str, *,
                        decreasing: bool, sentence_start: int | None = None) -> str | None:
    """The comparator of a duration that is a target, or None when it is not one. ``sentence_start``:
    where the clause's sentence begins, whose earlier clauses name what a 分别 list limits."""
    if quantity.unit == "年" and quantity.value >= EARLIEST_YEAR:
        return None
    if duration_per_period(text, clause, quantity) is not None:
        return comparator  # 每天…户外活动2小时以上: a standard kept each day
    head = text[clause.start:quantity.start].removesuffix(AT)  # 力争在两年内: the word before 在
    if any(text.startswith(w, quantity.end) for w, c in _words("after").items() if c == NONE) or any(
            head.endswith(w) for w, c in _words("before").items() if c == NONE):
        return None  # 连续3年下降, 提前一年完成: a streak or a schedule beaten, no limit
    standard = _of_a_standard(text, clause, quantity)
    if standard is not None:  # 人均不超过本市3个月最低生活保障标准: a sum in months of a standard
        return None if standard == NONE else (standard if comparator == "=" else comparator)
    if text.startswith(WITHIN, quantity.end) and _frames_an_amount(text, clause, quantity):
        return None  # 三年内参保率提高到90%: the time the later amount is reached in, no limit of its own
    word = next((w for w in _words("before") if head.endswith(w)), None)
    if word is not None:
        return _words("before")[word] if comparator == "=" else comparator
    word = next((w for w, c in _words("after").items() if c != NONE and text.startswith(w, quantity.end)), None)
    if word is not None:
        return _words("after")[word] if comparator == "=" else comparator  # 热线24小时畅通: a service kept up
    limited = any(w in _limited_head(text, clause, quantity, sentence_start) for w in _words("clause"))
    if comparator == "<=" or decreasing or (comparator in BOUNDS and limited):
        return comparator
    if comparator == "range" and (quantity.unit in SERVICE_RANGES or text.startswith(WITHIN, quantity.end)):
        return comparator  # 步行10-15分钟; 在3—5年内调整到位
    if limited:
        return _words("clause")[next(w for w in _words("clause") if w in _limited_head(
            text, clause, quantity, sentence_start))]
    return None


def _limited_head(text: str, clause: Span, quantity: Quantity, sentence_start: int | None) -> str:
    """The words before the amount that may name what it limits: its clause's, and for a clause opening a
    分别 list also the earlier clauses of its sentence, which name the items (办理时限压缩一半,分别减至1个月、半个月)."""
    start = sentence_start if sentence_start is not None and text.startswith(RESPECTIVELY, clause.start) \
        else clause.start
    return text[start:quantity.start]


def _of_a_standard(text: str, clause: Span, quantity: Quantity) -> str | None:
    """The comparator of a sum stated as months of a standard (3个月最低生活保障标准), none for a case a
    rule applies to (不超过2个月最低生活保障标准的,由…审批), None when no standard follows."""
    found = _standard().match(text, quantity.end, clause.end)
    if found is None:
        return None
    return NONE if found.group("case") else _words("standard")[found.group("word")]


@cache
def _standard() -> re.Pattern[str]:
    return re.compile(f"的?[{HAN_CLASS}]{{0,{STANDARD_GAP}}}?(?P<word>{alternation(tuple(_words('standard')))})"
                      "(?P<case>的)?")


def _frames_an_amount(text: str, clause: Span, quantity: Quantity) -> bool:
    """An amount in figures later in the clause, which the window before it dates; a later duration is
    none (在15个工作日内完成审核(特殊情况可延长10个工作日): a second limit, not a level reached in the first)."""
    return any(not q.chinese and q.kind != TIME for q in find_quantities(text[quantity.end:clause.end]))


def stay_label(text: str, clause: Span, quantity: Quantity, label: str) -> str:
    """隔离观察7天: what is served is the stay itself (隔离观察时间), not the words before it (人员要隔离)."""
    head = text[clause.start:quantity.start]
    word = next((w for w in _words("stay") if w in head), None)
    if word is None:
        return label
    end = head.rfind(word) + len(word)
    own = re.match(STAY_NOUNS, head[end:])
    return re.split(f"[{STAY_OPENERS}]", head[:end])[-1] + (own.group() if own else STAY_NOUN)


def limit_label(label: str, action: str | None) -> str:
    """在规定期限内办结(3个工作日): the label 规定期限内 only names the limit; what is limited is the
    action (办结时限)."""
    if action and label.endswith("内") and any(w in label for w in _words("clause")):
        return f"{action}时限"
    return label


def limited_action(text: str, sentence: Span, clause: Span, quantity: Quantity, comparator: str) -> str | None:
    """What a time limit limits, named by its action: 在受理之日起3个工作日内,根据调查情况,提出审核意见 →
    提出审核意见时限; 自收到申请之日起10个工作日组织复核 → 组织复核时限; 应尽快发放补助,原则上不得超过20天 →
    发放补助时限. None when the amount is not such a window or no action is said."""
    head = text[clause.start:quantity.start]
    within = next((w for w in WITHIN if text.startswith(w, quantity.end)), "")
    if (within or head.endswith(COUNTED_FROM)) and head.endswith(WINDOW_OPENS):
        rest = text[quantity.end + len(within):clause.end]
        later = [c for c in clauses(text, sentence) if c.start >= clause.end]
        phrase = rest if han_count(rest) >= 2 else next(
            (c.text(text) for c in later if not c.text(text).startswith(_limit_words("opener"))), "")
    elif comparator == "<=" and not within and not _without_adverbs(comparator_patterns()[0].sub("", head)):
        before = [c for c in clauses(text, sentence) if c.end <= clause.start]  # 应尽快发放补助,原则上不得超过20天
        phrase = _after_duty(before[-1].text(text)) if before else ""
    else:
        return None
    if phrase.startswith(_limit_words("means")) and MEANS_END in phrase:
        phrase = phrase[phrase.index(MEANS_END) + len(MEANS_END):]  # 采取走访等方式组织复核: the action is 组织复核
    action = _without_adverbs(ACTION_ENDS.split(phrase, maxsplit=1)[0])
    return action + LIMIT if han_count(action) >= 2 else None


@cache
def _limit_words(role: str) -> tuple[str, ...]:
    return words_where("limit_words.tsv", "role", role)


def _without_adverbs(phrase: str) -> str:
    """尽快发放补助 → 发放补助; 原则上不得 → 不得."""
    words = _limit_words("adverb") + word_list("duty_modals.tsv")
    while phrase.startswith(words):
        phrase = phrase[len(next(w for w in words if phrase.startswith(w))):]
    return phrase


def _after_duty(clause: str) -> str:
    """The action after the clause's last modal (区民政部门应尽快发放补助 → 尽快发放补助)."""
    found = [m.end() for m in word_pattern("duty_modals.tsv").finditer(clause)]
    return clause[found[-1]:] if found else clause
