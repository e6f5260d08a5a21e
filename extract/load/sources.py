"""Command-line SOURCE arguments to inputs: files, directories (recursively) and stdin."""
from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

TEXT_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".txt", ".md"})
OFFICE_SUFFIXES = frozenset({".docx", ".xlsx", ".xlsm", ".xls", ".doc", ".pdf"})
SOURCE_SUFFIXES = TEXT_SUFFIXES | OFFICE_SUFFIXES
STDIN = "-"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file path, or ``-`` for standard input."""

    name: str
    path: Path | None = None

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""


def expand(arguments: Sequence[str], *, suffixes: frozenset[str] = SOURCE_SUFFIXES) -> Iterator[Source | InputError]:
    """Sources in order; a directory yields its files with a known suffix, sorted.

    A missing path or an empty directory is yielded as an InputError so that a
    batch can report it and go on.
    """
    for argument in arguments:
        if argument == STDIN:
            yield Source(STDIN)
            continue
        path = Path(argument)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not files:
                yield InputError(argument, f"no {'/'.join(sorted(suffixes))} files in this directory")
            for file in files:
                yield Source(str(file), file)
        elif path.is_file():
            yield Source(str(path), path)
        else:
            yield InputError(argument, "no such file or directory")


def read_bytes(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a source, refusing anything larger than ``max_bytes``."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = source.path.stat().st_size
            if size > max_bytes:
                raise InputError(source.name, f"too large ({_megabytes(size)} > {_megabytes(max_bytes)} limit; "
                                              "raise it with --max-size)")
            data = source.path.read_bytes()
        except OSError as err:
            raise InputError(source.name, f"cannot read: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise InputError(source.name, f"too large (over {_megabytes(max_bytes)}; raise the limit with --max-size)")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
