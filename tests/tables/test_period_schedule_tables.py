"""A plan period's schedule table (“十四五”期间…推进计划表: 街镇 | 类型 | 2021年任务(万m2) … 2023年任务(万m2)) in
a document issued within the period, after the first year: the first year's task is the plan's quota for
that year as written, planned and due at its end, not a figure the plan starts from. A town's name is
written once over its rows (a cell merged over them), flattened one cell per line or in HTML. Outside the
period, or under a title that names no period, the past year's task column is left out as before."""
import pytest

import extract

TITLE = "“十四五”期间全区公共绿地建设推进计划表"
HEADER = ["街镇", "类型", "2021年任务(万m2)", "2022年任务(万m2)", "2023年任务(万m2)"]
BODY = [(("东山镇", "公园"), ["1.20", "1.30", "1.40"]), (("东山镇", "街心"), ["0.40", "0.50", "0.60"]),
        (("西河镇", "公园"), ["2.10", "2.20", "2.30"]), (("西河镇", "街心"), ["0.70", "0.80", "0.90"])]
OPENING = "一、建设任务\n\n各镇要按照区下达的目标任务推进公共绿地建设，细化年度计划，分年度任务见附表。\n\n二、保障措施\n\n加强组织领导。"
FIRST_YEAR = {(12000.0, "东山镇"), (4000.0, "东山镇"), (21000.0, "西河镇"), (7000.0, "西河镇")}


def _flattened(issued: str, title: str) -> str:
    lines = ["附表1", title, *(h.replace("(万m2)", "\n(万m2)") for h in HEADER)]  # the unit on a line of its own
    for k, ((town, kind), numbers) in enumerate(BODY):
        lines += ([town] if k % 2 == 0 else []) + [kind, *numbers]
    return (f"# 某区公共绿地建设实施方案\n\n发布日期：{issued}\n\n{OPENING}\n\n"
            + "\n\n".join(lines) + "\n")


def _html(issued: str, title: str) -> str:
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>"]
    for k, ((town, kind), numbers) in enumerate(BODY):
        first = f'<td rowspan="2">{town}</td>' if k % 2 == 0 else ""
        rows.append(f"<tr>{first}<td>{kind}</td>" + "".join(f"<td>{n}</td>" for n in numbers) + "</tr>")
    return (f"<html><body><h1>某区公共绿地建设实施方案</h1><p>发布日期：{issued}</p>"
            f"<p>{OPENING}</p><p>附表1</p><p>{title}</p><table>{''.join(rows)}</table>"
            "</body></html>")


def _first_year(tmp_path, name: str, text: str) -> set:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    found = {(float(t.value), t.owners[0]) for t in targets if t.deadline == "2021-12-31" and t.unit == "m2"}
    assert all(t.status == "planned" for t in targets if t.unit == "m2")
    return found


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_a_past_year_of_the_period_is_the_plans_quota(tmp_path, name):
    text = _flattened("2022-06-01", TITLE) if name.endswith(".md") else _html("2022-06-01", TITLE)
    assert _first_year(tmp_path, name, text) == FIRST_YEAR


@pytest.mark.parametrize(("issued", "title"), [
    ("2026-06-01", TITLE),  # the period over: the table looks back
    ("2022-06-01", "全区公共绿地建设推进计划表"),  # no period named
], ids=["after-the-period", "no-period"])
def test_a_past_year_task_outside_a_named_period_is_left_out(tmp_path, issued, title):
    assert _first_year(tmp_path, "plan.md", _flattened(issued, title)) == set()


@pytest.mark.parametrize(("value", "owner"), [
    (33500, "南桥镇"),  # 南桥镇 | 等级 | 0.55 | 3.35 …: its 2021年任务
    (97600, "南桥镇"),  # 社区 | 0.00 | 9.76 …: the town's second row, its name merged above
    (16500, "海湾旅游区"),  # a name wrapped over two lines (海湾 / 旅游区)
], ids=["first-row", "second-row", "wrapped-name"])
def test_o_008_first_year_of_the_period(o_008, value, owner):
    found = [t for t in o_008.targets if t.value == value and t.unit == "m2"]
    assert [(t.owners, t.deadline, t.status) for t in found] == [((owner,), "2021-12-31", "planned")]
