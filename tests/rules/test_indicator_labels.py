"""Indicators as usable labels and comparators shared by a list, on sentences written for the test."""
import pytest

from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text, indicators", [
    ("城乡居民人均收入分别增长5.1%、6.3%。", ["城乡居民人均收入", "城乡居民人均收入"]),
    ("养老保险、医疗保险参保率均稳定在97%以上。", ["医疗保险参保率"]),
    ("专项资金比例由18%提升至35%。", ["专项资金比例"]),
    ("建设20所示范性职业学校和80个骨干专业。", ["示范性职业学校", "骨干专业"]),
    ("农村贫困发生率为3.2%。", ["农村贫困发生率"]),
    ("最低生活保障标准每月提高60元。", ["最低生活保障标准"]),
    ("中职学校整合为35所。", ["中职学校"]),  # 中 opens the name, it is no time word (6月中)
    ("初中毕业生升学率达到96%。", ["初中毕业生升学率"]),
    ("城镇调查失业率4.8%左右。", ["城镇调查失业率"]),  # a verb inside a registry name (indicators.tsv)
    ("城镇登记失业率为3.9%。", ["城镇登记失业率"]),
    ("实际使用外资35亿美元。", ["实际使用外资"]),
])
def test_labels_keep_no_clause_words_or_other_amounts(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


@pytest.mark.parametrize("text, comparators", [
    ("学前教育入园率和普惠率分别达95%和92%。", [">=", ">="]),
    ("蔬菜、水果抽检合格率分别超97.5%和98%。", [">=", ">="]),
    ("耕地、林地面积分别控制在300万亩和200万亩以内。", ["<=", "<="]),
])
def test_a_comparator_before_a_list_governs_every_amount(text, comparators):
    assert [d.comparator for d in drafts(text)] == comparators
