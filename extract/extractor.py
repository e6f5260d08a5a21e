"""The extract stage: a cleaned Document to tasks and targets (RECORDS.md sections 2-5).

In order: the tables are found, those flattened into the text too (tables/find.py), and no line of
theirs heads a section; the document is indexed once (sections and what each says, time expressions,
table spans: extract/index.py); sections become tasks (sections.py); sentences outside
tables yield candidate amounts that the rules, and the judge where it has a say, decide
on (prose.py, decide.py); table rows and cells become tasks and targets (tables/extract.py).
Owners, limits and status come from the same resolvers (task_owners.py, target_owners.py,
clause_owners.py, task_limits.py, target_limits.py, section_status.py) and every record from
the same builder (build.py).
"""
from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date

from .document import Document
from .duty_entries import duty_entry_tasks
from .index import DocumentIndex
from .lexicon import words_where
from .milestones import milestone_tasks
from .model.judge import Judge, default_judge
from .outline import parse_outline
from .prose import candidates, sentence_targets
from .records import Target
from .result import Result
from .rules.status import is_budget, is_statistics
from .rules.targets import Draft
from .sections import section_tasks
from .segment import forget_blocks
from .tables.annex_owners import with_annex_owners, without_row_items
from .tables.extract import TableRecords
from .tables.find import TableFacts, find_tables


def extract_document(document: Document, *, use_model: bool = False, judge: Judge | None = None) -> Result:
    """Tasks and targets of a cleaned document, by the rules. With a ``judge``, or ``use_model`` (the
    shipped model when there is one), a trained judge decides the amounts the rules are unsure of.
    The cyclic garbage collector is paused while one document is read (what the rules make for it dies
    by reference counting when they are done with it; few cycles are made) and runs again after, as it was."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(document, judge or (default_judge() if use_model else None))
    finally:
        if collecting:
            gc.enable()


def _extract(document: Document, judge: Judge | None) -> Result:
    forget_blocks()
    document, tables = _with_tables(document)
    index = DocumentIndex.build(document, reference=reference_date(document), table_spans=tables.spans,
                                model_version=judge.version if judge else None)  # every record is built with it
    tasks = section_tasks(index) + milestone_tasks(index) + duty_entry_tasks(index)
    statistics = is_statistics(document)  # a statistical bulletin's figures describe; none commits: none is read
    targets = [] if statistics else sentence_targets(index, candidates(index), judge,
                                                     {t.start: t.task_id for t in tasks})
    table_tasks, table_targets = TableRecords(index).build(tables.rows)
    tasks = without_row_items(with_annex_owners(tasks, table_tasks), table_tasks)
    if statistics:
        table_targets = []
    if is_budget(document):  # allocations, receipts, assets: only the performance targets it sets count
        targets = [t for t in targets if _sets_performance_targets(index, t)]
    return Result(document=document, tasks=(*tasks, *table_tasks), targets=(*targets, *table_targets))


def _with_tables(document: Document) -> tuple[Document, TableFacts]:
    """The document's tables, those flattened into its text too, and the document with no heading inside one
    read from its lines, as none is inside a real table's (the outline is parsed again only then)."""
    tables = find_tables(document)
    if tables.flattened:
        document = replace(document, outline=parse_outline(document.text, document.tables, flattened=tables.flattened))
    return document, tables


def _sets_performance_targets(index: DocumentIndex, target: Target) -> bool:
    """A budget page's amount under a heading that sets performance targets (七、绩效目标), not one that
    reports on them (四、绩效目标设置情况): extract/data/budget_sections.tsv."""
    sets, reports = (words_where("budget_sections.tsv", "says", says) for says in ("targets", "report"))
    titles = [s.title for s in index.chain(index.innermost(target.start))]
    return any(any(w in title for w in sets) and not any(w in title for w in reports) for title in titles)


def candidate_contexts(document: Document) -> list[tuple[Draft, str]]:
    """For training a judge: every candidate amount outside tables with the context a judge reads."""
    document, tables = _with_tables(document)
    index = DocumentIndex.build(document, reference=reference_date(document), table_spans=tables.spans)
    return [(c.draft, c.context(index)) for c in candidates(index)]


def reference_date(document: Document) -> date | None:
    """The document's own date: issued, else published (RECORDS.md section 4); an undated plan is
    read from the start of its period (某县2018年度考核细则: 年内 is 2018)."""
    for value in (document.metadata.issued, document.metadata.published, document.metadata.period_start):
        if value:
            return date.fromisoformat(value)
    return None
