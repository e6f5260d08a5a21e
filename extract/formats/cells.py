"""Spreadsheet values as Excel shows them: 16.0 → "16", 0.1 with "0%" → "10%", dates as ISO."""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Parts of a number format that are not digit placeholders: quoted text, escapes, [Red], [$-804].
FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
QUOTED = re.compile(r'"([^"]*)"')
PLACEHOLDER = re.compile("[0#?]")
DECIMALS = re.compile(r"\.([0#?]+)")
GENERAL_DIGITS = 15


def display_value(value: object, *, number_format: str = "General") -> str:
    """The text of a cell value: numbers in their format, dates and times as ISO, booleans as TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return display_datetime(value)
    if isinstance(value, (int, float)):
        return display_number(value, number_format=number_format)
    return str(value).strip()


def display_number(value: int | float, *, number_format: str = "General") -> str:
    """``value`` in the first section of an Excel number format; quoted units (``0"个"``) are kept."""
    raw = number_format.split(";")[0]
    section = FORMAT_NOISE.sub("", raw)
    if section.lower() in ("general", "@", "") or not PLACEHOLDER.search(section):
        return _general(value)
    decimals_match = DECIMALS.search(section)
    decimals = len(decimals_match.group(1)) if decimals_match else 0
    if "%" in section:
        number = _fixed(value * 100, decimals, thousands=False) + "%"
    else:
        number = _fixed(value, decimals, thousands="," in section.split(".")[0])
    return _literals(raw, before=True) + number + _literals(raw, before=False)


def display_datetime(value: dt.datetime | dt.date | dt.time) -> str:
    """``2024-12-31``; with the time (``2024-12-31 09:30``) only when there is one; a time alone as ``09:30``."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return value.isoformat()


def _literals(section: str, *, before: bool) -> str:
    """Quoted text standing before the first digit placeholder, or after the last one."""
    unquoted = QUOTED.sub(lambda m: " " * len(m.group()), section)
    placeholders = [m.start() for m in PLACEHOLDER.finditer(unquoted)]
    if not placeholders:
        return ""
    return "".join(m.group(1) for m in QUOTED.finditer(section)
                   if (m.end() <= placeholders[0] if before else m.start() > placeholders[-1]))


def _general(value: int | float) -> str:
    if isinstance(value, int) or value.is_integer() and abs(value) < 10 ** GENERAL_DIGITS:
        return str(int(value))
    return format(value, f".{GENERAL_DIGITS}g")


def _fixed(value: int | float, decimals: int, *, thousands: bool) -> str:
    """Rounded half away from zero, as Excel does (0.125 at 0% → 13%)."""
    try:
        rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return _general(value)
    return f"{rounded:,f}" if thousands else f"{rounded:f}"
