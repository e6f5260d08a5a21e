"""Line-level precision and recall of an extractor's output against the gold.

The output is cut into segments at newlines, tabs and ``|``. A canonical line
(normalized ``N``) is present in the output if ``N`` equals a normalized
segment, or ``N`` has at least 8 characters and occurs in the whole
normalized output. Present body lines are true positives, present non-body
lines false positives, absent body lines false negatives. Character-weighted
counts weigh each line by ``len(N)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .segment import normalize

SEGMENT_BREAK = re.compile(r"[\n\t|]")
MIN_SUBSTRING = 8


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    lines: Counts
    chars: Counts

    def __add__(self, other: Score) -> Score:
        return Score(self.lines + other.lines, self.chars + other.chars)


class Output:
    """An extractor's output text, ready for presence tests."""

    def __init__(self, text: str) -> None:
        self.segments = {normalize(s) for s in SEGMENT_BREAK.split(text)}
        self.flat = normalize(text)

    def has(self, line: str) -> bool:
        """Whether the normalized canonical ``line`` is present."""
        return line in self.segments or (len(line) >= MIN_SUBSTRING and line in self.flat)


def score(gold: list[tuple[str, bool]], text: str) -> Score:
    """Score ``text`` against (normalized line, is body) pairs."""
    output = Output(text)
    lines, chars = Counts(), Counts()
    for line, body in gold:
        present = output.has(line)
        if not (present or body):
            continue
        hit = Counts(tp=int(body and present), fp=int(present and not body), fn=int(body and not present))
        lines += hit
        chars += Counts(hit.tp * len(line), hit.fp * len(line), hit.fn * len(line))
    return Score(lines, chars)
