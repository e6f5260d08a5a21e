"""Owners named by assignment: 责任单位/牵头单位/配合单位 tags, parenthesised assignments
((区城管局牵头,区商务局、各街道配合)), bare unit lists closing an item (…。(各街镇、区财政局)) and phrases that
make a unit owner of every later assignment; lead units (牵头) are told from support units (配合)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chars import HAN_CLASS, strip_heading_marker
from ..lexicon import alternation, column_words, read_table, word_pattern
from .owner_labels import owner_tag_roles
from .owners import NO_OWNERS, Collector, Owners
from .unit_lists import split_units
from .unit_names import DIGIT, is_unit

TAG_MARKS = "(（【[)）】] 。.;；,，"  # the brackets and marks around and between the tags of a tag line
SENTENCE_CLOSE = "。;；!！"  # what a closed sentence ends on
PAREN = re.compile(r"[(（]([^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*)[)）]")


@cache
def _tags() -> tuple[re.Pattern[str], dict[str, str]]:
    roles = owner_tag_roles()
    tag = alternation(tuple(roles))
    deadline = alternation(column_words("deadline"))
    # the units run to the next mark, bracket, tag or label (牵头单位:银保监会 参与单位:财政部, 【责任单位:…】,
    # 责任单位:商务部 完成时限:…), a tag or deadline label run on without a space too (…智慧岛公司完成时限:)
    unit = f"(?:(?!\\s*(?:{tag}|{deadline})[:：]|\\s+[{HAN_CLASS}]{{2,8}}[:：])[^;；。:：()（）【】\\[\\]\n])"
    pattern = re.compile(f"(?P<tag>{tag})[:：]\\s*(?P<units>{unit}*(?:[(（][^()（）\n]{{1,12}}[)）]{unit}*)*)")
    return pattern, roles


@cache
def _role_words() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("owner_roles.tsv")
    roles = {r["word"]: r["role"] for r in rows}
    return re.compile(f"^(?P<units>.+?)(?P<word>{alternation(tuple(roles))})$"), roles


def tagged_owners(text: str) -> Owners:
    """Units named by 责任单位/牵头单位/配合单位 tags anywhere in ``text``."""
    pattern, roles = _tags()
    matches = [(_tag_units(m.group("units")), roles[m.group("tag")]) for m in pattern.finditer(text)]
    rest = "support" if any(role == "lead" for _, role in matches) else "all"
    collector = Collector()
    for units, role in matches:
        collector.add(units, rest if role == "rest" else role)
    return collector.result()


def closing_tag(text: str) -> Owners:
    """The units of a tag that is the whole last line of ``text`` ((责任部门:市房产局), or an item that is nothing
    but a tag, (四)责任单位:市城管局。), or that runs on after the last sentence of that line, a deadline label
    before it or not (…提升农业服务水平。牵头单位:A,配合单位:B / …。完成期限:持续推进牵头单位:A责任单位:B), else
    none: the tag a section closes with, after or at the end of its last item."""
    line = strip_heading_marker(text.rstrip().rsplit("\n", 1)[-1].strip()).strip()
    closing = _tag_line(line)
    if closing:
        return closing
    ends = [line.rfind(mark) for mark in SENTENCE_CLOSE]
    return _tag_line(_closing_deadline().sub("", line[max(ends) + 1:].strip())) if max(ends) >= 0 else NO_OWNERS


def _tag_line(line: str) -> Owners:
    """The units of a line that opens on a tag and holds nothing else (牵头单位:A;配合单位:B), else none."""
    if not _tags()[0].match(line.lstrip(TAG_MARKS)) or _tags()[0].sub("", line).strip(TAG_MARKS):
        return NO_OWNERS
    return tagged_owners(line)


@cache
def _closing_deadline() -> re.Pattern[str]:
    """A deadline label and its value before the tag that closes an item (完成期限:2024年5月31日前牵头单位:…)."""
    tag = alternation(tuple(owner_tag_roles()))
    return re.compile(f"^(?:{alternation(column_words('deadline'))})[:：][^。;；\n]*?(?=(?:{tag})[:：])")


def _tag_units(text: str) -> list[str]:
    """The units of a tag: split as written, units set apart by spaces (商务部 海关总署) split too, and
    what the tag's sentence goes on to say (2020年底前完成) left out."""
    units: list[str] = []
    for unit in split_units(text):
        parts = unit.split()
        units += parts if len(parts) > 1 and all(map(is_unit, parts)) else [unit]
    return [u for u in units if not DIGIT.search(u) or is_unit(u)]


def assigned_owners(text: str, *, first_leads: bool = False) -> Owners:
    """Units of parenthesised assignments: (区城管局牵头,区商务局、各街道配合). Units listed before
    the part that names their role share it ((A、B,C按职责分工负责)); with ``first_leads`` (or the
    phrase 列第一的为牵头单位 inside) the first unit is the lead and the others support. A bare list of
    units after a closed sentence that ends its line or sentence (…。(各街镇、区财政局)) owns it all."""
    collector = Collector()
    for paren in PAREN.finditer(text):
        inner = paren.group(1)
        ranked = first_leads or word_pattern("first_lead_phrases.tsv").search(inner) is not None
        listed: list[str] = []
        for units, role in _assignment_parts(inner) or _bare_list(text, paren):
            if ranked:
                listed += units
            else:
                collector.add(units, role)
        if listed:
            collector.add(listed[:1], "lead")
            collector.add(listed[1:], "support")
    return collector.result()


def _assignment_parts(inner: str) -> list[tuple[list[str], str]]:
    """The units of one parenthesised assignment with their roles, in order; units of a part without
    a role word take the role of the part that follows them."""
    pattern, roles = _role_words()
    if not _any_role_word().search(inner):
        return []  # no part can end with a role word: no assignment (most brackets: (试行), (2023年))
    found: list[tuple[list[str], str]] = []
    pending: list[str] = []
    for part in (p.strip() for p in re.split("[,，;；。]", inner)):
        match = pattern.match(part)
        if match:
            units = split_units(match.group("units"))
            if units and all(is_unit(u) for u in units):
                found.append((pending + units, roles[match.group("word")]))
            pending = []
            continue
        units = split_units(part)
        pending = pending + units if units and all(is_unit(u) for u in units) else []
    return found


def _bare_list(text: str, paren: re.Match[str]) -> list[tuple[list[str], str]]:
    """The units of a bracket holding nothing but units' names, after a closed sentence and closing its line
    or sentence (…予以指导和配合。(各街镇、区规划资源局、区土储中心)); not an alias or a place in a sentence
    (镇人民政府(街道办事处), 示范市(县)) nor a bracket with a role word (those are assignments)."""
    before, after = text[:paren.start()].rstrip(" \t\u3000"), text[paren.end():paren.end() + 1]
    if not before.endswith(tuple(SENTENCE_CLOSE)) or after not in ("", "\n", *SENTENCE_CLOSE):
        return []
    if _any_role_word().search(paren.group(1)):
        return []
    units = split_units(paren.group(1))
    return [(units, "all")] if units and all(is_unit(u) for u in units) else []


@cache
def _any_role_word() -> re.Pattern[str]:
    return re.compile(alternation(tuple(_role_words()[1])))


def opens_first_leads(text: str) -> int | None:
    """Where 列第一的为牵头单位，下同 says that from here on the first unit of an assignment leads."""
    for match in word_pattern("first_lead_phrases.tsv").finditer(text):
        if text.startswith("下同", match.end() + 1) or text.startswith("下同", match.end()):
            return match.start()
    return None


@dataclass(frozen=True, slots=True)
class StandingOwners:
    """Units a phrase makes owners of every assignment after ``start`` (以下均需各地落实,不再列出)."""
    start: int
    owners: Owners


def standing_owners(text: str) -> StandingOwners | None:
    """Where an assignment says its unit owns every later one too, and that unit (standing_owners.tsv)."""
    for pattern in _standing_patterns():
        for match in pattern.finditer(text):
            units = split_units(match.group("units"))
            if units and all(is_unit(u) for u in units):
                return StandingOwners(match.end(), Owners(tuple(units)))
    return None


@cache
def _standing_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of standing_owners.tsv, read once (not once per document)."""
    return tuple(re.compile(row["pattern"]) for row in read_table("standing_owners.tsv"))


def with_standing(owners: Owners, standing: StandingOwners | None, position: int) -> Owners:
    """An assignment after a standing phrase also names the standing units."""
    if standing is None or owners.empty() or position < standing.start:
        return owners
    return owners.merged(standing.owners)
