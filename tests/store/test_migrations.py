"""A store made by an older policy-extract opens after an upgrade: its schema is migrated, nothing lost."""
import json
import zlib

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.errors import StoreError
from extract.store.blobs import blob
from extract.store.database import Store
from extract.store.ingest import latest_page, stored_capture
from extract.store.migrations import SCHEMA_VERSION, VIEWS
from extract.store.postgres import PostgresBackend
from extract.store.fulltext import index_document
from extract.store.schema import TABLES, TARGETS, TASKS, quoted, span_sql
from extract.store.search import search
from extract.store.sqlite import SQLiteBackend
from tests.corpus import REPO, doc_path
from tests.store.conftest import new_database

FIXTURES = REPO / "tests" / "fixtures" / "store"

PAGES = [doc_path("jxgov-004.html"), doc_path("govcn-004.html")]
SEARCHED = [doc_path(name) for name in ("jxgov-004.html", "govcn-004.html", "jxgov-006.html", "gwr2026-003.txt",
                                        "govcn-001.html", "jxgov-009.html")]
QUERIES = ["垃圾分类", "新能源汽车", "碳达峰", "开发区", "农田", "区", "Gwh"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def exported(db):
    result = run("export", "--db", db, "--records", "all", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def make_version_1(current, old):
    """At ``old``, a store as version 1 made it (tests/fixtures/store) holding the rows of ``current``,
    one of its attachments linked to its notice by URL (version 1 had no parent_id)."""
    backend = make_old(current, old, version=1)
    backend.execute("UPDATE pages SET parent_url = (SELECT url FROM pages WHERE source = ?) WHERE source = ?",
                    (str(PAGES[0]), str(PAGES[1])))
    backend.execute("COMMIT")
    backend.close()


def make_version_5(current, old):
    """At ``old``, a store as version 5 made it: its tables (tests/fixtures/store, the trigram index filled by
    its trigger or server) holding the rows of ``current``, task texts and evidence NULL where they are their
    document's text from start to end, as version 5 wrote them."""
    backend = make_old(current, old, version=5)
    for table, column, start, end in (("tasks", "text", "start", "text_end"), ("targets", "evidence", "start", "end")):
        span = f'substr(d.text, CAST({table}."{start}" + 1 AS INTEGER), CAST({table}."{end}" - {table}."{start}" AS INTEGER))'
        backend.execute(f'UPDATE {table} SET "{column}" = NULL WHERE "{column}" = (SELECT {span} FROM documents d '
                        f"WHERE d.doc_id = {table}.doc_id)")
    backend.execute("COMMIT")
    backend.close()


def make_version_6(current, old):
    """At ``old``, a store as version 6 made it: its tables (tests/fixtures/store) holding the rows of ``current``,
    each value NULL where version 6 wrote NULL (words that are their document's text, its source, usual values),
    each path a list of words, the raw bytes as they are kept (compressed against the text since version 6) and,
    on SQLite, the character index filled as ``ingest`` fills it."""
    backend = make_old(current, old, version=6)
    for table in (TASKS, TARGETS):
        for column, start, end in table.sliced:
            span = span_sql("d.text", f"{table.name}.{quoted(start)}", f"{table.name}.{quoted(end)}")
            backend.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = "
                            f"(SELECT {span} FROM documents d WHERE d.doc_id = {table.name}.doc_id)")
        for column in table.inherited:
            backend.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = "
                            f"(SELECT d.{quoted(column)} FROM documents d WHERE d.doc_id = {table.name}.doc_id)")
        for column, value in table.usual:
            if column != "path":  # version 6 kept every path
                backend.execute(f"UPDATE {table.name} SET {quoted(column)} = NULL WHERE {quoted(column)} = ?", (value,))
    if backend.dialect == "sqlite":
        for rowid, title, text in backend.execute("SELECT rowid, title, text FROM documents").fetchall():
            index_document(Store(backend), rowid=rowid, title=title, text=text)
    backend.execute("COMMIT")
    backend.close()


def make_old(current, old, *, version):
    """At ``old``, the tables of schema ``version`` holding the rows of ``current``, whole; the transaction open."""
    backend = backend_of(old)
    ddl = "\n".join(line for line in (FIXTURES / f"schema-v{version}.{backend.dialect}.sql").read_text(
        encoding="utf-8").splitlines() if not line.startswith("--"))
    with Store.open(current, read_only=True) as source:
        backend.begin()
        for statement in ddl.split(";\n"):
            if statement.strip():
                backend.execute(statement)
        for table in ("blobs", "documents", "tasks", "targets", "pages"):
            names = [c[0] for c in backend.execute(f"SELECT * FROM {table} LIMIT 0").description if c[0] != "rowid"]
            insert = (f"INSERT INTO {table} ({', '.join(quoted(n) for n in names)}) "
                      f"VALUES ({', '.join(':' + n for n in names)})")
            for row in source.rows(reading(table, source.dialect)):
                if table == "blobs" and version < 6:  # zlib alone, as versions 1 to 5 kept them
                    row = {**row, "deflated": zlib.compress(blob(source, row["content_hash"]))}
                backend.execute(insert, {name: row[name] for name in names})
        backend.set_schema_version(version)
    return backend


def backend_of(location):
    return (PostgresBackend.connect(location, read_only=False) if str(location).startswith("postgresql:")
            else SQLiteBackend.connect(location, read_only=False))


def reading(name, dialect="sqlite"):
    """SQL reading a table's rows whole, in the order written (task texts and evidence read back)."""
    if name == "blobs":
        return "SELECT * FROM blobs ORDER BY content_hash"
    table = next(t for t in TABLES if t.name == name)
    return (f"SELECT {', '.join(table.read_columns(dialect))} FROM {name} r "
            f"LEFT JOIN documents d ON d.doc_id = r.doc_id ORDER BY r.rowid")


@pytest.fixture(params=["sqlite", "postgresql"])
def locations(request, tmp_path):
    """Where a current store is, and where to make the old one."""
    if request.param == "sqlite":
        return tmp_path / "current.db", tmp_path / "old.db"
    server = request.getfixturevalue("postgres_server")
    return new_database(server), new_database(server)


def test_a_version_1_store_opens_migrated_with_nothing_lost(locations):
    current, location = locations
    assert run("ingest", *PAGES, "--db", current).exit_code == 0
    before = exported(current)
    make_version_1(current, location)
    with Store.open(location) as store:
        assert store.backend.schema_version() == SCHEMA_VERSION
    after = exported(location)
    notice = next(r["doc_id"] for r in before if r["kind"] == "document" and r["source"] == str(PAGES[0]))
    linked = [{**r, "parent_id": notice} if r["kind"] == "document" and r["source"] == str(PAGES[1])
              else {**r, "doc_parent_id": notice} if r["kind"] != "document" and r["source"] == str(PAGES[1])
              else r for r in before]
    assert after == linked


def test_export_of_a_version_1_store_migrates_it_first(locations):
    current, location = locations
    assert run("ingest", *PAGES, "--db", current).exit_code == 0
    make_version_1(current, location)
    assert {r["version"] for r in exported(location) if r["kind"] == "document"} == {1}
    assert run("ingest", *PAGES, "--db", location).stderr.startswith("ingested 2 documents (2 unchanged)")


def test_a_store_of_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with Store.open(path) as store, store.transaction():
        store.backend.set_schema_version(SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="made by a newer policy-extract"):
        Store.open(path)


def test_a_version_5_store_is_upgraded_in_place_with_nothing_lost(locations):
    current, location = locations
    assert run("ingest", *SEARCHED, "--db", current).exit_code == 0
    make_version_5(current, location)
    with Store(backend_of(location)) as old:
        assert {"documents_fts", "documents_text_trgm"} & tables_and_indexes(old)
    with Store.open(location, read_only=True) as old:  # upgraded through a writable connection, then read
        hits = {query: [(h.document, h.snippet, h.tasks, h.targets) for h in search(old, query)] for query in QUERIES}
        assert old.backend.schema_version() == SCHEMA_VERSION
    for fmt in ("jsonl", "csv"):
        for records in ("all", "tasks", "targets"):
            before, after = (run("export", "--db", db, "--records", records, "--format", fmt) for db in (current, location))
            assert before.exit_code == after.exit_code == 0 and before.stdout, after.stderr
            assert after.stdout_bytes == before.stdout_bytes
    with Store.open(current, read_only=True) as new:
        assert hits == {query: [(h.document, h.snippet, h.tasks, h.targets) for h in search(new, query)]
                        for query in QUERIES}
    assert all(hits.values())
    with Store.open(location) as store:
        names = tables_and_indexes(store)
    assert "documents_chars" in names and not {"documents_fts", "documents_text_trgm"} & names
    with Store.open(location, read_only=True) as store:
        assert all(stored_capture(store, latest_page(store, page.resolve().as_uri())).body == page.read_bytes()
                   for page in SEARCHED)
        assert store.rows("SELECT count(*) AS n FROM blobs WHERE text_of IS NULL")[0]["n"] == 0


def tables_and_indexes(store):
    if store.dialect == "sqlite":
        return {row["name"] for row in store.rows("SELECT name FROM sqlite_master")}
    return {row["relname"] for row in store.rows("SELECT relname FROM pg_class")}


def test_a_version_5_store_whose_keys_lack_their_doc_id_is_not_upgraded(tmp_path):
    current, location = tmp_path / "current.db", tmp_path / "old.db"
    assert run("ingest", PAGES[0], "--db", current).exit_code == 0
    make_version_5(current, location)
    with Store(backend_of(location)) as old, old.transaction():
        old.execute("UPDATE targets SET target_id = 'g-elsewhere' WHERE rowid = (SELECT min(rowid) FROM targets)")
    with pytest.raises(StoreError, match="1 targets whose key does not start with their doc_id"):
        Store.open(location)
    with Store(backend_of(location)) as old:
        assert old.backend.schema_version() == 5


def test_an_upgraded_sqlite_store_gives_back_the_space_it_no_longer_needs(tmp_path):
    current, location = tmp_path / "current.db", tmp_path / "old.db"
    assert run("ingest", *SEARCHED, "--db", current).exit_code == 0
    make_version_5(current, location)
    with Store(backend_of(location)) as old:
        before = pages(old)
    with Store.open(location) as store:
        after = pages(store)
        assert store.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert after < before * 0.7


def pages(store):
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.execute("PRAGMA page_count").fetchone()[0]


def test_a_version_6_store_is_upgraded_in_place_with_nothing_lost(locations):
    current, location = locations
    assert run("ingest", *SEARCHED, "--db", current).exit_code == 0
    make_version_6(current, location)
    with Store(backend_of(location)) as old:
        plain = old.rows("SELECT count(*) AS n FROM tasks WHERE path LIKE '[\"%'")[0]["n"]
        assert plain > 100 and old.backend.schema_version() == 6
    with Store.open(location) as store:
        assert store.backend.schema_version() == SCHEMA_VERSION == 7
    for fmt in ("jsonl", "csv"):
        for records in ("all", "tasks", "targets"):
            before, after = (run("export", "--db", db, "--records", records, "--format", fmt) for db in (current, location))
            assert before.exit_code == after.exit_code == 0 and before.stdout, after.stderr
            assert after.stdout_bytes == before.stdout_bytes
    stored, upgraded = (read_back(db) for db in (current, location))
    assert upgraded == stored and all(stored.values())
    assert sum(1 for row in upgraded["paths"] if row["path"] and row["path"].startswith("[[")) > plain / 2
    with Store.open(location, read_only=True) as store:
        assert all(stored_capture(store, latest_page(store, page.resolve().as_uri())).body == page.read_bytes()
                   for page in SEARCHED)
        if store.dialect == "postgresql":
            assert not {"tasks_doc_id", "targets_doc_id"} & tables_and_indexes(store)
            assert store.rows("SELECT DISTINCT data_type FROM information_schema.columns WHERE column_name IN "
                              "('start', 'end', 'title_start', 'indicator_end')") == [{"data_type": "integer"}]


def read_back(db):
    """What a store gives: each view's rows, each task's path as stored, and the hits of each query."""
    with Store.open(db, read_only=True) as store:
        found = {view: store.rows(f"SELECT * FROM {view} ORDER BY 1") for view in VIEWS}
        found["paths"] = store.rows("SELECT task_id, path FROM tasks ORDER BY task_id")
        found["hits"] = [[(h.document, h.snippet, h.tasks, h.targets) for h in search(store, query)] for query in QUERIES]
    return found
