"""Document genres: a statistical bulletin describes a year in figures and gives no targets at all; a
regulation (条例) and a page telling the public how to use a service (如何…, 申请指引, 常见问题, or a text of
questions and answers whatever its title) state standards, planned wherever no word of theirs says
otherwise. The documents are written for the test, but for the fresh service page of batch N."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import answers_questions
from tests.corpus import CORPUS, extra_path, read_cached

BULLETIN = """某县2023年国民经济和社会发展统计公报
某县统计局
(2024年4月)
一、综合
全年全县地区生产总值完成185.6亿元,比上年增长5.2%。年末常住人口31.4万人。
二、农业
全年粮食播种面积达到42.3万亩,粮食总产量完成16.8万吨,增长1.9%。
"""

PLAN = BULLETIN.replace("统计公报", "工作方案").replace("某县统计局", "某县人民政府")


def _extract(text: str):
    return extract_document(document_from_bytes(text.encode("utf-8"), name="doc.txt", suffix=".txt"), use_model=False)


def test_a_statistical_bulletin_gives_no_targets():
    assert _extract(BULLETIN).targets == ()


def test_the_same_figures_in_a_plan_are_read():
    assert {float(t.value) for t in _extract(PLAN).targets} >= {423000, 168000}


def test_the_county_bulletin_of_the_pool_gives_no_targets():
    assert extract_document(read_cached(CORPUS / "pool" / "pool-030.html"), use_model=False).targets == ()


SERVICE_PAGE = """{title}
发布日期:2024-05-06
登录政务服务平台即可提交申请。
审核期限为5个工作日,审核通过后7个工作日内完成制卡。
"""


@pytest.mark.parametrize("title", ["某市居住证管理条例", "电子证照如何申领", "社保卡补换攻略", "2025年学位申请指引",
                                   "电子证照常见问题", "社保服务问答课堂", "补贴申领详解", "电子证照怎么领?一文说清"])
def test_standards_of_a_regulation_or_a_service_page_are_planned(title):
    targets = _extract(SERVICE_PAGE.format(title=title)).targets
    assert {(float(t.value), t.unit, t.status) for t in targets} == {(5, "工作日", "planned"), (7, "工作日", "planned")}


def test_the_same_page_titled_as_news_reports_results():
    targets = _extract(SERVICE_PAGE.format(title="我市电子证照上线")).targets
    assert {t.status for t in targets} == {"achieved"}


QUESTIONS = """好消息!电子证照上线啦
发布日期:2024-05-06
电子证照怎么申领?
登录政务服务平台即可提交申请。
多久可以拿到?
审核期限为5个工作日,审核通过后7个工作日内完成制卡。
"""


def test_a_page_of_questions_and_answers_states_standards_whatever_its_title():
    targets = _extract(QUESTIONS).targets
    assert {(float(t.value), t.unit, t.status) for t in targets} == {(5, "工作日", "planned"), (7, "工作日", "planned")}


@pytest.mark.parametrize("text, answers", [
    ("电子证照怎么申领?\n登录平台申请。\n多久可以拿到?\n5个工作日。", True),
    ("问:补贴标准是多少?答:每人每月300元。\n问:向谁申请?\n答:向街道申请。", True),
    ("一、总体要求\n到2025年,建成示范点10个。\n我们为什么要这样做?", False),  # one rhetorical question
    ("能否在年底前完成全部200个点位的改造,关键在于各街道是否把责任压实、把资金落实、把进度抓实?", False),
])
def test_a_text_of_questions_and_answers_is_told_by_its_lines(text, answers):
    assert answers_questions(text) is answers


def test_the_seniors_card_page_of_batch_n_states_planned_standards():
    document = read_cached(extra_path("corpus", "n-006.html"))
    targets = extract_document(document, use_model=False).targets
    assert {(float(t.value), t.unit, t.status) for t in targets} == {(1, "元", "planned"), (15, "工作日", "planned")}


ASKED = """某区积分入学问答
发布日期:2025-03-01
1.2025年度积分入学学位{ending}
答:学位按计划安排,详见附表。
2.怎么申请?
答:登录平台申请。
"""


@pytest.mark.parametrize("ending, deadline", [("有多少个?", None), ("安排", "2025-12-31")])
def test_the_year_a_question_asks_about_is_no_deadline_of_its_task(ending, deadline):
    tasks = _extract(ASKED.format(ending=ending)).tasks
    assert [t.deadline for t in tasks if t.title.startswith("2025年度")] == [deadline]
