"""What an amount counts when the words around it are a list, a share or a commitment (afmiss17), and two amounts
read only with the words after their unit: the label of an amount followed by 和/及/与 and the next item is its
own words, not the next item's (治理面积0.5万亩和安全河道建设1公里); a trailing 目标/目标任务/目标要求 says the
amount is a commitment, not what it measures (产量1.9万吨目标); a label listing examples before 等 names the kind
after it (重点实验室、数据共享中心等创新平台 → 创新平台); a share with no verb before it, 的 and the things it counts
after it, measures those things (全国96%的事项实现…); a measure word the segmenter reads apart from the word after
it counts (5家|具备…的企业, 3个|案件入选…; not 千家万户, 3人户); a size right before 直径 or 口径 and a noun names
what is built (3.8米直径运载火箭). The invented sentences are written for the test; the real ones are read from
the readable documents."""
from __future__ import annotations

from functools import cache

import pytest

import extract
from extract import extract_document
from extract.rules.indicators import indicator
from extract.rules.quantities import find_quantities
from extract.rules.sentences import Span
from tests.rules.test_targets import drafts

from ..corpus import doc_path, extra_path, pool_path, read_cached


def _labels(text: str) -> list[tuple[float, str | None, str]]:
    return [(float(d.quantity.value), d.unit, d.indicator) for d in drafts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年完成荒山造林面积2万亩和森林抚育建设3公里。", (20_000, "亩", "荒山造林面积")),
    ("年内新建停车泊位500个及充电桩建设80个。", (500, "个", "停车泊位")),
], ids=["area-and-length", "berths-and-chargers"])
def test_an_amount_before_a_conjunction_and_the_next_item_keeps_its_own_label(text, expected):
    assert expected in _labels(text)


def test_the_first_of_two_counted_kinds_is_not_labelled_by_the_second():
    first = [label for value, _, label in _labels("累计认定科技小巨人企业40家和专精特新企业12家。") if value == 40]
    assert len(first) == 1 and "科技小巨人企业" in first[0] and "专精特新" not in first[0]


def test_an_amount_followed_by_a_word_that_only_starts_with_a_conjunction_character_keeps_that_word():
    assert (5_000_000, "元", "补助资金及时拨付") not in _labels("下达补助资金500万元及时拨付到位。")


@pytest.mark.parametrize(("text", "expected"), [
    ("完成全年油菜种植面积2万亩、产量3000吨目标。", (3000, "吨", "产量")),
    ("确保生猪出栏量8万头目标任务。", (80_000, "头", "生猪出栏量")),
    ("实现人均公园绿地面积12平方米的目标要求。", (12, "平方米", "人均公园绿地面积")),
], ids=["output-target", "target-task", "target-requirement"])
def test_a_trailing_target_word_is_no_label(text, expected):
    assert expected in _labels(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("新增工程研究中心、企业技术中心等研发平台8个。", (8, "个", "研发平台")),
    ("举办读书会、音乐节等文化活动120场。", (120, "场", "文化活动")),
], ids=["platforms", "events"])
def test_examples_before_deng_give_way_to_the_kind_after_it(text, expected):
    assert expected in _labels(text)


def test_deng_followed_by_a_word_naming_no_kind_keeps_the_examples():
    labels = [label for _, _, label in _labels("支持5个示范基地开展种质保存等工作。")]
    assert labels and labels[0] != "工作" and "种质保存" in labels[0]


def test_deng_followed_only_by_what_is_done_keeps_the_whole_label():
    labels = _labels("推动东湖公园、南山公园和12个口袋公园等建成开放。")
    assert labels and labels[0][2] != "建成开放"


@pytest.mark.parametrize(("text", "expected"), [
    ("全省85%的政务服务事项实现网上办理。", (85, "%", "政务服务事项实现网上办理")),
    ("中心城区60%的区域达到雨水排放标准。", (60, "%", "区域达到雨水排放标准")),
], ids=["services", "areas"])
def test_a_share_of_things_is_labelled_by_the_things_it_counts(text, expected):
    assert expected in _labels(text)


def test_a_rate_before_a_share_stays_the_label():
    text = "森林覆盖率65%的水平"
    quantity = find_quantities(text)[0]
    assert indicator(text, Span(0, len(text)), quantity, None, previous=None, previous_clause=None) == "森林覆盖率"


@pytest.mark.parametrize(("text", "expected"), [
    ("培育8家具备独立上市条件的骨干企业。", (8, "家")),
    ("遴选6家具有示范带动作用的龙头企业。", (6, "家")),
    ("今年12个案例入选全省优秀案例。", (12, "个")),
], ids=["possess", "have", "cases"])
def test_a_measure_word_before_a_word_of_its_own_counts(text, expected):
    assert expected in [(v, u) for v, u, _ in _labels(text)]


@pytest.mark.parametrize("text", [
    "让公共文化服务惠及千家万户。",  # an idiom: numerals in words
    "面向3人户及以上的家庭配租。",  # 户 alone after 人: no amount of people
    "新增采购5家具用于办公。",  # 家具: furniture
], ids=["idiom", "household-size", "furniture"])
def test_a_measure_word_that_makes_a_word_with_what_follows_counts_nothing(text):
    assert [(v, u) for v, u, _ in _labels(text) if u in ("家", "人")] == []


@pytest.mark.parametrize("text", [
    "推进4.2米直径新型运载火箭研制。",
    "建成65米口径全向射电望远镜。",
], ids=["rocket", "telescope"])
def test_a_size_before_diameter_and_a_noun_names_what_is_built(text):
    assert [u for _, u, _ in _labels(text) if u == "米"] == []


def test_a_diameter_reached_is_still_read():
    assert (12, "米", "盾构机开挖直径") in _labels("盾构机开挖直径达到12米。")


@cache
def _targets(path) -> tuple[extract.Target, ...]:
    return extract_document(read_cached(path), use_model=False).targets


def _find(path, value: float, evidence: str) -> list[extract.Target]:
    return [t for t in _targets(path) if float(t.value) == value and evidence in t.evidence]


def test_a_fisheries_summary_labels_soil_erosion_area_and_grain_output_by_their_own_words():
    path = extra_path("corpus", "af-006.txt")
    assert [t.indicator for t in _find(path, 5000, "安全河道建设1公里")] == ["水土流失治理面积"]
    assert [t.indicator for t in _find(path, 19_000, "目标任务")] == ["总产量"]


def test_a_district_report_labels_outputs_stated_as_targets():
    path = extra_path("corpus", "u-005.txt")
    assert {t.indicator for t in _find(path, 9940, "9940吨目标")} == {"肉类产量"}


def test_a_taiwan_plan_labels_the_first_of_two_vehicle_counts_by_its_own_kind():
    assert {t.indicator for t in _find(doc_path("twgov-002.txt"), 41, "警用汽车41辆")} == {"各式警用汽车"}


def test_a_space_industry_plan_counts_firms_that_qualify_and_no_rocket_diameter():
    path = extra_path("corpus", "af-009.md")
    assert [t.indicator for t in _find(path, 5, "具备科创板上市条件")] == ["具备科创板上市条件的硬核企业"]
    assert [t.indicator for t in _find(path, 5, "数据共享中心等创新平台")] == ["创新平台"]
    assert _find(path, 3.8, "直径") == []


def test_a_national_report_labels_a_share_of_tax_matters_by_the_matters():
    path = extra_path("corpus", "af-010.md")
    assert [t.indicator for t in _find(path, 96.68, "办税缴费事项")] == ["办税缴费事项实现“非接触式”办理"]


def test_a_market_regulation_summary_counts_cases_chosen_as_models():
    assert [t.status for t in _find(extra_path("corpus", "u-002.txt"), 3, "3个案件入选")] == ["achieved"]


def test_a_regional_report_reads_no_telescope_aperture_as_a_target():
    assert _find(pool_path("pool-009.txt"), 110, "口径") == []
