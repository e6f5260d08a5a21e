"""The extract stage: a cleaned Document to tasks and targets (RECORDS.md sections 2-5).

Sections of the outline become tasks; sentences outside tables yield targets,
dated by the most specific time limit that governs them and owned by the units
their item (or an enclosing item) names, else by their organization subject.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from .document import Document, Section
from .normalize.numerals import plain_number
from .outline import outline_paths
from .records import Target, Task
from .result import Result
from .rules.deadlines import TimeMention, context_words, find_times
from .rules.owners import Owners, assigned_owners, is_unit, subject_owners, tagged_owners
from .rules.sentences import Span, clauses, sentences
from .rules.status import default_status, heading_status
from .rules.targets import Draft, candidates_in_sentence
from .model.judge import Judge, decide, default_judge
from .tables.extract import TableRecords, find_tables

OPENING_WINDOW = 16
ANNEX_LINE = re.compile(r"^附件 ?\d*[:：]?$")
PROCESS_ROLES = frozenset({"limit"})
HEADING_ROLES = frozenset({"limit", "mention"})


@dataclass(frozen=True)
class SectionFacts:
    """What an outline section says about itself: owners, time limit, task id."""

    section: Section
    task_id: str
    owners: Owners
    limit: TimeMention | None
    heading_limit: TimeMention | None
    status: str | None


def extract_document(document: Document, *, use_model: bool = True, judge: Judge | None = None) -> Result:
    """Tasks and targets of a cleaned document. With ``use_model`` (the default) a trained judge
    (``judge``, else the shipped model when there is one) decides the amounts the rules are unsure of."""
    judge = judge or (default_judge() if use_model else None)
    reference = reference_date(document)
    tables = find_tables(document)
    context = _Context(document, reference, tables.spans, judge)
    tasks = [context.task(facts) for facts in context.facts.values()]
    targets = context.sentence_targets()
    table_tasks, table_targets = TableRecords(document, reference, len(tasks), len(targets)).build(tables.rows)
    version = judge.version if judge else None
    records = [replace(r, model_version=version) for r in (*tasks, *table_tasks, *targets, *table_targets)]
    return Result(document=document, tasks=tuple(r for r in records if isinstance(r, Task)),
                  targets=tuple(r for r in records if isinstance(r, Target)))


def candidate_contexts(document: Document) -> list[tuple[Draft, str]]:
    """For training a judge: every candidate amount outside tables with the context a judge reads."""
    context = _Context(document, reference_date(document), find_tables(document).spans, None)
    return [(draft, text) for draft, _, text in context.candidates()]


def reference_date(document: Document) -> date | None:
    """The document's own date: issued, else published (RECORDS.md section 4); an undated plan is
    read from the start of its period (某县2018年度考核细则: 年内 is 2018)."""
    for value in (document.metadata.issued, document.metadata.published, document.metadata.period_start):
        if value:
            return date.fromisoformat(value)
    return None


class _Context:
    """One document's sections, with what each says about owners, limits and status."""

    def __init__(self, document: Document, reference: date | None, table_spans: tuple[tuple[int, int], ...],
                 judge: Judge | None) -> None:
        self.document = document
        self.judge = judge
        self.text = document.text
        self.reference = reference
        self.paths = outline_paths(document.outline)
        self.table_spans = table_spans
        self.default_status = default_status(document)
        self.times = find_times(self.text, reference=reference)  # one pass; sliced per sentence
        self.time_starts = [t.start for t in self.times]
        self.facts: dict[int, SectionFacts] = {}
        self.parents: dict[int, Section | None] = {}
        self.subjects: dict[int, Owners] = {}
        self._collect(document.outline, None)
        first = document.outline.children[0].start if document.outline.children else len(self.text)
        self.document_owners = tagged_owners(self.text[:first])

    def _collect(self, section: Section, parent: Section | None) -> None:
        for child in section.children:
            self.parents[child.start] = parent if parent is None or parent.family != "root" else None
            own = self._own_span(child)
            own_text = self._without_tables(own)
            mentions = [t for t in self.times_in(own.start, own.end)
                        if not self._in_table(t.start) and not _signature_date(self.text, t)]
            times = [t for t in mentions if t.role in PROCESS_ROLES]
            # in a heading a year names the period it plans for: 2026年重点工作
            heading_times = [t for t in mentions if t.end <= child.body_start
                             and t.role in HEADING_ROLES and t.deadline]
            self.facts[child.start] = SectionFacts(
                section=child,
                task_id=f"{self.document.doc_id}:t{len(self.facts) + 1}",
                owners=tagged_owners(own_text).merged(assigned_owners(own_text)),
                limit=max(times, key=lambda t: t.deadline or date.min) if times else None,
                heading_limit=heading_times[-1] if heading_times else None,
                status=heading_status(child.title),
            )
            self._collect(child, child)

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        """The time expressions that start in text[start:end]."""
        first = bisect.bisect_left(self.time_starts, start)
        last = bisect.bisect_left(self.time_starts, end)
        return self.times[first:last]

    def _without_tables(self, span: Span) -> str:
        """The text of a span with its tables blanked out (same length, so offsets hold)."""
        text = self.text[span.start:span.end]
        for start, end in self.table_spans:
            a, b = max(start, span.start) - span.start, min(end, span.end) - span.start
            if a < b:
                text = text[:a] + " " * (b - a) + text[b:]
        return text

    def _own_span(self, section: Section) -> Span:
        end = section.children[0].start if section.children else section.end
        return Span(section.start, end)

    def ancestors(self, section: Section) -> list[Section]:
        chain = []
        parent = self.parents.get(section.start)
        while parent is not None:
            chain.append(parent)
            parent = self.parents.get(parent.start)
        return chain

    def innermost(self, position: int) -> Section | None:
        found = None
        for facts in self.facts.values():
            section = facts.section
            if section.start <= position < section.end and (found is None or section.start >= found.start):
                found = section
        return found

    def owners_for(self, section: Section | None) -> Owners:
        """Tagged owners of the section or the nearest enclosing section that has some, else the
        tags the document states before its first section (主(协)办机关: …)."""
        for candidate in ([section, *self.ancestors(section)] if section else []):
            owners = self.facts[candidate.start].owners
            if owners:
                return owners
        return self.document_owners

    def task(self, facts: SectionFacts) -> Task:
        section = facts.section
        own = self._own_span(section)
        owners = self.owners_for(section) or self._actors(section)
        limit = facts.heading_limit or facts.limit or self._inherited_limit(section)
        return Task(
            task_id=facts.task_id,
            doc_id=self.document.doc_id,
            source=self.document.source,
            path=self.paths.get(section.start, ()),
            title=section.title,
            text=own.text(self.text).strip(),
            owners=owners.owners,
            lead_owners=owners.lead,
            support_owners=owners.support,
            deadline=limit.deadline.isoformat() if limit and limit.deadline else None,
            deadline_text=limit.text if limit else None,
            deadline_start=limit.deadline_start.isoformat() if limit and limit.deadline_start else None,
            start=section.start,
            end=section.end,
        )

    def _actors(self, section: Section) -> Owners:
        """Organizations the item itself names as actors: its title (职责分工: (一)区建管委), the subjects
        of its clauses, else those of the nearest enclosing item's own text."""
        if is_unit(section.title):
            return Owners((section.title,))
        for candidate in (section, *self.ancestors(section)):
            if candidate.start not in self.subjects:
                self.subjects[candidate.start] = self._subject_owners(self._own_span(candidate),
                                                                      skip_heading=candidate.body_start)
            if self.subjects[candidate.start]:
                return self.subjects[candidate.start]
        return Owners()

    def _subject_owners(self, span: Span, *, skip_heading: int) -> Owners:
        owners = Owners()
        for sentence in sentences(self.text, max(span.start, skip_heading), span.end):
            for clause in clauses(self.text, sentence):
                owners = owners.merged(subject_owners(clause.text(self.text)))
        return owners

    def _inherited_limit(self, section: Section) -> TimeMention | None:
        for ancestor in self.ancestors(section):
            limit = self.facts[ancestor.start].heading_limit
            if limit is not None:
                return limit
        return None

    def sentence_targets(self) -> list[Target]:
        found = self.candidates()
        sections = [self._section_status(self.innermost(draft.quantity.start)) for draft, _, _ in found]
        scores = self._judged(found, sections)
        targets: list[Target] = []
        line_status: dict[int, str] = {}
        for (draft, sentence, _), section_status, score in zip(found, sections, scores):
            decision = decide(draft, score) if score is not None else None
            if not (decision.keep if decision else draft.verdict != "none"):
                continue
            line = self.text.rfind("\n", 0, sentence.start) + 1
            # what the sentence says, else what its paragraph said, else its section; the judge only
            # where the rules would fall back to the document's default
            stated = draft.status or line_status.get(line) or section_status
            judged = decision.status if decision and not stated else None
            by_model = bool(decision and decision.decided_by_model) or judged is not None
            targets.append(self._target(draft, sentence, stated or judged or self.default_status, len(targets) + 1,
                                        "model" if by_model else "rule"))
            line_status[line] = targets[-1].status
        return targets

    def _judged(self, found: list[tuple[Draft, Span, str]],
                sections: list[str | None]) -> list[dict[str, float] | None]:
        """The judge's scores of the candidates it has a say on: those the rules are unsure of, and
        sure ones whose status neither their sentence nor their section (``sections``) gives."""
        if self.judge is None:
            return [None] * len(found)
        asked = [i for i, ((draft, _, _), section_status) in enumerate(zip(found, sections))
                 if draft.verdict != "strong" or not (draft.status or section_status)]
        scores: list[dict[str, float] | None] = [None] * len(found)
        for i, score in zip(asked, self.judge.scores([found[i][2] for i in asked])):
            scores[i] = score
        return scores

    def candidates(self) -> list[tuple[Draft, Span, str]]:
        """Every candidate amount outside tables, with the context the judge reads (heading|clauses)."""
        found = []
        title_end = self._title_end()
        for sentence in sentences(self.text):
            if self._in_table(sentence.start) or sentence.start < title_end or self._names_an_annex(sentence):
                continue
            times = self.times_in(sentence.start, sentence.end)
            for draft in candidates_in_sentence(self.text, sentence, times, self.reference):
                found.append((draft, sentence, f"{self.heading_path(draft.quantity.start)}|{draft.context}"))
        return found

    def heading_path(self, position: int) -> str:
        """The titles of the sections around a position, outermost first: what a judge reads as context."""
        section = self.innermost(position)
        if section is None:
            return ""
        return ">".join(s.title for s in (*reversed(self.ancestors(section)), section))

    def _title_end(self) -> int:
        """The document's title line holds no targets (四个“一” 实现城市共治共管)."""
        first = self.text.split("\n", 1)[0]
        return len(first) if first and first == self.document.metadata.title else 0

    def _names_an_annex(self, sentence: Span) -> bool:
        """附件:…名单 and an annex's own title line describe a list; their amounts are no targets."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        previous = self.text[self.text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        return self.text.startswith("附件", line_start) or ANNEX_LINE.match(previous) is not None

    def _in_table(self, position: int) -> bool:
        return any(a <= position < b for a, b in self.table_spans)

    def _target(self, draft: Draft, sentence: Span, status: str, number: int, method: str) -> Target:
        section = self.innermost(draft.quantity.start)
        times = self.times_in(sentence.start, sentence.end)
        limit = None if status == "achieved" or draft.recurring else self._limit(draft, sentence, times, section)
        owners = self._target_owners(draft, sentence, section)
        return Target(
            target_id=f"{self.document.doc_id}:g{number}",
            doc_id=self.document.doc_id,
            source=self.document.source,
            task_id=self.facts[section.start].task_id if section else None,
            indicator=draft.indicator,
            action=draft.action,
            value=plain_number(draft.quantity.value),
            value_max=plain_number(draft.quantity.value_max) if draft.quantity.value_max is not None else None,
            unit=draft.unit,
            comparator=draft.comparator,
            change=draft.change,
            baseline_year=draft.baseline_year,
            deadline=limit.deadline.isoformat() if limit and limit.deadline else None,
            deadline_text=limit.text if limit else None,
            deadline_start=limit.deadline_start.isoformat() if limit and limit.deadline_start else None,
            recurring=draft.recurring,
            owners=owners.owners,
            lead_owners=owners.lead,
            support_owners=owners.support,
            status=status,
            evidence=draft.clause.text(self.text),
            start=draft.clause.start,
            end=draft.clause.end,
            method=method,
        )

    def _target_owners(self, draft: Draft, sentence: Span, section: Section | None) -> Owners:
        if draft.entity:
            return Owners((draft.entity,))
        return (self.owners_for(section) or subject_owners(draft.clause.text(self.text))
                or subject_owners(_strip_heading(sentence.text(self.text))))

    def _section_status(self, section: Section | None) -> str | None:
        for candidate in ([section, *self.ancestors(section)] if section else []):
            status = self.facts[candidate.start].status
            if status:
                return status
        return None

    def _limit(self, draft: Draft, sentence: Span, times: list[TimeMention],
               section: Section | None) -> TimeMention | None:
        """The most specific time limit governing the target: its clause, an earlier clause of its
        sentence, a completion date later in its paragraph, else the heading of an enclosing section."""
        limits = [t for t in times if t.role == "limit" and t.deadline]
        own = [t for t in limits if draft.clause.start <= t.start < draft.clause.end]
        earlier = [t for t in limits if t.end <= draft.clause.start]
        chosen = min(own, key=lambda t: abs(t.start - draft.quantity.start)) if own else (
            earlier[-1] if earlier else None)
        if chosen is not None:
            return _finer(chosen, [t for t in limits if t.start > draft.clause.end])
        opening = self._opening_limit(sentence)
        if opening is not None:
            return opening
        completion = self._completion_limit(sentence)
        if completion is not None:
            return completion
        for candidate in ([section, *self.ancestors(section)] if section else []):
            limit = self.facts[candidate.start].heading_limit
            if limit is not None:
                return limit
        return None

    def _opening_limit(self, sentence: Span) -> TimeMention | None:
        """"到2025年,…" opening a paragraph dates every sentence of it."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        for mention in self.times_in(line_start, line_start + OPENING_WINDOW):
            lead_in = self.text[line_start:mention.start]
            if mention.role == "limit" and mention.deadline and (not lead_in or context_words("before", "limit")
                                                                  .fullmatch(lead_in)) \
                    and self.text[mention.end:mention.end + 1] in (",", "，"):
                return mention
        return None

    def _completion_limit(self, sentence: Span) -> TimeMention | None:
        """"…,11月底完成创建任务" later in the paragraph dates the amounts before it."""
        line_end = self.text.find("\n", sentence.end)
        for mention in self.times_in(sentence.end, line_end if line_end >= 0 else len(self.text)):
            if mention.role == "limit" and mention.deadline and context_words("after", "completion").match(
                    self.text, mention.end):
                return mention
        return None


def _finer(chosen: TimeMention, later: list[TimeMention]) -> TimeMention:
    """A bare year (2021年…) gives way to a finer date of the same year later in the sentence (6月底…)."""
    if chosen.deadline is None or (chosen.deadline.month, chosen.deadline.day) != (12, 31):
        return chosen
    finer = [t for t in later if t.deadline and t.deadline.year == chosen.deadline.year and t.deadline < chosen.deadline]
    return finer[0] if finer else chosen


def _signature_date(text: str, mention: TimeMention) -> bool:
    """A date alone on its line signs the document; it limits nothing."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    return text[line_start:line_end if line_end >= 0 else len(text)].strip() == mention.text


def _strip_heading(sentence: str) -> str:
    return re.sub(r"^(第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])\s*", "", sentence)
