"""A size that sorts out which things are meant is no target (RECORDS.md section 5: numbers inside names):
a property bounded right before an amount with a noun right after it (营收超百亿元企业, 生产总值超千亿元县,
高度超过1米的树木; extract/data/class_properties.tsv kind bound, extract/data/class_bounds.tsv) names a
class, and the count of those things stays the target; the radius of the area around a place (周边800米…
范围内, 500米服务半径; extract/data/description_words.tsv) says where a rule applies. The sentences are
written for the test; the real outputs are of readable documents of ../shared and ../extra."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, extra_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("新增营业收入超50亿元企业6家。", [(6, "家")]),  # the class goes, the count of its members stays
    ("全市经济总量超500亿元县达到4个。", [(4, "个")]),
    ("力争引进总投资超过20亿元的项目15个以上。", [(15, "个")]),
    ("禁止在站址周边种植高度超过2米的灌木。", []),  # which plants a rule forbids
    ("在监测站周边1500米范围内禁止新建高大建筑物。", []),  # the radius of the area a rule protects
    ("对城区内800米服务半径未覆盖的片区增设公园。", []),
])
def test_sizes_naming_a_class_or_an_area_are_no_targets(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年数字产业营收超800亿元。", [(800e8, "元")]),  # the property reached, no noun after it
    ("外贸进出口突破3000亿元大关。", [(3000e8, "元")]),
    ("园区营收超120亿元、增长9%。", [(120e8, "元"), (9, "%")]),
    ("新建道路长度18公里。", [(18, "公里")]),
])
def test_properties_reached_stay_targets(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("folder, name, words", [
    pytest.param("docs", "gwr2026-003.txt", ("超千亿元县",), id="work-report-county-class"),
    pytest.param("extra", "j-011.txt", ("周边", "高度超过"), id="meteorological-regulation-protected-radius"),
])
def test_real_documents_take_no_target_from_a_class_or_an_area(folder, name, words):
    path = extra_path("corpus", name) if folder == "extra" else doc_path(name)
    targets = extract_document(read_cached(path), use_model=False).targets
    assert not [t for t in targets if any(w in t.evidence for w in words)]


def test_a_county_economy_report_keeps_the_counties_counted():
    targets = extract_document(read_cached(extra_path("corpus", "l-002.txt")), use_model=False).targets
    counted = [(float(t.value), t.unit) for t in targets if "超200亿元县" in t.evidence]
    assert counted == [(2, "个"), (29, "个")]
