"""A paragraph that opens with a time limit (到2027年,… / 力争到“十五五”末,…) dates the later sentences of the
paragraph that name no time of their own, not only its first (extract/goal_blocks.py opening_limit; the gold of
the tuned set and of batches A, E, J, L, O and Y dates 45 of the 47 such targets so). Never achieved results: a
reporting year opening a summary's paragraph (2024年,全区完成…) dates nothing; nor a per-year amount (每年…).
The plans are written for the test; real plans of the shared corpus and of development batches E, O and U
(skipped without ../extra)."""
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, extra_path, read_cached

PLAN = "\n".join([
    "某市数字经济发展三年行动方案",
    "一、发展目标",
    "到2027年,全市数字经济核心产业增加值达到800亿元。规模以上工业企业数字化改造覆盖率达到80%。新建5G基站3000个。",
    "力争到“十五五”末,全市建成智能工厂40家。培育专精特新企业120家。每年举办对接活动6场。",
    "二、重点任务",
    "完善算力设施,新建数据中心机架2万个。",
])

SUMMARY = "\n".join([
    "某区2024年工作总结和2025年工作计划",
    "一、2024年工作情况",
    "2024年,全区完成地区生产总值320亿元。新增城镇就业5200人。建成口袋公园12个。",
    "二、2025年工作计划",
    "到2025年底,新建口袋公园15个。改造老旧小区20个。",
])


@cache
def _targets(text: str) -> dict[tuple[float, str], tuple[str | None, str]]:
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(float(t.value), t.unit): (t.deadline, t.status)
            for t in extract_document(document, use_model=False).targets}


def test_the_later_sentences_of_a_paragraph_take_its_opening_limit():
    targets = _targets(PLAN)
    assert targets[(80000000000.0, "元")] == ("2027-12-31", "planned")
    assert targets[(80.0, "%")] == ("2027-12-31", "planned")
    assert targets[(3000.0, "个")] == ("2027-12-31", "planned")


def test_a_period_opening_a_paragraph_dates_its_later_sentences_but_not_a_yearly_amount():
    targets = _targets(PLAN)
    assert targets[(40.0, "家")][0] == targets[(120.0, "家")][0] == "2030-12-31"
    assert targets[(6.0, "场/年")] == (None, "planned")


def test_the_opening_limit_does_not_reach_the_next_paragraph():
    assert _targets(PLAN)[(20000.0, "个")] == (None, "planned")


def test_a_reporting_year_opening_a_summarys_paragraph_dates_none_of_its_results():
    targets = _targets(SUMMARY)
    assert targets[(32000000000.0, "元")] == (None, "achieved")
    assert targets[(5200.0, "人")] == (None, "achieved")
    assert targets[(12.0, "个")] == (None, "achieved")
    assert targets[(15.0, "个")] == targets[(20.0, "个")] == ("2025-12-31", "planned")


def _real(path) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for target in extract_document(read_cached(path), use_model=False).targets:
        found.setdefault(target.evidence, []).append(target.deadline)
    return found


def _deadlines_of(found: dict[str, list[str | None]], words: str) -> list[str | None]:
    return [d for evidence, deadlines in found.items() if words in evidence for d in deadlines]


def test_the_later_goals_of_a_machinery_plans_two_opening_limits():
    found = _real(extra_path("corpus", "e-003.html"))
    assert _deadlines_of(found, "综合机械化率达到70%") == ["2020-12-31"]
    assert _deadlines_of(found, "综合机械化率达到75%") == ["2025-12-31"]


def test_the_later_goal_of_a_rural_road_plans_opening_limit():
    found = _real(extra_path("corpus", "o-001.txt"))
    assert _deadlines_of(found, "列养率保持100%") == ["2022-12-31"]


def test_a_later_sentence_of_a_district_renewal_plans_opening_limit():
    found = _real(doc_path("shgov-007.txt"))
    assert "2025-12-31" in _deadlines_of(found, "加装电梯700台")


def test_a_tourism_reviews_reporting_year_dates_none_of_its_results():
    found = _real(extra_path("corpus", "u-009.txt"))
    assert set(_deadlines_of(found, "接待入境游客3.99万人次")) == {None}
