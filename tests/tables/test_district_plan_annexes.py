"""A district plan's annexes flattened one cell per line (a Markdown page of a documents index): an
indicator table whose group column (类型) comes after the number and is written only where it changes,
and a numbered list of key tasks under their field (序号 / 主要领域 / 重点任务或项目), each row a task due
by the plan period of the list's title."""
import extract

HEAD = ("---\n标题: 某区绿地建设“十四五”规划\n发布单位: 某区人民政府办公室\n发布日期: 2021-05-10\n---\n\n"
        "# 某区绿地建设“十四五”规划\n\n为提升城区绿化水平，改善人居环境，结合本区实际，制定本规划。\n\n"
        "一、发展目标\n\n到2025年，全区绿地布局更加均衡，生态空间品质明显提升，市民休闲游憩更加便利。\n\n"
        "二、主要任务\n\n加快公园体系建设，推进生态廊道贯通，完善绿地养护管理机制，提升精细化管理水平。\n\n"
        "附件1：\n\n")
INDICATOR_CAPTION = "“十四五”时期某区绿地建设规划指标"
INDICATOR_COLUMNS = ["序号", "类型", "指标名称", "指标单位", "2025年目标值", "属性"]
INDICATOR_ROWS = [  # number, group (None: merged with the row above), name, unit, value, kind
    ("1", "绿地建设", "新建公园绿地面积", "万平方米", "12.5", "约束性"),
    ("2", None, "新建口袋公园", "座", ">8", "预期性"),
    ("3", "生态修复", "河道生态护岸改造长度", "公里", "6", "预期性"),
    ("4", None, "屋顶绿化覆盖率", "％", "100", "预期性"),
]
TASK_CAPTION = "“十四五”时期某区绿地建设重点任务与项目清单"
TASK_COLUMNS = ["序号", "主要领域", "重点任务或项目"]
TASK_ROWS = [  # number, field (None: merged), the task cell
    ("1", "公园建设", "滨河公园二期"),
    ("2", None, "街心花园改造"),
    ("3", "生态修复", "河道护岸整治。对沿河驳岸实施生态化改造，同步完善慢行步道和照明设施，"
                      "提升滨水空间的景观品质与通行安全。"),
    ("4", None, "推进屋顶绿化，鼓励机关、学校、医院等公共建筑率先实施屋顶绿化和垂直绿化改造，在重点商务区和"
                "老旧社区形成一批立体绿化示范点。"),
]


def _lines(rows) -> list[str]:
    return [cell for row in rows for cell in row if cell is not None]


def _plan(tmp_path):
    lines = [INDICATOR_CAPTION, *INDICATOR_COLUMNS, *_lines(INDICATOR_ROWS), "附件2：", TASK_CAPTION, *TASK_COLUMNS,
             *_lines(TASK_ROWS)]
    path = tmp_path / "plan.md"
    path.write_text(HEAD + "\n\n".join(lines) + "\n", encoding="utf-8")
    return extract.extract(path, use_model=False)


def test_each_indicator_row_is_a_target_due_by_its_column_year_the_last_row_before_the_next_annex(tmp_path):
    targets = {(t.indicator, t.value, t.unit, t.comparator, t.deadline) for t in _plan(tmp_path).targets
               if t.method == "table"}
    assert targets == {
        ("新建公园绿地面积", 125000, "平方米", "=", "2025-12-31"),
        ("新建口袋公园", 8, "座", ">=", "2025-12-31"),
        ("河道生态护岸改造长度", 6, "公里", "=", "2025-12-31"),
        ("屋顶绿化覆盖率", 100, "%", "=", "2025-12-31"),
    }


def test_each_row_of_a_task_list_is_a_task_due_by_the_period_of_its_title(tmp_path):
    tasks = {t.title: (t.deadline, t.path) for t in _plan(tmp_path).tasks if t.method == "table"}
    assert tasks["滨河公园二期"] == ("2025-12-31", ("公园建设",))
    assert tasks["街心花园改造"] == ("2025-12-31", ("公园建设",))
    assert tasks["河道护岸整治"] == ("2025-12-31", ("生态修复",))  # a long cell: its first sentence
    assert tasks["推进屋顶绿化"] == ("2025-12-31", ("生态修复",))  # a long first sentence: its first clause


DIVISION_HEAD = HEAD.replace("附件1：\n\n", "附件：某区绿地建设重点任务分解表\n\n")
DIVISION_LINES = [
    "序号", "任务类型", "重点内容", "责任单位", "参考文件",
    "1", "口袋公园", "建设", "结合城市更新见缝插绿，新建一批口袋公园，方便市民就近休憩。",
    "区绿化市容局、区规划资源局，", "各街镇", "《某区绿地系统", "专项规划》", "（某府发〔2020〕5号）",
    "2", "立体绿化", "推广", "鼓励公共建筑实施屋顶绿化。", "新建项目同步设计立体绿化。",
    "区建设管理委、", "区绿化市容局", "《某市立体绿化", "技术导则》",
    "3", "绿道", "鼓励沿河沿路建设绿道，串联主要公园和社区。", "区水务局", "/",
]


def test_each_row_of_a_division_table_is_named_by_its_wrapped_type_cell_and_owned_by_its_owner_cell(tmp_path):
    path = tmp_path / "division.md"
    path.write_text(DIVISION_HEAD + "\n\n".join(DIVISION_LINES) + "\n", encoding="utf-8")
    tasks = {t.title: t for t in extract.extract(path, use_model=False).tasks if t.method == "table"}
    assert set(tasks) == {"口袋公园建设", "立体绿化推广", "绿道"}
    assert tasks["口袋公园建设"].owners == ("区绿化市容局", "区规划资源局", "各街镇")
    assert tasks["立体绿化推广"].owners == ("区建设管理委", "区绿化市容局")
    assert "屋顶绿化。新建项目" in tasks["立体绿化推广"].text  # both sentences of the content, one cell
    assert tasks["绿道"].owners == ("区水务局",)


YEARLY_LINES = [
    "表2 某区口袋公园建设计划表", "年份", "建设区域", "建设区域面积（公顷）", "验收计划",
    "2024年", "东湖街道", "1.20", "2025年",
    "2025年", "西城片区", "3.50", "2026年",
    "2026年", "南港社区", "0.80", "/",
    "（二）完善养护管理", "1.健全养护制度。明确养护标准，落实养护责任。",
]


def test_a_table_led_by_its_year_column_dates_each_row_by_its_year_and_a_year_cell_is_no_amount(tmp_path):
    path = tmp_path / "yearly.md"
    path.write_text(HEAD.replace("附件1：\n\n", "") + "\n\n".join(YEARLY_LINES) + "\n", encoding="utf-8")
    targets = {(t.value, t.unit, t.deadline) for t in extract.extract(path, use_model=False).targets
               if t.method == "table"}
    assert targets == {(1.2, "公顷", "2024-12-31"), (3.5, "公顷", "2025-12-31"), (0.8, "公顷", "2026-12-31")}


PROJECT_LINES = [
    "附件：某区城市更新三年行动重点项目表",
    "序号", "重点项目", "建设内容", "实施主体", "实施年限",
    "1", "滨江步道贯通", "贯通沿江慢行步道，完善照明和休憩设施。", "区建设管理委", "2025年",
    "2", "老旧小区综合改造", "实施屋面、外墙和管线综合改造。", "区房管局、各街道", "2026年",
]


def test_a_project_table_with_an_implementing_body_and_years_gives_owned_dated_tasks(tmp_path):
    path = tmp_path / "projects.md"
    path.write_text(HEAD.replace("附件1：\n\n", "") + "\n\n".join(PROJECT_LINES) + "\n", encoding="utf-8")
    tasks = {t.title: (t.owners, t.deadline) for t in extract.extract(path, use_model=False).tasks
             if t.method == "table"}
    assert tasks == {"滨江步道贯通": (("区建设管理委",), "2025-12-31"),
                     "老旧小区综合改造": (("区房管局", "各街道"), "2026-12-31")}
