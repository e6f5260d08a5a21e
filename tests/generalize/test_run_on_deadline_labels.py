"""A tag's units end where the next label opens, also when a crawler ran the label on without a space or mark
(…实施单位:区甲集团、乙公司完成时限:2020年4月): a deadline label of column_roles.tsv is no part of the last unit
(extract/rules/assignments.py). Invented lines, and the Pingtan page of batch W laid out that way (skipped
where ../extra is not checked out)."""
import pytest

from extract.extractor import extract_document
from extract.rules.assignments import tagged_owners
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize("line, owners", [
    ("牵头单位:区商务局配合单位:区税务局实施单位:区港务公司完成时限:2020年4月",
     ("区商务局", "区税务局", "区港务公司")),
    ("责任单位:市园林局、市城投集团完成时间:2021年底", ("市园林局", "市城投集团")),
    ("责任单位:县交通局完成期限:2022年6月", ("县交通局",)),
    ("责任单位:县交通局 完成时限:2022年6月", ("县交通局",)),  # with a space, as before
])
def test_a_run_on_deadline_label_ends_the_last_unit(line, owners):
    assert tagged_owners(line).owners == owners


def test_lead_and_support_of_a_run_on_tag_line():
    owners = tagged_owners("牵头单位:区商务局配合单位:区税务局、区港务公司完成时限:2020年底")
    assert owners.lead == ("区商务局",) and owners.support == ("区税务局", "区港务公司")


def test_run_on_tag_lines_of_a_crawled_zone_plan():
    result = extract_document(read_cached(extra_path("corpus", "w-008.txt")))
    owners = [t.owners for t in result.tasks if t.owners]
    assert len(owners) >= 12
    assert not [o for units in owners for o in units if "完成时限" in o]
    assert ("区经发局", "区口岸办", "平潭海关", "区交通集团") in owners
    target = next(t for t in result.targets if t.unit == "小时")
    assert (target.value, target.owners) == (3, ("区经发局", "平潭海关", "区交通集团", "两岸公司"))
