"""Extraction cost per character as the input grows: is it linear?

    python benchmarks/linearity.py [--sizes 1 5 20] [--model]

The input of each size is built at run time by repeating the cleaned text of the
corpus documents (../shared/corpus/docs and seeds) up to that many megabytes of
UTF-8; nothing of it is written to disk. For each size it reads the text into a
Document (clean and outline), then extracts (rules only unless --model), and prints
CPU seconds and microseconds per character of both steps. Flat µs/char is linear.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from extract.extractor import extract_document
from extract.read import document_from_bytes, read

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
MEGABYTE = 1 << 20


def corpus_text() -> str:
    paths = sorted(p for folder in ("seeds", "docs") for p in (CORPUS / folder).iterdir() if p.is_file())
    return "\n".join(read(p).text for p in paths)


def synthetic(text: str, megabytes: float) -> bytes:
    """The corpus text repeated (whole lines) up to ``megabytes`` of UTF-8."""
    unit = (text + "\n").encode("utf-8")
    wanted = int(megabytes * MEGABYTE)
    data = unit * (wanted // len(unit)) + unit[:wanted % len(unit)]
    return data[:data.rfind(b"\n") + 1]


def measure(data: bytes, *, use_model: bool) -> dict[str, float]:
    started = time.process_time()
    document = document_from_bytes(data, name="synthetic.txt", suffix=".txt")
    read_seconds = time.process_time() - started
    started = time.process_time()
    result = extract_document(document, use_model=use_model)
    extract_seconds = time.process_time() - started
    chars = len(document.text)
    return {"chars": chars, "targets": len(result.targets), "tasks": len(result.tasks),
            "read_s": round(read_seconds, 2), "extract_s": round(extract_seconds, 2),
            "read_us_per_char": round(read_seconds / chars * 1e6, 2),
            "extract_us_per_char": round(extract_seconds / chars * 1e6, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="input sizes in MB")
    parser.add_argument("--model", action="store_true", help="with the shipped judge")
    args = parser.parse_args()
    text = corpus_text()
    extract_document(document_from_bytes(synthetic(text, 0.05), name="warm.txt", suffix=".txt"),
                     use_model=args.model)  # rule tables, tagger (and model) loaded before timing
    for size in args.sizes:
        figures = {"mb": size, **measure(synthetic(text, size), use_model=args.model)}
        json.dump(figures, sys.stdout)
        print(flush=True)


if __name__ == "__main__":
    main()
