"""A collective of a level (各区, 各镇, 各设区市) opening a clause before its predicate is its subject, as 各街道
is: 各区建立…, 管委会、各镇遴选…; with a note of its peers (各镇(街)…, 各省(自治区、直辖市)…) or before a
longer name (各区民政部门) it names the regions whose units or things follow. Sentences written for the test,
and real items of h-003, i-009 and jxgov-007 (gold owners 各区, 各区 with others, 各设区市)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from tests.corpus import doc_path, extra_path, pool_path, read_cached


@pytest.mark.parametrize(("clause", "owners"), [
    ("各区建立街道巡查工作台账", ("各区",)),
    ("各镇制定本镇实施方案", ("各镇",)),
    ("管委会、各镇遴选专业机构承担评估工作", ("管委会", "各镇")),
    ("各区、各行业主管部门结合实际提出需求", ("各区", "各行业主管部门")),
    ("各设区市建成2个示范托育机构", ("各设区市",)),
    ("各省份建立考核信息系统", ("各省份",)),  # the longer ending 省份 wins over the level
    ("各区民政部门建立台账", ("各区民政部门",)),  # the level opens a longer name
])
def test_a_level_collective_before_its_predicate_is_the_subject(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "各镇(街)便民服务窗口负责受理申请",  # a note of its peers: the towns' windows act
    "各市(州)中心城市全部开通公交专线",
    "各省(自治区、直辖市)工作方案、整改情况",
])
def test_a_level_with_a_note_of_its_peers_names_regions_not_a_subject(clause):
    assert actor_owners(clause).owners == ()


def _owners(path, title):
    return next(t for t in extract_document(read_cached(path), use_model=False).tasks if t.title == title).owners


def test_h003_the_districts_own_the_training_item():
    """h-003 (四): …,各区建立技师、高级技师区域负责制,…"""
    assert _owners(extra_path("corpus", "h-003.txt"), "加强白玉兰养管技术培训") == ("各区",)


def test_i009_the_districts_are_read_as_a_level_not_as_part_of_a_name():
    """i-009 第六条: 各区、各行业主管部门…提出需求: 各区 and the sector departments, no 各区部门."""
    owners = next(t for t in extract_document(read_cached(extra_path("corpus", "i-009.html")), use_model=False).tasks
                  if t.title.startswith("符合第五条")).owners
    assert "各区" in owners and "各区部门" not in owners


def test_jxgov007_the_prefectures_own_the_general_requirements():
    assert "各设区市" in _owners(doc_path("jxgov-007.html"), "总体要求")


def test_pool015_the_towns_windows_are_no_towns():
    """pool-015 第五条: 各镇(街)来穗人员积分制入户受理窗口负责…: not 各镇."""
    owners = next(t for t in extract_document(read_cached(pool_path("pool-015.html")), use_model=False).tasks
                  if t.title.startswith("市发展改革部门负责")).owners
    assert "各镇" not in owners


@pytest.mark.parametrize(("clause", "owners"), [
    ("各区县要建立农村危房台账", ("各区县",)),
    ("各县市区要在年底前完成摸底", ("各县市区",)),
    ("各市县要按季度报送进展情况", ("各市县",)),
    ("各乡镇、区直各单位要按月报送进展", ("各乡镇", "区直各单位")),  # a compound level is no series of levels
])
def test_levels_run_together_after_ge_name_every_unit_of_each_level(clause, owners):
    """各区县, 各县区, 各县市区: levels written together after 各 are one class of units, as 各区 is."""
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", ["各区域要加强巡查", "有关市区道路全面改造"])
def test_a_word_on_level_characters_is_no_compound_level(clause):
    """区域 is a word, not a level; only 各 opens a compound of levels (有关市区 is a place)."""
    assert actor_owners(clause).owners == ()


def test_ad011_the_districts_and_counties_own_the_housing_item():
    """ad-011 (十二): …2013年年底前,各区县要将…纳入公共租赁住房保障范围 (gold owner 各区县); its own item since
    the (十) run into (九) is cut off (extract/clean/run_in.py), no longer its section 四、's."""
    assert _owners(extra_path("corpus", "ad-011.html"), "加强建设分配管理") == ("各区县",)
