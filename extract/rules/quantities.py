"""Numbers with their units as written: 93%, 1.5万户 (15000 户), 3-5个, 4.5%-5%, 三十六点九%, 百万吨,
16万6511人 (166511), 2亿6000万元, 4万多亿元, 超万亿元 (a multiplier alone after a comparator word),
0.6人/百亿元, 压缩一半 (50%: a half right after a verb of change), 6级左右地震 (a hazard's level, 级); people counted by a noun instead of a measure word: 6434万农村人口, 人口减少1亿多 (人);
sums whose 元 is left out after a noun of money: 补贴不超过2万 (元)."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from functools import cache

from ..chars import AMOUNT_NUMERALS, HAN_CLASS
from ..lexicon import alternation, read_table, word_list
from ..segment import per_document, tokens
from .commitments import target_verbs
from .comparators import comparator_patterns
from .joined_quantities import (RANGE_SEPARATORS, SHARED_LEAD, continues_range, continues_return_period,
                                sharing_the_measure, sharing_the_unit)
from .phrase_quantities import phrase_quantities
from .prefilter import with_first_char_test
from .quantity import ARABIC, CHINESE, COUNT_KIND, DIGITS, MULTIPLIERS, Quantity, Unit, parse_number, units

# 二亿七千八百零九万三千一百, 一万六千亿, 十二万五千: numerals with 万 or 亿 inside, read whole
CHINESE_COMPOUND = f"[{AMOUNT_NUMERALS}]+(?:(?:万亿|亿|万)[{AMOUNT_NUMERALS}]+)+(?:万亿|亿|万)?"
_COMPOUND = re.compile(CHINESE_COMPOUND)
# 提高到80岁以上。: a bound closing the clause after the unit is no word the unit is part of (60岁以上老人 is)
CLOSING_BOUND = re.compile("以[上下](?=[,，;；。)）]|$)")
NOT_PERCENT = "(?<=百)分"  # 5百分点 is percentage points, not 500 分
PERIODS = "日|天|周|月|季度|年|小时"
PERIOD = re.compile(PERIODS)
COUNTED_UNIT = "人"  # what a counted noun (counted_nouns.tsv) counts
SUM_UNIT = "元"  # what a bare amount after a noun of money (sum_nouns.tsv) is written in
COUNTED_GAP = f"(?:以上|左右)?[{HAN_CLASS}]{{0,4}}?"  # 1000万以上农村贫困人口: a bound and a description
AFTER_MULTIPLIER = "(?<=[万亿多余])"  # a count without its measure word ends in 万 or 亿 (or 多/余 after it)
SUBJECT_WINDOW = 8  # 农村贫困人口减少1亿多: how far before a unitless amount its counted subject may end
PERCENT_PLACES = Decimal("0.01")  # 三分之一 → 33.33%
MAX_PERCENT = 10000
LONE_MULTIPLIERS = ("百", "千")  # 百度, 千户苗寨: one multiplier alone is a bare one (千余家 is an amount)
HEADCOUNT = ("人", "名", "位", "人次")  # people counted: a bare 万 before them names a campaign
MULTIPLIED_BY = ("万", "亿")  # what a unit read only after a multiplier (units.tsv: multiplied) follows
WORD_AFTER_UNIT = 4  # how much after a measure word the segmenter reads to tell whether it ends a word (具备, 案件)


@cache
def _pattern() -> re.Pattern[str]:
    unit = alternation(tuple(units()))
    measure = alternation(tuple(u for u, row in units().items() if row.kind == COUNT_KIND))
    counted = "|".join(f"{re.escape(r['word'])}(?![{re.escape(r['not_followed_by'])}])"
                       for r in sorted(read_table("counted_nouns.tsv"), key=lambda r: -len(r["word"])))
    number = f"(?:{ARABIC}|{CHINESE_COMPOUND}|{CHINESE})"
    multiplier = alternation(tuple(MULTIPLIERS))
    # 240千米, 5百分点: a multiplier's character that opens a unit written with it is the unit's, not 240000 米
    opening = tuple(f"(?<={re.escape(u[0])}){re.escape(u[1:])}" for u in units() if u[0] in "".join(MULTIPLIERS))
    not_unit = f"(?!{'|'.join((NOT_PERCENT, *opening))})"
    return with_first_char_test(
        f"百分之(?P<pct>{number})"
        f"|(?P<den>{CHINESE})分之(?P<part>{CHINESE})"
        f"|(?:[(（](?P<bnum>{ARABIC})[)）]|(?P<num>{number})|(?P<bare>{multiplier}))"
        f" ?(?:(?P<sep>[{RANGE_SEPARATORS}]) ?(?P<num2>{number}) ?)?"
        f"(?P<approx_before>余|多)?(?:(?P<mult>{multiplier}){not_unit})?"
        f"(?: ?(?P<rest>{DIGITS}) ?(?:(?P<mult2>{multiplier}){not_unit})?)? ?(?:(?P<approx>余|多)(?P<mult3>亿)?)? ?"
        f"(?:(?P<counted>{AFTER_MULTIPLIER}(?=(?:{counted})))|(?P<unit>{unit})(?:[(（](?P<alt>{measure})[)）])?"
        f"|(?P<described>{AFTER_MULTIPLIER}(?={COUNTED_GAP}(?:{counted})))"
        f"|(?P<ends>{AFTER_MULTIPLIER}(?=[,，;；。、]|$)))"
        f"(?:/(?P<per>{PERIODS}|(?P<permult>{multiplier})?(?:{unit})))?"
        f"(?:/(?P<period>{PERIODS}))?"  # 240元/人/日: a rate per person per day
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in ``text``; judging whether it is a target is not done here."""
    return list(_quantities_in(text))


@per_document
def _quantities_in(text: str) -> tuple[Quantity, ...]:
    """find_quantities' answer, read once per document for each text: the readers of a clause (its
    candidates, the exclusions, the indicator's readers, respective lists) ask for the same words again."""
    apart = phrase_quantities(text)
    found: list[Quantity] = []
    for match in _pattern().finditer(text):
        quantity = _quantity(match, text)
        if quantity is None or any(c.start <= quantity.start < c.end for c in apart):
            continue
        if found and continues_range(text, found[-1], quantity):
            quantity = dataclasses.replace(found.pop(), end=quantity.end, value_max=quantity.value,
                                           unit=quantity.unit, kind=quantity.kind)
        elif found and continues_return_period(text, found[-1], quantity):
            quantity = dataclasses.replace(found.pop(), end=quantity.end, value_max=quantity.value,
                                           unit=quantity.unit, kind=quantity.kind)
        found.append(quantity)
    if len(found) > 1:
        found = sharing_the_measure(text, found)
    shared = sharing_the_unit(text, found) if SHARED_LEAD in text else []
    return tuple(sorted([*found, *apart, *shared], key=lambda q: q.start) if apart or shared else found)


def _quantity(match: re.Match[str], text: str) -> Quantity | None:
    if match.group("pct"):
        value = parse_number(match.group("pct"))
        if value is None:
            return None
        return Quantity(match.start(), match.end(), value, None, "%", "percent", False, True)
    if match.group("den"):
        return _fraction(match)
    if not match.group("unit"):
        return _counted(match, text)
    unit = units()[match.group("unit")]
    if unit.multiplied and not (match.group("mult") or "").endswith(MULTIPLIED_BY):
        return None  # 三方协议, 8方面: 方 is a unit only after 万 or 亿 (22亿方)
    following = text[match.end():match.end() + 1]
    if following and following in unit.not_followed_by and not CLOSING_BOUND.match(text, match.end()) \
            and not _opens_a_word(text, match, unit):
        return None
    number = match.group("num") or match.group("bnum")
    if match.group("bare") or (number in LONE_MULTIPLIERS and not any(
            match.group(part) for part in ("num2", "mult", "rest", "approx_before", "approx"))):
        return _bare_multiple(match, text, unit)
    compound = bool(match.group("mult")) and _COMPOUND.fullmatch(number) is not None
    # 二亿五千余万元: the 万 after 余 ends the number's last part, not the whole number
    value = parse_number(number + match.group("mult") if compound else number)
    value_max = parse_number(match.group("num2")) if match.group("num2") else None
    if value is None or (match.group("num2") and value_max is None):
        return None
    if value_max is not None and value_max <= value or (unit.kind == "percent" and value > MAX_PERCENT):
        return None  # 2347.6-8%, 119951800254927.8%: cells of a table run together, no amount
    multiplier = MULTIPLIERS.get(match.group("mult") or "", Decimal(1)) * MULTIPLIERS.get(
        match.group("mult3") or "", Decimal(1))  # 4万多亿元: 4万亿 and more
    if compound:
        multiplier = MULTIPLIERS.get(match.group("mult3") or "", Decimal(1))
    value *= multiplier
    if match.group("rest"):
        rest = parse_number(match.group("rest"))
        if not match.group("mult") or match.group("num2") or rest is None:
            return None  # 3.5 6个, 3-5万6000元: no compound number
        value += rest * MULTIPLIERS.get(match.group("mult2") or "", Decimal(1))
    return Quantity(match.start(), match.end(), value,
                    value_max * multiplier if value_max is not None else None,
                    _written(match, unit), _kind(match, unit),
                    bool(match.group("approx") or match.group("approx_before")),
                    not number[0].isdigit())


def _opens_a_word(text: str, match: re.Match[str], unit: Unit) -> bool:
    """培育5家具备…的企业, 3个案件入选…: the character after a measure word that could make a word with it (家具,
    个案) opens a word of its own instead, as the segmenter reads the phrase (家|具备, 个|案件); a character
    standing alone after it (3人户) still makes no amount. Only after a number in digits that is no part of a
    section number (6.2.2 对应…): numerals in words with a measure word run into idioms and names (千家万户,
    三条文化带)."""
    number = match.group("num") or ""
    if unit.kind != COUNT_KIND or not number[:1].isdigit() or text[match.start() - 1:match.start()] == ".":
        return False
    end = match.end()
    start = end - len(unit.text)
    words = [token.text for token in tokens(text[start:end + WORD_AFTER_UNIT])]
    return len(words) > 1 and words[0] == unit.text and len(words[1]) > 1


def _counted(match: re.Match[str], text: str) -> Quantity | None:
    """6434万农村人口, 100多万群众 (a counted noun after the amount), 农村贫困人口减少1亿多 (before it): people
    counted in 万 or 亿 with no measure word; the amount is a count in 人."""
    number = match.group("num")
    if not number or not match.group("mult") or match.group("num2") or match.group("rest"):
        return None
    unit = COUNTED_UNIT
    if match.group("ends") is not None and not _counted_subject().search(
            text, max(0, match.start() - SUBJECT_WINDOW), match.start()):
        if not _sum_of_money(text, match.start()):
            return None
        unit = SUM_UNIT  # 补贴不超过2万, 基金规模约100亿: a sum whose 元 the text leaves out
    value = parse_number(number)
    if value is None:
        return None
    value *= MULTIPLIERS[match.group("mult")] * MULTIPLIERS.get(match.group("mult3") or "", Decimal(1))
    return Quantity(match.start(), match.end(), value, None, unit, units()[unit].kind,
                    bool(match.group("approx") or match.group("approx_before")), not number[0].isdigit())


def counted_by_noun(text: str, quantity: Quantity) -> bool:
    """Whether the amount counts people named by a noun, not by a written unit (6434万农村人口)."""
    return quantity.unit == COUNTED_UNIT and not text[quantity.start:quantity.end].endswith(COUNTED_UNIT)


@cache
def _counted_subject() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('counted_nouns.tsv'))})[{HAN_CLASS}]{{0,3}}$")


def _sum_of_money(text: str, start: int) -> bool:
    """补贴不超过2万, 基金规模约100亿: a noun of money right before a bare amount in 万 or 亿 makes it a sum in 元,
    unless a noun of people comes before it (脱贫人口务工规模超过3300万 counts people)."""
    head = text[max(0, start - SUBJECT_WINDOW):start]
    return _sum_subject().search(head) is not None and _counted_noun().search(head) is None


@cache
def _sum_subject() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('sum_nouns.tsv'))})[{HAN_CLASS}]{{0,3}}$")


@cache
def _counted_noun() -> re.Pattern[str]:
    return re.compile(alternation(word_list("counted_nouns.tsv")))


def _fraction(match: re.Match[str]) -> Quantity | None:
    """四分之一 → 25%, 三分之二 → 66.67%: a share written as a fraction."""
    denominator, part = parse_number(match.group("den")), parse_number(match.group("part"))
    if not denominator or part is None or part > denominator:
        return None
    value = (part * 100 / denominator).quantize(PERCENT_PLACES).normalize()
    return Quantity(match.start(), match.end(), value, None, "%", "percent", False, True)


def _bare_multiple(match: re.Match[str], text: str, unit: Unit) -> Quantity | None:
    """超万亿元, 突破千亿元: a multiplier standing for one of it, only right after a comparator word
    (千家万户 and 万人空巷 are no amounts)."""
    if match.group("num2") or match.group("mult") or match.group("rest"):
        return None
    before = text[max(0, match.start() - 4):match.start()]
    if not comparator_patterns()[0].search(before) and not _counted_after_verb(before, unit):
        return None
    multiplier = match.group("bare") or match.group("num") or match.group("bnum")
    return Quantity(match.start(), match.end(), MULTIPLIERS[multiplier], None, _written(match, unit),
                    _kind(match, unit), bool(match.group("approx") or match.group("approx_before")), True)


def _counted_after_verb(before: str, unit: Unit) -> bool:
    """实施万个微基建项目: things counted in a bare multiplier right after a commitment verb (not people:
    万人助万企 names a campaign)."""
    return unit.kind == "count" and unit.text not in HEADCOUNT and _verb_before().search(before) is not None


@cache
def _verb_before() -> re.Pattern[str]:
    return re.compile(f"(?:{target_verbs()[0].pattern})$")


def _written(match: re.Match[str], unit: Unit) -> str:
    """元/户 as written; 240元/人/日 is 元/日 (RECORDS.md: only the period goes into the unit, the person
    base into the indicator); 8000辆(台) as written, the other measure word in brackets."""
    per = match.group("period") or match.group("per")
    written = f"{unit.written}({match.group('alt')})" if match.group("alt") else unit.written
    return f"{written}/{per}" if per else written


def _kind(match: re.Match[str], unit: Unit) -> str:
    return "rate" if PERIOD.fullmatch(match.group("period") or match.group("per") or "") else unit.kind
