"""A standard paid per period, the period fused before the standard's noun (低保月均标准, 医保年补助标准),
counts its sum per that period (元/月, 元/年), as the gold of batch G does; a year word before it names no
period. Sentences written for the test."""
import pytest

from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text, expected", [
    ("农村特困供养月最低标准提高到960元。", [(960, "元/月")]),
    ("城乡低保月均标准分别提高到850元和640元。", [(850, "元/月"), (640, "元/月")]),
    ("合作医疗年补助标准上调到690元。", [(690, "元/年")]),
    ("今年标准提高到500元。", [(500, "元")]),  # the year named, no period
    ("每人每月补助标准为300元。", [(300, "元/月")]),  # 每月 as before
])
def test_a_standard_per_period_counts_per_that_period(text, expected):
    assert [(float(d.quantity.value), d.unit) for d in drafts(text)] == expected
