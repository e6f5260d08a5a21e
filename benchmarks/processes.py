"""The processes of a command the benchmarks run: it and its workers, read while it runs."""
from __future__ import annotations

import psutil


def process_tree(process: psutil.Process) -> list[psutil.Process]:
    """The process and its children at this moment (none when they are gone)."""
    try:
        return [process, *process.children(recursive=True)]
    except psutil.Error:
        return [process]
