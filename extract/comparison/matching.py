"""Each extracted target to a registry indicator: exact alias, then rule clean-up, then the evidence, then fuzzy.

Every match says how it was made (``method``) and how sure it is (``score``, 0-100). Only indicators of the
target's unit dimension are candidates, so ``地区生产总值`` in % (growth) and in 元 (level) stay apart.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from .registry import Indicator, Registry
from .text import amount_after, clean_indicator, fold, same_markers
from .units import unit_dimension

FUZZY_CUTOFF = 88.0
EVIDENCE_SCORE = 90.0
MIN_FUZZY_LENGTH = 4
MULTIPLIERS = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8}


@dataclass(frozen=True, slots=True)
class Match:
    indicator: Indicator | None
    method: str  # exact, rule, evidence, fuzzy; "none" when unmatched, "unit" when the unit is not comparable
    score: float
    cleaned: str  # the indicator after clean-up: what the review list groups by


@dataclass(frozen=True, slots=True)
class Matcher:
    registry: Registry

    def match(self, indicator: str, unit: str | None, evidence: str, *, values: tuple[float, ...] = ()) -> Match:
        """The registry indicator of one target; ``values`` (its value and value_max) let the evidence decide."""
        dimension = unit_dimension(unit)
        cleaned = clean_indicator(indicator)
        if dimension is None:
            return Match(None, "unit", 0.0, cleaned)
        index = _alias_index(self.registry).get(dimension, {})
        folded_evidence = fold(evidence)
        for method, key in (("exact", fold(indicator)), ("rule", cleaned)):
            found = _first_fitting(index.get(key, ()), folded_evidence)
            if found:
                return Match(found, method, 100.0, cleaned)
        found = _from_evidence(index, cleaned, folded_evidence, values)
        if found:
            return Match(found, "evidence", EVIDENCE_SCORE, cleaned)
        return _fuzzy(index, cleaned, folded_evidence)


def _first_fitting(candidates, evidence: str) -> Indicator | None:
    return next((indicator for indicator in candidates if indicator.fits(evidence)), None)


def _from_evidence(index: dict[str, tuple[Indicator, ...]], cleaned: str, evidence: str,
                   values: tuple[float, ...]) -> Indicator | None:
    """An alias written in the evidence right before the target's own amount, that holds the (clipped) extracted
    indicator: ``城镇`` in ``城镇调查失业率5.7%左右`` → ``城镇调查失业率``. The longest such alias wins."""
    if not cleaned or not values:
        return None
    best: tuple[int, Indicator] | None = None
    for alias, candidates in index.items():
        if cleaned not in alias or alias not in evidence or (best and len(alias) <= best[0]):
            continue
        found = _first_fitting(candidates, evidence)
        if found and _states_amount(evidence, alias, values):
            best = (len(alias), found)
    return best[1] if best else None


def _states_amount(evidence: str, alias: str, values: tuple[float, ...]) -> bool:
    start = evidence.find(alias)
    while start >= 0:
        amount = amount_after().match(evidence[start + len(alias):])
        if amount and any(_same(float(amount.group(1)) * MULTIPLIERS[amount.group(2)], v) for v in values):
            return True
        start = evidence.find(alias, start + 1)
    return False


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _fuzzy(index: dict[str, tuple[Indicator, ...]], cleaned: str, evidence: str) -> Match:
    if len(cleaned) < MIN_FUZZY_LENGTH or not index:
        return Match(None, "none", 0.0, cleaned)
    aliases = [alias for alias in index if same_markers(alias, cleaned)]
    choice = process.extractOne(cleaned, aliases, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if choice is None:
        return Match(None, "none", 0.0, cleaned)
    found = _first_fitting(index[choice[0]], evidence)
    return Match(found, "fuzzy", round(float(choice[1]), 1), cleaned) if found else Match(None, "none", 0.0, cleaned)


@cache
def _alias_index(registry: Registry) -> dict[str, dict[str, tuple[Indicator, ...]]]:
    """dimension → folded alias → indicators (in registry order; those with a context first)."""
    index: dict[str, dict[str, list[Indicator]]] = defaultdict(lambda: defaultdict(list))
    for indicator in registry.indicators:
        for alias in indicator.aliases:
            index[indicator.dimension][fold(alias)].append(indicator)
    return {dimension: {alias: tuple(sorted(found, key=lambda i: not i.context)) for alias, found in aliases.items()}
            for dimension, aliases in index.items()}
