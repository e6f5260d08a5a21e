"""Project tables annexed to a plan and flattened one cell per line, whose rows are not all as wide as
the header: a location column the column words do not know, a remark column written on some rows only,
a merged group cell, empty marks (/), ticks whose year column flattening lost (√), sum rows (小计,
合计) and a header of two rows (长度 over 千米, 建设年限 over the years). Each number under a column whose
header gives a unit is a target named by its row; a sum row's number lands in the column it sums."""

import extract
from extract.tables.columns import column_meaning, header_unit

HEAD = "# 某区口袋公园建设三年行动方案\n\n发布日期：2024-03-01\n\n为增加群众身边的绿色休闲空间，改善城区生态环境，结合本区实际，制定本方案。\n\n一、建设任务\n\n到2026年，新建口袋公园一批，具体项目见附件。\n\n"
TAIL = "\n\n二、保障措施\n\n加强组织领导。\n"
PARKS_HEADER = ["序号", "项目名称", "所在位置", "面积(公顷)", "备注"]
PARKS = [  # number, name, place, area, remark (None: the cell is empty and leaves no line)
    ("1", "青枫口袋公园", "青枫街道", "3.20", "需拆迁"),
    ("2", "白鹭湾绿地", "白鹭路东侧、云杉路北侧", "1.05", None),
    ("3", "石榴园二期", "各街镇", "12", "原苗圃地块"),
]
PARKS_TOTAL = "16.25"
BELTS_HEADER = ["序号", "类型", "项目名称", "位置", "单侧宽度(米)", "长度", "造林面积(亩)", "建设年限", "备注",
                "千米", "2024", "2025", "2026"]
BELTS = [  # the group cell is written once for the rows it spans; √ stands in a year column flattening lost
    ["1", "防护 林带", "松江干渠", "东堤-西闸", "30", "12.5", "560", "√"],
    ["2", "柳溪支线", "北桥-南渡", "20", "8.4", "250", "√"],
    ["3", "苗圃外围", "/", "/", "120", "√"],
    ["小计", "930"],
    ["4", "景观 林地", "各街镇", "/", "/", "900", "200", "300", "400", "镇级配套"],
    ["合计", "1830"],
]


def _text() -> str:
    lines = ["附件1", "口袋公园建设项目表", *PARKS_HEADER]
    for row in PARKS:
        lines += [c for c in row if c is not None]
    lines += ["合计", PARKS_TOTAL, "附件2", "林带建设计划表", *BELTS_HEADER]
    for row in BELTS:
        lines += row
    return HEAD + "\n\n".join(lines) + TAIL


def _targets(tmp_path):
    path = tmp_path / "parks.md"
    path.write_text(_text(), encoding="utf-8")
    result = extract.extract(path, use_model=False)
    return [t for t in result.targets if t.method == "table"]


def test_each_area_is_a_target_named_by_its_row_whatever_the_row_leaves_out(tmp_path):
    found = {(t.indicator, t.value, t.unit) for t in _targets(tmp_path)}
    assert {("青枫口袋公园面积", 3.2, "公顷"), ("白鹭湾绿地面积", 1.05, "公顷"), ("石榴园二期面积", 12, "公顷"),
            ("合计面积", 16.25, "公顷")} <= found


def test_a_location_naming_the_towns_is_no_owner_and_a_bare_table_dates_nothing(tmp_path):
    parks = [t for t in _targets(tmp_path) if t.unit == "公顷"]
    assert len(parks) == 4
    assert all(t.owners == () and t.deadline is None and t.status == "planned" for t in parks)


def test_a_two_row_header_gives_each_number_its_column(tmp_path):
    found = {(t.indicator, t.value, t.unit) for t in _targets(tmp_path)}
    assert {("松江干渠长度", 12.5, "千米"), ("松江干渠造林面积", 560, "亩"), ("松江干渠单侧宽度", 30, "米"),
            ("柳溪支线长度", 8.4, "千米"), ("苗圃外围造林面积", 120, "亩")} <= found
    assert not any(t.unit == "米" and t.value == 120 for t in _targets(tmp_path))  # / kept the row in step


def test_sum_rows_land_in_the_column_they_sum(tmp_path):
    sums = {(t.indicator, t.value, t.unit) for t in _targets(tmp_path) if "计" in t.indicator}
    assert sums == {("合计面积", 16.25, "公顷"), ("小计造林面积", 930, "亩"), ("合计造林面积", 1830, "亩")}


def test_year_cells_that_add_up_to_the_rows_amount_split_it_by_year(tmp_path):
    yearly = sorted((t.deadline, t.value, t.unit) for t in _targets(tmp_path) if t.deadline is not None)
    assert yearly == [("2024-12-31", 200, "亩"), ("2025-12-31", 300, "亩"), ("2026-12-31", 400, "亩")]
    ticked = [t for t in _targets(tmp_path) if t.value in (560, 250, 120)]
    assert len(ticked) == 3 and all(t.deadline is None for t in ticked)  # the tick's year is lost


def test_text_after_the_table_is_no_row(tmp_path):
    assert not any("组织领导" in t.evidence for t in _targets(tmp_path))


def _page(annex: str, caption: str, table: str) -> str:
    """The plan of the flattened tests as an HTML page holding one annexed table."""
    return (f"<html><body><h1>某区口袋公园建设三年行动方案</h1><p>发布日期：2024-03-01</p><p>{HEAD.split(chr(10))[4]}</p>"
            f"<p>{annex}</p><p>{caption}</p><table>{table}</table>"
            "<p>二、保障措施</p><p>加强组织领导。</p></body></html>")


def _html_parks() -> str:
    head = "<tr>" + "".join(f"<td>{c}</td>" for c in PARKS_HEADER) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{c or ''}</td>" for c in row) + "</tr>" for row in PARKS)
    total = f"<tr><td colspan='3'>合计</td><td>{PARKS_TOTAL}</td><td></td></tr>"
    return _page("附件1", "口袋公园建设项目表", f"{head}{rows}{total}")


def test_the_flattened_table_gives_the_records_of_the_same_table_as_html(tmp_path):
    path = tmp_path / "parks.html"
    path.write_text(_html_parks(), encoding="utf-8")
    html = {(t.indicator, t.value, t.unit, t.deadline, t.owners)
            for t in extract.extract(path, use_model=False).targets if t.method == "table"}
    flat = {(t.indicator, t.value, t.unit, t.deadline, t.owners) for t in _targets(tmp_path) if t.unit == "公顷"}
    assert html == flat and len(flat) == 4


def test_header_units_are_read_whole_and_a_unit_sign_as_written():
    assert header_unit("千米") == ("千米", 1)  # not a thousand 米
    assert header_unit("万元") == ("元", 10000)
    assert header_unit("㎡") == ("㎡", 1) and header_unit("km") == ("km", 1)
    assert column_meaning("屋顶面积(㎡)").unit == "㎡"


FUNDS = ["附件3", "“十四五”期间口袋公园建设项目资金测算表", "项目名称", "项目内容", "总投资(亿元)",
         "口袋公园", "新建口袋公园40个，面积12公顷", "2.5",
         "林荫步道", "建设林荫步道30公里", "0.8", "合计", "3.3"]


def test_unnumbered_projects_give_their_investment_and_the_numbers_of_their_content(tmp_path):
    path = tmp_path / "funds.md"
    path.write_text(HEAD + "\n\n".join(FUNDS) + TAIL, encoding="utf-8")
    found = {(t.value, t.unit, t.deadline) for t in extract.extract(path, use_model=False).targets
             if t.method == "table"}
    assert {(250000000, "元", "2025-12-31"), (80000000, "元", "2025-12-31"), (40, "个", "2025-12-31"),
            (12, "公顷", "2025-12-31"), (30, "公里", "2025-12-31"), (330000000, "元", "2025-12-31")} <= found


def _html_belts() -> str:
    spanned = "".join(f"<td rowspan='2'>{c}</td>" for c in BELTS_HEADER[:5])
    head = (f"<tr>{spanned}<td>长度</td><td rowspan='2'>造林面积(亩)</td><td colspan='3'>建设年限</td>"
            "<td rowspan='2'>备注</td></tr><tr><td>千米</td><td>2024</td><td>2025</td><td>2026</td></tr>")
    cells = [["1", "防护 林带", "松江干渠", "东堤-西闸", "30", "12.5", "560", "√", "", "", ""],
             ["2", "防护 林带", "柳溪支线", "北桥-南渡", "20", "8.4", "250", "", "√", "", ""],
             ["3", "防护 林带", "苗圃外围", "/", "/", "", "120", "", "", "√", ""],
             ["<sum>小计", "930", "", "", "", "", ""],
             ["4", "景观 林地", "景观 林地", "各街镇", "/", "/", "900", "200", "300", "400", "镇级配套"],
             ["<sum>合计", "1830", "", "", "", "", ""]]
    rows = "".join("<tr>" + "".join(f"<td colspan='6'>{c[5:]}</td>" if c.startswith("<sum>") else f"<td>{c}</td>"
                                    for c in row) + "</tr>" for row in cells)  # a sum row's label spans six columns
    return _page("附件2", "林带建设计划表", f"{head}{rows}")


def test_a_two_row_header_gives_the_same_records_flattened_and_as_html(tmp_path):
    path = tmp_path / "belts.html"
    path.write_text(_html_belts(), encoding="utf-8")
    html = {(t.indicator.replace(" ", ""), t.value, t.unit, t.deadline)
            for t in extract.extract(path, use_model=False).targets if t.method == "table"}
    flat = {(t.indicator.replace(" ", ""), t.value, t.unit, t.deadline)
            for t in _targets(tmp_path) if t.unit != "公顷"}
    assert html == flat
    assert ("景观林地造林面积(2025)", 300, "亩", "2025-12-31") in html


def test_a_name_broken_over_lines_is_joined_back(tmp_path):
    lines = ["附件1", "绿地建设项目表", "序号", "项目名称", "地址", "面积(公顷)", "1", "望湖路北侧", "带状绿地",
             "望湖路北侧", "2.40", "2", "桂园", "文昌街道", "0.85"]
    path = tmp_path / "broken.md"
    path.write_text(HEAD + "\n\n".join(lines) + TAIL, encoding="utf-8")
    found = {(t.indicator, t.value) for t in extract.extract(path, use_model=False).targets if t.method == "table"}
    assert found == {("望湖路北侧带状绿地面积", 2.4), ("桂园面积", 0.85)}


def test_value_cells_with_their_own_unit_keep_the_row_in_step_and_owners_follow(tmp_path):
    lines = ["附件1", "口袋公园建设任务表", "序号", "项目名称", "位置", "面积(公顷)", "绿地率目标", "责任单位",
             "1", "青枫口袋公园", "青枫街道", "3.20", "≥35%", "区绿化市容局",
             "2", "白鹭湾绿地", "云杉路北侧", "1.05", "40%", "区建设管理委"]
    path = tmp_path / "owned.md"
    path.write_text(HEAD + "\n\n".join(lines) + TAIL, encoding="utf-8")
    found = {(t.value, t.unit, t.comparator, t.owners) for t in extract.extract(path, use_model=False).targets
             if t.method == "table"}
    assert found == {(3.2, "公顷", "=", ("区绿化市容局",)), (35, "%", ">=", ("区绿化市容局",)),
                     (1.05, "公顷", "=", ("区建设管理委",)), (40, "%", "=", ("区建设管理委",))}


def test_numbers_under_a_header_the_words_do_not_know_keep_the_others_in_place(tmp_path):
    lines = ["附件1", "口袋公园建设项目表", "序号", "项目名称", "绿化覆盖", "面积(公顷)", "备注",
             "1", "青枫口袋公园", "35", "3.20", "需拆迁", "2", "白鹭湾绿地", "40", "1.05"]
    path = tmp_path / "unknown.md"
    path.write_text(HEAD + "\n\n".join(lines) + TAIL, encoding="utf-8")
    found = {(t.indicator, t.value, t.unit) for t in extract.extract(path, use_model=False).targets
             if t.method == "table"}
    assert found == {("青枫口袋公园面积", 3.2, "公顷"), ("白鹭湾绿地面积", 1.05, "公顷")}
