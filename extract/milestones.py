"""Milestones listed with their period on the next line, as open-government commitments write
them (衡量指标 / 关键里程碑):

    完成简化登记证书相关行政指导
    - 2022/01-2022/12

Each such line is a task due at the end of its period, owned by the units its section or the
document names (主(协)办机关: …).
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from .build import Limit, task
from .index import DocumentIndex
from .records import Task
from .rules.sentences import Span
from .task_owners import section_owners

MILESTONE = re.compile(r"^(?P<title>[^\n-][^\n]{3,120})\n- ?(?P<period>(?P<y1>\d{4})/(?P<m1>\d{1,2}) ?[-~～—至] ?"
                       r"(?P<y2>\d{4})/(?P<m2>\d{1,2}))[ \t]*$", re.M)
PERIOD_LINE = "\n-"  # what every milestone holds: its period's line opens on "-"


def milestone_tasks(index: DocumentIndex) -> list[Task]:
    """A task for every milestone line followed by its period (- 2021/01~2021/12)."""
    tasks = []
    paths = index.paths()
    if PERIOD_LINE not in index.text:
        return tasks  # no line opens on "-": no milestone (most documents), the pattern not tried at every line
    for match in MILESTONE.finditer(index.text):
        year, month = int(match["y2"]), int(match["m2"])
        if not 1 <= month <= 12 or not 1 <= int(match["m1"]) <= 12 or index.in_table(match.start()):
            continue
        section = index.innermost(match.start())
        limit = Limit(date(year, month, calendar.monthrange(year, month)[1]), match["period"],
                      date(int(match["y1"]), int(match["m1"]), 1))
        title = match["title"].strip()
        tasks.append(task(index.document, span=Span(match.start(), match.end()),
                          path=(*paths.get(section.start, ()),) if section else (), title=title, text=title,
                          owners=section_owners(index, section), limit=limit, model_version=index.model_version))
    return tasks
