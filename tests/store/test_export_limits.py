"""export --where cannot run unbounded: a time limit, Ctrl-C heeded while a query runs, errors naming --where."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import main
from tests.corpus import REPO, doc_path

# a cross join of the targets six times over: hours of work on one document's targets
ENDLESS = ("(SELECT count(*) FROM targets a, targets b, targets c, targets d, targets e, targets f "
           "WHERE a.value + b.value + c.value + d.value + e.value + f.value > -1) > 0")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "policy.db"
    assert run("ingest", doc_path("jxgov-006.html"), "--db", path).exit_code == 0
    return path


def test_an_endless_where_on_sqlite_stops_at_the_time_limit(db):
    started = time.monotonic()
    result = run("export", "--db", db, "--where", ENDLESS, "--query-timeout", "0.5")
    assert time.monotonic() - started < 60  # a hang would take hours
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "--where condition" in result.stderr and "--query-timeout 0.5" in result.stderr


def test_an_endless_where_on_postgresql_stops_at_the_time_limit(postgres_url):
    assert run("ingest", doc_path("jxgov-006.html"), "--db", postgres_url).exit_code == 0
    result = run("export", "--db", postgres_url, "--where", ENDLESS, "--query-timeout", "0.5")
    assert result.exit_code == 1
    assert "--where condition" in result.stderr and "--query-timeout 0.5" in result.stderr


def test_a_where_that_fails_as_it_runs_names_where(db):
    result = run("export", "--db", db, "--where", "abs(-9223372036854775807 - 1) > 0")
    assert result.exit_code == 1
    assert "bad --where condition" in result.stderr and "integer overflow" in result.stderr


def test_ctrl_c_stops_an_export_while_its_query_runs(db):
    # a shell's background job (pytest run with &) ignores SIGINT and passes that on: the export must not
    export = subprocess.Popen([sys.executable, "-m", "extract", "export", "--db", str(db), "--where", ENDLESS],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              preexec_fn=_heed_ctrl_c)
    _wait_until_it_opens(export, db)  # start-up takes seconds (more on a busy machine); the query then runs for hours
    time.sleep(1)
    assert export.poll() is None
    export.send_signal(signal.SIGINT)
    try:
        _, stderr = export.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        export.kill()
        pytest.fail("Ctrl-C was ignored while the query ran")
    assert export.returncode == 130
    assert "interrupted; nothing was written" in stderr and "Traceback" not in stderr


def _wait_until_it_opens(process: subprocess.Popen, path: Path, *, limit: float = 120) -> None:
    """Wait until ``process`` holds ``path`` open (Linux's /proc), so a signal finds it past start-up."""
    descriptors, deadline = Path(f"/proc/{process.pid}/fd"), time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if any(os.path.realpath(fd) == os.path.realpath(path) for fd in descriptors.iterdir()):
                return
        except FileNotFoundError:
            pass
        time.sleep(0.1)
    pytest.fail(f"the export never opened {path}")


def _heed_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
