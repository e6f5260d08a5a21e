"""Rule and service notices (办法, 细则, 通知 of service centres): their commitments are service time
limits, advance notices, subsidy standards per person and period, caps and quotas; eligibility
thresholds, definitions, forms to hand in and the paragraphs cited are not (RECORDS.md section 5).
The sentences and the notice are written for the test."""
from decimal import Decimal

import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import pool_path, read_cached
from tests.rules.test_targets import drafts

NOTICE = """某区老年人助餐服务补贴管理办法
第一条 为规范本区老年人助餐服务,制定本办法。
第二条 本办法所称助餐点是指为辖区老年人提供就餐服务、用餐区面积达到40平方米以上的场所。
第三条 街道办事处收到申请后,在规定期限内办结(4个工作日)。
第四条 助餐点停止服务的,应提前7个工作日告知服务对象。
第五条 就餐补贴标准为每人每次3元,送餐补贴每人每月120元,补贴期限最长为3年。
第六条 对新设立的助餐点给予一次性8万元的建设补助,每个街道每年最多申报2个。
第七条 申请人须提交申请表一式三份,符合前三款规定的,给予补贴。
"""


def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return extract_document(document, use_model=False).targets


def _found(text: str):
    return {(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)}


@pytest.mark.parametrize("text, expected", [
    ("窗口受理后,在规定期限内办结(7个工作日)。", (7, "工作日", "<=")),
    ("窗口办理时限为2个工作日。", (2, "工作日", "<=")),
    ("调整服务时间须提前3个工作日公告。", (3, "工作日", "=")),
    ("租房补贴期限最长为2年。", (2, "年", "<=")),
    ("实习补贴期限不超过6个月。", (6, "月", "<=")),
    ("每个企业每年房租补贴不超过4万元、补贴期限最长不超过3年。", (3, "年", "<=")),
    ("长者食堂步行服务半径为15-20分钟。", (15, "分钟", "range")),
])
def test_service_time_limits_are_targets(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "用3年时间完成老旧小区改造。",
    "连续2-3年抓好落实。",
    "领取准考证时间为9:00-12:00。",
    "信访总量连续4年下降。",
    "提前两年完成水库除险加固任务。",
])
def test_durations_that_bind_nothing_are_no_targets(text):
    assert not any(d.quantity.kind == "time" for d in drafts(text))


@pytest.mark.parametrize("text, expected", [
    ("洗浴补贴标准为每人每次5元。", (5, "元", "=")),
    ("给予每人每月600元住房补贴。", (600, "元/月", "=")),
    ("可领取每人每年800元通讯补贴。", (800, "元/年", "=")),
    ("给予一次性8万元的安家奖励。", (80000, "元", "=")),
    ("每家单位最多推荐3人。", (3, "人", "<=")),
    ("单个项目最高补助50万元。", (500000, "元", "<=")),
    ("资助标准为培训费用的五分之一。", (20, "%", "=")),
    ("用餐区面积不小于40㎡。", (40, "平方米", ">=")),
])
def test_subsidy_standards_caps_and_quotas_are_targets(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "本办法所称小微企业是指从业人员20人以上的企业。",
    "创业团队是指成员中高校毕业生比例达40%以上或出资比例达20%以上的团队。",
    "网上打印备案表,提交二份。",
    "申请表一式三份。",
    "不符合前四款规定的,不予受理。",
    "每新引进1个企业入驻园区的,给予2万元奖励。",
    "(三)总投资30万元以下工程施工备案操作规程",
    "给予年收入低于3万元的家庭一次性补助。",
])
def test_eligibility_definitions_forms_and_citations_are_no_targets(text):
    assert all(d.quantity.value != 1 or d.unit != "个" for d in drafts(text))
    assert not [d for d in drafts(text) if d.quantity.unit in ("人", "%", "份", "款")
                or (d.quantity.unit == "元" and d.quantity.value in (300000, 30000))]


def test_a_service_notice_gives_its_limits_and_standards():
    found = {(t.value, t.unit, t.comparator) for t in _targets(NOTICE)}
    assert found == {
        (Decimal(4), "工作日", "<="), (Decimal(7), "工作日", "="), (Decimal(3), "元", "="),
        (Decimal(120), "元/月", "="), (Decimal(3), "年", "<="), (Decimal(80000), "元", "="),
        (Decimal(2), "个/年", "<="),
    }


def test_a_limit_named_by_its_action_alone_is_labelled_so():
    (draft,) = [d for d in drafts("窗口受理后,在规定期限内办结(7个工作日)。") if d.quantity.kind == "time"]
    assert draft.indicator == "办结时限"


def test_a_record_is_no_cap():
    assert {d.comparator for d in drafts("粮食最高年产800亿斤。")} == {"="}


@pytest.mark.parametrize("text, label", [
    ("生活补贴标准为每人每月150元。", "生活补贴标准"),
    ("困难残疾人生活补贴按每户每月180元发放。", "困难残疾人生活补贴"),
    ("在职期间可领取每人每年800元通讯补贴。", "通讯补贴"),
    ("送餐补贴标准为每人每次2元。", "送餐补贴标准"),
])
def test_a_sum_per_person_is_labelled_by_what_is_paid(text, label):
    assert [d.indicator for d in drafts(text) if d.quantity.kind == "money"] == [label]


def test_a_sum_stated_as_the_standard_is_paid_not_a_scope():
    assert (200, "元/月", "=") in _found("按照每人每月200元的标准发放护理补贴。")


@pytest.mark.parametrize("text", [
    "申请人应在5个工作日内补齐材料。",
    "每名考生限报1个岗位。",
    "男子1000米跑成绩不超过4分25秒。",
])
def test_duties_of_applicants_and_test_events_are_no_targets(text):
    assert drafts(text) == []


def test_a_raised_standard_is_labelled_without_its_verb():
    assert [d.indicator for d in drafts("城乡低保标准提高到每人每月815元。")] == ["城乡低保标准"]


RULES = """某区青年人才就业补贴实施办法
第一条 对连续就业满1年且已取得执业资格证书的青年人才，一次性给予3万元就业补贴。
"""


def test_a_body_of_rules_states_standards_not_results():
    assert [(t.value, t.status) for t in _targets(RULES)] == [(Decimal(30000), "planned")]


def test_the_same_sentence_in_a_report_is_a_result():
    report = RULES.replace("实施办法", "工作总结")
    assert [t.status for t in _targets(report)] == ["achieved"]


def test_a_service_centres_announcement_commits():
    announcement = "某市社会保险服务中心关于开展养老保险待遇资格认证的通告\n待遇领取人员每年进行1次资格认证，认证结果在5个工作日内反馈。\n"
    assert {(t.value, t.unit, t.status) for t in _targets(announcement)} == {
        (Decimal(1), "次/年", "planned"), (Decimal(5), "工作日", "planned")}


def _corpus_targets(name: str):
    return extract_document(read_cached(pool_path(name)), use_model=False).targets


def test_the_small_works_rules_of_the_pool_give_their_time_limits_only():
    found = sorted((float(t.value), t.unit, t.comparator, t.indicator) for t in _corpus_targets("pool-014.txt"))
    assert found == [(3, "工作日", "<=", "办结时限")] * 3 + [(5, "工作日", "<=", "办结时限")]


def test_the_meal_service_rules_of_the_pool_give_their_subsidies_per_meal():
    found = {(float(t.value), t.unit, t.status) for t in _corpus_targets("pool-017.html")}
    assert {(2, "元", "planned"), (4, "元", "planned"), (1.5, "元", "planned"), (25, "%", "planned"),
            (30, "平方米", "planned"), (5, "工作日", "planned")} <= found
    assert not any(t.unit == "元/人" for t in _corpus_targets("pool-017.html"))


def test_a_quoted_list_of_standards_is_read_and_a_quoted_slogan_is_not():
    assert {(float(d.quantity.value), d.unit) for d in drafts("按照“城区5-10分钟、郊区15-20分钟”的原则布局网点。")} == {
        (5, "分钟"), (15, "分钟")}
    assert drafts("全面建成“四个中心、六个基地”。") == []
