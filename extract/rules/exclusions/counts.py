"""Counts that name no result of the work (RECORDS.md section 5: counts of the plan's own categories, aspects or
principles are no targets): the plan's own categories (4个方面, 7个场景; extract/data/category_nouns.tsv) and list
(共23项, 上述两个表格, 1.统筹两个市场。, 现将…等28项典型做法通报如下, 两项激励额度可累加), the count summing up a
list (A、B、C三家) or a designated one (确定甲市、乙市等3个城市开展试点), the count announcing the list the document
goes on to give (重点抓好三项工作。一是…), and places framing where work is done (在3个核心区域…建设中). 新增50处消费场景
stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...chars import HAN_CLASS, HEADING_MARKER
from ...lexicon import alternation, pattern_where, read_table, word_list, word_pattern, words_where
from ..commitments import verb_in
from ..comparators import comparator_patterns
from ..quantity import Quantity
from ..sentences import Span
from .phrases import CREATED_GAP, starts_a_predicate

NOUN_END = re.compile(r"[、,，;；。:：和及与进“”\"]")  # where the noun phrase after an amount ends
TIMES = "次"
APPOSITION_VERB = 6
LIST_TAIL = re.compile("[、和]([^、,，;；。和]{1,12})$")
LIST_NOUN = 4  # 共23项任务: the noun of the plan's own items after their count
LIST_UNITS = ("项", "条")  # 共23项, 知识产权保护方面5项: the measures of the plan's own list
# the count (and the noun of the items, 任务) ends its heading, sentence or bracket
LIST_COUNT_END = re.compile(f"[{HAN_CLASS}]{{0,{LIST_NOUN}}}\\s*(?:[)）:：。;；]|$)")
MAX_MEASURE_NAME = 20  # 1.拓展两个市场。: a heading this short is the measure's name
FRAME_ENDS = ("", ")", "）", ",", "，")  # what may follow the word closing a frame of place, besides a verb
CLAUSE_TAIL = "。;；,，:： "  # marks a clause may keep at its end
PROVISION_NOUN = 8  # 激励额度: the provisions counted, between the count and how they combine
LEAD_REACH = 4  # 以下 3 种: the word announcing a list, a space between it and the count
ANNOUNCED_NOUN = 6  # 消防建设 (任务), 突出 (亮点): the words before the noun of the items a count announces
# the sentence or heading ends, and the first item of the list follows: 一是, 首先, 第一, (一), 一、, 1、, 1., ①
ENUMERATION = re.compile(r"(?:\s*[:：。]\s*|[ \t]*\n\s*)(?:一是|首先|第一[,，是]|[(（]一[)）]|一、|1[、.．]|①)")


def in_a_place_frame(text: str, clause: Span, quantity: Quantity) -> bool:
    """The clause opens with a frame of place (在…中, 在…之间; extract/data/place_frames.tsv) that holds the
    amount, no verb before it, and its closing word follows the amount right before a verb, a bracket or the
    clause's end (…新城建设中加大…, …区域之间）)."""
    opener = _frame_opener().match(text, clause.start, quantity.start)
    if opener is None or verb_in(text, opener.end(), quantity.start) is not None:
        return False
    for closer in pattern_where("place_frames.tsv", "kind", "close").finditer(text, quantity.end, clause.end):
        if text[closer.end():closer.end() + 1] in FRAME_ENDS or starts_a_predicate(text[closer.end():clause.end]):
            return True
    return False


@cache
def _frame_opener() -> re.Pattern[str]:
    return re.compile(f"\\s*(?:{alternation(words_where('place_frames.tsv', 'kind', 'open'))})")


def apposition(text: str, clause: Span, quantity: Quantity) -> bool:
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


def counts_own_list(text: str, clause: Span, quantity: Quantity) -> bool:
    """The count of the plan's own measures closing a heading or a bracket: after a total word (共23项) or a
    category noun (知识产权保护方面5项, extract/data/category_nouns.tsv)."""
    if quantity.unit not in LIST_UNITS or not LIST_COUNT_END.match(text, quantity.end, clause.end + 1):
        return False
    head = text[clause.start:quantity.start]
    return head.endswith(word_list("list_totals.tsv")) or _category_tail(False).search(head) is not None


def presents_own_list(text: str, clause: Span, quantity: Quantity) -> bool:
    """The clause is the document's act on its own list, counted: it opens with the act (授予…等37项成果…奖,
    并就…等18项常见问题) or ends on passing the list on (…等28项典型做法通报如下; extract/data/own_list_words.tsv)."""
    head = text[clause.start:quantity.start].lstrip()
    if head.startswith(words_where("own_list_words.tsv", "place", "open")):
        return True
    return text[quantity.end:clause.end].rstrip(CLAUSE_TAIL).endswith(words_where("own_list_words.tsv", "place", "close"))


def announces_own_list(text: str, quantity: Quantity) -> bool:
    """The count closes its sentence or heading on the document's own items (重点抓好三项工作, 至少有十个突出亮点,
    重点完成5个方面14项消防建设任务) or after the word announcing them (其做法分成以下 3 种), and the first of those
    items follows at once (一是…, (一)…, 1、…; extract/data/own_list_words.tsv, announce and lead): the items the
    document goes on to list, counted, no amount to reach."""
    lead = text[max(0, quantity.start - LEAD_REACH):quantity.start].rstrip().endswith(
        words_where("own_list_words.tsv", "place", "lead"))
    noun = _announced_items().match(text, quantity.end)
    if noun is None and not lead:
        return False
    return ENUMERATION.match(text, noun.end() if noun else quantity.end) is not None


@cache
def _announced_items() -> re.Pattern[str]:
    items = alternation(words_where("own_list_words.tsv", "place", "announce"))
    return re.compile(f"[{HAN_CLASS}]{{0,{ANNOUNCED_NOUN}}}?(?:{items})")


def combines_provisions(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count opening its clause, the provisions it counts and how they combine (两项激励额度可累加,
    两种补贴不得重复享受; extract/data/combining_words.tsv): the document's own provisions, no amount."""
    return not text[clause.start:quantity.start].strip() and _combining().match(text, quantity.end, clause.end) is not None


@cache
def _combining() -> re.Pattern[str]:
    return re.compile(f"[{HAN_CLASS}]{{0,{PROVISION_NOUN}}}?[可不得能予以]{{0,3}}(?:{word_pattern('combining_words.tsv').pattern})")


def refers_back(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count after a word that points back (上述两个表格, 这三项制度): things already named, counted again."""
    return text[clause.start:quantity.start].endswith(word_list("anaphors.tsv"))


def in_a_measure_name(text: str, sentence: Span, quantity: Quantity) -> bool:
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


def designated(text: str, clause: Span, quantity: Quantity) -> bool:
    """The count of a list a designating verb names (确定甲市、乙市等3个城市开展试点): who was chosen."""
    return _designation().search(text, clause.start, quantity.start) is not None


@cache
def _designation() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('designation_verbs.tsv'))})在?[^,，;；。()（）]*、[^,，;；。、()（）]*$")


def created(text: str, clause: Span, quantity: Quantity) -> bool:
    """新增50处…消费场景: a commitment verb right before the count makes the things it counts (in digits:
    打造十大场景 names the plan's own)."""
    verb = verb_in(text, max(clause.start, quantity.start - CREATED_GAP), quantity.start, last=True)
    return verb is not None and verb.end == quantity.start


def counts_categories(after: str, *, chinese: bool, made: Callable[[], bool] = lambda: False) -> bool:
    """The noun phrase after the amount names one of the plan's own categories (category_nouns.tsv):
    ``chinese``, the count is in Chinese numerals; ``made``, whether a commitment verb right before it makes
    the things it counts, asked only where a category is named (the nouns of a made count are some of the
    others: where none of those is named, neither is one of these)."""
    noun = NOUN_END.split(after, maxsplit=1)[0]
    if not _names_a_category(after, noun, chinese, False):
        return False  # most amounts
    return not made() or _names_a_category(after, noun, chinese, True)


def _names_a_category(after: str, noun: str, chinese: bool, made: bool) -> bool:
    return bool(_category_nouns(chinese, made).match(after) or _category_tail(chinese, made).search(noun))


@cache
def _category_nouns(chinese: bool, made: bool = False, ending: bool = False) -> re.Pattern[str]:
    """The category nouns counted so (``ending``: only those that also name a category ending a longer noun)."""
    counted = {"any", "made"} - ({"made"} if made else set()) | ({"chinese"} if chinese else set())
    rows = read_table("category_nouns.tsv")
    return re.compile(alternation(tuple(r["word"] for r in rows
                                        if r["numerals"] in counted and not (ending and r["ending"] == "no"))))


@cache
def _category_tail(chinese: bool, made: bool = False) -> re.Pattern[str]:
    """A category noun ending a text: compiled once, not looked up in re's cache by its whole pattern."""
    return re.compile(f"({_category_nouns(chinese, made, ending=True).pattern})$")
