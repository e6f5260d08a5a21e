"""Amounts of rule and service notices that state no commitment (RECORDS.md section 5): the copies
of a form an applicant hands in (提交二份), the base of a reward per unit (每新引进1个项目…奖励2万元),
a clause whose subject is the applicant (申请人应在5个工作日内补齐材料, 每名考生限报1个岗位) or the
reader of a guide (请于3个工作日内补交材料), what a definition covers (骨干企业是指年产值达5000万元以上的
企业), the case a grant is made in (年服务量达到800人次的,给予补贴5万元), and contributions a person pays
(个人缴费比例为8%, 其中12%计入统筹基金) and the other terms that fall on a private party (减按1%的税率征收,
最低首付比例调整为20%, 贷款期限不超过3年); and whole sections on applicants (应当符合下列条件, 申请对象,
申请材料, 房源概况). Words in extract/data/ (submission_words, grant_verbs, applicant_words, reader_words,
party_words, person_holders, applying_words, option_words, definition_words, applicant_headings, party_terms)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..chars import HAN_CLASS, strip_heading_marker
from ..headings import marker_family
from ..lexicon import alternation, pattern_where, read_table, word_list, word_pattern, words_where
from .quantities import find_quantities
from .quantity import Quantity
from .sentences import Span

SUBMISSION_WINDOW = 4
COPIES = "份"  # 提交二份: the measure word of the copies of a form
CLAUSE_MARK = re.compile("[,，;；]")
LABEL = re.compile(f"([{HAN_CLASS}]{{2,8}})[:：]")  # 补贴条件: a label opening its line
LIST_ITEM = re.compile("[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9])|[\u2460-\u2473]")
LABEL_REACH = 30  # how many item lines back a label may head
OPTION_REACH = 4  # an option word that ends right before the amount is this long at most
BEFORE_APPLYING = 3  # 申请补贴当月前: when, between what is applied for and 前
APPLYING_REACH = 40  # how far after a window its applying action may end
WITHIN = ("内", "以内")  # 30日内: a window, not a stay
TOPIC_DUTIES = ("未", "需", "须", "应")  # …的申请对象,未在规定时间内…/应在…: the topic's own duty or failure
TOPIC_CASE = 8  # 律师变更执业机构的,: the words of the topic's case between it and the comma
WINDOW_OPENERS = ("在", "于", "自", "从")  # 在证件期满前两个月内,: a clause that is a window and no more
PERMISSION, MONEY = "permission", "money"  # option_words.tsv kind, units.tsv kind
QUOTED_FIGURE = re.compile("[“\"][0-9]+[”\"]$")  # “20”是指: a plan's figure, the definition states its target
HOLDER_REACH = 10  # 学生集体户口: the words before the noun of the people a clause opens with
PARTY_TERMS = "party_terms.tsv"
ANY_KIND = "any"  # party_terms.tsv: a word ruling out an amount of every kind (提取金额, 每年可提取一次)
PER_ONE = re.compile(f"每[{HAN_CLASS}]{{1,4}}$")  # 每新引进1个: one unit of a reward's base


@cache
def _applicant_subject() -> re.Pattern[str]:
    """An applicant (申请人应…, 请申领人…) or the reader a guide speaks to (请于…内, 您需…; reader_words.tsv)."""
    return re.compile(f"(?:凡|各|每名|每位|请)?(?:{alternation(word_list('applicant_words.tsv'))})"
                      f"|{alternation(word_list('reader_words.tsv'))}")


@cache
def _applicant_topic() -> re.Pattern[str]:
    """获得房屋的申请对象,未在规定时间内选定1套…; 律师变更执业机构的,应当自变更之日起15日内备案: the
    applicant or a party (party_words.tsv) set off as the topic, with the few words of its case (TOPIC_CASE),
    right before a clause of what it must do or failed to do (TOPIC_DUTIES); not …慢性病参保人,经医生评估可将…
    放宽至3个月."""
    parties = word_list("applicant_words.tsv") + word_list("party_words.tsv")
    return re.compile(f"(?:{alternation(parties)})[{HAN_CLASS}]{{0,{TOPIC_CASE}}}[,，]$")


@cache
def _definition_opener() -> re.Pattern[str]:
    """本办法中…指…: a sentence that opens by defining a term of the rules (extract/data/definition_words.tsv,
    kind opener); its article number may come first."""
    return re.compile(f"(?:第[一二三四五六七八九十百]+条 ?)?(?:{alternation(words_where('definition_words.tsv', 'kind', 'opener'))})")


def no_commitment(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount is one of a notice's that commit to nothing."""
    clause = _past_marker(text, sentence, clause)  # 第八条 申请人应…: the party opens the clause after the number
    if quantity.unit == COPIES and word_pattern("submission_words.tsv").search(
            text[max(clause.start, quantity.start - SUBMISSION_WINDOW):quantity.start]):
        return True  # 提交二份: copies of a form an applicant hands in
    if _reward_base(text, sentence, clause, quantity):
        return True  # 每新引进1个项目…奖励2万元: the base of a reward per unit
    if _applicant_subject().match(text, clause.start, quantity.start) or (
            text.startswith(TOPIC_DUTIES, clause.start) and _applicant_topic().search(text, sentence.start, clause.start)):
        return True  # 申请人应在5个工作日内补齐材料: the applicant's duty, not the notice's commitment
    if _defines(text, sentence, quantity) or _definition_opener().match(text, sentence.start, quantity.start):
        return True  # 骨干企业是指年产值达5000万元以上的企业, 本办法中…指…: what a term covers
    if quantity.kind == "time" and (_applicants_window(text, sentence, clause, quantity)
                                    or _persons_window(text, clause, quantity)
                                    or _party_window(text, clause, quantity)
                                    or _window_before_party(text, clause, quantity)):
        return True  # 应于取证之日起6个月内提出补贴申请, 毕业人员离校后1年内,须…: the applicant's own time limit
    if _before_applying().match(text, clause.start, quantity.start):
        return True  # 申请补贴前6个月有不少于2名员工参保: what an applicant must have done, a condition
    if _party_term(text, sentence, clause, quantity):
        return True  # 个人缴费比例为8%, 减按1%的税率征收, 首付比例20%: what a private party pays, no output
    if _grant_case(text, sentence, quantity) or _case_with_outcome(text, sentence, quantity):
        return True  # 年服务量达到800人次的,给予补贴5万元: the case a grant is made in
    if _optional(text, sentence, clause, quantity):
        return True  # 每两年可申请1次, 视为1件, 可以选择…按50%扣除, 只能享受1次, 以…为一次: an option or a reckoning
    return False


def words_needed(quantity: Quantity) -> bool:
    """Whether :func:`no_commitment` rules the amount out only where its sentence holds one of
    :func:`no_commitment_words`: all amounts but copies of a form (份) and time limits."""
    return quantity.unit != COPIES and quantity.kind != "time"


def no_commitment_words() -> tuple[str, ...]:
    """The words one of which a sentence holds wherever :func:`no_commitment` rules out an amount that
    :func:`words_needed`: the applicant or reader opening its clause (or a party the topic), a definition, the
    time before applying, a party's term, a grant (or an outcome) after a case or a reward's base, an option."""
    return (*word_list("applicant_words.tsv"), *word_list("reader_words.tsv"), *word_list("party_words.tsv"),
            *word_list("definition_words.tsv"), *words_where("applying_words.tsv", "where", "before"),
            *word_list(PARTY_TERMS), *word_list("grant_verbs.tsv"), *word_list("case_outcomes.tsv"),
            *word_list("option_words.tsv"))


def _past_marker(text: str, sentence: Span, clause: Span) -> Span:
    """The clause without the heading marker its sentence opens with (第八条 , (一), 1.): an article's or an
    item's number is no part of who the clause is about."""
    if clause.start != sentence.start:
        return clause
    words = clause.text(text)
    return Span(clause.start + len(words) - len(strip_heading_marker(words)), clause.end)


def _reward_base(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """One unit after 每 and a verb, a grant later in the sentence; not 每年只享受一次 (a frequency)."""
    return (quantity.value == 1 and quantity.unit != "次" and PER_ONE.search(text, clause.start, quantity.start)
            is not None and word_pattern("grant_verbs.tsv").search(text, quantity.end, sentence.end) is not None)


def _party_term(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A word of a term on a private party (extract/data/party_terms.tsv) in the clause before an amount of
    its kind, right after it, later in its clause, or earlier in its sentence."""
    before, after, later, earlier = _party_term_words(quantity.kind)
    return bool((before and before.search(text, clause.start, quantity.start))
                or (after and after.match(text, quantity.end))
                or (later and later.search(text, quantity.end, clause.end))
                or (earlier and earlier.search(text, sentence.start, quantity.start)))


@cache
def _party_term_words(kind: str) -> tuple[re.Pattern[str] | None, ...]:
    """The words of party_terms.tsv for amounts of ``kind``, written before them, right after them, later
    in their clause and earlier in their sentence (None where none)."""
    rows = [r for r in read_table(PARTY_TERMS) if r["kind"] in (kind, ANY_KIND)]
    words = [tuple(r["word"] for r in rows if r["where"] == where) for where in ("before", "after", "later", "sentence")]
    return tuple(re.compile(alternation(found)) if found else None for found in words)


def _grant_case(text: str, sentence: Span, quantity: Quantity) -> bool:
    """A case closed by 的 later in the sentence, a grant right after it (…达到800人次,且…的,给予…),
    no semicolon between; not a time limit before a case that states no amount (应在10个工作日内完成审核,
    对符合条件的,给予补助)."""
    found = _case_then("grant_verbs.tsv").search(text, quantity.end, sentence.end)
    if found is None or re.search("[;；]", text[quantity.end:found.start()]):
        return False
    return quantity.kind != "time" or _amount_case(text, quantity.end, found.start())


def _amount_case(text: str, start: int, end: int) -> bool:
    """The words from an amount to the 的 closing a case: in the amount's clause, or in the next one,
    which states an amount too."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, start, end)]
    return not marks or (len(marks) == 1 and bool(find_quantities(text[marks[0]:end])))


@cache
def _case_then(words: str) -> re.Pattern[str]:
    """A case closed by 的, then a word of the table ``words`` (…的,给予…; …的,可申请认定)."""
    return re.compile(f"的[,，](?:再|可|按规定){{0,2}}(?:{alternation(word_list(words))})")


def _applicants_window(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A time limit on applying: applying right after the window (…6个月内向区人社部门提出补贴申请), or a
    clause that opens with the application (首次补贴申请应于…2年内提出); extract/data/applying_words.tsv."""
    return (_applying_word("after").match(text, quantity.end, min(sentence.end, quantity.end + APPLYING_REACH)) is not None
            or _applying_word("subject").match(text, clause.start, quantity.start) is not None)


def _persons_window(text: str, clause: Span, quantity: Quantity) -> bool:
    """A clause opening with people (…集体户口人员; extract/data/person_holders.tsv) holding a window, a duty
    word right after it (…后2年内,须将户籍迁出): their own time limit; not a unit's (区民政部门应在…1个月内)
    nor a duty before the amount (…人员要隔离观察14天)."""
    holder = _person_holder().match(text, clause.start, quantity.start)
    return holder is not None and word_pattern("duty_modals.tsv").search(holder.group("before")) is None and \
        _duty_after_window().match(text, quantity.end) is not None


def _party_window(text: str, clause: Span, quantity: Quantity) -> bool:
    """A clause opening with a party under the rule (…租赁当事人, 申请人; extract/data/party_words.tsv and
    applicant_words.tsv), a duty word right after it and a window (当事人应当在签订合同之日起30日内办理备案):
    the party's own time limit, not the administration's (区住建局应在5个工作日内完成审核)."""
    return _party_duty().match(text, clause.start, quantity.start) is not None and \
        text.startswith(WITHIN, quantity.end)


def _window_before_party(text: str, clause: Span, quantity: Quantity) -> bool:
    """A clause that is only a window (在证件期满前两个月内,), the next one opening with people or a party and
    their duty or permission (持卡老年人可申请换卡; person_holders.tsv, party_words.tsv, applicant_words.tsv):
    their own time limit; not 在受理后5个工作日内,区民政部门应… (a unit's window)."""
    return text.startswith(WINDOW_OPENERS, clause.start) and \
        _window_then_party().match(text, quantity.end) is not None


@cache
def _window_then_party() -> re.Pattern[str]:
    people = word_list("person_holders.tsv") + word_list("party_words.tsv") + word_list("applicant_words.tsv")
    return re.compile(f"以?内[,，][{HAN_CLASS}]{{0,{HOLDER_REACH}}}?(?:{alternation(people)})"
                      f"(?:{word_pattern('duty_modals.tsv').pattern})")


@cache
def _party_duty() -> re.Pattern[str]:
    parties = word_list("party_words.tsv") + word_list("applicant_words.tsv")
    return re.compile(f"[{HAN_CLASS}]{{0,{HOLDER_REACH}}}?(?:{alternation(parties)})"
                      f"(?:[(（][^()（）]*[)）])?(?:{word_pattern('duty_modals.tsv').pattern})")


@cache
def _person_holder() -> re.Pattern[str]:
    return re.compile(f"(?P<before>[{HAN_CLASS}]{{0,{HOLDER_REACH}}}?)(?:{alternation(word_list('person_holders.tsv'))})"
                      f"[^,，;；。]*$")


@cache
def _duty_after_window() -> re.Pattern[str]:
    return re.compile(f"以?内[,，]?(?:{word_pattern('duty_modals.tsv').pattern})")


@cache
def _applying_word(where: str) -> re.Pattern[str]:
    words = alternation(words_where("applying_words.tsv", "where", where))
    if where == "subject":
        return re.compile(f"(?:{words})")
    # 内, a comma, 向 and whom, 提出 and what: then the applying word
    # (…12个月内,符合条件的,可按规定申请: a case and 可 between)
    return re.compile(f"以?内?[,，]?(?:[^,，;；。]{{0,12}}的[,，])?(?:可(?:按规定)?)?(?:向[^,，;；。]{{1,24}}?)?"
                      f"(?:提出[^,，;；。]{{0,4}}?)?(?:{words})")


@cache
def _before_applying() -> re.Pattern[str]:
    """A clause opening with the time before an application (申请补贴前, 申请日前, 申请补贴当月前)."""
    return re.compile(f"\\s*(?:{alternation(words_where('applying_words.tsv', 'where', 'before'))})"
                      f"[{HAN_CLASS}]{{0,{BEFORE_APPLYING}}}?前")


def _case_with_outcome(text: str, sentence: Span, quantity: Quantity) -> bool:
    """A case closed by 的 in the amount's clause or in the next one, which states an amount too, and an
    outcome right after it (…超过50人,…达到60%以上的,可申请认定…; extract/data/case_outcomes.tsv); not
    …应在5个工作日内完成审核,符合条件的,予以公示 (the case states no amount)."""
    found = _case_then("case_outcomes.tsv").search(text, quantity.end, sentence.end)
    return found is not None and _amount_case(text, quantity.end, found.start())


def _optional(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """A word of extract/data/option_words.tsv right before the amount (or earlier in its clause or its
    sentence, as its row says), in the row's unit if it names one; a sum one may apply for is the benefit
    paid, no permission (可申请2万元的创业补贴)."""
    before, anywhere, earlier, later = _option_words(quantity.unit or "", money=quantity.kind == MONEY)
    return bool((before and before.search(text, max(clause.start, quantity.start - OPTION_REACH), quantity.start))
                or (anywhere and anywhere.search(text, clause.start, quantity.start))
                or (earlier and earlier.search(text, sentence.start, quantity.start))
                or (later and later.search(text, quantity.end, clause.end)))


@cache
def _option_words(unit: str, *, money: bool) -> tuple[re.Pattern[str] | None, ...]:
    """For an amount in ``unit``: the option words that end right before it, that come anywhere earlier
    in its clause, anywhere earlier in its sentence and anywhere later in its clause (None where there are
    none); permissions are no option for a sum of money (``money``)."""
    rows = [r for r in read_table("option_words.tsv")
            if r["unit"] in ("", unit) and not (money and r["kind"] == PERMISSION)]
    words = {where: tuple(r["word"] for r in rows if r["where"] == where)
             for where in ("before", "clause", "sentence", "after")}
    return (re.compile(f"(?:{alternation(words['before'])})$") if words["before"] else None,
            *(re.compile(alternation(words[where])) if words[where] else None for where in ("clause", "sentence", "after")))


def _defines(text: str, sentence: Span, quantity: Quantity) -> bool:
    """A definition word earlier in the sentence, no semicolon between; not a plan's figure in quotes
    spelled out (“20”是指新建特色园20座: the target the figure stands for)."""
    head = text[max(text.rfind(";", sentence.start, quantity.start), text.rfind("；", sentence.start, quantity.start),
                    sentence.start - 1) + 1:quantity.start]  # after the last semicolon
    found = pattern_where("definition_words.tsv", "kind", "word").search(head)
    return found is not None and not QUOTED_FIGURE.search(head, 0, found.start())


def lays_down_criteria(titles: Iterable[str]) -> bool:
    """Whether one of the ``titles`` ends as the title of criteria or technical specifications does
    (…准入标准, …技术要求: extract/data/criteria_headings.tsv): the thresholds a case or a work must meet."""
    return any(_criteria_heading().search(title) for title in titles)


@cache
def _criteria_heading() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('criteria_headings.tsv'))})[:：。;；]?$")


def about_applicants(titles: Iterable[str]) -> bool:
    """Whether one of the ``titles`` (a section's and those around it) ends as a heading on applicants
    does (extract/data/applicant_headings.tsv): the conditions they meet, who they are, what they hand
    in, what is on offer to them or what they pay."""
    for title in titles:
        found = _applicant_heading().search(title)
        if found and (found.group("condition") is None
                      or pattern_where("applicant_headings.tsv", "kind", "applying").search(title)):
            return True
        if _qualifying().search(title):
            return True  # 符合下列要求的协会予以保留: its items are the tests they pass
    return False


class LabelledLines:
    """Whether a line of ``text``, or the list items it ends, opens with a label line on applicants (补贴条件:
    then (1)…(2)…①…): a label heads its items as a heading does (see :func:`about_applicants`); or with a
    lead-in listing cases (…有下列情形之一的,…:): the items say which cases a rule provides for. The label
    or lead-in is looked for up to LABEL_REACH lines back, over list items only. A lead-in that is itself a
    list item (2.初审。…将以下材料报送至…。) heads the items below it up to its next sibling (3.复审。), an item
    numbered as it is.

    Each line is read once for the whole text: the walk back from a list item stops where the walk from the
    line before it stops, one line further (``_stops`` keeps, by line start, how many lines back the walk
    stops, whether the line it stops at heads this line, and how that line is numbered)."""

    __slots__ = ("text", "_stops")

    def __init__(self, text: str) -> None:
        self.text = text
        self._stops: dict[int, tuple[int, bool, str | None]] = {}

    def under_a_label(self, line_start: int) -> bool:
        lines_back, says, _ = self._stop(line_start)
        return says and lines_back < LABEL_REACH

    def _stop(self, start: int) -> tuple[int, bool, str | None]:
        text, walked = self.text, []
        while start not in self._stops:
            end = text.find("\n", start)
            line = text[start:end if end >= 0 else len(text)]
            says = _label_says(line)
            item = LIST_ITEM.match(line) is not None
            if says is not None or start == 0 or not item:
                # a label, a lead-in, or no list item: the walk stops
                self._stops[start] = (0, bool(says), marker_family(line) if item else None)
                break
            walked.append((start, marker_family(line)))
            start = text.rfind("\n", 0, start - 1) + 1
        lines_back, says, numbering = self._stops[start]
        for line, own in reversed(walked):
            lines_back += 1
            says = says and (own is None or own != numbering)  # numbered as its lead-in: its sibling, and so below
            self._stops[line] = (lines_back, says, numbering)
        return self._stops[walked[0][0]] if walked else (lines_back, says, numbering)


def _label_says(line: str) -> bool | None:
    """What a line opening a list says of its items: on applicants or not (a label), listing cases (a lead-in,
    有下列情形之一的,…: (一)…1000人以上的); None for any other line."""
    label = LABEL.match(line)
    if label is not None:
        return about_applicants([label.group(1)])
    return True if _lists_cases(line) else None


def _lists_cases(line: str) -> bool:
    """A lead-in line that ends in a colon and names the cases it lists (下列情形, 情形包括; kind case of
    extract/data/applicant_headings.tsv), whom its items qualify, or the materials applicants hand in (提交下列材料:,
    kind handed; such a lead-in may also end on a full stop: 将以下材料报送至区人才中心。)."""
    ending = line.rstrip()[-1:]
    if ending in ("。", ":", "：") and pattern_where("applicant_headings.tsv", "kind", "handed").search(line):
        return True
    return ending in (":", "：") and (pattern_where("applicant_headings.tsv", "kind", "case").search(line) is not None
                                     or _qualifying().search(line) is not None)


def _qualifying() -> re.Pattern[str]:
    """Words naming whom a list qualifies (符合下列条件的, 以下标准的; kind qualifying of applicant_headings.tsv)."""
    return pattern_where("applicant_headings.tsv", "kind", "qualifying")


def defines_a_term(titles: Iterable[str]) -> bool:
    """Whether one of the ``titles`` (an article's first words) defines a term of the rules (…第六条所称每次,
    按照下列方法确定; definition_words.tsv, titled): the amounts of the section say what the term covers."""
    return any(pattern_where("definition_words.tsv", "titled", "yes").search(title) for title in titles)


@cache
def _applicant_heading() -> re.Pattern[str]:
    """A title ending on a word of applicant_headings.tsv; the group ``condition`` holds a condition word."""
    others = tuple(r["word"] for r in read_table("applicant_headings.tsv")
                   if r["kind"] not in ("condition", "applying", "case", "qualifying"))
    return re.compile(f"(?:(?P<condition>{alternation(words_where('applicant_headings.tsv', 'kind', 'condition'))})"
                      f"|{alternation(others)})[:：。;；]?$")

