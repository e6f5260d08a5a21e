"""Rebuild the documents of the development batches that live beside the corpus (../extra/corpus).

    python -m devkit.extra_corpus --clones DIR [--out ../extra/corpus]

Each ``corpora/gold/*/SOURCES.tsv`` names, per document, a public repository, a commit, a path
and the part of that file the document is: the whole ``file``; ``block:N``, the N-th block of a
text split on blank lines (after CRLF line ends become LF); ``csv-column:NAME``, that column of a one-row CSV; or
``sql-row:TABLE:ID:COLUMN``, one column of one row of a MySQL dump's ``insert into`` statements.
``DIR`` holds a git clone of each repository as ``owner+name`` (or ``owner+name/repo``); a
document whose repository has no clone there is left out with a note. The
documents are government texts and stay out of this repository.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from .paths import REPO

MYSQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clones", type=Path, required=True, help="folder of git clones named owner+name")
    parser.add_argument("--out", type=Path, default=REPO.parent / "extra" / "corpus", help="where the documents go")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for sources in sorted((REPO / "corpora" / "gold").glob("*/SOURCES.tsv")):
        for row in csv.DictReader(sources.open(encoding="utf-8"), delimiter="\t"):
            clone = _clone(args.clones, row["repository"])
            if not clone.is_dir():
                print(f"{row['document']}: left out, no clone of {row['repository']} in {args.clones}", file=sys.stderr)
                continue
            data = _show(clone, row["commit"], row["path"])
            (args.out / row["document"]).write_text(_part(data, row["part"]), encoding="utf-8")
            print(row["document"], file=sys.stderr)


def _clone(clones: Path, repository: str) -> Path:
    folder = clones / repository.replace("/", "+")
    return folder / "repo" if (folder / "repo").is_dir() else folder


def _show(clone: Path, commit: str, path: str) -> str:
    shown = subprocess.run(["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return shown.stdout.decode("utf-8")


def _part(data: str, part: str) -> str:
    kind, _, spec = part.partition(":")
    if kind == "file":
        return data
    if kind == "block":
        return data.replace("\r\n", "\n").split("\n\n")[int(spec)].strip() + "\n"
    if kind == "csv-column":
        return next(csv.DictReader(io.StringIO(data)))[spec]
    if kind == "sql-row":
        table, row_id, column = spec.split(":")
        return _sql_row(data, table, row_id)[column]
    raise ValueError(f"unknown part {part!r}")


def _sql_row(dump: str, table: str, row_id: str) -> dict[str, str]:
    """One row of ``insert into TABLE (columns) values (…);`` statements, its values unescaped."""
    statement = re.search(rf"insert into {table} \(([^)]*)\) values \({row_id}, ", dump)
    columns = [c.strip() for c in statement.group(1).split(",")]
    values, position = [row_id], statement.end()
    while dump[position] != ")":
        if dump[position] == "'":
            value, position = _quoted(dump, position + 1)
        else:
            bare = re.compile(r"[^,)]*").match(dump, position)
            value, position = bare.group().strip(), bare.end()
        values.append(value)
        position = re.compile(r"\s*,?\s*").match(dump, position).end()
    return dict(zip(columns, values, strict=True))


def _quoted(dump: str, position: int) -> tuple[str, int]:
    chars = []
    while True:
        char = dump[position]
        if char == "\\":
            chars.append(MYSQL_ESCAPES.get(dump[position + 1], dump[position + 1]))
            position += 2
        elif char == "'" and dump[position + 1] == "'":
            chars.append("'")
            position += 2
        elif char == "'":
            return "".join(chars), position + 1
        else:
            chars.append(char)
            position += 1


if __name__ == "__main__":
    main()
