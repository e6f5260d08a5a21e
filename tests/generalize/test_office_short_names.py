"""Short names of offices and mass organizations: an office's abbreviation that jieba makes one word with its
one-character ending and reads as a person's name or a verb (爱卫办, 文明办, 能源办), a commission's office
(委办: 绿委办, 语委办), and the mass organizations written with 组织 or by their short name (妇联组织, 共青团)
are units; verbs ending on 办 (督办, 查办, 交办) stay verbs. Sentences and the notice are written for the test;
the corpus tests read documents of ../shared and ../extra."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.subjects import subject_owners
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某县开展卫生月活动的通知
一、活动安排
(一)各乡镇爱卫办要制定活动方案,每周确定1项重点任务。
(二)县民政局、妇联组织、县妇儿工委办公室要发挥牵头作用。
(三)各级工会、共青团和妇联组织要组织职工参与。
"""


@pytest.mark.parametrize("text, unit", [
    ("市爱卫办", True),  # 爱卫办: one word read as a person's name
    ("各地文明办", True),
    ("县能源办", True),  # 能源办: one word read as a verb
    ("区绿委办", True),  # 委办: a commission's office
    ("语委办", True),
    ("妇联组织", True),
    ("各级共青团", True),
    ("严肃查处", False),  # 查处: a verb of two characters
    ("依法查办", False),
    ("区政府督办", False),
    ("市政府交办", False),
])
def test_short_names(text, unit):
    assert is_unit(text) is unit


@pytest.mark.parametrize("clause, owners", [
    ("各县爱卫办要及时总结活动情况", ("各县爱卫办",)),
    ("区绿委办负责统筹协调", ("区绿委办",)),
    ("市民政局、妇联组织要加强指导", ("市民政局", "妇联组织")),
])
def test_short_names_as_subjects(clause, owners):
    assert subject_owners(clause).owners == owners


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title[:6]: t.owners for t in extract_document(document, use_model=False).tasks}


def test_a_notice_of_short_names():
    tasks = _tasks()
    assert tasks["各乡镇爱卫办"] == ("各乡镇爱卫办",)
    assert tasks["县民政局、妇"] == ("县民政局", "妇联组织", "县妇儿工委办公室")
    assert tasks["各级工会、共"] == ("各级工会", "共青团", "妇联组织")


def _owners(path, title: str) -> list[tuple[str, ...]]:
    return [t.owners for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]


def test_corpus_offices_read_as_names():
    """A health-campaign notice (ak-006): the offices of every place report to the national office."""
    assert _owners(extra_path("corpus", "ak-006.txt"), "各地爱卫办要及时提炼") == [("各地爱卫办", "全国爱卫办")]


def test_corpus_a_mass_organization_written_with_its_organizations():
    """A child-care work plan (ak-001): civil affairs, the women's federations and the children's committee
    offices lead."""
    owners = _owners(extra_path("corpus", "ak-001.txt"), "各地要把监护缺失儿童")
    assert owners == [("各地", "各级民政部门", "妇联组织", "妇儿工委办公室")]


@pytest.mark.parametrize("path, name", [
    (doc_path("shicheng-001.html"), "县能源办"),
    ("y-002.txt", "语委办"),
    ("i-007.txt", "区绿委办"),
    ("i-006.txt", "市精神文明办"),
])
def test_corpus_short_office_names_are_units(path, name):
    document = read_cached(path if not isinstance(path, str) else extra_path("corpus", path))
    assert name in document.text and is_unit(name)
