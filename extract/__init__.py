"""policy-extract: Chinese government policy documents into data.

The public API: ``read`` cleans one input into a :class:`Document`.
"""
from .document import Cell, Document, Section, Table
from .errors import ExtractError, InputError
from .read import read
from .records import Metadata, Target, Task

__all__ = ["read", "Document", "Section", "Table", "Cell", "Metadata", "Task", "Target",
           "ExtractError", "InputError"]
