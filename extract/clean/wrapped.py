"""Text extracted from a PDF (pdftotext and the like) with its lines hard-wrapped at the margin:
lines joined back into paragraphs and the page numbers between them dropped.

A line that runs to the right margin and does not end a sentence goes on in the next line, unless
that one opens a new item (一、, (二), 3、, (4), 表, 图): ``…都市计划审议委`` + ``员会`` is one line again.
Lines that end short of the margin (headings, the last line of a paragraph, cells of a flattened
table) are left as they are. A page's number (a line of a number or a Roman numeral right before a
form feed) is dropped, so a sentence broken by a page break is joined across it. A text whose lines
do not mostly run to one margin is not hard-wrapped and is returned unchanged.
"""
from __future__ import annotations

import re

from ..chars import HEADING_NUMERALS, join_pieces

FORM_FEED = "\f"
SPACED_ITEM_NUMBER = re.compile(r"^([(（]) +(?=\d{1,2} *[)）])|^([(（]\d{1,2}) +(?=[)）])")  # ( 1)居家服务: (1)
PAGE_NUMBER = re.compile(r"^[ \t]*(?:\d{1,4}|[IVXLC]{1,8}|[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页)[ \t]*$")
# what opens a new item or a caption on a line of its own
OPENS_ITEM = re.compile(
    f"^(?:[{HEADING_NUMERALS}壹贰貳叁參参肆伍陸陆柒捌玖拾]{{1,3}}[、.．]"
    f"|[(（][{HEADING_NUMERALS}\\d]{{1,3}}[)）]|\\d{{1,2}}[、．]|\\d{{1,2}}\\.(?!\\d)|[①-⑳]|[A-Za-z][.、]"
    "|[表圖图]\\s*[\\d一二三四五六七八九十]|[-•·※*#>|])")
ENDS_SENTENCE = "。！？!?；;:："
PAGE_CHARACTERS = "0123456789IVXLC"
LEADER_DOTS = ("...", "……", "···")
LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*[\dIVXLC]+$")  # a line of a table of contents: …… 12
MIN_CONTENTS = 3  # fewer leader lines make no table of contents
MAX_AVERAGE_LINE = 60  # characters: a hard-wrapped text's lines are shorter on average
MIN_LINE = 10  # shorter lines say nothing of the margin
MARGIN_SLACK = 0.8  # a line this close to the margin ran to it (kinsoku and half-width runs shorten it)
MARGIN_BAND = 0.9  # a hard-wrapped text has many lines this close to the margin
MIN_WRAPPED_SHARE = 0.3  # share of lines at the margin for a text to count as hard-wrapped


def unwrap_text(text: str) -> str:
    """``text`` with hard-wrapped lines joined and page numbers before form feeds dropped."""
    if FORM_FEED in text:
        text = drop_page_numbers(text)
    lines = [SPACED_ITEM_NUMBER.sub(r"\1\2", line) if line[:1] in "(（" and " " in line[:5] else line
             for line in text.split("\n")]
    margin = wrap_margin(lines)
    if margin is not None:
        lines = join_wrapped(lines, margin=margin)
    return "\n".join(drop_contents(lines))


def drop_contents(lines: list[str]) -> list[str]:
    """The lines without the table of contents (lines ending in a leader and a page number, and the
    first halves of entries wrapped before one): its entries would read as the document's headings."""
    entries = [i for i, line in enumerate(lines) if _ends_with_leader(line)]
    if len(entries) < MIN_CONTENTS:
        return lines
    dropped = set(entries)
    for i in entries:
        j = i - 1
        while j >= 0 and j not in dropped and j - 1 in dropped and lines[j].strip() \
                and lines[j].rstrip()[-1:] not in ENDS_SENTENCE:
            dropped.add(j)  # an entry wrapped before its leader: (6)某某计划之可行性研究发 / 展委托……5
            j -= 1
    return [line for i, line in enumerate(lines) if i not in dropped]


def drop_page_numbers(text: str) -> str:
    """Each page's last line when it is a page number (``12``, ``IV``, ``- 3 -``), pages then run
    on as lines of one text."""
    pages = text.split(FORM_FEED)
    kept = []
    for number, page in enumerate(pages):
        lines = page.strip("\n").rstrip().split("\n")
        ends_page = number < len(pages) - 1  # the text after the last form feed ends no page
        if ends_page and len(lines) > 1 and PAGE_NUMBER.match(lines[-1]):
            lines.pop()
        kept.append("\n".join(lines))
    return "\n".join(kept)


def _ends_with_leader(line: str) -> bool:
    line = line.rstrip()
    return line[-1:] in PAGE_CHARACTERS and any(dots in line for dots in LEADER_DOTS) and LEADER.search(line) is not None


def wrap_margin(lines: list[str]) -> int | None:
    """The width (in half-width columns) the text is wrapped at, or None when it is not wrapped:
    the width most long lines reach."""
    if sum(map(len, lines)) > MAX_AVERAGE_LINE * len(lines):
        return None  # paragraphs a line each, as most texts come: no need to measure every line
    widths = sorted(display_width(line.rstrip()) for line in lines if len(line.strip()) >= MIN_LINE)
    if len(widths) < 20:
        return None
    margin = widths[int(len(widths) * 0.9)]
    at_margin = sum(1 for width in widths if width >= margin * MARGIN_BAND)
    return margin if at_margin >= MIN_WRAPPED_SHARE * len(widths) else None


def join_wrapped(lines: list[str], *, margin: int) -> list[str]:
    """The lines with each wrapped one joined to the line it goes on in."""
    joined: list[str] = []
    carry = False  # the last line kept runs on into the next
    for raw in lines:
        line = raw.rstrip()
        if carry and line.strip() and not OPENS_ITEM.match(line.strip()):
            joined[-1] = join_pieces(joined[-1], line.strip())
        else:
            joined.append(line)
        carry = bool(line.strip()) and runs_on(line, margin=margin)
    return joined


def runs_on(line: str, *, margin: int) -> bool:
    """A line that reached the margin mid-sentence."""
    return (display_width(line) >= margin * MARGIN_SLACK and line.rstrip()[-1:] not in ENDS_SENTENCE
            and not _ends_with_leader(line))


def display_width(text: str) -> int:
    """Columns the text takes: two for a Chinese character or full-width mark (three bytes in UTF-8),
    one for ASCII (one byte), counted without looking at each character."""
    return (len(text.encode("utf-8")) + len(text)) // 2
