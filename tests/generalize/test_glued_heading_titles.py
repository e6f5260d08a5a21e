"""A heading run into the subject of its body's first sentence with no mark between, as texts kept in one
spreadsheet cell or on a one-line archive page write it ((三)落实工作经费保障各地方应…, 七、其他要求各村要…):
the heading's title ends where the subject opens, and the body, starting at the subject, names the item's
owners. Real documents of three sources (GCCMPD ap-001, ab-012; Pingtan aa-009, aq-002; HuangFaShengH n-010),
the shapes left whole (a clause naming units, an article, a case), and invented sentences."""
from extract.extractor import extract_document
from extract.rules.glued_subjects import heading_end
from tests.corpus import extra_path, read_cached


def _tasks(name: str) -> dict[str, tuple[str, ...]]:
    document = read_cached(extra_path("corpus", name))
    return {t.title: t.owners for t in extract_document(document, use_model=False).tasks}


def test_the_title_ends_where_the_subject_opens():
    assert heading_end("做好经费保障各区要安排专项资金,按时拨付。") == 6
    assert heading_end("其他要求各街道要及时报告新情况。") == 4
    assert heading_end("加强组织领导国务院各部门要加强协调。") == 6
    assert heading_end("加强组织领导省直各部门按照职责分工") == 0  # 省直 opens the unit's name


def test_no_cut_in_a_clause_an_article_or_a_case():
    assert heading_end("协调指导各区做好防汛工作") == 0  # a verb whose object is units
    assert heading_end("督促指导区教育局及各类学校加强安全管理") == 0  # a clause naming units
    assert heading_end("本办法由区住建局负责解释") == 0  # a preposition
    assert heading_end("拒不配合有关部门开展检查的") == 0  # a case
    assert heading_end("区住建局负责全区保障房建设") == 0  # a subject of its own
    assert any(title.startswith("督促指导教育部门") and len(title) > 20 for title in _tasks("aa-009.txt"))
    assert any(title.startswith("本细则由") and len(title) > 10 for title in _tasks("ad-010.html"))
    assert any(title.startswith("拒不接受有关部门") and len(title) > 20 for title in _tasks("g-007.html"))


def test_a_ministry_notice_kept_as_one_cell():
    tasks = _tasks("ap-001.txt")
    for title in ("加强组织领导", "落实工作经费保障", "加强能力建设"):
        assert tasks[title] == ("各地方",)
    tasks = _tasks("ab-012.txt")
    assert tasks["加强执法检查"] == ("有关各级人民政府", "行业主管部门")
    assert tasks["加强组织领导"][0] == "国务院各部门"


def test_one_line_archive_pages():
    tasks = _tasks("aa-009.txt")
    for title in ("全面实施安全发展战略", "完善安全监管责任体系", "强化落实安全生产重点工作", "严格落实考核奖惩措施"):
        assert tasks[title] == ("各目标责任单位",)
    assert _tasks("aq-002.txt")["其他要求"] == ("各村",)


def test_a_national_notice_heading_before_its_listed_subjects():
    assert {"各地区", "各部门"} <= set(_tasks("n-010.txt")["工作要求"])
