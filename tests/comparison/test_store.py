"""Compare over the store: documents ingested from the real corpus, chosen with --where."""
import openpyxl
import pytest
from click.testing import CliRunner

import extract
from extract.cli import main

from .corpus_compare import DISTRICT_PLANS, WORK_REPORTS


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "policy.db"
    sources = [str(p) for p in (*DISTRICT_PLANS, WORK_REPORTS[0], WORK_REPORTS[5])]
    result = CliRunner().invoke(main, ["ingest", *sources, "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_compare_reads_the_documents_the_condition_selects(store):
    comparison = extract.compare(db=store, where="region like '%常州%'")
    assert sorted(comparison.documents["jurisdiction"]) == ["江苏省常州市金坛区", "江苏省常州市钟楼区"]
    toilets = comparison.matrix.query("indicator_id == 'public_toilets' and jurisdiction == '江苏省常州市金坛区'")
    assert toilets["value"].tolist() == [24]


def test_the_command_writes_a_workbook_from_the_store(store, tmp_path):
    output = tmp_path / "views.xlsx"
    result = CliRunner().invoke(main, ["compare", "--db", str(store), "--where", "region like '%常州%'",
                                       "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "compared 2 documents, 2 jurisdictions" in result.stderr
    assert "diff" in openpyxl.load_workbook(output).sheetnames


def test_a_bad_condition_is_one_clear_line(store, tmp_path):
    result = CliRunner().invoke(main, ["compare", "--db", str(store), "--where", "nonsense ===",
                                       "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "bad --where condition" in result.stderr
    assert "Traceback" not in result.output


def test_where_without_a_store_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["compare", "x.txt", "--where", "1", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "--where needs --db" in result.stderr
