"""Time expressions and the deadlines they set (RECORDS.md section 4).

``2020年9月1日前`` → 2020-09-01, ``至2022年底`` → 2022-12-31, ``6月底`` → the
document's year, ``2023年4月——2023年11月`` → 2023-11-30 from 2023-04-01, days of one month
``3月22日至31日`` → 03-31 from 03-22, a range end without its 日 ``4月20日—5月10)`` → 05-10,
``“十五五”时期`` → 2030-12-31, ``2021年起3年内`` → 2023-12-31, and in a document of Taiwan
years of the Republic: ``105 年底`` → 2016-12-31.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..chars import DATE_NUMERALS, HAN, ONE_TO_NINE, YEAR_DIGITS
from ..frozen import frozen
from ..lexicon import alternation, read_table, word_list, words_where
from ..normalize.numerals import chinese_to_decimal, digit_by_digit
from ..normalize.dates import ROC_OFFSET
from .prefilter import ScannedFinder
from .time_conditions import names_an_annex, sends_a_summary, time_condition

COUNT_BEFORE_YEAR = frozenset("0123456789两半" + DATE_NUMERALS) - {"〇", "零"}  # 3年内: years counted
ROC_YEAR = r"(?<![\d.])(?:[5-9]\d|1[0-4]\d)"  # 民国50年 to 149年: 1961 to 2060
NAME_CLOSERS = "”』」》"  # a closing quote or title mark: the name goes on after it
TITLE_REACH = 60  # how far back a 《 can open the title a time expression sits in
YEAR_WORDS = frozenset({"今年", "明年", "本年度"})
CN_MONTH = "十[一二]?|[一二三四五六七八九]"
CLAUSE_STARTS = "\n,，;；。:：!?！？ "
BARE_DAY_END = "|(?=[)）】,，。;；、\\n]|$)"  # what may follow a range's last day written without 日
RESTATED = re.compile("年[,，]$")  # 到2035年,用13年时间: the span restates the dated limit before it
CLAUSE_STOP = re.compile("[\n,，;；。:：!?！？]")
EPITHET_REACH = 40  # how far a clause describing a year reaches after the period it names
FOUR_DIGITS = re.compile(r"\d{4}")  # an ISO date's year


def _year(p: str, *, roc: bool) -> str:
    roc_year = f"|(?:(?:中华)?民国 ?)?{ROC_YEAR}" if roc else ""
    return f"(?P<{p}y>(?:19|20)\\d{{2}}|[{YEAR_DIGITS}]{{4}}{roc_year}) ?年"


def _month(p: str) -> str:
    return f" ?(?P<{p}m>1[0-2]|0?[1-9]|{CN_MONTH}) ?月"


def _day(p: str) -> str:
    return f"(?P<{p}d>3[01]|[12]\\d|0?[1-9]|[{DATE_NUMERALS}]{{1,3}})"


def _day_or_part(p: str, *, range_end: bool = False) -> str:
    """``range_end``: the end of a range may drop its 日 before a bracket, a mark or the text's end (—5月10)."""
    marker = f"(?: ?[日号]{BARE_DAY_END if range_end else ''})"
    return f"(?: ?{_day(p)}{marker}|(?P<{p}part>底|末|初|中|上旬|中旬|下旬|份))?"


@frozen
class TimeMention:
    """A time expression at [start, end) and what it means as a limit."""

    start: int
    end: int
    text: str
    deadline: date | None
    deadline_start: date | None
    role: str  # limit, standing, past, baseline, since, mention, epithet, validity, condition, report

    def shifted(self, offset: int) -> TimeMention:
        """The same mention in a text that starts ``offset`` characters earlier."""
        return TimeMention(self.start + offset, self.end + offset, self.text, self.deadline,
                           self.deadline_start, self.role)


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    year: int
    month: int
    day: str
    role: str


@cache
def phrases() -> dict[str, Phrase]:
    rows = read_table("deadline_phrases.tsv")
    return {r["phrase"]: Phrase(r["phrase"], int(r["year"]), int(r["month"]), r["day"], r["role"]) for r in rows}


@dataclass(frozen=True, slots=True)
class PlanPeriod:
    name: str
    first_year: int
    last_year: int


@cache
def plan_periods() -> dict[str, PlanPeriod]:
    rows = read_table("plan_periods.tsv")
    return {r["name"]: PlanPeriod(r["name"], int(r["first_year"]), int(r["last_year"])) for r in rows}


@cache
def context_words(position: str, role: str) -> re.Pattern[str]:
    """Words of time_context.tsv at ``position`` with ``role``, anchored on the expression's side."""
    rows = read_table("time_context.tsv")
    words = tuple(r["word"] for r in rows if r["position"] == position and r["role"] == role)
    return re.compile(f"({alternation(words)})$" if position == "before" else f"({alternation(words)})")


@cache
def _pattern(*, roc: bool = False) -> ScannedFinder:
    def point(p: str, *, range_end: bool = False) -> str:
        day = _day_or_part(p, range_end=range_end)
        with_year = f"{_year(p, roc=roc)}(?:{_month(p)}{day})?(?P<{p}ypart>底|末|年底|年末)?"
        month_only = f"{_month(p + 'n')}{_day_or_part(p + 'n', range_end=range_end)}"
        day_only = f"|{_day(p + 'o')} ?[日号]" if range_end else ""  # 3月22日至31日: the same month
        return f"(?:{with_year}|{month_only}{day_only})"
    relative = alternation(tuple(phrases()))
    roc_year = f"|{ROC_YEAR}" if roc else ""
    half = (f"(?P<hy>(?:(?:19|20)\\d{{2}}{roc_year}) ?年度?)?"
            r"(?P<half>上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?")
    iso = (f"(?<![\\d.])(?P<iso>(?:19|20)\\d{{2}}{roc_year})[-/.](?P<isom>1[0-2]|0?[1-9])[-/.]"
           r"(?P<isod>3[01]|[12]\d|0?[1-9])(?![\d.])")
    plan = f"[“\"‘]?(?P<plan>{alternation(tuple(plan_periods()))})[”\"’]?(?P<plansuffix>时期|期间|期末|末|规划期内|规划期)?"
    span = f"(?P<spany>(?:19|20)\\d{{2}})年(?:起|开始) ?(?:用)?(?P<span>[1-9]|[{ONE_TO_NINE}]|十)年(?:内|时间)"
    count = f"[1-9]\\d?|[{ONE_TO_NINE}两十]{{1,2}}"
    within = f"(?:利?用|花)(?P<within>{count})(?:[-—~～至到](?P<withinmax>{count}))?年(?:左右)?时间"
    # the half year before the point: 2020年上半年 is one expression, not a year and a half of this year
    # read over whole documents, matching at few of the places its first characters stand: scanned for them
    return ScannedFinder(f"{iso}|{span}|{within}|(?P<hx>{half})"
                         f"|(?P<a>{point('a')})(?: ?(?:——|—|-|~|～|至|到) ?(?P<b>{point('b', range_end=True)}))?"
                         f"|(?P<plantext>{plan})|(?P<rel>{relative})")


def find_times(text: str, *, reference: date | None, roc_years: bool = False) -> list[TimeMention]:
    """Every time expression in ``text`` with its role; ``reference`` is the document's date;
    ``roc_years`` reads 105年 as a year of the Republic (documents of Taiwan)."""
    found: list[TimeMention] = []
    for match in _pattern(roc=roc_years).finditer(text):
        mention = _mention(match, text, reference)
        if mention is None:
            continue
        if mention.role != "mention" and (_in_cited_title(text, mention.start) or names_an_annex(text, mention.start)):
            mention = replace(mention, role="mention")  # 《…(2011-2030年)》, 附件:2021年…: a cited plan, an annex
        elif mention.role == "limit" and (condition := time_condition(
                text, mention.start, mention.end, ranged=bool(match.group("b")))):
            mention = replace(mention, role=condition)  # 有效期至…, 对…期间购买…的: when a text applies, who qualifies
        elif mention.role == "limit" and sends_a_summary(text, mention.start, mention.end):
            mention = replace(mention, role="report")  # 12月18日前报送工作总结: when the closing report is due
        if found and found[-1].end == mention.start and found[-1].text in YEAR_WORDS:
            found.pop()  # 今年第三季度: the year only says which third quarter
        elif _recurs(found, mention):
            mention = replace(mention, deadline=None, deadline_start=None, role="standing")
        found.append(mention)
    return found


def _recurs(found: list[TimeMention], mention: TimeMention) -> bool:
    """A day or month without its year right after a cadence (每年3月底前, 每年8月, 于每年1月31日前, 每月15日前)
    comes back each period: a standing task's calendar time, no deadline (RECORDS.md section 4)."""
    return (bool(found) and found[-1].role == "standing" and found[-1].end == mention.start
            and "年" not in mention.text and not FOUR_DIGITS.match(mention.text) and mention.deadline is not None)


def _in_cited_title(text: str, start: int) -> bool:
    """Whether ``start`` lies between a title mark 《 and its 》 (the name of another document)."""
    window = text[max(0, start - TITLE_REACH):start]
    return window.rfind("《") > window.rfind("》")


def _mention(match: re.Match[str], text: str, reference: date | None) -> TimeMention | None:
    before, after = text[max(0, match.start() - 4):match.start()], text[match.end():match.end() + 4]
    if match.group("iso"):
        day = _iso(match)
        return TimeMention(match.start(), match.end(), match.group(), day, None, "limit") if day else None
    if match.group("rel"):
        if match.group("rel").startswith("年") and before[-1:] in COUNT_BEFORE_YEAR:
            return None  # 2年内办结, 两年内: a duration of years, not this year (年内)
        phrase = phrases()[match.group("rel")]
        if phrase.role == "standing" or _reviews_the_year(match.group("rel"), after):
            return TimeMention(match.start(), match.end(), match.group(), None, None, "standing")
        end = _phrase_end(phrase, reference)
        baseline = context_words("before", "baseline").search(before)  # 较上年增长18.3%: the year compared with
        return TimeMention(match.start(), match.end(), match.group(), end, None, "baseline" if baseline else phrase.role)
    if match.group("hx"):
        return _half(match, reference, before, after)
    if match.group("plantext"):
        return _plan_period(match, reference, after, describes_a_year(text, match.end()))
    if match.group("span"):
        return _years_from(match)
    if match.group("within"):
        return _years_within(match, reference, before)
    first = _point(match, "a", reference)
    if first is None:
        return None
    start, end = first
    if match.group("bod"):
        return _day_range(match, text, first, before)
    if match.group("b"):
        second = _point(match, "b", reference, year_of=start)
        if second is None:
            return None
        return TimeMention(match.start(), match.end(), match.group(), second[1], start, "limit")
    return TimeMention(match.start(), match.end(), match.group(), end, None,
                       _role(before, after, year_only=_year_only(match, "a"), ended=bool(match.group("aypart"))))


def _reviews_the_year(phrase: str, after: str) -> bool:
    """A point of the year right before the review held there (年终考核, 年底总结, 年底进行总结, 年底通报考核结果):
    the plan's routine evaluation, held each year, no time limit (year_reviews.tsv)."""
    return _year_review().match(phrase + after) is not None


@cache
def _year_review() -> re.Pattern[str]:
    words = {kind: alternation(words_where("year_reviews.tsv", "kind", kind)) for kind in ("point", "review", "lead")}
    return re.compile(f"(?:{words['point']})(?:{words['lead']})?(?:{words['review']})")


def _day_range(match: re.Match[str], text: str, first: tuple[date, date], before: str) -> TimeMention:
    """3月22日至31日: days of one month, read as the last from the first, with the role a date there
    has (11月6日至10日,…视察: past events keep theirs); a first point without its day, or a second
    day not after the first, is read alone, as without the range."""
    start, end = first
    last = _int(match.group("bod")) or 0
    if not (match.group("ad") or match.group("and")) or last <= start.day:
        stop = match.end("a")
        return TimeMention(match.start(), stop, text[match.start():stop], end, None,
                           _role(before, text[stop:stop + 4], year_only=_year_only(match, "a"),
                                 ended=bool(match.group("aypart"))))
    day = date(start.year, start.month, min(last, calendar.monthrange(start.year, start.month)[1]))
    return TimeMention(match.start(), match.end(), match.group(), day, start,
                       _role(before, text[match.end():match.end() + 4], year_only=False))


def _role(before: str, after: str, *, year_only: bool, ended: bool = False) -> str:
    """``ended``: the year names its end (2015年年底), a point in time even after a word (…和2015年年底)."""
    if context_words("before", "baseline").search(before):
        return "baseline"
    if context_words("after", "past").match(after):
        return "past"
    if context_words("after", "since").match(after) or context_words("before", "since").search(before):
        return "since"
    if context_words("after", "limit").match(after) or context_words("before", "limit").search(before):
        return "limit"
    if year_only and after[:1] in ("的", "度") and not after.startswith("度前") and not _opens_clause(before, after):
        return "mention"
    if year_only and not ended and before and (HAN.match(before[-1]) or before[-1] in NAME_CLOSERS):
        return "mention"  # 巩固提升2022年市容环境…, “大片看总台”2026年片单: a year inside a noun phrase
    return "limit"


def _opens_clause(before: str, after: str) -> bool:
    """104年度将新辟…, 2021年度,完成…: a fiscal year opening its clause dates the clause (a year
    inside a noun phrase, 2021年度目标, names it)."""
    return after.startswith("度") and not after.startswith("度的") and (not before or before[-1] in CLAUSE_STARTS)


def _year_only(match: re.Match[str], p: str) -> bool:
    return bool(match.group(f"{p}y")) and not match.group(f"{p}m")


def _point(match: re.Match[str], p: str, reference: date | None, *, year_of: date | None = None
           ) -> tuple[date, date] | None:
    """The first and last day the expression names; without a year, the year of the range's start
    (``year_of``: 2019年1月1日至12月31日) or else the document's year."""
    if not match.group(f"{p}y"):
        p += "n"
        anchor = year_of or reference
        year = anchor.year if anchor else None
    else:
        year = _year_number(match.group(f"{p}y"))
    if year is None:
        return None
    month = _int(match.group(f"{p}m"))
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    day = _int(match.group(f"{p}d"))
    if day is not None:
        day = min(day, last)
        return date(year, month, day), date(year, month, day)
    end_day = {"初": 10, "上旬": 10, "中": 20, "中旬": 20}.get(match.group(f"{p}part") or "", last)
    return date(year, month, 1), date(year, month, end_day)


def _iso(match: re.Match[str]) -> date | None:
    """2015-04-17, 2015.4.17, and in a document of Taiwan 104.4.17."""
    try:
        return date(_year_number(match.group("iso")), int(match.group("isom")), int(match.group("isod")))
    except ValueError:
        return None


def _half(match: re.Match[str], reference: date | None, before: str, after: str) -> TimeMention | None:
    year = _year_number(match.group("hy").rstrip("年度 ")) if match.group("hy") else (reference.year if reference else None)
    if year is None:
        return None
    name = match.group("half")
    if name in ("上半年", "下半年"):
        month = 6 if name == "上半年" else 12
    else:
        quarter = "一二三四1234".index(name.strip("第季度")) % 4 + 1
        month = quarter * 3
    end = date(year, month, calendar.monthrange(year, month)[1])
    if context_words("before", "baseline").search(before):
        role = "baseline"  # 较2020年上半年增长…
    else:
        role = "past" if context_words("after", "past").match(after) else "limit"
    return TimeMention(match.start(), match.end(), match.group(), end, None, role)


def _plan_period(match: re.Match[str], reference: date | None, after: str, epithet: bool) -> TimeMention:
    """“十五五”时期 → 2030-12-31; a period already over by the document's date reports results; a
    period before a noun (“十五五”规划, “十五五”碳达峰方案) names a plan, not a time limit; a period in a
    clause describing a year (``epithet``: 是“十四五”规划的收官之年) sets none either."""
    period = plan_periods()[match.group("plan")]
    end, start = date(period.last_year, 12, 31), date(period.first_year, 1, 1)
    if context_words("after", "past").match(after) or (reference is not None and end < reference):
        role = "past"
    elif epithet:
        role = "epithet"
    elif match.group("plansuffix") or not HAN.match(after[:1]):
        role = "limit"
    else:
        role = "mention"  # “十五五”碳达峰实施方案, “十五五”规划: the period names a plan
    return TimeMention(match.start(), match.end(), match.group(), end, start, role)


def describes_a_year(text: str, end: int) -> bool:
    """Whether the clause going on at ``end`` closes on a word describing a year (收官之年: year_epithets.tsv)."""
    stop = CLAUSE_STOP.search(text, end, end + EPITHET_REACH)
    return stop is not None and _epithet().search(text, end, stop.start()) is not None


@cache
def _epithet() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('year_epithets.tsv'))})$")


def _years_from(match: re.Match[str]) -> TimeMention:
    """2021年起3年内: the last day of the third year counted from 2021."""
    first = int(match.group("spany"))
    count = _int(match.group("span")) or 1
    end = date(first + count - 1, 12, 31)
    return TimeMention(match.start(), match.end(), match.group(), end, date(first, 1, 1), "limit")


def _years_within(match: re.Match[str], reference: date | None, before: str) -> TimeMention:
    """利用3-5年时间 → the document's date plus the longer count of years: a limit over the clauses after it;
    right after a dated limit (到2035年,用13年时间) it only restates that limit."""
    years = _int(match.group("withinmax") or match.group("within")) or 0
    end = _years_after(reference, years) if reference is not None else None
    role = "mention" if RESTATED.search(before) else "limit"
    return TimeMention(match.start(), match.end(), match.group(), end, reference, role)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February of a year that has no leap day after it
        return day.replace(year=day.year + years, day=28)


def _phrase_end(phrase: Phrase, reference: date | None) -> date | None:
    if reference is None or not phrase.month:
        return None
    year = reference.year + phrase.year
    day = calendar.monthrange(year, phrase.month)[1] if phrase.day == "end" else int(phrase.day)
    return date(year, phrase.month, day)


def _year_number(token: str) -> int | None:
    token = token.removeprefix("中华民国").removeprefix("民国").strip()
    if token.isdigit():
        return int(token) + (ROC_OFFSET if len(token) < 4 else 0)
    return digit_by_digit(token)


def _int(token: str | None) -> int | None:
    if not token:
        return None
    if token.isdigit():
        return int(token)
    value = chinese_to_decimal(token)
    return int(value) if value is not None else None
