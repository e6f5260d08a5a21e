"""Lists read with 分别 (RECORDS.md section 5: 分别 with several numbers gives one target per number):
甲率、乙率分别达55%、75% pairs the k-th amount with the k-th item named before 分别. What the pairing
needs from the text: the items (split at list marks and conjunctions standing as words, so the 及 of
普及率 splits nothing) and the amounts the items pair with (the new levels of a change, not the old
ones: 分别从209元、280元提高到217元、290元)."""
from __future__ import annotations

from ..lexicon import word_list
from ..segment import tags
from .exclusions.baselines import is_baseline
from .quantities import find_quantities
from .quantity import Quantity
from .sentences import Span

RESPECTIVELY = "分别"
CONJUNCTION_TAG = "c"  # jieba's tag of a conjunction (和, 及, 与, 以及)
LIST_MARK = "、"


def list_items(phrase: str) -> list[str]:
    """甲、乙和丙 → [甲, 乙, 丙]; 数控化率、研发设计工具普及率 → two items (普及率 is one word)."""
    joins = word_list("list_joins.tsv")
    items, current = [], ""
    for word, tag in tags(phrase):
        if word == LIST_MARK or word in joins and tag == CONJUNCTION_TAG:
            items.append(current)
            current = ""
        else:
            current += word
    return [*items, current]


def paired_amounts(text: str, clause: Span, start: int) -> tuple[list[Quantity], bool]:
    """The amounts of ``clause`` from ``start`` (its 分别) that the items pair with, and whether old
    levels of a change were left out (分别由0.5万元、2.6万元下降至0.4万元、1.8万元: the last two)."""
    found = [q.shifted(start) for q in find_quantities(text[start:clause.end])]
    kept = [q for q in found if not is_baseline(text, clause, q)]
    return kept, len(kept) < len(found)


def previous_list(text: str, previous: Span | None) -> str | None:
    """What the 分别 list of the clause before names (its words before 分别), for a list naming nothing
    of its own: 甲、乙分别达55%、75%,比2020年分别提升3个和2个百分点."""
    if previous is None:
        return None
    at = text.find(RESPECTIVELY, previous.start, previous.end)
    return text[previous.start:at] if at >= 0 else None
