"""Indicator lists whose rows name their responsible units (序号 / 一级指标 / 指标名称 / 指标解释 / 牵头部门,
or with a 目标值 column), on lists written for the test: flattened one cell per line they give the same
records as the HTML table, each row a task owned by its owner cell, a merged 一级指标 carried down, and
the list's last row read whole when its group cell is merged and a note follows the table."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

HEALTH_CHECK = [
    ("1", "生态宜居", "公园绿地服务半径覆盖率", "公园绿地服务半径覆盖的居住用地面积占比", "市园林局"),
    ("2", "", "人均公园绿地面积", "公园绿地面积与常住人口之比", "市园林局、市自然资源局"),
    ("3", "安全韧性", "城市内涝积水点数量", "建成区内易涝积水点的数量", "市水务局"),
    ("4", "", "消防救援站服务覆盖率", "消防站辖区面积占建成区面积的比例", "市消防救援支队"),
]
HEALTH_HEADER = ("序号", "一级指标", "指标名称", "指标解释", "牵头部门")
TARGETS = [
    ("1", "产业发展", "新增高标准农田", "万亩", "2.5", "县农业农村局"),
    ("2", "", "农产品加工产值增长率", "%", "8", "县工信局、县农业农村局"),
    ("3", "生态宜居", "农村卫生厕所普及率", "%", "≥95", "县卫健委"),
    ("4", "", "生活垃圾收运处置体系覆盖行政村比例", "%", "100", "县城管局、各乡镇"),
]
TARGET_HEADER = ("序号", "类别", "指标", "单位", "目标值", "责任单位")
OPENING = "某市城市体检工作方案\n一、工作安排\n各部门按照指标清单提供数据。\n附件\n指标清单\n"
NOTE = "注:指标完成情况于年底前报送。\n"


def _flattened(header, rows) -> str:
    lines = [*header, *(cell for row in rows for cell in row if cell)]
    return OPENING + "\n".join(lines) + "\n" + NOTE


def _html(header, rows) -> str:
    cells = ["<tr>" + "".join(f"<td>{c}</td>" for c in header) + "</tr>"]
    for k, row in enumerate(rows):
        merged = k + 1 < len(rows) and not rows[k + 1][1]
        tds = [f"<td>{row[0]}</td>"]
        if row[1]:
            tds.append(f'<td rowspan="{2 if merged else 1}">{row[1]}</td>')
        tds += [f"<td>{c}</td>" for c in row[2:]]
        cells.append("<tr>" + "".join(tds) + "</tr>")
    paragraphs = "".join(f"<p>{line}</p>" for line in OPENING.splitlines())
    return (f"<html><body>{paragraphs}<table border='1'>{''.join(cells)}</table>"
            f"<p>{NOTE.strip()}</p></body></html>")


def _records(text: str, suffix: str):
    document = document_from_bytes(text.encode("utf-8"), name=f"list{suffix}", suffix=suffix)
    result = extract_document(document, use_model=False)
    tasks = [(t.path, t.title, t.owners, t.lead_owners, t.support_owners, t.deadline)
             for t in result.tasks if t.method == "table"]
    targets = [(t.indicator, t.value, t.unit, t.comparator, t.owners, t.status)
               for t in result.targets if t.method == "table"]
    return tasks, targets


def test_each_row_of_an_indicator_list_is_a_task_of_its_lead_unit():
    tasks, targets = _records(_flattened(HEALTH_HEADER, HEALTH_CHECK), ".txt")
    assert tasks == [
        (("生态宜居",), "公园绿地服务半径覆盖率", ("市园林局",), ("市园林局",), (), None),
        (("生态宜居",), "人均公园绿地面积", ("市园林局", "市自然资源局"), ("市园林局", "市自然资源局"), (), None),
        (("安全韧性",), "城市内涝积水点数量", ("市水务局",), ("市水务局",), (), None),
        (("安全韧性",), "消防救援站服务覆盖率", ("市消防救援支队",), ("市消防救援支队",), (), None),
    ]
    assert targets == []  # an indicator's explanation is no commitment


def test_the_flattened_list_gives_the_records_of_the_html_table():
    for header, rows in ((HEALTH_HEADER, HEALTH_CHECK), (TARGET_HEADER, TARGETS)):
        assert _records(_flattened(header, rows), ".txt") == _records(_html(header, rows), ".html")


def test_target_cells_take_the_row_owners_up_to_the_last_merged_row():
    tasks, targets = _records(_flattened(TARGET_HEADER, TARGETS), ".txt")
    assert [t[:3] for t in tasks][-1] == (("生态宜居",), "生活垃圾收运处置体系覆盖行政村比例", ("县城管局", "各乡镇"))
    assert targets == [
        ("新增高标准农田", 25000, "亩", "=", ("县农业农村局",), "planned"),
        ("农产品加工产值增长率", 8, "%", "=", ("县工信局", "县农业农村局"), "planned"),
        ("农村卫生厕所普及率", 95, "%", ">=", ("县卫健委",), "planned"),
        ("生活垃圾收运处置体系覆盖行政村比例", 100, "%", "=", ("县城管局", "各乡镇"), "planned"),
    ]


def test_a_list_without_a_responsibility_column_or_numbers_is_no_table():
    header = ("序号", "一级指标", "指标名称", "指标解释")
    rows = [row[:4] for row in HEALTH_CHECK]
    tasks, _ = _records(_flattened(header, rows), ".txt")
    assert tasks == []
