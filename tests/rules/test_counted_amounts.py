"""Amounts as reports write them, on sentences written for the test: 多/余 between two multipliers
(3万多亿元), and people counted by a noun instead of a measure word (5210万农村人口 → 人)."""
import pytest

from extract.rules.quantities import find_quantities
from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text, value, approximate", [
    ("全年新增贷款3万多亿元", 3 * 10 ** 12, True),
    ("债券发行规模2万余亿元", 2 * 10 ** 12, True),
    ("完成投资7200多亿元", 720 * 10 ** 9, True),  # one multiplier: read as before
])
def test_more_than_between_two_multipliers_multiplies_both(text, value, approximate):
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.approximate) == (value, "元", approximate)


@pytest.mark.parametrize("text, value, approximate", [
    ("帮助5210万农村人口用上自来水", 52_100_000, False),
    ("带动200多万群众增收", 2_000_000, True),
    ("惠及31.5万婴幼儿", 315_000, False),
    ("完成600万以上农村贫困人口搬迁", 6_000_000, False),  # a bound and a description before the noun
    ("推动8000万左右农业转移人口落户", 80_000_000, False),
    ("全省贫困人口减少2亿多，", 200_000_000, True),  # the counted noun is the subject before the amount
    ("帮助42.6万监测对象稳定增收", 426_000, False),
    ("为12万残疾人发放补贴", 120_000, False),
])
def test_people_counted_by_a_noun_are_counted_in_persons(text, value, approximate):
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.approximate) == (value, "人", approximate)


@pytest.mark.parametrize("text", [
    "一个拥有14亿人口的大国",  # 的: the noun describes
    "50万以上人口县全部建成特教学校",  # a size class of counties
    "累计减少3亿多，",  # no counted noun before: nothing says what is counted
    "帮助500农村人口",  # no 万 or 亿: a count needs its measure word
])
def test_no_count_of_people_where_the_noun_describes_or_is_missing(text):
    assert [q for q in find_quantities(text) if q.unit == "人"] == []


def test_a_measure_word_still_wins_over_a_noun_after_it():
    (quantity,) = find_quantities("发放2000万元农民补贴")
    assert (quantity.value, quantity.unit) == (20_000_000, "元")


@pytest.mark.parametrize("text, value, comparator, status", [
    ("去年全市城乡居民储蓄新增3万多亿元。", 3 * 10 ** 12, ">=", "achieved"),
    ("去年又帮助5210万农村人口用上自来水。", 52_100_000, "=", "achieved"),
    ("今年要完成600万以上农村贫困人口搬迁任务。", 6_000_000, ">=", "planned"),
    ("去年全省贫困人口减少2亿多，生活明显改善。", 200_000_000, ">=", "achieved"),
])
def test_counted_amounts_become_targets(text, value, comparator, status):
    (draft,) = drafts(text)
    assert (draft.quantity.value, draft.unit, draft.comparator) == (value, "元" if value > 10 ** 12 else "人",
                                                                   comparator)
    assert draft.status == status


def test_the_base_of_a_rate_is_no_count_of_people():
    """RECORDS.md: a per-population ratio keeps the counted unit and puts the base in the indicator."""
    assert [(d.quantity.value, d.unit, d.indicator) for d in drafts("每10万人口全科医生数达到5名。")] == [
        (5, "名", "每10万人口全科医生数")]
