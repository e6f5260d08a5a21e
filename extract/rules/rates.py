"""Amounts counted per period or per something else: 每月…5次 → 次/月 (a recurring target), 每千人口…10个
→ 个/千人口, 年产30万辆 → 辆/年 (a capacity). The words are in extract/data/per_units.tsv."""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, read_table, word_list, word_pattern, words_where
from .commitments import target_verbs
from .prefilter import ScannedFinder
from .quantity import Quantity, parse_number
from .sentences import Span

CARRIED_OPENER = "其中"  # 其中,…再增加: a part of what the sentence before set out
CARRIED_UNIT = "元"
SENTENCE_ENDS = "。\n"
SERVED_GAP = 4  # 每连续租满1年: what is served, between 每 and 满
STANDARD_PERIODS = "月年"  # 月均标准, 年补助标准: a standard paid per month or year
YEAR_WORDS = "今去明上当本同历"  # 今年标准, 上年标准: a year named, no period
AVERAGE_LINKS = ("为",)  # 日均为131吨: what else may stand between an average's period and its amount
CLAUSE_END = re.compile("[,，;；。\n]")
STANDARD_WORD = "标准"  # 按1000元/人的标准,给予…: a clause naming the rate a grant in the next clause pays
HALF = "半"  # 每半年: half a period, written so in the unit (次/半年)


@cache
def _per_words(kind: str) -> tuple[str, ...]:
    return words_where("per_units.tsv", "kind", kind)


@cache
def _written() -> dict[str, str]:
    """每天…1次 → 次/日: the period as a count of times is written (RECORDS.md: 次/月, 次/日)."""
    return {r["word"]: r["written"] for r in read_table("per_units.tsv") if r["written"]}


@cache
def _per() -> ScannedFinder:
    """每(个)X with X a period or a denominator; or 年产/日处理 (a capacity per period); or 1个自然年度内
    (the one period a cap holds in); or 每连续工作满1年 (each full period served)."""
    each = alternation(_per_words("period") + _per_words("denominator"))
    periods = "".join(w for w in _per_words("period") if len(w) == 1)
    pattern = (f"每(?:个)?([{HALF}一二两三四五六七八九十百千万\\d]*(?:{each}))"
               f"|(?<![每一全\\d])([{periods}])(?:{alternation(_per_words('capacity'))})"
               f"|(?<![\\d一二两三四五六七八九十])[1一]({alternation(_per_words('within'))})"
               f"|每[{HAN_CLASS}]{{0,{SERVED_GAP}}}满[1一]个?({alternation(_per_words('period'))})"
               f"|(?<![每一全\\d{YEAR_WORDS}])([{STANDARD_PERIODS}])(?:{alternation(_per_words('standard'))})")
    return ScannedFinder(pattern)  # most places a clause holds its first characters start no match


@cache
def frequency() -> re.Pattern[str]:
    """一日三次 / 每周两次: a count of times per period."""
    return re.compile(f"(一|每)({alternation(_per_words('period'))})[一二两三四五六七八九十\\d]+次")


def unit_of(text: str, clause: Span, quantity: Quantity) -> tuple[str | None, bool]:
    """次 counted per month (每月…5次, 一日三次) is 次/月; per 1000 people (每千人口…10个) stays 个, the
    base going into the indicator (RECORDS.md: only per-period rates put the period in the unit)."""
    if quantity.kind == "time":  # 每年补贴5万元、补贴期限最长3年: a duration is counted per nothing, unless
        period = duration_per_period(text, clause, quantity)  # its period holds it (每天…2小时: 小时/日)
        return (f"{quantity.unit}/{period}", False) if period else (quantity.unit, False)
    granted = _granted_per_person(text, clause, quantity)
    if granted is not None:
        return granted, False
    found = list(_per().finditer(text[clause.start:quantity.start]))
    per = _period_over_base(found) or (found[-1] if found else None)
    counted = frequency().search(text[max(clause.start, quantity.start - 3):quantity.end])
    if counted and quantity.unit == "次":
        return f"次/{_written().get(counted.group(2), counted.group(2))}", True
    period = _times_period(found, quantity)
    if period is not None:
        return f"{quantity.unit}/{period}", True  # 每月对年产企业检查3次, 每月举办一场: per month, whatever comes between
    if per is None or quantity.unit is None or "/" in quantity.unit:
        average = _average().search(text, clause.start, quantity.start)
        if average and quantity.unit and "/" not in quantity.unit and quantity.kind != "percent":
            return f"{quantity.unit}/{_written()[average.group(1)]}", False  # 日均高于400吨: a level per day
        return quantity.unit, _a_cadence(quantity)
    if per.group(3):
        return f"{quantity.unit}/{_written()[per.group(3)]}", True  # 1个自然年度内…不超过5万元: a cap per year
    if per.group(4):  # 每连续租满1年补贴6000元: a sum for each full period served
        return f"{quantity.unit}/{_written().get(per.group(4), per.group(4))}", True
    if per.group(2) or per.group(5):  # 年产30万辆, 月均标准…800元: per year or month, not a repeated task
        return f"{quantity.unit}/{per.group(2) or per.group(5)}", False
    if quantity.kind == "percent" or per.group(1).endswith(_per_words("denominator")):
        return quantity.unit, per.group(1) in _per_words("period")  # 每年检查30%的企业: a share, every year
    return f"{quantity.unit}/{per.group(1)}", per.group(1) in _per_words("period")


@cache
def _average() -> re.Pattern[str]:
    """日均高于400吨, 年均超过5万人: the period an amount is averaged over, right before the amount's bound
    or verb (group 1: the word); anchored at the end. Not a noun's modifier (年均煤炭产量保持在12亿吨)."""
    rows = read_table("comparators.tsv")
    links = tuple(r["word"] for r in rows if r["position"] != "after") + tuple(target_verbs()[1]) + AVERAGE_LINKS
    return re.compile(f"(?<![每一全人\\d])({alternation(_per_words('average'))})(?:{alternation(links)})*$")


def duration_per_period(text: str, clause: Span, quantity: Quantity) -> str | None:
    """每天…户外活动2小时以上 → 日, 每周…体育锻炼3小时 → 周: the period a duration is kept in each of, when the
    last 每<period> before it in its clause holds such durations (extract/data/per_units.tsv); else None."""
    if quantity.kind != "time":
        return None
    found = [m.group(1) for m in _per().finditer(text[clause.start:quantity.start]) if m.group(1)]
    if not found or quantity.unit not in _holds().get(found[-1], ()):
        return None
    return _written().get(found[-1], found[-1])


@cache
def _holds() -> dict[str, frozenset[str]]:
    """日 → {小时, 分钟}: the durations each period holds."""
    return {r["word"]: frozenset(r["holds"].split("|")) for r in read_table("per_units.tsv") if r["holds"]}


def per_base(text: str, clause: Span, quantity: Quantity) -> str | None:
    """每千人口 in 每千人口…托位10个: the base a count is reckoned on (a population, an area, a length),
    which names the indicator; None when the last 每 before the amount names a period or nothing."""
    found = list(_per().finditer(text[clause.start:quantity.start]))
    if not found or found[-1].group(1) is None:
        return None
    base = found[-1].group(1)
    return found[-1].group() if base.endswith(_per_words("denominator")) else None


def _period_over_base(found: list[re.Match[str]]) -> re.Match[str] | None:
    """每年每公里…5000元: a period before a base (公里, 千人) is the rate's period, the base going into
    the indicator as a per-population ratio's does (RECORDS.md)."""
    if len(found) < 2 or not found[-1].group(1) or not found[-1].group(1).endswith(_per_words("denominator")):
        return None
    periods = [m for m in found[:-1] if m.group(1) in _per_words("period")]
    return periods[-1] if periods else None


def _granted_per_person(text: str, clause: Span, quantity: Quantity) -> str | None:
    """按200元/人的标准给予补贴, 最高补贴5000元/辆: a sum granted per recipient (extract/data/per_units.tsv) is
    counted in 元, the recipient in the indicator (RECORDS.md: 每人每次补贴2元 → 元); a ratio (劳动生产率58万元/人)
    keeps its base. The grant verb is in the amount's clause, or opens the next one after a clause naming the
    rate (按1000元/人的标准,给予一次性吸纳就业补贴)."""
    unit = quantity.unit or ""
    base, _, per = unit.partition("/")
    if per not in _per_words("recipient"):
        return None
    end = clause.end
    if text[quantity.end:clause.end].rstrip(" ").endswith(STANDARD_WORD):
        end = _next_clause_end(text, clause.end)
    return base if word_pattern("grant_verbs.tsv").search(text, clause.start, end) is not None else None


def _next_clause_end(text: str, end: int) -> int:
    """The end of the clause after the comma at ``end`` (the sentence's end where no comma is)."""
    if not text.startswith((",", "，"), end):
        return end
    found = CLAUSE_END.search(text, end + 1)
    return found.start() if found else len(text)


def times_per_period(text: str, clause: Span, quantity: Quantity) -> bool:
    """每季度开展一次调度: a number of times, counted per period named earlier in the clause."""
    if not _counts_occasions(quantity):
        return False  # only a count of occasions has a period (most amounts: nothing to scan for)
    return _times_period(list(_per().finditer(text[clause.start:quantity.start])), quantity) is not None


def _a_cadence(quantity: Quantity) -> bool:
    """一年一体检 → 1 次/年: an amount whose unit is a count of occasions per period recurs. Other units that are
    rates themselves (30万立方米/日, 1400万吨/年) are a level of flow or capacity to reach, dated like 3座."""
    return quantity.kind == "rate" and quantity.unit is not None \
        and quantity.unit.split("/")[0].endswith(word_list("occasion_units.tsv"))


def _counts_occasions(quantity: Quantity) -> bool:
    """次, 场 (extract/data/occasion_units.tsv): the measure word counts occasions."""
    return quantity.unit in word_list("occasion_units.tsv")


def _times_period(found: list[re.Match[str]], quantity: Quantity) -> str | None:
    """The period of the last 每<period> before a count of occasions (次, 场), if any, as the unit writes
    it: 年, 日 (每天), 2年 (每两年), 5年, 半年 (每半年)."""
    if not _counts_occasions(quantity):
        return None
    periods = [written for m in found if m.group(1) is not None and (written := _counted_period(m.group(1)))]
    return periods[-1] if periods else None


def _counted_period(word: str) -> str | None:
    """年 → 年, 天 → 日, 两年 → 2年, 半年 → 半年; None when ``word`` is no period (千人口)."""
    match = _counted_period_pattern().fullmatch(word)
    if match is None:
        return None
    count, period = match.group(1), _written().get(match.group(2), match.group(2))
    if count in ("", HALF):
        return count + period
    value = parse_number(count)
    return f"{value}{period}" if value is not None else None


@cache
def _counted_period_pattern() -> re.Pattern[str]:
    return re.compile(f"([{HALF}一二两三四五六七八九十\\d]*)({alternation(_per_words('period'))})")


def period_carried(text: str, sentence: Span, quantity: Quantity) -> str | None:
    """其中,…增加60万元 after a sentence of sums 每年 per unit: the period the sums added to are counted
    in (元/年), when the sentence opens with 其中 and the one before names a period."""
    if quantity.unit != CARRIED_UNIT or not text.startswith(CARRIED_OPENER, sentence.start):
        return None
    start = max(text.rfind(mark, 0, sentence.start - 1) for mark in SENTENCE_ENDS) + 1
    periods = [m.group(1) for m in _per().finditer(text, start, sentence.start)
               if m.group(1) in _per_words("period")]
    return f"{quantity.unit}/{_written().get(periods[-1], periods[-1])}" if periods else None


def raises_a_standard(text: str, clause: Span, position: int) -> bool:
    """A per-period standard raised to a new level (补助标准由每人每年380元提高到420元): the raise word
    (extract/data/standard_raises.tsv) stands in the clause before the amount at ``position``; the raise is
    made once, so a time limit dates it though the amount recurs."""
    return word_pattern("standard_raises.tsv").search(text, clause.start, position) is not None
