"""A task's time limit: its own heading's or its words' latest, else an enclosing heading's or the period an
enclosing section's introduction opens with; none for the review part of a work report, nor the period an item
of a results section reports on (a reporting period is no time limit), the year a plan part names for its items.
"""
from __future__ import annotations

from .document import Section
from .goal_blocks import opening_limit
from .index import DocumentIndex, SectionFacts
from .rules.deadlines import TimeMention
from .rules.sentences import Span
from .rules.status import closes_on_review, is_address, names_the_year_reviewed, states_a_plan
from .rules.tagged_items import clause_limit_of_tagged_item
from .section_status import section_status


def heading_limit(index: DocumentIndex, sections: list[Section]) -> TimeMention | None:
    """The first period a heading of these sections names (2026年重点工作); the year a review looks
    back on (一、2015年工作回顾) is a reporting period, no limit."""
    return next((f.heading_limit for f in (index.facts[s.start] for s in sections)
                 if f.heading_limit is not None and not _reviews(index, f)), None)


def task_limit(index: DocumentIndex, facts: SectionFacts) -> TimeMention | None:
    """A section's own heading, else the latest limit in its own words, else an enclosing heading;
    a limit the document's date cannot resolve (今年 in an undated report) gives way to a dated
    heading, and a limit that only seems to close the heading, opening its words run into it, to their latest. A
    review of a past period (its 全年 is the year reviewed) dates nothing, nor does an item of the
    review part of a work summary with the next period's plan: a reporting period is no time limit. An item of
    its plan part has the year its heading, an enclosing one or else the title's plan names (二、2023年工作思路 /
    (三)…:2023-12-31), whatever limit of one of its clauses says (上半年通水, 谋划2024—2025年新建…)."""
    if facts.heading_limit is not None and _reviews(index, facts) or facts.section.start < index.review_end:
        return None
    if index.review_end and facts.heading_limit is None:
        plan = heading_limit(index, index.chain(facts.section)[1:]) or index.plan_limit
        if plan is not None:
            return plan
    own = (None if _leads_the_body(index, facts) else facts.heading_limit) or _reported_limit(index, facts)
    if own is not None and own.deadline and (
            own is facts.heading_limit or not _dates_one_clause(index, facts.section, own)):
        return own
    enclosing = index.chain(facts.section)[1:]
    return heading_limit(index, enclosing) or _introduced_limit(index, enclosing) or (
        None if own is not None and own is facts.limit and clause_limit_of_tagged_item(index.text, facts.section, own) else own)


def _reported_limit(index: DocumentIndex, facts: SectionFacts) -> TimeMention | None:
    """The latest limit of an item's own words, none where it names the period a results section reports on
    (一、工作开展情况 / 1.深化“放管服”改革。2022年…累计… in a report of 2023; 全年…, the year reviewed): a
    reporting period is no time limit."""
    limit = facts.limit
    if limit is None or section_status(index, facts.section.start) != "achieved":
        return limit
    over = limit.deadline is not None and index.reference is not None and limit.deadline < index.reference
    return None if over or names_the_year_reviewed(limit) else limit


def _leads_the_body(index: DocumentIndex, facts: SectionFacts) -> bool:
    """The limit closing the heading of an item with no sub-items opens the first clause of its words, the heading
    run into them (a cell of a dataset: (一)主要目标到2023年,…基本完善。到2025年,…): it dates that clause, and the item
    as a whole has the latest limit of its words (2025), not the heading's."""
    limit = facts.heading_limit
    return (limit is not None and not facts.section.children and limit.end >= facts.section.body_start - 1
            and index.text[limit.end:limit.end + 1] in (",", "，"))


def _introduced_limit(index: DocumentIndex, sections: list[Section]) -> TimeMention | None:
    """The period an enclosing section's introduction opens with (三、重点区域 / “十五五”时期,聚焦…推进五个
    重点区域更新 / (一)…): it dates the items the introduction announces; a period over by the document's
    date (2005年,… in a review of that year) dates nothing."""
    for section in sections:
        body = index.text.find("\n", section.start, section.children[0].start) + 1 if section.children else 0
        if not body or index.facts[section.start].status == "achieved":
            continue
        mention = opening_limit(index, Span(body, section.children[0].start))
        if mention is not None and (index.reference is None or mention.deadline >= index.reference):
            return mention
    return None


def _dates_one_clause(index: DocumentIndex, section: Section, limit: TimeMention) -> bool:
    """An item of several sentences naming its units in a bracketed tag is dated by none of its clauses'
    limits (extract/rules/tagged_items.py). In a report or a speech, a limit past the first paragraph of an
    item under a heading naming its year (支持…上半年产品面市, paragraphs down an item of 2026年工作安排) dates its clause, not the item:
    the heading's year governs the item as a whole."""
    if clause_limit_of_tagged_item(index.text, section, limit):
        return True
    first_end = index.text.find("\n", section.start, section.end)
    if not is_address(index.document) or not 0 <= first_end < limit.start:
        return False
    enclosing = heading_limit(index, index.chain(section)[1:])
    return (enclosing is not None and enclosing.deadline is not None and limit.deadline is not None
            and enclosing.deadline > limit.deadline and enclosing.deadline.year == limit.deadline.year)


def _reviews(index: DocumentIndex, facts: SectionFacts) -> bool:
    """A results heading (2025年工作回顾) naming a period before the document's date, or in an
    undated report, reviews it; one dated ahead (体检成果应用(2021年12月)) or saying 预计 is a phase
    of the plan, unless it closes on the review it is about (2016年计划执行情况: the plan is what it reviews)."""
    limit = facts.heading_limit
    title = facts.section.title
    return (facts.status == "achieved" and limit is not None and (closes_on_review(title) or not states_a_plan(title))
            and (index.reference is None or limit.deadline is None or limit.deadline < index.reference))

