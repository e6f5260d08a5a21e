"""Amounts that are no targets (RECORDS.md sections 3 and 5), whatever verb governs them: ``excluded`` is
the one entry point, asking in turn the tests of each kind, each in its own module:

- names.py: item numbers, place, programme and policy names, quotations and titles;
- sizes.py: capacities in project names, the size of each thing counted, class thresholds and thresholds of a noun;
- counts.py: counts of the plan's own categories, list and provisions, of a list summed up, designated or announced,
  frames of place;
- events.py: statistics of events and harm, and the figures they are compared with;
- places.py: descriptions of where a place is, of natural features and of what a standard makes up;
- background.py: background figures, and the levels a background word announces (states_a_level);
- cases.py: the scopes, cases and scoring of a rule, its applicants and benefits;
- conditions.py: the case a grant or a rule is for (对…的, 若…, 在…的前提下, …的,给予…, 当…时, …即可);
- sanctions.py: a regulation's fines, the shares of a body's members that sit or agree and the people it names
  to convene it or keep in touch;
- budgets.py: budget allocations and how they grow;
- baselines.py: the old level of a change (由3.6万元下降至…);
- phrases.py: the phrase readers they share;
- gates.py: which tests a sentence's words leave to ask (one scan of the sentence, read by ``excluded``).

The short tests on the amount's own unit and neighbours (dates, ordinals and codes, ages, ranks, building
numbers, clock times, denominators) stay here, in ``excluded``.
"""
from __future__ import annotations

import re

from ...chars import HAN, HAN_CLASS
from ...lexicon import word_list, word_pattern
from ..commitments import target_verbs
from ..comparators import sets_a_minimum
from ..deadlines import TimeMention
from ..notices import no_commitment
from ..parties import binds_a_party
from ..phrase_quantities import is_cadence
from ..quantity import Quantity
from ..rates import frequency, times_per_period
from ..sentences import Span
from .background import background_figure, background_words, states_a_level
from .baselines import is_baseline
from .budgets import budget_allocation, budget_follow_on
from .cases import applies_to_a_case, falls_short, opens_a_case, scope, scoring_rule
from .conditions import in_a_case
from .counts import (announces_own_list, apposition, combines_provisions, counts_categories, counts_own_list, created,
                     designated, in_a_measure_name, in_a_place_frame, presents_own_list, refers_back)
from .events import compares_figures, occurrences, reference_level
from .gates import (BACKGROUND, BASELINE, CLASS_PROPERTY, DESCRIPTION, NAMED_PLACE, NO_COMMITMENT, NUMERAL_WORD,
                    OCCURRENCE, QUOTED, SALE, SCORING, SHORTFALL, open_gates)
from .names import in_a_formula, in_a_place_name, in_a_policy_name, in_a_word, names_a_place, numbered_item, quoted
from .places import describes
from .sanctions import fine, members_share, names_a_role
from .sizes import class_threshold, in_a_name, in_a_project_name, names_a_class, size_of_each, threshold_of_a_noun

__all__ = ["background_words", "excluded", "open_gates", "states_a_level"]

LETTER_END = re.compile(r"[A-Za-z]$")  # a code's letter right before the number (C919)
ONE_OF = re.compile(f"[{HAN_CLASS}]{{0,12}}之一")  # 成为全国首批5个试点城市之一: the size of a group it joins
RANKED_UNITS = ("名", "位", "款", "条", "项")  # after 前: a rank or the paragraphs cited (前四款)
AGE = "周岁"
INCLUSIVE_OPEN = ("(含", "（含")  # 超过50人(含50人): the bound restated, no second amount
HEADCOUNT_UNITS = ("名", "人", "位")  # people or posts counted: never the plan's own categories
KINDS = "种"
MEDALS = "枚"
CLOCK_UNIT = "点"  # counted in digits only, and never after a part of the day (day_parts.tsv)
LIST_MARK_OPENERS = "(（"


def excluded(text: str, sentence: Span, clause: Span, quantity: Quantity, times: list[TimeMention], *,
             opened: int, address: bool = False) -> bool:
    """Whether an amount of ``clause`` (absolute offsets) is ruled out as a target before any verb is read.
    ``opened``: the gates the sentence's words open (gates.open_gates): a test whose gate is closed would
    answer no, and is not asked.
    ``address``: a share the text states bare (民间投资占比34%) is a level (in a report or a speech, or the review
    part of a work summary), not the situation a plan describes; the fines it reports imposed are results.

    Any one test rules the amount out, so their order changes no answer, only the cost: the tests on the
    amount's own unit and neighbours come first, then the tests that rule out most for what they cost;
    the fewest amounts ruled out for the most reading last."""
    before = text[max(clause.start, quantity.start - 2):quantity.start]
    after = text[quantity.end:clause.end]
    if any(t.start < quantity.end and quantity.start < t.end for t in times):
        return True  # part of a date
    if text[quantity.start] in LIST_MARK_OPENERS and (quantity.start == clause.start or before[-1:] in "\n\t "):
        return True  # (2)科学监测…: the number of a list item, not 2 科
    if quantity.unit == AGE:
        return True  # 年满18周岁, 女性不超过55周岁: the age of whom a rule covers
    if before.endswith(INCLUSIVE_OPEN):
        return True  # 超过50人(含50人): the bound before it restated inclusive
    if quantity.unit == CLOCK_UNIT and (quantity.chinese or word_pattern("day_parts.tsv").search(before)):
        return True  # 下午3点: a clock time; 把握好三点: points of an argument; not 30 service points
    tight = text[max(clause.start, quantity.start - 3):quantity.start].rstrip(" ")  # 第 1 次: Taiwan's spacing
    if tight.endswith(("第", "届")) or LETTER_END.search(tight) or tight.endswith(("〔", "[")):
        return True  # ordinal, code (C919), document number
    if before.endswith("前") and quantity.unit in RANKED_UNITS:
        return True  # 列全市前5名: a rank; 前四款: the paragraphs of the article cited
    if quantity.chinese and before.endswith("个"):
        return True  # 跨越3个千亿元台阶: steps of a scale named by their size, counted
    if quantity.unit in ("幢", "栋") and (quantity.value_max is not None or before[-1:] == "-"
                                          or not target_verbs()[0].search(before)):
        return True  # building numbers 1-84幢, 109-2幢, 花苑1幢: unless a verb builds them (新建12幢)
    if quantity.unit == "期" and quantity.chinese:
        return True  # 二期: a phase of a project's name
    if quantity.chinese and quantity.unit == MEDALS and text[quantity.end - 1] != MEDALS:
        return True  # 五金电料: a word; medals by their metal are counted in digits (贡献9金、5银)
    if quantity.unit == KINDS and quantity.chinese:
        return True  # 分为四种公交线路, 两种待遇: kinds the text sorts things into (46种产品 is counted)
    if before.endswith("每"):
        return True  # 每千人: the denominator of a rate
    if quantity.kind == "count" and ONE_OF.match(after):
        return True  # 入选首批5个试点城市之一: the size of the group joined, no result of the work
    recurring = times_per_period(text, clause, quantity)  # 每年召开两次会议: how often, a standard of the work
    if quantity.chinese and quantity.value < 2 and quantity.kind not in ("time", "rate", "multiple") and (
            after.startswith("性") or not (recurring or sets_a_minimum(text, clause, quantity))):
        return True  # 一批, 一个, 开展一次排查: not an amount; but 每季度开展一次调度 is once a quarter, 至少一个 one
    if (quantity.chinese and quantity.unit == "次" and HAN.match(after)
            and (after.startswith("性") or not recurring)):
        return True  # 二次开发, 一次性: a word, not an amount
    if BASELINE.asks(opened, quantity) and is_baseline(text, clause, quantity):
        return True  # 由3.6万元下降至2.5万元: the old level, not the target
    if budget_allocation(text, clause, quantity):
        return True  # 每年安排最高100万元经费: a budget allocation
    if quantity.kind == "count" and (apposition(text, clause, quantity) or designated(text, clause, quantity)):
        return True  # 安阳、商丘、信阳四个城市: how many things the list names
    if quantity.kind == "count" and word_pattern("participant_words.tsv").search(after[:24]):
        return True  # 23个部门参加的…机构: members of a body
    # a frequency (“一日三次”) or a cadence (“一年一体检,五年一评估”) in quotes is still a standard
    if QUOTED.asks(opened, quantity) and quoted(text, clause, quantity) \
            and not frequency().search(text[quantity.start - 3:quantity.end]) \
            and not is_cadence(quantity):
        return True
    if quantity.kind == "count" and quantity.unit not in HEADCOUNT_UNITS and not recurring \
            and not quantity.unit.endswith(word_list("occasion_units.tsv")) and counts_categories(
            after, chinese=quantity.chinese, made=lambda: not quantity.chinese and created(text, clause, quantity)):
        return True  # 4个方面, 7个场景, 128项测评指标: the plan's own categories; not 安排300名指标 (posts)
    if not recurring and BACKGROUND.asks(opened, quantity) and background_figure(text, clause, quantity,
                                                                                 address=address):
        return True  # 占地500亩, 高于全国0.8个百分点: background, not a commitment
    if scope(text, clause, quantity, after):
        return True  # 总投资在100万元以下的项目, 30人以上企业: which things a rule covers
    if after.startswith("级") or in_a_name(quantity, after) \
            or NUMERAL_WORD.asks(opened, quantity) and in_a_word(text, quantity) \
            or NAMED_PLACE.asks(opened, quantity) and names_a_place(text, clause, quantity) \
            or CLASS_PROPERTY.asks(opened, quantity) and names_a_class(text, clause, quantity):
        return True  # 500万吨级煤制油项目, 百亿级产业, 百万吨乙烯项目, 时速350公里高铁, 二人转: a class, capacity or word in a name
    if in_a_project_name(text, clause, quantity) or size_of_each(text, clause, quantity):
        return True  # 推动某化工120万吨乙烯项目投产, 建成3座35万千瓦电站: the size of what is counted
    if SCORING.asks(opened, quantity) and scoring_rule().search(text, clause.start, clause.end) \
            or SHORTFALL.asks(opened, quantity) and falls_short(text, clause, quantity):
        return True  # 发现1处扣3分, 低于80%不得分, 合格率不足85%: how an assessment scores or grades, not a target
    if budget_follow_on(text, sentence, clause, quantity):
        return True  # 安排…支出800亿元，比上年增加300亿元，增长7.5%: how the allocation grows
    if in_a_formula(text, quantity) or in_a_policy_name(text, clause, quantity):
        return True  # 统筹两个大局, 聚焦五个新城, 落实…再降10%政策: a formula or a policy named by its number
    if quantity.kind == "count" and in_a_place_frame(text, clause, quantity):
        return True  # 在3个核心区域、8条重点道路建设中加大…: where the work is done, counted
    if applies_to_a_case(text, clause, quantity, after):
        return True  # 供应企业为2家的,采取议价采购; 不足5000名的至少配备1名: the case a provision applies to
    if quantity.kind == "count" and (counts_own_list(text, clause, quantity) or refers_back(text, clause, quantity)
                                     or in_a_measure_name(text, sentence, quantity)):
        return True  # (共23项), 科技金融方面5项, 上述两个表格, 1.统筹两个市场。: no amount to reach
    if class_threshold(text, clause, quantity):
        return True  # 6个产业规模超千亿元: the round size the things counted pass; the count is the target
    if in_a_case(text, clause, quantity):
        return True  # 对投资总额200万美元以上的外资项目,…; 若…超过200人,再给予…: who qualifies (conditions.py)
    if OCCURRENCE.asks(opened, quantity) and occurrences(text, clause, quantity) or reference_level(after) \
            or compares_figures(text, clause, quantity):
        return True  # 发生地震48次, 造成3人死亡, 年均18次的1.8倍: statistics of events, harm and their comparisons
    if DESCRIPTION.asks(opened, quantity) and describes(text, clause, quantity):
        return True  # 东距某县城18公里, 海拔480米, 135米水位, 在25公里范围内, 字符共8位: descriptions
    if numbered_item(text, quantity):
        return True  # 4.4人户及以上家庭 after 3.…: the item's number 4. read into the amount
    if quantity.kind == "count" and (presents_own_list(text, clause, quantity)
                                     or combines_provisions(text, clause, quantity)
                                     or announces_own_list(text, quantity)):
        return True  # 现将…等28项典型做法通报如下, 两项激励额度可累加, 重点抓好三项工作。一是…: the document's own list
    if opens_a_case(text, sentence, clause, quantity):
        return True  # 三个以上的单位共同承担同一项目的,应当…: the case a duty is laid down for
    if threshold_of_a_noun(text, clause, quantity):
        return True  # 20张床位及以上的医疗机构要…: which things the sentence is about, by what each holds
    if quantity.chinese and in_a_place_name(text, clause, quantity):
        return True  # 某省七台河市, 某市九台区: a numeral and a measure word inside a place's name
    if (not address and fine(text, clause, quantity)) or members_share(text, clause, quantity) or names_a_role(
            text, clause, quantity):
        return True  # 处1倍以上3倍以下的罚款, 三分之二以上委员同意, 设召集人1人: a sanction or procedure (sanctions.py);
        # in a report of work done the fines imposed (处罚金额14万元, 罚没款145万元) are results
    if SALE.asks(opened, quantity) and binds_a_party(text, sentence, clause, quantity):
        return True  # 竞得人须在…8个月内开工建设,并在开工建设后1年内竣工: what a buyer must do (parties.py)
    # a notice's forms, reward bases, applicants' duties and definitions (notices.py)
    return NO_COMMITMENT.asks(opened, quantity) and no_commitment(text, sentence, clause, quantity)
