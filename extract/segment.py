"""jieba behind a small interface: the project's own Tokenizer with a domain dictionary.

The global jieba tokenizer splits organization names (区住建局 → 区住/建局);
ours knows the department names and owner words in extract/data, so names come
out whole, and every token keeps its character offsets.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import jieba
import jieba.posseg

from .lexicon import word_list

LEVELS = ("省", "市", "区", "县", "镇")
DOMAIN_FREQUENCY = 200_000  # high enough to beat the general dictionary's splits
VERB_TAGS = frozenset({"v", "vn", "vd"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def domain_words() -> tuple[str, ...]:
    """The words the segmenter must keep whole: department names at every level, owner words."""
    departments = word_list("department_names.tsv")
    words = {level + name for name in departments for level in LEVELS}
    words |= set(departments) | set(word_list("collective_owners.tsv")) | set(word_list("not_owners.tsv"))
    return tuple(sorted(words))


@cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    instance = jieba.Tokenizer()
    for word in domain_words():
        instance.add_word(word, freq=DOMAIN_FREQUENCY)
    return instance


class _Tagger(jieba.posseg.POSTokenizer):
    """jieba's part-of-speech tagger over our tokenizer. It shares the word tags jieba.posseg read
    from dict.txt when it was imported; ``POSTokenizer(tokenizer)`` would read the file again."""

    def __init__(self, segmenter: jieba.Tokenizer) -> None:  # no super().__init__: it reads dict.txt
        self.tokenizer = segmenter
        self.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)


@cache
def _tagger() -> jieba.posseg.POSTokenizer:
    return _Tagger(tokenizer())


def verbs(text: str, *, offset: int = 0) -> Iterator[Token]:
    """The words jieba tags as verbs (v, vn, vd), with offsets."""
    position = offset
    for pair in _tagger().cut(text, HMM=False):
        if pair.flag in VERB_TAGS:
            yield Token(pair.word, position, position + len(pair.word))
        position += len(pair.word)


def tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of ``text`` as jieba tags them, without HMM guessing."""
    return [(pair.word, pair.flag) for pair in _tagger().cut(text, HMM=False)]


def tokens(text: str, *, offset: int = 0) -> Iterator[Token]:
    """Tokens of ``text`` with offsets (shifted by ``offset``); no HMM guessing of new words."""
    for word, start, end in tokenizer().tokenize(text, HMM=False):
        yield Token(word, start + offset, end + offset)
