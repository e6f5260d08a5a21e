"""Labeling helper for the boilerplate gold.

    python -m devkit.boilerplate.label show docs/govcn-001.html   # numbered lines
    python -m devkit.boilerplate.label write                      # gold from labels.tsv

``show`` prints each canonical line with its number (body lines of an already
labelled page marked ``B``); ``write`` turns the body ranges of labels.tsv into
``<name>.jsonl`` files.
"""
from __future__ import annotations

import argparse

from .gold import CORPUS, LABELS, fingerprint, read_labels, write_gold
from .segment import page_lines


def show(path: str) -> None:
    body = {label.path: label.body for label in read_labels()}.get(path, frozenset())
    for n, line in enumerate(page_lines(CORPUS / path)):
        print(f"{n:4d} {'B' if n in body else ' '} {line}")


def write() -> None:
    for label in read_labels():
        lines = page_lines(CORPUS / label.path)
        write_gold(label.name, [fingerprint(n, line, body=n in label.body) for n, line in enumerate(lines)])
        print(f"{label.name}: {len(label.body)} body of {len(lines)} lines")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("show", help="print a page's canonical lines, numbered").add_argument(
        "path", help="page path under the corpus, e.g. docs/govcn-001.html")
    commands.add_parser("write", help=f"write the gold files from {LABELS.name}")
    args = parser.parse_args()
    if args.command == "show":
        show(args.path)
    else:
        write()


if __name__ == "__main__":
    main()
