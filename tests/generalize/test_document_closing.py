"""The paragraph after the last item of a document's body that speaks of the whole document (各地区、各有关
部门要按照本通知精神…, 请各有关单位按照上述要求…) is the document's closing: its units own no item, and the
last item keeps its own first paragraph. The plan is written for the test; the real members are read from
../shared."""
from extract.extractor import extract_document
from extract.outline import parse_outline
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached

PLAN = """某区关于加强公共绿地管理的通知
一、加强日常养护
区绿化市容局要落实日常养护责任。
二、强化执法检查
区城管执法局要加强执法检查。
各街道、各有关部门要按照本通知要求,认真抓好落实。区政府办公室要加强督查。
某区人民政府
2024年3月1日
"""

LAST_ALONE = """某区关于加强公共绿地管理的通知
一、加强日常养护
区绿化市容局要落实日常养护责任。
二、有关要求
各街道要按照本通知要求,认真抓好落实。
"""


def _tasks(text):
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_the_closing_paragraph_owns_no_item():
    assert _tasks(PLAN)["强化执法检查"].owners == ("区城管执法局",)


def test_the_last_item_ends_before_the_closing():
    last = parse_outline(PLAN).children[-1]
    assert PLAN[last.start:last.end].rstrip().endswith("区城管执法局要加强执法检查。")


def test_the_first_paragraph_of_the_last_item_stays_its_own():
    assert _tasks(LAST_ALONE)["有关要求"].owners == ("各街道",)


def test_a_national_notice_closing_leaves_the_last_item_to_its_own_units():
    tasks = extract_document(read_cached(doc_path("hfs-005.txt")), use_model=False).tasks
    (last,) = [t for t in tasks if t.title == "强化执法能力保障"]
    assert last.owners == ("环境监察机构",)
