"""Documents per second on a 2-worker Dask LocalCluster against one process, and what a backfill needs.

    python benchmarks/cluster_throughput.py [--copies 2] [--no-model] [--notices 1000000] [--cores 64]

The batch is ../shared/corpus/docs and seeds, linked ``--copies`` times into a
temporary folder. One process: read and extract every document in turn, the
model loaded before timing; the CPU seconds of each document are the measured
per-document cost. The cluster: ``extract.distributed.extract_many`` on a
LocalCluster of 2 worker processes (1 thread each, 127.0.0.1), the model loaded
on both workers before timing, writing partitioned Parquet.

The paper estimate for ``--notices`` notices scales the measured cost: CPU
core-hours = notices x mean CPU seconds per document; wall hours on ``--cores``
worker cores = core-hours / cores / the cluster's measured efficiency (its
documents per second over 2 x those of one process); Parquet output from the
bytes written per document. The corpus's notices are longer than a typical
county notice (mean size printed), so the estimate errs on the high side.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's extract, also in the cluster's worker processes

from extract.distributed import extract_many  # noqa: E402
from extract.load.sources import Source  # noqa: E402
from extract.workers import RULES_ONLY, ModelChoice, extract_source, load_model  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"


def build_batch(folder: Path, copies: int) -> list[Path]:
    files = sorted(p for sub in ("docs", "seeds") for p in (CORPUS / sub).iterdir() if p.is_file())
    links = []
    for copy in range(copies):
        for path in files:
            link = folder / f"{copy:03d}-{path.name}"
            link.symlink_to(path)
            links.append(link)
    return links


def one_process(paths: list[Path], model: ModelChoice) -> tuple[float, list[float]]:
    load_model(model)
    costs = []
    started = time.perf_counter()
    for path in paths:
        cpu = time.process_time()
        extract_source(Source(str(path), path), model=model)
        costs.append(time.process_time() - cpu)
    return time.perf_counter() - started, costs


def on_cluster(paths: list[Path], model: ModelChoice, output: Path) -> float:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(load_model, model)
        started = time.perf_counter()
        summary = extract_many([str(p) for p in paths], client, output=output)
        seconds = time.perf_counter() - started
    if summary.failed or summary.documents != len(paths):
        raise SystemExit(f"the cluster run failed: {summary}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--notices", type=int, default=1_000_000)
    parser.add_argument("--cores", type=int, default=64)
    args = parser.parse_args()
    model = RULES_ONLY if args.no_model else ModelChoice()
    with tempfile.TemporaryDirectory() as temporary:
        batch = Path(temporary) / "batch"
        batch.mkdir()
        paths = build_batch(batch, args.copies)
        load = os.getloadavg()[0]
        single_seconds, costs = one_process(paths, model)
        cluster_seconds = on_cluster(paths, model, Path(temporary) / "out")
        parquet_bytes = sum(p.stat().st_size for p in (Path(temporary) / "out").rglob("*.parquet"))
        input_bytes = sum(p.stat().st_size for p in paths)
    n = len(paths)
    single_rate, cluster_rate = n / single_seconds, n / cluster_seconds
    efficiency = cluster_rate / (2 * single_rate)
    cost = statistics.mean(costs)
    core_hours = args.notices * cost / 3600
    print(json.dumps({
        "documents": n, "model": not args.no_model, "load_average_before": round(load, 2),
        "mean_notice_kb": round(input_bytes / n / 1024, 1),
        "one_process_docs_per_second": round(single_rate, 2),
        "cluster_2_workers_docs_per_second": round(cluster_rate, 2),
        "cluster_speedup": round(cluster_rate / single_rate, 2),
        "cluster_efficiency_per_worker": round(efficiency, 2),
        "cpu_seconds_per_document": {"mean": round(cost, 3), "median": round(statistics.median(costs), 3),
                                     "max": round(max(costs), 3)},
        "parquet_kb_per_document": round(parquet_bytes / n / 1024, 1),
        "backfill": {
            "notices": args.notices,
            "cpu_core_hours": round(core_hours, 1),
            f"wall_hours_on_{args.cores}_worker_cores": round(core_hours / args.cores / efficiency, 1),
            "parquet_gb": round(args.notices * parquet_bytes / n / 1024 ** 3, 1),
            "worker_memory_gb_per_core": "about 0.5 (a worker process with the model, measured by "
                                         "benchmarks/batch_memory.py)",
        },
    }, indent=1))


if __name__ == "__main__":
    main()
