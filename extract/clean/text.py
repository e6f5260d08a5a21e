"""Plain text (and Markdown, and text with stray markup) to a Page."""
from __future__ import annotations

import re

from ..chars import ITEM_DATE
from .glued import cut_after_header, cut_glued_headings
from .html import html_text, is_data_table, parse_table
from .page import Block, Line, Page
from .paragraphs import join_paragraph_lines, marks_paragraphs
from .pipe_tables import split_pipe_tables
from .row_numbers import cut_table_rows
from .tree import parse_document, text_of
from .wrapped import unwrap_text

TABLE_MARKUP = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
# Only tags with ASCII names are markup: Chinese text uses <...> as book-title marks.
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A quote marker, not a comparator before a number (a table cell ">1.5" is a value).
MD_QUOTE = re.compile(r"^\s{0,3}>(?!\s*[\d.])\s?")
MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
MD_STRONG = re.compile(r"(\*\*)(.+?)\1")
# A whole document on one line: paragraphs are marked by indentation, headings by their numbers.
LONG_LINE = 300
# ... or by a space, where a crawler joined the page's paragraphs with one: Chinese prose puts no
# space between two characters, so a line far longer than a paragraph with many such spaces is cut
# at each (not a table row's tab-separated cells, not a space before a number, 计 21 站, but before an
# item's number, 3.…, or a date, 2024年3月1日).
COLLAPSED_LINE = 1000
COLLAPSED_BREAKS = 10
PARAGRAPH_SPACE = re.compile(
    "(?<=[\u4e00-\u9fff。;；:：!！?？)）”」])[ \t\xa0]+(?=[\u4e00-\u9fff(（“「《]|[0-9]{1,2}[.．、](?![0-9])|[0-9]{4}年)")
PARAGRAPH_INDENT = re.compile("[ \t\xa0]*\u3000[\u3000 \t\xa0]+")
AFTER_DOC_NUMBER = re.compile(r"([〔\[]\d{4}[〕\]]\d{1,4}号)(?:[ \t]+|(?=各))(?=\S)")
# a heading run into the text after a sentence end, maybe a space between (…总结如下: 一、工作开展情况, …110余篇。 (二)…)
BEFORE_HEADING = re.compile(
    "([。;；:：)）])[ \t\xa0]*(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
    "|([\u4e00-\u9fff])(?=[(（]一[)）])")
# "二、标题,副题(四)小标题。…", "五、工作内容1.区某局负责…", "(一)效率提高1.…": a section heading (a comma
# may join its parts) run into its first item.
HEADING_THEN_ITEM = re.compile(
    "^((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^。;；(（\n]{2,40}?)"
    "(?=[(（][一二三四五六七八九十]{1,3}[)）]|1[.．、](?![0-9]))", re.M)
HEADING_DEPTH = 3  # 一、 then (一) then 1.: the most headings one chain runs into each other

# "…。(甲局牵头)2.…": an Arabic-numbered item run into the text after a sentence end, a colon, a bracket or a
# heading cut off before it;
# a cut only where the numbers run 1, 2, 3… (see _numbered_cuts), so 。3.5% stays one sentence.
INLINE_NUMBER = re.compile(f"(?<=[。;；:：)）\n])(?P<number>[1-9][0-9]?)(?P<mark>[.．、])(?:(?={ITEM_DATE})|(?![0-9]))")
# "…配合单位:区乙局2.贯彻…": one glued onto the item's last character (a unit's name, a heading's title), where a
# crawler dropped the break; only ever the next item of a run (2. after 1.), never the first, nor 第2., 两个1、.
GLUED_NUMBER = re.compile(
    f"(?<=[\u4e00-\u9fff])(?<!第)(?P<number>[1-9][0-9]?)(?P<mark>[.．])(?:(?={ITEM_DATE})|(?![0-9]))")
# "1.治理结构得到改进(1)加快…。(2)…": bracketed sub-items run into their heading and into each other.
INLINE_BRACKETED = re.compile("(?<=[。;；:：)）\n\u4e00-\u9fff])(?P<mark>[(（])(?P<number>[1-9][0-9]?)[)）]")


def parse_text(text: str, *, markdown: bool = False) -> Page:
    """A Page of the text's lines; in ``markdown`` whose paragraphs blank lines mark, one line a paragraph."""
    text = unwrap_text(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\f", "\n")
    chrome: list[str] = []
    front = FRONT_MATTER.match(text)
    if front:
        chrome += [line.strip() for line in front.group(1).splitlines() if line.strip()]
        text = text[front.end():]
    paragraphs = markdown and marks_paragraphs(text)
    blocks: list[Block] = []
    position = 0
    for match in TABLE_MARKUP.finditer(text):
        blocks += _text_blocks(text[position:match.start()], chrome, paragraphs=paragraphs)
        blocks += _markup_table(match.group())
        position = match.end()
    blocks += _text_blocks(text[position:], chrome, paragraphs=paragraphs)
    return Page(blocks=tuple(blocks), chrome=tuple(chrome))


def _text_blocks(text: str, chrome: list[str], *, paragraphs: bool) -> list[Block]:
    """Lines of text, and the Markdown pipe tables among them as tables."""
    if "|" not in text:
        return _text_lines(text, chrome, paragraphs=paragraphs)
    blocks: list[Block] = []
    for part in split_pipe_tables(text):
        blocks += _text_lines(part, chrome, paragraphs=paragraphs) if isinstance(part, str) else [part]
    return blocks


def _text_lines(text: str, chrome: list[str], *, paragraphs: bool) -> list[Block]:
    lines: list[Block] = []
    text = TAG.sub("", text)
    for raw in _reflow(join_paragraph_lines(text) if paragraphs else text):
        if MD_QUOTE.match(raw):
            chrome.append(MD_QUOTE.sub("", raw).strip())
            continue
        line, level = markdown_line(raw)
        if line:
            lines.append(Line(line, level))
    return lines


def markdown_line(raw: str, *, underscores: bool = True) -> tuple[str, int]:
    """A line of Markdown source as its text and heading level (0 for body text): ``# 标题`` a heading,
    ``**发布日期**: …`` a field, ``[名称](链接)`` the name. Also for a Word paragraph a converter wrote
    Markdown into, where ``underscores`` is False: there ``____`` is a blank to fill in, no emphasis."""
    heading = MD_HEADING.match(raw)
    line = raw[heading.end():] if heading else raw
    if "](" in line:  # Markdown images and links; most lines hold none
        line = MD_LINK.sub(r"\1", MD_IMAGE.sub("", line))
    if "**" in line or underscores and "__" in line:
        line = (MD_EMPHASIS if underscores else MD_STRONG).sub(r"\2", line)
    return line.strip(), heading.group().count("#") if heading else 0


def _reflow(text: str) -> list[str]:
    """Lines of text, a very long line split at paragraph indents, paragraph spaces and numbered headings."""
    lines: list[str] = []
    for line in text.split("\n"):
        if "\u3000" in line:  # each cut needs its character: an indent's \u3000, a document number's 号
            line = PARAGRAPH_INDENT.sub("\n", line)
        if "号" in line:
            line = AFTER_DOC_NUMBER.sub("\\1\n", line)
        if len(line) > COLLAPSED_LINE and "\t" not in line \
                and len(PARAGRAPH_SPACE.findall(line)) >= COLLAPSED_BREAKS:
            line = PARAGRAPH_SPACE.sub("\n", line)
        if len(line) > LONG_LINE:
            line = cut_table_rows(line)
            line = cut_after_header(line)
            line = BEFORE_HEADING.sub(lambda m: (m.group(1) or m.group(2)) + "\n", line)
            line = cut_glued_headings(line)
            line = _cut_heading_then_item(line)
            line = _cut_numbered(line)
        lines += line.split("\n")
    return lines


def _cut_heading_then_item(line: str) -> str:
    """``line`` with each heading cut off the sub-heading or item run into it, down a chain of them: 一、情况(一)某项
    工作1.…, where the cut before (一) sets it at a line's start for the cut before 1."""
    for _ in range(HEADING_DEPTH):
        cut = HEADING_THEN_ITEM.sub("\\1\n", line)
        if cut == line:
            break
        line = cut
    return line


def _cut_numbered(line: str) -> str:
    """``line`` with a line break before each item of a run of inline numbered items."""
    cuts = sorted(set(_numbered_cuts(line, INLINE_NUMBER, GLUED_NUMBER)) | set(_numbered_cuts(line, INLINE_BRACKETED)))
    for start in reversed(cuts):
        line = line[:start] + "\n" + line[start:]
    return line


def _numbered_cuts(line: str, items: re.Pattern[str], glued: re.Pattern[str] | None = None) -> list[int]:
    """Where the items of the runs of inline numbered items start: numbers that run 1, 2, 3… with one
    mark (1. 2. or 1、2、 or (1)(2)), at least two of them; 3.2020年底前 is item 3 (its text starts with
    the year). A ``glued`` number only continues a run."""
    cuts: list[int] = []
    glued_numbers = [(m, True) for m in glued.finditer(line)] if glued else []
    numbers = sorted([(m, False) for m in items.finditer(line)] + glued_numbers, key=lambda pair: pair[0].start())
    for mark in {m.group("mark") for m, _ in numbers}:
        run: list[int] = []
        for match, is_glued in numbers:
            if match.group("mark") != mark:
                continue
            number = int(match.group("number"))
            if number == len(run) + 1 and (run or not is_glued):
                run.append(match.start())
            elif number == 1 and not is_glued:
                cuts += run if len(run) > 1 else []
                run = [match.start()]
        cuts += run if len(run) > 1 else []
    return sorted(cuts)


def _markup_table(markup: str) -> list[Block]:
    table = next(parse_document(markup).iter("table"), None)
    if table is None:
        return []
    if is_data_table(table):
        return [parse_table(table)]
    text = html_text(text_of(table, " "))
    return [Line(text)] if text else []
