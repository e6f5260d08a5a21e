"""Errors a user can act on."""
from __future__ import annotations


class ExtractError(Exception):
    """Base of every error policy-extract raises on purpose."""


class InputError(ExtractError):
    """One input cannot be read: it names the input and what is wrong with it."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def __reduce__(self):  # back from a worker process whole
        return type(self), (self.source, self.message)


class FetchError(ExtractError):
    """A page cannot be fetched: it names the URL, what went wrong and, for an HTTP answer, its status."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message
        self.status = status

    def __reduce__(self):  # back from a worker process whole
        return _fetch_error, (self.url, self.message, self.status)


class StoreError(ExtractError):
    """The local database cannot be opened or queried as asked."""


class OutputError(ExtractError):
    """An output is not written where the user asked: it names the path and why (a folder, no permission, a
    full disk, nothing to write)."""


class RuleTableError(ExtractError):
    """A rule table shipped as data is invalid; lists every problem at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid rule tables:\n" + "\n".join(problems))
        self.problems = problems

    def __reduce__(self):  # back from a worker process whole
        return type(self), (self.problems,)


def _fetch_error(url: str, message: str, status: int | None) -> FetchError:
    return FetchError(url, message, status=status)
