"""Clauses that end like a unit's name and name none: a common noun ending on a unit's last character
(发展格局, 中小学布局, 城镇化和乡村, 城中村, 力度有所: person_endings.tsv), the copula of an enumerated
point or a statement (一是建设…新农村, …是国家所必须…: clause_verbs.tsv), the particle 所 after a
locative or a unit's own ending (实施中所采取的, 管理机关所必须), and an actor opener inside a longer
word (联合国). Units of those shapes still stand (镇财政所, 区城管局, 农业农村). Sentences and the
notice are written for the test; the corpus tests read documents of ../shared."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.subjects import subject_owners
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached

NOTICE = """某县二〇二五年重点工作安排
一、优化发展布局
(一)着力优化城乡发展格局
推动县城和中心镇协调发展,形成多点支撑的空间结构。
(二)二是建设宜居宜业新农村
深入开展人居环境整治,补齐基础设施短板。
(三)统筹城镇化和乡村全面振兴
健全城乡融合发展机制,推动公共服务向农村延伸。
(四)财政保障
镇财政所负责做好资金拨付,县财政局要加强绩效管理。
"""


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


@pytest.mark.parametrize("title", ["着力优化城乡发展格局", "二是建设宜居宜业新农村", "统筹城镇化和乡村全面振兴"])
def test_a_heading_ending_like_a_unit_names_none(title):
    assert _tasks()[title] == ()


def test_units_of_the_same_endings_still_own():
    assert _tasks()["财政保障"] == ("镇财政所", "县财政局")


@pytest.mark.parametrize("text, unit", [
    ("着力优化区域发展格局", False),  # 格局: a state of things, not a bureau
    ("农村中小学布局", False),
    ("统筹城镇化和乡村", False),  # 乡村: the countryside, not a village
    ("开展城中村", False),
    ("执法力度有所", False),  # 有所: a verb of degree
    ("四是推进乡村", False),  # 是: an enumerated point
    ("计划供应是国家所", False),  # 是 and the particle 所: a statement
    ("规划实施中所", False),  # 中所: the particle after a locative
    ("有关管理机关所", False),  # 机关所: the name ended at 机关
    ("镇财政所", True),
    ("区公安局", True),
    ("各乡镇", True),
    ("农业农村", True),  # a domain of a list of domains before 等部门, kept as written
])
def test_unit_like_endings(text, unit):
    assert is_unit(text) is unit


@pytest.mark.parametrize("clause, owners", [
    ("这些任务也是有关管理机关所必须注意实现的", ()),
    ("这是我们从检查结果中所应当吸取的教训", ()),
    ("镇财政所应当按月公开资金使用情况", ("镇财政所",)),
])
def test_the_particle_before_a_duty_word(clause, owners):
    assert subject_owners(clause).owners == owners


@pytest.mark.parametrize("clause, owners", [
    ("并请提供如联合国等单位所表扬的事迹", ()),  # 联合 of 联合国: no opener
    ("区民政局联合区财政局开展专项检查", ("区民政局", "区财政局")),
])
def test_an_actor_opener_is_a_word_of_its_own(clause, owners):
    assert actor_owners(clause).owners == owners


def _owners(name: str, title: str) -> list[tuple[str, ...]]:
    tasks = extract_document(read_cached(doc_path(name)), use_model=False).tasks
    return [t.owners for t in tasks if t.title.startswith(title)]


@pytest.mark.parametrize("name, title", [
    ("gwr2026-006.txt", "着力优化区域发展格局"),  # a heading ending on 格局
    ("gwr2026-006.txt", "打造具有巴蜀韵味的美丽乡村"),  # the section's 统筹新型城镇化和乡村全面振兴 passed down
    ("gwrnat-002.txt", "建设社会主义新农村"),  # 一是…: the ordinal is its marker
    ("hfs-002.txt", "“十五”期间环境保护工作取得进展"),  # 环境执法力度有所加强
])
def test_corpus_clauses_ending_like_units_own_nothing(name, title):
    owners = _owners(name, title)
    assert owners and all(o == () for o in owners)


def test_corpus_a_clause_ending_like_a_unit_beside_a_subject():
    """农村中小学布局要因地制宜 names no 布局 (a unit-like ending); 地方财政也要相应安排 charges its subject."""
    assert _owners("gwrnat-003.txt", "坚持优先发展教育") == [("地方财政",)]


def test_corpus_the_particle_after_a_unit_ending():
    """A national work report: 商业部门和国营农业的管理机关所必须注意实现的 names no 管理机关所; the
    units the paragraph charges stand."""
    owners = _owners("gwrnat-001.txt", "目前工业方面的重要问题之一是计划性不足")
    assert owners and "建设单位" in owners[0] and not any(u.endswith("所") for u in owners[0])
