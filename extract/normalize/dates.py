"""Full calendar dates as written in Chinese documents, to ISO."""
from __future__ import annotations

import re
from datetime import date

from ..chars import DATE_NUMERALS
from .numerals import chinese_to_decimal, digit_by_digit

ROC_OFFSET = 1911  # 民国元年 is 1912
NUMERIC_DATE = re.compile(r"(?P<y>\d{2,4}) ?[年./-] ?(?P<m>\d{1,2}) ?[月./-] ?(?P<d>\d{1,2}) ?日?")
CHINESE_DATE = re.compile(f"(?P<y>[{DATE_NUMERALS}]{{4}})年(?P<m>[{DATE_NUMERALS}]{{1,3}})月(?P<d>[{DATE_NUMERALS}]{{1,3}})日")


def parse_date(text: str, *, roc: bool = False) -> date | None:
    """The first full date in ``text`` (``2020年12月1日``, ``2020-12-01``, ``二〇〇四年十月十五日``).

    Three-digit years are years of the Republic of China era (``104.4.17`` is
    2015-04-17); two- and three-digit years are read that way only when ``roc``.
    """
    match = NUMERIC_DATE.search(text)
    if match:
        year = int(match.group("y"))
        if len(match.group("y")) == 3 or (roc and year < 200):
            year += ROC_OFFSET
        return make_date(year, int(match.group("m")), int(match.group("d")))
    match = CHINESE_DATE.search(text)
    if match:
        han_year = digit_by_digit(match.group("y"))
        month = chinese_to_decimal(match.group("m"))
        day = chinese_to_decimal(match.group("d"))
        if han_year and month and day:
            return make_date(han_year, int(month), int(day))
    return None


def make_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
