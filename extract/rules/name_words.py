"""Whether the words jieba segments units into make names: a unit that opens on no verb and ends on a
suffix of its own or on one that ends a name jieba does not know (named_unit), a list of such
(named_list), a clause that is nothing but one (only_a_name); a head that opens a clause instead
(opens_a_clause), two names and the verb joining them (two_names)."""
from __future__ import annotations

import re

from ..lexicon import org_suffixes, word_list
from .subjects import subject_unit
from .unit_lists import CONJUNCTIONS, split_units
from .unit_names import (BARE_LEVEL, GENERIC, LEVEL_CHARACTERS, TRAILING_NOTE, ends_a_name, joins_one_name,
                         suffix_pattern, tags, unit_endings, verbal_name)

ABBREVIATED_LEVELS = "省市县区"  # 省局, 区局: the level's bureau
NAME_OPENER_STOPS = frozenset({"v", "vd", "d", "a", "ad", "p", "c", "u", "uj", "ul", "m", "i", "l"})
KNOWN_NAME_LENGTH = 3  # 水利部 (a name), not 干部 (a word)
NAME_TAGS = frozenset({"n", "ns", "nt", "nz", "x", "j"})  # jieba tags of the words of a name
PLACE_ENDING = "所"  # 场所, 看守所: places, though 所 ends names of bodies (镇财政所)
ABBREVIATION_STOPS = frozenset({"p", "c", "u", "uj", "ul", "r"})  # one-character words that abbreviate nothing
SINGLE_VERB_TAGS = frozenset({"n", "v"})  # jieba's tags of 商 (consult) between two names: 北京市|商|国家计委
QUOTES = re.compile("[“”\"‘’]")
UNKNOWN_NAME_TAGS = frozenset({"x", "nt", "j"})  # the domain dictionary's names, organizations jieba knows, abbreviations (党委)


def opens_a_clause(words: tuple[tuple[str, str], ...]) -> bool:
    """The head opens on a verb, adverb, preposition …: no unit's name starts so (建设单位 does)."""
    first, tag = words[0]
    return tag in NAME_OPENER_STOPS or tag == "vn" and not (len(words) > 1 and words[1][0] in org_suffixes())


def named_list(units: list[str]) -> bool:
    """Units that look like names; in a list beside a name, a bare ending names its class (街道和…管理机构)."""
    named = [named_unit(u) for u in units]
    return all(named) or len(units) > 1 and any(named) and all(n or u in org_suffixes() for n, u in zip(named, units))


def named_unit(unit: str) -> bool:
    """A unit as a subject without a duty word must look like a name: it opens on no verb, adverb or
    preposition (推进中小金融机构, 是…), holds no quotation, and a one-character ending is a word of
    its own or ends a name jieba does not know (区规划资源局, not 世界百年变局 or 城镇)."""
    if len(unit) < 2 or unit in GENERIC or QUOTES.search(unit) or unit in org_suffixes():
        return False  # an ending alone (办公室 of 治理工作联合办公室) names no unit
    if BARE_LEVEL.match(unit):
        return unit.startswith("各")  # 各区, 各镇(街道): every unit of a level; 有关省, 设区市: no name
    words = tags(TRAILING_NOTE.sub("", unit))
    first, first_tag = words[0]
    if (first_tag in NAME_OPENER_STOPS or first_tag == "vn" and not (len(words) == 2 and words[1][0] in org_suffixes())) \
            and not verbal_name(words):
        return False  # 发展嵌入式社区, 协同盐渎街道; but 建设单位, 监督管理部门, 就业见习单位
    if any(CONJUNCTIONS.fullmatch(word) and not (k + 1 < len(words) and words[k + 1][1] in UNKNOWN_NAME_TAGS)
           and not joins_one_name(words, k) for k, (word, _) in enumerate(words)):
        return False  # 深化零基预算改革和省以下财政: a clause (工业和信息化部 is one word, 市规划和自然资源局,
        # 区旅游与文化体育局 names)
    if two_names(words):
        return False  # 北京市商国家计委: a region consulting a body, not one name
    last, tag = words[-1]
    if last in word_list("weak_subjects.tsv"):
        return False
    if ends_a_name(unit, len(unit) - 1):
        return True  # 区级残联|组织: a long ending (残联组织) that jieba splits into a noun and a verb
    suffix = suffix_pattern().search(last)
    return last in word_list("collective_owners.tsv") or suffix is not None and (
        len(suffix.group()) > 1 or last == suffix.group() or tag in UNKNOWN_NAME_TAGS
        or _level_abbreviation(last) or _known_name(words))


def only_a_name(clause: str) -> bool:
    units = split_units(clause)
    return len(units) == 1 and units[0] == clause and subject_unit(clause) and named_unit(clause)


def two_names(words: tuple[tuple[str, str], ...]) -> bool:
    """A place jieba knows (ns) and a word of one character that ends no name, then a name of two
    characters or more: two names and the verb joining them (北京市|商|国家计委), not one name."""
    return any(first == "ns" and len(middle) == 1 and tag in SINGLE_VERB_TAGS and unit_endings().match(middle) is None
               and len(last) > 1 for (_, first), (middle, tag), (last, _) in zip(words, words[1:], words[2:]))


def _known_name(words: tuple[tuple[str, str], ...]) -> bool:
    """水利部, 地震局, 国家劳动保障部: a noun jieba knows, of three characters or more and ending on a
    one-character suffix, after nothing but names, names a body (two-character nouns so ending are words:
    干部, 格局; one ending on 所 is a place: 场所, 看守所; a verb before it makes a clause: 办公室设在教育部).
    Words of one character are abbreviations whatever jieba tags them (区|住|建|园林局); before a conjunction
    that joins one name, domain words are its part (区旅游|与|文化|体育局)."""
    last, tag = words[-1]
    joined = next((k + 1 for k in range(1, len(words) - 1) if joins_one_name(words, k)), 0)
    return (tag == "n" and len(last) >= KNOWN_NAME_LENGTH and not last.endswith(PLACE_ENDING)
            and all(t in NAME_TAGS or len(w) == 1 and t not in ABBREVIATION_STOPS for w, t in words[joined:-1]))


def _level_abbreviation(word: str) -> bool:
    """省局, 市局, 区局: a level and a one-character ending name the level's bureau (乡村, 县乡 are no units)."""
    return len(word) == 2 and word[0] in ABBREVIATED_LEVELS and word[1] not in LEVEL_CHARACTERS
