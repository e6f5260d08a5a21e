"""A lead-in naming the materials applicants hand in (提交下列材料…:, 将以下材料报送至…。): the counts of its
items are copies (原件1份), no targets (extract/data/applicant_headings.tsv, kind handed); the subsidy the
notice grants and a processing limit after the list stay targets. The real members (a district's talent housing
subsidy rules, a city's housing fund withdrawal rules, a city's internship-base rules) are in fetched batches
the tests may not read: these sentences are written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

NOTICE = """某区人才购房补贴实施细则
一、补贴标准
符合条件的人才每人给予购房补贴20万元。
二、申办程序
1.申请。申请人提交下列材料向所在单位提出申请:
(1)购房补贴申请表1份;
(2)提供人才类别证明材料:
①职称证书原件及复印件各1份;
②劳动合同原件及复印件1份。
2.初审。单位审核后,将以下材料报送至区人才中心。
(1)单位营业执照复印件1份;
(2)申报人员花名册1份。
3.复审。区人才中心在10个工作日内完成复审。
"""


def values(text: str) -> list[tuple[float, str]]:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return [(t.value, t.unit) for t in extract_document(document, use_model=False).targets]


def test_counts_of_copies_under_a_list_of_materials_are_no_targets():
    assert values(NOTICE) == [(200000, "元"), (10, "工作日")]
