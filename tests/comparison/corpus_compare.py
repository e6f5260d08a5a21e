"""The real documents the compare tests run on, each set compared once per test session."""
from __future__ import annotations

from functools import cache

import extract
from extract.comparison.api import Comparison
from tests.corpus import CORPUS, SEEDS

WORK_REPORTS = tuple(sorted((CORPUS / "docs").glob("gwr2026-*.txt"))) + tuple(
    CORPUS / "pool" / f"pool-{n:03d}.txt" for n in range(1, 10))
DISTRICT_PLANS = (SEEDS["000"], SEEDS["001"])
NATIONAL_REPORTS = tuple(sorted((CORPUS / "docs").glob("gwrnat-*.txt")))


@cache
def work_reports() -> Comparison:
    return extract.compare(*WORK_REPORTS)


@cache
def district_plans() -> Comparison:
    return extract.compare(*DISTRICT_PLANS)


@cache
def national_reports() -> Comparison:
    return extract.compare(*NATIONAL_REPORTS)


SHANGHAI = (CORPUS / "pool" / "pool-002.txt", CORPUS / "pool" / "pool-010.txt", CORPUS / "docs" / "shgov-007.txt")


@cache
def shanghai() -> Comparison:
    """The city's 2026 work report and two of its districts' urban-renewal plans."""
    return extract.compare(*SHANGHAI)
