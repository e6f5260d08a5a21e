"""Goal paragraphs: a section whose introduction opens with a period (“十五五”时期,… / 到2027年,…) dates the
items it announces, unless an item names its own limit. A plan written for the test, and the district
renewal plan of the pool whose key areas are announced so."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import pool_path, read_cached

PLAN = """某区社区更新三年行动方案
一、总体要求
坚持规划引领,统筹推进社区更新。
二、重点片区
到2027年,聚焦三个重点片区,分类推进更新改造。
(一)滨河片区更新
完善滨河步道,提升沿线公共空间品质。
(二)老街片区更新
修缮历史街巷,2026年底前完成主街立面整治。
(三)站前片区更新
优化站前交通组织,补齐便民服务设施。
三、保障措施
加强统筹协调,形成工作合力。
"""


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t.deadline for t in extract_document(document, use_model=False).tasks}


def test_a_period_opening_a_sections_introduction_dates_its_items():
    tasks = _tasks(PLAN)
    assert tasks["滨河片区更新"] == tasks["站前片区更新"] == "2027-12-31"
    assert tasks["老街片区更新"] == "2026-12-31"  # its own limit
    assert tasks["保障措施"] is None  # a section after them


def test_an_introduction_without_an_opening_period_dates_nothing():
    tasks = _tasks(PLAN.replace("到2027年,聚焦", "聚焦"))
    assert tasks["滨河片区更新"] is None


def test_the_key_areas_of_a_five_year_renewal_plan():
    tasks = extract_document(read_cached(pool_path("pool-010.txt")), use_model=False).tasks
    areas = {t.title: t.deadline for t in tasks if t.title.endswith("更新") and len(t.path) == 2}
    assert len(areas) == 5
    assert set(areas.values()) == {"2030-12-31"}
