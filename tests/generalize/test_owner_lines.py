"""An item's owners written on the line(s) after its words: a 责任单位 / 牵头单位 … 配合单位 line, in its
written forms, beside a deadline line; the line owns that item and not the next one. An addressee line
and a heading naming a topic own nothing. Invented notices, and such lists of the shared corpus and of the
development batches."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某县优化营商环境行动方案
各镇人民政府,县政府各部门:
一、提升开办便利度
1.推行企业开办全程网上办理,企业开办时间压缩至1个工作日以内。
{line}
2.推进涉企证照电子化应用。
"""


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document).tasks}


@pytest.mark.parametrize("line, owners, deadline", [
    ("责任单位:县市场监管局", {"县市场监管局"}, None),
    ("责任单位:\n县市场监管局、县数据局", {"县市场监管局", "县数据局"}, None),
    ("责任单位:县市场监管局;完成时限:2025年底", {"县市场监管局"}, "2025-12-31"),
    ("完成时限:2025年底\n责任单位:县市场监管局", {"县市场监管局"}, "2025-12-31"),
    ("责任单位:县市场监管局\n完成时间:2025年12月", {"县市场监管局"}, "2025-12-31"),
    ("牵头部门:县市场监管局 协同部门:县数据局", {"县市场监管局", "县数据局"}, None),
    ("牵头单位:县市场监管局\n配合单位:县数据局", {"县市场监管局", "县数据局"}, None),
    ("(牵头单位:县市场监管局;配合单位:县数据局)", {"县市场监管局", "县数据局"}, None),
    ("(县市场监管局牵头,各镇配合)", {"县市场监管局", "各镇"}, None),
    ("牵头领导:王某某\n责任单位:县市场监管局", {"县市场监管局"}, None),
], ids=["tag", "tag-then-units-below", "with-deadline", "deadline-first", "deadline-after",
        "lead-and-partner-one-line", "lead-and-support-lines", "bracketed-tags", "bracketed-roles",
        "leader-line-first"])
def test_the_owner_line_after_an_item_owns_it(line, owners, deadline):
    task = _tasks(NOTICE.format(line=line))["推行企业开办全程网上办理,企业开办时间压缩至1个工作日以内"]
    assert set(task.owners) == owners
    assert task.deadline == deadline


def test_lead_and_support_lines_keep_their_roles():
    task = _tasks(NOTICE.format(line="牵头单位:县市场监管局\n配合单位:县数据局"))[
        "推行企业开办全程网上办理,企业开办时间压缩至1个工作日以内"]
    assert task.lead_owners == ("县市场监管局",)
    assert task.support_owners == ("县数据局",)


@pytest.mark.parametrize("line", ["责任单位:县市场监管局", "(县市场监管局负责)"])
def test_the_owner_line_does_not_own_the_next_item(line):
    assert _tasks(NOTICE.format(line=line))["推进涉企证照电子化应用"].owners == ()


def test_the_addressee_line_and_a_topic_heading_own_nothing():
    tasks = _tasks(NOTICE.format(line="责任单位:县市场监管局"))
    assert tasks["提升开办便利度"].owners == ()
    assert not any("各镇人民政府" in t.owners for t in tasks.values())


def _real_tasks(path):
    return {t.title: t for t in extract_document(read_cached(path)).tasks}


def test_bracketed_owner_lines_of_a_district_plan():
    tasks = _real_tasks(doc_path("shgov-002.txt"))
    assert set(tasks["开展新建建筑光伏项目建设工程"].owners) == {"区建管委", "区发展改革委"}
    assert tasks["积极发展绿色金融"].owners == ("区投促办",)


def test_owner_lines_of_a_provincial_plan():
    """The first line says its last units own every later item too (以下均需…落实): they stand beside each line's."""
    tasks = _real_tasks(extra_path("corpus", "r-002.txt"))
    assert set(tasks["加强大学生创新创业宣传引导"].owners) == {"省教育厅", "人社厅", "各设区市人民政府", "平潭综合实验区管委会"}


def test_lead_and_support_tags_of_a_district_plan():
    tasks = _real_tasks(extra_path("corpus", "i-002.txt"))
    task = tasks["推进5个“美丽街区”建设"]
    assert task.lead_owners == ("区绿化市容局",)
    assert task.support_owners == ("相关街镇",)
