"""Extraction on a Dask cluster (a LocalCluster of 2 worker processes on 127.0.0.1) gives the records one
process gives, as Parquet partitioned by region and year."""
from datetime import date

import pandas as pd
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from extract.cli import main
from extract.distributed import NO_REGION, document_year, extract_many, partition_keys, read_dataset
from extract.export import rows
from extract.load.sources import Source
from extract.workers import RULES_ONLY, extract_source
from tests.corpus import CORPUS, SEEDS

DOCS = [CORPUS / "docs" / "jxgov-004.html", CORPUS / "docs" / "govcn-003.html",
        CORPUS / "docs" / "gwr2026-002.txt", SEEDS["001"]]
DATASETS = ("documents", "tasks", "targets")
KEYS = {"documents": "doc_id", "tasks": "task_id", "targets": "target_id"}


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def single_process():
    """The records of one process, rules only as extract_many by default, per dataset."""
    results = [extract_source(Source(str(path), path), model=RULES_ONLY) for path in DOCS]
    return results, {dataset: list(rows(results, dataset)) for dataset in DATASETS}


@pytest.fixture(scope="module")
def output(client, tmp_path_factory):
    folder = tmp_path_factory.mktemp("cluster")
    summary = extract_many([str(p) for p in DOCS] + [str(folder / "missing.html")], client, output=folder, chunk=2)
    return folder, summary


def as_records(table, dataset):
    """Rows read back, the partition columns turned into the record's fields again (and dates into the ISO
    strings of the records)."""
    region, year = partition_keys(dataset)
    records = []
    for row in table.to_pylist():
        row = {name: value.isoformat() if isinstance(value, date) else value for name, value in row.items()}
        row.pop(year)
        row[region] = None if row[region] == NO_REGION else row[region]
        records.append(row)
    return sorted(records, key=lambda r: r[KEYS[dataset]])


@pytest.mark.parametrize("dataset", DATASETS)
def test_the_cluster_writes_the_records_of_one_process(output, single_process, dataset):
    folder, _ = output
    expected = sorted(single_process[1][dataset], key=lambda r: r[KEYS[dataset]])
    assert expected and as_records(read_dataset(folder, dataset), dataset) == expected


def test_the_summary_counts_the_records_and_names_the_missing_input(output, single_process):
    _, summary = output
    counts = {dataset: len(records) for dataset, records in single_process[1].items()}
    assert (summary.documents, summary.tasks, summary.targets) == (counts["documents"], counts["tasks"],
                                                                  counts["targets"])
    assert len(summary.failed) == 1 and "missing.html: no such file or directory" in summary.failed[0]


def test_files_are_partitioned_by_the_documents_region_and_year(output, single_process):
    folder, _ = output
    results, _ = single_process
    expected = {f"doc_region={r.document.metadata.region or NO_REGION}/doc_year={document_year(r)}"
                for r in results if r.targets}
    found = {str(p.parent.relative_to(folder / "targets")) for p in (folder / "targets").rglob("*.parquet")}
    assert found == expected


def test_pandas_reads_a_dataset_directly(output, single_process):
    folder, _ = output
    frame = pd.read_parquet(folder / "targets")
    assert len(frame) == len(single_process[1]["targets"])
    assert {"doc_region", "doc_year", "indicator", "value"} <= set(frame.columns)
    assert isinstance(frame["deadline"].dropna().iloc[0], date)


def test_the_command_line_runs_on_the_cluster(client, output, tmp_path):
    folder, _ = output
    result = CliRunner().invoke(main, ["extract", *map(str, DOCS), "--cluster", client.scheduler.address,
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert "extracted 4 documents on tcp://127.0.0.1" in result.stderr
    for dataset in DATASETS:
        assert as_records(read_dataset(tmp_path / "out", dataset), dataset) == \
            as_records(read_dataset(folder, dataset), dataset)


def test_no_scheduler_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(DOCS[0]), "--cluster", "tcp://127.0.0.1:1",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no Dask scheduler answers" in result.stderr


def test_duckdb_reads_the_partitions_as_columns(output, single_process):
    import duckdb
    folder, _ = output
    found = duckdb.sql(f"SELECT doc_region, doc_year, count(*) FROM read_parquet('{folder}/targets/*/*/*.parquet', "
                       "hive_partitioning = true) GROUP BY ALL").fetchall()
    results, _ = single_process
    expected = {}
    for result in results:
        if result.targets:
            key = (result.document.metadata.region or NO_REGION, document_year(result))
            expected[key] = expected.get(key, 0) + len(result.targets)
    assert {(region, year): n for region, year, n in found} == expected
