"""Housing-fund pages (corpora/gold/dev-ad/README.md, W's gold agrees): what a member may withdraw from his own
housing-fund account, how often and within what time, is a term on him (extract/data/party_terms.tsv), no
target; a share a government sets aside from a revenue is. The invented sentences are written for the test;
the real ones are read from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "职工每年可提取一次住房公积金支付房租。",
    "提取金额不超过2万元且不超过本人账户余额。",
    "租住公共租赁住房的,提取限额为每月1500元。",
    "每次提取额不得超过6个月的租金。",
    "提取办理时限由一年放宽至三年。",
])
def test_what_a_member_may_withdraw_from_his_fund_account_is_no_target(text):
    assert not _amounts(text)


def test_a_share_set_aside_from_a_revenue_stays_a_target():
    assert (10, "%") in _amounts("从土地出让收益中提取10%用于农田水利建设。")


@pytest.mark.parametrize("name", ["ad-010.html", "w-002.html", "w-006.html"])
def test_housing_fund_withdrawals_are_no_target(name):
    assert not [t for t in extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
                if "提取" in t.evidence]
