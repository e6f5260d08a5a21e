"""Dev-gold scores with and without table extraction, per document (the table issue's before/after).

    python benchmarks/table_ablation.py

"without" keeps every table out of sentence extraction, as before tables were read:
real tables are skipped, flattened ones are read as sentences. Rules only: the model is
left out of both runs.
"""
from __future__ import annotations

from pathlib import Path
from unittest import mock

import extract
from devkit.floors import gold_documents
from extract import extractor
from extract.evaluate import ScoreCard, read_gold, score_document
from extract.tables.find import TableFacts


def without_tables(document):
    return TableFacts((), tuple((t.start, t.end) for t in document.tables))


def score(path: Path, gold: Path) -> ScoreCard:
    result = extractor.extract_document(extract.read(path), use_model=False)
    return score_document(read_gold(gold), result.tasks, result.targets)


def main() -> None:
    print(f"{'document':24} {'F1 before':>9} {'after':>6} {'deadline':>9} {'after':>6} {'owners':>7} "
          f"{'after':>6} {'task recall':>11} {'after':>6}")
    totals = [ScoreCard(), ScoreCard()]
    for name, path, gold in gold_documents():
        with mock.patch.object(extractor, "find_tables", without_tables):
            before = score(path, gold)
        after = score(path, gold)
        totals = [totals[0] + before, totals[1] + after]
        print(_line(name, before, after))
    print(_line("overall", *totals))


def _line(name: str, before: ScoreCard, after: ScoreCard) -> str:
    b, a = before.scores(), after.scores()
    cells = [(b["f1"], a["f1"]), (b["deadline_accuracy"], a["deadline_accuracy"]),
             (b["owners_accuracy"], a["owners_accuracy"]), (b["task_recall"], a["task_recall"])]
    return f"{name[:24]:24} " + " ".join(f"{_f(x):>9} {_f(y):>6}" for x, y in cells)


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()
