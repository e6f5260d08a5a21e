"""The subject of an item's first sentence glued onto its heading with no mark between, as texts kept in one
spreadsheet cell run their outline together ((二)完善资金机制地方政府要整合…, (一)加强组织领导国务院各部门按照…):
the heading's words are no part of the subject, and the units after them own the item (RECORDS.md section 5:
the grammatical subject of the sentence)."""
from __future__ import annotations

import re

from ..chars import HAN_CLASS
from ..lexicon import org_suffixes, word_list
from .name_words import named_unit
from .owners import NO_OWNERS, Owners
from .subjects import may_name_subjects, subject_ends, subject_owners
from .unit_names import tags

HEADING_LENGTH = (4, 16)  # the characters of a run-in heading (加强组织领导, 完善资金机制)
HEADING_WORDS = re.compile(f"[{HAN_CLASS}]+")
HEADING_OPEN_TAGS = frozenset({"v", "vn", "a"})  # a heading opens on its verb (加强, 完善; jieba tags 健全 a)
HEADING_END_TAGS = frozenset({"n", "nz"})  # and ends on the noun of its object (…机制, …执法检查), no abbreviation (省直)
UNIT_JOINERS = "、和及与"  # what stands between the units a sentence opens on


def glued_subject(clause: str) -> Owners:
    """The units opening the sentence a heading of a few words runs into (完善资金机制|地方政府要…): of the word
    boundaries within a heading's length after a noun, the last after which the clause opens on named units
    and their duty word (完善资金|机制地方政府, 完善资金机制地方|政府 are no cut). A heading opening on no verb
    (当期接收…) or on a charge (建议…: its units are charged already), or ending on a verb or a modifier
    (督促|…单位按照…: its object; 有关|各级…) is none."""
    low, high = HEADING_LENGTH
    words = HEADING_WORDS.match(clause)
    if words is None or words.end() <= low or clause.startswith(word_list("charge_openers.tsv")):
        return NO_OWNERS
    if not may_name_subjects(clause, low, len(clause)):
        return NO_OWNERS  # _opening_units' subject_owners tests each rest (clause[low:] or less) first (most headings)
    segmented = tags(clause[:min(words.end(), 2 * high)])
    if segmented[0][1] not in HEADING_OPEN_TAGS:
        return NO_OWNERS
    found, position = NO_OWNERS, 0
    for word, tag in segmented:
        position += len(word)
        if position > high:
            break
        if position >= low and tag in HEADING_END_TAGS:
            found = _opening_units(clause[position:]) or found
    return found


def _opening_units(rest: str) -> Owners:
    """The duty subjects ``rest`` opens on, named units joined by 、和及与 right before their duty word."""
    owners = subject_owners(rest)
    end = 0
    for unit in owners.owners:
        if not rest.startswith(unit, end) or unit in org_suffixes() or not (named_unit(unit) or unit.startswith("各")):
            return NO_OWNERS
        end += len(unit)
        if rest[end:end + 1] and rest[end] in UNIT_JOINERS:
            end += 1
    return owners if owners and subject_ends().match(rest, end) else NO_OWNERS
