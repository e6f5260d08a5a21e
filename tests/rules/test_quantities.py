from decimal import Decimal

import pytest

from extract.normalize.numerals import plain_number
from extract.rules.quantities import find_quantities


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("道路机扫率达到93%", 93, None, "%"),
    ("惠及1.5万户", 15000, None, "户"),
    ("投资近700万元", 7000000, None, "元"),
    ("总投资3.5亿元", 350000000, None, "元"),
    ("新增精品社区3-5个", 3, 5, "个"),
    ("推荐1—2个示范片区", 1, 2, "个"),
    ("创(25)个省达标小区", 25, None, "个"),
    ("培训一百二十名骨干", 120, None, "名"),
    ("新建十二座公厕", 12, None, "座"),
    ("增长百分之三十六点九", 36.9, None, "%"),
    ("稳定在百万吨以上", 1000000, None, "吨"),
    ("投入1,500万元", 15000000, None, "元"),
    ("提升至900吨/日", 900, None, "吨/日"),
    ("危房改造补助1.2万元/户", 12000, None, "元/户"),
    ("累计完成投资1600多亿元", 160000000000, None, "元"),
    ("压减至5个工作日以内", 5, None, "工作日"),
    ("缩短至半个月", 0.5, None, "月"),
    ("清理23000余平方米", 23000, None, "平方米"),
    ("帮扶困难群众16万6511人", 166511, None, "人"),
    ("累计投入2亿6000万元", 260000000, None, "元"),
    ("服务群众18 万 119 人次", 180119, None, "人次"),
    ("参观人数达 21 万 3,408 人", 213408, None, "人"),
    ("景区接待收入超万亿元", 10 ** 12, None, "元"),
    ("货运班列突破万列", 10000, None, "列"),
    ("增速保持在4.5%-5%", 4.5, 5, "%"),
    ("年度增长目标6%—6.5%", 6, 6.5, "%"),
    ("死亡率控制在0.5人/百亿元以下", 0.5, None, "人/百亿元"),
    ("覆盖七成以上村庄", 7, None, "成"),
    ("细颗粒物浓度降至28微克/立方米", 28, None, "微克/立方米"),
    ("超算中心算力提升到3.5万PF", 35000, None, "PF"),
    ("智算规模达到1.2万P", 12000, None, "P"),
], ids=lambda v: v if isinstance(v, str) and len(v) > 3 else None)
def test_numbers_units_and_multipliers(text, value, value_max, unit):
    (quantity,) = [q for q in find_quantities(text) if q.unit == unit]
    assert float(quantity.value) == value
    assert (float(quantity.value_max) if quantity.value_max is not None else None) == value_max


@pytest.mark.parametrize("text, value, unit", [
    ("完成护栏修复120千米", 120, "千米"),  # a kilometre is a unit of its own, not a thousand metres
    ("新建绿道8千米以上", 8, "千米"),
    ("年产电缆线12万千米", 120_000, "千米"),
    ("改造路面3千平方米", 3000, "平方米"),  # 千 before another unit still multiplies
    ("修复护坡5百米", 500, "米"),
])
def test_a_unit_opening_with_a_multiplier_is_read_whole(text, value, unit):
    (quantity,) = find_quantities(text)
    assert (float(quantity.value), quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", ["实施633人才工程", "加强家庭教育", "开通地铁2号线", "(七)多元包容",
                                  "惠及千家万户", "万人空巷迎新春", "全面建成小康社会", "为3岁以下婴幼儿提供托育"])
def test_no_quantity_where_the_unit_is_part_of_a_word(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["在手机地图或百度上查询", "走访千户人家", "打造百亩花海景观"])
def test_a_lone_hundred_or_thousand_is_no_amount_without_a_verb_or_comparator(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, value, unit", [("新增百家托育机构", 100, "家"), ("带动千余家商户入驻", 1000, "家"),
                                               ("年产能达到百万吨", 1000000, "吨")])
def test_a_lone_hundred_or_thousand_after_a_verb_or_with_more_is_an_amount(text, value, unit):
    (quantity,) = find_quantities(text)
    assert (int(quantity.value), quantity.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("登记人口共三亿一千二百零五万四千六百人", 312_054_600),
    ("社员一亿三千二百万余人", 132_000_000),
    ("在校学生十七万四千余人", 174_000),
    ("每年增产一万五千亿元", 1_500_000_000_000),
    ("损失十八亿六千多万元", 1_860_000_000),
    ("新建两万零四百户", 20_400),
])
def test_chinese_numerals_with_wan_or_yi_inside_are_read_whole(text, value):
    (quantity,) = find_quantities(text)
    assert int(quantity.value) == value


def test_a_list_gives_each_amount():
    amounts = [(int(q.value), q.unit) for q in find_quantities("完成40个小区、18个单位、9个行政村的设施建设")]
    assert amounts == [(40, "个"), (18, "个"), (9, "个")]


def test_a_range_with_its_unit_on_both_ends_is_one_quantity():
    (quantity,) = find_quantities("物价涨幅控制在2%-3%")
    assert (float(quantity.value), float(quantity.value_max), quantity.unit) == (2, 3, "%")


def test_two_amounts_joined_by_a_dash_but_falling_stay_apart():
    assert [float(q.value) for q in find_quantities("由12%-8%不等")] == [12, 8]


@pytest.mark.parametrize("digits", ["9" * 16, "12345678901234567890", "9" * 5000, "1" * 3000 + ".5"],
                         ids=["16 digits", "20 digits", "5000 digits", "3000 digits and a fraction"])
def test_numbers_longer_than_an_amount_are_no_quantity(digits):
    assert find_quantities(f"完成投资{digits}亿元") == []


def test_the_longest_amount_is_still_read():
    (quantity,) = find_quantities("完成投资999999999999999元")
    assert quantity.value == 999999999999999 and quantity.unit == "元"


def test_an_amount_beyond_64_bits_becomes_a_float():
    assert plain_number(Decimal("999999999999999") * Decimal(10) ** 12) == 9.99999999999999e26
    assert plain_number(Decimal(2 ** 63 - 1)) == 2 ** 63 - 1


@pytest.mark.parametrize("text", ["投资规模超万亿元", "完成3个", "达到百分之九十", "建成二十座"])
def test_a_text_with_a_quantity_may_hold_quantities(text):
    from extract.rules.numeral_scan import may_hold_quantities

    assert find_quantities(text) and may_hold_quantities(text)


def test_a_text_without_a_numeral_holds_no_quantity():
    from extract.rules.numeral_scan import may_hold_quantities

    assert not may_hold_quantities("加强组织领导,落实工作责任") and not find_quantities("加强组织领导,落实工作责任")


def test_spans_asked_in_order_hold_a_numeral_where_may_hold_quantities_says():
    from extract.rules.numeral_scan import NumeralScan, may_hold_quantities

    text = "加强组织领导,新建公园3个,落实责任"
    spans = [(0, 6), (7, text.index("个") + 1), (text.index("个"), len(text)), (0, len(text))]
    numerals = NumeralScan(text, 0, len(text))
    assert numerals.numeral == text.index("3")  # the first numeral of the text, searched once
    assert [numerals.holds(a, b) for a, b in spans] == [may_hold_quantities(text, a, b) for a, b in spans]
    assert [numerals.holds(a, b) for a, b in spans] == [False, True, False, True]


@pytest.mark.parametrize("text, value, unit", [
    ("年内更新环卫车辆360辆(台)。", 360, "辆(台)"),
    ("筹集人才公寓2800套（间）。", 2800, "套(间)"),
    ("整治河道47条(段)。", 47, "条(段)"),
    ("建设5个(含2个示范点)。", 5, "个"),  # a note in brackets, no second measure word
])
def test_a_measure_word_written_with_another_in_brackets_is_kept_as_written(text, value, unit):
    """RECORDS.md: the unit as written; 360辆(台) counts vehicles or machines, one number."""
    first = find_quantities(text)[0]
    assert (int(first.value), first.unit) == (value, unit)
