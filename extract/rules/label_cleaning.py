"""Cleaning a label: the time words, comparators, stop marks, baselines, other amounts and function words
at its ends are the clause's, not the name of what is measured (2025年力争道路机扫率达到 → 道路机扫率)."""
from __future__ import annotations

import re
from functools import cache

from ..chars import han_count
from ..lexicon import alternation, word_list
from ..segment import last_characters, per_document, tags
from .comparators import comparator_patterns
from .label_parts import without_opener
from .quantities import find_quantities
from .respective import RESPECTIVELY

STOPS = re.compile(r"[、,，;；。:：!?！？]")
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
TIME_TAG = "t"  # jieba's tag of a time word (今年底, 年底)
NAME_GUESS_TAGS = ("nr", "nz")  # jieba's tags of a name it guesses across two words (比达 of 占比达, 力达 of 算力达)
NOUN_TAGS = ("n", "vn", "an", "j", "l", "eng")  # jieba's tags of words that can name a thing
# a bracket closing a label that holds an amount (商业登记家数(53,832家)): a note, not the name (PM2.5 is no amount)
AMOUNT_NOTE = re.compile(r"[(（][^()（）]*(?<![A-Za-z._\d])\d[^()（）]*[)）]$")
# a footnote mark inside a label (主导产业[2]占GDP比重): the note, not the name
FOOTNOTE = re.compile(r"\[\d{1,2}\]")
# the next amount of a list (高等职业学校和150个骨干专业): the label ends before it
LIST_TAIL = re.compile(r"[和及与、]\d.*$")


def without_function_words(label: str) -> str:
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


@cache
def _trailing_ends() -> frozenset[str]:
    """The last characters of the words a label drops at its end (各, 每月, a modal verb: 可, 应当)."""
    return frozenset(word[-1] for word in (*TRAILING_WORDS, *word_list("label_modals.tsv")))


@cache
def per_tail() -> re.Pattern[str]:
    """标准提高到每人每月, 补贴每户每年: whom and how often, said by the unit (元/月), not by the label."""
    return re.compile(f"(?:{alternation(word_list('per_leads.tsv'))})?每(?:人|户|家|位)?(?:每?(?:月|年|日|天|次|季度))*$")


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
        fragment = per_tail().sub("", fragment)
    leading = LEADING_TIME.match(fragment)  # anchored at the start: one try, not one at every position
    fragment = fragment[_word_start(fragment, leading.end()):] if leading else fragment
    filler = _filler().match(fragment)
    fragment = fragment[_word_start(fragment, filler.end()):] if filler else fragment
    opened = without_opener(fragment)  # 力争技术合同交易额, 累计完成重大项目投资: the clause's word, not the label's
    if opened != fragment:
        leading = LEADING_TIME.match(opened)  # 力争全年…: what the opener hid
        fragment = opened[_word_start(opened, leading.end()):] if leading else opened
    fragment = _without_end(_baseline(), _without_end(comparator_patterns()[0], fragment))
    fragment = _without_end(_trailer(), fragment.removeprefix(RESPECTIVELY))
    fragment = LIST_TAIL.sub("", fragment)
    if BASELINE_MARKS.search(fragment):  # the baseline tail opens on 由 or 从
        fragment = BASELINE_TAIL.sub("", fragment)
    if fragment.endswith(BASE_END):
        fragment = BASE_PHRASE.sub("", fragment)
    if fragment.endswith(RANK_ENDS):
        fragment = _rank_tail().sub("", fragment)
    if "年" in fragment or "月" in fragment:  # most labels hold no time: no search
        fragment = _without_dated_tail(fragment.rstrip(" 的"))
    fragment = _without_end(_trailer(), _without_amounts(fragment))
    return fragment.strip(" 的了和及与").rstrip(OPENERS)


def _without_end(pattern: re.Pattern[str], fragment: str) -> str:
    """The fragment without the clause's word ``pattern`` finds at its end (达, 约, 均, 分别), unless that word
    starts inside a word of the label (the 约 of 签约, 节约; the 均 of 平均): a word cut in two is no label."""
    found = pattern.search(fragment)
    if found is None or not found.group() or _inside_word(fragment, found.start()):
        return fragment
    return fragment[:found.start()]


def _inside_word(fragment: str, cut: int) -> bool:
    """Whether the one character at ``cut`` ends a two-character word jieba reads at the end of ``fragment``
    (签约, 节约, 平均, 送达), whose first character is no clause word itself (均达: 均 goes too); not a name it
    guesses across the cut (比达 of 占比达, 力达 of 算力达); not a word alone (签约 before its amount: the verb, no label)."""
    if cut != len(fragment) - 1 or han_count(fragment) <= MIN_PER_HEAD:
        return False  # a longer clause word (控制在, 分别): not read as the end of a word of the label
    words = tags(fragment)
    word, tag = words[-1] if words else ("", "")
    return len(word) == 2 and not tag.startswith(NAME_GUESS_TAGS) and not _trailer().fullmatch(word[0])


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
