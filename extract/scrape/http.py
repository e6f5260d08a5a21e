"""HTTP GET, politely: robots.txt obeyed, a per-host rate limit, retries with back-off on timeouts,
5xx and 429 (Retry-After honoured), a size cap, redirects followed one checked hop at a time,
and conditional requests (ETag / Last-Modified) for pages fetched before.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError
from ..store.ingest import now
from .politeness import RETRY_STATUSES, Politeness, RateLimiter, retry_after
from .robots import Robots

PRODUCT = "policy-extract"
CONTACT_ENVIRONMENT = "POLICY_EXTRACT_CONTACT"
DEFAULT_CONTACT = f"contact unset: pass --contact or set {CONTACT_ENVIRONMENT}"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
NOT_MODIFIED = 304


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a page last time, to ask whether it changed since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 200-299, or 304 when the page is unchanged since ``validators``
    body: bytes
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: str

    @property
    def not_modified(self) -> bool:
        return self.status == NOT_MODIFIED


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: httpx.Headers
    body: bytes
    charset: str | None


def user_agent(contact: str) -> str:
    """policy-extract/VERSION (+contact): says who is asking and how to reach them."""
    try:
        version = metadata.version(PRODUCT)
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"{PRODUCT}/{version} (+{contact})"


class Fetcher:
    """One client for a run: connections reused, one rate limiter and one robots.txt cache for all hosts."""

    def __init__(self, politeness: Politeness, *, contact: str = DEFAULT_CONTACT, max_bytes: int) -> None:
        self.politeness = politeness
        self.max_bytes = max_bytes
        self.limiter = RateLimiter(interval=1 / politeness.rate if politeness.rate > 0 else 0.0)
        self._robots = Robots(self._robots_answer, agent=PRODUCT) if politeness.obey_robots else None
        self._client = httpx.Client(headers={"User-Agent": user_agent(contact)}, follow_redirects=False,
                                    timeout=politeness.timeout)

    def get(self, url: str, *, validators: Validators | None = None, check_robots: bool = True) -> Response:
        """The page at ``url``; raises FetchError naming the URL when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            delay = 0.0
            if check_robots and self._robots is not None:
                if not self._robots.allows(current):
                    raise FetchError(url, f"robots.txt disallows {current} "
                                          "(--ignore-robots only with the site's leave)")
                delay = self._robots.crawl_delay(current)
            answer = self._request(current, validators.headers() if validators and current == url else {},
                                   crawl_delay=delay)
            location = answer.headers.get("location")
            if answer.status in REDIRECT_STATUSES and location:
                current = urljoin(current, location)
                continue
            if answer.status >= 400:
                where = f" at {current}" if current != url else ""
                raise FetchError(url, f"HTTP {answer.status}{where}", status=answer.status)
            return _response(url, current, answer)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        self._client.close()

    def _request(self, url: str, headers: dict[str, str], *, crawl_delay: float) -> _Answer:
        host = urlsplit(url).netloc
        tries = self.politeness.retries + 1
        for attempt in range(tries):
            self.limiter.wait(host, interval=crawl_delay)
            try:
                answer = self._send(url, headers)
            except httpx.TimeoutException:
                problem, status, wait = f"timed out after {self.politeness.timeout:g} s", None, \
                    self.politeness.delay(attempt)
            else:
                if answer.status not in RETRY_STATUSES:
                    return answer
                problem, status, wait = f"HTTP {answer.status}", answer.status, self._wait(url, answer, attempt)
            self.limiter.defer(host, wait)
        raise FetchError(url, f"{problem}, {tries} tries", status=status)

    def _wait(self, url: str, answer: _Answer, attempt: int) -> float:
        asked = retry_after(answer.headers.get("retry-after"))
        if asked is not None and asked > self.politeness.max_wait:
            raise FetchError(url, f"HTTP {answer.status}: the site asks to wait {asked:.0f} s, "
                                  f"more than {self.politeness.max_wait:.0f} s", status=answer.status)
        return asked if asked is not None else self.politeness.delay(attempt)

    def _send(self, url: str, headers: dict[str, str]) -> _Answer:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return _Answer(response.status_code, response.headers, self._read_capped(url, response),
                               response.charset_encoding)
        except httpx.TimeoutException:
            raise
        except (httpx.RequestError, httpx.InvalidURL) as err:
            raise FetchError(url, f"no answer: {err or type(err).__name__}") from err

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"too large ({int(declared)} bytes > {self.max_bytes}; raise --max-size)")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchError(url, f"too large (over {self.max_bytes} bytes; raise --max-size)")
        return bytes(body)

    def _robots_answer(self, robots_url: str) -> tuple[int | None, bytes]:
        try:
            response = self.get(robots_url, check_robots=False)
        except FetchError as err:
            return err.status, b""
        return response.status, response.body


def _response(url: str, final_url: str, answer: _Answer) -> Response:
    content_type = answer.headers.get("content-type")
    return Response(url=url, final_url=final_url, status=answer.status, body=answer.body,
                    content_type=content_type.split(";")[0].strip().lower() if content_type else None,
                    charset=answer.charset, etag=answer.headers.get("etag"),
                    last_modified=answer.headers.get("last-modified"), fetched_at=now())
