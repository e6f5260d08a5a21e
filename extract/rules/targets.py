"""Which amounts in a sentence are targets, and what each one measures.

A quantity becomes a target when a commitment verb governs it in its clause
(or in the clause it continues, as in a list), and none of the exclusions of
RECORDS.md section 5 applies: dates, numbers in names or quotes, ordinals,
building numbers, counts of the plan's own categories, background figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..chars import HAN, HAN_CLASS
from ..lexicon import alternation, read_table, word_list
from ..segment import bounds_around, tokens, verbs
from .deadlines import TimeMention
from .durations import duration_comparator, limit_label
from .comparators import ahead_comparator, comparator_patterns, list_comparator
from .indicators import indicator
from .notices import no_commitment
from .owners import is_unit
from .quantities import Quantity, counted_by_noun, find_quantities, may_hold_quantities
from .rates import frequency, times_per_period, unit_of
from .sentences import Span, clauses
from .status import is_status_word, status_at

LEVEL_AFTER_VERB = re.compile(r"^(至|到|为)")
ENTITY_BEFORE = re.compile(r"[、,，(（:：]?([^、,，(（:：]{2,16})$")
OBJECT_GAP = re.compile(f"[{HAN_CLASS}]{{1,8}}")  # a verb's object up to a word: no marks, a few characters
BASELINE_BEFORE = re.compile("[由从][^,，;；。由从]*$")
NOT_A_NAME = re.compile("[“”\"《》()（）]")
QUOTE_WINDOW = 14
QUOTED_LIST = "、"  # a quotation listing amounts states standards, it names nothing
RANKED_UNITS = ("名", "位", "款", "条", "项")  # after 前: a rank or the paragraphs cited (前四款)
COMPARATOR_WINDOW = 6  # how far before an amount a comparator word is looked for (不低于, 控制在)
COMMITMENT_COMPARATORS = frozenset({">=", "<="})
MARK_OPEN, MARK_CLOSE = "〖", "〗"
# after a scope amount: 以上/以下 (in brackets or not), 的, or a second bound (30万元至100万元的), then a noun
SCOPE_AFTER = re.compile("(?P<bound>及?以[上下内]|[至到~～—-][0-9.]+[万亿]?元?)?"
                         f"(?P<bracket>[)）])?(?P<of>的)?(?=[{HAN_CLASS}])")
SCOPE_BEFORE = re.compile("[0-9.]+[万亿]?元?[至到~～—-]$")  # the upper bound of 30万元至100万元的工程
CONJUNCTION_CHARACTERS = "并且及和与或、"
REVENUE = "收入"
APPOSITION_VERB = 6
# between 分别达 and a later amount of its list: the earlier amounts and list marks only
LIST_BETWEEN = re.compile(r"(?:[0-9.]+[万亿]?[^、,，;；。和及与0-9]{0,4}(?:左右|以上)?[、和及与])*")  # how close after the count a verb makes the listed things the target
LIST_TAIL = re.compile(f"[、和]([^、,，;；。和]{{1,12}})$")


@dataclass(frozen=True, slots=True)
class Verb:
    text: str
    change: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A target read from one sentence, before its deadline and owners are settled."""

    quantity: Quantity
    clause: Span
    unit: str | None
    recurring: bool
    indicator: str
    action: str | None
    comparator: str
    change: str | None
    baseline_year: int | None
    status: str | None  # None: the sentence does not say; the paragraph or section decides
    entity: str | None  # 盐龙街道8座: the unit a list item assigns the amount to
    verdict: str = "strong"  # what the rules make of it: strong, weak (a guess), none (not a target)
    context: str = ""  # the words around it, the amount marked, for a trained judge


@dataclass(frozen=True, slots=True)
class _VerbAt:
    start: int
    end: int
    word: str


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, Verb]]:
    rows = read_table("target_verbs.tsv")
    verbs = {r["verb"]: Verb(r["verb"], r["change"]) for r in rows}
    return re.compile(alternation(tuple(verbs))), verbs


@cache
def _scoring_rule() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('scoring_words.tsv'))}) ?\\d+(?:\\.\\d+)? ?分")


@cache
def _word_pattern(table: str) -> re.Pattern[str]:
    return re.compile(alternation(word_list(table)))


def drafts_in_sentence(text: str, sentence: Span, times: list[TimeMention], reference: date | None, *,
                       lenient: bool = False) -> list[Draft]:
    """Targets of one sentence by the rules alone."""
    return [d for d in candidates_in_sentence(text, sentence, times, reference, lenient=lenient) if d.verdict != "none"]


def candidates_in_sentence(text: str, sentence: Span, times: list[TimeMention], reference: date | None, *,
                           lenient: bool = False) -> list[Draft]:
    """Every amount of a sentence that no exclusion rules out, with the rules' verdict on it.

    ``times`` are the time expressions found in it (absolute offsets). ``lenient``: in a
    table's year or target column every amount is meant as a target, verb or not.
    """
    found: list[Draft] = []
    if not may_hold_quantities(text, sentence.start, sentence.end):
        return found  # quantities are found clause by clause, once
    last_action: str | None = None
    previous: Span | None = None
    last_indicator: str | None = None
    for clause in clauses(text, sentence):
        if not may_hold_quantities(text, clause.start, clause.end):
            previous = clause  # no numeral, no amount: the clause is only what the next one continues
            continue
        region_start = clause.start
        for quantity in (_shift(q, clause.start) for q in find_quantities(clause.text(text))):
            if _excluded(text, sentence, clause, quantity, times):
                continue
            last = quantity.kind in ("percent", "points")  # 道路机扫率达到93%: the verb nearest the rate
            verb = (_verb_in(text, region_start, quantity.start, last=last)
                    or _verb_in(text, quantity.end, clause.end) or _any_verb(text, clause, quantity))
            region_start = quantity.end
            draft = _draft(text, sentence, clause, (previous, last_indicator), quantity, verb,
                           last_action or ("" if lenient else None), times, reference)
            if draft is None:
                continue
            found.append(draft)
            if draft.verdict != "none":
                last_action = draft.action or last_action
                last_indicator = draft.indicator
        previous = clause
    return found


def _shift(quantity: Quantity, offset: int) -> Quantity:
    return Quantity(quantity.start + offset, quantity.end + offset, quantity.value, quantity.value_max,
                    quantity.unit, quantity.kind, quantity.approximate, quantity.chinese)


def _excluded(text: str, sentence: Span, clause: Span, quantity: Quantity, times: list[TimeMention]) -> bool:
    before = text[max(clause.start, quantity.start - 2):quantity.start]
    after = text[quantity.end:clause.end]
    if any(t.start < quantity.end and quantity.start < t.end for t in times):
        return True  # part of a date
    if _is_baseline(text, clause, quantity):
        return True  # 由3.6万元下降至2.5万元: the old level, not the target
    if before.endswith(("第", "届")) or re.search(r"[A-Za-z]$", before) or before.endswith(("〔", "[")):
        return True  # ordinal, code (C919), document number
    if before.endswith("前") and quantity.unit in RANKED_UNITS:
        return True  # 列全市前5名: a rank; 前四款: the paragraphs of the article cited
    if no_commitment(text, sentence, clause, quantity):
        return True  # a notice's forms, reward bases, applicants' duties and definitions (notices.py)
    if after.startswith("级"):
        return True  # 500万吨级煤制油项目, 百亿级产业: a class in a name
    if _scoring_rule().search(clause.text(text)):
        return True  # 发现1处扣3分: how an assessment scores, not a target
    if quantity.chinese and quantity.value < 2 and quantity.kind not in ("time", "rate") and (
            after.startswith("性") or not times_per_period(text, clause, quantity)):
        return True  # 一批, 一个: not an amount; but 每季度开展一次调度 is once a quarter
    if quantity.unit in ("幢", "栋") and (quantity.value_max is not None or before[-1:] == "-"
                                          or not _verbs()[0].search(before)):
        return True  # building numbers 1-84幢, 109-2幢, 花苑1幢: unless a verb builds them (新建12幢)
    if quantity.unit == "期" and quantity.chinese:
        return True  # 二期: a phase of a project's name
    if quantity.kind == "count" and _counts_categories(after, chinese=quantity.chinese):
        return True  # 4个方面, 7个场景, 128项测评指标: the plan's own categories
    if before.endswith("每"):
        return True  # 每千人: the denominator of a rate
    if (quantity.chinese and quantity.unit == "次" and HAN.match(after)
            and (after.startswith("性") or not times_per_period(text, clause, quantity))):
        return True  # 二次开发, 一次性: a word, not an amount
    if _background(text, clause, quantity):
        return True  # 占地500亩, 高于全国0.8个百分点: background, not a commitment
    if quantity.kind == "count" and _word_pattern("participant_words.tsv").search(after[:24]):
        return True  # 23个部门参加的…机构: members of a body
    if _scope(text, clause, quantity, after):
        return True  # 总投资在100万元以下的项目, 30人以上企业: which things a rule covers
    if quantity.unit == "元" and _budget(_local_head(text, clause, quantity)):
        return True  # 每年安排最高100万元经费: a budget allocation
    if _budget_follow_on(text, sentence, clause, quantity):
        return True  # 安排…支出800亿元，比上年增加300亿元，增长7.5%: how the allocation grows
    if quantity.kind == "count" and _apposition(text, clause, quantity):
        return True  # 安阳、商丘、信阳四个城市: how many things the list names
    return _quoted(text, clause, quantity) and not frequency().search(text[quantity.start - 3:quantity.end])


def _scope(text: str, clause: Span, quantity: Quantity, after: str) -> bool:
    """An amount bounding which things a rule covers: 以上的/以下的/至…的 (or a range) then a noun
    that is not a level to reach (资金, 增长)."""
    needs = _scope_units().get(quantity.unit or "")
    if needs is None or counted_by_noun(text, quantity) or (needs == "rate" and not _rate_nouns().search(text[clause.start:quantity.start])):
        return False
    match = SCOPE_AFTER.match(after)
    upper = SCOPE_BEFORE.search(text[clause.start:quantity.start]) is not None
    if match is None or not (match.group("bound") or match.group("of") or quantity.value_max is not None or upper):
        return False
    if not (match.group("bound") or upper or quantity.value_max is not None) and _word_pattern(
            "grant_verbs.tsv").search(text[clause.start:quantity.start]) and not comparator_patterns()[0].search(
            text[max(clause.start, quantity.start - COMPARATOR_WINDOW):quantity.start]):
        return False  # 给予8万元的安家奖励: the sum given; not 给予年收入低于3万元的家庭补助 (who is covered)
    if not (match.group("of") or match.group("bracket")) and _starts_a_predicate(after[match.end():]) and (
            _verb_in(text, clause.start, quantity.start) is not None):
        return False  # 累计完成达3万元以上并…: the amount ends its phrase; what follows is another verb
    return not _word_pattern("scope_heads.tsv").match(after, match.end())


def _starts_a_predicate(rest: str) -> bool:
    first = next(verbs(rest[:6]), None)
    return rest[:1] in CONJUNCTION_CHARACTERS or (first is not None and first.start == 0)


@cache
def _rate_nouns() -> re.Pattern[str]:
    """The rate words that name a rate (比例, 率), not the verb taking the share as its object (覆盖)."""
    return re.compile(alternation(tuple(r["word"] for r in read_table("rate_words.tsv") if not r["verb"])))


@cache
def _scope_units() -> dict[str, str]:
    return {r["unit"]: r["needs"] for r in read_table("scope_units.tsv")}


def _budget(head: str) -> bool:
    """安排…, 预算资金…, 预算支出… before a sum (RECORDS.md section 5: 预算…万元); not 预算收入 (revenue raised)."""
    return any(not head.startswith(REVENUE, m.end()) for m in _word_pattern("budget_words.tsv").finditer(head))


def _budget_follow_on(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A clause that only says how the allocation before it changes (比上年增加300亿元, 增长7.5%): the
    allocation's own figures, no target (RECORDS.md section 5 excludes budget allocations)."""
    if not _follow_on().fullmatch(text, clause.start, quantity.start):
        return False
    for earlier in reversed([c for c in clauses(text, sentence) if c.end <= clause.start]):
        amounts = [q for q in find_quantities(earlier.text(text)) if q.unit == "元"]
        if not amounts:
            return False
        first = _shift(amounts[0], earlier.start)
        if not _follow_on().fullmatch(text, earlier.start, first.start):
            return _budget(_local_head(text, earlier, first))
    return False


@cache
def _follow_on() -> re.Pattern[str]:
    """The words opening a clause that changes the amount before it: (比上年)增加, 增长."""
    changes = alternation(tuple(v for v, verb in _verbs()[1].items() if verb.change))
    return re.compile(f"(?:(?:{alternation(word_list('change_markers.tsv'))})(?:去年|上年|上一年)?)?(?:{changes})了?")


def _apposition(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count in Chinese numerals right after a list it sums up (A、B、C三家, 4万亿、5万亿两个台阶)."""
    if not quantity.chinese:
        return False
    tail = LIST_TAIL.search(text[clause.start:quantity.start])
    if tail is None or _verb_in(text, quantity.start - len(tail.group(1)), quantity.start) is not None:
        return False
    # 朱场、打朝两个贫困村出列: the listed things, done, are the target; 家 counts the units just named
    return quantity.unit == "家" or _verb_in(text, quantity.end, min(clause.end, quantity.end + APPOSITION_VERB)) is None


def _is_baseline(text: str, clause: Span, quantity: Quantity) -> bool:
    """The amount after 由/从 that a change verb then moves to a new level (由X下降至Y, 从X增至Y)."""
    if not BASELINE_BEFORE.search(text[clause.start:quantity.start]):
        return False
    return _new_level_after().match(text[quantity.end:clause.end]) is not None


@cache
def _new_level_after() -> re.Pattern[str]:
    """…下降至, …增至, …提高到: a change verb moving to a new level, later in the clause."""
    changes = alternation(tuple(v for v, verb in _verbs()[1].items() if verb.change))
    return re.compile(f"[^,，;；。]*?(?:{changes})(?:至|到|为)")


def _counts_categories(after: str, *, chinese: bool) -> bool:
    """The noun phrase after the amount names one of the plan's own categories."""
    noun = re.split(r"[、,，;；。:：和及与进“”\"]", after, maxsplit=1)[0]
    pattern = _category_nouns(chinese)
    return bool(pattern.match(after) or re.search(f"({pattern.pattern})$", noun))


@cache
def _category_nouns(chinese: bool) -> re.Pattern[str]:
    rows = read_table("category_nouns.tsv")
    return re.compile(alternation(tuple(r["word"] for r in rows if chinese or r["numerals"] == "any")))


def _background(text: str, clause: Span, quantity: Quantity) -> bool:
    """A background word before the amount (现有常住人口38万人) and no commitment verb around it
    (户籍人口城镇化率达到68%, 新建厂房总面积3.2万平米 are targets)."""
    head = _local_head(text, clause, quantity)
    markers = list(_word_pattern("background_markers.tsv").finditer(head))
    if not markers:
        return False
    head_start = quantity.start - len(head)
    marker_start, marker_end = head_start + markers[-1].start(), head_start + markers[-1].end()
    verb = _verb_in(text, head_start, marker_start, last=True)  # 新建厂房总面积: the marker is its object
    if _verb_in(text, marker_end, quantity.start) is not None and not (
            quantity.unit == "人" and verb is None and any(m.group() in _population_markers() for m in markers)):
        return False  # 户籍人口城镇化率达到68%; but 常住人口由…增加到732万人 is the population itself
    return verb is None or not OBJECT_GAP.fullmatch(text[verb.end:marker_start])


@cache
def _population_markers() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("background_markers.tsv") if r["population"])


def _local_head(text: str, clause: Span, quantity: Quantity) -> str:
    """The words between the amount and the nearest list mark or clause start before it."""
    head = text[clause.start:quantity.start]
    return re.split("[、]", head)[-1]


def _quoted(text: str, clause: Span, quantity: Quantity) -> bool:
    """Inside a short quotation or any title: “333”行动, “15分钟社区生活圈”, 《关于…的12条措施》; not a
    quoted list of standards (按照“城区5-10分钟、郊区15-20分钟”的原则布局)."""
    for opener, closer, window in (("“", "”", QUOTE_WINDOW), ("\"", "\"", QUOTE_WINDOW), ("《", "》", None)):
        left = text[clause.start if window is None else max(clause.start, quantity.start - window):quantity.start]
        right = text[quantity.end:clause.end if window is None else min(clause.end, quantity.end + window)]
        if opener in left and closer not in left[left.rfind(opener) + 1:] and closer in right:
            quoted = left[left.rfind(opener) + 1:] + right[:right.find(closer)]
            # “城区5-10分钟、郊区15-20分钟”: standards in figures; “四个中心、六个基地” is a slogan
            return window is None or quantity.chinese or QUOTED_LIST not in quoted
    return False


def _draft(text: str, sentence: Span, clause: Span, previous: tuple[Span | None, str | None], quantity: Quantity,
           verb: _VerbAt | None, inherited: str | None, times: list[TimeMention],
           reference: date | None) -> Draft | None:
    comparator = _comparator(text, clause, quantity)
    action = verb.word if verb else None
    if quantity.kind == "time":
        limit = duration_comparator(text, clause, quantity, comparator, decreasing=bool(
            verb and verb.end <= quantity.start and _change_of(verb.word) == "decrease"))
        if limit is None:
            return None  # a duration is a target only as a limit (压减至5个工作日以内)
        comparator = limit
    verdict = _verdict(text, clause, quantity, verb, inherited, comparator)
    unit, recurring = unit_of(text, clause, quantity)
    span = (verb.start, verb.end) if verb and verb.end <= quantity.start else None
    change, baseline = _change(text, clause, quantity, verb, times)
    label = indicator(text, clause, quantity, span, previous=previous[1], previous_clause=previous[0]) or (action or "")
    return Draft(
        quantity=quantity,
        clause=clause,
        unit=unit,
        recurring=recurring,
        indicator=limit_label(label, action) if quantity.kind == "time" else label,
        action=action or inherited or None,
        comparator=comparator,
        change=change,
        baseline_year=baseline,
        status=status_at(text, sentence, clause, quantity.start, times, reference),
        entity=_entity(text, clause, quantity, verb),
        verdict=verdict,
        context=_context(text, clause, previous[0], quantity),
    )


def _verdict(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None, inherited: str | None,
             comparator: str) -> str:
    """strong: a listed commitment verb before the amount, a bound (不少于), or a table cell;
    weak: another verb, a list's verb, a rate on its own; none: nothing makes it a target."""
    if quantity.kind == "time":
        return "strong"  # a duration that is a limit (durations.py): the rest are no targets
    if inherited == "" or comparator in COMMITMENT_COMPARATORS or (
            verb is not None and verb.end <= quantity.start and is_target_verb(verb.word)):
        return "strong"
    if verb is None and _word_pattern("background_markers.tsv").search(text[clause.start:quantity.start]):
        return "none"
    if verb is not None or inherited or _stands_alone(text, clause, quantity, comparator):
        return "weak"
    return "none"


def _context(text: str, clause: Span, previous: Span | None, quantity: Quantity) -> str:
    """The clause before and the amount's own clause, the amount marked: …,道路机扫率达到〖93%〗."""
    before = previous.text(text) + "," if previous is not None else ""
    return (before + text[clause.start:quantity.start] + MARK_OPEN + text[quantity.start:quantity.end]
            + MARK_CLOSE + text[quantity.end:clause.end])


def _stands_alone(text: str, clause: Span, quantity: Quantity, comparator: str) -> bool:
    """An amount with no verb is still a target as a rate (覆盖率100%), a bound (不少于2次) or a level
    (装机规模2400万千瓦)."""
    if quantity.kind == "percent" and _word_pattern("rate_words.tsv").search(clause.text(text)):
        return True
    if frequency().search(text[max(clause.start, quantity.start - 3):quantity.end]):
        return True
    if re.search(f"({_word_pattern('level_nouns.tsv').pattern})(约|达|为)?$", text[clause.start:quantity.start]):
        return True
    return comparator in COMMITMENT_COMPARATORS


def _verb_in(text: str, start: int, end: int, *, last: bool = False) -> _VerbAt | None:
    """The first (or ``last``) commitment verb in text[start:end] that is a word of its own
    (建成区 is no 建成)."""
    if end <= start:
        return None
    region = text[start:end]
    matches = list(_verbs()[0].finditer(region))
    if not matches:
        return None
    for match in reversed(matches) if last else matches:
        first, after = match.start() + start, match.end() + start
        boundaries = bounds_around(text, first, after, within=(start, end))
        if first in boundaries and after in boundaries:
            return _VerbAt(first, after, match.group())
    return None


def is_target_verb(word: str) -> bool:
    return word in _verbs()[1]


def _change_of(verb: str) -> str:
    known = _verbs()[1].get(verb)
    return known.change if known else ""


def _any_verb(text: str, clause: Span, quantity: Quantity) -> _VerbAt | None:
    """A verb the word list lacks (接通, 获评, 开通), as jieba tags it, nearest before or after."""
    found = [v for v in verbs(clause.text(text), offset=clause.start)
             if v.text not in word_list("weak_verbs.tsv") and not (v.start < quantity.end and quantity.start < v.end)]
    before = [v for v in found if v.end <= quantity.start]
    chosen = before[-1] if before else (found[0] if found else None)
    return _VerbAt(chosen.start, chosen.end, chosen.text) if chosen else None


def _comparator(text: str, clause: Span, quantity: Quantity) -> str:
    if quantity.value_max is not None:
        return "range"
    before_pattern, after_pattern, mapping = comparator_patterns()
    match = after_pattern.match(text[quantity.end:clause.end])
    if match:
        return mapping[match.group()]
    match = before_pattern.search(text[max(clause.start, quantity.start - COMPARATOR_WINDOW):quantity.start])
    if match:
        return mapping[match.group()]
    match = ahead_comparator().search(text[max(clause.start, quantity.start - 8):quantity.start])
    if match:
        return mapping[match.group(1)]
    shared = list_comparator().search(text, clause.start, quantity.start)
    if shared and LIST_BETWEEN.fullmatch(text, shared.end(), quantity.start):
        return mapping[shared.group(1)]  # 合格率和满意率分别达95%和90%: 达 governs both amounts
    return ">=" if quantity.approximate else "="


def _change(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None,
            times: list[TimeMention]) -> tuple[str | None, int | None]:
    baseline = next((t for t in times if t.role == "baseline" and clause.start <= t.start < quantity.start), None)
    direction = _change_of(verb.word) if verb and verb.end <= quantity.start else ""
    if direction and LEVEL_AFTER_VERB.match(text[verb.end:quantity.start]):
        direction = ""  # 提高到95%: a level, not a change
    baseline_year = baseline.deadline.year if baseline and baseline.deadline else None
    return (direction or None), baseline_year


def _entity(text: str, clause: Span, quantity: Quantity, verb: _VerbAt | None) -> str | None:
    """In 区本级4座、盐龙街道8座, the unit right before an amount is whom it is assigned to; in
    建成绿色工厂120个 or 新建驿站80个 what comes before the amount is what is built."""
    match = ENTITY_BEFORE.search(text[clause.start:quantity.start])
    if match is None or not is_unit(match.group(1)) or NOT_A_NAME.search(match.group(1)):
        return None
    start = clause.start + match.start(1)
    if verb is not None and verb.end <= start or _describes_an_action(match.group(1)):
        return None
    return match.group(1)


def _describes_an_action(phrase: str) -> bool:
    """新建驿站, 力争新增示范社区, 我区计划建设示范街区: an action, not a name."""
    first = next(verbs(phrase), None)
    if first is not None and first.start == 0:
        return True
    return any(is_target_verb(t.text) or is_status_word(t.text) for t in tokens(phrase))
