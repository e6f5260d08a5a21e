"""HTTP GET, politely and safely: robots.txt obeyed, a per-host rate limit, retries with back-off on timeouts,
5xx and 429 (Retry-After honoured), a size cap on the inflated body, a total deadline per request,
redirects followed one checked hop at a time (to the same site unless asked), no private or local
address unless the run started at one, and conditional requests (ETag / Last-Modified).
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import FetchError
from ..store.ingest import now
from .body import ACCEPT_ENCODING, read_body
from .deadline import Deadline, deadline_transport
from .politeness import RETRY_STATUSES, Politeness, RateLimiter, retry_after
from .robots import MAX_ROBOTS_BYTES, Robots, RobotsAnswer

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


class RedirectError(FetchError):
    """A redirect that is not followed: without a Location, to a bad or non-http URL, to another host, or a loop."""


class Fetcher:
    """One client for a run: connections reused, one rate limiter and one robots.txt cache for all hosts.

    Private and local addresses are refused unless a start URL (``start``, or else the first URL
    asked for) is one: a public page cannot make the crawler fetch from the inside.
    """

    def __init__(self, politeness: Politeness, *, contact: str = DEFAULT_CONTACT, max_bytes: int,
                 other_hosts: bool = False) -> None:
        self.politeness = politeness
        self.max_bytes = max_bytes
        self.other_hosts = other_hosts
        self.limiter = RateLimiter(interval=1 / politeness.rate if politeness.rate > 0 else 0.0)
        self._robots = Robots(self._robots_answer, agent=PRODUCT) if politeness.obey_robots else None
        self._deadline = Deadline()
        self._client = httpx.Client(headers={"User-Agent": user_agent(contact), "Accept-Encoding": ACCEPT_ENCODING},
                                    follow_redirects=False, timeout=politeness.timeout,
                                    transport=deadline_transport(self._deadline))
        self._started = False
        self._local_allowed = False
        self._public_hosts: set[str] = set()

    def start(self, url: str) -> None:
        """A URL the user gave: when it is on a private or local address, such addresses are allowed."""
        self._started = True
        host = urlsplit(url).hostname
        self._local_allowed = self._local_allowed or bool(host and _local_address(host))

    def get(self, url: str, *, validators: Validators | None = None, check_robots: bool = True,
            max_bytes: int | None = None) -> Response:
        """The page at ``url``; raises FetchError naming the URL when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        if not self._started:
            self.start(url)
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self._check_address(url, current)
            delay = self._robots_delay(url, current) if check_robots and self._robots is not None else 0.0
            answer = self._request(current, validators.headers() if validators and current == url else {},
                                   crawl_delay=delay, max_bytes=max_bytes or self.max_bytes)
            if answer.status in REDIRECT_STATUSES:
                current = self._redirect(url, current, answer)
                continue
            if answer.status >= 400:
                where = f" at {current}" if current != url else ""
                raise FetchError(url, f"HTTP {answer.status}{where}", status=answer.status)
            return _response(url, current, answer)
        raise RedirectError(url, f"more than {MAX_REDIRECTS} redirects")

    def _robots_delay(self, url: str, current: str) -> float:
        """The Crawl-delay for ``current``; FetchError when robots.txt forbids it or asks for too long a delay."""
        refusal = self._robots.refusal(current)
        if refusal:
            raise FetchError(url, refusal)
        delay = self._robots.crawl_delay(current)
        if delay > self.politeness.max_wait:
            raise FetchError(url, f"robots.txt asks for a Crawl-delay of {delay:g} s, "
                                  f"more than {self.politeness.max_wait:g} s")
        return delay

    def _redirect(self, url: str, current: str, answer: _Answer) -> str:
        location = answer.headers.get("location")
        if not location:
            raise RedirectError(url, f"HTTP {answer.status} without a Location to go to")
        try:
            target = urljoin(current, location.strip())
            parts = urlsplit(target)
        except ValueError as err:
            raise RedirectError(url, f"HTTP {answer.status} with a bad Location {location!r}") from err
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RedirectError(url, f"redirected to {target}, not an http(s) URL")
        if not self.other_hosts and not same_site(current, target):
            raise RedirectError(url, f"redirected to another host ({target}); --other-hosts follows such redirects")
        return target

    def _check_address(self, url: str, current: str) -> None:
        host = urlsplit(current).hostname or ""
        if self._local_allowed or host in self._public_hosts:
            return
        local = _local_address(host)
        if local:
            raise FetchError(url, f"refused: {host} is a private or local address ({local}); "
                                  "only a start URL may be one")
        self._public_hosts.add(host)

    def close(self) -> None:
        self._client.close()

    def _request(self, url: str, headers: dict[str, str], *, crawl_delay: float, max_bytes: int,
                 truncate: bool = False) -> _Answer:
        host = urlsplit(url).netloc
        tries = self.politeness.retries + 1
        for attempt in range(tries):
            self.limiter.wait(host, interval=crawl_delay)
            try:
                answer = self._send(url, headers, max_bytes=max_bytes, truncate=truncate)
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

    def _send(self, url: str, headers: dict[str, str], *, max_bytes: int, truncate: bool) -> _Answer:
        """One request, done within the deadline; a deadline passed is final (no retry)."""
        try:
            with self._deadline.running(self.politeness.deadline), \
                    self._client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and not truncate:
                    raise FetchError(url, f"too large ({int(declared)} bytes > {max_bytes}; raise --max-size)")
                body = read_body(url, response.iter_raw(), encoding=response.headers.get("content-encoding"),
                                 max_bytes=max_bytes, truncate=truncate)
                return _Answer(response.status_code, response.headers, body, response.charset_encoding)
        except httpx.TimeoutException as err:
            if self._deadline.expired:
                raise FetchError(url, f"took longer than the deadline of {self.politeness.deadline:g} s "
                                      "(raise it with --deadline)") from err
            raise
        except (httpx.RequestError, httpx.InvalidURL) as err:
            raise FetchError(url, f"no answer: {err or type(err).__name__}") from err

    def _robots_answer(self, robots_url: str) -> RobotsAnswer:
        """robots.txt as RFC 9309 reads it: its first 500 KiB; a redirect that cannot be followed means none."""
        current = robots_url
        try:
            for _ in range(MAX_REDIRECTS + 1):
                self._check_address(robots_url, current)
                answer = self._request(current, {}, crawl_delay=0.0, max_bytes=MAX_ROBOTS_BYTES, truncate=True)
                if answer.status not in REDIRECT_STATUSES:
                    return RobotsAnswer(answer.status, answer.body if answer.status < 300 else b"")
                current = self._redirect(robots_url, current, answer)
        except RedirectError as err:
            return RobotsAnswer(None, b"", unavailable=err.message)
        except FetchError as err:
            return RobotsAnswer(err.status, b"", problem=err.message)
        return RobotsAnswer(None, b"", unavailable=f"more than {MAX_REDIRECTS} redirects")


def same_site(a: str, b: str) -> bool:
    """The same host, or one a subdomain of the other (example.gov.cn and www.example.gov.cn)."""
    first, second = urlsplit(a).hostname or "", urlsplit(b).hostname or ""
    return first == second or first.endswith("." + second) or second.endswith("." + first)


def _local_address(host: str) -> str | None:
    """The first private, loopback, link-local or otherwise non-public address ``host`` resolves to, if any."""
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return None  # the request itself will say the name does not resolve
    for *_, address in found:
        ip = ipaddress.ip_address(str(address[0]).split("%")[0])
        if not ip.is_global:
            return str(ip)
    return None


def _response(url: str, final_url: str, answer: _Answer) -> Response:
    content_type = answer.headers.get("content-type")
    return Response(url=url, final_url=final_url, status=answer.status, body=answer.body,
                    content_type=content_type.split(";")[0].strip().lower() if content_type else None,
                    charset=answer.charset, etag=answer.headers.get("etag"),
                    last_modified=answer.headers.get("last-modified"), fetched_at=now())
