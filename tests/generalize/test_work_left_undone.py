"""Work summaries (the gold of dev-u and dev-ai): the part of a reported work not done yet (剩余7宗, 未整改12宗, 持续整改1个,
尚有7个问题未整改到位) is neither a result achieved nor a commitment (extract/data/remainder_words.tsv,
extract/rules/exclusions/remainders.py); the part done beside it stays a result, and a verb acting on the rest
(推动剩余25个老旧小区改造, 剩余5个问题已基本完成整改) keeps it. The invented sentences are written for the test; the
real ones are read from ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("已办结信访件40件剩余3件。", [(40, "件")]),
    ("督察反馈的18个问题中已完成整改15个、持续整改3个。", [(18, "个"), (15, "个")]),
    ("尚有4个点位未整改到位。", []),
    ("累计销号85宗,未整改6宗。", [(85, "宗")]),
    ("已建成车位1200个,尚有300个可供出租。", [(1200, "个")]),
])
def test_what_is_left_of_a_work_is_no_target(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("text, amount", [
    ("推动剩余12个老旧小区改造。", (12, "个")),  # a verb acts on the rest: a commitment
    ("剩余3个问题已全部完成整改。", (3, "个")),  # the rest, then done: a result
    ("年内完成剩余20公里管网建设。", (20, "公里")),
])
def test_a_verb_acting_on_the_rest_keeps_it(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("name, clause, left, done", [
    ("u-008.txt", "已完成整改5宗剩余7宗", (7.0, "宗"), (5.0, "宗")),  # the 5 is gold, the 7 is not
    ("u-008.txt", "基本完成整改12个、持续整改1个", (1.0, "个"), (12.0, "个")),
    ("ai-002.txt", "整改1条", (1.0, "条"), (41.0, "条")),  # 已完成整改41条,持续推进整改1条
])
def test_a_work_summary_keeps_the_part_done_and_drops_the_rest(name, clause, left, done):
    targets = extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
    assert not [t for t in targets if (float(t.value), t.unit) == left and clause in t.evidence]
    assert done in {(float(t.value), t.unit) for t in targets}
