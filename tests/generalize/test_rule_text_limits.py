"""Limits in rule texts (管理办法, 实施细则, service guides): a time limit the text sets a public body is a
target owned by that body (区住建局应于10个工作日内完成审核 → 10 工作日 <=), and so is the public notice
period of its procedure (公示期为5个工作日 → 5 工作日 =); a time limit set a private party (申请人, 经营者,
个人: extract/data/party_words.tsv, applicant_words.tsv) is none, also where an article's number opens the
clause (第八条 申请人应当…). Invented sentences, and real ones of development batches G, K and O where
../extra is checked out (corpora/gold/dev-g, dev-k, blind-o)."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _targets(text: str, title: str = "某市社会救助管理办法"):
    document = document_from_bytes(f"{title}\n{text}".encode("utf-8"), name="rules.txt", suffix=".txt")
    return extract_document(document, use_model=False).targets


@pytest.mark.parametrize("text, expected", [
    ("拟认定名单公示期为5个工作日。", (5, "工作日", "=")),
    ("评审结果公示时间为7个工作日。", (7, "工作日", "=")),
    ("经审核符合条件的,在区政府网站公示5个工作日。", (5, "工作日", "=")),
    ("审核通过后进行5个工作日的公示。", (5, "工作日", "=")),
    ("对符合条件的申请人,在小区出入口公示至少5个工作日。", (5, "工作日", ">=")),
], ids=["period", "time", "before", "after", "at-least"])
def test_a_public_notice_period_is_a_target(text, expected):
    assert expected in {(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)}


def test_a_limit_after_the_notice_period_stays_the_bodys_processing_limit():
    (target,) = _targets("区民政局应当在公示期满后5个工作日内作出决定。")
    assert (float(target.value), target.unit, target.comparator, target.owners) == (5, "工作日", "<=", ("区民政局",))
    assert target.indicator == "作出决定时限"


@pytest.mark.parametrize("text", [
    "公示期满无异议的,予以登记。",
    "经营者应当在收到通知之日起15日内完成整改。",
    "个人应当在离境前15日内办理清税手续。",
    "单位和个人应当在收到决定书之日起15日内缴纳。",
], ids=["no-amount", "business", "person", "units-and-persons"])
def test_a_private_partys_limit_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text", [
    "第一条 申请人应当在30日内提交补正材料。",
    "第三条 用人单位应当自用工之日起30日内为职工申请办理社会保险登记。",
    "(二)当事人应当在签订合同之日起20日内办理登记手续。",
], ids=["article-applicant", "article-employer", "item-party"])
def test_an_articles_number_does_not_hide_the_party_it_opens_on(text):
    assert not _targets(text)


@pytest.mark.parametrize("text, owner", [
    ("第二条 受理机关应当在5个工作日内作出决定。", "受理机关"),
    ("第四条 区住建局应于10个工作日内完成审核。", "区住建局"),
], ids=["authority", "bureau"])
def test_an_articles_number_is_no_part_of_the_owner(text, owner):
    (target,) = _targets(text)
    assert target.owners == (owner,) and target.comparator == "<="


def _document_targets(name: str):
    return extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets


@pytest.mark.parametrize("name, evidence, value", [
    ("g-005.html", "公示时间为5个工作日", 5),
    ("g-008.html", "公示期5个工作日", 5),
    ("k-010.html", "进行5个工作日的公示", 5),
    ("o-002.txt", "公示至少5个工作日", 5),
])
def test_the_notice_periods_of_real_procedures_are_targets(name, evidence, value):
    found = [t for t in _document_targets(name) if evidence in t.evidence and t.unit == "工作日"]
    assert [float(t.value) for t in found] == [value]


def test_the_real_article_opened_limit_is_owned_by_its_department():
    (target,) = [t for t in _document_targets("g-005.html") if t.value == 15 and t.unit == "工作日"]
    assert target.owners == ("人力资源社会保障部门",)
