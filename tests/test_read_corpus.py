"""The clean stage on real documents: body kept, chrome dropped, metadata read."""
import pytest

from tests.corpus import SEEDS, doc_path, pool_path, read_cached

# (id, path, starts of lines that must be kept, fragments that must be gone)
CASES = [
    ("seed-000", SEEDS["000"], ["三、重点任务", "附件2", "北港街道", "2020年12月1日"],
     ["繁体版", "无障碍浏览", "智能问答", "政策解读", "索引号", "主办单位", "公网安备"]),
    ("seed-001", SEEDS["001"], ["三、保障措施", "常州市金坛区城市管理局", "(征求意见稿)"],
     ["您当前的位置", "浏览次数", "扫一扫", "返回顶部", "打印此页"]),
    ("seed-002", SEEDS["002"], ["一、工作目标", "四、工作步骤"],
     ["客服热线", "发表", "孝南", "劳务派遣", "打印本页", "重新编辑"]),
    ("seed-003", SEEDS["003"], ["四、下半年工作思路"], ["講話", "縣委書記"]),
    ("seed-004", SEEDS["004"], ["四个“一” 实现城市共治共管"],
     ["<table", "vttun", "无码", "网友评论", "主管", "作者"]),
    ("govcn-001", doc_path("govcn-001.html"), ["国办发〔2018〕128号", "四、保障措施", "(此件公开发布)"],
     ["索引号", "主题分类", "扫一扫"]),
    ("govcn-008", doc_path("govcn-008.html"), ["国办函〔2004〕71号", "四川省人民政府:"], ["索引号", "扫一扫"]),
    ("jxgov-002", doc_path("jxgov-002.html"), ["一、总体要求", "2020年3月2日"],
     ["当前位置", "政府信息公开目录", "扫一扫", "打印本页", "关闭窗口", "相关解读"]),
    ("jxgov-005", doc_path("jxgov-005.html"), ["一是提高站位", "20.加强消费者权益保护"],
     ["当前位置", "相关文章", "扫一扫", "打印本页"]),
    ("jxgov-006", doc_path("jxgov-006.html"), ["附件:", "全省部分投资20亿元以上重大产业项目入库名单"],
     ["当前位置", "相关解读", "扫一扫"]),
    ("ndrc-001", doc_path("ndrc-001.html"), ["发改能源规〔2020〕816号", "国家能源局", "2020年5月28日"],
     ["排行榜", "[ 打印 ]", "发布时间", "政务公开"]),
    ("nea-js-001", doc_path("nea-js-001.html"), ["国家能源局江苏监管办公室", "一、简化三方合同要求"],
     ["联系我们", "ICP", "版权", "扫一扫", "浏览"]),
    ("gwr2026-001", doc_path("gwr2026-001.txt"), ["各位代表:", "2026年内蒙古自治区政府工作报告"],
     ["【字号", "内蒙古日报", "韩卿立"]),
    ("gwr2026-005", doc_path("gwr2026-005.txt"), ["各位代表:"], ["当前位置", "宁夏要闻", "阅读量", "关闭窗口"]),
    ("gwr2026-006", doc_path("gwr2026-006.txt"), ["各位代表:"], ["责任编辑", "分享:", "关闭窗口", "相关附件"]),
    ("pkulaw-001", doc_path("pkulaw-001.txt"), ["(新质监办发〔2012〕24号)"], ["法宝引证码", "原文链接"]),
    ("shgov-002", doc_path("shgov-002.txt"), ["特此通知。", "二、保障措施"],
     ["官方链接", "本文正文由脚本", "著作权法", "层级:"]),
    ("shicheng-001", doc_path("shicheng-001.html"), ["序号\t考核项目"], ["<%@", "page language"]),
]


@pytest.mark.parametrize("path, kept, dropped", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_is_kept_and_chrome_dropped(path, kept, dropped):
    document = read_cached(path)
    lines = document.text.splitlines()
    for start in kept:
        assert any(line.startswith(start) for line in lines), f"lost body line {start!r}"
    for fragment in dropped:
        assert fragment not in document.text, f"kept chrome {fragment!r}"


def test_seed_000_metadata():
    metadata = read_cached(SEEDS["000"]).metadata
    assert metadata.doc_number == "钟政办发〔2020〕48号"
    assert metadata.index_number == "014119467/2020-00473"
    assert (metadata.issued, metadata.published, metadata.expires) == ("2020-12-01", "2020-12-04", "2025-02-13")
    assert metadata.issuer == "常州市钟楼区人民政府办公室"
    assert metadata.region == "江苏省常州市钟楼区"
    assert (metadata.period_start, metadata.period_end) == ("2020-01-01", "2022-12-31")
    assert metadata.script == "hans"


@pytest.mark.parametrize("path, expected", [
    (doc_path("govcn-001.html"), dict(doc_number="国办发〔2018〕128号", index_number="000014349/2018-00230",
                                     issuer="国务院办公厅", issued="2018-12-29", published="2019-01-21",
                                     region="全国")),
    (doc_path("jxgov-002.html"), dict(doc_number="赣府发〔2020〕6号", index_number="014500815/2020-02788",
                                     issuer="江西省人民政府", issued="2020-03-02", region="江西省")),
    (doc_path("ndrc-001.html"), dict(doc_number="发改能源规〔2020〕816号", issued="2020-05-28",
                                    published="2020-06-08", issuer="国家发展改革委、国家能源局", region="全国")),
    (doc_path("nea-js-001.html"), dict(issuer="国家能源局江苏监管办公室", issued="2018-10-26", region="江苏省")),
    (doc_path("shgov-007.txt"), dict(doc_number="静府办发〔2023〕13号", issuer="上海市静安区人民政府办公室",
                                    published="2023-12-18", region="上海市静安区",
                                    period_start="2023-01-01", period_end="2025-12-31")),
    (doc_path("pkulaw-002.txt"), dict(doc_number="余府发〔2012〕3号", region="江西省新余市")),
    (doc_path("hfs-012.txt"), dict(doc_number="国办发〔2020〕24号", region="全国",
                                  title="国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见")),
    (SEEDS["001"], dict(issuer="常州市金坛区城市管理局", issued="2019-09-02", region="江苏省常州市金坛区")),
    (SEEDS["002"], dict(published="2023-04-11", title="2023年精细化管理示范片区创建和达标整治活动工作方案")),
    (SEEDS["004"], dict(script="hant", title="四个“一” 实现城市共治共管", published="2022-09-08")),
    (doc_path("shicheng-001.html"), dict(issued=None, published=None, period_start="2018-01-01",
                                         period_end="2018-12-31")),
    # gkmlpt disclosure page of a city notice reposted by a district office: the signature names the issuers.
    (pool_path("pool-017.html"), dict(issuer="广州市民政局、广州市财政局、广州市市场监督管理局", region="广东省广州市",
                                      doc_number="穗民规字〔2024〕3号", index_number="11440106007508528C/2024-00031",
                                      issued="2024-03-14", published="2024-10-15")),
], ids=["govcn-001", "jxgov-002", "ndrc-001", "nea-js-001", "shgov-007", "pkulaw-002", "hfs-012",
        "seed-001", "seed-002", "seed-004", "shicheng-001", "pool-017"])
def test_metadata_of_real_pages(path, expected):
    metadata = read_cached(path).metadata
    assert {field: getattr(metadata, field) for field in expected} == expected


def test_traditional_source_is_converted_and_recorded():
    document = read_cached(SEEDS["003"])
    assert document.metadata.script == "hant"
    assert "县委书记" in document.text and "縣" not in document.text


def test_tables_keep_rows_and_cells():
    document = read_cached(doc_path("jxgov-006.html"))
    table = document.tables[0]
    grid = table.grid()
    assert [cell.text for cell in grid[0][:3]] == ["序号", "项目名称", "投资总额(亿元)"]
    assert table.n_rows > 60
    first = grid[0][0]
    assert document.text[first.start:first.end] == "序号"


def test_offsets_of_sections_point_into_the_text():
    document = read_cached(SEEDS["000"])
    for section in document.sections():
        assert document.text[section.start:].startswith(section.heading)


def test_an_image_only_page_is_flagged():
    document = read_cached(doc_path("jxgov-013.html"))
    assert document.problems
