"""方 for cubic metres, read only after 万 or 亿 (22亿方 of gas, 100万方 of floor space: extract/data/units.tsv,
column multiplied); after a bare numeral it is no unit (三方协议, 8方面). The sentences are written for the test; the
real outputs are of documents of ../shared."""
from __future__ import annotations

import pytest

from extract import extract_document
from extract.rules.quantities import find_quantities

from ..corpus import doc_path, read_cached


@pytest.mark.parametrize("text, expected", [
    ("新增天然气产量10亿方以上。", [(1_000_000_000, "方")]),
    ("提供100万方低租金青年公寓。", [(1_000_000, "方")]),
    ("建成150亿方/年天然气产能。", [(15_000_000_000, "方/年")]),
    ("签订三方协议。", []),
    ("围绕以上8方面开展工作。", []),
    ("从100万方便群众出行做起。", []),
])
def test_fang_is_a_unit_only_after_a_multiplier(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("name, evidence, value", [
    pytest.param("gwr2026-005.txt", "天然气产能达到22亿方", 2_200_000_000, id="work-report-gas-capacity"),
    pytest.param("gwr2026-005.txt", "煤层气资源量2000多亿方", 200_000_000_000, id="work-report-gas-reserves"),
])
def test_real_reports_count_gas_in_fang(name, evidence, value):
    targets = extract_document(read_cached(doc_path(name)), use_model=False).targets
    assert [t.value for t in targets if evidence in t.evidence and t.unit == "方"] == [value]


def test_a_count_of_aspects_stays_no_amount():
    text = read_cached(doc_path("shgov-003.txt")).text
    start = text.index("围绕以上8方面")
    assert find_quantities(text[start:start + 10]) == []
