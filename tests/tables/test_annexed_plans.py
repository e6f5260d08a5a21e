"""Plans with annexed tables: an indicator system (一级指标 | 二级指标 | 评价标准) whose lowest level names
each row, and a division of labour (工作事项 | 牵头单位 | 配合单位, with the offices inside the lead unit
in extra columns) whose rows own the body's items of the same heading. A plan written for the test, and
the annexed tables of real plans of the corpus."""
from datetime import date

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import SEEDS, read_cached

PLAN = """<html><body>
<p>某区关于推进社区养老服务提质的实施方案</p>
<p>一、主要目标</p>
<p>到2025年,全区社区养老服务站覆盖率达到90%。</p>
<p>二、重点任务</p>
<p>(一)扩充护理队伍。各街道要配齐社区护理员,开展岗前培训。</p>
<p>(二)完善助餐网络。推动社区食堂向老人延伸服务,丰富餐品种类。</p>
<p>(三)强化质量监管。定期开展服务质量检查,公开检查结果。</p>
<p>(四)营造敬老氛围。广泛宣传孝老爱亲典型事迹。</p>
<p>附件1 社区养老服务评价指标</p>
<table>
<tr><td>一级指标</td><td>二级指标</td><td>评价标准</td><td>指标含义</td></tr>
<tr><td rowspan="2">服务覆盖</td><td>1.助餐点覆盖率</td><td>较上一年提高,力争2025年达到85%。</td><td>设有助餐点的社区占比</td></tr>
<tr><td>2.上门服务人次</td><td>较上一年增加。</td><td>全年上门服务的人次</td></tr>
<tr><td rowspan="2">服务质量</td><td>3.老人满意率</td><td>≥90%</td><td>第三方调查满意的比例</td></tr>
<tr><td>4.服务种类</td><td>定性指标,查看落实情况。</td><td>提供的服务项目</td></tr>
</table>
<p>附件2 社区养老服务提质任务分工表</p>
<table>
<tr><td>序号</td><td>工作事项</td><td>主要内容</td><td>牵头单位</td><td>配合单位</td><td>区民政局内牵头科室</td></tr>
<tr><td>1</td><td>扩充护理队伍。</td><td>到2024年,力争每千名老人配备护理员不少于8人。</td><td>各街道</td><td>区民政局</td><td>养老科</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2">完善助餐网络。</td><td>推动社区食堂向老人延伸服务。</td><td>区民政局、各街道</td><td>/</td><td>福利科</td></tr>
<tr><td>丰富餐品种类,满足老人多样需求。</td><td>各街道</td><td>区商务局</td><td>/</td></tr>
<tr><td>3</td><td>强化质量监管。</td><td>定期开展服务质量检查,公开检查结果。</td><td>区市场监管局</td><td>区民政局</td><td>/</td></tr>
</table>
</body></html>"""


def _result():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.html", suffix=".html")
    return extract_document(document, use_model=False)


def _body_task(result, title):
    (found,) = [t for t in result.tasks if t.method == "rule" and t.title == title]
    return found


def test_rows_of_the_division_of_labour_own_the_body_items_they_name():
    result = _result()
    meals = _body_task(result, "完善助餐网络")  # two rows: their units merged, lead and support kept apart
    assert (meals.owners, meals.lead_owners, meals.support_owners) == (
        ("区民政局", "各街道", "区商务局"), ("区民政局", "各街道"), ("区商务局",))
    checks = _body_task(result, "强化质量监管")
    assert (checks.lead_owners, checks.support_owners) == (("区市场监管局",), ("区民政局",))
    assert _body_task(result, "扩充护理队伍").owners == ("各街道",)  # the body names its own owner
    assert _body_task(result, "营造敬老氛围").owners == ()  # no row names it


def test_the_offices_inside_the_lead_unit_and_a_slash_are_no_owners():
    rows = [t for t in _result().tasks if t.method == "table" and t.owners]
    assert {o for t in rows for o in t.owners} == {"各街道", "区民政局", "区商务局", "区市场监管局"}
    (continued,) = [t for t in rows if "丰富餐品种类" in t.text]
    assert (continued.lead_owners, continued.support_owners) == (("各街道",), ("区商务局",))


def test_the_lowest_level_of_an_indicator_system_names_its_rows():
    targets = {t.indicator: t for t in _result().targets if t.method == "table"}
    share = targets["助餐点覆盖率"]  # the year in the standard is its deadline
    assert (share.value, share.unit, share.comparator, share.deadline) == (85, "%", ">=", "2025-12-31")
    satisfied = targets["老人满意率"]  # a standard that is only a bound
    assert (satisfied.value, satisfied.unit, satisfied.comparator, satisfied.deadline) == (90, "%", ">=", None)
    titles = {t.title for t in _result().tasks if t.method == "table"}
    assert {"助餐点覆盖率", "老人满意率", "服务种类"} <= titles  # the row's name, without its number


def test_a_year_opening_the_sentence_of_a_table_cell_dates_the_clauses_after_it():
    (staff,) = [t for t in _result().targets if t.value == 8]
    assert (staff.unit, staff.comparator, staff.deadline) == ("人", ">=", "2024-12-31")
    assert staff.owners == ("各街道", "区民政局")
    assert date.fromisoformat(staff.deadline).year == 2024


FLAT_HEAD = "某区城市更新三年行动计划\n一、主要目标\n全面完成更新任务。\n附件1\n主要指标\n"
FLAT_ROWS = [("生态环境", "口袋公园数量", "12个", "区绿化市容局"), ("住房保障", "加装电梯数量", "300台", "区房管局、各街镇"),
             ("生态环境", "绿道长度", "15公里", "区绿化市容局")]


def _flat_targets(header, rows):
    lines = [*header, *(cell for row in rows for cell in row)]
    text = FLAT_HEAD + "\n".join(lines) + "\n"
    result = extract_document(document_from_bytes(text.encode("utf-8"), name="plan.txt", suffix=".txt"))
    return [(t.indicator, t.value, t.unit, t.owners) for t in result.targets if t.method == "table"]


EXPECTED_FLAT = [("口袋公园数量", 12, "个", ("区绿化市容局",)), ("加装电梯数量", 300, "台", ("区房管局", "各街镇")),
                 ("绿道长度", 15, "公里", ("区绿化市容局",))]


def test_a_flattened_indicator_system_with_a_responsibility_column():
    assert _flat_targets(("一级指标", "二级指标", "目标值", "责任单位"), FLAT_ROWS) == EXPECTED_FLAT


def test_a_flattened_list_of_named_indicators_closing_with_its_owner_column():
    rows = [(group, name, value, kind, owner) for (group, name, value, owner), kind
            in zip(FLAT_ROWS, ("约束性", "预期性", "预期性"))]
    assert _flat_targets(("类别", "指标名称", "目标值", "属性", "责任部门"), rows) == EXPECTED_FLAT


def test_the_body_items_of_a_city_plan_take_the_owners_of_its_target_breakdown_table():
    """The seed's 年度目标分解表 names each body item in its 重点任务 column beside the 责任单位 cell."""
    tasks = extract_document(read_cached(SEEDS["000"]), use_model=False).tasks
    body = {t.title: t.owners for t in tasks if t.method == "rule"}
    assert body["聚焦重点难点,提高环卫管理效率"] == ("区城管局", "镇", "各街道")
    assert body["实施畅通工程,创优城市交通环境"] == ("区交警大队",)
