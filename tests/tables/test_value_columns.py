"""Tables whose numbers take their meaning from the header (招考人数, 分年度任务 over 2025年, 目标 with a
unit column): every number is a target, named by its row, dated by its column or the table's title."""
import docx
import pytest

import extract
from extract.tables.columns import column_meaning

NOTICE = "<html><body><h1>关于下达2024年农村公路养护任务的通知</h1><p>发布日期：2024-03-01</p>{}</body></html>"
ALLOCATION = """
<p>附件：各县（市、区）农村公路养护任务分配表</p><p>单位：公里</p>
<table>
<tr><td rowspan="2">县（市、区）</td><td rowspan="2"><span>2023</span><font>年完成里程</font></td><td rowspan="2">新增养护</td>
    <td colspan="2">分年度养护任务</td></tr>
<tr><td>2024年</td><td>2025年</td></tr>
<tr><td>合计</td><td>300</td><td>90</td><td>150</td><td>240</td></tr>
<tr><td>东湖区</td><td>120</td><td>40</td><td>70</td><td>110</td></tr>
<tr><td>西山县</td><td>100</td><td>50</td><td>80</td><td>130</td></tr>
<tr><td>南塘县</td><td><span>80<font>（实招</font><font>45</font><font>）</font></span></td><td>0</td><td>0</td><td>0</td></tr>
</table>"""


ALLOCATION_CELLS = ["县（市、区）", "2023年完成里程", "新增养护", "分年度养护任务", "2024年", "2025年",
                    "合计", "300", "90", "150", "240", "东湖区", "120", "40", "70", "110",
                    "西山县", "100", "50", "80", "130", "南塘县", "80", "0", "0", "0"]
ALLOCATION_FLAT = ("# 关于下达2024年农村公路养护任务的通知\n\n发布日期：2024-03-01\n\n附件：各县（市、区）农村公路养护任务分配表"
                   "\n\n单位：公里\n\n" + "\n\n".join(ALLOCATION_CELLS) + "\n\n二、工作要求\n\n各县（市、区）要抓好落实。\n")


def _records(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return extract.extract(path, use_model=False)


@pytest.mark.parametrize(("header", "role", "year", "unit", "guessed"), [
    ("招考人数", "amount", None, "人", True),
    ("分配名额", "amount", None, "名", True),
    ("长度(公里)", "amount", None, "公里", True),
    ("投资总额(亿元)", "amount", None, "元", False),
    ("2023年完成人数", "amount", 2023, "人", True),
    ("2025年目标值", "target", 2025, None, False),
    ("目标值(2030年)", "target", 2030, None, False),
    ("现状值（2025年）", "achieved", 2025, None, False),
    ("“十四五”目标", "year", 2025, None, False),
    ("十五五末", "year", 2030, None, False),
    ("现状值", "achieved", None, None, False),
    ("指标", "name", None, None, False),
])
def test_a_header_says_what_its_numbers_are(header, role, year, unit, guessed):
    meaning = column_meaning(header)
    assert (meaning.role, meaning.year, meaning.unit, meaning.guessed) == (role, year, unit, guessed)


def test_an_ending_alone_is_no_header_word_where_only_whole_words_count():
    assert column_meaning("完成整改任务", guess=False) is None
    assert column_meaning("完成整改任务").guessed


@pytest.mark.parametrize("name", ["allocation.html", "allocation.md"])
def test_an_allocation_table_gives_each_unit_its_quota_by_year(tmp_path, name):
    text = NOTICE.format(ALLOCATION) if name.endswith("html") else ALLOCATION_FLAT
    result = _records(tmp_path, name, text)
    got = {(t.indicator, t.value, t.unit, t.deadline, t.owners) for t in result.targets if t.method == "table"}
    assert got == {
        ("合计新增养护", 90, "公里", None, ()),
        ("合计分年度养护任务(2024年)", 150, "公里", "2024-12-31", ()),
        ("合计分年度养护任务(2025年)", 240, "公里", "2025-12-31", ()),
        ("东湖区新增养护", 40, "公里", None, ("东湖区",)),
        ("东湖区分年度养护任务(2024年)", 70, "公里", "2024-12-31", ("东湖区",)),
        ("东湖区分年度养护任务(2025年)", 110, "公里", "2025-12-31", ("东湖区",)),
        ("西山县新增养护", 50, "公里", None, ("西山县",)),
        ("西山县分年度养护任务(2024年)", 80, "公里", "2024-12-31", ("西山县",)),
        ("西山县分年度养护任务(2025年)", 130, "公里", "2025-12-31", ("西山县",)),
    }  # the 2023 figures (a cell split over <span>/<font>: 80（实招45）) are where the plan starts from,
    # and zero quotas are no targets; flattened alike


def test_an_allocation_row_is_a_task_of_its_unit_due_by_its_last_year(tmp_path):
    tasks = [t for t in _records(tmp_path, "allocation.html", NOTICE.format(ALLOCATION)).tasks if t.method == "table"]
    assert [(t.title, t.owners, t.deadline) for t in tasks][1:3] == [
        ("东湖区", ("东湖区",), "2025-12-31"), ("西山县", ("西山县",), "2025-12-31")]


def test_a_plan_title_with_a_year_dates_a_table_without_year_columns(tmp_path):
    table = """<p>2024年城区绿化目标任务分解表</p>
    <table><tr><td>序号</td><td>责任单位</td><td>新增绿地面积(万平方米)</td></tr>
    <tr><td>1</td><td>区园林局</td><td>12</td></tr><tr><td>2</td><td>区住建局</td><td>3.5</td></tr></table>"""
    targets = [t for t in _records(tmp_path, "plan.html", NOTICE.format(table)).targets if t.method == "table"]
    assert {(t.value, t.unit, t.deadline, t.owners) for t in targets} == {
        (120000, "平方米", "2024-12-31", ("区园林局",)), (35000, "平方米", "2024-12-31", ("区住建局",))}


def _position_table() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=6, cols=5)
    title = table.cell(0, 0).merge(table.cell(0, 4))
    title.text = "2024年某市机关公开遴选公务员职位表"
    header = ["序号", "部门名称", "职位名称", "招考人数", "备注"]
    rows = [header, ["1", "某市发展和改革委员会", "综合科科员", "2", ""], header,
            ["2", "某市统计局", "统计员", "1", "加试"], ["3", "某市档案馆", "档案员", "3", ""]]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    from io import BytesIO
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_position_table_in_word_gives_each_position_its_quota(tmp_path):
    targets = [t for t in _records(tmp_path, "positions.docx", _position_table()).targets if t.method == "table"]
    assert [(t.indicator, t.value, t.unit, t.deadline, t.owners) for t in targets] == [
        ("某市发展和改革委员会综合科科员招考人数", 2, "人", None, ()),
        ("某市统计局统计员招考人数", 1, "人", None, ()),
        ("某市档案馆档案员招考人数", 3, "人", None, ()),
    ]  # the hiring department is where the post is, not a unit made responsible; the repeated header is no row


def test_a_baseline_column_is_achieved_and_a_target_column_due_by_its_year(tmp_path):
    table = """<p>主要指标</p><table>
    <tr><td>序号</td><td>指标</td><td>单位</td><td>2025年基期值</td><td>2030年目标值</td><td>属性</td></tr>
    <tr><td>1</td><td>城市生活垃圾回收利用率</td><td>%</td><td>40</td><td>≥45</td><td>约束性</td></tr>
    <tr><td>2</td><td>新建公共充电桩</td><td>万个</td><td>1.2</td><td>3</td><td>预期性</td></tr></table>"""
    targets = [t for t in _records(tmp_path, "indicators.html", NOTICE.format(table)).targets if t.method == "table"]
    assert {(t.indicator, t.value, t.unit, t.comparator, t.deadline, t.status) for t in targets} == {
        ("城市生活垃圾回收利用率", 40, "%", "=", None, "achieved"),
        ("城市生活垃圾回收利用率", 45, "%", ">=", "2030-12-31", "planned"),
        ("新建公共充电桩", 12000, "个", "=", None, "achieved"),
        ("新建公共充电桩", 30000, "个", "=", "2030-12-31", "planned"),
    }


def test_a_budget_performance_table_gives_its_indicator_values(tmp_path):
    table = """<p>2024年部门整体支出绩效目标表</p><table>
    <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
    <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训企业数量</td><td>≥200家</td></tr>
    <tr><td>质量指标</td><td>培训合格率</td><td>≥95%</td></tr></table>"""
    targets = [t for t in _records(tmp_path, "budget.html", NOTICE.format(table)).targets if t.method == "table"]
    assert {(t.value, t.unit, t.comparator, t.deadline) for t in targets} == {
        (200, "家", ">=", "2024-12-31"), (95, "%", ">=", "2024-12-31")}


def test_a_position_table_in_excel_reads_as_in_word(tmp_path):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2024年某市机关公开遴选公务员职位表"])
    sheet.merge_cells("A1:E1")
    for values in (["序号", "部门名称", "职位名称", "招考人数", "备注"], [1, "某市发展和改革委员会", "综合科科员", 2, None],
                   [2, "某市统计局", "统计员", 1, "加试"], [3, "某市档案馆", "档案员", 3, None]):
        sheet.append(values)
    path = tmp_path / "positions.xlsx"
    book.save(path)
    targets = [t for t in extract.extract(path, use_model=False).targets if t.method == "table"]
    assert [(t.indicator, t.value, t.unit, t.owners) for t in targets] == [
        ("某市发展和改革委员会综合科科员招考人数", 2, "人", ()), ("某市统计局统计员招考人数", 1, "人", ()),
        ("某市档案馆档案员招考人数", 3, "人", ())]
