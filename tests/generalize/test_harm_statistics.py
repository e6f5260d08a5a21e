"""Statistics of harm are no targets (RECORDS.md section 5: background statistics, neither a commitment nor a
result of the work): the people killed or hurt in an accident or a disaster, the economic loss, the people
punished afterwards, the accidents a circular reports on; and the brackets of a grading standard
(…N人以上M人以下…的: what defines a grade of incident, no amount to reach). A reduction of the harm, people
kept from harm and people helped after it stay targets. The sentences are written for the test; the real
outputs are of readable ../shared documents."""
from __future__ import annotations

import pytest

import extract
from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


def _targets(path) -> tuple[extract.Target, ...]:
    return extract_document(read_cached(path), use_model=False).targets


@pytest.mark.parametrize("text", [
    "甲县银沙煤矿透水事故造成17人死亡、5人受伤,直接经济损失约2300万元。",  # the harm and the loss
    "去年洪涝灾害全省共造成812人死亡,1305人重伤。",  # 共 before the verb of harm
    "造成41名矿工遇难。",
    "另有9名有关人员受到政纪处分。",  # people punished
    "余下4名责任人甲某、乙某已由检察机关追究刑事责任。",
    "2名直接责任人已在事故中死亡,不再追究责任。",
    "现将已经查结的丙、丁两省3起重大事故调查处理情况通报如下。",  # the accidents reported on
    "3起事故的直接责任人已受到处分。",
    "地震未造成人员死亡,3人受伤。",  # the hurt in their own clause
])
def test_harm_suffered_and_people_punished_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "1.因水体污染直接导致10人以上30人以下死亡或50人以上100人以下中毒或重伤的;",
    "2.因水体污染疏散、转移人员1万人以上5万人以下的;",  # a bracket closed by 的: a grade's criterion
    "3.因水体污染造成直接经济损失2000万元以上1亿元以下的;",
    "4.受害林地面积在120公顷以上900公顷以下的;",
])
def test_the_brackets_of_a_grading_standard_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全年事故死亡人数下降8%。", [(8, "%")]),  # a reduction of the harm
    ("因灾死亡人数控制在50人以内。", [(50, "人")]),
    ("直接经济损失减少到9亿元以下。", [(900_000_000, "元")]),
    ("1280人因及时撤离避免伤亡。", [(1280, "人")]),  # people kept from harm: a result of the work
    ("提前转移群众后,460人避免了人员伤亡。", [(460, "人")]),
    ("妥善安置3.2万名受灾群众。", [(32_000, "名")]),  # people helped: the harm word only describes them
    ("救治受伤人员120名。", [(120, "名")]),
    ("全年减少300人死亡。", [(300, "人")]),  # a commitment verb right before the amount
    ("妥善处置3起突发事故。", [(3, "起")]),  # accidents handled, the verb joined to its adverb
    ("培育营业收入1000万元以上的企业20家。", [(20, "家")]),  # a bracket before a noun, no 的 closing the clause
])
def test_reductions_of_harm_and_help_after_it_stay_targets(text, expected):
    assert _found(text) == [(float(v), u) for v, u in expected]


def test_real_reports_keep_cuts_in_deaths_and_people_kept_from_harm():
    qinghai = _targets(doc_path("gwr2026-008.txt"))
    assert [t.value for t in qinghai if t.unit == "人" and "避免伤亡" in t.evidence] == [2130]
    assert [t.value for t in _targets(doc_path("gwr2026-001.txt")) if "受灾群众" in t.evidence] == [1_360_000]
    cuts = [(t.value, t.change) for t in _targets(pool_path("pool-004.txt")) if "死亡人数" in t.evidence]
    assert cuts == [(15.2, "decrease"), (13.3, "decrease")]
