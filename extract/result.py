"""What extraction returns for one document: the document, its tasks and its targets."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .document import Document
from .export import columns, rows
from .records import Target, Task


@dataclass(frozen=True, slots=True)
class Result:
    document: Document
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()

    def to_frame(self, records: str = "targets") -> pd.DataFrame:
        """The records as a DataFrame with the export's columns (targets, tasks, documents or all)."""
        names = [column.name for column in columns(records)]
        return pd.DataFrame(list(rows([self], records)), columns=names)
