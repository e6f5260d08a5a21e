"""The commitment verbs of a target (extract/data/target_verbs.tsv: 建成, 新增, 提高到, 控制在) and where
they stand in a text as words of their own (建成区 is no 建成)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..frozen import frozen
from ..lexicon import alternation, read_table
from ..segment import bounds_around


@dataclass(frozen=True, slots=True)
class Verb:
    text: str
    change: str


@frozen
class VerbAt:
    start: int
    end: int
    word: str


@cache
def target_verbs() -> tuple[re.Pattern[str], dict[str, Verb]]:
    rows = read_table("target_verbs.tsv")
    verbs = {r["verb"]: Verb(r["verb"], r["change"]) for r in rows}
    return re.compile(alternation(tuple(verbs))), verbs


def verb_in(text: str, start: int, end: int, *, last: bool = False) -> VerbAt | None:
    """The first (or ``last``) commitment verb in text[start:end] that is a word of its own
    (建成区 is no 建成)."""
    if end <= start:
        return None
    region = text[start:end]
    matches = list(target_verbs()[0].finditer(region))
    if not matches:
        return None
    for match in reversed(matches) if last else matches:
        first, after = match.start() + start, match.end() + start
        boundaries = bounds_around(text, first, after, within=(start, end))
        if first in boundaries and after in boundaries:
            return VerbAt(first, after, match.group())
    return None


def is_target_verb(word: str) -> bool:
    return word in target_verbs()[1]


def change_of(verb: str) -> str:
    known = target_verbs()[1].get(verb)
    return known.change if known else ""
