"""Run-in items: the paragraphs of a section's own text that open with a heading of their own (加快淘汰落后产能。…,
一是压实责任。…) and the points of an ordinal list run into a paragraph after its lead-in's colon (…工作:一是…。二是…)
become the section's items in the outline (extract/outline.py)."""
from __future__ import annotations

import bisect
import re
from functools import cache

from .chars import ORDINAL_NUMERALS, han_count
from .headings import OutlineNode, heading_title, line_heading
from .inline_lists import InlineList, inline_lists
from .lexicon import word_pattern

# an unnumbered run-in heading: a paragraph that opens with a short phrase ended by a full stop and goes on
# (加快淘汰落后产能。严格执行…); two or more in one section's own text make them its items
RUNIN = re.compile(r"^(?P<title>[^。,，;；:：!?！？《》“”\-—]{4,24})。(?=\S{20})")
MIN_RUNIN = 2
# ... or a paragraph an ordinal and its word open (一是, 二要: ordinal_item_words.tsv), the ordinal its marker and its
# words up to the first full stop its heading, as a numbered item's (一是压实责任,加强督办。…, 二是…“两个机制”…。)
ORDINAL_OPENER = "^[{numerals}]{{1,3}}(?:{words})(?=\\S{{4}})"
# ... or the points of such a list run into a paragraph after its lead-in's colon (extract/inline_lists.py), each a
# point's words up to its first stop its heading, running to the next point; the last ends where its list's words do
INLINE_TITLE_TRIM = ",，;；、 "  # a point cut at the next one (一是…,二是…) leaves its stop after its heading
# a finished paragraph: it ends a sentence, maybe then an owner tag (…参与)) closes it
SENTENCE_END = re.compile("[。;；!！?？]$|。.*[)）]$")


def add_runin_items(node: OutlineNode, lines: list[tuple[int, str]], starts: list[int]) -> None:
    """Run-in headings in a section's own text, before its first numbered item, become its items; in the
    document's preamble (the root's own text) only those an ordinal opens (一是…), as a covering notice lists
    what it asks. ``starts``: where the lines start."""
    for child in node.children:
        add_runin_items(child, lines, starts)
    own_end = node.children[0].start if node.children else node.end
    items = [item for i in range(bisect.bisect_left(starts, node.body_start), bisect.bisect_left(starts, own_end))
             if i > 0 and (item := _runin(lines[i][1], lines[i][0])) is not None
             and (item.marker or node.family != "root")
             and (lines[i - 1][0] == node.start or _ends_paragraph(lines[i - 1][1], ordinal=bool(item.marker)))]
    if len(items) < MIN_RUNIN and node.family != "root":  # the points of ordinal lists run into a section's
        # paragraphs (not a page of one paragraph, an interview's answers, whose points no section dates or owns)
        first_line = max(bisect.bisect_right(starts, node.body_start) - 1, 0)  # the heading's line too
        items = [item for i in range(first_line, bisect.bisect_left(starts, own_end))
                 for item in _inline_points(*lines[i], after=node.body_start)]
    if len(items) >= MIN_RUNIN:
        node.children[:0] = items


def _inline_points(start: int, line: str, *, after: int) -> list[OutlineNode]:
    """The points of the ordinal lists run into a paragraph after a colon (…工作:一是…。二是…), from ``after`` on
    (past its section's heading); a list whose point has no heading of four characters gives none."""
    return [point for found in inline_lists(line, start=max(after - start, 0))
            for point in _points_of(found, line, start)]


def _points_of(found: InlineList, line: str, start: int) -> list[OutlineNode]:
    """The items of one inline ordinal list, each up to the next; none if a point has no heading."""
    points = []
    for (marker_start, marker_end), following in zip(found.markers, [*found.markers[1:], None]):
        title, title_end = heading_title(line[marker_end:following[0] if following else len(line)])
        title = title.rstrip(INLINE_TITLE_TRIM)
        if han_count(title) < 4:
            return []
        points.append(OutlineNode(line[marker_start:marker_end], "runin", 0, line[marker_start:marker_end + title_end],
                                  title, start + marker_start, start + marker_end + title_end))
    points[-1].words_end = start + found.end
    return points


def end_inline_points(node: OutlineNode, text: str) -> None:
    """The last point of a list run into a paragraph ends where its words do (``words_end``): the words after
    it (the rest of its paragraph, the lead-in of the next list) are its section's own (index.own_spans)."""
    for child in node.children:
        end_inline_points(child, text)
        if child.words_end and text[child.words_end:child.end].strip():
            child.end = child.words_end


def _ends_paragraph(line: str, *, ordinal: bool) -> bool:
    """A finished paragraph before a run-in item; before the first of an ordinal's list (一是…) a lead-in
    ending in a colon (主要目标是:) too."""
    return bool(SENTENCE_END.search(line)) or ordinal and line.endswith((":", "："))


def _runin(line: str, start: int) -> OutlineNode | None:
    """A paragraph opening with a run-in heading; it follows its section's heading or a finished
    paragraph (a cell of a table flattened one per line follows a row number or a label)."""
    ordinal = _ordinal_opener().match(line)
    if ordinal:
        title, title_end = heading_title(line[ordinal.end():])
        marker, body_start = ordinal.group(), ordinal.end() + title_end
    elif match := RUNIN.match(line):
        title, marker, body_start = match.group("title"), "", match.end()
    else:
        return None
    if han_count(title) < 4 or line_heading(line, start) is not None:
        return None
    return OutlineNode(marker, "runin", 0, line, title, start, start + body_start)


def opens_runin_heading(text: str) -> bool:
    """``text`` opens with an unnumbered run-in heading (加快淘汰落后产能。严格执行…), not an ordinal's (三是…)."""
    match = RUNIN.match(text)
    return match is not None and han_count(match.group("title")) >= 4 and not _ordinal_opener().match(text)


@cache
def _ordinal_opener() -> re.Pattern[str]:
    return re.compile(ORDINAL_OPENER.format(numerals=ORDINAL_NUMERALS, words=word_pattern("ordinal_item_words.tsv").pattern))
