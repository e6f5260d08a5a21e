"""The actors of an item's clauses: subjects without a duty word, agents of 由 and partners of
会同/牵头 (extract.rules.actors.actor_owners), on sentences written for the test."""
import re

import pytest

from extract.clause_owners import span_owners
from extract.rules.actors import actor_owners
from extract.rules.opening_subjects import opening_subject
from extract.rules.sentences import Span
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit
from extract.splits import Splits


@pytest.mark.parametrize("clause, owners", [
    ("各职能部门建立健全本系统的公众参与机制", ("各职能部门",)),
    ("施工单位完成整改后到镇建管办办理复验手续", ("施工单位",)),
    ("区卫健委、镇人民政府(街道办事处)扩大服务补贴范围", ("区卫健委", "镇人民政府")),  # the note is dropped
    ("由区卫健委、镇人民政府(街道办事处)督促运营机构整改", ("区卫健委", "镇人民政府")),
    ("区文旅局会同区财政局、区审计局等部门制定考核办法", ("区文旅局", "区财政局", "区审计局")),
    ("区更新办牵头各成员单位", ("区更新办", "各成员单位")),
    ("区建管委通过抽查等方式开展监督", ("区建管委",)),  # 委 ends the name: the next word is no suffix
])
def test_actors_of_a_clause(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "推进中小金融机构改革",  # a verb opens it: a clause, not a name
    "世界百年变局加速演进",  # 局 ends a word that is no unit
    "城镇新增就业稳定增长",
    "深化预算改革和省以下财政体制改革",  # a conjunction between two phrases
    "国家高新技术企业增长一成",  # what a report counts, not a unit it charges
    "区住建局的职责主要包括",  # no predicate follows
])
def test_no_actor_in_a_descriptive_clause(clause):
    assert actor_owners(clause).owners == ()


@pytest.mark.parametrize("clause", [
    "完善项目审批流程",  # no unit's ending, no 部门, 请, 由: the duty subjects only
    "落实属地管理责任和行业监管责任",  # 地 ends a unit's name (用地单位) but closes none here
    "各区加快建设进度", "区财政局会同区审计局开展检查", "请市交通局研究", "由区民政局统筹", "财政、教育等部门",
])
def test_the_first_test_of_actor_owners_answers_as_its_rules(clause, monkeypatch):
    from extract.rules import actors

    duty = actors.Owners(("区住建局",))
    tested = actor_owners(clause, subjects=duty), actor_owners(clause, subjects=actors.NO_OWNERS)
    monkeypatch.setattr(actors, "_actor_words", lambda: re.compile(""))  # every clause goes through the rules
    assert (actor_owners(clause, subjects=duty), actor_owners(clause, subjects=actors.NO_OWNERS)) == tested


def test_a_collective_partner_of_huitong_is_a_group_owner():
    """RECORDS section 5: group owners are kept as written, the partners of 会同 included."""
    assert actor_owners("区民政局会同有关部门开展评估").owners == ("区民政局", "有关部门")
    assert actor_owners("市卫健委要会同相关部门于年底前完成督导").owners == ("市卫健委", "相关部门")
    assert actor_owners("县水务局会同各有关单位排查隐患").owners == ("县水务局", "各有关单位")


def test_a_trailing_group_after_named_partners_is_dropped():
    assert actor_owners("区财政局会同区审计局等有关部门开展检查").owners == ("区财政局", "区审计局")


def test_a_bare_level_joins_only_a_level():
    assert split_units("各村、合作社、居委会") == ["各村", "合作社", "居委会"]
    assert split_units("各有关省(市)和部委") == ["各有关省", "部委"]  # the note is dropped
    assert split_units("各市、县级人民政府") == ["各市、县级人民政府"]


@pytest.mark.parametrize("text, units", [
    ("区卫健委或镇人民政府", ["区卫健委", "镇人民政府"]),
    ("运营机构及其合作机构", ["运营机构", "合作机构"]),
    ("其他有关部门", ["其他有关部门"]),
    ("县人民政府及其有关部门", ["县人民政府", "县人民政府有关部门"]),  # 其 stands for the unit before it
    ("各级政府及其相关部门", ["各级政府", "各级政府相关部门"]),
])
def test_alternatives_and_pronouns(text, units):
    assert split_units(text) == units


@pytest.mark.parametrize("text", ["街道办上报区相关部门", "材料报送区规划资源局"])
def test_a_verb_and_its_object_unit_are_no_unit(text):
    assert not is_unit(text)


@pytest.mark.parametrize("clause, owners", [
    ("文旅、体育、卫健和相关部门应当加强协同", ("文旅部门", "体育部门", "卫健部门", "相关部门")),
    ("各级教育、财政部门和市妇联按各自职责协同实施", ("各级教育部门", "各级财政部门", "市妇联")),
    ("区科技、财政、审计等有关部门在各自职责范围内落实", ("区科技", "财政", "审计")),
    ("区住建局、区财政局负责资金拨付", ("区住建局", "区财政局")),
])
def test_lists_sharing_a_head_word(clause, owners):
    assert actor_owners(clause).owners == owners


def test_label_words_are_no_partners():
    assert actor_owners("落实牵头部门、责任部门和配合部门").owners == ()


@pytest.mark.parametrize("clause, owners", [
    ("区环保局委托第三方机构开展抽查", ("区环保局",)),  # 委托: the unit after it is the object; who commissions acts (shgov-006 gold)
    ("严格监督施工企业按图施工", ()),
    ("须经区财政局同意", ()),
    ("市养老服务指导单位负责资金清算", ("市养老服务指导单位",)),
    ("各级市场监督管理部门负责日常监管", ("各级市场监督管理部门",)),
])
def test_a_verb_with_a_unit_as_its_object_makes_no_subject(clause, owners):
    assert actor_owners(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "镇级社区养老服务用房不少于三百平方米",  # jieba takes 养老 for a person; a noun after it: one noun phrase
    "村级社区养老服务站点建成后交付使用",
    "城区社区养老服务资金专款专用",
])
def test_a_unit_ending_inside_a_noun_phrase_is_no_actor(clause):
    assert actor_owners(clause).owners == ()


def test_the_noun_phrase_ends_on_a_unit_when_a_suffix_follows():
    assert actor_owners("各街道社区养老服务中心提供助餐服务").owners == ("各街道社区养老服务中心",)


def test_an_opening_noun_phrase_owns_no_duty_of_the_next_clause():
    assert opening_subject("村级社区养老服务站点达到建设标准的", "应当纳入补贴范围").owners == ()


@pytest.mark.parametrize("opening, following, owners", [
    ("市财政局、市税务局、市应急局等部门", "抓紧修订专用设备目录", ("市财政局", "市税务局", "市应急局")),
    ("公安、消防、城管等负有监管职能的部门", "根据执法权限分工协助处置", ("公安", "消防", "城管")),
])
def test_a_list_closed_by_a_class_of_units_owns_the_predicate_after_the_comma(opening, following, owners):
    """财政部、税务总局、安全监管总局等部门,抓紧修改… (ao-008), 公安、消防…等负有消防监管职能的部门,根据…
    (ak-007): the comma parts the subject from its verb (sentences of our own: those documents are fetched ones)."""
    assert opening_subject(opening, following).owners == owners


@pytest.mark.parametrize("opening, following", [
    ("联合公安、住建、环保等部门", "协同街道开展整治"),  # the list is the object of 联合
    ("市财政局、市税务局等部门", "市政府各部门"),  # no predicate opens the next clause
    ("市财政局、市税务局", "抓紧修订专用设备目录"),  # no class of units closes the list
])
def test_no_listed_subject_before_a_comma_without_its_class_or_predicate(opening, following):
    assert opening_subject(opening, following).owners == ()


def test_a_listed_subject_with_its_duty_word_stands_in_a_later_clause():
    """…,水利、交通、林业等部门要…: the units share their head word and carry a duty word."""
    assert actor_owners("水利、交通、林业等部门要加强协作", bare=False).owners == ("水利", "交通", "林业")
    assert actor_owners("水利、交通、林业等部门共同参与协作", bare=False).owners == ()


def test_the_duty_subject_of_a_later_clause_is_read_after_a_clause_naming_no_unit():
    """The sentence's test for a duty subject (may_name_subjects) decides for all its clauses: a first
    clause that names no unit does not stop the next from being read."""
    text = "根据上级部署,某区住建局要完成改造5个。\n按季度报送进度。\n"
    subjects, actors = span_owners(Splits(text), Span(0, len(text)), skip_heading=0, actors=True)
    assert subjects.owners == ("某区住建局",)
    assert actors.owners == ("某区住建局",)
    assert span_owners(Splits(text), Span(0, len(text)), skip_heading=0)[0].owners == ("某区住建局",)
