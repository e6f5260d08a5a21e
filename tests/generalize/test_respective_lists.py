"""Several indicators and several values in one distributive clause (分别), and changes stated from an old
level to a new one (由…增长至…): the k-th amount measures the k-th item, the amounts listed before one
written with a measure word share its unit (3个和2个百分点), the old level of a change is no target, and
a clause opening on the old level is about the subject of the clause before. Sentences written for the
test, and real work reports of ../shared and ../extra."""
import pytest

from extract.extractor import extract_document
from extract.rules.quantities import find_quantities
from extract.rules.respective import list_items
from tests.corpus import doc_path, extra_path, pool_path, read_cached
from tests.generalize.test_report_levels import _targets


def _found(text: str) -> list[tuple[float, str, str]]:
    return sorted((float(t.value), t.unit, t.indicator) for t in _targets(text).values())


@pytest.mark.parametrize("text, expected", [
    pytest.param("截至去年底,全市出租车清洁能源率、公交站点覆盖率分别达62.5%、81.4%。",
                 [(62.5, "%", "出租车清洁能源率"), (81.4, "%", "公交站点覆盖率")], id="rates"),
    pytest.param("山区村通自来水、卫生厕所普及率分别达到88%和93%。",
                 [(88.0, "%", "山区村通自来水"), (93.0, "%", "卫生厕所普及率")], id="a-word-holding-及"),
    pytest.param("乡村旅游人数、旅游综合收入分别增长7.5%、4.2%。",
                 [(4.2, "%", "旅游综合收入"), (7.5, "%", "乡村旅游人数")], id="verbal-noun-inside-an-item"),
    pytest.param("群众来信受理数、办结数分别下降12%和8%。",
                 [(8.0, "%", "办结数"), (12.0, "%", "群众来信受理数")], id="verb-inside-an-item"),
])
def test_each_amount_of_a_list_measures_its_own_item(text, expected):
    assert _found(text) == expected


def test_a_list_naming_nothing_before_its_amounts_pairs_with_the_list_before_it():
    found = _found("全区绿化覆盖率、污水收集率分别达41.2%、77.6%,比2020年分别提升3.4个和6.1个百分点。")
    assert found == [(3.4, "百分点", "绿化覆盖率"), (6.1, "百分点", "污水收集率"),
                     (41.2, "%", "绿化覆盖率"), (77.6, "%", "污水收集率")]  # 全区 is no part of a label


@pytest.mark.parametrize("text, units", [
    pytest.param("分别提升3.4个和6.1个百分点", ["百分点", "百分点"], id="points"),
    pytest.param("利率分别下调5个、10个和15个基点", ["基点", "基点", "基点"], id="basis-points"),
    pytest.param("分别建成5个和3个示范点", ["个", "个"], id="a-count-is-no-points"),
])
def test_amounts_listed_before_a_unit_with_a_measure_word_share_it(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text, expected", [
    pytest.param("城乡特困人员救助供养标准分别从每人每月900元、700元提高到980元、760元。",
                 [(760.0, "元/月", "城乡特困人员救助供养标准"), (980.0, "元/月", "城乡特困人员救助供养标准")],
                 id="one-item-two-changes"),
    pytest.param("孤儿养育津贴、困境儿童生活补贴分别由1500元、1000元提高至1650元、1100元。",
                 [(1100.0, "元", "困境儿童生活补贴"), (1650.0, "元", "孤儿养育津贴")], id="two-items"),
])
def test_the_old_levels_of_a_listed_change_pair_with_nothing(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, value, indicator", [
    pytest.param("全市快递业务量连续5年位居全省第一,从2019年的3.2亿件增长到2024年的9.8亿件。",
                 980000000, "快递业务量", id="subject-before-a-rank"),
    pytest.param("我市外贸进出口总额保持较快增长,由2019年的600亿元增长至2024年的1100亿元。",
                 110000000000, "外贸进出口总额", id="subject-before-a-trend"),
])
def test_a_clause_opening_on_the_old_level_is_about_the_clause_before(text, value, indicator):
    found = [t for t in _targets(text).values() if "增长" in t.evidence]
    assert [(t.value, t.indicator) for t in found] == [(value, indicator)]


def test_a_start_of_counting_is_no_old_level():
    found = _found("全区民宿数量稳步增加,从2020年起每家每年补贴提高到100元。")
    assert all(indicator != "全区民宿数量" for _, _, indicator in found)


@pytest.mark.parametrize("phrase, items", [
    pytest.param("甲率、乙普及率", ["甲率", "乙普及率"], id="及-inside-a-word"),
    pytest.param("入园率和普惠率", ["入园率", "普惠率"], id="conjunction"),
])
def test_list_items_split_at_marks_and_conjunction_words(phrase, items):
    assert list_items(phrase) == items


def _real(path) -> dict[float, tuple[str, str]]:
    return {float(t.value): (t.unit, t.indicator) for t in extract_document(read_cached(path), use_model=False).targets}


def test_real_national_report_pairs_rates_and_their_gains():
    targets = _real(extra_path("corpus", "af-010.md"))
    assert targets[55.7] == ("%", "我国工业企业关键工序数控化率")
    assert targets[75.1] == ("%", "数字化研发设计工具普及率")
    assert targets[31.1] == ("百分点", "我国工业企业关键工序数控化率")
    assert targets[26.3] == ("百分点", "数字化研发设计工具普及率")


def test_real_national_report_names_what_grew_from_the_clause_before():
    targets = _real(extra_path("corpus", "af-010.md"))
    assert targets[13100000000000] == ("元", "全国网络零售市场规模")
    assert targets[42300000000000] == ("元", "我国电子商务交易额")
    assert 1310000000000 not in targets and 8000000000000 not in targets  # the old levels


def test_real_fee_cuts_from_old_levels_name_the_fee():
    targets = _real(doc_path("jxgov-005.html"))
    assert targets[3780] == targets[18100] == ("元", "药品补充申请注册费")
    assert 5400 not in targets and 25900 not in targets


def test_real_provincial_report_pairs_allowances_raised_from_old_levels():
    targets = _real(doc_path("gwr2026-003.txt"))
    assert targets[217][1] == "困难残疾人生活补贴"
    assert targets[290][1] == "重度残疾人护理补贴标准"


def test_real_provincial_report_shares_the_points_of_a_list():
    targets = _real(pool_path("pool-007.txt"))
    assert targets[12.7] == ("百分点", "工业技改投资")
