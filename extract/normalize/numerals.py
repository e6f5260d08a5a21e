"""Chinese numerals to numbers (cn2an does the arithmetic)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from ..chars import YEAR_DIGIT_VALUES, YEAR_DIGITS

CHINESE_DIGITS = "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
CHINESE_NUMBER = re.compile(f"[{CHINESE_DIGITS}]+(?:点[{CHINESE_DIGITS}]+)?")
_DIGIT_BY_DIGIT = str.maketrans(YEAR_DIGITS, YEAR_DIGIT_VALUES)


NUMERAL_MEMORY = 4096  # the numerals of headings and amounts repeat (一 … 十, 三十, 两): cn2an reads each once


@lru_cache(maxsize=NUMERAL_MEMORY)
def chinese_to_decimal(text: str) -> Decimal | None:
    """``十二`` → 12, ``一百二十`` → 120, ``两`` → 2; None when it is not a numeral."""
    if not text or not CHINESE_NUMBER.fullmatch(text):
        return None
    try:
        value = cn2an.cn2an(text, "smart")
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
