"""Division-of-labour tables of Taiwan plans, written for the test in traditional script: a 主(協)辦機關
column naming the lead with its supports in brackets, a merged 策略 group cell written once per group,
and the same table flattened one cell a line and with its cells side by side on one line a row. Each
row is a task of its lead and support units, due at the end of its ROC 執行期程."""
import re

import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.tables.row_owners import _lead_cell

OPENING = ["某市韌性城市計畫", "發布日期:113年3月1日", "伍、分工及期程", "表2 分工表"]
CLOSING = "陸、預期效益"
GROUPED = ["策略", "具體措施", "主(協)辦機關", "執行期程",
           "強化防災", "建置淹水感測網", "水利局(資訊局、各區公所)", "113-115年",
           "辦理社區防災演練", "消防局(民政局)", "113年至116年",
           "推動綠能", "公有屋頂設置太陽光電", "經發局", "114年12月"]
EXPECTED = [("建置淹水感测网", ("水利局", "资讯局", "各区公所"), ("水利局",), ("资讯局", "各区公所"), "2026-12-31"),
            ("办理社区防灾演练", ("消防局", "民政局"), ("消防局",), ("民政局",), "2027-12-31"),
            ("公有屋顶设置太阳光电", ("经发局",), ("经发局",), (), "2025-12-31")]


def _tasks(text: str, suffix: str):
    document = document_from_bytes(text.encode("utf-8"), name=f"plan{suffix}", suffix=suffix)
    return [(re.sub(r"\s", "", t.title), t.owners, t.lead_owners, t.support_owners, t.deadline)
            for t in extract_document(document, use_model=False).tasks if t.method == "table"]


def _html() -> str:
    rows = []
    header, body = GROUPED[:4], GROUPED[4:]
    cells = [body[0:4], ["強化防災", *body[4:7]], body[7:11]]
    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in header) + "</tr>")
    for row in cells:
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    paragraphs = "".join(f"<p>{line}</p>" for line in OPENING)
    return (f"<html><head><meta charset='utf-8'></head><body>{paragraphs}<table>{''.join(rows)}</table>"
            f"<p>{CLOSING}</p></body></html>")


def test_the_html_table_gives_lead_support_and_roc_deadline():
    assert _tasks(_html(), ".html") == EXPECTED


def test_flattened_one_cell_a_line_with_a_merged_group_cell_gives_the_same_tasks():
    assert _tasks("\n".join([*OPENING, *GROUPED, CLOSING]) + "\n", ".txt") == EXPECTED


def test_cells_side_by_side_one_row_a_line_give_the_same_tasks():
    lines = ["工作項目 主辦機關 協辦機關 執行期程",
             "建置淹水感測網 水利局 資訊局、各區公所 113-115年",
             "辦理社區防災演練 消防局 民政局 113年至116年",
             "公有屋頂設置太陽光電 經發局 環保局 114年12月"]
    tasks = _tasks("\n".join([*OPENING, *lines, CLOSING]) + "\n", ".txt")
    assert tasks[:2] == EXPECTED[:2]
    assert tasks[2] == ("公有屋顶设置太阳光电", ("经发局", "环保局"), ("经发局",), ("环保局",), "2025-12-31")


@pytest.mark.parametrize("cell, lead, support", [
    ("水利局(资讯局、各区公所)", ("水利局",), ("资讯局", "各区公所")),
    ("中央选举委员会、(行政院资通安全处)", ("中央选举委员会",), ("行政院资通安全处",)),
    ("属地街道(市对区考核)", ("属地街道",), ()),
    ("区城管局", ("区城管局",), ())])
def test_a_lead_cell_names_its_supports_in_brackets(cell, lead, support):
    assert _lead_cell(cell) == (lead, support)
