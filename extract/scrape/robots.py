"""robots.txt, read once per site and run, obeyed as RFC 9309 says.

An answer of 4xx means no rules (everything allowed); a 5xx or no answer
means the site is unreachable, and then nothing may be fetched from it.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

MAX_ROBOTS_BYTES = 500 * 1024
# What robots.txt fetching returns: the HTTP status (None when the site did not answer) and the body.
RobotsFetch = Callable[[str], tuple[int | None, bytes]]


class Robots:
    """The rules of each site for our product token, fetched on first use through ``fetch``."""

    def __init__(self, fetch: RobotsFetch, *, agent: str) -> None:
        self._fetch = fetch
        self._agent = agent
        self._rules: dict[str, Protego | bool] = {}

    def allows(self, url: str) -> bool:
        rules = self._rules_for(url)
        return rules if isinstance(rules, bool) else rules.can_fetch(url, self._agent)

    def crawl_delay(self, url: str) -> float:
        """The Crawl-delay the site asks of us, in seconds (0 when none)."""
        rules = self._rules_for(url)
        return 0.0 if isinstance(rules, bool) else float(rules.crawl_delay(self._agent) or 0.0)

    def _rules_for(self, url: str) -> Protego | bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = self._load(f"{origin}/robots.txt")
        return self._rules[origin]

    def _load(self, robots_url: str) -> Protego | bool:
        status, body = self._fetch(robots_url)
        if status is None or status >= 500:
            return False
        if status >= 400:
            return True
        return Protego.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"))
