"""Items a page runs into the paragraph before them past its sentence end (…依法查处。5.组织协调…, …监管。(十)加快…,
…工作。附件2 …, 装修垃圾。(1)…。(2)…) start lines of their own when they continue the document's numbering, or form
a run 1, 2, … of their own; the points after a lead-in's colon (…证明材料(原件和复印件):(1)…。(2)…, pool-018),
clause lists (1)…;(2)…, quotations, cited items (第(二)(四)项), numerals (二、三产业) and chapters a sentence names
(第一章为总则) stay whole. Unnumbered measures run on after the owners' tag closing the one before
(…。(区甲局牵头)专项整治排污行业。…, aa-004) start lines too, not an ordinal's points (…。(甲处负责)三是…). The real
members are crawled Pingtan, ljz060707 and zhiyao87 pages (../extra, not read
by tests); the notices here are written for the test."""
from functools import cache

from extract.clean.run_in import Numbering
from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import pool_path, read_cached


def _lines(*lines: str) -> list[str]:
    numbering = Numbering()
    return [part for line in lines for part in numbering.cut(line).split("\n")]


@cache
def _admission_lines() -> list[str]:
    return read_cached(pool_path("pool-018.html")).text.split("\n")


def test_the_points_after_a_lead_in_colon_stay_with_it_in_a_real_notice():
    line = next(line for line in _admission_lines() if line.startswith("资格审核时,由幼儿园现场打印"))
    assert "提供如下证明材料(原件和复印件):(1)监护人与幼儿共同户口簿" in line
    assert line.endswith("还需按清单中的要求提供相关证明材料。(2)幼儿园要求的其它有关资料。")


def test_an_item_continuing_the_numbering_after_a_full_stop_starts_a_line():
    assert _lines("4.负责甲类行业的安全监管工作。5.组织协调应急物资的生产与调运。6.负责保障专用频率使用安全。") == [
        "4.负责甲类行业的安全监管工作。", "5.组织协调应急物资的生产与调运。", "6.负责保障专用频率使用安全。"]
    assert _lines("(九)完善市场监管。继续实行公布机制。(十)加快住房供应。各部门要加强协调。")[1] \
        == "(十)加快住房供应。各部门要加强协调。"


def test_an_owner_tag_after_the_full_stop_stays_with_its_item():
    assert _lines("2.加强执法。开展专项检查。(区甲局牵头,区乙局参与)3.提升监管水平。成立监管中心。") == [
        "2.加强执法。开展专项检查。(区甲局牵头,区乙局参与)", "3.提升监管水平。成立监管中心。"]


def test_the_next_annex_run_into_the_last_item_of_the_one_before():
    assert _lines("附件1 2016年区甲局安全目标责任", "1.负责本行业的安全生产工作。附件2 2016年区乙局安全目标责任") == [
        "附件1 2016年区甲局安全目标责任", "1.负责本行业的安全生产工作。", "附件2 2016年区乙局安全目标责任"]


def test_a_run_of_its_own_after_a_heading_but_not_after_a_colon():
    assert _lines("2.装修垃圾。(1)实行袋装化投放。(2)投放在指定场所。") == [
        "2.装修垃圾。", "(1)实行袋装化投放。", "(2)投放在指定场所。"]
    assert _lines("销售要求:①地下部分不得对外销售。②合理确定楼层差价。") == [
        "销售要求:①地下部分不得对外销售。②合理确定楼层差价。"]


def test_clause_lists_quotations_citations_and_numerals_stay_whole():
    for line in ("具备以下条件:(1)在本市就业;(2)年龄在45周岁以下;(3)缴纳社保满4年。",
                 "他说:“1.不宜变更用途。2.宜列入检讨。”",
                 "属于第八条第(一)(二)(四)项情形的申请人。",
                 "加快发展。二、三产业协调发展。",
                 "收入增长2.5%。3.5%的增幅高于去年。",
                 "第一章为总则。第二章到第四章为主体部分。"):
        assert _lines("1.开头一项。", line)[1:] == [line]


def test_an_item_restarting_under_the_next_heading_is_no_continuation():
    # the 2. under 二、 follows the 1. and 2. of the section before it: its own 1. is not at a line's start
    assert _lines("一、甲", "1.第一项。", "2.第二项。", "二、乙", "总体要求如下。3.再一项。") == [
        "一、甲", "1.第一项。", "2.第二项。", "二、乙", "总体要求如下。3.再一项。"]


def test_the_items_cut_apart_are_the_outline_items_of_their_section():
    text = ("某区安全生产目标责任\n一、区甲局\n1.负责甲类行业的安全监管工作。2.组织协调应急物资的生产与调运。"
            "3.负责保障专用频率使用安全。\n二、区乙局\n1.负责渔港安全监督管理。\n")
    document = document_from_bytes(text.encode("utf-8"), name="duty.txt", suffix=".txt")
    first = document.outline.children[0]
    assert [child.title for child in first.children] == [
        "负责甲类行业的安全监管工作", "组织协调应急物资的生产与调运", "负责保障专用频率使用安全"]


MEASURES = ("某区水污染防治工作方案\n三、主要任务\n(一)全面控制污染物排放\n"
            "1.狠抓工业污染防治关停落后小作坊。逐户摸排工艺落后、治污设施缺失的小作坊。2016年底前,全部关停无证"
            "经营的小作坊。(区甲局牵头,区乙局等参与)专项整治排污行业。对照行业清单,推进印染、电镀等重点"
            "行业提标改造。2017年底前,建成配套污水收集管网。(区甲局牵头,区丙局等参与)持续整治矿山采选行业。停止新批采矿许可,"
            "依法查处无证开采行为。(区丁局牵头)\n")


def test_measures_run_on_after_the_tag_closing_the_one_before_start_lines():
    assert _lines("…全部取缔。(区甲局牵头,区乙局等参与)专项整治排污行业。根据产业现状,推进重点行业专项治理工作。") == [
        "…全部取缔。(区甲局牵头,区乙局等参与)", "专项整治排污行业。根据产业现状,推进重点行业专项治理工作。"]
    assert len(_lines("二是强化民用爆炸物品监管。(甲处负责)三是加强水库安全监管。加强重点行业领域环保设备设施安全监管。")) == 1
    assert len(_lines("…全部取缔。(见附件)专项整治排污行业。根据产业现状,推进重点行业专项治理工作。")) == 1


def test_each_measure_is_a_task_owned_by_its_tag_and_dated_by_no_clause_of_it():
    document = document_from_bytes(MEASURES.encode("utf-8"), name="plan.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document).tasks}
    assert tasks["专项整治排污行业"].owners == ("区甲局", "区丙局")
    assert tasks["专项整治排污行业"].deadline is None  # 2017年底前 dates one clause of a measure its tag closes
    assert tasks["持续整治矿山采选行业"].owners == ("区丁局",)
    assert tasks["狠抓工业污染防治关停落后小作坊"].owners == ("区甲局", "区乙局")
