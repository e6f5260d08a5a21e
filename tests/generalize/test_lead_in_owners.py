"""Sub-items a lead-in introduces (…县住建局应当按照下列规定处理:) belong to the lead-in's subjects, not to
every unit the earlier sentences of their item charge. Invented notices, and a complaint rule of the
development batches."""
from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.corpus import extra_path, read_cached

NOTICE = """某县住宅质量投诉处理办法
一、投诉受理
县住建局负责全县住宅质量投诉管理工作。县市场监管局负责住宅销售合同监管。
县住建局收到投诉后,应当按照下列规定处理:
(一)对符合受理条件的,予以受理;
(二)对不属于受理范围的,书面告知投诉人。
二、投诉处理
县住建局负责组织调查。
"""

NO_LEAD_IN = """某县住宅质量投诉处理办法
一、投诉受理
县住建局负责全县住宅质量投诉管理工作。县市场监管局负责住宅销售合同监管。
投诉人可通过下列渠道投诉:
(一)来信;
(二)来电。
"""


def _owners(text: str) -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document).tasks}


def test_sub_items_belong_to_the_lead_in_subject():
    owners = _owners(NOTICE)
    assert owners["对符合受理条件的,予以受理"] == ("县住建局",)
    assert owners["对不属于受理范围的,书面告知投诉人"] == ("县住建局",)


def test_a_lead_in_naming_no_unit_leaves_the_item_s_subjects():
    owners = _owners(NO_LEAD_IN)
    assert set(owners["来信"]) == {"县住建局", "县市场监管局"}


def test_complaint_rules_lead_in():
    """r-003: 投诉处理机构在收到…后,应当按照下列规定处理: (一)…(二)…, after sentences charging 区交通建设局
    and 建设单位."""
    tasks = extract_document(read_cached(extra_path("corpus", "r-003.txt"))).tasks
    first = next(t for t in tasks if t.title.startswith("对符合受理条件的"))
    assert first.owners == ("投诉处理机构",)
