"""The clean stage: one input to a Document.

decode → parse (HTML or text; Word, Excel and PDF by their own parsers) → normalize (t2s, width, whitespace) → split off
boilerplate → metadata → title → assemble text and tables → outline.
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from .clean.assemble import assemble
from .clean.boilerplate import split_boilerplate
from .clean.html import parse_html
from .clean.metadata import PageFacts, build_metadata
from .clean.normalize import detect_script, normalize_line, normalize_lines
from .clean.page import Block, Line, Page, RawCell, RawTable
from .clean.run_in import cut_run_in_items
from .clean.schedule_tables import schedule_tables
from .clean.text import parse_text
from .clean.title import place_title
from .document import Document
from .formats.dispatch import parse_binary, sniff
from .load.decode import decode
from .load.sources import DEFAULT_MAX_BYTES, STDIN, Source, read_bytes
from .outline import parse_outline
from .records import stable_id

HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml"})
HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.I)
HTML_SIGNS = re.compile(rb"<(html|body|div|p|table|meta|span)\b", re.I)


def read(source: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and clean one file (or ``-`` for standard input) into a Document."""
    return read_source(source_named(source), max_bytes=max_bytes)


def source_named(source: str | os.PathLike[str]) -> Source:
    """A file by its path, or standard input by ``-``."""
    name = os.fspath(source)
    return Source(STDIN) if name == STDIN else Source(name, Path(name))


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Document:
    data = read_bytes(source, max_bytes=max_bytes)
    return document_from_bytes(data, name=source.name, suffix=source.suffix, encoding=encoding)


def document_from_bytes(data: bytes, *, name: str, suffix: str = "", encoding: str | None = None) -> Document:
    """Parse and clean the bytes of one input; its ``doc_id`` is a digest of these bytes, so it does
    not change when the cleaner does."""
    doc_id = stable_id(data)
    kind = sniff(data, source=name, suffix=suffix)
    if kind != "text":
        return clean_page(parse_binary(data, kind=kind, source=name), source=name, doc_id=doc_id)
    decoded = decode(data, source=name, declared=encoding)
    page = parse_html(decoded.text) if _is_html(data, suffix) \
        else parse_text(decoded.text, markdown=suffix == ".md")
    return clean_page(dataclasses.replace(page, encoding=decoded.encoding), source=name, doc_id=doc_id)


def clean_page(page: Page, *, source: str, doc_id: str) -> Document:
    script = detect_script(" ".join(_texts(page.blocks)))
    traditional = script == "hant"
    blocks = schedule_tables(_normalize_blocks(page.blocks, traditional=traditional))
    chrome = tuple(line for line in normalize_lines(list(page.chrome), traditional=traditional) if line)
    split = split_boilerplate(blocks)
    body_lines = tuple(b.text for b in split.body if isinstance(b, Line))
    facts = PageFacts(
        source=source,
        body_lines=body_lines,
        headings=tuple(b.text for b in split.body if isinstance(b, Line) and 1 <= b.level <= 2),
        chrome=(*chrome, *split.chrome),
        meta_tags={k: normalize_line(v, traditional=traditional) for k, v in page.meta_tags.items()},
        html_title=normalize_line(page.title, traditional=traditional) if page.title else None,
        script=script,
    )
    metadata = build_metadata(facts, doc_id="")
    assembled = assemble(place_title(cut_run_in_items(split.body), metadata.title))
    problems = () if assembled.text.count("\n") > 1 else ("no body text beyond a title (an image-only or empty page?)",)
    return Document(
        metadata=dataclasses.replace(metadata, doc_id=doc_id),
        text=assembled.text,
        outline=parse_outline(assembled.text, assembled.tables),
        tables=assembled.tables,
        encoding=page.encoding,
        problems=problems,
    )


def _normalize_blocks(blocks: tuple[Block, ...], *, traditional: bool) -> tuple[Block, ...]:
    """Every line and cell normalized, all in one pass."""
    texts = iter(normalize_lines(list(_texts(blocks)), traditional=traditional))
    return tuple(
        Line(next(texts), block.level) if isinstance(block, Line) else
        RawTable(rows=tuple(tuple(RawCell(next(texts), c.rowspan, c.colspan) for c in row) for row in block.rows))
        for block in blocks)


def _texts(blocks: tuple[Block, ...]):
    for block in blocks:
        if isinstance(block, Line):
            yield block.text
        else:
            yield from (cell.text for row in block.rows for cell in row)


def _is_html(data: bytes, suffix: str) -> bool:
    if suffix in HTML_SUFFIXES:
        return True
    head = data[:4096]
    if HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return True
    return not suffix and len(HTML_SIGNS.findall(head)) >= 5
