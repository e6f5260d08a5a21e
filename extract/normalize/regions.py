"""The administrative area a document governs, from its issuer or title."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import read_table, word_list

NATIONAL = "全国"
COUNTY = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:自治县|自治旗|区|县|旗|市))")


@dataclass(frozen=True, slots=True)
class Division:
    name: str
    parent: str


@cache
def _divisions() -> tuple[dict[str, Division], re.Pattern[str]]:
    rows = read_table("regions.tsv")
    names: dict[str, Division] = {}
    for row in rows:
        division = Division(row["name"], row["parent"])
        names[row["name"]] = division
        # Prefectures are often written with the short name and 州 or 市 (黔南州, 延边州).
        if row["parent"] and row["name"].endswith("自治州"):
            names.setdefault(row["short"] + "州", division)
        # Provinces are often named without 省 in an office's name (国家能源局江苏监管办公室).
        if not row["parent"] and len(row["short"]) >= 2:
            names.setdefault(row["short"], division)
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    return names, pattern


def resolve_region(*texts: str | None) -> str | None:
    """``常州市钟楼区人民政府办公室`` → ``江苏省常州市钟楼区``; the first text that names one wins."""
    names, pattern = _divisions()
    for text in texts:
        if not text:
            continue
        matches = list(pattern.finditer(text))
        if not matches:
            if text.startswith(word_list("national_bodies.tsv")):
                return NATIONAL
            continue
        # The most specific division named: a prefecture rather than its province.
        match = next((m for m in matches if names[m.group()].parent), matches[0])
        division = names[match.group()]
        region = (division.parent + division.name) if division.parent else division.name
        county = COUNTY.match(text[match.end():])
        if county and not _is_office_word(county.group(1)):
            region += county.group(1)
        return region
    return None


def _is_office_word(word: str) -> bool:
    # "市人民政府" after a province is not a county; neither is "区政府".
    return word.startswith(("人民", "政府", "委", "发展", "财政")) or word in {"市", "区", "县"}
