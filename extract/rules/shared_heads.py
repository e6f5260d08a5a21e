"""Lists of units that share their head word: 民政、市场监督管理和相关部门 (民政部门, 市场监督管理部门,
相关部门), 区发展改革、财政、税务等有关部门 (as written): the units of such a list (shared_head_units),
and such a list as a clause's subject or partners (shared_head_subject)."""
from __future__ import annotations

import re

from ..lexicon import org_suffixes, word_pattern
from .name_ends import OFFICIAL_WORDS, PARTNER_WINDOW, PREDICATE_FOLLOWERS, continues, past_note, suffix_end, word_tag_at
from .name_words import ABBREVIATED_LEVELS, NAME_OPENER_STOPS, named_unit, two_names
from .owners import NO_OWNERS, Owners
from .subjects import subject_ends, subject_unit
from .unit_lists import CONJUNCTIONS, partner_word, split_outside_brackets, without_enumeration
from .unit_names import (GENERIC, HAN_ONLY, LEVEL_CHARACTERS, SENTENCE_MARK, TRAILING_NOTE, opens_on_an_opener,
                         suffix_pattern, tags)

GENERIC_END = re.compile("部门|单位|机构")
SHARED_PREFIXES = ("各级", "各")  # 各级发展改革、财政部门: each is 各级…部门
MAX_LISTED = 10  # 人力资源和社会保障 (with the level before it)


def shared_head_subject(clause: str, *, partners: bool = False, duty: bool = False) -> Owners:
    """A list of units that share their head word opening a duty clause: 民政、市场监督管理和相关部门
    应当… (民政部门, 市场监督管理部门, 相关部门); 区发展改革、财政、税务等有关部门在… (as written).
    ``partners``: after 会同/联合, where any word may follow; ``duty``: only before a duty word."""
    head = SENTENCE_MARK.split(clause[:PARTNER_WINDOW], maxsplit=1)[0]
    generic = GENERIC_END.search(head)
    if generic is None or "、" not in head[:generic.start()]:
        return NO_OWNERS  # no list before a 部门/单位/机构: nothing shares a head word
    for match in suffix_end().finditer(head):
        end = past_note(head, match.end())
        rest = head[end:]
        if not rest and not partners or continues(rest):
            continue
        units = shared_head_units(head[:end])
        if units:
            if rest.startswith(OFFICIAL_WORDS):
                return NO_OWNERS  # 教育部、民政部等部门负责同志: their officials
            if partners:
                return Owners(tuple(units))
            tag = word_tag_at(tags(head), end)
            stated = subject_ends().match(rest) is not None or not duty and tag in PREDICATE_FOLLOWERS
            return Owners(tuple(units)) if stated else NO_OWNERS
    return NO_OWNERS


def shared_head_units(text: str) -> list[str]:
    """Units listed by the words that tell them apart, sharing the head word of the list's last unit:
    with 等 (区发展改革、财政、税务等有关部门) they are kept as written; without it the head is
    given to each (各级发展改革、财政部门和市残联 → 各级发展改革部门, 各级财政部门, 市残联). [] for
    anything else."""
    pieces = _without_levels([p.strip() for p in split_outside_brackets(text.strip())])
    if len(pieces) < 2:
        return []
    etc = next((k for k, p in enumerate(pieces) if "等" in p), None)
    if etc is not None:
        names = [*pieces[:etc], pieces[etc].split("等", 1)[0]]
        names[0] = without_enumeration(names[0])  # 四是区财政局、…等部门: the point's number opens the clause
        # 区建设管理委(区交通委)、区水务局等部门: a unit's note (its other name) is no part of the piece read
        bare = [TRAILING_NOTE.sub("", n) for n in names]
        return names if len(names) > 1 and not _opens_on_a_duty(bare[0]) and all(
            _listed_name(n, domain=True) and not _holds_a_preposition(n) for n in bare) else []
    tail = [p for p in CONJUNCTIONS.split(pieces[-1]) if p]
    generic = next(((k, g) for k, p in enumerate(tail) for g in GENERIC if p.endswith(g)), None)
    if generic is None:
        return []
    at, suffix = generic
    leading = [*pieces[:-1], *tail[:at]]
    if _opens_on_a_duty(leading[0]):
        return []  # 充分发挥区、街镇二级…机构: the clause's verb opens the list, its object
    if not all(_listed_name(n) and n not in GENERIC and (n in org_suffixes() or not suffix_pattern().search(n))
               for n in leading) \
            or not all(subject_unit(u) and named_unit(u) for u in tail[at:]):
        return []  # 民政、…和相关部门; not 区民政部门、镇政府督促运营机构 (named units need no head)
    prefix = next((p for p in SHARED_PREFIXES if leading[0].startswith(p)), "") or _level_prefix(leading[0])
    named = [n if n.startswith(prefix) else prefix + n for n in [*leading, tail[at][:-len(suffix)]]]
    return [n + suffix for n in named] + tail[at + 1:]


def _opens_on_a_duty(name: str) -> bool:
    """应…, 请科技部, 会同区发改委、…等部门, 联合区检察院、…等部门, 建立文物、公安…等部门: a duty word, a charge
    (请, 建议), a word of working with others before a unit (its partners are read after it) or the verb of the
    clause (owner_openers.tsv) opening the list, no part of a unit's name: the list is its object."""
    return (word_pattern("duty_modals.tsv").match(name) is not None or bool(partner_word(name))
            or word_pattern("charge_openers.tsv").match(name) is not None or opens_on_an_opener(name))


def _level_prefix(name: str) -> str:
    """市人力资源和社会保障、民政部门: a level written as a word of its own before the first unit is
    every unit's level (市民政部门); not the 市 of 市场监管."""
    first = tags(name)[0][0]
    return first if first in ABBREVIATED_LEVELS and len(first) == 1 else ""


def _without_levels(pieces: list[str]) -> list[str]:
    """市、区教育、公安…等单位: the levels the list opens on are the levels of every unit in it, no
    unit of their own; the units are the words that tell them apart (教育, 公安, …)."""
    levels = 0
    while levels + 1 < len(pieces) and len(pieces[levels]) == 1 and pieces[levels] in LEVEL_CHARACTERS \
            and pieces[levels + 1][:1] in LEVEL_CHARACTERS:
        levels += 1
    return [pieces[levels][1:], *pieces[levels + 1:]] if levels else pieces


def _listed_name(name: str, *, domain: bool = False) -> bool:
    """A piece of a list of units: a few characters of Han, not opening on a verb or a particle;
    a ``domain`` before 等部门 (公安、审计等部门) may be any word."""
    if not 2 <= len(name) <= MAX_LISTED or HAN_ONLY.fullmatch(name) is None:
        return False
    if domain:
        return True
    first, tag = tags(name)[0]
    return len(first) == 1 or tag not in NAME_OPENER_STOPS  # 住建: one-character words abbreviate


def _holds_a_preposition(name: str) -> bool:
    """成员由教育部, 北京市商国家计委: a clause around a name, not a domain of a list (公安、审计等部门)."""
    words = tags(name)
    return any(tag == "p" for _, tag in words) or two_names(words)
