"""Where the phrase around an amount starts and ends: the words a test of excluded amounts reads before
and after it (no amount is ruled out here).
"""
from __future__ import annotations

from ...segment import verbs
from ..quantity import Quantity
from ..sentences import Span

CONJUNCTION_CHARACTERS = "并且及和与或、"
CREATED_GAP = 4  # the longest commitment verb right before a count (新增, 打造, 建成)


def starts_a_predicate(rest: str) -> bool:
    """``rest`` opens with a conjunction or a verb: the amount's own phrase ended before it."""
    first = next(verbs(rest[:6]), None)
    return rest[:1] in CONJUNCTION_CHARACTERS or (first is not None and first.start == 0)


def local_head(text: str, clause: Span, quantity: Quantity) -> str:
    """The words between the amount and the nearest list mark or clause start before it."""
    head = text[clause.start:quantity.start]
    return head[head.rfind("、") + 1:]
