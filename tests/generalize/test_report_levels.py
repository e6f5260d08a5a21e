"""Levels a work report states without a commitment verb: a gap to the nation in 百分点 (a result), a
share stated bare (民间投资占比34%) in a report but not in a plan's account of its situation; and the
units reports count in (颗, 枚, medals by metal, 番, 条(段), 克/千克, 亩次). The sentences are written
for the tests."""
from __future__ import annotations

from functools import cache

from extract import extract_document
from extract.read import document_from_bytes

from ..corpus import doc_path, pool_path, read_cached

REPORT = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,全省农业增加值增幅高于全国0.5个百分点,民营投资占比36%,研发人员增幅高于全国平均水平2.1个百分点。
某卫星星座增至120颗,代表团贡献7金、4银、2铜,全运会上共获得30枚金牌。
营业收入翻一番、利润翻两番,修复河道20条(段),耕地有机质达到25克/千克,实施深松作业1.2亿亩次。
二、今年工作安排
今年主要预期目标是:地区生产总值增长5%左右,其中数字经济增加值占比12%左右,增速高于全国1个百分点。
"""

PLAN = """某区垃圾分类工作方案
一、现状
目前本区各类生活垃圾混同度较高,其中可回收物占比近25%,分拣压力较大。
二、主要任务
到2031年,可回收物回收率达到40%。
"""


@cache
def _targets(text: str) -> dict[str, tuple]:
    document = document_from_bytes(text.encode(), name="report.txt", suffix=".txt")
    return {(t.evidence, t.value): t for t in extract_document(document, use_model=False).targets}


def _find(text: str, evidence_part: str, value: float):
    found = [t for (evidence, v), t in _targets(text).items() if evidence_part in evidence and float(v) == value]
    assert found, f"no target {value} in «{evidence_part}»"
    return found[0]


def test_a_gap_to_the_nation_is_an_achieved_result_in_points():
    gap = _find(REPORT, "高于全国0.5个百分点", 0.5)
    assert (gap.unit, gap.comparator, gap.status) == ("百分点", "=", "achieved")
    assert _find(REPORT, "高于全国平均水平2.1个百分点", 2.1).unit == "百分点"


def test_a_gap_set_as_a_goal_is_planned():
    goal = _find(REPORT, "增速高于全国1个百分点", 1)
    assert (goal.unit, goal.status) == ("百分点", "planned")


def test_a_bare_share_is_a_level_in_a_report():
    assert _find(REPORT, "民营投资占比36%", 36).status == "achieved"
    share = _find(REPORT, "数字经济增加值占比12%左右", 12)
    assert (share.unit, share.comparator, share.status) == ("%", "~", "planned")


def test_a_bare_share_in_a_plans_account_of_its_situation_is_no_target():
    values = {float(v) for _, v in _targets(PLAN)}
    assert 25 not in values
    assert 40 in values


def test_units_reports_count_in():
    units = {(float(v), t.unit) for (_, v), t in _targets(REPORT).items()}
    assert {(120, "颗"), (7, "枚"), (4, "枚"), (2, "枚"), (30, "枚"), (1, "番"), (2, "番"), (20, "条(段)"),
            (25, "克/千克"), (120_000_000, "亩次")} <= units


def test_real_reports_gap_and_services_counted_per_mu_and_time():
    capital = extract_document(read_cached(pool_path("pool-001.txt")), use_model=False).targets
    assert any(t.unit == "百分点" and t.value == 0.4 and t.status == "achieved" and "高于全国" in t.evidence
               for t in capital)
    plan = extract_document(read_cached(doc_path("gwr2026-010.txt")), use_model=False).targets
    assert any(t.unit == "亩次" and t.value == 600_000 and t.comparator == ">=" for t in plan)


NAMES = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,市属国有企业由48户整合至9户,将6个平台管理的14支引导基金整合为创新、产业2支基金。
某湿地成为全国首批8个国际湿地城市之一,地区生产总值跨越2个千亿元台阶、达到9800亿元,残疾人两项补贴标准提高。
粮食产量迈上800亿斤新台阶,工业增加值跨上3万亿元台阶。
二、今年工作安排
推动某某化工80万吨丙烯等项目释放产能,抓好某粮油年产50万吨大豆等项目建设,布局建设600万千瓦新型储能项目。
实现年产3万吨锂盐和1万吨碳酸锂项目投产,推进平原地区20万亩整区域建设高标准农田项目。
"""


def test_a_merger_keeps_only_the_count_it_ends_with():
    values = {(float(v), t.unit) for (_, v), t in _targets(NAMES).items()}
    assert (9, "户") in values and (2, "支") in values
    assert not {(48, "户"), (6, "个"), (14, "支")} & values


def test_a_group_joined_a_scale_label_and_a_named_pair_of_subsidies_are_no_targets():
    values = {(float(v), t.unit) for (_, v), t in _targets(NAMES).items()}
    assert not {(8, "个"), (1e11, "元"), (2, "项")} & values
    total = _find(NAMES, "达到9800亿元", 9.8e11)
    assert total.comparator == ">="


def test_a_level_reached_is_labelled_by_what_reached_it():
    grain = _find(NAMES, "迈上800亿斤新台阶", 8e10)
    assert (grain.unit, grain.comparator, grain.indicator) == ("斤", ">=", "粮食产量")
    assert _find(NAMES, "跨上3万亿元台阶", 3e12).indicator == "工业增加值"


def test_a_capacity_in_a_project_name_is_no_target_a_capacity_built_is():
    values = {(float(v), t.unit) for (_, v), t in _targets(NAMES).items()}
    assert not {(800_000, "吨"), (500_000, "吨/年")} & values
    assert {(6_000_000, "千瓦"), (30_000, "吨/年"), (10_000, "吨/年"), (200_000, "亩")} <= values


def test_real_reports_merger_named_subsidies_and_groups_joined():
    southwest = extract_document(read_cached(doc_path("gwr2026-002.txt")), use_model=False).targets
    assert not [t for t in southwest if t.value == 71 and t.unit == "所"]
    assert any(t.value == 47 and t.unit == "所" for t in southwest)
    sichuan = extract_document(read_cached(doc_path("gwr2026-006.txt")), use_model=False).targets
    assert not [t for t in sichuan if "省份之一" in t.evidence]
    assert any(t.value == 10 ** 12 and t.comparator == ">=" and "迈上万亿元台阶" in t.evidence for t in sichuan)


def test_results_without_a_listed_verb_and_a_target_surpassed_in_a_review():
    review = """2030年某省人民政府工作报告
一、过去五年工作回顾
这五年,生态环境持续改善。
河流断面水质优良比例优于国家考核目标9.5个百分点。
新晋“两院”院士4位。
15项民生实事全面完成。
运动员在全国运动会上贡献8金、3银。
"""
    surpassed = _find(review, "优于国家考核目标9.5个百分点", 9.5)
    assert (surpassed.unit, surpassed.status) == ("百分点", "achieved")
    assert _find(review, "院士4位", 4).unit == "位"
    assert _find(review, "15项民生实事全面完成", 15).status == "achieved"
    assert {float(t.value) for (e, _), t in _targets(review).items() if t.unit == "枚"} == {8, 3}


def test_a_date_paragraphs_down_a_reports_item_dates_its_clause_the_year_heading_the_item():
    report = """2030年某省人民政府工作报告
——2030年1月20日在某省第九届人民代表大会第三次会议上
一、2029年工作回顾
一年来,全省经济运行稳中向好。
二、2030年工作安排
(一)壮大实体经济,建设现代化产业体系。坚持智能化、绿色化方向,优化提升传统产业。
某汽车产业加快转型,支持某智能装备公司上半年新品上市,新能源汽车产量增长10%左右。
(二)加强民生保障。省人力资源社会保障厅要在6月底前出台就业扶持政策。
"""
    document = document_from_bytes(report.encode(), name="report.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert str(tasks["壮大实体经济,建设现代化产业体系"].deadline) == "2030-12-31"
    assert str(tasks["加强民生保障"].deadline) == "2030-06-30"  # the item's own first paragraph


def test_kinds_computing_power_racks_degrees_and_the_size_of_each_thing_counted():
    report = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,重点行业32种产品能耗达到先进值,智算规模达到9万P,建成标准机架2万架,供暖温度由16℃提高到19℃。
公交线路分为三种,建成4座20万千瓦光伏电站。
"""
    units = {(float(v), t.unit) for (_, v), t in _targets(report).items()}
    assert {(32, "种"), (90_000, "P"), (20_000, "架"), (19, "℃"), (4, "座")} <= units
    assert not {(3, "种"), (200_000, "千瓦"), (16, "℃")} & units


def test_a_multiple_is_labelled_by_what_grows():
    report = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,营业收入较2020年末翻一番、利润翻两番,科技型企业数5年翻一番,对外贸易也达到2010年的1.8倍。
"""
    labels = {(float(v), t.unit, t.indicator) for (_, v), t in _targets(report).items()}
    assert {(1, "番", "营业收入"), (2, "番", "利润"), (1, "番", "科技型企业数"), (1.8, "倍", "对外贸易")} <= labels


def test_figures_a_report_states_bare_are_results_a_plans_are_not():
    review = """2030年某省人民政府工作报告
一、过去五年工作回顾
综合实力稳步提升。地区生产总值5.1万亿元,财政总收入6200亿元。
国家级智能工厂12家,专精特新“小巨人”320家。中央财政赤字1.2万亿元。
"""
    found = {(float(v), t.unit, t.status) for (_, v), t in _targets(review).items()}
    assert {(5.1e12, "元", "achieved"), (6.2e11, "元", "achieved"), (12, "家", "achieved"),
            (320, "家", "achieved")} <= found
    assert 1.2e12 not in {value for value, _, _ in found}  # a deficit is a budget figure
    plan = """某区养老服务设施建设方案
一、现状
全区现有养老机构18家,床位2600张。
二、主要任务
到2031年,新建社区养老服务站12个。
"""
    assert {float(v) for _, v in _targets(plan)} == {12}


def test_a_real_provincial_review_states_its_figures_bare():
    henan = extract_document(read_cached(pool_path("pool-005.txt")), use_model=False).targets
    assert any(t.value == 6_660_000_000_000 and t.unit == "元" and t.status == "achieved" for t in henan)
    assert any(t.value == 450 and t.unit == "家" and t.status == "achieved" for t in henan)


def test_key_items_counted_in_digits_are_targets_hardware_is_no_medal():
    plan = """2030年某省人民政府工作报告
二、今年工作安排
推进18个重点区域环境整治,聚焦五个重点片区,以家电、五金电料等消费品为重点扩大消费。
"""
    found = {(float(v), t.unit) for (_, v), t in _targets(plan).items()}
    assert (18, "个") in found
    assert not {(5, "个"), (5, "枚")} & found


def test_each_bare_figure_of_a_list_in_a_review_is_a_result():
    review = """2030年某省人民政府工作报告
一、过去一年工作回顾
创新主体加快壮大,制造业单项冠军20家,国家高新技术企业1.5万家、科技型中小企业3万家。
"""
    found = {(float(v), t.unit, t.status) for (_, v), t in _targets(review).items()}
    assert {(20, "家", "achieved"), (15_000, "家", "achieved"), (30_000, "家", "achieved")} <= found


def test_a_real_review_lists_bare_figures():
    henan = extract_document(read_cached(pool_path("pool-005.txt")), use_model=False).targets
    assert any(t.value == 12_800 and t.unit == "家" and t.status == "achieved" for t in henan)  # 1.28万家、…
    qinghai = extract_document(read_cached(doc_path("gwr2026-008.txt")), use_model=False).targets
    assert any(t.value == 1_193_000 and t.unit == "吨" and "超额完成任务" in t.evidence for t in qinghai)


def test_a_count_before_a_result_predicate_is_a_result():
    review = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,某文化中心建成运营,300个城市书房投入使用,25个“一件事”落地落实。
某基地等3个单位荣获全国节水奖,沿江绿道86公里全线贯通。
"""
    found = {(float(v), t.unit, t.status) for (_, v), t in _targets(review).items()}
    assert {(300, "个", "achieved"), (25, "个", "achieved"), (3, "个", "achieved"),
            (86, "公里", "achieved")} <= found


def test_real_counts_before_a_result_predicate():
    henan = extract_document(read_cached(pool_path("pool-005.txt")), use_model=False).targets
    assert any(t.value == 1194 and t.unit == "公里" and "全线贯通" in t.evidence for t in henan)
    ningxia = extract_document(read_cached(doc_path("gwr2026-005.txt")), use_model=False).targets
    assert any(t.value == 4 and t.unit == "个" and "荣获" in t.evidence for t in ningxia)
