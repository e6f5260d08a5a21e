"""Amounts inside a task table's cells take the row's lead and support units and its deadline column,
in the HTML table and in the same table flattened one cell per line."""
import pytest

import extract

TITLE = "某区2024年城市更新重点任务分工方案"
COLUMNS = ["序号", "重点任务", "工作目标", "牵头单位", "配合单位", "完成时限"]
ROWS = [["1", "推进充电设施建设", "新建公共充电桩200个,改造老旧充电站5座", "区发改委", "区住建局、各街道", "2024年10月底前"],
        ["2", "实施绿化提升", "新增绿地面积3万平方米", "区园林局", "各街道", "2024年12月底前"]]
EXPECTED = [
    (200, "个", "2024-10-31", ("区发改委",), ("区住建局", "各街道")),
    (5, "座", "2024-10-31", ("区发改委",), ("区住建局", "各街道")),
    (30000, "平方米", "2024-12-31", ("区园林局",), ("各街道",)),
]


def _html() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [COLUMNS, *ROWS])
    return (f"<html><body><h1>{TITLE}</h1><p>发布日期：2024-02-01</p><p>附件：重点任务分工表</p>"
            f"<table>{rows}</table></body></html>")


def _flattened() -> str:
    cells = [c for row in [COLUMNS, *ROWS] for c in row]
    return f"# {TITLE}\n\n发布日期：2024-02-01\n\n附件：重点任务分工表\n\n" + "\n\n".join(cells) + "\n"


@pytest.mark.parametrize("name", ["tasks.html", "tasks.md"])
def test_cell_targets_take_the_row_lead_support_and_deadline(tmp_path, name):
    path = tmp_path / name
    path.write_text(_html() if name.endswith("html") else _flattened(), encoding="utf-8")
    targets = [t for t in extract.extract(path, use_model=False).targets if t.method == "table"]
    assert [(t.value, t.unit, t.deadline, t.lead_owners, t.support_owners) for t in targets] == EXPECTED
