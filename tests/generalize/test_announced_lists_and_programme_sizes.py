"""Two kinds of number that name no output (RECORDS.md section 5: counts of the plan's own categories and
numbers inside names are no targets):

- a count closing its sentence or heading on the document's own items (今年重点抓好三项工作, 至少有十个突出亮点) or
  after 以下 (其做法分成以下 3 种), the first item right after it (一是…, (一)…, 1、…): it announces the list the
  document goes on to give (extract/data/own_list_words.tsv, announce and lead);
- a round magnitude in words naming a programme carried out (实施百亿斤粮食产能提升工程; policy_names.tsv,
  programme): the size in its name. A count or a measure in digits before a programme's name is its work.

Real outputs are read from ../shared/corpus; the sentences are written for the test."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached
from ..rules.test_targets import drafts


def _amounts(text: str) -> set[tuple[float, str | None]]:
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


def _targets(path, evidence: str) -> set[tuple[float, str | None]]:
    targets = extract_document(read_cached(path), use_model=False).targets
    return {(float(t.value), t.unit) for t in targets if evidence in t.evidence}


@pytest.mark.parametrize("name, evidence, amount", [
    ("gwrnat-007.txt", "今年重点抓好三项工作", (3, "项")),  # 。一是加快农业转移人口市民化
    ("gwr2026-005.txt", "至少有十个突出亮点", (10, "个")),  # :一是全区经济增长速度…
    ("twgov-002.txt", "其做法分成以下 3 种", (3, "种")),  # :⏎1、肥料补贴
], ids=["three-tasks", "ten-highlights", "three-ways"])
def test_a_count_announcing_the_documents_list_is_no_target(name, evidence, amount):
    assert amount not in _targets(doc_path(name), evidence)


@pytest.mark.parametrize("text, amount", [
    ("今年重点推进四项改革任务:\n(一)深化放管服改革", (4, "项")),
    ("中心主要开展两项工作:一是培训;二是评估。", (2, "项")),
], ids=["heading-list", "colon-list"])
def test_a_count_announcing_a_list_in_a_sentence_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("全年完成12项重点任务。", (12, "项")),  # no list follows
    ("新建3个口袋公园:(一)中心公园。", (3, "个")),  # the things built, listed: no noun of the document's items
], ids=["no-list-after", "built-and-listed"])
def test_a_count_of_work_stays_a_target(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("path, evidence, amount", [
    (pool_path("pool-005.txt"), "实施百亿斤粮食产能提升工程", (10_000_000_000, "斤")),
    (pool_path("pool-007.txt"), "深入实施新一轮千万吨粮食增产计划", (10_000_000, "吨")),
], ids=["grain-capacity-project", "grain-output-plan"])
def test_a_round_magnitude_naming_a_programme_is_no_target(path, evidence, amount):
    assert amount not in _targets(path, evidence)


def test_the_programmes_counted_work_stays():
    assert (66, "个") in _targets(pool_path("pool-005.txt"), "推进66个粮食产能提升重点县")
    assert _amounts("实施30项市级疏堵工程。") == {(30, "项")}
    assert _amounts("实施1000万平方米老旧小区改造工程。") == {(10_000_000, "平方米")}
