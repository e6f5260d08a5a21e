"""Rules and service guides commit to almost nothing (RECORDS.md section 5): the amounts of the cases a
lead-in lists (有下列情形之一的,…:, 下列情况之一的,可视情发布…预警:), of an article defining a term of the
rules (…所称…,按照下列方法…), of a clause on what an applicant does, of a bounded case a sentence opens
with or a duty follows (三个以上的单位…的,应当…) and of a reckoning (以…为一次) are no targets; nor is a
numeral inside a place's name (七台河市, a county's name after its city's). The time limits the government
meets and real counts of districts stay. The sentences and documents are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.notices import LabelledLines
from tests.corpus import pool_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="rules.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document, use_model=False).targets}


CASES = """某县突发事件分级办法
第九条 有下列情形之一的,为较大突发事件:
(一)一次疏散群众800人以上2000人以下的;
(二)造成直接经济损失300万元以上1000万元以下的。
第十条 县应急管理局每年组织应急演练不少于2次。
"""

OFFENCES = """某县民宿管理办法
第七条 民宿经营者出现下列情形的,县文旅局应当责令整改:
(一)连续2个月未报送住客信息;
(二)一年内被投诉5次以上。
第八条 县文旅局每年开展民宿检查不少于4次。
"""

TERM = """某县财产租赁收入征收办法
第一条 为规范财产租赁收入征收,制定本办法。
第六条 本办法所称租金收入,按照下列方法计算:
(一)按月收取的,以三个月内收到的租金合计为一期;
(二)取得租金收入的单位,应当减除维修费用2万元后计算,结转期限最长不得超过三年。
第七条 县税务局应当在15个工作日内完成核定。
"""


@pytest.mark.parametrize("text, gone, kept", [
    (CASES, {(800, "人"), (3000000, "元")}, (2, "次/年")),
    (OFFENCES, {(2, "月"), (5, "次")}, (4, "次/年")),
    (TERM, {(3, "月"), (20000, "元"), (3, "年")}, (15, "工作日")),
])
def test_cases_a_lead_in_lists_and_a_defined_term_give_no_targets(text, gone, kept):
    targets = _targets(text)
    assert not targets & gone
    assert kept in targets  # the office's own duty in the next article stays


@pytest.mark.parametrize("text, amount", [
    ("纳税人同时从三处以上取得劳务报酬的,应当自行申报。", (3, "处")),
    ("个人从三处以上取得稿酬,并由出版单位代扣的,按年汇总申报。", (3, "处")),
    ("三个以上的单位联合承担同一工程的,应当分别登记。", (3, "个")),
    ("请申领人上传2张近期照片。", (2, "张")),
    ("讲课所得,以一个月内领取的报酬为一次。", (1, "月")),
    ("租赁所得以三个月内取得的租金为一次。", (3, "月")),
])
def test_a_condition_or_a_reckoning_of_a_rule_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("培育三个以上的龙头企业。", (3, "个")),
    ("全年新增规上企业20家以上,其中制造业企业10家以上。", (20, "家")),
    ("全年新增规上企业20家以上,其中制造业企业10家以上。", (10, "家")),
    ("区政府将在3个工作日内完成审核。", (3, "工作日")),
])
def test_an_amount_to_reach_and_an_office_s_time_limit_stay(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, gone, kept", [
    ("辽宁省沈阳市五台区建成三个示范园区。", (5, "台"), (3, "个")),
    ("黑龙江省七台河市新增两个物流中心。", (7, "台"), (2, "个")),
])
def test_a_numeral_in_a_place_name_is_no_amount(text, gone, kept):
    amounts = _amounts(text)
    assert gone not in amounts
    assert kept in amounts


@pytest.mark.parametrize("text, amount", [
    ("覆盖全市16个区。", (16, "个")),
    ("建成3个区级中心。", (3, "个")),
    ("今年改造五台区变压器。", (5, "台")),  # no place before it: machines counted
    ("新建五台区域变压器。", (5, "台")),  # 新建 is a county to jieba, but no region's name
    ("新建三座门岗。", (3, "座")),  # 三座门 is a place to jieba, but it ends as no region does
])
def test_amounts_before_district_words_stay(text, amount):
    assert amount in _amounts(text)


def test_the_review_keeps_its_district_counts():
    targets = extract_document(read_cached(pool_path("pool-001.txt")), use_model=False).targets
    assert {(int(t.value), t.unit) for t in targets if "区域养老服务中心" in t.evidence} == {(50, "个"), (20, "个")}
    assert any(t.value == 16 and t.evidence.startswith("16个区") for t in targets)


def test_the_canteen_rules_give_no_target_from_the_cases_of_ending_a_contract():
    targets = extract_document(read_cached(pool_path("pool-017.html")), use_model=False).targets
    assert not any("没有老年人就餐" in t.evidence for t in targets)
    assert sum(t.unit == "工作日" for t in targets) == 3  # the offices' time limits stay


@pytest.mark.parametrize("lead_in, listed", [
    ("下列情况之一的，可视情发布橙色预警：", True),  # the cases of a warning's grade
    ("有下列情形之一的，为较大突发事件：", True),
    ("区人社局收到申请材料后，应当根据下列情况分别作出处理：", False),  # what a body does in each case
])
def test_a_lead_in_listing_the_cases_of_a_grade_heads_its_items(lead_in, listed):
    text = f"{lead_in}\n（1）可能造成2万户以上居民用户停水的；\n（2）实际供水量低于计划供水量85%，且无法在48小时内解决的。\n"
    assert LabelledLines(text).under_a_label(text.index("（2）")) is listed
