"""A list of duties written one unit a line under a heading that names it (职责分工, 部门职责):

    附件  部门职责分工
    省发展改革委负责将…纳入…规划。
    省教育厅负责…人才培养。

Each line is a task owned by the units it opens on (rules/entries.py), as a row of an annexed task table
is; the section over them stays a task of its own, owned by them all. A section whose own lines are not all
such lines (but for a lead-in ending with a colon) is no list of duties, and gives no line tasks.
"""
from __future__ import annotations

from .build import Limit, task
from .document import Section
from .headings import heading_title
from .index import DocumentIndex, own_span
from .lexicon import word_list
from .lines import lines_outside
from .records import Task
from .rules.deadlines import TimeMention
from .rules.entries import entry_units
from .rules.owners import Owners
from .rules.sentences import Span
from .task_limits import heading_limit

MIN_ENTRIES = 3  # fewer lines make no list of duties


def duty_entry_tasks(index: DocumentIndex) -> list[Task]:
    """A task for every line of a list of duties, in document order."""
    tasks = []
    paths = index.paths()
    for facts in index.facts.values():
        section = facts.section
        if not any(word in section.title for word in word_list("duty_lists.tsv")):
            continue
        for span, owners in _entries(index, section):
            line = span.text(index.text)
            tasks.append(task(index.document, span=span, path=paths.get(section.start, ()),
                              title=heading_title(line)[0], text=line, owners=owners,
                              limit=Limit.of(_limit(index, span, section)), model_version=index.model_version))
    return tasks


def _entries(index: DocumentIndex, section: Section) -> list[tuple[Span, Owners]]:
    """The lines of the section's own words past its heading, each with the units it opens on; none unless
    they run on from its first line or from the one after it (a lead-in: 按照…原则,区民防办牵头…), enough of them.
    Lines after the run are no duties (附表:1、…, 各部门要加强协作…); a line of units after those is no list."""
    own = own_span(section)
    lines = [(start, end, line) for start, end, line in lines_outside(index.text, list(index.table_spans))
             if section.body_start <= start < own.end and start > section.start]
    entries: list[tuple[Span, Owners]] = []
    ended = False
    for k, (start, end, line) in enumerate(lines):
        owners = entry_units(line)
        if owners and ended:
            return []
        if owners:
            entries.append((Span(start, end), owners))
        elif entries:
            ended = True
        elif k:
            return []
    return entries if len(entries) >= MIN_ENTRIES else []


def _limit(index: DocumentIndex, span: Span, section: Section) -> TimeMention | None:
    """The latest limit the line states, else the period a heading above it names."""
    limits = [t for t in index.times_in(span.start, span.end) if t.role == "limit" and t.deadline]
    return max(limits, key=lambda t: t.deadline) if limits else heading_limit(index, index.chain(section))
