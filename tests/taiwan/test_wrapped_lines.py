"""Text extracted from a PDF of Taiwan, written for the test in traditional script: lines hard-wrapped
at the margin inside words and names, a page number and a form feed between two halves of a sentence.
The cleaner joins each wrapped line to the one it goes on in, and keeps headings, items, captions,
short lines and the lines of a table of contents apart."""
import re

from extract.clean.wrapped import drop_page_numbers, join_wrapped, unwrap_text, wrap_margin
from extract.extractor import extract_document
from extract.read import document_from_bytes

ROW = "某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某"  # one full row: 30 characters


def _paragraph(n: int) -> list[str]:
    return [ROW] * n + ["完。"]


WRAPPED = "\n".join([
    "某市政府施政報告",
    "目錄",
    "壹、前言........................................................ 1",
    "貳、施政成果.................................................... 2",
    "壹、前言",
    *_paragraph(8),
    "貳、施政成果",
    "一、都市計畫",
    "本府於一一三年完成土地使用分區檢討，經本市都市計畫委員會審議委",
    "員會審議通過，並由都市發展局辦理公告，新增公園用地十二處",
    "，另規劃停車場四處，預計一一四年底前完成細部計畫，後續開闢",
    "3",
    "\f",
    "工程完成後新增綠地面積共計三點五公頃，以提升市民休閒空間。",
    "二、交通建設",
    *_paragraph(6),
    "表1、工作期程表",
    "年度",
    "113",
    "114",
])


def _clean(text: str) -> str:
    document = document_from_bytes(text.encode("utf-8"), name="report.txt", suffix=".txt")
    return document.text


def test_a_name_wrapped_at_the_margin_is_one_word_again():
    text = _clean(WRAPPED)
    assert "审议委员会审议通过" in text
    assert "审议委\n" not in text


def test_a_sentence_broken_by_a_page_number_and_a_form_feed_is_joined_without_the_number():
    text = _clean(WRAPPED)
    assert "后续开辟工程完成后" in text
    assert "\n3\n" not in text


def test_headings_items_captions_and_short_lines_stay_apart():
    lines = _clean(WRAPPED).split("\n")
    for line in ("贰、施政成果", "一、都市计划", "二、交通建设", "表1、工作期程表", "年度", "113", "114"):
        assert line in lines
    assert any(line.startswith("壹、前言....") for line in lines)
    assert any(line.startswith("贰、施政成果....") for line in lines)  # a table of contents line runs on to nothing


def test_the_wrapped_paragraph_is_one_line_ending_its_sentence():
    lines = _clean(WRAPPED).split("\n")
    paragraph = next(line for line in lines if line.startswith("本府于"))
    assert paragraph.endswith("以提升市民休闲空间。")


def test_a_text_not_wrapped_at_a_margin_is_left_as_it_is():
    text = "\n".join(f"第{i}段的文字长短不一，" + "某" * (i * 7 % 23) for i in range(40))
    assert wrap_margin(text.split("\n")) is None
    assert unwrap_text(text) == text


def test_page_numbers_are_dropped_only_at_the_end_of_a_page():
    text = "甲乙丙\n12\n\f\n丁戊己\n7\n庚辛\nIV\n\f壬癸"
    assert drop_page_numbers(text).split("\n") == ["甲乙丙", "丁戊己", "7", "庚辛", "壬癸"]


def test_latin_words_keep_their_space_and_chinese_joins_without_one():
    lines = ["甲" * 30, "乙乙", "x" * 56 + "open", "data"]
    assert join_wrapped(lines, margin=60) == ["甲" * 30 + "乙乙", "x" * 56 + "open data"]


def test_the_target_of_a_joined_sentence_is_read_whole():
    document = document_from_bytes(WRAPPED.encode("utf-8"), name="report.txt", suffix=".txt")
    targets = extract_document(document, use_model=False).targets
    parks = next(t for t in targets if t.unit == "处" and t.value == 12)
    assert re.search("公园用地", parks.indicator)
