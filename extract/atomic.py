"""Write files atomically: a temporary file in the same folder, then a rename.

The file gets the mode any tool would give it: that of the file it replaces, else
0666 less the umask (mkstemp's 0600 would otherwise survive the rename). A place
that cannot be written (a folder where a file is asked, a parent that is a file or
may not be written, a full disk) is an OutputError naming the path, which
:func:`check_writable` raises before any work is done.
"""
from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import OutputError

DISK_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})


def check_writable(path: str | os.PathLike[str], *, folder: bool = False, into: bool = False) -> None:
    """Raise OutputError unless ``path`` can be written: a file (or, with ``folder``, a folder replaced
    whole) whose parent can be made and written; with ``into``, a folder files are written into."""
    target = Path(path)
    if target.is_dir() and not (folder or into):
        raise OutputError(f"{target}: is a folder; name a file to write")
    if target.exists() and not target.is_dir() and (folder or into):
        raise OutputError(f"{target}: is a file; name a folder to write into")
    place = target.absolute() if into else target.absolute().parent
    while not place.exists() and place != place.parent:
        place = place.parent
    if not place.is_dir():
        raise OutputError(f"{target}: cannot write there: {place} is a file, not a folder")
    if not os.access(place, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: cannot write there: {place} is not writable (permission denied)")


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on error it is removed."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise _output_error(target, err) from err
    try:
        os.fchmod(handle, _mode_for(target))
        with os.fdopen(handle, mode, encoding=None if "b" in mode else encoding,
                       newline=None if "b" in mode else newline) as stream:
            yield stream
        _replace(temporary, target)
    except BaseException as err:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(err, OSError) and err.errno in DISK_ERRORS:
            raise _output_error(target, err) from err
        raise


@contextmanager
def atomic_directory(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary folder beside ``path``; on success it replaces ``path`` (and what was there), on error
    it is removed."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as err:
        raise _output_error(target, err) from err
    temporary.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the result is an ordinary folder
    try:
        yield temporary
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            _replace(target, old / target.name)
            _replace(temporary, target)
            shutil.rmtree(old)
        else:
            _replace(temporary, target)
    except BaseException as err:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(err, OSError) and err.errno in DISK_ERRORS:
            raise _output_error(target, err) from err
        raise


def _replace(source: str | Path, target: Path) -> None:
    try:
        os.replace(source, target)
    except OSError as err:
        raise _output_error(target, err) from err


def _output_error(target: Path, err: OSError) -> OutputError:
    if isinstance(err, IsADirectoryError):
        return OutputError(f"{target}: is a folder; name a file to write")
    return OutputError(f"{target}: cannot write it ({err.strerror or err})")


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)  # the only way to read the umask is to set it
    os.umask(mask)
    return mask
