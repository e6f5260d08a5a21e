"""A time window people hold under a rule, their duty right after it (…人员离校后1年内,须…), is their own
time limit, no target (the batch G/H convention on applicants' own time limits); a unit's window and a
duration people are kept for stay. Sentences written for the test."""
import pytest

from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text", [
    "院校集体户口人员毕业离校后1年内,须将户口迁回原籍。",
    "引进的高校毕业生报到后6个月内,应当办理落户手续。",
])
def test_the_window_people_hold_before_their_duty_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("区人社部门应在申请人提交材料之日起10个工作日内,完成审核。", [(10, "工作日")]),  # the unit's limit
    ("入境人员要集中隔离观察7天。", [(7, "天")]),  # the duty before the amount: a measure imposed
])
def test_a_units_window_and_a_duration_imposed_stay_targets(text, expected):
    assert [(float(d.quantity.value), d.unit) for d in drafts(text)] == expected
