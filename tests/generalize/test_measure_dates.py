"""Dates in support-measure packages that limit no work (RECORDS.md section 5, the convention of corpora/gold/dev-w):
a validity period (有效期至…, 执行期限为…至…), an eligibility or purchase window inside the case a grant is for
(对…期间购买…的, 对于一季度…的购房人) or a measure's window (…至…期间, 自…至…, 即日起至…) before a grant; and
a clause's limit inside an item of several sentences that names its units in a bracketed tag, which dates
that clause's targets and not the item; a date on the line listing the annexes (附件:2021年…指标体系) names an
annex. Invented sentences and notices, then real ones of pool-015, jxgov-005,
h-010, r-006, i-006, g-015, w-001, shgov-003 and o-008 (development batches: skipped where ../extra is missing)."""
from datetime import date

import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times
from tests.corpus import doc_path, extra_path, pool_path, read_cached

DOCUMENT_DATE = date(2025, 3, 1)


def roles(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.role) for t in find_times(text, reference=DOCUMENT_DATE)]


@pytest.mark.parametrize("text, when, role", [
    ("本办法自印发之日起施行,有效期至2027年6月30日。", "2027年6月30日", "validity"),
    ("上述政策执行期限为2025年1月1日至2025年12月31日。", "2025年1月1日至2025年12月31日", "validity"),
    ("本措施实施期限至2026年底。", "2026年底", "validity"),
    ("对在2025年4月1日至6月30日期间新招用本地员工的企业,每家给予最高5万元补贴。",
     "2025年4月1日至6月30日", "condition"),
    ("对于二季度在本区购买首套住房、并在9月30日前缴纳契税的家庭,给予契税50%的补贴。", "9月30日", "condition"),
    ("对二季度举办展销活动的商协会,按场地费的50%给予补助。", "二季度", "condition"),
    ("即日起至2025年12月31日期间,对个人购买新建住房给予购房款1%的补贴。", "2025年12月31日", "condition"),
    ("自2025年5月1日至2025年10月31日,对小微企业免征房产税。", "2025年5月1日至2025年10月31日", "condition"),
    ("2025年5月1日至5月7日期间,区属景区免收门票。", "2025年5月1日至5月7日", "condition"),
])
def test_dates_of_validity_and_windows_limit_nothing(text, when, role):
    assert (when, role) in roles(text)


@pytest.mark.parametrize("text, when", [
    ("2025年4月至11月,开展背街小巷整治,对达标街道给予奖励。", "2025年4月至11月"),  # a phase: no window word
    ("2025年底前,对全区老旧小区完成改造。", "2025年底"),  # no grant
    ("对2025年底前未完成整改的企业,依法予以处罚。", "2025年底"),  # a case, but no grant follows
    ("力争年内新增就业岗位5000个,对吸纳就业的企业给予补贴。", "年内"),  # the case opens after the limit
])
def test_limits_of_work_stay_limits(text, when):
    assert (when, "limit") in roles(text)


PACKAGE = """某区关于促进消费的若干措施
某区人民政府办公室
2025年3月1日
一、扩大汽车消费。鼓励车企开展促销活动,优化二手车交易登记。力争年内新增汽车销售1万辆。(责任单位:区商务局、区公安分局)
二、完善社区商业。2025年底前,建成15分钟便民生活圈10个。(责任单位:区商务局)
三、培育夜间经济。打造夜间消费集聚区,丰富夜间文旅活动。(责任单位:区文旅局,2025年9月底前完成)
四、加强组织实施。各单位细化工作举措。力争年内形成工作合力。
"""


def _package():
    return extract_document(document_from_bytes(PACKAGE.encode(), name="package.txt", suffix=".txt"), use_model=False)


def _deadline(result, title):
    (task,) = [t for t in result.tasks if t.title.startswith(title)]
    return task.deadline


def test_a_clause_limit_dates_its_target_not_the_tagged_measure():
    result = _package()
    assert _deadline(result, "扩大汽车消费") is None
    assert {t.deadline for t in result.targets if t.value == 10000} == {"2025-12-31"}


@pytest.mark.parametrize("title, deadline", [
    ("完善社区商业", "2025-12-31"),  # one sentence: its limit governs the item
    ("培育夜间经济", "2025-09-30"),  # the tag carries the limit
    ("加强组织实施", "2025-12-31"),  # no tag: the item's latest limit, as before
])
def test_limits_governing_the_whole_item_date_it(title, deadline):
    assert _deadline(_package(), title) == deadline


def _task_of(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


def test_a_city_rule_in_force_until_a_date_dates_nothing():
    assert _task_of(pool_path("pool-015.html"), "本办法自印发之日起施行").deadline is None


def test_the_validity_of_a_provincial_package_dates_its_last_measure_not():
    assert _task_of(doc_path("jxgov-005.html"), "加强消费者权益保护").deadline is None


def test_a_tax_policy_with_an_execution_period_dates_nothing():
    assert _task_of(extra_path("corpus", "h-010.html"), "允许投资人以知识产权").deadline is None


def test_an_opinion_in_force_until_2027_dates_its_closing_item_not():
    assert _task_of(extra_path("corpus", "r-006.md"), "其他事项").deadline is None


def test_park_measures_with_unit_tags_are_dated_by_no_clause():
    assert _task_of(extra_path("corpus", "i-006.txt"), "优化公园边界形态").deadline is None


def test_a_sponge_city_measure_with_a_unit_tag_is_dated_by_no_clause():
    assert _task_of(extra_path("corpus", "g-015.txt"), "编制系统方案").deadline is None


def test_grants_of_a_first_quarter_package_take_no_date_from_their_windows():
    result = extract_document(read_cached(extra_path("corpus", "w-001.html")), use_model=False)
    grants = {t.value: t.deadline for t in result.targets if t.value in (300000, 180000)}
    assert grants == {300000: None, 180000: None}
    assert {t.deadline for t in result.targets if t.value == 30 and t.unit == "场"} == {"2026-03-31"}


@pytest.mark.parametrize("line, when", [
    ("附件:2024年某区城市体检指标体系", "2024年"),
    ("附件:1.某市家庭医生服务监测指标(2025年)", "2025年"),
    ("附表:1、“十四五”期间全区避难场所建设计划表", "“十四五”期间"),
])
def test_a_date_naming_an_annex_limits_nothing(line, when):
    assert (when, "mention") in roles("三、保障措施\n各单位要加强协调。\n" + line)


def test_the_annex_list_of_a_city_check_plan_dates_its_last_item_not():
    assert _task_of(doc_path("shgov-003.txt"), "组织保障").deadline is None


def test_the_annex_list_of_a_shelter_plan_dates_its_duties_not():
    assert _task_of(extra_path("corpus", "o-008.txt"), "职责分工").deadline is None
