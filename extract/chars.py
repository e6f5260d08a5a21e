"""Classes of Chinese characters the rules share: Han characters, numerals, heading markers.

Each is written once here, as the characters of a regex class (``HAN_CLASS``) or a
compiled pattern; rules build their patterns from these instead of spelling the
characters out again.
"""
from __future__ import annotations

import re
import unicodedata

HAN_CLASS = "\u4e00-\u9fff"  # CJK unified ideographs: the characters of Chinese words
HAN = re.compile(f"[{HAN_CLASS}]")
NOT_HAN = re.compile(f"[^{HAN_CLASS}]+")

ZEROS = "〇○零"  # the ideographic zero, the circle written for it, and 零
ONE_TO_NINE = "一二三四五六七八九"
# a year written digit by digit (二〇一九): zeros and one to nine, in the order of their values
YEAR_DIGITS = ZEROS + ONE_TO_NINE
YEAR_DIGIT_VALUES = "000123456789"
# days and months as written in dates (二〇一九年十月十五日): the year digits and 十
DATE_NUMERALS = YEAR_DIGITS + "十"
LATIN_LETTER = re.compile("[A-Za-z]")
# the numbers of headings and ordinals (第十二章, 二十一、): 一 to 十 with 百, zeros and 两
ORDINAL_NUMERALS = ONE_TO_NINE + "十"
HEADING_NUMERALS = ORDINAL_NUMERALS + "百零〇两"
# amounts written in words (三千, 一百二十, 两): digits and their powers up to 千
AMOUNT_NUMERALS = "零〇○一二两三四五六七八九十百千"

# the marker opening a numbered heading, as it stands at the start of a sentence:
# 第三章 / 第二条, 一、, (一) or (3), 1. or 1、
# a date an item's text may open with right after its number (3.2020年底前…, 1.9月30日前…, 2、8月:…): the digits
# after the number are a date, not the decimals of an amount (1.9万); a pattern to put after a lookahead's (?=
ITEM_DATE = "[0-9]{4}年|[0-9]{1,2}月(?:[0-9]{1,2}日|[底份前末:：])"
HEADING_MARKER = re.compile(f"^(第[{ORDINAL_NUMERALS}]+[章节条]|[{ORDINAL_NUMERALS}]+、"
                            f"|[(（][{ORDINAL_NUMERALS}\\d]+[)）]|\\d+[.、])\\s*")


def han_count(text: str) -> int:
    """How many Han characters ``text`` holds."""
    return len(NOT_HAN.sub("", text))  # runs of other characters removed: no string made per character


def strip_heading_marker(text: str) -> str:
    """``(二)加快…`` → ``加快…``: the text without the heading marker it opens with."""
    return HEADING_MARKER.sub("", text)


def join_pieces(left: str, right: str) -> str:
    """Two pieces of a wrapped line or paragraph: a space only between two Latin letters (English words)."""
    space = left and right and LATIN_LETTER.match(left[-1]) and LATIN_LETTER.match(right[0])
    return f"{left} {right}" if space else left + right


BRACKETS = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "[": "(", "]": ")", "（": "(", "）": ")",
                          "“": "", "”": "", "‘": "", "’": "", "\"": "", "'": "", "《": "", "》": ""})
SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC, one kind of bracket, no quotes, no spaces: the form labels, aliases and titles are compared in."""
    return SPACE.sub("", unicodedata.normalize("NFKC", text).translate(BRACKETS))
