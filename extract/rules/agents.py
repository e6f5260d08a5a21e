"""Agents after 由: the units 由 names before a verb (由区财政统筹…, 由市政府自行筹集), and the 由 whose verb
modifies a noun (由财政负担的…) and so charges no one."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, word_list
from .owners import NO_OWNERS, Owners
from .unit_lists import split_units
from .unit_names import SENTENCE_MARK, VERB_TAGS, ends_a_name, holds_an_object_verb, is_unit, tags, unit_endings

AGENT_MARK = re.compile("由(?![于此])")
STEP_MARK = "后"  # 由…核定后公布: the word before it is a step the agent takes
STEP_LENGTH = 2
AGENT_WINDOW = 30  # how far after 由 its agent's name may reach
NAME_WORD_TAGS = frozenset({"n", "nt", "nz", "ns", "x", "j", "vn", "b"})  # jieba tags of the words of an agent's name (b: 三级)
MODIFIER_HEADS = ("的", "部分")  # 由财政负担的…, 由财政负担部分: 由 and its verb modify a noun
OFFICIALS = ("同志", "人")  # 负责同志, 负责人: the officials of the units named before
AGENT_ADVERB_TAGS = frozenset({"d", "ad", "r"})  # 由市政府自行筹集, 由各区统一组织: between the agent and its verb


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


def _agent_unit(unit: str) -> bool:
    """A unit named after 由 and before any verb: a name (not 镇 of 镇采购办, not 承担任务的…政府)."""
    return len(unit) > 1 and "的" not in unit and is_unit(unit) and not holds_an_object_verb(unit)


@cache
def _agent() -> re.Pattern[str]:
    """由X负责…: X and the verb; not 由X负责同志组成, 由X负责人担任 (its officials, people not units), nor
    由财政负担的人员, 由财政负担部分 (a modifier of a noun: the clause charges no one)."""
    return re.compile(f"由([{HAN_CLASS}、]{{2,30}}?)(?:{alternation(word_list('agent_verbs.tsv'))})"
                      f"(?!{'|'.join(OFFICIALS + MODIFIER_HEADS)})")
