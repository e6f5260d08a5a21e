"""The small Chinese numerals read from a table (without importing cn2an) are read as cn2an reads them."""
from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest

from extract.normalize.numerals import SMALL_NUMERALS, chinese_to_decimal


def test_every_small_numeral_is_what_cn2an_reads():
    for text, value in SMALL_NUMERALS.items():
        expected = Decimal(str(cn2an.cn2an(text, "smart")))
        assert (str(chinese_to_decimal(text)), value) == (str(expected), expected), text


def test_the_table_spells_one_to_ninety_nine():
    assert {v for v in SMALL_NUMERALS.values() if v < 100} == set(range(100))


@pytest.mark.parametrize(("text", "value"), [("一百二十", "120"), ("三点五", "3.5"), ("两万", "20000"),
                                             ("十两", "12"), ("百", None), ("一二三", "123"), ("", None)])
def test_other_numerals_are_read_by_cn2an(text, value):
    found = chinese_to_decimal(text)
    assert (str(found) if found is not None else None) == value
