"""Every worked example of a rule table is run through the rule that reads the table.

A table that declares an ``example`` column must have a check here; a row's example
must come out as its row says (dateparser checks its language files the same way).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from extract.lexicon import Row, read_table
from extract.rules.assignments import standing_owners
from extract.rules.deadlines import find_times
from extract.rules.notices import lays_down_criteria
from extract.rules.quantities import find_quantities
from extract.rules.sentences import sentences
from extract.rules.targets import candidates_in_sentence

REFERENCE = date(2021, 6, 21)


def drafts(text: str):
    sentence = sentences(text)[0]
    return candidates_in_sentence(text, sentence, find_times(text, reference=REFERENCE), REFERENCE)


def unit_found(row: Row) -> bool:
    return any(q.unit == (row["written"] or row["unit"]) for q in find_quantities(row["example"]))


def sum_found(row: Row) -> bool:
    """设立…基金,规模达到50亿 → 5000000000 元: a bare amount after a noun of money is in 元."""
    return any(q.unit == "元" and q.kind == "money" for q in find_quantities(row["example"]))


def phrase_found(row: Row) -> bool:
    return any(row["phrase"] in t.text and t.role == row["role"] for t in find_times(row["example"], reference=REFERENCE))


def counted_per(row: Row) -> bool:
    """每月…3次 → 次/月; 每千人口…40张 → 张, indicator 每千人口…; 年产30万辆 → 辆/年 (a capacity is per the year
    or day before it)."""
    found = drafts(row["example"])
    units = [d.unit or "" for d in found]
    if row["kind"] == "denominator":
        return any("/" not in u and d.indicator.startswith("每") and row["word"] in d.indicator
                   for u, d in zip(units, found))
    if row["kind"] == "capacity":
        return any(u.endswith(("/年", "/日")) for u in units)
    if row["kind"] == "recipient":  # 按200元/人的标准给予补贴 → 元
        return "元" in units
    if row["kind"] == "standard":  # 月均标准…800元 → 元/月
        return any(u.endswith(("/月", "/年")) for u in units)
    period = row["written"] or row["word"]
    return any(u.endswith("/" + period) or (u.split("/")[-1].endswith(period) and "/" in u) for u in units)


def duration_bound(row: Row) -> bool:
    """在规定期限内办结(5个工作日) → a duration target, <=; 连续3年下降 → no duration target."""
    found = [d.comparator for d in drafts(row["example"]) if d.quantity.kind == "time"]
    return not found if row["comparator"] == "none" else row["comparator"] in found


def period_found(row: Row) -> bool:
    """“十四五” in a document of its first year is a limit on its last day."""
    reference = date(int(row["first_year"]), 6, 1)
    return any(t.deadline == date(int(row["last_year"]), 12, 31) for t in find_times(row["example"], reference=reference))


def bounded(row: Row) -> bool:
    return any(d.comparator == row["comparator"] for d in drafts(row["example"]))


def standing_found(row: Row) -> bool:
    """以下均需各地落实,不再列出 → 各地 owns every later assignment."""
    found = standing_owners(row["example"])
    return found is not None and len(found.owners.owners) == 1


def criteria_title(row: Row) -> bool:
    """某病种门诊待遇准入标准: a title of criteria, whose amounts are no targets."""
    return row["example"].endswith(row["word"]) and lays_down_criteria([row["example"]])


def lookalike_kept(row: Row) -> bool:
    """每年对辖区内的设施进行一次检查评估: 辖区 holds the background word 辖, the amount stays a target."""
    return row["word"] in row["example"] and any(d.verdict != "none" for d in drafts(row["example"]))


CHECKS: dict[str, tuple[str, Callable[[Row], bool]]] = {  # table: (its key column, the rule applied to a row)
    "units.tsv": ("unit", unit_found),
    "sum_nouns.tsv": ("word", sum_found),
    "deadline_phrases.tsv": ("phrase", phrase_found),
    "per_units.tsv": ("word", counted_per),
    "comparators.tsv": ("word", bounded),
    "share_bounds.tsv": ("word", bounded),
    "duration_words.tsv": ("word", duration_bound),
    "plan_periods.tsv": ("name", period_found),
    "standing_owners.tsv": ("pattern", standing_found),
    "criteria_headings.tsv": ("word", criteria_title),
    "background_lookalikes.tsv": ("word", lookalike_kept),
}
# tables whose examples the tests of their stage run (the name of the test that does)
CHECKED_ELSEWHERE = {"report_venues.tsv": "tests/clean/test_report.py::test_each_venue_reads_its_own_example",
                     "report_openings.tsv": "tests/clean/test_report.py::test_each_opening_reads_its_own_example",
                     "closing_openers.tsv": "tests/generalize/test_closing_openers.py::test_each_opener_closes_its_own_example"}
TABLES = sorted(p.name for p in resources.files("extract.data").iterdir() if p.name.endswith(".tsv"))
EXAMPLES = [(name, row) for name in CHECKS for row in read_table(name) if row["example"]]


def declares_examples(name: str) -> bool:
    return any(column.name == "example" for column in _columns(name))


def _columns(name: str):
    from extract.lexicon import declared_columns, parse_table

    text = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    assert not parse_table(name, text)[1]
    return declared_columns(header.split("\t"))[0]


def test_every_table_with_examples_has_a_check():
    assert sorted(n for n in TABLES if declares_examples(n)) == sorted([*CHECKS, *CHECKED_ELSEWHERE])
    repo = Path(__file__).resolve().parent.parent
    for test in CHECKED_ELSEWHERE.values():
        path, name = test.split("::")
        assert f"def {name}(" in (repo / path).read_text(encoding="utf-8"), test


@pytest.mark.parametrize(("name", "row"), EXAMPLES, ids=[f"{n}:{r[CHECKS[n][0]]}" for n, r in EXAMPLES])
def test_each_example_comes_out_as_its_row_says(name, row):
    assert CHECKS[name][1](row), f"{name}: {row}"
