"""A cleaned document: simplified text, its metadata, its outline and its tables.

Every offset in the toolkit (outline spans, table cells, evidence of records)
refers to ``Document.text``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .records import Metadata


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table with merged cells resolved; in the text each row is one line, cells tab-separated."""

    start: int
    end: int
    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int

    def grid(self) -> tuple[tuple[Cell | None, ...], ...]:
        """Rows of cells; a merged cell stands in every position it covers."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    rows[r][c] = cell
        return tuple(tuple(row) for row in rows)


@dataclass(frozen=True, slots=True)
class Section:
    """A node of the outline: a heading and everything up to the next heading of its rank."""

    marker: str
    family: str
    number: int
    title: str
    heading: str
    start: int
    end: int
    body_start: int
    children: tuple[Section, ...] = ()

    def walk(self):
        """This section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Document:
    metadata: Metadata
    text: str
    outline: Section
    tables: tuple[Table, ...] = ()
    encoding: str = "utf-8"
    problems: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        return self.metadata.source

    @property
    def doc_id(self) -> str:
        return self.metadata.doc_id

    def sections(self) -> list[Section]:
        """Every outline section below the root, in document order."""
        return list(self.outline.walk())[1:]
