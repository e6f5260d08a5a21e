"""Counts of occasions in reports: 次 after a measure word is one unit with it (检查场所30家次, 受理来信20件次,
开航300航次: extract/data/units.tsv), not the bare measure word; and a count in 次 before the event it counts
(召开4次调度会议, 开展6轮次专项行动) counts times something was done, never the plan's own categories
(extract/data/occasion_units.tsv, category_nouns.tsv). The sentences are written for the test; the real
outputs are of readable documents of ../shared and ../extra."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, extra_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("全年检查餐饮场所260家次。", [(260, "家次")]),
    ("共受理群众来信来访85件次。", [(85, "件次")]),
    ("开展建设项目审核40宗次。", [(40, "宗次")]),
    ("检查过境货车600余辆次。", [(600, "辆次")]),
    ("渡轮全年开航300航次。", [(300, "航次")]),
    ("检查经营户120户次。", [(120, "户次")]),
])
def test_a_measure_word_and_ci_are_one_unit(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年召开5次安全生产调度会议。", [(5, "次")]),
    ("联合有关部门开展3轮次专项整治行动。", [(3, "轮次")]),
    ("组织8次防汛应急演练活动。", [(8, "次")]),
])
def test_occasions_counted_before_the_event_are_targets(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "围绕四个方面开展专项行动。",  # the plan's own categories, counted in 个
    "统筹推进三大行动。",
])
def test_categories_counted_by_other_measure_words_stay_excluded(text):
    assert _found(text) == []


@pytest.mark.parametrize("folder, name, value, unit, evidence", [
    pytest.param("extra", "p-009.txt", 543, "家次", "重点场所543家次", id="township-report-sites-visited"),
    pytest.param("extra", "u-006.txt", 5077, "件次", "投诉举报件5077件次", id="enforcement-report-complaints"),
    pytest.param("extra", "u-008.txt", 21, "家次", "排查加油站21家次", id="ecology-report-stations-checked"),
    pytest.param("extra", "u-009.txt", 434, "航次", "开航434航次", id="tourism-report-voyages"),
    pytest.param("docs", "gwr2026-003.txt", 8_320_000, "辆次", "832万辆次", id="work-report-vehicle-crossings"),
    pytest.param("extra", "p-009.txt", 2, "次", "召开2次意识形态专题会议", id="township-report-meetings"),
    pytest.param("extra", "u-002.txt", 6, "轮次", "6轮次集中执法行动", id="market-report-rounds-of-action"),
    pytest.param("extra", "u-006.txt", 4, "次", "召开4次调度会议", id="enforcement-report-meetings"),
    pytest.param("extra", "u-008.txt", 3, "次", "召开3次海漂垃圾", id="ecology-report-joint-meetings"),
])
def test_real_reports_count_occasions(folder, name, value, unit, evidence):
    path = extra_path("corpus", name) if folder == "extra" else doc_path(name)
    targets = extract_document(read_cached(path), use_model=False).targets
    assert [(t.value, t.unit) for t in targets if evidence in t.evidence] == [(value, unit)]
