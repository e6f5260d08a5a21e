"""The deadline table of RECORDS.md section 4, for a document of 2021-06-21."""
from datetime import date

import pytest

from extract.rules.deadlines import find_times

DOCUMENT_DATE = date(2021, 6, 21)


def limit_of(text: str):
    limits = [t for t in find_times(text, reference=DOCUMENT_DATE) if t.role == "limit"]
    return limits[-1]


@pytest.mark.parametrize("text, deadline", [
    ("2020年9月1日前撤除", "2020-09-01"),
    ("至2022年底完成", "2022-12-31"),
    ("2022年底前完成", "2022-12-31"),
    ("2020年,培育", "2020-12-31"),
    ("6月底完成", "2021-06-30"),
    ("6月底前完成", "2021-06-30"),
    ("9月份召开", "2021-09-30"),
    ("年底前完成", "2021-12-31"),
    ("年内完成", "2021-12-31"),
    ("第一季度完成", "2021-03-31"),
    ("一季度末完成", "2021-03-31"),
    ("上半年完成", "2021-06-30"),
    ("下半年完成", "2021-12-31"),
    ("明年底前完成", "2022-12-31"),
    ("二〇二三年十月底前完成", "2023-10-31"),
    ("今年第三季度前完成", "2021-09-30"),
])
def test_records_deadline_table(text, deadline):
    assert limit_of(text).deadline.isoformat() == deadline


def test_a_range_ends_at_its_end_and_starts_at_its_start():
    mention = limit_of("(二)创建达标阶段(2023年4月——2023年11月)")
    assert (mention.deadline.isoformat(), mention.deadline_start.isoformat()) == ("2023-11-30", "2023-04-01")


@pytest.mark.parametrize("text", ["每月开展巡查", "长期坚持", "常态化开展"])
def test_standing_tasks_have_no_deadline(text):
    (mention,) = find_times(text, reference=DOCUMENT_DATE)
    assert mention.role == "standing" and mention.deadline is None


@pytest.mark.parametrize("text, when", [
    ("市民政部门每年8月将补贴资金纳入部门预算", "8月"),
    ("应当于每年1月31日前公开上年度执法数据", "1月31日"),
    ("服务评估工作应当在每年3月底前完成", "3月底"),
    ("每年第一季度开展一次检查", "第一季度"),
])
def test_a_calendar_time_after_a_cadence_recurs_and_sets_no_deadline(text, when):
    (mention,) = [t for t in find_times(text, reference=DOCUMENT_DATE) if t.text == when]
    assert mention.role == "standing" and mention.deadline is None


def test_a_dated_limit_after_a_cadence_still_limits():
    (mention,) = [t for t in find_times("每年2022年3月底前完成", reference=DOCUMENT_DATE) if t.text == "2022年3月底"]
    assert mention.role == "limit" and str(mention.deadline) == "2022-03-31"


@pytest.mark.parametrize("text, role", [
    ("较2018年提高10%", "baseline"),
    ("2020年以来累计完成", "past"),
    ("从2020年开始", "since"),
    ("巩固提升2022年示范片区创建成果", "mention"),
])
def test_years_that_are_not_limits(text, role):
    assert find_times(text, reference=DOCUMENT_DATE)[0].role == role


@pytest.mark.parametrize("text, reference, deadline, role", [
    ("“十五五”时期主要目标", date(2026, 2, 1), "2030-12-31", "limit"),
    ("十四五期间新建公园20个", date(2021, 6, 21), "2025-12-31", "limit"),
    ("到“十四五”末全面建成", date(2022, 3, 1), "2025-12-31", "limit"),
    ("“十四五”时期发展成就", date(2026, 2, 1), "2025-12-31", "past"),
    ("“十三五”以来累计建成", date(2019, 5, 1), "2020-12-31", "past"),
    ("编制“十五五”规划纲要", date(2025, 9, 1), "2030-12-31", "mention"),
    ("制定“十五五”节水行动方案", date(2026, 2, 1), "2030-12-31", "mention"),
], ids=lambda v: v if isinstance(v, str) and len(v) > 4 else None)
def test_a_plan_period_names_its_last_day(text, reference, deadline, role):
    (mention,) = find_times(text, reference=reference)
    assert (mention.deadline.isoformat(), mention.role) == (deadline, role)


@pytest.mark.parametrize("text, deadline", [
    ("自2022年起3年内完成改造", "2024-12-31"),
    ("2023年开始用三年时间基本消除", "2025-12-31"),
])
def test_a_number_of_years_from_a_start_year(text, deadline):
    assert limit_of(text).deadline.isoformat() == deadline


@pytest.mark.parametrize("text, deadline", [
    ("预计 106 年底完成可行性评估", "2017-12-31"),
    ("已于108年3月5日核定", "2019-03-05"),
    ("民国110年6月底前上线", "2021-06-30"),
])
def test_years_of_the_republic_in_documents_of_taiwan(text, deadline):
    limits = [t for t in find_times(text, reference=date(2016, 1, 1), roc_years=True) if t.deadline]
    assert limits[-1].deadline.isoformat() == deadline


def test_three_digit_years_are_plain_numbers_elsewhere():
    assert find_times("建成106年历史的老街", reference=DOCUMENT_DATE) == []


def test_spaces_between_the_parts_of_a_date():
    assert limit_of("于 2020 年 9 月 1 日前完成").deadline == date(2020, 9, 1)


def test_the_end_of_a_range_without_a_year_is_in_the_year_of_its_start():
    mention = limit_of("申报时间为2019年1月1日至12月31日")
    assert (mention.deadline_start, mention.deadline) == (date(2019, 1, 1), date(2019, 12, 31))


def test_当年_is_the_year_in_question_not_a_time_limit():
    # 当年 in a condition means the year the subsidy is claimed for, not the notice's year
    for text in ("企业当年新招用的失业人员达到职工总数的一成以上的", "对当年拟退出的项目进行核查"):
        assert [t for t in find_times(text, reference=DOCUMENT_DATE) if t.deadline] == []
    assert limit_of("今年底前完成核查").deadline == date(2021, 12, 31)


@pytest.mark.parametrize("text, deadline", [
    ("利用2-4年时间,力争培养约600名社区护士", "2027-05-20"),
    ("争取用三年时间,完成老旧管网改造", "2026-05-20"),
    ("用1年左右时间完成站点布局", "2024-05-20"),
])
def test_a_span_of_years_counts_from_the_documents_date_to_its_longer_end(text, deadline):
    (mention,) = [t for t in find_times(text, reference=date(2023, 5, 20)) if t.role == "limit"]
    assert mention.deadline.isoformat() == deadline
    assert mention.deadline_start == date(2023, 5, 20)


def test_a_span_of_years_after_a_dated_limit_only_restates_it():
    found = find_times("到二〇四〇年,用17年时间建成示范区", reference=date(2023, 5, 20))
    assert [(t.deadline.isoformat(), t.role) for t in found] == [("2040-12-31", "limit"), ("2040-05-20", "mention")]


def test_a_span_of_years_without_the_documents_date_has_no_deadline():
    (mention,) = find_times("利用2-4年时间完成", reference=None)
    assert mention.deadline is None
