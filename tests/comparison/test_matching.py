"""Matching extracted indicators to the registry: exact alias, rule clean-up, the evidence, fuzzy; unit-aware."""
from types import SimpleNamespace

import pytest

from extract.comparison.matching import Matcher
from extract.comparison.matrix import display_value
from extract.comparison.registry import load_registry
from extract.comparison.text import clean_indicator, clean_owner

MATCHER = Matcher(load_registry())


@pytest.mark.parametrize(("indicator", "unit", "evidence", "values", "expected", "method"), [
    ("地区生产总值", "%", "地区生产总值增长5%左右", (5.0,), "gdp_growth", "exact"),
    ("地区生产总值", "元", "地区生产总值达到2万亿元", (2e12,), "gdp", "exact"),
    ("全省地区生产总值增长", "%", "全省地区生产总值增长6%", (6.0,), "gdp_growth", "rule"),
    ("城镇", "%", "城镇调查失业率5.5%左右", (5.5,), "unemployment", "evidence"),
    ("就业", "人", "城镇新增就业不少于28万人", (280000.0,), "urban_jobs", "evidence"),
    ("公共厕所", "座", "提标改造24座公共厕所", (24.0,), "public_toilets", "exact"),
    ("公厕", "座", "改造提升15座公厕", (15.0,), "public_toilets", "exact"),
    ("空气优良天数比率", "%", "空气优良天数比率达83.8%", (83.8,), "good_air_days", "fuzzy"),
], ids=["growth", "level", "scope-word", "clipped-unemployment", "clipped-jobs", "toilets-long", "toilets-short",
        "fuzzy-air"])
def test_targets_match_their_indicator_and_say_how(indicator, unit, evidence, values, expected, method):
    match = MATCHER.match(indicator, unit, evidence, values=values)
    assert (match.indicator.id if match.indicator else None, match.method) == (expected, method)
    assert 0 < match.score <= 100


@pytest.mark.parametrize(("indicator", "unit", "evidence", "values"), [
    ("治理", "亩", "完成植树造林80万亩、退化草原修复治理320万亩、沙化土地治理260万亩", (3200000.0,)),
    ("地区生产总值", "千瓦时", "地区生产总值增长5%", (5.0,)),
    ("企业", "元", "向科技型中小企业发放知识产权质押贷款860亿元", (86000000000.0,)),
    ("建成区", "%", "建成区绿化以外的指标达到40%", (40.0,)),
], ids=["alias-of-another-amount", "unit-not-comparable", "alias-far-from-amount", "context-missing"])
def test_no_match_rather_than_a_wrong_one(indicator, unit, evidence, values):
    assert MATCHER.match(indicator, unit, evidence, values=values).indicator is None


def test_an_unknown_unit_is_said_so():
    assert MATCHER.match("地区生产总值", "斗", "地区生产总值5斗", values=(5.0,)).method == "unit"


@pytest.mark.parametrize(("written", "cleaned"), [
    ("全省地区生产总值增长", "地区生产总值"), ("力争技术合同交易额", "技术合同交易额"),
    ("城乡居民人均可支配收入分别", "城乡居民人均可支配收入"), ("“高效办成一件事”重点事项", "高效办成一件事重点事项"),
])
def test_clean_up_strips_scope_hedge_and_change_words(written, cleaned):
    assert clean_indicator(written) == cleaned


def test_owner_names_fold_brackets_and_drop_notes():
    assert clean_owner("各市、县〔区〕政府") == clean_owner("各市、县(区)政府")
    assert clean_owner("属地街道(市对区考核)") == "属地街道"


@pytest.mark.parametrize(("value", "unit", "comparator", "shown"), [
    (1.26e14, "元", ">=", "≥126万亿元"), (8.4e10, "斤", "~", "约840亿斤"), (180000, "人", ">=", "≥18万人"),
    (5.5, "%", "=", "5.5%"),
], ids=["wan-yi", "yi", "wan", "plain"])
def test_values_are_shown_with_chinese_multipliers(value, unit, comparator, shown):
    row = SimpleNamespace(stated=True, value_norm=value, value_max_norm=None, unit_norm=unit, comparator=comparator)
    assert display_value(row) == shown
