"""The units a letter or an opinion charges after 请, 建议 or 责成 (请你省继续…, 建议市交通局和区财政局
先就…): charged_units."""
from __future__ import annotations

from ..lexicon import word_list, word_pattern
from ..segment import tag_at
from .name_ends import PREDICATE_FOLLOWERS, continues, inside_brackets, past_note, suffix_end, word_tag_at
from .name_words import opens_a_clause
from .owners import NO_OWNERS, Owners
from .shared_heads import shared_head_subject
from .subjects import SUBJECT_WINDOW
from .unit_lists import split_units
from .unit_names import SENTENCE_MARK, is_unit, joins_one_name, tags

CHARGE_STOPS = frozenset({"c", "d", "ad", "a", "p"})  # tags of words no charged unit's name holds after its first


def charged_units(clause: str) -> Owners:
    """The units a letter or an opinion charges after 请, 建议 or 责成 (请你省继续…, 建议市交通局和区财政局
    先就…): the units right after the word, up to a predicate. The word must be one of its own (not
    申请, 请求), and the units names (not 建议|加快推进…)."""
    found = NO_OWNERS
    for match in word_pattern("charge_openers.tsv").finditer(clause):
        if tag_at(clause, match.start()) is None or tag_at(clause, match.end()) is None:
            continue  # 申请, 请求: the word is part of a longer one (at the clause's end nothing is charged)
        after = clause[match.end():]
        found = found.merged(_charged_after(after) or shared_head_subject(after, partners=True))
    return found


def _charged_after(head: str) -> Owners:
    head = SENTENCE_MARK.split(head[:SUBJECT_WINDOW], maxsplit=1)[0]
    addressee = next((a for a in word_list("addressees.tsv") if head.startswith(a)), None)
    if addressee is not None:
        return Owners((addressee,))
    words = tags(head)
    if not words or opens_a_clause(words):
        return NO_OWNERS  # 建议加快推进…: what is advised, not whom
    for match in suffix_end().finditer(head):
        end = past_note(head, match.end())
        rest = head[end:]
        if not rest or continues(rest) or rest[:1] == "的" or inside_brackets(head, end):
            continue
        if word_tag_at(words, end) not in PREDICATE_FOLLOWERS:
            continue  # not the end of a word, or no predicate after it
        units = split_units(head[:end])
        return Owners(tuple(units)) if units and all(_charged_unit(u) for u in units) else NO_OWNERS
    return NO_OWNERS


def _charged_unit(unit: str) -> bool:
    """A unit's name after 请/建议: no conjunction, adverb, adjective or preposition after its first
    word (but the conjunction inside one name: 区交通与建设局) and at most one verb (国家能源局派出机构;
    市政府研究具体意见并提交委员会 is what is asked)."""
    if not is_unit(unit):
        return False
    words = tags(unit)
    joined = next((k for k in range(1, len(words)) if joins_one_name(words, k)), 0)  # its domain words before
    following = [tag for _, tag in words[joined + 1:]]
    return not any(tag in CHARGE_STOPS for tag in following) and following.count("v") <= 1
