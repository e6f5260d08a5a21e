"""The stages of policy-extract, in the order they run, written down once.

1. load      bytes of a file, standard input or a fetched page, under a size cap (load/sources.py)
2. parse     bytes → ``Page``: decode and parse HTML or text; Word, Excel and PDF by their parsers (read.py)
3. clean     ``Page`` → ``Document``: normalize, split off boilerplate, metadata, title, tables, outline (read.py)
4. index     ``Document`` → ``DocumentIndex``: sections and their facts, time expressions, tables, sentences
            and clauses cut once (index.py, splits.py)
5. find      candidate amounts of sentences (prose.py); table rows and cells (tables/)
6. decide    the rules' verdict, and the judge's where it has a say (decide.py, model/judge.py)
7. build     tasks and targets with owners, limits and status from the resolvers (task_owners.py,
            target_owners.py, clause_owners.py, task_limits.py, target_limits.py, section_status.py;
            build.py; outline items: sections.py, milestone lines: milestones.py,
            lines of a list of duties: duty_entries.py)
8. result    a ``Result``: the document and its records (result.py); exporters and the store take it from here

``read``, ``extract``, ``ingest``, ``fetch`` and the spaCy component run documents through
:func:`process` (or its two halves, :func:`document_from_bytes` and :func:`extract_document`).
"""
from __future__ import annotations

from .extractor import extract_document
from .load.sources import DEFAULT_MAX_BYTES, Source, read_bytes
from .model.judge import Judge
from .read import document_from_bytes
from .result import Result

__all__ = ["process", "process_source", "document_from_bytes", "extract_document"]


def process(data: bytes, *, name: str, suffix: str = "", encoding: str | None = None, use_model: bool = False,
            judge: Judge | None = None) -> Result:
    """Stages 2 to 8: the bytes of one input (``name`` says where they came from) to a Result."""
    document = document_from_bytes(data, name=name, suffix=suffix, encoding=encoding)
    return extract_document(document, use_model=use_model, judge=judge)


def process_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                   use_model: bool = False, judge: Judge | None = None) -> Result:
    """All the stages for one file or standard input."""
    return process(read_bytes(source, max_bytes=max_bytes), name=source.name, suffix=source.suffix,
                   encoding=encoding, use_model=use_model, judge=judge)
