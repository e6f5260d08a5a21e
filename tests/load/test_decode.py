import codecs
import os

import pytest

from extract.errors import InputError
from extract.load.decode import decode, suspicious_ratio

NOTICE = "关于做好2024年河道保洁工作的通知\n各街道、区各有关单位:请于3月底前完成排查。\n"
TRADITIONAL = "關於做好2024年河道保潔工作的通知\n各街道、區各有關單位:請於3月底前完成排查。\n"


@pytest.mark.parametrize("encoding, text", [
    ("utf-8", NOTICE),
    ("gbk", NOTICE),
    ("gb2312", NOTICE),
    ("gb18030", NOTICE),
    ("big5", TRADITIONAL),
    ("utf-16", NOTICE),
], ids=lambda v: v if isinstance(v, str) and len(v) < 10 else "")
def test_decodes_the_encodings_government_sites_use(encoding, text):
    assert decode(text.encode(encoding), source="x").text == text


def test_utf8_with_bom_loses_the_bom():
    decoded = decode(codecs.BOM_UTF8 + NOTICE.encode("utf-8"), source="x")
    assert decoded.text == NOTICE and decoded.encoding == "utf-8"


def test_meta_charset_is_honoured_when_true():
    page = f'<html><head><meta charset="gbk"></head><body>{NOTICE}</body></html>'
    assert decode(page.encode("gbk"), source="x").encoding == "gb18030"


def test_meta_charset_that_lies_is_not_trusted():
    page = f'<html><head><meta charset="gbk"></head><body>{NOTICE}</body></html>'
    decoded = decode(page.encode("utf-8"), source="x")
    assert decoded.encoding == "utf-8" and NOTICE in decoded.text


def test_declared_http_charset_comes_first():
    decoded = decode(TRADITIONAL.encode("big5"), source="x", declared="big5")
    assert decoded.encoding == "big5" and decoded.text == TRADITIONAL


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
], ids=["empty", "blank", "png"])
def test_bad_inputs_name_the_file_and_the_problem(data, message):
    with pytest.raises(InputError, match=message) as caught:
        decode(data, source="notice.html")
    assert str(caught.value).startswith("notice.html: ")


def test_random_bytes_are_refused_not_turned_into_mojibake():
    junk = bytes(b for b in os.urandom(40_000) if b)  # no NUL: it must fail on content
    with pytest.raises(InputError, match="cannot decode reliably"):
        decode(junk, source="junk.txt")


@pytest.mark.parametrize("charset", ["undefined", "punycode", "idna", "utf-7", "unicode-escape", "hex", "zlib"])
def test_a_declared_codec_that_is_no_document_encoding_is_ignored(charset):
    page = f'<html><head><meta charset="{charset}"></head><body>{NOTICE}</body></html>'
    decoded = decode(page.encode("utf-8"), source="x")
    assert decoded.encoding == "utf-8" and NOTICE in decoded.text


@pytest.mark.parametrize("charset", ["undefined", "punycode", "base64"])
def test_a_non_text_codec_passed_as_the_encoding_is_ignored(charset):
    decoded = decode(NOTICE.encode("gbk"), source="x", declared=charset)
    assert decoded.encoding == "gb18030" and decoded.text == NOTICE


@pytest.mark.parametrize("text, ratio", [
    ("通知\n\n", 0.0),
    ("通知Ã", 1 / 3),
    ("通\u3000知\xa0Ã \t\r\n", 1 / 3),  # ideographic and no-break spaces are white space, not characters
    ("通知\x1cÃ", 2 / 3),  # an information separator is white space to str.isspace, and suspicious
    (" \n\u3000", 0.0),
], ids=["plain", "one_in_three", "wide_spaces", "separator", "blank"])
def test_suspicious_ratio_counts_characters_that_are_not_white_space(text, ratio):
    assert suspicious_ratio(text) == pytest.approx(ratio)
