"""Where records go: files honour the umask, `-` is standard output, the format follows the extension."""
import csv
import io
import json
import os
from datetime import date

import duckdb
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import SAMPLES

NOTICE = SAMPLES / "binjiang-green-plan.html"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    assert run("ingest", "--db", path, NOTICE).exit_code == 0
    return path


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_output_files_follow_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        assert run("extract", "--no-model", NOTICE, "-o", tmp_path / "r.csv").exit_code == 0
        assert run("clean", NOTICE, "-o", tmp_path / "clean").exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "r.csv").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "clean" / "binjiang-green-plan.txt").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_file_written_again_keeps_its_mode(tmp_path):
    out = tmp_path / "r.csv"
    out.write_text("old")
    out.chmod(0o640)
    assert run("extract", "--no-model", NOTICE, "-o", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text(encoding="utf-8").startswith("target_id")


@pytest.mark.parametrize("command", ["extract", "export"])
def test_dash_is_standard_output(tmp_path, db, command, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = ["extract", "--no-model", NOTICE] if command == "extract" else ["export", "--db", db]
    result = run(*args, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "-").exists()
    assert next(csv.DictReader(io.StringIO(result.stdout)))["doc_region"] == "江苏省南通市滨江区"


@pytest.mark.parametrize("command", ["extract", "export"])
@pytest.mark.parametrize(("suffix", "check"), [
    (".parquet", lambda path: len(pd.read_parquet(path)) > 0),
    (".jsonl", lambda path: json.loads(path.read_text(encoding="utf-8").splitlines()[0])["unit"]),
    (".json", lambda path: json.loads(path.read_text(encoding="utf-8"))[0]["unit"]),
    (".csv", lambda path: next(csv.DictReader(path.open(encoding="utf-8")))["unit"]),
])
def test_the_format_follows_the_extension(tmp_path, db, command, suffix, check):
    out = tmp_path / f"records{suffix}"
    args = ["extract", "--no-model", NOTICE] if command == "extract" else ["export", "--db", db]
    result = run(*args, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert check(out)


@pytest.mark.parametrize("command", ["extract", "export"])
@pytest.mark.parametrize("name", ["out.xlsx", "out.txt", "out.tsv"])
def test_an_unknown_extension_is_refused(tmp_path, db, command, name):
    args = ["extract", "--no-model", NOTICE] if command == "extract" else ["export", "--db", db]
    result = run(*args, "-o", tmp_path / name)
    assert result.exit_code == 2
    assert f"cannot tell the format of {tmp_path / name}" in result.stderr
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("command", ["extract", "export"])
def test_excel_applies_on_standard_output_too(db, command):
    args = ["extract", "--no-model", NOTICE] if command == "extract" else ["export", "--db", db]
    result = CliRunner().invoke(main, [str(a) for a in args] + ["--excel"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith("\ufeff".encode()) and b"\r\n" in result.stdout_bytes


def test_excel_is_for_csv_only(tmp_path):
    result = run("extract", "--no-model", NOTICE, "-o", tmp_path / "r.jsonl", "--excel")
    assert result.exit_code == 2 and "--excel is for CSV" in result.stderr


@pytest.mark.parametrize("command", ["clean", "extract", "ingest"])
@pytest.mark.parametrize("name", ["punycode", "hex", "no-such-codec"])
def test_an_encoding_that_is_no_text_encoding_is_refused(tmp_path, command, name):
    extra = ["--db", tmp_path / "p.db"] if command == "ingest" else []
    result = run(command, NOTICE, "--encoding", name, *extra)
    assert result.exit_code == 2
    assert f"{name} is not a text encoding" in result.stderr


@pytest.mark.parametrize("command", ["extract", "export"])
def test_parquet_read_back_has_dates_numbers_and_lists(tmp_path, db, command):
    out = tmp_path / "targets.parquet"
    args = ["extract", "--no-model", NOTICE] if command == "extract" else ["export", "--db", db]
    assert run(*args, "-o", out).exit_code == 0
    frame = pd.read_parquet(out)
    row = frame[frame["indicator"] == "绿色社区创建比例"].iloc[0]
    assert (row["deadline"], row["doc_issued"]) == (date(2026, 12, 31), date(2024, 3, 15))
    assert row["value"] == 80 and frame["value"].dtype == "float64" and frame["start"].dtype == "int64"
    assert isinstance(row["owners"], np.ndarray) and frame["recurring"].dtype == bool
    assert duckdb.sql(f"SELECT DISTINCT typeof(deadline) FROM '{out}'").fetchall() == [("DATE",)]
