"""Division-of-labour tables as PDFs of Taiwan's plans write them (工作項目 | 主辦機關 | 協辦機關 |
預定完成期限), on a plan written for the test: as HTML, with names wrapped by <br/>, and flattened one
PDF line per line, a task name wrapped over two lines and a lead the word lists do not know (研考會).
Each row is a task of its lead and support units, due at the end of its ROC-dated month."""
import re

from extract.extractor import extract_document
from extract.read import document_from_bytes

HEADER = ("工作項目", "主辦機關", "協辦機關", "預定完成期限")
ROWS = [
    (("建置開放資料", "平台"), "資訊局", "研考會、各區公所", "114年12月"),
    (("辦理公民參與工作坊",), "研考會", "民政局", "113年12月"),
    (("完善政府網站無障礙", "設計"), "資訊局", "各區公所", "114年6月"),
]
OPENING = ["某市開放政府行動方案", "發布日期:113年3月1日", "一、實施進度及經費", "表1 分工及實施進度表"]
CLOSING = ["二、關鍵績效指標"]
EXPECTED = [
    ("建置开放资料平台", ("资讯局", "研考会", "各区公所"), ("资讯局",), ("研考会", "各区公所"), "2025-12-31"),
    ("办理公民参与工作坊", ("研考会", "民政局"), ("研考会",), ("民政局",), "2024-12-31"),
    ("完善政府网站无障碍设计", ("资讯局", "各区公所"), ("资讯局",), ("各区公所",), "2025-06-30"),
]


def _flattened() -> str:
    cells = [*HEADER]
    for name, lead, support, due in ROWS:
        cells += [*name, lead, support, due]
    return "\n".join([*OPENING, *cells, *CLOSING]) + "\n"


def _html() -> str:
    rows = ["<tr>" + "".join(f"<td>{c}</td>" for c in HEADER) + "</tr>"]
    rows += ["<tr>" + "".join(f"<td>{c}</td>" for c in ("<br/>".join(name), lead, support, due)) + "</tr>"
             for name, lead, support, due in ROWS]
    paragraphs = "".join(f"<p>{line}</p>" for line in OPENING)
    return (f"<html><head><meta charset='utf-8'></head><body>{paragraphs}<table>{''.join(rows)}</table>"
            f"<p>{CLOSING[0]}</p></body></html>")


def _tasks(text: str, suffix: str):
    document = document_from_bytes(text.encode("utf-8"), name=f"plan{suffix}", suffix=suffix)
    return [(re.sub(r"\s", "", t.title), t.owners, t.lead_owners, t.support_owners, t.deadline)
            for t in extract_document(document, use_model=False).tasks if t.method == "table"]


def test_flattened_rows_keep_their_lead_support_and_roc_deadline():
    assert _tasks(_flattened(), ".txt") == EXPECTED


def test_the_html_table_with_wrapped_names_gives_the_same_tasks():
    assert _tasks(_html(), ".html") == EXPECTED
