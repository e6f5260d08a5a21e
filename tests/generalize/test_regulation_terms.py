"""A regulation's terms that commit the government to no output (RECORDS.md section 5): the fine it imposes
(处…倍以上…倍以下的罚款, 罚款N元), the share of a body's members that must sit or agree (a rule of procedure),
and a party's own time limit (当事人应当在…30日内办理备案); the administration's own limits, a level of
members the plan raises and money that is no sanction stay targets. Sentences written for the test."""
import pytest

from extract.rules.unit_names import is_unit
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "违反本规定的,由县市场监管局责令改正,处违法所得2倍以上5倍以下的罚款。",
    "逾期不改正的,处五千元以上三万元以下罚款。",
    "对直接责任人员处以罚款800元。",
    "情节严重的,并处12万元罚金。",
    "逾期缴纳的,按日加收万分之五的滞纳金。",
    "逾期不拆除的,由镇综合执法队责令其在10日内自行拆除。",
])
def test_a_fine_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "评议会议须有评议委员会三分之二以上委员出席方可召开。",
    "鉴定小组中外聘专家人数不得少于鉴定小组总人数的40%。",
    "评审结论应当经评审组五分之四以上成员签字同意。",
])
def test_a_share_of_a_bodys_members_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "房屋买卖当事人应当在签订合同之日起20日内办理登记手续。",
    "纳税人(含个体工商户)应在次月终了后15日内申报缴纳。",
    "用人单位应当自用工之日起30日内为职工办理参保登记。",
])
def test_a_partys_own_time_limit_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("县住建局应当在受理申请之日起7个工作日内完成审核。", [(7, "工作日")]),  # the administration's limit
    ("到2027年,村民委员会成员中妇女比例达到35%以上。", [(35, "%")]),  # a level of members raised
    ("全年清理规范涉企收费项目26项。", [(26, "项")]),  # fees cleared, no sanction
])
def test_the_administrations_limits_and_levels_stay_targets(text, expected):
    assert _amounts(text) == expected


def test_a_party_read_for_its_time_limit_stays_a_unit_that_may_own_a_task():
    assert is_unit("用人单位")  # 用人单位作为…责任主体: an owner where the text charges it
