"""Measure words the unit table lacked until readable documents of six repositories counted with them (maps in
幅, fry in 尾, courses in 门, songs in 首, schools in 校, teaching periods in 课时, transformer capacity in 千伏安,
pressure in MPa, data in TB), and sums of money whose 元 the text leaves out after 万 or 亿 (补贴不超过2万,
产业规模超过1.8万亿, 增加值达到12533亿: members in three repositories). The invented sentences are written for the
test; the real ones are read from ../shared/corpus."""
from __future__ import annotations

from functools import cache

import pytest

from extract import extract_document
from extract.rules.quantities import find_quantities
from tests.rules.test_targets import drafts

from ..corpus import doc_path, read_cached


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("今年分发数字地图3000幅。", (3000, "幅")),
    ("全年增殖放流鱼苗200万尾。", (2_000_000, "尾")),
    ("重点建设50门在线开放课程。", (50, "门")),
    ("年内创作原创歌曲20首。", (20, "首")),
    ("新增合作学校10校。", (10, "校")),
    ("确保初中每周安排体育课3课时。", (3, "课时/周")),
    ("新增变电容量10万千伏安。", (100_000, "千伏安")),
    ("管网末端压力不低于0.2MPa。", (0.2, "MPa")),
    ("数据存储容量达到500TB。", (500, "TB")),
], ids=["maps", "fry", "courses", "songs", "schools", "periods", "kva", "pressure", "data"])
def test_a_measure_word_of_its_own_is_the_unit(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text", [
    "三门核电项目开工建设。",  # a plant's name: 门 opens a word
    "一校一策推进改革。",  # one school, one policy: no amount
    "邀请第三方机构开展评估。",  # 方 is no unit: 第三方 is a party
], ids=["plant-name", "one-each", "third-party"])
def test_no_amount_where_the_measure_word_opens_a_word_or_a_phrase(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("生育三孩的家庭购房补贴不超过5万，分期发放。", 50_000),
    ("创新基金规模约50亿，投向先进制造业。", 5_000_000_000),
    ("数字产业增加值达到3000亿，占比稳步提升。", 300_000_000_000),
    ("先导产业规模超过2万亿，增长较快。", 2_000_000_000_000),
], ids=["subsidy", "fund", "value-added", "industry"])
def test_a_bare_amount_after_a_noun_of_money_is_in_yuan(text, value):
    assert [(float(q.value), q.unit) for q in find_quantities(text)] == [(value, "元")]


@pytest.mark.parametrize("text", [
    "务工人口规模超过3000万，收入稳定增长。",  # people before the noun of money: a count of people
    "设备连接规模突破80万，",  # no noun of money: what is counted is not said
], ids=["people-before", "no-money-noun"])
def test_no_sum_in_yuan_where_people_or_nothing_is_counted(text):
    assert [q for q in find_quantities(text) if q.unit == "元"] == []


@cache
def _targets(path) -> set[tuple[float, str | None]]:
    return {(float(t.value), t.unit) for t in extract_document(read_cached(path), use_model=False).targets}


def test_a_taiwan_plan_counts_songs_in_shou():
    assert (12, "首") in _targets(doc_path("twgov-002.txt"))


def test_a_national_report_reads_no_sum_from_a_scale_of_migrant_workers():
    """脱贫人口务工规模超过3300万: 规模 follows a noun of people, so the amount is not read as 3300万元."""
    assert (33_000_000, "元") not in _targets(doc_path("gwrnat-005.txt"))


def test_a_provincial_plan_reads_no_plant_named_after_a_place_as_doors():
    assert not {t for t in _targets(doc_path("gwr2026-009.txt")) if t[1] == "门" and t[0] in (3, 7)}
