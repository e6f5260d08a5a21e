"""Support-measure packages (corpora/gold/dev-w/README.md): support the government grants is a target, a term
that falls on a private party or its product is not (a tax or collection rate, a social-insurance rate, a
down-payment ratio, a loan's term: extract/data/party_terms.tsv); a sum granted per recipient written after a
slash (5000元/辆) is counted in 元, the recipient going into the indicator (extract/data/per_units.tsv, kind
recipient). Tax reckoning (加计抵减, 税前扣除) and what a buyer of land pays (保证金, 出让价款, 余款…内缴清) are
terms on private parties too, and so are the terms of a lease, a land grant or an upkeep and the time a developer may
put off building or handing over homes. The invented sentences are written for the test; the real ones are read from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "对个人购买家庭唯一住房的,减按1%的税率征收契税。",
    "对小型微利企业年应纳税所得额不超过100万元的部分,减按25%计入应纳税所得额。",
    "小规模纳税人适用3%征收率的应税销售收入,减按1%征收率征收增值税。",
    "按20%的税率缴纳企业所得税。",
    "检验检测收费减按50%收取。",
    "企业职工基本养老保险单位费率降至16%。",
    "个人费率从0.8%降低到0.5%。",
    "首套住房商业性个人住房贷款最低首付款比例调整为不低于20%。",
    "购买第二套住房的公积金贷款最低首付比例调整为30%。",
    "贷款期限最长不超过3年。",
    "住房公积金最长贷款期限为30年。",
    "对服务业纳税人可抵扣进项税额分别按5%和10%加计抵减应纳税额。",  # how a taxpayer's tax is reckoned
    "新购进的设备,单位价值的100%可在当年一次性税前扣除。",
    "继续执行15%企业所得税优惠政策。",
    "竞买保证金按不低于起始价的30%缴纳。",  # what a buyer of land pays, and when
    "合同签订后一个月内缴纳土地出让价款的60%。",
    "剩余价款分期缴纳,缴款期限最长不超过2年。",
    "首付款缴纳后,余款六个月内缴清。",
    "其余尾款在一年内交清。",
    "公共租赁住房合同租赁期限不超过5年。",  # the terms of a lease, a land grant, an upkeep
    "工业用地出让年限最高不超过20年。",
    "配套绿地由受让人负责建设并养护,养护期限2年。",
    "开发企业可申请缓建,缓建期限原则上不超过6个月。",  # how long a developer may put off its building
    "因不可抗力不能如期交房的,可适当顺延交房期限,但最长不超过两个月。",
    "可适当延长商品住房交付期限,最长不超过4个月。",
])
def test_a_term_on_a_private_party_is_no_target(text):
    assert not _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("新发生融资担保业务收取的担保费率不超过1%。", (1, "%")),  # a guarantee fee a public guarantor caps
    ("创业担保贷款利率不超过LPR+50BP。", (50, "BP")),  # the rate of a subsidised loan
    ("财政部门按贷款实际利率的50%给予财政贴息。", (50, "%")),  # the share of interest paid
    ("补贴期限最长不超过3年。", (3, "年")),  # a subsidy's period granted
    ("闲置国有房产用于托育服务的,租赁期最长可延长至15年。", (15, "年")),  # a lease the government extends for a service
    ("项目建成后,区住建局应在10个工作日内完成交付验收。", (10, "工作日")),  # a public body's processing limit
    ("个人创业担保贷款额度最高30万元。", (300000, "元")),  # a public-fund loan ceiling
    ("按企业上年度实际缴纳失业保险费的50%返还。", (50, "%")),  # a refund the government pays
    ("对新入驻企业给予3年的租金减免,减免租金2万元。", (20000, "元")),
    ("土地出让收入达到30亿元。", (3000000000, "元")),  # a sum the plan raises, no share paid
    ("力争全年土地出让价款同比增长15%。", (15, "%")),  # the growth of what land sales bring in
    ("全年企业所得税收入增长8%。", (8, "%")),  # a tax revenue's growth, no rate charged
])
def test_support_the_government_grants_stays_a_target(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("购置新能源汽车的,最高补贴5000元/辆。", (5000, "元")),
    ("购买一级能效家电的,给予补贴800元/台。", (800, "元")),
    ("新建地下停车位补贴2000元/个。", (2000, "元")),
    ("对购买新建商品住房的给予补贴150元/平方米。", (150, "元")),
    ("按600元/人的标准,给予一次性吸纳就业补贴。", (600, "元")),
])
def test_a_sum_granted_per_recipient_is_counted_in_yuan(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("全员劳动生产率达到25万元/人左右。", (250000, "元/人")),  # a ratio, no grant: keeps its base
    ("对农村危房改造户按一级补助2万元/户。", (20000, "元/户")),  # per household, as the tuned gold keeps it
    ("低保标准提高至900元/月。", (900, "元/月")),  # a period stays in the unit
])
def test_a_ratio_a_household_and_a_period_keep_their_base(text, amount):
    assert amount in _amounts(text)


def _targets(folder, name):
    return extract_document(read_cached(extra_path(folder, name)), use_model=False).targets


def test_a_loan_term_of_a_guide_on_guaranteed_loans_is_no_target():
    found = {(float(t.value), t.unit) for t in _targets("corpus", "h-007.html") if "贷款期限" in t.evidence}
    assert not found


def test_a_collection_rate_in_forwarded_tax_measures_is_no_target():
    assert not [t for t in _targets("corpus", "r-002.txt") if "征收率" in t.evidence]


def test_tax_rates_and_down_payments_of_a_housing_notice_go_but_its_subsidy_stays():
    targets = _targets("corpus", "w-011.html")
    assert not [t for t in targets if t.unit == "%" and ("减按" in t.evidence or "首付" in t.evidence)]
    assert (200, "元") in {(float(t.value), t.unit) for t in targets if "在校生" in t.evidence}


def test_sums_per_car_and_appliance_of_a_consumption_package_are_counted_in_yuan():
    units = {(float(t.value), t.unit) for t in _targets("corpus", "w-001.html") if "最高补贴" in t.evidence}
    assert {(5000, "元"), (1000, "元"), (500, "元")} <= units


def test_tax_reckoning_of_a_growth_package_and_of_a_finance_report_is_no_target():
    reckoned = [t for t in _targets("corpus", "w-002.html") if t.unit == "%" and
                ("加计抵减" in t.evidence or "税前扣除" in t.evidence)]
    assert not reckoned
    assert not [t for t in _targets("corpus", "u-001.txt") if t.unit == "%" and "企业所得税优惠" in t.evidence]


def test_what_a_land_buyer_pays_and_when_is_no_target():
    assert not [t for t in _targets("corpus", "w-010.html") if "保证金" in t.evidence or "价款" in t.evidence]
    assert not [t for t in _targets("corpus", "w-004.html") if "缴清" in t.evidence]
    assert not [t for t in _targets("corpus", "w-002.html") if "交清" in t.evidence]
