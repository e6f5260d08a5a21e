"""``label: value`` metadata lines as government pages print them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import Column, read_table

SCOPES = frozenset({"anywhere", "header"})
FIELDS = frozenset({"title", "index_number", "doc_number", "issuer", "issued", "published",
                    "expires", "source_site", "other"})


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    field: str
    scope: str


@dataclass(frozen=True, slots=True)
class Field:
    field: str
    label: str
    value: str


@cache
def labels() -> dict[str, Label]:
    rows = read_table("metadata_labels.tsv", (
        Column("label"), Column("field", choices=FIELDS), Column("scope", choices=SCOPES)))
    return {row["label"]: Label(row["label"], row["field"], row["scope"]) for row in rows}


@cache
def _label_pattern() -> re.Pattern[str]:
    # Labels may be letter-spaced on the page ("索 引 号", "文      号").
    spaced = sorted(labels(), key=len, reverse=True)
    alternatives = "|".join(r"\s*".join(map(re.escape, label)) for label in spaced)
    return re.compile(rf"(?:^|(?<=\s))(?P<label>{alternatives})\s*[:：]\s*")


def parse_fields(line: str, *, in_header: bool) -> list[Field] | None:
    """The fields of a metadata line, or None when the line is not one.

    A metadata line starts with a known label followed by a colon; it may carry
    several ``label: value`` pairs. An empty value is allowed (the value may be
    on the next line).
    """
    if _label_pattern().match(line) is None:  # no label at the start: the line's other labels are not looked for
        return None
    matches = list(_label_pattern().finditer(line))
    first = labels()[_compact(matches[0].group("label"))]
    if first.scope == "header" and not in_header:
        return None
    fields = []
    for match, following in zip(matches, [*matches[1:], None]):
        label = labels()[_compact(match.group("label"))]
        end = following.start() if following else len(line)
        fields.append(Field(label.field, label.text, line[match.end():end].strip()))
    return fields


def is_bare_label(line: str) -> bool:
    """A line that is only a metadata label, its value on the next line."""
    return _compact(line.rstrip(":：")) in labels()


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
