"""One notice from the command line: wall and CPU per run, start-up included, and what start-up is made of.

    python -m benchmarks.one_notice [--rounds 5] [--setups rules model] [--limit 12000] [--sample N] [--json]
    (from the checkout: python -m puts it first on sys.path, so its extract is measured)

The notices are the files of ../shared/corpus/seeds and docs whose cleaned text is
shorter than ``--limit`` characters (a typical notice is 3-10 k). Every run is
``python -m extract extract NOTICE -o FILE.csv`` in a fresh process (with
``--model`` in the model setup), as a user types it. Rounds are interleaved: each
round runs every notice once in every setup, in an order that rotates from round to
round, so a busy spell on the machine is spread over all of them. Per notice the
median over the rounds is taken; the table gives the median and the maximum of those
medians over the notices, for wall seconds, CPU seconds (user + system of the
process, from ``wait4``) and peak resident memory.

Start-up is split off three ways, each in fresh processes with the same rounds:
- ``interpreter``: ``python -c pass``;
- ``empty file``: the CLI on an empty text file (it refuses it after its imports,
  before any dictionary is loaded): the interpreter, the imports and the command line;
- ``loads``: one process that imports ``extract.cli`` then loads jieba's dictionary (by segmenting a phrase)
  with the domain words, the part-of-speech table, the rule tables and (model setup)
  the shipped model, timing each in CPU seconds.
Start-up is the empty-file run (with --model it loads the model too) and the dictionary
loads; per-document work is the run's CPU time minus start-up (for the median notice).
``--importtime`` adds the modules that cost most under ``python -X importtime``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FOLDERS = ("seeds", "docs")
SETUP_FLAGS = {"rules": (), "model": ("--model",)}
IMPORTTIME_SHOWN = 15
DICTIONARY_STEPS = ("jieba dictionary + domain words", "part-of-speech table")

# What the loads probe runs in a fresh process: each step's CPU seconds, as JSON on its last line.
LOADS_PROBE = """
import json, sys, time
from importlib import resources
steps = {}
def step(name, work):
    started = time.process_time()
    work()
    steps[name] = time.process_time() - started
step("import extract.cli", lambda: __import__("extract.cli"))
from extract import lexicon, segment
step("jieba dictionary + domain words", lambda: list(segment.tokens("区住建局牵头")))
step("part-of-speech table", lambda: segment.tags("完成计划"))
step("rule tables (all parsed again)", lambda: [lexicon.read_table(p.name) for p in
     resources.files(lexicon.DATA_PACKAGE).iterdir() if p.name.endswith(".tsv")])
if sys.argv[1] == "model":
    from extract.workers import ModelChoice, judge_for
    step("model", lambda: judge_for(ModelChoice()))
print(json.dumps(steps))
"""


@dataclass(frozen=True, slots=True)
class Run:
    wall: float
    cpu: float
    peak_kb: int


def spawn(command: list[str], *, ok: tuple[int, ...] = (0,)) -> tuple[Run, str]:
    """Run ``command`` from the checkout and reap it with wait4: its own wall, CPU and peak memory."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode not in ok:
            raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {err.read().strip()[-500:]}")
        return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss), out.read()


def notices(limit: int, sample: int | None = None) -> list[tuple[Path, int]]:
    """The corpus notices under ``limit`` cleaned characters, with their length; ``sample`` of them spread
    evenly over the list, when given."""
    from extract.load.sources import Source
    from extract.read import read_source

    found = []
    for path in sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir() if p.is_file()):
        length = len(read_source(Source(str(path), path)).text)
        if length < limit:
            found.append((path, length))
    if sample is None or sample >= len(found):
        return found
    return [found[n * len(found) // sample] for n in range(sample)]


def measure(*, rounds: int, setups: list[str], limit: int, sample: int | None) -> dict[str, object]:
    chosen = notices(limit, sample)
    python = [sys.executable]
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        output = str(Path(folder) / "out.csv")
        jobs: dict[tuple[str, str], list[str]] = {("interpreter", ""): [*python, "-c", "pass"]}
        for setup in setups:
            flags = list(SETUP_FLAGS[setup])
            jobs[(setup, "empty file")] = [*python, "-m", "extract", "extract", str(empty), "-o", output, *flags]
            jobs[(setup, "loads")] = [*python, "-c", LOADS_PROBE, setup]
            for path, _ in chosen:
                jobs[(setup, path.name)] = [*python, "-m", "extract", "extract", str(path), "-o", output, *flags]
        names = list(jobs)
        runs: dict[tuple[str, str], list[Run]] = {name: [] for name in names}
        loads: dict[str, list[dict[str, float]]] = {setup: [] for setup in setups}
        for number in range(rounds):
            shift = number * len(names) // rounds
            for name in names[shift:] + names[:shift]:
                result, stdout = spawn(jobs[name], ok=(1,) if name[1] == "empty file" else (0,))
                runs[name].append(result)
                if name[1] == "loads":
                    loads[name[0]].append(json.loads(stdout.splitlines()[-1]))
    return summary(chosen, setups, runs, loads, rounds)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def summary(chosen: list[tuple[Path, int]], setups: list[str], runs: dict[tuple[str, str], list[Run]],
            loads: dict[str, list[dict[str, float]]], rounds: int) -> dict[str, object]:
    def figures(name: tuple[str, str]) -> dict[str, float]:
        rows = runs[name]
        return {"wall": round(_median([r.wall for r in rows]), 3), "wall_min": round(min(r.wall for r in rows), 3),
                "wall_max": round(max(r.wall for r in rows), 3), "cpu": round(_median([r.cpu for r in rows]), 3),
                "cpu_min": round(min(r.cpu for r in rows), 3), "cpu_max": round(max(r.cpu for r in rows), 3),
                "peak_mb": round(max(r.peak_kb for r in rows) / 1024, 1)}

    result: dict[str, object] = {"notices": len(chosen), "rounds": rounds,
                                 "cleaned_chars": {"median": _median([n for _, n in chosen]),
                                                   "max": max(n for _, n in chosen)},
                                 "interpreter": figures(("interpreter", "")), "setups": {}}
    for setup in setups:
        per_notice = {path.name: figures((setup, path.name)) for path, _ in chosen}
        steps = {step: round(_median([probe[step] for probe in loads[setup]]), 3) for step in loads[setup][0]}
        empty = figures((setup, "empty file"))
        loaded = sum(v for k, v in steps.items() if k in DICTIONARY_STEPS)  # the rest the empty-file run did
        result["setups"][setup] = {
            "empty_file": empty,
            "loads_cpu": steps,
            "startup_cpu": round(empty["cpu"] + loaded, 3),
            "per_notice": {key: {"median": round(_median([f[key] for f in per_notice.values()]), 3),
                                 "max": round(max(f[key] for f in per_notice.values()), 3)}
                           for key in ("wall", "cpu", "peak_mb")},
            "document_work_cpu_median": round(_median([f["cpu"] for f in per_notice.values()])
                                              - empty["cpu"] - loaded, 3),
            "slowest": sorted(((name, f["wall"], f["cpu"]) for name, f in per_notice.items()),
                              key=lambda row: -row[1])[:3],
        }
    return result


def importtime() -> list[tuple[str, int, int]]:
    """(module, self µs, cumulative µs) of the costliest imports of ``extract.cli``, by self time."""
    completed = subprocess.run([sys.executable, "-X", "importtime", "-c", "import extract.cli"], cwd=REPO,
                               capture_output=True, text=True, check=True)
    rows = []
    for line in completed.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, total, name = line.removeprefix("import time:").split("|")
        rows.append((name.strip(), int(own), int(total)))
    whole = next(total for name, _, total in rows if name == "extract.cli")
    return [("extract.cli (whole)", 0, whole), *sorted(rows, key=lambda row: -row[1])[:IMPORTTIME_SHOWN]]


def table(figures: dict[str, object]) -> str:
    chars = figures["cleaned_chars"]
    interpreter = figures["interpreter"]
    lines = [f"{figures['notices']} notices (cleaned characters: median {chars['median']:,.0f}, max {chars['max']:,}), "
             f"{figures['rounds']} interleaved rounds; `python -c pass`: {interpreter['wall']} s wall, "
             f"{interpreter['cpu']} s CPU", "",
             "| setup | wall / notice median (max) | CPU / notice median (max) | peak RSS MB median (max) | "
             "empty file wall / CPU | start-up CPU | document work CPU (median) |", "|---|---|---|---|---|---|---|"]
    for setup, row in figures["setups"].items():
        notice, empty = row["per_notice"], row["empty_file"]
        lines.append(f"| {setup} | {notice['wall']['median']} ({notice['wall']['max']}) | "
                     f"{notice['cpu']['median']} ({notice['cpu']['max']}) | "
                     f"{notice['peak_mb']['median']} ({notice['peak_mb']['max']}) | {empty['wall']} / {empty['cpu']} | "
                     f"{row['startup_cpu']} | {row['document_work_cpu_median']} |")
    for setup, row in figures["setups"].items():
        steps = ", ".join(f"{name} {seconds}" for name, seconds in row["loads_cpu"].items())
        slowest = ", ".join(f"{name} {wall} s ({cpu} CPU)" for name, wall, cpu in row["slowest"])
        lines += ["", f"{setup}: start-up CPU s in one process: {steps}", f"{setup}: slowest notices: {slowest}"]
    if "importtime" in figures:
        lines += ["", "import of extract.cli under -X importtime (µs, by self time):"]
        lines += [f"  {name}: self {own:,}, cumulative {total:,}" for name, own, total in figures["importtime"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median and range over them)")
    parser.add_argument("--setups", nargs="+", choices=list(SETUP_FLAGS), default=list(SETUP_FLAGS))
    parser.add_argument("--limit", type=int, default=12_000, help="notices under this many cleaned characters")
    parser.add_argument("--sample", type=int, metavar="N", help="only N of those notices, spread evenly (quicker)")
    parser.add_argument("--importtime", action="store_true", help="add the costliest imports (-X importtime)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(rounds=args.rounds, setups=args.setups, limit=args.limit, sample=args.sample)
    if args.importtime:
        figures["importtime"] = importtime()
    if args.json:
        json.dump(figures, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print(table(figures))


if __name__ == "__main__":
    main()
