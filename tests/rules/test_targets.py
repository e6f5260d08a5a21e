"""Target rules on sentences written for the test."""
from datetime import date

import pytest

from extract.rules.deadlines import find_times
from extract.rules.sentences import sentences
from extract.rules.targets import drafts_in_sentence

DOCUMENT_DATE = date(2024, 3, 1)


def drafts(text: str):
    found = []
    for sentence in sentences(text):
        times = [t.shifted(sentence.start) for t in find_times(sentence.text(text), reference=DOCUMENT_DATE)]
        found += drafts_in_sentence(text, sentence, times, DOCUMENT_DATE)
    return found


@pytest.mark.parametrize("text, value, unit, comparator, indicator", [
    ("河道保洁覆盖率达到98%。", 98, "%", ">=", "河道保洁覆盖率"),
    ("全年新建口袋公园12座。", 12, "座", "=", "口袋公园"),
    ("清理占道经营摊点30处以上。", 30, "处", ">=", "占道经营摊点"),
    ("单位能耗控制在0.5吨标准煤以内。", 0.5, "吨标准煤", "<=", "单位能耗"),
    ("投资约800万元建设智慧平台。", 8000000, "元", "~", "智慧平台"),
    ("每季度开展联合检查不少于2次。", 2, "次/季度", ">=", "联合检查"),
    ("新增养老床位3-5张。", 3, "张", "range", "养老床位"),
    ("每月开展一次消防安全联合巡查。", 1, "次/月", "=", "消防安全联合巡查"),
    ("储能电站规模超2GWh。", 2, "GWh", ">=", "储能电站规模"),
    ("户籍人口城镇化率达到68%。", 68, "%", ">=", "户籍人口城镇化率"),
    ("建成12个220千伏变电工程。", 12, "个", "=", "220千伏变电工程"),
    ("全年接待游客1200万人次。", 12000000, "人次", "=", "游客"),
    ("新开工城市主干道36公里。", 36, "公里", "=", "城市主干道"),
    ("风电装机规模2400万千瓦。", 24000000, "千瓦", "=", "风电装机规模"),
    ("新建标准厂房总面积3.2万平方米。", 32000, "平方米", "=", "标准厂房总面积"),
    ("学业水平考试科目不超过3科。", 3, "科", "<=", "学业水平考试科目"),
    ("村道路面宽度不得小于3.5米。", 3.5, "米", ">=", "村道路面宽度"),
    ("会车点每公里不得少于2处。", 2, "处", ">=", "会车点"),  # the base goes into the indicator
    ("常住人口城镇化率达71.5%。", 71.5, "%", ">=", "常住人口城镇化率"),
    ("可再生能源发电占比超40%。", 40, "%", ">=", "可再生能源发电占比"),
    ("省级专精特新企业增至860家。", 860, "家", "=", "省级专精特新企业"),
])
def test_targets_read_from_sentences(text, value, unit, comparator, indicator):
    (draft,) = drafts(text)
    assert float(draft.quantity.value) == value
    assert (draft.unit, draft.comparator) == (unit, comparator)
    assert draft.indicator and (indicator in draft.indicator or draft.indicator in indicator)


def test_relative_targets_keep_their_baseline():
    (draft,) = drafts("垃圾回收利用率较2022年提高6个百分点。")
    assert (draft.change, draft.baseline_year, draft.unit) == ("increase", 2022, "百分点")


def test_a_list_gives_one_target_per_amount():
    assert [int(d.quantity.value) for d in drafts("完成40个小区、18个单位、9个行政村的分类设施建设。")] == [40, 18, 9]


@pytest.mark.parametrize("text, indicators", [
    ("一产、二产、三产投资分别增长4%、6%、8%。", ["一产投资", "二产投资", "三产投资"]),
    ("确保稻谷、小麦产量分别稳定在120万吨和80万吨。", ["稻谷产量", "小麦产量"]),
    ("城区、郊区绿化覆盖率分别达到45%、38%。", ["城区绿化覆盖率", "郊区绿化覆盖率"]),
])
def test_respective_amounts_measure_their_own_item(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


def test_the_old_level_of_a_change_is_no_target():
    assert [(float(d.quantity.value), d.comparator) for d in drafts("停车收费标准由每小时8元下调至每小时6元。")] == [
        (6, "=")]


def test_a_level_reached_from_an_old_one_is_no_change():
    (draft,) = drafts("人均可支配收入从3.2万元增至4.1万元。")
    assert (float(draft.quantity.value), draft.change) == (41000, None)


def test_reported_results_are_achieved():
    (draft,) = drafts("今年以来共计查处违法建设15处。")
    assert draft.status == "achieved"


def test_commitments_are_planned():
    (draft,) = drafts("我区计划年内建成充电桩200个。")
    assert draft.status == "planned"


@pytest.mark.parametrize("text", [
    "推进清河新村1-84幢改造。",
    "做好地铁2号线沿线整治。",
    "根据《某市人民政府办公室关于印发方案的通知》(某政办发〔2024〕8号)要求。",
    "围绕道路、社区、公园等7个场景开展创建。",
    "从以下4个方面推进工作。",
    "深入实施633人才工程。",
    "开展“五个一”创建活动。",
    "全区现有常住人口52万人。",
    "沿204国道开展整治。",
    "2024年3月1日召开推进会。",
    "每年组织一次性集中清理。",
    "平台支持二次开发。",
    "重点实施三大工程。",
    "全区总面积1200平方公里。",
    "考核结果列全市前3名。",
    "发现1处问题未整改扣2分。",
    "落实\"两个到位\"要求。",
    "建设300万吨级煤制油示范项目。",
    "认真贯彻《关于支持企业发展的20条措施》。",
    "全区拥有18条风貌保护道路、25条风貌保护街巷以及9个风貌保护街坊。",  # stock: the verbs are the nouns'
    "全区现有12条景观改造道路、7个生态修复公园。",
    "全区拥有衡复、江湾等3处风貌区。",  # a place name jieba reads a verb in (复) commits to nothing
    "目前全镇有优秀历史建筑120处，不可移动文物300处。",  # 不可移动: an adjective, no verb
])
def test_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value, unit, comparator", [
    ("社区医生每季度至少主动随访1次签约老人。", 1, "次/季度", ">="),  # an adverb and a verb between
    ("每家单位最多推荐3人。", 3, "人", "<="),
])
def test_a_bound_a_short_phrase_before_its_number(text, value, unit, comparator):
    (draft,) = drafts(text)
    assert (draft.quantity.value, draft.unit, draft.comparator) == (value, unit, comparator)


def test_a_time_limit_counted_from_the_plans_issue_is_no_target():
    assert drafts("各街道于本方案印发后2个月内制定工作细则。") == []


def test_an_aside_in_brackets_states_its_own_amount():
    whole, part = drafts("推动区内养老机构预留20%的床位(其中护理床位不低于40%)给社区转介老人。")
    assert (whole.quantity.value, whole.comparator) == (20, "=")
    assert (part.quantity.value, part.comparator, part.indicator) == (40, ">=", "护理床位")
    text = "推动区内养老机构预留20%的床位(其中护理床位不低于40%)给社区转介老人。"
    assert text[part.clause.start:part.clause.end] == "其中护理床位不低于40%"


def test_a_breakdown_in_brackets_is_no_aside():
    text = "完成安置房800套(其中:东湖街道300套、西山镇500套)。"
    assert all(d.clause.start == 0 for d in drafts(text))


def test_a_bound_word_inside_a_standards_name_bounds_nothing():
    (draft,) = drafts("农村低保最低标准提高15%。")
    assert (draft.quantity.value, draft.comparator) == (15, "=")


def test_a_list_of_amounts_after_a_commitment_verb_stays_targets():
    found = drafts("新建18条林荫道、25条特色街巷以及9个街心花园。")
    assert [(d.quantity.value, d.unit) for d in found] == [(18, "条"), (25, "条"), (9, "个")]


def test_a_return_period_is_a_standard_in_years():
    (plain,) = drafts("堤防防洪标准达到五十年一遇。")
    (ranged,) = drafts("到2030年，中心城区排水能力达到3-5年一遇。")
    assert (plain.quantity.value, plain.unit, plain.comparator) == (50, "年一遇", ">=")
    assert (ranged.quantity.value, ranged.quantity.value_max, ranged.unit, ranged.comparator) == (3, 5, "年一遇", "range")
    (either,) = drafts("沿河堤防防洪标准提高到三十年或一百年一遇。")  # the first period written as years
    assert (either.quantity.value, either.quantity.value_max, either.unit) == (30, 100, "年一遇")


def test_a_total_takes_the_status_of_the_latest_word_that_tells():
    (done,) = drafts("年度改造计划:2021年以来,东片区、西片区共计12.5公顷已完成改造。")  # 以来 after 计划
    (planned,) = drafts("以往成效显著,下一步计划到2026年累计建成口袋公园共计30座。")
    assert (done.status, planned.status) == ("achieved", "planned")
