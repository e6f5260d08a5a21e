"""A section heading naming a plan period or an end year dates the items beneath it (RECORDS.md 5: the heading of
an enclosing section that names a time limit; a plan period resolves to its last day): the main-task part of a five-
or multi-year plan (三、“十四五”时期主要任务, 第三章 2021-2025年重点任务, 二、到2025年重点工作, (二)“十五五”期间)
and the period part of a work report (二、“十五五”时期主要目标任务). Kept apart: a heading naming a period as the
topic of a review (一、“十三五”时期发展成就: achieved, no limit), the document's title (it dates nothing by itself)
and a goals section whose targets name their own year. The plans are written for the test; the real members are
plans and work reports of the shared corpus and of development batches A, E, G and N (skipped without ../extra)."""
from collections import Counter
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, extra_path, pool_path, read_cached

FIVE_YEAR_PLAN = "\n".join([
    "某市水务发展“十四五”规划",
    "发布日期:2021-08-01",
    "一、“十三五”时期发展成就",
    "(一)防洪能力稳步提升。五年来累计新建堤防12公里。",
    "二、总体要求",
    "(一)指导思想。坚持节水优先,统筹推进水务高质量发展。",
    "(二)发展目标。到2023年,新建海绵示范区4个。到2025年,城市供水普及率达到99%。",
    "三、“十四五”时期主要任务",
    "(一)完善防洪排涝体系",
    "1.实施河道综合整治,新建堤防5公里。",
    "2.建设排涝泵站,新增泵站3座。",
    "(二)提升供水保障能力。新建水厂2座,2023年底前完成老旧管网改造60公里。",
    "四、保障措施",
    "加强组织领导。各区要落实属地责任,推动规划实施。",
])

CHAPTER_PLAN = "\n".join([
    "某县生态保护规划",
    "发布日期:2021-06-01",
    "第一章 发展基础",
    "过去五年生态环境持续改善。",
    "第二章 总体要求",
    "坚持生态优先、绿色发展。",
    "第三章 2021-2025年重点任务",
    "第一节 加强湿地保护",
    "修复退化湿地8处。",
    "第二节 推进国土绿化",
    "完成造林1.5万亩。",
    "第四章 保障措施",
    "加强组织领导。",
])

ACTION_PLAN = "\n".join([
    "某区养老服务行动计划",
    "发布日期:2023-03-01",
    "一、总体要求",
    "坚持政府主导、社会参与。",
    "二、到2025年重点工作",
    "(一)扩大服务供给。新建社区养老服务中心6个。",
    "(二)加强队伍建设。培训养老护理员300名。",
    "三、保障措施",
    "加强资金保障。",
])

PERIOD_ITEMS = "\n".join([
    "某市交通发展规划",
    "发布日期:2024-05-01",
    "一、总体要求",
    "坚持统筹推进。",
    "二、主要任务",
    "(一)“十四五”期间",
    "1.新建公交场站4座。",
    "2.更新新能源公交车200辆。",
    "(二)“十五五”期间",
    "1.新建轨道交通线路2条。",
    "2.建成综合客运枢纽3个。",
    "三、保障措施",
    "加强组织领导。",
])


@cache
def _records(plan: str) -> tuple[dict[str, object], dict[tuple[float, str], object]]:
    document = document_from_bytes(plan.encode("utf-8"), name="plan.txt", suffix=".txt")
    result = extract_document(document, use_model=False)
    return ({t.title: t for t in result.tasks}, {(float(t.value), t.unit): t for t in result.targets})


def test_a_period_heading_dates_the_task_and_the_target_beneath_it():
    tasks, targets = _records(FIVE_YEAR_PLAN)
    assert tasks["完善防洪排涝体系"].deadline == "2025-12-31"
    assert tasks["实施河道综合整治,新建堤防5公里"].deadline == "2025-12-31"
    assert targets[(5.0, "公里")].deadline == "2025-12-31" and targets[(3.0, "座")].deadline == "2025-12-31"
    assert targets[(2.0, "座")].deadline == "2025-12-31"


def test_a_clause_naming_its_own_date_keeps_it_under_a_period_heading():
    _, targets = _records(FIVE_YEAR_PLAN)
    assert targets[(60.0, "公里")].deadline == "2023-12-31"


def test_a_period_named_as_the_topic_of_a_review_dates_nothing():
    tasks, targets = _records(FIVE_YEAR_PLAN)
    assert tasks["防洪能力稳步提升"].deadline is None
    assert (targets[(12.0, "公里")].status, targets[(12.0, "公里")].deadline) == ("achieved", None)


def test_the_title_alone_dates_nothing_and_goals_keep_their_own_years():
    tasks, targets = _records(FIVE_YEAR_PLAN)
    assert tasks["指导思想"].deadline is None
    assert targets[(4.0, "个")].deadline == "2023-12-31" and targets[(99.0, "%")].deadline == "2025-12-31"


def test_a_chapter_naming_a_span_of_years_dates_its_sections():
    tasks, targets = _records(CHAPTER_PLAN)
    assert tasks["加强湿地保护"].deadline == "2025-12-31" and tasks["推进国土绿化"].deadline == "2025-12-31"
    assert targets[(8.0, "处")].deadline == "2025-12-31" and targets[(15000.0, "亩")].deadline == "2025-12-31"
    assert tasks["发展基础"].deadline is None


def test_an_end_year_heading_dates_its_items():
    tasks, targets = _records(ACTION_PLAN)
    assert tasks["扩大服务供给"].deadline == "2025-12-31" and tasks["加强队伍建设"].deadline == "2025-12-31"
    assert targets[(6.0, "个")].deadline == "2025-12-31" and targets[(300.0, "名")].deadline == "2025-12-31"


def test_period_sub_headings_date_their_own_items_each():
    tasks, targets = _records(PERIOD_ITEMS)
    assert targets[(4.0, "座")].deadline == "2025-12-31" and targets[(200.0, "辆")].deadline == "2025-12-31"
    assert targets[(2.0, "条")].deadline == "2030-12-31" and targets[(3.0, "个")].deadline == "2030-12-31"
    assert tasks["主要任务"].deadline is None


def _under(document, heading: str) -> tuple[Counter, Counter]:
    """The deadlines of the tasks and of the targets in the section with this heading."""
    (section,) = [s for s in document.outline.walk() if document.text[s.start:s.body_start].strip() == heading]
    result = extract_document(document, use_model=False)
    inside = range(section.start, section.end)
    return (Counter(t.deadline for t in result.tasks if t.start in inside),
            Counter(t.deadline for t in result.targets if t.start in inside and t.status == "planned"))


def test_a_district_five_year_plan_dates_its_main_tasks_by_the_period():
    document = read_cached(extra_path("corpus", "g-013.txt"))
    tasks, targets = _under(document, "四、“十四五”主要任务")
    assert set(tasks) == {"2025-12-31"} and len(tasks) == 1 and tasks["2025-12-31"] >= 15
    assert set(targets) == {"2025-12-31"}
    review, _ = _under(document, "一、“十三五”发展回顾")
    assert set(review) == {None}


def test_work_reports_date_their_period_part_by_the_period():
    for document, heading, end in [
            (read_cached(doc_path("gwrnat-007.txt")), "二、“十三五”时期主要目标任务和重大举措", "2020-12-31"),
            (read_cached(doc_path("gwr2026-005.txt")), "二、“十五五”时期主要任务", "2030-12-31"),
            (read_cached(pool_path("pool-005.txt")), "二、“十五五”时期主要目标任务", "2030-12-31"),
            (read_cached(extra_path("corpus", "e-013.txt")), "三、“十五五”时期主要目标任务", "2030-12-31"),
            (read_cached(extra_path("corpus", "n-001.txt")), "二、“十五五”时期发展的主要考虑", "2030-12-31")]:
        tasks, targets = _under(document, heading)
        assert set(tasks) == {end} and set(targets) == {end}, heading


DATASET_CELL = "\n".join([
    "某省湿地保护指导意见",
    "一、总体要求",
    "(一)主要目标到2023年,湿地保护管理体系和监测评估体系基本建立,重要湿地得到有效保护,新建湿地公园5个,"
    "湿地保护率达到50%。到2025年,湿地生态功能明显增强,湿地保护率达到55%。",
    "(二)基本原则坚持保护优先,统筹推进。",
    "二、重点任务",
    "(一)加强监测。建立湿地监测网络。",
])


def test_a_limit_run_on_from_a_goals_heading_dates_its_clause_and_the_item_has_its_latest():
    tasks, targets = _records(DATASET_CELL)
    assert tasks["主要目标到2023年"].deadline == "2025-12-31"
    assert targets[(5.0, "个")].deadline == "2023-12-31" and targets[(50.0, "%")].deadline == "2023-12-31"
    assert targets[(55.0, "%")].deadline == "2025-12-31"


def test_goals_items_of_dataset_cells_have_their_latest_limit():
    for name, title, end in [("ab-012.txt", "主要目标到2020年", "2030-12-31"), ("ab-013.txt", "主要目标到2023年", "2025-12-31"),
                             ("ab-014.txt", "工作目标到2020年", "2020-12-31")]:
        result = extract_document(read_cached(extra_path("corpus", name)), use_model=False)
        (goals,) = [t for t in result.tasks if t.title == title]
        assert goals.deadline == end, name
