"""The mechanics of the boilerplate benchmark: canonical lines, normalization, matching."""
from __future__ import annotations

import pytest

from devkit.boilerplate.gold import parse_ranges
from devkit.boilerplate.score import Counts, Output, score
from devkit.boilerplate.segment import html_lines, normalize, text_lines


@pytest.mark.parametrize(("html", "lines"), [
    ("<p>一<span>二</span>三</p><p>四</p>", ["一二三", "四"]),
    ("<p>上<br>下</p>", ["上", "下"]),
    ("<table><tr><td>甲</td><td>乙</td></tr></table>", ["甲", "乙"]),
    ("<div>正文<script>var x = 1;</script><!-- 注释 --></div>", ["正文"]),
    ("<head><title>标题</title></head><body><p> 多  个\n空白 </p></body>", ["多 个 空白"]),
    ("<select><option>选项</option></select><p>留下</p>", ["留下"]),
], ids=["inline-joined", "br-breaks", "cell-per-line", "script-and-comment-dropped",
        "head-dropped-whitespace-collapsed", "select-dropped"])
def test_html_lines(html, lines):
    assert html_lines(html) == lines


@pytest.mark.parametrize(("text", "lines"), [
    ("  第一行 \n\n第二行\n", ["第一行", "第二行"]),
    ("# 标题\n> 引文\n>\n#号不是标记", ["标题", "引文", ">", "#号不是标记"]),
], ids=["stripped-blank-dropped", "markdown-markers-dropped"])
def test_text_lines(text, lines):
    assert text_lines(text) == lines


@pytest.mark.parametrize(("raw", "normalized"), [
    ("國務院辦公廳", "国务院办公厅"),
    ("（此件公开发布）", "(此件公开发布)"),
    ("索 引　号：\t1", "索引号:1"),
], ids=["t2s", "nfkc-width", "whitespace-removed"])
def test_normalize(raw, normalized):
    assert normalize(raw) == normalized


@pytest.mark.parametrize(("line", "output", "present"), [
    ("序号", "序号\t项目名称", True),
    ("甲", "乙|甲|丙", True),
    ("序号", "序号和项目", False),
    ("一二三四五六七八", "前文一二三四五\n六七八后文", True),
    ("一二三四五六七", "前文一二三四五六七后文", False),
    ("國務院", "国务院", True),
], ids=["tab-cell", "pipe-cell", "short-inside-longer", "long-substring-across-lines",
        "seven-chars-not-substring", "traditional-matches-simplified"])
def test_output_has(line, output, present):
    assert Output(output).has(normalize(line)) is present


def test_score_counts_lines_and_characters():
    gold = [("正文第一行内容很长", True), ("首页", False), ("丢失的正文", True), ("没出现的导航", False)]
    result = score(gold, "首页\n正文第一行内容很长")
    assert result.lines == Counts(tp=1, fp=1, fn=1)
    assert result.chars == Counts(tp=9, fp=2, fn=5)


def test_counts_rates():
    counts = Counts(tp=3, fp=1, fn=3)
    assert (counts.precision, counts.recall, round(counts.f1, 4)) == (0.75, 0.5, 0.6)


@pytest.mark.parametrize(("spec", "numbers"), [
    ("3-5,9", {3, 4, 5, 9}), ("6", {6}), ("", set()), (" 1 - 2 , 4 ", {1, 2, 4}),
], ids=["range-and-single", "single", "empty", "spaces"])
def test_parse_ranges(spec, numbers):
    assert parse_ranges(spec) == numbers
