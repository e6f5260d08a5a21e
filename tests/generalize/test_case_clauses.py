"""Amounts inside a clause that sets a case, not an output the government commits to (RECORDS.md section 5:
a target is output the plan commits to): a clause closed by a 的 no noun follows (…离婚后2年内再次购房的,…),
a clause 当 opens and 时 closes (当库存去化周期低于12个月时,…), an amount said to suffice (…完成50%即可申请),
and the 对…的 case of a numbered item ((四)对…前2年内…的家庭,…) (extract/rules/exclusions/conditions.py).
What is granted or limited for the case, a time to wait for a service and a plan's level stay targets.
Invented sentences, and real ones of batches AD, W and R (skipped where ../extra is not checked out)."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, amount", [
    ("家庭成员离婚后3年内再次购买住房的,按离婚前家庭住房套数计算。", (3, "年")),
    ("购房人在两年内转让住房两次以上的,自第二次转让起不予办理提取。", (2, "年")),
    ("申请人连续缴存公积金满12个月的,可申请贷款。", (12, "月")),
    ("存放气瓶总量超过80公斤的,要责令限期改正。", (80, "公斤")),
    ("当新建住房库存去化周期超过18个月时,暂停供应住宅用地。", (18, "月")),
    ("(二)当商品住房成交量连续3个月下降时,应及时调整供地计划。", (3, "月")),
    ("多层住宅主体结构完成60%即可申请预售资金拨付。", (60, "%")),
    ("(三)对近3年内在本市累计缴纳社会保险24个月以上的外地家庭,参照本地家庭执行。", (3, "年")),
])
def test_an_amount_in_a_case_clause_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("符合条件的,审批部门应在5个工作日内办结。", (5, "工作日")),  # the government's limit after the case
    ("对首次购房的家庭,给予每户2万元购房补贴。", (20_000, "元")),  # support granted for the case
    ("在新区购房的,契税补贴比例提高到50%。", (50, "%")),
    ("选择普通网点办理的,等待10个工作日即可领卡。", (10, "工作日")),  # how long the service takes
    ("为实现新增租赁住房3000套的目标,加快盘活存量房源。", (3000, "套")),  # a level to reach
    ("当年新建保障性住房500套。", (500, "套")),  # 当年 opens no case
    ("当前要在完成改造老旧小区30个的同时,推进加装电梯。", (30, "个")),  # 的同时 closes no 当…时
    ("全年新增就业5万人是可以实现的。", (50_000, "人")),  # 是…的 states a level, no case
    ("全年筹集保障性租赁住房2000套,同时改造老旧小区30个。", (30, "个")),
])
def test_what_is_done_for_the_case_stays_a_target(text, amount):
    assert amount in _amounts(text)


def _targets(name: str):
    return extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets


def _has(name: str, value: float, unit: str, words: str) -> bool:
    return any(float(t.value) == value and t.unit == unit and words in t.evidence for t in _targets(name))


def test_the_housing_pages_give_no_amounts_of_their_cases():
    assert not _has("ad-002.html", 2, "年", "购买商品住房的")  # 离异后…2年内购买商品住房的,
    assert not _has("ad-003.html", 12, "月", "吸纳周期")  # 当…吸纳周期低于12个月时,
    assert not _has("ad-010.html", 1, "年", "过户交易")  # …在一年内发生两次(含)以上…交易的,
    assert not _has("ad-001.html", 2, "年", "累计缴纳")  # (四)对…前2年内…累计缴纳…的…家庭,
    assert not _has("w-004.html", 1, "年", "涨跌幅")  # (2)…下一批次备案价格在一年内涨跌幅超调控目标的;
    assert not _has("w-010.html", 50, "%", "即可")  # 主体完成50%即可申请住房公积金贷款
    assert not _has("r-005.md", 2, "米", "软管")  # 连接软管长度超过2米…的,


def test_the_housing_pages_keep_what_they_grant():
    found = {(float(t.value), t.unit) for t in _targets("w-010.html")}
    assert (700_000, "元") in found  # 住房公积金贷款额度提高到70万元, the clause after the case
