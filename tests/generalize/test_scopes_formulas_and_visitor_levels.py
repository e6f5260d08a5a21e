"""Three classes of amounts read from the misses of batches AA and AP (national notices, local plans):

- a scope bound may follow an aside restating the amount in another measure, in brackets (…达2.6万吨二氧化碳当量
  (综合能源消费量约1万吨标准煤)及以上的企业, 110千伏(66千伏)及以上的输变电工程), and be written in dollars
  (总投资3亿美元及以上项目由…核准) or head of livestock (存栏5000头以上生猪规模养殖场): which things a rule
  covers, no target (scope_units.tsv, exclusions/cases.py);
- a count in Chinese numerals before 制度 names a set of the plan's own (城镇房屋安全管理三项制度), no amount to
  reach (category_nouns.tsv);
- a yearly number of visitors (年接待游客8亿人次) is a level, counted in 人次 as every readable gold has it, not a
  capacity per year (per_units.tsv keeps 年产, 日处理…).

The sentences are written for the test; the real outputs are of documents of ../shared."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached
from ..rules.test_targets import drafts


def _amounts(text: str) -> set[tuple[float, str | None]]:
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text, amount", [
    ("督促年排放量达3.1万吨二氧化碳当量(综合能源消费量约1.2万吨标准煤)及以上的单位按时提交排放报告。", (31000, "吨")),
    ("督促年排放量达3.1万吨二氧化碳当量(综合能源消费量约1.2万吨标准煤)及以上的单位按时提交排放报告。", (12000, "吨标准煤")),
    ("总投资5亿美元及以上的外资项目由省发展改革委核准。", (500000000, "美元")),
    ("对总投资10亿美元以上在谈、签约的外资项目建立专班服务。", (1000000000, "美元")),
    ("全面完成存栏3000头以上生猪规模养殖场标准化改造。", (3000, "头")),
])
def test_a_scope_bound_after_an_aside_in_dollars_or_head_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("到2025年,实际使用外资达到10亿美元以上。", (1000000000, "美元")),  # a level to reach
    ("新建标准化生猪养殖场2个,年出栏生猪3万头以上。", (30000, "头")),
    ("到2025年,光伏装机容量达到400万千瓦以上。", (4000000, "千瓦")),
])
def test_levels_to_reach_in_these_units_stay_targets(text, amount):
    assert amount in _amounts(text)


def test_a_voltage_class_restated_in_brackets_bounds_the_projects_a_plan_covers():
    text = read_cached(doc_path("ndrc-001.html")).text
    assert "110千伏(66千伏)及以上的输变电工程" in text
    targets = extract_document(read_cached(doc_path("ndrc-001.html")), use_model=False).targets
    assert not [t for t in targets if t.unit == "千伏"]


@pytest.mark.parametrize("text", [
    "推动农村供水工程管护三项制度全面落地。",
    "成立农村供水工程管护三项制度工作专班。",
    "全面推行行政执法两项制度。",
])
def test_a_set_of_rules_named_by_its_count_is_no_target(text):
    assert _amounts(text) == set()


def test_rules_counted_in_digits_stay_targets():
    assert (12.0, "项") in _amounts("年内修订完善12项制度。")


def test_a_yearly_number_of_visitors_is_a_level_in_person_visits():
    assert _amounts("力争年接待游客超过8亿人次。") == {(800000000.0, "人次")}
    targets = extract_document(read_cached(pool_path("pool-009.txt")), use_model=False).targets
    visits = [t for t in targets if "年接待游客" in t.evidence and t.value == 323000000]
    assert visits and {t.unit for t in visits} == {"人次"}
    # a capacity built stays per year
    assert (300000.0, "辆/年") in _amounts("新建年产30万辆整车项目。")
