import datetime as dt

import pytest

from extract.formats.cells import display_number, display_value


@pytest.mark.parametrize(("value", "number_format", "expected"), [
    (16.0, "General", "16"),
    (16, "General", "16"),
    (0.30000000000000004, "General", "0.3"),
    (0.1, "0%", "10%"),
    (0.125, "0%", "13%"),
    (0.1234, "0.00%", "12.34%"),
    (3, "0.0", "3.0"),
    (1234567.5, "#,##0.00", "1,234,567.50"),
    (-2.5, "0", "-3"),
    (5, "0_);[Red](0)", "5"),
    (0.5, '0.0"万元"', "0.5万元"),
    (3, '"第"0"批"', "第3批"),
    (42, "@", "42"),
], ids=["float-integer", "int", "float-noise", "percent", "percent-half-up", "percent-decimals", "one-decimal",
        "thousands", "negative-half-up", "sections-and-padding", "unit-after", "literal-around", "text-format"])
def test_display_number(value, number_format, expected):
    assert display_number(value, number_format=number_format) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (dt.datetime(2024, 12, 31), "2024-12-31"),
    (dt.datetime(2024, 12, 31, 9, 30), "2024-12-31 09:30"),
    (dt.date(2024, 9, 30), "2024-09-30"),
    (dt.time(14, 5), "14:05"),
    (True, "TRUE"),
    (None, ""),
    ("  区住建局 ", "区住建局"),
], ids=["midnight-is-a-date", "date-and-time", "date", "time", "boolean", "empty", "text"])
def test_display_value(value, expected):
    assert display_value(value) == expected
