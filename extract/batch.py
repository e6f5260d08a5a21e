"""Run a stage over many inputs: one bad input is reported and skipped, never fatal.

A defect of ours that only one input triggers (a RecursionError, a MemoryError, an
overflow) is reported for that input like a user error, and the batch goes on.

With ``jobs`` above 1 the work runs in worker processes (forkserver where the
system has it, else spawn): ``work`` and its arguments must then be picklable
(a module-level function, or a ``functools.partial`` of one), and an
``initializer`` runs once in each worker (to load the model there once).
Results come back in input order, so the output is the same for any ``jobs``;
only a few documents per worker are in flight at a time, so memory stays flat.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from tqdm import tqdm

from .errors import ExtractError, InputError
from .load.sources import Source, expand

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 4
# imported once by the forkserver, so that each worker starts with them loaded
PRELOAD = ["extract.extractor", "extract.read", "extract.workers"]


@dataclass
class Tally:
    done: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        text = f"{verb} {self.done} document{'s' if self.done != 1 else ''}"
        return text + (f", {len(self.failed)} failed" if self.failed else "")


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """What ``prepare`` returns for an input that needs no work (already stored, say): its result."""

    value: T


@dataclass(frozen=True, slots=True)
class Workers:
    """How many processes do the work, and what each runs once when it starts."""

    jobs: int = 1
    initializer: Callable[..., None] | None = None
    initargs: tuple[Any, ...] = ()


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def run_batch(arguments: Sequence[str], work: Callable[[Any], T], tally: Tally, *,
              suffixes: frozenset[str], progress: bool = True, prepare: Callable[[Source], Any] | None = None,
              workers: Workers = Workers(),
              on_failure: Callable[[str], None] = lambda name: None) -> Iterator[tuple[Source, T]]:
    """Apply ``work`` to every source (to what ``prepare`` makes of it in this process, when given);
    errors go to stderr as one line each and into ``tally``, and ``on_failure`` hears the name of
    each input that failed."""
    items = list(expand(arguments, suffixes=suffixes))
    jobs = min(workers.jobs, sum(isinstance(item, Source) for item in items))
    steps = _in_pool(items, work, prepare, workers, jobs) if jobs > 1 else _in_process(items, work, prepare)
    with tqdm(total=len(items), unit="doc", disable=None if progress else True, file=sys.stderr,
              leave=False) as bar:
        for item, outcome in steps:
            bar.update()
            if isinstance(outcome, ExtractError):
                _fail(tally, str(outcome) if isinstance(outcome, InputError) else f"{item.name}: {outcome}")
                on_failure(item.source if isinstance(item, InputError) else item.name)
                continue
            tally.done += 1
            yield item, outcome


def internal_error(err: BaseException) -> str:
    """One line for an unexpected exception: what it was, and that it is a defect to report."""
    detail = str(err).splitlines()[0][:200] if str(err) else ""
    return f"internal error ({type(err).__name__}{': ' + detail if detail else ''}); please report it"


Step = tuple[Any, Any]  # an input and its result, or the ExtractError it raised (or stands for)


def _in_process(items: list[Source | InputError], work: Callable, prepare: Callable | None) -> Iterator[Step]:
    for item in items:
        yield item, item if isinstance(item, InputError) else _run(item, work, prepare)


def _run(item: Source, work: Callable, prepare: Callable | None) -> Any:
    try:
        payload = prepare(item) if prepare else item
        return payload.value if isinstance(payload, Done) else work(payload)
    except ExtractError as err:
        return err
    except Exception as err:  # noqa: BLE001 - the batch boundary: one input's crash must not end the run
        return ExtractError(internal_error(err))


def _in_pool(items: list[Source | InputError], work: Callable, prepare: Callable | None, workers: Workers,
             jobs: int) -> Iterator[Step]:
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=workers.initializer,
                               initargs=workers.initargs)
    pending: deque[tuple[Any, Future | Any]] = deque()
    queue = iter(items)
    previous = _exit_on_terminate()
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT_PER_WORKER and (item := next(queue, None)) is not None:
                pending.append((item, _submit(pool, item, work, prepare)))
            if not pending:
                return
            item, outcome = pending.popleft()
            yield item, _outcome(outcome)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _submit(pool: ProcessPoolExecutor, item: Source | InputError, work: Callable,
            prepare: Callable | None) -> Future | Any:
    if isinstance(item, InputError):
        return item
    try:
        payload = prepare(item) if prepare else item
    except ExtractError as err:
        return err
    except Exception as err:  # noqa: BLE001 - the batch boundary, as in _run
        return ExtractError(internal_error(err))
    return payload.value if isinstance(payload, Done) else pool.submit(work, payload)


def _outcome(outcome: Future | Any) -> Any:
    if not isinstance(outcome, Future):
        return outcome
    try:
        return outcome.result()
    except ExtractError as err:
        return err
    except Exception as err:  # noqa: BLE001 - the batch boundary, as in _run (a worker that died included)
        return ExtractError(internal_error(err))


def _exit_on_terminate() -> Any:
    """While the pool runs, a SIGTERM ends the run like Ctrl-C does: the pool shut down, temporary outputs
    removed (the default action would leave the workers running, and half-written files behind).
    Returns the handler it replaced (None off the main thread, where it cannot)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _terminated)


def _terminated(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _fail(tally: Tally, message: str) -> None:
    tally.failed.append(message)
    tqdm.write(f"policy-extract: {message}", file=sys.stderr)
