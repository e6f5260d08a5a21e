"""Which amounts in a sentence are targets, and what each one measures.

A quantity becomes a target when a commitment verb governs it in its clause
(or in the clause it continues, as in a list), and none of the exclusions of
RECORDS.md section 5 applies: dates, numbers in names or quotes, ordinals,
building numbers, counts of the plan's own categories, background figures.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..chars import HAN_CLASS
from ..frozen import frozen
from ..lexicon import alternation, read_table, word_list, word_pattern
from ..segment import tokens, verbs
from .commitments import VerbAt, change_of, is_target_verb, verb_in
from .comparators import (COMPARATOR_WINDOW, ahead_comparator, cap_comparator, comparator_patterns, list_comparator,
                          share_bound, share_bounds)
from .deadlines import TimeMention
from .durations import duration_comparator, limit_label, limited_action, stay_label
from .exclusions import background_words, excluded, open_gates, states_a_level
from .indicators import indicator
from .numeral_scan import NumeralScan
from .quantities import find_quantities
from .quantity import Quantity
from .rates import frequency, per_base, period_carried, times_per_period, unit_of
from .sentences import Span, clauses
from .status import is_status_word, sentence_statuses, status_in
from .unit_names import is_unit

LEVEL_AFTER_VERB = re.compile(r"^(至|到|为)")
LIST_MARK = re.compile("、|以及")  # between the items of a list of amounts
ASIDE = "其中"  # (其中…): a bracketed aside stating a part of what its clause states
ENTITY_BEFORE = re.compile(r"[、,，(（:：]?([^、,，(（:：]{2,16})$")
ENTITY_REACH = 17  # how far before the amount ENTITY_BEFORE can start: a mark and the 16 characters of a name
NOT_A_NAME = re.compile("[“”\"《》()（）]")
COMMITMENT_COMPARATORS = frozenset({">=", "<="})
MARK_OPEN, MARK_CLOSE = "〖", "〗"
STANDARD_LABEL_REACH = 8  # 补贴标准: right before the amount
GRADE_NAME = re.compile(f"[{HAN_CLASS}]{{0,4}}")  # 一等奖, 优胜奖: the grade a labelled standard is listed for
CAP_REACH = 20  # how far before an amount a bound on a limit's noun is looked for (最高贷款额度可提高至)
STANDARD_MANNER = re.compile(".*?按照?.*标准")
NAME_TO_AMOUNT = " 为达约近超"  # what may stand between an indicator's name and its amount (城镇调查失业率为5%)
MIN_INDICATOR_NAME = 4  # a registry label this long names an indicator of its own (GDP, 生产总值 are words)  # 按照每人2000元标准: the whole clause names the standard
BASE_RATE = re.compile("[A-Z]{2,5}[+＋加]$")  # LPR+: the base rate a spread in points is added to
PER_LEAD = re.compile(f"(?:每[{HAN_CLASS}]{{1,2}}?)+$")  # 每人每年, 每月: whom or what period a sum is paid per
BARE_LEVEL_HEAD = re.compile(f"[{HAN_CLASS}”]{{2,}}$")  # 专精特新“小巨人”450家: a noun phrase, then the figure
BARE_LEVEL_REST = re.compile("(?:左右|以上)?(?:、.*)?[。;；]?")  # nothing after it in its clause but the next items of its list
# between 分别达 and a later amount of its list: the earlier amounts and list marks only
LIST_BETWEEN = re.compile(r"(?:[0-9.]+[万亿]?[^、,，;；。和及与0-9]{0,4}(?:左右|以上)?[、和及与])*")  # how close after the count a verb makes the listed things the target


@frozen
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


def drafts_in_sentence(text: str, sentence: Span, times: list[TimeMention], reference: date | None, *,
                       lenient: bool = False) -> list[Draft]:
    """Targets of one sentence by the rules alone."""
    return [d for d in candidates_in_sentence(text, sentence, times, reference, lenient=lenient) if d.verdict != "none"]


def candidates_in_sentence(text: str, sentence: Span, times: list[TimeMention], reference: date | None, *,
                           lenient: bool = False, clause_spans: list[Span] | None = None,
                           address: bool = False, carried: tuple[str, str] | None = None,
                           reports: bool = False) -> list[Draft]:
    """Every amount of a sentence that no exclusion rules out, with the rules' verdict on it.

    ``times`` are the time expressions found in it (absolute offsets). ``lenient``: in a
    table's year, target or content column every amount is meant as a target, verb or not.
    ``clause_spans``: the sentence's clauses when already cut (the document index cuts them once).
    ``address``: a report or a speech, which states levels bare (民间投资占比34%, 生产总值6.66万亿元).
    ``carried``: the commitment verb of the part before a semicolon and the kind of amount it took,
    which a part listing amounts of that kind without a verb of its own continues (新增…点位30个;特色
    道路10条;…; not 新增就业28万人;居民消费价格涨幅2%左右).
    ``reports``: officials answering the press, where a year already over marks a result (status.py).
    """
    found: list[Draft] = []
    numerals = NumeralScan(text, sentence.start, sentence.end)
    if not numerals.holds(sentence.start, sentence.end):
        return found  # quantities are found clause by clause, once
    last_action: str | None = None
    previous: Span | None = None
    last_indicator: str | None = None
    said: list[tuple[int, int, str]] | None = None  # where the sentence says a status: read once, for its first amount
    opened: int | None = None  # the exclusion tests its words leave to ask (exclusions/gates.py): read once, likewise
    for clause in clauses(text, sentence) if clause_spans is None else clause_spans:
        if not numerals.holds(clause.start, clause.end):  # clauses lie in their sentence, in order
            previous = clause  # no numeral, no amount: the clause is only what the next one continues
            continue
        region_start = clause.start
        amount_end: int | None = None  # the end of the clause's amount before, excluded or not
        for quantity in (q.shifted(clause.start) for q in find_quantities(clause.text(text))):
            item_start = _item_start(text, amount_end, quantity) if amount_end is not None else region_start
            amount_end = quantity.end
            opened = open_gates(text, sentence) if opened is None else opened
            if excluded(text, sentence, clause, quantity, times, opened=opened, address=address):
                continue
            last = quantity.kind in ("percent", "points")  # 道路机扫率达到93%: the verb nearest the rate
            aside = _aside(text, clause, quantity)
            scope = aside or clause
            verb = (verb_in(text, scope.start if aside else region_start, quantity.start, last=last)
                    or verb_in(text, quantity.end, scope.end) or _any_verb(text, scope, quantity))
            region_start = quantity.end
            continued = (carried[0] if carried and not found and verb is None and quantity.kind == carried[1]
                         and not text[sentence.start:clause.start].strip() else None)  # the part opens listing
            said = sentence_statuses(text, sentence, times, reference, reports=reports) if said is None else said
            draft = _draft(text, sentence, scope, (previous, last_indicator), quantity, verb,
                           last_action or continued or ("" if lenient else None), times, said, address=address,
                           item_start=scope.start if aside else item_start)
            if draft is None:
                continue
            found.append(draft)
            if draft.verdict != "none":
                last_action = draft.action or last_action
                last_indicator = draft.indicator
        previous = clause
    return found


def _item_start(text: str, amount_end: int, quantity: Quantity) -> int:
    """Where the words of a listed amount's own item begin: after the last list mark since the amount
    before it in its clause (拥有37条风貌保护道路、36条…: 保护 belongs to the first item's noun)."""
    start = amount_end
    for mark in LIST_MARK.finditer(text, amount_end, quantity.start):
        start = mark.end()
    return start


def _aside(text: str, clause: Span, quantity: Quantity) -> Span | None:
    """预留30%的号源(其中专家号源不低于30%): an amount in a bracketed aside of its clause (其中…) is stated of
    the aside alone: its words, verb and comparator are the aside's. A breakdown (其中:甲街道20套、…) is not."""
    opener = max(text.rfind("(", clause.start, quantity.start), text.rfind("（", clause.start, quantity.start))
    if opener < 0 or not text.startswith(ASIDE, opener + 1) or text[opener + 1 + len(ASIDE)] in ":：" \
            or any(text[i] in ")）" for i in range(opener + 1, quantity.start)):
        return None
    closer = next((i for i in range(quantity.end, clause.end) if text[i] in ")）"), None)
    return Span(opener + 1, closer) if closer is not None else None


def _draft(text: str, sentence: Span, clause: Span, previous: tuple[Span | None, str | None], quantity: Quantity,
           verb: VerbAt | None, inherited: str | None, times: list[TimeMention],
           said: list[tuple[int, int, str]], *, address: bool, item_start: int) -> Draft | None:
    comparator = _comparator(text, clause, quantity)
    action = verb.word if verb else None
    if quantity.kind == "time":
        limit = duration_comparator(text, clause, quantity, comparator, decreasing=bool(
            verb and verb.end <= quantity.start and change_of(verb.word) == "decrease"), sentence_start=sentence.start)
        if limit is None:
            return None  # a duration is a target only as a limit (压减至5个工作日以内)
        comparator = limit
    verdict = _verdict(text, clause, quantity, verb, inherited, comparator, address=address, item_start=item_start)
    if verb is not None and not is_target_verb(verb.word) and _inside_a_name(text, clause, quantity, verb):
        verb = action = None
    unit, recurring = unit_of(text, clause, quantity)
    carried = period_carried(text, sentence, quantity) if unit == quantity.unit else None
    unit, recurring = (carried, True) if carried else (unit, recurring)
    span = (verb.start, verb.end) if verb and verb.end <= quantity.start else None
    change, baseline = _change(text, clause, quantity, verb, times)
    label = indicator(text, clause, quantity, span, previous=previous[1], previous_clause=previous[0]) or (action or "")
    base = per_base(text, clause, quantity)
    label = label if base is None or base in label else base + label  # 每千人口托位数 (RECORDS.md)
    return Draft(
        quantity=quantity,
        clause=clause,
        unit=unit,
        recurring=recurring,
        indicator=(_duration_label(text, sentence, clause, quantity, label, action, comparator)
                   if quantity.kind == "time" else label),
        action=action or inherited or None,
        comparator=comparator,
        change=change,
        baseline_year=baseline,
        status=status_in(said, clause, quantity.start, capped=comparator == "<="),
        entity=_entity(text, clause, quantity, verb),
        verdict=verdict,
        context=_context(text, clause, previous[0], quantity),
    )


def _inside_a_name(text: str, clause: Span, quantity: Quantity, verb: VerbAt) -> bool:
    """城镇调查失业率5.5%: a verb jieba finds inside the name of a known indicator that ends at the amount
    (extract/data/indicators.tsv) names no action and cuts no label; it still makes the amount a target.
    A commitment verb there (地区生产总值增长5%) is the action."""
    for name in _indicator_names().finditer(text, clause.start, quantity.start):
        if name.start() < verb.start and verb.end <= name.end() and not text[name.end():quantity.start].strip(
                NAME_TO_AMOUNT):
            return True
    return False


@cache
def _indicator_names() -> re.Pattern[str]:
    """The labels and aliases of the indicator registry long enough to be names of their own."""
    names = {name for row in read_table("indicators.tsv")
             for name in (row["label"], *(row["aliases"] or "").split("|")) if len(name) >= MIN_INDICATOR_NAME}
    return re.compile(alternation(tuple(names)))


def _duration_label(text: str, sentence: Span, clause: Span, quantity: Quantity, label: str, action: str | None,
                    comparator: str) -> str:
    """A time limit is labelled by the action it limits (提出审核意见时限), a stay by what is served."""
    limited = limited_action(text, sentence, clause, quantity, comparator)
    return limited or limit_label(stay_label(text, clause, quantity, label), action)


def _verdict(text: str, clause: Span, quantity: Quantity, verb: VerbAt | None, inherited: str | None,
             comparator: str, *, address: bool, item_start: int) -> str:
    """strong: a listed commitment verb before the amount, a bound (不少于), or a table cell;
    weak: another verb, a list's verb, a rate on its own; none: nothing makes it a target.
    ``item_start``: where the amount's own words begin (after the list mark, in a list of amounts)."""
    if quantity.kind == "time":
        return "strong"  # a duration that is a limit (durations.py): the rest are no targets
    # 拥有37条风貌保护道路、36条风貌保护街巷: a background word and no commitment verb in the amount's own words
    # before it (a verb after it, or in an earlier item of the list, is a counted noun's: 风貌保护道路)
    own_verb = verb is not None and item_start <= verb.start and verb.end <= quantity.start and is_target_verb(verb.word)
    background = not own_verb and bool(background_words(
        text[clause.start:quantity.start])) and not states_a_level(text, clause, quantity, address=address)
    if inherited == "" or comparator in COMMITMENT_COMPARATORS or (
            verb is not None and verb.end <= quantity.start and is_target_verb(verb.word) and not background):
        return "strong"
    if background:
        return "none"
    if verb is not None or inherited or _stands_alone(text, clause, quantity, comparator, address=address):
        return "weak"
    return "none"


def _labelled_standard(text: str, clause: Span, quantity: Quantity) -> bool:
    """A standard label and a colon right before the amount, or opening its line with only a short name
    (一等奖, 第一类) between the label or the clause start and the amount."""
    if _standard_label().search(text, max(0, quantity.start - STANDARD_LABEL_REACH), quantity.start):
        return True
    label = _standard_label().match(text, text.rfind("\n", 0, quantity.start) + 1)
    return label is not None and GRADE_NAME.fullmatch(text, max(clause.start, label.end()), quantity.start) is not None


def _standard_granted_next(text: str, clause: Span) -> bool:
    """A clause stating the standard a sum is paid by (按照…标准), the next clause opening with a grant verb."""
    return (STANDARD_MANNER.fullmatch(text, clause.start, clause.end) is not None
            and _grant_opening().match(text, clause.end) is not None)


@cache
def _level_noun_end() -> re.Pattern[str]:
    """A level's noun (规模, 总量), maybe 约/达/为, right before the amount."""
    return re.compile(f"({word_pattern('level_nouns.tsv').pattern})(约|达|为)? ?$")


@cache
def _grant_opening() -> re.Pattern[str]:
    return re.compile(f"[,，](?:{word_pattern('grant_verbs.tsv').pattern})")


@cache
def _standard_label() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('standard_labels.tsv'))})[:：]")


def _context(text: str, clause: Span, previous: Span | None, quantity: Quantity) -> str:
    """The clause before and the amount's own clause, the amount marked: …,道路机扫率达到〖93%〗."""
    before = previous.text(text) + "," if previous is not None else ""
    return (before + text[clause.start:quantity.start] + MARK_OPEN + text[quantity.start:quantity.end]
            + MARK_CLOSE + text[quantity.end:clause.end])


def _stands_alone(text: str, clause: Span, quantity: Quantity, comparator: str, *, address: bool) -> bool:
    """An amount with no verb is still a target as a rate (覆盖率100%), a gap to the nation, a bound (不少于2次),
    a number of times per period, a level (装机规模2400万千瓦) or, in an ``address``, a figure a noun phrase
    ends on (生产总值6.66万亿元)."""
    if quantity.kind == "percent" and word_pattern("rate_words.tsv").search(clause.text(text)) or states_a_level(
            text, clause, quantity, address=address):
        return True  # 覆盖率100%, 高于全国0.7个百分点
    if frequency().search(text[max(clause.start, quantity.start - 3):quantity.end]) or times_per_period(
            text, clause, quantity):
        return True  # 每日两次, 每天上下午各通风2次: how often
    if _labelled_standard(text, clause, quantity):
        return True  # 补贴标准:6000元; 奖励标准:一等奖5万元,二等奖3万元: a standard as a service page labels it
    if _standard_granted_next(text, clause):
        return True  # 按照每人2000元标准,给予…补贴: the standard of the grant the next clause makes
    if _level_noun_end().search(text, clause.start, quantity.start):
        return True
    if address and not quantity.chinese and BARE_LEVEL_HEAD.search(text, clause.start, quantity.start) and (
            BARE_LEVEL_REST.fullmatch(text, quantity.end, clause.end)):
        return True  # 生产总值6.66万亿元, 专精特新企业450家 in a report: a level reported, no verb needed
    return comparator in COMMITMENT_COMPARATORS


def _any_verb(text: str, clause: Span, quantity: Quantity) -> VerbAt | None:
    """A verb the word list lacks (接通, 获评, 开通), as jieba tags it, nearest before or after."""
    found = [v for v in verbs(clause.text(text), offset=clause.start)
             if v.text not in word_list("weak_verbs.tsv") and not (v.start < quantity.end and quantity.start < v.end)]
    before = [v for v in found if v.end <= quantity.start]
    chosen = before[-1] if before else (found[0] if found else None)
    return VerbAt(chosen.start, chosen.end, chosen.text) if chosen else None


def _comparator(text: str, clause: Span, quantity: Quantity) -> str:
    if quantity.value_max is not None:
        return "range"
    before_pattern, after_pattern, mapping = comparator_patterns()
    match = after_pattern.match(text[quantity.end:clause.end])
    if match:
        return mapping[match.group()]
    # a space before the number (约 1,376 亿元, as Taiwan's texts set digits apart) is no word between
    match = before_pattern.search(_before_window(text, clause, quantity.start))
    if match:
        return mapping[match.group()]
    match = ahead_comparator().search(text[max(clause.start, quantity.start - 8):quantity.start].rstrip())
    if match:
        return mapping[match.group(1)]
    match = cap_comparator().search(text[max(clause.start, quantity.start - CAP_REACH):quantity.start].rstrip())
    if match:
        return mapping[match.group(1)] if match.group(1) else "<="  # 最高贷款额度可提高至50万元, 上限(300万元)
    if quantity.kind == "percent":
        match = share_bound(text, clause, quantity)
        if match:
            return share_bounds()[match.group(1)]  # 不少于本企业职工总数的3%: a bound on a share of a base
    shared = list_comparator().search(text, clause.start, quantity.start)
    if shared and LIST_BETWEEN.fullmatch(text, shared.end(), quantity.start):
        return mapping[shared.group(1)]  # 合格率和满意率分别达95%和90%: 达 governs both amounts
    return ">=" if quantity.approximate else "="


def _before_window(text: str, clause: Span, end: int) -> str:
    """The words a comparator word before the amount may end; the place a standard holds in is no word
    between (不超过本市3个月…标准: 不超过 bounds the 3), nor whom or what period a sum is paid per
    (不高于每人每年2000元, 不能超过每月800元: the bound holds the sum), nor the base rate a spread is added
    to (不超过LPR+60BP)."""
    per = PER_LEAD.search(text, clause.start, end) or BASE_RATE.search(text, clause.start, end)
    if per is not None:
        end = per.start()
    start = max(clause.start, end - COMPARATOR_WINDOW)
    window = text[start:end].rstrip()
    place = next((w for w in word_list("local_places.tsv") if window.endswith(w)), None)
    return window if place is None else _before_window(text, clause, start + len(window) - len(place))


def _change(text: str, clause: Span, quantity: Quantity, verb: VerbAt | None,
            times: list[TimeMention]) -> tuple[str | None, int | None]:
    baseline = next((t for t in times if t.role == "baseline" and clause.start <= t.start < quantity.start), None)
    direction = change_of(verb.word) if verb and verb.end <= quantity.start else ""
    if direction and LEVEL_AFTER_VERB.match(text[verb.end:quantity.start]):
        direction = ""  # 提高到95%: a level, not a change
    baseline_year = baseline.deadline.year if baseline and baseline.deadline else None
    return (direction or None), baseline_year


def _entity(text: str, clause: Span, quantity: Quantity, verb: VerbAt | None) -> str | None:
    """In 区本级4座、盐龙街道8座, the unit right before an amount is whom it is assigned to; in
    建成绿色工厂120个 or 新建驿站80个 what comes before the amount is what is built."""
    match = ENTITY_BEFORE.search(text, max(clause.start, quantity.start - ENTITY_REACH), quantity.start)
    if match is None or not is_unit(match.group(1)) or NOT_A_NAME.search(match.group(1)):
        return None
    start = match.start(1)
    if verb is not None and verb.end <= start or _describes_an_action(match.group(1)):
        return None
    return match.group(1)


def _describes_an_action(phrase: str) -> bool:
    """新建驿站, 力争新增示范社区, 我区计划建设示范街区: an action, not a name."""
    first = next(verbs(phrase), None)
    if first is not None and first.start == 0:
        return True
    return any(is_target_verb(t.text) or is_status_word(t.text) for t in tokens(phrase))
