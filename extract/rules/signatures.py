"""Dates that sign the document (RECORDS.md section 5: a date that governs no item limits nothing).

A notice is signed by its issuer and the day it was issued: ``某区管委会`` over ``2023年11月14日``.
Crawlers often run that block into the lines around it: the date stays alone on its line, or follows
the issuer on its line (``某区管委会2023年11月14日``), or opens the line under the issuer; and the title of
the plan the notice issues may follow it on the same line (``…管委会2023年11月14日某区…整体解决方案``).
Read so, the date signs the document, whatever the words after it.
"""
from __future__ import annotations

import re
from functools import cache

from ..chars import DATE_NUMERALS, fold
from ..lexicon import alternation, word_list
from .deadlines import TimeMention

FULL_DATE = re.compile(rf"[\d{DATE_NUMERALS}]{{2,4}}年[\d{DATE_NUMERALS}]{{1,3}}月[\d{DATE_NUMERALS}]{{1,3}}日")
SENTENCE_ENDS = "。;；!！?？"
NAME_BREAKS = re.compile("[,，。;；:：、()（）《》“”]")
MAX_SIGNER = 40  # longer words before the date are a sentence, not an issuer's name
TITLE_WORDS = 8  # this many words after the date found in the document's title: the plan's title follows


def signs_document(text: str, mention: TimeMention, title: str) -> bool:
    """The date is alone on its line, or a whole date (年月日) that follows the issuer (on its line, after
    any sentence the line starts with, or on the line above) with nothing after it on the line but the
    title of the plan the notice issues, or by a note on its publication (国务院办公厅2020年7月15日(此件公开发布),
    …办公厅2018年12月7日印发), or a page's own date under its label (更新时间: 2026-01-26); ``title`` is the
    document's title, folded."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = line_end if line_end >= 0 else len(text)
    if text[line_start:line_end].strip() == mention.text or _page_stamp().search(text, line_start, mention.start):
        return True
    if not FULL_DATE.fullmatch(mention.text.replace(" ", "")):
        return False
    sentence_start = max([line_start] + [text.rfind(end, line_start, mention.start) + 1 for end in SENTENCE_ENDS])
    before = text[sentence_start:mention.start].strip()
    rest = text[mention.end:line_end]
    if _publication_note().match(rest):  # 国务院办公厅2020年7月15日(此件公开发布): the signer may end a longer line
        return _is_issuer(before) or _is_issuer(before.rsplit(maxsplit=1)[-1] if before else "")
    signer = before if before else _line_above(text, line_start)
    return _is_issuer(signer) and _names_the_title(rest, title)


def _line_above(text: str, line_start: int) -> str:
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()


def _is_issuer(words: str) -> bool:
    """An organization's name alone: 某区管委会办公室, 甲市民政局 乙市财政局."""
    name = words.replace(" ", "").replace("\u3000", "")
    return 0 < len(name) <= MAX_SIGNER and not NAME_BREAKS.search(name) and _issuer_end().search(name) is not None


def _names_the_title(rest: str, title: str) -> bool:
    words = fold(rest.strip())
    return not words or (len(words) >= TITLE_WORDS and words[:TITLE_WORDS] in title)


@cache
def _publication_note() -> re.Pattern[str]:
    """A note on how the notice was published or sent, right after its date (signature_notes.tsv)."""
    return re.compile(f"\\s*[(（]?\\s*(?:{alternation(word_list('signature_notes.tsv'))})")


@cache
def _page_stamp() -> re.Pattern[str]:
    """A page's own date label right before the date (更新时间: 2026-01-26): page_stamps.tsv."""
    return re.compile(f"(?:{alternation(word_list('page_stamps.tsv'))})\\s*[:：]?\\s*$")


@cache
def _issuer_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(word_list('signature_endings.tsv'))})$")
