"""Throughput of clean and extract on ../shared/corpus/docs, against plain jieba on the same text.

    python benchmarks/throughput.py [--repeat 3] [--json]

Characters are characters of cleaned text (for clean: of the input files). The goal
is an extractor faster than plain jieba segmentation (jieba.lcut, default settings)
of the same cleaned text: the ratio printed is extract chars/s ÷ jieba chars/s, for
the rules alone and with the shipped model. Dictionaries and the model are loaded
before timing. Peak memory is measured after the rules, then after the model.
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
from extract.model.judge import default_judge
from extract.segment import tokenizer

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "docs"


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = sorted(p for p in CORPUS.iterdir() if p.is_file())
    raw_chars = sum(len(p.read_bytes().decode("utf-8", "replace")) for p in paths)
    jieba.initialize()
    tokenizer()
    extract_document(extract.read(paths[0]), use_model=False)  # loads the rule tables and the tagger
    documents = [extract.read(p) for p in paths]
    texts = [d.text for d in documents]
    chars = sum(len(t) for t in texts)
    clean_seconds = best_of(args.repeat, lambda: [extract.read(p) for p in paths])
    rules_seconds = best_of(args.repeat, lambda: [extract_document(d, use_model=False) for d in documents])
    jieba_seconds = best_of(args.repeat, lambda: [jieba.lcut(t) for t in texts])
    rules_rss = peak_rss_mb()
    judge = default_judge()
    model_seconds = best_of(args.repeat, lambda: [extract_document(d, judge=judge) for d in documents]) \
        if judge else None
    figures = {
        "documents": len(paths),
        "input_chars": raw_chars,
        "cleaned_chars": chars,
        "clean_chars_per_s": round(raw_chars / clean_seconds),
        "jieba_chars_per_s": round(chars / jieba_seconds),
        "extract_rules_chars_per_s": round(chars / rules_seconds),
        "extract_rules_vs_jieba": round(jieba_seconds / rules_seconds, 2),
        "peak_rss_rules_mb": rules_rss,
        "model": judge.version if judge else None,
        "extract_model_chars_per_s": round(chars / model_seconds) if model_seconds else None,
        "extract_model_vs_jieba": round(jieba_seconds / model_seconds, 2) if model_seconds else None,
        "model_slowdown": round(model_seconds / rules_seconds, 2) if model_seconds else None,
        "peak_rss_model_mb": peak_rss_mb() if judge else None,
    }
    if args.json:
        json.dump(figures, sys.stdout, indent=1)
        print()
    else:
        for name, value in figures.items():
            print(f"{name:22} {value}")


if __name__ == "__main__":
    main()
