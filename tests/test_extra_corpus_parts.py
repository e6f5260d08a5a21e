"""devkit.extra_corpus reads one cell of a CSV file or of a workbook, its row numbered as a spreadsheet shows
it (the header is row 1): how batch Z's texts are kept in their repositories."""
import io

import openpyxl

from devkit.extra_corpus import _part, _xlsx_cell

TABLE = [("标题", "正文"), ("甲通知", "第一份通知的正文。"), ("乙通知", "第二份通知的正文,\n有两行。")]


def test_a_csv_row_is_numbered_as_a_spreadsheet_shows_it():
    text = "\ufeff标题,正文\n甲通知,第一份通知的正文。\n乙通知,\"第二份通知的正文,\n有两行。\"\n"
    assert _part(text, "csv-row:3:正文") == "第二份通知的正文,\n有两行。"
    assert _part(text, "csv-row:2:标题") == "甲通知"


def test_a_workbook_cell_by_sheet_row_and_header():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in TABLE:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    assert _xlsx_cell(data.getvalue(), "Sheet1:2:正文") == "第一份通知的正文。"
    assert _xlsx_cell(data.getvalue(), "Sheet1:3:标题") == "乙通知"
