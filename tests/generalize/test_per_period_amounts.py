"""Amounts per period written other ways than 每…N次: a period averaged over before the bound (日均高于400吨 →
吨/日, 年均超过5万人 → 人/年), a duration each period holds (每天…2小时以上 → 小时/日, 每周…3小时 → 小时/周); with
them 不宜超过 as a bound, a level in 岁 closed by 以上 (提高到80岁以上) and 千米 as a unit. Invented sentences, and
the real ones of j-005, g-012, r-004, j-010, k-002 and k-015 (development batches: skipped where ../extra is
missing) and of gwr2026-003 of ../shared."""
from datetime import date

import pytest

from extract.extractor import extract_document
from extract.rules.deadlines import find_times
from extract.rules.sentences import sentences
from extract.rules.targets import drafts_in_sentence
from tests.corpus import doc_path, extra_path, read_cached

REFERENCE = date(2024, 3, 1)


def found(text: str) -> list[tuple[float, str | None, str]]:
    times = find_times(text, reference=REFERENCE)
    return [(float(d.quantity.value), d.unit, d.comparator) for s in sentences(text)
            for d in drafts_in_sentence(text, s, times, REFERENCE)]


@pytest.mark.parametrize(("text", "amount"), [
    ("全区湿垃圾分类量日均高于400吨。", (400, "吨/日", ">=")),
    ("城镇新增就业人数年均超过5万人。", (50000, "人/年", ">=")),
    ("公共自行车租用量月均达到8万人次。", (80000, "人次/月", ">=")),
    ("餐厨垃圾处理量日均为120吨以上。", (120, "吨/日", ">=")),
    ("年均煤炭产量保持在9亿吨以上。", (900000000, "吨", ">=")),
    ("地区生产总值年均增长6%。", (6, "%", "=")),
], ids=["日均高于", "年均超过", "月均达到", "日均为", "a-nouns-modifier-stays", "a-growth-rate-stays-%"])
def test_a_period_averaged_over_before_the_bound_goes_into_the_unit(text, amount):
    assert amount in found(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("确保学生每天户外活动2小时以上。", (2, "小时/日", ">=")),
    ("幼儿园每天安排20-30分钟集体游戏。", (20, "分钟/日", "range")),
    ("学生每周参加体育锻炼不少于3小时。", (3, "小时/周", ">=")),
    ("中学生每天累计使用电子产品不宜超过1小时。", (1, "小时/日", "<=")),
    ("读写连续用眼时间不宜超过30分钟。", (30, "分钟", "<=")),
], ids=["每天-hours", "每天-range-of-minutes", "每周-hours", "不宜超过-per-day", "不宜超过-once"])
def test_a_duration_its_period_holds_is_a_standard_kept_each_period(text, amount):
    assert amount in found(text)


@pytest.mark.parametrize("text", [
    "各单位须于每月15日前报送进展情况。",
    "每年补贴2万元、补贴期限最长3年。",
], ids=["a-day-of-each-month-is-a-date", "a-term-after-a-yearly-sum"])
def test_no_duration_per_period_where_the_period_holds_none(text):
    assert not [a for a in found(text) if a[1] and a[1].startswith(("日/", "年/"))]


@pytest.mark.parametrize(("text", "amount"), [
    ("人均预期寿命提高到81岁以上。", (81, "岁", ">=")),
    ("完成道路护栏修复120千米。", (120, "千米", "=")),
    ("新建普通高中12所以上。", (12, "所", ">=")),
], ids=["岁以上-closing-the-clause", "千米-is-a-unit", "所以上-closing-the-clause"])
def test_units_read_whole(text, amount):
    assert amount in found(text)


@pytest.mark.parametrize("text", ["为65岁以上老人免费体检。", "全市60岁以上老年人口占比达到20%。"],
                         ids=["an-age-bracket", "an-age-bracket-before-a-share"])
def test_an_age_bracket_before_a_noun_is_no_amount(text):
    assert not [a for a in found(text) if a[1] == "岁"]


def _targets(path, evidence: str) -> list[tuple[float, str | None]]:
    result = extract_document(read_cached(path), use_model=False)
    return [(float(t.value), t.unit) for t in result.targets if evidence in t.evidence]


@pytest.mark.parametrize(("folder", "name", "evidence", "amount"), [
    ("corpus", "j-005.txt", "湿垃圾分类量日均高于407吨", (407, "吨/日")),
    ("corpus", "g-012.txt", "城镇新增就业人数年均超过46万人", (460000, "人/年")),
    ("corpus", "r-004.txt", "确保假期学生每天2小时以上户外体育活动", (2, "小时/日")),
    ("corpus", "r-004.txt", "读写连续用眼时间不宜超过40分钟", (40, "分钟")),
    ("corpus", "j-010.txt", "人均预期寿命提高到80岁以上", (80, "岁")),
    ("corpus", "k-002.txt", "人均预期寿命提升到80岁以上", (80, "岁")),
    ("corpus", "k-015.txt", "完成防撞栏修复240千米", (240, "千米")),
], ids=["j-005-日均", "g-012-年均", "r-004-每天", "r-004-不宜超过", "j-010-岁以上", "k-002-岁以上", "k-015-千米"])
def test_real_per_period_amounts_of_the_development_batches(folder, name, evidence, amount):
    assert amount in _targets(extra_path(folder, name), evidence)


@pytest.mark.parametrize(("name", "evidence", "amount"), [
    ("gwr2026-003.txt", "推动中小学生每天综合体育活动时间不低于2小时", (2, "小时/日")),
    ("gwr2026-003.txt", "人均预期寿命提高到80岁以上", (80, "岁")),
], ids=["gwr2026-003-每天", "gwr2026-003-岁以上"])
def test_real_per_period_amounts_of_the_shared_corpus(name, evidence, amount):
    assert amount in _targets(doc_path(name), evidence)
