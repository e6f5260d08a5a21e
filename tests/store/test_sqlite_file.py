"""The SQLite file itself: opened by several processes at once, foreign files, read-only folders."""
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from extract.errors import StoreError
from extract.store.database import Store
from tests.corpus import REPO, doc_path

ROUNDS, PROCESSES = 150, 8  # the race is rare: the old code failed 2-8 of 1,200 opens


def _open_new_databases(folder, barrier, results):
    """Open each new database at the same moment as the other processes; report what failed."""
    failures = []
    for round_ in range(ROUNDS):
        barrier.wait()
        try:
            Store.open(folder / f"new-{round_}.db").close()
        except StoreError as err:
            failures.append(str(err))
    results.put(failures)


def test_a_new_database_opened_by_several_processes_at_once_opens_in_all(tmp_path):
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    workers = [context.Process(target=_open_new_databases, args=(tmp_path, barrier, results))
               for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    failures = [failure for _ in workers for failure in results.get(timeout=300)]
    for worker in workers:
        worker.join(timeout=60)
    assert failures == []


def test_a_foreign_sqlite_file_is_neither_adopted_nor_switched_to_wal(tmp_path):
    foreign = tmp_path / "accounts.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE customers (name TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="accounts.db: not a policy-extract database"):
        Store.open(foreign)
    connection = sqlite3.connect(foreign)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master")] == ["customers"]
    connection.close()


def _without_root_powers():
    """A command prefix that takes root's power to write to read-only folders away (CI runs as root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv (util-linux): a folder cannot be made read-only for root")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


def test_export_reads_a_wal_database_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    with Store.open(folder / "policy.db") as store:
        from extract.load.sources import Source
        from extract.store.ingest import ingest_source
        ingest_source(store, Source("jxgov-004.html", doc_path("jxgov-004.html")), max_bytes=1 << 24)
    connection = sqlite3.connect(folder / "policy.db")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()  # the last one out removes the -wal and -shm files: a reader must make them anew
    (folder / "policy.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        result = subprocess.run(
            [*_without_root_powers(), sys.executable, "-m", "extract", "export", "--db", str(folder / "policy.db"),
             "--records", "documents", "--format", "jsonl"],
            cwd=REPO, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "exported 1 record" in result.stderr and "jxgov-004.html" in result.stdout
