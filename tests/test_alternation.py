"""lexicon.alternation: a tree of shared beginnings that matches as the flat list, longest word first."""
import re

import pytest

from extract.lexicon import alternation

WORDS = ("市", "市委", "市政府", "市政府办公厅", "省", "区政府", "局")
TEXT = "市政府办公厅会同区政府、市委和省局,市政府办公室"


def _flat(words):
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _spans(pattern):
    """Where the pattern matches from each position of TEXT, and what finditer finds."""
    at = [m.span() if (m := pattern.match(TEXT, pos)) else None for pos in range(len(TEXT))]
    return at, [m.span() for m in pattern.finditer(TEXT)]


def test_shared_beginnings_are_written_once():
    assert alternation(("市", "市委", "市政府")) == "市(?:委|政府)?"


@pytest.mark.parametrize("context", ["({})", "({})$", "(?:{})(?=办公)", "(?:{})[、和]"])
def test_matches_as_the_flat_list_also_when_what_follows_fails(context):
    tree, flat = (re.compile(context.format(words)) for words in (alternation(WORDS), _flat(WORDS)))
    assert _spans(tree) == _spans(flat)


def test_no_words_and_special_characters():
    assert alternation(()) == ""
    assert re.fullmatch(alternation(("a.b", "(c)")), "(c)") and not re.fullmatch(alternation(("a.b",)), "axb")
