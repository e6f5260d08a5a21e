"""The SQLite side of the store: one file, no server, the embedded default."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .limits import QueryTimeout

BUSY_TIMEOUT_MS = 10_000
PROGRESS_STEPS = 20_000  # virtual-machine steps between two looks at the clock (a few milliseconds)
ALLOWED_ACTIONS = frozenset({sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION})


class SQLiteBackend:
    """A connection to a database file; every SQLite error becomes a StoreError naming the file."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self.name = str(path)
        self.location = path

    @classmethod
    def connect(cls, path: Path, *, read_only: bool) -> SQLiteBackend:
        if read_only and not path.is_file():
            raise StoreError(f"{path}: no such database; fill one with policy-extract ingest, fetch or crawl")
        try:
            connection = _read_only_connection(path) if read_only else sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"{path}: cannot open the database: {err}") from err
        connection.row_factory = sqlite3.Row
        backend = cls(connection, path)
        backend.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return backend

    def prepare_writes(self) -> None:
        """WAL mode, switched within the busy timeout: the switch itself can meet another opener's lock."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.connection.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as err:
                if err.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: {err}") from err
                time.sleep(0.01)
        self.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: consistent after a crash, and fast

    def compact(self) -> None:
        """The file rewritten without its free pages (after an upgrade emptied some)."""
        self.execute("VACUUM")

    def holds_other_tables(self) -> bool:
        """Whether the file already has tables though it has no schema version: someone else's database."""
        return bool(self.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, parameters)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {err}") from err

    def begin(self) -> None:
        self.execute("BEGIN IMMEDIATE")  # writers queue here (busy timeout), not at their first write

    def rollback(self) -> None:
        self.connection.rollback()

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """Stop a query that runs past ``seconds``, and on Ctrl-C, which SQLite alone would not heed.

        A progress handler looks at the clock; Python raises KeyboardInterrupt inside it,
        which aborts the query, and the abort is turned back into KeyboardInterrupt here.
        """
        deadline = time.monotonic() + seconds
        expired = False

        def check() -> int:
            nonlocal expired
            expired = time.monotonic() > deadline
            return int(expired)

        self.connection.set_progress_handler(check, PROGRESS_STEPS)
        try:
            yield
        except StoreError as err:
            if expired:
                raise QueryTimeout(seconds) from err
            cause = err.__cause__
            if isinstance(cause, sqlite3.OperationalError) and cause.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT:
                raise KeyboardInterrupt from err
            raise
        finally:
            self.connection.set_progress_handler(None, 0)

    def schema_version(self) -> int:
        return self.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, version: int) -> None:
        self.execute(f"PRAGMA user_version = {int(version)}")

    def insert_sql(self, insert: str, *, ignore: bool, returning: str) -> str:
        """``insert`` (an INSERT INTO statement) made to skip a row whose key is taken, if ``ignore``."""
        return insert.replace("INSERT", "INSERT OR IGNORE", 1) if ignore else insert

    def inserted_id(self, cursor: sqlite3.Cursor) -> int:
        return cursor.lastrowid if cursor.rowcount else 0

    def check_read_only(self, sql: str) -> None:
        """Compile ``sql`` allowing nothing but reads; ValueError says why it does not compile or would write."""
        self.connection.set_authorizer(_read_only)
        try:
            self.connection.execute(f"EXPLAIN {sql}")
        except sqlite3.Error as err:
            raise ValueError(str(err)) from err
        finally:
            self.connection.set_authorizer(None)

    def close(self) -> None:
        self.connection.close()


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """Read-only; a WAL database whose folder and file we cannot write is read as immutable.

    A WAL reader needs the -shm file, and makes it when it is missing; where it cannot
    (a read-only folder), nobody can be writing either, so ``immutable=1`` is safe.
    """
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as err:
        if err.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
        connection.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return connection


def _read_only(action: int, *_: object) -> int:
    return sqlite3.SQLITE_OK if action in ALLOWED_ACTIONS else sqlite3.SQLITE_DENY
