"""Assessment tables (考核细则, 评分标准, 督导评估标准): a row names an indicator or a task, its responsible unit,
its points and the rule it is scored by. A clause that gives, deducts or denies points (得8分, 每少1座扣1分,
低于80%不得分, 达100%得满分), the band of a lower grade (高于80%低于90%) and a threshold the text says was not
reached (合格率不足85%, 入园率未达98%) are no targets (RECORDS.md section 5: scoring rules are excluded); the
row's task cell keeps its targets, owned by the row's unit cell, and a commitment in the scoring column whose
points stand in another clause stays (年内至少3次,(3分,少一次扣1分)).

The sentences and the table are written for the test; the real outputs are of readable documents of ../shared
and ../extra (shicheng-001, a county's assessment of its units; y-002, a flattened table of graded standards)."""
from __future__ import annotations

import pytest

from extract import extract_document
from extract.pipeline import document_from_bytes

from ..corpus import doc_path, extra_path, read_cached
from ..rules.test_targets import drafts

ROWS = (
    ("序号", "考核内容", "分值", "评分标准", "责任单位"),
    ("1", "农村生活垃圾收运处置体系覆盖率达100%", "10", "覆盖率达100%得满分,每低1个百分点扣0.5分,低于80%不得分",
     "县住建局"),
    ("2", "完成12座公厕改造", "8", "完成12座得8分,每少1座扣1分", "县城管局"),
    ("3", "污水处理率达到90%以上", "10", "污水处理率达90%以上的得10分;高于80%低于90%的得6分;不足80%的不得分",
     "县水利局"),
    ("4", "年内开展巡查不少于4次", "5", "每季度至少巡查1次,每少1次扣1分,扣完为止", "各乡镇"),
)


def _table() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
    return f"<html><body><p>附件 某县乡镇环境整治工作考核细则</p><table>{rows}</table></body></html>".encode()


def test_an_assessment_table_keeps_its_task_cells_and_their_units():
    document = document_from_bytes(_table(), name="rules.html", suffix=".html")
    found = {(t.evidence, float(t.value), t.unit, tuple(t.owners))
             for t in extract_document(document, use_model=False).targets}
    assert found == {
        ("农村生活垃圾收运处置体系覆盖率达100%", 100, "%", ("县住建局",)),
        ("完成12座公厕改造", 12, "座", ("县城管局",)),
        ("污水处理率达到90%以上", 90, "%", ("县水利局",)),
        ("年内开展巡查不少于4次", 4, "次", ("各乡镇",)),
        ("每季度至少巡查1次", 1, "次/季度", ("各乡镇",)),  # a standard; its points are in the next clause
    }


@pytest.mark.parametrize("text", [
    "覆盖率达100%得满分。",
    "完成12座得8分。",
    "低于80%不得分。",
    "巩固率低于98%高于97%。",  # the band of a lower grade
    "就读比率高于80%低于90%,工作机制落实较好。",
    "学生体质测试合格率不足85%。",  # what a failing grade is given for
    "3-5周岁幼儿入园率未达98%。",
    "年度考核得 2 分。",
    "全年开展专项检查12次计一分。",
    "每少建成1座公厕相应扣分。",
    "每新建1个示范点得3-5分。",
])
def test_scoring_clauses_are_no_targets(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("污水处理率达到90%以上,否则不得分。", 90, "%"),  # the points stand in a clause of their own
    ("年内召开专题会议至少3次,每少一次扣1分。", 3, "次"),
    ("每次应急演练用时不得超过15分钟。", 15, "分钟"),  # a limit in minutes, no points
    ("工作做得十分扎实,全年新建口袋公园12座。", 12, "座"),  # 十分 is "very"
    ("审批时限压减三分之一以上,办结率达到98%。", 98, "%"),  # 减三分之一: a fraction, no points
    ("商业地块建设1座五星级酒店并不得分割转让。", 1, "座"),  # 不得分割: no points
    ("全县贫困发生率降至不足1%。", 1, "%"),  # 降至不足: the level reached, no shortfall
    ("单位产品能耗控制在不足0.5吨标准煤。", 0.5, "吨标准煤"),
])
def test_a_commitment_beside_its_scoring_clause_stays(text, value, unit):
    assert [(float(d.quantity.value), d.unit) for d in drafts(text)][-1:] == [(value, unit)]


def test_a_real_assessment_table_keeps_the_standards_of_its_scoring_column():
    """shicheng-001: 年内至少3次 in the scoring column, its points and deduction in a bracket after it."""
    targets = extract_document(read_cached(doc_path("shicheng-001.html")), use_model=False).targets
    assert any(t.evidence == "年内至少3次" and t.value == 3 for t in targets)
    assert not any("得" in t.evidence and "分" in t.evidence for t in targets)


@pytest.mark.parametrize("evidence", [
    "学生国家体质健康标准测试率不足100%",
    "义务教育巩固率低于98%高于97%",
    "随迁子女入学在公办学校或政府购买服务的学校就读的比率高于80%低于90%",
    "或3-5周岁幼儿入园率未达98%",
])
def test_the_lower_grades_of_a_flattened_standards_table_are_no_targets(evidence):
    targets = extract_document(read_cached(extra_path("corpus", "y-002.txt")), use_model=False).targets
    assert not any(t.evidence == evidence for t in targets)
    assert any(t.evidence == "3-5周岁幼儿入园率达98%以上" and t.value == 98 for t in targets)  # the A grade stays
