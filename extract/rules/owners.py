"""Responsible units: 责任单位 tags, parenthesised assignments, and organization subjects.

Units are split as written (区城管局、区住建局、属地街道(市对区考核) → three), a
trailing 等部门 is dropped, and lead units (牵头) are told from support units (配合).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..chars import HAN, HAN_CLASS
from ..lexicon import alternation, org_suffixes, read_table, word_list, word_pattern, words_where
from ..records import Task
from ..segment import per_document, tag_at, tags as segment_tags, tokens
from .quantities import find_quantities
from .subject_cases import about_a_case, describes

SEPARATORS = re.compile(r"[、,，;；/]")
ANY_BRACKET = re.compile(r"[(（〔\[)）〕\]]")  # what split_outside_brackets counts its depth by
CONJUNCTIONS = re.compile(r"以及|及|和|与|或者|或|会同")
LOOSE_CONJUNCTIONS = re.compile(r"以及|及")
OWN_STAFF = re.compile("其(?:工作人员|负责人|主要负责人|负责同志)")  # …及其工作人员: the units' own people
STAFF_TAIL = re.compile(f"(?:以及|及){OWN_STAFF.pattern}$")
# 有关单位和个人, 医疗机构和医务人员, 各级政府及工作人员: the units, people own nothing
PEOPLE_TAIL = re.compile(f"(?<=[部门单位机构组织局委办院校府])(?:和|及|以及|或者?)(?:个人|[{HAN_CLASS}]{{0,4}}人员)$")
TRAILING_ETC = re.compile(f"(等[{HAN_CLASS}]{{0,10}}(?:部门|单位|机构)|等)$")
GENERIC = frozenset({"单位", "部门", "机构"})
MAX_SUBJECT = 15
SUBJECT_WINDOW = 40
CLAUSE_WINDOW = 64  # a long subject of one clause (…户籍所在地的派出所、居民委员会等有关单位应当)
FIRST_WORD_WINDOW = 6  # enough of a clause to read its first word
TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
# 各市、县(区)政府, 有关设区市、县〔区〕人民政府, 市、县两级环境保护部门: one class of units
BARE_LEVEL = re.compile(r"^(?:(?:各(?:有关|相关)?|所有|有关)(?:设区的?)?[省市县区乡镇村]|(?:设区的?)?[省市县])(?:[(（〔][^()（）〔〕]*[)）〕])?$")
LEVEL_CHARACTERS = "省市县区乡镇村"
NEXT_LEVEL = re.compile(r"^[省市县区乡镇村](?:[(（〔][^()（）〔〕]*[)）〕])?$")  # 市 of 各省、市: one more level of a series
ADDRESS = re.compile(r"\d+ ?[号室楼层栋幢]")
DIGIT = re.compile(r"\d")
SEVERAL_LEVELS = re.compile("[两三各]级")  # 市、县两级环境保护部门: one class of units
SENTENCE_MARK = re.compile(r"[,，。;；:：!?！？]")
OUTLINE_NUMBER = re.compile(r"^\d+(?:[.．]\d+)+\s*")  # 2.1.3 省级人民政府…: a clause number, no part of the name
AGENT_MARK = re.compile("由(?![于此])")
PERMISSIVE = ("可", "可以")  # duty words that permit: a modified subject before them is a class allowed to act
DISTRIBUTIVE = ("每个", "每一个", "每一")  # 每个社区应当设置…: each of a class, as a standard
PAREN = re.compile(r"[(（]([^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]")
MAX_UNIT = 30
COUNTS = "两三四五六七八九十"  # a count of 2 to 10 units closing a list (两部门, 三方)
COUNT_DESCRIPTION = 4  # 副主任 of 三家副主任单位: what the counted units are
STEP_BEFORE = re.compile(f"([{HAN_CLASS}]{{2,4}})后")  # 审核后…: a step before the subject
STEP_MARK = "后"  # 由…核定后公布: the word before it is a step the agent takes
STEP_LENGTH = 2
SPEAKER = "我"  # 我市, 我区: the issuing level speaking of itself
REST_OF_CLASS = "其余各"  # 其余各镇负责…: the towns not named before, of the class 各镇
MAX_TEAM_HEADING = 8  # a heading this short ending on 专家组, 小组 names the team
HAN_ONLY = re.compile(f"[{HAN_CLASS}]+")
LONG_SUFFIX = 3  # 办公室, 委员会, 指挥部: an ending long enough to make two verbs before it a name
AGENT_WINDOW = 30  # how far after 由 its agent's name may reach
NAME_WORD_TAGS = frozenset({"n", "nt", "nz", "ns", "x", "j", "vn", "b"})  # jieba tags of the words of an agent's name (b: 三级)
MODIFIER_HEADS = ("的", "部分")  # 由财政负担的…, 由财政负担部分: 由 and its verb modify a noun
OFFICIALS = ("同志", "人")  # 负责同志, 负责人: the officials of the units named before
AGENT_ADVERB_TAGS = frozenset({"d", "ad", "r"})  # 由市政府自行筹集, 由各区统一组织: between the agent and its verb
FRAGMENT_OPENERS = frozenset({"c", "p", "u", "z"})  # jieba tags: conjunction, preposition, particle, state word
FRAGMENT_WORDS = frozenset({"其中"})
ENDING_PARTICLE_TAGS = frozenset({"c", "u", "uj", "ul", "p", "d"})  # 所 of 所称 read as a word of its own
PARTICLE_HEAD_TAGS = frozenset({"v", "vn", "vd", "m", "q", "t", "f"})  # a verb, a number, a time, a locative (实施中所) before the particle 所
ENDING_WORD_TAGS = frozenset({"nr", "v", "vd", "ad", "d"})  # 查处 as a verb, or 严肃查处 as a name of a person
VERB_TAGS = frozenset({"v", "vd", "vn"})
LONGER_WORD_TAGS = frozenset({"c", "n"})  # a conjunction (以及) or a noun (积极性) that opens on a duty word: none there
PREDICATE_TAGS = frozenset({"v", "vd", "a", "ad", "d"})


def tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags (segmentation remembers each block for the document being read)."""
    return tuple(segment_tags(text))


@dataclass(frozen=True, slots=True)
class Owners:
    owners: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.owners)

    def empty(self) -> bool:
        """No unit at all, in any role (bool() tells whether any unit owns)."""
        return not (self.owners or self.lead or self.support)

    def merged(self, other: Owners) -> Owners:
        if other.empty():
            return self  # nothing to add (most clauses name no unit)
        return Owners(_unique(self.owners + other.owners), _unique(self.lead + other.lead),
                      _unique(self.support + other.support))


NO_OWNERS = Owners()  # what most clauses name: one value, not a new one each time


def owners_of(task: Task) -> Owners:
    """A task record's owners in their roles."""
    return Owners(task.owners, task.lead_owners, task.support_owners)


@dataclass
class _Collector:
    owners: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)

    def add(self, units: list[str], role: str) -> None:
        self.owners += units
        if role == "lead":
            self.lead += units
        elif role == "support":
            self.support += units

    def result(self) -> Owners:
        return Owners(_unique(tuple(self.owners)), _unique(tuple(self.lead)), _unique(tuple(self.support)))


@cache
def owner_tag_roles() -> dict[str, str]:
    """Every owner label (a role word of owner_tags.tsv and a unit word of owner_tag_units.tsv: 牵头部门,
    实施科室) and its role."""
    units = [r["word"] for r in read_table("owner_tag_units.tsv")]
    return {r["word"] + unit: r["role"] for r in read_table("owner_tags.tsv") for unit in units}


@cache
def _tags() -> tuple[re.Pattern[str], dict[str, str]]:
    roles = owner_tag_roles()
    tag = alternation(tuple(roles))
    # the units run to the next mark, bracket, tag or label (牵头单位:银保监会 参与单位:财政部, 【责任单位:…】,
    # 责任单位:商务部 完成时限:…)
    unit = f"(?:(?!\\s*(?:{tag})[:：]|\\s+[{HAN_CLASS}]{{2,8}}[:：])[^;；。:：()（）【】\\[\\]\n])"
    pattern = re.compile(f"(?P<tag>{tag})[:：]\\s*(?P<units>{unit}*(?:[(（][^()（）\n]{{1,12}}[)）]{unit}*)*)")
    return pattern, roles


@cache
def _role_words() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("owner_roles.tsv")
    roles = {r["word"]: r["role"] for r in rows}
    return re.compile(f"^(?P<units>.+?)(?P<word>{alternation(tuple(roles))})$"), roles


def tagged_owners(text: str) -> Owners:
    """Units named by 责任单位/牵头单位/配合单位 tags anywhere in ``text``."""
    pattern, roles = _tags()
    matches = [(_tag_units(m.group("units")), roles[m.group("tag")]) for m in pattern.finditer(text)]
    rest = "support" if any(role == "lead" for _, role in matches) else "all"
    collector = _Collector()
    for units, role in matches:
        collector.add(units, rest if role == "rest" else role)
    return collector.result()


def _tag_units(text: str) -> list[str]:
    """The units of a tag: split as written, units set apart by spaces (商务部 海关总署) split too, and
    what the tag's sentence goes on to say (2020年底前完成) left out."""
    units: list[str] = []
    for unit in split_units(text):
        parts = unit.split()
        units += parts if len(parts) > 1 and all(map(is_unit, parts)) else [unit]
    return [u for u in units if not DIGIT.search(u) or is_unit(u)]


def assigned_owners(text: str, *, first_leads: bool = False) -> Owners:
    """Units of parenthesised assignments: (区城管局牵头,区商务局、各街道配合). Units listed before
    the part that names their role share it ((A、B,C按职责分工负责)); with ``first_leads`` (or the
    phrase 列第一的为牵头单位 inside) the first unit is the lead and the others support."""
    collector = _Collector()
    for paren in PAREN.finditer(text):
        inner = paren.group(1)
        ranked = first_leads or word_pattern("first_lead_phrases.tsv").search(inner) is not None
        listed: list[str] = []
        for units, role in _assignment_parts(inner):
            if ranked:
                listed += units
            else:
                collector.add(units, role)
        if listed:
            collector.add(listed[:1], "lead")
            collector.add(listed[1:], "support")
    return collector.result()


def _assignment_parts(inner: str) -> list[tuple[list[str], str]]:
    """The units of one parenthesised assignment with their roles, in order; units of a part without
    a role word take the role of the part that follows them."""
    pattern, roles = _role_words()
    if not _any_role_word().search(inner):
        return []  # no part can end with a role word: no assignment (most brackets: (试行), (2023年))
    found: list[tuple[list[str], str]] = []
    pending: list[str] = []
    for part in (p.strip() for p in re.split("[,，;；。]", inner)):
        match = pattern.match(part)
        if match:
            units = split_units(match.group("units"))
            if units and all(is_unit(u) for u in units):
                found.append((pending + units, roles[match.group("word")]))
            pending = []
            continue
        units = split_units(part)
        pending = pending + units if units and all(is_unit(u) for u in units) else []
    return found


@cache
def _any_role_word() -> re.Pattern[str]:
    return re.compile(alternation(tuple(_role_words()[1])))


def opens_first_leads(text: str) -> int | None:
    """Where 列第一的为牵头单位，下同 says that from here on the first unit of an assignment leads."""
    for match in word_pattern("first_lead_phrases.tsv").finditer(text):
        if text.startswith("下同", match.end() + 1) or text.startswith("下同", match.end()):
            return match.start()
    return None


@dataclass(frozen=True, slots=True)
class StandingOwners:
    """Units a phrase makes owners of every assignment after ``start`` (以下均需各地落实,不再列出)."""
    start: int
    owners: Owners


def standing_owners(text: str) -> StandingOwners | None:
    """Where an assignment says its unit owns every later one too, and that unit (standing_owners.tsv)."""
    for pattern in _standing_patterns():
        for match in pattern.finditer(text):
            units = split_units(match.group("units"))
            if units and all(is_unit(u) for u in units):
                return StandingOwners(match.end(), Owners(tuple(units)))
    return None


@cache
def _standing_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of standing_owners.tsv, read once (not once per document)."""
    return tuple(re.compile(row["pattern"]) for row in read_table("standing_owners.tsv"))


def with_standing(owners: Owners, standing: StandingOwners | None, position: int) -> Owners:
    """An assignment after a standing phrase also names the standing units."""
    if standing is None or owners.empty() or position < standing.start:
        return owners
    return owners.merged(standing.owners)


def subject_owners(sentence: str, *, in_case: bool = False) -> Owners:
    """The organizations a duty sentence names as its actors: 区住建局要…, 各街道、相关部门要…,
    and …由区财政统筹… anywhere in it. ``in_case``: the clause is part of a case its sentence closes
    with 的 later (企业于…招用…,且…的,按…给予补助): only units before a duty word are charged."""
    if not may_name_subjects(sentence, 0, len(sentence)):
        return NO_OWNERS  # no duty word after a character a unit's name can end with, no 由 (most clauses)
    owners = _leading_subject(sentence, in_case=in_case)
    for match in _agent().finditer(sentence):
        if ends_a_name(sentence, match.end(1)) or modifies_a_noun(sentence[match.start(1):]):
            continue  # 由区级残联组织会同…: the verb 组织 ends the agent's name; 由街镇组织实施的…: a modifier
        units = split_units(match.group(1))
        if units and all(is_unit(u) for u in units):
            owners = owners.merged(Owners(tuple(units)))
    return owners


def agents_before_any_verb(sentence: str) -> Owners:
    """The units after 由 up to the first verb, whatever the verb (由区教育部门办成公办园,
    由市指挥部报市政府批准), or up to an adverb between them (由市政府自行筹集): the agent of 由 is
    an actor of its clause. Not 由于, 由此."""
    found = NO_OWNERS
    for match in AGENT_MARK.finditer(sentence):
        head = SENTENCE_MARK.split(sentence[match.end():match.end() + AGENT_WINDOW], maxsplit=1)[0]
        offset = 0
        for word, flag in tags(head):
            verb = flag in VERB_TAGS - {"vn"} or _step_verb(head, offset, word)
            if verb and head.startswith(OFFICIALS + MODIFIER_HEADS, offset + len(word)):
                break  # 由…等部门负责同志组成: their officials, people not units; 由区财政负担的…: a modifier
            between = flag in AGENT_ADVERB_TAGS or flag == "p" and word in word_list("agent_prepositions.tsv")
            if offset and (verb or between and unit_endings().match(head[offset - 1])):
                units = split_units(head[:offset])
                if units and all(_agent_unit(u) for u in units):
                    found = found.merged(Owners(tuple(units)))
                    break
                if verb:
                    break
            offset += len(word)
    return found


def _step_verb(head: str, offset: int, word: str) -> bool:
    """由国家环境保护局核定后公布: a word of two characters right before 后 is a step done (a verb, though
    jieba reads 核定 as a noun)."""
    return offset > 0 and len(word) == STEP_LENGTH and head.startswith(STEP_MARK, offset + len(word))


def modifies_a_noun(after: str) -> bool:
    """The verbs after 由 and its agent modify a noun (区财政负担|的…, 区财政负担|部分, 街镇组织实施|的…):
    由 and its agent belong to a noun phrase, and charge no one."""
    head = SENTENCE_MARK.split(after[:AGENT_WINDOW], maxsplit=1)[0]
    offset, verbs = 0, False
    for word, flag in tags(head):
        offset += len(word)
        if verbs and flag == "c":
            continue  # 诊断或治疗的: verbs joined by a conjunction, read on
        if verbs and flag not in VERB_TAGS:
            break
        if flag in VERB_TAGS - {"vn"} or verbs and flag in VERB_TAGS:
            verbs = True  # 组织|实施|的: the verbs after the agent, read to their end
        elif flag not in NAME_WORD_TAGS:
            return False  # 按照, 在: the first word past the agent's name is no verb
        if verbs and head.startswith(MODIFIER_HEADS, offset):
            return True
    return False


def may_name_subjects(text: str, start: int, end: int) -> bool:
    """A cheap test before :func:`subject_owners` on the clauses of text[start:end]: none finds a unit
    without a duty word right after a character a unit's name (or a bracket, 等) ends with, or a 由."""
    return _subject_or_agent().search(text, start, end) is not None


@cache
def _subject_or_agent() -> re.Pattern[str]:
    endings = unit_endings().pattern[:-1] + re.escape(")）等" + "".join(w[-1] for w in word_list("list_counts.tsv"))) + "]"
    return re.compile(f"(?:{endings}|{OWN_STAFF.pattern}|个人|人员)(?:{subject_ends().pattern})|由")


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
        unit_end = staff.start() if staff else match.start()
        before = head[unit_end - 1:unit_end]
        if not before or not unit_endings().match(before) and before not in ")）等" \
                and not _list_count().search(head, 0, unit_end):
            continue  # what precedes the duty word cannot end a unit's name (nor a count closing a list: 三方)
        if bound_by_particle(head, match.start()) or head.startswith(OFFICIALS, match.end()):
            continue  # 项目所需资金: 所 is the particle, not the end of 事务所; 部门负责人的任免: an official
        if ends_a_name(head, match.start()):
            continue  # 区级残联组织会同…: 组织 ends the name (org_suffixes.tsv), it is no verb there
        units = split_units(head[: match.start()])
        named = bool(units) and all(subject_unit(u) for u in units)
        if match.group() in PERMISSIVE and not named:
            continue  # 人口较少的社区(村)可…, 有条件的区可…: a permission to the units of a class, no duty
        # the opening verb asked last, only where a modified subject would be read below (it segments the head)
        if not named and match.group() in word_list("subject_stops.tsv") \
                and modified_units(head[:match.start()]) and _opens_on_a_verb(head):
            continue  # 推动有条件的职业院校向…转型: a modified object of the opening verb, no subject
        if named or (units := modified_units(head[:match.start()])):
            if _not_charged(sentence, match, in_case=in_case):
                return NO_OWNERS  # 企业于…招用…的,按…给予补助; 三省在…方面任务较重: a case, a description
            if staff and staff.re is PEOPLE_TAIL and all(u in word_list("collective_owners.tsv") for u in units):
                return NO_OWNERS  # 有关单位和个人应当予以配合: anyone asked to help, no unit charged
            if receives(head, match.end()):
                return NO_OWNERS  # 服务机构可以按规定申请补贴: it receives, and owns nothing by it
            if match.group() in word_list("subject_stops.tsv") and all(_weak(u) for u in units):
                return NO_OWNERS  # 企业根据…申请: what a stop word follows, no duty word, is no unit charged
            word, flag = tag_at(head, match.start()) or ("", "")
            if word and not (flag in LONGER_WORD_TAGS and len(word) > len(match.group())):  # not 以及, 积极性
                return Owners(tuple(units))
    return NO_OWNERS


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


def _weak(unit: str) -> bool:
    """企业, 重点地区: a subject whose last word names what a plan regulates or counts (weak_subjects.tsv)."""
    return tags(unit)[-1][0] in word_list("weak_subjects.tsv")


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


def ends_a_name(text: str, position: int) -> bool:
    """The word at ``position`` ends an organization's name that starts before it (残联|组织 of 区级残联组织,
    社会|组织): a suffix of org_suffixes.tsv runs across ``position``."""
    if position < 1 or text[position - 1:position + 1] not in _long_suffix_pairs():
        return False  # a suffix across ``position`` holds the two characters around it (most positions: none)
    pattern, longest = _long_suffixes()
    window = max(0, position - longest + 1)
    return any(m.start() < position < m.start() + len(m.group(1))
               for m in pattern.finditer(text, window, position + longest))


@cache
def _long_suffixes() -> tuple[re.Pattern[str], int]:
    suffixes = tuple(s for s in org_suffixes() if len(s) > 2)
    return re.compile(f"(?=({alternation(suffixes)}))"), max(len(s) for s in suffixes)


@cache
def _long_suffix_pairs() -> frozenset[str]:
    """Every two characters in a row of a long suffix: a suffix across a position holds the pair around it."""
    return frozenset(s[k:k + 2] for s in org_suffixes() if len(s) > 2 for k in range(len(s) - 1))


def bound_by_particle(text: str, position: int) -> bool:
    """The 所 before ``position`` is the particle of 所需, 所称, 所在 (extract/data/particle_verbs.tsv)."""
    return text[position - 1:position] == "所" and text.startswith(word_list("particle_verbs.tsv"), position)


def modified_units(text: str) -> list[str]:
    """The units a subject names after its last 的 (设置负压病房的医疗机构, 未发现病例的社区(村)): the
    head of a modified subject. A bare ending (企业, 地区 of 有条件的地区) or two words joined by 和
    (地区和单位, 城镇化建设和乡村) name no unit."""
    if "的" not in text or text.startswith(word_list("receiving_verbs.tsv")):
        return []  # 申请补贴的服务机构: who receives, not who owns
    head = text[text.rindex("的") + 1:]
    units = split_units(head)
    noted = TRAILING_NOTE.search(head) is not None  # 社区(村): a note makes an ending a name
    named = units and all(subject_unit(u) and (noted or u not in org_suffixes())
                          and not CONJUNCTIONS.search(u) for u in units)  # not 城镇化建设和乡村
    return units if named else []


def _agent_unit(unit: str) -> bool:
    """A unit named after 由 and before any verb: a name (not 镇 of 镇采购办, not 承担任务的…政府)."""
    return len(unit) > 1 and "的" not in unit and is_unit(unit) and not _holds_an_object_verb(unit)


def subject_unit(unit: str) -> bool:
    return is_unit(unit) and _name_length(unit) <= MAX_SUBJECT and "的" not in unit and not _holds_an_object_verb(unit)


def _name_length(unit: str) -> int:
    """A unit's length, a series of levels (unit_series.tsv: 省、自治区、直辖市) counted as one level:
    省、自治区、直辖市人民政府环境保护部门 is as long as 省人民政府环境保护部门."""
    return len(unit) - sum(len(series) - 1 for series in word_list("unit_series.tsv") if series in unit)


def _holds_an_object_verb(unit: str) -> bool:
    """区建管委委托专业机构, 严格监督施工单位: a verb with a unit as its object (市场监督管理局 is one word)."""
    verbs = word_list("object_verbs.tsv")
    return any(verb in unit for verb in verbs) and any(word.endswith(verb) for word, _ in tags(unit) for verb in verbs)


@cache
def subject_ends() -> re.Pattern[str]:
    return re.compile(alternation((*word_list("subject_verbs.tsv"), *word_list("subject_stops.tsv"))))


@cache
def _agent() -> re.Pattern[str]:
    """由X负责…: X and the verb; not 由X负责同志组成, 由X负责人担任 (its officials, people not units), nor
    由财政负担的人员, 由财政负担部分 (a modifier of a noun: the clause charges no one)."""
    return re.compile(f"由([{HAN_CLASS}、]{{2,30}}?)(?:{alternation(word_list('agent_verbs.tsv'))})"
                      f"(?!{'|'.join(OFFICIALS + MODIFIER_HEADS)})")


def split_units(text: str) -> list[str]:
    """``区城管局、区住建局、属地街道(市对区考核)`` → the three units, as written."""
    return list(_split_units(text))


@per_document
def _split_units(text: str) -> tuple[str, ...]:
    text = PEOPLE_TAIL.sub("", _etc_conjunction().sub("、", OUTLINE_NUMBER.sub("", text.strip())))
    series = word_list("unit_series.tsv")
    if any(s in text for s in series):
        return tuple(_with_series(u) for u in _split_units(_without_series(text)))
    shared = _level_pair().match(text)
    if shared is not None and is_unit(text[shared.end():]):
        name = text[shared.end():]  # 国家或省级|粮食应急工作指挥部: each level's unit of that name
        return tuple(u for level in (shared.group(1), shared.group(2)) for u in _split_units(level + name))
    pieces = [_unwrap(p.strip()) for p in split_outside_brackets(text.rstrip("。.")) if p.strip()]
    units: list[str] = []
    for piece in (part for piece in pieces for part in _split_conjunction(piece)):
        if units and units[-1] in LEVEL_CHARACTERS and piece[:1] in LEVEL_CHARACTERS and not SEVERAL_LEVELS.search(piece):
            units[-1] += piece[1:]  # 市、区民政部门: the city's and the district's, two units
        elif units and _bare_levels(units[-1]) and piece[:1] in LEVEL_CHARACTERS:  # 各市、县(区)政府: one class
            units[-1] = f"{units[-1]}、{piece}"
            continue
        units.append(piece)
    cleaned = [_without_place(_without_pronoun(_without_step(
        TRAILING_NOTE.sub("", _without_etc(u, alone=len(units) == 1)).strip()))) for u in _without_count(units)]
    return tuple(u for u in cleaned if u and len(u) <= MAX_UNIT and u not in word_list("not_owners.tsv"))


def _without_count(units: list[str]) -> list[str]:
    """区教育局、区财政局两部门 → 区教育局, 区财政局: a count of the units listed and the noun after it
    (list_counts.tsv: 三方, 三家副主任单位) close the list, no part of the last unit's name."""
    match = _list_count().search(units[-1]) if len(units) > 1 else None
    if match is None or COUNTS.index(match.group("count")) + 2 != len(units) or not is_unit(units[-1][:match.start()]):
        return units
    return [*units[:-1], units[-1][:match.start()]]


@cache
def _list_count() -> re.Pattern[str]:
    nouns = alternation(word_list("list_counts.tsv"))
    return re.compile(f"(?P<count>[{COUNTS}])[家个]?[{HAN_CLASS}]{{0,{COUNT_DESCRIPTION}}}?(?:{nouns})$")


def _bare_levels(text: str) -> bool:
    """各市, 各省、市: a bare level, or a series of them (各省、市、县级人民政府 is one class of units)."""
    first, *rest = text.split("、")
    return BARE_LEVEL.match(first) is not None and all(NEXT_LEVEL.match(level) for level in rest)


@cache
def _level_pair() -> re.Pattern[str]:
    levels = alternation(word_list("government_levels.tsv"))
    return re.compile(f"({levels})(?:或|和|及|、)({levels})(?=[{HAN_CLASS}])")


SERIES_MARK = "\u2063"  # stands for the 、 inside a series of levels (unit_series.tsv) while a list is split


def _without_series(text: str) -> str:
    for series in word_list("unit_series.tsv"):
        text = text.replace(series, series.replace("、", SERIES_MARK))
    return text


def _with_series(unit: str) -> str:
    return unit.replace(SERIES_MARK, "、")


@cache
def _etc_conjunction() -> re.Pattern[str]:
    """水利部等和各相关市政府: 等 closes a list of named units and a conjunction adds one more."""
    return re.compile(f"(?<={unit_endings().pattern})等(?:以及|和|及|与)")


def _without_etc(unit: str, *, alone: bool) -> str:
    """区水利局等部门 → 区水利局: a trailing 等部门 after a named unit is dropped; after one domain that
    names no unit (文化旅游等审批部门, ``alone``: no list before it) the name stands as written."""
    named = TRAILING_ETC.sub("", unit)
    return unit if alone and named != unit and not is_unit(named.strip()) and is_unit(unit) else named


def _without_step(unit: str) -> str:
    """审定后东区人才服务中心 → 东区人才服务中心: a step done before (a verb and 后) opens the clause,
    no part of the name that follows it."""
    match = STEP_BEFORE.match(unit)
    if match is None or not is_unit(unit[match.end():]):
        return unit
    after = tag_at(unit, match.end() - 1)  # 后 a word of its own (not 后勤服务中心)
    step = tags(match.group(1))[-1][1] in VERB_TAGS and after is not None and after[0] == "后"
    return unit[match.end():] if step else unit


def _without_pronoun(unit: str) -> str:
    """其合作机构 (社区食堂运营方及其合作机构), 我市…机构: the pronoun is no part of the name; 其余各镇 (the
    other towns, after some were named) are of the class 各镇."""
    if unit.startswith(REST_OF_CLASS) and len(unit) > len(REST_OF_CLASS):
        return unit[len(REST_OF_CLASS) - 1:]
    if unit.startswith(SPEAKER) and unit[1:2] in LEVEL_CHARACTERS and len(unit) > 3:
        # 我市医疗保险经办机构: the speaker's own level's unit, 市医疗保险经办机构; 我区各街道: 各街道
        return unit[2:] if unit[2:3] == "各" else unit[1:]
    return unit[1:] if unit.startswith("其") and not unit.startswith(("其他", "其它", "其余")) and len(unit) > 3 else unit


def _without_place(unit: str) -> str:
    """申请地镇人民政府 → 镇人民政府: the place word before a unit of some level is no part of its name."""
    place = next((w for w in word_list("place_words.tsv") if unit.startswith(w)), "")
    rest = unit[len(place):]
    return rest if place and rest[:1] in LEVEL_CHARACTERS + "各" and len(rest) > 1 else unit


def split_outside_brackets(text: str) -> list[str]:
    """Split at 、,; but not inside brackets: 所有县(市、区) is one piece."""
    if not ANY_BRACKET.search(text):
        return SEPARATORS.split(text)  # no bracket: every mark splits (most lists of units)
    pieces, depth, current = [], 0, []
    for ch in text:
        depth += ch in "(（〔[" and 1 or 0
        depth -= ch in ")）〕]" and 1 or 0
        if depth <= 0 and SEPARATORS.match(ch):
            pieces.append("".join(current))
            current, depth = [], 0
        else:
            current.append(ch)
    return [*pieces, "".join(current)]


def _unwrap(piece: str) -> str:
    """(行政院资通安全处): a co-organizer written in brackets is still a unit."""
    if len(piece) > 2 and piece[0] in "(（" and piece[-1] in ")）":
        return piece[1:-1]
    return piece


def _split_conjunction(piece: str) -> list[str]:
    """各地区和各部门 is two units; 区发展和改革委员会 is one (its halves are no units). 及 joins
    looser than 和: 省直有关部门和单位及各市 is 省直有关部门和单位 and 各市."""
    looser = [p.strip() for p in LOOSE_CONJUNCTIONS.split(piece) if p.strip()]
    if len(looser) == 2 and OWN_STAFF.fullmatch(looser[1]):
        return _split_conjunction(looser[0])  # 街道办事处及其工作人员: the unit, its staff are people
    if len(looser) == 2 and looser[1][:1] == "其" and looser[1][1:] in word_list("collective_owners.tsv"):
        return [*_split_conjunction(looser[0]), looser[0] + looser[1][1:]]  # 省政府及其有关部门: 省政府有关部门
    if len(looser) > 1 and all(is_unit(TRAILING_ETC.sub("", p)) for p in looser):
        return [unit for part in looser for unit in _split_conjunction(part)]
    parts = [p.strip() for p in CONJUNCTIONS.split(piece) if p.strip()]
    if len(parts) > 1 and all(is_unit(TRAILING_ETC.sub("", p)) and p not in GENERIC for p in parts):
        return parts
    if len(parts) > 1 and all(p in org_suffixes() for p in parts):
        return parts  # 政府和部门: bare endings that share no modifier are each a class (not 有关部门和单位)
    return _split_collectives(piece)


def _split_collectives(piece: str) -> list[str]:
    """各地区各有关部门 is two units, 各地区 and 各有关部门: each 各 opens a class of its own; 各级各类学校
    and 各省各市 are no such pair, 各级 and 各省 being no units on their own."""
    at = piece.find("各", 1)
    if piece.startswith("各") and at > 1 and is_unit(piece[:at]) and not BARE_LEVEL.match(piece[:at]) \
            and is_unit(piece[at:]):
        return [piece[:at], *_split_collectives(piece[at:])]
    return [piece]


@per_document
def is_unit(text: str) -> bool:
    """An organization or a class of organizations (各街道, 相关部门), not a person or a thing."""
    if not text or text in word_list("not_owners.tsv") or text in owner_labels("never") or not HAN.search(text):
        return False
    if text.startswith(DISTRIBUTIVE):
        return False  # 每个街道应当设置…: what each one must have, a standard, not a unit charged
    if text.removeprefix("各") in word_list("applicant_words.tsv"):
        return False  # 申请单位应当提交…: the applicant's duty, no unit the notice charges
    if ADDRESS.search(text):
        return False  # 市政大楼924室, 宜阳北路895号: where a unit sits, not a unit
    if DIGIT.search(text) and find_quantities(text):
        return False  # 49家三级医院, 形成60万吨政府: an amount and what it counts (110指挥中心 is a name)
    if SENTENCE_MARK.search(text) or text[0] in "(（":
        return False  # 着力深化改革,在…上开新局: a sentence that happens to end like a unit
    openers = word_list("owner_openers.tsv")
    if text.startswith(openers) and next(tokens(text)).text in openers:
        return False  # 要建立生态环境部门, 鼓励各级政府: a clause, not a name
    if text in word_list("collective_owners.tsv") or BARE_LEVEL.match(text) or text in _region_names():
        return True
    if _speaker_acts(text):
        return False  # 本府将鼓励大专校院, 本府配合内政部: the speaker and its verb, not a name
    if not suffix_pattern().search(TRAILING_NOTE.sub("", text)) or text.endswith(word_list("person_endings.tsv")):
        return False  # 各级领导干部: people, not a unit
    if _ending_in_another_word(TRAILING_NOTE.sub("", text)):
        return False  # 严肃查处, 本预案所(称): the one-character ending belongs to a verb or a particle
    return not is_fragment(text)  # 并协助镇规建办, 成员由教育部, 认真落实省委: part of a clause, not a name


def _ending_in_another_word(text: str) -> bool:
    """A one-character ending that jieba reads as the end of a verb or a person's name (严肃查处), or
    as the particle 所 (所称, 所需) after a verb, a number, a locative or 本…: 本办法所, 是立足发展所,
    每年所, 规划实施中所; or after a unit's ending (管理机关所必须…, 有关单位所表扬): the name ended there.
    After a name the particle is the unit's ending (镇财政所, 事务管理所): a clause, not a unit's name."""
    suffix = suffix_pattern().search(text)
    if suffix is None or len(suffix.group()) > 1:
        return False
    words = tags(text)
    last, tag = words[-1]
    if last != suffix.group():
        return tag in ENDING_WORD_TAGS
    before = words[-2] if len(words) > 1 else ("", "")
    return tag in ENDING_PARTICLE_TAGS and (text.startswith("本") or before[1] in PARTICLE_HEAD_TAGS
                                            or before[0] in (")", "）") or before[0] in org_suffixes())


def _speaker_acts(text: str) -> bool:
    """A word that is never an owner (本府, 我局) followed by a verb, adverb or preposition."""
    speakers = word_list("not_owners.tsv")
    if not text.startswith(speakers):
        return False
    rest = text[max(len(w) for w in speakers if text.startswith(w)):]
    return bool(rest) and tags(rest)[0][1] in PREDICATE_TAGS | VERB_TAGS | {"p", "c"}


def is_fragment(text: str) -> bool:
    """A clause cut where a unit's name ends: it opens on a conjunction, particle or 其中 (并协助镇规建办),
    holds a preposition (成员由教育部), or opens on two predicate words (统筹推进…, 认真落实省委).
    One-character words (住建厅, 高新园) are abbreviations, not predicates."""
    words = tags(text)
    if not words:
        return False
    (first, flag), rest = words[0], words[1:]
    if flag in FRAGMENT_OPENERS or first in FRAGMENT_WORDS or any(f == "p" for _, f in rest):
        return True
    if first in word_list("place_words.tsv") and rest and rest[0][1] in VERB_TAGS:
        return True  # 居住地选定服务机构: the place, a verb and its object
    if any(word in _clause_words() for word, _ in words):
        return True  # 有关工作应请地方政府, 你省建议有关部门: a duty or a charge in it, a clause
    if _verb_before_a_unit(words):
        return True  # 镇规建办上报区相关部门, 成果报送区规划资源局: a clause with its object
    if verbal_name(words):
        return False  # 联合采购办公室, 就业见习单位: a name of two verbs and its ending
    return len(first) > 1 and flag in PREDICATE_TAGS and bool(rest) and rest[0][1] in PREDICATE_TAGS | {"v"}


def verbal_name(words: tuple[tuple[str, str], ...]) -> bool:
    """联合|采购|办公室, 综合|协调|委员会, 就业|见习|单位: two words and an ending, long (办公室) or of a
    class of units (单位, 机构, 部门) after two verbs of two characters, make a name though jieba
    reads verbs in it."""
    if len(words) != 3 or words[-1][0] not in org_suffixes():
        return False
    return len(words[-1][0]) >= LONG_SUFFIX or words[-1][0] in GENERIC and all(
        len(w) == 2 and t == "v" for w, t in words[:2])


@cache
def _clause_words() -> frozenset[str]:
    """Words no unit's name holds after its first word: duty words (应, 要), charges (请, 建议) and the
    copula (一是…, …是国家所)."""
    return frozenset((*word_list("duty_modals.tsv"), *word_list("charge_openers.tsv"), *word_list("clause_verbs.tsv")))


def _verb_before_a_unit(words: list[tuple[str, str]]) -> bool:
    """A verb of two characters or more inside, followed by a unit of some level (区…, 各…, 本地区, 国家…)."""
    offset = len(words[0][0])
    for k, (word, flag) in enumerate(words[1:-1], start=1):
        offset += len(word)
        remainder = "".join(w for w, _ in words[k + 1:])
        if flag == "v" and len(word) > 1 and remainder[:1] in LEVEL_CHARACTERS + "各本国" and len(remainder) > 2 \
                and suffix_pattern().search(remainder):
            return True
    return False


def names_units(heading: str) -> bool:
    """A heading that is a unit's name (职责分工: (一)区建管委), not a label over units (二、组织机构)."""
    if len(heading) <= MAX_TEAM_HEADING and heading.endswith(_team_suffixes()) and HAN_ONLY.fullmatch(heading):
        return True  # 专家组, 集中采购小组: a team's name, though it opens on what the team does
    if not is_unit(heading) or heading in owner_labels("heading"):
        return False
    first, flag = tags(heading)[0]
    return not (len(first) > 1 and flag in VERB_TAGS)  # 发挥…作用支持小微企业: an action, not a name


@cache
def _region_names() -> frozenset[str]:
    """Provinces and cities by their full names (北京市, 河北省): a region charged with a duty is its government."""
    return frozenset(r["name"] for r in read_table("regions.tsv"))


@cache
def _team_suffixes() -> tuple[str, ...]:
    return tuple(r["suffix"] for r in read_table("org_suffixes.tsv") if r["kind"] == "team")


@cache
def owner_labels(kind: str) -> frozenset[str]:
    """Label words (extract/data/owner_labels.tsv and every owner label): ``never`` units; ``heading``: no
    unit as a heading."""
    rows = read_table("owner_labels.tsv")
    headings = {r["word"] for r in rows if r["kind"] == "heading"}
    labels = {word for word in owner_tag_roles() if word not in headings}
    return frozenset(labels | {r["word"] for r in rows if kind == "heading" or r["kind"] == kind})


@cache
def unit_endings() -> re.Pattern[str]:
    """The last characters of every organization suffix, collective owner and administrative level."""
    words = [*org_suffixes(), *word_list("collective_owners.tsv"), *LEVEL_CHARACTERS]
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in words}))) + "]")


@cache
def suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"({alternation(org_suffixes())})$")


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
