"""Lists of units split as written: 区城管局、区住建局、属地街道(市对区考核) → three, a trailing 等部门
dropped, 各地区和各部门 two units and 区发展和改革委员会 one."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, org_suffixes, word_list
from ..segment import per_document, tag_at
from .unit_names import (BARE_LEVEL, BODY_KINDS, GENERIC, LEVEL_CHARACTERS, TRAILING_NOTE, VERB_TAGS, is_unit, tags,
                         unit_endings)

SEPARATORS = re.compile(r"[、,，;；/]")
ANY_BRACKET = re.compile(r"[(（〔\[)）〕\]]")  # what split_outside_brackets counts its depth by
CONJUNCTIONS = re.compile(r"以及|及|和|与|或者|或|会同")
LOOSE_CONJUNCTIONS = re.compile(r"以及|及")
OWN_STAFF = re.compile("其(?:工作人员|负责人|主要负责人|负责同志)")  # …及其工作人员: the units' own people
# 有关单位和个人, 医疗机构和医务人员, 各级政府及工作人员: the units, people own nothing
PEOPLE_TAIL = re.compile(f"(?<=[部门单位机构组织局委办院校府])(?:和|及|以及|或者?)(?:个人|[{HAN_CLASS}]{{0,4}}人员)$")
TRAILING_ETC = re.compile(f"(等[{HAN_CLASS}]{{0,10}}(?:部门|单位|机构)|等)$")
BARE_ETC = re.compile("等(?:有关|相关|其他)?(?:部门|单位|机构)$")  # 卫生健康等部门: no word describes the class
NEXT_LEVEL = re.compile(r"^[省市县区乡镇村](?:[(（〔][^()（）〔〕]*[)）〕])?$")  # 市 of 各省、市: one more level of a series
SEVERAL_LEVELS = re.compile("[两三各]级")  # 市、县两级环境保护部门: one class of units
OUTLINE_NUMBER = re.compile(r"^\d+(?:[.．]\d+)+\s*")  # 2.1.3 省级人民政府…: a clause number, no part of the name
ENUMERATION = re.compile("^[一二三四五六七八九十]+是")  # 四是区财政局、…等部门制定…: the point's number, no part of the name
MAX_UNIT = 30
COUNTS = "两三四五六七八九十"  # a count of 2 to 10 units closing a list (两部门, 三方)
COUNT_DESCRIPTION = 4  # 副主任 of 三家副主任单位: what the counted units are
STEP_BEFORE = re.compile(f"([{HAN_CLASS}]{{2,4}})后")  # 审核后…: a step before the subject
SPEAKER = "我"  # 我市, 我区: the issuing level speaking of itself
REST_OF_CLASS = "其余各"  # 其余各镇负责…: the towns not named before, of the class 各镇
SERIES_MARK = "\u2063"  # stands for the 、 inside a series of levels (unit_series.tsv) while a list is split


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
        elif units and len(piece) == 1 and piece in BODY_KINDS and units[-1][-1:] in BODY_KINDS:
            units[-1] = f"{units[-1]}、{piece}"  # 各有关委、办、局: bodies named by their kinds alone, one class
            continue
        units.append(piece)
    cleaned = [_without_place(_without_pronoun(_without_step(without_clause_opening(
        TRAILING_NOTE.sub("", _without_etc(u, alone=len(units) == 1)).strip())))) for u in _without_count(units)]
    return tuple(u for u in cleaned if u and len(u) <= MAX_UNIT and u not in word_list("not_owners.tsv"))


def _without_count(units: list[str]) -> list[str]:
    """区教育局、区财政局两部门 → 区教育局, 区财政局: a count of the units listed and the noun after it
    (list_counts.tsv: 三方, 三家副主任单位) close the list, no part of the last unit's name."""
    match = list_count().search(units[-1]) if len(units) > 1 else None
    if match is None or COUNTS.index(match.group("count")) + 2 != len(units) or not is_unit(units[-1][:match.start()]):
        return units
    return [*units[:-1], units[-1][:match.start()]]


@cache
def list_count() -> re.Pattern[str]:
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


def domain_owner(unit: str) -> str:
    """卫生健康等部门 → 卫生健康, 安全监管等有关部门 → 安全监管: a lone domain that a bare 等部门 closes is
    the owner, as each domain of a list (公安、审计等部门 → 公安, 审计) is; a class that words between 等 and
    its head describe (人力资源社会保障等审核部门) stands as written. Read once the owners are settled: the
    name as written is what the subject and agent tests know as a unit."""
    match = BARE_ETC.search(unit)
    return unit[:match.start()] if match and match.start() > 1 else unit


def without_clause_opening(unit: str) -> str:
    """四是区财政局 → 区财政局, 联合区检察院 → 区检察院: what opens the clause before the first unit of a list
    (the number of an enumerated point, a word of working with others) is no part of its name."""
    unit = without_enumeration(unit)
    return unit[len(partner_word(unit)):]


def partner_word(unit: str) -> str:
    """联合区检察院, 牵头各处室: a word of working with others (actor_openers.tsv but 由) before a unit of some
    level opens the clause (its units are partners), no part of the name; "" where none does (联合采购办公室
    names an office: no level after the word)."""
    word = next((w for w in word_list("actor_openers.tsv") if w != "由" and unit.startswith(w)), "")
    rest = unit[len(word):]
    return word if word and rest[:1] in LEVEL_CHARACTERS + "各" and len(rest) > 1 and is_unit(rest) else ""


def without_enumeration(unit: str) -> str:
    """四是区财政局 → 区财政局: the number of an enumerated point (一是…, 四是…) opens the clause whose subject
    the unit is, no part of its name."""
    match = ENUMERATION.match(unit)
    return unit[match.end():] if match and is_unit(unit[match.end():]) else unit


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
    joined = _split_joining_verb(piece)
    if joined:
        return joined
    parts = [p.strip() for p in CONJUNCTIONS.split(piece) if p.strip()]
    if len(parts) > 1 and all(is_unit(TRAILING_ETC.sub("", p)) and p not in GENERIC for p in parts):
        return parts
    if len(parts) > 1 and all(p in org_suffixes() for p in parts):
        return parts  # 政府和部门: bare endings that share no modifier are each a class (not 有关部门和单位)
    return _split_collectives(piece)


def _split_joining_verb(piece: str) -> list[str]:
    """区发改委会同区财政局, 国土资源部商省政府: two units joined by a verb of joining_verbs.tsv that is a word of
    its own (区招商局 holds none), each side a unit; none when no such verb joins two units."""
    for match in _joining_verbs().finditer(piece):
        left, right = piece[:match.start()].strip(), piece[match.end():].strip()
        word = tag_at(piece, match.start())
        if word is not None and word[0] == match.group() and is_unit(left) and is_unit(TRAILING_ETC.sub("", right)):
            return [*_split_conjunction(left), *_split_conjunction(right)]
    return []


@cache
def _joining_verbs() -> re.Pattern[str]:
    return re.compile(alternation(word_list("joining_verbs.tsv")))


def _split_collectives(piece: str) -> list[str]:
    """各地区各有关部门 is two units, 各地区 and 各有关部门: each 各 opens a class of its own; 各级各类学校
    and 各省各市 are no such pair, 各级 and 各省 being no units on their own."""
    at = piece.find("各", 1)
    if piece.startswith("各") and at > 1 and is_unit(piece[:at]) and not BARE_LEVEL.match(piece[:at]) \
            and is_unit(piece[at:]):
        return [piece[:at], *_split_collectives(piece[at:])]
    return [piece]
