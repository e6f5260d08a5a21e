"""Numbered value tables flattened one cell per line whose text cells on the left are merged over
several rows (建设时间 | 建设方式 written on the first row of their run): a row with fewer cells than
columns inherits those cells from the row above and its own cells fill the columns on the right. A
header cell broken over two lines, its unit in brackets on a line of its own (面积 / (万m2)), is one
header cell. A header written again between rows (a table over two pages) does not end the table."""

import pytest

import extract

HEAD = "# 某区应急避难场所建设方案\n\n发布日期：2024-03-01\n\n一、建设任务\n\n到2026年，分年度建设应急避难场所，具体见附表。\n\n"
TAIL = "\n\n二、保障措施\n\n加强组织领导。\n"
SITES_HEADER = ["序号", "权属部门", "场所名称", "地址", "避难面积(万平方米)", "最大避难人数(万人)"]
SITES = ["附表2", "应急避难场所建设计划表", *SITES_HEADER,
         "1", "区教育局", "东湖小学", "湖滨路8号", "0.5", "0.2",
         "2", "西湖中学", "湖西路2号", "0.8", "0.32",
         *SITES_HEADER,
         "3", "区绿化局", "北山公园", "北山路1号", "2", "0.8"]


def _targets(lines: list[str], tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(HEAD + "\n\n".join(lines) + TAIL, encoding="utf-8")
    return extract.extract(path, use_model=False).targets


def _found(targets, value: float, unit: str):
    return [t for t in targets if t.value == value and t.unit == unit]


@pytest.mark.parametrize(("value", "owners"), [
    (2000, ("区教育局",)),
    (3200, ("区教育局",)),  # 2 | 西湖中学 | …: the owner cell is the row above's
    (8000, ("区绿化局",)),  # after the header written again
], ids=["own-owner", "merged-owner", "after-repeated-header"])
def test_owner_cell_merged_over_its_sites(value, owners, tmp_path):
    found = _found(_targets(SITES, tmp_path), value, "人")
    assert len(found) == 1 and tuple(found[0].owners) == owners




@pytest.mark.parametrize(("value", "unit", "deadline"), [
    (138600, "m2", "2021-12-31"),  # 1 | 2021年 | 直接设置 | 等级(Ⅲ类固定短期) | 25 | 13.86
    (447500, "m2", "2021-12-31"),  # 2 | 社区 | 50 | 44.75 | 50
    (12000, "m2", "2023-12-31"),  # 8 | 等级(Ⅱ类固定短期) | 2 | 1.2 | 340
], ids=["row-1", "row-2", "row-8"])
def test_o_008_project_table(o_008, value, unit, deadline):
    numbered = [t for t in _found(o_008.targets, value, unit) if t.evidence.split("\n")[0].isdigit()]
    assert [t.deadline for t in numbered] == [deadline]  # 附表1's towns have amounts in m2 too


@pytest.mark.parametrize(("value", "owner"), [
    (7320, "区教育局"),  # 奉贤中学附属初级中学: a row under the 区教育局 cell
    (10040, "区绿化市容局"),  # 六墩公园
    (820, "金汇镇"),  # 齐缘公寓, after the header written again
], ids=["first-owner", "second-owner", "after-page-break"])
def test_o_008_site_capacity_owned_by_its_department(o_008, value, owner):
    found = _found(o_008.targets, value, "人")
    assert len(found) == 1 and tuple(found[0].owners) == (owner,)
