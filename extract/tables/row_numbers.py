"""Which number lines of a flattened table number its rows: row numbers count up.

序号 | 项目名称 | 投资总额(亿元) | …, flattened one cell a line: 1 / 某新基地项目 / 150 / 在建 / … /
2 / …  Both 1 and 150 stand alone on their line; 150 is the row's amount, not its number, because the
rows count 1, 2, 3. A number line numbers a row when it is the first, the last row number again (a
merged number cell written on each of its rows), the next one, 1 again (a group's rows numbered anew),
or a later number when the next one is nowhere after it and the numbers go on from it (rows left out
of a published table: 14, then 21, 22).
"""
from __future__ import annotations

import re

INDEX = re.compile(r"^\d{1,3}$")


def row_numbers(texts: list[str]) -> list[bool]:
    """For each line of a table's body, whether it is a row's number."""
    numbers = [int(t) if INDEX.match(t) else None for t in texts]
    marks: list[bool] = []
    last: int | None = None
    for k, number in enumerate(numbers):
        numbering = number is not None and (last is None or number in (last, last + 1, 1) or number > last
                                            and last + 1 not in numbers[k + 1:] and number + 1 in numbers[k + 1:])
        marks.append(numbering)
        last = number if numbering else last
    return marks
