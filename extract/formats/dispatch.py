"""Which kind of input a file is, from its first bytes before its suffix, and its parser.

A misnamed file is read by what it is: a Word file saved as ``.xlsx`` or
without a suffix is still read as Word. Text and HTML are left to the text
path of the clean stage (kind ``"text"``), as is a ``.doc``/``.xls`` that is
really a web page, which some sites serve.
"""
from __future__ import annotations

import importlib
import io
import re
import struct
import zipfile
from collections.abc import Callable
from typing import Literal

from ..clean.page import Page
from ..errors import InputError
from ..load.sources import OFFICE_SUFFIXES

Kind = Literal["docx", "doc", "xlsx", "xls", "pdf", "text"]
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
OLE_ENTRY_SIZE = 128
OLE_NAME_FIELD = 64
MARKUP_START = re.compile(rb"^(\xef\xbb\xbf)?\s*<")
RTF_START = re.compile(rb"^(\xef\xbb\xbf)?\s*\{\\rtf")
PARSERS = {"docx": (".docx", "parse_docx"), "doc": (".doc", "parse_doc"), "xlsx": (".spreadsheet", "parse_xlsx"),
           "xls": (".spreadsheet", "parse_xls"), "pdf": (".pdf", "parse_pdf")}
# Zip members are checked by their declared sizes before any parser inflates them (zipfile never
# inflates a member past its declared size): what Office files hold, not what a bomb does.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # for members over RATIO_FLOOR; XML of real documents deflates 5 to 30 times
RATIO_FLOOR = 1024 * 1024


def sniff(data: bytes, *, source: str, suffix: str = "") -> Kind:
    """The kind of ``data``; raises InputError for formats that cannot be read, saying what to do."""
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return _zip_kind(data, source=source)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data, source=source)
    if RTF_START.match(data):
        raise InputError(source, "RTF document: save it as .docx (or .txt) and read that")
    if suffix in OFFICE_SUFFIXES and not MARKUP_START.match(data):
        problem = "empty file" if not data.strip() else "the content is not of that format (corrupt or truncated?)"
        raise InputError(source, f"not a valid {suffix} file: {problem}")
    return "text"


def parse_binary(data: bytes, *, kind: Kind, source: str) -> Page:
    """The Page of a docx, doc, xlsx, xls or pdf input.

    The parser's module is imported on use, so that the office libraries load
    only when an office file is read.
    """
    module_name, function_name = PARSERS[kind]
    parser: Callable[..., Page] = getattr(importlib.import_module(module_name, __package__), function_name)
    return parser(data, source=source)


def _zip_kind(data: bytes, *, source: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, NotImplementedError) as err:  # NotImplementedError: a zip feature Python lacks
        raise InputError(source, f"corrupt or truncated file: its zip container cannot be opened ({err})") from err
    _check_sizes(members, source=source)
    names = {member.filename for member in members}
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        raise InputError(source, "OpenDocument file (.odt/.ods): save it as .docx or .xlsx")
    raise InputError(source, "a zip archive, not a Word or Excel file: unpack it and read the files inside")


def _check_sizes(members: list[zipfile.ZipInfo], *, source: str) -> None:
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        megabytes, limit = total // 1024 // 1024, MAX_UNZIPPED_BYTES // 1024 // 1024
        raise InputError(source, f"unpacks to {megabytes} MB (over {limit} MB): refused as a possible compression bomb")
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(source, f"{member.filename} inflates {member.file_size // max(member.compress_size, 1)}"
                                     " times: refused as a possible compression bomb")


def _ole_kind(data: bytes, *, source: str) -> Kind:
    """Old Office files are OLE2 containers; their directory names the streams inside."""
    if _has_ole_stream(data, "EncryptedPackage"):
        raise InputError(source, "password-protected Office file: remove the password, save, and read it again")
    if _has_ole_stream(data, "WordDocument"):
        return "doc"
    if _has_ole_stream(data, "Workbook") or _has_ole_stream(data, "Book"):
        return "xls"
    raise InputError(source, "an old-format Office file that is neither Word nor Excel (PowerPoint?): "
                             "save it as .docx, .xlsx or .pdf")


def _has_ole_stream(data: bytes, name: str) -> bool:
    """Whether a directory entry (128 bytes: UTF-16 name, then its byte length) names ``name``."""
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    position = data.find(encoded)
    while position != -1:
        length_at = position + OLE_NAME_FIELD
        if position % OLE_ENTRY_SIZE == 0 and len(data) >= length_at + 2:
            if struct.unpack_from("<H", data, length_at)[0] == len(encoded):
                return True
        position = data.find(encoded, position + 1)
    return False
