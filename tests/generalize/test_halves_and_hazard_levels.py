"""Two small classes of amounts written without a plain number (RECORDS.md section 5): a half, and a hazard's
level to withstand. 一半 right after a verb of change is 50% (压缩一半, 减少一半以上), and 半个月 in a 分别 list
is 0.5 月 like any listed limit; 抗御N级左右地震的能力 commits to a level in 级, while an earthquake that
happened (发生N级地震) or a grade (三级医院) gives none. The sentences are written for the test; the real
outputs are of readable ../shared documents."""
from __future__ import annotations

import pytest

from extract import extract_document
from extract.rules.quantities import find_quantities

from ..corpus import doc_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None, str, str | None]]:
    return [(float(d.quantity.value), d.unit, d.comparator, d.change) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("到2027年,将乙类证照补办时间压缩一半。", [(50, "%", "=", "decrease")]),
    ("年底前企业开办材料减少一半以上。", [(50, "%", ">=", "decrease")]),
    ("将丙区审批环节缩减一半。", [(50, "%", "=", "decrease")]),
])
def test_a_half_after_a_verb_of_change_is_fifty_percent(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "全镇超过一半居民参加了培训。",  # a share stated after a level word, no change
    "新增岗位占全市近一半。",
    "两个项目各承担一半费用。",
])
def test_a_half_without_a_verb_of_change_is_no_amount(text):
    assert [q for q in find_quantities(text) if q.unit == "%"] == []


def test_a_respectively_list_of_limits_after_the_limited_items():
    text = "2026年底前将甲证核发、换发办理时限压缩一半,分别减至2个月、半个月。"
    assert _found(text) == [(50, "%", "=", "decrease"), (2, "月", "<=", None), (0.5, "月", "<=", None)]


def test_a_respectively_list_of_durations_with_no_limit_named_is_no_target():
    assert _found("两支队伍分别训练了2个月、半个月。") == []


@pytest.mark.parametrize("text, expected", [
    ("到2028年,使丁市具备抗御7级左右地震的能力。", [(7, "级", "~", None)]),
    ("沿江堤防能够抵御十二级台风。", [(12, "级", "=", None)]),
])
def test_a_hazard_level_to_withstand_is_a_target(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "去年戊县发生5.8级地震,造成房屋受损。",  # an event that happened
    "妥善处置己镇6.1级地震。",  # an event handled: its level is no commitment
    "今后几年发生6级以上地震的可能性较大。",
])
def test_the_level_of_an_event_is_no_amount(text):
    assert [q for q in find_quantities(text) if q.unit == "级"] == []


def test_other_grades_in_ji_are_no_amounts():
    assert [(float(q.value), q.unit) for q in find_quantities("新建三级医院2所,二级以上医院全覆盖。")] == [(2, "所")]


def test_real_report_halves_are_achieved_decreases():
    targets = extract_document(read_cached(doc_path("gwrnat-007.txt")), use_model=False).targets
    halves = {(t.indicator, t.comparator, t.change, t.status) for t in targets if t.value == 50 and "一半" in t.evidence}
    assert halves == {("外商投资限制性条目", "=", "decrease", "achieved"),
                      ("地方政府定价项目", ">=", "decrease", "achieved")}


def test_real_report_compression_is_a_decrease():
    targets = extract_document(read_cached(doc_path("gwr2026-008.txt")), use_model=False).targets
    (limit,) = [t for t in targets if t.value == 70 and t.unit == "%" and "压缩" in t.evidence]
    assert (limit.indicator, limit.change) == ("重点事项审批时限", "decrease")
