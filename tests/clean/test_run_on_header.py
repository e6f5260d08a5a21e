"""A page's header (breadcrumb, title, time, share buttons) run into the body's first paragraph on one line:
the header is chrome, what follows it is body (extract/clean/run_on_header.py). Lines written for the test, and
crawled pages of development batch P and of ../extra/fresh (skipped without ../extra)."""
import pytest

from extract.clean.boilerplate import split_boilerplate
from extract.clean.normalize import normalize_line
from extract.clean.page import Line
from extract.clean.run_on_header import cut_run_on_headers
from extract.read import read_source
from extract.load.sources import Source
from tests.corpus import extra_path

HEADER = "当前位置: 首页政务公开规划信息年度计划 某某区水利局2024年工作要点 时间:2024-05-06 09:30 微信 微博 QQ空间"
LEAD_IN = "今年以来,我局围绕河湖长制工作主线,统筹推进水资源保护和水旱灾害防御,现将工作要点印发如下。"
HEADING = "一、工作目标"


def body_of(*lines: str) -> list[str]:
    return [b.text for b in split_boilerplate(tuple(Line(line) for line in lines)).body]


@pytest.mark.parametrize("header", [
    HEADER,
    "当前位置: 首页 某某区水利局2024年工作要点 时间:2024-05-06 09:30",
    "您当前的位置: 首页 > 通知公告 某某区水利局2024年工作要点 发布时间:2024-05-06 微信 微博",
    "当前位置: 首页 某某区水利局2024年工作要点 日期:2024-5-6 09:30:15 分享到 QQ空间",
], ids=["time_and_buttons", "time_alone", "publication_date", "seconds_and_share_label"])
def test_the_body_run_on_after_a_page_header_is_kept(header):
    assert body_of(f"{header} {LEAD_IN}", HEADING) == [LEAD_IN, HEADING]


def test_a_page_header_alone_on_its_line_is_not_cut():
    assert cut_run_on_headers((Line(HEADER),)) == (Line(HEADER),)
    assert body_of(HEADER, LEAD_IN) == [LEAD_IN]


@pytest.mark.parametrize("line", [
    f"当前位置: 首页政务公开 某某区水利局2024年工作要点 {LEAD_IN}",  # no time: where the title ends is unknown
    f"会议时间:2024-05-06 09:30 {LEAD_IN}",  # a time that opens a body line
    f"{LEAD_IN}当前位置: 首页 时间:2024-05-06 09:30 微信 {LEAD_IN}",  # not at the line's start
], ids=["breadcrumb_without_time", "time_in_the_body", "header_inside_a_line"])
def test_other_lines_are_left_whole(line):
    assert cut_run_on_headers((Line(line),)) == (Line(line),)


def test_the_title_and_level_stay_with_the_header_and_the_body():
    header, body = cut_run_on_headers((Line(f"{HEADER} {LEAD_IN}", 2),))
    assert header == Line(HEADER, 2) and body == Line(LEAD_IN, 2)


def _run_on_tail(path) -> str:
    """What follows the share buttons on the crawled page's breadcrumb line."""
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("当前位置"))
    return line.split("QQ空间 ", 1)[1]


@pytest.mark.parametrize(("folder", "name", "until"), [
    ("fresh", "pt-101.txt", "。"),  # a work plan whose lead-in paragraph ends before its (一) heading
    ("corpus", "p-002.txt", "。"),  # a notice whose number, addressees and transmittal sentence come first
    ("fresh", "pt-107.txt", ".pdf"),  # a page whose body is its attachment's name
], ids=["lead_in", "notice_opening", "attachment"])
def test_a_crawled_page_keeps_what_follows_its_header(folder, name, until):
    path = extra_path(folder, name)
    tail = _run_on_tail(path)
    opening = normalize_line(tail[:tail.index(until) + len(until)], traditional=False)
    lines = read_source(Source(str(path), path)).text.splitlines()
    assert any(line.startswith(opening) for line in lines)
