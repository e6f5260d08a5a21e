import csv
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.export import columns
from extract.model.judge import default_judge
from tests.corpus import CORPUS, SAMPLES, SEEDS


@pytest.fixture
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input)
    return invoke


def test_csv_has_one_row_per_target_with_the_document_alongside(run, tmp_path):
    out = tmp_path / "records.csv"
    result = run("extract", SAMPLES, "-o", out)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [c.name for c in columns("targets")]
    sixty = next(r for r in rows if r["indicator"] == "居民绿色出行比例")
    assert (sixty["value"], sixty["unit"], sixty["comparator"], sixty["deadline"]) == ("70", "%", ">=", "2026-12-31")
    assert sixty["doc_region"] == "江苏省南通市滨江区" and sixty["doc_issued"] == "2024-03-15"
    listed = next(r for r in rows if r["method"] == "table" and r["value"] == "38")
    assert listed["owners"] == "区城管局"
    assert "records written to" in result.stderr


def test_excel_csv_starts_with_a_byte_order_mark_and_joins_lists(run, tmp_path):
    out = tmp_path / "records.csv"
    run("extract", SAMPLES / "binjiang-green-plan.html", "-o", out, "--excel")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert '"区城管局\r\n区商务局\r\n各街道办事处"' not in raw.decode("utf-8-sig")
    assert '"区城管局\n区商务局\n各街道办事处"' in raw.decode("utf-8-sig")


def test_csv_list_cells_split_back_into_the_values_even_when_they_hold_the_old_separator(tmp_path):
    out = tmp_path / "tasks.csv"
    CliRunner().invoke(main, ["extract", "--no-model", str(SAMPLES), "-o", str(out), "--records", "tasks"])
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    paths = [r["path"].split("\n") for r in rows if r["path"]]
    assert any(len(p) >= 2 and "、" in p[0] for p in paths)  # 一、… headings keep their 、
    assert all(all(part.strip() == part and part for part in p) for p in paths)


def test_jsonl_all_records_have_a_kind_and_a_source(run):
    result = run("extract", SAMPLES / "quanxi-river-work-plan.txt", "--records", "all", "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["kind"] == "document"
    assert {line["kind"] for line in lines} == {"document", "task", "target"}
    assert all(line["source"].endswith("quanxi-river-work-plan.txt") for line in lines)
    tagged = next(line for line in lines if line["kind"] == "task" and line["title"] == "日常保洁")
    assert tagged["lead_owners"] == ["镇城管中队"] and tagged["support_owners"] == ["各村"]


def test_parquet_round_trips_through_pandas(run, tmp_path):
    out = tmp_path / "records.parquet"
    assert run("extract", SAMPLES, "-o", out, "--records", "tasks").exit_code == 0
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [c.name for c in columns("tasks")]
    assert "区城管局" in list(frame.loc[frame.title == "完善垃圾分类设施", "owners"].iloc[0])


def test_parquet_needs_a_file(run):
    result = run("extract", SAMPLES, "--format", "parquet")
    assert result.exit_code == 2 and "Parquet needs an output file" in result.stderr


def test_a_bad_input_is_reported_and_skipped(run, tmp_path):
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "records.csv"
    result = run("extract", SAMPLES / "quanxi-river-work-plan.txt", tmp_path / "broken.txt", "-o", out)
    assert result.exit_code == 1
    assert "broken.txt: binary data" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) > 5


def test_output_is_not_half_written_when_the_folder_is_missing(run, tmp_path):
    out = tmp_path / "new" / "records.csv"
    assert run("extract", SAMPLES / "quanxi-river-work-plan.txt", "-o", out).exit_code == 0
    assert out.exists() and not list(out.parent.glob("*.part"))


def test_evaluate_prints_scores_per_document_and_overall(run):
    result = run("evaluate", "--gold", CORPUS / "gold" / "dev", SEEDS["001"], SEEDS["004"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:6] == ["document", "gold", "pred", "P", "R", "F1"]
    assert any(line.startswith("overall") for line in lines)


def test_evaluate_json(run):
    result = run("evaluate", "--gold", CORPUS / "gold" / "dev", SEEDS["004"], "--json")
    scores = json.loads(result.stdout)
    assert scores["documents"]["004_4ad2f53781869d47"]["targets_gold"] == 10
    assert 0.9 <= scores["overall"]["f1"] <= 1.0


def test_evaluate_without_any_gold_is_a_usage_error(run, tmp_path):
    result = run("evaluate", "--gold", tmp_path, SAMPLES)
    assert result.exit_code == 2 and "none of the sources has a gold file" in result.stderr


@pytest.mark.parametrize("options", [(), ("--no-model",)])
def test_by_default_and_with_no_model_the_rules_alone_give_records_without_a_model_version(run, options):
    result = run("extract", SEEDS["003"], "--records", "all", "--format", "jsonl", *options)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    found = [r for r in records if r["kind"] == "target"]
    assert found and {r["method"] for r in found} <= {"rule", "table"}
    assert {r["model_version"] for r in records if r["kind"] != "document"} == {None}


def test_a_bare_model_option_asks_the_shipped_model(run):
    result = run("extract", SEEDS["003"], "--records", "all", "--format", "jsonl", "--model")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["model_version"] for r in records if r["kind"] != "document"} == {default_judge().version}


def test_model_and_no_model_exclude_each_other(run):
    result = run("extract", SEEDS["001"], "--model", "--no-model")
    assert result.exit_code == 2 and "exclude each other" in result.stderr


def test_a_folder_that_is_no_model_is_a_usage_error(run, tmp_path):
    result = run("extract", SEEDS["001"], "--model", tmp_path)
    assert result.exit_code == 2 and "not a policy-extract model" in result.stderr


def test_evaluate_compare_scores_rules_and_model_side_by_side(run):
    assert run("evaluate", "--compare", "--gold", CORPUS / "gold" / "dev", SEEDS["004"]).exit_code == 2
    result = run("evaluate", "--compare", "--model", "--gold", CORPUS / "gold" / "dev", SEEDS["004"], "--json")
    scores = json.loads(result.stdout)
    assert set(scores) == {"rules only", "rules + model"}
    assert scores["rules only"]["documents"]["004_4ad2f53781869d47"]["targets_gold"] == 10
