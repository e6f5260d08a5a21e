"""A decision granting honours counts whom it honours (授予…等N项成果…奖): no target, nor a result of work
the text plans (RECORDS.md section 5). Counts of honours a body received, and the same verbs without an
honour after the amount, stay amounts. The sentences are written for the test."""
import pytest

from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text", [
    "国务院决定,授予“某类作物抗病机理研究”等12项成果国家自然科学奖二等奖。",
    "授予某某教授等3名外国专家国际科学技术合作奖。",
    "追授某某同志等2人“时代楷模”称号。",
])
def test_those_a_decision_honours_are_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value", [
    ("全年获得省级以上科技奖励18项。", 18),
    ("授予资质后,新增规模以上企业12家。", 12),
])
def test_honours_received_or_no_honour_named_stay_amounts(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]
