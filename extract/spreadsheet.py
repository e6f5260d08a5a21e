"""Text cells a spreadsheet shows and never runs: the defence against formula injection in CSV for Excel.

Excel (and LibreOffice) read a CSV cell that opens with = + - @ (or a tab or a
carriage return) as a formula, so a page title such as ``=HYPERLINK(…)`` or a
heading such as ``-表 2-1`` would run or show #NAME?. In CSV for Excel such a
text cell gets a leading apostrophe (OWASP's advice); a one-character cell (the
comparator ``=``) cannot call anything and is left as it is. Numbers stay numbers.
"""
from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def inert(value: object) -> object:
    """``value`` for a CSV cell Excel opens: text that Excel would run as a formula, marked as text."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_TRIGGERS):
        return TEXT_MARK + value
    return value
