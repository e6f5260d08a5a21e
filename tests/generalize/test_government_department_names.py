"""A level of government before a department's name (县级以上地方人民政府|兽医主管部门, 地方各级人民政府|国土资源
行政主管部门) is one unit's name however long, as national laws, rules and ministry notices write it; the
government alone stays a unit of its own, and a verb after the government makes a clause, no name. Invented
sentences, and the real ones of ak-002, ak-003, k-008 and govcn-009 (batches AK, K and C: skipped where ../extra
is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.subjects import subject_owners, subject_unit
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize(("sentence", "owners"), [
    ("县级以上地方人民政府渔业主管部门应当定期公布检查结果", ("县级以上地方人民政府渔业主管部门",)),
    ("地方各级人民政府住房城乡建设行政主管部门要逐项抓好落实", ("地方各级人民政府住房城乡建设行政主管部门",)),
    ("县级以上地方各级人民政府文化和旅游主管部门负责日常监督", ("县级以上地方各级人民政府文化和旅游主管部门",)),
    ("县级以上地方政府农业农村主管部门要加强指导", ("县级以上地方政府农业农村主管部门",)),
    ("县级以上地方人民政府市场监督管理部门和公安机关应当加强协作",
     ("县级以上地方人民政府市场监督管理部门", "公安机关")),
    ("省级人民政府教育行政部门、县级以上地方人民政府卫生健康主管部门要做好保障",
     ("省级人民政府教育行政部门", "县级以上地方人民政府卫生健康主管部门")),
], ids=["level-and-department", "every-level", "level-with-joined-domains", "政府-without-人民",
        "listed-with-another-unit", "two-long-names-listed"])
def test_a_level_of_government_and_a_department_is_one_name(sentence, owners):
    assert subject_owners(sentence).owners == owners


def test_the_government_alone_stays_a_unit():
    assert subject_owners("县级以上地方人民政府应当加强对检查工作的领导").owners == ("县级以上地方人民政府",)
    assert subject_unit("县级以上地方各级人民政府")


@pytest.mark.parametrize("unit", [
    "县级以上地方人民政府组织有关部门",  # the government organizes departments: a clause
    "地方各级人民政府依法督促有关部门",
    "县级以上地方人民政府结合本地实际及行业主管部门",
    "某某某某某某某某某某某某某某某某管理局",  # no level of government: a long name stays too long
])
def test_a_verb_after_the_government_makes_no_name(unit):
    assert not subject_unit(unit)


def test_the_veterinary_departments_of_every_level_own_the_hotline():
    tasks = extract_document(read_cached(extra_path("corpus", "ak-002.txt")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title == "疫情举报和核查"]
    assert task.owners[0] == "县级以上地方人民政府兽医主管部门"


def test_the_land_departments_of_every_level_own_the_clearance():
    tasks = extract_document(read_cached(extra_path("corpus", "ak-003.txt")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title == "全面清理勘查、采矿许可证"]
    assert "地方各级人民政府国土资源行政主管部门" in task.owners


def test_the_government_and_its_departments_split_as_a_list():
    tasks = extract_document(read_cached(extra_path("corpus", "k-008.txt")), use_model=False).tasks
    (task,) = [t for t in tasks if t.title == "物资与资金保障"]
    assert {"县级以上地方人民政府", "县级以上地方人民政府有关部门"} <= set(task.owners)


def test_provincial_departments_own_their_duties():
    tasks = extract_document(read_cached(doc_path("govcn-009.html")), use_model=False).tasks
    owners = {o for t in tasks for o in t.owners}
    assert {"省级人民政府有关部门", "省级人民政府有关行政主管部门"} <= owners
