"""Land-sale announcements (corpora/gold/dev-ad/README.md): what the buyer of a sale must or may do is a term of
the sale, no target; what the government commits to is. A clause opening with a party of the sale (竞得人,
受让人…: extract/data/sale_parties.tsv) and its duty, permission or time binds the party, and so do the
clauses of its sentence going on with it (extract/rules/parties.py). The invented sentences are written for
the test; the real ones are read from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text", [
    "东区A01号宗地竞得人须在出让合同签订后6个月内开工建设,并在开工建设后2年内竣工。",
    "竞得人须按规划条件要求,同步修建1所12班幼儿园。",
    "西区B02号、西区B03号宗地竞得人须严格执行装配式建筑要求,装配式建筑面积不低于计容总面积的30%,装配率不低于40%。",
    "竞得人在商业部分主体结构封顶前,住宅预售建筑面积不得高于住宅可售总建筑面积的30%。",
    "受让人应当在合同签订之日起30日内缴清全部土地价款。",
    "本批次出让的9宗地竞得人可在签订合同后60日内付清价款。",
    # the buyer's acts within the sale's windows, no party named (sale_acts.tsv)
    "宗地成交后7个工作日内签订国有土地出让合同,合同签订后2个月内缴纳40%成交价款。",
    "如选择分期付款,须在签订合同20日内付至出让金总额的60%,5个月内付清余款。",
    "首期价款缴纳后,余款两年内缴清。",
])
def test_what_the_buyer_of_a_sale_must_do_is_no_target(text):
    assert not _amounts(text)


@pytest.mark.parametrize("text, amount", [
    # the next step, its doer unnamed, after the buyer's own window
    ("土地竞得人在成交后3个工作日内提出分期缴款申请,5个工作日内将分期安排载入出让合同。", (5, "工作日")),
    # another doer named with 由
    ("竞得人须在签订合同后提交资料,由区住建部门在5个工作日内完成审核。", (5, "工作日")),
    ("市土地储备中心在合同签订后30日内,向竞得人办理土地移交手续。", (30, "日")),
    ("受让人可申请延期6个月缴纳土地价款。", (6, "月")),  # a delay applied for is granted
    # the administration's limits in a sale's windows open on its own verbs
    ("由区自然资源局在3个工作日内退还竞买保证金。", (3, "工作日")),
    ("成交后8个工作日内将分期安排载入出让合同。", (8, "工作日")),
    # a payment window with no sale's price or contract named is no sale term
    ("推动企业在2个月内缴纳欠缴费用的80%。", (80, "%")),
    # a developer or a home buyer is no party of this rule: a plan commits to what it does for them
    ("开发企业须在年底前完成200套安置房建设。", (200, "套")),
    ("对购房人给予购房合同总价1%的补贴。", (1, "%")),
])
def test_what_the_government_does_stays_a_target(text, amount):
    assert amount in _amounts(text)


def _targets(name):
    return extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets


def test_a_land_sale_announcement_keeps_its_refund_limit_but_not_the_buyers_duties():
    targets = _targets("ad-008.html")
    assert not [t for t in targets if t.evidence.startswith(("竞得人须", "并在开工建设后", "装配率"))]
    assert (5, "工作日") in {(float(t.value), t.unit) for t in targets if "退还" in t.evidence}


def test_a_measures_package_keeps_the_step_after_a_buyers_application():
    evidence = {t.evidence for t in _targets("w-004.html")}
    assert not [e for e in evidence if e.startswith("土地竞得人在土地成交后")]
    assert [e for e in evidence if "载入出让合同" in e]


def test_a_land_sale_page_drops_the_buyers_payment_windows_with_no_party_named():
    evidence = {t.evidence for t in _targets("ad-005.html")}
    assert not [e for e in evidence if "内签订土地出让合同" in e or "内缴纳50%土地成交价款" in e]
    assert not [t for t in _targets("ad-008.html") if t.evidence.endswith("内付清余款")]
