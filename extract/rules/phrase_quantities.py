"""Amounts said by a phrase rather than by a number and its unit: 一年一体检 (1 次/年), 时限压缩一半 (50%),
抗御6级左右地震 (6 级)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..chars import AMOUNT_NUMERALS
from ..lexicon import alternation, word_list
from .commitments import target_verbs
from .quantity import DIGITS, Quantity, parse_number

CADENCE_MARK = "一"  # 五年一评估: the one time in each period
CADENCE_UNIT = "次/"
CADENCE_PERIODS = {"年": "年", "季度": "季度", "季": "季度", "月": "月", "周": "周"}
HALF = "一半"  # 时限压缩一半, 减少一半以上: the share a verb of change right before it changes
HALF_PERCENT = Decimal(50)
LEVEL_UNIT = "级"  # 抗御6级左右地震: a hazard's magnitude or force to withstand (hazard_nouns.tsv)
LEVEL_BOUNDS = "(?:左右|以上|及以上)?的?"  # between the level and the hazard's noun


def phrase_quantities(text: str) -> list[Quantity]:
    """The cadences, halves and hazard levels of ``text`` (each looked for only when its mark is there: for a
    cadence, a period right before 一, as in every cadence; 一 alone is in most texts)."""
    return ((_cadences(text) if any(period + CADENCE_MARK in text for period in CADENCE_PERIODS) else [])
            + (_halves(text) if HALF in text else []) + (_hazard_levels(text) if LEVEL_UNIT in text else []))


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
