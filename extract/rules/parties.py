"""Amounts the buyer of a sale is bound to (RECORDS.md section 5: no output the government commits to): a clause
that opens with a party of a land or property sale and its duty, permission or time (竞得人须在合同签订后8个月内
开工建设, 某号宗地竞得人须…同步修建1所幼儿园, 竞得人在…前,住宅预售建筑面积不得高于…的25%) states a term of
the sale, and so do the clauses of its sentence that go on with it (…,并在开工建设后1年内竣工; …,装配率不低于50%).
A later clause stops it when it opens with an amount or a window, the next step with its doer unnamed (…提出申请,
10个工作日内将…载入出让合同), or with 由 and another doer (…,由区住建部门在5个工作日内…). A party that may apply
for something (受让人可申请延期6个月) is granted it. Parties: extract/data/sale_parties.tsv; what follows them:
duty_modals.tsv and party_verbs.tsv. The buyer's acts within the sale's windows bind him with no party named too
(合同签订后1个月内缴纳50%土地成交价款, 6个月内付清余款): sale_acts.tsv."""
from __future__ import annotations

import re
from functools import cache

from ..chars import strip_heading_marker
from ..lexicon import alternation, read_table, word_list, words_where
from .quantity import Quantity
from .sentences import Span, clauses

LOT_REACH = 60  # 某区XZ202103号、XZ202104号宗地竞得人须: the words naming whose lot before the party
OTHER_DOER = "由"  # …,由区住建部门在5个工作日内…: another doer named
AMOUNT_OPENING = re.compile("[0-9一二两三四五六七八九十半]")  # …,10个工作日内将…: a window opens the clause
WINDOW = "[0-9一二两三四五六七八九十半]个?(?:工作日|日|天|月|年)内"  # 10个工作日内, 1个月内, 一年内


def binds_a_party(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount is in a clause opening with a party and its duty, in a clause going on with one, or in a
    clause where the buyer acts within the sale's window with no party named."""
    if _buyers_act().search(text, clause.start, clause.end) is not None and _sale_object(clause.text(text)):
        return True  # 合同签订后1个月内缴纳50%土地成交价款, 6个月内付清余款: the buyer's act, no party named
    if _parties().search(text, sentence.start, clause.end) is None:
        return False  # most sentences: no party opens a clause
    on_party = False
    for part in clauses(text, sentence):
        if part.start > quantity.start:
            break
        words = strip_heading_marker(part.text(text))
        if words.startswith(OTHER_DOER) or AMOUNT_OPENING.match(words):
            on_party = False
        elif _party_opening().match(words):
            on_party = True
    return on_party


def sale_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`binds_a_party` rules an amount out: a party of the sale, or the
    buyer's act within the sale's window."""
    return (*word_list("sale_parties.tsv"), *words_where("sale_acts.tsv", "kind", "act"))


@cache
def _parties() -> re.Pattern[str]:
    return re.compile(alternation(word_list("sale_parties.tsv")))


@cache
def _buyers_act() -> re.Pattern[str]:
    """A window closed by 内 and the buyer's act right after it (sale_acts.tsv, kind act)."""
    return re.compile(f"{WINDOW}(?:{alternation(words_where('sale_acts.tsv', 'kind', 'act'))})")


def _sale_object(words: str) -> bool:
    """Whether the clause names the sale's price or contract (sale_acts.tsv, kind object)."""
    return any(word in words for word in words_where("sale_acts.tsv", "kind", "object"))


@cache
def _party_opening() -> re.Pattern[str]:
    """A party of a sale (sale_parties.tsv) after the few words naming its lot, a note in brackets,
    then a duty or permission word (duty_modals.tsv) or a word of party_verbs.tsv (不得; 在 and a time closed
    by 前, 后 or 时 in the clause). Not a permission to apply (受让人可申请延期6个月缴纳价款; applying_words.tsv,
    where after): what is applied for is granted, a delay or a sum the administration gives."""
    verbs = [alternation((row["word"],)) + (f"[^,，;；。:：]*?(?:{alternation(tuple(row['closed_by'].split('|')))})"
                                                  if row["closed_by"] else "")
             for row in read_table("party_verbs.tsv")]
    applying = alternation(words_where("applying_words.tsv", "where", "after"))
    return re.compile(f"[^,，;；。:：]{{0,{LOT_REACH}}}?(?:{_parties().pattern})"
                      f"(?:[(（][^()（）]*[)）])?(?:(?:{alternation(word_list('duty_modals.tsv'))})(?!{applying})"
                      f"|{'|'.join(verbs)})")
