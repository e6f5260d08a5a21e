"""Full-text search over the stored documents and their tasks and targets.

Any characters match, no word segmentation needed: the index (``fulltext``)
gives the documents holding every character of the query, and the query is
checked against their title and text. A task or target matches when its own words contain
the query; it is looked for in the documents that match, since its words are
part of its document's text.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ..records import Metadata, Target, Task, as_dict
from .database import Store
from .fulltext import candidates_sql, match_expression
from .query import records_of
from .schema import DOCUMENTS, PAGES, TARGETS, TASKS, record_from

SNIPPET_CONTEXT = 30  # characters on either side of the first match


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A matching document (the latest version of a page), where it matches, and its matching records."""

    document: Metadata
    snippet: str
    tasks: tuple[Task, ...]
    targets: tuple[Target, ...]


def search(store: Store, query: str, *, limit: int = 20) -> list[SearchHit]:
    """The latest documents whose title or text contains ``query``, newest first, with their matching records."""
    needle = query.strip()
    if not needle:
        raise ValueError("an empty query matches everything: give some words to look for")
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    order = "ORDER BY issued IS NULL, issued DESC, rowid"
    rows = store.rows(f"SELECT * FROM {DOCUMENTS.name} WHERE rowid IN (SELECT rowid FROM {DOCUMENTS.name} "
                      f"WHERE {candidates_sql(store.dialect)} AND {_matching(store.dialect)} AND doc_id IN "
                      f"(SELECT doc_id FROM {PAGES.name} WHERE latest = 1) {order} LIMIT {int(limit)}) {order}",
                      {"pattern": pattern, "needle": needle, "chars": match_expression(needle)})
    return [_hit(store, row, needle) for row in rows]


def _matching(dialect: str) -> str:
    like = "ILIKE" if dialect == "postgresql" else "LIKE"
    return f"(title {like} :pattern ESCAPE '\\' OR text {like} :pattern ESCAPE '\\')"


def _hit(store: Store, row: dict[str, object], needle: str) -> SearchHit:
    metadata = record_from(Metadata, row)
    text, folded = str(row["text"]), needle.casefold()

    def mentions(*columns: str) -> Callable[[dict[str, object]], bool]:
        return lambda record: any(folded in str(record[column]).casefold() for column in columns)

    tasks = records_of(store, TASKS, Task, row, keep=mentions("title", "text"))
    targets = records_of(store, TARGETS, Target, row, keep=mentions("indicator", "evidence"))
    return SearchHit(metadata, snippet(text, needle), tasks, targets)


def snippet(text: str, needle: str) -> str:
    """The first place ``needle`` occurs in ``text``, with some context, on one line."""
    at = text.casefold().find(needle.casefold())
    if at < 0:
        return ""
    start, end = max(0, at - SNIPPET_CONTEXT), min(len(text), at + len(needle) + SNIPPET_CONTEXT)
    words = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return " ".join(words.split())


def format_hit(hit: SearchHit) -> str:
    """A hit as a few lines to read: the notice, where it matches, its matching tasks and targets."""
    document = hit.document
    about = ", ".join(part for part in (document.issued, document.issuer, document.region) if part)
    lines = [f"{document.title or document.source}" + (f" ({about})" if about else ""),
             f"  {document.source}  doc_id {document.doc_id}", f"  {hit.snippet}"]
    lines += [f"  task {' / '.join(task.path) or task.title}" for task in hit.tasks]
    lines += [f"  target {target.indicator}: {target.comparator} {target.value:g} {target.unit or ''}".rstrip()
              + (f" by {target.deadline}" if target.deadline else "") for target in hit.targets]
    return "\n".join(lines) + "\n"


def hit_lines(hit: SearchHit) -> str:
    """A hit as JSON Lines: the document (with its snippet), then its matching tasks and targets."""
    rows = [{"kind": "document", **as_dict(hit.document), "snippet": hit.snippet},
            *({"kind": "task", **as_dict(task)} for task in hit.tasks),
            *({"kind": "target", **as_dict(target)} for target in hit.targets)]
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
