"""Dates that limit no work: the validity of a document or a measure (有效期至2026年3月31日, 执行期限为…至…)
and the window of a support measure (2019年1月1日至12月31日,对…的企业给予…; 对在…期间招用…的企业给予…).
RECORDS.md section 5 dates a target or task by a time limit; these say when a text applies or which cases
qualify, so find_times gives them the role ``validity`` or ``condition`` instead of ``limit``.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, word_list, words_where

SENTENCE_MARKS = "。;；!?！？\n"
CLAUSE_MARKS = SENTENCE_MARKS + ",，"
SENTENCE_MARK, CLAUSE_MARK = re.compile(f"[{SENTENCE_MARKS}]"), re.compile(f"[{CLAUSE_MARKS}]")
WINDOW_TAIL = re.compile("期间内?")  # …至3月4日期间,: the word of a window closes its clause
WINDOW_OPENING = re.compile("(?:自|起至)$")  # 自2022年5月1日至…, 即日起至2023年12月31日: a window from a first day


def time_condition(text: str, start: int, end: int, *, ranged: bool) -> str | None:
    """``validity``, ``condition`` or None for the time expression at [start, end); ``ranged``: it names a
    first day too (2019年1月1日至12月31日). A range alone before its comma (2023年4月至11月,开展…) stays a
    phase of the work: a window needs its word (…期间, 自…至…, 即日起至…) and a grant in its sentence."""
    clause_start = _after_last(text, CLAUSE_MARKS, start)
    if _validity().search(text, clause_start, start):
        return "validity"
    sentence_start = _after_last(text, SENTENCE_MARKS, start)
    sentence_end = _first_at(SENTENCE_MARK, text, end, len(text))
    granted = _grant().search(text, end, sentence_end)
    if granted is None:
        return None
    if _in_case(text, sentence_start, start, end, granted.start()):
        return "condition"
    clause_end = _first_at(CLAUSE_MARK, text, end, sentence_end)
    tail, opening = text[end:clause_end], WINDOW_OPENING.search(text, clause_start, start)
    from_today = opening is not None and opening.group() == "起至"
    if not (ranged or from_today):
        return None
    if tail:
        return "condition" if WINDOW_TAIL.fullmatch(tail) else None
    return "condition" if opening else None


def _after_last(text: str, marks: str, start: int) -> int:
    """Where the stretch ending at ``start`` opens: right after the last of ``marks`` before ``start``, 0 when
    there is none. Read back from ``start`` a character at a time: a mark is near (a search for each mark
    from the text's start would read the whole text before it once per mark)."""
    at = min(start, len(text)) - 1
    while at >= 0 and text[at] not in marks:
        at -= 1
    return at + 1


def _first_at(marks: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the first of ``marks`` in text[start:end] stands, ``end`` when there is none."""
    found = marks.search(text, start, end)
    return end if found is None else found.start()


def sends_a_summary(text: str, start: int, end: int) -> bool:
    """The time is when a summary of the work is sent in (12月18日前报送工作总结; 及时总结…并于5月15日前报送…):
    a verb of sending follows it, a summary is named in its clause (summary_reports.tsv)."""
    clause_start = _after_last(text, CLAUSE_MARKS, start)
    clause_end = _first_at(CLAUSE_MARK, text, end, len(text))
    return _sending().match(text, end) is not None and _summary().search(text, clause_start, clause_end) is not None


def names_an_annex(text: str, start: int) -> bool:
    """The time stands on the line listing the annexes (附件:2021年…指标体系), or opens the title an annex
    begins with (附件1 2016年区公安局安全生产目标责任, 附件2022年…任务分解表): it is part of an annex's name."""
    line_start = text.rfind("\n", 0, start) + 1
    return (_annex_line().match(text, line_start, start) is not None
            or _annex_title().fullmatch(text, line_start, start) is not None)


def _in_case(text: str, sentence_start: int, start: int, end: int, grant: int) -> bool:
    """The time stands between a condition opener at a clause start (对, 对于, 凡) and the 的 that closes
    the case before the grant: 对一季度在本市举办…的商协会,…给予补贴."""
    opener = None
    for match in _opener().finditer(text, sentence_start, start):
        opener = match
    return (opener is not None and _grant().search(text, opener.end(), start) is None
            and "的" in text[end:grant])


@cache
def _validity() -> re.Pattern[str]:
    return re.compile(alternation(word_list("validity_words.tsv")))


@cache
def _grant() -> re.Pattern[str]:
    return re.compile(alternation(word_list("grant_verbs.tsv") + word_list("relief_verbs.tsv")))


def case_opener() -> str:
    """The words opening the case a grant or rule is for (对, 对于, 凡: condition_openers.tsv), not a word that
    only begins with one (对接, 对标: case_frames.tsv kind compound); shared with exclusions/conditions.py."""
    compounds = alternation(words_where("case_frames.tsv", "kind", "compound"))
    return f"(?!{compounds})(?:{alternation(word_list('condition_openers.tsv'))})"


@cache
def _opener() -> re.Pattern[str]:
    marks = re.escape(CLAUSE_MARKS)
    return re.compile(f"(?:(?<=[{marks}])|^){case_opener()}", re.M)


@cache
def _annex_line() -> re.Pattern[str]:
    """附件:, 附表1：, 附件 2. opening a line (annex_labels.tsv)."""
    return re.compile(f"\\s*(?:{alternation(word_list('annex_labels.tsv'))})\\s*\\d*\\s*[:：]")


@cache
def _annex_title() -> re.Pattern[str]:
    """附件, 附件1 , 附表2. right before an annex's title (annex_labels.tsv)."""
    return re.compile(f"\\s*(?:{alternation(word_list('annex_labels.tsv'))})(?:\\s*\\d{{1,2}}(?:\\s+|[.、]))?")


@cache
def _sending() -> re.Pattern[str]:
    return re.compile(f"(?:前|之前|以前)?(?:{alternation(words_where('summary_reports.tsv', 'kind', 'send'))})")


@cache
def _summary() -> re.Pattern[str]:
    return re.compile(alternation(words_where("summary_reports.tsv", "kind", "summary")))
