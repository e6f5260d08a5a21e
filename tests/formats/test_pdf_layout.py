import pytest

from extract.clean.page import Line, RawCell, RawTable
from extract.formats.pdf_layout import PlacedTable, TextLine, body_blocks, drop_running_lines

CHAR = 14.0
LEFT, RIGHT = 85.0, 505.0


def line(text: str, top: float, *, indent: int = 0, full: bool = False, size: float = CHAR,
         x0: float | None = None) -> TextLine:
    start = LEFT + indent * CHAR if x0 is None else x0
    end = RIGHT if full else start + len(text) * size
    return TextLine(text, start, end, top, top + size, size)


def page(number: int, *body: TextLine) -> list[TextLine]:
    return [line("清溪区城市更新工作方案", 40, x0=200), *body, line(f"- {number} -", 780, x0=280)]


# A full line of an indented paragraph and its short last line: they set the margins.
CONTEXT = [line("为加快推进城市更新,改善群众居住条件,经区政府同意,现将", 60, indent=2, full=True),
           line("有关工作安排通知如下。", 84)]
CONTEXT_LINE = Line("为加快推进城市更新,改善群众居住条件,经区政府同意,现将有关工作安排通知如下。")


def texts(pages) -> list[list[str]]:
    return [[item.text for item in p] for p in pages]


def test_running_title_and_page_numbers_are_dropped():
    pages = [page(1, line("一、总体要求", 100, indent=2)), page(2, line("二、主要目标", 100, indent=2)),
             page(3, line("三、重点任务", 100, indent=2))]
    assert texts(drop_running_lines(pages)) == [["一、总体要求"], ["二、主要目标"], ["三、重点任务"]]


def test_a_line_on_only_some_pages_is_kept():
    pages = [[line("清溪区人民政府文件", 40), line("正文甲", 100), line("- 1 -", 780)],
             [line("正文乙", 100), line("正文丙", 140), line("- 2 -", 780)],
             [line("正文丁", 100), line("正文戊", 140), line("- 3 -", 780)]]
    assert texts(drop_running_lines(pages)) == [["清溪区人民政府文件", "正文甲"], ["正文乙", "正文丙"],
                                                ["正文丁", "正文戊"]]


@pytest.mark.parametrize("number", ["- 1 -", "— 2 —", "3", "第1页", "第 2 页 共 5 页", "1/5"])
def test_a_lone_page_number_is_dropped_even_on_a_single_page(number):
    pages = [[line("正文甲", 100), line("正文乙", 140), line(number, 780, x0=280)]]
    assert texts(drop_running_lines(pages)) == [["正文甲", "正文乙"]]


def test_wrapped_lines_are_joined_into_paragraphs():
    pages = [[line("到2024年底,完成老旧小区改造12", 100, indent=2, full=True), line("个。", 124),
              line("二、主要目标", 148, indent=2)]]
    assert body_blocks(pages) == [Line("到2024年底,完成老旧小区改造12个。"), Line("二、主要目标")]


def test_a_paragraph_goes_on_over_a_page_break():
    pages = [[line("统筹推进老旧小区改造、背街小巷整治和城", 700, indent=2, full=True)],
             [line("市功能完善。", 100)]]
    assert body_blocks(pages) == [Line("统筹推进老旧小区改造、背街小巷整治和城市功能完善。")]


def test_a_landscape_annex_page_does_not_stop_the_portrait_pages_joining_their_lines():
    wide = 760.0  # a landscape page's lines end far right of any portrait line
    annex = [TextLine(f"附表{n}:清溪区老旧小区改造任务分解表(续表,按街道、年度和项目类别分列)", LEFT, wide, 100 + 24 * n,
                      124 + 24 * n, CHAR) for n in range(4)]
    body = [line("统筹推进老旧小区改造、背街小巷整治和城", 76, indent=2, full=True),
            line("市功能完善,到2024年底,完成老旧小区改造", 100, full=True),
            line("12个,惠及居民5000户以上,同步完善养老", 124, full=True), line("托育设施。", 148),
            line("二、主要目标", 172, indent=2)]
    blocks = body_blocks([body, annex])
    assert blocks[:2] == [Line("统筹推进老旧小区改造、背街小巷整治和城市功能完善,到2024年底,完成老旧小区改造12个,"
                               "惠及居民5000户以上,同步完善养老托育设施。"), Line("二、主要目标")]


@pytest.mark.parametrize(("first", "second"), [
    (line("清溪区人民政府办公室", 100, x0=376, full=True), line("附件", 130)),
    (line("这一段到此结束。", 100, indent=2), line("下一段没有缩进", 124)),
    (line("上一段正好写满一行的文字", 100, indent=2, full=True), line("(二)强化资金保障", 124)),
], ids=["right-aligned-signature", "short-last-line", "heading-after-full-line"])
def test_lines_that_start_a_new_paragraph(first, second):
    assert body_blocks([[*CONTEXT, first, second]]) == [CONTEXT_LINE, Line(first.text), Line(second.text)]


def test_a_large_title_wrapped_over_two_lines_is_one_heading():
    pages = [[line("清溪区人民政府办公室关于印发", 10, x0=88, size=20), line("工作方案的通知", 40, x0=220, size=20),
              *CONTEXT]]
    assert body_blocks(pages) == [Line("清溪区人民政府办公室关于印发工作方案的通知", 1), CONTEXT_LINE]


def test_tables_stay_in_place_between_lines():
    table = RawTable(rows=((RawCell("序号"), RawCell("任务")),))
    pages = [[line("附件", 100), PlacedTable(table, 130), line("注:累计数。", 300)]]
    assert body_blocks(pages) == [Line("附件"), table, Line("注:累计数。")]
