"""Markdown pipe tables, on a division-of-labour annex written for the test: read as tables, they give
the records of the same table written in HTML (each row a task of its lead and support units, dated by
its 完成时限 cell; the amounts in its task cells are targets of those units)."""
from extract.extractor import extract_document
from extract.read import document_from_bytes

ROWS = [
    ("1", "完成12个小区外立面整治", "区住建局", "各街道", "2024年6月底前"),
    ("2", "建设停车泊位500个", "区交通委", "区城管局、各街道", "2024年12月底前"),
    ("3", "新增养老服务设施8处", "区民政局", "区卫健委、各街道", "2025年6月底前"),
]
HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
OPENING = ["某区老旧小区改造实施方案", "一、工作目标", "到2025年底,完成老旧小区改造30个。", "附件:重点任务分工表"]


def _markdown(*, outer_pipes: bool = True) -> str:
    def row(cells):
        line = " | ".join(cells)
        return f"| {line} |" if outer_pipes else line
    table = [row(HEADER), row(("---",) * len(HEADER)), *(row(r) for r in ROWS)]
    return "\n\n".join(OPENING) + "\n\n" + "\n".join(table) + "\n"


def _html() -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in (HEADER, *ROWS))
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in OPENING) + f"<table>{cells}</table></body></html>"


def _document(text: str, suffix: str):
    return document_from_bytes(text.encode("utf-8"), name=f"plan{suffix}", suffix=suffix)


def _records(text: str, suffix: str):
    result = extract_document(_document(text, suffix), use_model=False)
    tasks = [(t.title, t.owners, t.lead_owners, t.support_owners, t.deadline) for t in result.tasks
             if t.method == "table"]
    targets = [(t.indicator, t.value, t.unit, t.owners, t.deadline) for t in result.targets if t.method == "table"]
    return tasks, targets


def test_a_pipe_table_is_read_as_a_table():
    (table,) = _document(_markdown(), ".md").tables
    grid = table.grid()
    assert [cell.text for cell in grid[0]] == list(HEADER)
    assert [cell.text for cell in grid[3]] == list(ROWS[2])


def test_rows_are_tasks_of_their_lead_and_support_units():
    tasks, targets = _records(_markdown(), ".md")
    assert tasks[1] == ("建设停车泊位500个", ("区交通委", "区城管局", "各街道"), ("区交通委",), ("区城管局", "各街道"),
                        "2024-12-31")
    assert targets[2] == ("养老服务设施", 8, "处", ("区民政局", "区卫健委", "各街道"), "2025-06-30")


def test_markdown_and_html_give_the_same_records():
    html = _records(_html(), ".html")
    assert len(html[0]) == len(ROWS)
    assert _records(_markdown(), ".md") == html
    assert _records(_markdown(outer_pipes=False), ".md") == html


def test_pipes_without_a_rule_line_stay_text():
    text = "某区通知\n一、说明\n甲 | 乙 | 丙\n1 | 2 | 3\n"
    assert _document(text, ".md").tables == ()
