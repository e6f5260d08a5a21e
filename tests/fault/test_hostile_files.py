"""Inputs that once crashed or stopped a batch: each is read, its targets found, and the batch's records written."""
import csv
import json
import sqlite3

import pandas as pd
import pytest
from click.testing import CliRunner

from extract.cli import main
from tests.fault.hostile import GOOD, HOSTILE


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path / "in"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_extract_reads_the_hostile_file_and_the_good_one(folder, tmp_path, name):
    (folder / name).write_text(HOSTILE[name], encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = run("extract", "--no-model", folder, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(abs(r["value"]) < 1e30 for r in records)
    by_source = {r["source"].rsplit("/", 1)[-1]: r for r in records if r["unit"] == "%" or r["value"] == 100000}
    assert by_source["a-good.txt"]["value"] == 100000
    assert (by_source[name]["value"], by_source[name]["unit"], by_source[name]["comparator"]) == (5.5, "%", "<=")


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
@pytest.mark.parametrize("name", ["digits-19.txt", "digits-20.txt", "digits-5000.txt", "table-digits-400.html"])
def test_long_amounts_fit_every_output(folder, tmp_path, name, fmt):
    (folder / name).write_text(HOSTILE[name], encoding="utf-8")
    out = tmp_path / f"records.{fmt}"
    result = run("extract", "--no-model", folder, "-o", out)
    assert result.exit_code == 0, result.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    elif fmt == "parquet":
        rows = pd.read_parquet(out).to_dict("records")
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["source"].rsplit("/", 1)[-1] for r in rows} == {"a-good.txt", name}
    assert all(len(str(r["value"])) < 40 for r in rows)


@pytest.mark.parametrize("name", ["digits-19.txt", "digits-20.txt", "digits-5000.txt"])
def test_long_amounts_are_ingested_and_exported(folder, tmp_path, name):
    (folder / name).write_text(HOSTILE[name], encoding="utf-8")
    db = tmp_path / "p.db"
    result = run("ingest", "--db", db, folder)
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(DISTINCT doc_id) FROM targets").fetchone()[0] == 2
    exported = run("export", "--db", db, "--format", "jsonl")
    assert exported.exit_code == 0, exported.stderr
    assert len(exported.stdout.splitlines()) >= 2
