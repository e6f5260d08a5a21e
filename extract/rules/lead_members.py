"""A lead unit and the units that join it, written in prose: 由A牵头,B、C等参加 (lead A, support B and
C), A牵头、B共同参与, 由A牵头,B、C为成员单位 (lead_members). The words are lead_members.tsv's; a
body described by such a clause (由A牵头、B参与的推进机制) charges no one."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, words_where
from .owners import Collector, NO_OWNERS, Owners
from .unit_lists import split_units
from .unit_names import is_unit

NOTE = r"(?:[(（][^()（）]{1,12}[)）])?"  # 中央宣传部(国务院新闻办), 等部门(单位)
# …等部门(单位)和工会、妇联等…: a list after one that ended on its head word (not 工业和信息化部)
JOINS = re.compile(f"(?<=[门位构织)）])(?:以及|和|及)(?=[{HAN_CLASS}]+、)")


def lead_members(sentence: str) -> Owners:
    """The lead units before 牵头 and the units after it that join them (参加, 为成员单位): every unit
    of both lists named as written, the members only where each is a unit or their list ends on a head
    word after 等 (发展改革、教育等部门)."""
    found = NO_OWNERS
    if not any(word in sentence for word in _leads()):
        return found  # no 牵头, no match: a look for the word costs less than the pattern tried everywhere
    for match in _pattern().finditer(sentence):
        lead = split_units(match["lead"])
        members = _members(match["members"])
        if lead and members and all(is_unit(u) for u in lead):
            collector = Collector()
            collector.add(lead, "lead")
            collector.add(members, "support")
            found = found.merged(collector.result())
    return found


def _members(text: str) -> list[str]:
    """The units of a list of members, each part joined by 和/及 read on its own: a part ending on 等 and
    a head word (教育、公安等部门) names units by their domains; any other part must list units."""
    units: list[str] = []
    for part in JOINS.split(text):
        vouched = _vouched().fullmatch(part)
        named = split_units(vouched["list"] if vouched else part)
        if not named or not vouched and not all(is_unit(u) for u in named):
            return []
        units += named
    return units


@cache
def _vouched() -> re.Pattern[str]:
    heads = alternation(words_where("lead_members.tsv", "kind", "head"))
    return re.compile(f"(?P<list>[^等]+、[^等]+)等[{HAN_CLASS}]{{0,6}}(?:{heads}){NOTE}")


@cache
def _leads() -> tuple[str, ...]:
    return words_where("lead_members.tsv", "kind", "lead")


@cache
def _pattern() -> re.Pattern[str]:
    """由?A牵头[,、]B…等?参加, not followed by 的 (a body the clause describes) nor by more of a word."""
    lead = alternation(_leads())
    member = alternation(words_where("lead_members.tsv", "kind", "member"))
    name = f"[{HAN_CLASS}、()（）]"
    return re.compile(f"(?:由|^|(?<=[,，;；。:：]))(?P<lead>(?:(?!由)[{HAN_CLASS}、]){{2,40}}?{NOTE}){lead}[,，、]"
                      f"(?P<members>{name}{{2,200}}?)(?:等)?(?:{member})(?![的{HAN_CLASS}])")
