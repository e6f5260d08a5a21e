"""Owner labels are a role word and a unit word (牵头部门, 实施单位, 协助科室): every pairing is read, the
units of an implementing label (实施/执行) support the lead label's units beside it and are plain owners
alone, and no label word is ever a unit itself. The texts are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.assignments import tagged_owners
from extract.rules.owner_labels import owner_labels, owner_tag_roles
from extract.rules.unit_names import is_unit


def test_implementing_units_support_the_lead_units_of_the_same_tag():
    owners = tagged_owners("(牵头部门:市甲委规划处、建设处;实施部门:市乙中心、各区丙主管部门)")
    assert owners.owners == ("市甲委规划处", "建设处", "市乙中心", "各区丙主管部门")
    assert (owners.lead, owners.support) == (("市甲委规划处", "建设处"), ("市乙中心", "各区丙主管部门"))


def test_implementing_units_alone_are_owners_without_a_role():
    owners = tagged_owners("(执行单位:某县丁局、戊镇人民政府)")
    assert (owners.owners, owners.lead, owners.support) == (("某县丁局", "戊镇人民政府"), (), ())


@pytest.mark.parametrize("text, lead, support", [
    ("(牵头处室:规划处;协助处室:财务处)", ("规划处",), ("财务处",)),
    ("(主责机构:某市己中心;协同科室:庚科)", ("某市己中心",), ("庚科",)),
    ("(牵头科室:辛科,配合科室:壬科)", ("辛科",), ("壬科",)),
])
def test_every_role_word_pairs_with_every_unit_word(text, lead, support):
    owners = tagged_owners(text)
    assert (owners.lead, owners.support) == (lead, support)


def test_no_label_is_a_unit():
    labels = set(owner_tag_roles())
    assert {"实施部门", "执行单位", "协助科室", "牵头处室", "主(协)办机关"} <= labels
    assert owner_labels("never") >= labels - {"责任主体", "实施主体", "承办单位"}  # heading words name collectives
    assert not [label for label in owner_labels("never") if is_unit(label)]


def test_a_plan_item_gives_its_task_lead_and_implementing_units():
    plan = ("某市关于推进港区绿色发展的实施方案\n一、重点任务\n"
            "1.完善码头供电设施。推进码头供电设施改造,提高设施使用率。"
            "(牵头部门:市癸委港务处;实施部门:市港区中心、各区交通主管部门)\n"
            "2.推广清洁能源车辆。港区新增作业车辆全部使用清洁能源。(实施部门:市港区中心)\n")
    document = document_from_bytes(plan.encode("utf-8"), name="plan.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    first = tasks["完善码头供电设施"]
    assert (first.owners, first.lead_owners, first.support_owners) == (
        ("市癸委港务处", "市港区中心", "各区交通主管部门"), ("市癸委港务处",), ("市港区中心", "各区交通主管部门"))
    second = tasks["推广清洁能源车辆"]
    assert (second.owners, second.lead_owners, second.support_owners) == (("市港区中心",), (), ())
