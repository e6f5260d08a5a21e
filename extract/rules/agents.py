"""Agents after 由: the units 由 names before a verb (由区财政统筹…, 由市政府自行筹集), and the 由 whose verb
modifies a noun (由财政负担的…) and so charges no one."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, word_list
from .modified_names import modified_name
from .owners import NO_OWNERS, Owners
from .name_ends import OFFICIAL_WORDS, continues, inside_brackets, past_note
from .unit_lists import split_units
from .unit_names import (ENDING_PARTICLE_TAGS, SENTENCE_MARK, VERB_TAGS, ends_a_name, holds_an_object_verb, is_unit, tags,
                         unit_endings)

AGENT_MARK = re.compile("由(?![于此])")
STEP_MARK = "后"  # 由…核定后公布: the word before it is a step the agent takes
STEP_LENGTH = 2
AGENT_WINDOW = 30  # how far after 由 its agent's name may reach
NAME_WORD_TAGS = frozenset({"n", "nt", "nz", "ns", "x", "j", "vn", "b"})  # jieba tags of the words of an agent's name (b: 三级)
MODIFIER_HEADS = ("的", "部分")  # 由财政负担的…, 由财政负担部分: 由 and its verb modify a noun
OFFICIALS = ("同志", "人")  # 负责同志, 负责人: the officials of the units named before
AGENT_ADVERB_TAGS = frozenset({"d", "ad", "r"})  # 由市政府自行筹集, 由各区统一组织: between the agent and its verb
BOOK_TITLE = ("《", "》")  # 由…打印《…表》: a title inside is no name
ETC = "等"  # 由…机构等妥善安置: closes the list of agents before their verb


def agent_owners(sentence: str) -> Owners:
    """The units …由区财政统筹… names anywhere in ``sentence``: 由, the agent and a verb of agent_verbs.tsv."""
    found = NO_OWNERS
    for match in _agent().finditer(sentence):
        if ends_a_name(sentence, match.end(1)) or modifies_a_noun(sentence[match.start(1):]):
            continue  # 由区级残联组织会同…: the verb 组织 ends the agent's name; 由街镇组织实施的…: a modifier
        units = split_units(match.group(1))
        if units and all(is_unit(u) for u in units):
            found = found.merged(Owners(tuple(units)))
    return found


def agents_before_any_verb(sentence: str) -> Owners:
    """The units after 由 before the verb of its clause, whatever the verb (由区教育部门办成公办园,
    由市指挥部报市政府批准, 由登记机关责令改正), an adverb (由市政府自行筹集) or a preposition of the
    object (由联合办公室对成员进行培训) after them: the agent of 由 is an actor of its clause. Not 由于, 由此."""
    found = NO_OWNERS
    for match in AGENT_MARK.finditer(sentence):
        head = SENTENCE_MARK.split(sentence[match.end():match.end() + AGENT_WINDOW], maxsplit=1)[0]
        found = found.merged(_agent_of(head))
    return found


def _agent_of(head: str) -> Owners:
    """Only names stand between 由 and its verb, so the agent ends at the first end of a word on a unit's
    ending (unit_endings: 局, 办, 所, 区 …) that an actor's word follows and that closes names, however jieba
    cuts them (镇|规|建|办、安|监所, 登记|管理|机关, 联合|采购|办公室: verbs inside a name) or reads the verb
    after them (报, 责令 as nouns)."""
    words = tags(head)
    starts = _word_starts(words)
    for end in _name_ends(head, words):
        verb = _verb_after(starts, end)
        if verb is None or continues(head[end:]) or inside_brackets(head, end) or not _acts(head, *verb):
            continue  # 市财政|部门, 镇规建办|、安监所: the name or the list goes on; 省政府|督查室: a noun goes on
        at, word, _ = verb
        if head.startswith(OFFICIAL_WORDS, end) or head.startswith(OFFICIALS + MODIFIER_HEADS, at + len(word)):
            return NO_OWNERS  # 由…等部门负责同志组成: their officials, people not units; 由区财政负担的…: a modifier
        units = split_units(head[:end])
        if units and all(_agent_unit(u) and not _clause_inside(u) or modified_name(u) for u in units):
            return Owners(tuple(units))  # 由启动响应的人民政府终止…: a name its modifier opens, as written
    return NO_OWNERS


def _verb_after(starts: dict[int, tuple[str, str]], end: int) -> tuple[int, str, str] | None:
    """Where the word after a name ending at ``end`` starts, the word and its tag; past a 等 closing the list of
    agents (由未成年人救助保护机构等|妥善安置). None where no word starts there."""
    following = starts.get(end)
    if following is not None and following[0] == ETC:
        end += len(ETC)
        following = starts.get(end)
    return None if following is None else (end, *following)


def _name_ends(head: str, words: tuple[tuple[str, str], ...]) -> Iterator[int]:
    """Where a unit's name may end: after a word ending on a unit's ending (with its bracketed note:
    镇人民政府(街道办事处)), not after an ending jieba reads as a particle of its own (办理|所|需) nor
    inside a long ending jieba splits (区级残联|组织)."""
    offset = 0
    for word, tag in words:
        offset += len(word)
        if unit_endings().match(word[-1]) and not (len(word) == 1 and tag in ENDING_PARTICLE_TAGS) \
                and not ends_a_name(head, offset):
            yield past_note(head, offset)


def _word_starts(words: tuple[tuple[str, str], ...]) -> dict[int, tuple[str, str]]:
    """Each word and its tag by the offset it starts at."""
    starts, offset = {}, 0
    for word, tag in words:
        starts[offset] = (word, tag)
        offset += len(word)
    return starts


def _clause_inside(unit: str) -> bool:
    """A verb of two characters or more after a noun and before the word ahead of the ending, or a book title:
    幼儿园|现场|打印|《…》…部门, a clause that runs past where the agent's name ended. Not a name that opens
    on verbs (登记|管理|机关, 联合|采购|办公室) nor a verb before the ending (城管|执法|部门)."""
    words = tags(unit)
    nouns = False
    for word, tag in words[:-2]:
        if tag in VERB_TAGS - {"vn"} and len(word) > 1 and nouns or word in BOOK_TITLE:
            return True
        nouns = nouns or tag not in VERB_TAGS
    return any(word in BOOK_TITLE for word, _ in words[-2:])


def _acts(head: str, end: int, word: str, tag: str) -> bool:
    """The word after an agent's name at ``end`` is its verb (or an adverb: 由市政府自行筹集), a preposition
    of agent_prepositions.tsv (由…按照…, 由…对…), a verb of agent_verbs.tsv or agent_nominal_verbs.tsv that
    jieba may read as a noun (由…汇总, 由…报…批准, 由…责令改正), or a step before 后 (由…核定后公布)."""
    return (tag in VERB_TAGS - {"vn"} or tag in AGENT_ADVERB_TAGS
            or tag == "p" and word in word_list("agent_prepositions.tsv")
            or head.startswith((*word_list("agent_verbs.tsv"), *word_list("agent_nominal_verbs.tsv")), end)
            or _step_verb(head, end, word))


def _step_verb(head: str, offset: int, word: str) -> bool:
    """由国家环境保护局核定后公布: a word of two characters right before 后 is a step done (a verb, though
    jieba reads 核定 as a noun)."""
    return offset > 0 and len(word) == STEP_LENGTH and head.startswith(STEP_MARK, offset + len(word))


def modifies_a_noun(after: str) -> bool:
    """The verbs after 由 and its agent modify a noun (区财政负担|的…, 区财政负担|部分, 街镇组织实施|的…):
    由 and its agent belong to a noun phrase, and charge no one."""
    head = SENTENCE_MARK.split(after[:AGENT_WINDOW], maxsplit=1)[0]
    offset, verbs, named = 0, False, False
    for word, flag in tags(head):
        offset += len(word)
        if named and flag in NAME_WORD_TAGS and word in _agent_verb_words():
            flag = "v"  # 由…有关部门委托(n)…认可的机构: a verb of the agent that jieba reads as a noun, no word of its name
        if verbs and flag == "c":
            continue  # 诊断或治疗的: verbs joined by a conjunction, read on
        if verbs and flag not in VERB_TAGS:
            break
        if flag in VERB_TAGS - {"vn"} or verbs and flag in VERB_TAGS:
            if not named:
                return False  # 由启动响应的人民政府…: the verbs open a modifier of the agent's name, no agent before them
            verbs = True  # 组织|实施|的: the verbs after the agent, read to their end
        elif flag not in NAME_WORD_TAGS:
            return False  # 按照, 在: the first word past the agent's name is no verb
        else:
            named = named or flag != "vn"  # 启动(vn)|响应|的: a verb jieba reads as a noun names nothing yet
        if verbs and head.startswith(MODIFIER_HEADS, offset):
            return True
    return False


@cache
def _agent_verb_words() -> frozenset[str]:
    """The verbs after an agent that jieba may read as nouns (agent_verbs.tsv, agent_nominal_verbs.tsv)."""
    return frozenset((*word_list("agent_verbs.tsv"), *word_list("agent_nominal_verbs.tsv")))


def _agent_unit(unit: str) -> bool:
    """A unit named after 由 and before any verb: a name (not 镇 of 镇采购办, not 承担任务的…政府)."""
    return len(unit) > 1 and "的" not in unit and is_unit(unit) and not holds_an_object_verb(unit)


@cache
def _agent() -> re.Pattern[str]:
    """由X负责…: X and the verb; not 由X负责同志组成, 由X负责人担任 (its officials, people not units), nor
    由财政负担的人员, 由财政负担部分 (a modifier of a noun: the clause charges no one)."""
    return re.compile(f"由([{HAN_CLASS}、]{{2,30}}?)(?:{alternation(word_list('agent_verbs.tsv'))})"
                      f"(?!{'|'.join(OFFICIALS + MODIFIER_HEADS)})")
