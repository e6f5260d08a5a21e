"""Ordinal lists run into a paragraph after its lead-in's colon (…重点抓好五个方面工作:一是…。二是…;三是…): where
each point's marker stands and where the last point's words end. The outline (extract/runin_items.py) makes the points
items of the paragraph's section."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .chars import ORDINAL_NUMERALS
from .lexicon import read_table, word_pattern
from .normalize.numerals import chinese_to_decimal

# the first point opens right after the colon (一是, 一要: ordinal_item_words.tsv), each next one after a stop with
# the next number and the same word; four characters at least follow each marker
INLINE_ORDINAL = ("(?:(?<=[:：])|(?<=[:：] ))(?P<first>一)(?P<w1>{words})(?=\\S{{4}})"
                  "|(?:(?<=[。;；,，!！?？])|(?<=[。;；,，!！?？] ))(?P<n>[{numerals}]{{1,3}})(?P<w2>{words})(?=\\S{{4}})")
# points cut by commas or semicolons (一是…;二是…;三是…。) make one sentence: the last ends with it
SENTENCE_STOPS = "。!！?？"
SENTENCE_STOP = re.compile(f"[{SENTENCE_STOPS}]")


@dataclass(frozen=True, slots=True)
class InlineList:
    """One list in a line: its markers' (start, end) in the line, in order, and where its last point's words end."""

    markers: tuple[tuple[int, int], ...]
    end: int


def inline_lists(line: str, *, start: int = 0) -> list[InlineList]:
    """The ordinal lists of two points or more run into ``line`` after a colon, from ``start`` on."""
    lists: list[InlineList] = []
    chain: list[re.Match[str]] = []
    for match in _inline_ordinal().finditer(line, start):
        if match.group("first"):  # a colon opens a list
            lists, chain = lists + _closed(chain, line), [match]
        elif chain and match.group("w2") == chain[0].group("w1"):  # the same word: the next point, or the list ends
            if chinese_to_decimal(match.group("n")) == len(chain) + 1:
                chain.append(match)
            else:
                lists, chain = lists + _closed(chain, line), []
    return lists + _closed(chain, line)


def _closed(chain: list[re.Match[str]], line: str) -> list[InlineList]:
    if len(chain) < 2:
        return []
    return [InlineList(tuple((m.start(), m.end()) for m in chain), _last_point_end(chain, line))]


def _last_point_end(chain: list[re.Match[str]], line: str) -> int:
    """Where the last point of a list ends in its paragraph: with the sentence, when commas or semicolons cut its
    points (一是…;二是…。); before a question that follows it (…。问:…?答:一是…); else with the paragraph."""
    last = chain[-1].end()
    end = len(line)
    if not any(SENTENCE_STOP.match(line[m.start() - 2:m.start()].strip()[-1:]) for m in chain[1:]):
        stop = SENTENCE_STOP.search(line, last)
        end = stop.end() if stop else end
    question = _question_end().search(line, last, end)
    sentence_end = max(line.rfind(stop, last, question.start()) for stop in SENTENCE_STOPS) if question else -1
    return sentence_end + 1 if sentence_end >= 0 else end


@cache
def _question_end() -> re.Pattern[str]:
    """The marks a question ends on (question_marks.tsv)."""
    return re.compile("|".join(re.escape(r["mark"]) for r in read_table("question_marks.tsv") if r["where"] == "end"))


@cache
def _inline_ordinal() -> re.Pattern[str]:
    return re.compile(INLINE_ORDINAL.format(numerals=ORDINAL_NUMERALS, words=word_pattern("ordinal_item_words.tsv").pattern))
