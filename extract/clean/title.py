"""Put the title into the body: join a title broken over lines, or add it when the page kept it apart."""
from __future__ import annotations

import re

from .page import Block, Line

LOOKAHEAD = 6
MAX_PIECES = 3
TRAILING_NUMBER = re.compile(r"[(（][^()（）]*\d+号[)）]$")


def place_title(blocks: tuple[Block, ...], title: str | None) -> tuple[Block, ...]:
    if not title:
        return blocks
    core = _compact(TRAILING_NUMBER.sub("", title))
    if not core:
        return blocks
    head = [i for i, b in enumerate(blocks[: LOOKAHEAD * 2]) if isinstance(b, Line)][:LOOKAHEAD]
    for i in head:
        if core in _compact(blocks[i].text):
            return blocks
    for i in head:
        for n in range(2, MAX_PIECES + 1):
            pieces = [blocks[j] for j in range(i, i + n) if j < len(blocks)]
            if len(pieces) < n or not all(isinstance(p, Line) for p in pieces):
                break
            joined = "".join(p.text for p in pieces)
            if core in _compact(joined):
                return (*blocks[:i], Line(joined), *blocks[i + n:])
    return (Line(title), *blocks)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
