"""A local web site for the scraper's tests: a threaded http.server on 127.0.0.1 and an ephemeral port.

Routes are set per path; each can answer slowly, fail a number of times first
(500, or 429 with Retry-After), redirect, and honour conditional requests.
Every request is logged with the server's own clock, so tests can measure the
rate at which they were asked.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

LAST_MODIFIED = formatdate(1_600_000_000, usegmt=True)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None  # answers a matching If-None-Match with 304
    last_modified: str | None = None  # answers a matching If-Modified-Since with 304
    location: str | None = None  # redirect there (with status 301 unless set)
    delay: float = 0.0  # seconds to wait before answering the first ``slow_times`` requests
    slow_times: int = 0
    fail_times: int = 0  # answer ``fail_status`` to the first ``fail_times`` requests
    fail_status: int = 500
    retry_after: str | None = None  # sent with those failures
    served: int = field(default=0, compare=False)


Dynamic = Callable[[dict[str, str]], Route]


@dataclass(frozen=True)
class Hit:
    at: float
    path: str
    status: int
    headers: dict[str, str]


class LocalSite:
    def __init__(self) -> None:
        self.routes: dict[str, Route | Dynamic] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, path: str, route: Route | Dynamic) -> str:
        self.routes[path] = route
        return self.url + path

    def requests(self, path: str | None = None) -> list[Hit]:
        with self.lock:
            return [hit for hit in self.hits if path is None or hit.path == path]

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def answer(self, target: str, headers: dict[str, str]) -> Route | None:
        parts = urlsplit(target)
        route = self.routes.get(target) or self.routes.get(parts.path)
        if route is not None and not isinstance(route, Route):
            route = route(dict(parse_qsl(parts.query)))
        if route is None:
            return None
        with self.lock:
            route.served += 1
            return route


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            headers = {k.lower(): v for k, v in self.headers.items()}
            route = site.answer(self.path, headers)
            status, extra, body, content_type = _reply(route, headers)
            with site.lock:
                site.hits.append(Hit(time.monotonic(), self.path, status, headers))
            if route is not None and route.served <= route.slow_times:
                time.sleep(route.delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: what a timeout test wants

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def _reply(route: Route | None, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes, str]:
    if route is None:
        return 404, {}, b"not found", "text/plain"
    if route.served <= route.fail_times:
        extra = {"Retry-After": route.retry_after} if route.retry_after else {}
        return route.fail_status, extra, b"busy", "text/plain"
    if route.location:
        return (route.status if route.status != 200 else 301), {"Location": route.location}, b"", "text/plain"
    extra = {name: value for name, value in (("ETag", route.etag), ("Last-Modified", route.last_modified)) if value}
    if (route.etag and headers.get("if-none-match") == route.etag) or \
            (route.last_modified and headers.get("if-modified-since") == route.last_modified):
        return 304, extra, b"", route.content_type
    return route.status, extra, route.body, route.content_type
