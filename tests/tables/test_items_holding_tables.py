"""An item whose text holds a table does not take the table's cells as its own owners: the cells are
the rows' owners (RECORDS.md section 5), and a header line or a row's number and name run together
(牵头单位\t配合单位, 33\t某公司) are no unit at all."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, pool_path, read_cached

PLAN = """某区老旧小区改造实施方案
一、工作目标
到2025年底,完成老旧小区改造30个。
附件:重点任务分工表
<table>
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>完成12个小区外立面整治</td><td>区住建局</td><td>各街道</td></tr>
<tr><td>2</td><td>建设停车泊位500个</td><td>区交通委</td><td>区城管局</td></tr>
</table>
"""


def test_the_item_around_a_table_has_no_owners_from_its_cells():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    tasks = extract_document(document, use_model=False).tasks
    (item,) = [t for t in tasks if t.method == "rule"]
    assert item.title == "工作目标" and item.owners == ()
    assert [t.owners for t in tasks if t.method == "table"] == [("区住建局", "各街道"), ("区交通委", "区城管局")]


@pytest.mark.parametrize(("path", "title_end"), [
    (pool_path("pool-015.html"), "指标体系及分值表"),
    (doc_path("jxgov-006.html"), "产业项目入库名单"),
])
def test_an_annex_heading_over_a_table_names_no_owner(path, title_end):
    (annex,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.endswith(title_end)
                and "《" not in t.title]
    assert annex.owners == ()
