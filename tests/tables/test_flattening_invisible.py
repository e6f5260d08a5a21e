"""A table flattened into the text (one cell a line, or one row a line with its cells apart by spaces)
gives the records its grid gives (issue 9; benchmarks/flattened_tables.py measures it over every table)."""
import pytest

import extract
from devkit.flatten import flatten, flattened_document, records_in
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.tables.row_numbers import row_numbers
from tests.corpus import doc_path, extra_path


def tasks_of(text: str, suffix: str = ".txt"):
    document = document_from_bytes(text.encode("utf-8"), name=f"invented{suffix}", suffix=suffix)
    result = extract_document(document)
    return [t for t in result.tasks if t.method == "table"], [t for t in result.targets if t.method == "table"]


def test_row_numbers_count_up_and_other_numbers_are_cells():
    lines = ["1", "某甲项目", "150", "在建", "2", "某乙项目", "35", "3", "某丙项目", "30"]
    assert row_numbers(lines) == [True, False, False, False, True, False, False, True, False, False]


def test_row_numbers_may_restart_repeat_or_skip_rows_left_out():
    assert row_numbers(["1", "甲", "2", "乙", "1", "丙"]) == [True, False, True, False, True, False]
    assert row_numbers(["3", "甲", "3", "乙", "4"]) == [True, False, True, False, True]
    assert row_numbers(["13", "甲", "20", "乙", "21"]) == [True, False, True, False, True]
    assert row_numbers(["1", "甲", "2", "乙", "35"]) == [True, False, True, False, False]  # the last row's amount


# invented: an amount and a type column between the project's name and its owner, a leader and a contact
# person around the owner column, a group row between the rows
PROJECTS = """附件 重点项目表
序号
项目名称
投资总额(亿元)
类别
主要建设内容和规模
牵头领导
责任单位
责任人
一、东片区(2个)
1
某某新材料产业园项目
120
在建
建设厂房和研发中心,年产新材料5万吨。
张某(东片区管委会副主任)
东片区管委会
王某
2
某某智能装备基地项目
35
新开工
建设智能装备生产线10条。
李某(某县副县长)
某县人民政府
赵某
"""


def test_amount_cells_are_no_row_numbers_and_each_cell_is_its_columns():
    tasks, targets = tasks_of(PROJECTS)
    assert [(t.title, t.owners) for t in tasks] == [("某某新材料产业园项目", ("东片区管委会",)),
                                                    ("某某智能装备基地项目", ("某县人民政府",))]
    amounts = sorted((t.indicator, int(t.value), t.unit, t.owners) for t in targets if t.indicator == "投资总额")
    assert amounts == [("投资总额", 3500000000, "元", ("某县人民政府",)),
                       ("投资总额", 12000000000, "元", ("东片区管委会",))]


# invented: a header cell wrapped in its cell (责任 单位), rows side by side, a group row between them
SPACED = """附件 改革事项表
序号 改革事项 主要内容 责任 单位 推广范围
一、营商环境方面(共2项)
1 企业开办全程网上办理 推行电子营业执照,压缩开办时间至1个工作日。 区市场监管局 全区
2 工程建设项目联合审批 实行多图联审,统一受理出件。 区住建局、区规划资源局 全区
二、社会治理方面(共1项)
3 网格化综合治理 整合各类网格,统一事件流转。 区政法委 全区
"""


def test_spaced_rows_read_through_a_wrapped_header_label_and_group_rows():
    tasks, _ = tasks_of(SPACED)
    assert [(t.title, t.owners) for t in tasks] == [("企业开办全程网上办理", ("区市场监管局",)),
                                                    ("工程建设项目联合审批", ("区住建局", "区规划资源局")),
                                                    ("网格化综合治理", ("区政法委",))]


# invented: a numbered task table with content, a name longer than twenty characters on rows 1 and 3
LONG_NAMES = """附件
序号
改革举措
主要内容
指导部门
1
以信用承诺为核心的涉企经营许可告知承诺制改革
对部分经营许可事项实行告知承诺,企业承诺即可办理。
区市场监管局
2
数据共享
打通部门数据壁垒,实现一次采集多方共用。
区大数据中心
3
基于多部门协同的工程建设项目全流程在线审批机制
依托平台实现审批全流程在线,限时办结。
区住建局、区政务服务办
"""


def test_long_names_before_the_content_name_their_row():
    tasks, _ = tasks_of(LONG_NAMES)
    assert [(t.title, t.owners) for t in tasks] == [
        ("以信用承诺为核心的涉企经营许可告知承诺制改革", ("区市场监管局",)),
        ("数据共享", ("区大数据中心",)),
        ("基于多部门协同的工程建设项目全流程在线审批机制", ("区住建局", "区政务服务办"))]


def test_flatten_writes_a_merged_cell_once_and_leaves_empty_cells_out():
    document = document_from_bytes("<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
                                   "<tr><td>1</td><td>甲</td><td rowspan='2'>区住建局</td></tr>"
                                   "<tr><td>2</td><td></td></tr></table>".encode(), name="t.html", suffix=".html")
    (table,) = document.tables
    assert flatten(table, "cells") == "序号\n任务\n责任单位\n1\n甲\n区住建局\n2\n"
    assert flatten(table, "rows") == "序号 任务 责任单位\n1 甲 区住建局\n2\n"


def grid_and_flat(path, variant: str):
    document = extract.read(path)
    (table,) = document.tables
    grid = records_in(extract_document(document), (table.start, table.end))
    flat_document, span = flattened_document(document, table, variant)
    return grid, records_in(extract_document(flat_document), span)


def owned_tasks(records):
    return {(k[1], k[2][0]) for k in records if k[0] == "task" and k[2][0]}


@pytest.mark.parametrize("variant", ["cells", "rows"])
def test_jxgov_006_projects_flattened_give_the_grids_owned_tasks_and_amounts(variant):
    """A province's key-project table: 投资总额(亿元) cells stand alone on their lines like row numbers."""
    grid, flat = grid_and_flat(doc_path("jxgov-006.html"), variant)
    shared = owned_tasks(grid) & owned_tasks(flat)
    assert len(shared) >= 0.9 * len(owned_tasks(grid)) and len(owned_tasks(grid)) > 60
    assert ("华勤通讯南昌制造基地项目", ("南昌高新区管委会",)) in shared
    amounts = [k for k in flat if k[0] == "target" and k[1] == "投资总额"]
    assert ("target", "投资总额", (("南昌高新区管委会",),), None, ("4000000000", "元", "planned")) in amounts


@pytest.mark.parametrize("variant", ["cells", "rows"])
def test_g_003_reform_measures_flattened_give_the_grids_owned_tasks(variant):
    """A national list of reform measures in group rows (一、…方面(共5项)), names up to 30 characters long; a
    group whose rows the published table left out (四、军民深度融合方面) right before the next group row."""
    grid, flat = grid_and_flat(extra_path("corpus", "g-003.html"), variant)
    assert owned_tasks(flat) == owned_tasks(grid) and len(owned_tasks(grid)) == 17
    assert any(title.endswith("跨市(区)审理") and owners == ("最高人民法院", "国家知识产权局")
               for title, owners in owned_tasks(flat))  # a name of 32 characters


@pytest.mark.parametrize("variant", ["cells", "rows"])
def test_jxgov_006_group_rows_flattened_are_the_tables_not_headings(variant):
    """一、南昌市(8个) over the projects of a city is a group row of the table, as in its grid: no outline item
    of its own, so no task that the grid does not give."""
    grid, flat = grid_and_flat(doc_path("jxgov-006.html"), variant)
    titles = {k[1] for k in flat if k[0] == "task"}
    assert not titles & {"南昌市(8个)", "九江市(7个)", "景德镇市(3个)"}
    assert ("华勤通讯南昌制造基地项目", ("南昌高新区管委会",)) in owned_tasks(flat)


# invented: rows side by side under group rows, one group whose rows the published table left out
LEFT_OUT = """附件 改革事项表
序号 改革事项 主要内容 责任 单位 推广范围
一、营商环境方面(共1项)
1 企业开办全程网上办理 推行电子营业执照,压缩开办时间至1个工作日。 区市场监管局 全区
二、社会治理方面(共2项)
三、公共服务方面(共2项)
4 网格化综合治理 整合各类网格,统一事件流转。 区政法委 全区
5 政务服务一网通办 推行线上办理,压缩办理时限。 区政务服务办 全区
"""


def test_spaced_rows_go_on_after_group_rows_whose_rows_were_left_out():
    tasks, _ = tasks_of(LEFT_OUT)
    assert [(t.title, t.owners) for t in tasks] == [("企业开办全程网上办理", ("区市场监管局",)),
                                                    ("网格化综合治理", ("区政法委",)),
                                                    ("政务服务一网通办", ("区政务服务办",))]
