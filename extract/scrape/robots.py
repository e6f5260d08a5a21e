"""robots.txt, read once per site and run, obeyed as RFC 9309 says.

An answer of 4xx (but 429), or a redirect that cannot be followed, means no
rules: everything is allowed. A 429, a 5xx or no answer at all means the site
is unreachable, and then nothing may be fetched from it. Only the first 500 KiB
of a robots.txt are read.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

MAX_ROBOTS_BYTES = 500 * 1024
TOO_MANY_REQUESTS = 429


@dataclass(frozen=True, slots=True)
class RobotsAnswer:
    """What asking for robots.txt gave: an HTTP status and body, or why there was none."""

    status: int | None
    body: bytes
    problem: str | None = None  # no answer: the site is unreachable
    unavailable: str | None = None  # a redirect not followed: as if there were no robots.txt


RobotsFetch = Callable[[str], RobotsAnswer]


@dataclass(frozen=True, slots=True)
class _Unreachable:
    reason: str


class Robots:
    """The rules of each site for our product token, fetched on first use through ``fetch``."""

    def __init__(self, fetch: RobotsFetch, *, agent: str) -> None:
        self._fetch = fetch
        self._agent = agent
        self._rules: dict[str, Protego | _Unreachable | None] = {}

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, or None when it may."""
        rules = self._rules_for(url)
        if isinstance(rules, _Unreachable):
            return f"robots.txt of {_origin(url)} cannot be read ({rules.reason}): nothing is fetched from the site"
        if rules is not None and not rules.can_fetch(url, self._agent):
            return f"robots.txt disallows {url} (--ignore-robots only with the site's leave)"
        return None

    def crawl_delay(self, url: str) -> float:
        """The Crawl-delay the site asks of us, in seconds (0 when none)."""
        rules = self._rules_for(url)
        return float(rules.crawl_delay(self._agent) or 0.0) if isinstance(rules, Protego) else 0.0

    def _rules_for(self, url: str) -> Protego | _Unreachable | None:
        origin = _origin(url)
        if origin not in self._rules:
            self._rules[origin] = self._load(f"{origin}/robots.txt")
        return self._rules[origin]

    def _load(self, robots_url: str) -> Protego | _Unreachable | None:
        answer = self._fetch(robots_url)
        if answer.unavailable is not None:
            return None
        if answer.status is None or answer.status >= 500 or answer.status == TOO_MANY_REQUESTS:
            return _Unreachable(answer.problem or f"HTTP {answer.status}")
        if answer.status >= 400:
            return None
        return Protego.parse(answer.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
