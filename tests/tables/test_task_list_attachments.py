"""One task list (序号 | 一级指标 | 指标名称 | 目标值 | 牵头单位 | 配合单位 | 完成时限), written for the test,
as a Word and an Excel attachment, an HTML table, a Markdown pipe table and flattened one cell per line:
every form gives the same records. Each row is a task of its lead and support units due by its 完成时限
cell, and the number in its 目标值 cell is a target of those units due by the same cell."""
import docx
import openpyxl
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes, read

HEADER = ("序号", "一级指标", "指标名称", "目标值", "牵头单位", "配合单位", "完成时限")
ROWS = [
    ("1", "生态宜居", "公园绿地服务半径覆盖率", "≥90%", "市园林局", "各区政府", "2025年底前"),
    ("2", "", "人均公园绿地面积", "15平方米", "市园林局", "市自然资源局", "2025年底前"),
    ("3", "安全韧性", "老旧燃气管网改造", "120公里", "市住建局", "市燃气集团", "2024年10月底前"),
]
OPENING = ["某市城市体检问题整改方案", "一、整改要求", "各单位按清单落实整改。", "附件:整改任务清单"]
EXPECTED_TASKS = [
    (("生态宜居",), "公园绿地服务半径覆盖率", ("市园林局", "各区政府"), ("市园林局",), ("各区政府",), "2025-12-31"),
    (("生态宜居",), "人均公园绿地面积", ("市园林局", "市自然资源局"), ("市园林局",), ("市自然资源局",), "2025-12-31"),
    (("安全韧性",), "老旧燃气管网改造", ("市住建局", "市燃气集团"), ("市住建局",), ("市燃气集团",), "2024-10-31"),
]
EXPECTED_TARGETS = [
    ("公园绿地服务半径覆盖率", 90, "%", ">=", ("市园林局", "各区政府"), "2025-12-31"),
    ("人均公园绿地面积", 15, "平方米", "=", ("市园林局", "市自然资源局"), "2025-12-31"),
    ("老旧燃气管网改造", 120, "公里", "=", ("市住建局", "市燃气集团"), "2024-10-31"),
]


def _filled(rows):
    """The rows with the merged 一级指标 written in each row it spans."""
    group = ""
    for row in rows:
        group = row[1] or group
        yield (row[0], group, *row[2:])


def _word(path):
    document = docx.Document()
    for line in OPENING:
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for r, row in enumerate((HEADER, *_filled(ROWS))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(2, 1)).text = ROWS[0][1]
    document.save(path)


def _excel(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([OPENING[-1]])
    for row in (HEADER, *_filled(ROWS)):
        sheet.append(list(row))
    sheet.merge_cells("B3:B4")
    book.save(path)


def _html(path):
    cells = ["<tr>" + "".join(f"<td>{c}</td>" for c in HEADER) + "</tr>"]
    for k, row in enumerate(ROWS):
        group = f'<td rowspan="2">{row[1]}</td>' if k == 0 else (f"<td>{row[1]}</td>" if row[1] else "")
        cells.append("<tr>" + f"<td>{row[0]}</td>" + group + "".join(f"<td>{c}</td>" for c in row[2:]) + "</tr>")
    body = "".join(f"<p>{line}</p>" for line in OPENING)
    path.write_text(f"<html><body>{body}<table>{''.join(cells)}</table></body></html>", encoding="utf-8")


def _markdown(path):
    rows = [HEADER, ("---",) * len(HEADER), *_filled(ROWS)]
    path.write_text("\n\n".join(OPENING) + "\n\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n",
                    encoding="utf-8")


def _flattened(path):
    cells = [*HEADER, *(cell for row in ROWS for cell in row if cell)]
    path.write_text("\n".join([*OPENING, *cells]) + "\n", encoding="utf-8")


WRITERS = {"task-list.docx": _word, "task-list.xlsx": _excel, "task-list.html": _html, "task-list.md": _markdown,
           "task-list.txt": _flattened}


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_form_gives_the_rows_as_tasks_and_their_targets(tmp_path, name):
    path = tmp_path / name
    WRITERS[name](path)
    result = extract_document(read(path), use_model=False)
    tasks = [(t.path, t.title, t.owners, t.lead_owners, t.support_owners, t.deadline)
             for t in result.tasks if t.method == "table"]
    targets = [(t.indicator, t.value, t.unit, t.comparator, t.owners, t.deadline)
               for t in result.targets if t.method == "table"]
    assert tasks == EXPECTED_TASKS
    assert targets == EXPECTED_TARGETS


def test_a_target_cell_without_a_deadline_column_takes_none_from_the_row():
    text = "\n".join([*OPENING, "序号", "指标名称", "目标值", "牵头单位", "1", "绿道长度", "50公里", "市园林局",
                      "2", "口袋公园数量", "20个", "市园林局"]) + "\n"
    document = document_from_bytes(text.encode("utf-8"), name="list.txt", suffix=".txt")
    targets = [t for t in extract_document(document, use_model=False).targets if t.method == "table"]
    assert [(t.value, t.unit, t.owners, t.deadline) for t in targets] == [
        (50, "公里", ("市园林局",), None), (20, "个", ("市园林局",), None)]
