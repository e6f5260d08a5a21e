"""Throughput of clean and extract on the corpus, as CPU-time ratios against plain jieba.

    python -m benchmarks.throughput [--rounds 7] [--json]   (from the checkout: its extract is measured)

The documents are those of ../shared/corpus/docs and seeds. Every path is timed
against plain jieba segmentation (``jieba.lcut``, default settings) of the same
cleaned text, and the figure is jieba's CPU time ÷ the path's CPU time: above 1 the
path is faster than segmenting its text once. CPU time is ``time.process_time`` of
this process, so other programs on the machine do not count against either side.
Rounds are interleaved (each round runs jieba and every path once, in an order that
rotates from round to round), and the ratio of a round compares the path with
jieba's time in that same round; the table gives the median and the range over the
rounds. Dictionaries, rule tables and the model are loaded before the first round.

Paths: extract rules only on documents already cleaned; the same with the shipped
model; read (parse and clean the file's bytes) + extract, rules only, which is what
the CLI does per document; read + extract with the model; clean only.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jieba

from extract.extractor import extract_document
from extract.load.sources import Source
from extract.model.judge import default_judge
from extract.pipeline import process_source
from extract.read import read_source
from extract.segment import tokenizer

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FOLDERS = ("docs", "seeds")


def corpus_sources() -> list[Source]:
    paths = sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir() if p.is_file())
    return [Source(str(p), p) for p in paths]


def cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def paths_to_time(sources: list[Source]) -> dict[str, Callable[[], object]]:
    judge = default_judge()
    if judge is None:
        sys.exit("throughput: no shipped model found (models/policy-extract-zh)")
    documents = [read_source(s) for s in sources]
    return {
        "extract rules only, document already cleaned":
            lambda: [extract_document(d, use_model=False) for d in documents],
        "extract with the model, already cleaned":
            lambda: [extract_document(d, judge=judge) for d in documents],
        "read + extract, rules only (what the CLI does per document)":
            lambda: [process_source(s, use_model=False) for s in sources],
        "read + extract with the model":
            lambda: [process_source(s, judge=judge) for s in sources],
        "clean only":
            lambda: [read_source(s) for s in sources],
    }


def measure(rounds: int) -> dict[str, object]:
    sources = corpus_sources()
    jieba.initialize()
    tokenizer()
    texts = [read_source(s).text for s in sources]
    work = paths_to_time(sources)
    for run in work.values():  # warm: rule tables, the tagger, the model, first-call caches
        run()
    names = ["plain jieba", *work]
    runs = {"plain jieba": lambda: [jieba.lcut(t) for t in texts], **work}
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        order = names[number % len(names):] + names[:number % len(names)]
        for name in order:
            seconds[name].append(cpu_seconds(runs[name]))
    ratios = {name: [j / s for j, s in zip(seconds["plain jieba"], seconds[name])] for name in work}
    return {
        "documents": len(sources),
        "cleaned_chars": sum(len(t) for t in texts),
        "rounds": rounds,
        "jieba_cpu_seconds_median": round(statistics.median(seconds["plain jieba"]), 3),
        "paths": {name: {"median": round(statistics.median(r), 2), "min": round(min(r), 2),
                         "max": round(max(r), 2),
                         "cpu_seconds_median": round(statistics.median(seconds[name]), 3)}
                  for name, r in ratios.items()},
    }


def table(figures: dict[str, object]) -> str:
    lines = [f"{figures['documents']} documents, {figures['cleaned_chars']:,} cleaned characters, "
             f"{figures['rounds']} interleaved rounds; plain jieba {figures['jieba_cpu_seconds_median']} s CPU "
             f"(median)", "", "| path | × plain jieba (median) | range | CPU s (median) |", "|---|---|---|---|"]
    for name, row in figures["paths"].items():
        lines.append(f"| {name} | {row['median']:.2f} | {row['min']:.2f}–{row['max']:.2f} | "
                     f"{row['cpu_seconds_median']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (at least 7 for the issue's figures)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.rounds)
    if args.json:
        json.dump(figures, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print(table(figures))


if __name__ == "__main__":
    main()
