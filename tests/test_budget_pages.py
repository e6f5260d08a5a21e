"""Budget pages (部门预算, 部门决算, 项目支出绩效目标表: document_kinds.tsv kind budget): their allocations,
receipts, spending by function class, changes on last year's budget, asset and unit counts are no targets
(RECORDS.md section 5); the performance targets they set are, under a heading naming them
(budget_sections.tsv) or in an indicator table (column_roles.tsv: 指标值及单位). The pages are written for
the test, but for the fresh district budgets bud-01 and bud-04 (../extra/fresh)."""
from __future__ import annotations

import pytest

import extract

from .corpus import extra_path

BUDGET_BODY = """发布日期:2025-03-01

一、部门主要职能

某区司法局是主管本区司法行政工作的区政府工作部门。

二、部门预算收支情况

2025年部门收入预算总额为1,200.00万元,其中:财政拨款收入1,150.00万元,事业收入0万元。

1.“公共安全支出(类)司法(款)普法宣传(项)”86.40万元,主要用于法治宣传。2024年当年预算执行数为80.00万元,比2024年预算执行数增加8.00%。

2.公共安全支出(204类)司法(06款)行政运行(01项)512.30万元。

三、绩效目标设置情况

2025年度,本部门编报绩效目标的项目共12个,涉及项目预算资金640.00万元。

四、国有资产占有使用情况

截至2024年8月31日,某区司法局共有车辆2辆,其中执法执勤用车2辆;单价100万元(含)以上设备(不含车辆)0台(套)。

五、绩效目标

全年开展普法讲座不少于20场,群众满意度达到90%以上。
"""


def _targets(tmp_path, title, body=BUDGET_BODY):
    path = tmp_path / "page.md"
    path.write_text(f"# {title}\n\n{body}", encoding="utf-8")
    return {(t.value, t.unit, t.comparator) for t in extract.extract(path, use_model=False).targets}


def test_a_budget_pages_figures_are_no_targets_but_the_performance_targets_it_sets(tmp_path):
    assert _targets(tmp_path, "某区司法局2025年部门预算") == {(20, "场", ">="), (90, "%", ">=")}


@pytest.mark.parametrize("title", ["某区财政局2024年度部门决算", "某区商务委员会2025年单位预算公开"])
def test_final_accounts_and_unit_budgets_are_budget_pages_too(tmp_path, title):
    assert _targets(tmp_path, title) == {(20, "场", ">="), (90, "%", ">=")}


def test_a_heading_reporting_on_the_targets_set_holds_no_target(tmp_path):
    found = _targets(tmp_path, "某区司法局2025年部门预算")
    assert (12, "个", "=") not in found  # 三、绩效目标设置情况: how many projects have targets


def test_the_same_sentences_in_a_plan_keep_their_amounts(tmp_path):
    found = _targets(tmp_path, "某区2025年普法工作实施方案")
    assert {(20, "场", ">="), (90, "%", ">=")} <= found


PERFORMANCE_TABLE = """<html><head><title>某市文化馆2025年项目支出绩效目标表</title></head><body>
<h1>某市文化馆2025年项目支出绩效目标表</h1><p>发布日期:2025-02-10</p>
<table>
<tr><td>项目名称</td><td colspan="4">公益讲座服务</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值及单位</td><td>绩效标准</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>举办公益讲座场次</td><td>≥40场</td><td>计划标准</td></tr>
<tr><td>质量指标</td><td>讲座验收合格率</td><td>100%</td><td>计划标准</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>听众满意度</td><td>≥92%</td><td>计划标准</td></tr>
</table></body></html>"""


def test_an_indicator_tables_value_and_unit_column_gives_the_targets_due_at_the_years_end(tmp_path):
    path = tmp_path / "form.html"
    path.write_text(PERFORMANCE_TABLE, encoding="utf-8")
    found = {(t.indicator, t.value, t.unit, t.comparator, str(t.deadline)) for t in extract.extract(path, use_model=False).targets}
    assert found == {("举办公益讲座场次", 40, "场", ">=", "2025-12-31"), ("讲座验收合格率", 100, "%", "=", "2025-12-31"),
                     ("听众满意度", 92, "%", ">=", "2025-12-31")}


@pytest.mark.parametrize("name", ["bud-01.pdf", "bud-04.pdf"])
def test_a_district_departments_budget_sets_no_target_in_its_text(name):
    result = extract.extract(extra_path("fresh", name), use_model=False)
    assert result.targets == ()  # 45 and 83 allocations, receipts, vehicle counts before; its targets are in forms not published
