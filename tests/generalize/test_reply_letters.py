"""Reply letters answering a province's requests (…办理情况的函), on a letter written for
the test: the amounts a request asks for and the forecasts an answer gives are no targets; what a
ministry reports as done is achieved, what it says it will do planned."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.replies import requested
from extract.rules.sentences import Span
from extract.rules.quantities import find_quantities

LETTER = """国务院办公厅关于某省在部长调研时所提意见办理情况的函
国办函〔2030〕12号
某省人民政府:
你省在调研时提出的各项意见,各部门已逐项研究,现函复如下:
一、关于东湖港区扩建问题。某市请求,由港务集团与外资企业合作,拟投资120亿元,建设吞吐能力3000万吨的码头。
交通运输部意见:港区规划已经批复,2030年预计全省港口新增吞吐能力4500万吨。已安排前期工作经费2500万元。
二、关于山区防汛监测问题。你省建议加强山洪监测,新建监测站点200个。
水利部会同应急部门研究后答复:去年汛期监测网络运行正常,坝前站点成功预警山洪23次,
转移群众1.2万人。下一步,水利部将在三年内新建自动监测站150个。
国务院办公厅
二〇三〇年五月八日
"""


@pytest.fixture(scope="module")
def targets():
    document = document_from_bytes(LETTER.encode("utf-8"), name="letter.txt", suffix=".txt")
    return {float(t.value): t for t in extract_document(document, use_model=False).targets}


def test_what_a_request_asks_for_and_what_an_answer_forecasts_are_no_targets(targets):
    asked = {12_000_000_000, 30_000_000, 200}  # 拟投资…, the capacity asked for, the stations the province wants
    assert not asked & set(targets)
    assert 45_000_000 not in targets  # 预计: a forecast, background
    assert 25_000_000 not in targets  # the work budget allocated is no target either (budget word)


def test_what_a_ministry_reports_as_done_is_achieved_and_what_it_will_do_planned(targets):
    assert targets[23].status == "achieved"
    assert targets[12000].status == "achieved"
    assert targets[150].status == "planned"


@pytest.mark.parametrize("sentence, value, asked", [
    ("某市请求,联合三家企业,投入8亿元,建设曲轴生产线。", 800_000_000, True),
    ("你省提出在本年度新增高速公路里程300公里。", 300, True),
    ("今年预计产量达到60台,市场空间较大。", 60, True),  # a forecast, its clause only
    ("今年预计产量达到60台,已建成生产线5条。", 5, False),
    ("发展改革委已安排该项目专项资金,建成站点40个。", 40, False),
])
def test_the_cues_of_a_request_reach_its_sentence_and_of_a_forecast_its_clause(sentence, value, asked):
    quantity = next(q for q in find_quantities(sentence) if float(q.value) == value)
    assert requested(sentence, Span(0, len(sentence)), quantity) is asked


def test_an_answer_counting_the_applications_it_approved_keeps_its_result():
    sentence = "对各地申请的12个项目,已批复8个。"
    approved = next(q for q in find_quantities(sentence) if q.value == 8)
    assert not requested(sentence, Span(0, len(sentence)), approved)
