"""Amounts in service and rules notices (dev-e/README.md): benefit rates per person and period, caps per
household and year, sums stated in months of a standard, staffing ratios and per-place quotas are
targets; eligibility windows, the case a grant is made in, names of subsidies, counts of grades and the
contributions a person pays are not; a time limit is labelled by the action it limits. The sentences
are written for the test."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)}


@pytest.mark.parametrize("text, amount", [
    ("住院陪护补助标准不超过150元/人/日。", (150, "元/日", "<=")),
    ("困难老人护理补贴按80元/人/月发放。", (80, "元/月", "=")),
    ("同一户在1个自然年度内领取的补助金额累计不超过3万元。", (30000, "元/年", "<=")),
    ("同一企业在一个年度内获得的奖励最高不超过50万元。", (500000, "元/年", "<=")),
    ("家庭病床覆盖率每年提高2~4个百分点。", (2, "百分点/年", "range")),
    ("各服务中心每年每个不少于50万元运营经费。其中,提供助浴服务的服务中心增加20万元运营经费。",
     (200000, "元/年", "=")),
])
def test_a_benefit_rate_or_cap_is_counted_per_its_period(text, amount):
    assert amount in _amounts(text)


def test_a_rate_per_person_keeps_the_period_only_and_the_year_of_a_cap_is_no_count():
    found = _amounts("同一户在1个自然年度内领取的补助金额累计不超过3万元,住院陪护补助不超过150元/人/日。")
    assert {(v, u) for v, u, _ in found} == {(30000, "元/年"), (150, "元/日")}


@pytest.mark.parametrize("text, amount", [
    ("一次性救助金额原则上人均不超过本市4个月城乡低保标准。", (4, "月", "<=")),
    ("个人救助标准不低于当地三个月城乡低保标准。", (3, "月", ">=")),
    ("按当地5个月城乡低保标准给予一次性补助。", (5, "月", "=")),
])
def test_a_sum_stated_in_months_of_a_standard_is_a_target_in_months(text, amount):
    assert amount in _amounts(text)


def test_a_case_stated_in_months_of_a_standard_is_no_target():
    assert not _amounts("人均救助金额超过本市4个月城乡低保标准的,报区民政部门审批。")


def test_a_staffing_ratio_and_its_minimum_are_targets_in_the_counted_unit():
    found = _amounts("街道应当安排专职人员(每3000名常住居民配备1名网格员,不足3000名的至少配备1名)。")
    assert found == {(1, "名", "="), (1, "名", ">=")}


def test_a_quota_for_each_place_keeps_its_counted_unit():
    assert (1, "个", ">=") in _amounts("每个行政村应当建成至少1个农家书屋。")


@pytest.mark.parametrize("text", [
    "困难情形须发生在申请日前6个月内。",
    "申请人应当提交申请日前3个月内出具的医院诊断证明。",
    "同时符合三项及以上条件的,按最高补助标准执行。",
    "享受困难群众两项补贴的对象按有关规定执行。",
    "评定为更高星级的,予以两个等级补助标准间的差额。",
    "个体工商户的缴费比例为16%,其中10%计入统筹基金,6%计入个人账户。",
])
def test_eligibility_windows_cases_names_and_contributions_are_no_targets(text):
    assert not _amounts(text)


def test_the_case_a_grant_is_made_in_is_no_target_but_the_grant_is():
    found = _amounts("服务机构全年开展助餐服务达到2000人次,且通过年度验收的,给予一次性奖励10万元。")
    assert {(v, u) for v, u, _ in found} == {(100000, "元")}


@pytest.mark.parametrize("text, label", [
    ("街道办事处在受理之日起5个工作日内,根据核查情况,提出初审意见。", "提出初审意见时限"),
    ("区民政部门应尽快拨付补助资金,原则上不得超过15天。", "拨付补助资金时限"),
    ("区民政部门应当在收到材料后的5个工作日内完成核查并上报市民政部门。", "完成核查时限"),
    ("一般信息要在3天内报送。", "报送时限"),
    ("区民政部门自收到复核申请之日起10个工作日采取走访、电话核查等方式组织复核。", "组织复核时限"),
])
def test_a_time_limit_is_labelled_by_the_action_it_limits(text, label):
    assert [d.indicator for d in drafts(text) if d.quantity.kind == "time"] == [label]


def test_a_processing_period_counted_from_a_day_is_a_target_as_written():
    assert _amounts("区民政部门自收到复核申请之日起10个工作日采取走访等方式组织复核。") == {(10, "工作日", "=")}
    assert not _amounts("本办法自公布之日起30日后施行。")


@pytest.mark.parametrize("text, comparator, label", [
    ("原则上各单位的法律顾问不少于本单位工作人员总数的3%。", ">=", "各单位的法律顾问占本单位工作人员总数比例"),
    ("服务机构每月按照不低于基本生活费10%的标准发放零用钱。", ">=", "服务机构占基本生活费比例"),
    ("管理费用不超过项目总投资的2%。", "<=", "管理费用占项目总投资比例"),
])
def test_a_bound_on_a_share_holds_across_its_base(text, comparator, label):
    assert [(d.comparator, d.indicator) for d in drafts(text)] == [(comparator, label)]


@pytest.mark.parametrize("text, amount", [
    ("网格员每月至少主动走访5次困难家庭。", (5, "次/月", ">=")),
    ("厂房租赁期最长可延长至15年。", (15, "年", "<=")),
    ("城乡居民医保财政补助最低标准提高30元。", (30, "元", "=")),
])
def test_a_bound_a_short_verb_away_holds_but_not_a_standard_it_names(text, amount):
    assert amount in _amounts(text)


def test_the_earlier_amounts_of_a_list_count_what_the_last_one_names():
    found = drafts("评估为优秀、良好、合格的,每年每个分别给予30万元、20万元、10万元服务奖励。")
    assert [d.indicator for d in found] == ["服务奖励"] * 3


def test_the_number_of_an_article_is_no_part_of_a_label():
    assert [d.indicator for d in drafts("第十二条 第一类补助对象每人每月300元。")] == ["第一类补助对象"]


def test_the_procurement_pilot_pays_in_advance_at_least_its_share():
    targets = extract_document(read_cached(doc_path("govcn-005.html")), use_model=False).targets
    assert {(int(t.value), t.unit, t.comparator) for t in targets if t.unit == "%"} >= {(30, "%", ">=")}


def test_the_tax_relief_share_counted_into_wages_is_no_target():
    targets = extract_document(read_cached(doc_path("jxgov-004.html")), use_model=False).targets
    assert not any(t.unit == "%" and t.value == 50 for t in targets)


def test_a_list_amount_bounding_the_next_thing_shares_no_noun():
    found = drafts("全市工业总产值达到800亿元、十亿元以上企业达到12家。")
    assert [d.indicator for d in found if d.quantity.value == 80000000000] == ["工业总产值"]


def test_a_verb_saying_how_a_standard_is_set_is_no_label():
    found = drafts("困难家庭认定标准按低保标准的1.2倍确定。")
    assert [(float(d.quantity.value), d.unit) for d in found] == [(1.2, "倍")]
    assert found[0].indicator != "确定" and "低保标准" in found[0].indicator


@pytest.mark.parametrize("text", ["各区于本通知印发后2个月内制定细则。", "各地要在本意见印发之日起60日内出台办法。"])
def test_the_time_after_the_document_is_issued_is_a_deadline_not_a_target(text):
    assert not _amounts(text)


@pytest.mark.parametrize("text, label", [
    ("每家服务机构年度奖励额度最高不超过8万元。", "机构年度奖励额度"),
    ("创业担保贷款额度最高不超过30万元。", "创业担保贷款额度"),
])
def test_a_bound_word_is_no_part_of_the_label(text, label):
    assert [d.indicator for d in drafts(text)] == [label]


@pytest.mark.parametrize("text, amount", [
    ("护理耗材按不高于每人每年9000元的标准纳入基金支付范围。", (9000, "元/年", "<=")),
    ("姐妹三人分担每月2400元的额度,各自分担的额度不能超过每月900元。", (900, "元/月", "<=")),
    ("大病医疗支出在6000元限额内据实扣除。", (6000, "元", "<=")),
    ("每户安置住房面积不能低于30平方米。", (30, "平方米", ">=")),
])
def test_a_bound_holds_a_sum_paid_per_person_or_period_and_within_a_limit(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("志愿人员服务期间每人每年800元的交通补贴。", (800, "元/年")),
    ("符合条件的,可申请2万元的一次性创业补贴。", (20000, "元")),
    ("每年全市各级机关至少安排200名指标,面向退役士兵招录公务员。", (200, "名/年")),
    ("由兄弟三人分摊每月1500元的扣除额度。", (1500, "元/月")),
    ("场地补贴标准:每连续租满1年补贴5000元。", (5000, "元/年")),
    ("每名学员每月1000元的生活费。", (1000, "元/月")),
])
def test_a_sum_of_a_benefit_written_before_its_name_or_a_quota_of_posts_is_a_target(text, amount):
    assert amount in {(v, u) for v, u, _ in _amounts(text)}


@pytest.mark.parametrize("text", [
    "对总投资1000万元的项目给予补贴。",
    "每两年可申请1次。",
])
def test_the_scope_of_a_grant_and_a_permission_stay_no_targets(text):
    assert not _amounts(text)


@pytest.mark.parametrize("text", [
    "患有多种慢性病的参保人,最多选择其中2个病种享受门诊待遇。",
    "参保人须在签约药店中选定1家作为本人的购药药店。",
    "家庭病床起付标准每60日计算1次。",
    "药店一经选定,一个年度内原则上不作调整。",
    "经认定的转制企业三年内免征房产税。",
    "对距法定退休年龄5年以内的职工,可办理提前退休。",
    "创业主体登记满半年,申请补贴前3个月正常经营且有不少于2名员工参保的,可申请场地补贴。",
    "申请日前已在本县连续居住三年以上。",
    "对吸纳5人以上就业的借款人,给予贷款贴息。",
    "参保人只能选定1家药店。",
    "申请贷款前6个月内无逾期记录且有不少于2名员工参保的,可申请贴息。",
    "对还款记录良好的借款人可继续提供贴息,累计次数不得超过2次。",
])
def test_a_beneficiary_choice_a_reckoning_a_bar_an_exemption_span_and_a_distance_to_retire_are_no_targets(text):
    assert not _amounts(text)


def test_a_time_limit_before_an_application_the_office_keeps_stays_a_target():
    assert (5, "工作日", "<=") in _amounts("区人社部门应在受理申请前5个工作日内完成公示。")


def test_a_bound_before_a_clause_on_work_to_do_stays_a_target():
    assert (500, "户", ">=") in _amounts("年内完成500户以上改造的任务。")


def test_a_pilot_chosen_by_the_government_stays_a_target():
    assert (8, "个", "~") in _amounts("在全省范围内选择8个左右有条件的县开展试点。")


@pytest.mark.parametrize("text, amount", [
    ("吸纳就业8人以上的,单笔最高贷款额度可提高至60万元。", (600000, "元", "<=")),
    ("青年创业贷款最高可贷金额为 80 万元。", (800000, "元", "<=")),
    ("合伙经营的,贷款总额不超过贷款额度上限(300万元)。", (3000000, "元", "<=")),
])
def test_a_sum_stated_of_a_limit_is_bounded_by_it(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("创业担保贷款利率不超过LPR+60BP。", (60, "BP", "<=")),
    ("个人住房贷款利率下调20个基点。", (20, "基点", "=")),
])
def test_a_spread_in_basis_points_is_an_amount_its_bound_holds_past_the_base_rate(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("按照每人2000元标准,给予每名新到岗的志愿人员一次性安家补贴。", (2000, "元", "=")),
    ("按每户500元的标准,发放节日慰问金。", (500, "元", "=")),
])
def test_a_standard_stated_before_the_grant_it_sets_is_a_target(text, amount):
    assert amount in _amounts(text)


def test_a_standard_raised_from_its_lowest_is_no_bound():
    assert (800, "元", "=") in _amounts("养老金最低标准提高到800元。")


def test_a_plans_quoted_figure_spelled_out_is_a_target_and_a_definition_is_not():
    assert (15, "座", "=") in _amounts("“15”是指新建、改建以樱花为主的特色园15座。")
    assert not _amounts("骨干企业是指年产值达5000万元以上的企业。")


def test_the_taiwan_loan_programmes_cap_what_may_be_lent():
    targets = extract_document(read_cached(doc_path("twgov-002.txt")), use_model=False).targets
    assert {(int(t.value), t.comparator) for t in targets if t.unit == "元" and "可贷" in t.evidence} >= {
        (1000000, "<="), (2000000, "<="), (4000000, "<=")}
