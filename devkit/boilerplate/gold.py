"""The line-level gold: which canonical lines of a page are body.

``labels.tsv`` lists each gold page (name, path under the corpus, body line
ranges, a note); ``<name>.jsonl`` holds one object per canonical line with a
hash and a 6-character head of the normalized line, never the line itself.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .segment import normalize, page_lines

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = REPO_ROOT / "corpora" / "gold" / "boilerplate"
CORPUS = REPO_ROOT.parent / "shared" / "corpus"
LABELS = GOLD_DIR / "labels.tsv"
BASELINE = GOLD_DIR / "baseline.json"
LABEL_FIELDS = ("name", "path", "body", "note")


class GoldError(ValueError):
    """The gold does not fit its page, or labels.tsv is malformed."""


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    path: str
    body: frozenset[int]
    note: str


@dataclass(frozen=True, slots=True)
class GoldLine:
    n: int
    sha1: str
    head: str
    body: bool


def fingerprint(n: int, line: str, *, body: bool) -> GoldLine:
    norm = normalize(line)
    return GoldLine(n, hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12], norm[:6], body)


def parse_ranges(spec: str) -> frozenset[int]:
    """``"3-7,9"`` → {3, 4, 5, 6, 7, 9}; an empty spec is the empty set."""
    numbers: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        numbers.update(range(int(first), int(last or first) + 1))
    return frozenset(numbers)


def read_labels(path: Path = LABELS) -> list[Label]:
    """Every row of labels.tsv; all problems reported at once as ``file:line: message``."""
    labels, problems = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            try:
                labels.append(Label(row["name"], row["path"], parse_ranges(row["body"]), row["note"]))
            except (KeyError, TypeError, ValueError) as err:
                problems.append(f"{path}:{lineno}: bad row ({err}); want columns {LABEL_FIELDS}")
    if problems:
        raise GoldError("\n".join(problems))
    return labels


def gold_path(name: str) -> Path:
    return GOLD_DIR / f"{name}.jsonl"


def read_gold(name: str) -> list[GoldLine]:
    with gold_path(name).open(encoding="utf-8") as handle:
        return [GoldLine(**json.loads(row)) for row in handle if row.strip()]


def write_gold(name: str, lines: list[GoldLine]) -> None:
    text = "".join(json.dumps(asdict(g), ensure_ascii=False) + "\n" for g in lines)
    gold_path(name).write_text(text, encoding="utf-8")


def labelled_lines(label: Label, *, corpus: Path = CORPUS) -> list[tuple[str, bool]]:
    """(normalized line, is body) for every canonical line of a gold page."""
    lines = page_lines(corpus / label.path)
    gold = read_gold(label.name)
    fresh = [fingerprint(n, line, body=g.body) for n, (line, g) in enumerate(zip(lines, gold))]
    if len(lines) != len(gold) or fresh != gold:
        raise GoldError(f"{gold_path(label.name)}: no longer matches {label.path}; relabel it")
    return [(normalize(line), g.body) for line, g in zip(lines, gold)]
