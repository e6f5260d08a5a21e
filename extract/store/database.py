"""The local database: one SQLite file, needing no server, created on first use.

Its path is ``--db FILE``, else the ``POLICY_EXTRACT_DB`` environment variable,
else ``policy-extract.db`` in the working directory.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .schema import SCHEMA_VERSION, Table, schema_statements

DEFAULT_NAME = "policy-extract.db"
DB_ENVIRONMENT = "POLICY_EXTRACT_DB"
BUSY_TIMEOUT_MS = 10_000


class Store:
    """A connection to the database with explicit transactions; every SQLite error becomes a StoreError."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Store:
        location = Path(path)
        if read_only and not location.is_file():
            raise StoreError(f"{location}: no such database; fill one with policy-extract ingest, fetch or crawl")
        try:
            connection = (sqlite3.connect(f"{location.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
                          if read_only else sqlite3.connect(location, isolation_level=None))
        except sqlite3.Error as err:
            raise StoreError(f"{location}: cannot open the database: {err}") from err
        connection.row_factory = sqlite3.Row
        store = cls(connection, location)
        store.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        store._prepare(read_only=read_only)
        return store

    def _prepare(self, *, read_only: bool) -> None:
        version = self.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise StoreError(f"{self.path}: made by another version of policy-extract (schema {version}, "
                             f"this one reads {SCHEMA_VERSION}); use a new --db file")
        if read_only:
            if version == 0:
                raise StoreError(f"{self.path}: not a policy-extract database")
            return
        self.execute("PRAGMA journal_mode = WAL")
        self.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: consistent after a crash, and fast
        with self.transaction():
            for statement in schema_statements():
                self.execute(statement)
            self.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {err}") from err

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Everything inside is written together or not at all (also on Ctrl-C)."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.connection.rollback()
            raise
        self.execute("COMMIT")

    def insert(self, table: Table, values: dict[str, object], *, ignore: bool = False) -> int:
        """Insert one row; returns its rowid (0 when ``ignore`` and the key was already there)."""
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        cursor = self.execute(f"{verb} INTO {table.name} ({names}) VALUES ({marks})", values)
        return cursor.lastrowid if cursor.rowcount else 0

    def rows(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> list[dict[str, object]]:
        return [dict(row) for row in self.execute(sql, parameters).fetchall()]

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
