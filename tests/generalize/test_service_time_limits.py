"""Ranges of service guides (RECORDS.md section 3): a range whose measure word is written on both ends
(1个至5个工作日, 3个到6个月) is one target with value_max, in the unit of its second end. Two amounts joined
by a change word (从3个增至5个) stay apart. The sentences are written for the test."""
import pytest

from extract.rules.quantities import find_quantities
from tests.rules.test_targets import drafts


def _targets(text: str):
    return {(float(d.quantity.value), d.quantity.value_max and float(d.quantity.value_max), d.unit, d.comparator)
            for d in drafts(text)}


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("窗口在2个至4个工作日内办结", 2, 4, "工作日"),
    ("整改期限为4个到8个月", 4, 8, "月"),
    ("在两个至三个月内完成整改", 2, 3, "月"),
    ("每县遴选3家至6家试点企业", 3, 6, "家"),
    ("材料在7天至12天内补齐", 7, 12, "天"),
    ("每镇培育2个-4个示范村", 2, 4, "个"),
    ("复核在1个〜3个工作日内完成", 1, 3, "工作日"),
    ("复核在1个～3个工作日内完成", 1, 3, "工作日"),
    ("复核在1个—3个工作日内完成", 1, 3, "工作日"),
    ("补贴提高1个~2个百分点", 1, 2, "百分点"),
])
def test_a_measure_word_written_on_both_ends_makes_one_range(text, value, value_max, unit):
    assert [(float(q.value), q.value_max and float(q.value_max), q.unit) for q in find_quantities(text)] == [
        (value, value_max, unit)]


@pytest.mark.parametrize("text, amounts", [
    ("网点数量从3个增至5个", [(3, None, "个"), (5, None, "个")]),
    ("窗口由6个至4个工作日压减", [(6, None, "个"), (4, None, "工作日")]),
    ("新建3个至5家", [(3, None, "个"), (5, None, "家")]),
])
def test_amounts_that_are_no_such_range_stay_apart(text, amounts):
    assert [(float(q.value), q.value_max, q.unit) for q in find_quantities(text)] == amounts


def test_a_range_of_working_days_is_one_limit_target():
    assert _targets("受理窗口将在2个至6个工作日内完成初审。") == {(2, 6, "工作日", "range")}
