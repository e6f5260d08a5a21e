"""The lines under a label on applicants (补贴条件: then its items) or a lead-in listing cases, read for a whole
text at once: the same answer whichever line is asked first, up to LABEL_REACH lines back over list items."""
from __future__ import annotations

import pytest

from extract.rules.notices import LABEL_REACH, LabelledLines

# written for these tests: a label on applicants and its items, a lead-in listing cases, a label on something else
TEXT = ("一次性创业补贴\n"
        "补贴条件:\n"
        "(1)毕业5年内的高校毕业生;\n"
        "(2)企业吸纳就业4人或以上。\n"
        "补贴标准:8000元。\n"
        "有下列情形之一的,不予补贴:\n"
        "1.已享受过补贴的;\n"
        "2.未按时申报的。\n"
        "工作目标:\n"
        "(1)新建公园3个。")


def _starts(text: str) -> list[int]:
    starts, position = [], 0
    for line in text.split("\n"):
        starts.append(position)
        position += len(line) + 1
    return starts


@pytest.mark.parametrize(("line", "under"), [
    (0, False), (1, True), (2, True), (3, True), (4, False), (5, True), (6, True), (7, True), (8, False), (9, False),
])
def test_a_line_is_under_the_label_or_lead_in_that_opens_its_list(line, under):
    assert LabelledLines(TEXT).under_a_label(_starts(TEXT)[line]) is under


def test_the_answers_do_not_hang_on_the_order_lines_are_asked_in():
    starts = _starts(TEXT)
    forward, backward = LabelledLines(TEXT), LabelledLines(TEXT)
    assert [forward.under_a_label(s) for s in starts] == [backward.under_a_label(s) for s in reversed(starts)][::-1]


def test_a_label_heads_no_item_further_than_its_reach():
    text = "补贴条件:\n" + "\n".join(f"({k})条件{k}。" for k in range(1, LABEL_REACH + 2))
    starts = _starts(text)
    lines = LabelledLines(text)
    assert lines.under_a_label(starts[LABEL_REACH - 1])  # 29 lines back: read
    assert not lines.under_a_label(starts[LABEL_REACH])  # 30 lines back: past the reach
