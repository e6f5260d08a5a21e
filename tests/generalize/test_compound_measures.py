"""Measure words read whole and amounts whose subject says what they count: a compound measure word is the
unit, never its first character (7900万台套 → 台套, 252台件 → 台件, 590万标准机架); 口 counts wells, ponds,
net cages and fish rafts (网箱7口) and 粒 grains or floats; an amount in 万 or 亿 with no measure word after
人数, 用户 or 用户数 counts people (用户突破3500万 → 人, as K's gold records users). The invented
sentences are written for the test; the real ones are read from the readable documents."""
from __future__ import annotations

from functools import cache

import pytest

import extract
from extract import extract_document
from tests.rules.test_targets import drafts

from ..corpus import doc_path, extra_path, read_cached


def _found(text: str) -> list[tuple[float, str | None, str]]:
    return [(float(d.quantity.value), d.unit, d.comparator) for d in drafts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全市工业设备连接数超过300万台套。", (3_000_000, "台套", ">=")),
    ("年产50万台套智能终端设备。", (500_000, "台套/年", "=")),
    ("今年排查整改设备隐患120台件。", (120, "台件", "=")),
    ("数据中心规模达到30万标准机架。", (300_000, "标准机架", ">=")),
    ("新建深水网箱30口。", (30, "口", "=")),
    ("完成改造养殖渔排1.2万余口。", (12_000, "口", ">=")),
    ("发放优质稻种20万粒。", (200_000, "粒", "=")),
], ids=["sets", "sets-per-year", "equipment-parts", "racks", "net-cages", "fish-rafts", "grains"])
def test_a_compound_or_less_common_measure_word_is_the_unit(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text", [
    "推行政务服务一口受理。",  # one window, no count of things
    "严格控制二口恶英排放。",  # 二噁英 written with 口: a chemical's name
    "为三口之家提供住房保障。",  # the size of a family
], ids=["one-window", "dioxin", "family"])
def test_no_count_in_a_word_the_measure_opens(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("平台注册用户数已突破80万。", (800_000, "人", ">=")),
    ("政务服务平台用户超2000万。", (20_000_000, "人", ">=")),
    ("全市参保人数突破300万。", (3_000_000, "人", ">=")),
], ids=["user-count", "users", "insured-people"])
def test_an_amount_in_a_multiplier_after_a_count_of_people_or_users_is_in_people(text, expected):
    assert _found(text) == [expected]


def test_a_multiplier_amount_after_another_subject_stays_unread():
    assert _found("设备连接数突破80万。") == []  # what is counted is not said


@cache
def _targets(path) -> set[tuple[float, str | None, str]]:
    targets: tuple[extract.Target, ...] = extract_document(read_cached(path), use_model=False).targets
    return {(float(t.value), t.unit, t.comparator) for t in targets}


def test_a_national_report_counts_machines_in_sets_racks_in_standard_racks_and_users_as_people():
    found = _targets(extra_path("corpus", "af-010.md"))
    assert {(79_000_000, "台套", ">="), (600_000, "台套", ">="), (5_900_000, "标准机架", ">=")} <= found
    assert not {(79_000_000, "台", ">="), (600_000, "台", ">=")} & found


def test_a_fisheries_summary_counts_net_cages_and_rafts_in_kou_and_floats_in_grains():
    found = _targets(extra_path("corpus", "af-006.txt"))
    assert {(7, "口", "="), (20_000, "口", ">="), (150_000, "粒", "=")} <= found


def test_a_district_report_counts_rafts_and_net_cages_in_kou():
    assert {(47_250, "口", "="), (100, "口", "=")} <= _targets(extra_path("corpus", "u-005.txt"))


def test_a_taiwan_plan_counts_ponds_in_kou():
    assert (7, "口", "=") in _targets(doc_path("twgov-002.txt"))


def test_special_equipment_hazards_are_counted_in_tai_jian():
    found = _targets(extra_path("corpus", "u-002.txt"))
    assert (252, "台件", "=") in found and (252, "台", "=") not in found


def test_a_project_table_counts_its_yearly_output_in_sets():
    assert (4_000_000, "台套/年", "=") in _targets(doc_path("jxgov-006.html"))


def test_users_of_a_platform_are_counted_as_people_in_a_provincial_report():
    found = _targets(extra_path("corpus", "k-002.txt"))
    assert {(100_000_000, "人", ">="), (35_000_000, "人", ">=")} <= found
