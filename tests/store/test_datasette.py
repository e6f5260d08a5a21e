"""The SQLite store in Datasette: foreign keys, views with the document's fields, column descriptions."""
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.store.database import Store
from extract.store.datasette import descriptions
from extract.store.query import stored_results
from extract.store.schema import DOCUMENTS, PAGES, TARGETS, TASKS
from tests.corpus import doc_path

PAGES_IN = [doc_path("jxgov-006.html"), doc_path("govcn-004.html")]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A store with two documents, served by datasette on 127.0.0.1 with its metadata file."""
    folder = tmp_path_factory.mktemp("datasette")
    db, meta = folder / "policy.db", folder / "metadata.json"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", *map(str, PAGES_IN), "--db", str(db)]).exit_code == 0
    assert runner.invoke(main, ["datasette-metadata", "--db", str(db), "-o", str(meta)]).exit_code == 0
    port = free_port()
    datasette = Path(sys.executable).with_name("datasette")
    server = subprocess.Popen([str(datasette), "serve", str(db), "--metadata", str(meta), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                get(f"{base}/-/versions.json")
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"datasette did not start: {server.stderr.read().decode()}")
                time.sleep(0.25)
        yield base, db
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_datasette_serves_the_targets_with_their_documents_fields(served):
    base, db = served
    served_targets = get(f"{base}/policy/targets_with_documents.json?_shape=array&_size=max")
    with Store.open(db, read_only=True) as store:
        expected = sorted((t.target_id, t.value, t.evidence, r.document.metadata.title, r.document.metadata.region)
                          for r in stored_results(store) for t in r.targets)
    assert len(served_targets) == len(expected) > 0
    assert sorted((t["target_id"], t["value"], t["evidence"], t["doc_title"], t["doc_region"])
                  for t in served_targets) == expected


def test_datasette_knows_the_foreign_keys(served):
    base, _ = served
    tables = {table["name"]: table for table in get(f"{base}/policy.json")["tables"]}
    outgoing = {(k["column"], k["other_table"]) for k in tables["targets"]["foreign_keys"]["outgoing"]}
    assert outgoing == {("doc_id", "documents"), ("task_id", "tasks")}
    assert ("parent_id", "documents") in {(k["column"], k["other_table"])
                                          for k in tables["documents"]["foreign_keys"]["outgoing"]}


def test_datasette_shows_the_column_descriptions(served):
    base, _ = served
    described = get(f"{base}/-/metadata.json")["databases"]["policy"]["tables"]
    assert described["targets"]["columns"]["comparator"] == descriptions()["targets"]["columns"]["comparator"]
    assert described["targets_with_documents"]["columns"]["doc_region"].startswith("Its document's region")


@pytest.mark.parametrize("table", [DOCUMENTS, TASKS, TARGETS, PAGES], ids=lambda t: t.name)
def test_every_column_is_described(table):
    assert set(descriptions()[table.name]["columns"]) == set(table.names)


def test_metadata_for_postgresql_is_refused():
    result = CliRunner().invoke(main, ["datasette-metadata", "--db", "postgresql://u@127.0.0.1/x"])
    assert result.exit_code == 2 and "SQLite" in result.stderr
