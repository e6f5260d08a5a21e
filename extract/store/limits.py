"""How long an export's query may run (``export --query-timeout``)."""
from __future__ import annotations

from ..errors import StoreError

DEFAULT_QUERY_SECONDS = 120.0


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after {seconds:g} s (--query-timeout {seconds:g}): "
                         "narrow the condition, or allow more time")
        self.seconds = seconds
