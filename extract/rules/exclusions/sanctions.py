"""The terms of a regulation that commit the government to no output (RECORDS.md section 5): the fine it
imposes on whom breaks it (处违法所得1倍以上3倍以下的罚款, 罚款2000元) and the share of a body's members
that must sit on it or agree (评审组中专家不少于总人数的一半, 经委员会三分之二以上委员同意), and the people it
names to convene it or keep in touch (设召集人1人, 明确1名联系人): a sanction and a rule of procedure, not an
amount of work. Words in extract/data/sanction_words.tsv, member_words.tsv and liaison_roles.tsv."""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, pattern_where, words_where
from ..commitments import target_verbs
from ..quantity import Quantity
from ..sentences import Span

# between a fine's amount and its noun: the bracket's other bound, its unit and 的 (1倍以上3倍以下的罚款)
BRACKET_RUN = "[0-9.,，零一二三四五六七八九十百千万亿两元倍以上下至到~～—-]*?的?"
TIME = "time"
SHARE = "percent"  # the kind of a share (units.tsv): 75%, 四分之三, 八成
HEADCOUNT_UNITS = ("名", "人", "位")
ROLE_PREFIX = 4  # 副召集人, 工作联络人: the words of a role before its noun


@cache
def _fine_after() -> re.Pattern[str]:
    return re.compile(f"{BRACKET_RUN}(?:{pattern_where('sanction_words.tsv', 'role', 'fine').pattern})")


def fine(text: str, clause: Span, quantity: Quantity) -> bool:
    """The amount of a sanction: its noun right before the amount (罚款5000元) or after it, with only the
    bracket's bounds between (处2000元以上2万元以下的罚款); or the time an order gives the offender
    (责令其在15日内拆除)."""
    before = text[clause.start:quantity.start]
    return pattern_where("sanction_words.tsv", "role", "fine").search(before[-3:]) is not None or \
        _fine_after().match(text, quantity.end, clause.end) is not None or \
        (quantity.kind == TIME and pattern_where("sanction_words.tsv", "role", "order").search(before) is not None)


def members_share(text: str, clause: Span, quantity: Quantity) -> bool:
    """A share whose clause names a deciding body and the members counted in it (须经三分之二以上委员表决通过
    in a clause on the 评议委员会), no verb of a level reached: how the body sits or decides; not
    委员会成员中妇女比例达到30% (a level the plan raises)."""
    if quantity.kind != SHARE:
        return False
    words = clause.text(text)
    if target_verbs()[0].search(words):
        return False
    return any(w in words for w in words_where("member_words.tsv", "role", "body")) and \
        any(w in words for w in words_where("member_words.tsv", "role", "member"))


def names_a_role(text: str, clause: Span, quantity: Quantity) -> bool:
    """A headcount a naming verb gives a liaison role (extract/data/liaison_roles.tsv): the role before it
    (设副召集人2人, 联络员(指定1名)) or after it (明确1名联系人): who convenes a body or keeps in touch for it."""
    if quantity.unit not in HEADCOUNT_UNITS:
        return False
    head = text[clause.start:quantity.start]
    if _role_named().search(head) is not None:
        return True
    return _naming_verb_end().search(head) is not None and _role_after().match(text, quantity.end, clause.end) is not None


@cache
def _role_named() -> re.Pattern[str]:
    verbs, roles = (alternation(words_where("liaison_roles.tsv", "kind", k)) for k in ("verb", "role"))
    return re.compile(f"(?:(?:{verbs})[{HAN_CLASS}]{{0,{ROLE_PREFIX}}}?(?:{roles})|(?:{roles})[(（](?:{verbs}))$")


@cache
def _naming_verb_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(words_where('liaison_roles.tsv', 'kind', 'verb'))})$")


@cache
def _role_after() -> re.Pattern[str]:
    return re.compile(f"[{HAN_CLASS}]{{0,{ROLE_PREFIX}}}?(?:{alternation(words_where('liaison_roles.tsv', 'kind', 'role'))})")
