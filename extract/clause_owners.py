"""The units the clauses of a span name: the subjects of its duty sentences and every actor of its
clauses, with the tests of whether a clause may open on a subject without a duty word (a clause of time,
condition or manner, a topic, a clause opening on its verb before it; a case stated by …的,).
"""
from __future__ import annotations

import re
from functools import cache, partial

from .lexicon import word_list, word_pattern, words_where
from .rules.actors import actor_owners, may_name_actors
from .rules.glued_subjects import glued_subject
from .rules.lead_members import lead_members
from .rules.opening_subjects import contact_unit, listed_opening, opening_subject
from .rules.owners import NO_OWNERS, Owners
from .rules.sentences import Span
from .rules.subjects import may_name_subjects, subject_owners
from .rules.subordinate_clauses import subordinate_opening
from .rules.unit_names import tags
from .segment import first_word
from .splits import Splits

TOPIC_TAGS = frozenset({"n", "nz", "vn", "ns", "nt", "j"})  # jieba tags of the words of a noun phrase's head
MODIFIER_TAGS = frozenset({"a", "b"})  # adjectives and distinguishing words inside it
SUBJECTLESS_OPENERS = frozenset({"v", "vd", "d", "ad"})  # jieba tags of a clause opening on its verb
CONDITION_END = "的"  # a clause of condition (…的,) names whom a case is about
# 到2019年底, | 2025年3月20日, | 3月底前,: a clause that is nothing but a date, before the subject
TIME_CLAUSE = re.compile(r"(?:到|至|截至|自|从|于)?(?=[0-9今明本])(?:\d{4}年|今年|明年|本年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                         r"(?:底|末|上旬|中旬|下旬)?(?:前|以前|起)?")


def span_owners(splits: Splits, span: Span, *, skip_heading: int, actors: bool = False) -> tuple[Owners, Owners]:
    """The units the clauses of a span name: the subjects of its duty sentences (what an enclosing item
    passes down), and with ``actors`` every actor of its clauses (an item's own owners; else the
    subjects again: a work report's speaker acts in it without owning anything)."""
    subjects = found = NO_OWNERS
    text = splits.text
    glued = skip_heading > span.start  # the span opens on a heading's number: its title may run into its first clause
    for sentence in splits.sentences(max(span.start, skip_heading), span.end):
        before: tuple[str, bool] | None = None  # the clause before and whether it named no unit
        opening = None  # the sentence's first clause, whose units a duty word opening the second charges
        clauses = [clause.text(text) for clause in splits.clauses(sentence)]
        if actors:  # 由A牵头,B、C等参加: the units joining the lead own the item with it
            found = found.merged(lead_members(sentence.text(text)))
        # subject_owners' first test, once for the sentence: a clause's match is one of its sentence too
        may_name = may_name_subjects(text, sentence.start, sentence.end)
        if not may_name and not (actors and may_name_actors(text, sentence.start, sentence.end)) \
                and not _opening_units(clauses, actors=actors):
            glued = glued and not clauses  # its first clause, had it one, was the one a heading may run into
            continue  # no clause names a unit (most sentences of a work report): nothing to merge, no case to read
        cases = [_a_case(words, clauses[k + 1] if k + 1 < len(clauses) else None) for k, words in enumerate(clauses)]
        case_end = _joined_case_end(clauses, cases)
        own: list[Owners] = []  # the duty subjects of each clause
        named_by: list[Owners] = []  # and every actor each clause names
        contacts: list[Owners] = []  # the unit to contact a sentence's second clause gives
        for k, words in enumerate(clauses):
            in_case = k < case_end or cases[k]  # 企业于…招用…,且…的,|按…给予补助
            subject = subject_owners(words, in_case=in_case) if may_name else NO_OWNERS
            if glued:  # (二)完善资金机制地方政府要…: the subject past the heading's words
                subject, glued = subject or glued_subject(words), False
            if opening is not None:
                subject = listed_opening(opening, subject) if subject else opening_subject(opening, words)
            contacts.append(contact_unit(opening, words) if actors and opening else NO_OWNERS)
            opening = words if opening is None else ""
            own.append(subject)
            # a subject without a duty word opens its sentence, or follows 老年人提交申请后, …: asked only of a
            # clause where a unit's name can end and could open it (most clauses: neither)
            named = subject.merged(actor_owners(words, subjects=subject, bare=partial(_opens_bare, before, in_case))) \
                if actors else subject
            named_by.append(named)
            before = (words, named.empty())
        subordinate = subordinate_opening(clauses, cases, named_by)  # 法院在审理…中,|…,各级环境保护部门应…
        for k, (subject, named) in enumerate(zip(own, named_by)):
            found = found.merged(contacts[k])
            if k >= subordinate:
                subjects = subjects.merged(subject)
                found = found.merged(named) if actors else subjects
    return subjects, found


def _opening_units(clauses: list[str], *, actors: bool) -> bool:
    """Whether a sentence whose clauses name no subject nor actor of their own names units all the same: those
    opening it that its second clause charges (opening_subject), or with ``actors`` the unit to contact."""
    return len(clauses) > 1 and bool(opening_subject(clauses[0], clauses[1])
                                     or actors and contact_unit(clauses[0], clauses[1]))


def _opens_bare(before: tuple[str, bool] | None, in_case: bool) -> bool:
    """Whether a clause may open on a subject without a duty word: it is no part of a case (…的,), and it is
    the first of its sentence or follows a clause that frees it (``before``: that clause and whether it
    named no unit)."""
    return not in_case and (before is None or _frees_a_subject(*before))


def _joined_case_end(clauses: list[str], cases: list[bool]) -> int:
    """How many clauses opening a sentence make one case: up to the first clause closed by 的 that a word
    of case_joins.tsv opens (企业于…招用…,为其缴纳…,且…状态的,|按…给予补助): the units opening the
    sentence are whom the case is about. 0 when no such clause closes a case (…,对违规的, is a case of
    its own). ``cases``: whether each clause states a case (_a_case)."""
    for k, words in enumerate(clauses):
        if cases[k]:
            return k if k and words.startswith(_case_joins()) else 0
    return 0


@cache
def _case_joins() -> tuple[str, ...]:
    return word_list("case_joins.tsv")


def _frees_a_subject(words: str, named_nothing: bool) -> bool:
    """The clause before leaves the next clause free to open on its subject: a clause of time, condition
    or manner (…后, 根据…规定, 2024年), a topic (…的城市更新项目), or a clause opening on its verb that
    names no unit (要健全…制度)."""
    return words.endswith(words_where("adverbial_endings.tsv", "frees", "yes")) or _leads_in(words) or TIME_CLAUSE.fullmatch(words) is not None \
        or _topic(words) or named_nothing and _subjectless(words)


def _a_case(words: str, following: str | None) -> bool:
    """…组织出现严重违规问题的,|经…核实后,…: a clause closed by 的 states a case, and the units opening it
    are whom the case is about, not actors charged with a duty; unless the next clause (``following``)
    opens on a duty word (村民委员会发现…的,|应当及时报告): then the case is theirs to act on."""
    return words.endswith(CONDITION_END) and not (following is not None
                                                  and word_pattern("duty_modals.tsv").match(following))


def _subjectless(words: str) -> bool:
    """要建立健全工作机制,|县级以上人民政府建立…: a clause that opens on its verb and names no unit leaves
    the subject of the next clause free to open it."""
    return bool(words) and first_word(words)[1] in SUBJECTLESS_OPENERS  # read from the dictionary alone


def _topic(words: str) -> bool:
    """…方案明确的城市更新项目,|各相关部门依申请办理…: a clause that is a modified noun phrase names the
    topic, and the subject of the sentence follows it."""
    if "的" not in words:
        return False
    head = tags(words[words.rindex("的") + 1:])  # 老旧小区项目: adjectives before the noun it ends on
    return bool(head) and all(flag in TOPIC_TAGS | MODIFIER_TAGS for _, flag in head) and head[-1][1] in TOPIC_TAGS


def _leads_in(words: str) -> bool:
    """目前, | 对…报告, | 根据…规定,: a clause of time or a prepositional phrase before the subject."""
    opening, whole = _lead_ins()
    return words in whole or words.startswith(opening)


@cache
def _lead_ins() -> tuple[tuple[str, ...], frozenset[str]]:
    return words_where("lead_ins.tsv", "kind", "opening"), frozenset(words_where("lead_ins.tsv", "kind", "whole"))
