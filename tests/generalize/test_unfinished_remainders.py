"""What a report of work done says is left undone (剩余6宗, 持续整改1个, 10件尚在答复期内) is neither a result
nor a commitment (extract/rules/remainders.py); the part done since, and a remainder a plan commits to, stay.
Sentences written for the test: the work summaries holding the shape are in the fetched batches (dev-u, dev-ai,
dev-am), which tests do not read."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

SUMMARY = """某区自然资源局2024年工作总结及2025年工作思路
一、2024年工作总结
推动督察反馈问题整改,2023年例行督察已完成整改29宗,剩余6宗。反馈的72个问题中已完成整改59个、持续整改1个。
全年共受理信访事项161件,已办结151件,目前仅有10件尚在答复期内。另有剩余5个共性问题已基本完成整改。
二、2025年工作思路
推动第三期剩余25个老旧小区改造。
"""


def found() -> set[tuple[float, str, str]]:
    document = document_from_bytes(SUMMARY.encode("utf-8"), name="summary.txt", suffix=".txt")
    return {(float(t.value), t.unit, t.status) for t in extract_document(document, use_model=False).targets}


def test_what_a_report_leaves_undone_is_no_result():
    assert not {(6, "宗"), (1, "个"), (10, "件")} & {(value, unit) for value, unit, _ in found()}


def test_results_and_a_remainder_done_since_or_planned_stay():
    assert {(29, "宗", "achieved"), (59, "个", "achieved"), (151, "件", "achieved"), (5, "个", "achieved"),
            (25, "个", "planned")} <= found()
