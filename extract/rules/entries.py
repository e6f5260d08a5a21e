"""A line of a list of duties that opens on the units it charges (职责分工: 区发改委:负责…, 省教育厅负责…,
区城管执法局依法对…): those units, who own the line."""
from __future__ import annotations

import re

from ..lexicon import word_list, word_pattern
from ..segment import tag_at
from .actors import actor_owners
from .owners import NO_OWNERS, Owners
from .subjects import subject_unit
from .unit_lists import split_units
from .unit_names import SENTENCE_MARK

NAME_BEFORE_COLON = re.compile(r"^(?P<name>[^,，。;；:：]{2,30})[:：]")
UNIT_JOINERS = "、和及与"  # what stands between the units a line opens on


def entry_units(line: str) -> Owners:
    """The units ``line`` opens on: a name before a colon (区发改委:…), before a duty word (省应急厅负责…:
    the duty word is a word there, not the 应 of 应急厅), or the subject of its first clause
    (各街道、镇作为…的责任主体); none where the line opens on anything else."""
    colon = NAME_BEFORE_COLON.match(line)
    if colon:
        return _units(colon["name"])
    clause = SENTENCE_MARK.split(line, maxsplit=1)[0]
    for match in word_pattern("subject_verbs.tsv").finditer(clause):
        if match.start() and _duty_word_at(clause, match.start()):
            found = _units(clause[:match.start()])
            if found:
                return found
    return _opening(clause, actor_owners(clause).owners)


def _duty_word_at(clause: str, position: int) -> bool:
    """A duty word (subject_verbs.tsv) is the word at ``position``, not the start of a longer one (应急, 应诉)."""
    word = tag_at(clause, position)
    return word is not None and word[0] in word_list("subject_verbs.tsv")


def _units(name: str) -> Owners:
    units = split_units(name)
    return Owners(tuple(units)) if units and all(subject_unit(u) for u in units) else NO_OWNERS


def _opening(clause: str, units: tuple[str, ...]) -> Owners:
    """Of the actors of a clause, the run of units it opens on (各街道、镇…), not units named later."""
    kept, position = [], 0
    for unit in units:
        at = clause.find(unit, position)
        if at < 0 or clause[position:at].strip(UNIT_JOINERS):
            break
        kept.append(unit)
        position = at + len(unit)
    if word_pattern("subject_verbs.tsv").match(clause, position) and not _duty_word_at(clause, position):
        return NO_OWNERS  # 县|应急预案…: the name goes on past what looked like its duty word
    return Owners(tuple(kept)) if kept else NO_OWNERS
