"""Where a unit's name ends in a clause, and what the words after it tell: a suffix ends it (suffix_end),
its bracketed note belongs to it (past_note); an ending inside an open bracket (inside_brackets), or one
that the name or the list goes on past (continues, name_goes_on), is no end; the tag of the word after
it (word_tag_at). The windows and the tags of following words that the readers of actors share."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..chars import HAN_CLASS
from ..lexicon import alternation, org_suffixes, word_list
from ..segment import first_word
from .prefilter import with_first_char_test
from .unit_names import LEVEL_CHARACTERS, tags

FIRST_UNIT_END = 16  # the first unit of a subject ends this near the clause's start
FOLLOWER_WINDOW = 6  # characters after a subject read to tell the word that follows it
PARTNER_WINDOW = 160  # 会同国家发展改革委、工业和信息化部、…等部门: lists of partners run long
CLAUSE_OPENER_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "a"})  # no unit's name opens on these
PREDICATE_FOLLOWERS = frozenset({"v", "vd", "d", "ad", "a", "p", "i", "nr"})  # jieba tags of what follows a subject
OFFICIAL_WORDS = ("负责同志", "负责人", "主要负责", "分管负责")  # after units: their officials, no actor
RELATIVE = re.compile(f"[{HAN_CLASS}]{{1,4}}的")  # 配置的, 负责建设的: a verb ending a modifier
CONTINUATION = re.compile(r"[、/]|以及|及|和|与|或者|或")  # a list of units goes on (或者 is a word of its own)
COMPOUND_TAGS = frozenset({"n", "vn", "nz"})  # a noun after a word jieba takes for a person: 社区|养老|服务设施
# 各区, 各镇, 各设区市: every unit of a level, a collective owner that no ending of org_suffixes.tsv ends; the level
# alone is matched, after every ending of the table, so that a longer ending starting there wins (各省份)
LEVEL_COLLECTIVE = f"(?<=各)[{LEVEL_CHARACTERS}]|(?<=各设区)市"
LEVEL_END = re.compile(f"各(?:设区的?)?[{LEVEL_CHARACTERS}]$")


@cache
def suffix_end() -> re.Pattern[str]:
    return re.compile(alternation((*org_suffixes(), *word_list("collective_owners.tsv"))))


@cache
def subject_end() -> re.Pattern[str]:
    """Where a subject opening a clause before its predicate may end: a unit's ending (suffix_end) or the level
    of a collective (各区|建立…, 管委会、各镇|遴选…). Only there: elsewhere a level is more
    often the region whose things or units follow (各区|民政部门, 各省(…)…方案、…情况,|要…). Searched in most
    clauses: the characters an ending can start with turn most positions away at once."""
    return with_first_char_test(f"{suffix_end().pattern}|{LEVEL_COLLECTIVE}")


def level_with_note(match: re.Match[str], head: str) -> bool:
    """各镇(街)|来穗人员…窗口, 各市(州)|中心城市: a collective of a level (各镇, 各市) with a note of its peers names
    the regions whose units or things follow, not a subject."""
    return head[match.end():match.end() + 1] in ("(", "（") and LEVEL_END.search(head, 0, match.end()) is not None


def past_note(head: str, end: int) -> int:
    """镇人民政府(街道办事处): the bracketed note after a unit belongs to it."""
    if head[end:end + 1] in ("(", "（"):
        close = next((i for i in range(end + 1, len(head)) if head[i] in ")）"), -1)
        return close + 1 if close > 0 else end
    return end


def inside_brackets(head: str, end: int) -> bool:
    """国务院有关部门(单位|): a unit's ending inside a bracket that is still open is no end."""
    return sum(head.count(c, 0, end) for c in "(（") > sum(head.count(c, 0, end) for c in ")）")


def continues(rest: str) -> bool:
    """The name or the list goes on: 市财政|部门, 区民政部门|、镇人民政府 (but not 区建管委|委托, nor
    …总公司|及时清算: a conjunction of one character that opens a longer word joins nothing)."""
    suffix = suffix_end().match(rest)
    joined = CONTINUATION.match(rest)
    if joined is not None and len(joined.group()) == 1 and joined.group() not in "、/":
        joined = joined if first_word(rest)[0] == joined.group() else None
    return joined is not None or suffix is not None and len(suffix.group()) > 1


def name_goes_on(tag: str, rest: str) -> bool:
    """居家社区|养老服务中心: jieba reads 养老 as a person's name, but a longer unit's ending follows
    within a few characters, or a noun right after it (区级社区|养老服务设施), so the name or the
    noun phrase goes on."""
    if tag != "nr":
        return False
    following = tags(rest)[1:2]
    return suffix_end().search(rest[:FOLLOWER_WINDOW]) is not None or (
        bool(following) and following[0][1] in COMPOUND_TAGS)


def word_tag_at(words: Sequence[tuple[str, str]], position: int) -> str | None:
    """The tag of the word starting at ``position``, "" at the end; None inside a word."""
    offset = 0
    for word, tag in words:
        if offset == position:
            return tag
        offset += len(word)
        if offset > position:
            return None
    return "" if offset == position else None
