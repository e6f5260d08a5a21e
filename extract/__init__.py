"""policy-extract: Chinese government policy documents into data.

The public API: ``read`` cleans one input into a :class:`Document`; ``extract``
also reads its tasks and targets into a :class:`Result` (``.to_frame()`` for pandas), or a list of
them for a folder; ``compare`` lines plans up indicator by indicator (:mod:`extract.comparison`),
loaded on first use.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

from .document import Cell, Document, Section, Table
from .errors import ExtractError, InputError
from .load.sources import expand
from .pipeline import extract_document, process_source
from .read import read, source_named
from .records import Metadata, Target, Task
from .result import Result


def extract(source: str | os.PathLike[str], *, use_model: bool = False) -> Result | list[Result]:
    """Read one file (or ``-`` for standard input) and extract its tasks and targets with the rules;
    ``use_model=True`` also asks the shipped judge (it does not pay its way on unseen documents: models/README.md).

    A folder gives a list of Results, one per readable file in it (searched recursively, sorted);
    each file that cannot be read is skipped with a warning naming it.
    """
    if not Path(source).is_dir():
        return process_source(source_named(source), use_model=use_model)
    results = []
    for item in expand([os.fspath(source)]):
        if isinstance(item, InputError):
            warnings.warn(str(item), stacklevel=2)
            continue
        try:
            results.append(process_source(item, use_model=use_model))
        except ExtractError as err:
            warnings.warn(str(err), stacklevel=2)
    return results


def __getattr__(name: str):
    """``extract.compare`` is imported on first use: it needs pandas and the indicator registry."""
    if name == "compare":
        from .comparison.api import compare

        return compare
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["read", "extract", "compare", "extract_document", "Result", "Document", "Section", "Table", "Cell",
           "Metadata", "Task", "Target", "ExtractError", "InputError"]
