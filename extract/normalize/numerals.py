"""Chinese numerals to numbers: the common small ones from a table, the rest by cn2an."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from ..chars import YEAR_DIGIT_VALUES, YEAR_DIGITS

CHINESE_DIGITS = "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
CHINESE_NUMBER = re.compile(f"[{CHINESE_DIGITS}]+(?:点[{CHINESE_DIGITS}]+)?")
_DIGIT_BY_DIGIT = str.maketrans(YEAR_DIGITS, YEAR_DIGIT_VALUES)
_ONE_TO_NINE = "一二三四五六七八九"


def _small_numerals() -> dict[str, int]:
    """一 … 九十九, 一百 … 九千 and 两, 两百, 两千, 〇, 零: what a notice's headings and most of its
    amounts spell, read here as cn2an reads them (a test checks every one) without importing it."""
    digits = {d: n for n, d in enumerate(_ONE_TO_NINE, start=1)}
    table = {**digits, "两": 2, "〇": 0, "零": 0, "十": 10, "两百": 200, "两千": 2000}
    for d, n in digits.items():
        table |= {"十" + d: 10 + n, d + "十": 10 * n, d + "百": 100 * n, d + "千": 1000 * n}
        table |= {d + "十" + e: 10 * n + m for e, m in digits.items()}
    return table


SMALL_NUMERALS = _small_numerals()


@cache
def _cn2an():
    """cn2an's converter, imported on first use (its import compiles regexes for a tenth of a second)."""
    import cn2an

    return cn2an.cn2an


def chinese_to_decimal(text: str) -> Decimal | None:
    """``十二`` → 12, ``一百二十`` → 120, ``两`` → 2; None when it is not a numeral."""
    if text in SMALL_NUMERALS:
        return Decimal(SMALL_NUMERALS[text])
    if not text or not CHINESE_NUMBER.fullmatch(text):
        return None
    try:
        value = _cn2an()(text, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def digit_by_digit(text: str) -> int | None:
    """Years written digit by digit: ``二〇二〇`` → 2020."""
    converted = text.translate(_DIGIT_BY_DIGIT)
    return int(converted) if converted.isdigit() else None


INT64_MAX = 2 ** 63 - 1


def plain_number(value: Decimal) -> int | float:
    """93 rather than 93.0 or 9.3E+1; 98.9 stays a float, and so does an integer too large for a 64-bit column."""
    normalized = value.normalize()
    if normalized == normalized.to_integral_value() and abs(normalized) <= INT64_MAX:
        return int(normalized)
    return float(normalized)
