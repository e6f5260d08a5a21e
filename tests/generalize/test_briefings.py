"""Press briefings (问答实录, 新闻发布会, or questions put by the press: 某日报:…?): officials answer the press,
they do not tell the public how to use a service. What they report as done is achieved, what they announce
planned, as the sentences say; a page of questions and answers for the public still states standards. The
texts are written for the test, but for the two Shanghai transcripts of batch AG."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import is_briefing, is_rules
from tests.corpus import extra_path, read_cached

BRIEFING = """{title}
发布日期:2024-05-06
某日报:目前政策落实情况怎么样?
张某:合作银行已从3家拓展至15家,累计举办对接活动超过600场。下一步,我们将把首贷补偿比例提升到50%。
某市电视台:企业怎么申请?
李某:企业登录平台即可提交申请,审核期限为5个工作日。
"""

SERVICE = """小微企业贷款问答
发布日期:2024-05-06
问:企业怎么申请?
答:企业登录平台即可提交申请,审核期限为5个工作日。
问:合作银行有几家?
答:合作银行已有15家。
"""


def _document(text: str):
    return document_from_bytes(text.encode("utf-8"), name="doc.txt", suffix=".txt")


def _records(text: str) -> set[tuple[float, str, str, object]]:
    targets = extract_document(_document(text), use_model=False).targets
    return {(float(t.value), t.unit, t.status, t.deadline) for t in targets}


@pytest.mark.parametrize("title", ["问答实录:《某市促进小微企业发展的若干措施》有关情况",
                                   "某市小微企业政策新闻发布会", "《某市促进小微企业发展的若干措施》有关情况"])
def test_a_briefing_reports_results_and_announces_plans(title):
    records = _records(BRIEFING.format(title=title))
    assert {(15, "家", "achieved", None), (600, "场", "achieved", None), (50, "%", "planned", None)} <= records


def test_a_page_answering_the_public_still_states_standards():
    document = _document(SERVICE)
    assert is_rules(document) and not is_briefing(document)
    assert {status for *_, status, _ in _records(SERVICE)} == {"planned"}


def test_one_question_from_the_press_makes_no_briefing():
    once = BRIEFING.format(title="小微企业政策").replace("某市电视台:企业怎么申请?", "问:企业怎么申请?")
    assert not is_briefing(_document(once))


@pytest.mark.parametrize("name", ["ag-006.md", "ag-007.md"])
def test_the_shanghai_transcripts_of_batch_ag_are_briefings(name):
    document = read_cached(extra_path("corpus", name))
    assert is_briefing(document) and not is_rules(document)


def test_what_the_private_economy_transcript_reports_is_achieved_and_its_new_rates_planned():
    targets = extract_document(read_cached(extra_path("corpus", "ag-006.md")), use_model=False).targets
    records = {(t.evidence, float(t.value), t.status, t.deadline) for t in targets}
    assert {("合作企业已从2家拓展至12家", 12, "achieved", None),
            ("全年累计发放贷款平均利率3.48%", 3.48, "achieved", None),
            ("累计举办各类融资对接活动超过1800场", 1800, "achieved", None),
            ("补偿比例提升到55%", 55, "planned", None)} <= records


REPORTED = """问答实录:某市科技服务业若干措施有关情况
发布日期:2025-05-23
某日报:检验检测工作进展如何?
王某:2024年,全市发放免办证明1200张。某担保机构2024年在保余额80亿元,同比增长12%。今年一季度服务业占比达5.5%。
服务中心现已覆盖9个区。
某电视台:下一步有什么打算?
赵某:到2026年,全市将建成30家概念验证平台。
"""


def test_a_year_over_when_the_officials_spoke_is_the_year_they_report():
    records = _records(REPORTED)
    assert {(1200, "张", "achieved", None), (80e8, "元", "achieved", None), (12, "%", "achieved", None),
            (5.5, "%", "achieved", None), (9, "个", "achieved", None),
            (30, "家", "planned", "2026-12-31")} <= records


def test_in_a_plan_a_past_year_is_still_no_report():
    plan = REPORTED.replace("问答实录:某市科技服务业若干措施有关情况", "某市科技服务业工作方案").replace(
        "某日报:检验检测工作进展如何?\n", "").replace("某电视台:下一步有什么打算?\n", "")
    assert (1200, "张", "planned", "2024-12-31") in _records(plan)  # left as it was: only the press reports so


def test_the_shanghai_transcript_kept_as_a_word_file_reports_its_results():
    document = read_cached(extra_path("corpus", "ai-010.docx"))
    assert is_briefing(document) and document.metadata.published == "2025-05-23"
    records = {(float(t.value), t.unit, t.status, t.deadline)
               for t in extract_document(document, use_model=False).targets}
    assert {(68000, "件", "achieved", None), (14576, "张", "achieved", None),
            (62, "家", "achieved", None)} <= records
