"""Unit names with a conjunction inside (区交通与建设局, 区旅游与文化体育局, 区发展和改革委员会): a domain word,
与/和/及/暨 (name_joins.tsv), more domain words and one body's ending make ONE unit, which jieba's tag of
与 as a preposition made a clause fragment. Two units stay two (区交通局与区建设局, 区住建局和区城管局), and
people, classes and levels joined are no name (参保病人与定点医疗机构, 中央和地方财政). Invented sentences,
and the real ones of p-002, p-003, p-005, r-004 (batches P, R) and the fresh pt-01 (skipped where ../extra
is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit, joins_one_name, tags
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize("name", [
    "区交通与建设局", "县旅游与文化体育局", "区宣传与影视发展部", "区经济发展与改革局", "市卫生健康与体育局",
    "区城乡建设与交通运输服务中心", "海洋与渔业处", "区商务和投资促进局", "市绿化和市容管理局",
])
def test_a_domain_word_joined_to_one_bodys_name_is_one_unit(name):
    assert is_unit(name) and split_units(name) == [name]


@pytest.mark.parametrize(("text", "units"), [
    ("区交通局与区建设局", ["区交通局", "区建设局"]),
    ("区住建局和区城管局", ["区住建局", "区城管局"]),
    ("镇规建办与镇城运中心", ["镇规建办", "镇城运中心"]),
    ("区发展和改革委员会", ["区发展和改革委员会"]),
], ids=["two-bureaus-与", "two-bureaus-和", "two-offices", "one-commission"])
def test_each_part_ending_on_a_suffix_makes_two_units(text, units):
    assert split_units(text) == units


@pytest.mark.parametrize("text", [
    "参保病人与定点医疗机构", "中央和地方财政", "小区业委会与物业服务企业", "加强与各相关部门", "积极与财政部门",
    "区物业管理与修缮工程的主管部门",
], ids=["people-and-a-class", "two-levels", "a-committee-and-a-class", "a-verb-before", "an-adverb-before",
        "a-clause-after"])
def test_no_one_name_where_the_parts_are_no_domain_and_ending(text):
    words = tags(text)
    assert not any(joins_one_name(words, k) for k in range(len(words)))


@pytest.mark.parametrize(("sentence", "owners"), [
    ("区海洋与渔业局要加强近岸养殖监管", ("区海洋与渔业局",)),
    ("区海洋与渔业局组织开展近岸养殖巡查", ("区海洋与渔业局",)),
    ("由区海洋与渔业局负责组织实施", ("区海洋与渔业局",)),
    ("请区海洋与渔业局牵头建设养殖监测点", ("区海洋与渔业局",)),
    ("区财政局、区海洋与渔业局要保障巡查经费", ("区财政局", "区海洋与渔业局")),
    ("区海洋与渔业局、区财政局组织开展巡查", ("区海洋与渔业局", "区财政局")),
    ("区财政局会同区海洋与渔业局开展巡查", ("区财政局", "区海洋与渔业局")),
    ("区海洋局与区渔业局要加强协作", ("区海洋局", "区渔业局")),
], ids=["duty-subject", "bare-subject", "agent-of-由", "charged-after-请", "list-second", "list-first",
        "partner-of-会同", "two-bureaus"])
def test_every_owner_reader_reads_the_joined_name_whole(sentence, owners):
    assert actor_owners(sentence).owners == owners


def _task(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


def test_a_school_transport_plan_charges_the_transport_and_construction_bureau():
    assert _task(extra_path("corpus", "p-002.txt"), "区交通与建设局负责打击").owners == ("区交通与建设局",)


def test_a_dangerous_housing_check_is_coordinated_by_the_bureau():
    assert _task(extra_path("corpus", "p-003.txt"), "区交通与建设局负责排查").owners == ("区交通与建设局",)


def test_a_sanitation_plan_names_both_joined_bureaus_of_a_land_clause():
    owners = _task(extra_path("corpus", "p-005.txt"), "环卫设施用地的规划").owners
    assert {"区交通与建设局", "区环境与国土资源局", "区规划局"} <= set(owners)


def test_a_myopia_plan_charges_the_tourism_culture_and_sports_bureau():
    owners = _task(extra_path("corpus", "r-004.txt"), "区旅游与文化体育局增加").owners
    assert "区旅游与文化体育局" in owners


def test_a_disclosure_table_keeps_a_joined_office_among_its_supporting_offices():
    owners = _task(extra_path("fresh", "pt-01.txt"), "公开国有资本整体运营情况").owners
    assert {"海洋与渔业处", "粮食处"} <= set(owners)
