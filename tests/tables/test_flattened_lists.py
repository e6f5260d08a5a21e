"""An indicator table flattened one cell per line (Markdown or PDF text) gives the records of the same
table as HTML: rows keep in step after a merged group cell, a merged name cell and an empty cell (-)."""
import pytest

import extract

HEAD = "# 某区生态环境保护“十五五”规划\n\n发布日期：2026-02-01\n\n为改善生态环境，制定本规划。\n\n"
CAPTION = "“十五五”生态环境保护主要指标一览表"
COLUMNS = ["类别", "序号", "指标", "单位", "属性", "目标"]
ROWS = [  # group (written only where it changes), number, name (None: merged with the row above), unit, kind, value
    ("环境质量", "1", "细颗粒物年均浓度", "微克/立方米", "约束性", "-"),
    (None, "2", "地表水优良水体比例", "%", "约束性", "90"),
    (None, "3", "新增绿道长度", "公里", "预期性", ">1.5"),
    ("生态建设", "4", "新建口袋公园", "座", "预期性", "12"),
    (None, "5", None, "个", "预期性", "3"),
    (None, "6", "完整社区覆盖率", "%", "预期性", "2028年60%,2030年进一步提高"),
]
TAIL = "\n\n二、主要任务\n\n推进污染防治。\n"


def _flattened() -> str:
    lines = [CAPTION, *COLUMNS]
    for group, number, name, unit, kind, value in ROWS:
        lines += [c for c in (group, number, name, unit, kind, value) if c is not None]
    return HEAD + "\n\n".join(lines) + TAIL


def _html() -> str:
    cells = "".join(f"<td>{c}</td>" for c in COLUMNS)
    body = ""
    for group, number, name, unit, kind, value in ROWS:
        name = name or "新建口袋公园"
        body += f"<tr><td>{group or ''}</td><td>{number}</td><td>{name}</td><td>{unit}</td><td>{kind}</td>"
        body += f"<td>{value.replace('>', '&gt;')}</td></tr>"
    return (f"<html><body><h1>某区生态环境保护“十五五”规划</h1><p>发布日期：2026-02-01</p>"
            f"<p>为改善生态环境，制定本规划。</p><p>{CAPTION}</p><table><tr>{cells}</tr>{body}</table>"
            f"<p>二、主要任务</p><p>推进污染防治。</p></body></html>")


def _targets(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = extract.extract(path, use_model=False)
    return {(t.value, t.unit, t.comparator, t.deadline, t.status) for t in result.targets if t.method == "table"}


EXPECTED = {
    (90, "%", "=", "2030-12-31", "planned"),
    (1.5, "公里", ">=", "2030-12-31", "planned"),
    (12, "座", "=", "2030-12-31", "planned"),
    (3, "个", "=", "2030-12-31", "planned"),
    (60, "%", "=", "2028-12-31", "planned"),
}


@pytest.mark.parametrize("name", ["indicators.md", "indicators.html"])
def test_each_number_of_an_indicator_table_is_a_target_due_by_the_title_period(tmp_path, name):
    text = _flattened() if name.endswith(".md") else _html()
    assert _targets(tmp_path, name, text) == EXPECTED


def test_a_flattened_row_is_named_by_its_indicator_cell(tmp_path):
    path = tmp_path / "indicators.md"
    path.write_text(_flattened(), encoding="utf-8")
    targets = {t.value: t.indicator for t in extract.extract(path, use_model=False).targets if t.method == "table"}
    assert (targets[90], targets[12], targets[3]) == ("地表水优良水体比例", "新建口袋公园", "新建口袋公园")


def test_a_quote_marker_is_no_comparator_and_an_empty_cell_stays_a_line(tmp_path):
    path = tmp_path / "cells.md"
    path.write_text("# 标题\n\n正文第一段。\n\n> 引用的一句话\n\n>1.5\n\n＞ 2\n\n-\n\n---\n", encoding="utf-8")
    lines = extract.read(path).text.split("\n")
    assert ">1.5" in lines and "> 2" in lines and "-" in lines
    assert "引用的一句话" not in lines and "---" not in lines


UNNUMBERED_COLUMNS = ["类别", "指标", "单位", "属性", "目标值（2030年）"]
UNNUMBERED_ROWS = [("环境质量", "细颗粒物年均浓度", "微克/立方米", "约束性", "≤25"),
                   (None, "地表水优良水体比例", "%", "约束性", "90"),
                   ("生态建设", "新建口袋公园", "座", "预期性", "12"),
                   (None, "完整社区覆盖率", "%", "预期性", "2028年60%")]
UNNUMBERED_EXPECTED = {
    ("细颗粒物年均浓度", 25, "微克/立方米", "<=", "2030-12-31"), ("地表水优良水体比例", 90, "%", "=", "2030-12-31"),
    ("新建口袋公园", 12, "座", "=", "2030-12-31"), ("完整社区覆盖率", 60, "%", "=", "2028-12-31")}


@pytest.mark.parametrize("name", ["unnumbered.md", "unnumbered.html"])
def test_an_unnumbered_list_keeps_its_rows_by_what_each_column_holds(tmp_path, name):
    if name.endswith(".md"):
        cells = [*UNNUMBERED_COLUMNS, *(c for row in UNNUMBERED_ROWS for c in row if c is not None)]
        text = HEAD + "主要指标\n\n" + "\n\n".join(cells) + TAIL
    else:
        rows = "".join("<tr>" + "".join(f"<td>{c or ''}</td>" for c in row) + "</tr>"
                       for row in [UNNUMBERED_COLUMNS, *UNNUMBERED_ROWS])
        text = (f"<html><body><h1>某区生态环境保护规划</h1><p>发布日期：2026-02-01</p><p>主要指标</p>"
                f"<table>{rows}</table></body></html>")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = [t for t in extract.extract(path, use_model=False).targets if t.method == "table"]
    assert {(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in targets} == UNNUMBERED_EXPECTED
