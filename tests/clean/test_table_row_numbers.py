"""Tables a crawler flattened into one line, each row's bare number (its 序号 cell) glued onto the last cell of
the row before: …序号部门职责1区甲局负责…。2区乙局负责…, …责任单位1甲指标(个)1020区甲局2乙指标…. Each row is
cut onto its own line as a numbered item of its unit; figures (1020, 1065岁) stay whole. Notices written for
the test, and crawled Pingtan pages of development batch Y (skipped without ../extra)."""
from functools import cache

from extract.extractor import extract_document
from extract.load.sources import Source
from extract.read import document_from_bytes, read_source
from tests.corpus import extra_path

FILLER = "为进一步做好房屋安全管理工作,压实各方责任,制定本分工。" * 12
DUTIES = ("某某区房屋安全部门职责分工\n" + FILLER + "附件部门主要职责分工表序号部门主要职责分工"
          "1区住房建设局牵头开展房屋结构安全排查,制定排查导则。2区市场监管局负责指导经营场所安全复查;"
          "推动落实经营许可前置条件。3各街道办事处负责组织辖区排查,落实网格化管理。"
          "4区财政局会同有关部门保障排查经费。")
INDICATORS = ("某某区养老服务指标\n" + FILLER + "序号指标名称2020年完成值2025年目标值责任单位"
              "1养老床位总量(张)12001500区民政局2护理型床位占比(%)-55区民政局"
              "3社区日间照料中心数量(个)3040区民政局、区住房建设局")


@cache
def _read(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="table.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_each_row_of_a_flattened_duty_table_is_a_task_of_its_unit():
    lines = _read(DUTIES)[0].text.split("\n")
    assert any(line.startswith("2、区市场监管局负责指导经营场所安全复查") for line in lines)
    owners = {t.title: set(t.owners) for t in _read(DUTIES)[1].tasks}
    assert owners["各街道办事处负责组织辖区排查,落实网格化管理"] == {"各街道办事处"}
    assert any(title.startswith("区市场监管局负责指导经营场所安全复查") and units == {"区市场监管局"}
               for title, units in owners.items())


def test_figures_of_a_flattened_indicator_table_stay_whole():
    text = _read(INDICATORS)[0].text
    assert "\n2、护理型床位占比(%)-55区民政局" in text
    assert "12001500区民政局" in text and "3040区民政局" in text


def test_numbers_without_an_index_header_are_no_rows():
    prose = "某某区工作要点\n" + FILLER + "全年新建1所学校。2个社区完成改造,区甲局3个项目开工。"
    assert "区甲局3个项目" in _read(prose)[0].text


def _tasks(name: str) -> dict[str, set[str]]:
    path = extra_path("corpus", name)
    result = extract_document(read_source(Source(str(path), path)), use_model=False)
    return {t.title: set(t.owners) for t in result.tasks}


def test_the_crawled_self_built_housing_plan_reads_each_unit_row_of_its_duty_annex():
    tasks = _tasks("y-003.txt")
    assert tasks["区农业农村局负责农村宅基地管理有关工作,配合开展自建房“两违”排查整治工作"] == {"区农业农村局"}
    assert tasks["区国资局负责区属国企名下的自建房安全管理"] == {"区国资局"}
    assert sum(len(units) == 1 and next(iter(units)).startswith(("区", "各")) for units in tasks.values()) >= 14


def test_a_row_s_figures_run_into_its_owner_s_name_are_no_unit():
    from extract.rules.unit_names import is_unit
    assert not is_unit("养老床位总量(张)12001500区民政局")
    assert not is_unit("护理型床位占比(%)-55区民政局")
    assert not is_unit("甲安置小区乙路南侧1052 丙片区管理局")
    assert not is_unit("序号项目名称责任单位")
    assert is_unit("110指挥中心") and is_unit("区民政局")
    owners = {t.title: t.owners for t in _read(INDICATORS)[1].tasks}
    assert all(not any(o.startswith(("养老床位", "护理型", "社区日间")) for o in units) for units in owners.values())
