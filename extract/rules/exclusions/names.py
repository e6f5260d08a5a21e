"""Numbers that belong to a name, a numbering or a quotation (RECORDS.md section 5: section and list numbers
and numbers inside names are no targets): an item number run into the amount (4.4人户 after 3.…), a place's or
a programme's name around it (某省七台河市, 15分钟社区生活圈; extract/data/named_places.tsv), a word the measure
word opens or lies in (二人转, 三人篮球, 2024台北; extract/data/numeral_words.tsv), a policy carried
out that is named by its amount (落实…3000亿元专项再贷款支持政策; extract/data/policy_names.tsv), a fixed formula
naming a set by its number (两个大局; extract/data/numbered_formulas.tsv), a short quotation
or a title (“333”行动, 《关于…的12条措施》). A quoted list of standards (“城区5-10分钟、郊区15-20分钟”) stays.
"""
from __future__ import annotations

import re
from functools import cache

from ...chars import HAN, HAN_CLASS
from ...lexicon import alternation, pattern_where, read_table, word_list, words_where
from ...segment import tags
from ..commitments import verb_in
from ..quantity import Quantity
from ..sentences import Span
from .phrases import starts_a_predicate

QUOTE_WINDOW = 14
SLOGAN_WINDOW = 28  # “百个大空间、千个链接点、万个微基建”: a slogan of amounts in words runs longer
QUOTED_LIST = "、"  # a quotation listing amounts states standards, it names nothing
PLACE_TAG = "ns"  # jieba's tag of a place name
PLACE_LEVELS = ("省", "市", "州", "盟", "区", "县", "旗", "镇", "乡")  # how a region's name ends (七台河市)
PLACE_REACH = 4  # 七台 + 河市: how far after a numeral its place name's level ending may stand
CITY_LEVELS = ("市", "州", "盟")  # a prefecture's name ends so, its counties' names follow it
COUNTY_ENDINGS = ("区", "县", "旗", "市")  # a county-level name's last character, after its city's name
GENERAL_MEASURE = "个"  # 某市两个区: places counted, not a name
ITEM_DECIMAL = re.compile(r"(\d{1,2})\.\d")  # 4.4人户: an item number 4. before the amount 4
PLACE_NAME_GAP = 6  # 树森林, 社区生活: the words between a number and the head noun of the name it is part of
FORMULA_PARTICLE = "的"  # 五个新城的公共服务: the formula whole, then what belongs to it
BOUND_STARTS = ("以", "内", "左右", "多", "余")  # 30公里以上环公园绿道: a bound, the amount is a measure
NAME_TAIL = "。;；,，:： ”\""  # marks and a closing quote a policy's name may stand before at its clause's end
NUMERAL_WORD_REACH = 3  # 三人篮球: how far a word holding the measure word runs on past the amount
ROUND_MULTIPLES = "十百千万"  # 千亿斤, 百亿元: the multiplier that opens a magnitude written with no number before it
PROGRAMME_NAME = 10  # 粮食产能提升 (行动), 龙头企业培育 (计划): the words of a programme's name before its head noun
# the marks opening and closing a quotation or a title, and how far before and after an amount each is looked for
QUOTES = (("“", "”", QUOTE_WINDOW), ("\"", "\"", QUOTE_WINDOW), ("《", "》", None))


def numbered_item(text: str, quantity: Quantity) -> bool:
    """A decimal at a line's start whose whole part numbers the line among its neighbours (3.…, then
    4.4人…): the item number 4. and the amount 4 run together."""
    if quantity.start and text[quantity.start - 1] != "\n":
        return False
    number = ITEM_DECIMAL.match(text, quantity.start)
    if number is None:
        return False
    item = int(number.group(1))
    line = text.rfind("\n", 0, max(0, quantity.start - 1)) + 1
    after = text.find("\n", quantity.start)
    return (text.startswith(f"{item - 1}.", line) and line < quantity.start) or (
        after >= 0 and text.startswith(f"{item + 1}.", after + 1))


def in_a_word(text: str, quantity: Quantity) -> bool:
    """The amount's measure word lies inside a word that runs on past it (二人转, 城乡二元体制, 参加2024台北秋季
    旅展; extract/data/numeral_words.tsv): part of a name, no amount."""
    for word in _numeral_words().finditer(text, quantity.start, quantity.end + NUMERAL_WORD_REACH):
        if word.start() < quantity.end < word.end():
            return True
    return False


def numeral_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`in_a_word` rules an amount out: a word of numeral_words.tsv, which
    runs on past the amount only inside the amount's sentence (no word of it holds a mark or a space)."""
    return word_list("numeral_words.tsv")


@cache
def _numeral_words() -> re.Pattern[str]:
    return re.compile(alternation(numeral_words()))


def names_a_place(text: str, clause: Span, quantity: Quantity) -> bool:
    """The head noun of a place's or a programme's name follows the amount, its measure cannot count it and
    no verb or bound stands between (某棵树森林公园, 15分钟社区生活圈; extract/data/named_places.tsv)."""
    name = _named_place().match(text, quantity.end, clause.end)
    if name is None or name.group("gap").startswith(BOUND_STARTS):
        return False
    counted_by, kinds = _named_places()[name.group("head")]
    if quantity.unit in counted_by or quantity.kind not in kinds:
        return False  # 建成3个社区生活圈: the places counted; 年回收10万吨…中心: the size of what is built
    return verb_in(text, name.start("gap"), name.end("gap")) is None


def in_a_place_name(text: str, clause: Span, quantity: Quantity) -> bool:
    """The amount lies inside a word jieba's dictionary knows as a place (七台河市 is one word) that ends
    as a region's name does or follows one (某省七台河); or it stands right after a prefecture's name and
    right before a county-level ending (某市 + 九台 + 区: a county of the city), its measure no general one
    (某市两个区 counts the districts). Not 新建三座门岗: 新建 and 三座门 are places to jieba, no region's."""
    if text[quantity.start - 1:quantity.start] not in PLACE_LEVELS and not any(
            c in PLACE_LEVELS for c in text[quantity.end:min(clause.end, quantity.end + PLACE_REACH)]):
        return False  # no region's name ends right before the amount or a few characters after it
    at, previous = clause.start, ("", "")
    for word, tag in tags(text[clause.start:clause.end]):
        end = at + len(word)
        if end > quantity.start:
            if at <= quantity.start and quantity.end < end:
                return tag == PLACE_TAG and (word.endswith(PLACE_LEVELS) or _a_region(*previous, PLACE_LEVELS))
            break
        previous, at = (word, tag), end
    return _a_region(*previous, CITY_LEVELS) and at == quantity.start and quantity.unit != GENERAL_MEASURE \
        and text.startswith(COUNTY_ENDINGS, quantity.end)


def _a_region(word: str, tag: str, levels: tuple[str, ...]) -> bool:
    return tag == PLACE_TAG and word.endswith(levels)


def named_place_words() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`names_a_place` rules an amount out: the head noun of a name."""
    return tuple(_named_places())


@cache
def _named_places() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {r["word"]: (frozenset(r["counted_by"].split()), frozenset(r["kinds"].split()))
            for r in read_table("named_places.tsv")}


@cache
def _named_place() -> re.Pattern[str]:
    return re.compile(f"(?P<gap>[{HAN_CLASS}]{{0,{PLACE_NAME_GAP}}}?)(?P<head>{alternation(tuple(_named_places()))})")


def in_a_policy_name(text: str, clause: Span, quantity: Quantity) -> bool:
    """The amount stands in the name of a policy carried out: a verb of carrying out before it in its clause,
    the clause ending on a policy's head noun after it (落实…再降10%政策; extract/data/policy_names.tsv), or on a
    programme's right after a round magnitude in words (实施百亿斤粮食产能提升工程: see _round_magnitude)."""
    rest = text[quantity.end:clause.end].rstrip(NAME_TAIL)
    if pattern_where("policy_names.tsv", "role", "verb").search(text, clause.start, quantity.start) is None:
        return False
    return rest.endswith(words_where("policy_names.tsv", "role", "head")) or (
        _round_magnitude(text, quantity) and _programme_name().fullmatch(rest) is not None)


def _round_magnitude(text: str, quantity: Quantity) -> bool:
    """A magnitude written as a multiplier alone, no digit or numeral before it (千亿斤, 百亿元): the round size a
    programme is named after; 实施30项疏堵工程 and 实施1000万平方米…改造工程 count and measure the programme's work."""
    return quantity.chinese and text[quantity.start] in ROUND_MULTIPLES


@cache
def _programme_name() -> re.Pattern[str]:
    heads = alternation(words_where("policy_names.tsv", "role", "programme"))
    return re.compile(f"[{HAN_CLASS}]{{1,{PROGRAMME_NAME}}}(?:{heads})")


def in_a_formula(text: str, quantity: Quantity) -> bool:
    """The count opens a fixed formula naming a set by its number, written whole (两个大局, 五个新城(的),
    两个清单(实行…); extract/data/numbered_formulas.tsv): the formula's number, no amount to reach."""
    if not quantity.chinese:
        return False
    formula = next((w for w in word_list("numbered_formulas.tsv") if text.startswith(w, quantity.start)), None)
    if formula is None:
        return False
    end = quantity.start + len(formula)
    return HAN.match(text, end) is None or text.startswith(FORMULA_PARTICLE, end) or starts_a_predicate(text[end:])


def quote_openers() -> tuple[str, ...]:
    """What a sentence holds wherever :func:`quoted` rules an amount out: a mark opening a quotation or a title."""
    return tuple(opener for opener, _, _ in QUOTES)


def quoted(text: str, clause: Span, quantity: Quantity) -> bool:
    """Inside a short quotation (longer for a slogan of amounts in words) or any title: “333”行动,
    “15分钟社区生活圈”, 《关于…的12条措施》; not a
    quoted list of standards (按照“城区5-10分钟、郊区15-20分钟”的原则布局)."""
    for opener, closer, window in QUOTES:
        left = text[clause.start if window is None else max(clause.start, quantity.start - window):quantity.start]
        reach = SLOGAN_WINDOW if window is not None and quantity.chinese else window
        right = text[quantity.end:clause.end if reach is None else min(clause.end, quantity.end + reach)]
        if opener in left and closer not in left[left.rfind(opener) + 1:] and closer in right:
            quoted = left[left.rfind(opener) + 1:] + right[:right.find(closer)]
            # “城区5-10分钟、郊区15-20分钟”: standards in figures; “四个中心、六个基地” is a slogan
            return window is None or quantity.chinese or QUOTED_LIST not in quoted
    return False
