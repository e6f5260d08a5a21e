"""The old level of a change (RECORDS.md section 5: a target is the level the plan commits to): the amount
after 由/从 that a change verb then moves to a new level (由3.6万元下降至2.5万元), or that a merging verb
brings down to fewer (由66户整合至12户), and the amounts of the base a plan builds on (在现有12个园区基础上).
The new level is the target; the old one is where things stand. Right after the old level the new one
may follow the verb with no 至/到 (从725元/月提升880元/月).
"""
from __future__ import annotations

import re
from functools import cache

from ...lexicon import alternation, word_list
from ..commitments import target_verbs
from ..quantities import find_quantities
from ..quantity import Quantity
from ..sentences import Span

FROM = "由从"  # 由3.6万元…, 从725元/月…: what the old level of a change follows
MERGED_FROM = FROM + "将把"  # 将16支基金…: what the things a merging verb brings down to fewer follow
BASE = "基础上"  # 在现有12个园区基础上: what closes the base a plan builds on
BASELINE_BEFORE = re.compile(f"[{FROM}][^,，;；。{FROM}]*$")
FROM_OPENING = re.compile(f"\\s*[{FROM}](?=[^,，;；。{FROM}]*\\d)")  # a clause opening on 由/从 and an amount
MERGED_BEFORE = re.compile(f"[{MERGED_FROM}][^,，;；。]*$")
BASE_BEFORE = re.compile("在[^,，;；。在]*$")  # 在现有12个园区、3个基地(合计15个)基础上: one phrase, no clause mark
BASE_AFTER = re.compile(f"[^,，;；。在]*?{BASE}")  # not 建成50个示范点并在此基础上推广


def is_baseline(text: str, clause: Span, quantity: Quantity) -> bool:
    """The amount after 由/从 that a change verb then moves to a new level (由X下降至Y, 从X增至Y), or
    after 由/从/将 that a merging verb brings down to fewer (由66户整合至12户, 将16支基金整合为2支), or
    inside the base a plan builds on (在现有12个园区、3个基地基础上,再新建5个: 5 is the target)."""
    head, rest = text[clause.start:quantity.start], text[quantity.end:clause.end]
    if BASELINE_BEFORE.search(head) and _new_level_after().match(rest) is not None:
        return True
    if BASE_BEFORE.search(head) and BASE_AFTER.match(rest) is not None:
        return True  # 在现有12个园区基础上: the base built on
    return MERGED_BEFORE.search(head) is not None and _merged_after().match(rest) is not None


def baseline_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`is_baseline` rules an amount out: 由 or 从 before an old level, the
    close of a base (基础上), or a merging verb (merge_verbs.tsv)."""
    return (*FROM, BASE, *word_list("merge_verbs.tsv"))


def opens_on_old_level(text: str, clause: Span, quantity: Quantity) -> bool:
    """,从1.3万亿元增长到13万亿元: the clause opens on the old level of a change (no subject before 由/从),
    and ``quantity`` is its new level: what changes is named by the clause before."""
    opening = FROM_OPENING.match(text, clause.start, quantity.start)
    change = _new_level_after().match(text, opening.end(), quantity.start) if opening else None
    if change is None:
        return False
    return any(is_baseline(text, clause, old.shifted(opening.end()))
               for old in find_quantities(text[opening.end():change.end()]))


@cache
def _merged_after() -> re.Pattern[str]:
    """…整合为, …合并至: a merging verb and the level it brings the things to, later in the clause."""
    return re.compile(f"[^,，;；。]*?(?:{alternation(word_list('merge_verbs.tsv'))})(?:为|至|到|成)")


@cache
def _new_level_after() -> re.Pattern[str]:
    """…下降至, …增至, …提高到, …调整为: a change verb (or one moving a level, extract/data/baseline_moves.tsv)
    moving to a new level, later in the clause; or right after the old level with the new one right after it
    (从725元/月提升880元/月; not …、年均增长6.5%, the rate of a change)."""
    changes = alternation(tuple(v for v, verb in target_verbs()[1].items() if verb.change)
                          + word_list("baseline_moves.tsv"))
    return re.compile(f"[^,，;；。]*?(?:{changes})(?:至|到|为)|(?:{changes})(?=\\d)")
