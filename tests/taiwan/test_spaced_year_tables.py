"""Tables of yearly figures as a PDF's text layer gives them, one row a line, the cells apart by spaces:
years across (年度 114 115 116, a row's name then a cell a year) or turned (a row a year under column
names). Plans written for the test in traditional script, through the cleaning; and the real plan of a
city of Taiwan in the corpus."""
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, read_cached

PARAGRAPH = "本府持續檢討各項施政成效，提升市民生活品質。"


def _plan(*lines: str) -> str:
    return "\n".join(["某市政府", "市長施政報告", "114.3.20", "壹、施政規劃", "一、社會福利", *lines, PARAGRAPH]) + "\n"


@cache
def _targets(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    return extract_document(document, use_model=False).targets


ACROSS = _plan(
    "本府今年將於北區、南區各新設 2 家共餐站，合計新設 4 家，並朝一區一站目標努力，未來 3 年規劃詳下表 1。",
    "表 1、共餐站未來 3 年設置規劃表:",
    "年度 114 115 116",
    "共餐站新設數 4 6 3-5",
    "累計 4 10 13-15",
)


def test_each_cell_of_a_row_is_a_target_due_at_its_years_end():
    found = {(float(t.value), t.value_max and float(t.value_max), t.deadline) for t in _targets(ACROSS)
             if t.evidence.startswith("共餐站新设数")}
    assert found == {(4.0, None, "2025-12-31"), (6.0, None, "2026-12-31"), (3.0, 5.0, "2027-12-31")}


def test_a_row_takes_the_unit_the_sentence_above_gives_its_numbers():
    rows = [t for t in _targets(ACROSS) if t.method == "table"]
    assert rows and {t.unit for t in rows} == {"家"}
    cumulative = {(float(t.value), t.deadline, t.comparator) for t in rows if t.evidence.startswith("累计")}
    assert cumulative == {(4.0, "2025-12-31", "="), (10.0, "2026-12-31", "="), (13.0, "2027-12-31", "range")}


def test_a_row_is_named_by_its_name_cell():
    (first,) = [t for t in _targets(ACROSS) if t.method == "table" and t.deadline == "2026-12-31"
                and float(t.value) == 6]
    assert first.indicator == "共餐站新设数" and first.status == "planned"


TURNED = _plan(
    "本市巡迴車輛今年將增至 90 輛，詳下表 2。",
    "表 2、巡迴車輛規劃表:",
    "自有車 租用車 合計",
    "114 50 40 90",
    "115 55 45 100",
    "年度",
)


def test_a_turned_table_dates_each_column_by_its_rows_year():
    found = {(t.indicator, float(t.value), t.unit, t.deadline) for t in _targets(TURNED) if t.method == "table"}
    assert found == {("自有车", 50.0, "辆", "2025-12-31"), ("租用车", 40.0, "辆", "2025-12-31"),
                     ("合计", 90.0, "辆", "2025-12-31"), ("自有车", 55.0, "辆", "2026-12-31"),
                     ("租用车", 45.0, "辆", "2026-12-31"), ("合计", 100.0, "辆", "2026-12-31")}


NOTED = _plan(
    "表 3、河川水質改善目標表:",
    "年度(年) 114 115 116",
    "未受污染比率 70% 80% 95%",
    "監測 (站次) (12) (9) (无污染河段)",
)


def test_a_unit_noted_beside_the_name_and_figures_in_brackets():
    found = {(float(t.value), t.unit, t.deadline) for t in _targets(NOTED) if t.method == "table"}
    assert found == {(70.0, "%", "2025-12-31"), (80.0, "%", "2026-12-31"), (95.0, "%", "2027-12-31"),
                     (12.0, "站次", "2025-12-31"), (9.0, "站次", "2026-12-31")}


def test_a_table_of_past_years_is_a_statistic():
    text = _plan("表 4、歷年人口統計表:", "年度 101 102 103", "人口數 80,100 81,200 82,300",
                 "戶數 30,100 30,500 31,000")
    assert not [t for t in _targets(text) if t.method == "table"]


def test_spaced_amounts_without_a_header_of_years_are_no_table():
    text = _plan("表 5、歲出預算表:", "科目 本年度 上年度 比較", "01 行政支出 837,460 182,540 1,020,000",
                 "02 民政支出 708,145 23,404 731,549")
    assert not [t for t in _targets(text) if t.method == "table"]


SCHEDULE = _plan(
    "表 6、未來 2 年預計購置救災裝備一覽表:",
    "年度 規劃購置之裝備及數量",
    "1、 水箱消防車(含附屬裝備器材)3輛",
    "114",
    "2、 空氣呼吸器20 組",
    "1、 救助器材車(含附屬裝備器材)2輛",
    "115",
    "2、 消防水帶 300 條",
)


def test_a_schedule_of_numbered_items_under_a_header_no_list_knows_is_dated_by_its_years():
    found = {(float(t.value), t.unit): t.deadline for t in _targets(SCHEDULE)}
    assert found[(3, "辆")] == found[(20, "组")] == "2025-12-31"
    assert found[(2, "辆")] == found[(300, "条")] == "2026-12-31"


def test_points_are_counted_in_digits_and_never_at_a_clock_time():
    text = _plan("本府今年預計新增 30 點社區據點，並於每日下午3點開放。", "本府將把握好三點原則推動。")
    assert {(float(t.value), t.unit) for t in _targets(text)} == {(30.0, "点")}


@cache
def _city_plan():
    return extract_document(read_cached(doc_path("twgov-002.txt")), use_model=False).targets


def test_the_city_plans_yearly_rows_are_targets_of_their_years():
    found = {(float(t.value), t.unit, t.deadline) for t in _city_plan()
             if t.method == "table" and t.evidence.startswith("日间照顾中心新设立数")}
    assert found == {(7.0, "家", "2015-12-31"), (3.0, "家", "2016-12-31"), (5.0, "家", "2017-12-31")}
    ranges = {(float(t.value), float(t.value_max), t.unit, t.deadline) for t in _city_plan()
              if t.method == "table" and t.evidence.startswith("累计 30") and t.value_max is not None}
    assert (150.0, 180.0, "点", "2018-12-31") in ranges


def test_the_city_plans_turned_table_counts_vehicles_by_year():
    found = {(float(t.value), t.unit, t.deadline) for t in _city_plan() if t.method == "table" and t.unit == "辆"
             and t.indicator in ("自有车", "租用车", "合计")}
    assert {(77.0, "辆", "2015-12-31"), (44.0, "辆", "2015-12-31"), (160.0, "辆", "2017-12-31")} <= found


def test_the_city_plans_equipment_schedule_dates_each_item_by_its_year():
    found = {(float(t.value), t.unit, t.deadline) for t in _city_plan() if "移动式消防泵浦" in t.evidence}
    assert {(8.0, "台", "2017-12-31"), (6.0, "台", "2018-12-31")} <= found


def test_a_schedule_whose_caption_runs_into_its_year_header():
    text = _plan("表 7、共享單車站點規劃一覽表年度", "114", "施政重點及規劃目標", "1、 設置40個租賃站點。",
                 "2、 提供900輛自行車。", "115-116 1、 設置約15個租賃站點。", "2、 提供300輛自行車。")
    found = {(float(t.value), t.unit): t.deadline for t in _targets(text)}
    assert found[(40, "个")] == found[(900, "辆")] == "2025-12-31"
    assert found[(15, "个")] == found[(300, "辆")] == "2027-12-31"


def test_the_length_of_a_line_the_plan_builds_is_a_target():
    text = _plan("本市輕軌藍線規劃自港區至車站，全長約 12.4 公里，總長度以最終核定為準。")
    (length,) = [t for t in _targets(text) if t.unit == "公里"]
    assert (float(length.value), length.comparator) == (12.4, "~")


def test_a_sum_the_city_budgets_is_no_target():
    text = _plan("本府於 114 年度編列 1,200 萬元預算辦理共餐站設置，並籌編 0.8 億元危險加給。",
                 "總預算歲出達 950.5 億元，其中支應文教支出 300.2 億元。",
                 "本府將新設共餐站 4 家。")
    assert {(float(t.value), t.unit) for t in _targets(text)} == {(4.0, "家")}


def test_a_year_of_the_republic_opening_a_clause_is_no_indicator():
    from extract.rules.label_cleaning import clean
    assert clean("预计 118 年度") == clean("于 118 年底") == clean("2030年度") == ""
    assert clean("截至 113 年度已完成") == "已完成"
    assert clean("预计新增") == "预计新增"  # no year after it: the word stays


def test_the_city_plans_rates_are_not_named_by_their_year():
    indicators = {t.indicator for t in _city_plan() if t.unit in ("%", "辆") and t.method == "rule"}
    assert not [i for i in indicators if i.rstrip("度底").endswith("年")]


def test_an_item_holding_a_year_schedule_runs_to_its_last_year():
    text = "\n".join(["某市政府", "市長施政報告", "114.3.20", "壹、施政規劃", "一、交通建設", "(1)輕軌藍線",
                      "輕軌藍線綜合規劃報告書已送審，行政院預計 114 年 6 月底前核定。",
                      "表 8、輕軌藍線各年度工作期程表:", "年度", "施政重點與期程",
                      "114 1、 6月:專案管理技術服務決標。", "115 1、 4月:統包工程決標及開工。",
                      "116 1、 8月:潛盾機開始掘進。", "(2)公車轉乘", PARAGRAPH]) + "\n"
    document = document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt")
    tasks = extract_document(document, use_model=False).tasks
    (line,) = [t for t in tasks if t.title == "轻轨蓝线"]
    assert line.deadline == "2027-12-31"


def test_a_list_items_number_is_no_part_of_its_indicator():
    from extract.rules.label_cleaning import clean
    assert clean("(1)男性") == clean("（1）男性") == "男性"
    assert clean("第三条 补助对象") == "补助对象"


def test_an_ordinal_set_apart_by_a_space_is_no_amount():
    text = _plan("本案經市議會第 1 屆第 3 次定期會審議通過，第 2 期工程將新設共餐站 6 家。")
    assert {(float(t.value), t.unit) for t in _targets(text)} == {(6.0, "家")}
