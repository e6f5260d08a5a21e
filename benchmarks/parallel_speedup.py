"""Speed-up of ``extract --jobs N`` over ``--jobs 1``, end to end through the command line.

    python -m benchmarks.parallel_speedup [--copies 3] [--rounds 3] [--jobs 2] [--no-model]

The batch is ../shared/corpus/docs and seeds, linked ``--copies`` times into a
temporary folder. Rounds interleave the settings (1, N, 1, N, ...) so that a
busy neighbour slows both alike; each run is a fresh process, start-up
included, writing all records as JSON Lines. Prints wall seconds per setting
(median and range), the speed-up of medians, and whether the outputs are
byte-identical, and the CPU seconds of each run (the process and its workers:
what the workers cost beyond one process: start-up, a model per worker). The
load average before the first round says how busy the machine was: on 2 cores
shared with other work the speed-up is lower.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.processes import process_tree

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def build_batch(folder: Path, copies: int) -> int:
    files = sorted(p for sub in ("docs", "seeds") for p in (CORPUS / sub).iterdir() if p.is_file())
    for copy in range(copies):
        for path in files:
            (folder / f"{copy:03d}-{path.name}").symlink_to(path)
    return len(files) * copies


def run(batch: Path, output: Path, *, jobs: int, model: bool) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the process and its workers (sampled every 0.1 s)."""
    command = [sys.executable, "-m", "extract", "extract", str(batch), "--records", "all", "-o", str(output),
               "--jobs", str(jobs), *(() if model else ("--no-model",))]
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cpu: dict[int, float] = {}
    while process.poll() is None:
        for member in process_tree(process):
            with contextlib.suppress(psutil.Error):
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        time.sleep(0.1)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    return time.perf_counter() - started, sum(cpu.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        batch = folder / "batch"
        batch.mkdir()
        documents = build_batch(batch, args.copies)
        load = os.getloadavg()[0]
        seconds: dict[int, list[float]] = {1: [], args.jobs: []}
        cpu: dict[int, list[float]] = {1: [], args.jobs: []}
        for _ in range(args.rounds):
            for jobs in seconds:
                wall, used = run(batch, folder / f"{jobs}.jsonl", jobs=jobs, model=not args.no_model)
                seconds[jobs].append(wall)
                cpu[jobs].append(used)
        identical = (folder / "1.jsonl").read_bytes() == (folder / f"{args.jobs}.jsonl").read_bytes()
    medians = {jobs: statistics.median(times) for jobs, times in seconds.items()}
    report = {
        "documents": documents, "model": not args.no_model, "cores": len(os.sched_getaffinity(0)),
        "load_average_before": round(load, 2),
        "wall_seconds": {str(j): {"median": round(m, 2), "range": [round(min(seconds[j]), 2), round(max(seconds[j]), 2)]}
                         for j, m in medians.items()},
        "cpu_seconds_median": {str(j): round(statistics.median(c), 2) for j, c in cpu.items()},
        "speedup": round(medians[1] / medians[args.jobs], 2),
        "speedup_range": [round(min(seconds[1]) / max(seconds[args.jobs]), 2),
                          round(max(seconds[1]) / min(seconds[args.jobs]), 2)],
        "outputs_identical": identical,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
