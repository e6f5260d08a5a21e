"""Amounts in a table's content cell (建设内容, 工作目标) are targets with no verb of their own, as in a year
cell; a criteria cell (评分标准) still needs the sentence rules' verb, so a scoring table gives none."""
import pytest

import extract
from tests.corpus import doc_path, read_cached

TITLE = "某区2024年招商签约项目推进表"
COLUMNS = ["序号", "项目名称", "项目内容", "总投资(亿元)", "责任单位"]
ROWS = [["1", "甲乙人寿保险项目", "甲乙人寿保险注册资本15亿元,落户本区。", "15", "区财政金融局"],
        ["2", "丙丁产业园项目", "规划统一开发,首期合作开发面积2平方公里。", "50", "区开发管理局"]]
EXPECTED = {(1500000000, "元", ("区财政金融局",)), (2, "平方公里", ("区开发管理局",))}

SCORING_COLUMNS = ["序号", "考核内容", "分值", "评分标准"]
SCORING_ROWS = [["1", "信息报送工作", "5", "每个乡镇省级用稿1篇,市级用稿2篇,得5分。"]]


def _html(columns, rows, title) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [columns, *rows])
    return f"<html><body><h1>{title}</h1><p>发布日期：2024-02-01</p><table>{cells}</table></body></html>"


def _flattened(columns, rows, title) -> str:
    return f"# {title}\n\n发布日期：2024-02-01\n\n" + "\n\n".join(c for row in [columns, *rows] for c in row) + "\n"


@pytest.mark.parametrize("name", ["projects.html", "projects.md"])
def test_content_cell_amounts_without_a_verb_are_targets(tmp_path, name):
    path = tmp_path / name
    write = _html if name.endswith("html") else _flattened
    path.write_text(write(COLUMNS, ROWS, TITLE), encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    found = {(t.value, t.unit, t.owners) for t in targets}
    assert EXPECTED <= found


@pytest.mark.parametrize("name", ["scores.html", "scores.md"])
def test_scoring_criteria_cells_give_no_targets(tmp_path, name):
    path = tmp_path / name
    write = _html if name.endswith("html") else _flattened
    path.write_text(write(SCORING_COLUMNS, SCORING_ROWS, "某县2024年河长制工作考核评分细则"), encoding="utf-8")
    assert not [t for t in extract.extract(path, use_model=False).targets if t.unit == "篇"]


def test_subsidy_per_case_in_a_plan_table_content_cell():
    # 桃園 plan table: 孕期檢查 row, 提供…補助,每案2,000元 (no verb before the amount)
    result = extract.extract_document(read_cached(doc_path("twgov-002.txt")))
    assert any(t.value == 2000 and t.unit == "元" and "2,000元" in t.evidence for t in result.targets)
