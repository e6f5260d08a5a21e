"""Limits in rule texts (管理办法, 实施细则, service guides): a time limit the text sets a public body is a
target owned by that body (区住建局应于10个工作日内完成审核 → 10 工作日 <=); a time limit set a private party
(申请人, 当事人, 用人单位) is none, also where an article's or item's number opens the clause (第八条 申请人应当…),
and the number is no part of the owner. Invented sentences, and a real one of development batch G where ../extra
is checked out. (Publicity periods, 公示5个工作日, stay no target: the gold of the batches is split on them.)"""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.corpus import extra_path, read_cached


def _targets(text: str, title: str = "某市社会救助管理办法"):
    document = document_from_bytes(f"{title}\n{text}".encode("utf-8"), name="rules.txt", suffix=".txt")
    return extract_document(document, use_model=False).targets


def test_a_limit_after_the_notice_period_stays_the_bodys_processing_limit():
    (target,) = _targets("区民政局应当在公示期满后5个工作日内作出决定。")
    assert (float(target.value), target.unit, target.comparator, target.owners) == (5, "工作日", "<=", ("区民政局",))


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


def test_the_real_article_opened_limit_is_owned_by_its_department():
    document = read_cached(extra_path("corpus", "g-005.html"))
    (target,) = [t for t in extract_document(document, use_model=False).targets if t.value == 15 and t.unit == "工作日"]
    assert target.owners == ("人力资源社会保障部门",)
