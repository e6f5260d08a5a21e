import pytest

from extract.lexicon import Column, read_table
from extract.rules.quantities import find_quantities

UNIT_ROWS = [r for r in read_table("units.tsv", (Column("unit"), Column("kind"), Column("not_followed_by", required=False),
                                                  Column("written", required=False), Column("example", required=False)))
             if r["example"]]


@pytest.mark.parametrize("row", UNIT_ROWS, ids=[r["unit"] for r in UNIT_ROWS])
def test_every_unit_is_found_in_its_own_example(row):
    written = row["written"] or row["unit"]
    assert any(q.unit == written for q in find_quantities(row["example"]))


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("道路机扫率达到93%", 93, None, "%"),
    ("惠及1.5万户", 15000, None, "户"),
    ("投资近700万元", 7000000, None, "元"),
    ("总投资3.5亿元", 350000000, None, "元"),
    ("新增精品社区3-5个", 3, 5, "个"),
    ("推荐1—2个示范片区", 1, 2, "个"),
    ("创(25)个省达标小区", 25, None, "个"),
    ("培训一百二十名骨干", 120, None, "名"),
    ("新建十二座公厕", 12, None, "座"),
    ("增长百分之三十六点九", 36.9, None, "%"),
    ("稳定在百万吨以上", 1000000, None, "吨"),
    ("投入1,500万元", 15000000, None, "元"),
    ("提升至900吨/日", 900, None, "吨/日"),
    ("危房改造补助1.2万元/户", 12000, None, "元/户"),
    ("累计完成投资1600多亿元", 160000000000, None, "元"),
    ("压减至5个工作日以内", 5, None, "工作日"),
    ("缩短至半个月", 0.5, None, "月"),
    ("清理23000余平方米", 23000, None, "平方米"),
], ids=lambda v: v if isinstance(v, str) and len(v) > 3 else None)
def test_numbers_units_and_multipliers(text, value, value_max, unit):
    (quantity,) = [q for q in find_quantities(text) if q.unit == unit]
    assert float(quantity.value) == value
    assert (float(quantity.value_max) if quantity.value_max is not None else None) == value_max


@pytest.mark.parametrize("text", ["实施633人才工程", "加强家庭教育", "开通地铁2号线", "(七)多元包容"])
def test_no_quantity_where_the_unit_is_part_of_a_word(text):
    assert find_quantities(text) == []


def test_a_list_gives_each_amount():
    amounts = [(int(q.value), q.unit) for q in find_quantities("完成40个小区、18个单位、9个行政村的设施建设")]
    assert amounts == [(40, "个"), (18, "个"), (9, "个")]
