"""Sentences that open on a clause of time or circumstance with units in it (法院在审理案件中,需要协助的,|…;
上级批准方案后,|…) and name their own subject later (…,各级环境保护部门应给予支持): the opening clauses say when or
in which case, and their units own nothing of the sentence."""
from __future__ import annotations

from ..lexicon import word_pattern, words_where
from ..segment import tag_at
from .owners import Owners


def subordinate_opening(clauses: list[str], cases: list[bool], named: list[Owners]) -> int:
    """How many clauses opening a sentence are subordinate to a later clause: up to the first clause that names
    a unit of its own (``named``: the units each clause names; a unit an earlier clause named too is carried
    over, 法院在审理…中,|需要协助的: no unit of its own) right after a clause closing on adverbial_endings.tsv (subordinate)
    (or a case, ``cases``). 0 when a duty word or a word naming who acts stands in the opening clauses
    (区住建局要先行制定方案后,…; 由区残联会同区财政局核准后,…: the units are charged there) or the clause before
    the first unit of its own closes on no such ending."""
    seen = set(named[0].owners) if named else set()
    for k in range(1, len(clauses)):
        if not set(named[k].owners) - seen:
            seen.update(named[k].owners)
            continue
        if not (seen and (cases[k - 1] or clauses[k - 1].endswith(words_where("adverbial_endings.tsv", "subordinate", "yes")))):
            return 0
        return 0 if any(_holds_a_duty_word(words) for words in clauses[:k]) else k
    return 0


def _holds_a_duty_word(words: str) -> bool:
    """要, 应当 as words of their own (not the 要 of 需要 nor of 重要), or a word naming who acts (由, 会同:
    由区残联会同区财政局核准后,…: the units of the opening clause act there)."""
    if word_pattern("actor_openers.tsv").search(words):
        return True
    return any((tag_at(words, duty.start()) or ("",))[0] == duty.group()
               for duty in word_pattern("duty_modals.tsv").finditer(words))
