"""--jobs N: worker processes give the same output, in the same order, as one process."""
import json
import pickle

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.errors import FetchError, InputError, RuleTableError
from tests.corpus import CORPUS, SEEDS

# HTML and text, national and provincial, with and without tables
DOCS = ["jxgov-004.html", "govcn-003.html", "gwr2026-002.txt", "gwrnat-001.txt"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A folder of real documents, linked (not copied) from the corpus."""
    folder = tmp_path_factory.mktemp("batch")
    for name in DOCS:
        (folder / name).symlink_to(CORPUS / "docs" / name)
    (folder / "seed-001.txt").symlink_to(SEEDS["001"])
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def extracted(batch, tmp_path_factory):
    """All records of the batch with the model, with one and with two worker processes."""
    out = tmp_path_factory.mktemp("out")
    results = {}
    for jobs in (1, 2):
        results[jobs] = run("extract", batch, "--records", "all", "--format", "jsonl", "--model",
                            "-o", out / f"{jobs}.jsonl", "--jobs", jobs)
        assert results[jobs].exit_code == 0, results[jobs].stderr
    return {jobs: (out / f"{jobs}.jsonl").read_bytes() for jobs in results}


def test_two_workers_write_the_same_bytes_as_one(extracted):
    assert extracted[2] == extracted[1]


def test_the_records_come_in_input_order(extracted):
    records = [json.loads(line) for line in extracted[2].decode("utf-8").splitlines()]
    sources = [r["source"].rsplit("/", 1)[-1] for r in records if r["kind"] == "document"]
    assert sources == sorted([*DOCS, "seed-001.txt"])
    assert sum(r["kind"] == "target" and r["method"] == "model" for r in records) > 0  # the workers had the model


def test_a_bad_input_among_workers_is_reported_and_the_rest_written(batch, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    out = tmp_path / "out.csv"
    result = run("extract", batch, empty, tmp_path / "missing.txt", "--no-model", "-o", out, "--jobs", 2)
    assert result.exit_code == 1
    assert f"{empty}:" in result.stderr and "missing.txt: no such file or directory" in result.stderr
    assert "extracted 5 documents, 2 failed" in result.stderr
    assert out.stat().st_size > 0


def test_ingest_with_two_workers_stores_what_one_stores(batch, tmp_path):
    exports = []
    for jobs in (1, 2):
        db = tmp_path / f"{jobs}.db"
        assert run("ingest", batch, "--db", db, "--jobs", jobs).exit_code == 0
        again = run("ingest", batch, "--db", db, "--jobs", jobs)
        assert "5 unchanged" in again.stderr
        exported = run("export", "--db", db, "--records", "all", "--format", "jsonl")
        exports.append(exported.stdout)
    assert exports[0] == exports[1] and exports[0].count("\n") > 100


def test_evaluate_with_two_workers_scores_what_one_scores():
    gold = CORPUS / "gold" / "dev"
    outputs = [run("evaluate", "--gold", gold, "--json", "--no-model", CORPUS / "docs", "--jobs", jobs)
               for jobs in (1, 2)]
    assert outputs[0].exit_code == 0, outputs[0].stderr
    assert json.loads(outputs[1].stdout) == json.loads(outputs[0].stdout)
    assert json.loads(outputs[0].stdout)["documents"]


@pytest.mark.parametrize("error", [InputError("a.html", "empty"), FetchError("https://x.cn/", "timed out", status=503),
                                   RuleTableError(["units.tsv:3: no unit"])], ids=["input", "fetch", "rule-table"])
def test_errors_come_back_whole_from_a_worker(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error) and vars(back) == vars(error)
