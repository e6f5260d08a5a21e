"""A target's time limit, the most specific that governs its amount: its clause's, an earlier clause's of
its sentence, one opening the sentence's first piece or the list it is an item of, a completion date later in
its paragraph, else a heading's, a goals block's lead-in or a work summary's plan period.
"""
from __future__ import annotations

import re

from .document import Section
from .goal_blocks import block_limit, opening_limit
from .index import DocumentIndex
from .rules.deadlines import TimeMention, context_words
from .rules.sentences import Span
from .rules.targets import Draft
from .task_limits import heading_limit

LIST_LEAD = 8  # how far after its limit the colon opening a list may stand (至2016年底实现:)
LIST_COLON = re.compile("[:：]")
CLAUSE_BREAK = re.compile("[,，;；。]")
FULL_STOPS = "。!！?？\n"  # what ends a sentence whose pieces ； cuts
PIECE_BREAK = ";；"
CLAUSE_MARKS = ",，:："


def target_limit(index: DocumentIndex, draft: Draft, sentence: Span, section: Section | None) -> TimeMention | None:
    """The most specific time limit governing the target: its clause, an earlier clause of its
    sentence, the paragraph's opening, a limit opening the list it is an item of, a completion date later
    in its paragraph, else the heading of an enclosing section, else the lead-in of the goals block it is in, else,
    in the plan part of a work summary with the next period's plan, the period its title plans for."""
    return (sentence_limit(draft, index.times_in(sentence.start, sentence.end)) or _run_on_limit(index, sentence)
            or opening_limit(index, sentence)
            or _list_limit(index, sentence) or _completion_limit(index, sentence)
            or heading_limit(index, index.chain(section)) or block_limit(index, sentence, section)
            or (index.plan_limit if 0 < index.review_end <= sentence.start else None))


def sentence_limit(draft: Draft, times: list[TimeMention]) -> TimeMention | None:
    """The limit of the target's own clause (the nearest to its amount), else the last one of an earlier
    clause of its sentence (到2023年,力争…不低于4人)."""
    limits = [t for t in times if t.role == "limit" and t.deadline]
    own = [t for t in limits if draft.clause.start <= t.start < draft.clause.end]
    earlier = [t for t in limits if t.end <= draft.clause.start]
    chosen = min(own, key=lambda t: abs(t.start - draft.quantity.start)) if own else (
        earlier[-1] if earlier else None)
    return _finer(chosen, [t for t in limits if t.start > draft.clause.end]) if chosen is not None else None


def _run_on_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"到2028年底,提升…;修复30座…": a limit that is a clause of its own in the first piece of the sentence
    (…提出,到2021年底,…) dates the pieces ； cuts after it up to the full stop: a date governs the clauses
    after it in its sentence. A limit run into its clause (在2020年实现…;…, …,6月底前完成;) dates that
    clause, and one in a later piece (…;2025年新增…;…) that piece: the pieces may be items of a list."""
    text = index.text
    end = sentence.start  # the text before the sentence ends here, spaces left out (read in place: no copy of it)
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] not in PIECE_BREAK:
        return None
    line = text.rfind("\n", 0, end)  # a line end is a full stop: the others are looked for after it only
    start = max(line, *(text.rfind(mark, line + 1, end) for mark in FULL_STOPS)) + 1
    first_end = min(i for i in (text.find(mark, start, end) for mark in PIECE_BREAK) if i >= 0)
    for mention in reversed(index.times_in(start, first_end)):
        if mention.role != "limit" or not mention.deadline or text[mention.end:mention.end + 1] not in (",", "，"):
            continue
        clause_start = max(start, *(text.rfind(mark, start, mention.start) + 1 for mark in CLAUSE_MARKS))
        lead_in = text[clause_start:mention.start]
        if not lead_in or context_words("before", "limit").fullmatch(lead_in):
            return mention
    return None


def _list_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"至2016年底实现:建成…;建成…;改造…": a limit whose clause opens a list with a colon dates every item
    of the list, the items cut by ; up to the sentence's full stop."""
    text = index.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    for mention in reversed(index.times_in(line_start, sentence.start)):
        if mention.role != "limit" or not mention.deadline:
            continue
        colon = LIST_COLON.search(text, mention.end, min(mention.end + LIST_LEAD, sentence.start))
        if colon is not None and not CLAUSE_BREAK.search(text, mention.end, colon.start()) \
                and "。" not in text[colon.end():sentence.start]:
            return mention
    return None


def _completion_limit(index: DocumentIndex, sentence: Span) -> TimeMention | None:
    """"…,11月底完成创建任务" later in the paragraph dates the amounts before it."""
    text = index.text
    line_end = text.find("\n", sentence.end)
    for mention in index.times_in(sentence.end, line_end if line_end >= 0 else len(text)):
        if mention.role == "limit" and mention.deadline and context_words("after", "completion").match(
                text, mention.end):
            return mention
    return None


def _finer(chosen: TimeMention, later: list[TimeMention]) -> TimeMention:
    """A bare year (2021年…) gives way to a finer date of the same year later in the sentence (6月底…)."""
    if chosen.deadline is None or (chosen.deadline.month, chosen.deadline.day) != (12, 31):
        return chosen
    finer = [t for t in later if t.deadline and t.deadline.year == chosen.deadline.year and t.deadline < chosen.deadline]
    return finer[0] if finer else chosen
