"""How often a task is done, 每<period>…一次 (RECORDS.md: a quantified standard of service, 次 per period):
the period may be counted or halved (每两年 → 次/2年, 每半年 → 次/半年), the things done may be meetings
(每年召开两次会议 counts no category of the plan), and 辖区 before the count is no background word.
Invented sentences, a ministry plan of the shared corpus, and plans of development batches O and P
(skipped without ../extra)."""
from functools import cache

import pytest

from extract.extractor import extract_document
from extract.load.sources import Source
from extract.read import document_from_bytes, read_source
from tests.corpus import doc_path, extra_path

PLAN = "\n".join([
    "某某县安全检查工作方案", "一、工作任务",
    "(一)定期检查。县应急局每年对辖区内的危化品仓库进行一次安全检查,发现隐患及时整改。",
    "(二)培训演练。督促物业企业每半年组织开展一次消防演练。",
    "(三)会商机制。联席会议原则上每季度召开两次会议。",
    "(四)轮换审计。对重点企业每三年进行一次审计。",
    "(五)背景。全县下辖12个乡镇。",
])


@cache
def _targets():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document, use_model=False).targets}


@pytest.mark.parametrize("value, unit", [
    (1.0, "次/年"), (1.0, "次/半年"), (2.0, "次/季度"), (1.0, "次/3年"),
], ids=["area-served", "half-year", "meetings", "counted-years"])
def test_a_count_of_times_per_period_is_a_target(value, unit):
    assert (value, unit) in _targets()


def test_a_background_count_after_xia_stays_out():
    assert all(value != 12.0 for value, _ in _targets())


def _units(path) -> set[tuple[float, str, str]]:
    result = extract_document(read_source(Source(str(path), path)), use_model=False)
    return {(float(t.value), t.unit, t.evidence) for t in result.targets}


@pytest.mark.parametrize("folder, name, value, unit, words", [
    ("extra", "o-003.txt", 1.0, "次/年", "文物保存状况进行一次检查评估"),
    ("extra", "o-009.txt", 1.0, "次/半年", "每半年组织开展一次消防安全培训"),
    ("extra", "o-010.html", 2.0, "次/年", "每年召开两次会议"),
    ("extra", "p-005.txt", 1.0, "次/季度", "每季度召开一次工作会议"),
    ("extra", "p-006.txt", 1.0, "次/5年", "每5年至少进行一次全面轮审"),
    ("shared", "hfs-003.txt", 1.0, "次/2年", "每两年进行一次强制清洁生产审核"),
])
def test_recurring_counts_of_real_plans(folder, name, value, unit, words):
    path = extra_path("corpus", name) if folder == "extra" else doc_path(name)
    assert any(v == value and u == unit and words in e for v, u, e in _units(path))


def test_a_count_in_the_area_served_is_a_target():
    path = extra_path("corpus", "p-009.txt")
    assert any(v == 54.0 and "辖区54个村居" in e for v, _, e in _units(path))
