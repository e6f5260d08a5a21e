"""An annual duty list (…关于下达2016年安全生产工作目标责任的通知, one annex per unit) and the reviews a plan holds
at the year's end. The gold of the readable batches leaves the undated duties of an annual plan or duty list
undated (aa-009, ak-005, r-001, w-005, af-005, i-002, o-006 and others):

- the year an annex's title opens on (附件1 2016年区公安局安全生产目标责任, 附件2022年…任务分解表) when it is the
  year the document's title names is part of the annex's name, as on the line listing the annexes (附件:2021年…):
  it dates none of the items under it (the annotators of batch AA wrote it down), while a heading of the body
  naming its period (二、2016年重点工作) still dates its items (RECORDS.md section 5), and so does an annex singling
  out one year of a longer plan (o-008: 2021年全区直接设置应急避难场所明细表 in a plan of the 十四五 period);
- a point of the year right before the review held there (半年督查、年终考核 aa-009, 年终考核 as-001 and as-002,
  年底总结 ak-005, 每年年底进行总结 ak-008, 年底通报考核结果 ao-003) is the plan's routine evaluation, a standing
  task: no deadline (RECORDS.md section 4); a limit to finish by the year's end (年底前完成考核) stays one;
- the date by which the summary of the work is sent in (12月18日前报送工作总结 o-009, 6月23日前报送工作总结 p-002,
  2024年3月底前报送…工作总结 r-005, 及时总结…并于5月15日前报送… ak-006) is the closing report's, no time limit on
  the work; a date to send anything else (2018年12月底前报送国务院办公厅备案) or to hold a closing review
  (2020年4月底前组织…验收总结) stays a limit.

The texts below are written for the test (the members are fetched documents, not in ../shared/corpus)."""
from datetime import date

import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times

DUTY_LIST = "\n".join([
    "标题: 某县政府关于下达2019年消防工作目标责任的通知",
    "发布时间: 2019-04-15",
    "==================== 正文 ====================",
    "区直各相关单位:",
    "现将2019年消防工作目标责任下达给你们,请认真落实。",
    "某县政府",
    "2019年4月12日",
    "附件1 2019年县交通局消防工作目标责任",
    "一、不发生较大以上火灾事故。",
    "二、负责客运站点消防安全管理,定期检查消防设施。",
])

PERIOD_PLAN = "\n".join([
    "标题: 某区“十四五”应急避难场所建设实施方案",
    "发布时间: 2021-03-01",
    "==================== 正文 ====================",
    "一、总体要求",
    "到2025年,建成应急避难场所体系。",
    "附件1 2021年直接设置应急避难场所任务",
    "一、区教育局负责在中小学设置应急避难场所。",
])

WORK_POINTS = "\n".join([
    "标题: 某区2016年工作要点",
    "发布时间: 2016-03-01",
    "==================== 正文 ====================",
    "一、总体要求",
    "坚持安全发展。",
    "二、2016年重点工作",
    "(一)区公安局负责整治酒驾醉驾行为。",
    "(二)区交通局负责整治危险路段。",
])


def _deadlines(text: str) -> dict[str, date | None]:
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title[:8]: t.deadline for t in extract_document(document, use_model=False).tasks}


def test_the_year_an_annex_title_opens_on_dates_none_of_its_duties():
    deadlines = _deadlines(DUTY_LIST)
    assert deadlines["不发生较大以上火"] is None
    assert deadlines["负责客运站点消防"] is None


def test_an_annex_title_naming_one_year_of_a_longer_plan_dates_its_items():
    assert _deadlines(PERIOD_PLAN)["区教育局负责在中"] == "2021-12-31"


def test_a_body_heading_naming_its_year_still_dates_its_items():
    deadlines = _deadlines(WORK_POINTS)
    assert deadlines["区公安局负责整治"] == "2016-12-31"
    assert deadlines["区交通局负责整治"] == "2016-12-31"


@pytest.mark.parametrize("text, when", [
    ("各单位要组织开展半年督查、年终考核,并对考核结果进行评定。", "年终"),
    ("每年年底进行总结,对趋势进行研判。", "年底"),
    ("持续强化“月跟踪督促、半年分析、年底总结”制度。", "年底"),
    ("年底通报考核结果。", "年底"),
])
def test_a_review_held_at_the_year_end_sets_no_deadline(text, when):
    (mention,) = [t for t in find_times(text, reference=date(2016, 4, 15)) if t.text == when]
    assert (mention.role, mention.deadline) == ("standing", None)


@pytest.mark.parametrize("text, when", [("年底前完成考核。", "年底前"), ("年底完成检查验收。", "年底"),
                                        ("2016年底考核达标。", "2016年底")])
def test_a_limit_to_finish_by_the_year_end_stays_one(text, when):
    (mention,) = [t for t in find_times(text, reference=date(2016, 4, 15)) if t.text == when]
    assert (mention.role, mention.deadline) == ("limit", date(2016, 12, 31))


@pytest.mark.parametrize("text, when", [("每周报送当周进展;11月25日前报送工作总结。", "11月25日"),
                                        ("2025年5月底前报送河道保洁专项行动工作总结。", "2025年5月底"),
                                        ("各地要及时总结活动开展情况并于5月15日前报送全国办公室。", "5月15日")])
def test_the_date_a_summary_is_sent_in_is_no_time_limit(text, when):
    (mention,) = [t for t in find_times(text, reference=date(2024, 1, 1)) if t.text == when]
    assert mention.role == "report"


@pytest.mark.parametrize("text, when", [("于2019年6月底前报送省政府办公厅备案。", "2019年6月底"),
                                        ("2021年9月底前组织对示范工作进行验收总结。", "2021年9月底")])
def test_a_date_to_send_anything_else_or_to_review_stays_a_limit(text, when):
    (mention,) = [t for t in find_times(text, reference=date(2018, 1, 1)) if t.text == when]
    assert mention.role == "limit"
