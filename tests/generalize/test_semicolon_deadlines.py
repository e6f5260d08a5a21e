"""A date leading the first piece of a sentence (到2030年,…;…;…) governs the pieces ； cuts after it up to
the full stop, as a date governs the clauses after it in its sentence (RECORDS.md section 5); a date
run into its clause (在2030年建成…;, …,6月底前完成;) or one in a later piece of a list (…;2031年新增…;…) dates only
that piece."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, extra_path, read_cached

PLAN = """某区湿地保护提升方案
发布日期:2029年3月2日
一、主要任务
(一)提升湿地生态质量。合理划分保育区和游憩区。到2031年底,本地水生植物应用比例达到60%以上;修复12处湿地水体;新建观鸟点8个。
(五)培训队伍。在2030年培训讲解员20名;组织观鸟活动6场。
(二)完善配套设施。为此,方案提出,到2030年,建成游客服务中心2座;新增停车泊位300个。
(三)加强日常管护。完善巡护制度,6月底前完成;新增巡护人员15名。
(四)其他事项。全面推进湿地修复;2030年新增科普展板40块;完成保护标识设置90处。
"""


def _deadlines():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {float(t.value): t.deadline for t in extract_document(document, use_model=False).targets}


def test_a_date_leading_the_sentence_dates_its_later_pieces():
    deadlines = _deadlines()
    assert deadlines[60.0] == deadlines[12.0] == deadlines[8.0] == "2031-12-31"


def test_a_date_clause_of_its_own_in_the_first_piece_dates_the_later_pieces():
    deadlines = _deadlines()
    assert deadlines[2.0] == deadlines[300.0] == "2030-12-31"


def test_a_trailing_date_dates_its_own_piece_alone():
    assert _deadlines()[15.0] is None


def test_a_date_run_into_its_clause_does_not_date_the_later_pieces():
    deadlines = _deadlines()
    assert deadlines[20.0] == "2030-12-31"
    assert deadlines[6.0] is None


def test_a_date_in_a_later_piece_dates_that_piece_alone():
    deadlines = _deadlines()
    assert deadlines[40.0] == "2030-12-31"
    assert deadlines[90.0] is None


def _target(path, value, unit, words):
    (found,) = [t for t in extract_document(read_cached(path), use_model=False).targets
                if t.value == value and t.unit == unit and words in t.evidence]
    return found


def test_real_plans_date_the_pieces_after_a_leading_date():
    assert _target(extra_path("corpus", "i-006.txt"), 30, "座", "水生态").deadline == "2028-12-31"
    assert _target(extra_path("corpus", "k-011.txt"), 90, "%", "岸电覆盖率").deadline == "2023-12-31"
    assert _target(extra_path("corpus", "o-011.txt"), 3, "周", "公告").deadline == "2021-12-31"


def test_a_date_run_into_its_clause_dates_that_piece_alone():
    """在2017年实现…;分批…4期以上: the date is the clause's own, not a clause of its own."""
    assert _target(doc_path("changshun-001.html"), 4, "期", "培训班").deadline is None
