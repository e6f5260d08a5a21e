"""Rebuild the documents of the development batches that live beside the corpus (../extra/corpus).

    python -m devkit.extra_corpus --clones DIR [--out ../extra/corpus]

Each ``corpora/gold/*/SOURCES.tsv`` names, per document, a public repository, a commit, a path
and the part of that file the document is: the whole ``file`` (UTF-8 text); ``raw``, the whole file's bytes
as stored (Word, Excel and PDF attachments, pages in GBK); ``block:N``, the N-th block of a
text split on blank lines (after CRLF line ends become LF); ``csv-column:NAME``, that column of a one-row CSV;
``csv-row:ROW:COLUMN`` and ``xlsx-row:SHEET:ROW:COLUMN``, one cell of a CSV file or of a workbook's sheet, its
row numbered as a spreadsheet shows it (the header is row 1); or
``sql-row:TABLE:ID:COLUMN``, one column of one row of a MySQL dump's ``insert into`` statements;
and ``sha256``, the digest of the document's bytes as annotated, which every rebuilt document
must match (a mismatch is reported and the exit code is 1).
``DIR`` holds a git clone of each repository as ``owner+name`` (or ``owner+name/repo``); a
document whose repository has no clone there is left out with a note (a copy restored by other
means, such as the tool library's stored file at that commit, is checked against the same digest:
``python -m devkit.extra_corpus --check``). The documents are government texts and stay out of this
repository.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

from .paths import REPO

MYSQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clones", type=Path, help="folder of git clones named owner+name")
    parser.add_argument("--out", type=Path, default=REPO.parent / "extra" / "corpus", help="where the documents go")
    parser.add_argument("--check", action="store_true", help="only check the documents already in --out against their digests")
    args = parser.parse_args()
    if not args.check and args.clones is None:
        parser.error("--clones is required unless --check is given")
    args.out.mkdir(parents=True, exist_ok=True)
    mismatched = 0
    for sources in sorted((REPO / "corpora" / "gold").glob("*/SOURCES.tsv")):
        for row in csv.DictReader(sources.open(encoding="utf-8"), delimiter="\t"):
            document = args.out / row["document"]
            if not args.check:
                clone = _clone(args.clones, row["repository"])
                if not clone.is_dir():
                    print(f"{row['document']}: left out, no clone of {row['repository']} in {args.clones}", file=sys.stderr)
                    continue
                data = _show(clone, row["commit"], row["path"])
                if row["part"] == "raw":
                    document.write_bytes(data)
                elif row["part"].startswith("xlsx-row:"):
                    document.write_text(_xlsx_cell(data, row["part"].removeprefix("xlsx-row:")), encoding="utf-8")
                else:
                    document.write_text(_part(data.decode("utf-8"), row["part"]), encoding="utf-8")
            if not document.is_file():
                print(f"{row['document']}: missing from {args.out}", file=sys.stderr)
            elif hashlib.sha256(document.read_bytes()).hexdigest() != row["sha256"]:
                mismatched += 1
                print(f"{row['document']}: differs from the annotated copy (sha256 in {sources})", file=sys.stderr)
            else:
                print(row["document"], file=sys.stderr)
    sys.exit(1 if mismatched else 0)


def _clone(clones: Path, repository: str) -> Path:
    folder = clones / repository.replace("/", "+")
    return folder / "repo" if (folder / "repo").is_dir() else folder


def _show(clone: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def _part(data: str, part: str) -> str:
    kind, _, spec = part.partition(":")
    if kind == "file":
        return data
    if kind == "block":
        return data.replace("\r\n", "\n").split("\n\n")[int(spec)].strip() + "\n"
    if kind == "csv-column":
        return next(csv.DictReader(io.StringIO(data)))[spec]
    if kind == "csv-row":
        row, column = spec.split(":", 1)
        csv.field_size_limit(sys.maxsize)  # a cell may hold a whole document
        return list(csv.DictReader(io.StringIO(data.removeprefix("\ufeff"))))[int(row) - 2][column]
    if kind == "sql-row":
        table, row_id, column = spec.split(":")
        return _sql_row(data, table, row_id)[column]
    raise ValueError(f"unknown part {part!r}")


def _xlsx_cell(workbook: bytes, spec: str) -> str:
    """The cell of ``SHEET:ROW:COLUMN`` (COLUMN named in the header row, row 1) of an Excel workbook."""
    import openpyxl

    sheet, row, column = spec.split(":")
    rows = list(openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)[sheet].iter_rows(values_only=True))
    return str(rows[int(row) - 1][rows[0].index(column)])


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
