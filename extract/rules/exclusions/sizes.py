"""Sizes and classes of the things a plan names or counts (RECORDS.md section 5: numbers inside names are no
targets): a capacity in a project's name (百万吨乙烯项目, 某化工120万吨乙烯项目), the size of each thing counted
(建成3座35万千瓦电站: the count is the target), the round class the things counted pass (6个产业规模超千亿元) and
the threshold a count of what they hold sets on the things a sentence is about (20张床位及以上的医疗机构,
20万人口以上的县), and a property naming a class of the thing after it (时速350公里高铁). A capacity a verb builds
(建设700万千瓦储能项目) and a count bounded (培育20个以上的示范村) stay.
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN, HAN_CLASS
from ...lexicon import alternation, word_list, word_pattern, words_where
from ..commitments import verb_in
from ..comparators import comparator_patterns
from ..numeral_scan import may_hold_quantities
from ..quantities import counted_by_noun, find_quantities
from ..quantity import Quantity
from ..sentences import Span
from .phrases import CONJUNCTION_CHARACTERS

NAME_PRODUCT = 4  # characters of a product between a capacity and a name's ending (乙烯, 炼化)
PROJECT_NAME_AFTER = re.compile(f"[{HAN_CLASS}]{{1,14}}?等?项目")  # 60万吨赖氨酸等项目
LIST_KIND = 6  # 减碳, 产业: what kind of projects a list closes on (…等减碳项目)
# 甲化工60万吨钾肥造粒、乙锂业装置改造等项目: the capacity opens the name of one project of a list closed by 等…项目
LISTED_PROJECTS = re.compile(f"[{HAN_CLASS}][^,，;；。:：()（）]*?、[^,，;；。:：()（）]*?等[{HAN_CLASS}]{{0,{LIST_KIND}}}项目")
COUNT_WINDOW = 6  # 3座 before 35万千瓦
NAMED_CAPACITIES = ("mass", "energy", "area", "length", "volume")
BARE_MULTIPLIERS = "十百千万亿"  # a multiple written without a number before it (超千亿元)
HAN_RUN = re.compile(f"[{HAN_CLASS}]{{1,12}}")
HELD_NOUN = 4  # 床位: what the count counts, between it and the bound
# 20张床位及以上的医疗机构: the noun the count counts, a bound, 的, then the noun of the things it qualifies
CLASS_NOUN = re.compile(f"(?:及?以上)?的?(?=[{HAN_CLASS}])")  # 营收超百亿元(以上)(的)企业
CLASS_VERB = 4  # characters read for a verb opening what follows the amount (增长, 达到)
THRESHOLD_AFTER = re.compile(f"(?P<noun>[{HAN_CLASS}]{{0,{HELD_NOUN}}}?)(?:[(（]含[)）])?及?以[上下]"
                             f"(?:[(（]含[)）])?的(?=[{HAN_CLASS}])")


def in_a_name(quantity: Quantity, after: str) -> bool:
    """A round capacity in Chinese numerals, a product and a project's name ending right after it
    (百万吨乙烯项目, 百万千瓦风电基地): the project's name, not an amount to reach; not a count (两个示范基地)."""
    return quantity.chinese and quantity.kind != "count" and _name_after().match(after) is not None


@cache
def _name_after() -> re.Pattern[str]:
    return re.compile(f"[{HAN_CLASS}]{{1,{NAME_PRODUCT}}}?(?:{alternation(word_list('name_endings.tsv'))})")


def in_a_project_name(text: str, clause: Span, quantity: Quantity) -> bool:
    """A capacity inside a project's name, a company's name right before it (某化工120万吨乙烯项目, 某粮油
    年产60万吨油料等项目), or opening the name of one project of a list closed by 等…项目 (推动甲化工60万吨钾肥
    造粒、乙锂业装置改造等项目建设: the words of each name may hold a verb, 改造, 扩产); not a capacity a verb
    builds (建设700万千瓦储能项目, 实现年产4万吨…和2万吨…项目) nor an amount a list item states (甲产能50万吨、…)."""
    if quantity.kind not in NAMED_CAPACITIES:
        return False
    name = PROJECT_NAME_AFTER.match(text, quantity.end, clause.end)
    if name is not None and verb_in(text, name.start(), name.end()) is not None:
        return False  # 200万亩整区域建设高标准农田项目: what is built, the verb inside
    if name is None and LISTED_PROJECTS.match(text, quantity.end, clause.end) is None:
        return False
    head = text[clause.start:quantity.start]
    head = head[:len(head) - len(_capacity_lead().search(head).group())]
    if len(head) < 2 or not HAN.match(head[-1]) or head[-1] in CONJUNCTION_CHARACTERS:
        return False
    verb = verb_in(text, clause.start, clause.start + len(head), last=True)
    return verb is None or verb.end < clause.start + len(head)


def size_of_each(text: str, clause: Span, quantity: Quantity) -> bool:
    """A capacity right after a count (3座35万千瓦光热电站): the size of each thing counted; the count is
    the target."""
    if quantity.kind not in NAMED_CAPACITIES:
        return False
    window = text[max(clause.start, quantity.start - COUNT_WINDOW):quantity.start]
    counts = find_quantities(window) if may_hold_quantities(window) else []
    return bool(counts) and counts[-1].end == len(window) and counts[-1].kind == "count"


def class_threshold(text: str, clause: Span, quantity: Quantity) -> bool:
    """A round multiple written bare (千亿元, 百亿元) after a comparator, a count earlier in its clause and no
    verb between them (6个产业规模超千亿元, 120家企业营业收入超百亿元): the class of the things counted."""
    if not (quantity.chinese and text[quantity.start] in BARE_MULTIPLIERS):
        return False
    comparator = comparator_patterns()[0].search(text, clause.start, quantity.start)
    if comparator is None:
        return False
    counts = [q for q in find_quantities(text[clause.start:comparator.start()]) if q.kind == "count"]
    if not counts:
        return False
    between = text[clause.start + counts[-1].end:comparator.start()]
    return HAN_RUN.fullmatch(between) is not None and verb_in(text, clause.start + counts[-1].end,
                                                              comparator.start()) is None


def threshold_of_a_noun(text: str, clause: Span, quantity: Quantity) -> bool:
    """A count of what each thing holds, bounded and qualifying the noun after 的 (20张床位及以上的医疗机构要…,
    20万人口以上的县): which things the sentence is about, no amount to reach. Not a count bounded itself
    (培育20个以上的示范村: no noun between), nor one of things of a grade (六十五个县级以上的民族自治地方), nor
    a level to reach (5000个床位以上的规模, extract/data/scope_heads.tsv)."""
    if quantity.kind != "count" and not counted_by_noun(text, quantity):
        return False
    found = THRESHOLD_AFTER.match(text, quantity.end, clause.end)
    if found is None or word_pattern("scope_heads.tsv").match(text, found.end()):
        return False
    noun = found.group("noun")
    if not noun:
        return counted_by_noun(text, quantity)  # 20万人口以上的县: the noun is the quantity's own
    return not noun.endswith(word_list("grade_endings.tsv"))


@cache
def _capacity_lead() -> re.Pattern[str]:
    """年产, 日处理: the capacity words between a project's owner and its size."""
    return re.compile(f"(?:[年日月](?:{alternation(words_where('per_units.tsv', 'kind', 'capacity'))}))?$")


def names_a_class(text: str, clause: Span, quantity: Quantity) -> bool:
    """A property right before the amount (extract/data/class_properties.tsv, kind name) and a noun right after
    it (时速350公里高铁, 设计时速120公里的城际铁路), a property right after it and then a noun (kind after: 3.8米直径
    新一代运载火箭), or a property bounded right before it (kind bound, a word of
    extract/data/class_bounds.tsv between) and a noun after it (营收过百亿元农产品加工企业, 高度超过1米的树木):
    the class of the thing named, no amount to reach."""
    head = text[clause.start:quantity.start]
    if head.endswith(words_where("class_properties.tsv", "kind", "name")):
        return HAN.match(text, quantity.end, clause.end) is not None
    after = text[quantity.end:clause.end]
    named = next((w for w in words_where("class_properties.tsv", "kind", "after") if after.startswith(w)), None)
    if named is not None:
        return HAN.match(after, len(named)) is not None  # 3.8米直径新一代运载火箭, 110米口径射电望远镜
    return _bounded_property().search(head) is not None and _class_noun(text, quantity.end, clause.end)


def class_property_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`names_a_class` rules an amount out: a property of
    class_properties.tsv (of any kind)."""
    return word_list("class_properties.tsv")


@cache
def _bounded_property() -> re.Pattern[str]:
    properties = alternation(words_where("class_properties.tsv", "kind", "bound"))
    return re.compile(f"(?:{properties})(?:{alternation(word_list('class_bounds.tsv'))})$")


def _class_noun(text: str, start: int, end: int) -> bool:
    """A noun after an amount (及以上 and 的 allowed between), neither a verb (营收超百亿元增长8%) nor the step of
    a scale reached (超千亿元台阶, extract/data/generic_labels.tsv)."""
    noun = CLASS_NOUN.match(text, start, end)
    if noun is None or text.startswith(word_list("generic_labels.tsv"), noun.end()):
        return False
    verb = verb_in(text, noun.end(), min(end, noun.end() + CLASS_VERB))
    return verb is None or verb.start > noun.end()
