"""Markdown files whose paragraphs blank lines mark: the lines of one paragraph are one line (a table cell
a converter wrote as a paragraph stays whole when it wraps), but not across a block a line opens or a
hard break. Markdown written for the test (the corpus's Markdown files are all fetched ones)."""
import pytest

from extract.clean.paragraphs import join_paragraph_lines, marks_paragraphs
from extract.read import document_from_bytes

# a task table a converter wrote one cell a paragraph, two cells wrapped over two lines each
FLATTENED = "\n\n".join([
    "# 某区2026年整治任务表", "序号", "街镇", "2026年\n任务量", "1", "甲镇", "12.50", "完成制定方案、\n计划和动员部署等。",
    "2", "乙镇", "8.25",
])


def _lines(text: str, suffix: str) -> list[str]:
    return document_from_bytes(text.encode("utf-8"), name=f"table{suffix}", suffix=suffix).text.split("\n")


def test_a_wrapped_cell_is_one_line():
    lines = _lines(FLATTENED, ".md")
    assert "2026年任务量" in lines
    assert "完成制定方案、计划和动员部署等。" in lines
    assert "2026年" not in lines


def test_a_text_file_keeps_its_lines():
    lines = _lines(FLATTENED, ".txt")
    assert "2026年" in lines and "任务量" in lines


def test_lines_of_a_markdown_file_without_blank_lines_stay_apart():
    text = "某镇人民政府:\n现将有关事项通知如下。\n一、工作目标\n完成整治100亩。\n"
    assert not marks_paragraphs(text)
    assert "现将有关事项通知如下。" in _lines(text, ".md")


@pytest.mark.parametrize(("text", "expected"), [
    ("2014\n年12月底", "2014年12月底"),
    ("Digital\neconomy", "Digital economy"),
    ("**发布日期**: 2024-01-02\n**发布机构**: 某区政府", "**发布日期**: 2024-01-02\n**发布机构**: 某区政府"),
    ("# 标题\n正文第一句。", "# 标题\n正文第一句。"),
    ("正文第一句。\n- 列表项", "正文第一句。\n- 列表项"),
    ("正文第一句。\n(一)工作目标", "正文第一句。\n(一)工作目标"),
    ("正文第一句。\n> 引文", "正文第一句。\n> 引文"),
    ("| 序号 | 任务 |\n| 1 | 甲 |", "| 序号 | 任务 |\n| 1 | 甲 |"),
    ("段落末句。\n---", "段落末句。\n---"),
    ("第一行  \n第二行", "第一行  \n第二行"),
    ("第一行\\\n第二行", "第一行\n第二行"),
    ("某某意见\n某政发〔2024〕12号", "某某意见\n某政发〔2024〕12号"),
    ("某区人民政府\n2024年1月18日", "某区人民政府\n2024年1月18日"),
    ("某某报告\n——2024年3月1日在某会议上\n某局局长 张某", "某某报告\n——2024年3月1日在某会议上\n某局局长 张某"),
    ("2014\n年8月12日", "2014年8月12日"),
], ids=["cell-wrapped", "latin-words", "field-lines", "heading", "list-item", "outline-item", "quote",
        "pipe-rows", "rule", "hard-break-spaces", "hard-break-backslash", "doc-number", "signature-date",
        "dateline", "date-wrapped"])
def test_join_paragraph_lines(text, expected):
    assert join_paragraph_lines(text) == expected
