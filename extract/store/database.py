"""The store's database: a SQLite file (the default, no server) or a PostgreSQL database a team shares.

Its location is ``--db FILE`` or ``--db postgresql://user@host/name``, else the
``POLICY_EXTRACT_DB`` environment variable, else ``policy-extract.db`` in the
working directory. The tables are the same on both, derived from one definition.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .postgres import PostgresBackend, is_postgres_url
from .migrations import SCHEMA_VERSION, upgrade
from .schema import Table, quoted, schema_statements
from .sqlite import SQLiteBackend

DEFAULT_NAME = "policy-extract.db"
DB_ENVIRONMENT = "POLICY_EXTRACT_DB"
Backend = SQLiteBackend | PostgresBackend


class Store:
    """A connection to the database with explicit transactions; every database error becomes a StoreError."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.path = backend.name  # the file, or the URL without its password: for messages

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, read_only: bool = False) -> Store:
        backend = (PostgresBackend.connect(str(location), read_only=read_only) if is_postgres_url(location)
                   else SQLiteBackend.connect(Path(location), read_only=read_only))
        store = cls(backend)
        try:
            store._prepare(read_only=read_only)
        except BaseException:
            backend.close()
            raise
        return store

    @property
    def dialect(self) -> str:
        return self.backend.dialect

    @property
    def connection(self):
        return self.backend.connection

    def _prepare(self, *, read_only: bool) -> None:
        """Check the schema version; on a writable store create or upgrade the tables, then switch to WAL.

        The check and the creation are one transaction, so processes opening a new store
        at once create it once; nothing (not even WAL mode) touches a database not ours.
        A store of an older version is upgraded in place, also when opened to read.
        """
        if read_only:
            version = self.backend.schema_version()
            self._check_version(version, read_only=True)
            if version < SCHEMA_VERSION:
                self._upgrade_elsewhere()
            return
        with self.transaction():
            version = self.backend.schema_version()
            self._check_version(version, read_only=False)
            if version == 0:
                for statement in schema_statements(self.dialect):
                    self.execute(statement)
                self.backend.set_schema_version(SCHEMA_VERSION)
            elif version < SCHEMA_VERSION:
                upgrade(self, version=version)
        self.backend.prepare_writes()
        if 0 < version < SCHEMA_VERSION:
            self.backend.compact()  # what the upgrade emptied given back (once)

    def _check_version(self, version: int, *, read_only: bool) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer policy-extract (schema {version}, this one reads "
                             f"{SCHEMA_VERSION} and older); upgrade policy-extract")
        if version == 0 and (read_only or self.backend.holds_other_tables()):
            raise StoreError(f"{self.path}: not a policy-extract database (it has no schema version of ours); "
                             "give --db a new file or an empty database")

    def _upgrade_elsewhere(self) -> None:
        """Upgrade an older store through a writable connection, for this read-only one to read."""
        location = self.backend.location
        try:
            Store.open(location).close()
        except StoreError as err:
            raise StoreError(f"{self.path}: made by an older policy-extract and cannot be upgraded here ({err}); "
                             "open it once where it can be written") from err

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()):
        return self.backend.execute(sql, parameters)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Everything inside is written together or not at all (also on Ctrl-C)."""
        self.backend.begin()
        try:
            yield self
        except BaseException:
            self.backend.rollback()
            raise
        self.execute("COMMIT")

    def insert(self, table: Table, values: dict[str, object], *, ignore: bool = False) -> int:
        """Insert one row; returns its rowid (0 when ``ignore`` and the key was already there)."""
        insert = (f"INSERT INTO {table.name} ({', '.join(quoted(name) for name in values)}) "
                  f"VALUES ({', '.join(f':{name}' for name in values)})")
        sql = self.backend.insert_sql(insert, ignore=ignore, returning=table.rowid)
        return self.backend.inserted_id(self.execute(sql, values))

    def rows(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> list[dict[str, object]]:
        return [dict(row) for row in self.execute(sql, parameters).fetchall()]

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
