"""Numbered tables flattened with their header one cell a line and their rows run on with spaces."""
from decimal import Decimal

import pytest

from extract.extractor import extract_document
from extract.lines import text_lines
from extract.read import document_from_bytes
from extract.tables.flattened import flattened_tables
from extract.tables.run_on_rows import run_on_rows
from tests.corpus import extra_path, read_cached

# invented: each row's number and name at the end of the line before, the amount, a contact and a leader at
# the end of the content's line, then the unit lines, the units' people and their duties
INVENTED = """附件
序号
项目名称
项目内容
投资额(亿元)
企业联系人
牵头领导
责任单位
单位负责人
负责事项
一、产业项目 1 甲乙科技园项目
某公司拟建设科技园,建筑面积3万平方米。 12 王某 13900000000 张三
牵头单位:
区发展改革局
配合单位:
区环保局区规划局
李四
赵五
区发展改革局负责对接。 2 丙丁物流中心
建设物流中心。 0.5 刘某13800000000 张三
区商务局
钱六
区商务局负责对接。
二、服务项目 3 戊己数据中心
建设数据中心。 3 陈某 13700000000 张三
区工信局
孙七
区工信局负责对接。
"""


def rows_of(text: str):
    (table,) = flattened_tables(text, [])
    return table.rows


def cells(row) -> dict[str, str]:
    return {role: cell.text for role, cell in row.cells.items()}


def test_rows_open_at_their_numbers_inside_lines():
    rows = rows_of(INVENTED)
    assert [cells(r)["task"] for r in rows] == ["甲乙科技园项目", "丙丁物流中心", "戊己数据中心"]
    assert [cells(r)["content"] for r in rows] == ["某公司拟建设科技园,建筑面积3万平方米。", "建设物流中心。", "建设数据中心。"]


def test_the_amount_is_the_bare_number_after_the_content():
    rows = rows_of(INVENTED)
    assert [[(m.header, c.text) for m, c in r.values] for r in rows] == [
        [("投资额(亿元)", "12")], [("投资额(亿元)", "0.5")], [("投资额(亿元)", "3")]]


def test_labelled_units_lead_and_support_and_units_written_together_are_split():
    first = cells(rows_of(INVENTED)[0])
    assert (first["lead"], first["support"]) == ("区发展改革局", "区环保局、区规划局")
    assert cells(rows_of(INVENTED)[1])["owner"] == "区商务局"


def test_words_before_a_number_that_open_with_an_ordinal_group_the_rows_after():
    assert [cells(r)["group"] for r in rows_of(INVENTED)] == ["一、产业项目", "一、产业项目", "二、服务项目"]


def test_amounts_and_content_targets_are_owned_by_the_rows_units_and_people_read_nothing():
    result = extract_document(document_from_bytes(INVENTED.encode("utf-8"), name="plan.txt", suffix=".txt"))
    money = sorted((t.value, t.unit, t.owners) for t in result.targets if t.unit == "元")
    assert money == [(Decimal("50000000"), "元", ("区商务局",)), (Decimal("300000000"), "元", ("区工信局",)),
                     (Decimal("1200000000"), "元", ("区发展改革局", "区环保局", "区规划局"))]
    (area,) = [t for t in result.targets if t.unit == "平方米"]
    assert (area.value, area.owners) == (Decimal("30000"), ("区发展改革局", "区环保局", "区规划局"))
    assert {t.unit for t in result.targets} == {"元", "平方米"}  # no 张 of 张三, no phone number


def test_rows_with_their_numbers_on_lines_of_their_own_are_no_run_on_table():
    text = "序号\n项目名称\n项目内容\n投资额(亿元)\n责任单位\n1\n甲项目\n建设甲。\n2\n区商务局\n2\n乙项目\n建设乙。\n3\n区工信局\n"
    lines = list(text_lines(text))
    assert run_on_rows(text, lines, 0, 5) is None


@pytest.fixture(scope="module")
def projects():
    return extract_document(read_cached(extra_path("corpus", "p-004.txt")))


def test_a_crawled_project_table_gives_each_project_its_investment(projects):
    invested = [t for t in projects.targets if t.method == "table" and t.indicator == "投资额"]
    assert len(invested) == 74  # 75 projects, one without an amount
    assert all(t.unit == "元" and t.owners for t in invested if "中电建" not in t.evidence)


def test_a_crawled_project_table_gives_a_task_per_project_owned_by_its_units(projects):
    (park,) = [t for t in projects.tasks if t.title == "武汉东湖高新共建平潭两岸高新技术产业园"]
    assert park.lead_owners == ("岚城片区开发管理局",)
    assert park.support_owners == ("区环境与国土资源局", "区规划局", "区土地开发集团公司")
    assert not any(t.unit == "张" for t in projects.targets)  # 100 张福荣 139…: a contact, no amount
