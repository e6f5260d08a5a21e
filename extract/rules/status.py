"""Planned or achieved: the nearest status word (or time expression) before an amount decides;
else the words of its section's heading (回顾, 下一步); else the kind of document (报告, 方案)."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..chars import YEAR_DIGITS
from ..document import Document
from ..lexicon import alternation, read_table, word_list
from ..segment import word_bounds
from .deadlines import TimeMention
from .sentences import Span

WINDOW = 4
OPENING_LENGTH = 8  # no opening is longer
SENTENCE_STARTS = "。！？!?；;　 "  # an opening after these (or at the line's start) opens a sentence
CLAUSE_OPENERS = ",，;；。:：、 年月"  # what may precede a plan word that must open its clause (全年计划…)
WEAK_RESULTS = frozenset({"tally", "attained"})  # status_markers.tsv: results unless a plan governs them
TITLE_REACH = 60  # an untitled text's opening, read for its kind: a title runs no longer
LEAD_REACH = 200  # a news text's lead sentence, which names the press interview it reports
QUESTION_LINES = 2  # a page answering the public's questions asks (or answers) at least this many
QUESTION_LENGTH = 60  # a question on a line of its own is no longer
PRESS_NAME = 12  # a news outlet's name (中央广播电视总台, 上海证券报) is no longer
PRESS_QUESTION_MARKS = "?？"  # what a question put by the press ends on
PERIOD_NAME = re.compile("十[一二三四五六七八九]?五")  # a five-year plan's period (“十一五”时期)
REPORTED_ROLES = frozenset({"limit", "mention"})  # a time over when officials answered the press: reported
HEADING_TAIL = " \t\u3000:：。"  # what may close a heading after its last word
EXPLICIT_YEAR = re.compile(f"[0-9{YEAR_DIGITS}]{{2,4}} ?年")


@cache
def _markers() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("status_markers.tsv")
    words = {r["word"]: r["status"] for r in rows}
    return re.compile(alternation(tuple(words))), words


def status_at(text: str, sentence: Span, clause: Span, position: int, times: list[TimeMention],
              reference: date | None) -> str | None:
    """The status the sentence gives the amount at ``position``, or None when it does not say.

    Status words and time expressions count alike: a time limit still ahead of the
    document's date marks a commitment, a reporting period (以来, 去年) a result.
    """
    return status_in(sentence_statuses(text, sentence, times, reference), clause, position)


def sentence_statuses(text: str, sentence: Span, times: list[TimeMention], reference: date | None, *,
                      reports: bool = False) -> list[tuple[int, int, str]]:
    """Where the sentence says a status (its status words and time expressions), in order: the part of
    :func:`status_at` that is the same for every amount of the sentence, read once for all of them.
    ``reports``: officials answering the press (:func:`answers_the_press`), whose past years report."""
    pattern, words = _markers()
    found: list[tuple[int, int, str]] = []
    for match in pattern.finditer(text, sentence.start, sentence.end):
        if words[match.group()] != "neutral" and (len(match.group()) > 1 or _is_word(text, match)):
            found.append((match.start(), match.end(), words[match.group()]))
    for mention in times:
        status = _time_status(mention, reference, reports=reports)
        if status and sentence.start <= mention.start < sentence.end:
            found.append((mention.start, mention.end, status))
    return sorted(found)


def status_in(found: list[tuple[int, int, str]], clause: Span, position: int, *, capped: bool = False) -> str | None:
    """:func:`status_at` of the amount at ``position`` from its sentence's :func:`sentence_statuses`.
    ``capped``: the amount is a ceiling (累计不超过3年, 单个企业累计奖励资金不超过300万元, 每天累计不宜超过1小时):
    a running total capped so is a limit a rule sets, no total reached."""
    before = [f for f in found if f[1] <= position]
    if before:
        nearest = before[-1][2]
        if nearest == "tally" and capped:
            return "planned"
        if nearest in WEAK_RESULTS:  # 共计, 累计: the latest word that tells (达标计划:自…以来,…共计: 以来)
            told = [f[2] for f in before if f[2] not in WEAK_RESULTS]
            return "planned" if told and told[-1] == "planned" else "achieved"
        return nearest
    after = [f for f in found if position < f[0] < clause.end]
    status = min(after)[2] if after else None
    return "achieved" if status in WEAK_RESULTS else status


def tallies_only(text: str) -> bool:
    """The sentence's only words of a result are a running total (累计达9万个) or an attainment (取得
    新进展): in a plan section its amounts are planned too."""
    pattern, words = _markers()
    said = {words[m.group()] for m in pattern.finditer(text)} - {"neutral", "planned"}
    return bool(said) and said <= WEAK_RESULTS


def paragraph_opening(text: str, line_start: int, sentence_start: int) -> str | None:
    """The status the latest opening (这五年,… / 今后五年,…) of a sentence of the paragraph up to the
    sentence at ``sentence_start`` gives; None when no sentence of it opens so."""
    pattern, statuses = _openers()
    found = None
    for match in pattern.finditer(text, line_start, sentence_start + OPENING_LENGTH):
        if match.start() <= sentence_start and (
                match.start() == line_start or text[match.start() - 1] in SENTENCE_STARTS):
            found = statuses[match.group()]
    return found


def past_period_opening(text: str, line_start: int, sentence_start: int, times: list[TimeMention]) -> str | None:
    """“十一五”期间,… opening a sentence of the paragraph up to the one at ``sentence_start``, in a plan
    written after that period ended: the paragraph reviews it, and its amounts are results."""
    for mention in times:
        if (mention.role == "past" and mention.deadline_start is not None and PERIOD_NAME.search(mention.text)
                and line_start <= mention.start <= sentence_start
                and (mention.start == line_start or text[mention.start - 1] in SENTENCE_STARTS)):
            return "achieved"
    return None


@cache
def _openers() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("paragraph_openers.tsv")
    statuses = {r["word"]: r["status"] for r in rows}
    return re.compile(alternation(tuple(statuses))), statuses


def names_the_year_reviewed(mention: TimeMention) -> bool:
    """全年 in a review is the year the report looks back on, no limit ahead."""
    return mention.text in word_list("review_periods.tsv")


def reviews_then_plans(title: str) -> bool:
    """A work summary with the next period's plan: its title names a review, then ends on a plan
    (…2024年工作总结及2025年工作计划, …工作总结和2025年工作计划的报告; extract/data/summary_titles.tsv)."""
    return plan_part(title) is not None


def plan_part(title: str) -> str | None:
    """The words of a summary's title after its review (及2025年工作计划 of …2024年工作总结及2025年工作计划),
    else None: the title names no review, or does not end on a plan (a closing 的报告 aside)."""
    text = _summary_pattern("closing").sub("", re.sub(r"\s+", "", title))
    review = _summary_pattern("review").search(text)
    if review is None or not any(text.endswith(w) and len(text) - len(w) >= review.end()
                                 for w in _summary_words("plan")):
        return None
    return text[review.end():]


def names_a_plan(heading: str) -> bool:
    """A heading holding a plan word of a summary's title (二、2025年工作计划, 三、下一步工作打算)."""
    return any(w in heading for w in _summary_words("plan"))


def heads_one_part(title: str, heading: str) -> bool:
    """A heading of a work summary with the next period's plan holding one part of its title (二、2025年工作
    思路, 一、2024年工作总结): it heads that part, it does not repeat the document's title."""
    return reviews_then_plans(title) and not (names_a_plan(heading)
                                              and any(w in heading for w in _summary_words("review")))


@cache
def _summary_words(part: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in read_table("summary_titles.tsv") if r["part"] == part)


@cache
def _summary_pattern(part: str) -> re.Pattern[str]:
    """The words of a part of a summary's title; a closing word (的报告) only where it ends the title."""
    return re.compile(f"(?:{alternation(_summary_words(part))}){'$' if part == 'closing' else ''}")


def states_a_plan(text: str) -> bool:
    """计划, 力争, 共需 …: a plan stated even inside a review (extract/data/plan_words.tsv); not a plan
    completed (完成年计划的118.2%: the status words that mark it attained)."""
    return _plan_words().search(_attained_words().sub("", text)) is not None


@cache
def _attained_words() -> re.Pattern[str]:
    pattern, words = _markers()
    return re.compile(alternation(tuple(w for w, status in words.items() if status == "attained")))


@cache
def _plan_words() -> re.Pattern[str]:
    rows = read_table("plan_words.tsv")
    anywhere = alternation(tuple(r["word"] for r in rows if not r.get("opens")))
    opening = alternation(tuple(r["word"] for r in rows if r.get("opens")))
    return re.compile(f"{anywhere}|(?:^|(?<=[{CLAUSE_OPENERS}]))(?:{opening})")


def is_status_word(word: str) -> bool:
    """计划, 力争, 已完成 …: a word that says planned or achieved."""
    return _markers()[1].get(word, "neutral") != "neutral"


def _is_word(text: str, match: re.Match[str]) -> bool:
    """A one-character marker counts only as a word of its own (应 in 应用 does not)."""
    start = max(0, match.start() - WINDOW)
    bounds = word_bounds(text[start:match.end() + WINDOW], offset=start)  # the match is inside: a start
    return match.start() in bounds and match.end() in bounds  # there is a word's start, an end one's end


def _time_status(mention: TimeMention, reference: date | None, *, reports: bool = False) -> str | None:
    """A reporting period marks a result; a time limit still ahead marks a commitment, but only
    when it names its year: 全年 or 年底前 in a review of last year is last year's. Where officials answer
    the press (``reports``), a time already over when they spoke (2024年…, 今年一季度…, …机构2024年在保余额… in
    a briefing of May 2025) is the period they report on: a result, no limit."""
    if mention.role == "past":
        return "achieved"
    if reports and mention.role in REPORTED_ROLES and mention.deadline and reference and mention.deadline < reference:
        return "achieved"
    if (mention.role == "limit" and mention.deadline and reference and mention.deadline >= reference
            and EXPLICIT_YEAR.search(mention.text)):
        return "planned"
    return None


def heading_status(title: str, *, year: int | None = None, reference: date | None = None) -> str | None:
    """What a section's heading says of the amounts under it: 工作回顾 → achieved, 下一步 → planned;
    a heading saying both (十四五时期发展成就和十五五时期主要目标) leaves it to the sentences, unless it closes on
    the review it is about (2016年计划执行情况: :func:`closes_on_review`). Else the
    year it names (``year``): before the document's own year a review, from it on a plan (2026年重点工作)."""
    said = {status for word, status in _section_words() if word in title}
    if len(said) == 1:
        return said.pop()
    if closes_on_review(title):
        return "achieved"
    if said or year is None or reference is None:
        return None
    return "achieved" if year < reference.year else "planned"


def default_status(document: Document) -> str:
    """Reports, replies and news report results; plans commit."""
    title = document.metadata.title or ""
    if _title_kind("report").search(title) or is_reply(document):
        return "achieved"  # a reply letter reports what the ministries did about each request
    commits = _title_kind("plan").search(title) or is_rules(document)
    if not commits and all(s.family == "plain" for s in document.outline.children):
        return "achieved"  # a news article: what it reports is done
    return "planned"


def is_rules(document: Document) -> bool:
    """A body of rules (管理办法, 实施细则) or a service page (如何申领, 常见问题, or questions and answers
    whatever its title): its amounts are standards to apply, never results. Not officials answering the
    press (:func:`is_briefing`, :func:`is_interview`): they report what the work achieved as well."""
    if is_briefing(document) or is_interview(document):
        return False
    return bool(_title_kind("rules").search(document.metadata.title or "")) or answers_questions(document.text)


def is_briefing(document: Document) -> bool:
    """A press briefing's transcript (问答实录, 新闻发布会), by its title, or by its layout: its questions are
    put by the press (新华社:…?, 记者:…?; extract/data/press_askers.tsv) at least QUESTION_LINES times."""
    if _title_kind("briefing").search(document.metadata.title or ""):
        return True
    text = document.text  # every question ends on a question mark: a text without one (most) asks nothing
    return any(mark in text for mark in PRESS_QUESTION_MARKS) and len(_press_questions().findall(text)) >= QUESTION_LINES


@cache
def _press_questions() -> re.Pattern[str]:
    rows = read_table("press_askers.tsv")
    names = alternation(tuple(r["word"] for r in rows if r["where"] == "name"))
    endings = alternation(tuple(r["word"] for r in rows if r["where"] == "end"))
    asker = f"(?:{names}|[^\\s:：,，。]{{1,{PRESS_NAME}}}(?:{endings}))(?:[(（][^)）\\n]{{1,{PRESS_NAME}}}[)）])?"
    return re.compile(f"^[ \u3000\\t]*{asker}[:：][^\\n]*[{PRESS_QUESTION_MARKS}][ \u3000\\t]*$", re.MULTILINE)


def answers_questions(text: str) -> bool:
    """A text shaped as questions and answers (extract/data/question_marks.tsv): at least
    QUESTION_LINES lines asking on their own (…怎么办理?) or opening on 问: or 答:."""
    if not any(mark in text for mark in _question_marks()):
        return False  # each such line opens or ends on a mark of the table: a text holding none (most) has none
    return len(_question_lines().findall(text)) >= QUESTION_LINES


def asks(line: str) -> bool:
    """A line asking on its own (2025年度指标有多少个?): its words name what is asked about."""
    return line.rstrip().endswith(_question_endings())


@cache
def _question_endings() -> tuple[str, ...]:
    return tuple(r["mark"] for r in read_table("question_marks.tsv") if r["where"] == "end")


@cache
def _question_marks() -> tuple[str, ...]:
    return tuple(r["mark"] for r in read_table("question_marks.tsv"))


@cache
def _question_lines() -> re.Pattern[str]:
    rows = read_table("question_marks.tsv")
    opening = alternation(tuple(r["mark"] for r in rows if r["where"] == "start"))
    ending = alternation(_question_endings())
    return re.compile(f"^(?:(?:{opening})|[^\\n]{{1,{QUESTION_LENGTH}}}(?:{ending})$)", re.MULTILINE)


def answers_the_press(document: Document) -> bool:
    """Officials answering the press, in a briefing's transcript or an interview: they report what was done."""
    return is_briefing(document) or is_interview(document)


def is_reply(document: Document) -> bool:
    """A letter answering a province's requests (…办理情况的函): it quotes what was asked (rules/replies.py)."""
    return bool(_title_kind("reply").search(document.metadata.title or ""))


def is_statistics(document: Document) -> bool:
    """A statistical bulletin (统计公报) describes a year in figures: none of them is a target."""
    return bool(_title_kind("statistics").search(document.metadata.title or ""))


def is_budget(document: Document) -> bool:
    """A department's published budget or final accounts, or a project's performance target form (部门预算,
    单位决算, 项目支出绩效目标表): only the performance targets it sets are targets (RECORDS.md section 5)."""
    return bool(_title_kind("budget").search(document.metadata.title or ""))


def is_interview(document: Document) -> bool:
    """An official's answers to the press (答记者问), by its title, else its text's opening (a title line), or
    by the lead of the news text reporting them (…有关负责人就《通知》有关问题回答了记者的提问)."""
    return bool(_title_kind("interview").search(document.metadata.title or document.text[:TITLE_REACH])
                or _title_kind("press_lead").search(document.text[:LEAD_REACH]))


def is_address(document: Document) -> bool:
    """A government's work report or a speech: its speaker acts in it, the text charges no one."""
    return bool(_title_kind("address").search(document.metadata.title or "")) or is_work_report(document)


def is_work_report(document: Document) -> bool:
    """A government's work report (政府工作报告): only named departments own its records."""
    return bool(_title_kind("work_report").search(document.metadata.title or ""))


def closes_on_review(title: str) -> bool:
    """A heading closing on a word of a review that heads it (2016年计划执行情况, 目标任务完成情况): the plan
    words before it name what it reviews (extract/data/section_status.tsv, closes)."""
    return title.rstrip(HEADING_TAIL).endswith(_closing_words())


@cache
def _section_words() -> tuple[tuple[str, str], ...]:
    rows = read_table("section_status.tsv")
    return tuple((r["word"], r["status"]) for r in rows)


@cache
def _closing_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_table("section_status.tsv") if r.get("closes"))


@cache
def _title_kind(kind: str) -> re.Pattern[str]:
    rows = read_table("document_kinds.tsv")
    return re.compile(alternation(tuple(r["word"] for r in rows if r["kind"] == kind)))
