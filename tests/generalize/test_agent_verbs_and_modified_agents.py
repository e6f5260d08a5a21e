"""Agents after 由 whose verb jieba reads as a noun or a distinguishing word (草拟, 妥善安置, 托底), whose list
closes on 等 before the verb, or whose name a modifier in 的 opens (由启动响应的人民政府终止…, 由具有…资质的单位
进行…): the agents own the clause; 由 and an agent before the verbs of a modifier still charge no one (由区财政负担的
部分). Invented sentences shaped like those of batches K, Y, AI and AK."""
import pytest

from extract.rules.actors import actor_owners
from extract.rules.agents import agents_before_any_verb, modifies_a_noun


@pytest.mark.parametrize(("sentence", "agents"), [
    ("由区教育局草拟工作方案", ("区教育局",)),
    ("由救助保护机构等妥善安置照料", ("救助保护机构",)),
    ("由街道托底保障设施运行安全", ("街道",)),
], ids=["草拟-read-as-b", "等-closes-the-list", "托底-read-as-a-name"])
def test_the_agent_of_由_before_a_verb_jieba_misreads(sentence, agents):
    assert agents_before_any_verb(sentence).owners == agents


@pytest.mark.parametrize(("sentence", "agents"), [
    ("由启动响应的人民政府终止应急响应", ("启动响应的人民政府",)),
    ("由具有处置资质的单位进行集中处置", ("具有处置资质的单位",)),
], ids=["响应-holds-no-duty-word", "a-qualified-unit"])
def test_an_agent_named_by_a_modifier_is_written_whole(sentence, agents):
    assert actor_owners(sentence).owners == agents


@pytest.mark.parametrize(("after", "modifies"), [
    ("区财政负担的部分", True),
    ("街镇组织实施的项目", True),
    ("启动响应的人民政府终止应急响应", False),
], ids=["agent-then-verbs-then-的", "agent-then-two-verbs", "verbs-open-the-agents-name"])
def test_a_modifier_needs_an_agent_before_its_verbs(after, modifies):
    assert modifies_a_noun(after) is modifies


@pytest.mark.parametrize(("sentence", "agents"), [
    ("由民办学校及时将补贴发放至学生", ("民办学校",)),
    ("由保修责任单位先行委托检测机构进行鉴定", ("保修责任单位",)),
    ("由工商行政管理部门限期办理注销登记", ("工商行政管理部门",)),
], ids=["及时-read-as-c", "先行-read-as-n", "限期-read-as-n"])
def test_an_adverb_of_manner_jieba_misreads_closes_the_agent(sentence, agents):
    """n-002, r-003, ab-008 (three sources): the manner an agent acts in, read as a conjunction or a noun."""
    assert actor_owners(sentence).owners == agents


def test_a_subject_before_an_adverb_jieba_misreads():
    """ad-010: 公积金中心即时将…划转…: 即时 read as a conjunction."""
    assert actor_owners("公积金中心即时将提取资金划转至申请人的银行卡").owners == ("公积金中心",)


def test_a_verb_of_the_agent_read_as_a_noun_opens_no_modifier():
    """am-007: 由省级人民政府有关部门委托(n)…认可的中介机构进行评估: 委托 is the agent's verb, and 认可的 modifies
    its object, not the agent's clause."""
    assert modifies_a_noun("省级人民政府有关部门委托发展改革委认可的中介机构进行评估") is False
    assert actor_owners("由省级人民政府有关部门委托发展改革委认可的中介机构进行评估").owners == ("省级人民政府有关部门",)
