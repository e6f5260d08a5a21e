"""A limit whose clause opens a list with a colon (至2025年底实现:A;B;C。) dates every item of the list:
RECORDS.md, a date governs the clauses after it in its sentence, and the list is that sentence cut by
semicolons. Notices written for the test, and a crawled plan of development batch P (skipped without
../extra)."""
from functools import cache

from extract.extractor import extract_document
from extract.load.sources import Source
from extract.read import document_from_bytes, read_source
from tests.corpus import extra_path

PLAN = "\n".join([
    "某某县环卫设施建设三年行动方案", "二、工作目标",
    "按照布局合理、节约用地的原则,至2025年底实现:建成12座垃圾转运站;新建40座公厕,改造25座公厕;"
    "建成乡镇垃圾分类示范点8个。同时组织培训保洁人员200人。",
    "三、保障措施", "各乡镇要每季度报送工作进展。县财政每年安排不少于300万元用于设施运维。",
])


@cache
def _deadlines():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(float(t.value), t.unit): t.deadline for t in extract_document(document, use_model=False).targets}


def test_every_item_of_the_list_takes_the_limit_that_opens_it():
    deadlines = _deadlines()
    assert deadlines[(12.0, "座")] == "2025-12-31"
    assert deadlines[(40.0, "座")] == "2025-12-31" and deadlines[(25.0, "座")] == "2025-12-31"
    assert deadlines[(8.0, "个")] == "2025-12-31"


def test_the_limit_stops_at_the_end_of_its_sentence():
    assert _deadlines()[(200.0, "人")] is None


@cache
def _sanitation_plan():
    path = extra_path("corpus", "p-005.txt")
    return extract_document(read_source(Source(str(path), path)), use_model=False)


def test_the_two_year_sanitation_plan_dates_its_whole_goal_list():
    goals = [t for t in _sanitation_plan().targets if "公厕" in t.evidence and t.deadline == "2016-12-31"]
    assert {float(t.value) for t in goals} >= {70.0, 99.0, 125.0, 150.0}
