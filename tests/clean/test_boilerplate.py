import pytest

from extract.clean.boilerplate import _literal_end, first_rule, split_boilerplate
from extract.clean.page import Line, RawCell, RawTable

BODY = [
    "关于做好2024年河道保洁工作的通知",
    "各街道、区各有关单位:",
    "一、工作目标",
    "全年完成镇级河道清淤疏浚12公里,重点河道水质达标率达到95%以上,保洁覆盖率保持100%。",
    "1.清淤疏浚。3月底前完成排查。",
    "区水利局",
    "2024年2月1日",
]


def split(lines):
    result = split_boilerplate(tuple(Line(line) for line in lines))
    return [b.text for b in result.body], list(result.chrome)


@pytest.mark.parametrize("chrome", [
    ["打印本页"], ["【返回顶部】【打印此页】【关闭窗口】"], ["打印本页 关闭 返回顶部"],
    ["扫一扫在手机打开当前页"], ["您当前的位置:首页 >> 信息公开"], ["首页", "信息公开", "通知公告"],
    ["下载", "打印", "全屏", "收藏", "【字号:", "加大", "还原", "减小", "】"],
    ["分享到:微信 微博"], ["主办单位:某某区人民政府办公室 网站标识码:3200000001"],
    ["记者 王明 摄"], ["2024-02-02 09:30:00"], ["admin 于2024年02月02日发表"],
], ids=lambda lines: lines[0][:8])
def test_page_chrome_is_dropped_and_body_kept(chrome):
    body, dropped = split([*chrome, *BODY])
    assert body == BODY
    assert dropped == chrome


def test_metadata_lines_go_to_chrome():
    meta = ["索引号:000000/2024-00001", "发布机构:区水利局 发布日期:2024-02-02"]
    body, dropped = split([*meta, *BODY])
    assert body == BODY and dropped == meta


def test_weak_labels_count_only_in_the_header():
    body, dropped = split(["来源:某某日报", *BODY, "来源:各街道上报数据"])
    assert dropped == ["来源:某某日报"]
    assert body[-1] == "来源:各街道上报数据"


def test_bare_label_takes_its_value_line_along():
    body, dropped = split(["发表时间:", "2024-02-02", *BODY])
    assert dropped == ["发表时间:", "2024-02-02"] and body == BODY


def test_related_links_go_with_their_header_but_not_the_text_after():
    links = ["相关链接:", "我区召开河道保洁推进会", "某某街道开展护河志愿活动"]
    body, dropped = split([*BODY, *links])
    assert body == BODY and dropped == links


def test_runs_of_short_bulleted_lines_are_menus():
    menu = ["• 网站首页", "• 政务公开", "• 政务服务", "• 互动交流"]
    body, _ = split([*menu, *BODY])
    assert body == BODY


def test_three_bullets_are_not_yet_a_menu():
    bullets = ["• 清淤疏浚", "• 日常保洁", "• 排口整治"]
    body, _ = split([*BODY, *bullets])
    assert body == [*BODY, *bullets]


def test_numbered_link_list_is_dropped_but_outline_items_stay():
    spam = [f"{n}. 某地举办第{n}届文化节活动" for n in range(1, 7)]
    body, _ = split([*BODY, *spam])
    assert body == BODY


def test_comment_section_cuts_the_rest():
    body, _ = split([*BODY, "网友评论", "写得好", "支持"])
    assert body == BODY


def test_keyword_stuffing_is_dropped():
    stuffing = "上海劳务派遣公司 杭州劳务派遣公司 南京劳务派遣公司 苏州劳务派遣公司 无锡劳务派遣公司 常州劳务派遣公司"
    body, _ = split([*BODY, stuffing])
    assert body == BODY


def test_tables_are_always_kept():
    table = RawTable(rows=((RawCell("序号"), RawCell("任务")), (RawCell("1"), RawCell("清淤"))))
    result = split_boilerplate((Line("打印本页"), table, Line("关闭窗口")))
    assert result.body == (table,)


@pytest.mark.parametrize("line", ["京ICP备12345678号", "京icp备12345678号", "京Icp备12345678号", "京ıcp备12345678号",
                                  "版权所有 © 某某区人民政府", "网站标识码3200000001"])
def test_word_list_rules_ignore_case_and_match_anywhere_in_the_line(line):
    # lines with and without cased characters are screened apart: both must still meet every rule
    body, dropped = split([*BODY, line])
    assert body == BODY and dropped == [line]


def test_a_line_with_letters_but_no_rule_word_stays():
    body, dropped = split([*BODY[:4], "推进ICT产业发展,完成5G基站建设120个。", *BODY[4:]])
    assert dropped == [] and "推进ICT产业发展,完成5G基站建设120个。" in body


def test_a_short_line_between_chrome_lines_after_the_last_paragraph_is_chrome():
    footer = ["主办单位:某某区人民政府办公室", "电话:0000-12345678", "版权所有 某某区人民政府"]
    body, dropped = split([*BODY, *footer])
    assert body == BODY and dropped == footer


def test_a_short_line_between_chrome_lines_before_a_paragraph_stays():
    lines = ["主办单位:某某区人民政府办公室", "电话:0000-12345678", "版权所有 某某区人民政府", *BODY]
    body, _ = split(lines)
    assert "电话:0000-12345678" in body


@pytest.mark.parametrize("line", [
    "(二)区级示范中心。每个区建成至少2个示范中心,并具备人员培训、技术支持等功能。",
    "承办单位应当在活动结束后10个工作日内报送总结;主办单位负责监督",
    "各区要为试点街道提供技术支持。",
    "(三)技术支持",
    "四、联系我们的方式",
])
def test_footer_words_inside_a_sentence_or_heading_of_the_body_stay(line):
    body, dropped = split([*BODY[:4], line, *BODY[4:]])
    assert dropped == [] and line in body


@pytest.mark.parametrize(("pattern", "ending"), [
    ("(本报记者|记者).{0,16}摄$", "摄"),
    ("于\\d{4}年发表$", "年发表"),
    ("编辑|重新编辑$", None),  # another branch ends anywhere
    ("[重新编辑]$", None),  # a class: any one of them
    ("重新编辑?$", None),  # the last one may be missing
    ("(重新编辑)$", None),
    ("重新编辑", None),
])
def test_a_rule_is_screened_by_its_ending_only_when_every_line_it_matches_ends_so(pattern, ending):
    assert _literal_end(pattern) == ending


@pytest.mark.parametrize("line", ["记者 张三 摄", "10:25 重新编辑", "于2024年5月6日发表"])
def test_a_rule_ending_with_words_takes_its_line(line):
    assert split_boilerplate((Line(line), Line(BODY[3]))).chrome == (line,)


def test_a_rule_ending_with_words_matches_before_a_final_newline_as_its_end_anchor_does():
    assert first_rule("本报记者李四摄\n") is not None


def test_the_same_words_before_the_end_do_not_take_the_line():
    line = "记者摄影展览于本周末开幕并持续展出至下月"
    assert split_boilerplate((Line(line),)).chrome == ()
