"""A heading or a lead-in line naming whom its items qualify (符合下列要求的…, 符合以下标准的:): the items
are tests passed, no targets (extract/data/applicant_headings.tsv, kind qualifying); a standard a site must
meet (应当具备以下条件) and a plan's own amounts stay targets."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

NOTICE = """某市民政局关于整顿行业协会的意见
一、整顿的重点
（一）符合下列要求的行业协会予以保留。
1.有规范的名称。
2.有30个以上的会员。
3.地方性协会应有3万元以上活动资金。
（二）确诊符合以下标准的病例纳入管理：
1.收缩压高于150mmHg；
2.病程满6个月。
二、工作安排
年底前完成120家行业协会的清理工作。
"""

STANDARD = """某区养老服务站点建设方案
一、建设要求
站点场地应当具备以下条件：
1.建筑面积不小于40平方米。
"""


def values(text: str) -> list[float]:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return [t.value for t in extract_document(document, use_model=False).targets]


def test_the_items_under_a_qualifying_heading_or_lead_in_are_no_targets():
    assert values(NOTICE) == [120]


def test_a_standard_a_site_must_meet_stays_a_target():
    assert values(STANDARD) == [40]
