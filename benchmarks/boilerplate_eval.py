"""Boilerplate removal, line by line: policy-extract against trafilatura.

    python -m benchmarks.boilerplate_eval            # tables of P/R/F1 per page and overall
    python -m benchmarks.boilerplate_eval --json     # the same numbers as JSON
    python -m benchmarks.boilerplate_eval --errors policy-extract   # the lines each page gets wrong
    python -m benchmarks.boilerplate_eval --write-baseline  # policy-extract's floors for the test

Every page of corpora/gold/boilerplate/labels.tsv is run through each system
and scored by devkit.boilerplate.score (micro-averaged overall). The
``oracle`` system outputs exactly the gold body lines: its score is the
ceiling the line matching allows (below 1 where a non-body line repeats body
text).
"""
from __future__ import annotations

import argparse
import html
import json
import math
from collections.abc import Callable
from pathlib import Path

import trafilatura

import extract
from devkit.boilerplate.gold import BASELINE, CORPUS, Label, labelled_lines, read_labels
from devkit.boilerplate.score import Counts, Output, Score, score
from devkit.boilerplate.segment import HTML_SUFFIXES

Extractor = Callable[[Path], str]


def as_html(path: Path) -> str:
    """The page as HTML; a text page becomes one ``<p>`` per line."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in HTML_SUFFIXES:
        return raw
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def run_trafilatura(path: Path, *, favor_recall: bool) -> str:
    text = trafilatura.extract(as_html(path), include_tables=True, include_comments=False,
                               favor_recall=favor_recall)
    return text or ""


SYSTEMS: dict[str, Extractor] = {
    "policy-extract": lambda path: extract.read(path).text,
    "trafilatura": lambda path: run_trafilatura(path, favor_recall=False),
    "trafilatura-recall": lambda path: run_trafilatura(path, favor_recall=True),
}


def evaluate(labels: list[Label], *, corpus: Path) -> dict[str, dict[str, Score]]:
    """Scores by system, then by page name (plus ``overall``)."""
    results: dict[str, dict[str, Score]] = {name: {} for name in (*SYSTEMS, "oracle")}
    for label in labels:
        gold = labelled_lines(label, corpus=corpus)
        outputs = {name: run(corpus / label.path) for name, run in SYSTEMS.items()}
        outputs["oracle"] = "\n".join(line for line, body in gold if body)
        for name, text in outputs.items():
            results[name][label.name] = score(gold, text)
    for pages in results.values():
        pages["overall"] = sum(pages.values(), Score(Counts(), Counts()))
    return results


def table(results: dict[str, dict[str, Score]], *, weight: str) -> str:
    """A text table: one row per page, P/R/F1 per system."""
    systems = list(results)
    header = f"{'page':<15}" + "".join(f"{name:>22}" for name in systems)
    sub = f"{'':<15}" + "".join(f"{'P':>8}{'R':>7}{'F1':>7}" for _ in systems)
    rows = [header, sub]
    for page in results[systems[0]]:
        cells = (getattr(results[name][page], weight) for name in systems)
        rows.append(f"{page:<15}" + "".join(f"{c.precision:8.3f}{c.recall:7.3f}{c.f1:7.3f}" for c in cells))
    return "\n".join(rows)


def as_json(results: dict[str, dict[str, Score]]) -> dict:
    def counts(c: Counts) -> dict:
        return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
    return {system: {page: {"lines": counts(s.lines), "chars": counts(s.chars)} for page, s in pages.items()}
            for system, pages in results.items()}


def error_kind(line: str, *, body: bool, output: Output, oracle: Output) -> str:
    """Why a line is wrong, as far as the text tells: lost, kept, or a matching artefact."""
    if body:
        return "FN glued" if line in output.flat else "FN lost"
    return "FP oracle-too" if oracle.has(line) else "FP kept"


def baseline(pages: dict[str, Score]) -> dict:
    """Line precision and recall per page and overall, rounded down to 2 decimals."""
    def floor(x: float) -> float:
        return math.floor(x * 100 + 1e-9) / 100
    return {page: {"precision": floor(s.lines.precision), "recall": floor(s.lines.recall)}
            for page, s in pages.items()}


def print_errors(system: str, labels: list[Label], *, corpus: Path) -> None:
    """Each page's body lines missed (FN) and non-body lines kept (FP) by one system.

    ``FN glued``: the text is in the output but inside a longer segment, under
    the 8 characters a substring match needs. ``FP oracle-too``: the gold body
    itself repeats the line, so no output can avoid it.
    """
    for label in labels:
        gold = labelled_lines(label, corpus=corpus)
        output = Output(SYSTEMS[system](corpus / label.path))
        oracle = Output("\n".join(line for line, body in gold if body))
        for n, (line, body) in enumerate(gold):
            if output.has(line) != body:
                print(f"{label.name}\t{n}\t{error_kind(line, body=body, output=output, oracle=oracle)}\t{line[:60]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", choices=list(SYSTEMS), help="list the lines this system gets wrong")
    parser.add_argument("--write-baseline", action="store_true",
                        help=f"store policy-extract's scores as the test's floors in {BASELINE.name}")
    parser.add_argument("pages", nargs="*", help="only these gold pages (default: all)")
    args = parser.parse_args()
    labels = read_labels()
    unknown = set(args.pages) - {label.name for label in labels}
    if unknown or (args.pages and args.write_baseline):
        parser.error(f"unknown gold pages: {', '.join(sorted(unknown))}" if unknown
                     else "--write-baseline needs every gold page; drop the page names")
    labels = [label for label in labels if not args.pages or label.name in args.pages]
    if args.errors:
        print_errors(args.errors, labels, corpus=args.corpus)
        return
    results = evaluate(labels, corpus=args.corpus)
    if args.write_baseline:
        BASELINE.write_text(json.dumps(baseline(results["policy-extract"]), indent=1) + "\n", encoding="utf-8")
        return
    if args.json:
        print(json.dumps(as_json(results), ensure_ascii=False, indent=1))
        return
    print("Line-level precision / recall / F1\n" + table(results, weight="lines"))
    print("\nCharacter-weighted precision / recall / F1\n" + table(results, weight="chars"))


if __name__ == "__main__":
    main()
