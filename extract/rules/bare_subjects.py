"""Units opening a clause before its predicate without a duty word (各职能部门建立…, 市财政部门按规定…),
the partners after 会同/牵头 (会同相关部门) and the agents after 由 that a short verb follows
(由…服务处汇总): bare_subject."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, word_list, word_pattern
from ..segment import first_word
from .name_ends import (CLAUSE_OPENER_TAGS, FIRST_UNIT_END, FOLLOWER_WINDOW, OFFICIAL_WORDS, PARTNER_WINDOW,
                        PREDICATE_FOLLOWERS, RELATIVE, continues, inside_brackets, name_goes_on, past_note,
                        level_with_note, subject_end, suffix_end, word_tag_at)
from .name_words import named_list, only_a_name, opens_a_clause
from .owners import NO_OWNERS, Owners
from .subject_cases import about_a_case
from .subjects import SUBJECT_WINDOW, bound_by_particle, receives, subject_unit
from .unit_lists import split_units
from .unit_names import SENTENCE_MARK, tags

AGENT_VERB_LENGTH = 4  # 由…集团分批通知: the verb closing a clause after 由 and its agent
ADVERB_TAGS = frozenset({"d", "ad", "vd"})  # jieba tags of an adverb: after a unit's name, a clause goes on
PASSIVE_MARKS = ("由", "被")  # after a clause's first units: they are what is acted on
MAX_RELATIVE = 12  # 已经建设并使用的|工作平台要: how long a relative clause and its head may run


def bare_subject(head: str, *, partners: bool = False, agent: bool = False) -> Owners:
    """Units opening ``head`` and followed by a predicate (a verb, adverb or preposition as jieba tags
    it): 各职能部门建立健全…, 市财政部门按规定…. The shortest list of units that such a word follows
    wins; a unit's end that another suffix continues (市财政|部门) or a list goes on after (、 和) is
    no end. ``partners``: units after 会同/牵头, where any word may follow (会同相关部门,根据…); ``agent``:
    units after 由: where no predicate follows them but a short verb ends the clause (jieba reads it as a
    noun or a numeral: 由…服务处汇总, 由…集团分批通知), they are its agents."""
    clause = SENTENCE_MARK.split(head, maxsplit=1)[0]
    head = clause[:PARTNER_WINDOW if partners else SUBJECT_WINDOW]
    first = subject_end().search(head)
    if first is None or first.end() > FIRST_UNIT_END:
        return NO_OWNERS  # no unit's name ends near the start: no unit opens the clause (most clauses)
    if not partners and first_word(head)[1] in CLAUSE_OPENER_TAGS:
        return NO_OWNERS  # 推进…, 加强…: most clauses open on their verb (read from the dictionary alone)
    words: tuple[tuple[str, str], ...] = ()
    read = 0  # how far into the head ``words`` reach
    found = NO_OWNERS
    for match in subject_end().finditer(head):
        if level_with_note(match, head):
            continue
        end = past_note(head, match.end())
        rest = head[end:]
        if not rest and not partners or continues(rest) or rest[:1] == "的" or inside_brackets(head, end) \
                or bound_by_particle(head, end):
            continue
        if end + FOLLOWER_WINDOW > read:  # the units and the word after them are enough to read
            opening = not words
            read = end + FOLLOWER_WINDOW
            words = tags(head[:read])
            if opening and not partners and opens_a_clause(words):
                return NO_OWNERS  # 推进…, 加强…: most clauses open on their verb, and name no subject
        tag = word_tag_at(words, end)
        if tag is None:
            continue  # not a word boundary (主要 holds no 要)
        units = split_units(head[:end])
        if not units or not all(subject_unit(u) for u in units) or not named_list(units):
            continue
        if partners and _verb_follows(words, end, rest):
            return Owners(tuple(units))  # 会同市经信委发布…园区, 会同有关部门继续探索…政府: the partners end at their verb
        if not partners:
            if rest.startswith(OFFICIAL_WORDS):
                return NO_OWNERS  # 由…等部门负责同志组成: the units' officials, people
            passive = rest.startswith(PASSIVE_MARKS)  # 试点城市由省级部门推荐: the units are acted on
            # RELATIVE: 各级政府配置的设施应…: the units open a clause that names the subject, not the subject;
            # a copula (区供水公司属国有企业): the units are described, not charged
            predicate = (tag in PREDICATE_FOLLOWERS and not name_goes_on(tag, rest)
                         or _known_verb().match(rest) is not None
                         or tag == "vn" and _verb_after(words, end))  # 国家能源局研究建立…
            relative = RELATIVE.match(rest) is not None and tag != "p"  # 按区下达的目标任务: a preposition's object
            if passive or receives(rest, 0) or relative or _relative_clause(rest) or rest.startswith(
                    word_list("copula_verbs.tsv")):
                return NO_OWNERS  # 服务机构可按规定申请补贴: it receives, and owns nothing by it
            if not predicate:
                if agent and len(rest) <= AGENT_VERB_LENGTH:
                    found = Owners(tuple(units))  # 由…服务处汇总: a short verb, read as a noun, ends the clause
                continue  # 省政府|督查室在…: the name goes on past a word that ends a shorter one
            if only_a_name(head):
                return NO_OWNERS  # 区人社局就业促进科: a clause that is one name has no predicate after a part
            if about_a_case(first_word(rest)[0], clause[end:], inner=True):
                return NO_OWNERS  # 某组织按照…享受过…的不再给予补贴: whom the case is about
            return Owners(tuple(units))
        found = Owners(tuple(units))  # 牵头区旧区改造工作组各成员单位: the longest list; 会同有关部门 (a group owner)
    return found


def _relative_clause(rest: str) -> bool:
    """各区|已经上线的服务平台要…: the units open a relative clause whose head, after 的, is the
    subject of the duty word that follows it, not the units."""
    before = rest.split("的", 1)
    return len(before) == 2 and len(before[0]) <= MAX_RELATIVE and word_pattern("duty_modals.tsv").search(
        before[1][:MAX_RELATIVE]) is not None and word_pattern("duty_modals.tsv").search(before[0]) is None


def _verb_follows(words: tuple[tuple[str, str], ...], position: int, rest: str) -> bool:
    """After partners (会同…): an adverb (继续, 共同) or a verb that no unit's ending follows at once (发布零碳园区,
    but not 执法大队, a name's part) at ``position``: the clause's predicate, where the list of partners ends."""
    tag = word_tag_at(words, position)
    if tag in ADVERB_TAGS:
        return True
    if tag == "vn":
        return _verb_after(words, position)  # 定期|跟进
    if tag != "v":
        return False
    verb = first_word(rest)[0]
    return suffix_end().match(rest, len(verb)) is None


def _verb_after(words: tuple[tuple[str, str], ...], position: int) -> bool:
    """The word after the one starting at ``position`` is a verb, not a duty word (研究|建立, but not
    医院考核|应采用: there the noun 考核 is the subject)."""
    offset = 0
    for k, (word, _) in enumerate(words):
        if offset == position:
            following = words[k + 1] if k + 1 < len(words) else ("", "")
            return following[1] == "v" and word_pattern("duty_modals.tsv").fullmatch(following[0]) is None
        offset += len(word)
    return False


@cache
def _known_verb() -> re.Pattern[str]:
    """Duty and agent verbs that jieba may tag as nouns (指导, 印发) after a subject."""
    return re.compile(alternation((*word_list("subject_verbs.tsv"), *word_list("agent_verbs.tsv"))))
