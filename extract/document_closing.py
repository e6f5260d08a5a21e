"""The document's closing: the paragraphs after the last item of its body that speak of the whole document
(各地区、各有关部门要按照本决定的精神…, 特此通知) are none of that item's words; the outline (extract/outline.py) ends the
last item and the items around it before them."""
from __future__ import annotations

import re
from functools import cache

from .document import Table
from .headings import OutlineNode
from .lexicon import read_table, word_pattern
from .lines import text_lines

FULL_STOP = re.compile("[。!！?？]")  # ends a sentence inside a paragraph


def leave_the_closing_out(root: OutlineNode, text: str, tables: tuple[Table, ...]) -> None:
    """The paragraph after the last item of the body that speaks of the whole document (各地区、各有关
    部门要按照本决定的精神…, closing_references.tsv), and what follows it, close the document: the last item
    and the items around it end before it. Its first paragraph (after a heading on its own line) is the
    item's own whatever it says, and a table's cell never opens a closing. A last item whose words run on without
    a line break (a page that lost its paragraphs) ends before the sentence that closes the document."""
    body = [child for child in root.children if child.family != "annex"]
    if not body or root.children.index(body[-1]) != len(body) - 1:
        return  # no item, or an annex between items: no body that ends on its last item
    chain = [body[-1]]
    while chain[-1].children:
        chain.append(chain[-1].children[-1])
    last = chain[-1]
    own = text[last.body_start:last.end]
    words = last.end - len(own.lstrip())  # where its first paragraph starts
    if not own.strip():
        return
    first_end = text.find("\n", words, last.end)
    start = _closing_sentence(text, words, last.end) if first_end < 0 or not text[first_end:last.end].strip() \
        else _closing_start(text, first_end + 1, last.end, tables)
    if start is None:
        return
    for node in chain:
        node.end = start


def _closing_start(text: str, start: int, end: int, tables: tuple[Table, ...]) -> int | None:
    """Where the first paragraph of ``text[start:end]`` that closes the document starts: one naming the document
    (closing_references.tsv) or opening as a closing does (closing_openers.tsv); None if no paragraph does."""
    named = word_pattern("closing_references.tsv").search(text, start, end)
    found = text.rfind("\n", start - 1, named.start()) + 1 if named else None
    for line, words in _paragraph_starts(text, start, found or end):
        if not any(table.start <= words < table.end for table in tables) \
                and any(pattern.match(text, words, end) for pattern in _closing_openers("paragraph")):
            return line
    return found


def _closing_sentence(text: str, start: int, end: int) -> int | None:
    """Where the first sentence after the first of ``text[start:end]`` (one paragraph) starts that opens as a
    closing sentence does (closing_openers.tsv) and names the document (closing_references.tsv), or None."""
    for found in FULL_STOP.finditer(text, start, end):
        sentence = found.end() + len(text[found.end():end]) - len(text[found.end():end].lstrip())
        sentence_end = FULL_STOP.search(text, sentence, end)
        stop = sentence_end.end() if sentence_end else end
        if any(pattern.match(text, sentence, stop) for pattern in _closing_openers("sentence")) \
                and word_pattern("closing_references.tsv").search(text, sentence, stop):
            return sentence
    return None


def _paragraph_starts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the lines of ``text[start:end]`` that hold words start (``start`` opens a line), and where their
    words start, past the indent."""
    return [(start + at, start + at + len(line) - len(line.lstrip()))
            for at, _, line in text_lines(text[start:end]) if line.strip()]


@cache
def _closing_openers(closes: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of closing_openers.tsv that close a ``closes`` (paragraph or sentence), read once."""
    return tuple(re.compile(row["pattern"]) for row in read_table("closing_openers.tsv") if row["closes"] == closes)
