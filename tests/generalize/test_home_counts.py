"""Housing-market rules (corpora/gold/dev-ad/README.md; W's gold agrees): how many homes a household may buy
(限购1套商品住房) and which of its homes a loan is for (二套住房商业性个人住房贷款, 申请二套住房公积金贷款) are terms
of the rule on buyers (extract/data/party_terms.tsv, kind count), no target; homes a government builds, raises or
hands over stay targets. The invented sentences are written for the test; the real ones are read from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "非本市户籍家庭在限购区域内限购1套商品住房。",
    "本市户籍成年单身人士未拥有住房的,限购1套住房。",
    "二套住房商业性个人住房贷款利率下限按现行规定执行。",
    "申请二套住房公积金贷款,须提供婚姻状况证明。",
    "三套住房贷款暂停发放。",
])
def test_the_homes_a_buyer_may_buy_or_borrow_for_are_no_target(text):
    assert not {a for a in _amounts(text) if a[1] == "套"}


@pytest.mark.parametrize("text, amount", [
    ("今年筹集保障性租赁住房1500套。", (1500, "套")),
    ("完成2套住房改造。", (2, "套")),
    ("新增个人住房贷款300亿元。", (30000000000, "元")),  # a sum lent, not a count of homes
    ("城中村改造安置房交付1.8万套。", (18000, "套")),
])
def test_homes_built_or_lent_for_stay_targets(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("name", ["w-010.html", "w-011.html", "ad-002.html", "ad-006.html", "ad-011.html"])
def test_housing_rules_count_no_home_of_a_buyer(name):
    targets = extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
    assert not [t for t in targets if t.unit == "套" and ("限购" in t.evidence or "二套住房" in t.evidence)]


def test_a_housing_notice_keeps_the_homes_it_builds_beside_the_purchase_cap():
    targets = extract_document(read_cached(extra_path("corpus", "ad-011.html")), use_model=False).targets
    assert (160000.0, "套") in {(float(t.value), t.unit) for t in targets}  # 建设筹集各类保障性住房16万套


def test_a_housing_notice_keeps_the_fund_loan_ceiling_beside_the_second_home():
    targets = extract_document(read_cached(extra_path("corpus", "w-010.html")), use_model=False).targets
    assert (700000.0, "元") in {(float(t.value), t.unit) for t in targets}  # 贷款额度提高到70万元
