"""Work reports and speeches: the line saying when and to which assembly one was delivered.

``——2025年2月10日在某省第十四届人民代表大会第四次会议上`` gives the issued date (the day of delivery)
and the region (the assembly's place); the title is the line above it when that line reads as one.
The assemblies are data (``report_venues.tsv``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..chars import DATE_NUMERALS
from ..lexicon import Column, alternation, read_table, word_list
from ..normalize.dates import parse_date
from ..normalize.regions import NATIONAL, resolve_region

NUMERAL = rf"[\d{DATE_NUMERALS}]"
DATE = rf"{NUMERAL}{{2,4}} ?年 ?{NUMERAL}{{1,3}} ?月 ?{NUMERAL}{{1,3}} ?日"
SESSION = rf"第?{NUMERAL}{{1,3}}届"
LOOKAHEAD = 30
OPENING_LOOKAHEAD = 3
MAX_TITLE = 40
TITLE_LOOKBACK = 3


@dataclass(frozen=True, slots=True)
class Delivery:
    region: str | None
    issued: date | None
    title: str | None


def find_delivery(lines: tuple[str, ...]) -> Delivery | None:
    """The first delivery line among the first lines of a body (it may be broken over two lines),
    else a report's opening (``我代表国务院，向大会报告政府工作``)."""
    head = lines[:LOOKAHEAD]
    for i, line in enumerate(head):
        following = head[i + 1] if i + 1 < len(head) else ""
        match = _pattern().match(line) or (_pattern().match(line + following) if following else None)
        if match:
            return Delivery(region=_region(match.group("place")), issued=parse_date(match.group("date")),
                            title=_title_above(head[:i]))
    return _opening(head[:OPENING_LOOKAHEAD])


def _opening(lines: tuple[str, ...]) -> Delivery | None:
    for line in lines:
        for pattern, title in _openings():
            match = pattern.search(line)
            if match:
                return Delivery(region=resolve_region(match.group("body")), issued=None, title=title)
    return None


def _region(place: str) -> str | None:
    place = re.sub(SESSION, "", place)
    return NATIONAL if place.startswith("全国") else resolve_region(place)


def _title_above(lines: tuple[str, ...]) -> str | None:
    """The title line right above the delivery line, or the fuller form of it just above that
    (``2025年某省政府工作报告`` above ``政府工作报告``)."""
    ending = re.compile(f"({alternation(word_list('title_endings.tsv'))})$")
    titles = [line for line in lines[-TITLE_LOOKBACK:]
              if len(line) <= MAX_TITLE and ending.search(line) and not re.search("[,。;:]", line)]
    if not titles:
        return None
    nearest = titles[-1]
    return next((title for title in titles if title.endswith(nearest)), nearest)


@cache
def _pattern() -> re.Pattern[str]:
    venues = alternation(tuple(row["venue"] for row in venue_rows()))
    return re.compile(rf"^[—―\-－(（\s]*(?P<date>{DATE}) ?在 ?(?P<place>[^,，。;:]{{0,30}}?)(?:{venues})"
                      rf"(?:第{NUMERAL}{{1,3}}次)?(?:全体)?会议上[)）]?$")


@cache
def venue_rows() -> tuple[dict[str, str], ...]:
    return read_table("report_venues.tsv", (Column("venue"), Column("example"), Column("region"), Column("issued")))


@cache
def _openings() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["pattern"]), row["title"]) for row in opening_rows())


@cache
def opening_rows() -> tuple[dict[str, str], ...]:
    return read_table("report_openings.tsv", (Column("pattern", regex=True), Column("title"), Column("example"),
                                              Column("region")))
