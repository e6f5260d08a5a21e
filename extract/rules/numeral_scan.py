"""Whether a text holds a numeral at all: a cheap test before reading its quantities, for one span
(:func:`may_hold_quantities`) or for spans read in order (:class:`NumeralScan`)."""
from __future__ import annotations

import re

from ..chars import AMOUNT_NUMERALS
from .quantity import MULTIPLIERS

# no quantity without one of these: a digit, a numeral, 半, or a multiplier standing alone (超万亿元)
NUMERAL = re.compile(f"[\\d{AMOUNT_NUMERALS}半{''.join(sorted(set(''.join(MULTIPLIERS)) - set(AMOUNT_NUMERALS)))}]")


def may_hold_quantities(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] has a numeral at all: a cheap test before :func:`find_quantities`."""
    return NUMERAL.search(text, start, len(text) if end is None else end) is not None


class NumeralScan:
    """Whether spans of ``text`` up to ``end`` hold a numeral, for a reader going over them in order: the
    answer of :func:`may_hold_quantities`, with one search per numeral instead of one per span (a span
    ending before the numeral found last holds none; a span past it searches again)."""

    __slots__ = ("text", "end", "searched", "numeral")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.end = text, end
        self.searched, self.numeral = start, self._next(start)

    def holds(self, start: int, end: int) -> bool:
        if not self.searched <= start <= self.numeral:
            self.searched, self.numeral = start, self._next(start)
        return self.numeral < end

    def _next(self, start: int) -> int:
        """Where the first numeral from ``start`` on is, ``end`` when there is none."""
        found = NUMERAL.search(self.text, start, self.end)
        return self.end if found is None else found.start()
