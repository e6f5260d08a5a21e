import io
import zipfile

import openpyxl
import pytest

from extract.clean.page import Line
from extract.errors import InputError
from extract.formats.spreadsheet import parse_xls, parse_xlsx

BOOKS = ["qingxi_targets.xlsx", "qingxi_targets.xls"]


@pytest.mark.parametrize("name", BOOKS)
@pytest.mark.parametrize(("row", "col", "text"), [
    (0, 0, "序号"), (1, 0, "序号"),
    (0, 4, "年度目标"), (0, 5, "年度目标"),
    (1, 4, "2024年"), (1, 5, "2025年"),
    (2, 1, "老旧小区改造"), (3, 1, "老旧小区改造"),
    (4, 1, "城市功能完善"), (5, 1, "城市功能完善"),
    (2, 3, "个"), (3, 3, "部"),
    (2, 4, "12"), (2, 6, "45%"), (4, 6, "13%"), (5, 7, "2024-09-30"),
], ids=lambda value: str(value))
def test_sheet_table_as_excel_shows_it(read_fixture, name, row, col, text):
    assert read_fixture(name).tables[0].grid()[row][col].text == text


@pytest.mark.parametrize("name", BOOKS)
def test_empty_column_and_rows_are_dropped(read_fixture, name):
    table = read_fixture(name).tables[0]
    assert (table.n_rows, table.n_cols) == (6, 8)


@pytest.mark.parametrize("name", BOOKS)
@pytest.mark.parametrize("line", ["目标分解", "清溪区2024年度城市更新年度目标分解表", "注:2025年目标为累计数。"])
def test_sheet_name_title_and_note_are_lines(read_fixture, name, line):
    assert line in read_fixture(name).text.splitlines()


@pytest.mark.parametrize("name", BOOKS)
def test_title_row_is_the_document_title(read_fixture, name):
    assert read_fixture(name).metadata.title == "清溪区2024年度城市更新年度目标分解表"


def test_every_visible_sheet_is_read(read_fixture):
    assert "数据截至2024年3月15日,由区城市更新办汇总。" in read_fixture("qingxi_targets.xlsx").text


def test_workbook_properties_become_meta_tags(fixture_path):
    page = parse_xlsx(fixture_path("qingxi_targets.xlsx").read_bytes(), source="b.xlsx")
    assert page.meta_tags == {"ArticleTitle": "清溪区2024年度城市更新年度目标分解表",
                              "ContentSource": "清溪区人民政府办公室", "PubDate": "2024-03-15"}


def test_hidden_sheets_are_skipped():
    book = openpyxl.Workbook()
    book.active["A1"] = "公开"
    hidden = book.create_sheet("隐藏")
    hidden["A1"] = "下拉选项"
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    blocks = parse_xlsx(buffer.getvalue(), source="b.xlsx").blocks
    assert blocks == (Line("Sheet"), Line("公开"))


def test_formulas_give_their_cached_values_and_missing_caches_nothing():
    book = openpyxl.Workbook()
    book.active.append(["合计", "=1+1"])
    buffer = io.BytesIO()
    book.save(buffer)  # openpyxl stores no cached value, as a file never opened in Excel
    blocks = parse_xlsx(buffer.getvalue(), source="b.xlsx").blocks
    assert blocks == (Line("Sheet"), Line("合计"))


@pytest.mark.parametrize(("parse", "name", "message"), [
    (parse_xlsx, "qingxi_notice.docx", "cannot open as an Excel .xlsx workbook"),
    (parse_xls, "qingxi_notice.pdf", "cannot open as an Excel .xls workbook"),
], ids=["docx-as-xlsx", "pdf-as-xls"])
def test_wrong_content_is_an_input_error(fixture_path, parse, name, message):
    with pytest.raises(InputError, match=message):
        parse(fixture_path(name).read_bytes(), source=name)


def test_a_truncated_sheet_inside_the_package_is_an_input_error(fixture_path):
    original = zipfile.ZipFile(fixture_path("qingxi_targets.xlsx"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as damaged:
        for name in original.namelist():
            data = original.read(name)
            damaged.writestr(name, data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data)
    with pytest.raises(InputError, match="cannot open as an Excel .xlsx workbook"):
        parse_xlsx(buffer.getvalue(), source="damaged.xlsx")


def test_a_truncated_xls_is_an_input_error_and_prints_nothing(fixture_path, capsys):
    with pytest.raises(InputError, match="cannot open as an Excel .xls workbook"):
        parse_xls(fixture_path("qingxi_targets.xls").read_bytes()[:2000], source="short.xls")
    assert capsys.readouterr() == ("", "")
