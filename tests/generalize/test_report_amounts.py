"""Amounts of real work reports read as the gold reads them: 4万多亿元, people counted by a noun
(6434万农村人口 → 人), a share 覆盖 takes (80%以上的大城市); a budget allocation's growth and a forecast
of graduates are no targets."""
from __future__ import annotations

from functools import cache

import extract
from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached


@cache
def _targets(name: str) -> tuple[extract.Target, ...]:
    path = pool_path(name) if name.startswith("pool-") else doc_path(name)
    return extract_document(read_cached(path), use_model=False).targets


def test_people_counted_by_a_noun_in_a_state_council_report():
    people = {(t.value, t.comparator, t.status) for t in _targets("gwrnat-007.txt") if t.unit == "人"}
    assert {(64_340_000, "=", "achieved"), (300_000_000, ">=", "achieved"), (100_000_000, ">=", "achieved"),
            (10_000_000, ">=", "planned"), (100_000_000, "~", "planned")} <= people
    assert 900_000_000 not in {value for value, _, _ in people}  # 9亿多劳动力: a statistic


def test_more_than_between_two_multipliers_and_a_covered_share():
    targets = _targets("gwrnat-007.txt")
    assert any(t.value == 4 * 10 ** 12 and t.unit == "元" and t.comparator == ">=" for t in targets)
    assert any(t.value == 80 and t.unit == "%" and t.comparator == ">=" and t.status == "planned" for t in targets)


def test_a_budget_allocations_growth_and_a_forecast_are_no_targets():
    targets = _targets("gwrnat-007.txt")
    assert not [t for t in targets if t.value in (560_000_000_000, 9.6, 7_650_000)]


def test_a_regional_report_counts_children_and_leaves_its_population_out():
    people = {(t.value, t.comparator) for t in _targets("gwr2026-005.txt") if t.unit == "人"}
    assert {(760_000, "="), (236_000, "="), (100_000, "~"), (1_000_000, ">=")} <= people
    assert 7_320_000 not in {value for value, _ in people}  # 常住人口…增加到: the population itself


def test_people_under_poverty_monitoring_are_counted_in_a_provincial_review():
    (monitored,) = [t for t in _targets("pool-008.txt") if t.value == 890_000]
    assert (monitored.unit, monitored.comparator, monitored.status) == ("人", "=", "achieved")
