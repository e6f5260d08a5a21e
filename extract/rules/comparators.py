"""The words around a number that say how it bounds a target (extract/data/comparators.tsv)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, read_table


@cache
def comparator_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The words before a number (anchored at the end), the words after it (anchored at the start),
    and the comparator each word states."""
    rows = read_table("comparators.tsv")
    before = tuple(r["word"] for r in rows if r["position"] == "before")
    after = tuple(r["word"] for r in rows if r["position"] == "after")
    mapping = {r["word"]: r["comparator"] for r in rows}
    return re.compile(f"({alternation(before)})$"), re.compile(f"^({alternation(after)})"), mapping


@cache
def list_comparator() -> re.Pattern[str]:
    """分别达, 均超: a comparator word before a list, governing each of its amounts (group 1: the word)."""
    rows = read_table("comparators.tsv")
    return re.compile(f"(?:分别|均)({alternation(tuple(r['word'] for r in rows if r['position'] == 'before'))})")
