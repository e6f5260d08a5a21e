"""What an amount measures, as short as the text allows: 道路机扫率, 省达标小区, 公厕."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..chars import HAN_CLASS, han_count
from ..lexicon import alternation, word_list, words_where
from ..segment import tags, tokens, verbs
from .comparators import comparator_patterns
from .exclusions.baselines import opens_on_old_level
from .label_cleaning import (CLOSERS, MAX_INDICATOR, MIN_PER_HEAD, NOUN_TAGS, PER, clean, per_tail,
                             without_function_words)
from .label_parts import basis_at, basis_close, frame_of, names_a_grade, names_no_label, without_opening_verb
from .quantities import find_quantities
from .quantity import Quantity
from .ratio_labels import SHARE_WORD, is_share_of_things, multiple_label, share_label
from .respective_labels import respective_label, verb_positions
from .sentences import Span

AFTER_STOPS = re.compile(r"[、,，;；。:：!?！？(（]")  # 12万人次(牵头单位:…): the note is not what is counted
ALTERNATIVE_NAME = re.compile(f"[(（][{HAN_CLASS}]{{1,2}}[)）]")  # 乡(镇), 村(居): a short noun's other name, kept
SHORT_NOUN = 1  # 乡 alone is too short a label: its bracketed other name goes with it
AHEAD_TAIL = 3  # how far from a label's end a bound word (最高, 至少) may end
# where a phrase after the unit runs on into another amount (10名县级人才到乡镇服务1年以上): it names the
# counted thing up to that amount (县级人才到乡镇服务); digits of a Latin name (PM2.5, 5G) are no amount
NEXT_AMOUNT = re.compile(r"(?<![A-Za-z._\d])\d+(?:\.\d+)?(?![A-Za-z.\d])")
# a grade of scale naming nothing alone (千亿级, 五百亿级): what is graded is named after the list's last grade
SCALE_GRADE = re.compile(r"^[一二三四五六七八九十百千万亿]*[十百千万亿]级")
BASIS_KINDS = frozenset({"money", "percent", "multiple"})  # a rate or sum a basis phrase sets (not 10个托位)


def indicator(text: str, clause: Span, quantity: Quantity, verb: tuple[int, int] | None, *,
              previous: str | None, previous_clause: Span | None) -> str:
    """The noun phrase the amount counts, else the subject of its verb, else what the clause
    before it was about (a list: 2024年完成12个…改造,2025年再完成15个)."""
    basis = _by_basis(text, clause, quantity)
    if basis:
        return basis
    respective = respective_label(text, clause, quantity, previous_clause) or multiple_label(text, clause, quantity)
    if respective:
        return respective
    if previous_clause is not None and opens_on_old_level(text, clause, quantity):
        noun = _subject_noun(text, previous_clause)  # 规模居首位,从1.3万亿元增长到13万亿元
        if han_count(noun) >= MIN_PER_HEAD:
            return noun
    per_head = _per_head(text, clause, quantity) or share_label(text, clause, quantity)
    if per_head:
        return per_head
    object_before = Span(verb[1] if verb else clause.start, quantity.start)
    after = _after_unit(text, clause, quantity) or _after_list(text, clause, quantity)
    after = _graded_item(text, clause, quantity, after)
    if after in word_list("manner_verbs.tsv"):
        after = ""  # 按低保标准的1.5倍确定: what closes the clause is how, not what is counted
    subject: str | Span = _spender(text, clause, quantity, verb) or (Span(clause.start, verb[0]) if verb else "")
    candidates: list[str | Span]
    if quantity.kind in ("percent", "points") and not is_share_of_things(text, clause, quantity, verb, after):
        candidates = [subject, object_before, after]
    elif after and text[quantity.end:quantity.end + 1] not in "以左余多":
        candidates = [after, object_before, subject]
    else:
        candidates = [object_before, after, subject]
    if previous:
        candidates.append(previous)
    candidates.append(Span(clause.start, quantity.start))
    action = text[verb[0]:verb[1]] if verb else ""
    generic = word_list("generic_labels.tsv")
    chosen = next((c for c in _labels(text, candidates) if han_count(c) >= 2 and c != action and c not in generic),
                  None)
    if chosen is None and previous_clause is not None:  # segmenting the clause before costs: last resort
        tail = _tail_noun(text, previous_clause)
        chosen = tail if han_count(tail) >= 2 and tail != action else None
    return _kind_of_examples(without_function_words(chosen or ""))[-MAX_INDICATOR:]


def _kind_of_examples(label: str) -> str:
    """重点实验室、数据共享中心等创新平台 → 创新平台, 康复大学等高校 → 高校: a label listing examples before a
    closing word (extract/data/example_closers.tsv) names what is counted by the kind after it, a noun among
    its words (not 等建成开放: what is done to the things listed) and not opening on a word naming no kind
    (等工作, 等方式, 等方面: the examples stay)."""
    closers = words_where("example_closers.tsv", "role", "closer")
    if not any(closer in label for closer in closers):
        return label
    words = tags(label)
    last = max((at for at, (word, _) in enumerate(words) if word in closers), default=None)
    if last is None or not any(tag.startswith(NOUN_TAGS) for _, tag in words[last + 1:]) \
            or last + 1 < len(words) and words[last + 1][0] in words_where("example_closers.tsv", "role", "vague"):
        return label  # 85个口袋公园等建成开放, 性能测定等工作: no kind named after the list
    kind = "".join(word for word, _ in words[last + 1:])
    return kind if han_count(kind) >= MIN_PER_HEAD else label


def _by_basis(text: str, clause: Span, quantity: Quantity) -> str | None:
    """An amount inside a basis phrase (按…的50%, 按照每生每学年5000元的标准) whose words before say who pays
    (区财政, 由市财政) or nothing is the rate or sum of what the words after the phrase name (…的标准进行学位补贴
    → 学位补贴标准), for the grade it is listed for (小学每生每学年5000元 → 小学学位补贴标准) and the time it is
    paid in (在…期间). A noun phrase before the basis (认定标准按低保标准的1.5倍) is read as before."""
    head = text[clause.start:quantity.start]
    at = basis_at(head)
    if quantity.kind not in BASIS_KINDS or at is None or SHARE_WORD in head[at[1]:]:
        return None  # 按…支出占国内生产总值的4%: a share, named by whose and of what
    if any(other.kind != quantity.kind for other in find_quantities(head[at[1]:])):
        return None  # 按照…消除66人以上超大班额、…比例控制在5%: the phrase closed before the amount
    if not names_no_label(clean(head[:at[0]])):
        return None  # 认定标准按低保标准的1.5倍: what is set, with what it is set on
    close = basis_close(text[quantity.end:clause.end])
    tail = _after_unit(text, clause, quantity, None if close is None else quantity.end + close[0])
    tail = without_opening_verb(tail) if tail not in word_list("manner_verbs.tsv") else ""
    if han_count(tail) < MIN_PER_HEAD:
        return None
    grade = clean(head[at[1]:]).split(PER)[0]
    grade = grade if quantity.kind == "money" and names_a_grade(grade) else ""
    return f"{frame_of(head[:at[0]].strip())}{grade}{tail}{close[1] if close else ''}"[-MAX_INDICATOR:]


def _spender(text: str, clause: Span, quantity: Quantity, verb: tuple[int, int] | None) -> str:
    """中央财政投入223亿元 → 中央财政投入, 各级政府拟投入8500亿元 → 各级政府投入: a verb naming the sum right
    after it (extract/data/sum_verbs.tsv) belongs to the label with its subject, who alone only says who spends."""
    if (verb is None or quantity.kind != "money" or text[verb[1]:quantity.start].strip()
            or text[verb[0]:verb[1]] not in word_list("sum_verbs.tsv")):
        return ""
    who = without_function_words(clean(text[clause.start:verb[0]]))
    joint = "的" if text[verb[0] - 1:verb[0]] == "的" else ""  # 用于“三农”的投入
    return f"{who}{joint}{text[verb[0]:verb[1]]}"[-MAX_INDICATOR:] if han_count(who) >= MIN_PER_HEAD else ""


def _labels(text: str, candidates: list[str | Span]) -> Iterator[str]:
    """The candidate labels in order, a span of the text cleaned only when it is read (the first
    candidate is taken most of the time)."""
    for candidate in candidates:
        yield candidate if isinstance(candidate, str) else _without_bound(clean(candidate.text(text)))


def _without_bound(label: str) -> str:
    """奖励额度每年最高(不) → 奖励额度, 实训每人最高可 → 实训: a bound word (最高, 至少) left at the end is no
    part of the label, nor whom it is per (每人) once the bound is gone."""
    if not _ahead_tail().search(label[-AHEAD_TAIL:]) and not _ahead_tail().search(label[:-1][-AHEAD_TAIL:]):
        return label  # most labels: no bound word near the end, nothing to segment
    label = without_function_words(_ahead_tail().sub("", without_function_words(label)))
    return per_tail().sub("", label) if PER in label else label


def _per_head(text: str, clause: Span, quantity: Quantity) -> str | None:
    """生活补贴标准为每人每月150元, 补贴按每户每年200元发放: a sum per person or household is labelled
    by the noun after it (领取每人每月600元交通补贴), else by all the words before it (生活补贴标准),
    whose verb is part of the name."""
    head = text[clause.start:quantity.start]
    tail = per_tail().search(head)
    if quantity.kind != "money" or tail is None:
        return None
    after = _after_unit(text, clause, quantity)
    words = tags(after) if han_count(after) >= 2 else []
    if words and words[-1][1].startswith("n"):
        return after  # 可领取每人每月600元交通补贴: the noun after the sum names it
    label = without_function_words(clean(head))
    return label[-MAX_INDICATOR:] if han_count(label) > MIN_PER_HEAD else None  # not 给予, 按照 alone


def _subject_noun(text: str, clause: Span) -> str:
    """What a clause is about: the nouns before its last verb (网络零售规模连续9年位居首位 → 网络零售规模),
    for the clause after it that opens on the old level of a change and names no subject (,从1.3万亿元增长到…)."""
    words = tags(clause.text(text))
    verb_at = verb_positions(words)
    words = words[:verb_at[-1]] if verb_at else []
    while words and (not words[-1][1].startswith(NOUN_TAGS) or words[-1][0][0].isdigit()):  # 连续9年
        words.pop()
    return clean("".join(word for word, _ in words))


def _tail_noun(text: str, clause: Span) -> str:
    """What a clause acts on: the words after its last verb (各街道要组织评选绿色家庭 → 绿色家庭)."""
    found = list(verbs(clause.text(text), offset=clause.start))
    start = found[-1].end if found else clause.start
    return clean(text[start:clause.end])


def _graded_item(text: str, clause: Span, quantity: Quantity, after: str) -> str:
    """2家千亿级、24家百亿级工业企业 → 千亿级工业企业, 3个万亿级和7个千亿级产业集群 → 万亿级产业集群: an amount
    of a list whose words name only a grade of scale counts the things the next item names after its grade."""
    grade = SCALE_GRADE.match(after)
    if grade is None or grade.end() != len(after) or not text.startswith(after, quantity.end):
        return after  # most amounts: a noun after them
    rest = text[quantity.end + len(after):clause.end]
    join = next((j for j in sorted(word_list("list_joins.tsv"), key=len, reverse=True) if rest.startswith(j)), "")
    following = find_quantities(rest[len(join):]) if join else []
    if not following or following[0].start:
        return after  # 3个千亿级, …: no next item right after the join
    tail = _after_unit(text, clause, quantity, quantity.end + len(after) + len(join) + following[0].end)
    its_grade = SCALE_GRADE.match(tail)
    noun = tail[its_grade.end():] if its_grade else ""
    return after + noun if han_count(noun) >= MIN_PER_HEAD else after


def _after_list(text: str, clause: Span, quantity: Quantity) -> str:
    """给予40万元、30万元、20万元服务奖励: an amount of a list counts what the noun after its last names."""
    rest = text[quantity.end:clause.end]
    joins = word_list("list_joins.tsv")
    if rest[:1] not in joins:
        return ""  # most amounts: no list goes on after them
    end = 0
    for later in find_quantities(rest):
        if rest[end:later.start] not in joins or later.unit != quantity.unit:
            break
        end = later.end
    if not end or comparator_patterns()[1].match(rest[end:]):
        return ""  # 达到3500亿元、百亿元以上产业链…: the last amount bounds what follows, it names nothing shared
    return _after_unit(text, clause, quantity, quantity.end + end)


def _after_unit(text: str, clause: Span, quantity: Quantity, end: int | None = None) -> str:
    rest = comparator_patterns()[1].sub("", text[quantity.end if end is None else end:clause.end])
    if rest.lstrip()[:1] in CLOSERS:
        return ""  # 慰问金(每人500元)按时发放: the amount closes an aside, the words after the bracket count nothing of it
    stop = AFTER_STOPS.search(rest)
    alternative = ALTERNATIVE_NAME.match(rest, stop.start()) if stop else None
    if alternative and han_count(rest[:stop.start()]) == SHORT_NOUN:
        stop = AFTER_STOPS.search(rest, alternative.end())  # 一个乡(镇)进行试点: the noun and its other name
    rest = rest[: stop.start()] if stop else rest
    later = NEXT_AMOUNT.search(rest)
    if later is not None and _opens_next_item(rest.lstrip()):
        return ""  # 治理面积0.5万亩和安全河道建设1公里: the words after the conjunction are the next item's
    if later is not None and han_count(rest[:later.start()]) >= MIN_PER_HEAD:
        rest = _without_verb(without_function_words(rest[:later.start()].rstrip()))  # 8所高校14个学科… → 高校
    return clean(rest)


def _without_verb(phrase: str) -> str:
    """公厕实行 (50座公厕实行24小时开放) → 公厕: the verb before the next amount acts on it, the counted
    thing is the words before the verb."""
    words = tags(phrase)
    if len(words) < 2 or not words[-1][1].startswith("v"):
        return phrase
    head = phrase[:-len(words[-1][0])]
    return head if han_count(head) >= MIN_PER_HEAD else phrase


def _opens_next_item(rest: str) -> bool:
    """Whether the words after an amount open on a conjunction standing as a word (和, 及, 与, 以及 of
    extract/data/list_joins.tsv; not the 及 of 及时): they begin the next item of a list."""
    joins = word_list("list_joins.tsv")
    if not rest.startswith(joins):
        return False
    first = next(iter(tokens(rest)), None)
    return first is not None and first.text in joins


@cache
def _ahead_tail() -> re.Pattern[str]:
    """最高, 至少 left at the end of a label (奖励额度每年最高不超过10万元): the bound, not what is bounded."""
    return re.compile(f"(?:{alternation(words_where('comparators.tsv', 'position', 'ahead'))})$")
