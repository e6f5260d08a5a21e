"""The indicator registry: stable IDs, labels, aliases, units and kinds of measure, shipped as data.

``extract/data/indicators.tsv`` is the default; an analyst's own file (``--registry FILE``) is read the
same way. Every problem is reported at once as ``file:line: message``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import RuleTableError
from ..lexicon import DATA_PACKAGE, Column, parse_table
from .units import unit_dimension

DEFAULT_NAME = "indicators.tsv"
MEASURES = frozenset({"level", "rate", "growth", "count", "cumulative", "change"})
DIRECTIONS = frozenset({"higher", "lower", "neutral"})
ALIAS_SEPARATOR = "|"
VERSION_LINE = re.compile(r"^#\s*version:\s*(\S+)\s*$", re.M)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
COLUMNS = (
    Column("id"), Column("label"), Column("aliases", required=False), Column("unit"),
    Column("measure", choices=MEASURES), Column("direction", choices=DIRECTIONS), Column("category"),
    Column("reference", required=False), Column("context", required=False),
)


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    label: str
    aliases: tuple[str, ...]  # the label first
    unit: str
    dimension: str
    measure: str
    direction: str
    category: str
    reference: str | None
    context: tuple[str, ...]  # the evidence must hold one of these words, when given

    def fits(self, evidence: str) -> bool:
        return not self.context or any(word in evidence for word in self.context)


@dataclass(frozen=True, slots=True)
class Registry:
    version: str
    source: str
    indicators: tuple[Indicator, ...]

    def by_id(self, indicator_id: str) -> Indicator:
        return self._ids()[indicator_id]

    def _ids(self) -> dict[str, Indicator]:
        return _index_ids(self)

    def __len__(self) -> int:
        return len(self.indicators)


@cache
def _index_ids(registry: Registry) -> dict[str, Indicator]:
    return {indicator.id: indicator for indicator in registry.indicators}


def load_registry(path: str | os.PathLike[str] | None = None) -> Registry:
    """The registry at ``path``, or the shipped one; raises RuleTableError listing every problem."""
    if path is None:
        return _shipped()
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleTableError([f"{file}: cannot read the registry ({err})"]) from err
    return parse_registry(str(file), text)


@cache
def _shipped() -> Registry:
    text = resources.files(DATA_PACKAGE).joinpath(DEFAULT_NAME).read_text(encoding="utf-8")
    return parse_registry(DEFAULT_NAME, text)


def parse_registry(name: str, text: str) -> Registry:
    rows, problems = parse_table(name, text, COLUMNS)
    lines = _row_lines(text)
    version = VERSION_LINE.search(text)
    if version is None:
        problems.append(f"{name}:1: no '# version: N' line")
    indicators, seen_ids, seen_aliases = [], {}, {}
    for row, line in zip(rows, lines, strict=False):
        where = f"{name}:{line}"
        problems += _check_row(where, row, seen_ids)
        if not row["unit"] or unit_dimension(row["unit"]) is None:
            continue
        indicator = _indicator(row)
        for alias in indicator.aliases:
            key = (alias, indicator.dimension)
            other = seen_aliases.get(key)
            if other and not (indicator.context or other[1].context):
                problems.append(f"{where}: alias {alias!r} ({indicator.dimension}) is also an alias of "
                                f"{other[1].id!r} (line {other[0]}): give one of them a context")
            seen_aliases.setdefault(key, (line, indicator))
        indicators.append(indicator)
    if problems:
        raise RuleTableError(problems)
    return Registry(version.group(1) if version else "", name, tuple(indicators))


def _check_row(where: str, row: dict[str, str], seen_ids: dict[str, str]) -> list[str]:
    problems = []
    if row["id"] and not ID_PATTERN.match(row["id"]):
        problems.append(f"{where}: id {row['id']!r} must be lower-case letters, digits and _")
    if row["id"] in seen_ids:
        problems.append(f"{where}: id {row['id']!r} is already used on line {seen_ids[row['id']]}")
    seen_ids.setdefault(row["id"], where.rsplit(":", 1)[1])
    if row["unit"] and unit_dimension(row["unit"]) is None:
        problems.append(f"{where}: unit {row['unit']!r} is not in compare_units.tsv")
    if any(not alias.strip() for alias in row["aliases"].split(ALIAS_SEPARATOR)) and row["aliases"]:
        problems.append(f"{where}: an empty alias (two | in a row, or one at an end)")
    return problems


def _indicator(row: dict[str, str]) -> Indicator:
    aliases = [row["label"], *(a.strip() for a in row["aliases"].split(ALIAS_SEPARATOR) if a.strip())]
    return Indicator(
        id=row["id"], label=row["label"], aliases=tuple(dict.fromkeys(aliases)), unit=row["unit"],
        dimension=unit_dimension(row["unit"]) or "", measure=row["measure"], direction=row["direction"],
        category=row["category"], reference=row["reference"] or None,
        context=tuple(w for w in row["context"].split(ALIAS_SEPARATOR) if w),
    )


def _row_lines(text: str) -> list[int]:
    """The line number of each data row (the header and comments skipped), as parse_table reads them."""
    numbers, header = [], False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped == "#" or stripped.startswith("# "):
            continue
        if not header:
            header = True
            continue
        numbers.append(number)
    return numbers
