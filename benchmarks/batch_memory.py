"""Peak memory of ``extract`` over a large batch: records are written as they come, so it stays flat.

    python -m benchmarks.batch_memory [--sizes 250 1000 2000] [--jobs 2] [--format parquet] [--no-model]

Each batch is built at run time by linking the files of ../shared/corpus/docs
and seeds over and over into a temporary folder (N notices). The command line
runs once per size, writing all records; the memory of the process and its
workers is sampled every 0.2 s. Prints, per size, the peak of the sum of their
proportional set sizes (PSS: pages shared by workers forked from one server
counted once, not once per process), the peak resident size of the largest
one, wall seconds and the output size, then the growth per 1,000 notices between the smallest and the largest
batch (``whole``) and between the two largest (``last_step``), and what each
gives for 10,000 notices (a straight line: the first overstates a curve that
flattens).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.processes import process_tree

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
MEGABYTE = 1024 * 1024


def build_batch(folder: Path, size: int) -> None:
    files = sorted(p for sub in ("docs", "seeds") for p in (CORPUS / sub).iterdir() if p.is_file())
    for n in range(size):
        path = files[n % len(files)]
        (folder / f"{n:06d}-{path.name}").symlink_to(path)


def measure(batch: Path, output: Path, *, jobs: int, model: bool) -> dict[str, float]:
    command = [sys.executable, "-m", "extract", "extract", str(batch), "--records", "all", "-o", str(output),
               "--jobs", str(jobs), *(() if model else ("--no-model",))]
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total_peak = largest_peak = 0
    while process.poll() is None:
        shares, sizes = [], []
        for member in process_tree(process):
            with contextlib.suppress(psutil.Error):
                memory = member.memory_full_info()
                shares.append(memory.pss)
                sizes.append(memory.rss)
        total_peak, largest_peak = max(total_peak, sum(shares)), max(largest_peak, max(sizes, default=0))
        time.sleep(0.2)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    return {"peak_pss_mb_all_processes": round(total_peak / MEGABYTE, 1),
            "peak_rss_mb_largest_process": round(largest_peak / MEGABYTE, 1),
            "wall_seconds": round(time.perf_counter() - started, 1),
            "output_mb": round(output.stat().st_size / MEGABYTE, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 2000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="parquet", choices=["parquet", "csv", "jsonl"])
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    report: dict[str, object] = {"jobs": args.jobs, "format": args.format, "model": not args.no_model, "runs": {}}
    for size in sorted(args.sizes):
        with tempfile.TemporaryDirectory() as temporary:
            batch = Path(temporary) / "batch"
            batch.mkdir()
            build_batch(batch, size)
            report["runs"][size] = measure(batch, Path(temporary) / f"out.{args.format}", jobs=args.jobs,
                                           model=not args.no_model)
        print(json.dumps({size: report["runs"][size]}), file=sys.stderr, flush=True)
    sizes = sorted(args.sizes)
    if len(sizes) > 1:
        key = "peak_pss_mb_all_processes"
        for name, small in (("whole", sizes[0]), ("last_step", sizes[-2])):
            large = sizes[-1]
            slope = (report["runs"][large][key] - report["runs"][small][key]) / (large - small) * 1000
            report[f"growth_mb_per_1000_notices_{name}"] = round(slope, 1)
            report[f"extrapolated_peak_mb_at_10000_{name}"] = round(
                report["runs"][large][key] + slope * (10_000 - large) / 1000, 1)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
