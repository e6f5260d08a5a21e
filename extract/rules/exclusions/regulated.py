"""Requirements a rule or a technical guide lays on the private parties it governs (RECORDS.md section 5: a target
is output the plan commits to; terms on private parties are none): a clause opening with such a party (a company,
a mine, an expert, a trading venue: extract/data/regulated_parties.tsv) and what it must have or do, a duty word
or a bound after it (专家连续参与评审不得超过2年, 整合后矿井规模不低于30万吨/年, 30万吨以下煤矿至少配3名…人员), or
the party set off as the topic of a case the clause of its duty follows (技术交易场所拟终止…服务的,应当至少提前3个月
向…报告). Not the state's own companies (国有企业…不低于15%: its owner's work), nor a count of the parties
themselves (新增规上企业不少于50家), nor what a party builds (开发企业须…完成200套安置房建设: output), nor support
granted in the clause (见习单位应当…提供不低于…80%的生活补贴, 小微企业创业担保贷款每次期限最长不超过2年:
grant_verbs.tsv, benefit_nouns.tsv), nor a party the administration acts on (对企业…, 鼓励企业…), nor a party's
permission (可)."""
from __future__ import annotations

import re
from functools import cache

from ...chars import strip_heading_marker
from ...lexicon import alternation, word_list, words_where
from ..quantities import Quantity
from ..sentences import Span, clauses

TABLE = "regulated_parties.tsv"
MODIFIER = 12  # 企业类的牵头依托单位, 30万吨以下煤矿: the words before the party in the subject
PERMISSIONS = ("可", "可以")  # duty words that permit: a grant or an option, no requirement
CASE_ENDS = ("的", "时")  # 技术交易场所拟终止提供…服务的,: a topic's case


def regulated_requirement(text: str, sentence: Span, clause: Span, quantity: Quantity) -> bool:
    """Whether the amount is a requirement on a regulated private party opening its clause, or the topic of
    the clause before it."""
    if _support().search(text, clause.start, clause.end):
        return False  # 见习单位应当…提供不低于…80%的生活补贴, 创业担保贷款每次期限: support granted
    head = strip_heading_marker(text[clause.start:quantity.start])
    found = _party_opening().match(head)
    if found is not None:
        return _bound_on_party(found.group("rest"), quantity)
    if _duty().match(head) is None and _bound().match(head) is None:
        return False
    parts = [part for part in clauses(text, sentence) if part.end <= clause.start]
    if not parts:
        return False
    topic = strip_heading_marker(parts[-1].text(text)).rstrip()
    return topic.endswith(CASE_ENDS) and _party_opening().match(topic) is not None


def _bound_on_party(rest: str, quantity: Quantity) -> bool:
    """``rest``, the words between the party and the amount, holds a duty word or a bound; not when the amount
    only counts the parties themselves (企业不少于50家: nothing but the bound between), nor when a verb of building
    or completing ends right before it (regulated_parties.tsv, kind output)."""
    found = _duty().match(rest) or _bound().search(rest)
    if found is None or _output().search(rest):
        return False  # no requirement; or 开发企业须在年底前完成200套: output built, whoever builds it
    return quantity.kind != "count" or bool(rest[:found.start()] + rest[found.end():])


@cache
def _party_opening() -> re.Pattern[str]:
    """A subject ending on a party (the longest party word), the few words before it not naming the state's own
    companies nor the administration acting on it, no body word after it."""
    parties = alternation(words_where(TABLE, "kind", "party"))
    before = f"(?:(?!{alternation(words_where(TABLE, 'kind', 'owned') + words_where(TABLE, 'kind', 'governs'))})" \
             f"[^,，;；。:：])"
    return re.compile(f"{before}{{0,{MODIFIER}}}?(?:{parties})(?!{alternation(words_where(TABLE, 'kind', 'body'))})"
                      f"(?:[(（][^()（）]*[)）])?(?P<rest>[^,，;；。:：]*)$")


@cache
def _support() -> re.Pattern[str]:
    """Words of support granted: grant_verbs.tsv, benefit_nouns.tsv and regulated_parties.tsv (kind support)."""
    return re.compile(alternation(word_list("grant_verbs.tsv") + word_list("benefit_nouns.tsv")
                                  + words_where(TABLE, "kind", "support")))


@cache
def _output() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(words_where(TABLE, 'kind', 'output'))})了?$")


@cache
def _duty() -> re.Pattern[str]:
    """A duty word that does not merely permit (duty_modals.tsv), matched where the party's words begin (应 and 要
    inside a word, 供应, 主要, are none)."""
    return re.compile(alternation(tuple(word for word in word_list("duty_modals.tsv") if word not in PERMISSIONS)))


@cache
def _bound() -> re.Pattern[str]:
    """A bound on what the party has or does (regulated_parties.tsv, kind bound), anywhere before the amount."""
    return re.compile(alternation(words_where(TABLE, "kind", "bound")))
