"""Annexed task lists flattened one cell per line whose owner columns come last, after a column per year
(任务类别 | 主要方向 | 重点任务(2025-2027) | 2025年工作项目 | 2026年计划 | 2027年计划 | 牵头部门 | 配合部门 |
实施主体), on a plan written for the test: header labels wrapped over two lines (牵头 / 部门), group cells
written once over their rows, rows anchored by their numbered task cell ((1)…), a row sharing the owner
cells of the row above (a merged cell), a lead cell broken over two lines, a year cell broken after ；
and year cells naming what they count before a bare verb (护坡修整,完成4处).
Each year cell's amounts are due at its year's end and owned by the row's (or its group's) owner cells;
each row is one task of those owners."""
import pytest

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.tables.columns import column_meaning, header_at

OPENING = ["青禾县人居环境整治三年行动计划(2025-2027年)", "发布日期：2025-01-10", "一、总体要求",
           "到2027年,全县人居环境明显改善。", "二、保障措施", "各乡镇要落实属地责任,确保各项任务按期完成。",
           "附件:青禾县人居环境整治三年行动计划任务清单(2025-2027年)"]
HEADER = ["任务", "类别", "主要方向", "重点任务(2025-2027)", "2025年工作项目", "2026年计划", "2027年计划",
          "牵头", "部门", "配合", "部门", "实施", "主体"]
BODY = ["(一)", "改善乡村环境", "1、整治村庄水塘",
        "(1)整治村庄水塘90处。", "整治水塘30处。", "整治水塘25处。", "整治水塘35处。", "水利科", "各有关科室", "各乡镇",
        "(2)新建污水收集管网45公里。", "新建管网15公里。", "新建管网12公里。", "新建管网18公里。",
        "2、改造农村公厕",
        "(3)改造农村公厕120座。", "改造公厕40座;", "新建公厕10座。", "改造公厕45座。", "改造公厕35座。",
        "卫生健康局", "住建局", "城管执法局", "各乡镇",
        "3、修整河道堤岸",
        "(4)修整河道堤岸护坡。", "堤岸护坡修整,完成4处。", "堤岸护坡修整,完成5处。", "堤岸护坡修整,完成6处。",
        "水利科", "各乡镇"]
PONDS = {"各乡镇", "水利科", "各有关科室"}
TOILETS = {"各乡镇", "卫生健康局", "住建局", "城管执法局"}
BANKS = {"水利科", "各乡镇"}


@pytest.fixture(scope="module")
def result():
    html = "".join(f"<p>{line}</p>" for line in [*OPENING, *HEADER, *BODY])
    document = document_from_bytes(f"<html><head><meta charset='utf-8'></head><body>{html}</body></html>".encode(),
                                   name="plan.html", suffix=".html")
    return extract_document(document)


def test_each_year_cell_is_due_at_its_year_end_and_owned_by_its_row(result):
    found = {(t.evidence, t.value, t.unit, t.deadline, frozenset(t.owners)) for t in result.targets
             if t.method == "table" and t.indicator != "堤岸护坡修整"}
    assert found == {
        ("整治水塘30处", 30, "处", "2025-12-31", frozenset(PONDS)),
        ("整治水塘25处", 25, "处", "2026-12-31", frozenset(PONDS)),
        ("整治水塘35处", 35, "处", "2027-12-31", frozenset(PONDS)),
        ("整治村庄水塘90处", 90, "处", "2027-12-31", frozenset(PONDS)),  # 重点任务(2025-2027): due at its end
        # the row without owner cells shares those of the row above
        ("新建管网15公里", 15, "公里", "2025-12-31", frozenset(PONDS)),
        ("新建管网12公里", 12, "公里", "2026-12-31", frozenset(PONDS)),
        ("新建管网18公里", 18, "公里", "2027-12-31", frozenset(PONDS)),
        ("新建污水收集管网45公里", 45, "公里", "2027-12-31", frozenset(PONDS)),
        # the 2025 cell broken after ；: both its amounts are 2025's
        ("改造公厕40座", 40, "座", "2025-12-31", frozenset(TOILETS)),
        ("新建公厕10座", 10, "座", "2025-12-31", frozenset(TOILETS)),
        ("改造公厕45座", 45, "座", "2026-12-31", frozenset(TOILETS)),
        ("改造公厕35座", 35, "座", "2027-12-31", frozenset(TOILETS)),
        ("改造农村公厕120座", 120, "座", "2027-12-31", frozenset(TOILETS)),
    }


def test_an_amount_of_a_bare_verb_is_named_by_the_clause_before_it(result):
    found = {(t.indicator, t.value, t.deadline, frozenset(t.owners)) for t in result.targets
             if set(t.owners) == BANKS}
    assert found == {("堤岸护坡修整", 4, "2025-12-31", frozenset(BANKS)),
                     ("堤岸护坡修整", 5, "2026-12-31", frozenset(BANKS)),
                     ("堤岸护坡修整", 6, "2027-12-31", frozenset(BANKS))}


def test_each_numbered_row_is_one_task_of_its_owner_cells(result):
    rows = [(t.title, set(t.owners), t.lead_owners, t.deadline) for t in result.tasks if t.method == "table"]
    assert rows == [
        ("整治村庄水塘90处", PONDS, ("水利科",), "2027-12-31"),
        ("新建污水收集管网45公里", PONDS, ("水利科",), "2027-12-31"),
        # four owner cells under three columns: the lead's cell was broken over two lines
        ("改造农村公厕120座", TOILETS, ("卫生健康局", "住建局"), "2027-12-31"),
        ("修整河道堤岸护坡", BANKS, (), "2027-12-31"),  # two owner cells under three columns: owners alone
    ]
    assert not [t for t in result.tasks if t.method != "table" and t.title in {r[0] for r in rows}]


def test_a_header_label_wrapped_over_two_lines_is_read_whole():
    lines = [(0, 2, "牵头"), (3, 5, "部门"), (6, 8, "实施"), (9, 11, "主体"), (12, 14, "序号")]
    assert [(m.role, after) for m, after in (header_at(lines, 0, guess=False), header_at(lines, 2, guess=False))] \
        == [("lead", 2), ("owner", 4)]
    assert header_at(lines, 4, guess=False) == (column_meaning("序号", guess=False), 5)  # the last line: alone


def test_two_header_words_stay_two_columns_though_joined_they_are_one():
    lines = [(0, 2, "指标"), (3, 5, "单位"), (6, 8, "属性")]  # 指标单位 is a header word too
    assert [header_at(lines, k, guess=False)[0].role for k in range(3)] == ["name", "unit", "other"]
    assert header_at(lines, 0, guess=False)[1] == 1


@pytest.mark.parametrize(("header", "role", "year"), [("2026年工作项目", "year", 2026),
                                                      ("重点任务(2025-2027)", "task", 2027)])
def test_a_year_named_column_of_work_is_that_years(header, role, year):
    meaning = column_meaning(header, guess=False)
    assert (meaning.role, meaning.year) == (role, year)
