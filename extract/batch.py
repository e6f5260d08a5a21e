"""Run a stage over many inputs: one bad input is reported and skipped, never fatal."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tqdm import tqdm

from .errors import ExtractError, InputError
from .load.sources import Source, expand

T = TypeVar("T")


@dataclass
class Tally:
    done: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        text = f"{verb} {self.done} document{'s' if self.done != 1 else ''}"
        return text + (f", {len(self.failed)} failed" if self.failed else "")


def run_batch(arguments: Sequence[str], work: Callable[[Source], T], tally: Tally, *,
              suffixes: frozenset[str], progress: bool = True) -> Iterator[tuple[Source, T]]:
    """Apply ``work`` to every source; errors go to stderr as one line each and into ``tally``."""
    items = list(expand(arguments, suffixes=suffixes))
    bar = tqdm(items, unit="doc", disable=None if progress else True, file=sys.stderr, leave=False)
    for item in bar:
        if isinstance(item, InputError):
            _fail(tally, str(item))
            continue
        try:
            result = work(item)
        except ExtractError as err:
            _fail(tally, str(err) if isinstance(err, InputError) else f"{item.name}: {err}")
            continue
        tally.done += 1
        yield item, result


def _fail(tally: Tally, message: str) -> None:
    tally.failed.append(message)
    tqdm.write(f"policy-extract: {message}", file=sys.stderr)
