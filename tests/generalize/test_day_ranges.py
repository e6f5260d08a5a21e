"""Ranges of days inside one month (3月22日至31日, 2019年3月1日-15日) and range ends that drop their 日
(2019年4月20日—5月10)) read as a range (RECORDS.md section 4): the deadline is the range's end, its start
the deadline_start; a date of a past event keeps the role it has as a single date. Counts and shares
written with a dash or 至 (第1-3项, 10-15个工作日, 5-10天, 15-20%) are never read as dates. Sentences
written for the test, and real documents of the shared corpus and of development batches (skipped
without ../extra)."""
from datetime import date

import pytest

import extract
from extract.read import read
from extract.rules.deadlines import find_times
from tests.corpus import doc_path, extra_path, pool_path

REFERENCE = date(2021, 6, 21)


def _times(text: str, reference: date = REFERENCE):
    return [(t.text, str(t.deadline), str(t.deadline_start), t.role) for t in find_times(text, reference=reference)]


@pytest.mark.parametrize("text, shown, deadline, start", [
    ("摸底阶段(2019年3月22日-31日)开展自查", "2019年3月22日-31日", "2019-03-31", "2019-03-22"),
    ("各单位于3月22日至31日完成自查", "3月22日至31日", "2021-03-31", "2021-03-22"),
    ("申报时间为2019年3月1日至15日", "2019年3月1日至15日", "2019-03-15", "2019-03-01"),
    ("请于3月1日至15日内报送材料", "3月1日至15日", "2021-03-15", "2021-03-01"),
    ("4月8号到12号集中培训", "4月8号到12号", "2021-04-12", "2021-04-08"),
    ("三月一日至十五日完成整改", "三月一日至十五日", "2021-03-15", "2021-03-01"),
    ("验收阶段(2019年4月20日—5月10)迎接验收", "2019年4月20日—5月10", "2019-05-10", "2019-04-20"),
    ("验收时间为2019年4月20日至5月10。", "2019年4月20日至5月10", "2019-05-10", "2019-04-20"),
    ("验收时间为2019年4月20日至5月10", "2019年4月20日至5月10", "2019-05-10", "2019-04-20"),
    ("2月1日至30日报送", "2月1日至30日", "2021-02-28", "2021-02-01"),
])
def test_a_range_of_days_ends_at_its_last_day(text, shown, deadline, start):
    assert _times(text) == [(shown, deadline, start, "limit")]


@pytest.mark.parametrize("text", ["完成第1-3项任务", "10-15个工作日内办结", "每批5-10天", "降低15-20%", "1日至15日内"])
def test_counts_and_shares_with_a_dash_are_no_dates(text):
    assert find_times(text, reference=REFERENCE) == []


@pytest.mark.parametrize("text, shown, deadline", [
    ("3月10日至5日", "3月10日", "2021-03-10"),  # a second day before the first ends nothing
    ("3月至15日", "3月", "2021-03-31"),  # a month without its day is no day of a range
    ("1月—5月10个城市", "1月—5月", "2021-05-31"),  # 10 counts cities: no 日 dropped before 个
])
def test_what_is_not_a_range_of_days_reads_as_before(text, shown, deadline):
    assert [(t.text, str(t.deadline)) for t in find_times(text, reference=REFERENCE)][0] == (shown, deadline)


@pytest.mark.parametrize("text, single", [
    ("2019年3月1日至3日召开会议", "2019年3月1日召开会议"),
    ("较2019年3月1日至3日增长", "较2019年3月1日增长"),
])
def test_a_range_of_days_keeps_the_role_its_first_date_has(text, single):
    (ranged,), (alone,) = find_times(text, reference=REFERENCE), find_times(single, reference=REFERENCE)
    assert (ranged.deadline_start, ranged.role) == (alone.deadline, alone.role)


@pytest.mark.parametrize("path, shown, deadline, start", [
    (lambda: doc_path("gwr2026-003.txt"), "11月6日至10日", "11-10", "11-06"),
    (lambda: pool_path("pool-008.txt"), "3月19日至20日", "03-20", "03-19"),
    (lambda: extra_path("corpus", "e-001.html"), "2004年4月16日至18日", "2004-04-18", "2004-04-16"),
    (lambda: extra_path("corpus", "l-005.html"), "2004年9月21日—23日", "2004-09-23", "2004-09-21"),
    (lambda: extra_path("corpus", "n-021.html"), "10月1日至7日", "10-07", "10-01"),
], ids=["gwr2026-003", "pool-008", "e-001", "l-005", "n-021"])
def test_real_ranges_of_days(path, shown, deadline, start):
    document = read(path())
    (mention,) = [t for t in find_times(document.text, reference=REFERENCE) if t.text == shown]
    assert str(mention.deadline).endswith(deadline) and str(mention.deadline_start).endswith(start)


def test_a_work_plan_whose_stages_are_ranges_of_days():
    """Batch Y's evaluation plan: a stage of ten days in March and a stage whose end drops its 日 date
    their tasks by their ends."""
    tasks = {t.title: t for t in extract.extract(extra_path("corpus", "y-002.txt"), use_model=False).tasks}
    survey = [t for title, t in tasks.items() if title.startswith("调查摸底阶段")][0]
    review = [t for title, t in tasks.items() if title.startswith("接受评估阶段")][0]
    assert (survey.deadline, survey.deadline_start) == ("2019-03-31", "2019-03-22")
    assert (review.deadline, review.deadline_start) == ("2019-05-10", "2019-04-20")
    assert tasks["召开培训会议"].deadline == "2019-03-31"


def test_an_application_window_of_days_ends_at_its_last_day():
    """Batch G's housing notice: applicants may come to the counters within a window of days."""
    result = extract.extract(extra_path("corpus", "g-008.html"), use_model=False)
    (task,) = [t for t in result.tasks if t.deadline_text == "2025年3月20日-27日"]
    assert (task.deadline, task.deadline_start) == ("2025-03-27", "2025-03-20")
