"""Units a list item names only as the recipients or approvers of someone else's act (经A、B批准…的,
报区政府备案的, 向区民政局提出申请的) own nothing by it: a list a recipient word (object_verbs.tsv, receives)
opens is no list of the units bearing the item's duty. The other readers already leave recipients
alone (区发展改革委要…,报区政府批准: only the subject owns); these tests keep them so. Sentences are
written for the test, and one real item of n-017 (batch N: skipped where ../extra is not checked out)."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.item_units import item_units
from tests.corpus import extra_path, read_cached

CONDITIONS = """某区人才补贴申领指南
一、申领条件
申请人符合以下条件之一的,可以申请补贴:
1.经区人力资源社会保障局、区财政局审核同意调入的;
2.报区政府批准引进的;
二、报送信息
各有关单位应当提供以下信息:
(一)公安部门有关户籍迁入的信息;
(二)区民政局、区残联有关救助对象的信息。
三、工作要求
(一)区发展改革委要会同区财政局编制年度计划,报区政府批准后实施。
(二)由区民政局负责汇总材料,报市民政局备案。
(三)区住建局负责将结果报送区政府、市住建委。
"""


def test_recipients_own_no_item_and_subjects_keep_theirs():
    result = extract_document(document_from_bytes(CONDITIONS.encode("utf-8"), name="guide.txt", suffix=".txt"),
                              use_model=False)

    def owners(title):
        (task,) = [t for t in result.tasks if t.title.startswith(title)]
        return task.owners
    assert owners("经区人力资源社会保障局") == ()  # approvers in a condition
    assert owners("报区政府批准引进的") == ()
    assert owners("公安部门有关户籍迁入") == ("公安部门",)  # a listed unit without a verb still owns
    assert owners("区民政局、区残联有关") == ("区民政局", "区残联")
    assert owners("区发展改革委要会同") == ("区发展改革委", "区财政局")  # not 区政府
    assert owners("由区民政局负责汇总") == ("区民政局",)  # 由X…报Y: X, not Y
    assert owners("区住建局负责将结果") == ("区住建局",)


@pytest.mark.parametrize("item, units", [
    ("经区人力资源社会保障局、区财政局审核同意的;", ()),  # the list 经 opens ends on the unit its verb follows
    ("向区民政局、区残联提出申请的;", ()),
    ("报区政府批准的;", ()),
    ("经发局有关企业信息;", ("经发局",)),  # 经发局 is a name: no recipient word opens it
    ("公安部门有关户籍信息、报区政府备案的名单;", ("公安部门",)),  # units before the recipient word keep
])
def test_item_units_after_a_recipient_word(item, units):
    assert item_units(item).owners == units


def test_a_pension_guide_names_no_owner_of_an_approved_transfer():
    path = extra_path("corpus", "n-017.html")
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks
               if t.title.startswith("经县级以上党委组织部门")]
    assert task.owners == ()
