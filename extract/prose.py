"""Targets from running text: every candidate amount of a sentence outside tables, decided
by the rules (and the judge, where it has a say), then owned, dated and built."""
from __future__ import annotations

import re

from .build import Amount, Limit, target
from .decide import Decision, decide
from .frozen import frozen
from .headings import CIRCLED
from .index import DocumentIndex
from .lexicon import alternation, word_list
from .model.judge import Judge
from .records import Target
from .rules.findings import runs_on, states_findings
from .rules.notices import LabelledLines, about_applicants, defines_a_term, lays_down_criteria
from .rules.numeral_scan import NumeralScan
from .rules.remainders import left_undone
from .rules.rates import raises_a_standard
from .rules.replies import requested
from .rules.sentences import Span
from .rules.status import (answers_the_press, is_address, is_interview, is_reply, names_the_year_reviewed,
                           paragraph_opening, past_period_opening, states_a_plan, tallies_only)
from .rules.targets import Draft, candidates_in_sentence
from .section_status import section_status
from .target_limits import target_limit
from .target_owners import target_owners

ANNEX_LINE = re.compile(r"^附件 ?\d*[:：]?$")
SEMICOLONS = ";；"
SPACES = re.compile(r"[ \t]*")
LEVEL_KINDS = frozenset({"percent", "points"})
NOTE_LABEL = re.compile(f"^(?:{alternation(word_list('note_labels.tsv'))}) ?[:：]")


@frozen
class Candidate:
    """An amount the rules found and its sentence."""

    draft: Draft
    sentence: Span

    def context(self, index: DocumentIndex) -> str:
        """What a judge reads (headings|clauses): built only for the candidates it is asked about."""
        return f"{heading_path(index, self.draft.quantity.start)}|{self.draft.context}"


def candidates(index: DocumentIndex) -> list[Candidate]:
    """Every candidate amount outside tables, the document's title line and annex titles, and outside what
    a reply letter quotes of the requests it answers."""
    found = []
    text = index.text
    title_end = _title_end(index)
    notes = note_lines(text)
    reply = is_reply(index.document)
    address = is_address(index.document)  # 民间投资占比34%, 生产总值6.66万亿元: levels a report states
    interview = is_interview(index.document)  # an official's answers: what monitoring found describes
    reports = answers_the_press(index.document)  # 2024年,全市发放…: the year over when they spoke is reported
    findings = False  # the sentence before stated findings and its semicolon carries them on
    on_applicants: dict[int, bool] = {}  # by section start: a section on applicants (申请条件, 申请对象)
    labelled = LabelledLines(text)  # the lines under a label on applicants (补贴条件:)
    carried: tuple[int, str, str] | None = None  # where the part after a semicolon starts, the verb and kind it continues
    numerals = NumeralScan(text, 0, len(text))
    for sentence in index.splits.sentences():
        if interview:
            stated = states_findings(text, sentence, continues=findings)
            findings = stated and runs_on(text, sentence)
            if stated:
                continue  # 监测结果表明,2019年…中有48个断面超标; 比例为80%,同比上升2个百分点: statistics;
                # 与二十多个省五百余家医院视频连线: how the text was drafted
        if not numerals.holds(sentence.start, sentence.end):
            continue  # no numeral, no amount (most sentences): the cheapest test first
        if index.in_table(sentence.start) or sentence.start < title_end or _names_an_annex(text, sentence) \
                or text.rfind("\n", 0, sentence.start) + 1 in notes or _on_applicants(index, sentence, on_applicants, labelled):
            continue
        drafts = candidates_in_sentence(text, sentence, index.times_in(sentence.start, sentence.end),
                                        index.reference, clause_spans=index.splits.clauses(sentence),
                                        address=address or sentence.start < index.review_end,
                                        carried=_carried(text, sentence, carried), reports=reports)
        carried = _continued(text, sentence, drafts)
        for draft in drafts:
            if reply and requested(text, sentence, draft.quantity):
                continue  # what a reply letter quotes of a request, or forecasts: asked or expected, not a target
            found.append(Candidate(draft, sentence))
    return found


def sentence_targets(index: DocumentIndex, found: list[Candidate], judge: Judge | None,
                     task_ids: dict[int, str]) -> list[Target]:
    """The candidates kept, each with the status its sentence, paragraph or section states (else the
    judge's, else the document's) and the task of its innermost section (``task_ids`` by start)."""
    sections = [section_status(index, c.draft.quantity.start) for c in found]
    paragraphs = [_paragraph(index, c.sentence) for c in found]
    decisions = _decisions(index, found, sections, _settled(found, paragraphs), judge)
    targets: list[Target] = []
    line_status: dict[tuple[int, str | None], str] = {}
    default = index.default_status()
    rules = index.states_rules()
    for candidate, section_said, (line, opening), decision in zip(found, sections, paragraphs, decisions):
        draft = candidate.draft
        if not (decision.keep if decision else draft.verdict != "none"):
            continue
        if candidate.sentence.start < index.review_end:
            opening = None  # in a summary's review part 今年,… opens the year reviewed: only a sentence plans
        section_said = opening or section_said
        # what the sentence says, else what its paragraph said, else its section; the judge only
        # where the rules would fall back to the document's default
        stated = draft.status or line_status.get((line, opening)) or section_said
        # after 一年来,… only the amount's own clause can still state a plan (聚焦…目标任务体系 does not)
        said_from = draft.clause.start if opening else candidate.sentence.start
        if section_said == "achieved" and stated == "planned" and not _plan_in_review(
                index, candidate.sentence, Span(said_from, draft.clause.end)):
            stated = "achieved"  # 继续压减…18.2亿元 in a review of last year: a result, whatever the verb
        elif section_said == "planned" and stated == "achieved" and tallies_only(candidate.sentence.text(index.text)):
            stated = "planned"  # 新建充电桩2万个、累计达到9万个 under 2026年重点工作
        if rules:
            stated = "planned"  # a body of rules states standards; 取得…的 is a condition, no result
        judged = decision.status if decision and not stated else None
        status = stated or judged or default
        line_status[(line, opening)] = status  # a new opening (今年,…) starts afresh
        if status == "achieved" and left_undone(index.text, draft.clause, draft.quantity):
            continue  # 已完成整改29宗,剩余6宗: what a report says is still open is no result (remainders.py)
        by_model = bool(decision and decision.decided_by_model) or judged is not None
        targets.append(_target(index, candidate, status, "model" if by_model else "rule", task_ids))
    return targets


def _carried(text: str, sentence: Span, carried: tuple[int, str, str] | None) -> tuple[str, str] | None:
    """The verb a sentence continues: the last commitment verb of the part before, when a semicolon joins
    them (an amount of the part with a verb of its own keeps that verb)."""
    if carried is None or carried[0] != _opening(text, sentence.start):
        return None
    return carried[1], carried[2]


def _continued(text: str, sentence: Span, drafts: list) -> tuple[int, str, str] | None:
    """What the part after this sentence continues: its last amount's verb, when a semicolon ends it."""
    part = text[sentence.start:sentence.end].rstrip(" \t")
    if not part.endswith(tuple(SEMICOLONS)):
        return None
    made = [d for d in drafts if d.verdict != "none" and d.action]
    if not made or made[-1].quantity.kind in LEVEL_KINDS:
        return None  # 失业率5%以内;居民消费价格涨幅2%左右: each level is stated in its own words
    return _opening(text, sentence.start + len(part)), made[-1].action, made[-1].quantity.kind


def _opening(text: str, position: int) -> int:
    """The first character after spaces at ``position``."""
    return SPACES.match(text, position).end()


def _on_applicants(index: DocumentIndex, sentence: Span, seen: dict[int, bool], labelled: LabelledLines) -> bool:
    """A sentence in a section on applicants, or under one (应当符合下列条件: (五)…20人以上) or under a label
    line on them (补贴条件: (1)…): what they meet, hand in or pay; in an article defining a term (…所称每次,…):
    what the term covers; or in an annex of criteria (…准入标准, …技术要求): what a case or a work must meet;
    no commitment either way (``seen`` keeps the answer per
    section, ``labelled`` per line)."""
    if labelled.under_a_label(index.text.rfind("\n", 0, sentence.start) + 1):
        return True  # 补贴条件: (1)…
    section = index.innermost(sentence.start)
    if section is None:
        return False
    if section.start not in seen:
        chain = index.chain(section)
        # criteria are an annex's (附件2 …准入标准), not a body heading's (加快制定技术标准: a task)
        seen[section.start] = about_applicants(s.title for s in chain) or defines_a_term(s.title for s in chain) \
            or lays_down_criteria(s.title for s in chain if s.family == "annex")
    return seen[section.start]


def _plan_in_review(index: DocumentIndex, sentence: Span, said: Span) -> bool:
    """A plan inside a review: the words up to the amount's clause (``said``) say 计划/力争/共需… (not
    …,顺利完成全年主要目标任务 after it), or the sentence names a time limit on or after the document's
    date (全年 names the year reviewed), except in the review part of a work summary with the next period's
    plan, published when it may be (its 本年度, 今年 and even 2023年专项债额度 are of the year reviewed)."""
    return states_a_plan(said.text(index.text)) or index.reference is not None and sentence.start >= index.review_end and any(
        t.role == "limit" and t.deadline is not None and t.deadline >= index.reference
        and not names_the_year_reviewed(t) for t in index.times_in(sentence.start, sentence.end))


def heading_path(index: DocumentIndex, position: int) -> str:
    """The titles of the sections around a position, outermost first: what a judge reads as context."""
    return ">".join(s.title for s in reversed(index.chain(index.innermost(position))))


def _paragraph(index: DocumentIndex, sentence: Span) -> tuple[int, str | None]:
    """Where a sentence's paragraph starts, and the status its latest opening (一年来,…) gives."""
    line = index.text.rfind("\n", 0, sentence.start) + 1
    return line, paragraph_opening(index.text, line, sentence.start) or past_period_opening(
        index.text, line, sentence.start, index.times_in(line, sentence.start + 1))


def _settled(found: list[Candidate], paragraphs: list[tuple[int, str | None]]) -> list[bool]:
    """Whether a candidate's paragraph states its status whatever the judge says of the candidates
    before it: the paragraph opens with one (一年来,…), or a sure amount, always kept, came earlier in
    it (its status then holds for the rest of the paragraph)."""
    settled, sure = [], set()
    for candidate, paragraph in zip(found, paragraphs):
        settled.append(bool(paragraph[1]) or paragraph in sure)
        if candidate.draft.verdict == "strong":
            sure.add(paragraph)
    return settled


def _decisions(index: DocumentIndex, found: list[Candidate], sections: list[str | None], settled: list[bool],
               judge: Judge | None) -> list[Decision | None]:
    """The judge's word on the candidates it has a say on: those the rules are unsure of, and sure
    ones whose status neither their sentence, nor their section (``sections``), nor their paragraph
    (``settled``) gives."""
    decisions: list[Decision | None] = [None] * len(found)
    if judge is None:
        return decisions
    asked = [i for i, (c, section_said) in enumerate(zip(found, sections))
             if c.draft.verdict != "strong" or not (c.draft.status or section_said or settled[i])]
    for i, score in zip(asked, judge.scores([found[i].context(index) for i in asked])):
        decisions[i] = decide(found[i].draft, score)
    return decisions


def _target(index: DocumentIndex, candidate: Candidate, status: str, method: str,
            task_ids: dict[int, str]) -> Target:
    draft, sentence = candidate.draft, candidate.sentence
    section = index.innermost(draft.quantity.start)
    recurs = draft.recurring and not raises_a_standard(index.text, draft.clause, draft.quantity.start)
    limit = None if status == "achieved" or recurs else target_limit(index, draft, sentence, section)
    return target(index.document, Amount.of(draft), span=draft.clause,
                  task_id=task_ids[section.start] if section else None,
                  owners=target_owners(index, draft, sentence, section), limit=Limit.of(limit), status=status,
                  method=method, model_version=index.model_version)


def _title_end(index: DocumentIndex) -> int:
    """The document's title line holds no targets (四个“一” 实现城市共治共管)."""
    first = index.text.split("\n", 1)[0]
    return len(first) if first and first == index.document.metadata.title else 0


def note_lines(text: str) -> frozenset[int]:
    """Where the lines of notes under a table start: a line opening with 注: / 备注:, and the lines right
    after it that open with the next circled number (②…)."""
    starts, in_note, position = [], False, 0
    for line in text.split("\n"):
        opens = NOTE_LABEL.match(line) is not None
        in_note = opens or (in_note and line[:1] in CIRCLED)
        if in_note:
            starts.append(position)
        position += len(line) + 1
    return frozenset(starts)


def _names_an_annex(text: str, sentence: Span) -> bool:
    """附件:…名单 and an annex's own title line describe a list; their amounts are no targets."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    return text.startswith("附件", line_start) or ANNEX_LINE.match(previous) is not None
