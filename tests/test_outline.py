import pytest

from extract.document import Table
from extract.outline import parse_outline
from tests.corpus import SEEDS, doc_path, read_cached

PLAN = """某某区2024年工作方案
一、总体要求
全年完成改造12个。
二、重点任务
(一)推进改造。2024年完成12个小区改造。
1.加强统筹。由区住建局负责。
2.落实资金。区财政局负责。
(二)完善设施
(1)新建公厕8座。
(2)改造公厕6座。
①第一批
②第二批
三、保障措施
3.5亿元投资由区财政统筹。
附件1
年度任务分解表
1.第一项
附件2
联系人名单
"""


def titles(section):
    return [child.title for child in section.children]


def test_headings_nest_by_the_standard_ranks():
    root = parse_outline(PLAN)
    assert titles(root) == ["总体要求", "重点任务", "保障措施", "年度任务分解表", "联系人名单"]
    tasks = root.children[1]
    assert titles(tasks) == ["推进改造", "完善设施"]
    assert titles(tasks.children[0]) == ["加强统筹", "落实资金"]
    assert titles(tasks.children[1]) == ["新建公厕8座", "改造公厕6座"]
    assert titles(tasks.children[1].children[1]) == ["第一批", "第二批"]


def test_a_decimal_number_at_a_line_start_is_not_a_heading():
    measures = parse_outline(PLAN).children[2]
    assert measures.children == ()


def test_annexes_start_new_branches_at_the_top():
    annex = parse_outline(PLAN).children[3]
    assert annex.family == "annex" and annex.number == 1
    assert titles(annex) == ["第一项"]


@pytest.mark.parametrize("files", ["- 某某区空间布局图.pdf (pdf)", "附件1.docx\n附件2.xlsx"], ids=["header", "page-end"])
def test_a_bare_annex_line_above_file_names_lists_attached_files_and_opens_no_annex(files):
    text = f"某某区建设方案\n附件:\n{files}\n各有关单位:\n一、主要目标\n建成10个园区。\n二、重点任务\n(一)建设载体\n"
    root = parse_outline(text)
    assert [(s.family, s.title) for s in root.children] == [("chinese", "主要目标"), ("chinese", "重点任务")]


def test_a_bare_annex_line_above_its_title_still_opens_an_annex():
    root = parse_outline("某某区工作方案\n一、目标\n建成10个园区。\n附件:\n2026年民生实事项目清单\n1.新建公园3个\n")
    assert [(s.family, s.title) for s in root.children] == [("chinese", "目标"), ("annex", "2026年民生实事项目清单")]


def test_spans_cover_heading_and_body_up_to_the_next_sibling():
    root = parse_outline(PLAN)
    first = root.children[1].children[0]
    assert PLAN[first.start:first.end] == "(一)推进改造。2024年完成12个小区改造。\n1.加强统筹。由区住建局负责。\n2.落实资金。区财政局负责。\n"
    assert PLAN[first.body_start:].startswith("2024年完成")


def test_a_list_starting_at_five_is_not_a_new_level():
    root = parse_outline("一、目标\n5.这是一段以数字开头的文字。\n")
    assert root.children[0].children == ()


def test_seed_000_section_three_holds_the_four_sanitation_items():
    document = read_cached(SEEDS["000"])
    key_tasks = next(s for s in document.outline.children if s.title == "重点任务")
    sanitation = key_tasks.children[2]
    assert sanitation.marker == "(三)"
    assert titles(sanitation) == ["提高垃圾收运管理水平", "增强道路保洁作业实效", "提升公厕管理服务水准", "推进生活垃圾分类工作"]
    assert "环卫" in document.text[sanitation.start:sanitation.end]
    assert [c.number for c in sanitation.children] == [1, 2, 3, 4]


def test_seed_000_annexes_are_top_level():
    document = read_cached(SEEDS["000"])
    annexes = [s for s in document.outline.children if s.family == "annex"]
    assert [a.marker for a in annexes] == ["附件1", "附件2"]


@pytest.mark.parametrize("name, top_level, second_level", [
    ("jxgov-002.html", 7, 20),
    ("hfs-012.txt", 6, 20),
    ("govcn-001.html", 4, 19),
], ids=["jxgov-002", "hfs-012-one-line-source", "govcn-001"])
def test_outline_sizes_of_real_documents(name, top_level, second_level):
    document = read_cached(doc_path(name))
    chinese = [s for s in document.outline.children if s.family == "chinese"]
    assert len(chinese) == top_level
    assert sum(len([c for c in s.children if c.family == "paren_chinese"]) for s in chinese) == second_level


def _first_chars(items) -> set[str]:
    """The characters a parsed pattern (re's own parse of it) can match first, for the shapes markers use."""
    from re import _constants as c
    op, value = items[0]
    if op is c.LITERAL:
        return {chr(value)}
    if op is c.IN:
        chars: set[str] = set()
        for member, arg in value:
            assert member in (c.LITERAL, c.RANGE), f"a class member the test does not read: {member}"
            chars |= {chr(arg)} if member is c.LITERAL else {chr(x) for x in range(arg[0], arg[1] + 1)}
        return chars
    if op is c.SUBPATTERN:
        return _first_chars(value[3])
    if op is c.MAX_REPEAT and value[0] >= 1:
        return _first_chars(value[2])
    raise AssertionError(f"a marker opening the test does not read: {op}")


def test_openers_are_exactly_what_each_marker_can_open_with():
    import re._parser
    from extract.headings import ANNEX, ANNEX_OPENER, MARKERS, OPENERS
    assert set(OPENERS) == {family for family, _ in MARKERS}
    for family, pattern in MARKERS:
        parsed = list(re._parser.parse(pattern.pattern))
        assert str(parsed[0][1]) == "AT_BEGINNING"
        assert _first_chars(parsed[1:]) == set(OPENERS[family]), family
    annex = list(re._parser.parse(ANNEX.pattern))
    assert _first_chars(annex[1:]) == {ANNEX_OPENER}



def _with_tables(lines: list[str], in_tables: set[int]) -> tuple[str, tuple[Table, ...]]:
    """The lines as a text, each line numbered in ``in_tables`` a one-row table of its own (adjacent ones
    stand side by side)."""
    tables, position = [], 0
    for number, line in enumerate(lines):
        if number in in_tables:
            tables.append(Table(position, position + len(line) + 1, (), 1, 1))
        position += len(line) + 1
    return "".join(f"{line}\n" for line in lines), tuple(reversed(tables))  # in any order


@pytest.mark.parametrize(("in_tables", "headings"), [
    (set(), ["一、总体要求", "二、重点任务", "三、保障措施", "四、组织实施"]),
    ({1}, ["一、总体要求", "三、保障措施", "四、组织实施"]),
    ({1, 2}, ["一、总体要求", "四、组织实施"]),
    ({0, 3}, ["二、重点任务", "三、保障措施"]),
    ({0, 1, 2, 3}, []),
], ids=["no_table", "one", "two_side_by_side", "first_and_last", "all"])
def test_lines_inside_tables_are_never_headings(in_tables, headings):
    lines = ["一、总体要求", "二、重点任务", "三、保障措施", "四、组织实施"]
    text, tables = _with_tables(lines, in_tables)
    assert [c.heading for c in parse_outline(text, tables).children] == headings


EMERGENCY_PLAN = """某市防汛应急预案
目录
1 总则
1.1 目的
1.2 适用范围
2 应急响应
2.1 响应分级
1 总则
1.1 目的
为做好全市防汛抢险工作,最大程度减少灾害损失,制定本预案。
1.2 适用范围
本预案适用于全市行政区域内洪涝灾害的预防和应急处置工作,各区参照执行并细化措施。
2 应急响应
2.1 响应分级
2.1.1 启动Ⅰ级响应时,市防汛指挥部立即组织会商,各成员单位按职责开展抢险。
2.1.2 加强值守。市水务局要实行24小时值班,及时报送雨情水情。
2.2 后期处置
受灾区政府要及时组织灾后重建,3.2 万人转移安置情况逐日上报。
"""


def test_clauses_numbered_by_place_nest_and_the_contents_are_no_headings():
    root = parse_outline(EMERGENCY_PLAN)
    decimals = [s for s in root.children if s.family == "decimal"]
    assert [s.title for s in decimals] == ["目的", "适用范围", "响应分级", "后期处置"]
    assert decimals[0].start == EMERGENCY_PLAN.index("1.1 目的\n为")
    grading = decimals[2]
    assert [c.family for c in grading.children] == ["decimal3", "decimal3"]
    assert titles(grading)[1] == "加强值守"
    assert grading.children[0].title.startswith("启动Ⅰ级响应时")


def test_an_amount_with_a_decimal_point_opening_a_line_is_no_clause():
    root = parse_outline("一、目标\n3.2 公里河道完成清淤,2.1万人受益。\n1.2亿元资金由区财政统筹。\n")
    assert root.children[0].children == ()
