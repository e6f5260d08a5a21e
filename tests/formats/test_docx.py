import io

import docx
import pytest
from docx.oxml import parse_xml

from extract.clean.page import Line, RawCell, RawTable
from extract.errors import InputError
from extract.formats.docx import parse_docx
from extract.read import document_from_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTICE = "qingxi_notice.docx"


@pytest.mark.parametrize("line", [
    "一、总体要求",
    "二、主要目标",
    "三、重点任务",
    "(一)推进老旧小区改造",
    "1.完成12个老旧小区水电气管网改造,加装电梯40部。(责任单位:区住建局、各街道办事处)",
    "2.同步实施小区环境整治,新增绿地面积2万平方米。(责任单位:区城管局)",
    "(二)完善城市功能",
    "1.新建口袋公园5个。(责任单位:区城管局)",
    "四、保障措施",
    "(二)强化资金保障。区财政每年安排专项资金不少于5000万元。(责任单位:区财政局)",
], ids=["yi", "er", "san", "san-paren-yi", "item-1", "item-2", "san-paren-er", "item-1-restarted", "si",
        "si-paren-er"])
def test_automatic_numbers_are_rendered_as_text(read_fixture, line):
    assert line in read_fixture(NOTICE).text.splitlines()


def test_outline_follows_the_automatic_numbers(read_fixture):
    titles = [(s.family, s.title) for s in read_fixture(NOTICE).sections()]
    assert titles[:4] == [("chinese", "总体要求"), ("chinese", "主要目标"), ("chinese", "重点任务"),
                          ("paren_chinese", "推进老旧小区改造")]
    assert ("chinese", "保障措施") in titles
    assert titles[-1] == ("annex", "清溪区2024年度城市更新年度目标分解表")  # the line after a bare 附件


@pytest.mark.parametrize(("row", "col", "text"), [
    (0, 0, "序号"), (1, 0, "序号"),
    (0, 3, "年度目标"), (0, 4, "年度目标"),
    (1, 3, "2024年"), (1, 4, "2025年"),
    (2, 1, "老旧小区改造"), (3, 1, "老旧小区改造"),
    (4, 1, "城市功能完善"), (5, 1, "城市功能完善"),
    (3, 2, "各街道办事处"), (5, 4, "新增停车泊位800个"),
], ids=lambda value: str(value))
def test_table_merges_are_resolved(read_fixture, row, col, text):
    assert read_fixture(NOTICE).tables[0].grid()[row][col].text == text


def test_table_is_six_rows_by_five_columns(read_fixture):
    table = read_fixture(NOTICE).tables[0]
    assert (table.n_rows, table.n_cols) == (6, 5)


@pytest.mark.parametrize(("field", "value"), [
    ("title", "清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知"),
    ("issuer", "清溪区人民政府办公室"),
    ("doc_number", "清政办发〔2024〕7号"),
    ("issued", "2024-03-15"),
    ("published", "2024-03-15"),
])
def test_metadata(read_fixture, field, value):
    assert getattr(read_fixture(NOTICE).metadata, field) == value


def test_heading_styles_give_line_levels(fixture_path):
    page = parse_docx(fixture_path(NOTICE).read_bytes(), source=NOTICE)
    levels = {block.text: block.level for block in page.blocks if isinstance(block, Line)}
    assert levels["清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知"] == 1  # Title
    assert levels["一、总体要求"] == 2  # Heading 2, numbered through its style
    assert levels["（一）推进老旧小区改造"] == 3
    assert levels["各街道办事处，区政府各部门："] == 0


def test_core_properties_become_meta_tags(fixture_path):
    page = parse_docx(fixture_path(NOTICE).read_bytes(), source=NOTICE)
    assert page.meta_tags == {"ArticleTitle": "清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知",
                              "ContentSource": "清溪区人民政府办公室", "PubDate": "2024-03-15"}


def _docx(body_xml: str, *, author: str = "") -> bytes:
    """A .docx whose body is ``body_xml`` (WordprocessingML with the w: prefix)."""
    document = docx.Document()
    body = document.element.body
    for child in list(body)[:-1]:  # keep sectPr
        body.remove(child)
    for element in parse_xml(f'<w:body xmlns:w="{W}">{body_xml}</w:body>'):
        body.insert(len(body) - 1, element)
    document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def blocks_of(body_xml: str, **options) -> tuple:
    return parse_docx(_docx(body_xml, **options), source="test.docx").blocks


def test_a_manual_line_break_starts_a_new_line():
    assert blocks_of("<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>") == (
        Line("第一行"), Line("第二行"))


def test_deleted_revisions_and_field_codes_are_not_text():
    xml = ("<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
           "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>")
    assert blocks_of(xml) == (Line("保留插入"),)


def test_content_controls_are_read_in_order():
    xml = ("<w:p><w:r><w:t>前</w:t></w:r></w:p><w:sdt><w:sdtContent><w:p><w:r><w:t>中</w:t></w:r></w:p>"
           "</w:sdtContent></w:sdt><w:p><w:r><w:t>后</w:t></w:r></w:p>")
    assert blocks_of(xml) == (Line("前"), Line("中"), Line("后"))


def test_skipped_grid_columns_keep_cells_in_their_columns():
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    xml = (f"<w:tbl><w:tr>{cell.format('甲')}{cell.format('乙')}</w:tr>"
           f"<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>{cell.format('丙')}</w:tr></w:tbl>")
    assert blocks_of(xml) == (RawTable(rows=((RawCell("甲"), RawCell("乙")), (RawCell(""), RawCell("丙")))),)


@pytest.mark.parametrize(("author", "expected"), [
    ("清溪区住房和城乡建设局", {"ContentSource": "清溪区住房和城乡建设局"}),
    ("Administrator", {}),
    ("张三", {}),
], ids=["organization", "default-user", "person"])
def test_only_an_organization_author_is_an_issuer_hint(author, expected):
    tags = parse_docx(_docx("<w:p/>", author=author), source="test.docx").meta_tags
    assert {k: v for k, v in tags.items() if k == "ContentSource"} == expected


def test_a_broken_package_is_an_input_error(fixture_path):
    data = fixture_path("qingxi_targets.xlsx").read_bytes()
    with pytest.raises(InputError, match="cannot open as a Word .docx file"):
        parse_docx(data, source="book.docx")


def test_markdown_a_converter_wrote_into_paragraphs_is_read_as_markdown():
    xml = ("<w:p><w:r><w:t># 某市科技服务业政策问答实录</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>**发布日期**: 2025-05-23</w:t><w:br/><w:t>**发布机构**: 某市科学技术委员会</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>详见[政策原文](http://example.org/a.html)。</w:t></w:r></w:p>")
    assert blocks_of(xml) == (Line("某市科技服务业政策问答实录", 1), Line("发布日期: 2025-05-23"),
                              Line("发布机构: 某市科学技术委员会"), Line("详见政策原文。"))


def test_underscores_in_a_word_paragraph_are_blanks_to_fill_in_not_emphasis():
    assert blocks_of("<w:p><w:r><w:t>申请单位:____盖章:____</w:t></w:r></w:p>") == (Line("申请单位:____盖章:____"),)


def test_a_converted_header_gives_the_document_its_title_and_date():
    xml = ("<w:p><w:r><w:t>问答实录:某市科技服务业若干措施有关情况</w:t></w:r></w:p>"
           "<w:p><w:r><w:t># 问答实录:某市科技服务业若干措施有关情况</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>**发布日期**: 2025-05-23</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>某日报:目前进展如何?</w:t></w:r></w:p><w:p><w:r><w:t>张某:已建成12家中心。</w:t></w:r></w:p>")
    document = document_from_bytes(_docx(xml), name="test.docx", suffix=".docx")
    assert document.metadata.title == "问答实录:某市科技服务业若干措施有关情况"
    assert document.metadata.published == "2025-05-23"  # not python-docx's template date (2013-12-23)
