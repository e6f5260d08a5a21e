"""Which exclusion tests can rule an amount out in a sentence, read once for the sentence.

Many tests rule an amount out only where a word of their own tables stands in its sentence (a background
word, a word of an occurrence, a quotation mark): each such test's module names those words beside the test
(its ``…_words`` function, read from the same tables, or the same constants, its patterns are built from).
A :class:`Gate` holds one test's words; :func:`open_gates` scans a sentence once for the words of every gate
and tells which gates it opens. A test whose gate is closed is not asked: it would answer no. (One scan of a
sentence costs about what two tests cost; most amounts pass every test, and most tests' words are absent.)

Why the scan sees every word a test could match: a test reads only its amount's clause or sentence, and a
word lies inside the sentence wherever the test matches it (no word of a gate holds a line break, a space or
a sentence mark, so none runs across the sentence's end). At each place a word starts, the scan takes the
longest word of all gates starting there; any other word starting there is one of its beginnings, and the
longest word opens the gates of every word it begins with.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...lexicon import alternation
from ..notices import no_commitment_words, words_needed
from ..parties import sale_words
from ..quantity import Quantity
from ..sentences import SENTENCE_MARKS, Span
from .background import background_marker_words
from .baselines import baseline_words
from .cases import scoring_words, shortfall_words
from .events import occurrence_words
from .names import named_place_words, numeral_words, quote_openers
from .places import description_words
from .sizes import class_property_words

NOT_IN_A_WORD = re.compile(f"[\\s{SENTENCE_MARKS}]")  # what no word a gate scans for may hold


class Gate:
    """A test's words: one of them stands in a sentence wherever the test rules an amount of it out, unless
    ``wordless`` says the amount may be ruled out without them."""

    __slots__ = ("name", "words", "wordless", "bit")

    def __init__(self, name: str, words: Callable[[], tuple[str, ...]], *,
                 wordless: Callable[[Quantity], bool] | None = None) -> None:
        self.name, self.words, self.wordless = name, words, wordless
        self.bit = 1 << len(_GATES)
        _GATES.append(self)

    def asks(self, opened: int, quantity: Quantity) -> bool:
        """Whether the test is to be asked of ``quantity`` in a sentence that opens the gates ``opened``."""
        return bool(opened & self.bit) or (self.wordless is not None and self.wordless(quantity))


_GATES: list[Gate] = []  # every gate below, one bit each in the set open_gates returns

NO_COMMITMENT = Gate("no_commitment", no_commitment_words, wordless=lambda q: not words_needed(q))
BACKGROUND = Gate("background_figure", background_marker_words)
QUOTED = Gate("quoted", quote_openers)
NUMERAL_WORD = Gate("in_a_word", numeral_words)
CLASS_PROPERTY = Gate("names_a_class", class_property_words)
SHORTFALL = Gate("falls_short", shortfall_words)
BASELINE = Gate("is_baseline", baseline_words)
OCCURRENCE = Gate("occurrences", occurrence_words)
DESCRIPTION = Gate("describes", description_words)
SALE = Gate("binds_a_party", sale_words)
NAMED_PLACE = Gate("names_a_place", named_place_words)
SCORING = Gate("scoring_rule", scoring_words)


def open_gates(text: str, sentence: Span) -> int:
    """The gates whose words ``sentence`` holds, as the set of their bits."""
    pattern, opened, every = _scan()
    found, position = 0, sentence.start
    while found != every and (word := pattern.search(text, position, sentence.end)) is not None:
        found |= opened[word.group()]
        position = word.start() + 1  # the words starting inside this one, too
    return found


@cache
def _scan() -> tuple[re.Pattern[str], dict[str, int], int]:
    """The words of every gate as one pattern (the longest word at a place first), the gates each word opens
    (its own and those of the words it begins with), and the bits of all gates."""
    gates: dict[str, int] = {}
    for gate in _GATES:
        for word in gate.words():
            if not word or NOT_IN_A_WORD.search(word):
                raise ValueError(f"gate {gate.name}: {word!r} is no word the scan can find in a sentence")
            gates[word] = gates.get(word, 0) | gate.bit
    opened = {word: _beginnings(word, gates) for word in gates}
    return re.compile(alternation(tuple(gates))), opened, sum(gate.bit for gate in _GATES)


def _beginnings(word: str, gates: dict[str, int]) -> int:
    """The gates of ``word`` and of every word of ``gates`` it begins with."""
    found = 0
    for end in range(1, len(word) + 1):
        found |= gates.get(word[:end], 0)
    return found
