import itertools
import shutil

import psycopg
import pytest

from tests.store.postgres_server import binaries, start_server

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    """One server for the session, stopped and deleted at the end."""
    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (initdb and pg_ctl not found); .ci/run installs it")
    server = start_server()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.folder, ignore_errors=True)


def new_database(server) -> str:
    """The URL of a new, empty database on ``server``."""
    name = f"store_{next(_names)}"
    with psycopg.connect(server.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return server.database_url(name)


@pytest.fixture
def postgres_url(postgres_server):
    """A new, empty database on the session's server."""
    return new_database(postgres_server)
