"""City health-check work plans set how often the check and the review are done as a cadence, 一年一X /
五年一X, often inside quotes: once a year is 1 次/年, once every five years 1 次/5年 (RECORDS.md writes a
count of times per period), a recurring standard without a deadline. Sentences written for the test,
and the real output on a district's health-check work plan."""
import pytest

import extract
from tests.corpus import doc_path
from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text, expected", [
    ("建立全镇“一年一体检、三年一评估”的常态化工作机制。", [(1, "次/年"), (1, "次/3年")]),
    ("坚持一年一普查，两年一更新。", [(1, "次/年"), (1, "次/2年")]),
    ("重点路段实行一周一巡查。", [(1, "次/周")]),
])
def test_a_cadence_is_one_time_per_period(text, expected):
    found = drafts(text)
    assert [(d.quantity.value, d.unit) for d in found] == expected
    assert all(d.recurring for d in found)


@pytest.mark.parametrize("text", [
    "举办一年一度的城市文化节。",  # yearly, no count
    "组织开展三年一轮的巡回宣讲。",  # not a word the cadence list holds
])
def test_no_cadence(text):
    assert drafts(text) == []


def test_shgov_003_health_check_and_review_cadences():
    result = extract.extract(doc_path("shgov-003.txt"), use_model=False)
    cadences = {(t.value, t.unit, t.deadline, t.status) for t in result.targets if t.unit.startswith("次/")}
    assert cadences == {(1, "次/年", None, "planned"), (1, "次/5年", None, "planned")}
