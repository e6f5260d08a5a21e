"""A total deadline per HTTP request: every read and write of the connection gets only the time that is left.

httpx's timeouts bound each wait for the next bytes; a server sending one byte
a second never trips them. The network backend here shortens every socket wait
to what remains of the request's deadline, and fails the read once it is spent.
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Iterable
from contextlib import contextmanager

import httpcore
import httpx


class Deadline:
    """When the request under way must be done by (none between requests)."""

    def __init__(self) -> None:
        self.until: float | None = None
        self.seconds = 0.0
        self.expired = False

    @contextmanager
    def running(self, seconds: float) -> Iterator[None]:
        self.until, self.seconds, self.expired = time.monotonic() + seconds, seconds, False
        try:
            yield
        finally:
            self.expired = self.expired or time.monotonic() >= self.until
            self.until = None

    def wait(self, timeout: float | None) -> float | None:
        """The timeout for the next socket wait: ``timeout`` or what is left, whichever is shorter."""
        if self.until is None:
            return timeout
        left = self.until - time.monotonic()
        if left <= 0:
            self.expired = True
            raise httpcore.ReadTimeout(f"the deadline of {self.seconds:g} s passed")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout=self._deadline.wait(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout=self._deadline.wait(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, timeout=self._deadline.wait(timeout))
        return _Stream(tls, self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout=self._deadline.wait(timeout),
                                         local_address=local_address, socket_options=socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(deadline: Deadline) -> httpx.HTTPTransport:
    """An httpx transport whose connections keep to ``deadline``."""
    transport = httpx.HTTPTransport()
    # httpx takes no network backend; its pool is rebuilt with ours (same defaults otherwise).
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)  # httpx's
    transport._pool = httpcore.ConnectionPool(  # noqa: SLF001
        ssl_context=httpx.create_ssl_context(), max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections, keepalive_expiry=limits.keepalive_expiry,
        network_backend=_Backend(deadline))
    return transport
