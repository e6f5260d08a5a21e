"""Grids recovered from tables flattened one cell per line, checked against the dev gold."""
import json

import pytest

from extract.extractor import extract_document
from extract.tables.flattened import flattened_tables
from tests.corpus import CORPUS, SEEDS, doc_path, read_cached

GOLD = CORPUS / "gold" / "dev"


def gold_targets(name: str, evidence: str) -> list[dict]:
    rows = [json.loads(line) for line in (GOLD / f"{name}.gold.jsonl").open(encoding="utf-8")]
    return [r for r in rows if r["kind"] == "target" and evidence in r["evidence"]]


def table_targets(path, fragment: str):
    result = extract_document(read_cached(path))
    return [t for t in result.targets if t.method == "table" and fragment in t.evidence]


@pytest.mark.parametrize("fragment", ["16座公厕", "亭棚41个以上", "28处受监建筑工地", "75户房屋漏水维修", "3台电梯"])
def test_seed_000_table_targets_match_the_gold_field_by_field(fragment):
    (gold,) = [g for g in gold_targets("000_e9b657020bcafd3e", fragment)]
    (target,) = table_targets(SEEDS["000"], fragment)
    assert (target.value, target.unit, target.comparator) == (gold["value"], gold["unit"], gold["comparator"])
    assert (target.deadline, target.status) == (gold["deadline"], gold["status"])
    assert set(target.owners) == set(gold["owners"])


def test_seed_000_sub_rows_carry_their_own_street_office():
    tasks = [t for t in extract_document(read_cached(SEEDS["000"])).tasks
             if t.method == "table" and t.title == "精品街道"]
    assert [t.owners for t in tasks][:4] == [("区城管局", "区住建局", "属地街道"), ("高新园",), ("北港街道",),
                                             ("新闸街道",)]
    assert tasks[0].deadline == "2022-12-31"  # the last year column with content


def test_shgov_007_rows_without_an_owner_cell_share_the_one_above():
    (gold,) = gold_targets("shgov-007", "7完成既有多层住宅加装电梯700台")
    (target,) = table_targets(doc_path("shgov-007.txt"), "完成既有多层住宅加装电梯700台")
    assert target.owners == tuple(gold["owners"])


def test_flattened_regions_are_found_where_the_headers_are():
    document = read_cached(SEEDS["000"])
    (table,) = flattened_tables(document.text, [])
    assert document.text[table.start:].startswith("序号\n重点任务\n实施内容\n责任主体")
    table_tasks = [t for t in (json.loads(line) for line in (GOLD / "000_e9b657020bcafd3e.gold.jsonl").open())
                   if t["kind"] == "task" and t["deadline_text"] == "2022年"]
    assert len(table.rows) == len(table_tasks)


def test_text_without_a_header_is_no_table():
    assert flattened_tables("一、目标\n1\n完成改造\n区住建局\n2\n新建公园\n区城管局\n", []) == []
