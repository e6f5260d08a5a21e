"""An adverb of time or aspect between a subject and the word saying whom it works with (国办已会同…, 区民政局正在
牵头…) is no part of the subject's name (before other words it reports or permits: 县卫健局已于…, …仍可…), and a clause opening on one (继续会同甲局、乙局对…) has no subject: what follows 会同 are
partners, never a unit named 继续会同甲局 (aspect_adverbs.tsv, owner_openers.tsv). Invented sentences and a
reply of the development batches."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.subjects import subject_owners
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize("sentence, owners", [
    ("市住建局已会同市财政局制定补助办法", ("市住建局",)),
    ("区民政局正在牵头组织养老服务评估", ("区民政局",)),
    ("县财政局继续会同县发改委做好项目调度", ("县财政局",)),
    ("县交通局已经联合县公安局开展检查", ("县交通局",)),
    ("区住建局要加快推进老旧小区改造", ("区住建局",)),
    ("县卫健局已于5月完成评估", ()),
    ("各医疗机构仍可采购其他品种", ()),
], ids=["already", "in-progress", "continue", "already-two-characters", "no-adverb", "a-report-charges-no-one",
        "a-permission-charges-no-one"])
def test_the_subject_ends_before_the_adverb(sentence, owners):
    assert subject_owners(sentence).owners == owners


@pytest.mark.parametrize("clause, owners", [
    ("市住建局已会同市财政局制定补助办法", ("市住建局", "市财政局")),
    ("继续会同区经发局、区财政局对各项目逐一核实", ("区经发局", "区财政局")),
], ids=["subject-and-partner", "no-subject-before-the-adverb"])
def test_the_actors_of_a_clause_with_an_adverb(clause, owners):
    assert actor_owners(clause).owners == owners


def test_a_reply_naming_who_drafts():
    """r-009 一、…。目前,国办已会同国务院信息办组织力量起草了…: the office and its partner."""
    tasks = extract_document(read_cached(extra_path("corpus", "r-009.html"))).tasks
    found = [t for t in tasks if t.title.startswith("研究制定指导性文件")]
    assert [t.owners for t in found] == [("国办", "国务院信息办")]
