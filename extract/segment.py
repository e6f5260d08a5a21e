"""jieba behind a small interface: the project's own Tokenizer with a domain dictionary.

The global jieba tokenizer splits organization names (区住建局 → 区住/建局);
ours knows the department names and owner words in extract/data, so names come
out whole, and every token keeps its character offsets. The route through a block
is jieba's, worked out by jieba-rs (rjieba) over the same counts (:func:`_router`);
the same route in Python (:meth:`_Tokenizer.route`) is the reference it is tested
against, and answers where a word's tag hangs on how the route read it.
"""
from __future__ import annotations

import logging
import re
import string
from math import log
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import TypeVar

import rjieba

from . import dictionary
from .dictionary import jieba
from .frozen import frozen
from .lexicon import word_list

LEVELS = ("省", "市", "区", "县", "镇")
DOMAIN_FREQUENCY = 200_000  # high enough to beat the general dictionary's splits
PADDING_WORD = "\ue000"  # a private-use character: no block holds one (Han, letters, digits and +#&._%- only)
VERB_TAGS = frozenset({"v", "vn", "vd"})
T = TypeVar("T")


@frozen
class Token:
    text: str
    start: int
    end: int


def domain_words() -> tuple[str, ...]:
    """The words the segmenter must keep whole: department names at every level, the national ministries
    and the departments of each one's field (生态环境部, 生态环境部门), owner words."""
    departments = word_list("department_names.tsv")
    words = {level + name for name in departments for level in LEVELS}
    ministries = word_list("ministry_names.tsv")
    words |= set(ministries) | {name + "门" for name in ministries if name.endswith("部")}
    words |= set(departments) | set(word_list("collective_owners.tsv")) | set(word_list("not_owners.tsv"))
    return tuple(sorted(words))


class _Tokenizer(jieba.Tokenizer):
    """jieba's Tokenizer over the cached dictionary (extract/dictionary.py), the domain words in it: each
    sentence's characters' words are read in before jieba looks them up (every look-up of cut, tokenize
    and calc is of a piece of a sentence that went through get_DAG first)."""

    def __init__(self, prefixes: dictionary.Table, total: int) -> None:
        super().__init__()
        self.prefixes = prefixes
        self.FREQ, self.total, self.initialized = prefixes.values, total, True
        self._weights = _Weights(log(total))

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:  # noqa: N802 (jieba's name)
        self.prefixes.load(sentence)
        return super().get_DAG(sentence)

    def route(self, block: str) -> list[int]:
        """Where the word starting at each position of ``block`` ends (exclusive) on the likeliest route:
        jieba's get_DAG and calc in one pass from the end, the same sums in the same order (its calc
        scores a character that starts no word as a word of count 1), no DAG built."""
        count_of, load_char, weights = self.FREQ.get, self.prefixes.load_char, self._weights
        unknown = -weights.log_total  # a character that starts no word: calc's log(1) - log(total)
        length = len(block)
        scores: list[float] = [0] * (length + 1)
        ends = [0] * length
        for k in range(length - 1, -1, -1):
            char = block[k]
            count = count_of(char)
            if count is None and load_char(char):  # the character's words not read yet: read them
                count = count_of(char)
            if count is None:
                scores[k], ends[k] = unknown + scores[k + 1], k + 1
                continue
            best: float | None = None
            end = i = k + 1
            while True:  # block[k:i] is a prefix of some word: a word itself when counted
                if count:
                    score = weights[count] + scores[i]
                    if best is None or score >= best:  # max((score, i), …): a tie goes to the longer word
                        best, end = score, i
                if i == length:
                    break
                i += 1
                count = count_of(block[k:i])
                if count is None:
                    break
            scores[k] = unknown + scores[k + 1] if best is None else best
            ends[k] = end
        return ends


class _Weights(dict[int, float]):
    """log(count) - log(total) by count, each worked out the first time it is asked for: the
    dictionary holds few counts, and a subscript costs the route less than a method call."""

    def __init__(self, log_total: float) -> None:
        super().__init__()
        self.log_total = log_total

    def __missing__(self, count: int) -> float:
        weight = self[count] = log(count) - self.log_total
        return weight


@cache
def tokenizer() -> jieba.Tokenizer:
    """jieba's Tokenizer over its dictionary with the domain words added."""
    jieba.setLogLevel(logging.WARNING)
    return _Tokenizer(*dictionary.prefixes(domain_words(), frequency=DOMAIN_FREQUENCY))


@cache
def _router() -> rjieba.Jieba:
    """jieba-rs over the tokenizer's counts: its own copy of dict.txt, the domain words added at
    DOMAIN_FREQUENCY, and a word no block holds counting what its total falls short of the tokenizer's
    (dictionary.embedded_shortfall). With the same counts and total it sums the same terms in the same
    order (log count - log total + the score of the rest) and gives a tie to the longer word, as
    :meth:`_Tokenizer.route` does: the same route, several times as fast as Python works it out, which is
    most of what segmenting costs the rules (tests/test_segment.py holds the two routes to each other)."""
    router = rjieba.Jieba()
    for word in domain_words():
        router.add_word(word, DOMAIN_FREQUENCY, None)
    shortfall = dictionary.embedded_shortfall(domain_words(), frequency=DOMAIN_FREQUENCY)
    if shortfall:
        router.add_word(PADDING_WORD, shortfall, None)
    return router


# jieba.posseg's cut without HMM, read here rather than imported: importing jieba.posseg costs more
# than the rules' whole run on a notice (its HMM tables, and dict.txt read a second time for the
# tags). Runs of Han and word characters are segmented by the dictionary's route, lone letters and
# digits joined into English runs; other characters are tagged one by one (x, m, eng).
_POS_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_POS_SPACE = re.compile("(\r\n|\\s)")
_ENGLISH_CHARS = frozenset(string.ascii_letters + string.digits)  # jieba's ^[a-zA-Z0-9]$, one word alone
_ENGLISH = re.compile("[a-zA-Z0-9]+")
_NUMBER = re.compile("[\\.0-9]+")
_ASCII_ALNUM = re.compile("[a-zA-Z0-9]")  # a character of a word that is all letters and digits of ASCII


@cache
def _word_tags() -> dictionary.Table:
    """The part-of-speech tag of every word of dict.txt (a word listed twice has its last tag)."""
    return dictionary.word_tags(domain_words(), frequency=DOMAIN_FREQUENCY)


# A block (a run the dictionary's route segments whole) is segmented the same wherever it stands,
# and the rules segment the same clauses, heads and names again and again (owners, verbs,
# indicators, the judge's contexts): each block is segmented once per document and remembered.
BLOCK_MEMORY = 1 << 16
_DOCUMENT_MEMORY: list[Callable[[], None]] = []  # cache_clear of the rules' memos per document


def per_document(function: Callable[[str], T]) -> Callable[[str], T]:
    """Remember ``function``'s answer for each text until :func:`forget_blocks`: the rules test the
    same names and heads again within a document (is a unit, its units), and their answers follow
    from the segmentation alone."""
    remembered = lru_cache(maxsize=BLOCK_MEMORY)(function)
    _DOCUMENT_MEMORY.append(remembered.cache_clear)
    return remembered


def forget_blocks() -> None:
    """Start a document afresh: what is remembered is what this document repeats (and a benchmark
    that runs the same documents again measures no segmentation saved on the round before)."""
    for clear in _DOCUMENT_MEMORY:
        clear()


def block_memory_hits() -> float:
    """The share of the blocks segmented since :func:`forget_blocks` that were found remembered."""
    counts = (_tagged_block.cache_info(), _cut_block.cache_info())
    looked_up = sum(c.hits + c.misses for c in counts)
    return sum(c.hits for c in counts) / looked_up if looked_up else 0.0


def _tagged(text: str) -> list[tuple[str, str]]:
    """(word, tag) pairs as ``jieba.posseg.POSTokenizer(tokenizer()).cut(text, HMM=False)`` gives them."""
    found: list[tuple[str, str]] = []
    for k, block in enumerate(_POS_BLOCK.split(text)):
        if k % 2:  # split keeps the blocks at odd places, what lies between them at even ones
            found += _tagged_block(block)
        elif block:
            found += _tagged_between(block)
    return found


def _tagged_between(text: str) -> list[tuple[str, str]]:
    """The words between two blocks, as jieba tags them: spaces and line breaks whole (x), every
    other character alone (m for a digit or a point, eng in a run of letters and digits, else x)."""
    found = []
    for piece in _POS_SPACE.split(text):
        if _POS_SPACE.match(piece):
            found.append((piece, "x"))
            continue
        english = _ENGLISH.match(piece) is not None
        found += ((char, "m" if _NUMBER.match(char) else "eng" if english else "x") for char in piece)
    return found


@per_document
def _tagged_block(block: str) -> tuple[tuple[str, str], ...]:
    """The words of one block with jieba's tags. jieba-rs tags a word of two characters or more (a word of
    its dictionary) as dict.txt does, or not at all (a domain word: x); a lone character by a guess where
    dict.txt has no tag (x here), so its tag is read from dict.txt. A run of letters and digits is tagged eng
    whether the route joined it from lone ones or read it as a word of the dictionary (dict.txt tags every
    such word eng); only where the dictionary holds it under another tag does the Python route tell."""
    tagged = _router().tag(block, False)
    if _ASCII_ALNUM.search(block) is not None and any(  # most blocks hold no letter or digit: no run to ask about
            word.isascii() and word.isalnum() and not _eng_either_way(word) for word, _ in tagged):
        return _tags_of(_route_words(block))
    tag_table = _word_tags()
    word_tags, load_char = tag_table.values, tag_table.load_char
    found = []
    for word, tag in tagged:
        if word.isascii() and word.isalnum():  # [a-zA-Z0-9]+: a joined run, or a word tagged eng
            tag = "eng"
        elif len(word) == 1:
            tag = word_tags.get(word)
            if tag is None:  # no tag, or the tags of the words starting with it not read yet
                tag = word_tags.get(word, "x") if load_char(word) else "x"
        elif not tag:
            tag = "x"
        found.append((word, tag))
    return tuple(found)


def _eng_either_way(run: str) -> bool:
    """A run of letters and digits is tagged eng however the route made it: it is one character (a lone one is
    always joined), or no word of the dictionary (a route's word of two characters or more is one), or one
    tagged eng."""
    return len(run) == 1 or not _router().has_word(run) or _tags_of([(run, False)])[0][1] == "eng"


def _tags_of(words: Iterable[tuple[str, bool]]) -> tuple[tuple[str, str], ...]:
    """Each word with its tag: eng for a run of lone letters and digits the route joined, else its tag in
    dict.txt, x for a word it does not list."""
    tag_table = _word_tags()
    word_tags, load_char = tag_table.values, tag_table.load_char
    found = []
    for word, english in words:
        tag = "eng" if english else word_tags.get(word)
        if tag is None:  # no tag, or the tags of the words starting with its character not read yet
            tag = word_tags.get(word, "x") if load_char(word[0]) else "x"
        found.append((word, tag))
    return tuple(found)


@per_document
def _route_words(block: str) -> tuple[tuple[str, bool], ...]:
    """The Python route's words of one block, lone letters and digits joined into runs (as jieba's cut
    without HMM joins them), each with whether it is such a run: the words :func:`_cut_block` reads from
    jieba-rs, asked only where a run's tag hangs on how the route made it (and by the tests)."""
    ends = tokenizer().route(block)
    start, english, words = 0, "", []
    while start < len(block):
        end = ends[start]
        word = block[start:end]
        if len(word) == 1 and word in _ENGLISH_CHARS:
            english += word
        else:
            if english:
                words.append((english, True))
                english = ""
            words.append((word, False))
        start = end
    if english:
        words.append((english, True))
    return tuple(words)


@cache
def last_characters(tag_set: frozenset[str]) -> frozenset[str]:
    """The characters the dictionary's words tagged with one of ``tag_set`` end with: a text ending
    otherwise does not end with such a word, however it is segmented."""
    endings = dictionary.tag_endings(domain_words(), frequency=DOMAIN_FREQUENCY)  # read from the cache
    return frozenset(char for tag in tag_set for char in endings.get(tag, ""))


def verbs(text: str, *, offset: int = 0) -> Iterator[Token]:
    """The words jieba tags as verbs (v, vn, vd), with offsets: only blocks hold any (what lies
    between them is tagged x, m or eng)."""
    for block in _POS_BLOCK.finditer(text):
        start = offset + block.start()
        for word, at in _block_verbs(block.group()):
            yield Token(word, start + at, start + at + len(word))


@per_document
def _block_verbs(block: str) -> tuple[tuple[str, int], ...]:
    """The verbs of one block and where each starts in it."""
    found, position = [], 0
    for word, tag in _tagged_block(block):
        if tag in VERB_TAGS:
            found.append((word, position))
        position += len(word)
    return tuple(found)


def tags(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs of ``text`` as jieba tags them, without HMM guessing."""
    return _tagged(text)


def tag_at(text: str, position: int) -> tuple[str, str] | None:
    """The word of :func:`tags` (with its tag) that starts at ``position`` of ``text``, None where no
    word starts: only the block holding ``position`` is tagged, as it is tagged wherever it stands."""
    for block in _POS_BLOCK.finditer(text):
        if block.end() <= position:
            continue
        if block.start() > position:
            break
        at = block.start()
        for word, tag in _tagged_block(block.group()):
            if at >= position:
                return (word, tag) if at == position else None
            at += len(word)
        return None
    at = 0  # between blocks: every character a word of its own but runs of letters, digits and spaces
    for word, tag in _tagged(text):
        if at >= position:
            return (word, tag) if at == position else None
        at += len(word)
    return None


def tokens(text: str, *, offset: int = 0) -> Iterator[Token]:
    """Tokens of ``text`` with offsets (shifted by ``offset``); no HMM guessing of new words."""
    position = offset
    for word in words(text):
        yield Token(word, position, position + len(word))
        position += len(word)


def word_bounds(text: str, *, offset: int = 0) -> set[int]:
    """Where the tokens of ``text`` start and end (shifted by ``offset``): no Token is built."""
    bounds, position = {offset}, offset
    for word in words(text):
        position += len(word)
        bounds.add(position)
    return bounds


def bounds_around(text: str, start: int, end: int, *, within: tuple[int, int]) -> set[int]:
    """The word boundaries of text[within] (as :func:`word_bounds` gives them) from ``start`` to
    ``end``, or a little beyond: only the block holding text[start:end] is segmented, since a block
    is segmented the same wherever it stands."""
    low, high = within
    if not _BLOCK_RUN.fullmatch(text, start, end):
        return word_bounds(text[low:high], offset=low)
    block_start = _BLOCK_TAIL.search(text, low, start).start()
    block_end = _BLOCK_RUN.match(text, end, high).end()
    return word_bounds(text[block_start:block_end], offset=block_start)


def words(text: str) -> list[str]:
    """The words of ``text`` as ``tokenizer().cut(text, HMM=False)`` gives them: runs of Han and word
    characters by the dictionary's route, every other character alone, spaces and line breaks whole."""
    found: list[str] = []
    for block in _CUT_BLOCK.split(text):
        if not block:
            continue
        if _CUT_BLOCK.match(block):
            found += _cut_block(block)
            continue
        for piece in _CUT_SPACE.split(block):
            if _CUT_SPACE.match(piece):
                found.append(piece)
            else:
                found += piece
    return found


_CUT_BLOCK = jieba.re_han_default  # the blocks and spaces of jieba's own cut
_CUT_SPACE = jieba.re_skip_default
_BLOCK_RUN = re.compile(_CUT_BLOCK.pattern.strip("()").removesuffix("+") + "*")  # characters of a block
_BLOCK_TAIL = re.compile(_BLOCK_RUN.pattern + r"\Z")


@per_document
def _cut_block(block: str) -> tuple[str, ...]:
    """``tokenizer().cut(block, HMM=False)`` of one block: the route's words, lone letters and digits
    joined into runs, as jieba-rs's cut without HMM gives them (it joins them as jieba does)."""
    return tuple(_router().cut(block, False))


def first_word(text: str, *, longest: int = 4) -> tuple[str, str]:
    """The longest dictionary word ``text`` opens with and its tag ("x" for the domain's own words),
    read from the dictionary alone: a cheap look at how a clause opens, before segmenting it."""
    router, tag_table = _router(), _word_tags()
    tag_table.load_char(text[:1])  # every word looked up starts with it (a set look-up once read)
    word_tags = tag_table.values
    for size in range(min(longest, len(text)), 1, -1):
        word = text[:size]
        if router.has_word(word):  # a word of the tokenizer's, at a count above 0 (its prefixes are none)
            return word, word_tags.get(word, "x")
    return text[:1], word_tags.get(text[:1], "x")
