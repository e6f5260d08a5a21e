"""How far two independent annotations of the same documents agree, scored as RECORDS.md section 6
scores the extractor: the first annotation is the gold, the second stands where the predictions would.

    python -m benchmarks.annotator_agreement corpora/gold/blind-ah corpora/gold/blind-ah/second

A document counts when both folders hold its gold file. The ceiling this gives is the one the tool's
scores on the first annotation should be read against: where two careful annotators agree on 0.93 of
the task owners, a tool at 0.65 is far from what the documents allow.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from extract.evaluate import annotation_agreement, format_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="folder of the first annotation (scored as gold)")
    parser.add_argument("second", type=Path, help="folder of the second annotation (scored as predictions)")
    args = parser.parse_args()
    rows, total = annotation_agreement(args.first, args.second)
    if not rows:
        raise SystemExit(f"annotator_agreement: no document has gold in both {args.first} and {args.second}")
    print(format_table(rows, total))


if __name__ == "__main__":
    main()
