"""What the words after a clause's opening units say about them when no duty word follows the units:
they open a case the clause closes with 的 (企业于…招用…的,按…给予补助; 某站按照…享受过…的不再给予
补贴), or they are described (受水区的三省在…方面任务较重), and in either case nobody is charged by them."""
from __future__ import annotations

from functools import cache

from ..lexicon import word_list, word_pattern
from ..segment import last_characters, tags

CASE_END = "的"
VERB_TAGS = frozenset({"v", "vd"})  # what a clause charging its subject holds after the subject
ADJECTIVE_TAGS = frozenset({"a", "ad"})  # 较重, 突出: a predicate describing, no duty


def about_a_case(word: str, rest: str, *, in_case: bool = False, inner: bool = False) -> bool:
    """Units that a word other than a duty word ends (于, 按照), in a clause of a case: ``in_case`` (the
    clause is part of its sentence's case, closed by 的 at its end or in a later clause, as its caller
    reads the sentence) or ``rest``, the clause's words after the word, closes one: at its end too unless
    ``inner`` (the caller tells a clause-final case from one whose next clause gives the units their duty:
    村民委员会发现…的,|应当报告). Not after a preposition whose object may be the case (对未按规定…的:
    the unit acts on it)."""
    if is_duty_word(word) or word in word_list("case_prepositions.tsv"):
        return False
    return in_case or closes_a_case(rest, inner=inner)


def closes_a_case(rest: str, *, inner: bool = False) -> bool:
    """``rest``, the words of a clause after its opening units and the word ending them, is a case: a 的
    ends the clause (unless ``inner``), or a word of case_openers.tsv or a duty word follows a 的 in it
    (…享受过…的不再给予补贴). The units are whom the case is about."""
    if rest.endswith(CASE_END):
        return not inner
    if CASE_END not in rest:
        return False  # no 的 in it (most clauses): nothing to segment
    words = [word for word, _ in tags(rest)]
    return any(word == CASE_END and following in _outcome_words() for word, following in zip(words, words[1:]))


@cache
def _outcome_words() -> frozenset[str]:
    """What a rule does in a case opens on these words right after the 的 closing it."""
    return frozenset((*word_list("case_openers.tsv"), *word_list("duty_modals.tsv")))


def describes(rest: str) -> bool:
    """``rest``, the words of a clause after its opening units and a preposition (在…方面筹资任务较重), holds
    no verb and ends on an adjective: the clause describes the units and charges them with nothing (not
    在…领导下, a clause whose predicate follows in the next one)."""
    if rest[-1:] not in last_characters(ADJECTIVE_TAGS):
        return False  # no adjective of the dictionary ends there, however ``rest`` is segmented (most clauses)
    words = tags(rest)
    return bool(words) and words[-1][1] in ADJECTIVE_TAGS and not any(tag in VERB_TAGS for _, tag in words)


def is_duty_word(word: str) -> bool:
    """要, 应当, 可: a word of duty_modals.tsv (not a preposition or a verb that may end a subject)."""
    return word_pattern("duty_modals.tsv").fullmatch(word) is not None
