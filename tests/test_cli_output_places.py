"""Where an output cannot go: one line naming it, exit 1, before any work, and nothing replaced or half-written."""
import os

import pytest
from click.testing import CliRunner

from extract import cli
from extract.cli import main
from tests.corpus import SAMPLES

NOTICE = SAMPLES / "binjiang-green-plan.html"
OLD = "records of an earlier run\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line_and_exit(result, code, text):
    assert result.exit_code == code and isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.strip().splitlines()[-1] == f"policy-extract: {text}"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    assert run("ingest", "--db", path, NOTICE).exit_code == 0
    return path


@pytest.fixture
def a_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(OLD, encoding="utf-8")
    return path


COMMANDS = {
    "extract": lambda db, out: ["extract", NOTICE, "-j", "1", "-o", out],
    "export": lambda db, out: ["export", "--db", db, "-o", out],
    "compare": lambda db, out: ["compare", NOTICE, "-o", out],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_named_as_the_output_file_is_refused(tmp_path, db, command):
    folder = tmp_path / "out.csv" if command != "compare" else tmp_path / "out.html"
    folder.mkdir()
    one_line_and_exit(run(*COMMANDS[command](db, folder)), 1, f"{folder}: is a folder; name a file to write")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_inside_a_file_is_refused(tmp_path, db, a_file, command):
    out = a_file / ("out.html" if command == "compare" else "out.csv")
    one_line_and_exit(run(*COMMANDS[command](db, out)), 1,
                      f"{out}: cannot write there: {a_file} is a file, not a folder")
    assert a_file.read_text(encoding="utf-8") == OLD


def test_clean_into_a_file_is_refused(a_file):
    one_line_and_exit(run("clean", NOTICE, "-o", a_file / "cleaned"), 1,
                      f"{a_file / 'cleaned'}: cannot write there: {a_file} is a file, not a folder")


@pytest.mark.parametrize("command", ["extract", "export"])
def test_a_datapackage_never_replaces_a_file(db, a_file, command):
    args = ["extract", NOTICE, "-j", "1"] if command == "extract" else ["export", "--db", db]
    one_line_and_exit(run(*args, "--format", "datapackage", "-o", a_file), 1,
                      f"{a_file}: is a file; name a folder to write into")
    assert a_file.read_text(encoding="utf-8") == OLD


def test_a_run_whose_every_input_failed_leaves_the_output_as_it_was(tmp_path):
    out = tmp_path / "targets.csv"
    out.write_text(OLD, encoding="utf-8")
    result = run("extract", tmp_path / "typo.html", "-o", out)
    one_line_and_exit(result, 1, f"{out}: not written, as none of the inputs could be read")
    assert f"{tmp_path / 'typo.html'}: no such file or directory" in result.stderr
    assert out.read_text(encoding="utf-8") == OLD and sorted(p.name for p in tmp_path.iterdir()) == ["targets.csv"]


def test_a_run_with_one_good_input_writes_its_records(tmp_path):
    out = tmp_path / "targets.csv"
    result = run("extract", NOTICE, tmp_path / "typo.html", "-j", "1", "-o", out)
    assert result.exit_code == 1 and "1 failed" in result.stderr
    assert out.read_text(encoding="utf-8").count("\n") > 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes every folder")
def test_a_folder_that_may_not_be_written_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        one_line_and_exit(run("extract", NOTICE, "-o", locked / "r.csv"), 1,
                          f"{locked / 'r.csv'}: cannot write there: {locked} is not writable (permission denied)")
    finally:
        locked.chmod(0o755)


def test_ctrl_c_ends_with_one_line_and_leaves_the_output_as_it_was(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract_source", interrupted)
    out = tmp_path / "targets.csv"
    out.write_text(OLD, encoding="utf-8")
    one_line_and_exit(run("extract", NOTICE, "-j", "1", "-o", out), 130,
                      "interrupted (no file was left half-written)")
    assert out.read_text(encoding="utf-8") == OLD and sorted(p.name for p in tmp_path.iterdir()) == ["targets.csv"]
