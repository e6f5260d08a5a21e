import json

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.export import rows
from extract.extractor import extract_document
from extract.read import read
from extract.records import SCHEMA_VERSION
from extract.store.database import Store
from tests.corpus import doc_path
from tests.store.expected import as_stored

PAGES = [doc_path("jxgov-004.html"), doc_path("govcn-004.html")]


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args])
    return invoke


@pytest.fixture
def db(tmp_path, run):
    path = tmp_path / "policy.db"
    assert run("ingest", *PAGES, "--db", path).exit_code == 0
    return path


def test_ingest_reports_new_and_unchanged(run, db):
    result = run("ingest", *PAGES, "--db", db)
    assert result.exit_code == 0
    assert "ingested 2 documents (2 unchanged)" in result.stderr


def test_ingest_reports_a_bad_file_and_goes_on(run, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = run("ingest", empty, PAGES[0], "--db", tmp_path / "x.db")
    assert result.exit_code == 1
    assert "policy-extract: " + str(empty) + ": empty file" in result.stderr
    assert "ingested 1 document (1 new), 1 failed" in result.stderr


def test_the_database_defaults_to_the_environment_variable(run, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_EXTRACT_DB", str(tmp_path / "env.db"))
    assert run("ingest", PAGES[0]).exit_code == 0
    assert (tmp_path / "env.db").is_file()


def test_export_gives_the_records_of_extract(run, db):
    result = run("export", "--db", db, "--format", "jsonl", "--records", "all")
    assert result.exit_code == 0
    exported = [json.loads(line) for line in result.stdout.splitlines()]
    expected = json.loads(json.dumps(list(rows([as_stored(extract_document(read(p))) for p in PAGES], "all")),
                                     ensure_ascii=False))
    assert exported == [row | {"schema_version": SCHEMA_VERSION} for row in expected]


def test_export_where_filters_documents(run, db, tmp_path):
    out = tmp_path / "docs.csv"
    result = run("export", "--db", db, "--records", "documents", "--where", "region like '%江西%'", "-o", out)
    assert result.exit_code == 0
    assert "exported 1 record" in result.stderr
    assert "jxgov-004.html" in out.read_text(encoding="utf-8")


def test_export_parquet(run, db, tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "targets.parquet"
    assert run("export", "--db", db, "--format", "parquet", "-o", out).exit_code == 0
    assert pq.read_table(out).num_rows == sum(len(extract_document(read(p)).targets) for p in PAGES)


@pytest.mark.parametrize("args, code, message", [
    (["--where", "regoin like '%x%'"], 1, "bad --where condition"),
    (["--format", "parquet"], 2, "Parquet needs an output file"),
], ids=["bad-where", "parquet-to-stdout"])
def test_export_mistakes_are_one_line(run, db, args, code, message):
    result = run("export", "--db", db, *args)
    assert result.exit_code == code
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["regoin like '%x%'", "1; drop table documents", "region like"])
def test_a_bad_where_writes_nothing_to_standard_output(run, db, where):
    result = run("export", "--db", db, "--where", where)
    assert result.exit_code == 1 and "bad --where condition" in result.stderr
    assert result.stdout == ""


def test_export_of_a_missing_database(run, tmp_path):
    result = run("export", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "no such database" in result.stderr


def test_export_since_gives_what_was_stored_after_a_moment(run, db):
    with Store.open(db) as store, store.transaction():
        store.execute("UPDATE documents SET stored_at = '2020-01-01T00:00:00+00:00' WHERE source = ?",
                      (str(PAGES[0]),))
    result = run("export", "--db", db, "--records", "documents", "--format", "jsonl", "--since", "2021-06-30")
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(PAGES[1])]
    everything = run("export", "--db", db, "--records", "documents", "--format", "jsonl", "--since", "2019-12-31")
    assert len(everything.stdout.splitlines()) == 2


def test_every_exported_record_carries_its_page_version(run, db, tmp_path):
    page = tmp_path / "notice.html"
    page.write_bytes(PAGES[0].read_bytes())
    run("ingest", page, "--db", db)
    page.write_bytes(page.read_bytes().replace("统筹".encode(), "全面统筹".encode(), 1))
    run("ingest", page, "--db", db)
    result = run("export", "--db", db, "--format", "jsonl")
    versions = {(r["source"], r["doc_version"]) for r in map(json.loads, result.stdout.splitlines())}
    assert (str(page), 2) in versions and (str(PAGES[0]), 1) in versions
