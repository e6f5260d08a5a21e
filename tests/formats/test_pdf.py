import re

import pytest

import extract
from extract.errors import InputError
from extract.formats.pdf import parse_pdf

NOTICE = "qingxi_notice.pdf"


@pytest.mark.parametrize("line", [
    "清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知",
    "一、总体要求",
    "(一)推进老旧小区改造",
    "1.完成12个老旧小区水电气管网改造,加装电梯40部。(责任单位:区住建局、各街道办事处)",
    "(二)强化资金保障。区财政每年安排专项资金不少于5000万元。(责任单位:区财政局)",
    "2024年3月15日",
    "附件",
    "注:2025年目标为累计数。",
], ids=["title-over-two-lines", "yi", "paren-yi", "item-wrapped", "paragraph-over-page-break", "date",
        "annex", "note-under-table"])
def test_lines_in_reading_order_with_wrapped_lines_joined(read_fixture, line):
    assert line in read_fixture(NOTICE).text.splitlines()


@pytest.mark.parametrize("running", ["- 1 -", "- 3 -", "清溪区2024年度城市更新工作方案"])
def test_running_heads_and_page_numbers_are_dropped(read_fixture, running):
    assert running not in read_fixture(NOTICE).text.splitlines()


@pytest.mark.parametrize("cell_text", ["累计加装电梯100部", "新建口袋公园8个", "新增停车泊位800个"])
def test_table_text_appears_once(read_fixture, cell_text):
    assert read_fixture(NOTICE).text.count(cell_text) == 1


@pytest.mark.parametrize(("row", "col", "text"), [
    (0, 0, "序号"), (1, 0, "序号"),
    (0, 3, "年度目标"), (0, 4, "年度目标"),
    (1, 3, "2024年"), (1, 4, "2025年"),
    (2, 1, "老旧小区改造"), (3, 1, "老旧小区改造"),
    (4, 1, "城市功能完善"), (5, 1, "城市功能完善"),
    (5, 4, "新增停车泊位800个"),
], ids=lambda value: str(value))
def test_ruled_table_with_merged_cells(read_fixture, row, col, text):
    assert read_fixture(NOTICE).tables[0].grid()[row][col].text == text


def test_outline(read_fixture):
    titles = [s.title for s in read_fixture(NOTICE).sections()]
    assert titles == ["总体要求", "主要目标", "重点任务", "推进老旧小区改造",
                      "完成12个老旧小区水电气管网改造,加装电梯40部", "同步实施小区环境整治,新增绿地面积2万平方米",
                      "完善城市功能", "新建口袋公园5个", "新增公共停车泊位600个,2024年9月底前完成300个",
                      "保障措施", "加强组织领导", "强化资金保障", "清溪区2024年度城市更新年度目标分解表"]


@pytest.mark.parametrize(("field", "value"), [
    ("title", "清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知"),
    ("issuer", "清溪区人民政府办公室"),
    ("issued", "2024-03-15"),
    ("published", "2024-03-15"),
])
def test_metadata(read_fixture, field, value):
    assert getattr(read_fixture(NOTICE).metadata, field) == value


@pytest.mark.parametrize(("name", "message"), [
    ("scanned.pdf", "PDF has no text layer (scanned?): run OCR first"),
    ("encrypted.pdf", "PDF is encrypted with a password: remove the protection first"),
])
def test_unreadable_pdfs_say_what_to_do(fixture_path, name, message):
    with pytest.raises(InputError) as raised:
        parse_pdf(fixture_path(name).read_bytes(), source=name)
    assert raised.value.message == message
    assert str(raised.value) == f"{name}: {message}"


@pytest.mark.parametrize("data", [b"%PDF-1.7\nnot really a pdf\n", None], ids=["garbage", "truncated"])
def test_a_corrupt_pdf_is_an_input_error(fixture_path, data):
    data = data or fixture_path(NOTICE).read_bytes()[:4000]
    with pytest.raises(InputError, match="corrupt or truncated PDF"):
        parse_pdf(data, source="broken.pdf")


def _with_title_property(data: bytes, title: bytes | None) -> bytes:
    """The fixture with its /Title replaced (or removed), padded so that every byte offset stays valid."""
    match = re.search(rb"/Title (\((?:\\.|[^\\)])*\))", data)
    if title is None:
        return data[:match.start()] + b" " * (match.end() - match.start()) + data[match.end():]
    return data[:match.start(1)] + title.ljust(len(match.group(1))) + data[match.end(1):]


@pytest.mark.parametrize("title", [b"(untitled)", b"(Untitled)", None], ids=["untitled", "Untitled", "no-title"])
def test_title_is_the_first_heading_when_the_file_names_none(fixture_path, tmp_path, title):
    path = tmp_path / "notice.pdf"
    path.write_bytes(_with_title_property(fixture_path(NOTICE).read_bytes(), title))
    document = extract.read(path)
    assert document.metadata.title == "清溪区人民政府办公室关于印发2024年度城市更新工作方案的通知"
    assert "untitled" not in document.text.casefold()
