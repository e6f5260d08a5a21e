"""An answer's body read under the size cap, decompressed here so that the cap holds for what it inflates to.

httpx would inflate a whole network chunk at once (a 64 KB chunk of a gzip bomb
is 64 MB); here no more than the bytes still allowed are ever inflated. One
Content-Encoding (gzip or deflate) is accepted; stacked or unknown ones are refused.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable

from ..errors import FetchError

ACCEPT_ENCODING = "gzip, deflate"
AUTO_HEADER = zlib.MAX_WBITS | 32  # a gzip or a zlib header, whichever it is
INFLATED = frozenset({"gzip", "x-gzip", "deflate"})


def read_body(url: str, chunks: Iterable[bytes], *, encoding: str | None, max_bytes: int,
              truncate: bool = False) -> bytes:
    """The decoded body; FetchError when it would exceed ``max_bytes`` (with ``truncate``: its first
    ``max_bytes``) or cannot be decoded."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip().lower() not in ("", "identity")]
    if len(codings) > 1:
        raise FetchError(url, f"stacked Content-Encoding ({encoding}) refused: a compression bomb?")
    if codings and codings[0] not in INFLATED:
        raise FetchError(url, f"Content-Encoding {codings[0]} is not supported (only {ACCEPT_ENCODING})")
    inflater = zlib.decompressobj(AUTO_HEADER) if codings else None
    body = bytearray()
    for chunk in chunks:
        body += _inflate(url, inflater, chunk, room=max_bytes + 1 - len(body)) if inflater else chunk
        if len(body) > max_bytes or (inflater and inflater.unconsumed_tail):
            if truncate:
                return bytes(body[:max_bytes])
            raise FetchError(url, f"too large (over {max_bytes} bytes; raise --max-size)")
    if inflater is not None:
        body += inflater.flush()
        if len(body) > max_bytes:
            raise FetchError(url, f"too large (over {max_bytes} bytes; raise --max-size)")
    return bytes(body)


def _inflate(url: str, inflater, chunk: bytes, *, room: int) -> bytes:
    """At most ``room`` bytes (room >= 1: max_length 0 would mean no limit); the rest stays in unconsumed_tail."""
    try:
        return inflater.decompress(chunk, room)
    except zlib.error as err:
        raise FetchError(url, f"the compressed body is corrupt ({err})") from err
