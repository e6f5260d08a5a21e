"""A cleaned document indexed once for extraction: its sections with what each says about
itself, its time expressions and where its tables are, all looked up by bisection.

Built in one pass over the outline and one pass of the time finder over the text;
the resolvers (task_owners.py, target_owners.py, task_limits.py, target_limits.py,
section_status.py) and both record paths (sentences and table cells) read from it instead of
searching the document again.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property

from .chars import fold
from .document import Document, Section
from .frozen import frozen
from .lexicon import alternation, word_list
from .outline import outline_paths
from .rules.assignments import (StandingOwners, assigned_owners, closing_tag, opens_first_leads, standing_owners,
                                tagged_owners, with_standing)
from .rules.deadlines import TimeMention, find_times
from .rules.owners import Owners
from .rules.sentences import Span
from .rules.signatures import signs_document
from .rules.status import (asks, default_status, heads_one_part, heading_status, is_rules, names_a_plan, plan_part,
                           reviews_then_plans)
from .rules.time_conditions import names_an_annex
from .splits import Splits
from .tables.row_tails import row_tail_owners
from .tables.year_cells import schedule_years

PROCESS_ROLES = frozenset({"limit"})
ROC_ERA = "民国"
HEADING_ROLES = frozenset({"limit", "mention"})
MIN_TITLE_HEADING = 8  # a heading this long found in the document's title is that title (总体要求 is not)


@frozen
class SectionFacts:
    """What an outline section says about itself: owners, time limit, status."""

    section: Section
    owners: Owners
    limit: TimeMention | None
    heading_limit: TimeMention | None
    status: str | None


def uses_roc_years(document: Document) -> bool:
    """Documents of Taiwan count years of the Republic (105年 is 2016): written in traditional
    script, or naming the era."""
    return document.metadata.script == "hant" or ROC_ERA in document.text


@dataclass
class DocumentIndex:
    """One document's text, sections, time expressions and table spans, with lookups."""

    document: Document
    reference: date | None
    table_spans: tuple[tuple[int, int], ...]
    times: list[TimeMention]
    roc_years: bool = False  # years of the Republic (105年 is 2016)
    model_version: str | None = None  # the judge's, when one decides: every record is built with it
    facts: dict[int, SectionFacts] = field(default_factory=dict)  # by section start, in document order
    parents: dict[int, Section | None] = field(default_factory=dict)
    document_owners: Owners = field(default_factory=Owners)  # tags before the first section (主办机关: …)
    subjects: dict[int, Owners] = field(default_factory=dict)  # memo of the resolvers: actors by section
    heading_owners: dict[int, Owners] = field(default_factory=dict)  # memo: the units a heading names, by section
    row_tails: dict[int, Owners] = field(default_factory=dict)  # owner cells after flattened rows, by section
    lead_ins: dict[int, tuple[list[int], list]] = field(default_factory=dict)  # memo: lead-ins in force, by section
    first_leads_from: int | None = None  # where 列第一的为牵头单位，下同 starts to rank assignments
    standing: StandingOwners | None = None  # 以下均需各区落实,不再列出: a unit of every later assignment
    review_end: int = 0  # where the review part of a work summary with the next period's plan ends (else 0)
    plan_limit: TimeMention | None = None  # the period a summary's title plans for (2025年 of …及2025年工作计划)
    _title: str = ""  # the document's title folded as headings are compared with it, once per document
    _time_starts: list[int] = field(default_factory=list)
    _section_starts: list[int] = field(default_factory=list)
    _sections: list[Section] = field(default_factory=list)

    @classmethod
    def build(cls, document: Document, *, reference: date | None, table_spans: tuple[tuple[int, int], ...],
              model_version: str | None = None) -> DocumentIndex:
        roc_years = uses_roc_years(document)
        index = cls(document, reference, table_spans,
                    find_times(document.text, reference=reference, roc_years=roc_years), roc_years=roc_years,
                    model_version=model_version)
        index._time_starts, index._title = [t.start for t in index.times], fold(document.metadata.title or "")
        index.first_leads_from = opens_first_leads(document.text)
        index.standing = standing_owners(document.text)
        index.plan_limit = _plan_limit(index)
        index._collect(document.outline, None)
        index.review_end = _review_end(index, [index.facts[s.start] for s in document.outline.children])
        ordered = sorted(enumerate(f.section for f in index.facts.values()), key=lambda p: (p[1].start, p[0]))
        index._sections = [section for _, section in ordered]
        index._section_starts = [section.start for section in index._sections]
        first = document.outline.children[0].start if document.outline.children else len(document.text)
        index.document_owners = tagged_owners(document.text[:first])
        index.row_tails = row_tail_owners(document.text, document.outline)
        return index

    def find_times(self, text: str) -> list[TimeMention]:
        """The time expressions of a piece of this document (a table cell), read as the document's are."""
        return find_times(text, reference=self.reference, roc_years=self.roc_years)

    @property
    def text(self) -> str:
        return self.document.text

    def _collect(self, section: Section, parent: Section | None) -> None:
        for child in section.children:
            self.parents[child.start] = parent if parent is None or parent.family != "root" else None
            spans = own_spans(child)  # the own words before its first sub-section, and an article's after its items
            mentions = [t for span in spans for t in self.times_in(span.start, span.end)
                        if not self.in_table(t.start) and not signs_document(self.text, t, self._title)]
            times = [t for t in mentions if t.role in PROCESS_ROLES] + _schedule_years(self, spans[0])
            heading_times = _heading_times(self, child, mentions)
            own_text = "\n".join(self.without_tables(span) for span in spans)
            self.facts[child.start] = SectionFacts(
                section=child,
                owners=with_standing(tagged_owners(own_text).merged(assigned_owners(
                    own_text, first_leads=self.first_leads_from is not None and spans[0].end > self.first_leads_from)),
                    self.standing, spans[-1].end),
                limit=_latest(times),
                heading_limit=heading_times[-1] if heading_times else None,
                status=heading_status(child.title, reference=self.reference,
                                      year=heading_times[-1].deadline.year if heading_times else None),
            )
            self._collect(child, child)
            self.facts[child.start] = _closed(self, child)

    def _names_the_document(self, section: Section) -> bool:
        """The heading is the document's title, or the title of the plan a notice issues (关于印发《…》的通知)."""
        heading = fold(section.title)  # not one part of a summary's title (二、2025年工作思路)
        return len(heading) >= MIN_TITLE_HEADING and heading in self._title and not heads_one_part(self._title, heading)

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        """The time expressions that start in text[start:end]."""
        first = bisect.bisect_left(self._time_starts, start)
        last = bisect.bisect_left(self._time_starts, end)
        return self.times[first:last]

    def innermost(self, position: int) -> Section | None:
        """The deepest section around ``position``: the last one to start at or before it, or the
        nearest of its enclosing sections that still reaches it."""
        found = bisect.bisect_right(self._section_starts, position)
        section = self._sections[found - 1] if found else None
        while section is not None and not section.start <= position < section.end:
            section = self.parents.get(section.start)
        return section

    def chain(self, section: Section | None) -> list[Section]:
        """The section and the sections around it, innermost first."""
        chain = []
        while section is not None:
            chain.append(section)
            section = self.parents.get(section.start)
        return chain

    def in_table(self, position: int) -> bool:
        starts, furthest, _ = self._tables_in_order
        before = bisect.bisect_right(starts, position)  # the tables starting at or before the position
        return before > 0 and furthest[before - 1] > position

    @cached_property
    def _tables_in_order(self) -> tuple[list[int], list[int], list[tuple[int, int]]]:
        """The table spans by start, their starts, and how far the tables up to each one reach (bisected)."""
        spans = sorted(self.table_spans)
        return [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max)), spans

    @cached_property
    def prose(self) -> str:
        """The whole text with its tables blanked out (same length, so offsets hold): what items say in
        their own words, not the cells of a table they hold."""
        pieces, position = [], 0
        for start, end in self._tables_in_order[2]:
            start, end = max(start, position), min(end, len(self.text))
            if start < end:
                pieces += [self.text[position:start], " " * (end - start)]
                position = end
        pieces.append(self.text[position:])
        return "".join(pieces)

    def without_tables(self, span: Span) -> str:
        """The text of a span with its tables blanked out (same length, so offsets hold)."""
        return self.prose[span.start:span.end]

    @cached_property
    def splits(self) -> Splits:
        """The sentences and clauses of the text, each cut once."""
        return Splits(self.text)

    @cached_property
    def prose_splits(self) -> Splits:
        """The sentences and clauses of :attr:`prose`: the text's own wherever no table is blanked."""
        return Splits(self.prose, same_as=self.splits, changed=self.table_spans)

    def paths(self) -> dict[int, tuple[str, ...]]:
        return outline_paths(self.document.outline)

    def default_status(self) -> str:
        return default_status(self.document)

    def states_rules(self) -> bool:
        return is_rules(self.document)


def own_span(section: Section) -> Span:
    """A section's own words: up to its first sub-section."""
    end = section.children[0].start if section.children else section.end
    return Span(section.start, end)


def tail_span(section: Section) -> Span | None:
    """A section's own words after its last sub-section, where that ends before it (an article's paragraph
    after its items, outline.py), else None."""
    if not section.children or section.children[-1].end >= section.end:
        return None
    return Span(section.children[-1].end, section.end)


def own_spans(section: Section) -> tuple[Span, ...]:
    """All of a section's own words: before its first sub-section, between two that leave words out (the lead-in
    of a list run into a paragraph after the last point of the one before, runin_items.py), and after its last one."""
    tail = tail_span(section)
    gaps = tuple(Span(child.end, following.start) for child, following in zip(section.children, section.children[1:])
                 if child.end < following.start)
    return (own_span(section), *gaps, tail) if tail else (own_span(section), *gaps)


def _closed(index: DocumentIndex, section: Section) -> SectionFacts:
    """A section's facts, its owners those of the tag line that closes it after its last item ((责任部门:市税务局) on
    its own line, or a last item that is nothing but a tag: (四)责任单位:市城管局) where neither the section nor any
    other item below it names units: the tag owns the section and so its items. A section whose items carry tags of
    their own is owned by none of them."""
    facts = index.facts[section.start]
    if len(section.children) < 2 or facts.owners:
        return facts
    *others, last = section.children
    if last.children or any(index.facts[s.start].owners for other in others for s in other.walk()):
        return facts
    closing = closing_tag("\n".join(index.without_tables(span) for span in own_spans(last)))
    return replace(facts, owners=closing) if closing and closing == index.facts[last.start].owners else facts


def _schedule_years(index: DocumentIndex, own: Span) -> list[TimeMention]:
    """The year cells of the year schedule tables in an item's own text (年度 | 施政重点)."""
    return [m for table in index.document.tables if own.start <= table.start < own.end
            for m in schedule_years(table, roc_years=index.roc_years)]


def _review_end(index: DocumentIndex, tops: list[SectionFacts]) -> int:
    """Where the review part of a work summary with the next period's plan (…2024年工作总结及2025年工作计划)
    ends: at its first top-level heading that plans, by a plan word or a year it names (二、2025年工作计划,
    not (三)以高质量发展为目标 in the review), or whose opening sentence names the period the title plans for
    (二、奋勇争先,开拓创新,全力以赴做好2023年工作…); 0 for any other document, or one with no such heading."""
    if not reviews_then_plans(index.document.metadata.title or ""):
        return 0
    return next((f.section.start for f in tops if (f.status == "planned" and (
        f.heading_limit is not None or names_a_plan(f.section.title))) or _opens_on_plan(index, f.section)), 0)


def _plan_limit(index: DocumentIndex) -> TimeMention | None:
    """The period the plan part of a summary's title names (2025年 of …2024年工作总结及2025年工作计划)."""
    words = plan_part(index.document.metadata.title or "")
    dated = [t for t in index.find_times(words) if t.deadline] if words else []
    return dated[-1] if dated else None


def _opens_on_plan(index: DocumentIndex, section: Section) -> bool:
    """A top-level section whose first sentence, before any item, names the period the title plans for."""
    end = section.children[0].start if section.children else section.end
    stop = index.text.find("。", section.start, end)
    return index.plan_limit is not None and any(
        t.deadline == index.plan_limit.deadline for t in index.times_in(section.start, stop if stop > 0 else end))


def _heading_times(index: DocumentIndex, section: Section, mentions: list[TimeMention]) -> list[TimeMention]:
    """In a heading a year names the period it plans for: 2026年重点工作; not in the plan's own title repeated
    above its body (…行动计划(2024-2026年)), nor in a question (2025年度有多少个?): the year asked about, nor in the
    name of what the work follows (根据2019年工作目标, 《2024年…工作要点》), nor in the name an annex of an annual
    document opens on (…关于下达2016年…目标责任的通知 / 附件1 2016年区公安局安全生产目标责任): the year its duties
    are listed for, no time limit."""
    if index._names_the_document(section) or asks(index.text[section.start:section.body_start]):
        return []
    return [t for t in mentions if t.end <= section.body_start and t.role in HEADING_ROLES and t.deadline
            and not names_what_is_followed(index.text[section.start:t.start], t) and not _names_an_annual_annex(index, t)]


def _names_an_annual_annex(index: DocumentIndex, mention: TimeMention) -> bool:
    """The year opens the title of an annex (附件1 2016年…) and is the year the document's title names."""
    return (names_an_annex(index.text, mention.start) and mention.deadline is not None
            and str(mention.deadline.year) in index._title)


def names_what_is_followed(heading: str, mention: TimeMention) -> bool:
    """A year of a heading (``heading`` is its words before it) read as a mention inside the name of another
    document (《2024年…工作要点》) or after a preposition opening the goals or plan the work follows
    (根据2019年工作目标: followed_bases.tsv) names them, not the period of the section."""
    if mention.role != "mention":
        return False
    return heading.rfind("《") > heading.rfind("》") or _followed_base().search(heading) is not None


@cache
def _followed_base() -> re.Pattern[str]:
    return re.compile(alternation(word_list("followed_bases.tsv")))


def _latest(times: list[TimeMention]) -> TimeMention | None:
    """The latest limit of an item's words; one the document's date cannot resolve (今年 in an
    undated report) only when none is dated."""
    dated = [t for t in times if t.deadline]
    return max(dated, key=lambda t: t.deadline) if dated else (times[0] if times else None)
