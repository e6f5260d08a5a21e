"""Work reports: region, issued date and title from the delivery line or the report's opening."""
from __future__ import annotations

import pytest

from extract.clean.report import find_delivery, opening_rows, venue_rows
from tests.corpus import doc_path, pool_path, read_cached


@pytest.mark.parametrize("row", venue_rows(), ids=[row["venue"] for row in venue_rows()])
def test_each_venue_reads_its_own_example(row):
    delivery = find_delivery(("各位代表:", row["example"]))
    assert (delivery.region, delivery.issued.isoformat()) == (row["region"], row["issued"])


@pytest.mark.parametrize("row", opening_rows(), ids=[row["title"] for row in opening_rows()])
def test_each_opening_reads_its_own_example(row):
    delivery = find_delivery(("各位代表:", row["example"]))
    assert (delivery.region, delivery.title, delivery.issued) == (row["region"], row["title"], None)


def test_a_delivery_line_broken_over_two_lines_and_the_fuller_title_above():
    lines = ("2025年某某省政府工作报告", "政府工作报告", "——2025年1月20日在江西省第十四届", "人民代表大会第四次会议上",
             "各位代表:")
    delivery = find_delivery(lines)
    assert (delivery.region, delivery.issued.isoformat(), delivery.title) == (
        "江西省", "2025-01-20", "2025年某某省政府工作报告")


def test_a_national_congress_is_the_whole_country():
    delivery = find_delivery(("——2023年3月5日在第十四届全国人民代表大会第一次会议上",))
    assert (delivery.region, delivery.issued.isoformat()) == ("全国", "2023-03-05")


def test_a_date_in_running_text_is_no_delivery_line():
    assert find_delivery(("2月3日,某某省第十三届人民代表大会第四次会议在省会开幕。", "各位代表:")) is None


@pytest.mark.parametrize("path, region, issued, title", [
    (doc_path("gwr2026-001.txt"), "内蒙古自治区", "2026-02-04", "2026年内蒙古自治区政府工作报告"),
    (doc_path("gwr2026-002.txt"), "海南省", "2026-01-27", "政府工作报告"),
    (doc_path("gwr2026-003.txt"), "广东省", "2026-01-26", "政府工作报告"),
    (doc_path("gwr2026-005.txt"), "宁夏回族自治区", "2026-02-03", "2026年宁夏回族自治区政府工作报告"),
    (doc_path("gwr2026-007.txt"), "甘肃省", "2026-01-27", "2026年甘肃省政府工作报告"),
    (doc_path("gwr2026-008.txt"), "青海省", "2026-01-27", "政府工作报告"),
    (doc_path("gwr2026-010.txt"), "贵州省", "2026-01-27", "政府工作报告"),
    (doc_path("gwrnat-005.txt"), "全国", "2024-03-05", "政府工作报告"),
    (doc_path("gwrnat-003.txt"), "全国", None, "政府工作报告"),
    (pool_path("pool-001.txt"), "北京市", "2026-01-25", "2026年北京市政府工作报告"),
    (pool_path("pool-008.txt"), "云南省", "2026-01-28", "2026年政府工作报告"),
], ids=["gwr2026-001", "gwr2026-002", "gwr2026-003", "gwr2026-005", "gwr2026-007", "gwr2026-008", "gwr2026-010",
        "gwrnat-005", "gwrnat-003", "pool-001", "pool-008"])
def test_work_report_metadata(path, region, issued, title):
    metadata = read_cached(path).metadata
    assert (metadata.region, metadata.issued, metadata.title) == (region, issued, title)
