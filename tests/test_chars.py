"""Character classes (extract/chars.py), and the years written digit by digit they fix."""
import pytest

from extract.chars import HEADING_MARKER, YEAR_DIGITS, han_count, strip_heading_marker
from extract.extractor import extract_document
from extract.normalize.numerals import digit_by_digit
from extract.read import document_from_bytes

NOTICE_OF_2018 = """关于推进农村公路养护的通知
各乡镇人民政府：
一、工作目标
{sentence}
某县交通运输局
2018年3月5日
"""


def targets_of(sentence: str):
    data = NOTICE_OF_2018.format(sentence=sentence).encode("utf-8")
    return extract_document(document_from_bytes(data, name="notice.txt", suffix=".txt"), use_model=False).targets


def test_every_year_digit_reads_as_its_value():
    assert [digit_by_digit(d) for d in YEAR_DIGITS] == [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]


@pytest.mark.parametrize("sentence, deadline, words", [
    ("二〇一九年底前完成农村公路改造120公里。", "2019-12-31", "二〇一九年底"),
    ("到二〇二八年,全县建成养护站点15个。", "2028-12-31", "二〇二八年"),
    ("二〇二〇年底前完成危桥改造8座。", "2020-12-31", "二〇二〇年底"),
])
def test_a_year_written_in_chinese_numerals_is_the_deadline(sentence, deadline, words):
    assert [(t.deadline, t.deadline_text) for t in targets_of(sentence)] == [(deadline, words)]


@pytest.mark.parametrize("text, plain", [
    ("(二)加快道路建设", "加快道路建设"),
    ("第十二条 各单位", "各单位"),
    ("三、保障措施", "保障措施"),
    ("12.完成验收", "完成验收"),
    ("2025年完成", "2025年完成"),
])
def test_a_heading_marker_is_stripped(text, plain):
    assert strip_heading_marker(text) == plain
    assert (HEADING_MARKER.match(text) is None) == (text == plain)


def test_han_count_counts_only_han_characters():
    assert han_count("完成12个(A类)") == 4
