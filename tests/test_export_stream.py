"""Exports are written as the results come, and stay atomic: all of the file or none of it."""
import json

import pyarrow.parquet as pq
import pytest

from extract import export
from extract.export import rows, write
from extract.extractor import extract_document
from extract.records import SCHEMA_VERSION
from tests.corpus import doc_path, read_cached

DOCS = ["jxgov-004.html", "gwr2026-002.txt"]


@pytest.fixture(scope="module")
def results():
    return [extract_document(read_cached(doc_path(name)), use_model=False) for name in DOCS]


def test_parquet_is_written_in_row_groups(results, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "ROW_GROUP", 50)
    out = tmp_path / "targets.parquet"
    count = write(iter(results), out, fmt="parquet", records="targets")
    expected = list(rows(results, "targets"))
    assert count == len(expected) > 100
    assert pq.ParquetFile(out).metadata.num_row_groups == -(-len(expected) // 50)
    assert pq.read_table(out).column("target_id").to_pylist() == [r["target_id"] for r in expected]


def test_records_reach_the_temporary_file_before_the_next_document_is_read(results, tmp_path):
    seen = []

    def produce():
        for result in results:
            yield result
            seen.append([(p.name.startswith(".out.jsonl."), p.stat().st_size) for p in tmp_path.iterdir()])

    write(produce(), tmp_path / "out.jsonl", fmt="jsonl", records="all")
    first_document = sum(len(line.encode("utf-8")) + 1 for line in _jsonl(rows(results[:1], "all")))
    assert seen[0] and seen[0][0][0] and seen[0][0][1] >= first_document - 8192  # all but the write buffer
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == len(list(rows(results, "all")))


def _jsonl(data):
    return [json.dumps(row | {"schema_version": SCHEMA_VERSION}, ensure_ascii=False) for row in data]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "parquet", "datapackage"])
def test_a_batch_that_breaks_off_leaves_nothing_behind(results, tmp_path, fmt):
    def produce():
        yield results[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write(produce(), tmp_path / f"out.{fmt}", fmt=fmt, records="all")
    assert list(tmp_path.iterdir()) == []
