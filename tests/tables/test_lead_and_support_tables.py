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


SCHEDULE = """<html><head><meta charset='utf-8'></head><body>
<p>某縣社會住宅興辦計畫</p><p>發布日期:112年5月1日</p><p>捌、實施進度及經費</p>
<table>
<tr><td>計畫項目</td><td>主管機關</td><td>預定完成期限</td><td>經費(萬元)</td></tr>
<tr><td>興建社會住宅<br/>120戶</td><td>縣政府城鄉發展處</td><td>114年12月</td><td>36000</td></tr>
<tr><td>辦理包租代管<br/>媒合</td><td>縣政府社會處</td><td>113年6月</td><td>1500</td></tr>
</table>
<p>玖、關鍵績效指標</p>
<table>
<tr><td>關鍵績效指標</td><td>衡量標準</td><td>方向</td></tr>
<tr><td>社會住宅入住率</td><td>入住戶數除以完工戶數</td><td>(+)</td></tr>
<tr><td>租屋糾紛件數</td><td>年度受理件數</td><td>(-)</td></tr>
</table></body></html>"""


def test_a_schedule_names_the_competent_authority_and_its_funds_are_no_target():
    document = document_from_bytes(SCHEDULE.encode("utf-8"), name="schedule.html", suffix=".html")
    result = extract_document(document, use_model=False)
    tasks = [(re.sub(r"\s", "", t.title), t.owners, t.deadline) for t in result.tasks if t.method == "table"]
    assert tasks == [("兴建社会住宅120户", ("县政府城乡发展处",), "2025-12-31"),
                     ("办理包租代管媒合", ("县政府社会处",), "2024-06-30")]
    # 120户 is the row's commitment; the 經費 column is a budget, and the KPI table states no numbers
    assert [(t.value, t.unit, t.owners) for t in result.targets] == [(120, "户", ("县政府城乡发展处",))]
