"""When a duration is a target (RECORDS.md section 5: durations are targets when they are limits to
meet): a bound (压减至5个工作日以内, 期限最长为2年), a range (10-15分钟), a decrease, or a word of
extract/data/duration_words.tsv (办结时限3个工作日, 在规定期限内办结(5个工作日), 提前5个工作日公示,
隔离观察7天, 值班室24小时值守); never a streak (连续3年下降) or a schedule beaten (提前一年完成)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import read_table
from .quantities import Quantity, find_quantities
from .sentences import Span

NONE = "none"
BOUNDS = frozenset({"<=", ">=", "range"})
EARLIEST_YEAR = 1000  # 2025年 is a year, never a duration of 2025 years
WITHIN = ("内", "以内")
AT = "在"
STAY_OPENERS = "要须应当行对,，、;；"  # 人员要隔离观察, 须实行居家医学观察: the stay starts after these
STAY_NOUNS = "时间|期"  # 观察时间为…14天, 观察期满14天: the text's own name of the stay
STAY_NOUN = "时间"
SERVICE_RANGES = frozenset({"分钟", "小时"})  # 步行10-15分钟 is a service standard; 连续3-5年 is no limit


@cache
def _words(where: str) -> dict[str, str]:
    """The words of one place; stays count among the clause words too."""
    places = (where, "stay") if where == "clause" else (where,)
    return {r["word"]: r["comparator"] for r in read_table("duration_words.tsv") if r["where"] in places}


def duration_comparator(text: str, clause: Span, quantity: Quantity, comparator: str, *,
                        decreasing: bool) -> str | None:
    """The comparator of a duration that is a target, or None when it is not one."""
    if quantity.unit == "年" and quantity.value >= EARLIEST_YEAR:
        return None
    head = text[clause.start:quantity.start].removesuffix(AT)  # 力争在两年内: the word before 在
    if any(text.startswith(w, quantity.end) for w, c in _words("after").items() if c == NONE) or any(
            head.endswith(w) for w, c in _words("before").items() if c == NONE):
        return None  # 连续3年下降, 提前一年完成: a streak or a schedule beaten, no limit
    if text.startswith(WITHIN, quantity.end) and _frames_an_amount(text, clause, quantity):
        return None  # 三年内参保率提高到90%: the time the later amount is reached in, no limit of its own
    word = next((w for w in _words("before") if head.endswith(w)), None)
    if word is not None:
        return _words("before")[word] if comparator == "=" else comparator
    word = next((w for w, c in _words("after").items() if c != NONE and text.startswith(w, quantity.end)), None)
    if word is not None:
        return _words("after")[word] if comparator == "=" else comparator  # 热线24小时畅通: a service kept up
    limited = any(w in head for w in _words("clause"))
    if comparator == "<=" or decreasing or (comparator in BOUNDS and limited):
        return comparator
    if comparator == "range" and (quantity.unit in SERVICE_RANGES or text.startswith(WITHIN, quantity.end)):
        return comparator  # 步行10-15分钟; 在3—5年内调整到位
    if limited:
        return _words("clause")[next(w for w in _words("clause") if w in head)]
    return None


def _frames_an_amount(text: str, clause: Span, quantity: Quantity) -> bool:
    """An amount in figures later in the clause, which the window before it dates."""
    return any(not q.chinese for q in find_quantities(text[quantity.end:clause.end]))


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
