"""Actors of an item's clauses: the units a clause makes its actors, with or without a duty word
(区住建局要…, 各职能部门建立…, 建设单位完成…), the agents of 由, the partners of 会同/牵头/联合, and lists
of units that share their head word (民政、市场监督管理和相关部门). Subjects before a duty word come from
:mod:`.subjects`, those before a predicate from :mod:`.bare_subjects`, lists sharing a head word from
:mod:`.shared_heads`, units charged after 请/建议 from :mod:`.charges`, agents after 由 from
:mod:`.agents`; this module reads who acts in a clause."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..lexicon import word_list, word_pattern
from ..segment import first_word, tag_at
from .agents import agents_before_any_verb, modifies_a_noun
from .bare_subjects import bare_subject
from .charges import charged_units
from .name_ends import CLAUSE_OPENER_TAGS, FIRST_UNIT_END, PARTNER_WINDOW, subject_end
from .owners import NO_OWNERS, Owners
from .prefilter import with_first_char_scan
from .shared_heads import GENERIC_END, shared_head_subject
from .subjects import SUBJECT_WINDOW, subject_owners
from .unit_names import SENTENCE_MARK, unit_endings

LEADING_TIME = re.compile(r"^(?:每年|每季度|今年|明年)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|上旬|中旬|下旬)?(?<=[年月日底旬])(?:以前|前|起|后)?")


def actor_owners(clause: str, *, subjects: Owners | None = None, bare: bool | Callable[[], bool] = True) -> Owners:
    """The units a clause of an item makes its actors: its subject (区住建局要…, and without a duty
    word: 各职能部门建立…, 建设单位完成…), the agents of 由 (由区民政部门督促…) and the units a
    subject works with (会同相关部门, 牵头各成员单位). ``subjects``: the clause's duty subjects when
    already read; ``bare``: look for a subject without a duty word (where one can stand), or a function
    that tells, asked only where it matters."""
    if not unit_endings().search(clause):
        return NO_OWNERS
    if subjects is not None and not _actor_words().search(clause):
        return subjects or NO_OWNERS  # no rule below finds a unit: what the duty words charge (most clauses)
    clause = LEADING_TIME.sub("", clause)  # 3月底前省统计局完成…, 2024年市财政局将…: the time before the subject
    owners = subject_owners(clause) if subjects is None else subjects
    if not owners:
        owners = _subject_before_a_predicate(clause, bare)
    owners = owners.merged(charged_units(clause))
    for match in word_pattern("actor_openers.tsv").finditer(clause):
        after, partners = clause[match.end():], match.group() != "由"
        if partners and clause[match.start() - 1:match.start()] == "由":
            continue  # 由联合评审办公室…: the word opens the agent's name
        if partners and tag_at(clause, match.end()) is None:
            continue  # 如联合国等单位…: the word is part of a longer one, no opener
        if partners and after.startswith(word_list("own_organs.tsv")):
            continue  # 推进联合党委试点: a body's organ right after the word names a joint body, no partner
        if not partners and modifies_a_noun(after):
            continue  # 由区财政负担的部分: a noun phrase, no agent
        owners = owners.merged(bare_subject(after, partners=partners, agent=not partners)
                               or shared_head_subject(after, partners=partners)
                               or (NO_OWNERS if partners else agents_before_any_verb(clause[match.start():])))
    return owners


def may_name_actors(text: str, start: int, end: int) -> bool:
    """A cheap test before :func:`actor_owners` on the clauses of text[start:end] that name no duty subject:
    none finds a unit without a character a unit's name ends with and one of :func:`_actor_words` (a clause's
    match is one of its sentence too: the only look behind the words, (?<=各), sees its own clause)."""
    return unit_endings().search(text, start, end) is not None and _actor_words().search(text, start, end) is not None


@cache
def _actor_words() -> re.Pattern[str]:
    """What a clause holds wherever a rule of actor_owners besides the duty subjects finds a unit: where a
    unit's name may end before its predicate (subject_end), 部门/单位/机构 after a list, 请/建议 (charges) or
    由/会同 (actor_openers.tsv). Each rule's first test is a search of one of these in the clause or in a
    part of it (after the time opening it, before its first stop mark), and none of them looks past the
    part it is searched in but backwards (各区): a match there is one in the whole clause."""
    return with_first_char_scan("|".join((subject_end().pattern, GENERIC_END.pattern,
                                          word_pattern("charge_openers.tsv").pattern,
                                          word_pattern("actor_openers.tsv").pattern)))


def _subject_before_a_predicate(clause: str, bare: bool | Callable[[], bool]) -> Owners:
    """Units opening the clause before a predicate (``bare``) or a list sharing its head word, else only one
    before a duty word: …,财政、教育等部门要… stands anywhere. ``bare`` may be a function asked only where a
    unit could open the clause or a list share a head word (in most clauses neither: nothing to ask)."""
    own = SENTENCE_MARK.split(clause[:PARTNER_WINDOW], maxsplit=1)[0]  # up to its first stop mark, cut once
    shares = _may_share_a_head(own)
    head = own[:SUBJECT_WINDOW]  # = SENTENCE_MARK.split(clause[:SUBJECT_WINDOW])[0]: SUBJECT_WINDOW is the shorter
    if not shares and not (_may_open_on_a_unit(head) and _opens_on_a_name(head)):
        return NO_OWNERS  # what bare_subject and shared_head_subject find first: nothing, either way
    if bare if isinstance(bare, bool) else bare():
        return bare_subject(clause) or shared_head_subject(clause)
    return shared_head_subject(clause, duty=True)


def _may_open_on_a_unit(head: str) -> bool:
    """bare_subject's first test: a unit's name ends near the start of ``head`` (a clause's first
    SUBJECT_WINDOW characters, up to its first stop mark)."""
    first = subject_end().search(head)
    return first is not None and first.end() <= FIRST_UNIT_END


def _opens_on_a_name(head: str) -> bool:
    """bare_subject's second test: the clause (``head`` as above) does not open on a verb, adverb or preposition."""
    return first_word(head)[1] not in CLAUSE_OPENER_TAGS


def _may_share_a_head(head: str) -> bool:
    """shared_head_subject's first test: a list (、) before a 部门/单位/机构 in ``head`` (a clause's first
    PARTNER_WINDOW characters, up to its first stop mark)."""
    generic = GENERIC_END.search(head)
    return generic is not None and "、" in head[:generic.start()]
