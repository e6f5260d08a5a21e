"""The named unit an amount's clause opens on as its actor, with no duty word (市财政局共拨付…资金2.5亿元,
苏州实验室引进人才120人, 区城投集团完成投资12亿元): it did, or is to do, what the amount counts, and
owns the amount as the grammatical subject of its clause (RECORDS.md section 5). Not a class of units a
report counts or describes (重点高校招收…, 三级医院下沉…), nor a unit the amount counts or measures
(上市公司达到95家, 市属国有企业由40户整合至9户): the gold sets leave those without owners."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import read_table, word_list
from .actors import LEADING_TIME
from .bare_subjects import bare_subject
from .owners import NO_OWNERS, Owners
from .unit_names import LEVEL_CHARACTERS, SENTENCE_MARK, tags

ADVERB_TAGS = frozenset({"d", "ad"})  # 共, 已, 累计: between the subject and its verb
VERB_TAGS = frozenset({"v", "vd"})
PROPER_TAGS = frozenset({"ns", "nz"})  # a place (苏州, 厦门) or a brand opening a unit's name
DICTIONARY_TAG = "x"  # a unit the domain dictionary knows as one word (市财政局)
COLLECTIVE = "各"  # 各街道, 全市各街道: every unit of a class, a collective of organizations (RECORDS.md section 5)
AMOUNT_WINDOW = 40  # how far after its subject a clause's first amount is looked for
FIRST_DIGIT = re.compile(r"[0-9０-９]")


def acting_subject(clause: str) -> Owners:
    """The units of proper names opening ``clause`` before a verb of doing (bare_subject), none of them a
    class: 市财政局共拨付…, 苏州实验室引进…; not 上市公司达到…, 重点高校招收…, 市财政局预算执行率达到…."""
    clause = LEADING_TIME.sub("", SENTENCE_MARK.split(clause, maxsplit=1)[0])
    owners = bare_subject(clause)
    if not owners or not all(proper_name(unit) for unit in owners.owners):
        return NO_OWNERS
    last = owners.owners[-1]
    end = clause.find(last)
    if end < 0:
        return NO_OWNERS  # units the list splitter rebuilt (市、区民政部门): not read as written
    return owners if _acts(clause[end + len(last):]) else NO_OWNERS


def proper_name(unit: str) -> bool:
    """区水务局, 市财政局, 苏州实验室, 各街道: a unit whose name opens on a level of government written as
    its own word, a unit the domain dictionary knows, a place or a brand, or a collective (各…); not a class
    of units named by what they are (重点高校, 三级医院, 项目单位, 省级财政, 全国重点实验室), nor words that
    open on the verb of an amount or hold it (新建|全国示范社区, jieba reading 新建 as a place; 甲省|投入|财政:
    the province, then what it spends; target_verbs.tsv, sum_verbs.tsv)."""
    words = tags(unit)
    if words[0][0] in _amount_verbs() or any(tag in VERB_TAGS and word in _amount_verbs() for word, tag in words):
        return False
    first, tag = words[0]
    if tag in PROPER_TAGS or any(word.startswith(COLLECTIVE) for word, _ in words):
        return True
    return first[0] in LEVEL_CHARACTERS and (len(first) == 1 or tag == DICTIONARY_TAG)


@cache
def _amount_verbs() -> frozenset[str]:
    return frozenset((*(row["verb"] for row in read_table("target_verbs.tsv")), *word_list("sum_verbs.tsv")))


def _acts(rest: str) -> bool:
    """After the subject, past its adverbs (共, 已), a verb of doing (拨付, 引进, 完成), and before the first
    amount no verb that states a count or level (达, 增至, 由…整合至: measured_subject_verbs.tsv) of the
    subject or of a noun it opens (上市公司达到…家, 市财政局预算执行率达到…%)."""
    measured = word_list("measured_subject_verbs.tsv")
    words = tags(FIRST_DIGIT.split(rest[:AMOUNT_WINDOW], maxsplit=1)[0])
    if any(word.startswith(measured) for word, _ in words):
        return False
    return next((tag in VERB_TAGS for _, tag in words if tag not in ADVERB_TAGS), False)
