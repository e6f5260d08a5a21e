"""Numbers with their units as written: 93%, 1.5万户 (15000 户), 3-5个, 4.5%-5%, 三十六点九%, 百万吨,
16万6511人 (166511), 2亿6000万元, 4万多亿元, 超万亿元 (a multiplier alone after a comparator word),
0.6人/百亿元, 压缩一半 (50%: a half right after a verb of change), 6级左右地震 (a hazard's level, 级); people counted by a noun instead of a measure word: 6434万农村人口, 人口减少1亿多 (人)."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..chars import AMOUNT_NUMERALS, HAN_CLASS, YEAR_DIGITS
from ..frozen import frozen
from ..lexicon import alternation, read_table, word_list
from ..normalize.numerals import chinese_to_decimal
from ..segment import per_document, tokens
from .commitments import target_verbs
from .comparators import comparator_patterns
from .prefilter import with_first_char_test

DIGITS = r"(?:\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)"  # 1,500 or 1500.5
ARABIC = f"(?<!\\d){DIGITS}"  # never from inside a number: that is cubic
CHINESE = f"[{AMOUNT_NUMERALS}]+(?:点[{YEAR_DIGITS}]+)?|半"
# 二亿七千八百零九万三千一百, 一万六千亿, 十二万五千: numerals with 万 or 亿 inside, read whole
CHINESE_COMPOUND = f"[{AMOUNT_NUMERALS}]+(?:(?:万亿|亿|万)[{AMOUNT_NUMERALS}]+)+(?:万亿|亿|万)?"
_COMPOUND = re.compile(CHINESE_COMPOUND)
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
               "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
               "千": Decimal(10) ** 3, "百": Decimal(10) ** 2}  # 5 千位, 1万2千人次: after digits, as Taiwan writes
# 提高到80岁以上。: a bound closing the clause after the unit is no word the unit is part of (60岁以上老人 is)
CLOSING_BOUND = re.compile("以[上下](?=[,，;；。)）]|$)")
NOT_PERCENT = "(?<=百)分"  # 5百分点 is percentage points, not 500 分

RANGE_SEPARATORS = "-—–~～〜至到"
PERIODS = "日|天|周|月|季度|年|小时"
PERIOD = re.compile(PERIODS)
COUNTED_UNIT = "人"  # what a counted noun (counted_nouns.tsv) counts
COUNT_KIND = "count"  # units.tsv: a measure word, which may be written with another in brackets (辆(台))
COUNTED_GAP = f"(?:以上|左右)?[{HAN_CLASS}]{{0,4}}?"  # 1000万以上农村贫困人口: a bound and a description
AFTER_MULTIPLIER = "(?<=[万亿多余])"  # a count without its measure word ends in 万 or 亿 (or 多/余 after it)
SUBJECT_WINDOW = 8  # 农村贫困人口减少1亿多: how far before a unitless amount its counted subject may end
PERCENT_PLACES = Decimal("0.01")  # 三分之一 → 33.33%
MAX_PERCENT = 10000
RETURN_PERIOD = "年一遇"  # units.tsv: a flood or drainage standard
ALTERNATIVES = ("或", "至", "到")  # 二十年或五十年一遇
CADENCE_MARK = "一"  # 五年一评估: the one time in each period
CADENCE_UNIT = "次/"
CADENCE_PERIODS = {"年": "年", "季度": "季度", "季": "季度", "月": "月", "周": "周"}
HALF = "一半"  # 时限压缩一半, 减少一半以上: the share a verb of change right before it changes
HALF_PERCENT = Decimal(50)
LEVEL_UNIT = "级"  # 抗御6级左右地震: a hazard's magnitude or force to withstand (hazard_nouns.tsv)
LEVEL_BOUNDS = "(?:左右|以上|及以上)?的?"  # between the level and the hazard's noun
SHARED_LEAD = "分别"  # 分别达1.28万亿、8200亿元: the numbers listed share the last one's unit
SHARED_LEAD_REACH, SHARED_VERB, BARE_ITEM_REACH = 8, 4, 16
LONE_MULTIPLIERS = ("百", "千")  # 百度, 千户苗寨: one multiplier alone is a bare one (千余家 is an amount)
HEADCOUNT = ("人", "名", "位", "人次")  # people counted: a bare 万 before them names a campaign
WORD_AFTER_UNIT = 4  # how much after a measure word the segmenter reads to tell whether it ends a word (具备, 案件)
MAX_DIGITS = 15  # longer numbers are codes or account numbers, not amounts (and overflow the exports)
# no quantity without one of these: a digit, a numeral, 半, or a multiplier standing alone (超万亿元)
NUMERAL = re.compile(f"[\\d{AMOUNT_NUMERALS}半{''.join(sorted(set(''.join(MULTIPLIERS)) - set(AMOUNT_NUMERALS)))}]")


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    kind: str
    not_followed_by: str
    written: str


@frozen
class Quantity:
    """A number (or range) with its unit, at [start, end) of the text it was found in."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    kind: str
    approximate: bool  # 余 / 多 between number and unit: "23000余平方米", "2400多亿元"
    chinese: bool

    def shifted(self, offset: int) -> Quantity:
        """The same quantity in a text that starts ``offset`` characters earlier."""
        return Quantity(self.start + offset, self.end + offset, self.value, self.value_max,
                        self.unit, self.kind, self.approximate, self.chinese)


@cache
def units() -> dict[str, Unit]:
    rows = read_table("units.tsv")
    return {r["unit"]: Unit(r["unit"], r["kind"], r["not_followed_by"], r["written"] or r["unit"]) for r in rows}


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


def may_hold_quantities(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] has a numeral at all: a cheap test before :func:`find_quantities`."""
    return NUMERAL.search(text, start, len(text) if end is None else end) is not None


class NumeralScan:
    """Whether spans of ``text`` up to ``end`` hold a numeral, for a reader going over them in order: the
    answer of :func:`may_hold_quantities`, with one search per numeral instead of one per span (a span
    ending before the numeral found last holds none; a span past it searches again)."""

    __slots__ = ("text", "end", "searched", "numeral")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.end = text, end
        self.searched, self.numeral = start, self._next(start)

    def holds(self, start: int, end: int) -> bool:
        if not self.searched <= start <= self.numeral:
            self.searched, self.numeral = start, self._next(start)
        return self.numeral < end

    def _next(self, start: int) -> int:
        """Where the first numeral from ``start`` on is, ``end`` when there is none."""
        found = NUMERAL.search(self.text, start, self.end)
        return self.end if found is None else found.start()


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in ``text``; judging whether it is a target is not done here."""
    return list(_quantities_in(text))


@per_document
def _quantities_in(text: str) -> tuple[Quantity, ...]:
    """find_quantities' answer, read once per document for each text: the readers of a clause (its
    candidates, the exclusions, the indicator's readers, respective lists) ask for the same words again."""
    apart = ((_cadences(text) if CADENCE_MARK in text else []) + (_halves(text) if HALF in text else [])
             + (_hazard_levels(text) if LEVEL_UNIT in text else []))
    found: list[Quantity] = []
    for match in _pattern().finditer(text):
        quantity = _quantity(match, text)
        if quantity is None or any(c.start <= quantity.start < c.end for c in apart):
            continue
        if found and _continues_range(text, found[-1], quantity):
            quantity = dataclasses.replace(found.pop(), end=quantity.end, value_max=quantity.value,
                                           unit=quantity.unit, kind=quantity.kind)
        elif found and _return_periods(text, found[-1], quantity):
            quantity = dataclasses.replace(found.pop(), end=quantity.end, value_max=quantity.value,
                                           unit=quantity.unit, kind=quantity.kind)
        found.append(quantity)
    if len(found) > 1:
        found = _sharing_the_measure(text, found)
    shared = _sharing_the_unit(text, found) if SHARED_LEAD in text else []
    return tuple(sorted([*found, *apart, *shared], key=lambda q: q.start) if apart or shared else found)


def _sharing_the_measure(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别提升3.1个和2.6个百分点, 高于全国12.7个、12个百分点: amounts listed before one whose unit is
    written with a measure word (个百分点, 个基点) and stopping on that measure word share the unit."""
    found = list(found)
    for at in range(len(found) - 2, -1, -1):
        earlier, later = found[at], found[at + 1]
        compound = units().get(f"{earlier.unit}{later.unit}")
        if (earlier.kind == COUNT_KIND and compound is not None and compound.written == later.unit
                and text[earlier.start:earlier.end].endswith(earlier.unit)
                and text[earlier.end:later.start].strip() in word_list("list_joins.tsv")):
            found[at] = dataclasses.replace(earlier, unit=later.unit, kind=later.kind)
    return found


def _sharing_the_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别达1.28万亿、1.18万亿、8200亿元, 分别为3、5、8个: after 分别 and a verb, bare numbers listed before an
    amount share its unit (and its multiplier only when they have none of their own and it has none either)."""
    shared = []
    for quantity in found:
        items, position = [], quantity.start
        while (item := _bare_item().search(text, max(0, position - BARE_ITEM_REACH), position)) is not None:
            items.append(item)
            position = item.start()
        if not items or _shared_lead().search(text, max(0, position - SHARED_LEAD_REACH), position) is None:
            continue
        multiplied = any(m in text[quantity.start:quantity.end] for m in MULTIPLIERS)
        if multiplied and any(item.group("mult") is None for item in items):
            continue  # 分别为12、15万吨: whether 12 is 12万 the text does not say
        for item in items:
            value = parse_number(item.group("num"))
            if value is not None:
                value *= MULTIPLIERS[item.group("mult")] if item.group("mult") else 1
                shared.append(Quantity(item.start(), item.end("mult") if item.group("mult") else item.end("num"),
                                       value, None, quantity.unit, quantity.kind, False, False))
    return shared


@cache
def _bare_item() -> re.Pattern[str]:
    return re.compile(f"(?P<num>{ARABIC})(?P<mult>{alternation(tuple(MULTIPLIERS))})?、$")


@cache
def _shared_lead() -> re.Pattern[str]:
    return re.compile(f"{SHARED_LEAD}[{HAN_CLASS}]{{0,{SHARED_VERB}}}$")


def _cadences(text: str) -> list[Quantity]:
    """一年一体检, 五年一评估: once every so many periods, 1 次/年 and 1 次/5年 (a recurring standard)."""
    found = []
    for match in _cadence().finditer(text):
        count = parse_number(match.group("count"))
        if count is None:
            continue
        period = CADENCE_PERIODS[match.group("period")]
        unit = f"{CADENCE_UNIT}{period}" if count == 1 else f"{CADENCE_UNIT}{count}{period}"
        found.append(Quantity(match.start(), match.end(), Decimal(1), None, unit, "rate", False, True))
    return found


def _halves(text: str) -> list[Quantity]:
    """时限压缩一半, 减少一半以上: 一半 right after a verb of change (target_verbs.tsv) is 50%; not after a
    level word (超过一半人口 is a share stated, 近一半 no amount)."""
    return [Quantity(match.end() - len(HALF), match.end(), HALF_PERCENT, None, "%", "percent", False, True)
            for match in _half().finditer(text)]


@cache
def _half() -> re.Pattern[str]:
    changing = tuple(verb for verb, row in target_verbs()[1].items() if row.change)
    return re.compile(f"(?:{alternation(changing)}){HALF}")


def _hazard_levels(text: str) -> list[Quantity]:
    """抗御6级左右地震的能力, 抵御12级台风: a level in 级 between a verb of withstanding (withstand_verbs.tsv)
    and a hazard's noun (hazard_nouns.tsv); an event named by its level (发生6.2级地震) and other grades in
    级 (三级医院, 二级以上) are no amounts."""
    found = []
    for match in _hazard_level().finditer(text):
        value = parse_number(match.group("level"))
        if value is not None:
            found.append(Quantity(match.start("level"), match.end(), value, None, LEVEL_UNIT, "other", False,
                                  not match.group("level")[0].isdigit()))
    return found


@cache
def _hazard_level() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('withstand_verbs.tsv'))})"
                      f"(?P<level>{DIGITS}|[{AMOUNT_NUMERALS}]+){LEVEL_UNIT}"
                      f"(?={LEVEL_BOUNDS}(?:{alternation(word_list('hazard_nouns.tsv'))}))")


def is_cadence(quantity: Quantity) -> bool:
    """一年一体检 read as 1 次/年 (:func:`_cadences`)."""
    return quantity.kind == "rate" and quantity.chinese and quantity.unit is not None \
        and quantity.unit.startswith(CADENCE_UNIT)


@cache
def _cadence() -> re.Pattern[str]:
    periods = alternation(tuple(CADENCE_PERIODS))
    return re.compile(f"(?<![\\d{AMOUNT_NUMERALS}每])(?P<count>[一二两三四五六七八九十]{{1,2}}|\\d{{1,2}})"
                      f"(?P<period>{periods}){CADENCE_MARK}(?=(?:{alternation(word_list('cadence_verbs.tsv'))}))")


def _continues_range(text: str, first: Quantity, second: Quantity) -> bool:
    """4.5%-5%, 3万-5万元: the unit written on both ends of one range; 1个至5个工作日, 3个到6个月: the
    first end's measure word written again before the second end's unit (one range in 工作日, in 月)."""
    between = text[first.end:second.start].strip()
    return (len(between) == 1 and between in RANGE_SEPARATORS and first.value_max is None
            and second.value_max is None and second.value > first.value
            and (first.unit == second.unit or _repeats_measure(text, first, second)))


def _repeats_measure(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether the first end is a number and a measure word (1个) that the second end writes again right
    after its own number, before its unit (5个工作日)."""
    number = _number_head().match(text, second.start, second.end)
    return (first.kind == COUNT_KIND and first.unit is not None and number is not None
            and text[first.start:first.end].endswith(first.unit) and text.startswith(first.unit, number.end()))


@cache
def _number_head() -> re.Pattern[str]:
    return re.compile(f"(?:{DIGITS}|{CHINESE}) ?")


def _return_periods(text: str, first: Quantity, second: Quantity) -> bool:
    """二十年或五十年一遇: two return periods, the first written as years, one range in 年一遇."""
    return (first.unit == "年" and second.unit == RETURN_PERIOD and first.value_max is None
            and text[first.end:second.start] in ALTERNATIVES and second.value > first.value)


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
    if match.group("ends") is not None and not _counted_subject().search(
            text, max(0, match.start() - SUBJECT_WINDOW), match.start()):
        return None
    value = parse_number(number)
    if value is None:
        return None
    value *= MULTIPLIERS[match.group("mult")] * MULTIPLIERS.get(match.group("mult3") or "", Decimal(1))
    return Quantity(match.start(), match.end(), value, None, COUNTED_UNIT, units()[COUNTED_UNIT].kind,
                    bool(match.group("approx") or match.group("approx_before")), not number[0].isdigit())


def counted_by_noun(text: str, quantity: Quantity) -> bool:
    """Whether the amount counts people named by a noun, not by a written unit (6434万农村人口)."""
    return quantity.unit == COUNTED_UNIT and not text[quantity.start:quantity.end].endswith(COUNTED_UNIT)


@cache
def _counted_subject() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('counted_nouns.tsv'))})[{HAN_CLASS}]{{0,3}}$")


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


def parse_number(text: str) -> Decimal | None:
    if text[0].isdigit():
        digits = text.replace(",", "")
        return Decimal(digits) if len(digits.partition(".")[0]) <= MAX_DIGITS else None
    if text == "半":
        return Decimal("0.5")
    # "百万吨": the multiplier words are numbers on their own
    return chinese_to_decimal(text if text not in ("百", "千") else "一" + text)
