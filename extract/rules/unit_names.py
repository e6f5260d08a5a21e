"""Unit names: whether a piece of text names an organization or a class of organizations (各街道,
相关部门), not a person, a thing or part of a clause, and the endings unit names are read by."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..chars import HAN, HAN_CLASS
from ..lexicon import alternation, column_words, org_suffixes, read_table, word_list, words_where
from ..segment import per_document, tags as segment_tags, word_bounds
from .owner_labels import owner_labels
from .quantities import find_quantities

GENERIC = frozenset({"单位", "部门", "机构"})
TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
# 各市、县(区)政府, 有关设区市、县〔区〕人民政府, 市、县两级环境保护部门: one class of units
BARE_LEVEL = re.compile(r"^(?:(?:各(?:有关|相关)?|所有|有关)(?:设区的?)?[省市县区乡镇村]|(?:设区的?)?[省市县])(?:[(（〔][^()（）〔〕]*[)）〕])?$")
LEVEL_CHARACTERS = "省市县区乡镇村"
# 各区县, 各县市区: levels run together after 各, every unit of each level (a class of units, no series to split)
LEVEL_COMPOUND = re.compile(f"^各[{LEVEL_CHARACTERS}]{{2,3}}$")
ADDRESS = re.compile(r"\d+ ?[号室楼层栋幢]")
DIGIT = re.compile(r"\d")
# the cells of a flattened table row run into the owner's: 床位总量(张)25783000区民政局, 达标率(%)-60区民政局,
# 中原组团南隅1052 岚城片区管理局: a figure of three digits or more, or one after a bracket or a dash, then a name
FIGURE_THEN_NAME = re.compile(r"^(?P<head>.*?(?:[^\d第\-−](?=\d{3})|[)）\-−%％](?=\d)))[\d.%％ \-−]+(?P<name>\D+)$")
SENTENCE_MARK = re.compile(r"[,，。;；:：!?！？]")
TITLE_MARK = re.compile("[《》〈〉]")  # a cited document's title: 《广州市人民政府办公厅关于…的通知》
DISTRIBUTIVE = ("每个", "每一个", "每一")  # 每个社区应当设置…: each of a class, as a standard
MAX_TEAM_HEADING = 8  # a heading this short ending on 专家组, 小组 names the team
MAX_OFFICE_HEADING = 5  # 服务办, 建管中心: a heading this short of one word and an office's ending names the office
HAN_ONLY = re.compile(f"[{HAN_CLASS}]+")
LONG_SUFFIX = 3  # 办公室, 委员会, 指挥部: an ending long enough to make two verbs before it a name
MERGED_NAME = 3  # 爱卫办, 能源办: a word this long that jieba made of a short name and its ending is that name
FRAGMENT_OPENERS = frozenset({"c", "p", "u", "z"})  # jieba tags: conjunction, preposition, particle, state word
FRAGMENT_WORDS = frozenset({"其中", "当"})  # 当 of 当…时 (not 当地) opens a clause of time
ENDING_PARTICLE_TAGS = frozenset({"c", "u", "uj", "ul", "p", "d"})  # 所 of 所称 read as a word of its own
PARTICLE_HEAD_TAGS = frozenset({"v", "vn", "vd", "m", "q", "t", "f"})  # a verb, a number, a time, a locative (实施中所) before the particle 所
ENDING_WORD_TAGS = frozenset({"nr", "v", "vd", "ad", "d"})  # 查处 as a verb, or 严肃查处 as a name of a person
VERB_TAGS = frozenset({"v", "vd", "vn"})
FIELD_TAGS = frozenset({"n", "vn", "nz"})  # 宣传, 财务: the field of work an office is named after
PREDICATE_TAGS = frozenset({"v", "vd", "a", "ad", "d"})
PARTY_JOIN = re.compile("[和及或与、]")  # 公民和法人: a conjunction before a party's role word lists parties
BODY_KINDS = "局委办部厅院署"  # 我局, 本委; 局党委: a body named by its kind alone is the writer's own
SELF = "我"  # 我部, 我镇: the writer naming itself (not_owners.tsv)
DOMAIN_TAGS = frozenset({"n", "nz", "ns", "vn", "an", "a", "l", "j"})  # 交通, 旅游, 卫生健康: what a unit deals with
BODY_KINDS_JOINED = frozenset({"department", "government", "institution", "team"})  # a body's own name, no class of units
JOINED_PART_STOPS = frozenset({"p", "c", "u", "uj", "ul", "d", "r", "m"})  # 修缮工程的主管部门: a clause, not a name's part


def tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags (segmentation remembers each block for the document being read)."""
    return tuple(segment_tags(text))


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


def holds_an_object_verb(unit: str) -> bool:
    """区建管委委托专业机构, 严格监督施工单位: a verb with a unit as its object (市场监督管理局 is one word)."""
    verbs = _object_verbs()
    return any(verb in unit for verb in verbs) and any(word.endswith(verb) for word, _ in tags(unit) for verb in verbs)


@cache
def _object_verbs() -> tuple[str, ...]:
    """object_verbs.tsv but the words read as a recipient's only at the head of a list item (向, 征求)."""
    return tuple(row["word"] for row in read_table("object_verbs.tsv") if row["receives"] != "only")


def _figure_then_name(text: str) -> bool:
    """``text`` is a row's cells, a figure and a unit's name after it (床位总量(张)25783000区民政局)."""
    match = FIGURE_THEN_NAME.match(text)
    return bool(match) and bool(HAN.search(match.group("head"))) and is_unit(match.group("name").strip())


@per_document
def is_unit(text: str) -> bool:
    """An organization or a class of organizations (各街道, 相关部门), not a person or a thing."""
    if not text or text in word_list("not_owners.tsv") or text in owner_labels("never") or not HAN.search(text):
        return False
    listed = text in word_list("collective_owners.tsv") or BARE_LEVEL.match(text) or LEVEL_COMPOUND.match(text) \
        or text in _region_names()
    bare = TRAILING_NOTE.sub("", text)
    if not listed and not suffix_pattern().search(bare):
        return False  # no unit's ending, no class of units (most texts asked, 全面推进…工作): asked first, it is cheap
    if _speakers_organ(text):
        return False  # 我局党委, 局党委: the issuing body's own Party committee, the body itself
    if _speaker_after_words(text):
        return False  # 近期我委将会同商务部, 具体办法我部: a time or a topic, then the issuing body naming itself
    if text.startswith(DISTRIBUTIVE):
        return False  # 每个街道应当设置…: what each one must have, a standard, not a unit charged
    if text.removeprefix("各") in word_list("applicant_words.tsv"):
        return False  # 申请单位应当提交…: the applicant's duty, no unit the notice charges
    if ADDRESS.search(text):
        return False  # 市政大楼924室, 宜阳北路895号: where a unit sits, not a unit
    if DIGIT.search(text) and find_quantities(text):
        return False  # 49家三级医院, 形成60万吨政府: an amount and what it counts (110指挥中心 is a name)
    if DIGIT.search(text) and _figure_then_name(text):
        return False  # 床位总量(张)25783000区民政局: a table row's cells and its owner's name, run together
    if text.startswith(column_words("index")):
        return False  # 序号项目名称责任单位: a flattened table's header row, its last column's name
    if SENTENCE_MARK.search(text) or text[0] in "(（":
        return False  # 着力深化改革,在…上开新局: a sentence that happens to end like a unit
    if TITLE_MARK.search(text):
        return False  # 《市政府办公厅(关于…的通知》同时废止): the issuer inside a cited title, no unit charged
    if opens_on_an_opener(text) and text not in org_suffixes():
        return False  # 要建立生态环境部门, 鼓励各级政府: a clause, not a name (设置者 is listed whole)
    if listed:
        return True
    if _speaker_acts(text):
        return False  # 本府将鼓励大专校院, 本府配合内政部: the speaker and its verb, not a name
    if text.endswith(word_list("person_endings.tsv")):
        return False  # 各级领导干部: people, not a unit
    if _ending_in_another_word(bare):
        return False  # 严肃查处, 本预案所(称): the one-character ending belongs to a verb or a particle
    if text.endswith(suffixes_of("party")) and PARTY_JOIN.search(text):
        return False  # 公民和法人: parties listed (and people among them), not one name (区发展和改革委员会 is)
    return not is_fragment(text)  # 并协助镇规建办, 成员由教育部, 认真落实省委: part of a clause, not a name


def opens_on_an_opener(text: str) -> bool:
    """要建立…, 鼓励各级政府, 充分发挥区机构: the text opens on words of owner_openers.tsv, which no unit's name
    opens on, ending where a word ends (经 of 经济发展局 is no opener)."""
    openers = word_list("owner_openers.tsv")
    if not text.startswith(openers):
        return False
    bounds = word_bounds(text)
    return any(len(opener) in bounds for opener in openers if text.startswith(opener))


def _ending_in_another_word(text: str) -> bool:
    """A one-character ending that jieba reads as the end of a verb or a person's name of two characters
    (严肃查处; a longer word ending so is a short name jieba did not know, 市爱卫办, 县能源办), or
    as the particle 所 (所称, 所需) after a verb, a number, a locative or 本…: 本办法所, 是立足发展所,
    每年所, 规划实施中所; or after a unit's ending (管理机关所必须…, 有关单位所表扬): the name ended there.
    After a name the particle is the unit's ending (镇财政所, 事务管理所): a clause, not a unit's name."""
    suffix = suffix_pattern().search(text)
    if suffix is None or len(suffix.group()) > 1:
        return False
    words = tags(text)
    last, tag = words[-1]
    if last != suffix.group():
        return tag in ENDING_WORD_TAGS and len(last) < MERGED_NAME and not _office_read_as_a_name(last, tag)
    before = words[-2] if len(words) > 1 else ("", "")
    return tag in ENDING_PARTICLE_TAGS and (text.startswith("本") or before[1] in PARTICLE_HEAD_TAGS
                                            or before[0] in (")", "）") or before[0] in org_suffixes())


def _office_read_as_a_name(word: str, tag: str) -> bool:
    """An office that jieba reads as a person's name (宣传处, 宣传科: nr): what stands before its ending is one
    word of a field of work (宣传), so the word is the office's name; 严肃查处 (严肃|查) is no field."""
    field = tags(word[:-1])
    return tag == "nr" and len(field) == 1 and field[0][1] in FIELD_TAGS


def _speakers_organ(text: str) -> bool:
    """An organ of a body (own_organs.tsv: 党委, 党组) after a self-reference of the issuing body (我局, 本委)
    or after a body's kind alone (局党委): the issuing body speaking of itself, not a unit it charges."""
    organ = next((o for o in word_list("own_organs.tsv") if text.endswith(o)), "")
    body = text[:len(text) - len(organ)]
    if not organ or not body or body[-1] not in BODY_KINDS:
        return False
    return len(body) == 1 or body in word_list("not_owners.tsv")


def _speaker_after_words(text: str) -> bool:
    """The writer's word for itself (我委, 我部, 我市: not_owners.tsv) after other words (近期我委将会同商务部,
    具体办法我部另行制定): a time or a topic, then the issuing body and what it does, never a unit it charges."""
    return _self_words().search(text, 1) is not None


@cache
def _self_words() -> re.Pattern[str]:
    """The writer's words for itself (我委, 我部, 我镇: the 我 rows of not_owners.tsv), compiled once: is_unit asks
    every candidate name."""
    return re.compile(alternation(tuple(word for word in word_list("not_owners.tsv") if word.startswith(SELF))))


def _speaker_acts(text: str) -> bool:
    """A word that is never an owner (本府, 我局) followed by a verb, adverb or preposition; not a scope word
    followed by a department's whole name that opens on a verb (各级|发展改革部门): it scopes that name."""
    speakers = word_list("not_owners.tsv")
    if not text.startswith(speakers):
        return False
    word = max((w for w in speakers if text.startswith(w)), key=len)
    rest = text[len(word):]
    if not rest or tags(rest)[0][1] not in PREDICATE_TAGS | VERB_TAGS | {"p", "c"}:
        return False
    if word not in words_where("name_scopes.tsv", "role", "scope"):
        return True
    ends = (*suffixes_of("department"), *words_where("name_scopes.tsv", "role", "class"))
    return not (rest.endswith(ends) and is_unit(rest))


def is_fragment(text: str) -> bool:
    """A clause cut where a unit's name ends: it opens on a conjunction, particle, 其中 or the 当 of 当…时
    (并协助镇规建办, 当涉事单位不明时),
    holds a preposition (成员由教育部), or opens on two predicate words (统筹推进…, 认真落实省委).
    One-character words (住建厅, 高新园) are abbreviations, not predicates."""
    words = tags(text)
    if not words:
        return False
    (first, flag), rest = words[0], words[1:]
    if flag in FRAGMENT_OPENERS or first in FRAGMENT_WORDS or any(
            f == "p" and not joins_one_name(words, k) for k, (_, f) in enumerate(rest, start=1)):
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


def joins_one_name(words: tuple[tuple[str, str], ...], k: int) -> bool:
    """区交通|与|建设局, 区旅游|与|文化体育局: the conjunction at ``k`` (name_joins.tsv) joins a domain word
    (no unit itself) to the rest of one unit's name: domain words and one unit's ending. Between two
    units it joins two names (区交通局与区建设局, 镇规建办与镇城运中心), and before a unit of its own
    (与各相关部门, 与区财政局) or a clause (与修缮工程的主管部门) it is none of a name, and after a level
    (中央和地方财政) it joins the units of two levels."""
    if not 0 < k < len(words) - 1 or words[k][0] not in word_list("name_joins.tsv") \
            or any(tag not in DOMAIN_TAGS and word not in LEVEL_CHARACTERS for word, tag in words[:k]) \
            or any(tag in JOINED_PART_STOPS for _, tag in words[k + 1:]):
        return False  # 参保病人与…: a verb before the conjunction, people or things joined, no name's part
    right, following = "".join(word for word, _ in words[k + 1:]), words[k + 1][0]
    ending = suffix_pattern().search(right)
    if ending is None or right.startswith(word_list("unit_openers.tsv")) or suffix_pattern().search(
            right[:ending.start()]) or _suffix_kinds()[ending.group()] not in BODY_KINDS_JOINED:
        return False  # 建设局, 文化体育局: domains and one body's ending (财政|局 ends twice; …与物业服务企业: a class)
    if following[0] in LEVEL_CHARACTERS and (len(following) == 1 or suffix_pattern().search(following)):
        return False  # 与区|建设局, 与区建设局: a unit of its own level (市容|管理局 goes on one name)
    if not ending.start() and len(ending.group()) < LONG_SUFFIX:
        return False  # …与局: an ending alone after the conjunction (建设和|管理委员会 is one name)
    left = "".join(word for word, _ in words[:k])
    return left not in word_list("government_levels.tsv") and not is_unit(left)  # 中央和地方财政: two levels' units


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


def _verb_before_a_unit(words: Sequence[tuple[str, str]]) -> bool:
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
    if len(heading) <= MAX_TEAM_HEADING and heading.endswith(suffixes_of("team")) and HAN_ONLY.fullmatch(heading):
        return True  # 专家组, 集中采购小组: a team's name, though it opens on what the team does
    if _office_heading(heading):
        return True  # 1.服务办。负责…: an office's short name, though its word is a verb (服务, 管理)
    if not is_unit(heading) or heading in owner_labels("heading"):
        return False
    first, flag = tags(heading)[0]
    return not (len(first) > 1 and flag in VERB_TAGS)  # 发挥…作用支持小微企业: an action, not a name


def _office_heading(heading: str) -> bool:
    """服务办, 管理办, 建管中心: a short heading of one word and an office's ending (office_endings.tsv)."""
    if len(heading) > MAX_OFFICE_HEADING or not HAN_ONLY.fullmatch(heading) or not is_unit(heading):
        return False
    ending = next((e for e in word_list("office_endings.tsv") if heading.endswith(e)), "")
    return bool(ending) and len(heading) > len(ending) and len(tags(heading[:-len(ending)])) == 1


@cache
def _region_names() -> frozenset[str]:
    """Provinces and cities by their full names (北京市, 河北省): a region charged with a duty is its government."""
    return frozenset(r["name"] for r in read_table("regions.tsv"))


@cache
def _suffix_kinds() -> dict[str, str]:
    return {r["suffix"]: r["kind"] for r in read_table("org_suffixes.tsv")}


@cache
def suffixes_of(*kinds: str) -> tuple[str, ...]:
    """The endings of org_suffixes.tsv of these kinds (team: 专家组; party, roles outside government: 法人, 出租方)."""
    return tuple(suffix for suffix, kind in _suffix_kinds().items() if kind in kinds)


@cache
def unit_endings() -> re.Pattern[str]:
    """The last characters of every organization suffix, collective owner and administrative level."""
    words = [*org_suffixes(), *word_list("collective_owners.tsv"), *LEVEL_CHARACTERS]
    return re.compile("[" + re.escape("".join(sorted({w[-1] for w in words}))) + "]")


@cache
def suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"({alternation(org_suffixes())})$")
