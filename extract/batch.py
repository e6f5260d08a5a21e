"""Run a stage over many inputs: one bad input is reported and skipped, never fatal.

A defect of ours that only one input triggers (a RecursionError, a MemoryError, an
overflow) is reported for that input like a user error, and the batch goes on.
"""
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
              suffixes: frozenset[str], progress: bool = True,
              on_failure: Callable[[str], None] = lambda name: None) -> Iterator[tuple[Source, T]]:
    """Apply ``work`` to every source; errors go to stderr as one line each and into ``tally``,
    and ``on_failure`` hears the name of each input that failed."""
    items = list(expand(arguments, suffixes=suffixes))
    bar = tqdm(items, unit="doc", disable=None if progress else True, file=sys.stderr, leave=False)
    for item in bar:
        if isinstance(item, InputError):
            _fail(tally, str(item))
            on_failure(item.source)
            continue
        try:
            result = work(item)
        except ExtractError as err:
            _fail(tally, str(err) if isinstance(err, InputError) else f"{item.name}: {err}")
            on_failure(item.name)
            continue
        except Exception as err:  # noqa: BLE001 - the batch boundary: one input's crash must not end the run
            _fail(tally, f"{item.name}: {internal_error(err)}")
            on_failure(item.name)
            continue
        tally.done += 1
        yield item, result


def internal_error(err: BaseException) -> str:
    """One line for an unexpected exception: what it was, and that it is a defect to report."""
    detail = str(err).splitlines()[0][:200] if str(err) else ""
    return f"internal error ({type(err).__name__}{': ' + detail if detail else ''}); please report it"


def _fail(tally: Tally, message: str) -> None:
    tally.failed.append(message)
    tqdm.write(f"policy-extract: {message}", file=sys.stderr)
