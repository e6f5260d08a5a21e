"""A cheap first test for a long alternation: the characters any of its matches can start with.

``re`` tries every branch of a pattern at every position of the text. Put in front of the
pattern as a lookahead, the set of characters a match can start with turns most positions
away at once; where a match can start is unchanged, so are the matches.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
ANY_DIGIT = r"\d"  # in a set of first characters: every decimal digit, as \d says (hundreds of them in Unicode)


def with_first_char_test(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead for the characters its matches can start with
    (the pattern as it is when these cannot be told, or when it can match the empty string)."""
    first = _first_class(pattern, flags)
    return re.compile(pattern if first is None else f"(?={first})(?:{pattern})", flags)


def with_first_char_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """For a test that asks only whether ``pattern`` matches somewhere (``search(…) is not None``): a
    pattern opening on the characters its matches can start with, so that ``re`` scans the text for
    them in C and tries ``pattern`` only where one stands (a lookahead inside a one-character
    lookbehind). Where it matches is where ``pattern`` does; the match is that one character. A
    lookahead in front, as :func:`with_first_char_test` puts it, is tried position by position."""
    first = _first_class(pattern, flags)
    return re.compile(pattern if first is None else f"{first}(?<=(?=(?:{pattern}))(?s:.))", flags)


class ScannedFinder:
    """``pattern``'s ``finditer`` for a pattern that matches at few of the places its first characters
    stand: each match's start found by :func:`with_first_char_scan` (``re`` scans for the characters in C),
    the match read there. The leftmost match ``re`` finds is the pattern's match at the first position it
    matches at, and no match is empty: the same matches as ``re.compile(pattern).finditer``. A lookahead
    in front (:func:`with_first_char_test`) is tried position by position."""

    __slots__ = ("pattern", "_scan", "_match")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _first_class(pattern, flags) is None:  # first characters unknown, or an empty match possible
            raise ValueError(f"no first characters to scan for: {pattern}")
        self.pattern = pattern
        self._scan = with_first_char_scan(pattern, flags).search
        self._match = re.compile(pattern, flags).match

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        while (start := self._scan(text, pos, endpos)) is not None:
            match = self._match(text, start.start(), endpos)
            yield match
            pos = match.end()


def _first_class(pattern: str, flags: int = 0) -> str | None:
    """The class of the characters ``pattern``'s matches can start with (``[…]``); None when they cannot be
    told (a class like \\w, any character, IGNORECASE) or when the pattern can match the empty string."""
    parsed = parser.parse(pattern, flags)
    first = None if parsed.state.flags & re.IGNORECASE else _first(parsed)
    if first is None or not first[0] or first[1]:
        return None
    return _char_class(first[0])


def _char_class(chars: set[str]) -> str:
    digits = ANY_DIGIT if ANY_DIGIT in chars else ""
    listed = "".join(re.escape(c) for c in sorted(c for c in chars - {ANY_DIGIT} if not (digits and c.isdecimal())))
    return f"[{digits}{listed}]"


def _first(items) -> tuple[set[str], bool] | None:
    """The characters a sequence of items can start with (ANY_DIGIT for a \\d among them), and whether it
    can match nothing; None when unknown (a class like \\w or any character)."""
    found: set[str] = set()
    for op, value in items:
        item = _item(op, value)
        if item is None:
            return None
        found |= item[0]
        if not item[1]:
            return found, False
    return found, True


def _item(op, value) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(value)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, member in value:
            if kind is sre.LITERAL:
                chars.add(chr(member))
            elif kind is sre.RANGE and member[1] - member[0] < 4096:
                chars.update(map(chr, range(member[0], member[1] + 1)))
            elif kind is sre.CATEGORY and member is sre.CATEGORY_DIGIT:
                chars.add(ANY_DIGIT)
            else:
                return None
        return chars, False
    if op is sre.SUBPATTERN:
        return _first(value[-1])
    if op is sre.BRANCH:
        branches = [_first(branch) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = value
        inner = _first(body)
        return None if inner is None else (inner[0], inner[1] or low == 0)
    if op in _ZERO_WIDTH:
        return set(), True
    return None
