"""Numbers that are no targets although a verb seems to govern them (RECORDS.md sections 3 and 5): a
number inside a place's or a programme's name (a park named after its trees, a walking-time
neighbourhood, a campaign named after a level), a slogan of amounts in words in quotation marks, the
size class of things counted (…亩以上林地4个: the 4 is the target), the round threshold the things
counted pass (6个产业规模超千亿元: the 6 is), and the sum a treasury bears. The sentences are written
for the test; the real outputs are of readable ../shared documents."""
from __future__ import annotations

from functools import cache

import pytest

import extract
from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "推进七棵松湿地公园改造。",  # 棵 cannot count 公园: the number is the park's name
    "启用三棵杨文化中心。",
    "以10分钟邻里生活圈为单元布局设施。",  # a walking time naming a neighbourhood
    "构建半小时通勤交通圈。",
    "持续实施0.5微克净空行动。",  # a campaign named after a level
])
def test_a_number_in_a_name_is_no_target(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("年内建成4个邻里生活圈。", [(4, "个")]),  # 个 counts the neighbourhoods: what is built
    ("新建3座湿地公园。", [(3, "座")]),
    ("建成20公里以上滨河公园步道。", [(20, "公里")]),  # a bound: the length to build, the park names the path
    ("2027年60%中心卫生院达到二级医院标准。", [(60, "%")]),  # a share is never part of a name
    ("建成5分钟步行生活圈12个。", [(12, "个")]),
    ("建成年处理8万吨餐厨垃圾处置中心。", [(80000, "吨/年")]),  # a capacity: the size of what is built
])
def test_what_a_measure_counts_or_bounds_stays_a_target(text, expected):
    assert _found(text) == expected


def test_a_slogan_of_amounts_in_words_in_quotation_marks_is_no_target():
    assert _found("全力打造“百个口袋绿地、千个街角花园、万个屋顶菜园”,建设宜居城区。") == []
    assert _found("年内新建口袋绿地120个。") == [(120, "个")]  # the body restating it with a unit is


def test_the_size_class_of_things_counted_is_no_target_the_count_is():
    assert _found("建成800亩以上休闲林地4个,200亩以上休闲林地6个。") == [(4, "个"), (6, "个")]
    assert _found("新增造林面积800亩以上。") == [(800, "亩")]  # the area itself, nothing counted after it


def test_the_round_threshold_things_counted_pass_is_no_target_the_count_is():
    assert _found("6个产业集群规模超千亿元。") == [(6, "个")]
    assert _found("37家规上企业营业收入突破百亿元。") == [(37, "家")]
    assert _found("全区生产总值突破千亿元。") == [(100_000_000_000, "元")]  # nothing counted: the level


def test_the_sum_a_treasury_bears_is_an_allocation():
    assert _found("改造所需资金由街道财政承担260万元。") == []
    assert _found("完成投资260万元。") == [(2_600_000, "元")]


@cache
def _targets(path) -> tuple[extract.Target, ...]:
    return extract_document(read_cached(path), use_model=False).targets


def test_real_reports_keep_the_counts_and_drop_names_and_thresholds():
    beijing = _targets(pool_path("pool-001.txt"))
    assert not [t for t in beijing if t.unit == "微克"]  # the campaign's name
    hebei = _targets(pool_path("pool-003.txt"))
    assert not [t for t in hebei if t.value == 10_000_000_000 and "营业收入" in t.evidence]
    assert [(t.value, t.unit) for t in hebei if "营业收入超百亿元" in t.evidence] == [(191, "家")]


def test_a_road_section_in_a_place_name_is_no_target():
    assert not [t for t in _targets(doc_path("twgov-003.txt")) if t.unit == "段" and "五段大湖公园" in t.evidence]


@pytest.mark.parametrize("text", [
    "2003年本省共发生4级以上地震21次,明显高于多年平均9次的水平。",  # events nobody does, and the level they pass
    "上年全国共发生较大事故16起。",
    "为近十年年均7次的2.5倍。",  # two statistics set against each other
])
def test_counts_of_events_and_the_levels_they_are_compared_with_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("应在事件发生后3小时内上报。", [(3, "小时")]),  # a time limit after the event is the reply's
    ("特困人员救助标准按低保标准的1.4倍确定。", [(1.4, "倍")]),  # a multiple of a standard
    ("粮食总产量达900万吨,是2012年的1.9倍。", [(9_000_000, "吨"), (1.9, "倍")]),  # of a year's level
    ("全年组织应急演练16次。", [(16, "次")]),
])
def test_limits_standards_and_results_stay_targets(text, expected):
    assert _found(text) == expected


def test_the_count_of_the_plans_own_items_is_no_target():
    assert _found("围绕街区焕新,梳理包括老旧小区、滨河空间、商圈更新等方面共18项任务。") == []
    assert _found("全年共完成18项任务。") == [(18, "项")]  # items done are a result


@pytest.mark.parametrize("text", [
    "在4个市级重点片区、9条景观道路以及两个新城建设中加大乡土树种应用。",  # where the work is done
    "在不同街区之间(含铁路分隔的两个片区之间),推进慢行系统贯通。",
])
def test_the_places_a_frame_of_place_counts_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("在全区新建口袋公园8个。", [(8, "个")]),  # the count follows the verb
    ("在2026年完成4个以上老旧小区改造。", [(4, "个")]),
    ("在5个街道开展垃圾分类试点。", [(5, "个")]),  # no closing word: the places of the pilot are its size
    ("在3个工作日内完成审核。", [(3, "工作日")]),  # a time limit, no place
])
def test_what_follows_the_verb_or_no_frame_stays_a_target(text, expected):
    assert _found(text) == expected


def test_a_count_summing_up_a_list_of_names_with_verbs_inside_is_no_target():
    assert _found("医药产业重点抓好原料生产、制剂配套、冷链配送服务三条主线。") == []
    assert _found("公路、水路货运量双双超过千万吨。") == [(10_000_000, "吨")]  # a comparator: the level reached
    assert _found("力争东岭、西岭两个贫困村出列。") == [(2, "个")]  # the listed villages, done


def test_a_size_bound_in_brackets_after_a_count_qualifies_the_things_counted():
    assert _found("新建樱花特色园12座(单园面积800平米以上)。") == [(12, "座")]
    assert _found("新建厂房面积3万平米以上。") == [(30_000, "平米")]  # the area itself
