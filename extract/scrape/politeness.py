"""Being a polite client: a per-host rate limit, back-off between retries, and Retry-After."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_DEADLINE = 180.0


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard the crawler may press a site."""

    rate: float = 1.0  # requests per second to one host; 0 for no limit
    timeout: float = 30.0  # seconds to connect, and between bytes of an answer
    retries: int = 3  # further tries after a timeout, a 5xx or a 429
    backoff: float = 2.0  # seconds before the first retry, doubled for each further one
    max_wait: float = 300.0  # the longest Retry-After or Crawl-delay honoured; a longer one ends the tries
    deadline: float = DEFAULT_DEADLINE  # seconds for one request as a whole: connection, headers and body
    obey_robots: bool = True

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (0 for the first retry)."""
        return self.backoff * 2 ** attempt


class RateLimiter:
    """At most one request per ``interval`` seconds to each host; a host can also be told to wait longer."""

    def __init__(self, *, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._ready: dict[str, float] = {}

    def wait(self, host: str, *, interval: float = 0.0) -> None:
        """Block until ``host`` may be asked again, then book the next slot (``interval`` if longer)."""
        ready = self._ready.get(host)
        if ready is not None and ready > self._clock():
            self._sleep(ready - self._clock())
        self._ready[host] = self._clock() + max(self.interval, interval)

    def defer(self, host: str, seconds: float) -> None:
        """Ask nothing of ``host`` for ``seconds`` from now (a back-off or a Retry-After)."""
        self._ready[host] = max(self._ready.get(host, 0.0), self._clock() + seconds)


def retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for: a number of seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
