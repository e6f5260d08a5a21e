"""What extraction returns for one document: the document, its tasks and its targets."""
from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .records import Target, Task


@dataclass(frozen=True, slots=True)
class Result:
    document: Document
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()
