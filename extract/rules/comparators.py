"""The words around a number that say how it bounds a target (extract/data/comparators.tsv)."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..chars import HAN_CLASS
from ..lexicon import alternation, read_table, word_list, words_where

if TYPE_CHECKING:  # quantities reads the comparator words: the types only
    from .quantity import Quantity
    from .sentences import Span

COMPARATOR_WINDOW = 6  # how far before an amount a comparator word is looked for (不低于, 控制在)
AHEAD_GAP = 4  # characters of a verb between an ahead word and its number (最多推荐3人, 至少主动走访1次)
CAP_GAP = 6  # characters of a verb between a limit's noun and its amount (额度可提高至, 金额同样为)
SHARE_GAP = 16  # characters of the base between a share word and its percentage (不少于本企业职工总数的3%)
SHARE_REACH = SHARE_GAP + 3  # and the share word itself (不少于)
ONE = "一"  # the numeral a minimum's verb never holds (至少一区一处 is a formula, 至少建设一个 a minimum)


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


@cache
def ahead_comparator() -> re.Pattern[str]:
    """最多推荐3人, 最高补助50万元: a bound a short verb away from its number (group 1: the word),
    anchored at the end."""
    words = words_where("comparators.tsv", "position", "ahead")
    # not before a capacity (粮食最高年产840亿斤: a record, no cap), nor in a standard's name
    # (养老金最低标准提高20%: the standard rises, nothing bounds it)
    return re.compile(f"({alternation(words)})(?![年月日]|标准)[{HAN_CLASS}]{{0,{AHEAD_GAP}}}$")


def sets_a_minimum(text: str, clause: Span, quantity: Quantity) -> bool:
    """至少一个, 不少于一名, 至少建设一个: a word setting a minimum (extract/data/minimum_words.tsv) before the
    amount, a short verb between at most."""
    return _minimum().search(text, clause.start, quantity.start) is not None


@cache
def _minimum() -> re.Pattern[str]:
    # 至少一区一处: the minimum bounds a formula per district, a numeral between, no amount of its own
    return re.compile(f"(?:{alternation(word_list('minimum_words.tsv'))})(?:(?!{ONE})[{HAN_CLASS}]){{0,{AHEAD_GAP}}}$")


@cache
def cap_comparator() -> re.Pattern[str]:
    """单笔最高贷款额度可提高至60万元, 额度上限(300万元): a bound word ahead of a noun of a sum's limit, the
    amount a few words after it (group 1: the word), or an amount bracketed after the limit's noun
    (extract/data/cap_nouns.tsv); anchored at the end."""
    ahead = alternation(words_where("comparators.tsv", "position", "ahead"))
    nouns = alternation(words_where("cap_nouns.tsv", "kind", "ahead"))
    bracket = alternation(words_where("cap_nouns.tsv", "kind", "bracket"))
    return re.compile(f"(?:({ahead})[{HAN_CLASS}]{{0,{AHEAD_GAP}}}(?:{nouns})[{HAN_CLASS}]{{0,{CAP_GAP}}}"
                      f"|(?:{bracket})[(（])$")


@cache
def share_comparator() -> re.Pattern[str]:
    """不少于本企业职工总数的3%: a bound on a share, its base between (group 1: the word), anchored at
    the end."""
    return re.compile(f"({alternation(tuple(share_bounds()))})[{HAN_CLASS}]{{2,{SHARE_GAP}}}$")


@cache
def share_bounds() -> dict[str, str]:
    """The comparator each word of extract/data/share_bounds.tsv states."""
    return {r["word"]: r["comparator"] for r in read_table("share_bounds.tsv")}


def share_bound(text: str, clause: Span, quantity: Quantity) -> re.Match[str] | None:
    """The share word bounding a percentage across its base (不少于本企业职工总数的3%), within its clause."""
    return share_comparator().search(text, max(clause.start, quantity.start - SHARE_REACH), quantity.start)
