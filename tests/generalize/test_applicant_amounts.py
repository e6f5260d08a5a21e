"""Amounts a rules or service notice states of its applicants (dev_g decisions): the conditions who may
apply must meet, who they are, what they hand in, what is on offer to them and what they pay; bars a
sanction sets and typical spans. None is a target; the standards a site must meet and the limits the
administration keeps are. The documents and sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.corpus import pool_path, read_cached
from tests.rules.test_targets import drafts

RULES = """某市创业孵化基地管理办法
第一章 总则
第一条 为规范本市创业孵化基地管理,制定本办法。
第二章 申请条件和程序
第二条 申请认定创业孵化示范基地,应当符合下列条件:
(一)具有独立法人资格;
(二)每年新入驻企业15家以上,孵化成功率不低于35%。
第三条 区人力资源部门应当自受理之日起12个工作日内完成审核。
第四条 孵化基地的场地应当具备以下条件:
(一)办公面积不少于300平方米;
(二)配备专职管理人员。
"""

NOTICE = """关于受理某区青年公寓申请的公告
一、申请条件
申请人上年度收入应当在12万元以上。
二、房源概况
本批次青年公寓共48套,其中一房一厅20套。
三、租赁费用
(一)租金标准
甲小区26元/平方米/月。
四、审核
区住房部门在收到申请后8个工作日内完成审核。
"""


def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document).targets}


def test_the_conditions_of_applying_are_no_targets_but_a_sites_standards_and_a_time_limit_are():
    found = _targets(RULES)
    assert (15, "家") not in found and (35, "%") not in found
    assert {(12, "工作日"), (300, "平方米")} <= found


def test_conditions_stock_and_rent_of_an_application_notice_are_no_targets():
    assert _targets(NOTICE) == {(8, "工作日")}


@pytest.mark.parametrize("text", [
    "违规单位三年内不得再次申报补助。",
    "被撤销资格的机构两年内不予受理其申请。",
    "培训期限一般为2个月至4个月。",
])
def test_a_sanctions_bar_and_a_typical_span_are_no_targets(text):
    assert not [d for d in drafts(text) if d.quantity.kind == "time"]


def test_the_cap_after_a_typical_span_is_a_target():
    found = [(float(d.quantity.value), d.comparator) for d in drafts("培训期限一般为2个月至4个月,最长不超过8个月。")]
    assert found == [(8, "<=")]


@pytest.mark.parametrize("text", [
    "示范单位连续两年每年接收学员超过40人(含40人),学员留用率达到50%以上(含50%)的,可申请认定为示范单位。",
    "指导老师每年指导学员超过8人(含8人),学员就业率达到75%以上(含75%)的,予以通报表扬。",
    "示范单位每两年可申请1次补贴。",
    "情况复杂的,审核期限可以延长10个工作日。",
])
def test_the_case_an_outcome_follows_and_a_permission_are_no_targets(text):
    assert not drafts(text)


def test_a_time_limit_before_a_case_without_amounts_stays_a_target():
    found = drafts("区民政部门应当在5个工作日内完成审核,符合条件的,予以公示。")
    assert [(float(d.quantity.value), d.unit, d.comparator) for d in found] == [(5, "工作日", "<=")]


def test_a_bound_restated_inclusive_is_one_amount():
    found = drafts("服务中心每年接待咨询不少于200人次(含200人次)。")
    assert [float(d.quantity.value) for d in found] == [200]


@pytest.mark.parametrize("text, amount", [
    ("对每名学员按150元/人的标准给予补贴。", (150, "元", "=")),
    ("全员劳动生产率达到45万元/人。", (450000, "元/人", ">=")),
    ("每名学生在一个资助年度内获得资助不超过4000元。", (4000, "元/年", "<=")),
    ("在一个资助年度内申请补贴的器具不得超过3件(套)。", (3, "件(套)/年", "<=")),
    ("每户年度救助金额上限为6000元。", (6000, "元", "<=")),
])
def test_a_grant_per_person_is_in_yuan_and_a_quota_per_funding_year_is_per_year(text, amount):
    assert amount in {(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "左右成对的护具同时申请的,视为1件(套)。",
    "可租房源不足5套时,申请人可放弃本轮选房。",
    "申请家庭需在摇号后3个工作日内选定1套房屋。",
    "抽中房屋的申请对象,未在规定时间内选定1套房屋,将视作弃租。",
    "申请主体应当在协议终止后10日内腾退场地。",
    "第十八条 本办法中困难学生指毕业2年内未就业的学生。",
])
def test_a_reckoning_a_case_an_applicants_duty_and_a_definition_are_no_targets(text):
    assert not drafts(text)


def test_a_person_named_before_a_clause_of_what_others_do_for_them_keeps_the_amount():
    found = drafts("对行动不便的老年患者,经医师评估可将单次配药量最长放宽至2个月。")
    assert [(float(d.quantity.value), d.unit, d.comparator) for d in found] == [(2, "月", "<=")]


@pytest.mark.parametrize("text", [
    "两房一厅面向下列家庭:\n1.单身人士;\n2.2人户家庭;\n3.5人户家庭可选择两房一厅。\n",
    "三房面向下列家庭:\n1.单身人士;\n2.夫妻家庭;\n3.5人家庭可选择三房。\n",
])
def test_the_number_of_a_list_item_and_a_household_size_are_no_amounts(text):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    assert not extract_document(document).targets


@pytest.mark.parametrize("text", [
    "资助对象为毕业3年内的学生。",
    "支持登记注册2年内的初创企业吸纳就业,且企业负责人年满18周岁。",
    "补贴对象应于取证之日起6个月内,向区人社部门提出补贴申请。",
    "首次补贴申请应于注册之日起2年内提出。",
    "单位每月按不低于最低工资70%的标准支付补贴的,可按规定享受见习补贴。",
])
def test_eligibility_windows_ages_applicants_time_limits_and_cases_are_no_targets(text):
    assert not drafts(text)


@pytest.mark.parametrize("text, label", [
    ("区民政部门应当自受理申请之日起15个工作日内完成审核。", "完成审核时限"),
    ("市指导中心于5个工作日内向市人才办提交复核。", "向市人才办提交复核时限"),
])
def test_the_administrations_time_limits_stay_targets(text, label):
    assert [d.indicator for d in drafts(text)] == [label]


GRANTS = """某市创业补贴申领指南
1、一次性创业补贴
补贴条件:
(1)创办企业的负责人符合以下条件之一:
①毕业5年内的高校毕业生;
②退役军人。
(2)企业吸纳就业4人或以上。
补贴标准:8000元。
2、创业场地补贴
补贴条件:
(1)企业租赁场地经营满1年;
补贴标准:每年最高补贴5000元。
"""


def test_the_items_under_a_condition_label_are_no_targets_but_the_labelled_standard_and_the_grant_are():
    assert _targets(GRANTS) == {(8000, "元"), (5000, "元/年")}


def test_a_canteens_site_conditions_stay_targets_in_a_real_rules_page():
    targets = extract_document(read_cached(pool_path("pool-017.html"))).targets
    assert {(30, "平方米", ">="), (25, "平方米", ">="), (10, "名", ">=")} <= {
        (float(t.value), t.unit, t.comparator) for t in targets}


@pytest.mark.parametrize("text", [
    "父母可以选择由其中一人按规定标准的100%享受扣除。",
    "同一人员只能享受1次一次性补助。",
])
def test_an_option_a_beneficiary_picks_and_how_often_a_benefit_is_drawn_are_no_targets(text):
    assert not drafts(text)


def test_a_sum_a_beneficiary_enjoys_stays_a_target():
    assert [(float(d.quantity.value), d.unit) for d in drafts("符合条件的家庭每月可享受500元补贴。")] == [(500, "元/月")]


@pytest.mark.parametrize("text", [
    "婚后可以选择其中一套住房,由购买方按扣除标准的100%扣除,也可以由夫妻双方分别按扣除标准的50%扣除。",
    "学员从证书核发之日起6个月内,符合申请条件的,可按规定申请技能补贴。",
])
def test_a_choice_earlier_in_the_sentence_and_an_applicants_window_before_a_case_are_no_targets(text):
    assert not drafts(text)


def test_a_time_limit_before_a_grant_to_a_case_without_amounts_stays_a_target():
    found = drafts("区人社部门应在10个工作日内,对符合条件的,按规定发放补贴。")
    assert [(float(d.quantity.value), d.unit, d.comparator) for d in found] == [(10, "工作日", "<=")]


def test_a_labelled_standard_lists_a_sum_per_grade():
    text = "二、大赛奖励\n奖励标准:一等奖8万元,二等奖6万元,优秀奖2万元。\n"
    assert _targets(text) == {(80000, "元"), (60000, "元"), (20000, "元")}
