"""Extraction on a Dask cluster: many documents in, partitioned Parquet out.

``extract_many(paths_or_urls, client, output=...)`` splits the inputs into
chunks, one Dask task each. A worker reads (or fetches) its chunk's documents,
extracts them with the model it loaded once, and writes each kind of record as
Parquet under ``output``: ``documents/``, ``tasks/`` and ``targets/``, each
partitioned Hive-style by the document's region and year (of its issue date,
else of its publication): ``documents/region=江苏省常州市/year=2020/part-000012.parquet``,
``targets/doc_region=…/doc_year=…/``, which pandas, DuckDB and Spark read as
one table with the partitions as columns. A document without a region is
filed under ``unknown``, one without a date under year 0 (a partition with
no value, Hive's default, trips pandas' reader). File paths must be readable by the workers at the
same path (a shared file system), and ``output`` writable by them. Each part
file is written atomically and named after its chunk, so a task Dask retries
rewrites the same files.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import atomic_write
from .errors import ExtractError, InputError
from .export import arrow_schema, arrow_table, columns, rows
from .load.sources import DEFAULT_MAX_BYTES, SOURCE_SUFFIXES, Source, expand
from .pipeline import process
from .result import Result
from .scrape.http import Fetcher
from .scrape.politeness import Politeness
from .workers import RULES_ONLY, ModelChoice, extract_source, judge_for

if TYPE_CHECKING:
    from distributed import Client

CHUNK = 32  # documents per task: enough to outweigh a task's overhead, few enough to spread a batch
DATASETS = ("documents", "tasks", "targets")
NO_REGION, NO_YEAR = "unknown", 0
UNSAFE = re.compile(r'[\x00-\x1f%/\\=:*?"<>|]')


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did: records written per kind, and the inputs that failed with why."""

    documents: int = 0
    tasks: int = 0
    targets: int = 0
    failed: tuple[str, ...] = ()

    def __add__(self, other: Summary) -> Summary:
        return Summary(self.documents + other.documents, self.tasks + other.tasks, self.targets + other.targets,
                       self.failed + other.failed)


def extract_many(paths_or_urls: Iterable[str], client: Client, *, output: str | os.PathLike[str],
                 model: ModelChoice = RULES_ONLY, chunk: int = CHUNK,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Extract every input on the cluster behind ``client``; write partitioned Parquet under ``output``."""
    from distributed import as_completed

    inputs, missing = _inputs(paths_or_urls)
    chunks = [inputs[start:start + chunk] for start in range(0, len(inputs), chunk)]
    folder = os.fspath(Path(output).resolve())
    futures = [client.submit(extract_chunk, number, part, output=folder, model=model, max_bytes=max_bytes)
               for number, part in enumerate(chunks)]
    summary = Summary(failed=missing)
    for future in as_completed(futures):
        summary = summary + future.result()
    return summary


def extract_chunk(number: int, inputs: Sequence[str], *, output: str, model: ModelChoice = RULES_ONLY,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """One task: extract the inputs and write their records as part ``number`` of each dataset."""
    results, failed = [], []
    fetcher = Fetcher(Politeness(), max_bytes=max_bytes) if any(_is_url(i) for i in inputs) else None
    try:
        for name in inputs:
            try:
                results.append(_fetch_and_extract(fetcher, name, model=model, max_bytes=max_bytes)
                               if _is_url(name) else
                               extract_source(Source(name, Path(name)), model=model, max_bytes=max_bytes))
            except ExtractError as err:
                failed.append(str(err))
    finally:
        if fetcher is not None:
            fetcher.close()
    counts = {dataset: write_part(results, Path(output), dataset=dataset, number=number) for dataset in DATASETS}
    return Summary(counts["documents"], counts["tasks"], counts["targets"], tuple(failed))


def write_part(results: Sequence[Result], output: Path, *, dataset: str, number: int) -> int:
    """Write one chunk's records of one kind, a file per region and year; returns how many."""
    schema = arrow_schema(columns(dataset), records=dataset)
    region_key, year_key = partition_keys(dataset)
    groups: dict[tuple[str, int], list[dict[str, object]]] = {}
    for result in results:
        key = (result.document.metadata.region or NO_REGION, document_year(result))
        groups.setdefault(key, []).extend(rows([result], dataset))
    for (region, year), data in groups.items():
        if not data:
            continue
        table = arrow_table(data, schema).drop_columns([region_key])  # the partition holds it
        folder = output / dataset / f"{region_key}={_segment(region)}" / f"{year_key}={year}"
        with atomic_write(folder / f"part-{number:06d}.parquet", mode="wb") as stream:
            pq.write_table(table, stream)
    return sum(len(data) for data in groups.values())


def partition_keys(dataset: str) -> tuple[str, str]:
    """The region and year columns a dataset is partitioned by (tasks and targets name the document's)."""
    return ("region", "year") if dataset == "documents" else ("doc_region", "doc_year")


def document_year(result: Result) -> int:
    """The year a document is filed under: of its issue date, else of its publication, else 0."""
    metadata = result.document.metadata
    found = metadata.issued or metadata.published
    return int(found[:4]) if found else NO_YEAR


def read_dataset(output: str | os.PathLike[str], dataset: str) -> pa.Table:
    """One dataset of a run, its partitions as columns (see :func:`partition_keys`)."""
    return pq.read_table(Path(output) / dataset, partitioning="hive")


def _fetch_and_extract(fetcher: Fetcher, url: str, *, model: ModelChoice, max_bytes: int) -> Result:
    response = fetcher.get(url)
    suffix = Path(urlsplit(response.final_url).path).suffix.lower()
    judge = judge_for(model)
    return process(response.body, name=url, suffix=suffix, encoding=response.charset, use_model=judge is not None,
                   judge=judge)


def _inputs(paths_or_urls: Iterable[str]) -> tuple[list[str], tuple[str, ...]]:
    """URLs as they are; paths made absolute (the workers' working folder may differ), folders expanded."""
    urls, paths = [], []
    for item in paths_or_urls:
        (urls if _is_url(item) else paths).append(os.fspath(item))
    found, missing = [], []
    for source in expand(paths, suffixes=SOURCE_SUFFIXES):
        if isinstance(source, InputError):
            missing.append(str(source))
        elif source.path is None:
            missing.append(f"{source.name}: standard input cannot be sent to a cluster")
        else:
            found.append(str(source.path.absolute()))  # not resolve(): a symlinked folder keeps its name
    return found + urls, tuple(missing)


def _is_url(name: str) -> bool:
    return urlsplit(name).scheme in ("http", "https")


def _segment(value: str) -> str:
    """A partition value as a folder name: readable (Chinese kept), the few characters a path cannot hold
    escaped as %XX, which readers of Hive partitions decode."""
    return UNSAFE.sub(lambda match: f"%{ord(match.group()):02X}", value)
