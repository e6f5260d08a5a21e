"""A fixed formula naming a set by its number (两个大局, 两个市场, 五个新城; extract/data/numbered_formulas.tsv)
is no target (RECORDS.md section 5: numbers inside names); the same count before more of a noun counts things
and is read as usual. The sentences are written for the test; the real outputs are of readable documents of
../shared and ../extra."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, extra_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "坚持统筹国内国际两个大局,扩大高水平开放。",
    "更好利用国内国际两个市场、两种资源。",
    "重点支持中心城区和五个新城的公共服务设施建设。",
    "企业要按照两个根本性转变的要求,转变经营方式。",  # r-008's formula, then 的
    "实现“所有业务、所有资金、所有单位”三个全覆盖。",  # am-005's
    "两个清单实行时间原则上截至年底。",  # ab-007's, then a predicate
])
def test_formulas_named_by_their_number_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("新建两个农贸市场。", [(2, "个")]),  # markets counted, the formula not written whole
    ("培育两个市场主体示范基地。", [(2, "个")]),
    ("建立两个清单管理制度。", [(2, "个")]),  # a noun follows the formula: things counted
])
def test_counts_of_things_stay_targets(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("folder, name, formula", [
    pytest.param("docs", "gwr2026-003.txt", "两个大局", id="work-report-two-overall-situations"),
    pytest.param("extra", "k-015.txt", "五个新城", id="transport-plan-five-new-towns"),
])
def test_real_documents_take_no_target_from_a_formula(folder, name, formula):
    path = extra_path("corpus", name) if folder == "extra" else doc_path(name)
    targets = extract_document(read_cached(path), use_model=False).targets
    assert not [t for t in targets if formula in t.evidence]
