"""The subject of an item's first sentence glued onto its heading with no mark between, as texts kept in one
spreadsheet cell run their outline together ((二)完善资金机制地方政府要整合…, (一)加强组织领导国务院各部门按照…):
the heading's words are no part of the subject, and the units after them own the item (RECORDS.md section 5:
the grammatical subject of the sentence)."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import accumulate

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
LINKING_TAGS = frozenset({"p", "c", "u"})  # 本细则由|…中心, …的: in a clause, in no heading
NAME_TAGS = frozenset({"j", "ns"})  # 省直|各部门, 某市|各区: the words of a unit's name, ending no heading
ADVERB_TAGS = frozenset({"d", "ad"})  # 积极, 进一步: a clause's, inside no heading past its first word (严格落实…)
ORGANIZATION_TAG = "nt"  # jieba's tag of an organization's name (国务院)
CASE_SENTENCE = re.compile("[^。;；]*的(?:[。;；]|$)")  # 拒不接受有关部门对…核实的;: an item stating a case
UNIT_JOINERS = "、和及与"  # what stands between the units a sentence opens on


def glued_subject(clause: str) -> Owners:
    """The units opening the sentence a heading of a few words runs into (完善资金机制|地方政府要…): past where
    the heading ends (heading_end), else past the last word boundary within a heading's length after a noun
    after which the clause opens on named units and their duty word (完善资金|机制地方政府, 完善资金机制地方|政府
    are no cut). A heading opening on no verb (当期接收…) or ending on a verb or a modifier (督促|…单位按照…:
    its object; 有关|各级…) gives none by the latter."""
    segmented = _heading_words(clause)
    if not segmented:
        return NO_OWNERS
    end = heading_end(clause)
    if not end and segmented[0][1] in HEADING_OPEN_TAGS:
        low, high = HEADING_LENGTH
        ends = _word_ends(segmented)
        end = max((position for position, (_, tag) in zip(ends, segmented) if low <= position <= high
                   and tag in HEADING_END_TAGS and _opening_units(clause[position:])), default=0)
    return _opening_units(clause[end:]) if end else NO_OWNERS


@lru_cache(maxsize=4096)  # asked of one item's text by its title, its owners and its words' start
def heading_end(clause: str) -> int:
    """Where a heading of a few words ends that runs into its first sentence's subject with no mark between
    (落实工作经费保障|各地方应…, 其他要求|各村要…, 加强执法检查|有关各级人民政府和…要…), else 0: the first word
    boundary within a heading's length after which the clause opens on units and their duty word, the first
    unit opening on a word that opens a unit's own name (各, 有关: unit_openers.tsv) or on an organization's
    name (国务院). No heading holds a unit's name (督促指导教育部门及…), a preposition or conjunction (本细则由|…),
    an adverb past its first word (健全…机制积极协调|相关部门…: a clause), nor ends on a verb whose object is
    units (督促指导|各类学校: agent_verbs.tsv, object_verbs.tsv) or on a place or abbreviation the unit's name
    opens with (省直|各部门); a clause its own units open, or one stating a case
    (拒不接受有关部门对…的;), has none."""
    segmented = _heading_words(clause)
    if not segmented or _opening_units(clause) or CASE_SENTENCE.match(clause):
        return 0
    low, high = HEADING_LENGTH
    for k, ((word, tag), position) in enumerate(zip(segmented[:-1], _word_ends(segmented))):
        if position > high or tag in LINKING_TAGS or k > 0 and (tag in ADVERB_TAGS or _opens_a_name(word, tag)):
            return 0
        if position >= low and tag not in NAME_TAGS and word not in _unit_taking_verbs() \
                and _opens_a_name(*segmented[k + 1]) and _opening_units(clause[position:]):
            return position
    return 0


def _heading_words(clause: str) -> tuple[tuple[str, str], ...]:
    """The words (and their jieba tags) a clause opens with that a heading of a few words may run into a
    subject with, if it may: not a charge (建议…: its units are charged already), and a unit may stand past
    a heading's length."""
    low, high = HEADING_LENGTH
    words = HEADING_WORDS.match(clause)
    if words is None or words.end() <= low or clause.startswith(word_list("charge_openers.tsv")):
        return ()
    if not may_name_subjects(clause, low, len(clause)):
        return ()  # _opening_units' subject_owners tests each rest (clause[low:] or less) first (most headings)
    return tags(clause[:min(words.end(), 2 * high)])


def _word_ends(segmented: tuple[tuple[str, str], ...]) -> list[int]:
    return list(accumulate(len(word) for word, _ in segmented))


@cache
def _unit_taking_verbs() -> frozenset[str]:
    """Verbs whose object is the units after them (督促指导|教育部门…, 会同|有关部门…): no heading ends on one."""
    return frozenset((*word_list("agent_verbs.tsv"), *word_list("object_verbs.tsv")))


def _opens_a_name(word: str, tag: str) -> bool:
    """A word that opens a unit's own name (各地方, 有关, 各村) or an organization's name (国务院)."""
    return word.startswith(word_list("unit_openers.tsv")) or tag == ORGANIZATION_TAG


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
