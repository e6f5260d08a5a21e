"""The full-text index of the documents: FTS5 with trigrams on SQLite, pg_trgm GIN indexes on PostgreSQL.

Trigrams need no word segmentation, which suits Chinese; detail=none keeps the
SQLite index small (a substring query is checked against the text itself).
"""
from __future__ import annotations

DOCUMENTS_TABLE = "documents"
SEARCH_INDEX = f"{DOCUMENTS_TABLE}_fts"


def search_statements(dialect: str) -> tuple[str, ...]:
    """The search index and what keeps it up to date (documents are only ever inserted)."""
    if dialect == "postgresql":
        return ("CREATE EXTENSION IF NOT EXISTS pg_trgm",
                *(f"CREATE INDEX IF NOT EXISTS {DOCUMENTS_TABLE}_{column}_trgm ON {DOCUMENTS_TABLE} "
                  f"USING gin ({column} gin_trgm_ops)" for column in ("title", "text")))
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_INDEX} USING fts5(title, text, content='{DOCUMENTS_TABLE}', "
            "content_rowid='rowid', tokenize='trigram', detail='none')",
            f"CREATE TRIGGER IF NOT EXISTS {SEARCH_INDEX}_insert AFTER INSERT ON {DOCUMENTS_TABLE} BEGIN "
            f"INSERT INTO {SEARCH_INDEX} (rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
            f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}) VALUES ('rebuild')")
