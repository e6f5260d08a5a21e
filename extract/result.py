"""What extraction returns for one document: the document, its tasks and its targets."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Document
from .records import Target, Task

if TYPE_CHECKING:
    import pandas as pd


DTYPES = {"number": "float64", "int": "Int64", "bool": "boolean", "str": "string", "date": "datetime64[s]"}


@dataclass(frozen=True, slots=True)
class Result:
    document: Document
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()

    def to_frame(self, records: str = "targets") -> pd.DataFrame:
        """The records as a DataFrame with the export's columns (targets, tasks, documents or all).

        The dtypes are the same for every document: float64 numbers, nullable Int64, boolean and
        string, datetime64 dates; lists stay objects.
        """
        import pandas as pd  # a heavy import (with numpy), only for those who ask for a frame

        from .export import columns, rows

        cols = columns(records)
        frame = pd.DataFrame(list(rows([self], records)), columns=[column.name for column in cols])
        for column in cols:
            if column.kind == "date":
                frame[column.name] = pd.to_datetime(frame[column.name], format="ISO8601", errors="coerce") \
                    .astype(DTYPES["date"])
            elif column.kind in DTYPES:
                frame[column.name] = frame[column.name].astype(DTYPES[column.kind])
        return frame
