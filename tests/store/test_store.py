import dataclasses
import shutil

import pytest

from extract.errors import StoreError
from extract.export import rows
from extract.extractor import extract_document
from extract.load.sources import Source
from extract.read import read
from extract.records import Metadata, Target, Task, fields_of
from extract.store.database import Store
from extract.store.ingest import Capture, Processed, ingest_source, latest_page, store_pages, stored_capture
from extract.store.query import stored_results
from extract.store.rows import DocumentText, TargetIndicatorSpan, TaskTextEnd, TaskTitleSpan
from extract.store.schema import DOCUMENTS, TARGETS, TASKS
from tests.corpus import doc_path
from tests.store.expected import as_stored

MAX = 20 * 1024 * 1024


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


def ingest(store, path):
    return ingest_source(store, Source(str(path), path), max_bytes=MAX)


def count(store, table):
    return store.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("table, parts", [(DOCUMENTS, (Metadata, DocumentText)),
                                          (TASKS, (Task, TaskTextEnd, TaskTitleSpan)),
                                          (TARGETS, (Target, TargetIndicatorSpan))], ids=["documents", "tasks", "targets"])
def test_table_columns_are_the_record_fields(store, table, parts):
    columns = [row["name"] for row in store.rows(f"PRAGMA table_info({table.name})")]
    assert columns == [spec.name for part in parts for spec in fields_of(part)]


def test_indexes_on_source_and_region_and_none_on_what_the_keys_give(store):
    names = {row["name"] for row in store.rows("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"documents_source", "documents_region"} <= names
    assert not {"tasks_doc_id", "targets_doc_id", "targets_task_id"} & names


@pytest.mark.parametrize("table", [TASKS, TARGETS], ids=["tasks", "targets"])
def test_a_documents_records_are_read_from_the_key_index(store, table):
    condition, _ = table.document_rows()
    plan = store.rows(f"EXPLAIN QUERY PLAN SELECT * FROM {table.name} WHERE {condition} ORDER BY rowid",
                      {"lowest": "a:", "beyond": "a;", "doc_id": "a"})
    assert any(f"sqlite_autoindex_{table.name}_1" in row["detail"] for row in plan)


def test_a_record_whose_key_does_not_start_with_its_document_is_refused(store):
    result = extract_document(read(doc_path("jxgov-006.html")))
    task = dataclasses.replace(result.tasks[0], task_id="t-elsewhere")
    with pytest.raises(StoreError, match="t-elsewhere does not start with its doc_id"):
        store_pages(store, [Processed(Capture(url="file:///x.html", source="x.html", kind="file", body=b"x",
                                              fetched_at="2026-12-05T00:00:00+00:00"),
                                      dataclasses.replace(result, tasks=(task,)))])
    assert count(store, "documents") == 0


def test_the_same_file_twice_is_stored_once(store):
    assert ingest(store, doc_path("jxgov-004.html")) == "new"
    assert ingest(store, doc_path("jxgov-004.html")) == "unchanged"
    assert (count(store, "documents"), count(store, "pages")) == (1, 1)


def test_a_changed_file_becomes_a_new_version_and_the_old_is_kept(store, tmp_path):
    page = tmp_path / "notice.html"
    shutil.copy(doc_path("jxgov-004.html"), page)
    ingest(store, page)
    page.write_bytes(page.read_bytes().replace("统筹".encode(), "全面统筹".encode(), 1))
    assert ingest(store, page) == "changed"
    versions = store.rows("SELECT version, latest FROM pages ORDER BY version")
    assert versions == [{"version": 1, "latest": 0}, {"version": 2, "latest": 1}]
    assert count(store, "documents") == 2
    assert len(list(stored_results(store))) == 1
    assert len(list(stored_results(store, all_versions=True))) == 2


@pytest.mark.parametrize("name", ["jxgov-006.html", "govcn-003.html", "jxgov-005.html"])
def test_stored_records_are_the_extracted_records(store, name):
    ingest(store, doc_path(name))
    expected = list(rows([as_stored(extract_document(read(doc_path(name))))], "all"))
    assert list(rows(stored_results(store), "all")) == expected


def test_a_crash_mid_ingest_leaves_no_half_written_document(store, monkeypatch):
    real_insert = Store.insert

    def failing_insert(self, table, values, *, ignore=False):
        if table is TARGETS:
            raise KeyboardInterrupt
        return real_insert(self, table, values, ignore=ignore)

    monkeypatch.setattr(Store, "insert", failing_insert)
    with pytest.raises(KeyboardInterrupt):
        ingest(store, doc_path("jxgov-005.html"))
    assert [count(store, t) for t in ("pages", "blobs", "documents", "tasks", "targets")] == [0, 0, 0, 0, 0]


def test_where_selects_documents_by_an_sql_condition(store):
    ingest(store, doc_path("jxgov-004.html"))
    ingest(store, doc_path("govcn-004.html"))
    found = [r.document.metadata.source for r in stored_results(store, where="region like '%江西%'")]
    assert found == [str(doc_path("jxgov-004.html"))]


@pytest.mark.parametrize("condition", ["regoin = 1", "1; DROP TABLE documents", "region like"],
                         ids=["unknown-column", "second-statement", "syntax"])
def test_a_bad_where_condition_is_a_store_error(store, condition):
    with pytest.raises(StoreError, match="bad --where condition"):
        list(stored_results(store, where=condition))


def test_a_file_that_is_no_database_is_reported(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store.open(bad)


def test_lists_round_trip_through_json(store):
    ingest(store, doc_path("jxgov-006.html"))
    stored = next(iter(stored_results(store)))
    owned = [t for t in stored.targets if t.owners]
    assert owned and all(isinstance(t.owners, tuple) and all(isinstance(o, str) for o in t.owners) for t in owned)


def test_the_raw_bytes_are_kept_compressed_and_come_back_whole(store):
    path = doc_path("govcn-004.html")
    ingest(store, path)
    kept = store.execute("SELECT length(deflated) FROM blobs").fetchone()[0]
    assert kept < path.stat().st_size / 2
    assert stored_capture(store, latest_page(store, path.resolve().as_uri())).body == path.read_bytes()
