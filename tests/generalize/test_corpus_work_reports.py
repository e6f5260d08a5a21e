"""Work reports of the corpus, read as RECORDS.md says: an undated State Council report dates its
items by the year heading above them and its speaker owns nothing; a plan section's goals after
取得新进展 are planned to the period's end; a review's programme names (…计划) report results."""
from __future__ import annotations

from functools import cache

import extract
from extract import extract_document

from ..corpus import doc_path, read_cached


@cache
def _result(name: str) -> extract.Result:
    return extract_document(read_cached(doc_path(name)), use_model=False)


def test_an_undated_state_council_report_dates_its_items_by_the_year_heading():
    tasks = [t for t in _result("gwrnat-007.txt").tasks if t.path and t.path[0] == "三、2016年重点工作"]
    assert len([t for t in tasks if len(t.path) <= 2]) == 9  # the section and its eight numbered items
    assert len(tasks) > 30  # and the run-in items of each (a short phrase closed by 。 opening a paragraph)
    assert {t.deadline for t in tasks} == {"2016-12-31"}
    assert all(t.owners == () for t in tasks)  # 各级政府要… is the speaker's own government


def test_the_years_reviewed_date_nothing():
    review = next(t for t in _result("gwrnat-007.txt").tasks if t.title == "2015年工作回顾")
    assert review.deadline is None


def test_goals_after_an_attainment_word_are_planned_to_the_period_end():
    (research,) = [t for t in _result("gwrnat-007.txt").targets if "研发经费投入强度" in t.evidence]
    assert (research.value, research.status, research.deadline) == (2.5, "planned", "2020-12-31")
    life = next(t for t in _result("gwr2026-008.txt").targets if t.evidence == "人均预期寿命再提高1.5岁")
    assert (life.unit, life.status, life.deadline) == ("岁", "planned", "2030-12-31")


def test_a_programme_name_in_a_review_reports_a_result():
    pupils = next(t for t in _result("gwr2026-008.txt").targets if t.value == 254800)
    assert (pupils.status, pupils.deadline) == ("achieved", None)
