"""Tasks from the outline: every section is a task, owned and dated by the resolvers."""
from __future__ import annotations

from .build import Limit, task
from .document import Section
from .index import DocumentIndex, own_spans
from .records import Task
from .rules.sentences import Span
from .task_limits import task_limit
from .task_owners import task_owners
from .unit_headings import item_title


def section_tasks(index: DocumentIndex) -> list[Task]:
    """One task per outline section, in document order; its span is the whole section."""
    paths = index.paths()
    return [task(index.document, span=Span(f.section.start, f.section.end), path=paths.get(f.section.start, ()),
                 title=item_title(index.text, f.section), text=_own_text(index.text, f.section),
                 owners=task_owners(index, f.section), limit=Limit.of(task_limit(index, f)),
                 model_version=index.model_version)
            for f in index.facts.values()]


def _own_text(text: str, section: Section) -> str:
    """The section's own words: before its first sub-section, and an article's paragraph after its items."""
    return "\n".join(span.text(text).strip() for span in own_spans(section))
