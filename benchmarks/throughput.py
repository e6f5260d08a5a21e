"""Throughput of clean and extract on ../shared/corpus/docs, against plain jieba on the same text.

    python benchmarks/throughput.py [--repeat 3] [--json]

Characters are characters of cleaned text (for clean: of the input files). The goal
is an extractor faster than plain jieba segmentation (jieba.lcut, default settings)
of the same cleaned text: the ratio printed is extract chars/s ÷ jieba chars/s.
Dictionary loading is done before timing, for both.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import jieba

import extract
from extract.extractor import extract_document
from extract.segment import tokenizer

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "docs"


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = sorted(p for p in CORPUS.iterdir() if p.is_file())
    raw_chars = sum(len(p.read_bytes().decode("utf-8", "replace")) for p in paths)
    jieba.initialize()
    tokenizer()
    extract_document(extract.read(paths[0]))  # loads the rule tables and the tagger
    documents = [extract.read(p) for p in paths]
    texts = [d.text for d in documents]
    chars = sum(len(t) for t in texts)
    clean_seconds = best_of(args.repeat, lambda: [extract.read(p) for p in paths])
    extract_seconds = best_of(args.repeat, lambda: [extract_document(d) for d in documents])
    jieba_seconds = best_of(args.repeat, lambda: [jieba.lcut(t) for t in texts])
    figures = {
        "documents": len(paths),
        "input_chars": raw_chars,
        "cleaned_chars": chars,
        "clean_chars_per_s": round(raw_chars / clean_seconds),
        "extract_chars_per_s": round(chars / extract_seconds),
        "jieba_chars_per_s": round(chars / jieba_seconds),
        "extract_vs_jieba": round((chars / extract_seconds) / (chars / jieba_seconds), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        json.dump(figures, sys.stdout, indent=1)
        print()
    else:
        for name, value in figures.items():
            print(f"{name:22} {value}")


if __name__ == "__main__":
    main()
