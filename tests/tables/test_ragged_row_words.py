"""Numbered value tables flattened one cell per line, without a name column (建设时间 | 建设方式 | 类型 |
数量 | 面积): a row is titled by its words before its numbers, its merged cells included, never by a
number; a type cell whose bracket names a grade (等级(Ⅰ类固定中心)) owns nothing."""

import pytest

import extract
from extract.tables.group_owners import note_owner
from extract.tables.rows import CellText

HEAD = "# 某区应急避难场所建设方案\n\n发布日期：2024-03-01\n\n一、建设任务\n\n到2026年，分年度建设应急避难场所，具体见附表。\n\n"
BODY = "".join(f"（{n}）第{n}批场所于{2023 + n}年底前完成认定挂牌，纳入日常维护管理。\n\n" for n in range(1, 9))
TAIL = "\n\n二、保障措施\n\n加强组织领导。\n"
PROJECTS = ["附表1", "应急避难场所建设项目表", "序号", "建设时间", "建设方式", "场所类型", "数量", "避难面积", "(万m2)",
            "1", "2025年", "改造提升", "等级(Ⅱ类固定中心)", "3", "1.5",
            "2", "社区", "20", "8",
            "3", "2026年", "改造提升", "社区", "15", "6"]


def _result(lines: list[str], tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + BODY + "\n\n".join(lines) + TAIL, encoding="utf-8")
    return extract.extract(path, use_model=False)


@pytest.mark.parametrize(("title", "deadline"), [
    ("2025年改造提升等级(Ⅱ类固定中心)", "2025-12-31"),
    ("2025年改造提升社区", "2025-12-31"),  # 2 | 社区 | 20 | 8: the time and the way merged from the row above
    ("2026年改造提升社区", "2026-12-31"),
], ids=["own-words", "merged-words", "next-year"])
def test_row_without_name_titled_by_its_words(title, deadline, tmp_path):
    tasks = [t for t in _result(PROJECTS, tmp_path).tasks if t.method == "table"]
    assert [t.deadline for t in tasks if t.title == title] == [deadline]
    assert not [t for t in tasks if t.title.isdigit()]


@pytest.mark.parametrize(("label", "owner"), [
    ("等级(Ⅱ类固定中心)", None),  # a grade, though it ends like a unit
    ("场所(三级服务站)", None),
    ("基础工作(各街道、区城管局)", "各街道、区城管局"),
], ids=["roman-grade", "chinese-grade", "units"])
def test_grade_note_of_a_group_cell_owns_nothing(label, owner):
    found = note_owner(CellText(label, 0, len(label)))
    assert (found.text if found is not None else None) == owner




@pytest.mark.parametrize("title", ["2021年直接设置等级(Ⅲ类固定短期)", "2021年直接设置社区",
                                   "2023年配建设置/融入新建等级(Ⅰ类固定中心)", "2023年配建设置/融入新建等级(Ⅱ类固定短期)"],
                         ids=["row-1", "row-2", "row-7", "row-8"])
def test_o_008_project_rows_titled_by_their_words(o_008, title):
    (found,) = [t for t in o_008.tasks if t.title == title]
    assert tuple(found.owners) == ()
