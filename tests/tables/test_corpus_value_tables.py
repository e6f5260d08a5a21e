"""Tables of the pool whose numbers take their meaning from the header: a flattened 十五五 indicator
list (pool-010), an allocation table by province and year (pool-023), an Excel list of posts (pool-029)."""
from decimal import Decimal

import pytest

from extract.extractor import extract_document
from tests.corpus import pool_path, read_cached


def _table_targets(name: str):
    return [t for t in extract_document(read_cached(pool_path(name)), use_model=False).targets
            if t.method == "table"]


def test_pool_010_each_indicator_of_the_flattened_list_is_due_at_the_end_of_the_plan_period():
    found = _table_targets("pool-010.txt")
    targets = {t.indicator: (t.value, t.unit, t.deadline, t.status) for t in found}
    assert targets["片区更新数量"] == (2, "个", "2030-12-31", "planned")
    assert targets["更新商业设施面积"] == (500000, "平方米", "2030-12-31", "planned")
    assert targets["公用人防工程维修养护数量"] == (78, "个", "2030-12-31", "planned")
    assert targets["完整社区建设覆盖率"][1:3] == ("%", "2027-12-31")  # 2027年60%: the cell's own year
    assert len(found) == 12  # row 11 shares its merged name cell with row 10


def test_pool_023_each_province_gets_its_quota_by_year_but_not_its_1995_intake():
    targets = _table_targets("pool-023.html")
    jiangsu = {(t.indicator, t.value, t.deadline) for t in targets if t.owners == ("江苏",)}
    assert jiangsu == {("江苏扩招", 100, None), ("江苏分年度招生任务(1996年)", 120, "1996-12-31"),
                       ("江苏分年度招生任务(1997年)", 140, "1997-12-31"),
                       ("江苏分年度招生任务(1998年)", 200, "1998-12-31")}
    assert {t.unit for t in targets} == {"人"}  # from the caption 单位：人
    assert not [t for t in targets if t.owners == ("江西",) and "扩招" in t.indicator]  # a zero quota


@pytest.fixture(scope="module")
def pool_029():
    return read_cached(pool_path("pool-029.xls"))


def test_pool_029_every_post_of_the_excel_list_is_a_quota_of_people(pool_029):
    targets = [t for t in extract_document(pool_029, use_model=False).targets if t.method == "table"]
    (table,) = pool_029.tables
    header = [cell.text for cell in table.grid()[0]]
    column = header.index("招聘人数")
    quotas = [Decimal(row[column].text) for row in table.grid()[1:] if row[column] and row[column].text != "0"]
    assert sorted(Decimal(str(t.value)) for t in targets) == sorted(quotas)
    assert {(t.unit, t.owners, t.deadline) for t in targets} == {("人", (), None)}
    assert targets[0].indicator == "南昌市湾里区初中美术招聘人数"
