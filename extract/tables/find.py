"""The task tables of a document: its real tables' rows, and the rows of the tables flattened into its
text (run together, spaced by year, numbered lists, unit targets, grouped rows), each where no table was
read before."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..index import uses_roc_years
from .caption import lines_before
from .flattened import flattened_tables
from .flattened_lists import flattened_lists
from .group_owners import group_labels, with_group_owners
from .grouped_rows import grouped_tables
from .rows import TableRow, table_rows
from .run_together import run_together_tables
from .spaced_years import spaced_year_tables
from .unit_targets import unit_target_tables


@dataclass(frozen=True, slots=True)
class TableFacts:
    rows: tuple[TableRow, ...]
    spans: tuple[tuple[int, int], ...]  # where tables are in the text: no sentence extraction there
    flattened: tuple[tuple[int, int], ...] = ()  # those of them read from the text's lines: no headings there


def find_tables(document: Document) -> TableFacts:
    rows: list[TableRow] = []
    spans = [(t.start, t.end) for t in document.tables]
    for table in document.tables:
        rows += with_group_owners(table_rows(table, lines_before(document.text, table.start)), group_labels(table))
    roc_years = uses_roc_years(document)
    for flat in [*run_together_tables(document.text, spans),
                 *spaced_year_tables(document.text, spans, roc_years=roc_years), *flattened_lists(document.text, spans),
                 *flattened_tables(document.text, spans), *unit_target_tables(document.text, spans),
                 *grouped_tables(document.text, spans)]:
        if not any(a <= flat.start < b for a, b in spans):
            rows += with_group_owners(list(flat.rows))
            spans.append((flat.start, flat.end))
    return TableFacts(tuple(rows), tuple(spans), tuple(spans[len(document.tables):]))
