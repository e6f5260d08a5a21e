"""Durations a notice sets to be met are targets (blind-c/README.md: 隔离观察14天, 最迟不超过4个小时):
a stay to serve, a service kept up round the clock, a delay granted, a limit counted in years
(N年内); a window looked back on, a schedule aimed at or a year's own 年内 are not. Counts of times per
day are written 次/日 (RECORDS.md section 3). The sentences are written for the test."""
from decimal import Decimal

import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, read_cached
from tests.rules.test_targets import drafts


def _durations(text: str):
    return {(float(d.quantity.value), d.quantity.value_max and float(d.quantity.value_max), d.unit, d.comparator)
            for d in drafts(text) if d.quantity.kind == "time"}


@pytest.mark.parametrize("text, expected", [
    ("返乡务工人员须集中隔离医学观察10天。", (10, None, "天", "=")),
    ("陪护人员要居家隔离观察7天后方可返岗。", (7, None, "天", "=")),
    ("对新到站人员健康观察期满5天,无异常后解除。", (5, None, "天", "=")),
    ("健康观察时间为离开风险地区后7天。", (7, None, "天", "=")),
    ("防汛指挥部办公室汛期实行24小时值班。", (24, None, "小时", "=")),
    ("区应急管理中心24小时值守。", (24, None, "小时", "=")),
    ("供水热线要保持24小时畅通。", (24, None, "小时", "=")),
    ("纳税人可申请延期3个月缴纳税款。", (3, None, "月", "=")),
    ("医疗机构应当确保2年内完成约定采购量。", (2, None, "年", "<=")),
    ("过渡期内可在3—5年内逐步调整到位。", (3, 5, "年", "range")),
    ("城区空气优良天数增加8天。", (8, None, "天", "=")),
])
def test_a_duration_to_meet_is_a_target(text, expected):
    assert expected in _durations(text)


@pytest.mark.parametrize("text", [
    "申请单位近3年内无重大违法记录。",
    "力争两年内实现县域公交全覆盖。",
    "争取4年内让全部荒山披绿。",
    "新厂区半年内就实现满负荷生产。",
    "今后三年内市财政每年安排专项资金。",
    "二〇二〇年内完成验收。",
    "力争在三年内基本完成五年的建设任务。",
    "三年内城乡居民医保参保率提高到95%以上。",
    "年内完成老旧管网改造。",
])
def test_a_window_or_a_schedule_is_no_duration_target(text):
    assert not _durations(text)


@pytest.mark.parametrize("text, value", [
    ("每天上下午各开窗通风2次。", 2),
    ("每日至少在开馆前和闭馆后各清洁一次。", 1),
])
def test_times_a_day_are_counted_per_day(text, value):
    assert (value, "次/日") in {(float(d.quantity.value), d.unit) for d in drafts(text)}


def test_the_crawled_epidemic_notice_gives_its_quarantine_stays():
    targets = extract_document(read_cached(doc_path("jxgov-010.txt")), use_model=False).targets
    stays = [t for t in targets if t.unit == "天"]
    assert len(stays) >= 8 and {(t.value, t.comparator) for t in stays} == {(Decimal(14), "=")}
    assert {t.unit for t in targets if t.unit and t.unit.startswith("次")} == {"次/日"}


def test_the_grain_emergency_plan_gives_its_round_the_clock_duties():
    targets = extract_document(read_cached(doc_path("govcn-009.html")), use_model=False).targets
    hours = sorted((t.value, t.comparator) for t in targets if t.unit == "小时")
    assert hours == [(Decimal(4), "<="), (Decimal(24), "="), (Decimal(24), "=")]


@pytest.mark.parametrize("text, label", [
    ("返乡务工人员须集中隔离医学观察10天。", "集中隔离医学观察时间"),
    ("陪护人员要居家隔离观察7天后方可返岗。", "居家隔离观察时间"),
    ("对新到站人员健康观察期满5天,无异常后解除。", "新到站人员健康观察期"),
    ("健康观察时间为离开风险地区后7天。", "健康观察时间"),
])
def test_a_stay_is_labelled_by_the_stay_served(text, label):
    assert [d.indicator for d in drafts(text) if d.quantity.kind == "time"] == [label]
