"""Units that own the duty of a clause they do not open: the units opening a sentence's first clause
when the second opens on a duty word (各区政府、各委办局,必须…) or announces the list of their duties
(某局是…的主管部门,主要职责是:: opening_subject), a clause that is
nothing but a list of units before more units and their duty word (listed_opening), a unit's name
before where to reach it (contact_unit)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import word_pattern
from .name_ends import (FIRST_UNIT_END, FOLLOWER_WINDOW, PREDICATE_FOLLOWERS, RELATIVE, continues, inside_brackets,
                        name_goes_on, past_note, suffix_end, word_tag_at)
from .name_words import named_unit, only_a_name, opens_a_clause
from .owners import NO_OWNERS, Owners
from .shared_heads import shared_head_units
from .subjects import CLAUSE_WINDOW, PERMISSIVE, modified_names, modified_units, receives, subject_unit
from .unit_lists import TRAILING_ETC, split_units
from .unit_names import ADDRESS, tags, unit_endings

OPENING_FOLLOWERS = frozenset({"vn", "nz"})  # verbs jieba reads as nouns (申报) after the units opening a sentence
RELATIVE_VERB_TAGS = frozenset({"v", "vn", "vd"})  # jieba's tags of the verbs of such a modifier (建设: vn)
PREDICATE_OPENERS = frozenset({"v", "vd", "d", "ad", "p"})  # jieba's tags of a clause opening on its predicate
CONTACT = re.compile("^(?:咨询|联系|办公|服务)?(?:电话|地址)")  # …科,咨询电话:…: where a unit is reached


def opening_subject(opening: str, following: str) -> Owners:
    """The units opening a sentence's first clause when its second clause opens on a duty word:
    各区政府、各委办局,必须…; 施工单位进场施工时,应当… (units that own the duty though a comma, and
    what they do first, stand between them and the duty word); or when the second clause announces the
    list of their duties (某局是本市…的主管部门,主要职责是:, duty_list_leads.tsv)."""
    if not opening or not unit_endings().search(opening) or receives(following, 0):
        return NO_OWNERS  # …被评定为示范站的,|可享受补贴: the units receive
    if not _charges(following):
        return _listed_before_a_predicate(opening, following)
    head = opening[:CLAUSE_WINDOW]  # the whole first clause, however long its modifier (发生…的文化企业,应当…)
    if "的" not in head and opens_a_clause(tags(head[:FIRST_UNIT_END])):
        return NO_OWNERS  # 推进…, 对…: the clause opens on its verb or a preposition, not on units
    found = _units_opening(head)
    modal = word_pattern("duty_modals.tsv").match(following)
    if found or modal is None or modal.group() in PERMISSIVE:
        return found
    return Owners(tuple(modified_names(head)))  # 承办…的有关省(市)人民政府,要…: a name its modifier opens


def _units_opening(head: str) -> Owners:
    """The units opening a clause before a predicate (各区政府、各委办局,|必须…), or the kind of unit the whole
    clause names after its modifier (设置负压病房的医疗机构,|要…)."""
    for match in suffix_end().finditer(head):
        end = past_note(head, match.end())
        rest = head[end:]
        if continues(rest) or rest[:1] == "的" or inside_brackets(head, end):
            continue
        tag = word_tag_at(tags(head[:end + FOLLOWER_WINDOW]), end)
        if tag is None and rest:  # no word starts there; at the clause's end the duty word follows it
            continue
        if _verb_and_particle(rest):
            return NO_OWNERS  # 各级政府建设的设施,|应当…: the units open a relative clause, its head is the subject
        units = split_units(head[:end])
        if not units or not all(subject_unit(u) for u in units):
            units = modified_units(head[:end])  # 设置负压病房的医疗机构,要…
        if units and (not rest or tag in PREDICATE_FOLLOWERS | OPENING_FOLLOWERS and not name_goes_on(tag, rest)):
            return Owners(tuple(units))
        return NO_OWNERS  # the first unit's name is followed by no predicate: no list of units opens it
    return NO_OWNERS


def _listed_before_a_predicate(opening: str, following: str) -> Owners:
    """财政部、税务总局、安全监管总局等部门,|抓紧修改…: a first clause that is nothing but a list of units closed by
    等部门 (等单位, 等…机构), before a clause that opens on its predicate (a verb, adverb or preposition): the
    units are the subject the comma parts from its verb."""
    closing = TRAILING_ETC.search(opening)
    if closing is None or closing.group() == "等" or not following:
        return NO_OWNERS  # most first clauses: no list closed by a class of units
    if tags(following[:FIRST_UNIT_END])[0][1] not in PREDICATE_OPENERS:
        return NO_OWNERS  # 各部门、各单位等机构,|市政府…: no predicate opens the next clause
    if opens_a_clause(tags(opening[:FIRST_UNIT_END])):
        return NO_OWNERS  # 联合公安、住建等部门,|协同…: the list is the object of the clause's verb
    units = split_units(opening)
    if units and all(subject_unit(u) for u in units):
        return Owners(tuple(units))
    return Owners(tuple(shared_head_units(opening)))  # 公安、消防、城管等负有…职能的部门: domains, as written


def _charges(following: str) -> bool:
    """The clause after the opening one opens on a duty word, or is a lead-in to a list of duties."""
    return word_pattern("duty_modals.tsv").match(following) is not None or \
        word_pattern("duty_list_leads.tsv").fullmatch(following.strip().rstrip(":：")) is not None


@cache
def duty_list_lead() -> re.Pattern[str]:
    """A lead-in to a list of duties closing a text (…,主要职责是): duty_list_leads.tsv at its end."""
    return re.compile(f"(?:{word_pattern('duty_list_leads.tsv').pattern})$")


def _verb_and_particle(rest: str) -> bool:
    """建设的…, 报送的…: nothing but a verb before 的, which makes the units and the verb a modifier of the
    noun after it (not 作为园区的…, a verb and its object)."""
    match = RELATIVE.match(rest)
    return match is not None and all(tag in RELATIVE_VERB_TAGS for _, tag in tags(match.group()[:-1]))


def contact_unit(opening: str, following: str) -> Owners:
    """A sentence opening on nothing but a unit's name, its next clause on where to find it (天河区…工作科,
    天河区…1号楼5016室, | …科,咨询电话:…): the unit that receives and answers, the owner of its item."""
    if CONTACT.search(following) is None and ADDRESS.search(following) is None:
        return NO_OWNERS
    return Owners((opening,)) if only_a_name(opening) else NO_OWNERS


def listed_opening(opening: str, subject: Owners) -> Owners:
    """A sentence opening on a clause that is nothing but a list of units, its second clause on more
    units and their duty word (市民政局、区民政局,各街道办事处应当…): the first list shares the duty."""
    if not unit_endings().match(opening[-1:]) or opens_a_clause(tags(opening[:FIRST_UNIT_END])):
        return subject
    units = split_units(opening)
    if units and all(subject_unit(u) and named_unit(u) for u in units):
        return Owners(tuple(units)).merged(subject)
    return subject
