"""A count that closes a lead-in whose list runs on right after its colon or stop (今年重点抓好三项工作。一是…, 主要开展两项
工作:一是…; with no verb before it, 摆所镇4个:城伍村、热水村…, 做法分成以下3种:1、…) says how many points or names the text
is about to give: the document's own list (RECORDS.md section 5), no amount to reach (extract/rules/exclusions/counts.py,
announces_own_list; ordinal words: extract/data/ordinal_item_words.tsv). A count another clause follows stays, and so
does one a verb commits to before its named list (新建公园3个:甲公园、乙公园). The invented sentences are written for the test; the real ones are read from
../shared and ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "明年重点做好四项工作。一是稳就业,二是保民生。",
    "试点主要包括三个环节:一是申报,二是评审,三是验收。",
    "我们集中力量办好五件大事:一要抓项目,二要强产业。",
    "2.城关镇3个:东村、西村、南村;",  # the things counted, named after the colon, no verb
    "申领方式分为以下2种:1、线上申领;2、窗口申领。",
])
def test_the_count_of_a_list_about_to_be_made_is_no_target(text):
    assert _amounts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("建成12个乡村旅游重点片区,一批精品民宿开业。", [(12, "个")]),  # another clause follows, no list
    ("完成老旧小区改造30个。一批项目开工建设。", [(30, "个")]),  # 一批 opens no point
    ("年内新建口袋公园3个:甲公园、乙公园、丙公园。", [(3, "个")]),  # a verb commits to the count before its names
])
def test_a_count_no_list_follows_stays(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("path, lead_in, kept", [
    # the gold targets of the list's points stay: 实现1亿左右农业转移人口…在城镇落户, 试点部门预算审减率达24.6%,
    # 本市已有27家检验检测机构获得国际实验室认可
    (lambda: doc_path("gwrnat-007.txt"), "今年重点抓好三项工作", (100000000.0, "人")),
    (lambda: doc_path("gwr2026-005.txt"), "十个突出亮点", (24.6, "%")),
    (lambda: extra_path("corpus", "ai-010.docx"), "两项工作", (27.0, "家")),
    (lambda: doc_path("changshun-001.html"), "摆所镇4个", (1884.0, "人")),  # 2017年计划脱贫453户1884人
    (lambda: extra_path("corpus", "y-002.txt"), "以下4项全部达到", (70.0, "%")),  # 学业水平达Ⅲ级以上的比率70%以上
])
def test_reports_and_briefings_drop_the_count_of_their_own_list(path, lead_in, kept):
    targets = extract_document(read_cached(path()), use_model=False).targets
    assert not [t for t in targets if lead_in in t.evidence]
    assert kept in {(float(t.value), t.unit) for t in targets}
