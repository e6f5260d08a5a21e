"""A hostile web server on 127.0.0.1: each route writes raw bytes to the socket, as slowly or as wrongly as it likes.

Routes are functions of (socket, stop event); the helpers below build the usual
ones: an answer sent at once, an answer trickled a byte at a time, headers that
never end. ``stop()`` ends every route still writing.
"""
from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable

RouteFunction = Callable[[socket.socket, threading.Event], None]


class RawSite:
    def __init__(self) -> None:
        self.routes: dict[str, RouteFunction] = {}
        self.asked: list[str] = []
        self.stopping = threading.Event()
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, path: str, route: RouteFunction) -> str:
        self.routes[path] = route
        return self.url + path

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def _handler(site: RawSite) -> type[socketserver.BaseRequestHandler]:
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            connection.settimeout(5)
            head = b""
            while b"\r\n\r\n" not in head:
                try:
                    chunk = connection.recv(4096)
                except OSError:
                    return
                if not chunk:
                    return
                head += chunk
            path = head.split(b" ", 2)[1].decode("latin-1")
            site.asked.append(path)
            route = site.routes.get(path, answer(404, b"not found"))
            try:
                route(connection, site.stopping)
            except OSError:
                pass  # the client gave up: what a deadline test wants

    return Handler


def head_bytes(status: int, headers: dict[str, str], *, length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{name}: {value}" for name, value in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines + ["Connection: close", "", ""])).encode("latin-1")


def answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> RouteFunction:
    """The whole answer at once."""
    def route(connection: socket.socket, stop: threading.Event) -> None:
        connection.sendall(head_bytes(status, headers or {"Content-Type": "text/html"}, length=len(body)) + body)
    return route


def trickle(data: bytes, *, every: float, then: bytes = b"") -> RouteFunction:
    """``data`` a byte every ``every`` seconds (until the client leaves or the site stops), then ``then``."""
    def route(connection: socket.socket, stop: threading.Event) -> None:
        for byte in data:
            if stop.wait(every):
                return
            connection.sendall(bytes([byte]))
        connection.sendall(then)
    return route


def endless_headers(*, every: float, count: int) -> RouteFunction:
    """A status line, then ``count`` bytes of a header line, one at a time."""
    def route(connection: socket.socket, stop: threading.Event) -> None:
        connection.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(count):
            if stop.wait(every):
                return
            connection.sendall(b"X")
    return route


def trickled_body(body_size: int, *, every: float) -> RouteFunction:
    """Headers promising ``body_size`` bytes, then the body a byte at a time."""
    def route(connection: socket.socket, stop: threading.Event) -> None:
        connection.sendall(head_bytes(200, {"Content-Type": "text/html"}, length=body_size))
        trickle(b"x" * body_size, every=every)(connection, stop)
    return route
