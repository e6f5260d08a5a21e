"""Rule tables kept as data (extract/data/*.tsv), loaded lazily and validated.

Each table is a TSV file with a header row; comment lines (``#`` followed by a
space) and blank lines are ignored. The header declares the columns: ``word`` must be
filled, ``note?`` may stay empty, ``kind=plan|report`` takes one of the values listed
(``change?=increase|decrease`` one of them or nothing), ``pattern~`` holds a regex. Every
problem in every row is reported at once as ``file:line: message``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import RuleTableError

DATA_PACKAGE = "extract.data"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    required: bool = True
    choices: frozenset[str] | None = None
    regex: bool = False


Row = dict[str, str]


HEADER_CELL = re.compile(r"^(?P<name>\w+)(?P<optional>\?)?(?P<regex>~)?(?:=(?P<choices>.+))?$")


def declared_columns(cells: list[str]) -> tuple[tuple[Column, ...], list[str]]:
    """The columns a header row declares, and what is wrong with its cells."""
    columns, problems = [], []
    for cell in cells:
        found = HEADER_CELL.match(cell.strip())
        if found is None:
            problems.append(f"header cell {cell!r} is not name, name?, name~ or name=a|b")
            continue
        choices = found["choices"]
        columns.append(Column(found["name"], required=not found["optional"], regex=bool(found["regex"]),
                              choices=frozenset(choices.split("|")) if choices else None))
    return tuple(columns), problems


def read_table(name: str, columns: tuple[Column, ...] | None = None) -> tuple[Row, ...]:
    """Rows of ``extract/data/<name>``, each a dict keyed by column name, checked against the columns
    its header declares (or against ``columns``, when given)."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    rows, problems = parse_table(name, text, columns)
    if problems:
        raise RuleTableError(problems)
    return rows


def parse_table(name: str, text: str,
                columns: tuple[Column, ...] | None = None) -> tuple[tuple[Row, ...], list[str]]:
    problems: list[str] = []
    rows: list[Row] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or _is_comment(line):
            continue
        cells = line.split("\t")
        if header is None:
            declared, wrong = declared_columns(cells)
            problems += [f"{name}:{number}: {message}" for message in wrong]
            header = [c.name for c in declared]
            columns = declared if columns is None else columns
            missing = [c.name for c in columns if c.name not in header]
            unknown = [h for h in header if h not in {c.name for c in columns}]
            problems += [f"{name}:{number}: missing column {m!r}" for m in missing]
            problems += [f"{name}:{number}: unknown column {u!r}" for u in unknown]
            continue
        if len(cells) > len(header):
            problems.append(f"{name}:{number}: {len(cells)} cells, header has {len(header)}")
            continue
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        problems += _check_row(name, number, row, columns)
        rows.append(row)
    if header is None:
        problems.append(f"{name}:1: empty table")
    return tuple(rows), problems


def _is_comment(line: str) -> bool:
    stripped = line.strip()
    return stripped == "#" or stripped.startswith("# ")


def _check_row(name: str, number: int, row: Row, columns: tuple[Column, ...]) -> list[str]:
    problems = []
    for column in columns:
        value = row.get(column.name, "")
        where = f"{name}:{number}: column {column.name!r}"
        if not value:
            if column.required:
                problems.append(f"{where} is empty")
            continue
        if column.choices is not None and value not in column.choices:
            problems.append(f"{where}: {value!r} is not one of {sorted(column.choices)}")
        if column.regex:
            try:
                re.compile(value)
            except re.error as err:
                problems.append(f"{where}: bad regex {value!r}: {err}")
    return problems


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-column table (column ``word``) as a tuple, longest first."""
    rows = read_table(name)
    return tuple(sorted({r["word"] for r in rows}, key=lambda w: (-len(w), w)))


@cache
def words_where(name: str, column: str, value: str) -> tuple[str, ...]:
    """The words of the rows of a table whose ``column`` holds ``value``, in the table's order."""
    return tuple(r["word"] for r in read_table(name) if r[column] == value)


@cache
def word_pattern(name: str) -> re.Pattern[str]:
    """A one-column table as one regex alternation, longest word first."""
    return re.compile(alternation(word_list(name)))


@cache
def pattern_where(name: str, column: str, value: str) -> re.Pattern[str]:
    """The words of :func:`words_where` as one regex alternation, longest word first."""
    return re.compile(alternation(words_where(name, column, value)))


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words in which the longest word wins.

    Written as a tree of shared beginnings (省|市(?:委|政府)?): ``re`` tries the words one by one,
    and a flat list of hundreds of words cost hundreds of tries at each position. At a position
    the tree tries the matching words longest first, as the flat list sorted longest first did,
    so the matches are the same.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_WORD_END] = {}
    if _WORD_END in tree:  # the empty word
        return _branches(tree)
    return "|".join(re.escape(char) + _branches(rest) for char, rest in sorted(tree.items()))


_WORD_END = ""  # key of a tree node where a word ends (no character of a word is empty)


def _branches(node: dict) -> str:
    """The alternation of the words below ``node``: the longer ones first, the word ending here last."""
    longer = [re.escape(char) + _branches(rest) for char, rest in sorted(node.items()) if char != _WORD_END]
    if not longer:
        return ""
    if _WORD_END in node:
        return f"(?:{'|'.join(longer)})?"
    return longer[0] if len(longer) == 1 else f"(?:{'|'.join(longer)})"


@cache
def column_roles() -> dict[str, str]:
    """Header words and the role of their column (extract/data/column_roles.tsv)."""
    return {r["word"]: r["role"] for r in read_table("column_roles.tsv")}


@cache
def column_words(*roles: str) -> tuple[str, ...]:
    """The header words of the columns of ``roles`` (序号, 编号 for "index"), in the table's order: also the
    labels a task's cells are written inline with (责任单位:, 完成时限:)."""
    return tuple(word for word, role in column_roles().items() if role in roles)


@cache
def org_suffixes() -> tuple[str, ...]:
    """Endings of organization names (局, 委员会, 街道办事处 …): extract/data/org_suffixes.tsv."""
    rows = read_table("org_suffixes.tsv")
    return tuple(row["suffix"] for row in rows)
