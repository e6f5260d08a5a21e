"""extract.evaluate.annotation_agreement (python -m benchmarks.annotator_agreement) scores a second annotation against the first as the tool is scored:
invented gold of one plan, annotated twice, the second annotator reading one task's owners otherwise."""
import json

from extract.evaluate import annotation_agreement

TARGET = {"kind": "target", "indicator": "改造老旧小区", "value": 12, "value_max": None, "unit": "个",
          "comparator": "=", "deadline": "2026-12-31", "owners": ["区住建局"], "status": "planned",
          "evidence": "年底前改造老旧小区12个"}
TASKS = [{"kind": "task", "title": "老旧小区改造", "owners": ["区住建局"], "deadline": "2026-12-31",
          "evidence": "年底前改造老旧小区12个"},
         {"kind": "task", "title": "口袋公园建设", "owners": ["区绿化市容局", "各街道"], "deadline": None,
          "evidence": "新建口袋公园3个"}]


def _write(folder, records):
    folder.mkdir()
    (folder / "plan-001.gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                                encoding="utf-8")


def test_a_second_annotation_is_scored_against_the_first(tmp_path):
    _write(tmp_path / "first", [TARGET, *TASKS])
    second_tasks = [TASKS[0], {**TASKS[1], "owners": ["区绿化市容局"]}]
    _write(tmp_path / "second", [TARGET, *second_tasks])
    rows, total = annotation_agreement(tmp_path / "first", tmp_path / "second")
    scores = total.scores()
    assert [name for name, _ in rows] == ["plan-001"]
    assert scores["f1"] == 1.0 and scores["owners_accuracy"] == 1.0
    assert scores["task_recall"] == 1.0 and scores["task_owners_accuracy"] == 0.5
