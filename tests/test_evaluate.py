"""The scores of RECORDS.md section 6 (extract/evaluate.py), on records and gold written here."""
from __future__ import annotations

import json

import pytest

from extract.errors import InputError
from extract.evaluate import (ScoreCard, fold, format_table, gold_path, indicator_matches, read_gold,
                              score_document)
from extract.records import Target, Task

EVIDENCE = "到2025年全市新建城市绿道120公里"


def target(**fields) -> Target:
    values = dict(target_id="d:g1", doc_id="d", source="notice.txt", task_id=None, indicator="城市绿道", action="新建",
                  value=120, value_max=None, unit="公里", comparator="=", change=None, baseline_year=None,
                  deadline="2025-12-31", deadline_text="2025年", deadline_start=None, recurring=False,
                  owners=("市住建局",), lead_owners=(), support_owners=(), status="planned", evidence=EVIDENCE,
                  start=0, end=len(EVIDENCE))
    return Target(**{**values, **fields})


def gold_target(**fields) -> dict:
    return {"kind": "target", "indicator": "城市绿道", "value": 120, "value_max": None, "unit": "公里",
            "comparator": "=", "deadline": "2025-12-31", "status": "planned", "owners": ["市住建局"],
            "evidence": "全市新建城市绿道120公里", **fields}


def task(title: str, text: str, **fields) -> Task:
    return Task(task_id="d:t1", doc_id="d", source="notice.txt", path=(), title=title, text=text, **fields)


def test_a_matching_target_scores_every_field():
    card = score_document([gold_target()], [], [target()])
    scores = card.scores()
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)
    assert [scores[f"{name}_accuracy"] for name in ("indicator", "deadline", "comparator", "status", "owners")] \
        == [1.0] * 5
    assert card.misses == []


def test_a_wrong_field_is_a_miss_of_that_field_only():
    card = score_document([gold_target(deadline="2024-12-31", owners=["区政府"])], [], [target()])
    scores = card.scores()
    assert (scores["deadline_accuracy"], scores["owners_accuracy"], scores["status_accuracy"]) == (0.0, 0.0, 1.0)
    assert card.misses == ["deadline: gold '2024-12-31' got '2025-12-31' «全市新建城市绿道120公里»",
                           "owners: gold ['区政府'] got ['市住建局'] «全市新建城市绿道120公里»"]


def test_another_amount_or_unit_does_not_match():
    card = score_document([gold_target(value=12)], [], [target(unit="千米")])
    assert (card.matched, card.predicted, card.gold) == (0, 1, 1)
    assert card.scores()["f1"] == 0.0
    assert card.misses == ["extra target 120千米 «到2025年全市新建城市绿道120公里»", "missed target 12公里 «全市新建城市绿道120公里»"]


def test_evidence_must_overlap_by_a_run_of_eight_characters():
    near = "全市新建城市绿道120公里,其中中心城区"  # contains the gold evidence
    far = "新建城市绿道120公里"  # inside the gold evidence
    elsewhere = "郊区新建城市绿道120公里以上的长廊"  # shares 新建城市绿道120公里 (13 characters)
    short = "另建绿道120公里"  # shares only 绿道120公里 (7)
    assert [score_document([gold_target()], [], [target(evidence=e)]).matched for e in (near, far, elsewhere, short)] \
        == [1, 1, 1, 0]


def test_each_gold_target_takes_the_best_prediction_once():
    better, worse = target(evidence="全市新建城市绿道120公里"), target(evidence="新建城市绿道120公里的配套")
    card = score_document([gold_target()], [], [worse, better])
    assert (card.matched, card.predicted) == (1, 2)
    assert card.misses == ["extra target 120公里 «新建城市绿道120公里的配套»"]


def test_nothing_to_find_and_nothing_found_has_no_score():
    scores = ScoreCard().scores()
    assert (scores["precision"], scores["recall"], scores["f1"], scores["task_recall"]) == (None, None, None, None)


def test_cards_add_up():
    one = score_document([gold_target()], [], [target()])
    two = score_document([gold_target(value=5)], [], [])
    total = (one + two).scores()
    assert (total["targets_gold"], total["targets_matched"], total["recall"], total["precision"]) == (2, 1, 0.5, 1.0)


def test_a_gold_task_matches_by_title_then_by_text():
    gold = [{"kind": "task", "title": "加快绿道建设", "owners": ["市住建局"], "deadline": None},
            {"kind": "task", "title": "完善配套设施", "owners": [], "deadline": "2025-06-30"}]
    tasks = [task("(一)加快绿道建设", "(一)加快绿道建设。到2025年…", owners=("市住建局",)),
             task("其他", "同步完善配套设施,2025年6月底前完成", deadline="2025-06-30")]
    card = score_document(gold, tasks, [])
    scores = card.scores()
    assert (scores["task_recall"], scores["task_owners_accuracy"], scores["task_deadline_accuracy"]) == (1.0, 1.0, 1.0)


def test_indicators_match_when_one_holds_the_other_or_they_share_most_characters():
    assert indicator_matches("绿道", "城市绿道")
    assert indicator_matches("城市绿道里程", "城市绿道长度")  # 4 of 6 shared
    assert not indicator_matches("城市绿道", "公共厕所")
    assert indicator_matches("", "") and not indicator_matches("绿道", "")


def test_fold_ignores_width_and_whitespace():
    assert fold(" 绿道 １２０ 公里\n") == "绿道120公里"
    assert fold(None) == ""


def test_read_gold_names_the_line_of_a_bad_record(tmp_path):
    path = tmp_path / "notice.gold.jsonl"
    path.write_text(json.dumps(gold_target(), ensure_ascii=False) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notice\.gold\.jsonl:3: not JSON"):
        read_gold(path)
    path.write_text('{"kind": "target", "value": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"notice\.gold\.jsonl:1: not a gold record: no evidence"):
        read_gold(path)
    path.write_text('{"kind": "task", "title": "加快绿道建设"}\n', encoding="utf-8")
    assert read_gold(path) == [{"kind": "task", "title": "加快绿道建设"}]


def test_gold_path_finds_the_gold_of_a_document_in_any_folder(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (second / "notice.gold.jsonl").write_text("", encoding="utf-8")
    assert gold_path(tmp_path / "docs" / "notice.html", [first, second]) == second / "notice.gold.jsonl"
    assert gold_path(tmp_path / "docs" / "other.html", [first, second]) is None


def test_format_table_has_a_row_per_document_and_the_overall_one():
    card = score_document([gold_target()], [], [target()])
    lines = format_table([("notice", card)], card).splitlines()
    assert [line.split()[0] for line in lines[2:]] == ["notice", "overall"]
    assert lines[2].split()[1:6] == ["1", "1", "1.00", "1.00", "1.00"]
