"""Time limits that open a paragraph: "到2025年,…" dates every sentence of its paragraph (opening_limit), and a
goals block that opens with one dates the goals listed below it (block_limit: RECORDS.md 5, the lead-in acts as
the heading of its items)."""
from __future__ import annotations

import bisect
import re
from functools import cache

from .document import Section
from .index import DocumentIndex, own_span
from .lexicon import alternation, words_where
from .rules.deadlines import TimeMention
from .rules.sentences import Span

OPENING_WINDOW = 16  # how far into its paragraph an opening 到2025年, may start


def opening_limit(index: DocumentIndex, sentence: Span, *, line_start: int | None = None) -> TimeMention | None:
    """"到2025年,…" opening a paragraph (or what follows a heading on its line, from ``line_start``) dates
    every sentence of it."""
    text = index.text
    line_start = text.rfind("\n", 0, sentence.start) + 1 if line_start is None else line_start
    for mention in index.times_in(line_start, line_start + OPENING_WINDOW):
        lead_in = text[line_start:mention.start]
        if mention.role == "limit" and mention.deadline and (not lead_in or _opening_words().fullmatch(lead_in)) \
                and text[mention.end:mention.end + 1] in (",", "，"):
            return mention
    return None


@cache
def _opening_words() -> re.Pattern[str]:
    """What may stand before a limit opening a paragraph: the words of time_context.tsv written before a limit,
    one or more (到2025年, | 力争到2027年, | 争取在…)."""
    before = set(words_where("time_context.tsv", "position", "before"))
    words = tuple(w for w in words_where("time_context.tsv", "role", "limit") if w in before)
    return re.compile(f"(?:{alternation(words)})+")


def block_limit(index: DocumentIndex, sentence: Span, section: Section | None) -> TimeMention | None:
    """The limit a goals block opens with, from the innermost section out: "(二)主要目标。到2027年,…,主要目标如下:⏎
    ——产业规模达到500亿元。⏎——…" or "二、工作目标⏎到2025年,…。⏎(一)…⏎…3000亿元": a limit opening a paragraph of a
    section's own words (or its heading's line, the words run on) dates the later paragraphs and the sections below
    it (RECORDS.md 5: the lead-in acts as the heading of its items). A later paragraph opening with a limit (到2035年,…)
    takes over, one naming a limit elsewhere (其中2024年底前…, 2026年,…。2027年,…) ends the block, and the next heading
    of the same or a higher level ends its section. Not past a section whose heading names a period or that reviews
    (their year is not the lead-in's), nor from a limit over by the document's date."""
    for enclosing in index.chain(section):
        facts = index.facts[enclosing.start]
        if facts.heading_limit is not None or facts.status == "achieved":
            return None
        lead_in = _lead_in(index, enclosing, sentence)
        if lead_in is not None:
            return lead_in if index.reference is None or lead_in.deadline >= index.reference else None
    return None


def _lead_in(index: DocumentIndex, section: Section, sentence: Span) -> TimeMention | None:
    """The limit opening a paragraph of ``section``'s own words before ``sentence``'s (its heading's line
    counts, its words run on), when no paragraph between names a limit other than at its opening and the lead-in
    names no second one (2026年,…。2027年,…: stages); a sentence in the lead-in's own paragraph is its own."""
    if section.start not in index.lead_ins:
        index.lead_ins[section.start] = _blocks(index, section)
    starts, lead_ins = index.lead_ins[section.start]
    before = bisect.bisect_left(starts, index.text.rfind("\n", 0, sentence.start) + 1)
    return lead_ins[before - 1] if before else None


def _blocks(index: DocumentIndex, section: Section) -> tuple[list[int], list[TimeMention | None]]:
    """Where each paragraph of a section's own words starts, and the lead-in in force after it."""
    text, end = index.text, own_span(section).end
    starts, lead_ins, lead_in, position = [], [], None, section.body_start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        opening = opening_limit(index, Span(position, line_end), line_start=position)
        if any(t is not opening and t.role == "limit" and not index.in_table(t.start)
               for t in index.times_in(position, line_end)):
            lead_in = None  # a paragraph naming its own time ends the block
        elif opening is not None:
            lead_in = opening  # a new lead-in opens one
        starts.append(position)
        lead_ins.append(lead_in)
        position = line_end + 1
    return starts, lead_ins
