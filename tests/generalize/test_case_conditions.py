"""Amounts inside the case a grant or a rule is for say who qualifies, no target (RECORDS.md section 5;
corpora/gold/dev-w/README.md: eligibility conditions are no targets): a case 对/对于/凡 opens and a 的
closes, a clause 若 opens, the premise of 在…的前提下 and a clause ending on 的 before what is done for it
(extract/rules/exclusions/conditions.py). The support itself, counts of what the case is about and levels a
plan reaches stay targets. Invented sentences, and real ones of batches W, U, I and O (skipped where ../extra
is not checked out)."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, amount", [
    ("对年营业收入超过500万元的企业,给予一次性奖励10万元。", (5_000_000, "元")),
    ("对建筑高度不大于24米的厂房,可简化审批。", (24, "米")),
    ("对于年综合能耗3万吨以下的项目,可不开展能耗替代。", (30000, "吨")),
    ("对组织(参会企业50家及以上)的行业协会给予场租补贴。", (50, "家")),
    ("若参加人数超过200人,应提前报备。", (200, "人")),
    ("在财政资金余额不低于20%的前提下,可提前拨付。", (20, "%")),
    ("对新引进企业,从投产之日起6个月内招用的员工,按300元/人/月的标准给予补助。", (6, "月")),
    ("占地面积不大于500平方米、层高不大于6米的小型仓库,企业可自行组织验收。", (6, "米")),
    ("完成改造的小区不少于30个的街道,给予表彰。", (30, "个")),
])
def test_an_amount_in_the_case_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("对年营业收入超过500万元的企业,给予一次性奖励10万元。", (100_000, "元")),  # the grant
    ("对企业按每人500元的标准给予补贴。", (500, "元")),  # the support, after 按
    ("对新引进企业,从投产之日起6个月内招用的员工,按300元/人/月的标准给予补助。", (300, "元/月")),
    ("对全市80%以上的行政村开展人居环境整治。", (80, "%")),  # a share of what the work covers
    ("对1000家以上的企业开展诊断服务。", (1000, "家")),
    ("对40座老旧泵站的设备进行更新改造。", (40, "座")),  # a count of what is renewed
    ("遴选出60个具有带动作用的重点项目,按季度调度推进。", (60, "个")),
    ("为实现能耗降低15%的目标,必须加快淘汰落后产能。", (15, "%")),  # a level to reach, no case
    ("已完成改造的小区达到50个。", (50, "个")),
])
def test_the_support_counts_and_levels_stay_targets(text, amount):
    assert amount in _amounts(text)


def _targets(name: str):
    return extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets


def test_the_growth_measures_give_no_conditions_of_their_grants():
    targets = _targets("w-002.html")
    found = {(float(t.value), t.unit) for t in targets}
    for condition in [(2_000_000, "美元"), (200, "人"), (5.5, "%"), (50_000, "吨标准煤")]:
        assert condition not in found  # 投资总额…以上的外资项目, 若…超过200人, 裁员率低于…, 能耗…以下的项目
    assert not any("单车价格" in t.evidence for t in targets)  # 对…不超过30万元的乘用车,落实减半征收
    assert {(500_000, "元"), (3, "月"), (3_000_000, "元")} <= found  # 再给予50万元, 不超过3个月的补助, 贷款额度


def test_the_catering_measures_give_no_sizes_and_sales_of_whom_they_cover():
    found = {(float(t.value), t.unit) for t in _targets("w-007.html")}
    assert (24, "米") not in found and (100_000, "元") not in found  # 建筑高度不大于24米的…工程, 月销售额10万元以下的
    assert (300_000, "元") in found and (40, "%") in found


def test_other_sources_read_the_same_cases():
    assert not any(t.unit == "家" and t.value == 150 for t in _targets("w-001.html"))  # 对…(组织150家企业及以上)的商协会
    assert not any(t.unit == "%" and t.value == 10 for t in _targets("u-001.txt") if t.status == "achieved" and "偏离度" in t.evidence)
    assert not any(t.unit == "米" and t.value == 300 for t in _targets("i-007.txt"))  # 对…300-500米服务半径未覆盖的地区
    assert not any(t.unit == "人" and t.value == 3 for t in _targets("o-009.txt"))  # 发生亡3人以上9人以下的火灾,按照…
    assert not any(t.unit == "%" and t.value == 10 and "前提" in t.evidence for t in _targets("w-004.html"))
