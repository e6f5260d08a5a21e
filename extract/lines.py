"""The non-empty lines of a text with their offsets, and those that start outside spans taken (tables)."""
from __future__ import annotations

from collections.abc import Iterator


def text_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) of the text's non-empty lines."""
    position = 0
    for line in text.split("\n"):
        if line:
            yield position, position + len(line), line
        position += len(line) + 1


def lines_outside(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, line) of the text's non-empty lines that start outside the ``taken`` spans. Lines and
    spans are both passed in order, each span once (not every span tried at every line)."""
    spans = iter(sorted(taken))
    span = next(spans, None)
    lines = []
    for start, end, line in text_lines(text):
        while span is not None and span[1] <= start:  # a span ending before this line ends before the next
            span = next(spans, None)
        if span is None or start < span[0]:
            lines.append((start, end, line))
    return lines
