"""Sum rows that carry words at the foot of a numbered table flattened one cell per line (合计 | “十四五”期间 |
新建 | 街心公园 | 10 | 2.5, then rows with a cell or two fewer, then 总计 | 街心公园 | 22 | 5.5): each row
takes the cells it lacks from the row above within its label's block, never across a label, and is named
by its label; the flattened table gives the records of the real one."""
import pytest

import extract

OPENING = "一、建设任务\n\n各街镇要按照区下达的目标任务推进口袋公园建设，细化年度计划，分年度项目见附表。"
TITLE = "“十四五”期间全区口袋公园建设项目表"
HEADER = ["序号", "建设时间", "建设方式", "类型", "数量", "面积(万m2)"]
# (cells, rowspans): a row's cells as written; merged cells are written on the first row of their run
ROWS = [
    (["1", "2021年", "新建", "街心公园", "10", "2.5"], {1: 2, 2: 2}),
    (["2", "社区公园", "20", "4.0"], {}),
    (["3", "2022年", "改建", "街心公园", "12", "3.0"], {1: 2, 2: 2}),
    (["4", "社区公园", "18", "3.6"], {}),
    (["合计", "“十四五”期间", "新建", "街心公园", "10", "2.5"], {0: 4, 1: 4, 2: 2}),
    (["社区公园", "20", "4.0"], {}),
    (["改建", "街心公园", "12", "3.0"], {0: 2}),
    (["社区公园", "18", "3.6"], {}),
    (["总计", "街心公园", "22", "5.5"], {0: 2}),
    (["社区公园", "38", "7.6"], {}),
]
COLSPANS = {(8, 0): 3}  # 总计 spans the number, year and way columns
NOTE = ["备注", "各街镇按计划推进建设，所需经费由区财政统筹安排。"]
EXPECTED = sorted([(25000.0, "2021-12-31"), (40000.0, "2021-12-31"), (30000.0, "2022-12-31"),
                   (36000.0, "2022-12-31"), (25000.0, "2025-12-31"), (40000.0, "2025-12-31"),
                   (30000.0, "2025-12-31"), (36000.0, "2025-12-31"), (55000.0, "2025-12-31"),
                   (76000.0, "2025-12-31")])


def _flattened() -> str:
    lines = ["附表2", TITLE, *(h.replace("(万m2)", "\n(万m2)") for h in HEADER)]
    lines += [cell for cells, _ in ROWS for cell in cells] + NOTE
    return "# 某区口袋公园建设实施方案\n\n发布日期：2022-06-01\n\n" + OPENING + "\n\n" + "\n\n".join(lines) + "\n"


def _html() -> str:
    def cell(k: int, c: int, text: str, spans: dict) -> str:
        rowspan = f' rowspan="{spans[c]}"' if c in spans else ""
        colspan = f' colspan="{COLSPANS[(k, c)]}"' if (k, c) in COLSPANS else ""
        return f"<td{rowspan}{colspan}>{text}</td>"
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in HEADER) + "</tr>"]
    rows += ["<tr>" + "".join(cell(k, c, t, spans) for c, t in enumerate(cells)) + "</tr>"
             for k, (cells, spans) in enumerate(ROWS)]
    rows.append(f'<tr><td>{NOTE[0]}</td><td colspan="5">{NOTE[1]}</td></tr>')
    return ("<html><body><h1>某区口袋公园建设实施方案</h1><p>发布日期：2022-06-01</p>"
            f"<p>{OPENING}</p><p>附表2</p><p>{TITLE}</p><table>{''.join(rows)}</table></body></html>")


def _areas(tmp_path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    return sorted((float(t.value), t.deadline) for t in targets if t.unit == "m2")


@pytest.mark.parametrize("name", ["plan.md", "plan.html"])
def test_sum_rows_with_words_give_the_real_tables_records(tmp_path, name):
    text = _flattened() if name.endswith(".md") else _html()
    assert _areas(tmp_path, name, text) == EXPECTED


def test_a_sum_row_takes_the_cells_it_lacks_within_its_block(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(_flattened(), encoding="utf-8")
    targets = extract.extract(path, use_model=False).targets
    named = {t.indicator for t in targets if t.unit == "m2" and t.deadline == "2025-12-31"}
    assert "合计“十四五”期间改建社区公园面积" in named  # 社区公园 | 18 | 3.6: 改建 and the period carried down
    assert "总计社区公园面积" in named  # under 总计: nothing of the block above carried across the label


@pytest.mark.parametrize(("value", "indicator_start"), [
    (694600, "合计“十四五”期间直接设置等级"),  # 合计 | “十四五” / 期间 | 直接设置 | 等级(Ⅲ类固定短期) | 125 | 69.46
    (51000, "合计“十四五”期间配建设置/融入新建等级(Ⅲ类)"),  # 等级(Ⅲ类) | 17 | 5.1: two cells carried down
    (818600, "总计等级"),  # 总计 | 等级 | 148 | 81.86
], ids=["block-opener", "carried-down", "second-label"])
def test_o_008_sum_rows_of_the_project_table(o_008, value, indicator_start):
    found = [t for t in o_008.targets if t.value == value and t.unit == "m2"]
    assert [(t.deadline, t.owners) for t in found] == [("2025-12-31", ())]
    assert found[0].indicator.startswith(indicator_start)
