"""Owners in a government work report written for the test: the speaking government (各级政府,
省政府) and what the report counts own nothing; a named department that a sentence charges does."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

REPORT = """2043年某省政府工作报告
——2043年1月22日在某省第十五届人民代表大会第一次会议上
一、2042年工作回顾
绿色工业园区达到36个,形成40万吨应急储备能力。
二、2043年重点工作
(一)深化改革攻坚,激发市场活力。
各级政府要带头过紧日子,新增经营主体3万户以上。
(二)办好民生实事,提升服务水平。
省教育厅要加快学校建设,新增学位1.2万个。
(三)统筹城乡发展,推进乡村振兴。
推进乡村要素配置改革,新改建农村公路2000公里。
"""


def _records():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    result = extract_document(document, use_model=False)
    return {t.title: t for t in result.tasks}, {float(t.value): t for t in result.targets}


def test_the_speaking_government_owns_nothing_in_its_report():
    tasks, targets = _records()
    assert tasks["深化改革攻坚,激发市场活力"].owners == ()
    assert targets[30000].owners == ()


def test_a_charged_department_owns_its_item_and_amounts():
    tasks, targets = _records()
    assert tasks["办好民生实事,提升服务水平"].owners == ("省教育厅",)
    assert targets[12000].owners == ("省教育厅",)


def test_what_a_report_counts_and_clause_fragments_are_no_owners():
    tasks, targets = _records()
    assert targets[36].owners == ()
    assert targets[400000].owners == ()
    assert tasks["统筹城乡发展,推进乡村振兴"].owners == ()
