"""Command-line SOURCE arguments to inputs: files, directories (recursively) and stdin."""
from __future__ import annotations

import errno
import os
import stat
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
        problem = _not_readable(path)
        if problem:
            yield InputError(argument, problem)
        elif path.is_dir():
            yield from _folder(path, argument, suffixes=suffixes)
        else:
            yield Source(str(path), path)


def _not_readable(path: Path) -> str | None:
    """Why ``path`` is no file or folder to read, or None."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "a loop of symbolic links"
        return "no such file or directory" if err.errno == errno.ENOENT else f"cannot read: {err.strerror}"
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "not a regular file (a FIFO, socket or device): refused"
    return None


def _folder(path: Path, argument: str, *, suffixes: frozenset[str]) -> Iterator[Source | InputError]:
    """The files of a folder with a known suffix, sorted; each folder that cannot be read is reported."""
    unreadable: list[InputError] = []
    files = []
    for folder, _, names in os.walk(path, onerror=lambda err: unreadable.append(
            InputError(err.filename or argument, f"cannot read this folder ({err.strerror})"))):
        files += [Path(folder) / name for name in names if Path(name).suffix.lower() in suffixes
                  and (Path(folder) / name).is_file()]
    if not files and not unreadable:
        yield InputError(argument, f"no {'/'.join(sorted(suffixes))} files in this directory")
    yield from unreadable
    for file in sorted(files):
        yield Source(str(file), file)


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
