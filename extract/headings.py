"""The heading a line of a cleaned document opens with: its marker (一、/(一)/1./1.1/(1)/①, 第一章/第一节/第一条,
附件1), the marker's family and number, and the heading's own words. The outline (extract/outline.py) hangs the
headings into a tree."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chars import HEADING_NUMERALS, ITEM_DATE
from .normalize.numerals import chinese_to_decimal

CN = HEADING_NUMERALS
FORMAL = "壹贰叁肆伍陆柒捌玖拾"
# 參 (Taiwan's formal three) becomes 参 under t2s, not 叁: both open the third formal heading
FORMAL_VARIANTS = {"参": "叁"}
FORMAL_OPENERS = FORMAL + "".join(FORMAL_VARIANTS)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DECIMAL_NOT_TITLE = "0-9%万亿千百十.,，、 "  # 1.2万人, 3.26 公里: an amount opening a line
# (family, pattern): the marker at the start of a line; group "n" is its number.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(f"^第(?P<n>[{CN}0-9]+)章")),
    ("part", re.compile(f"^第(?P<n>[{CN}0-9]+)节")),
    ("article", re.compile(f"^第(?P<n>[{CN}0-9]+)条")),
    ("formal", re.compile(f"^(?P<n>[{FORMAL_OPENERS}]+)、")),
    ("chinese", re.compile(f"^(?P<n>[{CN}]+) ?[、.]")),
    ("paren_chinese", re.compile(f"^[(（](?P<n>[{CN}]+)[)）]")),
    # never a decimal (1.5%) or a date (1.2), but an item may open with a date (3.2020年底前完成…, 1.9月30日前…)
    ("arabic", re.compile(f"^(?P<n>[0-9]{{1,2}}) ?[.、．](?:(?={ITEM_DATE})|(?![0-9.]))")),
    # clauses numbered by their place (1.2, then 1.2.1) as emergency plans number them; never an amount (1.2 万)
    ("decimal", re.compile(f"^[0-9]{{1,2}}\\.(?P<n>[0-9]{{1,2}})(?![0-9.]) ?(?=[^{DECIMAL_NOT_TITLE}])")),
    ("decimal3", re.compile(f"^[0-9]{{1,2}}\\.[0-9]{{1,2}}\\.(?P<n>[0-9]{{1,2}})(?![0-9.]) ?(?=[^{DECIMAL_NOT_TITLE}])")),
    ("paren_arabic", re.compile(r"^[(（](?P<n>[0-9]{1,2})[)）]")),
    ("circled", re.compile(f"^(?P<n>[{CIRCLED}])")),
)
# the characters each family's marker can open with: a line opening with none of them is tried against no
# pattern, one opening with ( only against the two bracketed families (tests check these against the patterns)
OPENERS = {"chapter": "第", "part": "第", "article": "第", "formal": FORMAL_OPENERS, "chinese": CN, "paren_chinese": "(（",
           "arabic": "0123456789", "decimal": "0123456789", "decimal3": "0123456789", "paren_arabic": "(（",
           "circled": CIRCLED}
ANNEX_OPENER = "附"
ANNEX = re.compile(r"^附件 ?(?P<n>[0-9]{0,2})(?: ?[:：]?$| (?=\S)(?!.*[。;；]))")
TITLE_STOP = re.compile("[。:;!?]")
MAX_TITLE = 50
# the marker patterns a line opening with each character can match, in the order of MARKERS
MARKERS_OPENED_BY: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    char: tuple((family, pattern) for family, pattern in MARKERS if char in OPENERS[family])
    for char in "".join(OPENERS.values())}


@dataclass
class OutlineNode:
    """A heading and the section it opens, while the outline is built (frozen into a Section at the end)."""

    marker: str
    family: str
    number: int
    heading: str
    title: str
    start: int
    body_start: int
    end: int = 0
    children: list[OutlineNode] = field(default_factory=list)
    words_end: int = 0  # where the last point of a list run into a paragraph ends at the latest (else 0)


def line_heading(line: str, start: int) -> OutlineNode | None:
    """The heading ``line`` (starting at ``start``) opens with: an annex's (附件1) or a numbered one's, else None."""
    annex = ANNEX.match(line) if line.startswith(ANNEX_OPENER) else None
    if annex and len(line) <= 60:
        number = int(annex.group("n") or 1)
        title = line[annex.end():].strip() or line
        return OutlineNode(line[: annex.end()].strip(), "annex", number, line, title, start, start + len(line))
    for family, pattern in MARKERS_OPENED_BY.get(line[:1], ()):
        match = pattern.match(line)
        if match is None:
            continue
        ordinal = _number(match.group("n"), family)
        if ordinal is None:
            return None
        rest = line[match.end():].lstrip()
        title, title_end = heading_title(rest)
        if not title:
            return None
        body_start = start + len(line) - len(rest) + title_end
        return OutlineNode(match.group().strip(), family, ordinal, line, title, start, body_start)
    return None


def marker_family(line: str) -> str | None:
    """The family of the numbered marker ``line`` opens with ((一) paren_chinese, 1. arabic, (1) paren_arabic,
    ① circled, …), else None."""
    return next((family for family, pattern in MARKERS_OPENED_BY.get(line[:1], ()) if pattern.match(line)), None)


def line_marker(line: str) -> tuple[str, int, int] | None:
    """The family, number and end of the numbered marker ``line`` opens with, else None."""
    for family, pattern in MARKERS_OPENED_BY.get(line[:1], ()):
        match = pattern.match(line)
        if match:
            number = _number(match.group("n"), family)
            return None if number is None else (family, number, match.end())
    return None


def heading_title(rest: str) -> tuple[str, int]:
    """The heading's own words: up to the first full stop, as short as the text allows."""
    stop = TITLE_STOP.search(rest)
    if stop and stop.start() <= MAX_TITLE:
        return rest[: stop.start()].strip(), stop.end()
    if len(rest) <= MAX_TITLE:
        return rest.strip(), len(rest)
    comma = rest.find(",", 0, 30)
    end = comma if comma > 0 else 30
    return rest[:end].strip(), end


def _number(token: str, family: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token)
    if family == "circled":
        return CIRCLED.index(token) + 1
    if family == "formal":
        return FORMAL.index(FORMAL_VARIANTS.get(token, token)) + 1 if len(token) == 1 else None
    value = chinese_to_decimal(token)
    return int(value) if value is not None and value == int(value) else None
