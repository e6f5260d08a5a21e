"""A new plan's tables of the plan before it, flattened one cell per line or as HTML: the old plan's goal
column (“十四五”目标值) is neither a commitment nor a result, the column of the last year (2025年) is
what was reached, a “十四五”现状 column is reached and a “十五五”目标 column is due at the end of 2030.
A row opened by 其中 is part of the row above (its unit cell merged with it); cells name their unit
(块(条), 个/每年); the notes under a table (注:…) are no row."""
import pytest

import extract

HEAD = "# 某区环卫设施“十五五”规划\n\n发布日期：2026-05-10\n\n为提升环境卫生水平，制定本规划。\n\n"
REVIEW = ["表1 环卫设施“十四五”目标执行结果", "序号", "类目", "指标名称", "单位", "“十四五”目标值", "2025年", "指标类型",
          "完成情况",
          "1", "设施建设", "新建公厕", "座", "40", "52", "预期性", "超额完成",
          "其中 智慧公厕", "10", "14", "预期性", "超额完成",
          "2", "垃圾转运站改造", "座", "6", "6", "约束性", "完成",
          "3", "作业管理", "示范街镇创建", "个/每年", "2", "3", "预期性", "超额完成",
          "4", "夜间照明点位", "块(条)", "8", "9", "预期性", "超额完成",
          "注：1.公厕数量含在建的3座。"]
GOALS = ["表2 “十五五”环卫设施主要指标", "板块", "序号", "指标名称", "属性", "单位", "“十四五”现状", "“十五五”目标",
         "设施", "1", "新建公厕", "预期性", "座", "52", "30",
         "其中 智慧公厕", "14", "20",
         "2", "垃圾转运站改造", "约束性", "座", "6", "4",
         "作业", "3", "道路机扫率", "约束性", "%", "92", "98以上"]
TAIL = ["第三部分 主要任务", "推进环卫设施建设。"]

EXPECTED = {
    ("新建公厕", 52, "座", "achieved", None), ("智慧公厕", 14, "座", "achieved", None),
    ("垃圾转运站改造", 6, "座", "achieved", None), ("示范街镇创建", 3, "个/年", "achieved", None),
    ("夜间照明点位", 9, "块(条)", "achieved", None),
    ("新建公厕", 30, "座", "planned", "2030-12-31"), ("智慧公厕", 20, "座", "planned", "2030-12-31"),
    ("垃圾转运站改造", 4, "座", "planned", "2030-12-31"), ("道路机扫率", 92, "%", "achieved", None),
    ("道路机扫率", 98, "%", "planned", "2030-12-31"),
}


def _flattened() -> str:
    return HEAD + "\n\n".join([*REVIEW, *GOALS, *TAIL]) + "\n"


def _html() -> str:
    def row(cells, spans=()):
        return "<tr>" + "".join(f"<td{spans[k] if k < len(spans) else ''}>{c}</td>" for k, c in enumerate(cells)) \
            + "</tr>"
    down = " rowspan='2'"
    review = "".join([
        row(REVIEW[1:9]),
        row(["1", "设施建设", "新建公厕", "座", "40", "52", "预期性", "超额完成"], [down, " rowspan='3'", "", down]),
        row(["其中 智慧公厕", "10", "14", "预期性", "超额完成"]),
        row(["2", "垃圾转运站改造", "座", "6", "6", "约束性", "完成"]),
        row(["3", "作业管理", "示范街镇创建", "个/每年", "2", "3", "预期性", "超额完成"], ["", down]),
        row(["4", "夜间照明点位", "块(条)", "8", "9", "预期性", "超额完成"])])
    goals = "".join([
        row(GOALS[1:8]),
        row(["设施", "1", "新建公厕", "预期性", "座", "52", "30"], [" rowspan='3'", down, "", down, down]),
        row(["其中 智慧公厕", "14", "20"]),
        row(["2", "垃圾转运站改造", "约束性", "座", "6", "4"]),
        row(["作业", "3", "道路机扫率", "约束性", "%", "92", "98以上"])])
    return (f"<html><body><h1>某区环卫设施“十五五”规划</h1><p>发布日期：2026-05-10</p><p>为提升环境卫生水平，制定本规划。</p>"
            f"<p>{REVIEW[0]}</p><table>{review}</table><p>{REVIEW[-1]}</p><p>{GOALS[0]}</p><table>{goals}</table>"
            f"<p>第三部分 主要任务</p><p>推进环卫设施建设。</p></body></html>")


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_old_goals_are_left_out_the_last_year_is_reached_the_new_goals_are_due(tmp_path, name):
    path = tmp_path / name
    path.write_text(_flattened() if name.endswith(".md") else _html(), encoding="utf-8")
    targets = [t for t in extract.extract(path, use_model=False).targets if t.method == "table"]
    found = {(t.indicator.removeprefix("其中").strip(), t.value, t.unit, t.status, t.deadline) for t in targets}
    assert found == EXPECTED


def test_a_bound_word_in_a_goal_cell_bounds_it(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(_flattened(), encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    assert {t.comparator for t in targets if t.value == 98} == {">="}


SCHEDULE_HEAD = ["表3 某区污水管网改造计划表", "年份", "改造区域", "改造区域面积(平方公里)", "验收计划"]
SCHEDULE_ROWS = [("2026年", "东湖片区", "3.50", "2027年"), ("2027年", "西城片区、北港片区", "6.25", "2028年"),
                 ("2028年", "南岸社区", "2.10", "/")]
SCHEDULE_EXPECTED = {("东湖片区", 3.5, "2026-12-31"), ("西城片区、北港片区", 6.25, "2027-12-31"),
                     ("南岸社区", 2.1, "2028-12-31")}


@pytest.mark.parametrize("name", ["schedule.md", "schedule.html"])
def test_each_row_of_a_schedule_is_due_by_its_year(tmp_path, name):
    if name.endswith(".md"):
        cells = [*SCHEDULE_HEAD, *(c for row in SCHEDULE_ROWS for c in row)]
        text = HEAD + "\n\n".join([*cells, *TAIL]) + "\n"
    else:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                       for row in [SCHEDULE_HEAD[1:], *SCHEDULE_ROWS])
        text = (f"<html><body><h1>某区环卫设施“十五五”规划</h1><p>发布日期：2026-05-10</p><p>{SCHEDULE_HEAD[0]}</p>"
                f"<table>{rows}</table><p>第三部分 主要任务</p><p>推进管网改造。</p></body></html>")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = [t for t in extract.extract(path, use_model=False).targets if t.method == "table"]
    assert {(t.indicator.removesuffix("改造区域面积"), t.value, t.deadline) for t in targets} == SCHEDULE_EXPECTED
    assert {t.unit for t in targets} == {"平方公里"}
