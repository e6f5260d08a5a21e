"""Items the outline reads beside the numbered headings: paragraphs an ordinal opens (一是…, 二要…) with
commas in their heading, in a section or in a covering notice's own text (a heading of such points alone is
owned by what they name), and numbered items whose text opens with a month (1.9月30日前…). The documents
are written for the tests; the real ones are read from ../shared and ../extra."""
import pytest

from extract.clean.text import parse_text
from extract.extractor import extract_document
from extract.outline import parse_outline
from extract.read import document_from_bytes
from tests.corpus import doc_path, extra_path, read_cached

NOTICE = """某市农业局关于做好春耕备耕工作的通知
各县(区)农业局,局机关各科室:
现将春耕备耕有关事项通知如下,请认真贯彻落实。
一是压实责任,加强统筹。各县(区)农业局要把春耕备耕作为当前的头等大事,逐级落实责任,确保各项措施落地见效。
二是细化措施,做好服务。局种植业科要组织技术人员下沉一线,开展农资供应和技术指导服务,及时解决实际困难。
三是强化督查,务求实效。局办公室要将春耕备耕纳入督查范围,定期通报进展情况,对工作不力的予以通报批评。
某市农业局
2024年2月20日
"""

REPORT = """某区政府工作报告
一、今后五年的主要目标
今后五年,全区发展的主要目标是:
一是经济实力显著增强,综合竞争力迈上新台阶。地区生产总值年均增长6%左右,产业结构更加优化合理。
二是生态环境持续改善,绿色发展取得新成效。空气质量优良天数比例稳定在85%以上,河湖水质全面达标。
二、2024年重点工作
加快产业升级。推动传统产业改造,引进一批龙头企业,带动上下游配套企业集聚发展,形成完整链条。
优化营商环境。深化审批制度改革,推行一网通办,压缩办理时限,让企业办事更加便捷高效,少跑腿。
"""


def test_paragraphs_an_ordinal_opens_are_items_with_commas_in_their_heading():
    notice = parse_outline(NOTICE)
    assert [(c.family, c.marker, c.title) for c in notice.children] == [
        ("runin", "一是", "压实责任,加强统筹"), ("runin", "二是", "细化措施,做好服务"), ("runin", "三是", "强化督查,务求实效")]


def test_a_covering_notice_lists_its_demands_as_tasks_with_their_own_owners():
    document = document_from_bytes(NOTICE.encode(), name="notice.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["压实责任,加强统筹"].owners == ("各县(区)农业局",)
    assert tasks["细化措施,做好服务"].owners == ("局种植业科",)


def test_a_lead_in_ending_in_a_colon_opens_an_ordinal_list():
    goals, work = parse_outline(REPORT).children
    assert [c.title for c in goals.children] == ["经济实力显著增强,综合竞争力迈上新台阶", "生态环境持续改善,绿色发展取得新成效"]
    assert [(c.marker, c.title) for c in work.children] == [("", "加快产业升级"), ("", "优化营商环境")]


@pytest.mark.parametrize("text", [
    "一、工作要求\n各单位要高度重视。\n一是。\n二是。\n",  # no heading of its own
    "一、工作要求\n各单位要高度重视,按时完成。\n一批项目建成投产,带动就业岗位增加,群众收入稳步提高。\n二批项目开工建设,投资规模进一步扩大,后劲持续增强。\n",
    "某区通知\n各单位:\n加强统筹。各单位要高度重视,逐级落实责任,确保措施落地见效。\n做好服务。各单位要主动对接企业,及时解决困难和问题。\n",
], ids=["ordinal-without-words", "ordinal-before-another-word", "unnumbered-run-in-in-a-preamble"])
def test_what_an_ordinal_does_not_open_stays_text(text):
    assert all(not c.children for c in parse_outline(text).children)
    assert all(c.family != "runin" for c in parse_outline(text).children)


@pytest.mark.parametrize(("line", "title"), [
    ("1.9月30日前,区住建局完成排查。", "9月30日前,区住建局完成排查"),
    ("2.11月底前,区财政局拨付资金。", "11月底前,区财政局拨付资金"),
    ("2、8月:报送中期报告。", "8月"),  # a heading ends at its colon
], ids=["month-and-day", "month-end", "month-and-colon"])
def test_an_item_may_open_with_a_month(line, title):
    root = parse_outline(f"(二)整治阶段\n1.7月1日起,各街道开展自查。\n{line}\n")
    assert [c.family for c in root.children[0].children] == ["arabic", "arabic"]
    assert root.children[0].children[1].title == title


@pytest.mark.parametrize("line", ["1.9万户家庭完成改造。", "1.5倍于上年。"], ids=["amount", "ratio"])
def test_an_amount_opening_a_line_is_no_item_opening_with_a_month(line):
    root = parse_outline(f"(二)整治阶段\n{line}\n")
    assert root.children[0].children == ()


def test_a_notice_of_a_provincial_bureau_lists_three_demands():
    """jxgov-005: the covering notice asks three things (一是…,…。), each of its own units."""
    document = read_cached(doc_path("jxgov-005.html"))
    items = [c for c in document.outline.children if c.family == "runin"]
    assert [c.marker for c in items] == ["一是", "二是", "三是"]
    assert items[0].title == "提高站位,抓好落实"


def test_the_steps_of_a_district_campaign_open_with_their_dates():
    """o-009: 1.9月30日前… and 2.11月30日前… are the two items of its second stage."""
    document = read_cached(extra_path("corpus", "o-009.txt"))
    stage = next(s for s in document.outline.walk() if s.title.startswith("排查整治阶段"))
    assert [(c.number, c.title.split(",")[0]) for c in stage.children] == [(1, "9月30日前"), (2, "11月30日前")]


def test_a_long_line_is_cut_before_measures_that_open_with_a_month():
    line = ("(一)排查整治阶段。" + "各街道要对辖区内的老旧房屋逐栋开展排查,建立台账,明确整改责任人和整改时限。" * 6
            + "具体安排:1.9月30日前,各街道完成排查并报送台账。2.11月30日前,区住建局完成整改可行性分析。"
            + "3.12月底前,区政府组织验收。")
    lines = [block.text for block in parse_text(line + "\n").blocks]
    assert [text[:5] for text in lines[1:]] == ["1.9月3", "2.11月", "3.12月"]


def test_an_item_opening_with_a_month_is_dated_by_it():
    plan = "某区老旧房屋排查整治方案\n一、工作安排\n1.9月30日前,各街道完成排查。\n2.11月30日前,区住建局完成分析。\n某区人民政府\n2024年8月1日\n"
    document = document_from_bytes(plan.encode(), name="plan.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["11月30日前,区住建局完成分析"].owners == ("区住建局",)
    assert tasks["11月30日前,区住建局完成分析"].deadline == "2024-11-30"


SECTION = """某局关于加强信息报送工作的通知
一、充分认识信息报送的重要性
信息报送是了解情况、推动工作的重要手段,各单位要高度重视,切实做好这项工作。
二、突出重点,完善机制
一是明确报送重点,突出工作动态。局办公室要及时汇总各单位的工作进展情况,按月编发工作简报。
二是健全工作机制,加强队伍建设。各科室要确定一名信息员,负责本科室信息的收集和报送工作。
"""


def test_a_heading_of_an_enumeration_alone_is_owned_by_what_its_points_name():
    document = document_from_bytes(SECTION.encode(), name="notice.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["明确报送重点,突出工作动态"].owners == ("局办公室",)
    assert set(tasks["突出重点,完善机制"].owners) == {"局办公室", "各科室"}


def test_a_heading_with_words_of_its_own_keeps_its_own_owners():
    text = SECTION.replace("二、突出重点,完善机制\n", "二、突出重点,完善机制\n信息报送工作由局领导统筹,按年度考核。\n")
    document = document_from_bytes(text.encode(), name="notice.txt", suffix=".txt")
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["突出重点,完善机制"].owners == ()


def test_a_district_notice_owns_its_enumerated_heading_by_its_points():
    """pkulaw-001: 二、… with 一是…。 and 二是…,…。 paragraphs: the heading's owners are theirs, as its gold has them."""
    tasks = {t.title: t for t in extract_document(read_cached(doc_path("pkulaw-001.txt")), use_model=False).tasks}
    assert set(tasks["突出信息宣传工作的重点和完善运行机制"].owners) == {"区局办公室", "区局", "全系统各单位", "法规(科)处", "各单位"}
