"""Statements of findings in an official's answers to the press (document_kinds.tsv: interview): what
monitoring or an analysis measured over a past period (监测结果表明, 2019年…中有48个出现超标) and a level's
change on the same period of the year before (比例为80%, 同比上升2个百分点) are descriptive statistics, no
targets (RECORDS.md section 5); so is the account of how the text explained was drafted (与二十多个省五百余家
医院视频连线, 通过问卷调研千余家医院): who was consulted. What the scheme explained sets (共布设3646个) stays.
Cue words in extract/data/findings_cues.tsv and extract/data/drafting_cues.tsv."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, word_list
from .sentences import Span

RUNS_ON = ("；", ";")  # a statement of findings runs on over the sentences its semicolons join


def states_findings(text: str, sentence: Span, *, continues: bool) -> bool:
    """Whether ``sentence`` states findings or how the text was drafted: a cue in it, or it ``continues`` such
    a statement."""
    return continues or _cues().search(text, sentence.start, sentence.end) is not None


def runs_on(text: str, sentence: Span) -> bool:
    """Whether the next sentence continues this one (it ends with a semicolon)."""
    return text[sentence.start:sentence.end].rstrip().endswith(RUNS_ON)


@cache
def _cues() -> re.Pattern[str]:
    return re.compile(alternation(word_list("findings_cues.tsv") + word_list("drafting_cues.tsv")))
