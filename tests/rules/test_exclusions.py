"""Amounts that are no targets (RECORDS.md section 5), on sentences written for the test: scopes and
thresholds of a rule, budget allocations, counts summing up a list, session numbers."""
import pytest

from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text", [
    "本办法所称小型工程,是指总投资在80万元以下的房屋修缮工程。",
    "使用自有资金在20万元至80万元的维修项目由业主单位申报。",
    "创业团队是指本地青年人数比例达40%以上的团队。",
    "面向规模以上(50人以上)企业开展用工指导。",
    "每年安排最高200万元经费支持孵化平台运营。",
    "市财政预算资金500万元用于补助。",
    "区人社局、区财政局、区科技局三家单位共同审核。",
    "深入抓好停车治理和背街小巷两个关键小事。",
    "全面落实区委八届五次全会部署。",
])
def test_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value", [
    ("力争东坪、西坪两个贫困村出列。", 2),  # the listed villages, out of poverty, are the target
    ("一般公共预算收入增长6%。", 6),  # revenue reported is no budget allocation
    ("保持经济年均6%以上的增长。", 6),  # a level to reach, not a scope
    ("村级集体经济收入累计达5万元以上并逐年增长。", 50000),
    ("实现90%以上的行政村通客车。", 90),  # a share to reach: no rate word names a property
])
def test_still_a_target(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]
