"""Ways work reports write their figures, in sentences written for the test: bare numbers listed after
分别 share the unit of the last one (分别达1.5万亿、9000亿元); a plan completed (完成年计划的112%) is a
result in a review, its sibling growth figures too; a streak in quarters (连续4个季度) and a class named by a
property (时速250公里动车) are no targets."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.quantities import find_quantities
from tests.rules.test_targets import drafts

REPORT = """2031年某省政府工作报告
发布日期:2031年1月22日
一、2030年工作回顾
过去一年,城镇新增就业、农民工返乡创业分别完成年计划的112.4%、130.6%,城乡居民人均可支配收入分别增长4.8%、6.1%。
二、2031年重点工作
力争汽车、化工、纺织产业营收分别达1.5万亿、1.2万亿、9000亿元。
"""


@pytest.mark.parametrize("text, amounts", [
    ("文化工程、体育工程分别惠及2800万、1900万人次", [(28_000_000, "人次"), (19_000_000, "人次")]),
    ("东区、西区、南区分别新增企业4、6、9家", [(4, "家"), (6, "家"), (9, "家")]),
])
def test_bare_numbers_listed_after_fenbie_share_the_last_unit(text, amounts):
    assert [(float(q.value), q.unit) for q in find_quantities(text)] == amounts


def test_a_shared_multiplier_is_not_guessed():
    assert [(float(q.value), q.unit) for q in find_quantities("两地产量分别为12、15万吨")] == [(150_000, "吨")]


def test_a_list_without_fenbie_shares_nothing():
    assert [(float(q.value), q.unit) for q in find_quantities("第2、4、7条")] == [(7, "条")]


def _targets():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return {float(t.value): t for t in extract_document(document, use_model=False).targets}


def test_a_plan_completed_in_a_review_is_achieved_and_so_are_its_neighbours():
    targets = _targets()
    assert {targets[v].status for v in (112.4, 130.6, 4.8, 6.1)} == {"achieved"}


def test_a_listed_plan_gets_every_amount_in_the_shared_unit():
    targets = _targets()
    assert {(v, targets[v].unit, targets[v].status) for v in (1.5e12, 1.2e12, 9e11)} == {
        (1.5e12, "元", "planned"), (1.2e12, "元", "planned"), (9e11, "元", "planned")}


@pytest.mark.parametrize("text", ["社会治安满意度连续4个季度居全省首位。", "全省实现所有地市通时速250公里动车。"])
def test_streaks_in_quarters_and_classes_named_by_a_property_are_no_targets(text):
    assert drafts(text) == []


def test_a_speed_reached_stays_a_target():
    assert [(float(d.quantity.value), d.unit) for d in drafts("城际列车最高时速提高到200公里。")] == [(200, "公里")]
