"""Indicator tables (指标 | 单位 | 现状值 | 目标值 | 属性 | 责任单位) whose cells hold ranges, comparator
words or signs, or text: the current-value column is achieved, the target column planned by its year,
the row's owner cell owns each; the unit comes from a unit column or the name's brackets (城镇化率(%)).
The HTML table and the same table flattened one cell per line give the same records. Tables written
for the test."""
import pytest

import extract
from extract.rules.quantities import find_quantities

TITLE = "某区“十五五”生态环境保护规划"
ROWS = [["序号", "指标名称", "单位", "2025年现状值", "2030年目标值", "指标属性", "责任单位"],
        ["1", "空气质量优良天数比率", "%", "86.5", "≥88", "约束性", "区生态环境局"],
        ["2", "细颗粒物年均浓度", "微克/立方米", "31", "＜28", "约束性", "区生态环境局、区城管局"],
        ["3", "森林覆盖率", "%", "24.3", "25-26", "预期性", "区林业局"],
        ["4", "生活垃圾回收利用率", "%", "38", "不低于45%", "预期性", "区城管局"],
        ["5", "公众生态环境满意度", "%", "90", "稳步提升", "预期性", "区生态环境局"],
        ["6", "人均公园绿地面积", "平方米", "13.2", "30左右", "预期性", "区绿化市容局"]]
HEAD = f"{TITLE}\n\n某区人民政府\n\n2026年3月1日\n\n一、主要目标\n\n到2030年，全区生态环境质量持续改善。\n\n表1 主要指标\n\n"
HTML = (f"<html><body><h1>{TITLE}</h1><p>某区人民政府 2026年3月1日</p><p>一、主要目标</p>"
        "<p>到2030年，全区生态环境质量持续改善。</p><p>表1 主要指标</p><table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS) + "</table></body></html>")
FLAT = HEAD + "\n\n".join(c for row in ROWS for c in row) + "\n\n二、重点任务\n\n各街道要抓好落实。\n"
EXPECTED = {
    ("空气质量优良天数比率", 86.5, None, "%", "=", "achieved", None, ("区生态环境局",)),
    ("空气质量优良天数比率", 88, None, "%", ">=", "planned", "2030-12-31", ("区生态环境局",)),
    ("细颗粒物年均浓度", 31, None, "微克/立方米", "=", "achieved", None, ("区生态环境局", "区城管局")),
    ("细颗粒物年均浓度", 28, None, "微克/立方米", "<=", "planned", "2030-12-31", ("区生态环境局", "区城管局")),
    ("森林覆盖率", 24.3, None, "%", "=", "achieved", None, ("区林业局",)),
    ("森林覆盖率", 25, 26, "%", "range", "planned", "2030-12-31", ("区林业局",)),
    ("生活垃圾回收利用率", 38, None, "%", "=", "achieved", None, ("区城管局",)),
    ("生活垃圾回收利用率", 45, None, "%", ">=", "planned", "2030-12-31", ("区城管局",)),
    ("公众生态环境满意度", 90, None, "%", "=", "achieved", None, ("区生态环境局",)),
    ("人均公园绿地面积", 13.2, None, "平方米", "=", "achieved", None, ("区绿化市容局",)),
    ("人均公园绿地面积", 30, None, "平方米", "~", "planned", "2030-12-31", ("区绿化市容局",)),
}

NAMED_UNITS = """<html><body><h1>某县“十四五”城乡建设规划</h1><p>某县人民政府 2021年5月10日</p><p>表2 主要指标</p>
<table>
<tr><td>类别</td><td>指标</td><td>基期值（2020年）</td><td>2023年</td><td>2025年</td><td>属性</td><td>牵头单位</td></tr>
<tr><td rowspan="2">城市建设</td><td>城镇化率（%）</td><td>58.2</td><td>61</td><td>63左右</td><td>预期性</td><td>县发改局</td></tr>
<tr><td>新建城市道路（公里）</td><td>—</td><td>12</td><td>30</td><td>预期性</td><td>县住建局、县交通局</td></tr>
<tr><td>乡村振兴</td><td>农村居民人均可支配收入增速（%）</td><td>7.1</td><td>6.5-7</td><td>与经济增长同步</td>
<td>预期性</td><td>县统计局</td></tr>
</table></body></html>"""


def _records(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return extract.extract(path, use_model=False)


def _facts(result):
    return {(t.indicator, t.value, t.value_max, t.unit, t.comparator, t.status,
             t.deadline, tuple(t.owners)) for t in result.targets}


@pytest.mark.parametrize("name, content", [("plan.html", HTML), ("plan.txt", FLAT)])
def test_an_indicator_table_with_range_sign_and_word_cells(tmp_path, name, content):
    assert _facts(_records(tmp_path, name, content)) == EXPECTED


def test_units_in_the_indicator_names_brackets(tmp_path):
    found = {(t.indicator, t.value, t.value_max, t.unit, t.comparator, t.status,
              t.deadline) for t in _records(tmp_path, "p.html", NAMED_UNITS).targets}
    assert found == {
        ("城镇化率", 58.2, None, "%", "=", "achieved", None),
        ("城镇化率", 61, None, "%", "=", "planned", "2023-12-31"),
        ("城镇化率", 63, None, "%", "~", "planned", "2025-12-31"),
        ("新建城市道路", 12, None, "公里", "=", "planned", "2023-12-31"),
        ("新建城市道路", 30, None, "公里", "=", "planned", "2025-12-31"),
        ("农村居民人均可支配收入增速", 7.1, None, "%", "=", "achieved", None),
        ("农村居民人均可支配收入增速", 6.5, 7, "%", "range", "planned", "2023-12-31"),
    }


@pytest.mark.parametrize("text", ["增减情况119951800254927.8%", "排放总量(万吨)2551.72347.6-8%", "详如表 4-1 所示"])
def test_cells_run_together_give_no_amount(text):
    assert [(q.value, q.value_max) for q in find_quantities(text) if q.value_max is not None or q.value > 10000] == []


PLAN_ROWS = [["指标", "单位", "现状值", "目标值", "属性"],
             ["研发经费投入强度", "%", "2.1", "＞2.5", "预期性"],
             ["每万人口高价值发明专利拥有量", "件", "8.2", "1.2-1.5倍", "预期性"],
             ["数字经济核心产业增加值占比", "%", "9", "稳步提升", "预期性"],
             ["单位地区生产总值能耗降低", "%", "—", "完成省下达任务", "约束性"],
             ["城镇新增就业", "万人", "5.1", "≥5", "预期性"]]
PLAN_HEAD = "某市国民经济和社会发展第十四个五年规划纲要\n\n某市人民政府\n\n2021年4月1日\n\n表1 “十四五”时期经济社会发展主要指标\n\n"
PLAN_FLAT = PLAN_HEAD + "\n\n".join(c for row in PLAN_ROWS for c in row) + "\n\n第二章 重点任务\n\n各区要抓好落实。\n"
PLAN_HTML = ("<html><body><h1>某市国民经济和社会发展第十四个五年规划纲要</h1><p>某市人民政府 2021年4月1日</p>"
             "<p>表1 “十四五”时期经济社会发展主要指标</p><table>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in PLAN_ROWS)
             + "</table></body></html>")


@pytest.mark.parametrize("name, content", [("plan.html", PLAN_HTML), ("plan.txt", PLAN_FLAT)])
def test_text_cells_keep_rows_in_step_and_the_period_in_the_title_dates_the_targets(tmp_path, name, content):
    found = {(t.indicator, t.value, t.value_max, t.unit, t.comparator, t.status, t.deadline)
             for t in _records(tmp_path, name, content).targets}
    assert found == {
        ("研发经费投入强度", 2.1, None, "%", "=", "achieved", None),
        ("研发经费投入强度", 2.5, None, "%", ">=", "planned", "2025-12-31"),
        ("每万人口高价值发明专利拥有量", 8.2, None, "件", "=", "achieved", None),
        ("每万人口高价值发明专利拥有量", 1.2, 1.5, "倍", "range", "planned", "2025-12-31"),
        ("数字经济核心产业增加值占比", 9, None, "%", "=", "achieved", None),
        ("城镇新增就业", 51000, None, "人", "=", "achieved", None),
        ("城镇新增就业", 50000, None, "人", ">=", "planned", "2025-12-31"),
    }
