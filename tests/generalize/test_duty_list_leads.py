"""An article or paragraph that names a unit and then announces the list of its duties (某局是本县…的主管部门,
主要职责是: (一)…(二)…): the unit owns every duty listed, though no duty word follows its name; a second list
after the first (its numbering restarting) is not the unit's. Invented rules, a development batch's management
measures (ag-008) and a fresh department budget (bud-04)."""
from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.opening_subjects import opening_subject
from tests.corpus import extra_path, read_cached

RULES = """某县社区食堂管理办法

第一章 总则

第一条 为规范社区食堂管理,制定本办法。

第二条 社区食堂是为老年人提供就餐服务的场所。

第三条 县民政局是社区食堂的主管部门,主要职责是:

(一)制定社区食堂建设规划。

(二)组织开展年度评估。

第四条 社区食堂所在的街道应当配合做好日常管理。
"""

NO_LEAD = """某县社区食堂管理办法

第一章 总则

第一条 为规范社区食堂管理,制定本办法。

第二条 社区食堂是为老年人提供就餐服务的场所。

第三条 县民政局是社区食堂的主管部门,评估内容是:

(一)食品安全情况。

(二)服务满意度。
"""

BUDGET = """某县司法局部门预算

一、部门主要职能

某县司法局是主管全县司法行政工作的县政府工作部门,主要履行以下职责:

(一)负责推进全县法治政府建设工作。

(二)负责全县人民调解工作。

(一)财政拨款收入:是县级预算单位从本级财政取得的资金。

(二)事业收入:指事业单位开展业务活动取得的收入。
"""


def _owners(text: str) -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(text.encode("utf-8"), name="rules.txt", suffix=".txt")
    return {t.title: t.owners for t in extract_document(document).tasks}


def test_a_lead_in_to_a_list_of_duties_charges_the_unit_opening_it():
    assert opening_subject("县民政局是社区食堂的主管部门", "主要职责是").owners == ("县民政局",)
    assert opening_subject("某委员会", "主要履行以下职责").owners == ("某委员会",)
    assert opening_subject("县民政局是社区食堂的主管部门", "主要任务是").empty()  # no list of duties announced


def test_the_duties_listed_belong_to_the_unit():
    owners = _owners(RULES)
    assert owners["制定社区食堂建设规划"] == ("县民政局",)
    assert owners["组织开展年度评估"] == ("县民政局",)


def test_a_list_that_is_no_list_of_duties_names_no_owner():
    owners = _owners(NO_LEAD)
    assert owners["食品安全情况"] == ()


def test_a_second_list_after_the_duties_is_not_the_unit_s():
    owners = _owners(BUDGET)
    assert owners["负责推进全县法治政府建设工作"] == ("某县司法局",)
    assert owners["负责全县人民调解工作"] == ("某县司法局",)
    assert "某县司法局" not in owners.get("事业收入", ())


def test_management_measures_duties_of_the_administering_agency():
    """ag-008: 第六条 上海市科学技术委员会(以下简称市科委)是重点实验室的主管部门,主要职责是: (一)…(四)."""
    tasks = extract_document(read_cached(extra_path("corpus", "ag-008.md"))).tasks
    for opening in ("研究制定和组织实施", "批准重点实验室", "组织开展分类"):
        task = next(t for t in tasks if t.title.startswith(opening))
        assert task.owners == ("上海市科学技术委员会",)


def test_department_budget_duties_of_the_bureau():
    """bud-04: 上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门,主要职责是: (一)…(十), then the
    budget's definitions numbered (一) again."""
    tasks = extract_document(read_cached(extra_path("fresh", "bud-04.pdf"))).tasks
    duty = next(t for t in tasks if t.title.startswith("负责推进本区法治政府建设工作"))
    assert duty.owners == ("上海市普陀区司法局",)
    definition = next(t for t in tasks if t.title.startswith("事业收入"))
    assert "上海市普陀区司法局" not in definition.owners
