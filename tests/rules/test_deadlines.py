"""The deadline table of RECORDS.md section 4, for a document of 2021-06-21."""
from datetime import date

import pytest

from extract.lexicon import Column, read_table
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


@pytest.mark.parametrize("text, role", [
    ("较2018年提高10%", "baseline"),
    ("2020年以来累计完成", "past"),
    ("从2020年开始", "since"),
    ("巩固提升2022年示范片区创建成果", "mention"),
])
def test_years_that_are_not_limits(text, role):
    assert find_times(text, reference=DOCUMENT_DATE)[0].role == role


PHRASES = [r for r in read_table("deadline_phrases.tsv", (Column("phrase"), Column("year"), Column("month"), Column("day"),
                                                          Column("role"), Column("example", required=False)))
           if r["example"]]


@pytest.mark.parametrize("row", PHRASES, ids=[r["phrase"] for r in PHRASES])
def test_every_phrase_is_found_in_its_example(row):
    assert any(row["phrase"] in t.text and t.role == row["role"]
               for t in find_times(row["example"], reference=DOCUMENT_DATE))
