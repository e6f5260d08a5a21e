"""Task tables whose rows were saved as one run of text, the owner cells glued after each row's last sentence."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.tables.unit_cells import cell_units

# invented, in the shape of a crawled 任务分解表: the header on one line, each row an item with its unit cells
# after its last sentence (the lead cell, then the support cell), or on a line of their own when the lead cell
# was empty; a group heading over the rows
TABLE = """附件
重点工作任务分解表工作任务工作要求牵头单位配合单位
一、优化办事流程
1.梳理高频事项清单,压缩办理环节。区行政审批局区数据管理局各乡镇人民政府,各街道办事处
2.推行告知承诺制度,减少证明材料。
区直各有关单位,各乡镇人民政府
二、加强宣传引导
3.编印政策问答手册,发放到企业。区融媒体中心区直各有关单位
"""

# the same rows without a header naming an owner column: the lists after the sentences stay the sentences'
PROSE = TABLE.replace("重点工作任务分解表工作任务工作要求牵头单位配合单位", "工作安排如下")


def tasks_of(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    result = extract_document(document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt"))
    return {t.title: (t.owners, t.lead_owners) for t in result.tasks}


def test_a_rows_trailing_units_are_its_owner_cell_and_the_first_leads():
    tasks = tasks_of(TABLE)
    assert tasks["梳理高频事项清单,压缩办理环节"] == (
        ("区行政审批局", "区数据管理局", "各乡镇人民政府", "各街道办事处"), ("区行政审批局",))
    assert tasks["编印政策问答手册,发放到企业"] == (("区融媒体中心", "区直各有关单位"), ("区融媒体中心",))


def test_units_on_a_line_of_their_own_are_the_support_cell_of_a_row_without_a_lead():
    assert tasks_of(TABLE)["推行告知承诺制度,减少证明材料"] == (("区直各有关单位", "各乡镇人民政府"), ())


def test_the_group_heading_over_the_rows_owns_nothing():
    tasks = tasks_of(TABLE)
    assert tasks.get("优化办事流程", ((), ()))[0] == ()
    assert tasks.get("加强宣传引导", ((), ()))[0] == ()


def test_without_an_owner_column_the_trailing_units_are_no_cell():
    tasks = tasks_of(PROSE)
    assert tasks.get("推行告知承诺制度,减少证明材料", ((), ()))[0] == ()
    assert all("各街道办事处" not in owners for owners, _ in tasks.values())


def test_units_run_together_are_cut_where_the_next_opens_on_a_level_but_not_inside_a_level_pair():
    assert cell_units("区行政审批局区数据管理局") == ["区行政审批局", "区数据管理局"]
    assert cell_units("各乡镇人民政府") == ["各乡镇人民政府"]
