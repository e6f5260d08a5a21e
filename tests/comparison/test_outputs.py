"""The views as XLSX (a sheet per view), CSV, JSON Lines and Parquet, from the command and from Python."""
import csv
import json

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

from extract.cli import main
from extract.comparison.writers import view_frames, write_views

from .corpus_compare import DISTRICT_PLANS, district_plans

SEEDS = [str(path) for path in DISTRICT_PLANS]


def test_xlsx_has_one_sheet_per_view_and_the_matrix_holds_real_values(tmp_path):
    path = tmp_path / "views.xlsx"
    write_views(view_frames(district_plans(), ("matrix", "diff", "trend", "owners", "rollup")), path, fmt="xlsx")
    book = openpyxl.load_workbook(path)
    assert {"matrix_wide", "matrix", "diff", "trend", "owners", "owners_summary", "rollup"} <= set(book.sheetnames)
    wide = pd.read_excel(path, sheet_name="matrix_wide")
    row = wide[wide["indicator"] == "公共厕所改造 [public_toilets]"].iloc[0]
    assert row["江苏省常州市金坛区"] == "24座"


def test_csv_jsonl_and_parquet_write_one_file_per_view(tmp_path):
    frames = view_frames(district_plans(), ("matrix", "owners"))
    csvs = write_views(frames, tmp_path / "out.csv", fmt="csv")
    assert tmp_path / "out.matrix.csv" in csvs and tmp_path / "out.owners_summary.csv" in csvs
    matrix = pd.read_csv(tmp_path / "out.matrix.csv")
    assert 93 in set(matrix.loc[matrix["indicator_id"] == "street_sweeping", "value"])
    write_views(frames, tmp_path / "jsonl", fmt="jsonl")
    first = json.loads((tmp_path / "jsonl" / "owners.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"owner", "role", "kind", "item"} <= set(first)
    write_views(frames, tmp_path / "pq", fmt="parquet")
    targets = pd.read_parquet(tmp_path / "pq" / "targets.parquet")
    assert set(targets["method"]) <= {"exact", "rule", "evidence", "fuzzy", "none", "unit"}


def test_the_compare_command_writes_a_workbook_and_says_what_it_compared(tmp_path):
    output = tmp_path / "report.xlsx"
    result = CliRunner().invoke(main, ["compare", *SEEDS, "--no-model", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "compared 2 documents, 2 jurisdictions" in result.stderr
    assert "matrix" in openpyxl.load_workbook(output).sheetnames


def test_compare_without_inputs_is_a_usage_error():
    result = CliRunner().invoke(main, ["compare", "-o", "x.html"])
    assert result.exit_code == 2 and "give files or folders to compare, or --db FILE" in result.stderr


def test_compare_of_a_missing_file_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 1
    assert result.stderr.startswith("policy-extract: ") and "nope.txt" in result.stderr
    assert "Traceback" not in result.output


def test_the_review_list_names_unmatched_indicators_with_counts_and_an_example():
    result = CliRunner().invoke(main, ["indicators", "--unmatched", *SEEDS, "--no-model"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["indicator", "unit", "targets", "documents", "example", "method"]
    assert any(line.startswith("房屋漏水维修\t户\t") for line in lines)
    assert "targets matched registry version 2" in result.stderr


def test_a_registry_with_problems_stops_the_command_with_file_and_line(tmp_path):
    bad = tmp_path / "mine.tsv"
    bad.write_text("# version: 1\nid\tlabel\taliases\tunit\tmeasure\tdirection\tcategory\treference\tcontext\n"
                   "a\t甲\t\t%\tsize\thigher\tx\t\t\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["indicators", "--unmatched", SEEDS[0], "--no-model", "--registry", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: column 'measure': 'size'" in result.stderr


def test_whole_numbers_are_written_as_integers_in_csv_and_jsonl(tmp_path):
    frames = view_frames(district_plans(), ("matrix",))
    assert frames["matrix"]["year"].dtype == "float64" and frames["matrix"]["year"].isna().any()  # the omissions
    write_views(frames, tmp_path / "csv", fmt="csv")
    write_views(frames, tmp_path / "jsonl", fmt="jsonl")
    years = {row["year"] for row in csv.DictReader((tmp_path / "csv" / "matrix.csv").open(encoding="utf-8"))}
    assert "" in years and all(y.isdigit() for y in years - {""})
    first = json.loads((tmp_path / "jsonl" / "matrix.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["year"], int) or first["year"] is None


def test_parquet_views_have_no_column_of_the_null_type(tmp_path):
    write_views(view_frames(district_plans(), ("matrix", "diff", "trend", "owners", "rollup")), tmp_path, fmt="parquet")
    for path in tmp_path.glob("*.parquet"):
        schema = pq.read_schema(path)
        assert [field.name for field in schema if pa.types.is_null(field.type)] == [], path.name
