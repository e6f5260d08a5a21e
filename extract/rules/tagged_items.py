"""Items of a measure package: several sentences, then their units in a tag, bracketed (…。到2028年底,新增50处
公园特色消费场景。(责任单位:市X局); an unnumbered run-in measure's one closing assignment: …全部取缔…。(区X局牵头,
区Y局等参与)) or not: a line of its own or run on after the item's last sentence
(…。牵头单位:区X局责任单位:区Y局, …。\n责任单位:区X局). RECORDS.md section 5 dates a task by a limit governing
the item as a whole; in such an item the limit of one clause (a year, 年内, 一季度) dates that clause's targets,
not the item, unless the tag carries it (责任单位:X,2020年底前完成; 责任单位:X 完成时限:2020年6月).
"""
from __future__ import annotations

import re
from functools import cache

from ..chars import HAN_CLASS
from ..document import Section
from ..lexicon import alternation
from .assignments import PAREN, assigned_owners
from .deadlines import TimeMention
from .owner_labels import owner_tag_roles

SENTENCE_END = re.compile("[。!?！？\n]")
QUALIFIER = 4  # 牵头, 主要: a word before the tag


def clause_limit_of_tagged_item(text: str, section: Section, limit: TimeMention) -> bool:
    """Whether ``limit``, in the own words of ``section``, dates one clause of a tagged item of several sentences."""
    end = section.children[0].start if section.children else section.end
    bracketed = [m.span() for m in PAREN.finditer(text, section.body_start, end)]
    tags = [(a, b) for a, b in bracketed if _tag().match(text, a + 1)]
    tags += _closing_assignment(text, section, bracketed, end)
    closing = next((m.start() for m in _unbracketed_tag().finditer(text, section.body_start, end)
                    if not any(a <= m.start() < b for a, b in bracketed)), end)
    if not tags and closing == end or closing <= limit.start or any(a <= limit.start < b for a, b in tags):
        return False
    words = PAREN.sub("", text[section.body_start:closing])
    return sum(1 for sentence in SENTENCE_END.split(words) if sentence.strip()) > 1


def _closing_assignment(text: str, section: Section, bracketed: list[tuple[int, int]],
                        end: int) -> list[tuple[int, int]]:
    """The one bracketed assignment closing the words of an unnumbered run-in measure (取缔“十小”企业。…2016年底前,
    全部取缔…项目。(区X局牵头,区Y局等参与)): its tag. A numbered item closing so is dated by its latest limit."""
    assignments = [(a, b) for a, b in bracketed if assigned_owners(text[a:b])]
    closes = len(assignments) == 1 and not text[assignments[0][1]:end].strip()
    return assignments if section.family == "runin" and not section.marker and closes else []


@cache
def _tag() -> re.Pattern[str]:
    """责任单位:, 牵头单位：… opening a bracket (the tags of owner_labels), maybe after a qualifying word
    (牵头责任单位:, 主要责任单位:)."""
    return re.compile(f"\\s*{_tag_words()}")


@cache
def _unbracketed_tag() -> re.Pattern[str]:
    """The same tag without a bracket, after the item's last sentence or opening a line of its own: it and
    everything after it (配合单位:…, 完成时限:…) close the item."""
    return re.compile(f"(?<=[。;；\\n])[ \\t\\u3000]*{_tag_words()}")


def _tag_words() -> str:
    return f"[{HAN_CLASS}]{{0,{QUALIFIER}}}?(?:{alternation(tuple(owner_tag_roles()))})[:：]"
