"""Amounts in the items under a heading naming the conditions of applying or receiving (申请项目条件,
职工申请…应具备条件, 奖补条件) or whom a benefit is for (申领对象, 资助对象) are what an applicant meets, no
target (RECORDS.md section 5; extract/data/applicant_headings.tsv); the support granted to those who
qualify stays a target under its own heading, and so do a site's standards and the conditions of a work
whose title names no applying. The sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.notices import about_applicants
from tests.corpus import extra_path, read_cached

PROJECTS = """关于开展某区租赁住房运营补助的通知
一、申请主体条件
在本区登记注册的企业,经营范围包含住房租赁。
二、申请项目条件
1.新建项目的建筑面积不少于5000平方米,且不少于80套(间);
2.改建后的规模不少于40套(间)。
三、补助标准
按每平方米建筑面积每年30元给予补助,每套(间)每年最高不超过900元。
四、工作要求
区住建局应在受理后15个工作日内完成审核。
"""

GRANTS = """某县就业帮扶资金使用办法
一、奖补条件
企业当年新招用本县劳动者20人以上。
二、资助对象
家庭人均收入低于当地最低工资标准1.5倍的学生。
三、奖补标准
每招用1人给予企业1500元奖补。
"""

WORKS = """某园区低碳建设方案
一、园区建设基本条件
园区可再生能源使用比例不低于25%。
二、建设目标
到2027年建成示范项目12个。
"""


def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document).targets}


def test_the_conditions_a_project_must_meet_to_apply_are_no_targets_but_the_grant_and_the_time_limit_are():
    found = _targets(PROJECTS)
    assert not found & {(5000, "平方米"), (80, "套(间)"), (40, "套(间)")}
    assert {(30, "元/年"), (900, "元/年"), (15, "工作日")} <= found


def test_a_grants_conditions_and_whom_it_is_for_are_no_targets_but_the_sum_is():
    assert _targets(GRANTS) == {(1500, "元")}


def test_the_conditions_of_a_work_whose_title_names_no_applying_stay_targets():
    assert {(25, "%"), (12, "个")} <= _targets(WORKS)


@pytest.mark.parametrize("title", ["二、申请项目条件", "(一)职工申请公积金贷款应具备条件", "三、享受补贴的条件",
                                   "一、奖补条件", "二、申领对象", "三、支持对象"])
def test_a_heading_on_applying_or_receiving_holds_conditions(title):
    assert about_applicants([title])


@pytest.mark.parametrize("title", ["一、园区建设基本条件", "(十九)改善学校办学条件", "二、试点范围", "一、总体要求"])
def test_a_heading_naming_no_applying_holds_no_conditions(title):
    assert not about_applicants([title])


def test_a_real_subsidy_notices_project_conditions_are_no_targets():
    targets = extract_document(read_cached(extra_path("corpus", "ad-004.html"))).targets
    found = {(float(t.value), t.unit) for t in targets}
    assert not found & {(3000, "平方米"), (50, "套(间)"), (30, "套(间)")}
