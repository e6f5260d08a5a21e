"""Text a spreadsheet would run as a formula is written as text: CSV for Excel and the compare workbook."""
import csv

import openpyxl
import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.spreadsheet import inert

# an invented notice whose page title and owner line open with formula characters, as a hostile page could
NOTICE = """<html><head><meta charset="utf-8"><title>=HYPERLINK("http://example.invalid/x","详情")</title></head>
<body><h1>=HYPERLINK("http://example.invalid/x","详情")</h1>
<p>一、主要目标</p>
<p>到2026年底，全区垃圾分类覆盖率达到95%以上，由区城管局牵头负责。</p>
<p>到2027年，新建口袋公园15个。</p></body></html>
"""
TITLE = '=HYPERLINK("http://example.invalid/x","详情")'


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param(TITLE, "'" + TITLE, id="equals"),
    pytest.param("+86 电话", "'+86 电话", id="plus"),
    pytest.param("- 表 2-1 统计表", "'- 表 2-1 统计表", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\t=1+1", "'\t=1+1", id="tab"),
    pytest.param("=", "=", id="the-comparator-alone"),
    pytest.param(">=", ">=", id="another-comparator"),
    pytest.param("区住建局", "区住建局", id="plain-text"),
    pytest.param(-3.5, -3.5, id="a-negative-number-stays-a-number"),
    pytest.param(None, None, id="none"),
])
def test_inert(value, expected):
    assert inert(value) == expected


@pytest.fixture
def notice(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text(NOTICE, encoding="utf-8")
    return path


def extract_csv(notice, out, *extra):
    result = CliRunner().invoke(main, ["extract", str(notice), "--records", "all", "-j", "1", "-o", str(out), *extra])
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))


def test_csv_for_excel_marks_formula_text_as_text(notice, tmp_path):
    rows = extract_csv(notice, tmp_path / "r.csv", "--excel")
    document = next(r for r in rows if r["kind"] == "document")
    targets = [r for r in rows if r["kind"] == "target"]
    assert document["title"] == "'" + TITLE
    assert targets and {r["doc_title"] for r in targets} == {"'" + TITLE}
    assert {r["comparator"] for r in targets} == {">=", "="} and {r["value"] for r in targets} == {"95", "15"}


def test_plain_csv_keeps_the_text_as_it_is(notice, tmp_path):
    rows = extract_csv(notice, tmp_path / "r.csv")
    assert next(r for r in rows if r["kind"] == "document")["title"] == TITLE


def test_the_compare_workbook_holds_no_formula(notice, tmp_path):
    out = tmp_path / "views.xlsx"
    result = CliRunner().invoke(main, ["compare", str(notice), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    assert TITLE in {cell.value for cell in cells}
