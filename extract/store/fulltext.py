"""The search index of the documents: which characters each holds, so that a query is checked on few of them.

A document can contain a query only if it holds every character of it. The index
gives the documents that hold them all; the search then checks the query against
their title and text (LIKE on SQLite, ILIKE on PostgreSQL), so it finds exactly
what a scan would. Neither index keeps a copy of the text, and each keeps one
entry per distinct character of a document (some 800 for a notice of 11,000
characters), where a trigram index kept one per distinct three characters:
- SQLite: a contentless FTS5 table, one token per character (its code point in
  hex, so that no tokenizer decides what a character is), ASCII letters folded
  to lower case as LIKE folds them; written by ``index_document``.
- PostgreSQL: a GIN index over the array of the lower-cased title and text's
  characters (ILIKE compares lower-cased text), kept up to date by the server;
  without GIN's pending list, whose pages a notice's 800 new entries would
  leave behind, ten times the index's own size.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Store

DOCUMENTS_TABLE = "documents"
SEARCH_INDEX = f"{DOCUMENTS_TABLE}_chars"
# PostgreSQL: the characters of a document, and of a query; the index is on the first expression.
POSTGRES_CHARACTERS = "regexp_split_to_array(lower(coalesce(title, '') || text), '')"
POSTGRES_QUERY_CHARACTERS = "regexp_split_to_array(lower(:needle), '')"


def search_statements(dialect: str) -> tuple[str, ...]:
    """The search index (documents are only ever inserted; each is indexed as it is)."""
    if dialect == "postgresql":
        return (f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON {DOCUMENTS_TABLE} USING gin (({POSTGRES_CHARACTERS})) "
                "WITH (fastupdate = off)",)
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_INDEX} USING fts5(chars, content='', tokenize='ascii', "
            "detail='none', columnsize=0)",)


def tokens(*texts: str | None) -> list[str]:
    """The index's tokens for the characters of ``texts`` (white space left out), sorted."""
    characters = {c.lower() if c.isascii() else c for text in texts if text for c in text if not c.isspace()}
    return sorted(f"{ord(c):x}" for c in characters)


def index_document(store: Store, *, rowid: int, title: str | None, text: str) -> None:
    """Add a new document to the SQLite index (PostgreSQL's index follows the table by itself)."""
    if store.dialect == "sqlite":
        store.execute(f"INSERT INTO {SEARCH_INDEX} (rowid, chars) VALUES (?, ?)", (rowid, " ".join(tokens(title, text))))


def candidates_sql(dialect: str) -> str:
    """SQL true for the documents that hold every character of ``:needle`` (``:chars`` its tokens on SQLite)."""
    if dialect == "postgresql":
        return f"{POSTGRES_CHARACTERS} @> {POSTGRES_QUERY_CHARACTERS}"
    return f"rowid IN (SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :chars)"


def match_expression(needle: str) -> str:
    """The FTS5 query for the documents holding every character of ``needle``."""
    return " ".join(f'"{token}"' for token in tokens(needle))
