"""A lone domain that a bare 等部门 closes (卫生健康等部门要…, 安全监管等有关部门应当…) is written by its domain, as each
domain of a list already is (公安、审计等部门 → 公安, 审计); a class that words between 等 and its head describe
(人力资源社会保障等审核部门) stands as written. The development batches hold such subjects in three repositories
(ao-004, k-008, ad-011 in ../extra, which tests do not read); no readable document of ../shared/corpus has one,
so the notice is written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.unit_lists import domain_owner

NOTICE = """某市疫情防控运输保障工作方案
一、做好重点地区管控
卫生健康等部门要加强对重点地区来往人员的健康监测。
二、加强信息通报
安全监管等有关部门应当及时通报同级交通运输主管部门。
三、规范审核
人力资源社会保障等审核部门要按规定审核申请材料。
四、协同机制
公安、审计等部门要建立信息共享机制。
"""


def test_notice_owners():
    result = extract_document(document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt"))
    owners = {t.title: t.owners for t in result.tasks}
    assert owners["做好重点地区管控"] == ("卫生健康",)
    assert owners["加强信息通报"] == ("安全监管",)
    assert owners["规范审核"] == ("人力资源社会保障等审核部门",)  # 审核 describes the class: as written
    assert owners["协同机制"] == ("公安", "审计")


@pytest.mark.parametrize(("unit", "written"), [
    ("卫生健康等部门", "卫生健康"),
    ("安全监管等有关部门", "安全监管"),
    ("市住房城乡建设等部门", "市住房城乡建设"),
    ("公安等相关单位", "公安"),
    ("文化旅游等审批部门", "文化旅游等审批部门"),
    ("区水利局", "区水利局"),
    ("等部门", "等部门"),
], ids=["等部门", "等有关部门", "a-level-before-the-domain", "等相关单位", "a-described-class", "a-name", "no-domain"])
def test_domain_owner(unit, written):
    assert domain_owner(unit) == written
