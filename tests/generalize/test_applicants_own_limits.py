"""Time limits and choices that belong to the applicant, the reader of a guide or a party under a rule
(RECORDS.md section 5): the reader's own window (请于…内), how early one may come (可提前1个月), a holder's
window (持证人需在…内, 在…期满前两个月内,持卡人可…), an appeal (…内向人民法院提起行政诉讼), a party's
filing set off after its case (律师变更执业机构的,应当…内备案), the picks an applicant enters (填报3个志愿)
and the scope of a ban (不得同时在两家以上…). None is a target; the administration's own limits stay.
Invented sentences, and the service pages of development batch N (corpora/gold/dev-n/SOURCES.tsv) where
../extra is checked out."""

import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts



@pytest.mark.parametrize("text", [
    "请于3个工作日内携带原件到窗口补交材料。",
    "如材料不全,请您在10日内补正。",
    "您需在证件到期前30日内办理换证手续。",
    "年满65周岁的老年人,可提前1个月申请办理。",
    "符合条件的居民可以提前2个月在网上预约。",
    "持证人需在有效期满前15日内办理续签。",
    "持卡人应当在证件到期前一个月内办理换卡。",
    "在证件期满前两个月内,持卡老年人可申请换卡。",
    "自收到通知之日起10日内,申请人应补齐材料。",
], ids=["reader-please", "reader-you-please", "reader-you", "advance", "advance-may",
        "holder-needs", "holder-shall", "window-then-holder", "window-then-applicant"])
def test_the_readers_and_holders_own_windows_are_no_targets(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "当事人不服的,可以自收到决定书之日起15日内依法申请行政复议。",
    "当事人不服的,可以在3个月内依法提起行政诉讼。",
    "申请人对结果有异议的,可在6个月内向人民法院提起行政诉讼。",
    "申请人不服的,可在15日内向人民法院起诉。",
], ids=["review", "lawsuit", "lawsuit-court", "sue"])
def test_an_appeal_window_is_the_partys_own(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "执业律师变更执业机构的,应当自变更之日起15日内向司法行政部门备案。",
    "代理机构应当自变更之日起30日内办理变更手续。",
], ids=["topic-then-duty", "agent-shall"])
def test_a_partys_filing_window_is_its_own(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "每名考生最多选报3个专业。",
    "考生可填报2个平行志愿。",
    "其中,公办学校志愿最多6个。",
    "从业人员不得同时在两家以上单位执业。",
    "医师不能同时在3家以上医疗机构多点执业。",
], ids=["picks", "wishes", "wishes-at-most", "ban", "ban-can-not"])
def test_an_applicants_picks_and_a_bans_scope_are_no_targets(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("区人社局应当自收到申请之日起15日内作出复议决定。", [(15, "日")]),
    ("请各区于10个工作日内报送工作进展。", [(10, "工作日")]),  # a request to units names them
    ("区民政部门收到材料后,应当在5个工作日内向市民政局备案。", [(5, "工作日")]),
    ("在受理申请后5个工作日内,区民政部门应完成审核。", [(5, "工作日")]),  # the unit holds the window
    ("镇人民政府需提前5个工作日向服务对象公示。", [(5, "工作日")]),  # no permission: a duty
    ("建成志愿服务站点100个。", [(100, "个")]),
    ("录用人员不得超过岗位数的20%。", [(20, "%")]),  # a cap, not the scope of a ban
], ids=["units-appeal-decision", "request-to-units", "units-filing", "units-window", "advance-duty",
        "volunteer-stations", "ban-with-cap"])
def test_the_administrations_own_limits_and_amounts_stay_targets(text, expected):
    assert [(float(d.quantity.value), d.unit) for d in drafts(text)] == expected


def _amounts(name: str) -> set[tuple[float, str]]:
    return {(float(t.value), t.unit) for t in extract_document(read_cached(extra_path("corpus", name)),
                                                                use_model=False).targets}


@pytest.mark.parametrize("name, gone, kept", [
    ("n-014.html", {(5, "工作日")}, set()),  # the reader hands in the papers
    ("n-016.html", {(6, "月")}, set()),  # the appeal to a court
    ("n-006.html", {(2, "月"), (1, "月")}, {(15, "工作日")}),  # coming early, renewing; the office issues
    ("n-007.html", {(1, "月")}, {(5, "工作日")}),  # the holder renews; the review period
    ("n-009.html", {(30, "日"), (2, "个")}, {(20, "日")}),  # filing, a ban and its penal case; the licence decision
    ("n-002.html", {(19, "个"), (14, "个"), (5, "个")}, {(1023, "个")}),  # the picks; the places on offer
    ("n-013.html", {(1, "个")}, {(135, "个")}),
], ids=lambda v: v if isinstance(v, str) else None)
def test_service_pages_of_batch_n_keep_only_the_administrations_amounts(name, gone, kept):
    found = _amounts(name)
    assert not gone & found and kept <= found
