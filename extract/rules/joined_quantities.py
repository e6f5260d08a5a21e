"""Quantities read together: the two ends of a range (4.5%-5%, 1个至5个工作日, 二十年或五十年一遇) and the
numbers of a list sharing the measure word or unit written once after the last (分别提升3.1个和2.6个百分点,
分别达1.28万亿、8200亿元)."""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, word_list
from .quantity import ARABIC, CHINESE, COUNT_KIND, DIGITS, MULTIPLIERS, Quantity, parse_number, units

RANGE_SEPARATORS = "-—–~～〜至到"
RETURN_PERIOD = "年一遇"  # units.tsv: a flood or drainage standard
ALTERNATIVES = ("或", "至", "到")  # 二十年或五十年一遇
SHARED_LEAD = "分别"  # 分别达1.28万亿、8200亿元: the numbers listed share the last one's unit
SHARED_LEAD_REACH, SHARED_VERB, BARE_ITEM_REACH = 8, 4, 16


def sharing_the_measure(text: str, found: list[Quantity]) -> list[Quantity]:
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


def sharing_the_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别达1.28万亿、1.18万亿、8200亿元, 分别为3、5、8个: after 分别 and a verb, bare numbers listed before an
    amount share its unit (and its multiplier only when they have none of their own and it has none either);
    an item read with a unit of its own already (规模分别达1.28万亿: a sum in 元) is not read again."""
    shared = []
    starts = {q.start for q in found}
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
            if value is not None and item.start() not in starts:
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


def continues_range(text: str, first: Quantity, second: Quantity) -> bool:
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


def continues_return_period(text: str, first: Quantity, second: Quantity) -> bool:
    """二十年或五十年一遇: two return periods, the first written as years, one range in 年一遇."""
    return (first.unit == "年" and second.unit == RETURN_PERIOD and first.value_max is None
            and text[first.end:second.start] in ALTERNATIVES and second.value > first.value)
