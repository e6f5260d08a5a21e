"""Sentences and clauses as spans: cut at their marks outside brackets and numbers, trimmed of spaces."""
from __future__ import annotations

import pytest

from extract.rules.sentences import Span, clauses, sentences


def texts(source: str, spans: list[Span]) -> list[str]:
    return [span.text(source) for span in spans]


@pytest.mark.parametrize("source, expected", [
    ("新建公园3个。改造道路1,500米；\n  完成绿化 ", ["新建公园3个。", "改造道路1,500米；", "完成绿化"]),
    ("完成(一期。二期)工程。验收", ["完成(一期。二期)工程。", "验收"]),  # a mark inside brackets does not cut
    ("(未闭合括号。\n下一行。", ["(未闭合括号。", "下一行。"]),  # a line end closes every bracket
])
def test_sentences(source, expected):
    assert texts(source, sentences(source)) == expected


@pytest.mark.parametrize("source, expected", [
    ("到2025年,新增就业1,500人，城镇化率达到68%。", ["到2025年", "新增就业1,500人", "城镇化率达到68%"]),
    ("责任单位:区住建局(牵头,区财政局配合)，各街道", ["责任单位", "区住建局(牵头,区财政局配合)", "各街道"]),
    ("一、 二 ,\t三 ;", ["一、 二", "三"]),
])
def test_clauses(source, expected):
    assert texts(source, clauses(source, Span(0, len(source)))) == expected
