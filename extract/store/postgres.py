"""The PostgreSQL side of the store: a database a team shares (``--db postgresql://user@host/name``).

The tables are the SQLite ones, derived from the same definitions; SQL is
written once with SQLite's ``?`` and ``:name`` marks and translated here.
Writers take one advisory lock per transaction, so concurrent ingests queue
as they do on SQLite (``BEGIN IMMEDIATE``) and stay idempotent.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError
from .limits import QueryTimeout

URL_SCHEMES = ("postgresql://", "postgres://")
WRITER_LOCK = 0x706F6C6963  # any fixed number: the advisory lock every writing transaction takes
VERSION_TABLE = "schema_version"
_MARKS = re.compile(r"%|\?|(?<![:\w]):([A-Za-z_]\w*)")


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(URL_SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class Row:
    """A row read by index or by column name, like ``sqlite3.Row``."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[object], index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> object:
        return self._values[key if isinstance(key, int) else self._index[key]]

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor) -> Callable[[Sequence[object]], Row]:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(tuple(_plain(v) for v in values), index)


def _plain(value: object) -> object:
    """NUMERIC comes back as Decimal: an int when whole (as SQLite's NUMERIC affinity gives), else a float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _exact(parameters: Sequence[object] | dict[str, object]) -> Sequence[object] | dict[str, object]:
    """Floats sent as the decimals they print as: sent as float8, NUMERIC keeps only 15 digits of them
    (119951800254927.8 came back as 119951800254928); read back, ``_plain`` gives the same float."""
    if isinstance(parameters, dict):
        return {name: Decimal(repr(value)) if isinstance(value, float) else value for name, value in parameters.items()}
    return [Decimal(repr(value)) if isinstance(value, float) else value for value in parameters]


def translate(sql: str) -> str:
    """SQLite's ``?`` and ``:name`` marks as psycopg's ``%s`` and ``%(name)s`` (a literal % doubled)."""
    def mark(match: re.Match[str]) -> str:
        if match.group(0) == "%":
            return "%%"
        return "%s" if match.group(0) == "?" else f"%({match.group(1)})s"
    return _MARKS.sub(mark, sql)


class PostgresBackend:
    """A connection in autocommit mode with explicit transactions; every error becomes a StoreError."""

    dialect = "postgresql"

    def __init__(self, connection, url: str) -> None:
        self.connection = connection
        self.name = redacted(url)
        self.location = url

    @classmethod
    def connect(cls, url: str, *, read_only: bool) -> PostgresBackend:
        import psycopg  # only a PostgreSQL store needs the driver
        options = "-c default_transaction_read_only=on" if read_only else ""
        try:
            connection = psycopg.connect(url, autocommit=True, options=options, row_factory=_row_factory,
                                         connect_timeout=10)
        except psycopg.Error as err:
            raise StoreError(f"{redacted(url)}: cannot open the database: {_first_line(err)}") from err
        return cls(connection, url)

    def prepare_writes(self) -> None:
        """Nothing to switch: PostgreSQL's write-ahead log is always on."""

    def compact(self) -> None:
        """Nothing: the server's (auto)vacuum makes what an upgrade emptied reusable."""

    def holds_other_tables(self) -> bool:
        """Whether a table of the store's already exists though there is no schema version."""
        from .schema import TABLES
        names = ["blobs", *(table.name for table in TABLES)]
        return bool(self.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                 "AND tablename = ANY(?)", (names,)).fetchone()[0])

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()):
        import psycopg
        try:
            if parameters:
                return self.connection.execute(translate(sql), _exact(parameters))
            return self.connection.execute(sql)
        except psycopg.Error as err:
            raise StoreError(f"{self.name}: {_first_line(err)}") from err

    def begin(self) -> None:
        self.execute("BEGIN")
        self.execute(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    def rollback(self) -> None:
        self.connection.execute("ROLLBACK")

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[None]:
        """The server stops a statement that runs past ``seconds``; psycopg cancels it on Ctrl-C."""
        import psycopg
        started = time.monotonic()
        self.execute(f"SET statement_timeout = {max(1, round(seconds * 1000))}")
        try:
            yield
        except StoreError as err:
            if isinstance(err.__cause__, psycopg.errors.QueryCanceled) and time.monotonic() - started >= seconds:
                raise QueryTimeout(seconds) from err
            raise
        finally:
            self.execute("RESET statement_timeout")

    def schema_version(self) -> int:
        found = self.execute("SELECT to_regclass(?) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]
        if not found:
            return 0
        row = self.execute(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()
        return int(row[0] or 0)

    def set_schema_version(self, version: int) -> None:
        self.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
        self.execute(f"DELETE FROM {VERSION_TABLE}")
        self.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (int(version),))

    def insert_sql(self, insert: str, *, ignore: bool, returning: str) -> str:
        """``insert`` (an INSERT INTO statement) giving back the new row's ``returning`` column."""
        return insert + (" ON CONFLICT DO NOTHING" if ignore else "") + f" RETURNING {returning}"

    def inserted_id(self, cursor) -> int:
        row = cursor.fetchone()
        return int(row[0]) if row else 0

    def check_read_only(self, sql: str) -> None:
        """Plan ``sql`` in a read-only transaction; ValueError says why it does not plan or would write."""
        import psycopg
        try:
            with self.connection.transaction():
                self.connection.execute("SET TRANSACTION READ ONLY")
                # parameters force the extended protocol: one statement only
                self.connection.execute(f"EXPLAIN {translate(sql)}", {"_": None})
        except psycopg.Error as err:
            raise ValueError(_first_line(err)) from err

    def close(self) -> None:
        self.connection.close()


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
