"""Whether an amount is achieved or planned, as the headings around it and the parts of a work summary say."""
from __future__ import annotations

from .index import DocumentIndex


def section_status(index: DocumentIndex, position: int) -> str | None:
    """What the headings around an amount at ``position`` say: 已完成的工作 (achieved), 目标任务 (planned). A
    heading that names its year (2026年重点工作, 2025年工作回顾) outweighs a word of a heading inside it (加快释放…
    成效 under 2026年重点工作 plans a result); the review part of a work summary with the next period's plan
    reviews, headed or not, whatever a heading inside it says (以高质量发展为目标), and its plan part plans
    unless a heading says otherwise."""
    if position < index.review_end:
        return "achieved"
    facts = [index.facts[c.start] for c in index.chain(index.innermost(position))]
    dated = next((f.status for f in facts if f.status and f.heading_limit is not None), None)
    return dated or next((f.status for f in facts if f.status), "planned" if index.review_end else None)
