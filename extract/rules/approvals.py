"""The unit a reply approves to act (一、同意省气象局与某台合建3个站, 同意市政府按照规定提高…标准): the unit
right after an approval word (approval_openers.tsv) and before the verb or preposition of the approved act
owns it; a partner after 与 is no owner of the approval (the reply approves the unit that asked)."""
from __future__ import annotations

from ..lexicon import word_pattern
from .name_ends import RELATIVE
from .owners import NO_OWNERS, Owners
from .unit_names import SENTENCE_MARK, is_unit, tags

APPROVAL_WINDOW = 40  # the approved unit and its act stand right after the word
ACT_TAGS = frozenset({"v", "vd", "p", "d", "ad"})  # what opens the approved act: 合建, 按照…, 逐步…


def approved_units(clause: str) -> Owners:
    """The unit an approval word of ``clause`` approves to act: the shortest unit after the word that a
    verb, adverb or preposition follows, when that verb ends no modifier (同意市政府制定的目标: a thing)."""
    found = NO_OWNERS
    for match in word_pattern("approval_openers.tsv").finditer(clause):
        head = SENTENCE_MARK.split(clause[match.end():match.end() + APPROVAL_WINDOW], maxsplit=1)[0]
        found = found.merged(_approved(head))
    return found


def _approved(head: str) -> Owners:
    end = 0
    for word, tag in tags(head):
        if end and tag in ACT_TAGS:
            unit = head[:end]
            if not is_unit(unit) or RELATIVE.match(head, end):
                return NO_OWNERS  # 以…名义申办 (no unit), 市政府制定的目标 (what the unit made)
            return Owners((unit,))
        end += len(word)
    return NO_OWNERS
