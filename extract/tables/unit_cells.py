"""The units a unit cell names when its lines were joined with nothing between them (区甲局区乙局: one unit a
line in the cell, run together by a crawler), and the lenient unit test of an owner column."""
from __future__ import annotations

import re

from ..lexicon import word_list
from ..rules.unit_lists import split_units
from ..rules.unit_names import LEVEL_CHARACTERS, is_unit, suffix_pattern

DIGIT = re.compile(r"\d")
SENTENCE_MARK = re.compile("[。;；:：,，!！?？]")
UNIT_OPENERS = LEVEL_CHARACTERS + "各"  # 区甲局|区乙局, 区甲局|各街道


def cell_units(text: str) -> list[str]:
    """The units a cell names, those written together without a mark apart (区甲局区乙局); [] when some part
    names none."""
    units: list[str] = []
    for part in split_units(text.strip("、,， ")):
        apart = run_together(part)
        if not apart:
            return []
        units += apart
    return units


def run_together(text: str) -> list[str]:
    """区甲局区乙局 → 区甲局, 区乙局: the shortest unit that opens the text where the next one opens on a
    level (区, 市) not right after another (各乡镇), on a class (各街道), or on a department's name (教育局,
    department_names.tsv), then the rest the same way; else the text as one unit, or none."""
    for cut in range(2, len(text) - 1):
        if _opens_a_unit(text, cut) and column_unit(text[:cut]) and (rest := run_together(text[cut:])):
            return [text[:cut], *rest]
    return [text] if column_unit(text) else []


def _opens_a_unit(text: str, cut: int) -> bool:
    return text[cut] in UNIT_OPENERS and text[cut - 1] not in LEVEL_CHARACTERS \
        or text.startswith(word_list("department_names.tsv"), cut)


def column_unit(text: str) -> bool:
    """A unit, or in a unit column a name with an organization's ending that the clause checks refuse
    (区交通与建设局: 与 reads as a preposition in running text); never a person's title (董事长)."""
    return is_unit(text) or suffix_pattern().search(text) is not None and not SENTENCE_MARK.search(text) \
        and not DIGIT.search(text) and not text.endswith(word_list("person_endings.tsv"))
