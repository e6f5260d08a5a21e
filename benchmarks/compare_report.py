"""The compare report over the whole corpus (seeds, docs, pool; never holdout): time to build it, and the
registry's size and coverage; then matching precision and recall on the alignment gold and the headline check.

    python -m benchmarks.compare_report [--no-model] [-o report.html]

Times: extraction of every document, then building the views (matching, matrix, diff, trend, owners,
roll-up), then writing the HTML report, each measured apart. Coverage: the share of all extracted targets that
match a registry indicator. Goals on the alignment gold: precision >= 0.95, recall >= 0.90; headline indicators
(GDP growth, CPI, unemployment, new urban jobs) in one row each for >= 90% of the reports that state them.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from extract.comparison.alignment import headline_check, read_alignment_gold, score_alignment
from extract.comparison.api import build_comparison
from extract.comparison.report import write_report
from extract.errors import ExtractError
from extract.extractor import extract_document
from extract.read import read

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FOLDERS = ("seeds", "docs", "pool")
VIEWS = ("matrix", "diff", "trend", "owners", "rollup")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    paths = sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir()
                   if p.is_file() and p.suffix != ".tsv")
    started = time.perf_counter()
    results, skipped = [], []
    for path in paths:
        try:
            results.append(extract_document(read(path), use_model=not args.no_model))
        except ExtractError as err:
            skipped.append(f"{path.name}: {err}")
    extracted = time.perf_counter()
    comparison = build_comparison(results)
    built = time.perf_counter()
    output = args.output or Path(tempfile.mkdtemp()) / "report.html"
    write_report(comparison, output, views=VIEWS)
    written = time.perf_counter()
    targets = comparison.targets
    matched = targets["indicator_id"].notna()
    print(f"documents: {len(comparison.documents)} ({len(skipped)} unreadable skipped), "
          f"jurisdictions: {comparison.documents['jurisdiction'].nunique()}")
    print(f"extract: {extracted - started:.1f} s; build the views: {built - extracted:.1f} s; "
          f"write the report: {written - built:.1f} s ({output.stat().st_size / 1e6:.1f} MB, {output})")
    print(f"registry version {comparison.registry.version}: {len(comparison.registry)} indicators, "
          f"{targets.loc[matched, 'indicator_id'].nunique()} of them matched in the corpus")
    print(f"coverage: {matched.sum()} of {len(targets)} extracted targets match an indicator "
          f"({matched.mean():.1%}); by method: {targets['method'].value_counts().to_dict()}")
    gold = read_alignment_gold(REPO / "corpora" / "gold" / "alignment")
    score = score_alignment(targets, gold)
    landed, stated = headline_check(comparison.matrix, targets, gold)
    print(f"alignment gold ({len(gold)} targets, {len(score.not_found)} not extracted): precision "
          f"{score.precision:.3f}, recall {score.recall:.3f} ({score.correct} right of {score.predicted} given, "
          f"{score.gold} in the gold)")
    print(f"headline check: {landed} of {stated} stated headline targets in their row ({landed / stated:.1%})")


if __name__ == "__main__":
    main()
