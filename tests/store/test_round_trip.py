"""Every record of the whole corpus comes back from the store as it was written, on SQLite and PostgreSQL."""
import dataclasses
import json
from functools import cache

import pytest

from extract.load.sources import SOURCE_SUFFIXES
from extract.store.database import Store
from extract.store.ingest import Capture, latest_page, now, process, store_pages, stored_capture
from extract.store.query import stored_results
from extract.store.schema import TARGETS, TASKS
from tests.corpus import CORPUS
from tests.store.conftest import new_database

FOLDERS = ("docs", "seeds", "pool")  # never holdout


@cache
def written():
    """Each corpus document read and extracted once, as ingest does (those that cannot be read left out)."""
    items = []
    for path in sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir()
                       if p.suffix.lower() in SOURCE_SUFFIXES):
        capture = Capture(url=path.resolve().as_uri(), source=str(path), kind="file", body=path.read_bytes(),
                          fetched_at=now(), suffix=path.suffix)
        item = process(capture)
        if item.result is not None:
            items.append(item)
    return tuple(items)


def fill(location):
    with Store.open(location) as store:
        for item in written():
            store_pages(store, [item])
    return location


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, tmp_path_factory):
    if request.param == "sqlite":
        return fill(tmp_path_factory.mktemp("round-trip") / "corpus.db")
    return fill(new_database(request.getfixturevalue("postgres_server")))


def test_the_whole_corpus_is_stored(db):
    assert len(written()) >= 90


def test_every_record_read_back_equals_the_record_written(db):
    expected = {}
    for item in written():
        result = item.result
        metadata = dataclasses.replace(result.document.metadata, version=1)
        expected.setdefault(metadata.doc_id, (metadata, result.document.text, result.tasks, result.targets))
    with Store.open(db, read_only=True) as store:
        stored = {r.document.metadata.doc_id: (r.document.metadata, r.document.text, r.tasks, r.targets)
                  for r in stored_results(store)}
    assert stored.keys() == expected.keys()
    for doc_id, (metadata, text, tasks, targets) in expected.items():
        assert stored[doc_id] == (metadata, text, tasks, targets), doc_id


def test_the_source_of_each_record_is_stored_once(db):
    """Each task's and target's source is its document's: read from there, never stored beside it."""
    with Store.open(db, read_only=True) as store:
        for table in (TASKS, TARGETS):
            kept = store.rows(f"SELECT count(source) AS source, count(*) AS n FROM {table.name}")[0]
            assert kept["n"] > 1000 and kept["source"] == 0


@pytest.mark.parametrize("view, kind, key, compact", [
    ("tasks_with_documents", "tasks", "task_id", ("source", "text", "title", "path")),
    ("targets_with_documents", "targets", "target_id", ("source", "evidence", "indicator")),
], ids=["tasks", "targets"])
def test_the_views_give_the_records_whole(db, view, kind, key, compact):
    """Datasette's views read what is stored once back into each record's columns."""
    with Store.open(db, read_only=True) as store:
        rows = {row[key]: row for row in store.rows(f"SELECT * FROM {view}")}
    records = [record for item in written() for record in getattr(item.result, kind)]
    assert records and all({column: rows[getattr(record, key)][column] for column in compact}
                           == {column: as_column(getattr(record, column)) for column in compact} for record in records)


def as_column(value):
    """A value as a record's column gives it: a list as the JSON text the exports write."""
    return json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else value


def test_the_headings_of_paths_are_stored_as_where_they_stand(db):
    """Most of a path's headings are kept as offsets into the document's text, not as words again."""
    with Store.open(db, read_only=True) as store:
        kept = [row["path"].encode() for row in store.rows("SELECT path FROM tasks WHERE path IS NOT NULL")]
    whole = [as_column(task.path).encode() for item in written() for task in item.result.tasks if task.path]
    assert len(kept) == len(whole) > 1000
    assert sum(map(len, kept)) < 0.4 * sum(map(len, whole))


def test_the_raw_bytes_come_back_whole(db):
    with Store.open(db, read_only=True) as store:
        for item in written():
            assert stored_capture(store, latest_page(store, item.capture.url)).body == item.capture.body
        kept = store.rows("SELECT count(text_of) AS against_text, count(*) AS n FROM blobs")[0]
    assert kept["against_text"] == kept["n"]  # every page of the corpus gave a document
