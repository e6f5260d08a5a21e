"""National five-year and special plans: unnumbered run-in headings (an item's heading and its body share a
paragraph) are the items of their section, dates inside a cited plan's title and runs of digits in a table
flattened without separators set no time limit. The plan is written for the test."""
from datetime import date

from extract.extractor import extract_document
from extract.outline import parse_outline
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times
from tests.corpus import doc_path, read_cached

PLAN = """某省生态保护专项规划
一、总体要求
本规划依据国家有关规定编制。规划期为五年,是今后一个时期的行动指南。
二、主要任务
(一)推进污染减排。
各地要统筹推进减排工作,压实属地责任,确保减排任务如期完成,不得层层加码。
优化能源消费结构。提高清洁能源比重,到2027年,清洁能源消费占比达到30%以上。
强化工业源治理。省生态环境厅要组织开展工业炉窑排查,分类实施升级改造,限期淘汰落后设施。
沿江各市要同步推进入河排污口整治,建立排污口台账,实行动态更新管理。
(二)加强生态修复。
实施重要湿地保护工程。开展湿地调查监测和保护成效评估,严格湿地用途管控。
三、保障措施
加强组织领导。各市县政府是本规划实施的责任主体,要把目标任务纳入年度考核。
"""


def _outline():
    return parse_outline(PLAN)


def test_run_in_headings_become_the_items_of_their_section():
    tasks = _outline().children[1]
    reduction, repair = tasks.children
    assert [c.title for c in reduction.children] == ["优化能源消费结构", "强化工业源治理"]
    assert all(c.family == "runin" for c in reduction.children)
    # a paragraph without a heading of its own belongs to the run-in item before it
    industry = reduction.children[1]
    assert PLAN[industry.start:industry.end].rstrip().endswith("实行动态更新管理。")
    # the section's opening paragraph stays its own text
    assert reduction.body_start < reduction.children[0].start
    assert repair.children == ()  # one run-in paragraph alone is not a list of items


def test_the_preamble_and_a_lone_run_in_paragraph_stay_text():
    root = _outline()
    assert [c.title for c in root.children[0].children] == []
    assert [c.title for c in root.children[2].children] == []


def test_run_in_items_are_tasks_with_their_own_owners():
    document = document_from_bytes(PLAN.encode(), name="plan.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert "省生态环境厅" in tasks["强化工业源治理"].owners
    assert "省生态环境厅" not in tasks["优化能源消费结构"].owners


FLATTENED_ROW = "序号指标基期目标变化1某污染物排放总量(万吨)2168.42086.4-4%2某比例(%)60≥655个百分点"


def test_digits_of_a_table_flattened_without_separators_are_no_date():
    assert find_times(FLATTENED_ROW, reference=date(2021, 3, 1)) == []


def test_the_period_of_a_cited_plan_is_no_time_limit():
    (cited,) = find_times("落实《某某湿地保护行动纲要(2021-2035年)》,完成3个示范区", reference=date(2022, 1, 5))
    assert cited.role == "mention"
    (own,) = find_times("到2035年,完成3个示范区", reference=date(2022, 1, 5))
    assert own.role == "limit"


def test_a_national_plan_splits_its_sections_into_run_in_items():
    tasks = extract_document(read_cached(doc_path("hfs-003.txt")), use_model=False).tasks
    titled = {t.title: t for t in tasks}
    assert len([t for t in tasks if len(t.path) == 3]) >= 40
    (services,) = [t for title, t in titled.items() if title.startswith("推进区域") and title.endswith("均等化")]
    assert services.owners == ("中央财政", "地方各级人民政府")
    (regions,) = [t for title, t in titled.items() if title.startswith("实施区域") and "战略" in title]
    assert "东部地区" in regions.owners and "东部地区" not in services.owners


RUN_TOGETHER = """某省“十四五”生态环境保护规划
一、主要目标
到2025年,生态环境质量持续改善。专栏1 主要指标序号指
标2020年2025年2025年比2020年增长1某污染物排放总量(万吨)2168.42086.4-4%2某比例(%)60≥655个百分点重点流域断面达标比例(%)80>855个百分点
注:①指标口径由12项增加到20项。
"""


def _targets(text):
    document = document_from_bytes(text.encode(), name="plan.txt", suffix=".txt")
    return extract_document(document, use_model=False).targets


def test_an_indicator_table_run_together_is_split_where_its_change_agrees():
    found = {(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in _targets(RUN_TOGETHER)
             if t.method == "table"}
    assert found == {
        ("某污染物排放总量", 20864000, "吨", "=", "2025-12-31"),
        ("某污染物排放总量", 4, "%", "=", "2025-12-31"),
        ("某比例", 65, "%", ">=", "2025-12-31"),
        ("某比例", 5, "百分点", "=", "2025-12-31"),
        ("重点流域断面达标比例", 85, "%", ">=", "2025-12-31"),
        ("重点流域断面达标比例", 5, "百分点", "=", "2025-12-31"),
    }
    # the base year's figures are where the plan starts from, not targets
    assert not any(t.value in (2168.4, 21684000, 60, 80) for t in _targets(RUN_TOGETHER))


def test_digits_no_split_explains_are_left_to_the_sentences():
    garbled = RUN_TOGETHER.replace("2168.42086.4-4%", "2168.42086.4-9%")
    assert not any(t.method == "table" and t.indicator == "某污染物排放总量" for t in _targets(garbled))


def test_the_indicator_tables_of_two_national_plans_run_together():
    for name, year, count in (("hfs-003.txt", "2015-12-31", 14), ("hfs-002.txt", "2010-12-31", 10)):
        table = [t for t in extract_document(read_cached(doc_path(name)), use_model=False).targets
                 if t.method == "table" and t.deadline == year]
        assert len(table) == count, name
    (sulphur,) = [t for t in extract_document(read_cached(doc_path("hfs-003.txt")), use_model=False).targets
                  if t.method == "table" and t.indicator == "二氧化硫排放总量" and t.unit == "吨"]
    assert sulphur.value == 20864000


NOTICE = """某部关于印发某省生态保护“十三五”规划的通知
各市人民政府:
现将规划印发给你们,请认真贯彻执行。
某省人民政府
二○一六年十一月二十日 某省生态保护“十三五”规划
一、现状与形势
各地高度重视生态保护工作。“十二五”期间,全省污染治理取得积极进展。化学需氧量排放总量比2010年下降12%,城市污水处理率提高到85%。
二、主要目标
“十三五”期间,化学需氧量排放总量下降10%,城市污水处理率达到95%。
"""


def _notice_result(text=NOTICE):
    return extract_document(document_from_bytes(text.encode(), name="notice.txt", suffix=".txt"), use_model=False)


def test_a_signature_date_run_into_the_plans_title_dates_the_notice():
    assert _notice_result().document.metadata.issued == "2016-11-20"


def test_a_paragraph_opening_with_a_plan_period_already_over_reviews_it():
    status = {(t.value, t.unit): (t.status, t.deadline) for t in _notice_result().targets}
    assert status[(12, "%")] == ("achieved", None)
    assert status[(85, "%")] == ("achieved", None)
    assert status[(10, "%")] == ("planned", "2020-12-31")
    assert status[(95, "%")] == ("planned", "2020-12-31")


def test_the_same_period_ahead_of_the_plan_is_planned():
    earlier = NOTICE.replace("二○一六年十一月二十日", "二○一一年三月二十日").replace("“十二五”期间,全省", "“十二五”期间,全省将")
    status = {(t.value, t.unit): t.status for t in _notice_result(earlier).targets}
    assert status[(12, "%")] == "planned"


def test_a_national_plan_reviews_the_period_before_it():
    result = extract_document(read_cached(doc_path("hfs-003.txt")), use_model=False)
    assert result.document.metadata.issued == "2011-12-15"
    (sulphur_rate,) = [t for t in result.targets if t.value == 82.6]
    assert (sulphur_rate.status, sulphur_rate.deadline) == ("achieved", None)


NOTES = """某市污染防治行动方案
一、主要目标
到2025年,城市污水处理率达到95%,新建污水管网120公里。
注:①监测断面由30个增加到45个,评价因子由9项增加到21项。
②2020年城市污水处理率为88%。
二、重点任务
(一)完善设施。新建污水处理厂3座。
"""


def test_the_notes_under_a_table_explain_it_and_hold_no_targets():
    found = {(t.value, t.unit) for t in _notice_result(NOTES).targets}
    assert {(95, "%"), (120, "公里"), (3, "座")} <= found
    assert not found & {(45, "个"), (21, "项"), (88, "%"), (30, "个"), (9, "项")}


def _values(sentence):
    text = "某市大气污染防治方案\n一、重点任务\n" + sentence + "\n"
    return [(t.value, t.unit) for t in _notice_result(text).targets]


def test_the_capacity_of_the_units_a_rule_covers_is_a_scope_not_a_target():
    assert _values("单机容量20万千瓦以上(含)的燃煤机组要全部完成超低排放改造。") == []
    assert _values("单机容量20万千瓦及以上燃煤机组要全部完成超低排放改造。") == []
    assert _values("建筑面积3万平方米(含)以上的工地要安装扬尘在线监测设施。") == []
    # capacity to build or reach stays a target
    assert _values("到2025年,光伏装机容量达到400万千瓦以上。") == [(4000000, "千瓦")]


TAGGED = """国务院关于印发某某生态保护规划的通知
各省、自治区、直辖市人民政府:
现将规划印发给你们,请认真贯彻执行。
国务院
2016年11月24日
一、加强源头防控
(一)强化环境约束。
开展专项治理。到2017年底,完成落后产能淘汰任务。(甲部牵头,乙委、丙部等参与)
健全许可制度。2020年底前实现许可证全覆盖。(甲部负责)
加强监测网络建设。建成全国监测网络,监测站点达到1500个。(甲部、丁局牵头,戊部、己部等参与)
"""


def test_run_in_items_ending_in_an_owner_tag_are_owned_and_dated_each_by_its_own():
    tasks = {t.title: t for t in _notice_result(TAGGED).tasks}
    first, permits, network = tasks["开展专项治理"], tasks["健全许可制度"], tasks["加强监测网络建设"]
    assert (first.lead_owners, first.support_owners, first.deadline) == (("甲部",), ("乙委", "丙部"), "2017-12-31")
    assert (permits.owners, permits.deadline) == (("甲部",), "2020-12-31")
    assert (network.lead_owners, network.support_owners) == (("甲部", "丁局"), ("戊部", "己部"))
    (stations,) = [t for t in _notice_result(TAGGED).targets if t.value == 1500]
    assert set(stations.owners) == {"甲部", "丁局", "戊部", "己部"}


def test_a_year_end_after_a_conjunction_is_a_time_limit_too():
    times = find_times("分别于2024年年底和2026年年底开展中期评估和总结评估", reference=date(2023, 5, 1))
    assert [(t.deadline.isoformat(), t.role) for t in times] == [("2024-12-31", "limit"), ("2026-12-31", "limit")]
    # a bare year inside a noun phrase still names no limit
    assert find_times("巩固提升2022年示范片区创建成果", reference=date(2023, 5, 1))[0].role == "mention"
