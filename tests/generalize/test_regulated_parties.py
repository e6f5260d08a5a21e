"""Requirements a rule lays on the private parties it governs (extract/rules/exclusions/regulated.py,
extract/data/regulated_parties.tsv): a clause opening with a company, a mine, an expert or a trading venue and a duty
word or a bound states what the party must have or do, no output the government commits to (RECORDS.md section 5; AI's
and AG's gold record none). What a government body or a public service must meet, a count of parties, the state's own
companies and support granted stay targets. The invented sentences are written for the test; the real ones are read
from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "评审专家连续担任同一类项目评委不得超过3年。",
    "改造后矿井产能不低于45万吨/年。",
    "年产5万吨以下的煤矿至少配备2名专职安全员。",
    "生产经营单位应当每年至少组织2次应急演练。",
    "排污单位应当在取得许可证后30日内公开排放信息。",
    "交易场所拟变更注册地址的,应当提前1个月报告市金融局。",
    "该企业法人须持有二级以上资质且净资产不低于5000万元。",
], ids=["expert-term", "mine-size", "mine-staff", "operator-drills", "emitter-window", "venue-topic",
        "bidder-capital"])
def test_a_requirement_on_a_regulated_party_is_no_target(text):
    assert not _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("区应急管理局应当在5个工作日内作出审批决定。", (5.0, "工作日")),
    ("每个乡镇至少配备1名专职安全员。", (1.0, "名")),
    ("全年新增规上企业不少于50家。", (50.0, "家")),
    ("国有企业招聘高校毕业生人数不低于上年的20%。", (20.0, "%")),
    ("见习单位应当按月向见习人员发放不低于最低工资标准60%的生活补贴。", (60.0, "%")),
    ("小微企业创业担保贷款每笔期限最长不超过3年。", (3.0, "年")),
    ("督促企业研发投入占比不低于3%。", (3.0, "%")),
    ("到2027年,高新技术企业不少于300家。", (300.0, "家")),
    ("施工单位须在6月底前完成300户管线改造。", (300.0, "户")),
], ids=["government-window", "township-staff", "count-of-companies", "state-owned", "allowance-granted",
        "loan-term-granted", "government-urges", "count-bound", "output-built"])
def test_what_the_government_or_its_support_must_meet_stays_a_target(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("name, evidence", [
    ("ai-003.md", "专家连续参与评审"),
    ("ai-006.txt", "矿井规模"),
    ("ai-006.txt", "煤矿至少配3名"),
    ("ai-008.md", "向市科委报告"),
    ("ai-008.md", "报市科委备案"),
    ("ad-008.html", "注册资本金"),
    ("ag-008.md", "基础研究投入"),
])
def test_requirements_on_regulated_parties_in_real_rules_are_no_targets(name, evidence):
    assert not [t for t in extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
                if evidence in t.evidence]


@pytest.mark.parametrize("name, evidence, amount", [
    ("g-006.html", "见习单位应当每月向见习人员提供", (80.0, "%")),
    ("n-004.html", "小微企业创业担保贷款每次期限", (2.0, "年")),
    ("h-007.html", "招聘数量不低于当年退役大学生士兵人数", (15.0, "%")),
])
def test_support_and_the_state_companies_own_shares_stay_targets(name, evidence, amount):
    assert amount in {(float(t.value), t.unit) for t in
                      extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
                      if evidence in t.evidence}
