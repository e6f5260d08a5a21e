"""Amounts a rule sets are planned even where a word of a result stands before them: a running total
capped (累计不超过3年) is a limit, and 上年度 names the year a share is taken of (返还其上年度实际缴纳失业保险费
的50%), no reporting period. The capped sentences are written for the test."""
from extract.extractor import extract_document
from extract.rules.sentences import Span
from extract.rules.status import sentence_statuses, status_in
from tests.corpus import doc_path, read_cached


def _status(text: str, amount: str, *, capped: bool) -> str | None:
    sentence = Span(0, len(text))
    return status_in(sentence_statuses(text, sentence, [], None), sentence, text.index(amount), capped=capped)


def test_a_running_total_capped_is_a_limit():
    assert _status("每家企业累计补贴不超过200万元", "200", capped=True) == "planned"
    assert _status("补贴期限累计不超过2年", "2年", capped=True) == "planned"


def test_a_running_total_reached_stays_a_result():
    assert _status("全区累计建成充电桩1200个", "1200", capped=False) == "achieved"


def test_last_years_contributions_are_the_base_of_a_refund():
    targets = extract_document(read_cached(doc_path("govcn-007.html")), use_model=False).targets
    (refund,) = [t for t in targets if "上年度实际缴纳失业保险费" in t.evidence]
    assert (refund.value, refund.unit, refund.status) == (50, "%", "planned")
