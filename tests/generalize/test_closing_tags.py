"""A tag that closes a section after its last item ((责任部门:…) on a line of its own, or a last item that is
nothing but a tag: (四)责任单位:…) owns the section and every item of it that names no unit, and the amounts
inside them; where the items carry tags of their own, the last tag is the last item's only. Invented
notices, and such support-measure packages of development batch W."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.assignments import closing_tag
from tests.corpus import extra_path, read_cached

PACKAGE = """某市关于支持住房消费的若干措施
各区县人民政府,市直各部门:
一、加大购房补贴力度
(一)对首次购买新建商品住房的家庭,每套补贴2万元。
(二)对多子女家庭购房的,补贴提高到3万元。
{closing}
二、优化公积金服务
推行公积金业务网上办理。
(责任部门:市公积金中心)
"""


def _records(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    result = extract_document(document)
    return {t.title: t for t in result.tasks}, {t.evidence: t for t in result.targets}


@pytest.mark.parametrize("closing", [
    "(责任部门:市住建局、市财政局)",
    "【责任单位:市住建局、市财政局】",
    "责任单位:市住建局、市财政局。",
    "(三)责任单位:市住建局、市财政局。",
], ids=["bracketed-line", "square-bracketed-line", "bare-line", "tag-only-item"])
def test_a_closing_tag_owns_its_section_and_items(closing):
    tasks, targets = _records(PACKAGE.format(closing=closing))
    owners = {"市住建局", "市财政局"}
    assert set(tasks["加大购房补贴力度"].owners) == owners
    assert set(tasks["对首次购买新建商品住房的家庭,每套补贴2万元"].owners) == owners
    assert set(targets["每套补贴2万元"].owners) == owners


def test_lead_and_support_roles_of_a_closing_tag():
    tasks, _ = _records(PACKAGE.format(closing="(牵头单位:市住建局;配合单位:市财政局)"))
    task = tasks["加大购房补贴力度"]
    assert task.lead_owners == ("市住建局",)
    assert task.support_owners == ("市财政局",)


def test_items_with_tags_of_their_own_keep_them_and_the_section_has_none():
    text = PACKAGE.replace("每套补贴2万元。\n", "每套补贴2万元。\n(责任部门:市住建局)\n").format(
        closing="(责任部门:市财政局)")
    tasks, _ = _records(text)
    assert tasks["对首次购买新建商品住房的家庭,每套补贴2万元"].owners == ("市住建局",)
    assert tasks["对多子女家庭购房的,补贴提高到3万元"].owners == ("市财政局",)
    assert tasks["加大购房补贴力度"].owners == ()


def test_a_tag_inside_the_last_items_words_closes_nothing():
    tasks, _ = _records(PACKAGE.format(closing="").replace("补贴提高到3万元。", "补贴提高到3万元(责任部门:市财政局)。"))
    assert tasks["对首次购买新建商品住房的家庭,每套补贴2万元"].owners == ()
    assert tasks["加大购房补贴力度"].owners == ()


@pytest.mark.parametrize("text, owners", [
    ("正文。\n(责任部门:市房产局、市自然资源局)", ("市房产局", "市自然资源局")),
    ("4. 责任单位:市城管局。", ("市城管局",)),
    ("正文(责任单位:区甲局)", ()),
    ("责任单位:区甲局 完成时限:2020年", ()),
    ("(牵头单位:区甲局;配合单位:区乙局)", ("区甲局", "区乙局")),
    ("2.主要任务。推进建设。牵头单位:区甲局,配合单位:区乙局", ("区甲局", "区乙局")),
    ("3.完善线路。完成期限:持续推进牵头单位:区甲局责任单位:区乙局", ("区甲局", "区乙局")),
    ("加强管理。牵头单位负责统筹", ()),
], ids=["own-line", "numbered-tag-item", "inside-a-sentence", "beside-a-deadline", "lead-and-support",
        "run-on-after-the-last-sentence", "run-on-after-a-deadline", "no-tag"])
def test_closing_tag_reads_only_a_line_of_tags(text, owners):
    assert closing_tag(text).owners == owners


def test_a_tag_run_on_after_the_last_items_last_sentence_closes_the_section():
    """A one-line page keeps a block's tag on the line of its last item (…。牵头单位:A,配合单位:B), as the
    Pingtan archive's plans do (aa-003, au-002): it owns the block and the items before it."""
    text = PACKAGE.format(closing="").replace("补贴提高到3万元。", "补贴提高到3万元。牵头单位:市住建局,配合单位:市财政局")
    tasks, targets = _records(text)
    assert tasks["加大购房补贴力度"].owners == ("市住建局", "市财政局")
    assert tasks["加大购房补贴力度"].lead_owners == ("市住建局",)
    assert tasks["对首次购买新建商品住房的家庭,每套补贴2万元"].owners == ("市住建局", "市财政局")


def _real_tasks(path):
    return {t.title: t for t in extract_document(read_cached(path)).tasks}


def test_bracketed_closing_lines_of_a_housing_notice():
    result = extract_document(read_cached(extra_path("corpus", "w-011.html")))
    tasks = {t.title: t for t in result.tasks}
    assert tasks["提供公积金支持政策"].owners == ("沈阳公积金中心",)
    assert tasks["支持二孩或三孩家庭住房公积金贷款"].owners == ("沈阳公积金中心",)
    assert tasks["落实差别化税收政策"].owners == ("市税务局",)
    amount = next(t for t in result.targets if t.evidence == "本科毕业生补贴2万元")
    assert set(amount.owners) == {"市房产局", "市人力资源社会保障局", "市自然资源局"}


def test_tag_only_last_items_of_implementing_rules():
    tasks = _real_tasks(extra_path("corpus", "w-004.html"))
    assert set(tasks["强化金融政策支持"].owners) == {"人民银行宿州市中心支行", "银保监会宿州监管分局", "宿州市地方金融监管局"}
    assert tasks["供暖配套设施完善"].owners == ("市城管局",)
    assert tasks["完善基础配套设施"].owners == ()  # its items close with tags of their own
