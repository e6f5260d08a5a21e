"""Items a page runs into the paragraph before them, past its sentence end: …依法查处。5.组织协调…,
…全过程监管。(十)加快…, …为主。(2)装修垃圾…, …监督检查。附件5 平潭…, …落实。(区甲局牵头)3.提升…; and the
unnumbered measures a page runs on after the owners' tag closing the one before (…予以取缔。(区甲局牵头,区乙局等
参与)专项整治重点排污行业。根据…): each a paragraph of its own, as run-in headings are (runin_items.py).

Such an item is cut off onto its own line only when it continues the document's own numbering: its marker is
the next number of its family (1. 2., (1) (2), (一) (二), ①②, 附件1 附件2: headings.line_marker) after the last
item of that family so far, at a line's start or cut off so; or when it is a point of a run of them past full
stops (装修垃圾。(1)…。(2)…: 1, 2, … of one family, two at least). The points of a list after its lead-in's
colon (要求:①…。②…) stay with their item. Only after a full stop (。!?), maybe then one
bracketed tag (an owner's); never after ; (the points of a clause list: (1)…;(2)…), nor after a bracket no
sentence end stands before (第(二)(四)项), nor inside a quotation, nor before a numeral (二、三产业; the marker
patterns refuse amounts and dates: 2.5%, 1.2).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..chars import HEADING_NUMERALS
from ..headings import ANNEX_OPENER, MARKERS_OPENED_BY, line_marker
from ..lexicon import alternation, column_words, read_table
from ..runin_items import opens_runin_heading
from .page import Block, Line

# a full stop, maybe then one bracketed tag, right before a character an item's marker can open with
STOP_THEN_MARKER = re.compile(
    "[。!！?？](?:[(（][^()（）\n]{1,80}[)）])?(?=[%s])" % re.escape("".join(MARKERS_OPENED_BY) + ANNEX_OPENER))
# a full stop, then the bracketed owners' tag closing a measure ((区甲局牵头,区乙局等参与), (责任单位:区甲局))
STOP_THEN_TAG = re.compile("[。!！?？](?P<tag>[(（][^()（）\n]{1,80}[)）])")
RUN_IN_ANNEX = re.compile("附件 ?(?P<n>[0-9]{1,2})(?= \\S| ?[\u4e00-\u9fff])")
# 第一章, 第五条 open an item only with a space after them: 第一章为总则, 第十一条规定 cite one
CITED = ("chapter", "part", "article")
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
ANNEX = "annex"
MARKS = ".．、"  # 1. and 1、 number two lists
NUMERAL = re.compile(f"[{HEADING_NUMERALS}0-9]")


def cut_run_in_items(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The body's blocks with each line cut before the items run into it (a table's rows stay whole)."""
    numbering = Numbering()
    cut: list[Block] = []
    for block in blocks:
        if not isinstance(block, Line) or "\t" in block.text:
            cut.append(block)
            continue
        first, *rest = numbering.cut(block.text).split("\n")
        cut += [Line(first, block.level), *(Line(text) for text in rest)]
    return tuple(cut)


@dataclass
class Numbering:
    """The number of the last item of each marker family so far in a document, as its lines are read: one of
    each level, deepest last; an item drops the levels below its own (一、 the 1. of the section before it),
    an annex all others."""

    last: dict[str, int] = field(default_factory=dict)

    def count(self, family: str, number: int) -> None:
        if family == ANNEX:  # an annex numbers its items anew, under it
            self.last.clear()
        elif family in self.last:
            for deeper in list(self.last)[list(self.last).index(family) + 1:]:
                del self.last[deeper]
        self.last[family] = number

    def cut(self, line: str) -> str:
        """``line`` with a line break before each item run into it that continues the numbering, and before
        each point of a run of them it holds (装修垃圾。(1)…。(2)…); the item opening the line counts too. The
        points of a list after its lead-in's colon (要求:①…。②…) stay with their item: its words name what
        they list."""
        opening = _marker(line)
        if opening:
            self.count(*opening)
        found = [(stop.end(), *marker) for stop in STOP_THEN_MARKER.finditer(line)
                 if (marker := _marker(line[stop.end():])) and not _quoted(line[:stop.end()])]
        in_runs = _runs(found)
        cuts = []
        for start, family, number in found:
            if start in in_runs or number == self.last.get(family, 0) + 1 > 1:
                self.count(family, number)
                cuts.append(start)
        for start in reversed(sorted(cuts + _measures_after_tags(line))):
            line = line[:start] + "\n" + line[start:]
        return line


def _measures_after_tags(line: str) -> list[int]:
    """Where the unnumbered measures run on after an owners' tag closing the one before start: a run-in heading
    (a short phrase ended by a full stop, then the measure's words: 专项整治重点排污行业。根据…) right after it, not
    an ordinal's point (…。(甲处负责)三是…: the points of a list run into its item's paragraph stay there)."""
    return [tag.end() for tag in STOP_THEN_TAG.finditer(line)
            if opens_runin_heading(line[tag.end():]) and not _quoted(line[:tag.end()])
            and _owner_tag().search(tag.group("tag"))]


@cache
def _owner_tag() -> re.Pattern[str]:
    """A bracket naming owners: a part of it ends on a role word (区X局牵头,区Y局等参与 / 按职责分工负责:
    owner_roles.tsv), or it opens on an owner's label (责任单位:…)."""
    roles = alternation(tuple(row["word"] for row in read_table("owner_roles.tsv")))
    labels = alternation(column_words("owner", "lead", "support"))
    return re.compile(f"^[(（](?:{labels})[:：]|(?:{roles})[,，;；。)）]")


def _runs(found: list[tuple[int, str, int]]) -> set[int]:
    """Where the points of the runs among the markers ``found`` start: 1, 2, … of one family, each after the
    one before it, at least two."""
    members: set[int] = set()
    for family in {marker[1] for marker in found}:
        run: list[int] = []
        for start, _, number in (marker for marker in found if marker[1] == family):
            if number == 1:
                members.update(run if len(run) > 1 else ())
                run = [start]
            elif run and number == len(run) + 1:
                run.append(start)
            else:
                members.update(run if len(run) > 1 else ())
                run = []
        members.update(run if len(run) > 1 else ())
    return members


def _marker(text: str) -> tuple[str, int] | None:
    """The family (with its mark: 1. and 1、 are two) and number of the item marker ``text`` opens with, if
    words follow it (not a numeral)."""
    annex = RUN_IN_ANNEX.match(text) if text.startswith(ANNEX_OPENER) else None
    if annex:
        return ANNEX, int(annex.group("n"))
    marker = line_marker(text)
    if marker is None:
        return None
    family, number, end = marker
    rest = text[end:end + 2].lstrip()
    if not rest or NUMERAL.match(rest) or family in CITED and not text[end:end + 1].isspace():
        return None
    return family + (text[end - 1] if text[end - 1] in MARKS else ""), number


def _quoted(before: str) -> bool:
    return any(before.count(opening) > before.count(closing) for opening, closing in QUOTES)
