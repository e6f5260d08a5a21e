"""Excel workbooks (.xlsx with openpyxl, .xls with xlrd) to a Page: each visible sheet as its name and a table."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

import openpyxl
import xlrd
from lxml import etree
from openpyxl.utils.exceptions import InvalidFileException
from xlrd.compdoc import CompDocError

from ..clean.page import Block, Page
from ..errors import InputError
from .cells import display_value
from .properties import property_tags
from .sheet import Merge, Sheet, sheet_blocks

XLS_VISIBLE = 0
MAX_EXCEL_DATE = 2958466  # 9999-12-31 and later are not dates Excel can show


def parse_xlsx(data: bytes, *, source: str) -> Page:
    """An .xlsx workbook; formulas give their cached values.

    The full (not read-only) model is loaded: only it knows the merged ranges.
    """
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    # zlib.error and NotImplementedError: a damaged or unsupported compressed member of the package;
    # OSError: "File contains no valid workbook part".
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, KeyError, InvalidFileException, ParseError,
            etree.XMLSyntaxError, ValueError, OSError) as err:
        raise InputError(source, f"cannot open as an Excel .xlsx workbook ({err}); is it corrupt?") from err
    blocks: list[Block] = []
    for worksheet in book.worksheets:
        if worksheet.sheet_state == "visible":
            blocks += sheet_blocks(_openpyxl_sheet(worksheet))
    properties = book.properties
    tags = property_tags(title=properties.title, author=properties.creator, created=properties.created)
    return Page(blocks=tuple(blocks), meta_tags=tags)


def _openpyxl_sheet(worksheet) -> Sheet:
    values = {}
    for row in worksheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                values[(cell.row - 1, cell.column - 1)] = display_value(cell.value, number_format=cell.number_format)
    merges = tuple(Merge(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                   for m in worksheet.merged_cells.ranges)
    return Sheet(worksheet.title, values, merges)


def parse_xls(data: bytes, *, source: str) -> Page:
    """An old binary .xls workbook (BIFF); read with formatting, which number formats and merges need.

    Every sheet is parsed while opening, so that a damaged file fails here; xlrd's
    warnings go to a buffer, not to standard output.
    """
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    # What xlrd raises on damaged records: its own errors, and those of the struct and list reads under them.
    except (xlrd.XLRDError, CompDocError, struct.error, AssertionError, IndexError, KeyError, ValueError,
            OverflowError, LookupError) as err:
        raise InputError(source, f"cannot open as an Excel .xls workbook ({err}); is it corrupt or encrypted?") \
            from err
    blocks: list[Block] = []
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        if sheet.visibility == XLS_VISIBLE:
            blocks += sheet_blocks(_xlrd_sheet(book, sheet))
    return Page(blocks=tuple(blocks))


def _xlrd_sheet(book, sheet) -> Sheet:
    values = {}
    for r in range(sheet.nrows):
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                values[(r, c)] = _xlrd_value(book, cell)
    merges = tuple(Merge(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells)
    return Sheet(sheet.name, values, merges)


def _xlrd_value(book, cell) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE and 0 <= cell.value < MAX_EXCEL_DATE:
        return display_value(xlrd.xldate_as_datetime(cell.value, book.datemode))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return display_value(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    if cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE):
        return display_value(cell.value, number_format=_xlrd_format(book, cell.xf_index))
    return display_value(cell.value)


def _xlrd_format(book, xf_index: int) -> str:
    xf = book.xf_list[xf_index] if xf_index is not None and xf_index < len(book.xf_list) else None
    number_format = book.format_map.get(xf.format_key) if xf is not None else None
    return number_format.format_str if number_format is not None else "General"
