import pytest

from extract.clean.metadata import (PageFacts, build_metadata, find_signature, normalize_doc_number,
                                    split_trailing_number)
from extract.normalize.dates import parse_date
from extract.normalize.regions import resolve_region
from extract.read import document_from_bytes


@pytest.mark.parametrize("raw, number", [
    ("钟政办发[2020]48号", "钟政办发〔2020〕48号"),
    ("国办发（2019）3号", "国办发〔2019〕3号"),
    ("(新质监办发〔2012〕24号)", "新质监办发〔2012〕24号"),
    ("赣府厅字【2020】14号", "赣府厅字〔2020〕14号"),
    ("国务院关于加强环境保护的决定国发〔2005〕39号", "国发〔2005〕39号"),
    ("国办函〔2018〕71号", "国办函〔2018〕71号"),
])
def test_doc_number_brackets_are_normalized(raw, number):
    assert normalize_doc_number(raw) == number


def test_title_glued_to_its_number_is_cut_apart():
    assert split_trailing_number("某某县关于加强管理的通知某政发〔2024〕1号") == "某某县关于加强管理的通知"
    assert split_trailing_number("某某县关于加强管理的通知") == "某某县关于加强管理的通知"


@pytest.mark.parametrize("text, iso", [
    ("2020-12-01", "2020-12-01"), ("2020年12月1日", "2020-12-01"), ("2020/06/08", "2020-06-08"),
    ("二〇〇四年十月十五日", "2004-10-15"), ("二○○七年十一月二十二日", "2007-11-22"),
    ("2020-03-02 18:44", "2020-03-02"), ("104.4.17", "2015-04-17"),
])
def test_dates(text, iso):
    assert parse_date(text).isoformat() == iso


@pytest.mark.parametrize("text", ["2020年2月30日", "没有日期", "2020年"])
def test_not_dates(text):
    assert parse_date(text) is None


def test_signature_of_a_joint_notice_names_every_issuer():
    lines = ("请遵照执行。", "某某市发展和改革委员会", "某某市财政局", "2024年3月1日")
    issuer, date = find_signature(lines)
    assert issuer == "某某市发展和改革委员会、某某市财政局"
    assert date.isoformat() == "2024-03-01"


def test_signature_needs_a_date_line():
    assert find_signature(("某某市财政局", "请遵照执行。")) == (None, None)


@pytest.mark.parametrize("issuer, region", [
    ("常州市钟楼区人民政府办公室", "江苏省常州市钟楼区"),
    ("江西省人民政府", "江西省"),
    ("上海市黄浦区发展和改革委员会", "上海市黄浦区"),
    ("国务院办公厅", "全国"),
    ("国家能源局江苏监管办公室", "江苏省"),
    ("黔南州长顺县扶贫办", "贵州省黔南布依族苗族自治州长顺县"),
    ("江苏省常州市金坛区城市管理局", "江苏省常州市金坛区"),
])
def test_region_from_issuer(issuer, region):
    assert resolve_region(issuer) == region


def test_no_region_when_the_name_has_none():
    assert resolve_region("泉溪镇人民政府") is None


def test_issuers_side_by_side_on_one_signature_line_are_each_named():
    lines = ("请遵照执行。", "某某市民政局  某某市财政局  某某市市场监督管理局", "2024年3月1日")
    assert find_signature(lines)[0] == "某某市民政局、某某市财政局、某某市市场监督管理局"


def test_a_letter_spaced_signature_is_one_issuer():
    assert find_signature(("特此通知。", "某 某 县 人 民 政 府", "2024年3月1日"))[0] == "某某县人民政府"


def test_content_source_this_site_is_no_issuer():
    facts = PageFacts(source="page.html", body_lines=("正文第一行。",), headings=(), chrome=(),
                      meta_tags={"ContentSource": "本网"}, html_title=None, script="hans")
    assert build_metadata(facts, doc_id="x").issuer is None
    named = PageFacts(source="page.html", body_lines=("正文第一行。",), headings=(), chrome=(),
                      meta_tags={"ContentSource": "某某市财政局"}, html_title=None, script="hans")
    assert build_metadata(named, doc_id="x").issuer == "某某市财政局"


def _text_file_metadata(text: str):
    return document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt").metadata


CRAWLED_HEADER = ("标题: 关于印发《某某县城乡环境卫生设施建设三年行动方案(2024-2026年)》的通知\n"
                  "发布时间: 2024-05-06 10:20\n文号: \n发布机构: 某某县人民政府办公室\n栏目: 县政府文件\n")
CRAWLED_BODY = "各乡镇人民政府,县直各单位:\n现将方案印发给你们,请认真贯彻执行。\n一、工作目标\n到2026年底,新建公厕20座。\n"


def test_a_labelled_title_as_long_as_a_paragraph_is_the_title_without_its_label():
    metadata = _text_file_metadata(CRAWLED_HEADER + CRAWLED_BODY)
    assert metadata.title == "关于印发《某某县城乡环境卫生设施建设三年行动方案(2024-2026年)》的通知"
    assert metadata.published == "2024-05-06" and metadata.issuer == "某某县人民政府办公室"


def test_an_empty_field_does_not_take_the_next_field_as_its_value():
    assert _text_file_metadata(CRAWLED_HEADER + CRAWLED_BODY).doc_number is None
    filled = CRAWLED_HEADER.replace("文号: \n", "文号:\n某政办发〔2024〕12号\n")
    assert _text_file_metadata(filled + CRAWLED_BODY).doc_number == "某政办发〔2024〕12号"


def test_the_labelled_header_stays_out_of_the_text():
    text = document_from_bytes((CRAWLED_HEADER + CRAWLED_BODY).encode("utf-8"), name="notice.txt", suffix=".txt").text
    assert "标题" not in text and "栏目" not in text and "发布机构" not in text
