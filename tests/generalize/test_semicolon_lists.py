"""Parts of one sentence joined by semicolons that list amounts without a verb of their own continue
the verb of the part before (新增…30个;…10条;…5座), as a list joined by 、 does; a level stated in its
own words after a semicolon takes no verb from the part before."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

PLAN = """某区银杏推广三年行动方案
发布日期:2031年3月2日
一、工作目标
2032年,新增银杏观赏点位25个;特色林荫道8条;银杏主题园3座。
全区新增就业岗位1.2万个;城镇登记失业率4.5%以内。
"""


def _targets():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {float(t.value): t for t in extract_document(document, use_model=False).targets}


def test_verbless_parts_after_a_semicolon_continue_the_verb_before():
    targets = _targets()
    assert {v: (t.unit, t.action) for v, t in targets.items() if v in (25, 8, 3)} == {
        25: ("个", "新增"), 8: ("条", "新增"), 3: ("座", "新增")}


def test_a_level_after_a_semicolon_keeps_its_own_words():
    assert _targets()[3.0].indicator == "银杏主题园"
    assert _targets()[12000.0].action == "新增"
