"""A table's group row that names units in its closing bracket (一、通用考核项目(全部责任单位)) owns the rows
beneath it that have no owner cell, until the next group row; a bracket that names no unit (南昌市(8个))
owns nothing. Tables written for the test, and the assessment table of a real county notice."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached

ASSESSMENT = """<html><body><p>某县2024年度河湖长制工作考核细则</p>
<table>
<tr><td>序号</td><td>考核项目</td><td>考核内容</td><td>牵头单位</td></tr>
<tr><td>一、</td><td>通用考核项目(各乡镇、县直各单位)</td><td></td><td></td></tr>
<tr><td>1</td><td>组织领导</td><td>年内召开专题会议不少于2次</td><td></td></tr>
<tr><td>2</td><td>信息报送</td><td>每月报送工作信息</td><td></td></tr>
<tr><td>二、</td><td>部门专项考核项目</td><td></td><td></td></tr>
<tr><td>3</td><td>河道保洁</td><td>完成河道保洁120公里</td><td>县城管局</td></tr>
<tr><td>4</td><td>水质监测</td><td>按季度开展水质监测</td><td></td></tr>
<tr><td colspan="4">三、乡镇考核项目(各乡镇)</td></tr>
<tr><td>5</td><td>巡河工作</td><td>村级河长每周巡河1次</td><td></td></tr>
<tr><td colspan="4">四、示范创建(3个)</td></tr>
<tr><td>6</td><td>示范河湖</td><td>创建示范河湖3条</td><td></td></tr>
</table></body></html>"""

ROWS = [("基础工作(各街道)", "1", "垃圾分类覆盖率", "95%"), ("", "2", "公厕改造数量", "12座"),
        ("重点项目", "3", "口袋公园数量", "6个")]


def _result(text: str, suffix: str):
    document = document_from_bytes(text.encode("utf-8"), name=f"table{suffix}", suffix=suffix)
    return extract_document(document, use_model=False)


def test_group_rows_name_the_owners_of_their_rows():
    result = _result(ASSESSMENT, ".html")
    tasks = {t.title: t.owners for t in result.tasks if t.method == "table"}
    assert tasks["通用考核项目(各乡镇、县直各单位)"] == ()  # the group row itself is no row of the group
    assert tasks["年内召开专题会议不少于2次"] == tasks["每月报送工作信息"] == ("各乡镇", "县直各单位")
    assert tasks["完成河道保洁120公里"] == ("县城管局",)  # its own cell
    assert tasks["按季度开展水质监测"] == ()  # the next group row names no unit
    assert tasks["村级河长每周巡河1次"] == ("各乡镇",)  # a label across the table
    assert tasks["创建示范河湖3条"] == ()  # (3个) is no unit
    (meetings,) = [t for t in result.targets if t.value == 2]
    assert meetings.owners == ("各乡镇", "县直各单位")


def _flattened() -> str:
    lines = ["类别", "序号", "指标名称", "目标值", *(cell for row in ROWS for cell in row if cell)]
    return "某街道2024年环境整治指标\n附件\n" + "\n".join(lines) + "\n"


def _html() -> str:
    cells = ["<tr><td>类别</td><td>序号</td><td>指标名称</td><td>目标值</td></tr>"]
    for k, (group, *rest) in enumerate(ROWS):
        head = f'<td rowspan="2">{group}</td>' if k == 0 else (f"<td>{group}</td>" if group else "")
        cells.append("<tr>" + head + "".join(f"<td>{c}</td>" for c in rest) + "</tr>")
    return ("<html><body><p>某街道2024年环境整治指标</p><p>附件</p>"
            f"<table>{''.join(cells)}</table></body></html>")


def _records(text: str, suffix: str):
    result = _result(text, suffix)
    return ([(t.title, t.owners) for t in result.tasks if t.method == "table"],
            [(t.value, t.unit, t.owners) for t in result.targets if t.method == "table"])


def test_a_group_cell_names_the_owners_in_either_form():
    expected = ([("垃圾分类覆盖率", ("各街道",)), ("公厕改造数量", ("各街道",)), ("口袋公园数量", ())],
                [(95, "%", ("各街道",)), (12, "座", ("各街道",)), (6, "个", ())])
    assert _records(_flattened(), ".txt") == expected
    assert _records(_html(), ".html") == expected


def test_the_county_assessment_rows_take_all_responsible_units_from_their_group():
    tasks = [t for t in extract_document(read_cached(doc_path("shicheng-001.html")), use_model=False).tasks
             if t.method == "table"]
    general = [t for t in tasks if t.owners == ("全部责任单位",)]
    assert [t.title for t in general] == ["组织领导", "日常工作", "河长制工作宣传", "新经验好做法", "协同配合工作"]
    assert not any("全部责任单位" in t.owners for t in tasks[tasks.index(general[-1]) + 1:])
