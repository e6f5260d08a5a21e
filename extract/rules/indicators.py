"""What an amount measures, as short as the text allows: 道路机扫率, 省达标小区, 公厕."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..chars import HAN_CLASS, han_count
from ..lexicon import alternation, word_list, word_pattern, words_where
from ..segment import last_characters, per_document, tags, tokens, verbs
from .comparators import comparator_patterns, share_bound
from .exclusions.baselines import opens_on_old_level
from .label_parts import (basis_at, basis_close, frame_of, names_a_grade, names_no_label, without_opener,
                          without_opening_verb)
from .quantities import Quantity, find_quantities
from .respective import RESPECTIVELY, list_items, paired_amounts, previous_list
from .sentences import Span

STOPS = re.compile(r"[、,，;；。:：!?！？]")
AFTER_STOPS = re.compile(r"[、,，;；。:：!?！？(（]")  # 12万人次(牵头单位:…): the note is not what is counted
ALTERNATIVE_NAME = re.compile(f"[(（][{HAN_CLASS}]{{1,2}}[)）]")  # 乡(镇), 村(居): a short noun's other name, kept
SHORT_NOUN = 1  # 乡 alone is too short a label: its bracketed other name goes with it
# a time word opening an indicator; 底/末/初/中 only after a year or month (中职学校, 初中 keep theirs)
# (a year of the Republic too, and Taiwan's space before 年: 107 年度)
LEADING_TIME = re.compile(r"^(到|至|在|于|从|(?:截至|预计) ?(?=\d{2,4} ?年))? ?(今年|年底前|年内|全年|每[年月日周天]|每季度|"
                          r"(?:(?:\d{4}年)?\d{1,2}月|\d{4}年度?|[〇零一二三四五六七八九]{4}年|"
                          r"\d{2,3} ?(?:年度|年(?=$|\s|[底末初前以之])))"
                          r"(?:底|末|初|中|份)?(?:前|以前|之前)?)?\s*")

# 第二十六条 第一类对象…: the article's number; (1)男性补助…: a list item's;
# 3.要有…, 2、孕期检查, 1.2.1 国家级: a list item's number (not a decimal: 1.5倍)
ARTICLE = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条|[(（]\d{1,2}[)）]|\d{1,2}(?:\.\d{1,2})*[.、．](?!\d)|"
                     r"\d{1,2}(?:\.\d{1,2})+(?= ))\s*")
MAX_INDICATOR = 30
AHEAD_TAIL = 3  # how far from a label's end a bound word (最高, 至少) may end
MIN_PER_HEAD = 2
MAX_TRAILING_WORDS = 2
TRAILING_TAGS = frozenset({"p", "c", "u", "d", "uj", "ul", "ud", "uz", "uv"})  # jieba's function-word tags
TRAILING_WORDS = frozenset({"各", "每月", "每年", "每季度", "每日", "每天", "双双", "中"})
DIGIT = re.compile(r"\d")
# the old level of a change (税目比例由21%, 中职学校由71所优化): the label ends before 由/从
BASELINE_TAIL = re.compile(r"(?<!自)[由从][^由从]*(?:\d|百分之)[^由从]*$")
BASELINE_MARKS = re.compile("[由从]")
PLAN_PERIOD = "“?十[一二三四五六七八九]五”?"  # a baseline at a plan period's end (较“十三五”末)
RANK_ENDS = ("第", "前")
# the scope of a rank (居全国第1位, 位居西部前三)
RANK_SCOPE = r"(?:全[国省市区县]|世界|全球|[东中西]部|同类城市)?"
# the base a change is stated on (检验收费在现行标准基础上再降30%, 在上一年的基础上增长10%): no part of the label
BASE_END = "上"
BASE_PHRASE = re.compile(r"(?:并|再|要)?在[^在]{0,15}(?:基础|基数)上$")
PER = "每"
# a time closing a label (9月底前, 2025年, 一九五二年, 民国 100 年 11 月, 5年前, 104 年起, (2017年预测) is the clause's
DATED_TAIL = (r"[(（]?(?:民国 ?)?(?:(?:\d{1,4}|[〇零一二三四五六七八九]{4}) ?年度?(?: ?\d{1,2} ?月)?|\d{1,2} ?月)"
              r"(?:底|末|初|份)?(?:前|以前|之前|起|以来|预测|预计)?$")
OPENERS = "(（“"  # a bracket or quote left open at a label's end: what it opened was cut off
CLOSERS = ")）"
NOUN_TAG = "n"  # jieba's tags of nouns: n, nr, ns, nz…
VERB_TAG = "v"  # jieba's tag of a verb (not vn, a verbal noun: 旅游 of 旅游人数)
TIME_TAG = "t"  # jieba's tag of a time word (今年底, 年底)
NOUN_TAGS = ("n", "vn", "an", "j", "l", "eng")  # jieba's tags of words that can name a thing
# a bracket closing a label that holds an amount (商业登记家数(53,832家)): a note, not the name (PM2.5 is no amount)
AMOUNT_NOTE = re.compile(r"[(（][^()（）]*(?<![A-Za-z._\d])\d[^()（）]*[)）]$")
# a footnote mark inside a label (主导产业[2]占GDP比重): the note, not the name
FOOTNOTE = re.compile(r"\[\d{1,2}\]")
# where a phrase after the unit runs on into another amount (10名县级人才到乡镇服务1年以上): it names the
# counted thing up to that amount (县级人才到乡镇服务); digits of a Latin name (PM2.5, 5G) are no amount
NEXT_AMOUNT = re.compile(r"(?<![A-Za-z._\d])\d+(?:\.\d+)?(?![A-Za-z.\d])")
# the next amount of a list (高等职业学校和150个骨干专业): the label ends before it
LIST_TAIL = re.compile(r"[和及与、]\d.*$")
# where what grows ends before a multiple: the comparison (比, 较, 等于), its verb (增长两倍), a span of years
# (3年翻一番), 翻 itself
MULTIPLE_HEAD_END = re.compile(r"比|较|等于|相当于|达到|是|增长|增加|提高|扩大|\d+年|[一二两三四五六七八九十]+年|翻")
MAX_SHORT_ITEM = 3
SHARE_WORD, SHARE_NOUN = "占", "比例"
SHARE_OF = "的"  # 40%的区域: the share of the things named after it
MAX_SCOPE = 6  # 城市建成区, 我区本年度: the scope a share of things is stated for
BASIS_KINDS = frozenset({"money", "percent", "multiple"})  # a rate or sum a basis phrase sets (not 10个托位)


def indicator(text: str, clause: Span, quantity: Quantity, verb: tuple[int, int] | None, *,
              previous: str | None, previous_clause: Span | None) -> str:
    """The noun phrase the amount counts, else the subject of its verb, else what the clause
    before it was about (a list: 2024年完成12个…改造,2025年再完成15个)."""
    basis = _by_basis(text, clause, quantity)
    if basis:
        return basis
    respective = _respective(text, clause, quantity, previous_clause) or _multiplied(text, clause, quantity)
    if respective:
        return respective
    if previous_clause is not None and opens_on_old_level(text, clause, quantity):
        subject = _subject_noun(text, previous_clause)  # 规模居首位,从1.3万亿元增长到13万亿元
        if han_count(subject) >= MIN_PER_HEAD:
            return subject
    per_head = _per_head(text, clause, quantity) or _share_of(text, clause, quantity)
    if per_head:
        return per_head
    object_before = Span(verb[1] if verb else clause.start, quantity.start)
    after = _after_unit(text, clause, quantity) or _after_list(text, clause, quantity)
    if after in word_list("manner_verbs.tsv"):
        after = ""  # 按低保标准的1.5倍确定: what closes the clause is how, not what is counted
    subject: str | Span = _spender(text, clause, quantity, verb) or (Span(clause.start, verb[0]) if verb else "")
    candidates: list[str | Span]
    if quantity.kind in ("percent", "points") and not _share_of_things(text, clause, quantity, verb, after):
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
    return _kind_of_examples(_without_function_words(chosen or ""))[-MAX_INDICATOR:]


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


def _share_of_things(text: str, clause: Span, quantity: Quantity, verb: tuple[int, int] | None, after: str) -> bool:
    """全国96.68%的办税缴费事项实现…, 城市建成区40%的区域达到…: a share with no verb before it, 的 and the things
    it counts after it, and only their scope before it (no rate noun: 覆盖率90%的水平) measures those things."""
    if quantity.kind != "percent" or verb is not None or not text.startswith(SHARE_OF, quantity.end):
        return False
    scope = clean(text[clause.start:quantity.start])
    return (han_count(after) >= MIN_PER_HEAD and han_count(scope) <= MAX_SCOPE
            and not word_pattern("rate_words.tsv").search(scope))


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
    who = _without_function_words(clean(text[clause.start:verb[0]]))
    joint = "的" if text[verb[0] - 1:verb[0]] == "的" else ""  # 用于“三农”的投入
    return f"{who}{joint}{text[verb[0]:verb[1]]}"[-MAX_INDICATOR:] if han_count(who) >= MIN_PER_HEAD else ""


def _multiplied(text: str, clause: Span, quantity: Quantity) -> str | None:
    """营业收入较2020年末翻一番, 外贸达到1950年的1.8倍: what grows is the words before the comparison."""
    if quantity.kind != "multiple":
        return None
    head = clean(text[clause.start:quantity.start])
    cut = MULTIPLE_HEAD_END.search(head)
    label = _without_function_words(head[:cut.start()] if cut else head)
    return label[-MAX_INDICATOR:] if han_count(label) >= 2 else None


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
    label = _without_function_words(_ahead_tail().sub("", _without_function_words(label)))
    return _per_tail().sub("", label) if PER in label else label


def _per_head(text: str, clause: Span, quantity: Quantity) -> str | None:
    """生活补贴标准为每人每月150元, 补贴按每户每年200元发放: a sum per person or household is labelled
    by the noun after it (领取每人每月600元交通补贴), else by all the words before it (生活补贴标准),
    whose verb is part of the name."""
    head = text[clause.start:quantity.start]
    tail = _per_tail().search(head)
    if quantity.kind != "money" or tail is None:
        return None
    after = _after_unit(text, clause, quantity)
    words = tags(after) if han_count(after) >= 2 else []
    if words and words[-1][1].startswith("n"):
        return after  # 可领取每人每月600元交通补贴: the noun after the sum names it
    label = _without_function_words(clean(head))
    return label[-MAX_INDICATOR:] if han_count(label) > MIN_PER_HEAD else None  # not 给予, 按照 alone


def _share_of(text: str, clause: Span, quantity: Quantity) -> str | None:
    """法律顾问不少于本单位人员总数的3% → 法律顾问占本单位人员总数比例: a share named by whose and of what."""
    if quantity.kind != "percent":
        return None
    found = share_bound(text, clause, quantity)
    if found is None:
        return None
    whose = _without_function_words(clean(text[clause.start:found.start()]))
    base = found.group()[len(found.group(1)):].removesuffix("的")
    return f"{whose}{SHARE_WORD}{base}{SHARE_NOUN}"[-MAX_INDICATOR:] if han_count(whose) >= MIN_PER_HEAD else None


def _without_function_words(label: str) -> str:
    """A preposition, conjunction, particle, adverb or 各/每月 left at the end belongs to the clause:
    贫困发生率为 → 贫困发生率, 筛查等 → 筛查, 低保标准每月 → 低保标准, 稳定保持在 → 稳定保持."""
    for _ in range(MAX_TRAILING_WORDS):
        if not label or label[-1] not in last_characters(TRAILING_TAGS) and label[-1] not in _trailing_ends():
            break  # its last word can be no function word: no need to segment it (most labels)
        if label.endswith(word_list("measure_endings.tsv")):
            break
        words = tags(label)
        if len(words) < 2 or not (words[-1][1] in TRAILING_TAGS or words[-1][0] in TRAILING_WORDS
                                  or words[-1][0] in word_list("label_modals.tsv")):
            break
        label = label[:-len(words[-1][0])]
    return label


def _respective(text: str, clause: Span, quantity: Quantity, previous_clause: Span | None) -> str | None:
    """一产、二产、三产投资分别增长4%、6%、8%: the k-th amount measures the k-th item, the short
    items sharing the last one's noun (二产投资); the old levels of a change pair with nothing
    (甲、乙分别从209元、280元提高到217元、290元), and one item alone measures each new level of its change
    (注册费分别由0.5万元、2.6万元下降至…); a list naming nothing before 分别 (比2012年分别提升…) pairs
    with the items of the 分别 list of the clause before."""
    head_end = text.find(RESPECTIVELY, clause.start, quantity.start)
    if head_end < 0:
        return None
    amounts, changed = paired_amounts(text, clause, head_end)
    index = next((i for i, q in enumerate(amounts) if q.start == quantity.start), None)
    if index is None:
        return None
    items = [clean(item) for item in list_items(text[clause.start:head_end])]
    earlier = previous_list(text, previous_clause) if not any(items) else None
    if earlier is not None:
        items = [clean(item) for item in list_items(earlier)]
    if changed and len(items) == 1 and han_count(items[0]) >= MIN_PER_HEAD:
        return items[0]
    if len(items) < 2 or len(items) != len(amounts) or not all(items):
        return None
    items[0] = _after_last_verb(items[0])  # 确保稻谷、小麦产量 → 稻谷
    return items[index] + (_shared_noun(items) if index < len(items) - 1 else "")


def _shared_noun(items: list[str]) -> str:
    """What the last item adds to the short ones before it: 三产投资 after 一产, 二产 → 投资."""
    last, short = items[-1], items[:-1]
    if all(len(list(tokens(item))) == 1 for item in short):
        return "".join(t.text for t in list(tokens(last))[1:])
    if len({len(item) for item in short}) == 1 and len(short[0]) <= MAX_SHORT_ITEM < len(last):
        return last[len(short[0]):]
    return ""


def _after_last_verb(phrase: str) -> str:
    """确保稻谷 → 稻谷, 推动减少化学需氧量 → 化学需氧量: the verb before a list's first item is no part
    of it; a verbal noun is (旅游 of 全域旅游人数), and so is a verb inside the item's name that leaves
    less than a word after it (受理 of 案件受理数) or no noun (集中 of 机构内集中养育); a one-character
    "verb" is mostly jieba misreading a name (食 of 省食检院)."""
    words = tags(phrase)
    verb_at = _verb_positions(words)
    if not verb_at:
        return phrase
    rest = phrase[sum(len(word) for word, _ in words[:verb_at[-1] + 1]):].lstrip("为是")
    opening = all(tag == VERB_TAG for _, tag in words[:verb_at[-1] + 1])
    named = any(tag.startswith(NOUN_TAG) for _, tag in words[verb_at[-1] + 1:])  # not 集中养育
    return rest if named and (opening or han_count(rest) >= MIN_PER_HEAD) else phrase


def _verb_positions(words: list[tuple[str, str]]) -> list[int]:
    """Where the verbs of tagged words are: not verbal nouns (vn), nor one-character words jieba reads
    as verbs inside names (食 of 省食检院)."""
    return [at for at, (word, tag) in enumerate(words) if tag == VERB_TAG and len(word) >= MIN_PER_HEAD]


def _subject_noun(text: str, clause: Span) -> str:
    """What a clause is about: the nouns before its last verb (网络零售规模连续9年位居首位 → 网络零售规模),
    for the clause after it that opens on the old level of a change and names no subject (,从1.3万亿元增长到…)."""
    words = tags(clause.text(text))
    verb_at = _verb_positions(words)
    words = words[:verb_at[-1]] if verb_at else []
    while words and (not words[-1][1].startswith(NOUN_TAGS) or words[-1][0][0].isdigit()):  # 连续9年
        words.pop()
    return clean("".join(word for word, _ in words))


def _tail_noun(text: str, clause: Span) -> str:
    """What a clause acts on: the words after its last verb (各街道要组织评选绿色家庭 → 绿色家庭)."""
    found = list(verbs(clause.text(text), offset=clause.start))
    start = found[-1].end if found else clause.start
    return clean(text[start:clause.end])


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
        rest = _without_verb(_without_function_words(rest[:later.start()].rstrip()))  # 8所高校14个学科… → 高校
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
def _trailing_ends() -> frozenset[str]:
    """The last characters of the words a label drops at its end (各, 每月, a modal verb: 可, 应当)."""
    return frozenset(word[-1] for word in (*TRAILING_WORDS, *word_list("label_modals.tsv")))


@cache
def _per_tail() -> re.Pattern[str]:
    """标准提高到每人每月, 补贴每户每年: whom and how often, said by the unit (元/月), not by the label."""
    return re.compile(f"(?:{alternation(word_list('per_leads.tsv'))})?每(?:人|户|家|位)?(?:每?(?:月|年|日|天|次|季度))*$")


@cache
def _ahead_tail() -> re.Pattern[str]:
    """最高, 至少 left at the end of a label (奖励额度每年最高不超过10万元): the bound, not what is bounded."""
    return re.compile(f"(?:{alternation(words_where('comparators.tsv', 'position', 'ahead'))})$")


@cache
def _filler() -> re.Pattern[str]:
    return re.compile(f"^({alternation(word_list('indicator_fillers.tsv'))})+")


@cache
def _baseline() -> re.Pattern[str]:
    """较2018年 at the end of an indicator belongs to the baseline, not to what is measured; the 比 of
    占比 (清洁能源装机占比) is the measure's own word."""
    return re.compile(f"(?<!占)({alternation(word_list('change_markers.tsv'))})(\\d{{4}}年|上年|去年|上一年|{PLAN_PERIOD})?"
                      "(末|底)?$")


@per_document  # the label readers clean the same words again (the words before an amount, its clause's head)
def clean(fragment: str) -> str:
    """Drop time words, comparators, stop marks and filler at both ends of an indicator."""
    if STOPS.search(fragment):
        last = STOPS.split(fragment)[-1]
        fragment = _last_piece(fragment) if ")" in last or "）" in last else last  # most: no bracket around a stop
    fragment = ARTICLE.sub("", fragment)
    if "(" in fragment or "（" in fragment:
        fragment = AMOUNT_NOTE.sub("", _inside_open_bracket(fragment))
    if "[" in fragment:
        fragment = FOOTNOTE.sub("", fragment)
    if PER in fragment:  # the per tail holds 每 (most fragments: no need to try it at every position)
        fragment = _per_tail().sub("", fragment)
    leading = LEADING_TIME.match(fragment)  # anchored at the start: one try, not one at every position
    fragment = fragment[_word_start(fragment, leading.end()):] if leading else fragment
    filler = _filler().match(fragment)
    fragment = fragment[_word_start(fragment, filler.end()):] if filler else fragment
    opened = without_opener(fragment)  # 力争技术合同交易额, 累计完成重大项目投资: the clause's word, not the label's
    if opened != fragment:
        leading = LEADING_TIME.match(opened)  # 力争全年…: what the opener hid
        fragment = opened[_word_start(opened, leading.end()):] if leading else opened
    fragment = _baseline().sub("", comparator_patterns()[0].sub("", fragment))
    fragment = _trailer().sub("", fragment.removeprefix(RESPECTIVELY))
    fragment = LIST_TAIL.sub("", fragment)
    if BASELINE_MARKS.search(fragment):  # the baseline tail opens on 由 or 从
        fragment = BASELINE_TAIL.sub("", fragment)
    if fragment.endswith(BASE_END):
        fragment = BASE_PHRASE.sub("", fragment)
    if fragment.endswith(RANK_ENDS):
        fragment = _rank_tail().sub("", fragment)
    if "年" in fragment or "月" in fragment:  # most labels hold no time: no search
        fragment = _without_dated_tail(fragment.rstrip(" 的"))
    fragment = _trailer().sub("", _without_amounts(fragment))
    return fragment.strip(" 的了和及与").rstrip(OPENERS)


def _word_start(fragment: str, cut: int) -> int:
    """Where a label starts once a time word or filler before ``cut`` is dropped: a word ``cut`` falls
    inside is kept whole (共建项目, 在建海缆, 再生能源, 在校生), unless it is a time word (今年底)."""
    if not cut or cut >= len(fragment):
        return cut
    start = 0
    for word, tag in tags(fragment):
        end = start + len(word)
        if end > cut:
            return start if start == cut or not tag.startswith(TIME_TAG) else end
        start = end
    return cut


def _last_piece(fragment: str) -> str:
    """What follows the last stop mark outside brackets: 实践中心(所、站) keeps its bracket whole."""
    depth = 0
    for at in range(len(fragment) - 1, -1, -1):
        mark = fragment[at]
        if mark in CLOSERS:
            depth += 1
        elif mark in OPENERS[:2]:
            depth = max(0, depth - 1)
        elif not depth and STOPS.match(mark):
            return fragment[at + 1:]
    return fragment


def _inside_open_bracket(fragment: str) -> str:
    """主导产业(主导产业覆盖贫困户 → 主导产业覆盖贫困户: an amount inside a bracket is the aside's, labelled by
    the aside's words; when they name nothing (礼金(每人, 上报情况(最迟), the words before the bracket."""
    opener = max(fragment.rfind("("), fragment.rfind("（"))
    if opener < 0 or ")" in fragment[opener:] or "）" in fragment[opener:]:
        return fragment
    inner = fragment[opener + 1:].strip()
    inside = clean(inner)
    named = han_count(inside) >= MIN_PER_HEAD and any(tag.startswith(NOUN_TAGS) for _, tag in tags(inside))
    return inner if named else fragment[:opener]


def _without_amounts(fragment: str) -> str:
    """Another amount at either end is no part of the label: 29个省份保供煤炭 → 省份保供煤炭,
    保供煤炭超35亿吨 → 保供煤炭."""
    if not DIGIT.search(fragment):
        return fragment
    for quantity in reversed(find_quantities(fragment)):
        if quantity.end == len(fragment):
            fragment = comparator_patterns()[0].sub("", fragment[:quantity.start])
        elif quantity.start == 0:
            fragment = fragment[quantity.end:]
    return fragment


def _without_dated_tail(fragment: str) -> str:
    """按照9月底前 → "", 提高到2025年 → 提高, 比一九五二年 → "": a time closing a label, and the words
    leading into it (a preposition, 比, 相当于: whole words, so 达到 keeps its 到)."""
    found = _dated_tail().search(fragment)
    if found is None:
        return fragment
    words = tags(fragment[:found.start()])
    leads = word_list("dated_tail_leads.tsv")
    kept = len(words)
    while kept and (words[kept - 1][0] in leads or words[kept - 1][1] in TRAILING_TAGS):
        kept -= 1
    return "".join(word for word, _ in words[:kept])


@cache
def _dated_tail() -> re.Pattern[str]:
    return re.compile(f" ?{DATED_TAIL}")


@cache
def _rank_tail() -> re.Pattern[str]:
    """居全国第, 稳居西部前 closing a label: the rank, not what is ranked."""
    return re.compile(f"(?:{alternation(word_list('rank_leads.tsv'))}){RANK_SCOPE}[第前]$")


@cache
def _trailer() -> re.Pattern[str]:
    """分别, 均, 首次 at the end of an indicator, but not the 均 of 年均, 日均 or 人均."""
    return re.compile(f"(?<![年人])(?!(?<=[月日])均$)({alternation(word_list('indicator_trailers.tsv'))})$")
