"""Units opening a sentence, a clause of their time or condition, then the duty word that charges them
(各单位接到通知单后要…, 区发改委立项阶段…时应…, 各部门之间要…): the units own the duty. The real sentences of
pkulaw-001 and shgov-006, and invented ones shaped like batch W's."""
import pytest

from extract.extractor import extract_document
from extract.rules.subjects import subject_owners
from tests.corpus import doc_path, read_cached


@pytest.mark.parametrize(("sentence", "owners"), [
    ("各部门之间要建立健全沟通协调机制", ("各部门",)),
    ("区民政局收到申请后应当及时审核", ("区民政局",)),
], ids=["之间", "后"])
def test_the_units_before_a_clause_of_their_time_own_the_duty(sentence, owners):
    assert subject_owners(sentence).owners == owners


@pytest.mark.parametrize("sentence", [
    "企业在项目竣工前应当办理备案",
    "区民政局的补贴发放后要公示",
    "市场监管部门发现违法行为后,公安机关应及时处理",
], ids=["a-regulated-party", "a-modifier-not-a-time", "another-unit-after-the-time-clause"])
def test_no_units_charged_before_a_time_clause(sentence):
    assert subject_owners(sentence).owners == ()


def _task(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


def test_the_units_asked_to_host_reporters_own_the_publicity_item():
    assert "各单位" in _task(doc_path("pkulaw-001.txt"), "为配合整体宣传工作需要").owners


def test_the_development_commission_owns_the_project_approval_stage():
    assert set(_task(doc_path("shgov-006.txt"), "立项阶段").owners) == {"建设单位", "区发改委"}
