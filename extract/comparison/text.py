"""Text clean-up for comparison: an extracted indicator before registry look-up, owner names before grouping."""
from __future__ import annotations

import re
from functools import cache

from ..chars import fold
from ..lexicon import Column, alternation, read_table, word_list

EDGE_PUNCTUATION = re.compile(r"^[\s,，、:：;；.。()\-—]+|[\s,，、:：;；.。(\-—]+$")
PARENTHESISED = re.compile(r"\([^()]*\)")


POSITIONS = frozenset({"prefix", "suffix", "gap"})


@cache
def _cleanup_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_table("compare_cleanup.tsv", (Column("word"), Column("position", choices=POSITIONS)))
    by_length = sorted(rows, key=lambda row: -len(row["word"]))
    return (tuple(r["word"] for r in by_length if r["position"] == "prefix"),
            tuple(r["word"] for r in by_length if r["position"] == "suffix"))


@cache
def amount_after() -> re.Pattern[str]:
    """An amount right after an indicator, past comparator and change words: ``平均为4.2`` → 4.2 (and its 万/亿)."""
    rows = read_table("compare_cleanup.tsv", (Column("word"), Column("position", choices=POSITIONS)))
    words = alternation(tuple(r["word"] for r in rows if r["position"] in ("suffix", "gap")))
    return re.compile(rf"^(?:{words})*(\d+(?:\.\d+)?)([万亿千]?)")


def same_markers(a: str, b: str) -> bool:
    """Do two labels agree on the words that tell indicators apart (年均, 累计, 城镇…)?"""
    return all((word in a) == (word in b) for word in word_list("compare_markers.tsv"))


def clean_indicator(text: str) -> str:
    """``全省地区生产总值增长`` → ``地区生产总值``: scope words, hedges and change words stripped, repeatedly."""
    prefixes, suffixes = _cleanup_words()
    cleaned, previous = fold(text), None
    while cleaned != previous:
        previous = cleaned
        cleaned = EDGE_PUNCTUATION.sub("", cleaned)
        cleaned = next((cleaned[len(p):] for p in prefixes if cleaned.startswith(p) and len(cleaned) > len(p)), cleaned)
        cleaned = next((cleaned[:-len(s)] for s in suffixes if cleaned.endswith(s) and len(cleaned) > len(s)), cleaned)
    return cleaned


def clean_owner(name: str) -> str:
    """An owner's name without parenthesised notes and spaces, brackets folded: ``县〔区〕`` = ``县(区)``."""
    folded = fold(name)
    stripped = PARENTHESISED.sub("", folded) if not folded.startswith("(") else folded
    return stripped or folded
