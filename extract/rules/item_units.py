"""The units the pieces of a list item open on, where a lead-in (…应当提供以下信息:) gives the items
their duty and the items name who bears it without a verb (公安部门有关…信息;): item_units."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import read_table
from ..segment import first_word
from .name_ends import (CLAUSE_OPENER_TAGS, FOLLOWER_WINDOW, continues, inside_brackets, name_goes_on, past_note,
                        suffix_end, word_tag_at)
from .name_words import named_unit
from .owners import NO_OWNERS, Owners
from .shared_heads import GENERIC_END
from .subjects import SUBJECT_WINDOW, subject_unit
from .unit_lists import split_outside_brackets, split_units
from .unit_names import GENERIC, LEVEL_CHARACTERS, SENTENCE_MARK, suffix_pattern, tags

ETC_DOMAIN = re.compile(f"([{HAN_CLASS}]{{2,10}})等(?:部门|单位|机构)")  # 人力资源社会保障等部门: the domain as written


def item_units(item: str) -> Owners:
    """The units each piece of a list item opens on, where a lead-in (…应当提供以下信息:) gives the
    items their duty and the items name who bears it without a verb (公安部门有关…信息;, 民政部门、
    外交部门、法院有关…信息, …信息、住房公积金管理机构有关…信息): the units of the leading pieces that
    are nothing but names, up to the first piece that opens on a name and goes on, and every later
    piece opening on a name. A domain before 等部门 (人力资源社会保障等部门) is kept as written. A list
    a recipient word (object_verbs.tsv, receives) opens (经县级以上组织部门、人力资源社会保障部门批准调动的) names who approves or
    receives, not who bears the duty: none of its units."""
    clause = SENTENCE_MARK.split(item, maxsplit=1)[0]
    found: list[str] = []
    listing = True  # still in the leading run of names
    receiving = False  # in a list of units a recipient word opens, up to the piece its verb follows
    for piece in (p.strip() for p in split_outside_brackets(clause)):
        opener = _recipient_word(piece)
        if receiving or opener:
            receiving, listing = subject_unit(piece[len(opener):]), False  # 经A、|B批准: the list ends on B
            continue
        whole = _listed_units(piece)
        if listing and whole:
            found += whole
            continue
        listing = False
        found += _opening_units(piece)
    return Owners(tuple(dict.fromkeys(found))) if found else NO_OWNERS


def _recipient_word(piece: str) -> str:
    """The recipient word a piece opens on as a word of its own (经区财政局, not 经发局), else ''."""
    word = first_word(piece)[0]
    return word if word in _recipient_words() else ""


@cache
def _recipient_words() -> frozenset[str]:
    """The words of object_verbs.tsv whose units receive or approve someone else's act."""
    return frozenset(row["word"] for row in read_table("object_verbs.tsv") if row["receives"])


def _listed_units(piece: str) -> list[str]:
    """A piece that is nothing but one unit's name (民政部门), or a domain before 等部门."""
    etc = ETC_DOMAIN.fullmatch(piece)
    if etc:
        return [etc.group(1)]
    units = split_units(piece)
    words = tags(piece)
    return units if (len(units) == 1 and units[0] == piece and subject_unit(piece) and piece not in GENERIC
                     and words[0][1] not in CLAUSE_OPENER_TAGS  # not 提档园区
                     and (len(words) == 1 or named_unit(piece) or _long_ending(piece))
                     ) else []  # 法院, 街道办事处; not 谋划部署


def _opening_units(piece: str) -> list[str]:
    """The name a piece opens on, followed by a word of its own that continues no name."""
    for match in suffix_end().finditer(piece[:SUBJECT_WINDOW]):
        end = past_note(piece, match.end())
        rest = piece[end:]
        if not rest or continues(rest) or rest[:1] == "的" or inside_brackets(piece, end):
            continue
        tag = word_tag_at(tags(piece[:end + FOLLOWER_WINDOW]), end)
        if tag is None or _level_goes_on(piece[:end], rest) or name_goes_on(tag, rest):
            continue  # 住房城乡|建设部门, 区级社区|养老服务设施
        return _listed_units(piece[:end])
    return []


def _long_ending(unit: str) -> bool:
    """自然资源部门, 街道办事处: the name ends on a suffix of two characters or more."""
    suffix = suffix_pattern().search(unit)
    return suffix is not None and len(suffix.group()) > 1


def _level_goes_on(unit: str, rest: str) -> bool:
    """住房城乡|建设部门: a name ending on a level's character (乡, 村) that a department's ending follows
    within a few characters goes on: the level is a word of the name."""
    return unit[-1:] in LEVEL_CHARACTERS and GENERIC_END.search(rest[:FOLLOWER_WINDOW]) is not None
