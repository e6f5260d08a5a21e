"""export --since: only the documents stored on or after a date, so an analyst sees what is new."""
import json
import sqlite3

from click.testing import CliRunner

from extract.cli import main
from tests.corpus import doc_path

PAGES = [doc_path("jxgov-004.html"), doc_path("govcn-004.html")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_export_since_leaves_out_documents_stored_before(tmp_path):
    db = tmp_path / "p.db"
    assert run("ingest", "--db", db, *PAGES).exit_code == 0
    with sqlite3.connect(db) as connection:  # the first document was stored long ago
        first = connection.execute("SELECT doc_id FROM documents ORDER BY rowid LIMIT 1").fetchone()[0]
        connection.execute("UPDATE documents SET stored_at = '2020-01-02T03:04:05+00:00' WHERE doc_id = ?", (first,))
    everything = run("export", "--db", db, "--records", "documents", "--format", "jsonl")
    recent = run("export", "--db", db, "--records", "documents", "--format", "jsonl", "--since", "2021-01-01")
    assert recent.exit_code == 0, recent.stderr
    assert len(everything.stdout.splitlines()) == 2
    assert [json.loads(line)["doc_id"] for line in recent.stdout.splitlines()] != [first]
    assert len(recent.stdout.splitlines()) == 1
    old = run("export", "--db", db, "--records", "documents", "--format", "jsonl", "--since", "2020-01-02")
    assert len(old.stdout.splitlines()) == 2


def test_export_since_must_be_a_date(tmp_path):
    result = run("export", "--db", tmp_path / "p.db", "--since", "yesterday")
    assert result.exit_code == 2 and "--since" in result.stderr
