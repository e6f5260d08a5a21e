"""Who owns a record, when it is due and whether it is planned: resolved from the document
index for an outline section, a sentence's amount or (through the same functions) a table
cell. Each function reads the index and returns a value; none changes the index but for
the memo of the subjects it has already read.
"""
from __future__ import annotations

import re

from .document import Section
from .goal_blocks import block_limit, opening_limit
from .index import DocumentIndex, SectionFacts, own_span, tail_span
from .chars import strip_heading_marker
from .clause_owners import span_owners
from .rules.deadlines import TimeMention, context_words
from .rules.tagged_items import clause_limit_of_tagged_item
from .rules.item_units import item_units
from .rules.opening_subjects import duty_list_lead
from .rules.assignments import PAREN, assigned_owners, with_standing
from .rules.owners import NO_OWNERS, Owners
from .rules.sentences import Span
from .rules.subjects import subject_owners
from .rules.unit_names import is_unit, suffixes_of
from .unit_headings import duty_heading_owners, heading_units, narrowed, words_start
from .rules.status import is_address, is_work_report, states_a_plan
from .rules.targets import Draft

LIST_LEAD = 8  # how far after its limit the colon opening a list may stand (至2016年底实现:)
LIST_COLON = re.compile("[:：]")
CLAUSE_BREAK = re.compile("[,，;；。]")
FULL_STOPS = "。!！?？\n"  # what ends a sentence whose pieces ； cuts
PIECE_BREAK = ";；"
CLAUSE_MARKS = ",，:："
NAMED_KINDS = ("department", "institution", "grassroots")  # kinds of org_suffixes.tsv
LEAD_IN_ENDS = (":", "：")  # an item's own words ending so introduce the list of its sub-items
NOT_A_NAME = re.compile("[0-9“”\"]")  # 形成60万吨政府, 推行“一业一查”部门: clause fragments


def section_owners(index: DocumentIndex, section: Section | None) -> Owners:
    """Tagged owners of the section or the nearest enclosing section that has some, else the
    tags the document states before its first section (主(协)办机关: …)."""
    for candidate in index.chain(section):
        owners = index.facts[candidate.start].owners
        if owners:
            return owners
    return index.document_owners


def task_owners(index: DocumentIndex, section: Section) -> Owners:
    return section_owners(index, section) or _named(index, _actors(index, section)) or _run_in_owners(index, section)


def _run_in_owners(index: DocumentIndex, section: Section) -> Owners:
    """A heading with no words of its own whose items are the points of one enumeration (二、…\n一是…。\n二是…。) is
    owned by the units they name, as when the points run on in its paragraph (二、…。一是…;二是…)."""
    if not section.children or any(child.family != "runin" or not child.marker for child in section.children) \
            or index.text[section.body_start:section.children[0].start].strip():
        return Owners()
    owners = Owners()
    for child in section.children:
        owners = owners.merged(task_owners(index, child))
    return owners


def target_owners(index: DocumentIndex, draft: Draft, sentence: Span, section: Section | None) -> Owners:
    """The unit a list item names for the amount, else its section's owners, else the subject
    of its clause or of its sentence."""
    if draft.entity:
        return Owners((draft.entity,))
    text = index.text
    clause = draft.clause.text(text)
    if draft.clause.start == sentence.start:
        clause = strip_heading_marker(clause)  # 第八条 区民政局应…: the article's number is no part of the subject
    return (_next_assignment(index, draft.clause.end, section) or section_owners(index, section)
            or _item_of_duties(index, section) or _named(index, subject_owners(clause)
                      or subject_owners(strip_heading_marker(sentence.text(text)))))


def _item_of_duties(index: DocumentIndex, section: Section | None) -> Owners:
    """A heading naming a party of a list of duties, or an item below one: the item's owners (_actors)."""
    return _actors(index, section) if section is not None and duty_heading_owners(index, section) else NO_OWNERS


def _named(index: DocumentIndex, owners: Owners) -> Owners:
    """The subjects of a work report that name a department or an institution (省教育厅要…): the
    speaking government (各级政府要…) and what the report counts (绿色工业园区74个, 更新住宅电梯300部)
    own nothing there. Elsewhere every subject stands."""
    if not owners or not is_work_report(index.document):
        return owners
    kept = tuple(u for u in owners.owners if _names_a_department(u))
    return Owners(kept, tuple(u for u in owners.lead if u in kept), tuple(u for u in owners.support if u in kept))


def _names_a_department(unit: str) -> bool:
    return not NOT_A_NAME.search(unit) and unit.endswith(suffixes_of(*NAMED_KINDS)) and is_unit(unit)


def _next_assignment(index: DocumentIndex, position: int, section: Section | None) -> Owners:
    """The first owner tag after an amount in its item's own words ((财政部牵头,…按职责分工负责) after one
    clause, or (市场监管总局负责) on its own line after the item): it owns that clause, not the whole item."""
    if section is None or not index.facts[section.start].owners:
        return Owners()
    end = own_span(section).end
    for paren in PAREN.finditer(index.text, position, end):
        owners = assigned_owners(paren.group(), first_leads=index.first_leads_from is not None
                                 and paren.start() > index.first_leads_from)
        if owners:
            return with_standing(owners, index.standing, paren.end())
    return Owners()


def _actors(index: DocumentIndex, section: Section) -> Owners:
    """Organizations the item itself names as actors: its title (职责分工: (一)区建管委), the actors
    of its clauses, else the duty subjects of the nearest enclosing item's own text."""
    named = heading_units(index, section)
    if named:
        return named  # (二)各镇、街道: a heading of units, split
    heading = duty_heading_owners(index, section)
    if heading:  # (一)区住建局 > 1.制定…: an item of a party's duties, the party's
        return narrowed(heading, index.text[words_start(index.text, section):own_span(section).end],
                        _opening_actors(index, section))
    subjects, actors = span_owners(index.prose_splits, own_span(section),
                                    skip_heading=words_start(index.text, section),
                                    actors=not is_address(index.document))
    index.subjects[section.start] = subjects  # what this item passes down to its sub-items
    tail = tail_span(section)
    if tail is not None:  # an article's paragraph after its items: the article's actors, not its items'
        actors = actors.merged(span_owners(index.prose_splits, tail, skip_heading=tail.start,
                                            actors=not is_address(index.document))[1])
    if actors:
        return actors
    listed = _listed_item_units(index, section)
    if listed:
        return listed
    chain = index.chain(section)
    for below, candidate in zip(chain, chain[1:]):
        if candidate.start not in index.subjects:
            index.subjects[candidate.start] = span_owners(index.prose_splits, own_span(candidate),
                                                           skip_heading=words_start(index.text, candidate))[0]
        if index.subjects[candidate.start] and not _past_the_list(index, candidate, below):
            return _lead_in_subjects(index, candidate) or index.subjects[candidate.start]
    return Owners()


def _past_the_list(index: DocumentIndex, section: Section, below: Section) -> bool:
    """An item after the list of duties an item's lead-in announces (…主要职责是: (一)…(十)…, then (一) again,
    duty_list_leads.tsv): the numbering of its kind restarted before it, so the units charged with the
    duties do not own it."""
    own = own_span(section).text(index.text).rstrip()
    if not own.endswith(LEAD_IN_ENDS) or not duty_list_lead().search(own.rstrip(":：")):
        return False
    last = None
    for child in section.children:
        if child.start > below.start:
            break
        if child.family == below.family:
            if last is not None and child.number <= last:
                return True
            last = child.number
    return False


def _lead_in_subjects(index: DocumentIndex, section: Section) -> Owners:
    """The subjects of the sentence closing an item's own words with a colon (…投诉处理机构…应当按照下列规定处理:):
    they own the sub-items it introduces, not every unit the item's earlier sentences charge."""
    own = own_span(section)
    if not own.text(index.text).rstrip().endswith(LEAD_IN_ENDS):
        return NO_OWNERS
    start = words_start(index.text, section)
    lead_in = [s for s in index.prose_splits.sentences(start, own.end) if s.text(index.text).strip()][-1:]
    return span_owners(index.prose_splits, lead_in[0], skip_heading=start)[0] if lead_in else NO_OWNERS


def _opening_actors(index: DocumentIndex, section: Section) -> Owners:
    """The actors of an item's first sentence (its run-in title, when it has one)."""
    start = words_start(index.text, section)
    first = index.prose_splits.sentences(start, own_span(section).end)[:1]
    return span_owners(index.prose_splits, first[0], skip_heading=start,
                        actors=not is_address(index.document))[1] if first else NO_OWNERS


def _listed_item_units(index: DocumentIndex, section: Section) -> Owners:
    """An item of a list its enclosing item's lead-in introduces (…有责任提供以下信息:) that names units
    and no duty of its own (公安部门有关…信息;): the units it opens on own it, not the class the lead-in
    charges (有关部门和单位)."""
    chain = index.chain(section)
    if len(chain) < 2 or not own_span(chain[1]).text(index.text).rstrip().endswith(LEAD_IN_ENDS):
        return Owners()
    words = index.text[words_start(index.text, section):own_span(section).end].strip()
    return item_units(words) if "\n" not in words else Owners()  # a one-line item, not a heading over a body


def section_status(index: DocumentIndex, position: int) -> str | None:
    """What the headings around an amount at ``position`` say: 已完成的工作 (achieved), 目标任务 (planned). A
    heading that names its year (2026年重点工作, 2025年工作回顾) outweighs a word of a heading inside it (加快释放…
    成效 under 2026年重点工作 plans a result); the review part of a work summary with the next period's plan
    reviews, headed or not, whatever a heading inside it says (以高质量发展为目标), and its plan part plans
    unless a heading says otherwise."""
    if position < index.review_end:
        return "achieved"
    facts = [index.facts[c.start] for c in index.chain(index.innermost(position))]
    dated = next((f.status for f in facts if f.status and f.heading_limit is not None), None)
    return dated or next((f.status for f in facts if f.status), "planned" if index.review_end else None)


def heading_limit(index: DocumentIndex, sections: list[Section]) -> TimeMention | None:
    """The first period a heading of these sections names (2026年重点工作); the year a review looks
    back on (一、2015年工作回顾) is a reporting period, no limit."""
    return next((f.heading_limit for f in (index.facts[s.start] for s in sections)
                 if f.heading_limit is not None and not _reviews(index, f)), None)


def task_limit(index: DocumentIndex, facts: SectionFacts) -> TimeMention | None:
    """A section's own heading, else the latest limit in its own words, else an enclosing heading;
    a limit the document's date cannot resolve (今年 in an undated report) gives way to a dated
    heading. A review of a past period (its 全年 is the year reviewed) dates nothing, nor does an item of the
    review part of a work summary with the next period's plan: a reporting period is no time limit. An item of
    its plan part has the year its heading, an enclosing one or else the title's plan names (二、2023年工作思路 /
    (三)…:2023-12-31), whatever limit of one of its clauses says (上半年通水, 谋划2024—2025年新建…)."""
    if facts.heading_limit is not None and _reviews(index, facts) or facts.section.start < index.review_end:
        return None
    if index.review_end and facts.heading_limit is None:
        plan = heading_limit(index, index.chain(facts.section)[1:]) or index.plan_limit
        if plan is not None:
            return plan
    own = facts.heading_limit or facts.limit
    if own is not None and own.deadline and (
            own is facts.heading_limit or not _dates_one_clause(index, facts.section, own)):
        return own
    enclosing = index.chain(facts.section)[1:]
    return heading_limit(index, enclosing) or _introduced_limit(index, enclosing) or (
        None if own is not None and own is facts.limit and clause_limit_of_tagged_item(index.text, facts.section, own) else own)


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
    of the plan."""
    limit = facts.heading_limit
    return (facts.status == "achieved" and limit is not None and not states_a_plan(facts.section.title)
            and (index.reference is None or limit.deadline is None or limit.deadline < index.reference))


def target_limit(index: DocumentIndex, draft: Draft, sentence: Span, section: Section | None) -> TimeMention | None:
    """The most specific time limit governing the target: its clause, an earlier clause of its
    sentence, the paragraph's opening, a limit opening the list it is an item of, a completion date later
    in its paragraph, else the heading of an enclosing section, else the lead-in of the goals block it is in, else,
    in the plan part of a work summary with the next period's plan, the period its title plans for."""
    return (sentence_limit(draft, index.times_in(sentence.start, sentence.end)) or _run_on_limit(index, sentence)
            or opening_limit(index, sentence)
            or _list_limit(index, sentence) or _completion_limit(index, sentence)
            or heading_limit(index, index.chain(section)) or block_limit(index, sentence, section)
            or (index.plan_limit if 0 < index.review_end <= sentence.start else None))


def sentence_limit(draft: Draft, times: list[TimeMention]) -> TimeMention | None:
    """The limit of the target's own clause (the nearest to its amount), else the last one of an earlier
    clause of its sentence (到2023年,力争…不低于4人)."""
    limits = [t for t in times if t.role == "limit" and t.deadline]
    own = [t for t in limits if draft.clause.start <= t.start < draft.clause.end]
    earlier = [t for t in limits if t.end <= draft.clause.start]
    chosen = min(own, key=lambda t: abs(t.start - draft.quantity.start)) if own else (
        earlier[-1] if earlier else None)
    return _finer(chosen, [t for t in limits if t.start > draft.clause.end]) if chosen is not None else None


def _run_on_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"到2028年底,提升…;修复30座…": a limit that is a clause of its own in the first piece of the sentence
    (…提出,到2021年底,…) dates the pieces ； cuts after it up to the full stop: a date governs the clauses
    after it in its sentence. A limit run into its clause (在2020年实现…;…, …,6月底前完成;) dates that
    clause, and one in a later piece (…;2025年新增…;…) that piece: the pieces may be items of a list."""
    text = index.text
    head = text[:sentence.start].rstrip()
    if not head or head[-1] not in PIECE_BREAK:
        return None
    start = max(head.rfind(mark) for mark in FULL_STOPS) + 1
    first_end = min(i for i in (head.find(mark, start) for mark in PIECE_BREAK) if i >= 0)
    for mention in reversed(index.times_in(start, first_end)):
        if mention.role != "limit" or not mention.deadline or text[mention.end:mention.end + 1] not in (",", "，"):
            continue
        clause_start = max(start, *(text.rfind(mark, start, mention.start) + 1 for mark in CLAUSE_MARKS))
        lead_in = text[clause_start:mention.start]
        if not lead_in or context_words("before", "limit").fullmatch(lead_in):
            return mention
    return None


def _list_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"至2016年底实现:建成…;建成…;改造…": a limit whose clause opens a list with a colon dates every item
    of the list, the items cut by ; up to the sentence's full stop."""
    text = index.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    for mention in reversed(index.times_in(line_start, sentence.start)):
        if mention.role != "limit" or not mention.deadline:
            continue
        colon = LIST_COLON.search(text, mention.end, min(mention.end + LIST_LEAD, sentence.start))
        if colon is not None and not CLAUSE_BREAK.search(text, mention.end, colon.start()) \
                and "。" not in text[colon.end():sentence.start]:
            return mention
    return None


def _completion_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"…,11月底完成创建任务" later in the paragraph dates the amounts before it."""
    text = index.text
    line_end = text.find("\n", sentence.end)
    for mention in index.times_in(sentence.end, line_end if line_end >= 0 else len(text)):
        if mention.role == "limit" and mention.deadline and context_words("after", "completion").match(
                text, mention.end):
            return mention
    return None


def _finer(chosen: TimeMention, later: list[TimeMention]) -> TimeMention:
    """A bare year (2021年…) gives way to a finer date of the same year later in the sentence (6月底…)."""
    if chosen.deadline is None or (chosen.deadline.month, chosen.deadline.day) != (12, 31):
        return chosen
    finer = [t for t in later if t.deadline and t.deadline.year == chosen.deadline.year and t.deadline < chosen.deadline]
    return finer[0] if finer else chosen
