"""Section headings a crawler glued onto the end of the item before them, where it dropped the line break:
…责任单位:省甲厅、乙局七、加大…, …完成时限:2019年11月底三、支持…, …配合单位:区乙局(二)落实….

A glued heading (or one after a space) is cut off onto its own line when it continues its level's numbering:
it is the next number after the line's last heading of its kind (六、 or (六) at a heading's place, or one cut
off so). A glued 一、 heading must also follow what closes an item, a unit's name or a tag (责任单位:…,
完成时限:…, column_roles.tsv) and not start its title with a numeral, so 农村二、三产业 and 举一反三、 stay
whole; a bracketed number a reference cites (第(二)项, (一)至(三)项) is none.
"""
from __future__ import annotations

import re
from functools import cache

from ..chars import ONE_TO_NINE
from ..lexicon import alternation, column_roles, column_words, org_suffixes

# a heading's title starts with no numeral: 二、三产业, 一、二级 list numbers
ORDINAL_HEADING = re.compile(f"([{ONE_TO_NINE}十]{{1,3}})、(?![{ONE_TO_NINE}十第])")
# a cited number is followed by the range or list it is part of, or by 项
BRACKETED_HEADING = re.compile(f"[(（]([{ONE_TO_NINE}十]{{1,3}})[)）](?![至项、或和及与(（])")
HEADING_PLACE = "\n。;；:：)）"  # what stands right before a heading in its place
SPACES = " \t\xa0"  # …验收。 (二)…: a page's paragraphs joined with a space
CITING = "第"  # 第(二)项, 第二、第七: a number cited or counted, no heading
SENTENCE_ENDS = "。;；"
TAG_ROLES = ("owner", "lead", "support", "deadline")  # the columns a task's tags write inline
MAX_ORDINAL = 99


def cut_after_header(line: str) -> str:
    """``line`` with a line break before a table's first row heading glued onto its header row, where a crawler
    flattened the table: …牵头单位配合/责任单位一、加强…, …责任处(室)备注一、贯彻…, …组织实施单位一、养老项目."""
    return _after_header().sub("\\g<0>\n", line)


def cut_glued_headings(line: str) -> str:
    """``line`` with a line break before each 一、 or (一) heading glued onto the item before it."""
    cuts = _cuts(line, ORDINAL_HEADING, after_item=True) + _cuts(line, BRACKETED_HEADING, after_item=False)
    for start in sorted(cuts, reverse=True):
        line = line[:start] + "\n" + line[start:]
    return line


def _cuts(line: str, headings: re.Pattern[str], *, after_item: bool) -> list[int]:
    """Where the headings glued into ``line`` start: each the next in number after the last before it (and,
    ``after_item``, after the text of an item that closes as one does)."""
    cuts = []
    last, since = 0, 0  # the number of the last heading so far, and where it starts
    for match in headings.finditer(line):
        number = _ordinals().get(match.group(1), 0)
        before = line[match.start() - 1] if match.start() else "\n"
        if before in HEADING_PLACE:
            last, since = number, match.start()
        elif number == last + 1 > 1 and before != CITING \
                and (before in SPACES or not after_item or _closes_item(line[since:match.start()])):
            cuts.append(match.start())
            last, since = number, match.start()
    return cuts


def _closes_item(item: str) -> bool:
    """The text of an item ends as an item does: with a unit's name, or with the value of a tag (责任单位:…,
    完成时限:…) that no sentence end closed."""
    if item.endswith(org_suffixes()):
        return True
    tags = list(_tag().finditer(item))
    return bool(tags) and not any(mark in item[tags[-1].end():] for mark in SENTENCE_ENDS)


@cache
def _after_header() -> re.Pattern[str]:
    """A header word of any column (column_roles.tsv) right before a first heading: 一、, (一) or 1. (not 1.5)."""
    return re.compile(f"(?:{alternation(tuple(column_roles()))})(?=一、|[(（]一[)）]|1[.．、](?![0-9]))")


@cache
def _tag() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(column_words(*TAG_ROLES))})[:：]")


def _ordinal(number: int) -> str:
    """2 → 二, 10 → 十, 13 → 十三, 20 → 二十, 21 → 二十一 (1 to 99)."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else ONE_TO_NINE[tens - 1] + "十"
    return head + (ONE_TO_NINE[ones - 1] if ones else "")


@cache
def _ordinals() -> dict[str, int]:
    return {_ordinal(n): n for n in range(1, MAX_ORDINAL + 1)}
