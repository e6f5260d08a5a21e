"""A paragraph after the last item of a notice that opens as a closing does (closing_openers.tsv) closes the whole
document even when it does not name it: all the addressees spoken to together (各区、各有关部门要…), a report
asked of them all (执行中遇到的问题请及时反映), the central line all work follows, the measures as a whole
(以上措施自印发之日起施行), 特此通知 and the list of attachments, a work report's 各位代表!. Its units and dates
are not the last item's. Where a page lost its paragraphs and the last item runs on to the end, the sentence that
is addressed to all (请各… / 各…) and names the document closes it. The plans are written for the test; the real
members are read from ../extra (skipped where it is missing) and ../shared."""
import pytest

from extract.extractor import extract_document
from extract.lexicon import read_table
from extract.outline import parse_outline
from extract.read import document_from_bytes
from tests.corpus import extra_path, pool_path, read_cached

HEAD = """某区关于做好2024年社区服务工作的通知
一、加强日常管理
区民政局要落实社区日常管理责任。
二、强化服务保障
区卫生健康局要加强社区医疗服务。
"""
SIGNATURE = "某区人民政府办公室\n2024年3月1日\n"

CLOSINGS = {
    "all the addressees together": "各街道、各有关部门要充分认识做好社区服务工作的重要意义,年底前全面完成今年各项任务。",
    "a report asked of them all": "各街道在执行中遇到的问题,请及时向区政府办公室反映。",
    "the central line": "各级民政部门要认真贯彻党中央决策部署,区财政局要加强资金保障。",
    "the measures as a whole": "以上措施自印发之日起施行,由区民政局负责解释。",
}
ENDINGS = {"the formula that ends a notice": "特此通知。", "the attachments": "附件:社区服务任务分工表"}


def _tasks(text):
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


@pytest.mark.parametrize("closing", CLOSINGS.values(), ids=CLOSINGS.keys())
def test_a_closing_paragraph_owns_and_dates_nothing_of_the_last_item(closing):
    last = _tasks(HEAD + closing + "\n" + SIGNATURE)["强化服务保障"]
    assert (last.owners, last.deadline) == (("区卫生健康局",), None)


def test_the_last_item_ends_before_the_closing_paragraph():
    text = HEAD + CLOSINGS["all the addressees together"] + "\n" + SIGNATURE
    last = parse_outline(text).children[-1]
    assert text[last.start:last.end].rstrip().endswith("区卫生健康局要加强社区医疗服务。")


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_the_last_item_ends_before_the_ending_of_a_notice(ending):
    assert ending not in _tasks(HEAD + ending + "\n" + SIGNATURE)["强化服务保障"].text


def test_a_second_paragraph_that_goes_on_with_the_duty_stays_the_items():
    text = HEAD + "区医疗保障局要做好社区医保结算服务。\n" + SIGNATURE
    assert _tasks(text)["强化服务保障"].owners == ("区卫生健康局", "区医疗保障局")


def test_a_work_report_closes_on_its_address_to_the_deputies():
    report = ("某市政府工作报告\n一、稳定经济增长\n市发展改革委要扩大有效投资。\n二、加强社会治理\n"
              "市公安局要完善基层治理体系。\n各位代表!新的一年,市应急管理局要守牢安全底线,年底前完成今年各项目标任务。\n")
    last = _tasks(report)["加强社会治理"]
    assert (last.owners, last.deadline) == (("市公安局",), None)


RUN_ON = ("某区关于做好社区服务工作的通知\n一、加强日常管理\n区民政局要落实社区日常管理责任。\n二、强化服务保障\n"
          "区卫生健康局要加强社区医疗服务,按本通知附表开展巡诊。请各街道于2024年6月底前将落实本通知的情况报送"
          "区政府办公室。某区人民政府办公室2024年3月1日")


def test_a_run_on_last_item_ends_before_the_sentence_that_closes_the_document():
    last = _tasks(RUN_ON)["强化服务保障"]
    assert (last.owners, last.deadline) == (("区卫生健康局",), None)
    assert "按本通知附表开展巡诊" in last.text  # naming the document alone closes nothing


@pytest.mark.parametrize("row", read_table("closing_openers.tsv"), ids=lambda row: row["pattern"])
def test_each_opener_closes_its_own_example(row):
    """A paragraph row's example after the last item's paragraph, a sentence row's after its first sentence."""
    joint = "\n" if row["closes"] == "paragraph" else ""
    text = HEAD.rstrip("\n") + joint + row["example"] + "\n"
    last = parse_outline(text).children[-1]
    assert text[last.start:last.end].rstrip().endswith("区卫生健康局要加强社区医疗服务。")


def _last(path, title):
    (last,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title == title]
    return last


def test_a_ministry_notice_keeps_the_addressees_of_its_closing_off_its_last_item():
    last = _last(extra_path("corpus", "ai-009.txt"), "依法加强权益保障")
    assert last.owners == ("税务机关",)


def test_a_closing_that_speaks_of_this_year_gives_the_last_item_no_deadline():
    last = _last(extra_path("corpus", "ab-003.txt"), "充分发挥行业协会作用")
    assert last.deadline is None and "各地区" not in last.owners


def test_a_run_on_page_keeps_the_closing_deadline_off_its_last_item():
    last = _last(extra_path("corpus", "ab-011.txt"), "健全执法普法制度")
    assert last.deadline is None and "各省级生态环境部门" not in last.owners


def test_a_provincial_notice_closing_on_a_report_asked_of_all():
    assert _last(pool_path("pool-022.html"), "加强法治宣传,营造法治氛围").owners == ()


def test_a_cell_of_an_annexed_task_table_never_opens_a_closing():
    last = _last(extra_path("corpus", "e-010.html"), "关于推进广州市家庭医生签约服务高质量发展工作的任务分工表")
    assert "制定个性化服务包" in last.text
