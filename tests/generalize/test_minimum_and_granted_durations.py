"""Durations that decide notices with few targets (RECORDS.md section 5: durations are targets when they are
limits to meet), read from extract/data/duration_words.tsv:

- a minimum (至少1年的对比观测, 不少于5个工作日, 每季度不少于10天 → 天/季度) is a target >=;
- a period granted (给予6个月的过渡期, 减免6个月租金, 展期一年, 保留两年, 提供为期24个月免租金优惠) is a target =;
- a round-the-clock service (24小时应急值守, 24小时动态巡查, 8小时咨询、1小时响应) is a target =;
- a condition (满6个月以上的), a publicity period (gold is split on them: tests/generalize/test_service_time_limits.py),
  an activity's span (开展为期两个月的专项整治) and a land contract's extension stay none.

A capped sum of a benefit or a loan granted (可申请最高不超过15万元的创业担保贷款, 上限30万元的…) is no scope of a
rule (exclusions/cases.py); a bound on who is covered (年收入低于5万元的家庭) still is.

The sentences are written for the test; the real outputs are of ../shared/corpus/docs."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None, str]]:
    return [(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("合法性审核时间一般不少于7个工作日。", [(7, "工作日", ">=")]),
    ("新旧站址之间应进行至少2年的对比观测。", [(2, "年", ">=")]),
    ("每季度开展不少于8天的督导检查。", [(8, "天/季度", ">=")]),
])
def test_a_minimum_duration_is_a_target(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("对调出目录的药品给予3个月的过渡期。", [(3, "月", "=")]),
    ("对承租国有房屋的个体工商户减免3个月租金。", [(3, "月", "=")]),
    ("受影响的个人创业担保贷款可展期一年。", [(1, "年", "=")]),
    ("未就业毕业生的档案可在学校保留两年。", [(2, "年", "=")]),
    ("为入驻企业提供为期12个月免租金优惠。", [(12, "月", "=")]),
    ("为困难企业设立3个月的费用缓缴期。", [(3, "月", "=")]),
])
def test_a_period_granted_is_a_target(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("坚持24小时应急值守。", [(24, "小时", "=")]),
    ("对重点路段实施24小时动态巡查。", [(24, "小时", "=")]),
    ("热线实现8小时咨询、1小时响应。", [(8, "小时", "="), (1, "小时", "=")]),
])
def test_a_service_kept_round_the_clock_is_a_target(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "连续缴纳社会保险满6个月以上的,给予补贴。",
    "名单公示期5个工作日。",
    "在全区开展为期两个月的专项整治。",
    "稳步推进第二轮土地承包到期后再延长30年试点。",
])
def test_a_condition_a_publicity_period_or_a_span_stays_none(text):
    assert _found(text) == []


def test_a_minimum_time_in_enterprises_of_a_national_plan_is_a_target():
    targets = extract_document(read_cached(doc_path("govcn-003.html")), use_model=False).targets
    assert [(float(t.value), t.unit, t.comparator) for t in targets if "至少1个月" in t.evidence] == [(1, "月", ">=")]


@pytest.mark.parametrize("text, expected", [
    ("可申请最高不超过20万元的创业担保贷款。", [(200_000, "元", "<=")]),
    ("高校毕业生可申请上限20万元的创业担保贷款。", [(200_000, "元", "<=")]),
    ("给予购房合同总价2%、最高不超过3万元的补贴。", [(2, "%", "="), (30_000, "元", "<=")]),
])
def test_a_capped_sum_granted_is_no_scope(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "对家庭年收入低于5万元的家庭给予补助。",
    "单车价格不超过30万元的乘用车减半征收购置税。",
])
def test_a_bound_on_who_is_covered_stays_a_scope(text):
    assert _found(text) == []


def test_the_caps_of_the_guaranteed_loans_of_a_state_council_notice():
    targets = extract_document(read_cached(doc_path("govcn-007.html")), use_model=False).targets
    assert [(float(t.value), t.comparator) for t in targets if "创业担保贷款" in t.evidence] == [
        (150_000, "<="), (3_000_000, "<=")]
