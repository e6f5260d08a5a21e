"""Group owners after 会同 and in 牵头/配合 assignments (RECORDS section 5: owners are kept as written,
group owners included; a trailing 等部门 after named units is dropped). The plan is written for the
test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached

PLAN = """某区关于推进垃圾分类工作的实施意见
一、工作任务
(一)完善收运体系。区城管局要会同有关部门于2025年底前建成分类收运站点。
(二)健全管理制度。区司法局会同相关部门,2025年底前出台管理办法。
(三)开展成效评估。市生态环境局会同各有关部门组织开展评估,2025年底前完成。
(四)落实专项经费。区财政局会同区发展改革委等有关部门,2025年底前安排资金。
(五)推进示范创建。2025年6月底前建成示范小区。(区商务委牵头,有关部门配合)
"""


def _tasks():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_the_group_a_subject_works_with_owns_the_item():
    tasks = _tasks()
    assert tasks["完善收运体系"].owners == ("区城管局", "有关部门")
    assert tasks["健全管理制度"].owners == ("区司法局", "相关部门")
    assert tasks["开展成效评估"].owners == ("市生态环境局", "各有关部门")


def test_a_trailing_group_after_named_partners_is_dropped():
    assert _tasks()["落实专项经费"].owners == ("区财政局", "区发展改革委")


def test_a_group_that_supports_a_lead_unit_is_a_support_owner():
    task = _tasks()["推进示范创建"]
    assert task.owners == ("区商务委", "有关部门")
    assert task.lead_owners == ("区商务委",) and task.support_owners == ("有关部门",)


def test_a_national_pilot_notice_gives_the_ministry_and_its_partners():
    tasks = extract_document(read_cached(doc_path("govcn-001.html")), use_model=False).tasks
    (leadership,) = [t for t in tasks if t.title == "加强组织领导"]
    assert leadership.owners == ("生态环境部", "有关部门", "各试点城市政府")
    (evaluation,) = [t for t in tasks if t.title == "开展评估总结"]
    assert evaluation.owners == ("试点城市政府", "生态环境部", "有关部门")
