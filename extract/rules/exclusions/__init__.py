"""Amounts that are no targets (RECORDS.md sections 3 and 5), whatever verb governs them: dates, ordinals
and codes, numbers in names or quotes, building numbers, counts of the plan's own categories, scopes of a
rule (总投资在100万元以下的项目), budget allocations and how they grow, background figures (population,
forecasts), the old level of a change (由3.6万元下降至…), counts summing up a list (A、B、C三家).
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN, HAN_CLASS, HEADING_MARKER
from ...lexicon import alternation, read_table, word_list, word_pattern, words_where
from ..commitments import target_verbs, verb_in
from ..comparators import comparator_patterns
from ..deadlines import TimeMention
from ..notices import no_commitment
from ..quantities import Quantity, is_cadence
from ..rates import frequency, times_per_period
from ..sentences import Span
from .background import background_figure, states_a_level
from .baselines import is_baseline
from .budgets import budget, budget_follow_on
from .cases import case_bound, opens_a_case, scope, scoring_rule
from .events import compares_figures, occurrences, reference_level
from .names import in_a_place_name, names_a_place, numbered_item, quoted
from .phrases import CREATED_GAP, local_head, starts_a_predicate
from .sizes import class_threshold, in_a_name, in_a_project_name, size_of_each

__all__ = ["excluded", "states_a_level"]

NOUN_END = re.compile(r"[、,，;；。:：和及与进“”\"]")  # where the noun phrase after an amount ends
LETTER_END = re.compile(r"[A-Za-z]$")  # a code's letter right before the number (C919)
ONE_OF = re.compile(f"[{HAN_CLASS}]{{0,12}}之一")  # 成为全国首批5个试点城市之一: the size of a group it joins
RANKED_UNITS = ("名", "位", "款", "条", "项")  # after 前: a rank or the paragraphs cited (前四款)
CONDITION_NOUN = 4  # 两项及以上标准的: what the case counts, between the bound and 的
# 入围企业在3家及以上的,…; 同时满足两项及以上条件的,…: the case a clause opens
# 留用率达到60%以上(含60%)的,…: the bound restated inclusive in brackets before the 的
# 疏散人员1万人以上5万人以下的: the lower bound of a bracket of a grade's criterion, the upper one after it
UPPER_BOUND = "[0-9.]+[万亿]?[^0-9,，;；。]{0,4}?以下"
CONDITION_AFTER = re.compile(f"(?:及?以[上下])?(?:以上{UPPER_BOUND})?(?:[(（]含[^()（）]*[)）])?"
                             f"[{HAN_CLASS}]{{0,{CONDITION_NOUN}}}的")
AGE = "周岁"
INCLUSIVE_OPEN = ("(含", "（含")  # 超过50人(含50人): the bound restated, no second amount
CASE_END = ("的", "时")  # 不足5000名的, 房源不足3套时: the case a provision applies to
HEADCOUNT_UNITS = ("名", "人", "位")  # people or posts counted: never the plan's own categories
TIMES = "次"
KINDS = "种"
MEDALS = "枚"
CLOCK_UNIT = "点"  # counted in digits only, and never after a part of the day (day_parts.tsv)
LIST_MARK_OPENERS = "(（"
APPOSITION_VERB = 6
LIST_TAIL = re.compile("[、和]([^、,，;；。和]{1,12})$")
LIST_NOUN = 4  # 共23项任务: the noun of the plan's own items after their count
LIST_UNITS = ("项", "条")  # 共23项, 知识产权保护方面5项: the measures of the plan's own list
# the count (and the noun of the items, 任务) ends its heading, sentence or bracket
LIST_COUNT_END = re.compile(f"[{HAN_CLASS}]{{0,{LIST_NOUN}}}\\s*(?:[)）:：。;；]|$)")
MAX_MEASURE_NAME = 20  # 1.拓展两个市场。: a heading this short is the measure's name
FRAME_ENDS = ("", ")", "）", ",", "，")  # what may follow the word closing a frame of place, besides a verb


def excluded(text: str, sentence: Span, clause: Span, quantity: Quantity, times: list[TimeMention], *,
             address: bool = False) -> bool:
    """Whether an amount of ``clause`` (absolute offsets) is ruled out as a target before any verb is read.
    ``address``: a share the text states bare (民间投资占比34%) is a level (in a report or a speech), not
    the situation a plan describes."""
    before = text[max(clause.start, quantity.start - 2):quantity.start]
    after = text[quantity.end:clause.end]
    if any(t.start < quantity.end and quantity.start < t.end for t in times):
        return True  # part of a date
    if is_baseline(text, clause, quantity):
        return True  # 由3.6万元下降至2.5万元: the old level, not the target
    if text[quantity.start] in LIST_MARK_OPENERS and (quantity.start == clause.start or before[-1:] in "\n\t "):
        return True  # (2)科学监测…: the number of a list item, not 2 科
    if quantity.unit == AGE:
        return True  # 年满18周岁, 女性不超过55周岁: the age of whom a rule covers
    if numbered_item(text, quantity):
        return True  # 4.4人户及以上家庭 after 3.…: the item's number 4. read into the amount
    if before.endswith(INCLUSIVE_OPEN):
        return True  # 超过50人(含50人): the bound before it restated inclusive
    if quantity.unit == CLOCK_UNIT and (quantity.chinese or word_pattern("day_parts.tsv").search(before)):
        return True  # 下午3点: a clock time; 把握好三点: points of an argument; not 30 service points
    tight = text[max(clause.start, quantity.start - 3):quantity.start].rstrip(" ")  # 第 1 次: Taiwan's spacing
    if tight.endswith(("第", "届")) or LETTER_END.search(tight) or tight.endswith(("〔", "[")):
        return True  # ordinal, code (C919), document number
    if before.endswith("前") and quantity.unit in RANKED_UNITS:
        return True  # 列全市前5名: a rank; 前四款: the paragraphs of the article cited
    if no_commitment(text, sentence, clause, quantity):
        return True  # a notice's forms, reward bases, applicants' duties and definitions (notices.py)
    if quantity.chinese and before.endswith("个"):
        return True  # 跨越3个千亿元台阶: steps of a scale named by their size, counted
    if after.startswith("级") or in_a_name(quantity, after) or names_a_place(text, clause, quantity):
        return True  # 500万吨级煤制油项目, 百亿级产业, 百万吨乙烯项目: a class or capacity in a name
    if quantity.chinese and in_a_place_name(text, clause, quantity):
        return True  # 某省七台河市, 某市九台区: a numeral and a measure word inside a place's name
    if scoring_rule().search(clause.text(text)):
        return True  # 发现1处扣3分: how an assessment scores, not a target
    if quantity.chinese and quantity.value < 2 and quantity.kind not in ("time", "rate", "multiple") and (
            after.startswith("性") or not times_per_period(text, clause, quantity)):
        return True  # 一批, 一个: not an amount; but 每季度开展一次调度 is once a quarter
    if quantity.unit in ("幢", "栋") and (quantity.value_max is not None or before[-1:] == "-"
                                          or not target_verbs()[0].search(before)):
        return True  # building numbers 1-84幢, 109-2幢, 花苑1幢: unless a verb builds them (新建12幢)
    if quantity.unit == "期" and quantity.chinese:
        return True  # 二期: a phase of a project's name
    if quantity.chinese and quantity.unit == MEDALS and text[quantity.end - 1] != MEDALS:
        return True  # 五金电料: a word; medals by their metal are counted in digits (贡献9金、5银)
    if quantity.unit == KINDS and quantity.chinese:
        return True  # 分为四种公交线路, 两种待遇: kinds the text sorts things into (46种产品 is counted)
    if in_a_project_name(text, clause, quantity) or size_of_each(text, clause, quantity):
        return True  # 推动某化工120万吨乙烯项目投产, 建成3座35万千瓦电站: the size of what is counted
    if class_threshold(text, clause, quantity):
        return True  # 6个产业规模超千亿元: the round size the things counted pass; the count is the target
    if quantity.kind == "count" and _in_a_place_frame(text, clause, quantity):
        return True  # 在3个核心区域、8条重点道路建设中加大…: where the work is done, counted
    if quantity.kind == "count" and ONE_OF.match(after):
        return True  # 入选首批5个试点城市之一: the size of the group joined, no result of the work
    if quantity.kind == "count" and quantity.unit not in HEADCOUNT_UNITS and _counts_categories(
            after, chinese=quantity.chinese, made=not quantity.chinese and _created(text, clause, quantity)):
        return True  # 4个方面, 7个场景, 128项测评指标: the plan's own categories; not 安排300名指标 (posts)
    if quantity.kind == "count" and (_counts_own_list(text, clause, quantity) or _refers_back(text, clause, quantity)
                                     or _in_a_measure_name(text, sentence, quantity)):
        return True  # (共23项), 科技金融方面5项, 上述两个表格, 1.统筹两个市场。: no amount to reach
    if before.endswith("每"):
        return True  # 每千人: the denominator of a rate
    if (quantity.chinese and quantity.unit == "次" and HAN.match(after)
            and (after.startswith("性") or not times_per_period(text, clause, quantity))):
        return True  # 二次开发, 一次性: a word, not an amount
    if occurrences(text, clause, quantity) or reference_level(after) or compares_figures(text, clause, quantity):
        return True  # 发生地震48次, 造成3人死亡, 年均18次的1.8倍: statistics of events, harm and their comparisons
    if background_figure(text, clause, quantity, address=address):
        return True  # 占地500亩, 高于全国0.8个百分点: background, not a commitment
    if quantity.kind == "count" and word_pattern("participant_words.tsv").search(after[:24]):
        return True  # 23个部门参加的…机构: members of a body
    if scope(text, clause, quantity, after):
        return True  # 总投资在100万元以下的项目, 30人以上企业: which things a rule covers
    if CONDITION_AFTER.fullmatch(after) or (after.startswith(CASE_END) and case_bound(text, clause, quantity)):
        return True  # 供应企业为2家的,采取议价采购; 不足5000名的至少配备1名: the case a provision applies to
    if opens_a_case(text, sentence, clause, quantity):
        return True  # 三个以上的单位共同承担同一项目的,应当…: the case a duty is laid down for
    if quantity.unit == "元" and budget(local_head(text, clause, quantity)):
        return True  # 每年安排最高100万元经费: a budget allocation
    if budget_follow_on(text, sentence, clause, quantity):
        return True  # 安排…支出800亿元，比上年增加300亿元，增长7.5%: how the allocation grows
    if quantity.kind == "count" and (_apposition(text, clause, quantity) or _designated(text, clause, quantity)):
        return True  # 安阳、商丘、信阳四个城市: how many things the list names
    # a frequency (“一日三次”) or a cadence (“一年一体检,五年一评估”) in quotes is still a standard
    return quoted(text, clause, quantity) and not frequency().search(text[quantity.start - 3:quantity.end]) \
        and not is_cadence(quantity)


def _in_a_place_frame(text: str, clause: Span, quantity: Quantity) -> bool:
    """The clause opens with a frame of place (在…中, 在…之间; extract/data/place_frames.tsv) that holds the
    amount, no verb before it, and its closing word follows the amount right before a verb, a bracket or the
    clause's end (…新城建设中加大…, …区域之间）)."""
    opener = _frame_opener().match(text, clause.start, quantity.start)
    if opener is None or verb_in(text, opener.end(), quantity.start) is not None:
        return False
    for closer in _frame_closer().finditer(text, quantity.end, clause.end):
        if text[closer.end():closer.end() + 1] in FRAME_ENDS or starts_a_predicate(text[closer.end():clause.end]):
            return True
    return False


@cache
def _frame_opener() -> re.Pattern[str]:
    return re.compile(f"\\s*(?:{alternation(words_where('place_frames.tsv', 'kind', 'open'))})")


@cache
def _frame_closer() -> re.Pattern[str]:
    return re.compile(alternation(words_where("place_frames.tsv", "kind", "close")))


def _apposition(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count in Chinese numerals right after a list it sums up (A、B、C三家, 4万亿、5万亿两个台阶)."""
    if not quantity.chinese or quantity.unit == TIMES:
        return False  # 开馆前和闭馆后各清扫一次: how often, not how many things were listed
    tail = LIST_TAIL.search(text[clause.start:quantity.start])
    if tail is None:
        return False
    item = quantity.start - len(tail.group(1))
    first = verb_in(text, item, quantity.start)
    if first is not None and (first.start == item or comparator_patterns()[0].search(text, item, quantity.start)):
        return False  # …、建设B两个, …客运量超过千万人次: a clause; …冷链配送服务三条主线 is a list of names with a verb inside
    # 朱场、打朝两个贫困村出列: the listed things, done, are the target; 家 counts the units just named
    return quantity.unit == "家" or verb_in(text, quantity.end, min(clause.end, quantity.end + APPOSITION_VERB)) is None


def _counts_own_list(text: str, clause: Span, quantity: Quantity) -> bool:
    """The count of the plan's own measures closing a heading or a bracket: after a total word (共23项) or a
    category noun (知识产权保护方面5项, extract/data/category_nouns.tsv)."""
    if quantity.unit not in LIST_UNITS or not LIST_COUNT_END.match(text, quantity.end, clause.end + 1):
        return False
    head = text[clause.start:quantity.start]
    return head.endswith(word_list("list_totals.tsv")) or _category_tail(False).search(head) is not None


def _refers_back(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count after a word that points back (上述两个表格, 这三项制度): things already named, counted again."""
    return text[clause.start:quantity.start].endswith(word_list("anaphors.tsv"))


def _in_a_measure_name(text: str, sentence: Span, quantity: Quantity) -> bool:
    """A count in Chinese numerals inside a short numbered heading (1.拓展两个市场。, (一)统筹两个市场,…): the
    name of a measure (两个市场 is the home and the world market), no amount to reach."""
    if not quantity.chinese or (sentence.start and text[sentence.start - 1] != "\n"):
        return False
    heading = text[sentence.start:sentence.end]
    marker = HEADING_MARKER.match(heading)
    if marker is None:
        return False
    name = heading[marker.end():].rstrip("。;；")
    return len(name) <= MAX_MEASURE_NAME and quantity.end <= sentence.start + marker.end() + len(name)


def _designated(text: str, clause: Span, quantity: Quantity) -> bool:
    """The count of a list a designating verb names (确定甲市、乙市等3个城市开展试点): who was chosen."""
    return _designation().search(text, clause.start, quantity.start) is not None


@cache
def _designation() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('designation_verbs.tsv'))})在?[^,，;；。()（）]*、[^,，;；。、()（）]*$")


def _created(text: str, clause: Span, quantity: Quantity) -> bool:
    """新增50处…消费场景: a commitment verb right before the count makes the things it counts (in digits:
    打造十大场景 names the plan's own)."""
    verb = verb_in(text, max(clause.start, quantity.start - CREATED_GAP), quantity.start, last=True)
    return verb is not None and verb.end == quantity.start


def _counts_categories(after: str, *, chinese: bool, made: bool = False) -> bool:
    """The noun phrase after the amount names one of the plan's own categories (category_nouns.tsv):
    ``chinese``, the count is in Chinese numerals; ``made``, a commitment verb right before it makes
    the things it counts."""
    noun = NOUN_END.split(after, maxsplit=1)[0]
    return bool(_category_nouns(chinese, made).match(after) or _category_tail(chinese, made).search(noun))


@cache
def _category_nouns(chinese: bool, made: bool = False) -> re.Pattern[str]:
    counted = {"any", "made"} - ({"made"} if made else set()) | ({"chinese"} if chinese else set())
    rows = read_table("category_nouns.tsv")
    return re.compile(alternation(tuple(r["word"] for r in rows if r["numerals"] in counted)))


@cache
def _category_tail(chinese: bool, made: bool = False) -> re.Pattern[str]:
    """A category noun ending a text: compiled once, not looked up in re's cache by its whole pattern."""
    return re.compile(f"({_category_nouns(chinese, made).pattern})$")
