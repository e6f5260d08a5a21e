"""Subjects before a duty word: the units a duty sentence opens on (区住建局要…, 各街道、相关部门要…), not
the units a case is about, units described, units that receive, nor the officials of units."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, org_suffixes, word_list, word_pattern, words_where
from ..segment import per_document, tag_at
from .agents import AGENT_WINDOW, OFFICIALS, agent_owners
from .approvals import approved_units
from .modified_names import modified_name, needs_its_modifier, weak
from .owners import NO_OWNERS, Owners
from .prefilter import with_first_char_scan
from .subject_cases import about_a_case, describes
from .unit_lists import CONJUNCTIONS, OWN_STAFF, PEOPLE_TAIL, list_count, split_units
from .unit_names import (SENTENCE_MARK, TRAILING_NOTE, VERB_TAGS, ends_a_name, holds_an_object_verb, is_unit, tags,
                         unit_endings)

STAFF_TAIL = re.compile(f"(?:以及|及){OWN_STAFF.pattern}$")
MAX_SUBJECT = 15
MODIFIED_JOINS = re.compile(f"{CONJUNCTIONS.pattern}|特别是")  # 地方各级人民政府特别是…所在地的人民政府
SUBJECT_WINDOW = 40
CLAUSE_WINDOW = 64  # a long subject of one clause (…户籍所在地的派出所、居民委员会等有关单位应当)
FIRST_WORD_WINDOW = 6  # enough of a clause to read its first word
PERMISSIVE = ("可", "可以")  # duty words that permit: a modified subject before them is a class allowed to act
# a conjunction (以及) or a word of a name (积极性, 应急管理部门, 要素) that opens on a duty word: none there; x
# tags no word of dict.txt longer than a character, only the domain's own (应急管理局, 应急管理部门: segment.py)
LONGER_WORD_TAGS = frozenset({"c", "n", "vn", "nz", "x"})


def subject_owners(sentence: str, *, in_case: bool = False) -> Owners:
    """The organizations a duty sentence names as its actors: 区住建局要…, 各街道、相关部门要…,
    and …由区财政统筹… anywhere in it, and the unit a reply approves to act (同意省气象局…合建…).
    ``in_case``: the clause is part of a case its sentence closes with 的 later (企业于…招用…,且…的,
    按…给予补助): only units before a duty word are charged."""
    if not may_name_subjects(sentence, 0, len(sentence)):
        return NO_OWNERS  # no duty word after a character a unit's name can end with, no 由 (most clauses)
    return _leading_subject(sentence, in_case=in_case).merged(agent_owners(sentence)).merged(approved_units(sentence))


def may_name_subjects(text: str, start: int, end: int) -> bool:
    """A cheap test before :func:`subject_owners` on the clauses of text[start:end]: none finds a unit
    without a duty word right after a character a unit's name (or a bracket, 等) ends with, or an adverb of
    aspect and a word of working with others (局已会同), or a 由, or an approval word (同意…)."""
    return _subject_or_agent().search(text, start, end) is not None


@cache
def _subject_or_agent() -> re.Pattern[str]:
    endings = unit_endings().pattern[:-1] + re.escape(")）等" + "".join(w[-1] for w in word_list("list_counts.tsv"))) + "]"
    aspect = f"(?:{word_pattern('aspect_adverbs.tsv').pattern})(?:{_partnering().pattern})"
    approval = word_pattern("approval_openers.tsv").pattern
    return with_first_char_scan(f"(?:{endings}|{OWN_STAFF.pattern}|个人|人员)(?:{aspect}|{subject_ends().pattern})|由|{approval}")


@cache
def _partnering() -> re.Pattern[str]:
    """The duty words that say whom a subject works with (会同, 牵头, 联合: actor_openers.tsv but 由)."""
    return re.compile(alternation(tuple(w for w in word_list("actor_openers.tsv") if w != "由")))


@per_document  # the owners of an item and of its amounts read the same clauses
def _leading_subject(sentence: str, *, in_case: bool = False) -> Owners:
    """The units before the first duty word (要, 负责, 在 …) that leaves a list of units in front of it.

    Only when such a prefix exists is the head segmented with jieba, so that the
    subject ends on a word boundary (主要 holds no 要).
    """
    head = sentence[:CLAUSE_WINDOW]
    for match in subject_ends().finditer(head):
        if match.start() > SUBJECT_WINDOW and SENTENCE_MARK.search(head, 0, match.start()):
            break  # past the window, a subject runs only as far as its own clause (…所在地的派出所…应当)
        staff = STAFF_TAIL.search(head, 0, match.start()) or PEOPLE_TAIL.search(head, 0, match.start())
        # 镇政府及其工作人员应…, 有关单位和个人应当…: the unit, not its staff or people
        aspect = _aspect_before(head, match.start()) if _partnering().fullmatch(match.group()) else 0  # 国办已|会同…
        unit_end = staff.start() if staff else match.start() - aspect
        before = head[unit_end - 1:unit_end]
        if not before or not unit_endings().match(before) and before not in ")）等" \
                and not list_count().search(head, 0, unit_end):
            continue  # what precedes the duty word cannot end a unit's name (nor a count closing a list: 三方)
        word, flag = tag_at(head, match.start()) or ("", "")
        if not word or len(word) > len(match.group()) and flag in LONGER_WORD_TAGS:
            continue  # 主要 holds no 要; 县级以上人民政府应急管理部门应当…: 应 opens 应急, a word of the name
        if bound_by_particle(head, match.start()) or head.startswith(OFFICIALS, match.end()):
            continue  # 项目所需资金: 所 is the particle, not the end of 事务所; 部门负责人的任免: an official
        if ends_a_name(head, match.start()):
            continue  # 区级残联组织会同…: 组织 ends the name (org_suffixes.tsv), it is no verb there
        units = split_units(head[: match.start() - aspect])
        named = bool(units) and all(subject_unit(u) for u in units)
        if match.group() in PERMISSIVE and not named:
            continue  # 人口较少的社区(村)可…, 有条件的区可…: a permission to the units of a class, no duty
        # the opening verb asked last, only where a modified subject would be read below (it segments the head)
        if not named and match.group() in word_list("subject_stops.tsv") \
                and modified_units(head[:match.start()]) and _opens_on_a_verb(head):
            continue  # 推动有条件的职业院校向…转型: a modified object of the opening verb, no subject
        if not named and _opens_on_an_object_marker(head) and modified_units(head[:match.start()]):
            continue  # 对…的相关企业加强监管: the modified units are the object of 对, no subject
        if named or (units := modified_units(head[:match.start()])) or match.group() in _charging() \
                and (units := modified_names(head[:match.start()])):
            if _not_charged(sentence, match, in_case=in_case):
                return NO_OWNERS  # 企业于…招用…的,按…给予补助; 三省在…方面任务较重: a case, a description
            if staff and staff.re is PEOPLE_TAIL and all(u in word_list("collective_owners.tsv") or modified_name(u)
                                                         for u in units):
                return NO_OWNERS  # 有关单位和个人应当予以配合: anyone asked to help, no unit charged
            if receives(head, match.end()):
                return NO_OWNERS  # 服务机构可以按规定申请补贴: it receives, and owns nothing by it
            if match.group() in word_list("subject_stops.tsv") and all(weak(u) for u in units):
                return NO_OWNERS  # 企业根据…申请: what a stop word follows, no duty word, is no unit charged
            return Owners(tuple(units))
    return NO_OWNERS


def _aspect_before(text: str, end: int) -> int:
    """The length of the adverb of time or aspect (aspect_adverbs.tsv: 已, 正在) ending ``text`` at ``end``, as a
    word of its own (not the 已 of 业已 nor of 不已), else 0. Read before a word of working with others only
    (国办已会同…, 区民政局正在牵头…): 本府已于…, 各机构仍可… report or permit, and charge no one."""
    for adverb in word_list("aspect_adverbs.tsv"):
        start = end - len(adverb)
        if start > 0 and text.startswith(adverb, start) and (tag_at(text, start) or ("",))[0] == adverb:
            return len(adverb)
    return 0


def _not_charged(sentence: str, match: re.Match[str], *, in_case: bool) -> bool:
    """The units before ``match`` are whom a case is about (企业于…招用…的,…; …按照…享受过…的不再给予补贴),
    are described (在…方面任务较重: a preposition and no verb after it), or belong to whoever receives
    (…组织从事…的人员可以按规定享受…: a duty word later in the clause before a verb of receiving): no duty
    falls on them."""
    rest = SENTENCE_MARK.split(sentence[match.end():], maxsplit=1)[0]
    if about_a_case(match.group(), rest, in_case=in_case, inner=True):
        return True
    if any(receives(rest, duty.start()) and (tag_at(rest, duty.start()) or ("",))[0] == duty.group()
           for duty in word_pattern("duty_modals.tsv").finditer(rest)):
        return True  # a duty word of its own (not the 可 of 许可申请) before a verb of receiving
    word = tag_at(sentence, match.start())
    return word is not None and word[1] == "p" and describes(rest)


def _opens_on_a_verb(text: str) -> bool:
    """推动…, 引导…: a clause opening on a verb of two characters or more."""
    first, flag = tags(text[:FIRST_WORD_WINDOW])[0]
    return len(first) > 1 and flag in VERB_TAGS


def _opens_on_an_object_marker(text: str) -> bool:
    """对…, 向…, 为…: a clause opening on a preposition that marks its object (case_prepositions.tsv). Its first
    word is one of them only if the clause starts with one: asked first, that spares segmenting most clauses."""
    markers = word_list("case_prepositions.tsv")
    if not text.startswith(markers):
        return False
    first, flag = tags(text[:FIRST_WORD_WINDOW])[0]
    return flag == "p" and first in markers


def receives(text: str, position: int) -> bool:
    """What follows a subject at ``position`` is a verb of receiving, after a duty word and an adverbial
    of manner (可以按规定申请…, 可享受…): the subject receives money or a service."""
    return _receiving().match(text, position) is not None


@cache
def _receiving() -> re.Pattern[str]:
    """An adverb, a duty word, a manner and a phrase 向… (也可自行向所在地服务机构申请), then a verb of
    receiving."""
    modals = word_pattern("duty_modals.tsv").pattern
    before, after = (alternation(words_where("receiving_manners.tsv", "where", where)) for where in ("before", "after"))
    return re.compile(f"(?:{before})?(?:{modals})?(?:{after})?(?:向[^,，;；。]{{1,{AGENT_WINDOW}}}?)?"
                      f"(?:{alternation(word_list('receiving_verbs.tsv'))})")


def bound_by_particle(text: str, position: int) -> bool:
    """The 所 before ``position`` is the particle of 所需, 所称, 所在 (extract/data/particle_verbs.tsv)."""
    return text[position - 1:position] == "所" and text.startswith(word_list("particle_verbs.tsv"), position)


def modified_units(text: str) -> list[str]:
    """The units a subject names after its last 的 (设置负压病房的医疗机构, 未发现病例的社区(村)): the
    head of a modified subject. A bare ending (企业, 地区 of 有条件的地区) or two words joined by 和
    (地区和单位, 城镇化建设和乡村) name no unit, nor does a head that needs its modifier (其他牵头部门:
    modified_names)."""
    if "的" not in text or text.startswith(word_list("receiving_verbs.tsv")):
        return []  # 申请补贴的服务机构: who receives, not who owns
    head = text[text.rindex("的") + 1:]
    units = split_units(head)
    noted = TRAILING_NOTE.search(head) is not None  # 社区(村): a note makes an ending a name
    named = units and all(subject_unit(u) and (noted or u not in org_suffixes())
                          and not CONJUNCTIONS.search(u) for u in units)  # not 城镇化建设和乡村
    return units if named and not needs_its_modifier(head) else []


def modified_names(text: str) -> list[str]:
    """The units a subject names by a clause in 的 and a head that names no unit without it
    (modified_heads.tsv), written whole (RECORDS.md section 5: owners kept as written), with the other units
    of its list: 地方环境保护部门和其他负有环境监管职责的部门, 行政机关和法律法规授权的…组织. Asked before a
    duty word that charges (not 可: 有条件的地区可…) where no unit is named otherwise."""
    if "的" not in text:
        return []
    listed = split_units(text)
    if len(listed) == 1:
        listed = _joined_to_a_modified_name(text) or listed
    return listed if listed and any(modified_name(u) for u in listed) and all(
        subject_unit(u) or modified_name(u) for u in listed) else []


def _joined_to_a_modified_name(text: str) -> list[str]:
    """行政机关和法律法规授权的…组织: units joined by a conjunction to a modified name that the list
    splitter leaves whole (its modifier holds no unit's name to split at)."""
    for joined in MODIFIED_JOINS.finditer(text, 0, text.index("的")):
        units = split_units(text[:joined.start()])
        if units and all(subject_unit(u) and tags(u)[0][1] not in VERB_TAGS for u in units) \
                and modified_name(text[joined.end():]):
            return [*units, text[joined.end():]]
    return []


def subject_unit(unit: str) -> bool:
    return is_unit(unit) and _name_length(unit) <= MAX_SUBJECT and "的" not in unit and not holds_an_object_verb(unit)


def _name_length(unit: str) -> int:
    """A unit's length, a series of levels (unit_series.tsv: 省、自治区、直辖市) counted as one level:
    省、自治区、直辖市人民政府环境保护部门 is as long as 省人民政府环境保护部门; and a level of government
    before a department's name (government_tiers.tsv) counted as one level too: 县级以上地方人民政府兽医主管部门
    is as long as 省兽医主管部门. What follows the government must be a department's name, no verb in it
    (县级以上人民政府组织有关部门 is a clause)."""
    government = _government().match(unit)
    if government and government.end() < len(unit) and _department(unit[government.end():]):
        return 1 + _name_length(unit[government.end():])
    return len(unit) - sum(len(series) - 1 for series in word_list("unit_series.tsv") if series in unit)


@cache
def _government() -> re.Pattern[str]:
    return re.compile(f"(?:{word_pattern('government_tiers.tsv').pattern})(?:人民)?政府")


def _department(name: str) -> bool:
    """兽医主管部门, 国土资源行政主管部门, 有关部门: a unit's name holding no verb (组织有关部门, 结合…部门)."""
    return is_unit(name) and all(flag != "v" for _, flag in tags(name))


@cache
def _charging() -> frozenset[str]:
    """The duty words that charge their subject (duty_modals.tsv but those that permit)."""
    return frozenset(word_list("duty_modals.tsv")) - set(PERMISSIVE)


@cache
def subject_ends() -> re.Pattern[str]:
    return re.compile(alternation((*word_list("subject_verbs.tsv"), *word_list("subject_stops.tsv"))))
