"""Amounts per period: the unit of a count of times names the period of its 每."""
from datetime import date

import pytest

from extract.rules.deadlines import find_times
from extract.rules.sentences import sentences
from extract.rules.targets import candidates_in_sentence

REFERENCE = date(2022, 2, 1)


def drafts(text: str):
    sentence = sentences(text)[0]
    return candidates_in_sentence(text, sentence, find_times(text, reference=REFERENCE), REFERENCE)


@pytest.mark.parametrize("text, value, unit", [
    ("每月对年产企业检查3次。", 3, "次/月"),
    ("每季度对重点企业开展抽查2次。", 2, "次/季度"),
    ("每年对年产5万吨以上企业检查4次。", 4, "次/年"),
    ("新建年产30万辆整车项目1个。", 300000, "辆/年"),
])
def test_a_count_per_period_takes_the_period_of_its_each(text, value, unit):
    found = [(int(d.quantity.value), d.unit) for d in drafts(text)]
    assert (value, unit) in found
    assert all(u is None or not u.endswith("/None") for _, u in found)


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("社区护理服务覆盖率每年提升2~4个百分点。", 2, 4, "百分点/年"),
    ("护理服务覆盖率每年提高2个百分点。", 2, None, "百分点/年"),
    ("每年检查30%的企业。", 30, None, "%"),  # a share checked every year, not a rate of change
])
def test_percentage_points_per_year_are_a_rate_of_change(text, value, value_max, unit):
    (draft,) = drafts(text)
    maximum = int(draft.quantity.value_max) if draft.quantity.value_max is not None else None
    assert (int(draft.quantity.value), maximum, draft.unit) == (value, value_max, unit)


@pytest.mark.parametrize("text, value, unit, indicator", [
    ("到2027年每千人口养老床位达到6张。", 6, "张", "每千人口养老床位"),
    ("每万人口拥有发明专利数提高到18件。", 18, "件", "每万人口拥有发明专利数"),
    ("按照每千人口不少于7个托位配建托育设施。", 7, "个", "每千人口托位"),
    ("每平方公里布设空气监测点位3个。", 3, "个", "每平方公里空气监测点位"),
])
def test_a_ratio_to_a_population_or_an_area_keeps_its_counted_unit(text, value, unit, indicator):
    """RECORDS.md: 每千名老人养老护理员不少于5人 → 5 人, the base in the indicator; only a period goes
    into the unit."""
    found = [(int(d.quantity.value), d.unit, d.indicator) for d in drafts(text)]
    assert any((v, u) == (value, unit) and i.startswith(indicator) for v, u, i in found), found


@pytest.mark.parametrize("text, value, unit", [
    ("乡道养护经费不得低于每年每公里5000元。", 5000, "元/年"),
    ("村道养护经费不低于每公里每年3000元。", 3000, "元/年"),
    ("每年每万人新增公园绿地面积不少于1000平方米。", 1000, "平方米/年"),
])
def test_a_period_before_a_base_is_the_rates_period(text, value, unit):
    """每年每公里…5000元: the period goes into the unit, the base (公里, 万人) into the indicator, as a
    ratio to a population's does."""
    assert (value, unit) in [(int(d.quantity.value), d.unit) for d in drafts(text)]
