"""One target-breakdown table written as HTML, Word, Excel (.xlsx, .xls) and PDF gives the same records."""
import pytest

import extract
from tests.corpus import REPO

FIXTURES = REPO / "tests" / "fixtures"
FILES = ["qingxi_table.html", "qingxi_notice.docx", "qingxi_notice.pdf", "qingxi_targets.xlsx", "qingxi_targets.xls"]
EXPECTED = {
    (12, "个", "2024-12-31", ("区住建局",)), (30, "个", "2025-12-31", ("区住建局",)),
    (40, "部", "2024-12-31", ("各街道办事处",)), (100, "部", "2025-12-31", ("各街道办事处",)),
    (5, "个", "2024-12-31", ("区城管局",)), (8, "个", "2025-12-31", ("区城管局",)),
    (600, "个", "2024-12-31", ("区交通运输局",)), (800, "个", "2025-12-31", ("区交通运输局",)),
}


@pytest.mark.parametrize("name", FILES)
def test_year_cells_become_targets_due_at_the_year_end(name):
    result = extract.extract(FIXTURES / name)
    table = {(t.value, t.unit, t.deadline, t.owners) for t in result.targets if t.method == "table"}
    assert table == EXPECTED
    assert all(t.status == "planned" for t in result.targets if t.method == "table")


@pytest.mark.parametrize("name", FILES)
def test_rows_become_tasks_with_the_merged_task_name(name):
    tasks = [t for t in extract.extract(FIXTURES / name).tasks if t.method == "table"]
    assert [(t.title, t.owners) for t in tasks] == [
        ("老旧小区改造", ("区住建局",)), ("老旧小区改造", ("各街道办事处",)),
        ("城市功能完善", ("区城管局",)), ("城市功能完善", ("区交通运输局",))]


def test_the_last_year_with_content_dates_a_row():
    tasks = [t for t in extract.extract(FIXTURES / "qingxi_table.html").tasks if t.method == "table"]
    assert {t.deadline for t in tasks} == {"2025-12-31"}


def test_a_deadline_column_dates_the_row_instead():
    tasks = [t for t in extract.extract(FIXTURES / "qingxi_targets.xlsx").tasks if t.method == "table"]
    assert [t.deadline for t in tasks] == ["2024-12-31", "2024-12-31", "2024-10-31", "2024-09-30"]


def test_merged_cells_stand_in_every_row_they_span():
    document = extract.read(FIXTURES / "qingxi_table.html")
    grid = document.tables[0].grid()
    assert [row[1].text for row in grid[2:]] == ["老旧小区改造", "老旧小区改造", "城市功能完善", "城市功能完善"]
    assert [cell.text for cell in grid[0]] == ["序号", "重点任务", "责任单位", "年度目标", "年度目标"]
