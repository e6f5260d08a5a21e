"""The store on PostgreSQL: the same tables, ingest and export as on SQLite, on a real throwaway server."""
import json

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.errors import StoreError
from extract.load.sources import Source
from extract.records import Metadata, Target, Task, fields_of
from extract.store.database import Store
from extract.store.ingest import ingest_source
from extract.store.query import stored_results
from extract.store.rows import DocumentText, TargetIndicatorSpan, TaskTextEnd, TaskTitleSpan
from extract.store.schema import DOCUMENTS, TARGETS, TASKS
from tests.corpus import doc_path

PAGES = [doc_path(name) for name in ("jxgov-004.html", "govcn-004.html", "jxgov-006.html", "gwr2026-003.txt")]
MAX = 20 * 1024 * 1024


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def exported(db, *options):
    result = run("export", "--db", db, "--format", "jsonl", *options)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def sqlite_db(tmp_path):
    path = tmp_path / "policy.db"
    assert run("ingest", *PAGES, "--db", path).exit_code == 0
    return path


@pytest.fixture
def postgres_db(postgres_url):
    result = run("ingest", *PAGES, "--db", postgres_url)
    assert result.exit_code == 0, result.stderr
    assert "ingested 4 documents (4 new)" in result.stderr
    return postgres_url


@pytest.mark.parametrize("records", ["all", "targets", "tasks", "documents"])
def test_export_from_postgresql_equals_sqlite(sqlite_db, postgres_db, records):
    from_postgres = exported(postgres_db, "--records", records)
    assert from_postgres and from_postgres == exported(sqlite_db, "--records", records)


def test_export_where_on_postgresql_equals_sqlite(sqlite_db, postgres_db):
    condition = ("--where", "region like '%江西%'")
    found = exported(postgres_db, "--records", "documents", *condition)
    assert [d["source"] for d in found] == [str(PAGES[0]), str(PAGES[2])]
    assert found == exported(sqlite_db, "--records", "documents", *condition)


def test_a_second_ingest_on_postgresql_changes_nothing(postgres_db):
    result = run("ingest", *PAGES, "--db", postgres_db)
    assert result.exit_code == 0
    assert "ingested 4 documents (4 unchanged)" in result.stderr
    with Store.open(postgres_db, read_only=True) as store:
        counts = [store.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pages", "documents", "blobs")]
    assert counts == [4, 4, 4]


@pytest.mark.parametrize("table, parts", [(DOCUMENTS, (Metadata, DocumentText)),
                                          (TASKS, (Task, TaskTextEnd, TaskTitleSpan)),
                                          (TARGETS, (Target, TargetIndicatorSpan))], ids=["documents", "tasks", "targets"])
def test_postgresql_columns_are_the_record_fields(postgres_url, table, parts):
    with Store.open(postgres_url) as store:
        columns = [row["column_name"] for row in store.rows(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND column_name <> 'rowid' "
            "ORDER BY ordinal_position", (table.name,))]
    assert columns == [spec.name for part in parts for spec in fields_of(part)]


def test_a_documents_records_on_postgresql_are_found_by_their_binary_ordered_key(postgres_db):
    with Store.open(postgres_db, read_only=True) as store:
        indexes = {row["indexname"] for row in store.rows("SELECT indexname FROM pg_indexes WHERE tablename IN "
                                                          "('tasks', 'targets')")}
        collations = [row["collation_name"] for row in store.rows(
            "SELECT collation_name FROM information_schema.columns WHERE (table_name, column_name) IN "
            "(('tasks', 'task_id'), ('targets', 'target_id'))")]
    assert indexes == {"tasks_pkey", "targets_pkey"} and collations == ["C", "C"]


def test_a_crash_mid_ingest_on_postgresql_leaves_nothing(postgres_url, monkeypatch):
    real_insert = Store.insert

    def failing_insert(self, table, values, *, ignore=False):
        if table is TARGETS:
            raise KeyboardInterrupt
        return real_insert(self, table, values, ignore=ignore)

    with Store.open(postgres_url) as store:
        monkeypatch.setattr(Store, "insert", failing_insert)
        with pytest.raises(KeyboardInterrupt):
            ingest_source(store, Source(str(PAGES[0]), PAGES[0]), max_bytes=MAX)
        monkeypatch.undo()
        counts = [store.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("pages", "blobs", "documents", "tasks", "targets")]
        assert counts == [0, 0, 0, 0, 0]
        assert ingest_source(store, Source(str(PAGES[0]), PAGES[0]), max_bytes=MAX) == "new"


@pytest.mark.parametrize("condition", ["regoin = 1", "1) ; DROP TABLE documents; SELECT (1",
                                       "region like", "doc_id IN (SELECT doc_id FROM documents FOR UPDATE)"],
                         ids=["unknown-column", "second-statement", "syntax", "locking"])
def test_a_bad_where_condition_on_postgresql_is_a_store_error(postgres_db, condition):
    with Store.open(postgres_db, read_only=True) as store:
        with pytest.raises(StoreError, match="bad --where condition"):
            list(stored_results(store, where=condition))
        assert store.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_an_export_connection_cannot_write(postgres_db):
    with Store.open(postgres_db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only transaction"):
            store.execute("DELETE FROM documents")


def test_a_postgresql_url_that_does_not_answer_is_one_line(postgres_server):
    result = run("export", "--db", f"postgresql://nobody:secret@127.0.0.1:{postgres_server.port}/absent")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "cannot open the database" in result.stderr
    assert "secret" not in result.stderr and "Traceback" not in result.stderr
