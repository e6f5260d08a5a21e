"""Which amounts in a sentence are targets, and what each one measures.

A quantity becomes a target when a commitment verb governs it in its clause
(or in the clause it continues, as in a list), and none of the exclusions of
RECORDS.md section 5 applies: dates, numbers in names or quotes, ordinals,
building numbers, counts of the plan's own categories, background figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import Column, alternation, read_table, word_list
from .deadlines import TimeMention
from .quantities import Quantity, find_quantities
from ..segment import tokens
from .sentences import Span, clauses

STATUSES = frozenset({"achieved", "planned"})
SCOPES = frozenset({"clause", "sentence"})
DIRECTIONS = frozenset({"increase", "decrease", ""})
POSITIONS = frozenset({"before", "after"})
COMPARATORS = frozenset({">=", "<=", "~", "="})
HAN = re.compile("[\u4e00-\u9fff]")
STOPS = re.compile(r"[、,，;；。:：!?！？]")
LEVEL_AFTER_VERB = re.compile(r"^(至|到)")
RATE_WORDS = re.compile("率|比例|比重|覆盖|满意度|占比|水平")
QUOTE_WINDOW = 14
MAX_INDICATOR = 30


@dataclass(frozen=True, slots=True)
class Verb:
    text: str
    change: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A target read from one sentence, before its deadline and owners are settled."""

    quantity: Quantity
    clause: Span
    indicator: str
    action: str | None
    comparator: str
    change: str | None
    baseline_year: int | None
    status: str | None  # None: the sentence does not say; the section decides


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, Verb]]:
    rows = read_table("target_verbs.tsv", (Column("verb"), Column("change", required=False, choices=DIRECTIONS)))
    verbs = {r["verb"]: Verb(r["verb"], r["change"]) for r in rows}
    return re.compile(alternation(tuple(verbs))), verbs


@cache
def _comparators() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    rows = read_table("comparators.tsv", (Column("word"), Column("position", choices=POSITIONS),
                                          Column("comparator", choices=COMPARATORS)))
    before = tuple(r["word"] for r in rows if r["position"] == "before")
    after = tuple(r["word"] for r in rows if r["position"] == "after")
    mapping = {r["word"]: r["comparator"] for r in rows}
    return re.compile(f"({alternation(before)})$"), re.compile(f"^({alternation(after)})"), mapping


@cache
def _status_markers() -> tuple[tuple[str, str, str], ...]:
    rows = read_table("status_markers.tsv", (Column("word"), Column("status", choices=STATUSES),
                                             Column("scope", choices=SCOPES)))
    return tuple((r["word"], r["status"], r["scope"]) for r in rows)


@cache
def _word_pattern(table: str) -> re.Pattern[str]:
    return re.compile(alternation(word_list(table)))


def drafts_in_sentence(text: str, sentence: Span, times: list[TimeMention]) -> list[Draft]:
    """Targets of one sentence; ``times`` are the time expressions found in it (absolute offsets)."""
    found: list[Draft] = []
    last_action: str | None = None
    for clause in clauses(text, sentence):
        clause_text = clause.text(text)
        region_start = clause.start
        for quantity in find_quantities(clause_text):
            quantity = _shift(quantity, clause.start)
            if _excluded(text, clause, quantity, times):
                continue
            verb = _first_verb(text, region_start, quantity.start)
            region_start = quantity.end
            draft = _draft(text, sentence, clause, quantity, verb, last_action, times)
            if draft is not None:
                found.append(draft)
                last_action = draft.action or last_action
    return found


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(quantity.start + offset, quantity.end + offset, quantity.value, quantity.value_max,
                    quantity.unit, quantity.kind, quantity.approximate, quantity.chinese)


def _excluded(text: str, clause: Span, quantity: Quantity, times: list[TimeMention]) -> bool:
    before = text[max(clause.start, quantity.start - 2):quantity.start]
    after = text[quantity.end:quantity.end + 6]
    if any(t.start < quantity.end and quantity.start < t.end for t in times):
        return True  # part of a date
    if before.endswith("第") or re.search(r"[A-Za-z]$", before) or before.endswith(("〔", "[")):
        return True  # ordinal, code (C919), document number
    if quantity.chinese and quantity.value < 2 and quantity.kind != "time":
        return True  # 一批, 一个: not an amount
    if quantity.unit in ("幢", "栋") and (quantity.value_max is not None or before[-1:] == "-"):
        return True  # building numbers 1-84幢, 109-2幢
    if quantity.unit == "期" and quantity.chinese:
        return True  # 二期: a phase of a project's name
    if quantity.kind == "count" and _word_pattern("category_nouns.tsv").match(after):
        return True  # 4个方面, 7个场景: the plan's own categories
    return _quoted(text, clause, quantity)


def _quoted(text: str, clause: Span, quantity: Quantity) -> bool:
    """Inside a short quotation or a title: “333”行动, “15分钟社区生活圈”, 《…》."""
    left = text[max(clause.start, quantity.start - QUOTE_WINDOW):quantity.start]
    right = text[quantity.end:min(clause.end, quantity.end + QUOTE_WINDOW)]
    for opener, closer in (("“", "”"), ("《", "》"), ("\"", "\"")):
        if opener in left and closer not in left[left.rfind(opener):] and closer in right:
            return True
    return False


def _draft(text: str, sentence: Span, clause: Span, quantity: Quantity, verb_match: _VerbAt | None,
           inherited: str | None, times: list[TimeMention]) -> Draft | None:
    head = text[clause.start:quantity.start]
    clause_text = clause.text(text)
    comparator = _comparator(text, clause, quantity, verb_match)
    action = verb_match.word if verb_match else None
    if action is None and _background(head):
        return None
    if action is None and inherited is None:
        if not (quantity.kind == "percent" and RATE_WORDS.search(clause_text)) and comparator == "=":
            return None
    if quantity.kind == "time" and comparator != "<=" and not (action and _verbs()[1][action].change == "decrease"):
        return None  # a duration is a target only as a limit (压减至5个工作日以内)
    change, baseline = _change(text, clause, quantity, verb_match, times)
    return Draft(
        quantity=quantity,
        clause=clause,
        indicator=indicator(text, clause, quantity, verb_match),
        action=action or inherited,
        comparator=comparator,
        change=change,
        baseline_year=baseline,
        status=_status(text, sentence, clause),
    )


@dataclass(frozen=True, slots=True)
class _VerbAt:
    """A commitment verb found at [start, end) of the text."""

    start: int
    end: int
    word: str


def _first_verb(text: str, start: int, end: int) -> _VerbAt | None:
    """The first commitment verb in text[start:end] that is a word of its own (建成区 is no 建成)."""
    region = text[start:end]
    matches = list(_verbs()[0].finditer(region))
    if not matches:
        return None
    boundaries = {start}
    for token in tokens(region, offset=start):
        boundaries.update((token.start, token.end))
    for match in matches:
        if match.start() + start in boundaries and match.end() + start in boundaries:
            return _VerbAt(match.start() + start, match.end() + start, match.group())
    return None


def _background(head: str) -> bool:
    return bool(_word_pattern("background_markers.tsv").search(head))


def _comparator(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None) -> str:
    if quantity.value_max is not None:
        return "range"
    before_pattern, after_pattern, mapping = _comparators()
    after = text[quantity.end:clause.end]
    match = after_pattern.match(after)
    if match:
        return mapping[match.group()]
    before = text[max(clause.start, quantity.start - 6):quantity.start]
    match = before_pattern.search(before)
    if match:
        return mapping[match.group()]
    return ">=" if quantity.approximate else "="


def _change(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None,
            times: list[TimeMention]) -> tuple[str | None, int | None]:
    baseline = next((t for t in times if t.role == "baseline" and clause.start <= t.start < quantity.start), None)
    direction = _verbs()[1][verb.word].change if verb else ""
    if direction and LEVEL_AFTER_VERB.match(text[verb.end:quantity.start]):
        direction = ""  # 提高到95%: a level, not a change
    baseline_year = baseline.deadline.year if baseline and baseline.deadline else None
    return (direction or None), baseline_year


def indicator(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None) -> str:
    """What the amount measures, as short as the text allows."""
    object_before = _clean(text[verb.end if verb else clause.start:quantity.start])
    after = _after_unit(text, clause, quantity)
    subject = _clean(text[clause.start:verb.start]) if verb else ""
    if quantity.kind in ("percent", "points"):
        candidates = (subject, object_before, after)
    elif after and (quantity.unit or "") and not text[quantity.end:quantity.end + 1] in "以左余多":
        candidates = (after, object_before, subject)
    else:
        candidates = (object_before, after, subject)
    chosen = next((c for c in candidates if len(HAN.findall(c)) >= 2), "")
    return chosen[-MAX_INDICATOR:]


def _after_unit(text: str, clause: Span, quantity: Quantity) -> str:
    rest = text[quantity.end:clause.end]
    rest = _comparators()[1].sub("", rest)
    stop = STOPS.search(rest)
    return _clean(rest[: stop.start()] if stop else rest)


def _clean(fragment: str) -> str:
    """Drop time words, comparators, stop marks and filler at both ends of an indicator."""
    fragment = STOPS.split(fragment)[-1] if STOPS.search(fragment) else fragment
    fragment = re.sub(r"^(到|至|在|于|从)?(\d{4}年|今年|年底前|年内|全年|每[年月日周天]|每季度)", "", fragment)
    fragment = re.sub(r"^(我区|全区|本区|我市|全市|我省|全省|全县|我县|共|累计|共计|新增|其中|再|均|为|的)+", "", fragment)
    fragment = _comparators()[0].sub("", fragment)
    return fragment.strip(" 的了和及与")


def _status(text: str, sentence: Span, clause: Span) -> str | None:
    clause_text, sentence_text = clause.text(text), sentence.text(text)
    for scope_text, scope in ((clause_text, "clause"), (sentence_text, "sentence")):
        planned = any(w in scope_text for w, s, sc in _status_markers() if s == "planned" and sc == scope)
        achieved = any(w in scope_text for w, s, sc in _status_markers() if s == "achieved" and sc == scope)
        if planned != achieved:
            return "planned" if planned else "achieved"
    return None
