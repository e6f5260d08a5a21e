from extract.clean.page import Line, RawCell, RawTable
from extract.formats.sheet import Merge, Sheet, sheet_blocks


def test_empty_rows_and_columns_are_dropped_and_merges_shrink_with_them():
    values = {(0, 0): "任务", (0, 2): "单位", (2, 0): "改造", (2, 2): "区住建局", (3, 2): "区城管局"}
    sheet = Sheet("表", values, (Merge(0, 0, 0, 2), Merge(2, 0, 3, 1)))
    assert sheet_blocks(sheet) == [Line("表"), RawTable(rows=(
        (RawCell("任务", colspan=2),),
        (RawCell("改造", rowspan=2), RawCell("区住建局")),
        (RawCell("区城管局"),),
    ))]


def test_a_value_alone_above_the_table_is_its_title_and_below_it_a_note():
    values = {(0, 0): "目标表", (1, 0): "序号", (1, 1): "任务", (2, 0): "1", (2, 1): "改造", (4, 0): "注:累计数"}
    assert sheet_blocks(Sheet("Sheet1", values, (Merge(0, 0, 0, 1),))) == [
        Line("Sheet1"), Line("目标表", 1),
        RawTable(rows=((RawCell("序号"), RawCell("任务")), (RawCell("1"), RawCell("改造")))),
        Line("注:累计数"),
    ]


def test_a_single_column_is_read_as_lines():
    values = {(0, 1): "填报说明", (3, 1): "数据截至3月"}
    assert sheet_blocks(Sheet("说明", values)) == [Line("说明"), Line("填报说明"), Line("数据截至3月")]


def test_an_empty_sheet_has_no_blocks():
    assert sheet_blocks(Sheet("空", {(0, 0): ""})) == []
