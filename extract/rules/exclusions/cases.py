"""The cases, conditions and scopes of a rule, its applicants and entitlements (RECORDS.md section 5: a target
is output the plan commits to; a rule's terms commit to none): which things a rule covers (总投资在100万元以下的
项目, 30人以上企业, 带动3人以上就业的借款人), the case a provision or a duty applies to (不足5000名的, 三个以上的单位
共同承担同一项目的,应当…) and how an assessment scores (发现1处扣3分). A sum granted (给予8万元的安家奖励) stays.
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN_CLASS
from ...lexicon import alternation, read_table, word_list, word_pattern, words_where
from ..commitments import verb_in
from ..comparators import COMPARATOR_WINDOW, comparator_patterns
from ..quantities import counted_by_noun, find_quantities
from ..quantity import Quantity
from ..sentences import Span
from .phrases import starts_a_predicate

# after a scope amount: 以上/以下 (in brackets or not, maybe with (含) on either side), 的, or a second bound
# (30万元至100万元的), then a noun; or a bracket closed right after it (大型场馆(单体面积1万平方米以上)、…: which
# buildings are meant)
SCOPE_AFTER = re.compile("(?P<bound>(?:规模)?(?:[(（]含[)）])?及?以[上下内](?:[(（]含[)）])?|[至到~～—-][0-9.]+[万亿]?元?)?"
                         f"(?P<bracket>[)）])?(?P<of>的)?(?:(?<=[)）])|(?=[{HAN_CLASS}]))")
# 以上的单位共同承担同一项目的, / 以上取得所得,并由…的,: a bound, then the words run on (one more clause at
# most) to the 的 closing a case
BOUNDED_CASE = re.compile("及?以[上下][^,，;；。]*(?:[,，][^,，;；。]*)?的(?=[,，])")
CLAUSE_MARKS = re.compile("[,，;；]")
SCOPE_BEFORE = re.compile("[0-9.]+[万亿]?元?[至到~～—-]$")  # the upper bound of 30万元至100万元的工程
# an aside between a scope amount and its bound: the amount restated in another measure in brackets
# (排放量达2.6万吨二氧化碳当量(综合能源消费量约1万吨标准煤)及以上的…企业, 110千伏(66千伏)及以上的…工程), or
# the bracket holding the amount closed (…约1万吨标准煤)及以上的); the bound must follow
SCOPE_ASIDE = re.compile(f"(?:[{HAN_CLASS}]{{0,6}}[(（][^()（）,，;；。]{{1,24}}[)）]|[)）])(?=(?:[(（]含[)）])?及?以[上下])")
RELATIVE_VERB = 4  # 就业: the verb of a clause describing an applicant, between a bound and 的
BENEFIT_HEAD = 8  # 一次性创业: the words before a benefit noun that name the benefit
CONDITION_NOUN = 4  # 两项及以上标准的: what the case counts, between the bound and 的
# 入围企业在3家及以上的,…; 同时满足两项及以上条件的,…: the case a clause opens
# 留用率达到60%以上(含60%)的,…: the bound restated inclusive in brackets before the 的
# 疏散人员1万人以上5万人以下的: the lower bound of a bracket of a grade's criterion, the upper one after it
UPPER_BOUND = "[0-9.]+[万亿]?[^0-9,，;；。]{0,4}?以下"
CONDITION_AFTER = re.compile(f"(?:及?以[上下])?(?:以上{UPPER_BOUND})?(?:[(（]含[^()（）]*[)）])?"
                             f"[{HAN_CLASS}]{{0,{CONDITION_NOUN}}}的")
CASE_END = ("的", "时")  # 不足5000名的, 房源不足3套时: the case a provision applies to
# 扣0.5分, 得3-5分, 扣一分, 得两分 (a bare 十 is left out: 做得十分扎实 is "very")
POINT = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九]十?[一二三四五六七八九]?|十[一二三四五六七八九])"
POINTS_AMOUNT = f"{POINT}(?:[-~～—至]{POINT})?"
BAND_AMOUNT = "\\d+(?:\\.\\d+)?%?"  # the first bound of a band, 80% in 高于80%低于90%
POINTS = "分"  # what points are counted in (扣3分)
QUALIFIED_NOUN = re.compile(f"[{HAN_CLASS}]{{1,10}}?(?=[0-9一二三四五六七八九十两])")  # 休闲林地 before its count


@cache
def scoring_rule() -> re.Pattern[str]:
    """扣3分, 得 2 分, 不得分, 高于80%低于90%: a clause that deducts, gives or denies points, or the band of a
    lower grade (extract/data/scoring_words.tsv)."""
    def kind(name: str) -> str:
        return alternation(words_where("scoring_words.tsv", "kind", name))
    points = f"(?:{kind('points')}) ?{POINTS_AMOUNT} ?{POINTS}(?!钟|别|之)"
    band = f"(?:{kind('above')}){BAND_AMOUNT}(?:{kind('below')})\\d|(?:{kind('below')}){BAND_AMOUNT}(?:{kind('above')})\\d"
    outcome = f"(?:{kind('outcome')})(?![{HAN_CLASS}])"  # not 不得分割转让, 不计分类
    return re.compile(f"{points}|{outcome}|{band}")


def scoring_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`scoring_rule` finds a clause of it: the unit of points, a word of
    an outcome, or a word of a band's lower bound (a band has both)."""
    return (POINTS, *words_where("scoring_words.tsv", "kind", "outcome"), *words_where("scoring_words.tsv", "kind", "above"))


def falls_short(text: str, clause: Span, quantity: Quantity) -> bool:
    """合格率不足85%, 入园率未达98%: the amount is a threshold the text says was not reached, what a failing grade
    is given for (shortfall words of extract/data/scoring_words.tsv); not the level a change reaches (降至不足1%)."""
    before = text[clause.start:quantity.start]
    word = next((w for w in words_where("scoring_words.tsv", "kind", "shortfall") if before.endswith(w)), None)
    return word is not None and not before[:-len(word)].endswith(words_where("scoring_words.tsv", "kind", "reach"))


def shortfall_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`falls_short` rules an amount out: a shortfall word."""
    return words_where("scoring_words.tsv", "kind", "shortfall")


def opens_a_case(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A bounded amount in the case a sentence opens with (某人从两处以上取得所得,并由…的,对…), or in a
    clause closing a case a duty follows (…三个以上的单位共同承担同一项目的,应当…): which cases a rule
    provides for."""
    case = BOUNDED_CASE.match(text, quantity.end, sentence.end)
    if case is None:
        return False
    opening = not CLAUSE_MARKS.search(text, sentence.start, quantity.start)
    return opening or (case.end() == clause.end and _duty_follows().match(text, clause.end) is not None)


@cache
def _duty_follows() -> re.Pattern[str]:
    """A comma and a duty word opening the next clause (…的,应当…; extract/data/duty_modals.tsv)."""
    return re.compile(f"[,，](?:{word_pattern('duty_modals.tsv').pattern})")


def applies_to_a_case(text: str, clause: Span, quantity: Quantity, after: str) -> bool:
    """The amount is the bound of the case a provision applies to (供应企业为2家的,采取议价采购; 不足5000名的至少配备
    1名): ``after``, the rest of its clause, closes the case."""
    return CONDITION_AFTER.fullmatch(after) is not None or (after.startswith(CASE_END)
                                                            and _case_bound(text, clause, quantity))


def _case_bound(text: str, clause: Span, quantity: Quantity) -> bool:
    """不足5000名的, 未满3个月的: a case word right before the amount (extract/data/case_bounds.tsv)."""
    return text[clause.start:quantity.start].endswith(word_list("case_bounds.tsv"))


def scope(text: str, clause: Span, quantity: Quantity, after: str) -> bool:
    """An amount bounding which things a rule covers: 以上的/以下的/至…的 (or a range) then a noun
    that is not a level to reach (资金, 增长)."""
    needs = _scope_units().get(quantity.unit or "")
    if needs is None or counted_by_noun(text, quantity) or (
            needs == "rate" and not _rate_nouns().search(text[clause.start:quantity.start])):
        return False
    match = SCOPE_AFTER.match(after)
    aside = SCOPE_ASIDE.match(after)
    if aside is not None:
        match = SCOPE_AFTER.match(after, aside.end())
    if match is None:
        return False
    bounded = bool(match.group("bound") or quantity.value_max is not None
                   or SCOPE_BEFORE.search(text[clause.start:quantity.start]))
    if not (bounded or match.group("of")):
        return False
    compared = comparator_patterns()[0].search(
        text[max(clause.start, quantity.start - COMPARATOR_WINDOW):quantity.start]) is not None
    if needs == "bound" and not (bounded or compared):
        return False  # 建成3000亩的产业基地: the size of what is built; not 厚度低于0.01毫米的地膜
    if not (bounded or compared) and (word_pattern("grant_verbs.tsv").search(text[clause.start:quantity.start])
                                      or _names_a_benefit(after[match.end():])):
        return False  # 给予8万元的安家奖励, 每人800元的交通补贴: the sum given; not 给予年收入低于3万元的家庭补助
    if not bounded and _cap_before().search(text, clause.start, quantity.start) and _names_a_benefit(
            after[match.end():]):
        return False  # 可申请最高不超过15万元的创业担保贷款, 最高不超过3万元的补贴: the cap on the sum granted
    if match.group("bound") and _of_an_applicant().match(after, match.end()):
        return True  # 带动3人以上就业的借款人: who the rule covers, the amount in a clause on them
    if match.group("bound") and _counted_after(after[match.end():]):
        return True  # 建成800亩以上休闲林地4个: the size class of the things counted; the count is the target
    if not (match.group("of") or match.group("bracket")) and starts_a_predicate(after[match.end():]) and (
            verb_in(text, clause.start, quantity.start) is not None):
        return False  # 累计完成达3万元以上并…: the amount ends its phrase; what follows is another verb
    return not word_pattern("scope_heads.tsv").match(after, match.end())


def _counted_after(rest: str) -> bool:
    """The bounded size is followed by the noun it qualifies and a count of those things (…以上休闲林地4个):
    a short run of words, no mark between."""
    noun = QUALIFIED_NOUN.match(rest)
    if noun is None:
        return False
    counts = find_quantities(rest[noun.end():])
    return bool(counts) and counts[0].start == 0 and counts[0].kind == "count"


@cache
def _of_an_applicant() -> re.Pattern[str]:
    """A short verb phrase and 的 before an applicant (就业的借款人): a clause describing whom a rule covers."""
    return re.compile(f"[{HAN_CLASS}]{{1,{RELATIVE_VERB}}}的(?:{alternation(word_list('applicant_words.tsv'))})")


def _names_a_benefit(rest: str) -> bool:
    """The noun phrase after 的 ends its clause on a benefit noun (交通补贴, 一次性创业补贴), no grant verb
    before it (项目给予补贴: the sum is the project's)."""
    found = _benefit_phrase().match(rest)
    return found is not None and not word_pattern("grant_verbs.tsv").search(found.group("head"))


@cache
def _benefit_phrase() -> re.Pattern[str]:
    return re.compile(f"(?P<head>[{HAN_CLASS}]{{0,{BENEFIT_HEAD}}}?)(?:{word_pattern('benefit_nouns.tsv').pattern})"
                      "(?:$|[,，;；。])")


@cache
def _cap_before() -> re.Pattern[str]:
    """A word capping a sum right before it (最高, 最多; 上限), a bound word of comparators.tsv maybe after it
    (最高不超过): anchored at the end."""
    rows = read_table("comparators.tsv")
    caps = tuple(r["word"] for r in rows if r["position"] == "ahead" and r["comparator"] == "<=")
    caps += words_where("cap_nouns.tsv", "kind", "bracket")
    bounds = tuple(r["word"] for r in rows if r["position"] == "before" and r["comparator"] == "<=")
    return re.compile(f"(?:{alternation(caps)})(?:为|{alternation(bounds)})?$")


@cache
def _rate_nouns() -> re.Pattern[str]:
    """The rate words that name a rate (比例, 率), not the verb taking the share as its object (覆盖)."""
    return re.compile(alternation(tuple(r["word"] for r in read_table("rate_words.tsv") if not r["verb"])))


@cache
def _scope_units() -> dict[str, str]:
    return {r["unit"]: r["needs"] for r in read_table("scope_units.tsv")}
