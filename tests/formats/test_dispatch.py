import io
import struct
import zipfile

import pytest

import extract
from extract.errors import InputError
from extract.formats.dispatch import OLE_MAGIC, sniff


def ole(*names: str, offset: int = 1024) -> bytes:
    """An OLE2 container head whose directory (at ``offset``) lists streams called ``names``."""
    data = bytearray(OLE_MAGIC + bytes(offset - len(OLE_MAGIC)))
    for name in names:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        data += encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + bytes(62)
    return bytes(data)


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "suffix", "kind"), [
    ("qingxi_notice.docx", ".docx", "docx"),
    ("qingxi_notice.docx", ".xlsx", "docx"),
    ("qingxi_notice.docx", "", "docx"),
    ("qingxi_targets.xlsx", ".pdf", "xlsx"),
    ("qingxi_targets.xls", ".doc", "xls"),
    ("qingxi_notice.pdf", ".txt", "pdf"),
], ids=["docx", "docx-as-xlsx", "docx-without-suffix", "xlsx-as-pdf", "xls-as-doc", "pdf-as-txt"])
def test_kind_comes_from_the_bytes(fixture_path, name, suffix, kind):
    assert sniff(fixture_path(name).read_bytes(), source=name, suffix=suffix) == kind


@pytest.mark.parametrize(("data", "suffix"), [
    (b"<html><body><table><tr><td>1</td></tr></table></body></html>", ".xls"),
    ("关于印发工作方案的通知".encode(), ".txt"),
    ("关于印发工作方案的通知".encode(), ""),
], ids=["web-page-saved-as-xls", "text", "text-without-suffix"])
def test_text_and_markup_are_left_to_the_text_path(data, suffix):
    assert sniff(data, source="input", suffix=suffix) == "text"


@pytest.mark.parametrize(("data", "suffix", "message"), [
    (ole("Root Entry", "EncryptionInfo", "EncryptedPackage"), ".docx", "password-protected Office file"),
    (ole("Root Entry", "PowerPoint Document"), ".ppt", "neither Word nor Excel"),
    (zipped("content.xml", "mimetype"), ".odt", "OpenDocument file"),
    (zipped("data.csv"), ".zip", "a zip archive, not a Word or Excel file"),
    (b"PK\x03\x04 truncated", ".docx", "corrupt or truncated file"),
    (b"{\\rtf1\\ansi hello}", ".doc", "RTF document"),
    (b"", ".pdf", "not a valid .pdf file: empty file"),
    (b"\x00\x01garbage", ".xlsx", "not a valid .xlsx file"),
], ids=["encrypted-ooxml", "powerpoint", "opendocument", "other-zip", "truncated-zip", "rtf",
        "empty-pdf", "garbage-xlsx"])
def test_unreadable_formats_say_what_to_do(data, suffix, message):
    with pytest.raises(InputError, match=message):
        sniff(data, source="input" + suffix, suffix=suffix)


def test_a_stream_name_inside_data_is_not_a_directory_entry():
    data = ole("Root Entry", "Workbook") + b"x" + "WordDocument".encode("utf-16-le") + b"\x00\x00" + bytes(200)
    assert sniff(data, source="book.xls", suffix=".xls") == "xls"


@pytest.mark.parametrize("target", ["notice.xlsx", "notice"], ids=["saved-as-xlsx", "no-suffix"])
def test_a_misnamed_word_file_is_still_read(fixture_path, tmp_path, target):
    path = tmp_path / target
    path.write_bytes(fixture_path("qingxi_notice.docx").read_bytes())
    document = extract.read(path)
    assert "一、总体要求" in document.text.splitlines()
    assert document.tables[0].grid()[3][1].text == "老旧小区改造"


def test_a_truncated_word_file_is_an_input_error(fixture_path, tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(fixture_path("qingxi_notice.docx").read_bytes()[:5000])
    with pytest.raises(InputError, match="corrupt or truncated file"):
        extract.read(path)


def test_a_scanned_pdf_read_through_the_api_raises(fixture_path):
    with pytest.raises(InputError, match=r"PDF has no text layer \(scanned\?\): run OCR first"):
        extract.read(fixture_path("scanned.pdf"))
